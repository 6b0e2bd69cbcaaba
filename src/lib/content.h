/*
 * content: the article as a small tree of blocks with inline runs.
 *
 * Built once from the kept DOM nodes; every emitter reads only this tree, so
 * white space rules, deduplication and the block structure live here.
 */
#ifndef DC_CONTENT_H
#define DC_CONTENT_H

#include <stddef.h>

#include "arena.h"
#include "dom.h"
#include "iter.h"

typedef enum dc_block_kind {
    DC_BLOCK_ROOT,
    DC_BLOCK_PARAGRAPH,
    DC_BLOCK_HEADING,     /* level 1-6 */
    DC_BLOCK_LIST,        /* level 1 when ordered */
    DC_BLOCK_ITEM,
    DC_BLOCK_QUOTE,
    DC_BLOCK_CODE,        /* preformatted; text kept as is */
    DC_BLOCK_TABLE,
    DC_BLOCK_ROW,
    DC_BLOCK_CELL         /* level 1 for a header cell */
} dc_block_kind;

/* Inline style bits of a run. */
enum {
    DC_RUN_EM = 1u << 0,
    DC_RUN_STRONG = 1u << 1,
    DC_RUN_CODE = 1u << 2,
    DC_RUN_BREAK = 1u << 3   /* a line break; text is empty */
};

typedef struct dc_run dc_run;
struct dc_run {
    dc_run *next;
    const char *text;        /* white space folded, except in code blocks */
    size_t len;
    const char *href;        /* absolute when a base URL was known; NULL if none */
    unsigned style;
};

typedef struct dc_block dc_block;
struct dc_block {
    dc_block *parent, *first_child, *last_child, *prev, *next;
    dc_run *first_run, *last_run;
    dc_block_kind kind;
    int level;
    const char *text;        /* plain text of a leaf block, folded and trimmed */
    size_t text_len;
};

/* dc_block_iter: the content tree walked with ENTER and EXIT events. */
DC_ITER_DEFINE(dc_block, dc_block)

/*
 * Builds the content tree from the content roots of doc (DC_CONTENT nodes),
 * skipping dropped nodes, headings equal to title, and leaf blocks whose text
 * was already emitted. base_url resolves links (may be NULL). Returns the
 * root block, owned by arena a, or NULL when the arena failed.
 */
dc_block *dc_content_build(dc_arena *a, const dc_doc *doc, const char *title,
                           const char *base_url);

/* Number of leaf blocks with text. */
size_t dc_content_blocks(const dc_block *root);

/* Pre-order successor within root. */
const dc_block *dc_block_next(const dc_block *b, const dc_block *root);

#endif
