#include "emit.h"

#include <stdlib.h>
#include <string.h>

#include "grow.h"

/* CommonMark: headings with '#', emphasis, links, fenced code, pipe tables,
 * '>' quotes and nested lists. */

static void put_escaped(dci_buf *out, const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        if (strchr("\\`*_[]<>#|", s[i]))
            dci_buf_putc(out, '\\');
        dci_buf_putc(out, s[i]);
    }
}

/* A code span fenced with one backtick more than the longest run inside. */
static void put_code_span(dci_buf *out, const char *s, size_t len)
{
    size_t longest = 0, run = 0;
    for (size_t i = 0; i < len; i++) {
        run = s[i] == '`' ? run + 1 : 0;
        if (run > longest)
            longest = run;
    }
    int pad = len > 0 && (s[0] == '`' || s[len - 1] == '`');
    for (size_t i = 0; i <= longest; i++)
        dci_buf_putc(out, '`');
    if (pad)
        dci_buf_putc(out, ' ');
    dci_buf_put(out, s, len);
    if (pad)
        dci_buf_putc(out, ' ');
    for (size_t i = 0; i <= longest; i++)
        dci_buf_putc(out, '`');
}

/* At the start of a line, escapes what would open a list item ("- ", "+ ",
 * "1. ", "1) "); returns the bytes of s written. */
static size_t put_line_start(dci_buf *out, const char *s, size_t len)
{
    size_t d = 0;
    while (d < len && d < 9 && s[d] >= '0' && s[d] <= '9')
        d++;
    if (d > 0 && d < len && (s[d] == '.' || s[d] == ')') && (d + 1 == len || s[d + 1] == ' ')) {
        dci_buf_put(out, s, d);
        dci_buf_putc(out, '\\');
        dci_buf_putc(out, s[d]);
        return d + 1;
    }
    if (len > 0 && (s[0] == '-' || s[0] == '+') && (len == 1 || s[1] == ' ')) {
        dci_buf_putc(out, '\\');
        dci_buf_putc(out, s[0]);
        return 1;
    }
    return 0;
}

static void put_destination(dci_buf *out, const char *href)
{
    for (const char *h = href; *h; h++) {
        if (*h == ' ')
            dci_buf_puts(out, "%20");
        else if (*h == '(' || *h == ')')
            dci_buf_printf(out, "%%%02X", (unsigned char)*h);
        else
            dci_buf_putc(out, *h);
    }
}

/* ![alt](url), apart from the words around it; in a paragraph of images
 * only (not in a table: line_prefix NULL), each on its line with its
 * caption on the next. */
static void put_image(dci_buf *out, const dci_block *leaf, const dci_run *r,
                      const char *line_prefix, int first)
{
    int alone = leaf->text_len == 0 && line_prefix;
    if (!first) {
        if (alone) {
            dci_buf_putc(out, '\n');
            dci_buf_puts(out, line_prefix);
        } else if (out->len > 0 && out->data[out->len - 1] != ' ') {
            dci_buf_putc(out, ' ');
        }
    }
    dci_buf_puts(out, "![");
    put_escaped(out, r->text, r->len);
    dci_buf_puts(out, "](");
    put_destination(out, r->href);
    dci_buf_putc(out, ')');
    if (alone && r->caption) {
        dci_buf_putc(out, '\n');
        dci_buf_puts(out, line_prefix);
        dci_buf_putc(out, '*');
        put_escaped(out, r->caption, strlen(r->caption));
        dci_buf_putc(out, '*');
    }
}

