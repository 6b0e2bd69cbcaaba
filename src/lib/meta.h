/*
 * meta: title, byline, date, site, language, canonical URL and excerpt.
 *
 * Read from JSON-LD (schema.org Article), <meta> tags (Open Graph, Twitter,
 * Dublin Core), and the DOM (h1, rel=author, itemprop, <time>), in that
 * order of trust, except that the visible <h1> wins for the title when it
 * agrees with what the page declares.
 */
#ifndef DC_META_H
#define DC_META_H

#include "arena.h"
#include "dom.h"

typedef struct dc_meta {
    const char *title;
    const char *byline;
    const char *date;
    const char *site_name;
    const char *lang;
    const char *url;
    const char *excerpt;
} dc_meta;

/* Fills meta with strings owned by out (fields NULL when unknown).
 * page_url may be NULL. */
void dc_meta_extract(dc_arena *out, const dc_doc *doc, const char *page_url, dc_meta *meta);

#endif
