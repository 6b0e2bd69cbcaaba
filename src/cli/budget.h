/*
 * budget: a count of the bytes held by fetched pages, all together.
 *
 * Every transfer's body buffer and every fetched page waiting for or in a
 * worker thread draws from one budget (--max-memory), so the memory of a
 * run does not grow with -j times --max-size. A draw that does not fit is
 * refused, never waited for here: the fetcher pauses that transfer until
 * bytes come back. Safe to use from several threads.
 */
#ifndef DC_CLI_BUDGET_H
#define DC_CLI_BUDGET_H

#include <stddef.h>

typedef struct dc_budget dc_budget;

/* A budget of total bytes; NULL when out of memory. Freed with
 * dc_budget_free. */
dc_budget *dc_budget_new(size_t total);
void dc_budget_free(dc_budget *b);

/* Takes n bytes: 0, or -1 (nothing taken) when they do not fit. */
int dc_budget_take(dc_budget *b, size_t n);

/* Gives back n bytes taken before. */
void dc_budget_give(dc_budget *b, size_t n);

size_t dc_budget_total(const dc_budget *b);

/* Bytes taken and not given back. */
size_t dc_budget_used(dc_budget *b);

#endif
