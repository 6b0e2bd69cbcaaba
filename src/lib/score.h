/*
 * score: finds the main content.
 *
 * Every paragraph of prose scores its ancestors (more for commas and length,
 * less for each level up); containers are weighted by their tag and class/id
 * words and discounted by their link density. The best container wins, is
 * widened when the article spreads over several of its relatives, and its
 * siblings that read like the article join it.
 */
#ifndef DCI_SCORE_H
#define DCI_SCORE_H

#include "decruft.h"
#include "dom.h"

/*
 * Scores the body of doc and marks DCI_CONTENT on each root of the kept
 * content, in document order. Sets *winner to the winning container, or
 * NULL when the page has no paragraph of prose at all. Returns DC_OK, or
 * DC_TIMEOUT / DC_NOMEM when a stage had to stop.
 */
dc_status dci_score(dci_doc *doc, dci_node **winner);

typedef struct dci_walk dci_walk;
/* The signature of comment unit u (a box with its comment's text): a time of
 * day opening or closing it, or opening the line without prose before it;
 * *name and *len the name it gives. 0 when it has none or holds a title
 * (a post's). */
int dci_unit_signature(const dci_node *u, dci_walk *w, const char **name, size_t *len);

/* Whether element c is a short line of a comment's controls, without prose,
 * holding a link or a button ("Report Abuse | QUOTE", "Reply"). */
int dci_is_control_line(const dci_node *c, dci_walk *w);

/* Whether comment unit u holds a line of its controls ("Report Abuse |
 * QUOTE", "[Offensive? Report this comment.]") and no title, <h1> to <h3>:
 * a page of posts, each under its title, may close each with "Permalink |
 * Reply". */
int dci_controlled_unit(const dci_node *u, dci_walk *w);

#endif
