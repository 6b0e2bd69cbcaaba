#include "batch.h"

#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "clock.h"
#include "files.h"
#include "msg.h"
#include "jsonl.h"
#include "options.h"
#include "page_out.h"
#include "progress.h"
#include "sigpipe.h"
#include "sizes.h"
#include "state.h"
#include "workers.h"

#define MANIFEST "index.jsonl"
/* The parse deadline of a fetched page: a second per MB of --max-size, at
 * least 10 s. Real pages parse at several MB a second, even under the
 * sanitizers, so only a page built to be slow meets it, and at the
 * default 10M cap it costs a worker 10 s instead of the library's 30 s. */
#define URL_PARSE_MS_PER_MB 1000u
#define URL_PARSE_MIN_MS 10000u
#define ROW_FLAGS (JSON_COMPACT | JSON_PRESERVE_ORDER)

typedef struct page_out {
    char *data;   /* rendering waiting for its turn on standard output */
    size_t len;
    int done;
} page_out;

typedef struct batch {
    const cli_batch_config *cfg;
    const cli_url_list *urls;
    cli_fetch_request *reqs;
    char **rows;          /* per URL finished out of turn, its manifest line */
    cli_jsonl manifest;   /* the rows in list order, up to the first URL not done */
    size_t next_row, next_rejected; /* the first URL and rejected line not in it */
    int manifest_oom;
    page_out *outs;       /* standard output mode only */
    size_t next_out;
    size_t next_rejected_out; /* JSON on standard output: the first rejected line not printed */
    cli_state *state;
    cli_budget *budget;   /* --max-memory: bodies in transfers and in jobs */
    cli_page_how how;     /* what every page goes through */
    cli_workers *workers;
    int threaded;         /* worker threads, not extraction on the spot */
    int wake[2];          /* pipe: workers to the fetch loop; -1 when none */
    char variant[128];
    cli_progress progress; /* the counts of URLs done and failed, and their line */
    size_t unchanged;
    int fatal;
    int state_kept_aside;  /* state.jsonl had bad lines: renamed, exit 1 */
} batch;

/* Messages go through here so they do not collide with the progress line. */
static void say(batch *b, const char *url, const char *detail)
{
    cli_progress_clear(&b->progress);
    char *shown = cli_url_redact(url);
    cli_error("%s: %s", shown ? shown : "(URL)", detail);
    free(shown);
}

/* A regular file, not a link to one: what a conditional request needs. */
static int file_exists(int dirfd, const char *name)
{
    struct stat st;
    return fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode);
}

static json_t *str_or_null(const char *s)
{
    return s ? json_string(s) : json_null();
}

/* A JSON string from bytes that may not be UTF-8 (a server's header). */
static json_t *loose_string(const char *s)
{
    if (!s)
        return json_null();
    json_t *j = json_string(s);
    return j ? j : json_string("(not UTF-8)");
}

static json_t *redacted(const char *url)
{
    char *r = cli_url_redact(url);
    json_t *j = loose_string(r);
    free(r);
    return j;
}

/* A manifest row with every field, empty: url (a new reference, taken)
 * and line (0: an argument, no "line"). */
static json_t *blank_row(json_t *url, size_t line)
{
    json_t *row = json_object();
    if (!row) {
        json_decref(url);
        return NULL;
    }
    json_object_set_new(row, "url", url);
    if (line)
        json_object_set_new(row, "line", json_integer((json_int_t)line));
    static const char *const empty[] = {"final_url", "status", "file", "title", "bytes",
                                        "words", "html_bytes", "fetch_ms", "extract_ms"};
    for (size_t i = 0; i < DCX_COUNTOF(empty); i++)
        json_object_set_new(row, empty[i], json_null());
    json_object_set_new(row, "attempts", json_integer(0));
    json_object_set_new(row, "unchanged", json_false());
    json_object_set_new(row, "error", json_null());
    return row;
}

