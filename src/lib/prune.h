/*
 * prune: removes boilerplate inside the chosen content.
 *
 * Within each content root, in stages: blocks named as boilerplate by
 * class/id, sections introduced by a boilerplate heading ("More Film"),
 * captions, forms, link lines and one-line promos and credits matched by
 * the phrase table, teaser lists and link-heavy blocks, and widgets'
 * controls. The rules are records of rules.c.
 */
#ifndef DCI_PRUNE_H
#define DCI_PRUNE_H

#include "decruft.h"
#include "dom.h"

/* Returns DC_OK, or DC_TIMEOUT / DC_NOMEM when a stage had to stop. */
dc_status dci_prune(dci_doc *doc);

/* Sets (on) or clears DCI_HOLDS_HEADLINE on the post box headed by the
 * page's headline: the line from the heading up and the post's body. 0, or
 * -1 when the arena failed. */
int dci_mark_headline(dci_doc *doc, int on);

/* The headings naming the page's headline (matching the title found or
 * the <title>, or one part of the <title>), the first max of them in the
 * page's order, in out: their count, or -1 when the arena failed. *whole:
 * 1 when the first is most of the title, not a part of it nor a line
 * around it ("About Cape Argus", "3 comments on ..."). */
int dci_find_headlines(dci_doc *doc, dci_node **out, int max, int *whole);

#endif
