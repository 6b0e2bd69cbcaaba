/*
 * explain_html: the explanation as a page (DC_FORMAT_EXPLAIN_HTML).
 *
 * The page itself, written again from decruft's DOM through the allow-list
 * of report_safe.h, with every block the text outline (explain.h) lists
 * marked: data-dc-decision (kept, dropped, outside), data-dc-rule,
 * data-dc-score, data-dc-root on content roots, and a title tooltip saying
 * the same. A fixed panel beside the page gives the legend, the counts per
 * decision and per rule, and the extracted text. Nothing in it runs or
 * loads: see report_safe.h.
 */
#ifndef DCI_EXPLAIN_HTML_H
#define DCI_EXPLAIN_HTML_H

#include "arena.h"
#include "dom.h"

/* What the report says besides the page. */
typedef struct dci_report_page {
    const char *url;      /* the page's URL, or NULL */
    int remote;           /* images and styles from the page's origin */
    const char *status;   /* how the extraction ended, in words */
    const char *text;     /* the extracted text, or NULL when none */
} dci_report_page;

/* The report as a string owned by a, or NULL when memory ran out. */
const char *dci_explain_html(dci_arena *a, const dci_doc *doc, const dci_report_page *page);

#endif
