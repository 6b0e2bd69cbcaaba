/*
 * meta: title, byline, date, site, language, canonical URL and excerpt.
 *
 * Read from JSON-LD (schema.org Article), <meta> tags (Open Graph, Twitter,
 * Dublin Core), and the DOM (h1, rel=author, itemprop, <time>, then a
 * byline class near the article), in that order of trust, except that the visible <h1> wins for the title when it
 * agrees with what the page declares.
 */
#ifndef DCI_META_H
#define DCI_META_H

#include "arena.h"
#include "dom.h"

typedef struct dci_meta {
    const char *title;
    const char *byline;
    const char *date;
    const char *site_name;
    const char *lang;
    const char *url;
    const char *excerpt;
} dci_meta;

/* Fills meta with strings owned by out (fields NULL when unknown).
 * page_url may be NULL. */
void dci_meta_extract(dci_arena *out, const dci_doc *doc, const char *page_url, dci_meta *meta);

/* The byline of a page that declares none: the first short line with a
 * class or id such as "byline" or "author" in or near the article's
 * container (its own, dropped as furniture or not), so not a teaser's or a
 * commenter's. A string owned by out, or NULL. */
const char *dci_meta_byline_near(dci_arena *out, const dci_doc *doc, const dci_node *article);

#endif
