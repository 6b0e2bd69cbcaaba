/*
 * explain: why every block of the page was kept or removed.
 *
 * An indented outline of the page's block elements: the decision (KEEP,
 * DROP, or -- for what lies outside the content), the container score, the
 * rule or pattern that decided, the element with its class/id, and its first
 * words. The tuning instrument for extraction.
 */
#ifndef DCI_EXPLAIN_H
#define DCI_EXPLAIN_H

#include "arena.h"
#include "dom.h"

/* The outline as a string owned by out, or NULL when memory ran out. */
const char *dci_explain(dci_arena *out, const dci_doc *doc);

#endif
