/*
 * libFuzzer harness for the extraction entry point: dc_extract on arbitrary
 * bytes, then every dc_render format. Run with scripts/fuzz extract SECONDS.
 *
 * The first byte picks options (explain on or off, a page URL or none) so both
 * paths are covered; the rest is the page.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "decruft.h"
#include "../utf8check.h"
#include "sizes.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    unsigned sel = size > 0 ? data[0] : 0;
    dc_options opt;
    dc_options_init(&opt);
    if (sel & 1)
        opt.flags |= DC_OPT_EXPLAIN;
    if (sel & 2)
        opt.url = "https://example.com/news/2024/article.html?id=1#top";
    /* Keep each run well inside libFuzzer's -timeout and -rss_limit_mb:
     * the budget and the deadline are what end a quadratic gumbo parse. */
    opt.timeout_ms = 4000;
    opt.max_bytes = (size_t)512 << 20;

    dc_result *r = dc_extract((const char *)data, size, &opt);
    if (!r)
        return 0;
    static const dc_format formats[] = {DC_FORMAT_TEXT, DC_FORMAT_MARKDOWN, DC_FORMAT_HTML,
                                        DC_FORMAT_JSON, DC_FORMAT_EXPLAIN};
    for (size_t i = 0; i < DCX_COUNTOF(formats); i++) {
        for (unsigned flags = 0; flags <= DC_RENDER_NO_TITLE; flags++) {
            size_t len = 0;
            char *out = dc_render(r, formats[i], flags, &len);
            if (out) {
                /* The length must match the NUL-terminated string, and
                 * every rendering must be valid UTF-8. */
                if (strlen(out) > len || !tu_valid_utf8((const unsigned char *)out, len))
                    abort();
                free(out);
            }
        }
    }
    /* Every accessor on every result. */
    const char *meta[] = {dc_result_title(r),   dc_result_byline(r), dc_result_date(r),
                          dc_result_site_name(r), dc_result_lang(r), dc_result_url(r),
                          dc_result_excerpt(r), dc_result_charset(r)};
    for (size_t i = 0; i < DCX_COUNTOF(meta); i++)
        if (meta[i])
            (void)strlen(meta[i]);
    (void)dc_result_word_count(r);
    (void)dc_strerror(dc_result_status(r));
    dc_result_free(r);
    return 0;
}