/* The row of a finished URL; the body, if any, may be freed already. */
static json_t *new_row(batch *b, size_t index, const cli_fetch_response *resp, int had_body)
{
    const cli_url_entry *u = &b->urls->items[index];
    json_t *row = blank_row(redacted(u->url), u->line);
    if (!row)
        return NULL;
    json_object_set_new(row, "final_url",
                        resp->final_url ? redacted(resp->final_url) : json_null());
    json_object_set_new(row, "status", resp->status ? json_integer(resp->status) : json_null());
    json_object_set_new(row, "html_bytes",
                        had_body ? json_integer((json_int_t)resp->len) : json_null());
    json_object_set_new(row, "fetch_ms", json_integer((json_int_t)(resp->fetch_ms + 0.5)));
    json_object_set_new(row, "attempts", json_integer(resp->attempts));
    return row;
}

static void set_error(json_t *row, const char *error)
{
    json_object_set_new(row, "error", loose_string(error));
}

/* JSON on standard output: the entries of the rejected list lines before
 * seq (all of them with SIZE_MAX), in list order. */
static void flush_rejected(batch *b, size_t seq)
{
    const cli_url_list *urls = b->urls;
    for (; b->next_rejected_out < urls->invalid &&
           urls->rejected[b->next_rejected_out].seq < seq;
         b->next_rejected_out++) {
        const cli_url_rejected *r = &urls->rejected[b->next_rejected_out];
        size_t len = 0;
        char *entry = cli_json_failure(r->text, "invalid_url", r->why, &len);
        if (!entry)
            b->fatal = 1;
        else
            (void)cli_json_print(b->cfg->out_mode, entry, len);
        free(entry);
    }
}

/* Standard output mode: prints every finished page whose turn has come. */
static void flush_outputs(batch *b)
{
    int json = b->cfg->out_mode != CLI_OUT_PLAIN;
    int several = b->urls->count > 1;
    while (b->next_out < b->urls->count && b->outs[b->next_out].done) {
        page_out *o = &b->outs[b->next_out];
        if (json)
            flush_rejected(b, b->urls->items[b->next_out].seq);
        if (o->data && json) {
            (void)cli_json_print(b->cfg->out_mode, o->data, o->len);
        } else if (o->data) {
            char *shown = several ? cli_url_redact(b->urls->items[b->next_out].url) : NULL;
            /* Standard output's trouble is reported once, by the last
             * flush; a reader gone ends the run here. */
            if (cli_page_print(shown ? shown : "(URL)", o->data, o->len, several) != 0)
                cli_stdout_failed(errno);
            free(shown);
        }
        free(o->data);
        o->data = NULL;
        b->next_out++;
    }
    if (json && b->next_out == b->urls->count)
        flush_rejected(b, SIZE_MAX);
}

/* JSON on standard output: the page's object (its rendering) or why it has
 * none becomes its entry, with the URL as listed (redacted) as "input". */
static void make_entry(batch *b, size_t index, const char *why, const char *status)
{
    page_out *o = &b->outs[index];
    char *input = cli_url_redact(b->urls->items[index].url);
    size_t len = 0;
    char *entry = !input ? NULL
                  : o->data ? cli_json_entry(input, o->data, o->len, &len)
                            : cli_json_failure(input, status, why ? why : "", &len);
    free(input);
    free(o->data);
    o->data = entry;
    o->len = len;
    if (!entry)
        b->fatal = 1;
}

/* A finished fetch on its way through a worker: a copy of the response in,
 * the extraction's outcome out. Every finished URL makes one, so the pages
 * come back to the main thread in the order the fetcher gave them. */
typedef struct page_job {
    size_t index;
    cli_fetch_response resp; /* strings and body owned by the job */
    cli_budget *budget;      /* the body holds body_reserved bytes of it */
    size_t body_reserved;
    int extract;             /* a page to clean (no error, not a 304) */
    /* out, when extract */
    cli_page page;           /* the rendering kept without -o, title, words */
    char *file;              /* under -o: the name written; NULL when not */
    char write_err[DCX_ERRSIZE]; /* why not, or why the rendering is missing */
    double extract_ms;
} page_job;

