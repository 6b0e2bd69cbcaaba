/* Unit tests of the work queue: results in submission order, many jobs,
 * the capacity bound, cancelling and shutting down with jobs pending. */
#include <check.h>
#include <pthread.h>
#include <stdlib.h>
#include <time.h>

#include "workers.h"

typedef struct job {
    int n;
    int square;
    int ran;
} job;

typedef struct counter {
    pthread_mutex_t lock;
    pthread_cond_t opened;
    int runs;
    int running, most_running;
    int gate_open; /* a GATED job waits until it is */
} counter;

/* A job that runs only once the test opens the gate: what a test sees
 * while it waits does not depend on how fast the machine is. */
#define GATED (-1)

static void sleep_us(long us)
{
    struct timespec ts = {us / 1000000, (us % 1000000) * 1000};
    nanosleep(&ts, NULL);
}

/* Squares n; early jobs sleep longest, so later ones finish first. */
static void square(void *p, void *ctx)
{
    job *j = p;
    counter *c = ctx;
    pthread_mutex_lock(&c->lock);
    c->runs++;
    if (++c->running > c->most_running)
        c->most_running = c->running;
    while (j->n == GATED && !c->gate_open)
        pthread_cond_wait(&c->opened, &c->lock);
    pthread_mutex_unlock(&c->lock);
    if (j->n >= 0 && j->n < 8)
        sleep_us((8 - j->n) * 2000L);
    j->square = j->n * j->n;
    j->ran = 1;
    pthread_mutex_lock(&c->lock);
    c->running--;
    pthread_mutex_unlock(&c->lock);
}

static void counter_init(counter *c)
{
    pthread_mutex_init(&c->lock, NULL);
    pthread_cond_init(&c->opened, NULL);
    c->runs = c->running = c->most_running = 0;
    c->gate_open = 0;
}

static void open_gate(counter *c)
{
    pthread_mutex_lock(&c->lock);
    c->gate_open = 1;
    pthread_cond_broadcast(&c->opened);
    pthread_mutex_unlock(&c->lock);
}

/* Waits, however long the machine takes, until n jobs have started. */
static void wait_for_runs(counter *c, int n)
{
    for (;;) {
        pthread_mutex_lock(&c->lock);
        int runs = c->runs;
        pthread_mutex_unlock(&c->lock);
        if (runs >= n)
            return;
        sleep_us(200);
    }
}

static job *new_job(int n)
{
    job *j = calloc(1, sizeof *j);
    ck_assert_ptr_nonnull(j);
    j->n = n;
    return j;
}

/* Submits n jobs, taking results back whenever full; checks the order. */
static void run_jobs(int threads, size_t capacity, int n)
{
    counter c;
    counter_init(&c);
    cli_workers *w = cli_workers_new(threads, capacity, square, &c);
    ck_assert_ptr_nonnull(w);
    int next = 0;
    for (int i = 0; i < n; i++) {
        while (cli_workers_full(w)) {
            int ran = -1;
            job *j = cli_workers_next(w, 1, &ran);
            ck_assert_ptr_nonnull(j);
            ck_assert_int_eq(ran, 1);
            ck_assert_int_eq(j->n, next);
            ck_assert_int_eq(j->square, next * next);
            next++;
            free(j);
        }
        ck_assert_uint_le(cli_workers_pending(w), capacity - 1);
        ck_assert_int_eq(cli_workers_submit(w, new_job(i)), 0);
    }
    job *j;
    int ran;
    while ((j = cli_workers_next(w, 1, &ran)) != NULL) {
        ck_assert_int_eq(ran, 1);
        ck_assert_int_eq(j->n, next);
        ck_assert_int_eq(j->square, next * next);
        next++;
        free(j);
    }
    ck_assert_int_eq(next, n);
    ck_assert_int_eq(c.runs, n);
    ck_assert_uint_eq(cli_workers_pending(w), 0);
    cli_workers_free(w, free);
    ck_assert_int_le(c.most_running, threads ? threads : 1);
}

START_TEST(test_results_in_submission_order)
{
    run_jobs(4, 16, 16);
}
END_TEST

