#include "emit.h"

#include <string.h>

/* CommonMark: headings with '#', emphasis, links, fenced code, pipe tables,
 * '>' quotes and nested lists. */

static void put_escaped(dc_buf *out, const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        if (strchr("\\`*_[]<>#|", s[i]))
            dc_buf_putc(out, '\\');
        dc_buf_putc(out, s[i]);
    }
}

static void put_runs(dc_buf *out, const dc_block *leaf, const char *line_prefix)
{
    for (const dc_run *r = leaf->first_run; r; r = r->next) {
        if (r->style & DC_RUN_BREAK) {
            dc_buf_puts(out, "\\\n");
            dc_buf_puts(out, line_prefix);
            continue;
        }
        if (r->len == 0)
            continue;
        const char *mark = (r->style & DC_RUN_CODE)     ? "`"
                           : (r->style & DC_RUN_STRONG) ? "**"
                           : (r->style & DC_RUN_EM)     ? "*"
                                                        : "";
        int link = r->href && *r->href;
        if (link)
            dc_buf_putc(out, '[');
        dc_buf_puts(out, mark);
        if (r->style & DC_RUN_CODE)
            dc_buf_put(out, r->text, r->len);
        else
            put_escaped(out, r->text, r->len);
        dc_buf_puts(out, mark);
        if (link) {
            dc_buf_puts(out, "](");
            for (const char *h = r->href; *h; h++) {
                if (*h == ' ')
                    dc_buf_puts(out, "%20");
                else if (*h == '(' || *h == ')')
                    dc_buf_printf(out, "%%%02X", (unsigned char)*h);
                else
                    dc_buf_putc(out, *h);
            }
            dc_buf_putc(out, ')');
        }
    }
}

typedef struct md_writer {
    dc_buf *out;
    int wrote;
} md_writer;

/* The prefix every line of b carries: quote markers and list indentation. */
static void line_prefix(dc_buf *prefix, const dc_block *b)
{
    const dc_block *chain[64];
    size_t n = 0;
    for (const dc_block *x = b->parent; x && n < 64; x = x->parent)
        chain[n++] = x;
    prefix->len = 0;
    dc_buf_puts(prefix, "");
    while (n-- > 0) {
        if (chain[n]->kind == DC_BLOCK_QUOTE)
            dc_buf_puts(prefix, "> ");
        else if (chain[n]->kind == DC_BLOCK_ITEM)
            dc_buf_puts(prefix, "   ");
    }
}

static int item_number(const dc_block *item)
{
    int n = 1;
    for (const dc_block *x = item->parent->first_child; x && x != item; x = x->next)
        n++;
    return n;
}

static void write_leaf(md_writer *w, const dc_block *leaf, dc_buf *prefix)
{
    line_prefix(prefix, leaf);
    const dc_block *item = leaf->parent && leaf->parent->kind == DC_BLOCK_ITEM &&
                                   leaf->parent->first_child == leaf
                               ? leaf->parent
                               : NULL;
    int tight = item && item->prev;
    if (w->wrote)
        dc_buf_puts(w->out, tight ? "\n" : "\n\n");
    w->wrote = 1;
    if (item) {
        /* the item's own indentation becomes its marker */
        size_t keep = prefix->len >= 3 ? prefix->len - 3 : 0;
        dc_buf_put(w->out, prefix->data ? prefix->data : "", keep);
        if (item->parent->level)
            dc_buf_printf(w->out, "%d. ", item_number(item));
        else
            dc_buf_puts(w->out, "-  ");
    } else {
        dc_buf_puts(w->out, prefix->data ? prefix->data : "");
    }
    const char *pfx = prefix->data ? prefix->data : "";
    switch (leaf->kind) {
    case DC_BLOCK_HEADING:
        for (int i = 0; i < leaf->level; i++)
            dc_buf_putc(w->out, '#');
        dc_buf_putc(w->out, ' ');
        put_runs(w->out, leaf, pfx);
        break;
    case DC_BLOCK_CODE:
        dc_buf_puts(w->out, "```\n");
        for (size_t i = 0; i < leaf->text_len; i++) {
            dc_buf_putc(w->out, leaf->text[i]);
            if (leaf->text[i] == '\n')
                dc_buf_puts(w->out, pfx);
        }
        dc_buf_printf(w->out, "\n%s```", pfx);
        break;
    default:
        put_runs(w->out, leaf, pfx);
        break;
    }
}

static void write_row(md_writer *w, const dc_block *row)
{
    int first_row = row->prev == NULL;
    if (w->wrote)
        dc_buf_puts(w->out, first_row ? "\n\n" : "\n");
    w->wrote = 1;
    int cells = 0;
    dc_buf_puts(w->out, "|");
    for (const dc_block *cell = row->first_child; cell; cell = cell->next) {
        dc_buf_putc(w->out, ' ');
        for (const dc_block *x = cell; x; x = dc_block_next(x, cell))
            if (x->text_len)
                put_runs(w->out, x, "");
        dc_buf_puts(w->out, " |");
        cells++;
    }
    if (first_row) {
        dc_buf_puts(w->out, "\n|");
        for (int i = 0; i < cells; i++)
            dc_buf_puts(w->out, " --- |");
    }
}

void dc_emit_markdown(const dc_result *r, unsigned flags, dc_buf *out)
{
    md_writer w = {out, 0};
    if (!(flags & DC_RENDER_NO_TITLE) && r->meta.title) {
        dc_buf_puts(out, "# ");
        put_escaped(out, r->meta.title, strlen(r->meta.title));
        w.wrote = 1;
    }
    dc_buf prefix = DC_BUF_INIT;
    const dc_block *root = r->content;
    for (const dc_block *b = root; b;) {
        if (b->kind == DC_BLOCK_ROW) {
            write_row(&w, b);
            while (b != root && !b->next)
                b = b->parent;
            b = b == root ? NULL : b->next;
            continue;
        }
        if (b->text_len > 0)
            write_leaf(&w, b, &prefix);
        b = dc_block_next(b, root);
    }
    dc_buf_free(&prefix);
    if (w.wrote)
        dc_buf_putc(out, '\n');
}
