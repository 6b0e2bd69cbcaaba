/*
 * meta: title, byline, date, site, language, canonical URL and excerpt.
 *
 * Read from JSON-LD (schema.org Article), <meta> tags (Dublin Core, Open
 * Graph, Twitter; each token of a property list is a property; a <meta> in
 * <body> counts after those in <head>, and not at all inside the microdata
 * of something else than the article), and the DOM (h1, rel=author, itemprop, <time>, then a
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
    const char *const *authors;   /* the byline's names, nauthors of them */
    size_t nauthors;
    const char *canonical_url;    /* link rel=canonical, else og:url, made absolute */
    const char *image;            /* og:image or twitter:image, else the article's first */
    const char *description;      /* as declared (the excerpt may be the first paragraph) */
    const char *section;          /* article:section */
    const char *const *tags;      /* article:tag and keywords, ntags of them */
    size_t ntags;
    const char *article_body;     /* JSON-LD articleBody as declared (markup and all), its first
                                     DCI_ARTICLE_BODY_MAX bytes: not printed, the scorer's
                                     guard (score.c) reads its words */
} dci_meta;

/* The most of a declared articleBody kept: a long article's worth of words. */
#define DCI_ARTICLE_BODY_MAX 200000

/* Fills meta with strings owned by out (fields NULL when unknown).
 * page_url may be NULL. */
/* Whether heading is the page's headline: it holds title, or title holds
 * it and it is at least half of title. */
int dci_meta_names_headline(const char *title, const char *heading);

/* The parts of title between separators ("Blog: Post", "Post - Blog",
 * "Blog » Archive » Post"), the first max of them, in starts and lens:
 * their count. */
size_t dci_meta_title_parts(const char *title, const char **starts, size_t *lens, size_t max);

void dci_meta_extract(dci_arena *out, const dci_doc *doc, const char *page_url, dci_meta *meta);

/* The byline of a page that declares none: the first short line with a
 * class or id such as "byline" or "author" in or near the article's
 * container (its own, dropped as furniture or not), so not a teaser's or a
 * commenter's, that names someone. Sets meta's byline and authors (strings
 * owned by out) when one is found. */
void dci_meta_byline_near(dci_arena *out, const dci_doc *doc, const dci_node *article,
                          dci_meta *meta);

/* The lead image of a page that declares none: the first image in the
 * article that was not dropped (data-src and the like before src), made
 * absolute against meta->url. Sets meta->image (owned by out) when found. */
void dci_meta_image_near(dci_arena *out, const dci_node *article, dci_meta *meta);

#endif
