#include "emit.h"

#include <stdlib.h>

#include "grow.h"

/* Plain text: the headline, a blank line, then one paragraph per block with
 * blank lines between; list items and table rows one per line. */

/* What a line needs to know about the blocks it is in, pushed on ENTER and
 * popped on EXIT: looking it up from each leaf would climb the parents, in
 * time quadratic in the depth. */
typedef struct scope {
    const dci_block *group;        /* innermost list or table, NULL outside them */
    int lists;                    /* lists open around here */
    const dci_block *item_group;   /* the group and lists of the innermost item, */
    int item_lists;               /* where its marker goes */
} scope;

typedef struct text_writer {
    dci_buf *out;
    const dci_block *last_group;   /* list or table of the last line written */
    int wrote;
    scope *scopes;                /* one per open block, the innermost last */
    size_t depth, cap;
    size_t unmarked;              /* innermost open items with no text yet */
} text_writer;

static void separate(text_writer *w, const dci_block *group)
{
    if (w->wrote)
        dci_buf_puts(w->out, group && group == w->last_group ? "\n" : "\n\n");
    w->wrote = 1;
    w->last_group = group;
}

static int row_has_text(const dci_block *row)
{
    for (const dci_block *x = row->first_child; x; x = dci_block_next(x, row))
        if (x->text_len > 0)
            return 1;
    return 0;
}

/* The text leaves of a row are walked here, not by the main walk: " | "
 * between cells, a space between the paragraphs of one cell. An empty cell
 * keeps its place between the bars, so that the cells after it stay in
 * their columns; empty cells at the end of a row change no column and are
 * left out. A row of empty cells is no line. */
static void write_row(text_writer *w, dci_block *row, const dci_block *group)
{
    if (!row_has_text(row))
        return;
    separate(w, group);
    unsigned column = 0, reached = 0;
    for (dci_block *cell = row->first_child; cell; cell = cell->next, column++) {
        int leaves = 0;
        dci_block_iter it;
        dci_block_iter_init(&it, cell);
        for (dci_event ev; (ev = dci_block_iter_next(&it)) != DCI_EVENT_DONE;) {
            const dci_block *x = it.node;
            if (ev != DCI_EVENT_ENTER || x->text_len == 0)
                continue;
            if (leaves)
                dci_buf_puts(w->out, " ");
            for (; !leaves && reached < column; reached++)
                dci_buf_puts(w->out, " | ");
            dci_buf_put(w->out, x->text, x->text_len);
            leaves++;
        }
    }
    /* an item's marker goes before its first text, even when that is a row */
    w->unmarked = 0;
}

static void write_leaf(text_writer *w, const dci_block *leaf, const scope *s)
{
    if (w->unmarked) {
        separate(w, s->item_group);
        for (int i = 1; i < s->item_lists; i++)
            dci_buf_puts(w->out, "  ");
        dci_buf_puts(w->out, "- ");
        w->unmarked = 0;
    } else {
        separate(w, NULL);
    }
    dci_buf_put(w->out, leaf->text, leaf->text_len);
}

/* The scope inside b, from the scope around it; 0 when out of memory. */
static int push_scope(text_writer *w, const dci_block *b)
{
    static const scope outside = {NULL, 0, NULL, 0};
    scope s = w->depth ? w->scopes[w->depth - 1] : outside;
    if (b->kind == DCI_BLOCK_ITEM) {
        s.item_group = s.group;
        s.item_lists = s.lists;
        w->unmarked++;
    } else if (b->kind == DCI_BLOCK_LIST || b->kind == DCI_BLOCK_TABLE) {
        s.group = b;
        s.lists += b->kind == DCI_BLOCK_LIST;
    }
    if (w->depth == w->cap) {
        scope *grown = dcx_grow(w->scopes, &w->cap, sizeof *grown, 64);
        if (!grown)
            return 0;
        w->scopes = grown;
    }
    w->scopes[w->depth++] = s;
    return 1;
}

static void pop_scope(text_writer *w, const dci_block *b)
{
    if (b->kind == DCI_BLOCK_ITEM && w->unmarked)
        w->unmarked--;
    w->depth--;
}

void dci_emit_text(const dc_result *r, unsigned flags, dci_buf *out)
{
    text_writer w = {out, NULL, 0, NULL, 0, 0, 0};
    if (!(flags & DC_RENDER_NO_TITLE) && r->meta.title) {
        dci_buf_puts(out, r->meta.title);
        w.wrote = 1;
    }
    dci_block_iter it;
    dci_block_iter_init(&it, r->content);
    for (dci_event ev; (ev = dci_block_iter_next(&it)) != DCI_EVENT_DONE;) {
        dci_block *b = it.node;
        if (ev == DCI_EVENT_EXIT) {
            pop_scope(&w, b);
            continue;
        }
        if (!push_scope(&w, b)) {
            out->failed = 1;
            break;
        }
        const scope *s = &w.scopes[w.depth - 1];
        if (b->kind == DCI_BLOCK_ROW) {
            write_row(&w, b, s->group);
            dci_block_iter_skip(&it);
        } else if (b->text_len > 0) {
            write_leaf(&w, b, s);
        }
    }
    free(w.scopes);
    if (w.wrote)
        dci_buf_putc(out, '\n');
}
