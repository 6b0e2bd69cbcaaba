#include "emit.h"

#include <string.h>

/* A clean HTML fragment: <article> with the headline and the content tree's
 * blocks as their plain HTML elements. */

static void put_escaped(dci_buf *out, const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        switch (s[i]) {
        case '<': dci_buf_puts(out, "&lt;"); break;
        case '>': dci_buf_puts(out, "&gt;"); break;
        case '&': dci_buf_puts(out, "&amp;"); break;
        case '"': dci_buf_puts(out, "&quot;"); break;
        default: dci_buf_putc(out, s[i]); break;
        }
    }
}

static void put_runs(dci_buf *out, const dci_block *leaf)
{
    for (const dci_run *r = leaf->first_run; r; r = r->next) {
        if (r->style & DCI_RUN_BREAK) {
            dci_buf_puts(out, "<br>");
            continue;
        }
        int link = r->href && *r->href;
        if (link) {
            dci_buf_puts(out, "<a href=\"");
            put_escaped(out, r->href, strlen(r->href));
            dci_buf_puts(out, "\">");
        }
        if (r->style & DCI_RUN_STRONG) dci_buf_puts(out, "<strong>");
        if (r->style & DCI_RUN_EM) dci_buf_puts(out, "<em>");
        if (r->style & DCI_RUN_CODE) dci_buf_puts(out, "<code>");
        put_escaped(out, r->text, r->len);
        if (r->style & DCI_RUN_CODE) dci_buf_puts(out, "</code>");
        if (r->style & DCI_RUN_EM) dci_buf_puts(out, "</em>");
        if (r->style & DCI_RUN_STRONG) dci_buf_puts(out, "</strong>");
        if (link)
            dci_buf_puts(out, "</a>");
    }
}

static const char *tag_of(const dci_block *b, char heading[3])
{
    switch (b->kind) {
    case DCI_BLOCK_PARAGRAPH: return "p";
    case DCI_BLOCK_HEADING:
        heading[0] = 'h';
        heading[1] = (char)('0' + (b->level >= 1 && b->level <= 6 ? b->level : 2));
        heading[2] = '\0';
        return heading;
    case DCI_BLOCK_LIST: return b->level ? "ol" : "ul";
    case DCI_BLOCK_ITEM: return "li";
    case DCI_BLOCK_QUOTE: return "blockquote";
    case DCI_BLOCK_CODE: return "pre";
    case DCI_BLOCK_TABLE: return "table";
    case DCI_BLOCK_ROW: return "tr";
    case DCI_BLOCK_CELL: return b->level ? "th" : "td";
    default: return NULL;
    }
}

static void open_block(dci_buf *out, const dci_block *b)
{
    char h[3];
    const char *tag = tag_of(b, h);
    if (!tag)
        return;
    dci_buf_printf(out, "<%s>", tag);
    if (b->first_run) {
        if (b->kind == DCI_BLOCK_CODE)
            put_escaped(out, b->text, b->text_len);
        else
            put_runs(out, b);
    }
}

static void close_block(dci_buf *out, const dci_block *b)
{
    char h[3];
    const char *tag = tag_of(b, h);
    if (tag)
        dci_buf_printf(out, "</%s>\n", tag);
}

void dci_emit_html(const dc_result *r, unsigned flags, dci_buf *out)
{
    dci_buf_puts(out, "<article>\n");
    if (!(flags & DC_RENDER_NO_TITLE) && r->meta.title) {
        dci_buf_puts(out, "<h1>");
        put_escaped(out, r->meta.title, strlen(r->meta.title));
        dci_buf_puts(out, "</h1>\n");
    }
    dci_block_iter it;
    dci_block_iter_init(&it, r->content);
    for (dci_event ev; (ev = dci_block_iter_next(&it)) != DCI_EVENT_DONE;) {
        if (ev == DCI_EVENT_ENTER)
            open_block(out, it.node);
        else
            close_block(out, it.node);
    }
    dci_buf_puts(out, "</article>\n");
}
