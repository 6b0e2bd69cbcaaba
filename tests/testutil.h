/*
 * testutil: small helpers shared by the unit tests (Check).
 *
 * Everything here is static inline so each test program takes only what it
 * uses. Helpers assert with ck_assert, so they may only be called from tests.
 */
#ifndef DCI_TESTUTIL_H
#define DCI_TESTUTIL_H

#include <check.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content.h"
#include "decruft.h"
#include "dom.h"
#include "parse.h"

/* The prose of every article page: four paragraphs a scorer takes for an
 * article, each a sentence the tests look for in the output. */
#define TU_PROSE1                                                                    \
    "The harbour commission met on Tuesday evening to discuss the long-delayed "    \
    "repairs to the northern sea wall, which was badly damaged by the winter "      \
    "storms, and heard from residents, engineers and the town's two ferry operators."
#define TU_PROSE2                                                                    \
    "Engineers told the meeting that the cost of the work had risen by almost a "   \
    "third since the first survey, largely because of the price of granite, steel " \
    "and the barges needed to carry them along the coast."
#define TU_PROSE3                                                                    \
    "Several fishermen, who depend on the sheltered moorings behind the wall, said " \
    "they would support the plan if the work could be finished before the autumn, " \
    "when the heaviest swells usually arrive."
#define TU_PROSE4                                                                    \
    "The commission will publish a revised timetable next month, and a public "     \
    "consultation on the design, the materials and the closure of the quay is "     \
    "expected to open shortly afterwards."

/* A content tree made by hand, in the test's own storage. */
typedef struct tu_tree {
    dci_block blocks[32];
    size_t n;
    dci_run runs[16];
    size_t nruns;
} tu_tree;

/* A block of kind under parent (NULL: the root), with text and no run. */
static inline dci_block *tu_add(tu_tree *t, dci_block *parent, dci_block_kind kind,
                                const char *text)
{
    ck_assert_uint_lt(t->n, sizeof t->blocks / sizeof *t->blocks);
    dci_block *b = &t->blocks[t->n++];
    memset(b, 0, sizeof *b);
    b->kind = kind;
    b->text = text;
    b->text_len = text ? strlen(text) : 0;
    if (parent) {
        b->parent = parent;
        b->prev = parent->last_child;
        if (parent->last_child)
            parent->last_child->next = b;
        else
            parent->first_child = b;
        parent->last_child = b;
    }
    return b;
}

/* A block whose text is one run, a link to href (NULL: plain text). */
static inline dci_block *tu_add_run(tu_tree *t, dci_block *parent, dci_block_kind kind,
                                    const char *text, const char *href)
{
    ck_assert_uint_lt(t->nruns, sizeof t->runs / sizeof *t->runs);
    dci_block *b = tu_add(t, parent, kind, text);
    dci_run *r = &t->runs[t->nruns++];
    *r = (dci_run){NULL, text, strlen(text), href, 0, NULL};
    b->first_run = b->last_run = r;
    return b;
}

/* An empty tree's root. */
static inline dci_block *tu_new_tree(tu_tree *t)
{
    t->n = t->nruns = 0;
    return tu_add(t, NULL, DCI_BLOCK_ROOT, NULL);
}

/* The texts of root's leaf blocks joined with '|', in document order. */
static inline void tu_leaves(const dci_block *root, char *out, size_t size)
{
    out[0] = '\0';
    for (const dci_block *b = root; b; b = dci_block_next(b, root)) {
        if (b->first_child || b == root)
            continue;
        if (out[0])
            strncat(out, "|", size - strlen(out) - 1);
        strncat(out, b->text ? b->text : "", size - strlen(out) - 1);
    }
}

#define TU_TITLE "Harbour wall repairs approved after long delay"
#define TU_SITE "The Coast Gazette"
#define TU_FOOTER "Copyright 2024 The Coast Gazette, all rights reserved by the owners."

/* printf into a new malloc'd string. */
static inline char *tu_strdupf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static inline char *tu_strdupf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    ck_assert_int_ge(n, 0);
    char *s = malloc((size_t)n + 1);
    ck_assert_ptr_nonnull(s);
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return s;
}

/* s written n times over. Free with free(). */
static inline char *tu_repeat(const char *s, int n)
{
    size_t len = strlen(s);
    char *out = malloc(len * (size_t)(n > 0 ? n : 0) + 1);
    ck_assert_ptr_nonnull(out);
    for (int i = 0; i < n; i++)
        memcpy(out + len * (size_t)i, s, len);
    out[len * (size_t)(n > 0 ? n : 0)] = '\0';
    return out;
}

/*
 * A realistic news page: a site header with navigation, then <main><article>
 * with the headline, two paragraphs of prose, body_html, two more paragraphs,
 * then a footer. extra_head goes into <head> (may be NULL). Free with free().
 */
