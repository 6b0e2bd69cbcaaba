#include "workers.h"

#include <pthread.h>
#include <stdlib.h>

#define MAX_THREADS 256

enum { QUEUED, RUNNING, FINISHED, CANCELLED };

typedef struct slot {
    void *job;
    int state;
} slot;

/*
 * The jobs out live in a ring of capacity slots, by submission number:
 * [taken, started) have been started (running or finished), [started,
 * submitted) wait. Workers start jobs in submission order, so the queue is
 * the tail of the ring and needs no list of its own.
 */
struct cli_workers {
    pthread_mutex_t lock;
    pthread_cond_t work;     /* a job was queued, or the end came */
    pthread_cond_t finished; /* the oldest job out may have finished */
    slot *ring;
    size_t capacity;
    size_t taken, started, submitted;
    int cancelled;
    int closing;
    cli_work_fn fn;
    void *ctx;
    void (*on_finish)(void *ctx);
    void *on_finish_ctx;
    pthread_t *threads;
    int nthreads;
};

static void *worker_main(void *arg)
{
    cli_workers *w = arg;
    pthread_mutex_lock(&w->lock);
    for (;;) {
        while (!w->closing && w->started == w->submitted)
            pthread_cond_wait(&w->work, &w->lock);
        if (w->started == w->submitted)
            break; /* closing, nothing left to start */
        size_t seq = w->started++;
        slot *s = &w->ring[seq % w->capacity];
        s->state = RUNNING;
        void *job = s->job;
        pthread_mutex_unlock(&w->lock);
        w->fn(job, w->ctx);
        pthread_mutex_lock(&w->lock);
        s->state = FINISHED;
        if (seq == w->taken)
            pthread_cond_signal(&w->finished);
        if (w->on_finish)
            w->on_finish(w->on_finish_ctx);
    }
    pthread_mutex_unlock(&w->lock);
    return NULL;
}

cli_workers *cli_workers_new(int nthreads, size_t capacity, cli_work_fn work, void *ctx)
{
    if (nthreads < 0 || nthreads > MAX_THREADS || capacity == 0 || !work)
        return NULL;
    cli_workers *w = calloc(1, sizeof *w);
    if (!w)
        return NULL;
    w->ring = calloc(capacity, sizeof *w->ring);
    w->threads = calloc(nthreads ? (size_t)nthreads : 1, sizeof *w->threads);
    if (!w->ring || !w->threads) {
        free(w->ring);
        free(w->threads);
        free(w);
        return NULL;
    }
    w->capacity = capacity;
    w->fn = work;
    w->ctx = ctx;
    pthread_mutex_init(&w->lock, NULL);
    pthread_cond_init(&w->work, NULL);
    pthread_cond_init(&w->finished, NULL);
    for (int i = 0; i < nthreads; i++) {
        if (pthread_create(&w->threads[i], NULL, worker_main, w) != 0)
            break;
        w->nthreads++;
    }
    if (nthreads > 0 && w->nthreads == 0) {
        cli_workers_free(w, NULL);
        return NULL;
    }
    return w;
}

void cli_workers_on_finish(cli_workers *w, void (*fn)(void *ctx), void *ctx)
{
    pthread_mutex_lock(&w->lock);
    w->on_finish = fn;
    w->on_finish_ctx = ctx;
    pthread_mutex_unlock(&w->lock);
}

size_t cli_workers_pending(cli_workers *w)
{
    pthread_mutex_lock(&w->lock);
    size_t n = w->submitted - w->taken;
    pthread_mutex_unlock(&w->lock);
    return n;
}

int cli_workers_full(cli_workers *w)
{
    return cli_workers_pending(w) >= w->capacity;
}

int cli_workers_submit(cli_workers *w, void *job)
{
    pthread_mutex_lock(&w->lock);
    if (w->cancelled || w->submitted - w->taken >= w->capacity) {
        pthread_mutex_unlock(&w->lock);
        return -1;
    }
    slot *s = &w->ring[w->submitted % w->capacity];
    s->job = job;
    if (w->nthreads == 0) {
        /* No threads: run it here, as a worker would. */
        s->state = RUNNING;
        w->started = ++w->submitted;
        pthread_mutex_unlock(&w->lock);
        w->fn(job, w->ctx);
        pthread_mutex_lock(&w->lock);
        s->state = FINISHED;
    } else {
        s->state = QUEUED;
        w->submitted++;
        pthread_cond_signal(&w->work);
    }
    pthread_mutex_unlock(&w->lock);
    return 0;
}

void *cli_workers_next(cli_workers *w, int wait, int *ran)
{
    void *job = NULL;
    pthread_mutex_lock(&w->lock);
    if (w->taken == w->submitted)
        goto out;
    slot *s = &w->ring[w->taken % w->capacity];
    while (wait && (s->state == QUEUED || s->state == RUNNING))
        pthread_cond_wait(&w->finished, &w->lock);
    if (s->state == QUEUED || s->state == RUNNING)
        goto out;
    job = s->job;
    if (ran)
        *ran = s->state == FINISHED;
    s->job = NULL;
    w->taken++;
    /* The next one may have finished while this one ran: a waiter for it
     * is told when it finishes, or sees it finished at once. */
out:
    pthread_mutex_unlock(&w->lock);
    return job;
}

static void cancel_locked(cli_workers *w)
{
    for (size_t seq = w->started; seq < w->submitted; seq++)
        w->ring[seq % w->capacity].state = CANCELLED;
    w->started = w->submitted;
    w->cancelled = 1;
}

void cli_workers_cancel(cli_workers *w)
{
    pthread_mutex_lock(&w->lock);
    cancel_locked(w);
    pthread_mutex_unlock(&w->lock);
}

void cli_workers_free(cli_workers *w, void (*discard)(void *job))
{
    if (!w)
        return;
    pthread_mutex_lock(&w->lock);
    cancel_locked(w);
    w->closing = 1;
    pthread_cond_broadcast(&w->work);
    pthread_mutex_unlock(&w->lock);
    for (int i = 0; i < w->nthreads; i++)
        pthread_join(w->threads[i], NULL);
    for (size_t seq = w->taken; seq < w->submitted; seq++)
        if (discard)
            discard(w->ring[seq % w->capacity].job);
    pthread_cond_destroy(&w->finished);
    pthread_cond_destroy(&w->work);
    pthread_mutex_destroy(&w->lock);
    free(w->ring);
    free(w->threads);
    free(w);
}