/* The page is not needed once extracted: its bytes go back at once. */
static void free_body(page_job *job)
{
    free((char *)job->resp.body);
    job->resp.body = NULL;
    if (job->budget)
        cli_budget_give(job->budget, job->body_reserved);
    job->body_reserved = 0;
}

static void free_page_job(void *p)
{
    page_job *job = p;
    if (!job)
        return;
    free_body(job);
    free((char *)job->resp.final_url);
    free((char *)job->resp.content_type);
    free((char *)job->resp.charset);
    free((char *)job->resp.etag);
    free((char *)job->resp.last_modified);
    free((char *)job->resp.error);
    free(job->page.out);
    free(job->page.title);
    free(job->file);
    free(job);
}

static int dup_field(const char **to, const char *from)
{
    *to = NULL;
    return from && !(*to = strdup(from)) ? -1 : 0;
}

/* The job takes the body from the fetcher, with its part of the budget. */
static page_job *new_page_job(batch *b, size_t index, const cli_fetch_response *resp)
{
    page_job *job = calloc(1, sizeof *job);
    if (!job)
        return NULL;
    job->index = index;
    job->budget = b->budget;
    job->resp = *resp;
    job->resp.owner = NULL;
    int rc = dup_field(&job->resp.final_url, resp->final_url) |
             dup_field(&job->resp.content_type, resp->content_type) |
             dup_field(&job->resp.charset, resp->charset) |
             dup_field(&job->resp.etag, resp->etag) |
             dup_field(&job->resp.last_modified, resp->last_modified) |
             dup_field(&job->resp.error, resp->error);
    job->resp.body = NULL;
    if (rc == 0 && resp->body) {
        job->resp.body = cli_fetch_take_body(resp, &job->body_reserved);
        if (!job->resp.body)
            rc = -1;
    }
    if (rc != 0) {
        free_page_job(job);
        return NULL;
    }
    job->extract = !resp->error && !resp->not_modified;
    return job;
}

static unsigned url_parse_timeout(size_t max_size)
{
    size_t mb = max_size >> 20;
    if (mb > UINT_MAX / URL_PARSE_MS_PER_MB)
        return UINT_MAX;
    unsigned ms = (unsigned)mb * URL_PARSE_MS_PER_MB;
    return ms > URL_PARSE_MIN_MS ? ms : URL_PARSE_MIN_MS;
}

/* The worker's part: extract, render and write; reads the config, changes
 * nothing but the job. */
static void extract_page(void *p, void *ctx)
{
    page_job *job = p;
    const batch *b = ctx;
    const cli_batch_config *cfg = b->cfg;
    if (!job->extract)
        return;
    const char *url = b->urls->items[job->index].url;
    dc_options o;
    dc_options_init(&o);
    o.url = job->resp.final_url ? job->resp.final_url : url;
    o.charset = cfg->charset ? cfg->charset : job->resp.charset;
    o.force_charset = cfg->charset != NULL;
    o.flags = cfg->extract_flags;
    o.tuning = cfg->tuning;
    o.timeout_ms = url_parse_timeout(cfg->fetch.max_size);
    double t0 = dcx_now_ms();
    char *name = cfg->output_dir ? cli_url_file_name(url, cfg->extension) : NULL;
    job->page.name = name;
    job->page.err = job->write_err;
    job->page.errsize = sizeof job->write_err;
    /* store_page reads the outcome, failures included, from the page. */
    dc_result *r = cli_page_extract(&job->page, job->resp.body, job->resp.len, &o);
    (void)cli_page_finish(&job->page, r, &b->how);
    if (job->page.written)
        job->file = name;
    else
        free(name);
    free_body(job);
    job->extract_ms = dcx_now_ms() - t0;
}

/* Standard output mode: the rendering waits for its turn. */
static void keep_output(batch *b, page_job *job)
{
    b->outs[job->index].data = job->page.out;
    b->outs[job->index].len = job->page.out_len;
    job->page.out = NULL;
}

