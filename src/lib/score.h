/*
 * score: finds the main content.
 *
 * Every paragraph of prose scores its ancestors (more for commas and length,
 * less for each level up); containers are weighted by their tag and class/id
 * words and discounted by their link density. The best container wins, is
 * widened when the article spreads over several of its relatives, and its
 * siblings that read like the article join it.
 */
#ifndef DC_SCORE_H
#define DC_SCORE_H

#include "decruft.h"
#include "dom.h"

/*
 * Scores the body of doc and marks DC_CONTENT on each root of the kept
 * content, in document order. Sets *winner to the winning container, or
 * NULL when the page has no paragraph of prose at all. Returns DC_OK, or
 * DC_TIMEOUT / DC_NOMEM when a stage had to stop.
 */
dc_status dc_score(dc_doc *doc, dc_node **winner);

#endif
