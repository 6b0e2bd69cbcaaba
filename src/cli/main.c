/*
 * decruft: the command line. Parses options and runs each input through
 * the library; all I/O of the program lives in src/cli.
 */
#include <ctype.h>
#include <errno.h>
#include <malloc.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "batch.h"
#include "decruft.h"
#include "file_batch.h"
#include "files.h"
#include "options.h"
#include "records.h"
#include "sizes.h"
#include "state.h"
#include "urls.h"

#define DEFAULT_URL_MAX_SIZE ((size_t)10 << 20)
#define RETRY_BASE_MS 500L
#define RETRY_MAX_MS 60000L
/* Fetched pages out per worker thread: enough to keep each busy, few enough
 * to bound the memory of the pages and renderings held at once. */
#define URL_QUEUE_PER_THREAD 4

static volatile sig_atomic_t stop_requested;

static void on_signal(int sig)
{
    (void)sig;
    stop_requested = 1;
}

/* SIGINT/SIGTERM only set a flag: the fetch loop sees it within one poll. */
static void catch_signals(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);
}

/* "scheme://...": an argument meant as a URL (refused later unless http or
 * https), not a file name. */
static int looks_like_url(const char *s)
{
    if (!isalpha((unsigned char)*s))
        return 0;
    size_t n = strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-");
    return strncmp(s + n, "://", 3) == 0;
}

/* Reads -i LIST (if any) and the URL arguments into list. */
static int collect_urls(const cli_options *opt, char **urls, int nurls, cli_url_list *list)
{
    if (opt->input_list) {
        int from_stdin = strcmp(opt->input_list, "-") == 0;
        FILE *f = from_stdin ? stdin : fopen(opt->input_list, "r");
        if (!f) {
            fprintf(stderr, "decruft: cannot open %s: %s\n", opt->input_list, strerror(errno));
            return -1;
        }
        int rc = cli_url_list_read(list, f, from_stdin ? "standard input" : opt->input_list);
        if (!from_stdin)
            fclose(f);
        if (rc != 0)
            return -1;
    }
    for (int i = 0; i < nurls; i++) {
        if (cli_url_list_add(list, "", 0, urls[i]) != 0) {
            fprintf(stderr, "decruft: out of memory\n");
            return -1;
        }
    }
    return 0;
}

