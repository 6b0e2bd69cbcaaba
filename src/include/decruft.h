/*
 * decruft: extract the article from a web page.
 *
 * The library is pure: it takes bytes and options and returns a result. It never
 * opens files or sockets, never prints and holds no global state, so different
 * documents may be extracted from different threads at the same time.
 *
 * The page may come in any charset; every string the library gives back (the
 * metadata and every rendering) is UTF-8 and NUL-terminated.
 * Manual: decruft(3).
 */
#ifndef DECRUFT_H
#define DECRUFT_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define DC_VERSION "0.1.0"

/* Outcome of an extraction, as returned by dc_result_status(). */
typedef enum dc_status {
    DC_OK = 0,          /* an article was found */
    DC_NO_CONTENT,      /* the page parsed, but holds no article (index page, empty) */
    DC_TOO_LARGE,       /* the parse went over its memory budget */
    DC_TIMEOUT,         /* parsing and cleaning the page went over its time budget
                           (the deadline covers the rules too, not only the parse) */
    DC_NOMEM,           /* the system ran out of memory */
    DC_BAD_CHARSET,     /* the declared or forced charset is unknown */
    DC_BAD_TUNING,      /* dc_options.tuning is not valid (see dc_tuning_check), or
                           DC_OPT_PRECISION with DC_OPT_RECALL */
    DC_STATUS_COUNT
} dc_status;

/* Output formats for dc_render(). */
typedef enum dc_format {
    DC_FORMAT_TEXT = 0,  /* title, blank line, paragraphs separated by blank lines */
    DC_FORMAT_MARKDOWN,
    DC_FORMAT_HTML,
    DC_FORMAT_JSON,      /* metadata and text in one object */
    DC_FORMAT_EXPLAIN,   /* the decision on every block; needs DC_OPT_EXPLAIN */
    /* The page itself as one self-contained HTML file with every block marked
     * by its decision, and a panel with the counts and the extracted text;
     * needs DC_OPT_EXPLAIN_HTML. Safe to open: it runs none of the page's code
     * and loads nothing (see DC_OPT_EXPLAIN_REMOTE). */
    DC_FORMAT_EXPLAIN_HTML
} dc_format;

/* dc_options.flags */
#define DC_OPT_EXPLAIN (1u << 0) /* record why every block was kept or removed */
#define DC_OPT_EXPLAIN_HTML (1u << 1) /* build the report of DC_FORMAT_EXPLAIN_HTML */
/* The report may load images and stylesheets from the origin of opt.url and
 * of the page's <base href>, and from nowhere else. */
#define DC_OPT_EXPLAIN_REMOTE (1u << 2)
/* Modes, as trafilatura's: keep less that may be boilerplate (the
 * best-scored container without the relatives joined to it, stricter link
 * limits, copyright lines trimmed from the end), or more that may be the
 * article (the container's wrapper, the article's facts beside it, no page
 * taken for an index, the end neither trimmed nor judged by the block
 * model). Not both: that is DC_BAD_TUNING. dc_options.tuning still applies
 * on top. */
#define DC_OPT_PRECISION (1u << 3)
#define DC_OPT_RECALL (1u << 4)

/* dc_render() flags */
#define DC_RENDER_NO_TITLE (1u << 0) /* body only, without the headline */
#define DC_RENDER_NO_TEXT (1u << 1)  /* DC_FORMAT_JSON: the metadata only, no "text" */
#define DC_RENDER_NO_IMAGES (1u << 2) /* no images in Markdown and HTML, no "images" in JSON */

typedef struct dc_options {
    const char *url;       /* page URL: base for links, hint for metadata; may be NULL */
    const char *charset;   /* declared charset (HTTP header); may be NULL */
    int force_charset;     /* non-zero: use charset even against a BOM or <meta> */
    size_t max_bytes;      /* parse memory budget in bytes; 0 = the default,
                              256 MiB plus 24 bytes per byte of the page */
    unsigned timeout_ms;   /* time budget of the parse and the cleaning together;
                              0 = the default, 30000 (30 s) */
    unsigned flags;        /* DC_OPT_* */
    /* For experiments, not a stable interface: overrides of the extraction's
     * thresholds and weights, "name=value[,name=value...]"; NULL or "" for
     * the defaults. The names and their meaning change between versions. */
    const char *tuning;
} dc_options;

