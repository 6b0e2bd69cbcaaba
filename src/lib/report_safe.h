/*
 * report_safe: what the HTML explanation report (DC_FORMAT_EXPLAIN_HTML)
 * may contain, so that opening it never runs the page's code and never
 * reaches the network on its own.
 *
 * An allow-list, not a block-list: the elements and attributes that are
 * passed through by name, URLs checked against the page's own origins, and
 * CSS rewritten so that it can neither load anything nor leave its <style>
 * element or attribute. The report's Content-Security-Policy says the same
 * a second time.
 */
#ifndef DCI_REPORT_SAFE_H
#define DCI_REPORT_SAFE_H

#include <gumbo.h>
#include <stddef.h>

#include "arena.h"
#include "buf.h"

/* Longest origin kept ("https://host:port"); longer ones allow nothing. */
#define DCI_ORIGIN_MAX 200
#define DCI_ORIGINS 2

/* Where the report may load images and styles from. */
typedef struct dci_safe_policy {
    dci_arena *arena;    /* for resolved URLs */
    const char *base;    /* what relative URLs resolve against, or NULL */
    int remote;          /* non-zero: images and styles from origins[] */
    char origins[DCI_ORIGINS][DCI_ORIGIN_MAX];
    int norigins;
} dci_safe_policy;

/* What becomes of an element in the report. */
typedef enum dci_safe_kind {
    DCI_SAFE_SKIP,      /* left out with everything inside */
    DCI_SAFE_ELEMENT,   /* written with its allowed attributes and children */
    DCI_SAFE_VOID,      /* written without children or end tag */
    DCI_SAFE_STYLE,     /* a <style>: its text goes through dci_safe_css */
    DCI_SAFE_SVG        /* an empty <svg> that keeps the drawing's box */
} dci_safe_kind;

typedef struct dci_safe_plan {
    dci_safe_kind kind;
    const char *name;   /* the tag written */
    int renamed;        /* name is not the page's tag */
} dci_safe_plan;

/* Policy for a page at url (may be NULL) whose <base href> is base_href
 * (may be NULL); remote allows the origins of both. */
void dci_safe_policy_init(dci_safe_policy *p, dci_arena *a, const char *url,
                          const char *base_href, int remote);

/* The plan for an element with this tag; in_head for what is inside <head>. */
dci_safe_plan dci_safe_element(GumboTag tag, int in_head);

/* Whether an attribute with this name may be copied as it is (style, href
 * and src have their own checks). */
int dci_safe_attr_name(const char *name);

/* The link target to write for href, as an arena string, or NULL to leave
 * the link out: http, https and mailto URLs, fragments ("#x", kept as they
 * are) and relative paths. */
const char *dci_safe_href(const dci_safe_policy *p, const char *href);

/* The absolute URL to load src from, or NULL when the policy forbids it:
 * only under remote, only http(s) at one of the page's origins. */
const char *dci_safe_load_url(const dci_safe_policy *p, const char *src);

/* Appends css with comments removed, url()s that the policy forbids turned
 * into none, expression(), javascript: and vbscript: disarmed, @import rules
 * left out, and every '<' escaped, so that "</style" cannot appear. */
void dci_safe_css(dci_buf *out, const dci_safe_policy *p, const char *css, size_t len);

/* Appends s escaped for text (&, <, >) or, with attr, for a double-quoted
 * attribute value (", too). */
void dci_safe_escape(dci_buf *out, const char *s, size_t len, int attr);

/* The Content-Security-Policy value for the policy. */
void dci_safe_csp(dci_buf *out, const dci_safe_policy *p);

#endif
