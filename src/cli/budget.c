#include "budget.h"

#include <pthread.h>
#include <stdlib.h>

struct cli_budget {
    pthread_mutex_t lock;
    size_t total;
    size_t used;
};

cli_budget *cli_budget_new(size_t total)
{
    cli_budget *b = calloc(1, sizeof *b);
    if (!b)
        return NULL;
    if (pthread_mutex_init(&b->lock, NULL) != 0) {
        free(b);
        return NULL;
    }
    b->total = total;
    return b;
}

void cli_budget_free(cli_budget *b)
{
    if (!b)
        return;
    pthread_mutex_destroy(&b->lock);
    free(b);
}

int cli_budget_take(cli_budget *b, size_t n)
{
    pthread_mutex_lock(&b->lock);
    int fits = n <= b->total - b->used;
    if (fits)
        b->used += n;
    pthread_mutex_unlock(&b->lock);
    return fits ? 0 : -1;
}

void cli_budget_give(cli_budget *b, size_t n)
{
    pthread_mutex_lock(&b->lock);
    b->used = n < b->used ? b->used - n : 0;
    pthread_mutex_unlock(&b->lock);
}

size_t cli_budget_total(const cli_budget *b)
{
    return b->total;
}

size_t cli_budget_used(cli_budget *b)
{
    pthread_mutex_lock(&b->lock);
    size_t used = b->used;
    pthread_mutex_unlock(&b->lock);
    return used;
}
