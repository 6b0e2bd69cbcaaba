/*
 * fetch: many HTTP(S) transfers at once on one thread (libcurl multi).
 *
 * At most `jobs` transfers run at a time and at most `per_host` of them to
 * one host; with `delay_ms`, two requests to one host start at least
 * delay_ms x [0.5, 1.5) apart (random for each). Hosts are counted as they
 * are contacted: the fetcher follows redirects itself (at most 10, http and
 * https only), and each hop waits in the queue of the host it goes to, so
 * the limit and the delay hold for redirected requests, hops and retries
 * too. A hop goes before the requests not yet started on its host. These
 * queues and per-host rules are hosts.h's; the fetcher runs the transfers.
 *
 * A transfer that times out, cannot connect, or gets a 5xx or 429 answer is
 * tried again after an exponential backoff with jitter (or the server's
 * Retry-After, when longer), up to `retries` more times; nothing else is
 * retried (see fetch_errors.h). The retry asks again the URL that failed,
 * which may be a hop. With `delay_ms`, a Retry-After also holds back the
 * other requests to that host (up to retry_max_ms). `timeout_ms` limits one
 * attempt: the time its requests are in flight, the hops of a redirect chain
 * together, not the waits between them for a free slot or the delay. A body
 * over `max_size` bytes or a Content-Type that is not HTML ends the transfer
 * with an error.
 *
 * A request's validators make only its first request conditional, the one
 * to the listed URL, never a hop, and only when they are well-formed
 * (cli_fetch_validator_ok). Likewise the validators of an answer are reported
 * only when it came from the listed URL itself and they are well-formed:
 * validators are sent back only to the URL they came from.
 *
 * A hung server costs only its own transfers: a transfer never waits for
 * another one's connection (no HTTP/2 "pipewait"); it opens its own or
 * reuses an idle one.
 *
 * The body buffers draw from `budget` (when not NULL): a transfer whose
 * buffer cannot grow is paused until bytes come back, the oldest first; when
 * every transfer waits and no page holds bytes elsewhere, the youngest that
 * holds some is dropped and started again later (not counted as an
 * attempt), and so is one that timed out after waiting half its time. No
 * transfer starts while one waits. Only a body larger than the whole
 * budget fails.
 *
 * Every finished URL is handed to the done callback between polling rounds,
 * so the work done on a page overlaps the transfers still running; the idle
 * callback, when set, is called once a round (the batch collects the pages
 * its worker threads have finished). A round ends when a transfer needs
 * attention, after at most 100 ms, or at once when wake_fd (when not -1)
 * becomes readable: another thread writes a byte to it to have the idle
 * callback run now; the fetcher reads it empty.
 */
#ifndef CLI_FETCH_H
#define CLI_FETCH_H

#include <signal.h>
#include <stddef.h>

#include "budget.h"

typedef struct cli_fetch_config {
    int jobs;                 /* transfers at once */
    int per_host;             /* transfers at once to one host */
    long timeout_ms;          /* one attempt, its redirect hops together */
    long connect_timeout_ms;
    int retries;              /* further attempts after the first */
    long retry_base_ms;       /* first backoff; doubles per attempt */
    long retry_max_ms;        /* longest wait, Retry-After included */
    size_t max_size;          /* largest body, after decompression */
    long delay_ms;            /* least time between two starts to one host, +/-50%; 0: none */
    const char *user_agent;
    void (*idle)(void *ctx);  /* once a polling round, with the done ctx; may be NULL */
    int wake_fd;              /* non-blocking read end, or -1 */
    cli_budget *budget;       /* bytes of all bodies at once; NULL: unbounded */
} cli_fetch_config;

/* One URL to fetch. The validators make the request conditional. */
typedef struct cli_fetch_request {
    const char *url;
    const char *etag;          /* If-None-Match; may be NULL */
    const char *last_modified; /* If-Modified-Since; may be NULL */
} cli_fetch_request;

/* What came of one request; owned by the fetcher, valid during the callback. */
typedef struct cli_fetch_response {
    const char *final_url;     /* after redirects; NULL when never connected */
    long status;               /* HTTP status of the last answer; 0 when none */
    const char *body;          /* NUL-terminated; NULL on error or 304 */
    size_t len;
    const char *content_type;  /* NULL when the server sent none */
    const char *charset;       /* charset= of the Content-Type, or NULL */
    const char *etag;          /* validators of the answer, or NULL (see above) */
    const char *last_modified;
    int not_modified;          /* a 304 answer to a conditional request */
    int attempts;
    double fetch_ms;           /* from the first attempt to the end */
    const char *error;         /* NULL on success */
    void *owner;               /* private: the attempt, for cli_fetch_take_body */
} cli_fetch_response;

typedef void (*cli_fetch_done_fn)(size_t index, const cli_fetch_response *resp, void *ctx);

/*
 * Fetches the n requests, calling done once for each that finishes. Stops
 * starting transfers and drops those in flight when *stop becomes non-zero;
 * the dropped ones get no callback. Returns 0, or -1 when libcurl could not
 * be set up (message in err).
 */
int cli_fetch_run(const cli_fetch_config *cfg, const cli_fetch_request *reqs, size_t n,
                  cli_fetch_done_fn done, void *ctx, volatile sig_atomic_t *stop, char *err,
                  size_t errsize);

/*
 * Takes the body of resp during the done callback, so the page needs no
 * copy: a malloc'ed, NUL-terminated buffer the caller frees, with the
 * bytes it holds in the budget (*reserved, 0 without a budget), which the
 * caller gives back once it frees it. NULL when resp has no body or memory
 * ran out.
 */
char *cli_fetch_take_body(const cli_fetch_response *resp, size_t *reserved);

/* Non-zero when the Content-Type value names HTML (or is NULL/empty). */
int cli_fetch_is_html(const char *content_type);

/* Longest validator (ETag, Last-Modified value) kept or sent. */
#define CLI_FETCH_VALIDATOR_MAX 256

/* Non-zero when v may be kept and sent back as a validator: 1 to
 * CLI_FETCH_VALIDATOR_MAX bytes, printable ASCII (0x21-0x7e, inner spaces). */
int cli_fetch_validator_ok(const char *v);

#endif
