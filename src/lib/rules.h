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
#ifndef DC_RULES_H
#define DC_RULES_H

#include "dom.h"
#include "tuning.h"

/* The stages, in the order the pipeline runs them. */
typedef enum dc_stage {
    DC_STAGE_NEVER_TEXT,  /* clean: what no reader sees as text */
    DC_STAGE_FURNITURE,   /* clean: furniture by element or ARIA role */
    DC_STAGE_CLASS,       /* clean: furniture by class or id word */
    DC_STAGE_JOIN,        /* score: the winner's siblings that read as the article */
    DC_STAGE_INTRO,       /* score: a heading just before a joined sibling */
    DC_STAGE_STANDFIRST,  /* score: the standfirst in a block before the winner */
    DC_STAGE_TWINS,       /* score: containers of the winner's kind elsewhere */
    DC_STAGE_BOILERPLATE, /* prune: boilerplate by class or id word */
    DC_STAGE_SECTIONS,    /* prune: sections a boilerplate heading opens */
    DC_STAGE_LINES,       /* prune: captions, forms, link lines, promo phrases */
    DC_STAGE_LISTS,       /* prune: teaser lists and link-heavy blocks */
    DC_STAGE_WIDGETS,     /* prune: a widget's controls, judged after their insides */
    DC_STAGE_INDEX,       /* the content is an index of other pages */
    DC_STAGE_COUNT
} dc_stage;

/* Which nodes a rule looks at. */
typedef enum dc_elements {
    DC_ON_ELEMENT,        /* any element */
    DC_ON_HEADING,        /* h1 to h6 */
    DC_ON_LEAF_BLOCK,     /* a block with no block inside */
    DC_ON_HEADING_LIKE,   /* a heading, or a short leaf block alone as one */
    DC_ON_LIST_BOX,       /* lists, tables, divs and sections */
    DC_ON_TAG             /* the rule's one tag */
} dc_elements;

/* Guards: nodes the walker keeps from a rule, whatever the rule says. */
enum {
    DC_GUARD_PROTECTED = 1u << 0, /* html, body, main, article */
    DC_GUARD_HOLDER = 1u << 1,    /* the article holder and its ancestors */
    DC_GUARD_LAYOUT = 1u << 2,    /* most of the page's prose left: a layout box */
    DC_GUARD_MOST_OF = 1u << 3,   /* most of the content root's text */
    DC_GUARD_FORMULA = 1u << 4,   /* an inline element around a formula */
    DC_GUARD_SENTENCE = 1u << 5,  /* a link inside a sentence */
    DC_GUARD_CONTENT = 1u << 6    /* content already, or the winner's ancestors */
};

/* What a match does, unless the rule acts itself. */
typedef enum dc_action {
    DC_ACT_DROP,          /* drops the node with its subtree */
    DC_ACT_KEEP,          /* marks the node a root of the content */
    DC_ACT_NOTE           /* records the rule on the node, a decision on the page */
} dc_action;

/* The nodes a stage's walk visits. */
typedef enum dc_scope {
    DC_SCOPE_SUBTREE,     /* the root and everything under it */
    DC_SCOPE_CHILDREN,    /* the root's children */
    DC_SCOPE_ROOT         /* the root alone */
} dc_scope;

/* Whether a stage judges its root as well as what is under it. */
typedef enum dc_judge_root {
    DC_JUDGE_ROOT,
    DC_JUDGE_NOT_ROOT,
    DC_JUDGE_LEAF_ROOT    /* only when the root is a leaf block */
} dc_judge_root;

typedef struct dc_walk dc_walk;
typedef struct dc_rule dc_rule;

/* Whether rule matches n: why (the rule's word, pattern or reason; static
 * or owned by the document's arena), or NULL. */
typedef const char *(*dc_rule_match)(const dc_node *n, dc_walk *w);

/* A rule that does more than drop or keep n (a form's whole widget, the
 * section a heading opens). */
typedef void (*dc_rule_act)(dc_node *n, const dc_rule *rule, const char *why, dc_walk *w);

struct dc_rule {
    const char *id;       /* stable short name */
    dc_stage stage;
    dc_elements elements;
    GumboTag tag;         /* for DC_ON_TAG */
    unsigned guards;      /* DC_GUARD_* */
    dc_rule_match match;
    dc_rule_act act;      /* NULL: the stage's action */
    const char *params;   /* the tuning it reads, by name */
};

/* How a stage walks. */
typedef struct dc_stage_def {
    const char *name;
    dc_action action;
    int post_order;       /* judges a node on its EXIT, after its insides */
    dc_scope scope;
    dc_judge_root judge_root;
    int recount;          /* recounts the text statistics after the walk */
} dc_stage_def;

extern const dc_rule dc_rules[];
extern const size_t dc_rule_count;
extern const dc_stage_def dc_stages[DC_STAGE_COUNT];

/* The rule with this id, or NULL. */
const dc_rule *dc_rule_find(const char *id);

/* What the guards say of n in walk w: nonzero when one keeps n from rules
 * with these guards. */
int dc_rule_guarded(const dc_node *n, unsigned guards, const dc_walk *w);

/* Whether n is one of the elements a rule looks at. */
int dc_rule_applies(const dc_rule *rule, const dc_node *n, const dc_tuning *t);

/* The stage's rules: dc_rules[*first .. *first + return value). */
size_t dc_stage_rules(dc_stage stage, size_t *first);

#endif
