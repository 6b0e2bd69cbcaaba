/*
 * prune: removes boilerplate inside the chosen content.
 *
 * Within each content root: blocks named as boilerplate by class/id, one-line
 * promos and credits matched by the phrase table, sections introduced by a
 * boilerplate heading ("More Film"), teaser lists, and link-heavy blocks.
 */
#ifndef DC_PRUNE_H
#define DC_PRUNE_H

#include "dom.h"

void dc_prune(dc_doc *doc);

#endif
