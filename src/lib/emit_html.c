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

static void put_img(dci_buf *out, const dci_run *r)
{
    dci_buf_puts(out, "<img src=\"");
    put_escaped(out, r->href, strlen(r->href));
    dci_buf_puts(out, "\" alt=\"");
    put_escaped(out, r->text, r->len);
    dci_buf_puts(out, "\">");
}

/* A paragraph of images only: each a figure, with its caption. */
static void put_figures(dci_buf *out, const dci_block *leaf)
{
    for (const dci_run *r = leaf->first_run; r; r = r->next) {
        if (!(r->style & DCI_RUN_IMAGE))
            continue;
        dci_buf_puts(out, "<figure>");
        put_img(out, r);
        if (r->caption) {
            dci_buf_puts(out, "<figcaption>");
            put_escaped(out, r->caption, strlen(r->caption));
            dci_buf_puts(out, "</figcaption>");
        }
        dci_buf_puts(out, "</figure>\n");
    }
}

/* An image stands apart from the words around it, as in the page. */
static void put_runs(dci_buf *out, const dci_block *leaf, int images)
{
    int after_image = 0;
    for (const dci_run *r = leaf->first_run; r; r = r->next) {
        if (r->style & DCI_RUN_IMAGE) {
            if (images && out->len > 0 && out->data[out->len - 1] != ' ' &&
                out->data[out->len - 1] != '>')
                dci_buf_putc(out, ' ');
            if (images)
                put_img(out, r);
            after_image = images;
            continue;
        }
        if (after_image && r->len > 0 && r->text[0] != ' ')
            dci_buf_putc(out, ' ');
        after_image = 0;
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

/* A paragraph of images only: figures instead of a <p>, or nothing. */
static int is_figures(const dci_block *b)
{
    return b->kind == DCI_BLOCK_PARAGRAPH && b->text_len == 0 && b->images > 0;
}

/* A caption shown in its image's <figcaption>, not again as a paragraph. */
static int shown_with_image(const dci_block *b, int images)
{
    return images && b->rides_image;
}

static void open_block(dci_buf *out, const dci_block *b, int images)
{
    if (shown_with_image(b, images))
        return;
    if (is_figures(b)) {
        if (images)
            put_figures(out, b);
        return;
    }
    char h[3];
    const char *tag = tag_of(b, h);
    if (!tag)
        return;
    if (b->kind == DCI_BLOCK_LIST && b->level && b->start != 1)
        dci_buf_printf(out, "<ol start=\"%ld\">", b->start);
    else
        dci_buf_printf(out, "<%s>", tag);
    if (b->kind == DCI_BLOCK_CODE && b->info) {
        dci_buf_puts(out, "<code class=\"language-");
        put_escaped(out, b->info, strlen(b->info));
        dci_buf_puts(out, "\">");
    }
    if (b->first_run) {
        if (b->kind == DCI_BLOCK_CODE)
            put_escaped(out, b->text, b->text_len);
        else
            put_runs(out, b, images);
    }
    if (b->kind == DCI_BLOCK_CODE && b->info)
        dci_buf_puts(out, "</code>");
}

static void close_block(dci_buf *out, const dci_block *b, int images)
{
    if (is_figures(b) || shown_with_image(b, images))
        return;
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
            open_block(out, it.node, !(flags & DC_RENDER_NO_IMAGES));
        else
            close_block(out, it.node, !(flags & DC_RENDER_NO_IMAGES));
    }
    dci_buf_puts(out, "</article>\n");
}
