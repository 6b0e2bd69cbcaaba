/*
 * explain: why every block of the page was kept or removed.
 *
 * An indented outline of the page's block elements: the decision (KEEP,
 * DROP, or -- for what lies outside the content), the container score, the
 * rule or pattern that decided, the element with its class/id, and its first
 * words. The tuning instrument for extraction. What the tail trimmer drops
 * from the content tree is marked on the page's elements (dci_explain_tail)
 * before the outline is made.
 */
#ifndef DCI_EXPLAIN_H
#define DCI_EXPLAIN_H

#include "arena.h"
#include "dom.h"
#include "tail.h"

/* What the explanation says of a block. */
typedef enum dci_decision {
    DCI_DECISION_KEPT,
    DCI_DECISION_DROPPED,
    DCI_DECISION_OUTSIDE,   /* neither: outside the content */
    DCI_DECISION_COUNT
} dci_decision;

/* Whether n gets a line (a decision): a block-level element that holds text
 * or was dropped. Nothing under a dropped node gets one. */
int dci_explain_listed(const dci_node *n);

/* The decision on n, which is in a content root (or is one) when
 * in_content. */
dci_decision dci_explain_decision(const dci_node *n, int in_content);

/* Whether a node above root is a content root (the body is kept whole). */
int dci_explain_inside_content(const dci_node *root);

/*
 * Marks the elements the n blocks of drops came from (each block's source,
 * when it has one, or the outermost element that wraps only it) dropped by
 * dci_tail_rule, with what matched as the why:
 * the entry in quotes ("reporting by *"), "comments" and all below for a
 * section's opener, below "comments" for what it took. The whys are
 * allocated in a.
 * Returns 0, or -1 when the arena failed.
 */
int dci_explain_tail(dci_arena *a, dci_doc *doc, const dci_tail_drop *drops, size_t n);

/* The outline as a string owned by out, or NULL when memory ran out. */
const char *dci_explain(dci_arena *out, const dci_doc *doc);

#endif
