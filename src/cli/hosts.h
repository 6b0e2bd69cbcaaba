/*
 * hosts: which queued request may start next, host by host.
 *
 * The fetcher's politeness rules, apart from its transfers: requests are
 * queued on the host they contact (a redirect hop on its target's host),
 * hosts take turns round robin in the order they were first seen, at most
 * `per_host` requests run at once on one host, and with `delay_ms` two
 * starts on one host are delay_ms x [0.5, 1.5) apart (random for each, as
 * wget's --random-wait). A host that may not start yet leaves the turns and
 * waits until its time, so it costs nothing while others work.
 *
 * Nothing here reads the clock: each call that needs the time is given
 * `now`, in milliseconds of one monotonic clock, so the rules can be tested
 * with a fake one. The limits that are not per host (`jobs`, the memory
 * budget) stay with the caller, which asks for a request only when it may
 * start one.
 */
#ifndef CLI_HOSTS_H
#define CLI_HOSTS_H

#include <stddef.h>

typedef struct cli_hosts cli_hosts;

/* A scheduler with no hosts; seed picks the random delays (any value).
 * NULL when out of memory; the caller frees it with cli_hosts_free. */
cli_hosts *cli_hosts_new(int per_host, long delay_ms, unsigned long long seed);

void cli_hosts_free(cli_hosts *hs);

/* The index of url's host (host and port, as cli_url_host; the URL itself
 * when it has none), added when new; -1 when out of memory. */
long cli_hosts_add(cli_hosts *hs, const char *url);

/* Queues request index on host: at the back (requests in list order,
 * retries), or at the front (a redirect hop, whose request has started
 * already). Returns 0, or -1 when out of memory (nothing queued). */
int cli_hosts_push(cli_hosts *hs, size_t host, size_t index, int front, double now);

/* Takes the next request that may start at now into *index, the hosts
 * taking turns; returns 0 when none may. A host whose time has not come
 * leaves the turns until cli_hosts_promote gives them back. */
int cli_hosts_next(cli_hosts *hs, double now, size_t *index);

/* A request of host started at now: counted until cli_hosts_finished, and
 * the host's next one waits for the delay. */
void cli_hosts_started(cli_hosts *hs, size_t host, double now);

void cli_hosts_finished(cli_hosts *hs, size_t host);

/* No request of host starts before until (a Retry-After), nor before its
 * delay: the later of the two. */
void cli_hosts_hold(cli_hosts *hs, size_t host, double until);

/* Gives the hosts whose time has come their turns back. Returns 0 when it
 * did, else the milliseconds to wait for the next to be due (a whole one
 * past it, so that the wait is never short), or -1 when none waits. */
long cli_hosts_promote(cli_hosts *hs, double now);

/* Non-zero while a request is queued (waiting for a turn or a time). */
int cli_hosts_pending(const cli_hosts *hs);

#endif
