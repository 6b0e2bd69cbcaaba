/*
 * ldbody: the article text a page declares in its JSON-LD (schema.org
 * articleBody, read by meta.c) as a set of hashed word pairs, and which
 * element of the DOM holds them.
 *
 * A page that declares its article's text tells, without class names, where
 * the article is: the element holding most of the declared pairs. The
 * declared text itself is never printed (it may carry markup, a teaser cut
 * behind a paywall, or another page's text): only the DOM's is. Word pairs,
 * not words: "of the" aside, a pair is rare outside the text it comes from,
 * so a box of other stories holds few of the article's pairs.
 */
#ifndef DCI_LDBODY_H
#define DCI_LDBODY_H

#include <stdint.h>

#include "arena.h"
#include "dom.h"

typedef struct dci_ldbody {
    uint32_t *slots;   /* open addressing; 0 is an empty slot */
    size_t mask;       /* slots - 1, a power of two less one */
    unsigned pairs;    /* word pairs in the declared text, repeats counted */
} dci_ldbody;

/* Builds the set of the word pairs of text, a declared articleBody: markup
 * (<p>...</p>) and character references (&amp;) are not words. Returns the
 * number of pairs, 0 (and an empty set) when text is NULL, has none, or
 * memory runs out. */
unsigned dci_ldbody_init(dci_ldbody *s, dci_arena *a, const char *text);

/* Where the declared pairs lie in the kept DOM under root. */
typedef struct dci_ldbody_cover {
    unsigned in_node;        /* pairs of node's text found in the set */
    unsigned node_pairs;     /* all its pairs */
    dci_node *cover;         /* the smallest element holding at least `need`
                                of them (the first in document order), or NULL */
    unsigned cover_matched;  /* its pairs found in the set */
    unsigned cover_pairs;    /* all its pairs */
} dci_ldbody_cover;

/* One walk over root's kept text: counts for node and finds the cover.
 * Returns 0, or -1 when memory runs out. */
int dci_ldbody_locate(const dci_ldbody *s, dci_arena *a, dci_node *root, const dci_node *node,
                      unsigned need, dci_ldbody_cover *out);

#endif
