/*
 * batch: a list of URLs through fetch, the library and into files.
 *
 * Each page that arrives is extracted, rendered and written atomically
 * under a name derived from its URL (see cli_url_file_name), and gets one row
 * in DIR/index.jsonl:
 *
 *   {"url", "line", "final_url", "status", "file", "title", "bytes", "words",
 *    "html_bytes", "fetch_ms", "extract_ms", "attempts", "unchanged", "error"}
 *
 * "bytes" is the size of the output file, "html_bytes" of the page fetched;
 * "unchanged" is true when the server answered 304 and the file was left as
 * it was; "error" is null when the page was cleaned. A list line that is
 * no usable URL gets a row too, with its text as "url", no fetch and why in
 * "error". URLs are redacted ("***@" for credentials). Rows keep the order
 * of the list; repeated URLs get one row, at their first line. The manifest is
 * written atomically at the end, and on SIGINT/SIGTERM with the rows of the
 * URLs finished so far (the others have none). A page whose file name holds
 * a symbolic link or other non-regular file fails (the link is neither
 * followed nor replaced); one at index.jsonl stops the run before any
 * fetch. Without an output directory
 * the pages go to standard output in list order and there is no manifest.
 */
#ifndef CLI_BATCH_H
#define CLI_BATCH_H

#include <signal.h>

#include "decruft.h"
#include "fetch.h"
#include "json_out.h"
#include "urls.h"

typedef struct cli_batch_config {
    const char *output_dir;    /* NULL: standard output */
    int output_fd;             /* output_dir, opened by cli_open_dir */
    const char *state_dir;     /* --state; NULL: none (needs output_dir) */
    int state_fd;              /* state_dir, opened by cli_open_dir */
    dc_format format;
    const char *extension;
    unsigned render_flags;
    unsigned extract_flags;
    const char *charset;       /* --charset: forced; NULL: the HTTP header's, not forced */
    const char *tuning;        /* threshold overrides for the library, or NULL */
    int quiet;
    int verbose;
    int progress;              /* a progress line on standard error */
    int threads;               /* pages extracted at once; 1: on the fetch thread */
    int queue_per_thread;      /* fetched pages held per thread, waiting or done */
    size_t max_memory;         /* bytes of all fetched bodies at once (--max-memory) */
    cli_fetch_config fetch;
    cli_out_mode out_mode;     /* standard output: JSON entries, or renderings as they are */
} cli_batch_config;

/*
 * Runs the batch; returns the exit status: 0 when every URL was cleaned,
 * 1 when some failed (or list lines were invalid: urls->invalid > 0, or
 * state.jsonl had lines that are not entries and was kept aside) or the run
 * was interrupted, 2 on a fatal error.
 */
int cli_batch_run(const cli_batch_config *cfg, const cli_url_list *urls,
                  volatile sig_atomic_t *stop);

#endif
