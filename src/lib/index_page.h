/*
 * index_page: whether the kept content is an index or home page, a run of
 * linked headlines (teasers) or story cards rather than paragraphs of one
 * article. Such a page has no article; stitching its teasers together would
 * lie.
 */
#ifndef DCI_INDEX_PAGE_H
#define DCI_INDEX_PAGE_H

#include "decruft.h"
#include "dom.h"

/* Counts the content's teasers and paragraphs and gives the tally to the
 * index-page rules; one that matches is recorded on the body and sets
 * *is_index. Returns DC_OK, or why the stage stopped. */
dc_status dci_index_page(dci_doc *doc, int *is_index);

#endif