/* Stores what a worker made of one page; returns an error or NULL. */
static const char *store_page(batch *b, page_job *job, json_t *row, cli_state_entry *remember)
{
    const cli_batch_config *cfg = b->cfg;
    cli_page *pg = &job->page;
    if (!pg->extracted)
        return "out of memory";
    json_object_set_new(row, "extract_ms", json_integer((json_int_t)(job->extract_ms + 0.5)));
    if (pg->status != DC_OK && !(cfg->extract_flags & DC_OPT_EXPLAIN)) {
        /* JSON on standard output: the object says why, and what was found */
        if (!cfg->output_dir && pg->out)
            keep_output(b, job);
        return dc_strerror(pg->status);
    }
    json_object_set_new(row, "title", loose_string(pg->title));
    json_object_set_new(row, "bytes", json_integer((json_int_t)pg->out_len));
    json_object_set_new(row, "words", json_integer((json_int_t)pg->words));
    if (cfg->output_dir) {
        if (!job->file)
            return job->write_err;
        json_object_set_new(row, "file", json_string(job->file));
        remember->file = job->file;
        job->file = NULL;
        remember->title = pg->title;
        pg->title = NULL;
        remember->bytes = (long long)pg->out_len;
        remember->words = (long long)pg->words;
    } else {
        if (!pg->out)
            return "out of memory";
        keep_output(b, job);
    }
    return NULL;
}

static void append_rows(batch *b, int all);

/* The main thread's part of one finished URL, in the order the fetcher
 * finished them: the row, the file, the state and the messages. */
static void finish_page(batch *b, page_job *job)
{
    const cli_batch_config *cfg = b->cfg;
    size_t index = job->index;
    const cli_fetch_response *resp = &job->resp;
    const char *url = b->urls->items[index].url;
    json_t *row = new_row(b, index, resp, job->extract);
    if (!row) {
        b->fatal = 1;
        return;
    }
    const char *error = resp->error;
    cli_state_entry remember;
    memset(&remember, 0, sizeof remember);
    const cli_state_entry *e =
        resp->not_modified && b->state ? cli_state_get(b->state, url) : NULL;
    if (!error && resp->not_modified && !e)
        error = "HTTP 304 but no copy of the page is kept";
    if (!error && resp->not_modified) {
        json_object_set_new(row, "file", json_string(e->file));
        json_object_set_new(row, "title", str_or_null(e->title));
        json_object_set_new(row, "bytes", json_integer(e->bytes));
        json_object_set_new(row, "words", json_integer(e->words));
        json_object_set_new(row, "unchanged", json_true());
        b->unchanged++;
    } else if (!error) {
        error = store_page(b, job, row, &remember);
    }
    if (error) {
        /* libcurl's message may quote a URL, user info and all. */
        char *shown = cli_url_redact_text(error);
        const char *why = shown ? shown : "(message not shown: out of memory)";
        set_error(row, why);
        say(b, url, why);
        free(shown);
    } else if (cfg->verbose) {
        char detail[600];
        snprintf(detail, sizeof detail, "%ld %s %s", resp->status,
                 resp->not_modified ? "unchanged" : "->",
                 json_string_value(json_object_get(row, "file"))
                     ? json_string_value(json_object_get(row, "file"))
                     : "standard output");
        say(b, url, detail);
    }
    if (b->state && !resp->not_modified) {
        if (!error && remember.file && (resp->etag || resp->last_modified)) {
            char *shown = cli_url_redact(url);
            remember.url = shown;
            remember.etag = (char *)resp->etag;
            remember.last_modified = (char *)resp->last_modified;
            remember.variant = b->variant;
            if (cli_state_put(b->state, url, &remember) != 0)
                b->fatal = 1;
            free(shown);
        } else {
            cli_state_remove(b->state, url);
        }
    }
    free(remember.file);
    free(remember.title);
    /* A row as text takes a sixth of the memory of jansson's object. */
    if (cfg->output_dir) {
        b->rows[index] = json_dumps(row, ROW_FLAGS);
        if (!b->rows[index])
            b->fatal = 1;
        append_rows(b, 0);
    }
    /* the row's error, redacted */
    if (b->outs && cfg->out_mode != CLI_OUT_PLAIN)
        make_entry(b, index, json_string_value(json_object_get(row, "error")),
                   resp->error ? "fetch_error" : "no_memory");
    json_decref(row);
    cli_progress_step(&b->progress, error != NULL);
    if (b->outs) {
        b->outs[index].done = 1;
        flush_outputs(b);
    }
}

