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

#endif
