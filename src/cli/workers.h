/*
 * workers: a bounded work queue and the threads that run it.
 *
 * The caller (one thread: the main one) submits jobs; N worker threads run
 * the job callback on them; the caller takes the finished jobs back in the
 * order it submitted them, so whatever it prints or writes comes out as a
 * run on one thread would have it. A job is the caller's own structure:
 * its input going in, its result filled in by the callback.
 *
 * At most `capacity` jobs are out at once (submitted and not yet taken back,
 * queued, running or finished): cli_workers_submit() refuses more, and the
 * caller takes one back (cli_workers_next(), waiting) before it submits again.
 * That bounds the memory held by the jobs.
 *
 * With 0 threads there are no threads: cli_workers_submit() runs the job on
 * the spot, and the rest behaves the same.
 */
#ifndef CLI_WORKERS_H
#define CLI_WORKERS_H

#include <stddef.h>

typedef struct cli_workers cli_workers;

/* Runs one job, on a worker thread; ctx is shared by every thread. */
typedef void (*cli_work_fn)(void *job, void *ctx);

/* Starts nthreads (0 to 256) threads. Returns NULL when out of memory or
 * when no thread could be started. */
cli_workers *cli_workers_new(int nthreads, size_t capacity, cli_work_fn work, void *ctx);

/* Has fn(ctx) called on the worker thread each time it finishes a job, so
 * a caller waiting on something else (a poll) can be woken to take it back.
 * Set it before the first submit. */
void cli_workers_on_finish(cli_workers *w, void (*fn)(void *ctx), void *ctx);

/* Jobs out: submitted and not yet taken back. */
size_t cli_workers_pending(cli_workers *w);

/* Non-zero when capacity jobs are out. */
int cli_workers_full(cli_workers *w);

/* Queues a job. Returns 0, or -1 when full or cancelled. */
int cli_workers_submit(cli_workers *w, void *job);

/*
 * Takes back the oldest job out, once finished: waits for it when wait is
 * non-zero, else returns NULL when it is not finished yet. Returns NULL when
 * no job is out. *ran is set to 1 when the callback ran on the job, 0 when
 * it was cancelled before it started.
 */
void *cli_workers_next(cli_workers *w, int wait, int *ran);

/* Jobs not started yet will not run; cli_workers_next() still gives them
 * back (with *ran = 0), and refuses nothing that is running. Later submits
 * fail. */
void cli_workers_cancel(cli_workers *w);

/* Cancels, waits for the running jobs and stops the threads. Jobs out are
 * handed to discard (may be NULL) in submission order. */
void cli_workers_free(cli_workers *w, void (*discard)(void *job));

#endif
