#include "emit.h"

#include <string.h>

/* A clean HTML fragment: <article> with the headline and the content tree's
 * blocks as their plain HTML elements. */

static void put_escaped(dc_buf *out, const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        switch (s[i]) {
        case '<': dc_buf_puts(out, "&lt;"); break;
        case '>': dc_buf_puts(out, "&gt;"); break;
        case '&': dc_buf_puts(out, "&amp;"); break;
        case '"': dc_buf_puts(out, "&quot;"); break;
        default: dc_buf_putc(out, s[i]); break;
        }
    }
}

static void put_runs(dc_buf *out, const dc_block *leaf)
{
    for (const dc_run *r = leaf->first_run; r; r = r->next) {
        if (r->style & DC_RUN_BREAK) {
            dc_buf_puts(out, "<br>");
            continue;
        }
        int link = r->href && *r->href;
        if (link) {
            dc_buf_puts(out, "<a href=\"");
            put_escaped(out, r->href, strlen(r->href));
            dc_buf_puts(out, "\">");
        }
        if (r->style & DC_RUN_STRONG) dc_buf_puts(out, "<strong>");
        if (r->style & DC_RUN_EM) dc_buf_puts(out, "<em>");
        if (r->style & DC_RUN_CODE) dc_buf_puts(out, "<code>");
        put_escaped(out, r->text, r->len);
        if (r->style & DC_RUN_CODE) dc_buf_puts(out, "</code>");
        if (r->style & DC_RUN_EM) dc_buf_puts(out, "</em>");
        if (r->style & DC_RUN_STRONG) dc_buf_puts(out, "</strong>");
        if (link)
            dc_buf_puts(out, "</a>");
    }
}

static const char *tag_of(const dc_block *b, char heading[3])
{
    switch (b->kind) {
    case DC_BLOCK_PARAGRAPH: return "p";
    case DC_BLOCK_HEADING:
        heading[0] = 'h';
        heading[1] = (char)('0' + (b->level >= 1 && b->level <= 6 ? b->level : 2));
        heading[2] = '\0';
        return heading;
    case DC_BLOCK_LIST: return b->level ? "ol" : "ul";
    case DC_BLOCK_ITEM: return "li";
    case DC_BLOCK_QUOTE: return "blockquote";
    case DC_BLOCK_CODE: return "pre";
    case DC_BLOCK_TABLE: return "table";
    case DC_BLOCK_ROW: return "tr";
    case DC_BLOCK_CELL: return b->level ? "th" : "td";
    default: return NULL;
    }
}

static void open_block(dc_buf *out, const dc_block *b)
{
    char h[3];
    const char *tag = tag_of(b, h);
    if (!tag)
        return;
    dc_buf_printf(out, "<%s>", tag);
    if (b->first_run) {
        if (b->kind == DC_BLOCK_CODE)
            put_escaped(out, b->text, b->text_len);
        else
            put_runs(out, b);
    }
}

static void close_block(dc_buf *out, const dc_block *b)
{
    char h[3];
    const char *tag = tag_of(b, h);
    if (tag)
        dc_buf_printf(out, "</%s>\n", tag);
}

void dc_emit_html(const dc_result *r, unsigned flags, dc_buf *out)
{
    dc_buf_puts(out, "<article>\n");
    if (!(flags & DC_RENDER_NO_TITLE) && r->meta.title) {
        dc_buf_puts(out, "<h1>");
        put_escaped(out, r->meta.title, strlen(r->meta.title));
        dc_buf_puts(out, "</h1>\n");
    }
    dc_block_iter it;
    dc_block_iter_init(&it, r->content);
    for (dc_event ev; (ev = dc_block_iter_next(&it)) != DC_EVENT_DONE;) {
        if (ev == DC_EVENT_ENTER)
            open_block(out, it.node);
        else
            close_block(out, it.node);
    }
    dc_buf_puts(out, "</article>\n");
}
