/*
 * budget: a count of the bytes held by fetched pages, all together.
 *
 * Every transfer's body buffer and every fetched page waiting for or in a
 * worker thread draws from one budget (--max-memory), so the memory of a
 * run does not grow with -j times --max-size. A draw that does not fit is
 * refused, never waited for here: the fetcher pauses that transfer until
 * bytes come back. Safe to use from several threads.
 */
#ifndef CLI_BUDGET_H
#define CLI_BUDGET_H

#include <stddef.h>

typedef struct cli_budget cli_budget;

/* A budget of total bytes; NULL when out of memory. Freed with
 * cli_budget_free. */
cli_budget *cli_budget_new(size_t total);
void cli_budget_free(cli_budget *b);

/* Takes n bytes: 0, or -1 (nothing taken) when they do not fit. */
int cli_budget_take(cli_budget *b, size_t n);

/* Gives back n bytes taken before. */
void cli_budget_give(cli_budget *b, size_t n);

size_t cli_budget_total(const cli_budget *b);

/* Bytes taken and not given back. */
size_t cli_budget_used(cli_budget *b);

#endif
