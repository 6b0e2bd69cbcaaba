#include "file_batch.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "decruft.h"
#include "files.h"
#include "msg.h"
#include "json_out.h"
#include "names.h"
#include "page_out.h"
#include "progress.h"
#include "sigpipe.h"
#include "sizes.h"
#include "workers.h"

/* Jobs out per worker thread. A job waiting holds no input (the worker
 * reads it), a finished one at most its rendering, so the window can be
 * wide: wide enough that a worker never idles while the oldest job, a large
 * page, keeps the others from being taken back. */
#define QUEUE_PER_THREAD 16

/* One input on its way through a worker. Everything that can fail is done
 * there; the messages travel back, so they come out in input order. */
typedef struct file_job {
    const char *input;
    const char *name;        /* under -o: the output name (owned by names); NULL when out of memory */
    int failed;              /* err holds "input: why" */
    char err[2 * DCX_ERRSIZE];
    char why[DCX_ERRSIZE];       /* what page says went wrong, before err has it */
    cli_page page;           /* its status when not failed, its rendering without -o */
} file_job;

/* What the workers read: the same for every input. */
typedef struct file_ctx {
    const cli_options *opt;
    dc_options extract;
    cli_page_how how;
} file_ctx;

static void job_fail(file_job *job, const char *why)
{
    job->failed = 1;
    snprintf(job->err, sizeof job->err, "%s: %s", job->input, why);
}

/* The worker's part: read, extract, render, write. */
static void run_job(void *p, void *ctx)
{
    file_job *job = p;
    const file_ctx *c = ctx;
    char *data = NULL;
    size_t len = 0;
    if (cli_read_input(job->input, c->opt->max_size, &data, &len, job->err, sizeof job->err) != 0) {
        job->failed = 1;
        return;
    }
    job->page.name = job->name;
    job->page.err = job->why;
    job->page.errsize = sizeof job->why;
    dc_result *r = cli_page_extract(&job->page, data, len, &c->extract);
    free(data);
    if (cli_page_finish(&job->page, r, &c->how) != 0)
        job_fail(job, job->why);
}

static void init_ctx(file_ctx *c, const cli_options *opt, int out_fd)
{
    c->opt = opt;
    dc_options_init(&c->extract);
    c->extract.url = opt->base_url;
    c->extract.charset = opt->charset;
    c->extract.force_charset = opt->charset != NULL;
    c->extract.flags = cli_extract_flags(opt);
    c->extract.tuning = opt->tuning;
    c->how.format = cli_render_format(opt);
    c->how.render_flags = cli_render_flags(opt);
    /* JSON on standard output says why a page has no article, in its object */
    c->how.always = opt->explain || (opt->format == DC_FORMAT_JSON && !opt->output_dir);
    c->how.meta = 0;
    c->how.out_dir = opt->output_dir;
    c->how.out_fd = out_fd;
}

static void free_job(void *p)
{
    file_job *job = p;
    free(job->page.out);
    free(job);
}

static int stdout_failed(void)
{
    cli_stdout_failed(errno);
    cli_error("cannot write to standard output: %s", strerror(errno));
    return -1;
}

/* An entry of the JSON text on standard output: the page's object, or
 * why it has none. Returns 0, or -1 when it could not be made or written. */
static int print_entry(const cli_options *opt, const file_job *job)
{
    size_t len = 0;
    char *entry = job->page.out
                      ? cli_json_entry(job->input, job->page.out, job->page.out_len, &len)
                      : cli_json_failure(job->input, job->page.extracted ? "no_memory" : "read_error",
                                         job->err, &len);
    if (!entry) {
        cli_error("%s: out of memory", job->input);
        return -1;
    }
    int rc = cli_json_print(opt->out_mode, entry, len);
    free(entry);
    return rc == 0 ? 0 : stdout_failed();
}

/* Standard output mode: the rendering, under a header when several, or
 * its entry of the JSON text. */
