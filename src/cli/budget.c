#include "budget.h"

#include <pthread.h>
#include <stdlib.h>

struct dc_budget {
    pthread_mutex_t lock;
    size_t total;
    size_t used;
};

dc_budget *dc_budget_new(size_t total)
{
    dc_budget *b = calloc(1, sizeof *b);
    if (!b)
        return NULL;
    if (pthread_mutex_init(&b->lock, NULL) != 0) {
        free(b);
        return NULL;
    }
    b->total = total;
    return b;
}

void dc_budget_free(dc_budget *b)
{
    if (!b)
        return;
    pthread_mutex_destroy(&b->lock);
    free(b);
}

int dc_budget_take(dc_budget *b, size_t n)
{
    pthread_mutex_lock(&b->lock);
    int fits = n <= b->total - b->used;
    if (fits)
        b->used += n;
    pthread_mutex_unlock(&b->lock);
    return fits ? 0 : -1;
}

void dc_budget_give(dc_budget *b, size_t n)
{
    pthread_mutex_lock(&b->lock);
    b->used = n < b->used ? b->used - n : 0;
    pthread_mutex_unlock(&b->lock);
}

size_t dc_budget_total(const dc_budget *b)
{
    return b->total;
}

size_t dc_budget_used(dc_budget *b)
{
    pthread_mutex_lock(&b->lock);
    size_t used = b->used;
    pthread_mutex_unlock(&b->lock);
    return used;
}