/* line_prefix NULL: inside a table cell, where a line break is <br>. */
static void put_runs(dci_buf *out, const dci_block *leaf, const char *line_prefix, int images)
{
    int line_start = 1, after_image = 0, first = 1;
    for (const dci_run *r = leaf->first_run; r; r = r->next) {
        if (r->style & DCI_RUN_IMAGE) {
            if (images)
                put_image(out, leaf, r, line_prefix, first);
            after_image = images;
            first &= !images;
            line_start &= !images;
            continue;
        }
        if (after_image && r->len > 0 && r->text[0] != ' ')
            dci_buf_putc(out, ' ');
        after_image = 0;
        first = 0;
        if (r->style & DCI_RUN_BREAK) {
            if (!line_prefix) {
                dci_buf_puts(out, "<br>");
                continue;
            }
            dci_buf_puts(out, "\\\n");
            dci_buf_puts(out, line_prefix);
            line_start = 1;
            continue;
        }
        if (r->len == 0)
            continue;
        int code = (r->style & DCI_RUN_CODE) != 0;
        const char *mark = code                         ? ""
                           : (r->style & DCI_RUN_STRONG) ? "**"
                           : (r->style & DCI_RUN_EM)     ? "*"
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
        dci_buf_put(out, r->text, start);
        if (start == end)
            continue;
        if (link)
            dci_buf_putc(out, '[');
        if (code) {
            put_code_span(out, r->text + start, end - start);
        } else {
            dci_buf_puts(out, mark);
            size_t skip = line_start && !*mark && !link
                              ? put_line_start(out, r->text + start, end - start)
                              : 0;
            put_escaped(out, r->text + start + skip, end - start - skip);
            dci_buf_puts(out, mark);
        }
        if (link) {
            dci_buf_puts(out, "](");
            put_destination(out, r->href);
            dci_buf_putc(out, ')');
        }
        dci_buf_put(out, r->text + end, r->len - end);
        line_start = 0;
    }
}

/* What the blocks around a block tell its lines, pushed on ENTER and popped
 * on EXIT: looking it up from each leaf would climb the parents, in time
 * quadratic in the depth. */
typedef struct md_scope {
    size_t prefix_len;   /* of the line prefix around the block */
    int children;        /* children entered so far: an item's number */
} md_scope;

typedef struct md_writer {
    dci_buf *out;
    int images;           /* images are written (no DC_RENDER_NO_IMAGES) */
    int wrote;
    dci_buf last_prefix;  /* line prefix of the last leaf written */
    dci_buf prefix;       /* the open quotes' markers and items' indentation */
    md_scope *scopes;    /* one per open block, the innermost last */
    size_t depth, cap;
} md_writer;

/* A fenced code block: the fence longer than any run of backticks inside,
 * the language as its info string. */
static void write_code(md_writer *w, const dci_block *leaf, const char *pfx)
{
    size_t longest = 0, run = 0;
    for (size_t i = 0; i < leaf->text_len; i++) {
        run = leaf->text[i] == '`' ? run + 1 : 0;
        if (run > longest)
            longest = run;
    }
    size_t fence = longest < 3 ? 3 : longest + 1;
    for (size_t i = 0; i < fence; i++)
        dci_buf_putc(w->out, '`');
    if (leaf->info)
        dci_buf_puts(w->out, leaf->info);
    dci_buf_putc(w->out, '\n');
    dci_buf_puts(w->out, pfx);
    for (size_t i = 0; i < leaf->text_len; i++) {
        dci_buf_putc(w->out, leaf->text[i]);
        if (leaf->text[i] == '\n')
            dci_buf_puts(w->out, pfx);
    }
    dci_buf_printf(w->out, "\n%s", pfx);
    for (size_t i = 0; i < fence; i++)
        dci_buf_putc(w->out, '`');
}

/* A leaf with text, or with images that are written. */
static int has_output(const md_writer *w, const dci_block *leaf)
{
    if (w->images && leaf->rides_image)
        return 0; /* shown on the line under its image */
    return leaf->text_len > 0 || (w->images && leaf->images > 0);
}

static void write_leaf(md_writer *w, const dci_block *leaf)
{
    const dci_buf *prefix = &w->prefix;
    const char *pfx = prefix->data ? prefix->data : "";
    const dci_block *item = leaf->parent && leaf->parent->kind == DCI_BLOCK_ITEM &&
                                   leaf->parent->first_child == leaf
                               ? leaf->parent
                               : NULL;
    int tight = item && item->prev;
    if (w->wrote && tight) {
        dci_buf_putc(w->out, '\n');
    } else if (w->wrote) {
        /* the blank line keeps the quote markers both leaves share */
        size_t common = 0;
        while (common < w->last_prefix.len && common < prefix->len &&
               w->last_prefix.data[common] == pfx[common])
            common++;
        while (common > 0 && pfx[common - 1] == ' ')
            common--;
        dci_buf_putc(w->out, '\n');
        dci_buf_put(w->out, pfx, common);
        dci_buf_putc(w->out, '\n');
    }
    w->wrote = 1;
    w->last_prefix.len = 0;
    dci_buf_put(&w->last_prefix, pfx, prefix->len);
    if (item) {
        /* the item's own indentation becomes its marker */
        size_t keep = prefix->len >= 3 ? prefix->len - 3 : 0;
        dci_buf_put(w->out, pfx, keep);
        /* the leaf is the item's first child: the scope below the item's
         * is its parent's, which has entered the item last */
        if (item->parent->level)
            dci_buf_printf(w->out, "%ld. ",
                           item->parent->start + w->scopes[w->depth - 2].children - 1);
        else
            dci_buf_puts(w->out, "-  ");
    } else {
        dci_buf_puts(w->out, pfx);
    }
    switch (leaf->kind) {
    case DCI_BLOCK_HEADING:
        for (int i = 0; i < leaf->level; i++)
            dci_buf_putc(w->out, '#');
        dci_buf_putc(w->out, ' ');
        put_runs(w->out, leaf, pfx, w->images);
        break;
    case DCI_BLOCK_CODE:
        write_code(w, leaf, pfx);
        break;
    default:
        put_runs(w->out, leaf, pfx, w->images);
        break;
    }
}

