/*
 * dom: decruft's own view of the parsed page.
 *
 * parse.c mirrors gumbo's tree into dc_node records once; every later stage
 * (clean, score, prune, content, meta) reads and marks these, never gumbo's
 * nodes. Each node carries the text statistics and the decision taken on it,
 * which DC_FORMAT_EXPLAIN renders. All walks are iterative: pages nest
 * 100,000 deep.
 */
#ifndef DC_DOM_H
#define DC_DOM_H

#include <gumbo.h>
#include <stddef.h>

#include "arena.h"
#include "iter.h"

typedef enum dc_node_type {
    DC_NODE_ELEMENT,
    DC_NODE_TEXT
} dc_node_type;

/* dc_node.flags */
enum {
    DC_DROPPED = 1u << 0,    /* removed with its subtree; rule says why */
    DC_CANDIDATE = 1u << 1,  /* was scored as a content container */
    DC_CONTENT = 1u << 2,    /* root of a kept part of the article */
    DC_KEEP = 1u << 3,       /* holds the article: no class drops it (clean.c only) */
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
    /* Decision, for scoring and DC_FORMAT_EXPLAIN. */
    float score;
    const char *rule;        /* the rule or pattern that decided; static string */
};

/* dc_node_iter: the DOM walked with ENTER and EXIT events (iter.h). */
DC_ITER_DEFINE(dc_node, dc_node)

typedef struct dc_doc {
    dc_arena *arena;
    dc_node *html;           /* the <html> element */
    dc_node *head;
    dc_node *body;
    size_t nodes;
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

/* An inline element around a MathML formula (MathJax's container): what its
 * class says is about the widget's menus, not about the formula. */
int dc_wraps_formula(const dc_node *n);

/* A link inside a paragraph of other text: words of the sentence, whose
 * class ("meta-org", "popup") says how the link is styled or what it opens,
 * not that it is furniture. (A span there may well be a caption or a widget.) */
int dc_link_in_sentence(const dc_node *n);

/* Marks n dropped with a reason (kept if n already has one). */
void dc_drop(dc_node *n, const char *rule);

/* Recomputes chars, link_chars, commas and prose of every node under root,
 * ignoring dropped subtrees. One post-order pass. */
void dc_dom_count(dc_node *root);

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
