/*
 * dom: decruft's own view of the parsed page.
 *
 * parse.c mirrors gumbo's tree into dci_node records once; every later stage
 * (clean, score, prune, content, meta) reads and marks these, never gumbo's
 * nodes. Each node carries the text statistics and the decision taken on it,
 * which the explanation (DC_FORMAT_EXPLAIN) prints. All walks are iterative:
 * pages nest 100,000 deep.
 */
#ifndef DCI_DOM_H
#define DCI_DOM_H

#include <gumbo.h>
#include <stddef.h>

#include "arena.h"
#include "iter.h"
#include "tuning.h"

struct dci_rule;

typedef enum dci_node_type {
    DCI_NODE_ELEMENT,
    DCI_NODE_TEXT
} dci_node_type;

/* dci_node.flags */
enum {
    DCI_DROPPED = 1u << 0,    /* removed with its subtree; rule says why */
    DCI_CANDIDATE = 1u << 1,  /* was scored as a content container */
    DCI_CONTENT = 1u << 2,    /* root of a kept part of the article */
    DCI_SPINE = 1u << 3,      /* on the line from the body to the node a stage
                                protects (the article holder, the winner);
                                set and cleared around the stages that need it */
    DCI_NEVER_TEXT = 1u << 4, /* SVG, or a MathML annotation */
    DCI_HAS_BLOCK = 1u << 5,  /* has a block-level child (by dci_dom_count) */
    DCI_HOLDS_BODY = 1u << 6, /* holds paragraphs that could be the article's
                                body; set and cleared around clean's class stage */
    DCI_BESIDE = 1u << 7,     /* in a box whose class names it beside the article
                                (comments, a side column); set by the scorer */
    DCI_HOLDS_HEADLINE = 1u << 8, /* holds the page's headline (a heading matching
                                its title); set and cleared around the pruning */
    DCI_THREAD = 1u << 9,     /* a box beside the article told by its shape, a
                                thread of signed comments; set with DCI_BESIDE */
    DCI_TEXT_COUNTED = 1u << 10, /* a text node whose chars, commas and bars
                                dci_dom_count has counted: a text never changes,
                                so its recounts keep them */
    DCI_HEADED = 1u << 11,    /* a thread of comments under a heading naming them;
                                set with DCI_THREAD by the scorer */
    DCI_POST_READ = 1u << 12, /* a box whose post's body dci_mark_headline has
                                marked (or a part of that body); set and
                                cleared within it */
    DCI_CUSTOM = 1u << 13     /* a custom element (a name with a hyphen), as
                                written, whatever the parser then reads it as */
};

typedef struct dci_attr {
    const char *name;
    const char *value;
} dci_attr;

typedef struct dci_node dci_node;
struct dci_node {
    dci_node *parent, *first_child, *last_child, *prev, *next;
    const char *text;        /* text nodes: the text, NUL-terminated */
    size_t text_len;
    const dci_attr *attrs;    /* elements: attributes */
    unsigned short nattrs;   /* at most 65535 are kept */
    unsigned short tag;      /* a GumboTag, kept small: pages have millions of nodes;
                                GUMBO_TAG_UNKNOWN for custom tags */
    unsigned char type;      /* dci_node_type */
    unsigned short flags;
    /* Statistics over the subtree, by dci_dom_count (dropped parts excluded). */
    unsigned chars;          /* characters of text, white space folded */
    unsigned link_chars;     /* of which inside links */
    unsigned commas;         /* commas and sentence ends, any script */
    unsigned bars;           /* vertical bars: separators of a line of fields */
    unsigned prose;          /* characters in paragraphs of prose (long, few links) */
    int leaves;              /* leaf blocks with text below; -1 when a table cell is */
    /* Decision, for scoring and the explanation. */
    float score;
    const struct dci_rule *rule; /* the rule that dropped or kept the node, or NULL */
    const char *why;         /* what the rule matched (a word, a pattern), or NULL */
};

/* dci_node_iter: the DOM walked with ENTER and EXIT events (iter.h);
 * dci_const_node_iter the same for readers. */
DCI_ITER_DEFINE(dci_node, dci_node)
DCI_ITER_DEFINE(dci_const_node, const dci_node)

/* prefix##_iter_next_kept: the next node the walk enters, going past dropped
 * subtrees (the root too, when dropped); NULL when the walk is done. The
 * one loop for "every node still in the page". */