/* Finishes the pages the workers are done with, oldest first; waits for
 * them while more than keep are out. */
static void collect(batch *b, size_t keep)
{
    for (;;) {
        int wait = cli_workers_pending(b->workers) > keep;
        int ran;
        page_job *job = cli_workers_next(b->workers, wait, &ran);
        if (!job)
            return;
        /* A job cancelled by SIGINT/SIGTERM was never extracted: it gets no
         * row, like the transfers the fetcher dropped. */
        if (ran)
            finish_page(b, job);
        free_page_job(job);
    }
}

/* The fetcher's callback: one URL is finished, one way or another; the
 * page goes to the workers. */
static void on_done(size_t index, const cli_fetch_response *resp, void *ctx)
{
    batch *b = ctx;
    page_job *job = new_page_job(b, index, resp);
    if (!job) {
        say(b, b->urls->items[index].url, "out of memory");
        b->fatal = 1;
        return;
    }
    if (cli_workers_full(b->workers))
        collect(b, b->threaded ? cli_workers_pending(b->workers) - 1 : 0);
    cli_workers_submit(b->workers, job);
    collect(b, b->threaded ? SIZE_MAX : 0);
}

/* Between polling rounds: whatever the workers have finished. */
static void on_idle(void *ctx)
{
    collect(ctx, SIZE_MAX);
}

/* On a worker thread: a page is done, wake the fetch loop to collect it. */
static void wake_fetcher(void *ctx)
{
    const batch *b = ctx;
    char byte = 1;
    /* A full pipe already holds a wake-up. */
    if (write(b->wake[1], &byte, 1) < 0)
        return;
}

/* With worker threads, a pipe through which they wake the fetch loop. */
static int setup_wake(batch *b)
{
    if (!b->threaded)
        return 0;
    if (pipe(b->wake) != 0) {
        b->wake[0] = b->wake[1] = -1;
        return -1;
    }
    for (int i = 0; i < 2; i++)
        if (fcntl(b->wake[i], F_SETFL, O_NONBLOCK) != 0 ||
            fcntl(b->wake[i], F_SETFD, FD_CLOEXEC) != 0)
            return -1;
    cli_workers_on_finish(b->workers, wake_fetcher, b);
    return 0;
}

/* The row of a list line that is no URL: never fetched, with why. */
static json_t *rejected_row(const cli_url_rejected *r)
{
    json_t *row = blank_row(loose_string(r->text), r->line);
    if (row)
        set_error(row, r->why);
    return row;
}

/*
 * Moves the rows whose turn has come into the manifest, in list order with
 * the rejected lines between them; with all, the rest too, skipping the
 * URLs not finished (interrupted). As the fetcher keeps close to list
 * order, few rows wait for their turn, and the rows are held once: a list
 * of 100,000 URLs needs little more than its manifest.
 */
static void append_rows(batch *b, int all)
{
    const cli_url_list *urls = b->urls;
    size_t *i = &b->next_row, *j = &b->next_rejected;
    while (*i < urls->count || (all && *j < urls->invalid)) {
        int take_rejected = *j < urls->invalid &&
                            (*i == urls->count || urls->rejected[*j].seq < urls->items[*i].seq);
        if (take_rejected) {
            json_t *row = rejected_row(&urls->rejected[(*j)++]);
            if (!row || cli_jsonl_append(&b->manifest, row, ROW_FLAGS) != 0)
                b->manifest_oom = 1;
            json_decref(row);
            continue;
        }
        char *row = b->rows[*i];
        if (!row && !all)
            return; /* not its turn yet */
        b->rows[(*i)++] = NULL;
        if (row && cli_jsonl_append_line(&b->manifest, row) != 0)
            b->manifest_oom = 1;
        free(row);
    }
}

