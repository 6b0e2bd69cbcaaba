#include "emit.h"

/* Plain text: the headline, a blank line, then one paragraph per block with
 * blank lines between; list items and table rows one per line. */

typedef struct text_writer {
    dc_buf *out;
    const dc_block *last_group;   /* list or table of the last line written */
    int wrote;
} text_writer;

static const dc_block *group_of(const dc_block *b)
{
    for (; b; b = b->parent)
        if (b->kind == DC_BLOCK_LIST || b->kind == DC_BLOCK_TABLE)
            return b;
    return NULL;
}

static int list_depth(const dc_block *b)
{
    int depth = 0;
    for (; b; b = b->parent)
        if (b->kind == DC_BLOCK_LIST)
            depth++;
    return depth;
}

static void separate(text_writer *w, const dc_block *group)
{
    if (w->wrote)
        dc_buf_puts(w->out, group && group == w->last_group ? "\n" : "\n\n");
    w->wrote = 1;
    w->last_group = group;
}

static const dc_block *item_of(const dc_block *b)
{
    for (; b; b = b->parent)
        if (b->kind == DC_BLOCK_ITEM)
            return b;
    return NULL;
}

/* First leaf with text under b, to know where an item's marker goes. */
static const dc_block *first_leaf(const dc_block *b)
{
    for (const dc_block *x = b; x; x = dc_block_next(x, b))
        if (x->text_len > 0)
            return x;
    return NULL;
}

static void write_row(text_writer *w, const dc_block *row)
{
    separate(w, group_of(row));
    int cells = 0;
    for (const dc_block *cell = row->first_child; cell; cell = cell->next) {
        /* " | " between cells, a space between the paragraphs of one cell */
        int leaves = 0;
        for (const dc_block *x = cell; x; x = dc_block_next(x, cell)) {
            if (x->text_len == 0)
                continue;
            dc_buf_puts(w->out, leaves ? " " : cells ? " | " : "");
            dc_buf_put(w->out, x->text, x->text_len);
            leaves++;
        }
        if (leaves)
            cells++;
    }
}

static void write_leaf(text_writer *w, const dc_block *leaf)
{
    const dc_block *item = item_of(leaf);
    if (item && first_leaf(item) == leaf) {
        separate(w, group_of(item));
        for (int i = 1; i < list_depth(item); i++)
            dc_buf_puts(w->out, "  ");
        dc_buf_puts(w->out, "- ");
    } else {
        separate(w, NULL);
    }
    dc_buf_put(w->out, leaf->text, leaf->text_len);
}

void dc_emit_text(const dc_result *r, unsigned flags, dc_buf *out)
{
    text_writer w = {out, NULL, 0};
    if (!(flags & DC_RENDER_NO_TITLE) && r->meta.title) {
        dc_buf_puts(out, r->meta.title);
        w.wrote = 1;
    }
    const dc_block *root = r->content;
    for (const dc_block *b = root; b;) {
        if (b->kind == DC_BLOCK_ROW) {
            write_row(&w, b);
            const dc_block *next = b;
            while (next != root && !next->next)
                next = next->parent;
            b = next == root ? NULL : next->next;
            continue;
        }
        if (b->text_len > 0)
            write_leaf(&w, b);
        b = dc_block_next(b, root);
    }
    if (w.wrote)
        dc_buf_putc(out, '\n');
}