#define DCI_NEXT_KEPT_DEFINE(prefix, type)                                              \
    static inline type *prefix##_iter_next_kept(prefix##_iter *it)                     \
    {                                                                                  \
        for (dci_event ev; (ev = prefix##_iter_next(it)) != DCI_EVENT_DONE;) {           \
            if (ev != DCI_EVENT_ENTER)                                                  \
                continue;                                                              \
            if (!(it->node->flags & DCI_DROPPED))                                       \
                return it->node;                                                       \
            prefix##_iter_skip(it);                                                    \
        }                                                                              \
        return NULL;                                                                   \
    }
DCI_NEXT_KEPT_DEFINE(dci_node, dci_node)
DCI_NEXT_KEPT_DEFINE(dci_const_node, const dci_node)

typedef struct dci_doc {
    dci_arena *arena;
    dci_node *html;           /* the <html> element */
    dci_node *head;
    dci_node *body;
    size_t nodes;
    const dci_tuning *tuning; /* the thresholds of the statistics and the rules */
    int gallery_story;        /* clean: the captions hold more text than the
                                 prose around them: they tell the story */
    const char *site;         /* the page's host (dci_url_host), or NULL */
    const char *url;          /* the page's URL (fetched from, else declared), or NULL */
    const char *title;        /* the page's title (meta), or NULL */
    const char *article_body; /* the text its JSON-LD declares for the article (meta), or NULL */
    size_t site_len;
} dci_doc;

/* Pre-order successor of n within root (NULL when done), entering children. */
dci_node *dci_next(const dci_node *n, const dci_node *root);

/* Pre-order successor of n within root that skips n's subtree. */
dci_node *dci_next_skip(const dci_node *n, const dci_node *root);

/* Value of attribute name (lower case) or NULL. */
const char *dci_attr_get(const dci_node *n, const char *name);

/* The next token of a space-separated attribute value (class, rel) at
 * *cursor, which moves past it; its length in *len, 0 at the end. */
const char *dci_next_token(const char **cursor, size_t *len);

/* Whether n's space-separated attribute attr (class, rel, itemprop) holds
 * token, compared without case. */
int dci_attr_has_token(const dci_node *n, const char *attr, const char *token);

int dci_is_element(const dci_node *n, GumboTag tag);

/* Whether n shows a picture: an <img>, a <figure>, or a <picture>'s
 * <source> (unknown to the parser, told by its srcset). */
int dci_is_picture(const dci_node *n);

/* Whether box or a node under it is a picture (dci_is_picture), walked in
 * document order for at most max_nodes nodes. */
int dci_holds_picture(const dci_node *box, unsigned max_nodes);

/* Block-level tags start a new paragraph of text; the rest flow inline. */
int dci_tag_is_block(GumboTag tag);

/* Tags whose text is a paragraph on its own (p, pre, td, headings, li...). */
int dci_tag_is_paragraph(GumboTag tag);

/* Whether n is an inline element of code: a <code>, <kbd> or <samp>, or
 * inline inside one or right in a <pre> (a syntax highlighter's token). */
int dci_in_code(const dci_node *n);

int dci_is_heading(const dci_node *n);

/* Whether ancestor is a proper ancestor of n. */
int dci_is_inside(const dci_node *n, const dci_node *ancestor);

/* How many ancestors n has. */
size_t dci_depth(const dci_node *n);

/* The nearest common ancestor of *a and *b, in O(depth). Steps *a and *b up
 * to its two children holding them, siblings then; when one of them holds
 * the other, both end on that one, which is the ancestor returned. */
const dci_node *dci_meet(const dci_node **a, const dci_node **b);

/* Whether n has a block-level child that is not dropped (now, unlike
 * DCI_HAS_BLOCK, which is as of the last count). */
int dci_has_block_child(const dci_node *n);

/* A block of text with no block inside: where a promo or credit line lives. */
int dci_is_leaf_block(const dci_node *n);

/* The prose of n's own paragraphs (children, not dropped: paragraph tags,
 * and <div>s without a block inside, which editors write paragraphs as): an
 * article's body keeps them side by side, a teaser or a comment holds one
 * or two. */
unsigned dci_own_paragraph_prose(const dci_tuning *t, const dci_node *n);
/* Whether item, a list item, is a footnote: named (id) for the note mark
 * in the text, holding a link back to it. */
int dci_is_note_item(const dci_node *item);
/* Whether n is a footnote in a box of its own: named (id), holding a short
 * link back to its mark, mostly text of its own. */
int dci_is_note_box(const dci_node *n);

/* The page's own mark of its article (<article>, <main>, itemprop
 * articleBody) that holds the most prose, dropped nodes aside: whatever its
 * class says. Only one: teaser cards are <article>s too, and a "most
 * popular" list of them is still furniture. NULL when there is none. */
dci_node *dci_article_holder(dci_node *root);

/* Whether the last text of n ends a sentence. */
int dci_ends_sentence(const dci_node *n);

/* Sets (on) or clears DCI_SPINE on n and its ancestors, up to and
 * including top (NULL: up to the root). */
void dci_mark_spine(dci_node *n, const dci_node *top, int on);

/* Marks n dropped by rule, which matched why; a node dropped already keeps
 * its first rule. */
void dci_drop(dci_node *n, const struct dci_rule *rule, const char *why);

/* Recomputes chars, link_chars, commas, prose and leaves of every node under
 * root, ignoring dropped subtrees, with t's idea of prose. One post-order
 * pass. */
void dci_dom_count(const dci_tuning *t, dci_node *root);

/* The text of n outside its block-level children: what n says as a paragraph
 * of its own. Sets *chars and *commas. */
void dci_own_text_stats(const dci_node *n, unsigned *chars, unsigned *commas);

/* The vertical bars in n's own text (as dci_own_text_stats). */
unsigned dci_own_bars(const dci_node *n);

/* Whether text of chars characters holding bars "|" is a line of short
 * fields set apart by bars ("(c) 2005 Name | 14 Street | Phone | Fax"): an
 * address or a menu, not a sentence however long (t->field_min_bars,
 * t->field_max_chars a field at most). */
int dci_is_field_line(const dci_tuning *t, unsigned chars, unsigned bars);

/* link_chars / chars, 0 for an empty node. */
float dci_link_density(const dci_node *n);

/* Appends the visible text of n (dropped parts excluded) with white space folded
 * into at most max bytes of an arena string; returns it. Never NULL unless the
 * arena failed. */
char *dci_node_text(dci_arena *a, const dci_node *n, size_t max);

/* As dci_node_text, dropped parts included: what was dropped as furniture
 * (a byline box) can still name the author. */
char *dci_node_text_all(dci_arena *a, const dci_node *n, size_t max);

/* Number of Unicode characters in s that are not white space. */
unsigned dci_count_chars(const char *s, size_t len);

#endif