static int write_manifest(batch *b)
{
    char err[DCX_ERRSIZE];
    append_rows(b, 1);
    if (b->manifest_oom) {
        cli_error("cannot write the manifest: out of memory");
        return -1;
    }
    int rc = cli_jsonl_write(&b->manifest, b->cfg->output_fd, b->cfg->output_dir, MANIFEST, err,
                             sizeof err);
    if (rc != 0)
        cli_error("cannot write the manifest: %s", err);
    return rc;
}

/* Builds the requests, conditional where the state knows the page and its
 * file is still there. */
static int make_requests(batch *b)
{
    const cli_batch_config *cfg = b->cfg;
    for (size_t i = 0; i < b->urls->count; i++) {
        const char *url = b->urls->items[i].url;
        b->reqs[i].url = url;
        if (b->state)
            cli_state_touch(b->state, url);
        const cli_state_entry *e = b->state ? cli_state_get(b->state, url) : NULL;
        if (!e || strcmp(e->variant, b->variant) != 0)
            continue;
        char *name = cli_url_file_name(url, cfg->extension);
        if (!name)
            return -1;
        if (strcmp(name, e->file) == 0 && file_exists(cfg->output_fd, name)) {
            b->reqs[i].etag = e->etag;
            b->reqs[i].last_modified = e->last_modified;
        }
        free(name);
    }
    return 0;
}

static void init_how(batch *b)
{
    const cli_batch_config *cfg = b->cfg;
    b->how.format = cfg->format;
    b->how.render_flags = cfg->render_flags;
    /* JSON on standard output says why a page has no article, in its object */
    b->how.always = (cfg->extract_flags & DC_OPT_EXPLAIN) != 0 ||
                    (cfg->format == DC_FORMAT_JSON && !cfg->output_dir);
    b->how.meta = 1;
    b->how.out_dir = cfg->output_dir;
    b->how.out_fd = cfg->output_fd;
}

/* Everything the run needs before its first fetch: the tables, the memory
 * budget, the manifest's and the state's files (known before any fetch,
 * not after the whole run), the requests and the workers. 0, or -1 with
 * the error said. */
static int start_batch(batch *b)
{
    const cli_batch_config *cfg = b->cfg;
    char err[DCX_ERRSIZE];
    size_t n = b->urls->count;
    snprintf(b->variant, sizeof b->variant, "format=%d;render=%u;extract=%u;charset=%s",
             (int)cfg->format, cfg->render_flags, cfg->extract_flags,
             cfg->charset ? cfg->charset : "");
    b->reqs = calloc(n ? n : 1, sizeof *b->reqs);
    b->rows = calloc(n ? n : 1, sizeof *b->rows);
    if (!cfg->output_dir)
        b->outs = calloc(n ? n : 1, sizeof *b->outs);
    b->budget = cli_budget_new(cfg->max_memory);
    if (!b->reqs || !b->rows || (!cfg->output_dir && !b->outs) || !b->budget) {
        cli_error("out of memory");
        return -1;
    }
    if (cfg->output_dir &&
        cli_check_regular(cfg->output_fd, cfg->output_dir, MANIFEST, err, sizeof err) != 0) {
        cli_error("cannot write the manifest: %s", err);
        return -1;
    }
    if (cfg->state_dir) {
        b->state = cli_state_load(cfg->state_fd, cfg->state_dir, err, sizeof err);
        if (!b->state) {
            cli_error("cannot load the state: %s", err);
            return -1;
        }
        if (err[0]) {
            cli_error("%s", err);
            b->state_kept_aside = 1;
        }
    }
    if (make_requests(b) != 0) {
        cli_error("out of memory");
        return -1;
    }
    /* One thread (or one URL): no worker threads, each page cleaned as it
     * arrives. */
    int nthreads = (size_t)cfg->threads < n ? cfg->threads : (int)n;
    if (nthreads < 2)
        nthreads = 0;
    size_t per = cfg->queue_per_thread > 0 ? (size_t)cfg->queue_per_thread : 1;
    b->threaded = nthreads > 0;
    b->workers = cli_workers_new(nthreads, nthreads ? (size_t)nthreads * per : 1, extract_page, b);
    if (!b->workers || setup_wake(b) != 0) {
        cli_error("cannot start the worker threads");
        return -1;
    }
    return 0;
}

