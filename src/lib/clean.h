/*
 * clean: marks what is never article text before anything is scored.
 *
 * Scripts, styles, forms controls, hidden elements, navigation and page
 * furniture named by the class/id table are dropped, except that nothing
 * holding most of the page's text or the article element itself is dropped on
 * the strength of a class name alone.
 */
#ifndef DCI_CLEAN_H
#define DCI_CLEAN_H

#include "decruft.h"
#include "dom.h"

dc_status dci_clean(dci_doc *doc);

#endif
