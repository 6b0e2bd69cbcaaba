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

#include "dom.h"

/*
 * Scores the body of doc and marks DC_CONTENT on each root of the kept
 * content, in document order. Returns the winning container, or NULL when the
 * page has no paragraph of prose at all.
 */
dc_node *dc_score(dc_doc *doc);

/*
 * Whether the kept content reads as an index or home page: a run of linked
 * headlines (teasers) or story cards rather than paragraphs of one article.
 * Such a page has no article; stitching its teasers together would lie.
 * Returns the reason (static) or NULL.
 */
const char *dc_index_page_rule(const dc_doc *doc);

/* The text of n outside its block-level children: what n says as a paragraph
 * of its own. Sets *chars and *commas. */
void dc_own_text_stats(const dc_node *n, unsigned *chars, unsigned *commas);

/* link_chars / chars, 0 for an empty node. */
float dc_link_density(const dc_node *n);

#endif