START_TEST(test_many_jobs_small_queue)
{
    run_jobs(3, 5, 5000);
}
END_TEST

START_TEST(test_one_thread)
{
    run_jobs(1, 2, 100);
}
END_TEST

START_TEST(test_no_threads_runs_inline)
{
    counter c;
    counter_init(&c);
    cli_workers *w = cli_workers_new(0, 1, square, &c);
    ck_assert_ptr_nonnull(w);
    job *j = new_job(9);
    ck_assert_int_eq(cli_workers_submit(w, j), 0);
    ck_assert_int_eq(j->ran, 1); /* done before submit returned */
    ck_assert_int_eq(cli_workers_full(w), 1);
    ck_assert_int_eq(cli_workers_submit(w, j), -1);
    int ran = 0;
    ck_assert_ptr_eq(cli_workers_next(w, 0, &ran), j);
    ck_assert_int_eq(ran, 1);
    ck_assert_ptr_null(cli_workers_next(w, 1, &ran));
    free(j);
    cli_workers_free(w, free);
    run_jobs(0, 1, 50);
}
END_TEST

START_TEST(test_full_queue_refuses)
{
    counter c;
    counter_init(&c);
    cli_workers *w = cli_workers_new(2, 3, square, &c);
    ck_assert_ptr_nonnull(w);
    for (int i = 0; i < 3; i++)
        ck_assert_int_eq(cli_workers_submit(w, new_job(i)), 0);
    job *extra = new_job(3);
    ck_assert_int_eq(cli_workers_submit(w, extra), -1);
    int ran;
    job *j = cli_workers_next(w, 1, &ran);
    ck_assert_int_eq(j->n, 0);
    free(j);
    ck_assert_int_eq(cli_workers_submit(w, extra), 0);
    cli_workers_free(w, free);
}
END_TEST

START_TEST(test_next_without_wait)
{
    counter c;
    counter_init(&c);
    cli_workers *w = cli_workers_new(1, 4, square, &c);
    ck_assert_ptr_nonnull(w);
    int ran;
    ck_assert_ptr_null(cli_workers_next(w, 0, &ran)); /* nothing out */
    ck_assert_int_eq(cli_workers_submit(w, new_job(GATED)), 0);
    ck_assert_ptr_null(cli_workers_next(w, 0, &ran)); /* not done: no wait */
    open_gate(&c);
    job *j = NULL;
    while (!(j = cli_workers_next(w, 0, &ran)))
        sleep_us(500);
    ck_assert_int_eq(j->square, 1);
    ck_assert_int_eq(ran, 1);
    free(j);
    cli_workers_free(w, free);
}
END_TEST

/* Cancelled: the jobs not started come back unrun, the others run. */
START_TEST(test_cancel_with_jobs_pending)
{
    counter c;
    counter_init(&c);
    cli_workers *w = cli_workers_new(1, 64, square, &c);
    ck_assert_ptr_nonnull(w);
    ck_assert_int_eq(cli_workers_submit(w, new_job(GATED)), 0);
    wait_for_runs(&c, 1); /* the one thread is inside the first job */
    for (int i = 1; i < 64; i++)
        ck_assert_int_eq(cli_workers_submit(w, new_job(0)), 0);
    cli_workers_cancel(w);
    open_gate(&c);
    job *late = new_job(1);
    ck_assert_int_eq(cli_workers_submit(w, late), -1); /* refused */
    free(late);
    job *j;
    int ran, nran = 0, nleft = 0, seen = 0;
    while ((j = cli_workers_next(w, 1, &ran)) != NULL) {
        ck_assert_int_eq(j->ran, ran);
        if (ran) {
            ck_assert_int_eq(nleft, 0); /* the ones that ran come first */
            nran++;
        } else {
            nleft++;
        }
        seen++;
        free(j);
    }
    ck_assert_int_eq(seen, 64);
    ck_assert_int_eq(nran, 1);
    ck_assert_int_eq(nleft, 63);
    ck_assert_int_eq(c.runs, nran);
    cli_workers_free(w, free);
}
END_TEST

static int discarded;

static void discard(void *p)
{
    job *j = p;
    ck_assert_int_eq(j->n, discarded); /* in submission order */
    discarded++;
    free(j);
}

