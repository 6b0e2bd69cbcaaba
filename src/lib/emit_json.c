#include "emit.h"

#include <jansson.h>
#include <stdlib.h>

/* One JSON object: the metadata and the article as plain text. */

static json_t *string_or_null(const char *s)
{
    return s ? json_string(s) : json_null();
}

static json_t *string_array(const char *const *items, size_t n)
{
    json_t *a = json_array();
    for (size_t i = 0; a && i < n; i++)
        json_array_append_new(a, json_string(items[i]));
    return a;
}

/* The metadata beyond the headline's: authors, links, image, tags. */
static void add_page_metadata(json_t *obj, const dc_result *r)
{
    json_object_set_new(obj, "authors", string_array(r->meta.authors, r->meta.nauthors));
    json_object_set_new(obj, "canonical_url", string_or_null(r->meta.canonical_url));
    json_object_set_new(obj, "image", string_or_null(r->meta.image));
    json_object_set_new(obj, "description", string_or_null(r->meta.description));
    json_object_set_new(obj, "section", string_or_null(r->meta.section));
    json_object_set_new(obj, "tags", string_array(r->meta.tags, r->meta.ntags));
}

/* "status" names the outcome for programs, one word per dc_status; "error"
 * says it in English (null when ok). */
static const char *status_name(dc_status status)
{
    static const char *const names[DC_STATUS_COUNT] = {
        [DC_OK] = "ok",
        [DC_NO_CONTENT] = "no_content",
        [DC_TOO_LARGE] = "too_large",
        [DC_TIMEOUT] = "timeout",
        [DC_NOMEM] = "no_memory",
        [DC_BAD_CHARSET] = "bad_charset",
        [DC_BAD_TUNING] = "bad_tuning",
    };
    return (unsigned)status < DC_STATUS_COUNT ? names[status] : "unknown";
}

/* The article's images in order: {url, alt, caption}, alt and caption null
 * when there are none. NULL when memory ran out. */
static json_t *images_of(const dci_block *root)
{
    json_t *list = json_array();
    for (const dci_block *b = root; list && b; b = dci_block_next(b, root)) {
        for (const dci_run *run = b->images ? b->first_run : NULL; run; run = run->next) {
            if (!(run->style & DCI_RUN_IMAGE))
                continue;
            json_t *img = json_object();
            if (!img || json_array_append_new(list, img) != 0) {
                json_decref(list);
                return NULL;
            }
            json_object_set_new(img, "url", json_string(run->href));
            json_object_set_new(img, "alt", run->len ? json_stringn(run->text, run->len) : json_null());
            json_object_set_new(img, "caption", string_or_null(run->caption));
        }
    }
    return list;
}

void dci_emit_json(const dc_result *r, unsigned flags, dci_buf *out)
{
    dci_buf text = DCI_BUF_INIT;
    if (r->content && !(flags & DC_RENDER_NO_TEXT))
        dci_emit_text(r, flags | DC_RENDER_NO_TITLE, &text);
    json_t *obj = json_object();
    if (!obj || text.failed) {
        json_decref(obj);
        dci_buf_free(&text);
        out->failed = 1;
        return;
    }
    json_object_set_new(obj, "url", string_or_null(r->meta.url));
    json_object_set_new(obj, "title", string_or_null(r->meta.title));
    json_object_set_new(obj, "byline", string_or_null(r->meta.byline));
    json_object_set_new(obj, "date", string_or_null(r->meta.date));
    json_object_set_new(obj, "site_name", string_or_null(r->meta.site_name));
    json_object_set_new(obj, "lang", string_or_null(r->meta.lang));
    json_object_set_new(obj, "excerpt", string_or_null(r->meta.excerpt));
    add_page_metadata(obj, r);
    json_object_set_new(obj, "charset", string_or_null(r->charset));
    json_object_set_new(obj, "status", json_string(status_name(r->status)));
    json_object_set_new(obj, "error",
                        r->status == DC_OK ? json_null() : json_string(dc_strerror(r->status)));
    json_object_set_new(obj, "word_count", json_integer((json_int_t)r->words));
    if (!(flags & DC_RENDER_NO_IMAGES))
        json_object_set_new(obj, "images", r->content ? images_of(r->content) : json_array());
    if (!(flags & DC_RENDER_NO_TEXT))
        json_object_set_new(obj, "text", json_stringn(text.data ? text.data : "", text.len));
    dci_buf_free(&text);
    char *s = json_dumps(obj, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    json_decref(obj);
    if (!s) {
        out->failed = 1;
        return;
    }
    dci_buf_puts(out, s);
    dci_buf_putc(out, '\n');
    free(s);
}