/* After the fetches: the pages being cleaned finished and written (when
 * interrupted, those not started are dropped), the manifest, the state and
 * the summary written; returns the run's exit status. */
static int finish_batch(batch *b, volatile sig_atomic_t *stop)
{
    const cli_batch_config *cfg = b->cfg;
    char err[DCX_ERRSIZE];
    size_t n = b->urls->count;
    if (*stop)
        cli_workers_cancel(b->workers);
    collect(b, 0);
    if (b->outs && !*stop)
        flush_outputs(b);
    cli_progress_finish(&b->progress);
    int broken = b->fatal;
    if (cfg->output_dir && write_manifest(b) != 0)
        broken = 1;
    if (b->state && cli_state_save(b->state, err, sizeof err) != 0) {
        cli_error("%s", err);
        broken = 1;
    }
    if (fflush(stdout) != 0) {
        cli_stdout_failed(errno);
        cli_error("cannot write to standard output: %s", strerror(errno));
        broken = 1;
    }
    if (*stop) {
        cli_error("interrupted: %zu of %zu done", b->progress.done, n);
        return broken ? EXIT_FATAL : EXIT_SOME_FAILED;
    }
    if (broken)
        return EXIT_FATAL;
    if (!cfg->quiet && (cfg->verbose || cfg->progress))
        cli_error("%zu URLs: %zu cleaned, %zu unchanged, %zu failed in %.1f s",
                  n, b->progress.done - b->progress.failed - b->unchanged, b->unchanged,
                  b->progress.failed, cli_progress_seconds(&b->progress));
    return b->progress.failed || b->urls->invalid || b->state_kept_aside ? EXIT_SOME_FAILED
                                                                          : EXIT_ALL_OK;
}

static void free_batch(batch *b)
{
    size_t n = b->urls->count;
    cli_workers_free(b->workers, free_page_job);
    for (int i = 0; i < 2; i++)
        if (b->wake[i] >= 0)
            close(b->wake[i]);
    for (size_t i = 0; b->rows && i < n; i++)
        free(b->rows[i]);
    for (size_t i = 0; b->outs && i < n; i++)
        free(b->outs[i].data);
    free(b->rows);
    cli_jsonl_free(&b->manifest);
    free(b->outs);
    free(b->reqs);
    cli_state_free(b->state);
    cli_budget_free(b->budget);
}

int cli_batch_run(const cli_batch_config *cfg, const cli_url_list *urls,
                  volatile sig_atomic_t *stop)
{
    batch b;
    memset(&b, 0, sizeof b);
    b.cfg = cfg;
    b.urls = urls;
    b.wake[0] = b.wake[1] = -1;
    init_how(&b);
    int status = EXIT_FATAL;
    if (start_batch(&b) == 0) {
        char err[DCX_ERRSIZE];
        cli_fetch_config fetch = cfg->fetch;
        fetch.idle = on_idle;
        fetch.wake_fd = b.wake[0];
        fetch.budget = b.budget;
        cli_progress_start(&b.progress, cfg->progress, urls->count);
        if (cli_fetch_run(&fetch, b.reqs, urls->count, on_done, &b, stop, err, sizeof err) != 0)
            cli_error("%s", err);
        else
            status = finish_batch(&b, stop);
    }
    free_batch(&b);
    return status;
}