/* Freed with jobs queued and running: the running ones end, every job
 * out is discarded once, nothing leaks (checked under ASan). */
START_TEST(test_shutdown_with_jobs_pending)
{
    counter c;
    counter_init(&c);
    cli_workers *w = cli_workers_new(4, 100, square, &c);
    ck_assert_ptr_nonnull(w);
    for (int i = 0; i < 100; i++)
        ck_assert_int_eq(cli_workers_submit(w, new_job(i)), 0);
    discarded = 0;
    cli_workers_free(w, discard);
    ck_assert_int_eq(discarded, 100);
    ck_assert_int_le(c.runs, 100);
}
END_TEST

START_TEST(test_shutdown_idle)
{
    counter c;
    counter_init(&c);
    for (int i = 0; i < 20; i++) {
        cli_workers *w = cli_workers_new(8, 1, square, &c);
        ck_assert_ptr_nonnull(w);
        cli_workers_free(w, free);
    }
    ck_assert_int_eq(c.runs, 0);
}
END_TEST

typedef struct finish_log {
    pthread_mutex_t lock;
    int calls;
    job **jobs;
    int njobs;
    int early; /* calls made before as many jobs had run */
} finish_log;

static void count_finish(void *ctx)
{
    finish_log *log = ctx;
    pthread_mutex_lock(&log->lock);
    log->calls++;
    int ran = 0;
    for (int i = 0; i < log->njobs; i++)
        ran += log->jobs[i]->ran;
    if (ran < log->calls)
        log->early++;
    pthread_mutex_unlock(&log->lock);
}

/* The finish hook runs once per job, each time after the job's work (one
 * thread, so the hook reads the jobs on the thread that wrote them). */
START_TEST(test_on_finish_once_per_job)
{
    enum { N = 40 };
    counter c;
    counter_init(&c);
    job *jobs[N];
    finish_log log = {.calls = 0, .jobs = jobs, .njobs = N, .early = 0};
    pthread_mutex_init(&log.lock, NULL);
    for (int i = 0; i < N; i++)
        jobs[i] = new_job(i);
    cli_workers *w = cli_workers_new(1, N, square, &c);
    ck_assert_ptr_nonnull(w);
    cli_workers_on_finish(w, count_finish, &log);
    for (int i = 0; i < N; i++)
        ck_assert_int_eq(cli_workers_submit(w, jobs[i]), 0);
    for (int i = 0; i < N; i++)
        ck_assert_ptr_eq(cli_workers_next(w, 1, NULL), jobs[i]);
    cli_workers_free(w, NULL);
    ck_assert_int_eq(log.calls, N);
    ck_assert_int_eq(log.early, 0);
    for (int i = 0; i < N; i++)
        free(jobs[i]);
}
END_TEST

START_TEST(test_bad_arguments)
{
    counter c;
    counter_init(&c);
    ck_assert_ptr_null(cli_workers_new(-1, 4, square, &c));
    ck_assert_ptr_null(cli_workers_new(257, 4, square, &c));
    ck_assert_ptr_null(cli_workers_new(2, 0, square, &c));
    ck_assert_ptr_null(cli_workers_new(2, 4, NULL, &c));
    cli_workers_free(NULL, free);
}
END_TEST

static Suite *workers_suite(void)
{
    Suite *s = suite_create("workers");
    TCase *order = tcase_create("order");
    tcase_add_test(order, test_results_in_submission_order);
    tcase_add_test(order, test_many_jobs_small_queue);
    tcase_add_test(order, test_one_thread);
    tcase_add_test(order, test_no_threads_runs_inline);
    tcase_add_test(order, test_full_queue_refuses);
    tcase_add_test(order, test_next_without_wait);
    tcase_add_test(order, test_on_finish_once_per_job);
    suite_add_tcase(s, order);
    TCase *stop = tcase_create("shutdown");
    tcase_add_test(stop, test_cancel_with_jobs_pending);
    tcase_add_test(stop, test_shutdown_with_jobs_pending);
    tcase_add_test(stop, test_shutdown_idle);
    tcase_add_test(stop, test_bad_arguments);
    suite_add_tcase(s, stop);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(workers_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