/* Are the two descriptors one directory? */
static int same_dir(int a, int b)
{
    struct stat sa, sb;
    return fstat(a, &sa) == 0 && fstat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

/* Locks a directory and removes what a killed run left there; the lock is
 * held until exit. */
static int lock_dir(int dirfd, const char *dir)
{
    char err[DCX_ERRSIZE];
    if (cli_lock_dir(dirfd, dir, err, sizeof err) < 0) {
        fprintf(stderr, "decruft: %s\n", err);
        return -1;
    }
    cli_remove_stale_temps(dirfd);
    return 0;
}

/* Locks the output directory and the state directory (when another). */
static int lock_dirs(const cli_options *opt, int out_fd, int state_fd)
{
    if (opt->output_dir && lock_dir(out_fd, opt->output_dir) != 0)
        return -1;
    if (opt->state_dir && !same_dir(out_fd, state_fd))
        return lock_dir(state_fd, opt->state_dir);
    return 0;
}

static int fetch_urls(const cli_options *opt, int out_fd, char **urls, int nurls)
{
    cli_url_list list;
    cli_url_list_init(&list);
    int status = EXIT_FATAL, state_fd = -1;
    char err[DCX_ERRSIZE];
    if (collect_urls(opt, urls, nurls, &list) != 0)
        goto out;
    if (opt->state_dir &&
        (state_fd = cli_open_dir(opt->state_dir, "state directory", err, sizeof err)) < 0) {
        fprintf(stderr, "decruft: %s\n", err);
        goto out;
    }
    if (lock_dirs(opt, out_fd, state_fd) != 0)
        goto out;
    char agent[64];
    snprintf(agent, sizeof agent, "decruft/%s", dc_version());
    cli_batch_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.output_dir = opt->output_dir;
    cfg.output_fd = out_fd;
    cfg.state_dir = opt->state_dir;
    cfg.state_fd = state_fd;
    cfg.format = opt->explain ? DC_FORMAT_EXPLAIN : opt->format;
    cfg.extension = opt->extension;
    cfg.render_flags = opt->no_title ? DC_RENDER_NO_TITLE : 0;
    cfg.extract_flags = opt->explain ? DC_OPT_EXPLAIN : 0;
    cfg.charset = opt->charset;
    cfg.tuning = opt->tuning;
    cfg.quiet = opt->quiet;
    cfg.verbose = opt->verbose && !opt->quiet;
    cfg.progress = !opt->quiet && opt->output_dir && isatty(STDERR_FILENO);
    cfg.threads = opt->threads;
    cfg.queue_per_thread = URL_QUEUE_PER_THREAD;
    cfg.max_memory = opt->max_memory;
    cfg.fetch.jobs = opt->jobs;
    cfg.fetch.per_host = opt->per_host;
    cfg.fetch.timeout_ms = opt->timeout_ms;
    cfg.fetch.connect_timeout_ms = opt->connect_timeout_ms;
    cfg.fetch.retries = opt->retries;
    cfg.fetch.delay_ms = opt->delay_ms;
    cfg.fetch.retry_base_ms = RETRY_BASE_MS;
    cfg.fetch.retry_max_ms = RETRY_MAX_MS;
    cfg.fetch.max_size = opt->max_size_given ? opt->max_size : DEFAULT_URL_MAX_SIZE;
    cfg.fetch.user_agent = opt->user_agent ? opt->user_agent : agent;
    catch_signals();
    status = cli_batch_run(&cfg, &list, &stop_requested);
out:
    if (state_fd >= 0)
        close(state_fd);
    cli_url_list_free(&list);
    return status;
}

/*
 * Each page's arena takes and gives back chunks of 256 KiB. With glibc's
 * defaults those are mmap'ed and unmapped per page, and trimmed heap is faulted
 * in again by the next one: a quarter of the time beyond the parse went to
 * page faults. Keeping such chunks in a heap that is not trimmed makes a
 * batch reuse the same memory.
 */
static void keep_freed_memory(void)
{
    mallopt(M_MMAP_THRESHOLD, 1 << 20);
    mallopt(M_TRIM_THRESHOLD, 2 << 20);
}

/*
 * Worker threads get malloc arenas of their own, which hand a page's freed
 * arena chunks back to the kernel and fault them in again for the next page:
 * with two threads, twice the page faults of one thread and a tenth more
 * CPU. A top pad keeps 16 MiB of each arena's freed memory for the next
 * page. Only with threads: one thread keeps its peak memory lower without.
 */
static void keep_freed_memory_per_thread(int threads, int inputs)
{
    if (threads > 1 && inputs > 1)
        mallopt(M_TOP_PAD, 16 << 20);
}

int main(int argc, char **argv)
{
    keep_freed_memory();
    cli_options opt;
    int status = cli_parse(argc, argv, &opt);
    if (status >= 0)
        return status;
    char err[DCX_ERRSIZE];
    int out_fd = -1;
    if (opt.output_dir &&
        (out_fd = cli_open_dir(opt.output_dir, "output directory", err, sizeof err)) < 0) {
        fprintf(stderr, "decruft: %s\n", err);
        return EXIT_FATAL;
    }
    keep_freed_memory_per_thread(opt.threads, opt.input_list ? 2 : opt.ninputs);
    /* Files first, then URLs; argv is reordered in place, in order. */
    char **files = opt.inputs, **urls = opt.inputs + opt.ninputs;
    int nfiles = 0, nurls = 0;
    char **sorted = malloc(((size_t)opt.ninputs + 1) * sizeof *sorted);
    if (!sorted) {
        fprintf(stderr, "decruft: out of memory\n");
        if (out_fd >= 0)
            close(out_fd);
        return EXIT_FATAL;
    }
    for (int i = 0; i < opt.ninputs; i++)
        if (!looks_like_url(opt.inputs[i]))
            sorted[nfiles++] = opt.inputs[i];
    for (int i = 0; i < opt.ninputs; i++)
        if (looks_like_url(opt.inputs[i]))
            sorted[nfiles + nurls++] = opt.inputs[i];
    files = sorted;
    urls = sorted + nfiles;
    /* Every page fetched must fit in the budget of all of them. */
    if ((nurls > 0 || opt.input_list) && opt.max_size_given && opt.max_size >= opt.max_memory) {
        fprintf(stderr, "decruft: --max-size (%zu bytes) must be below --max-memory (%zu bytes) "
                "for URLs (see decruft --help)\n", opt.max_size, opt.max_memory);
        free(sorted);
        return EXIT_USAGE;
    }
    /* Record inputs (WARC, JSON Lines) after the HTML files. */
    char **records;
    int nrecords;
    if (cli_records_split(&opt, files, &nfiles, &records, &nrecords) != 0) {
        free(sorted);
        if (out_fd >= 0)
            close(out_fd);
        return EXIT_FATAL;
    }
    status = EXIT_ALL_OK;
    if (nfiles > 0)
        status = cli_file_batch_run(&opt, out_fd, files, nfiles);
    if (nrecords > 0 && status != EXIT_FATAL) {
        int st = cli_records_run(&opt, out_fd, records, nrecords);
        if (st > status)
            status = st;
    }
    free(records);
    if (status != EXIT_FATAL && (nurls > 0 || opt.input_list)) {
        int st = fetch_urls(&opt, out_fd, urls, nurls);
        if (st > status)
            status = st;
    }
    free(sorted);
    if (out_fd >= 0)
        close(out_fd);
    return status;
}
