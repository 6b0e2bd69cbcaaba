/*
 * explain: why every block of the page was kept or removed.
 *
 * An indented outline of the page's block elements: the decision (KEEP,
 * DROP, or -- for what lies outside the content), the container score, the
 * rule or pattern that decided, the element with its class/id, and its first
 * words. The tuning instrument for extraction.
 */
#ifndef DC_EXPLAIN_H
#define DC_EXPLAIN_H

#include "arena.h"
#include "dom.h"

/* The outline as a string owned by out, or NULL when memory ran out. */
const char *dc_explain(dc_arena *out, const dc_doc *doc);

#endif
