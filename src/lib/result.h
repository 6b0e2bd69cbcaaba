/*
 * result: what dc_extract returns, shared by the pipeline and the emitters.
 */
#ifndef DCI_RESULT_H
#define DCI_RESULT_H

#include "arena.h"
#include "content.h"
#include "decruft.h"
#include "meta.h"

struct dc_result {
    dci_arena *arena;          /* owns everything below */
    dc_status status;
    dci_meta meta;
    const char *charset;
    dci_block *content;        /* NULL when status is not DC_OK */
    size_t words;
    int kept_winner;           /* the winner kept text through the rules (an index page counts as kept) */
    unsigned winner_prose;     /* characters of prose in the winner, 0 without one */
    const char *explain;      /* the explanation (DC_OPT_EXPLAIN), when asked for */
    const char *explain_html; /* the report (DC_OPT_EXPLAIN_HTML), when asked for */
};

#endif
