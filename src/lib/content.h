/*
 * content: the article as a small tree of blocks with inline runs.
 *
 * Built once from the kept DOM nodes; every emitter reads only this tree, so
 * white space rules, deduplication and the block structure live here.
 */
#ifndef DCI_CONTENT_H
#define DCI_CONTENT_H

#include <stddef.h>

#include "arena.h"
#include "dom.h"
#include "iter.h"

typedef enum dci_block_kind {
    DCI_BLOCK_ROOT,
    DCI_BLOCK_PARAGRAPH,
    DCI_BLOCK_HEADING,     /* level 1-6 */
    DCI_BLOCK_LIST,        /* level 1 when ordered */
    DCI_BLOCK_ITEM,
    DCI_BLOCK_QUOTE,
    DCI_BLOCK_CODE,        /* preformatted; text kept as is */
    DCI_BLOCK_TABLE,
    DCI_BLOCK_ROW,
    DCI_BLOCK_CELL         /* level 1 for a header cell */
} dci_block_kind;

/* Inline style bits of a run. */
enum {
    DCI_RUN_EM = 1u << 0,
    DCI_RUN_STRONG = 1u << 1,
    DCI_RUN_CODE = 1u << 2,
    DCI_RUN_BREAK = 1u << 3,  /* a line break; text is empty */
    DCI_RUN_IMAGE = 1u << 4   /* an image: href its URL, text its alt text */
};

typedef struct dci_run dci_run;
struct dci_run {
    dci_run *next;
    const char *text;        /* white space folded, except in code blocks */
    size_t len;
    const char *href;        /* absolute when a base URL was known; NULL if none */
    unsigned style;
    const char *caption;     /* of an image: its figure's caption, or NULL */
};

typedef struct dci_block dci_block;
struct dci_block {
    dci_block *parent, *first_child, *last_child, *prev, *next;
    dci_run *first_run, *last_run;
    dci_block_kind kind;
    int level;
    const char *text;        /* plain text of a leaf block, folded and trimmed */
    size_t text_len;
    long start;              /* of an ordered list: its first number */
    const char *info;        /* of a code block: its language (class language-xx), or NULL */
    size_t images;           /* of a leaf: its image runs (not in text) */
    int rides_image;         /* a figure's caption the text keeps that is its image's
                                caption too: the HTML and Markdown writers show it
                                with the image, the text writer as a paragraph */
    /* The element the block holds all of (a paragraph its <p>, a list its
     * <ul>, loose text all of its <div>), or NULL for loose text beside
     * blocks; for the explanation, valid only while the document lives. */
    const dci_node *source;
};

/* dci_block_iter: the content tree walked with ENTER and EXIT events. */
DCI_ITER_DEFINE(dci_block, dci_block)

/*
 * Builds the content tree from the content roots of doc (DCI_CONTENT nodes),
 * skipping dropped nodes, headings equal to title, and leaf blocks whose text
 * was already emitted. base_url resolves links (may be NULL). Returns the
 * root block, owned by arena a, or NULL when the arena failed.
 */
dci_block *dci_content_build(dci_arena *a, const dci_doc *doc, const char *title,
                           const char *base_url);

/* Number of leaf blocks with text. */
size_t dci_content_blocks(const dci_block *root);

/* Takes blk out of its parent's children (blk must have a parent). */
void dci_block_unlink(dci_block *blk);

/* Unlinks blk (below root), then the containers without text of their own
 * it leaves empty; returns the outermost block unlinked. */
dci_block *dci_block_drop(dci_block *blk, const dci_block *root);

/* Pre-order successor within root. */
const dci_block *dci_block_next(const dci_block *b, const dci_block *root);

#endif
