/*
 * rules: every keep, drop and adopt heuristic, as records of one table.
 *
 * A rule has a stable id (what the explanation and the tests name),
 * the stage it runs in, the elements it looks at, the guards that protect
 * nodes from it, and a predicate that says whether it matches and why. The
 * stage walker (walk.c) applies the guards and the stage's rules in table
 * order, so adding a rule means adding a record and its test: no new walk,
 * no new copy of the guards. Thresholds come from the tuning struct, by name.
 */
#ifndef DCI_RULES_H
#define DCI_RULES_H

#include "dom.h"
#include "tuning.h"

/* The stages, in the order the pipeline runs them. */
typedef enum dci_stage {
    DCI_STAGE_NEVER_TEXT,  /* clean: what no reader sees as text */
    DCI_STAGE_FURNITURE,   /* clean: furniture by element or ARIA role */
    DCI_STAGE_CLASS,       /* clean: furniture by class or id word */
    DCI_STAGE_BESIDE,      /* score: comments and side columns, when the page has a rival */
    DCI_STAGE_JOIN,        /* score: the winner's siblings that read as the article */
    DCI_STAGE_INTRO,       /* score: a heading just before a joined sibling */
    DCI_STAGE_GAP,         /* score: a plain block between two joined parts */
    DCI_STAGE_WRAPPER,     /* score: plain parts beside the wrapper of the winner alone */
    DCI_STAGE_STANDFIRST,  /* score: the standfirst in a block before the winner */
    DCI_STAGE_TWINS,       /* score: containers of the winner's kind elsewhere */
    DCI_STAGE_TWIN_GAPS,   /* score: short ones of that kind between joined ones */
    DCI_STAGE_BOILERPLATE, /* prune: boilerplate by class or id word */
    DCI_STAGE_SECTIONS,    /* prune: sections a boilerplate heading opens */
    DCI_STAGE_LINES,       /* prune: captions, forms, link lines, promo phrases */
    DCI_STAGE_LOOSE_LINES, /* prune: lines of loose text in a block, as the lines are */
    DCI_STAGE_LISTS,       /* prune: teaser lists and link-heavy blocks */
    DCI_STAGE_WIDGETS,     /* prune: a widget's controls, judged after their insides */
    DCI_STAGE_INDEX,       /* the content is an index of other pages */
    DCI_STAGE_COUNT
} dci_stage;

/* Which nodes a rule looks at. */
typedef enum dci_elements {
    DCI_ON_ELEMENT,        /* any element */
    DCI_ON_HEADING,        /* h1 to h6 */
    DCI_ON_LEAF_BLOCK,     /* a block with no block inside */
    DCI_ON_HEADING_LIKE,   /* a heading, or a short leaf block alone as one */
    DCI_ON_LIST_BOX,       /* lists, tables, divs and sections */
    DCI_ON_TAG             /* the rule's one tag */
} dci_elements;

/* Guards: nodes the walker keeps from a rule, whatever the rule says. */
enum {
    DCI_GUARD_PROTECTED = 1u << 0, /* html, body, main, article */
    DCI_GUARD_HOLDER = 1u << 1,    /* the article holder and its ancestors */
    DCI_GUARD_LAYOUT = 1u << 2,    /* most of the page's prose left: a layout box */
    DCI_GUARD_MOST_OF = 1u << 3,   /* most of the content root's text */
    DCI_GUARD_FORMULA = 1u << 4,   /* an inline element around a formula */
    DCI_GUARD_SENTENCE = 1u << 5,  /* a link inside a sentence */
    DCI_GUARD_CONTENT = 1u << 6,   /* content already, the winner's ancestors, or (prune)
                                      the line to the content's best paragraphs */
    DCI_GUARD_HEADLINE = 1u << 7,  /* (prune) holds the page's headline: the post's box */
    DCI_GUARD_CODE = 1u << 8       /* an inline element of code: a highlighter's token */
};

/* What a match does, unless the rule acts itself. */
typedef enum dci_action {
    DCI_ACT_DROP,          /* drops the node with its subtree */
    DCI_ACT_KEEP,          /* marks the node a root of the content */
    DCI_ACT_NOTE           /* records the rule on the node, a decision on the page */
} dci_action;