typedef struct dc_result dc_result;

/* Fills opt with the defaults (everything zero or NULL). */
void dc_options_init(dc_options *opt);

/*
 * Extracts the article from len bytes of HTML in any charset.
 * Returns a result the caller frees with dc_result_free(), or NULL only when
 * memory ran out before a result could be made. opt may be NULL.
 */
dc_result *dc_extract(const char *bytes, size_t len, const dc_options *opt);

void dc_result_free(dc_result *r);

dc_status dc_result_status(const dc_result *r);

/* Metadata; each is NULL when unknown and owned by r. */
const char *dc_result_title(const dc_result *r);
const char *dc_result_byline(const dc_result *r);
const char *dc_result_date(const dc_result *r);      /* ISO 8601; NULL when none could be read */
const char *dc_result_site_name(const dc_result *r);
const char *dc_result_lang(const dc_result *r);
const char *dc_result_url(const dc_result *r);       /* canonical URL, else opt->url */
const char *dc_result_excerpt(const dc_result *r);   /* the description, else the first paragraph */
const char *dc_result_charset(const dc_result *r);   /* the charset the bytes were read in */
/* The byline's authors, one name each ("By", dates, handles and job titles
 * left out); dc_result_byline() is them joined. i < dc_result_author_count(). */
size_t dc_result_author_count(const dc_result *r);
const char *dc_result_author(const dc_result *r, size_t i);
const char *dc_result_canonical_url(const dc_result *r); /* rel=canonical, else og:url; absolute */
const char *dc_result_image(const dc_result *r);     /* lead image: og:image, else the article's first; absolute */
const char *dc_result_description(const dc_result *r); /* as the page declares it */
const char *dc_result_section(const dc_result *r);   /* article:section */
/* Tags: article:tag and keywords, split at commas, without repeats.
 * i < dc_result_tag_count(). */
size_t dc_result_tag_count(const dc_result *r);
const char *dc_result_tag(const dc_result *r, size_t i);

/* Number of words of body text (runs of letters/digits; CJK counts per character). */
size_t dc_result_word_count(const dc_result *r);

/*
 * Renders the result in a format. Returns a new NUL-terminated buffer the caller
 * frees with free(), its length (without the NUL) in *len when len is not NULL;
 * NULL when memory ran out or the format is unknown.
 *
 * A result whose status is not DC_OK renders too, with no article body: what
 * it holds of the page's metadata (the headline in text, Markdown and HTML
 * when one was found; in JSON its object, with "status" ("no_content", ...),
 * "error" and the metadata found), or nothing ("", not NULL). DC_FORMAT_EXPLAIN gives the
 * outline whatever the status when the page was extracted with
 * DC_OPT_EXPLAIN, "" without it. So check dc_result_status() first when
 * only an article will do.
 */
char *dc_render(const dc_result *r, dc_format format, unsigned flags, size_t *len);

/*
 * Checks a dc_options.tuning string. Returns 0 when it is valid, else -1
 * with a one-line message naming the bad part in err (errsize bytes).
 */
int dc_tuning_check(const char *spec, char *err, size_t errsize);

/*
 * Copies the charset parameter of a Content-Type value ("text/html;
 * charset=Shift_JIS") into out, NUL-terminated, and returns its length; 0,
 * with out "", when there is none or it does not fit in outsize bytes. Read
 * as HTML reads a <meta> content value, and as dc_extract() reads a whole
 * Content-Type given as dc_options.charset: "charset" in any case, white
 * space around '=', then a quoted value (an unclosed quote means none) or
 * the bytes up to white space or ';'. The value is not checked against the
 * known charsets.
 */
size_t dc_content_type_charset(const char *content_type, char *out, size_t outsize);

/* A short English description of a status; never NULL. */
const char *dc_strerror(dc_status status);

const char *dc_version(void);

#ifdef __cplusplus
}
#endif

#endif
