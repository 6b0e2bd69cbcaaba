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
    json_object_set_new(obj, "status", json_string(r->status == DC_OK ? "ok" : dc_strerror(r->status)));
    json_object_set_new(obj, "word_count", json_integer((json_int_t)r->words));
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