/* The nodes a stage's walk visits. */
typedef enum dci_scope {
    DCI_SCOPE_SUBTREE,     /* the root and everything under it */
    DCI_SCOPE_CHILDREN,    /* the root's children */
    DCI_SCOPE_ROOT         /* the root alone */
} dci_scope;

/* Whether a stage judges its root as well as what is under it. */
typedef enum dci_judge_root {
    DCI_JUDGE_ROOT,
    DCI_JUDGE_NOT_ROOT,
    DCI_JUDGE_LEAF_ROOT    /* only when the root is a leaf block */
} dci_judge_root;

typedef struct dci_walk dci_walk;
typedef struct dci_rule dci_rule;

/* Whether rule matches n: why (the rule's word, pattern or reason; static
 * or owned by the document's arena), or NULL. */
typedef const char *(*dci_rule_match)(const dci_node *n, dci_walk *w);

/* A rule that does more than drop or keep n (a form's whole widget, the
 * section a heading opens). */
typedef void (*dci_rule_act)(dci_node *n, const dci_rule *rule, const char *why, dci_walk *w);

struct dci_rule {
    const char *id;       /* stable short name */
    dci_stage stage;
    dci_elements elements;
    GumboTag tag;         /* for DCI_ON_TAG */
    unsigned guards;      /* DCI_GUARD_* */
    dci_rule_match match;
    dci_rule_act act;      /* NULL: the stage's action */
    const char *params;   /* the tuning it reads, by name */
};

/* How a stage walks. */
typedef struct dci_stage_def {
    const char *name;
    dci_action action;
    int post_order;       /* judges a node on its EXIT, after its insides */
    dci_scope scope;
    dci_judge_root judge_root;
    int recount;          /* recounts the text statistics after the walk */
} dci_stage_def;

extern const dci_rule dci_rules[];
extern const size_t dci_rule_count;
extern const dci_stage_def dci_stages[DCI_STAGE_COUNT];

/* The rule with this id, or NULL. */
const dci_rule *dci_rule_find(const char *id);

/* What the guards say of n in walk w: nonzero when one keeps n from rules
 * with these guards. */
int dci_rule_guarded(const dci_node *n, unsigned guards, const dci_walk *w);

/* Whether n is one of the elements a rule looks at. */
int dci_rule_applies(const dci_rule *rule, const dci_node *n, const dci_tuning *t);

/* Whether text is a trail "Home > News > ..." of three items or more, each
 * of at most item_words words; *prefix: the length before
 * the last item. Rule crumb-trail. */
int dci_is_crumb_trail(const char *text, unsigned item_words, size_t *prefix);

/* Whether text is a slide counter ("1 of 8", "Image 1 / 13"): rule slideshow. */
int dci_is_slide_counter(const char *text);

/* The most siblings, dropped ones too, that a thread rule's look back from
 * a node reads: the boxes a rule of the same walk dropped are skipped, and
 * a page of thousands of them (each "Leave a reply" box under its heading)
 * was read again from each node after them, a square of the page. A limit
 * of the work per node, not a heuristic: no page of the dev corpora comes
 * near it. */
enum { DCI_THREAD_SCAN = 256 };

/* Whether n was dropped as a list of links to other pages (rules link-line,
 * teaser-list, teaser-residue, link-density). */
int dci_dropped_as_link_list(const dci_node *n);

/* Whether n opens a run of signed comment units among its siblings, the
 * article's body outside it (held_prose: the prose of the box judged, the
 * run's included): what it is, or NULL. Rule unit-thread; the scorer reads
 * it too, so that the run does not score its parent. */
const char *dci_unit_run(const dci_node *n, dci_walk *w, unsigned held_prose);

/* The last unit of the run dci_unit_run found opening at first. */
dci_node *dci_unit_run_last(dci_node *first, dci_walk *w);

/* The stage's rules: dci_rules[*first .. *first + return value). */
size_t dci_stage_rules(dci_stage stage, size_t *first);

#endif