static inline char *tu_article_page_head(const char *title, const char *extra_head,
                                         const char *body_html)
{
    return tu_strdupf(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<title>%s | " TU_SITE "</title>\n%s\n</head>\n<body>\n"
        "<header class=\"site-header\"><a href=\"/\">" TU_SITE "</a>\n"
        "<nav><ul><li><a href=\"/news\">News</a></li><li><a href=\"/sport\">Sport</a></li>"
        "<li><a href=\"/weather\">Weather</a></li></ul></nav></header>\n"
        "<main>\n<article>\n<h1>%s</h1>\n"
        "<p>" TU_PROSE1 "</p>\n<p>" TU_PROSE2 "</p>\n%s\n"
        "<p>" TU_PROSE3 "</p>\n<p>" TU_PROSE4 "</p>\n"
        "</article>\n</main>\n"
        "<footer><p>" TU_FOOTER "</p></footer>\n"
        "</body>\n</html>\n",
        title, extra_head ? extra_head : "", title, body_html ? body_html : "");
}

static inline char *tu_article_page(const char *body_html)
{
    return tu_article_page_head(TU_TITLE, NULL, body_html);
}

/* Extracts html with opt (may be NULL) and renders it; the status in *status
 * when not NULL. Free the string with free(). */
static inline char *tu_render_opt(const char *html, size_t len, const dc_options *opt,
                                  dc_format format, unsigned flags, dc_status *status)
{
    dc_result *r = dc_extract(html, len, opt);
    ck_assert_ptr_nonnull(r);
    if (status)
        *status = dc_result_status(r);
    size_t out_len = (size_t)-1;
    char *out = dc_render(r, format, flags, &out_len);
    ck_assert_ptr_nonnull(out);
    ck_assert_uint_eq(out_len, strlen(out));
    dc_result_free(r);
    return out;
}

/* The text rendering of a string of HTML. */
static inline char *tu_extract_text(const char *html, unsigned flags, dc_status *status)
{
    return tu_render_opt(html, strlen(html), NULL, DC_FORMAT_TEXT, flags, status);
}

/* The text rendering of a string of HTML that must give DC_OK. */
static inline char *tu_text_ok(const char *html)
{
    dc_status st = DC_STATUS_COUNT;
    char *text = tu_extract_text(html, 0, &st);
    ck_assert_msg(st == DC_OK, "status %d (%s), text: %s", (int)st, dc_strerror(st), text);
    return text;
}

static inline int tu_contains(const char *hay, const char *needle)
{
    return hay && strstr(hay, needle) != NULL;
}

/* Non-overlapping occurrences of needle in hay. */
static inline size_t tu_count(const char *hay, const char *needle)
{
    size_t n = 0, len = strlen(needle);
    for (const char *p = hay; len && (p = strstr(p, needle)) != NULL; p += len)
        n++;
    return n;
}

#define tu_assert_has(hay, needle) \
    ck_assert_msg(tu_contains((hay), (needle)), "expected \"%s\" in:\n%s", (needle), (hay))
#define tu_assert_lacks(hay, needle) \
    ck_assert_msg(!tu_contains((hay), (needle)), "did not expect \"%s\" in:\n%s", (needle), (hay))
/* tu_assert_has when expected, tu_assert_lacks when not: a case table's
 * page that keeps or drops the needle. */
#define tu_assert_has_if(hay, needle, expected) \
    do {                                        \
        if (expected)                           \
            tu_assert_has(hay, needle);         \
        else                                    \
            tu_assert_lacks(hay, needle);       \
    } while (0)

/* Asserts that all four prose paragraphs of the article page are in text. */
static inline void tu_assert_article_kept(const char *text)
{
    tu_assert_has(text, TU_PROSE1);
    tu_assert_has(text, TU_PROSE2);
    tu_assert_has(text, TU_PROSE3);
    tu_assert_has(text, TU_PROSE4);
}

/* Parses html into a new document on an arena with the given budget
 * (0: none); the parse must succeed. Free with tu_doc_free. */
static inline dci_doc tu_parse_len(const char *html, size_t len, size_t budget)
{
    dci_doc doc;
    memset(&doc, 0, sizeof doc);
    doc.arena = dci_arena_new(budget, 0);
    doc.tuning = &dci_tuning_defaults;
    ck_assert_ptr_nonnull(doc.arena);
    dc_status st = dci_parse(&doc, html, len);
    ck_assert_int_eq(st, DC_OK);
    ck_assert_ptr_nonnull(doc.html);
    return doc;
}

static inline dci_doc tu_parse(const char *html)
{
    return tu_parse_len(html, strlen(html), 0);
}

static inline void tu_doc_free(dci_doc *doc)
{
    dci_arena_free(doc->arena);
    doc->arena = NULL;
}

/* The nth (from 0) element with tag under root, in document order, or NULL. */
static inline dci_node *tu_find_tag(dci_node *root, GumboTag tag, int nth)
{
    for (dci_node *n = root; n; n = dci_next(n, root))
        if (dci_is_element(n, tag) && nth-- == 0)
            return n;
    return NULL;
}

/* The first element under root whose id is id, or NULL. */
static inline dci_node *tu_find_id(dci_node *root, const char *id)
{
    for (dci_node *n = root; n; n = dci_next(n, root)) {
        if (n->type != DCI_NODE_ELEMENT)
            continue;
        const char *v = dci_attr_get(n, "id");
        if (v && strcmp(v, id) == 0)
            return n;
    }
    return NULL;
}

#endif
