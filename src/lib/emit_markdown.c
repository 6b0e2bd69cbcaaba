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

/* A code span fenced with one backtick more than the longest run inside. */
static void put_code_span(dc_buf *out, const char *s, size_t len)
{
    size_t longest = 0, run = 0;
    for (size_t i = 0; i < len; i++) {
        run = s[i] == '`' ? run + 1 : 0;
        if (run > longest)
            longest = run;
    }
    int pad = len > 0 && (s[0] == '`' || s[len - 1] == '`');
    for (size_t i = 0; i <= longest; i++)
        dc_buf_putc(out, '`');
    if (pad)
        dc_buf_putc(out, ' ');
    dc_buf_put(out, s, len);
    if (pad)
        dc_buf_putc(out, ' ');
    for (size_t i = 0; i <= longest; i++)
        dc_buf_putc(out, '`');
}

/* At the start of a line, escapes what would open a list item ("- ", "+ ",
 * "1. ", "1) "); returns the bytes of s written. */
static size_t put_line_start(dc_buf *out, const char *s, size_t len)
{
    size_t d = 0;
    while (d < len && d < 9 && s[d] >= '0' && s[d] <= '9')
        d++;
    if (d > 0 && d < len && (s[d] == '.' || s[d] == ')') && (d + 1 == len || s[d + 1] == ' ')) {
        dc_buf_put(out, s, d);
        dc_buf_putc(out, '\\');
        dc_buf_putc(out, s[d]);
        return d + 1;
    }
    if (len > 0 && (s[0] == '-' || s[0] == '+') && (len == 1 || s[1] == ' ')) {
        dc_buf_putc(out, '\\');
        dc_buf_putc(out, s[0]);
        return 1;
    }
    return 0;
}

/* line_prefix NULL: inside a table cell, where a line break is <br>. */
static void put_runs(dc_buf *out, const dc_block *leaf, const char *line_prefix)
{
    int line_start = 1;
    for (const dc_run *r = leaf->first_run; r; r = r->next) {
        if (r->style & DC_RUN_BREAK) {
            if (!line_prefix) {
                dc_buf_puts(out, "<br>");
                continue;
            }
            dc_buf_puts(out, "\\\n");
            dc_buf_puts(out, line_prefix);
            line_start = 1;
            continue;
        }
        if (r->len == 0)
            continue;
        int code = (r->style & DC_RUN_CODE) != 0;
        const char *mark = code                         ? ""
                           : (r->style & DC_RUN_STRONG) ? "**"
                           : (r->style & DC_RUN_EM)     ? "*"
                                                        : "";
        int link = r->href && *r->href;
        /* delimiters hug the text: its outer spaces go outside them */
        size_t start = 0, end = r->len;
        if (code || *mark || link) {
            while (start < end && r->text[start] == ' ')
                start++;
            while (end > start && r->text[end - 1] == ' ')
                end--;
        }
        dc_buf_put(out, r->text, start);
        if (start == end)
            continue;
        if (link)
            dc_buf_putc(out, '[');
        if (code) {
            put_code_span(out, r->text + start, end - start);
        } else {
            dc_buf_puts(out, mark);
            size_t skip = line_start && !*mark && !link
                              ? put_line_start(out, r->text + start, end - start)
                              : 0;
            put_escaped(out, r->text + start + skip, end - start - skip);
            dc_buf_puts(out, mark);
        }
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
        dc_buf_put(out, r->text + end, r->len - end);
        line_start = 0;
    }
}

typedef struct md_writer {
    dc_buf *out;
    int wrote;
    dc_buf last_prefix;   /* line prefix of the last leaf written */
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
    if (w->wrote && tight) {
        dc_buf_putc(w->out, '\n');
    } else if (w->wrote) {
        /* the blank line keeps the quote markers both leaves share */
        size_t common = 0;
        while (common < w->last_prefix.len && common < prefix->len &&
               w->last_prefix.data[common] == prefix->data[common])
            common++;
        while (common > 0 && prefix->data[common - 1] == ' ')
            common--;
        dc_buf_putc(w->out, '\n');
        dc_buf_put(w->out, prefix->data ? prefix->data : "", common);
        dc_buf_putc(w->out, '\n');
    }
    w->wrote = 1;
    w->last_prefix.len = 0;
    dc_buf_put(&w->last_prefix, prefix->data ? prefix->data : "", prefix->len);
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
        dc_buf_puts(w->out, pfx);
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
    w->last_prefix.len = 0;
    int cells = 0;
    dc_buf_puts(w->out, "|");
    for (const dc_block *cell = row->first_child; cell; cell = cell->next) {
        dc_buf_putc(w->out, ' ');
        int first = 1;
        for (const dc_block *x = cell; x; x = dc_block_next(x, cell)) {
            if (!x->text_len)
                continue;
            if (!first)
                dc_buf_putc(w->out, ' ');
            put_runs(w->out, x, NULL);
            first = 0;
        }
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
    md_writer w = {out, 0, DC_BUF_INIT};
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
    dc_buf_free(&w.last_prefix);
    if (w.wrote)
        dc_buf_putc(out, '\n');
}