static int print_output(const cli_options *opt, const file_job *job)
{
    if (opt->out_mode != CLI_OUT_PLAIN)
        return print_entry(opt, job);
    if (cli_page_print(job->input, job->page.out, job->page.out_len, opt->ninputs > 1) != 0)
        return stdout_failed();
    return 0;
}

/* The calling thread's part, in input order: output and messages. Returns
 * 0, or -1 when the input failed. */
static int finish_job(const cli_options *opt, const file_job *job)
{
    if (job->failed) {
        cli_error("%s", job->err);
        if (opt->out_mode != CLI_OUT_PLAIN)
            (void)print_output(opt, job);
        return -1;
    }
    dc_status st = job->page.status;
    int rc = 0;
    if (job->page.out)
        rc = print_output(opt, job);
    else if (opt->output_dir && opt->verbose && (st == DC_OK || opt->explain))
        cli_error("%s -> %s/%s", job->input, opt->output_dir, job->name);
    /* --explain prints the outline of a page without an article too, and
     * then says why it failed, like any other failure. */
    if (st != DC_OK && rc == 0)
        cli_error("%s: %s", job->input, dc_strerror(st));
    return st != DC_OK ? -1 : rc;
}

/* Takes back the oldest job (waiting for it) and finishes it; returns 0 when
 * there was none, 1 when it went well, -1 when it failed. */
static int finish_next(const cli_options *opt, cli_workers *w, cli_progress *p)
{
    file_job *job = cli_workers_next(w, 1, NULL);
    if (!job)
        return 0;
    /* Only a job with something to say clears the line. */
    if (job->failed || job->page.status != DC_OK || opt->verbose)
        cli_progress_clear(p);
    int rc = finish_job(opt, job);
    cli_progress_step(p, rc != 0);
    free_job(job);
    return rc == 0 ? 1 : -1;
}

/* A job for input, with its output name claimed. */
static file_job *new_job(const cli_options *opt, cli_names *names, const char *input)
{
    file_job *job = calloc(1, sizeof *job);
    if (!job)
        return NULL;
    job->input = input;
    if (opt->output_dir)
        job->name = cli_names_claim(names, input, opt->extension);
    return job;
}

int cli_file_batch_run(const cli_options *opt, int out_fd, char **files, int nfiles)
{
    file_ctx ctx;
    init_ctx(&ctx, opt, out_fd);
    cli_names *names = cli_names_new();
    /* One thread (or one file): no worker threads, each file done in turn. */
    int nthreads = opt->threads < nfiles ? opt->threads : nfiles;
    if (nthreads < 2)
        nthreads = 0;
    cli_workers *w = cli_workers_new(nthreads, nthreads ? (size_t)nthreads * QUEUE_PER_THREAD : 1,
                                     run_job, &ctx);
    if (!names || !w) {
        cli_names_free(names);
        cli_workers_free(w, free_job);
        cli_error("out of memory");
        return EXIT_FATAL;
    }
    cli_progress progress;
    cli_progress_start(&progress, !opt->quiet && opt->output_dir && isatty(STDERR_FILENO),
                       (size_t)nfiles);
    int failed = 0, rc;
    for (int i = 0; i < nfiles; i++) {
        file_job *job = new_job(opt, names, files[i]);
        if (!job) {
            cli_progress_clear(&progress);
            cli_error("%s: out of memory", files[i]);
            cli_progress_step(&progress, 1);
            failed++;
            continue;
        }
        while (cli_workers_full(w))
            if (finish_next(opt, w, &progress) < 0)
                failed++;
        cli_workers_submit(w, job);
        /* Without threads the job is done: out with it at once. */
        if (!nthreads && finish_next(opt, w, &progress) < 0)
            failed++;
    }
    while ((rc = finish_next(opt, w, &progress)) != 0)
        if (rc < 0)
            failed++;
    cli_workers_free(w, free_job);
    cli_names_free(names);
    cli_progress_end(&progress);
    if (fflush(stdout) != 0) {
        cli_stdout_failed(errno);
        cli_error("cannot write to standard output: %s", strerror(errno));
        return EXIT_SOME_FAILED;
    }
    return failed ? EXIT_SOME_FAILED : EXIT_ALL_OK;
}
