/*
 * dom: decruft's own view of the parsed page.
 *
 * parse.c mirrors gumbo's tree into dc_node records once; every later stage
 * (clean, score, prune, content, meta) reads and marks these, never gumbo's
 * nodes. Each node carries the text statistics and the decision taken on it,
 * which the explanation (DC_FORMAT_EXPLAIN) prints. All walks are iterative:
 * pages nest 100,000 deep.
 */
#ifndef DC_DOM_H
#define DC_DOM_H

#include <gumbo.h>
#include <stddef.h>

#include "arena.h"
#include "iter.h"
#include "tuning.h"

struct dc_rule;

typedef enum dc_node_type {
    DC_NODE_ELEMENT,
    DC_NODE_TEXT
} dc_node_type;

/* dc_node.flags */
enum {
    DC_DROPPED = 1u << 0,    /* removed with its subtree; rule says why */
    DC_CANDIDATE = 1u << 1,  /* was scored as a content container */
    DC_CONTENT = 1u << 2,    /* root of a kept part of the article */
    DC_SPINE = 1u << 3,      /* on the line from the body to the node a stage
                                protects (the article holder, the winner);
                                set and cleared around the stages that need it */
    DC_NEVER_TEXT = 1u << 4, /* SVG, or a MathML annotation */
    DC_HAS_BLOCK = 1u << 5   /* has a block-level child (by dc_dom_count) */
};

typedef struct dc_attr {
    const char *name;
    const char *value;
} dc_attr;

typedef struct dc_node dc_node;
struct dc_node {
    dc_node *parent, *first_child, *last_child, *prev, *next;
    const char *text;        /* text nodes: the text, NUL-terminated */
    size_t text_len;
    const dc_attr *attrs;    /* elements: attributes */
    unsigned nattrs;
    GumboTag tag;            /* elements; GUMBO_TAG_UNKNOWN for custom tags */
    unsigned char type;      /* dc_node_type */
    unsigned short flags;
    /* Statistics over the subtree, by dc_dom_count (dropped parts excluded). */
    unsigned chars;          /* characters of text, white space folded */
    unsigned link_chars;     /* of which inside links */
    unsigned commas;         /* commas and sentence ends, any script */
    unsigned prose;          /* characters in paragraphs of prose (long, few links) */
    int leaves;              /* leaf blocks with text below; -1 when a table cell is */
    /* Decision, for scoring and the explanation. */
    float score;
    const struct dc_rule *rule; /* the rule that dropped or kept the node, or NULL */
    const char *why;         /* what the rule matched (a word, a pattern), or NULL */
};

/* dc_node_iter: the DOM walked with ENTER and EXIT events (iter.h);
 * dc_const_node_iter the same for readers. */
DC_ITER_DEFINE(dc_node, dc_node)
DC_ITER_DEFINE(dc_const_node, const dc_node)

/* prefix##_iter_next_kept: the next node the walk enters, going past dropped
 * subtrees (the root too, when dropped); NULL when the walk is done. The
 * one loop for "every node still in the page". */
#define DC_NEXT_KEPT_DEFINE(prefix, type)                                              \
    static inline type *prefix##_iter_next_kept(prefix##_iter *it)                     \
    {                                                                                  \
        for (dc_event ev; (ev = prefix##_iter_next(it)) != DC_EVENT_DONE;) {           \
            if (ev != DC_EVENT_ENTER)                                                  \
                continue;                                                              \
            if (!(it->node->flags & DC_DROPPED))                                       \
                return it->node;                                                       \
            prefix##_iter_skip(it);                                                    \
        }                                                                              \
        return NULL;                                                                   \
    }
DC_NEXT_KEPT_DEFINE(dc_node, dc_node)
DC_NEXT_KEPT_DEFINE(dc_const_node, const dc_node)

typedef struct dc_doc {
    dc_arena *arena;
    dc_node *html;           /* the <html> element */
    dc_node *head;
    dc_node *body;
    size_t nodes;
    const dc_tuning *tuning; /* the thresholds of the statistics and the rules */
} dc_doc;

/* Pre-order successor of n within root (NULL when done), entering children. */
dc_node *dc_next(const dc_node *n, const dc_node *root);

/* Pre-order successor of n within root that skips n's subtree. */
dc_node *dc_next_skip(const dc_node *n, const dc_node *root);

/* Value of attribute name (lower case) or NULL. */
const char *dc_attr_get(const dc_node *n, const char *name);

int dc_is_element(const dc_node *n, GumboTag tag);

/* Block-level tags start a new paragraph of text; the rest flow inline. */
int dc_tag_is_block(GumboTag tag);

/* Tags whose text is a paragraph on its own (p, pre, td, headings, li...). */
int dc_tag_is_paragraph(GumboTag tag);

int dc_is_heading(const dc_node *n);

/* Whether n has a block-level child that is not dropped (now, unlike
 * DC_HAS_BLOCK, which is as of the last count). */
int dc_has_block_child(const dc_node *n);

/* A block of text with no block inside: where a promo or credit line lives. */
int dc_is_leaf_block(const dc_node *n);

/* Whether the last text of n ends a sentence. */
int dc_ends_sentence(const dc_node *n);

/* Marks n dropped by rule, which matched why; a node dropped already keeps
 * its first rule. */
void dc_drop(dc_node *n, const struct dc_rule *rule, const char *why);

/* Recomputes chars, link_chars, commas, prose and leaves of every node under
 * root, ignoring dropped subtrees, with t's idea of prose. One post-order
 * pass. */
void dc_dom_count(const dc_tuning *t, dc_node *root);

/* The text of n outside its block-level children: what n says as a paragraph
 * of its own. Sets *chars and *commas. */
void dc_own_text_stats(const dc_node *n, unsigned *chars, unsigned *commas);

/* link_chars / chars, 0 for an empty node. */
float dc_link_density(const dc_node *n);

/* Appends the visible text of n (dropped parts excluded) with white space folded
 * into at most max bytes of an arena string; returns it. Never NULL unless the
 * arena failed. */
char *dc_node_text(dc_arena *a, const dc_node *n, size_t max);

/* As dc_node_text, dropped parts included: what was dropped as furniture
 * (a byline box) can still name the author. */
char *dc_node_text_all(dc_arena *a, const dc_node *n, size_t max);

/* Number of Unicode characters in s that are not white space. */
unsigned dc_count_chars(const char *s, size_t len);

#endif