/* The text leaves of a row are walked here, not by the main walk. */
static void write_row(md_writer *w, dci_block *row)
{
    int first_row = row->prev == NULL;
    if (w->wrote)
        dci_buf_puts(w->out, first_row ? "\n\n" : "\n");
    w->wrote = 1;
    w->last_prefix.len = 0;
    int cells = 0;
    dci_buf_puts(w->out, "|");
    for (dci_block *cell = row->first_child; cell; cell = cell->next) {
        dci_buf_putc(w->out, ' ');
        int first = 1;
        dci_block_iter it;
        dci_block_iter_init(&it, cell);
        for (dci_event ev; (ev = dci_block_iter_next(&it)) != DCI_EVENT_DONE;) {
            if (ev != DCI_EVENT_ENTER || !has_output(w, it.node))
                continue;
            if (!first)
                dci_buf_putc(w->out, ' ');
            put_runs(w->out, it.node, NULL, w->images);
            first = 0;
        }
        dci_buf_puts(w->out, " |");
        cells++;
    }
    if (first_row) {
        dci_buf_puts(w->out, "\n|");
        for (int i = 0; i < cells; i++)
            dci_buf_puts(w->out, " --- |");
    }
}

/* Opens b's scope: its children's lines carry a quote's "> " or an item's
 * indentation. Returns 0 when out of memory. */
static int push_scope(md_writer *w, const dci_block *b)
{
    if (w->depth == w->cap) {
        md_scope *grown = dcx_grow(w->scopes, &w->cap, sizeof *grown, 64);
        if (!grown)
            return 0;
        w->scopes = grown;
    }
    w->scopes[w->depth++] = (md_scope){w->prefix.len, 0};
    if (b->kind == DCI_BLOCK_QUOTE)
        dci_buf_puts(&w->prefix, "> ");
    else if (b->kind == DCI_BLOCK_ITEM)
        dci_buf_puts(&w->prefix, "   ");
    return 1;
}

static void pop_scope(md_writer *w)
{
    w->prefix.len = w->scopes[--w->depth].prefix_len;
    /* puts of nothing: the prefix stays NUL-terminated for put_runs */
    dci_buf_puts(&w->prefix, "");
}

void dci_emit_markdown(const dc_result *r, unsigned flags, dci_buf *out)
{
    md_writer w = {out, !(flags & DC_RENDER_NO_IMAGES), 0, DCI_BUF_INIT, DCI_BUF_INIT, NULL, 0, 0};
    if (!(flags & DC_RENDER_NO_TITLE) && r->meta.title) {
        dci_buf_puts(out, "# ");
        put_escaped(out, r->meta.title, strlen(r->meta.title));
        w.wrote = 1;
    }
    dci_block_iter it;
    dci_block_iter_init(&it, r->content);
    for (dci_event ev; (ev = dci_block_iter_next(&it)) != DCI_EVENT_DONE;) {
        dci_block *b = it.node;
        if (ev == DCI_EVENT_EXIT) {
            pop_scope(&w);
            continue;
        }
        if (w.depth)
            w.scopes[w.depth - 1].children++;
        if (b->kind == DCI_BLOCK_ROW) {
            write_row(&w, b);
            dci_block_iter_skip(&it);
        } else if (has_output(&w, b)) {
            write_leaf(&w, b);
        }
        if (!push_scope(&w, b)) {
            out->failed = 1;
            break;
        }
    }
    if (w.prefix.failed || w.last_prefix.failed)
        out->failed = 1;
    free(w.scopes);
    dci_buf_free(&w.prefix);
    dci_buf_free(&w.last_prefix);
    if (w.wrote)
        dci_buf_putc(out, '\n');
}
