/*
 * result: what dc_extract returns, shared by the pipeline and the emitters.
 */
#ifndef DC_RESULT_H
#define DC_RESULT_H

#include "arena.h"
#include "content.h"
#include "decruft.h"
#include "meta.h"

struct dc_result {
    dc_arena *arena;          /* owns everything below */
    dc_status status;
    dc_meta meta;
    const char *charset;
    dc_block *content;        /* NULL when status is not DC_OK */
    size_t words;
    const char *explain;      /* the DC_FORMAT_EXPLAIN outline, with DC_OPT_EXPLAIN */
};

#endif
