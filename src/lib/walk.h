/*
 * walk: the stage walker. One walk of the DOM per stage: it skips dropped
 * subtrees, visits the nodes the stage's scope names, gives each element to
 * the stage's rules in table order (the first that matches and that no guard
 * vetoes decides), acts on the match, and recounts the text statistics once
 * at the end when the stage dropped something.
 *
 * It also keeps the time: between nodes it looks at the document's deadline
 * every so often, and a rule whose text the arena could not give stops the
 * walk, so a page out of time or memory stops with that status instead of
 * going on with rules that quietly see nothing.
 */
#ifndef DCI_WALK_H
#define DCI_WALK_H

#include "decruft.h"
#include "dom.h"
#include "rules.h"

/* What the index-page rules count in the content. */
typedef struct dci_index_tally {
    unsigned headlines;   /* headings that are mostly a link */
    unsigned cards;       /* <article> elements inside a content root */
    unsigned paragraphs;  /* paragraphs of prose */
    unsigned prose;       /* characters of prose in all */
    unsigned article_prose; /* the most prose one element holds in its own paragraphs */
    unsigned cut_cards;   /* cards cut short: a title link, an excerpt, "Read more" or an ellipsis */
    unsigned cut_prose;   /* the prose of those cards */
    unsigned run_units;   /* the run of cards the content is one of (0: none) */
} dci_index_tally;

/* A walk's context: what the stages' rules read besides the node. */
struct dci_walk {
    dci_doc *doc;
    const dci_tuning *tuning;
    dci_node *root;            /* the root of the stage being walked */
    const dci_node *holder;    /* clean: the article element with the most prose */
    const dci_node *body_block; /* clean: the element whose own paragraphs are the body */
    unsigned prose_left;      /* clean: the body's prose not dropped yet */
    const dci_node *best;      /* score: the winner */
    const char *best_why;      /* score: why it won, for explain (NULL: the best score) */
    const dci_node *wrapper;   /* score: the winner's highest ancestor holding its text alone */
    int wrapper_kin;           /* score: boxes like the wrapper beside it, -1 until counted */
    const dci_node *headline;  /* score: the page's headline, for the standfirst and twins (NULL: none) */
    int headline_winner;       /* score: the winner holds the page's headline (twins) */
    float join_threshold;     /* score: a sibling's least score to join */
    dci_index_tally tally;     /* index: the content's teasers and paragraphs */
    struct dci_pull_quotes *pull_quotes; /* clean: the asides set in the text, gathered
                                            when the first is judged (rules_furniture.c) */
    unsigned matched;         /* nodes the last stage's rules decided */
    int counts_stale;         /* nodes were dropped since the last count */
    dc_status status;         /* DC_OK, or why the walk stopped */
    unsigned until_clock;     /* nodes before the next look at the deadline */
};

void dci_walk_init(dci_walk *w, dci_doc *doc);

/* Runs stage over root; returns w->status (DC_OK, DC_TIMEOUT or DC_NOMEM). */
dc_status dci_walk_stage(dci_walk *w, dci_stage stage, dci_node *root);

/* n's text for a rule (dci_node_text): NULL when the arena failed, which
 * stops the walk with the arena's status. */
const char *dci_walk_text(dci_walk *w, const dci_node *n, size_t max);

/* The status an arena failure stands for. */
dc_status dci_walk_arena_status(const dci_arena *a);

#endif
