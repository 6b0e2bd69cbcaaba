/*
 * fetch_errors: what a failed attempt means, and whether to try again.
 *
 * Only transient failures are retried: a timeout, a refused or broken
 * connection, a 5xx or 429 answer. A server that answers with something
 * HTTP does not allow (a status outside 100-599, no status line, headers
 * libcurl will not hold) gets the same answer next time, so it is reported
 * at once, in words that name the fault rather than libcurl's nearest code.
 */
#ifndef CLI_FETCH_ERRORS_H
#define CLI_FETCH_ERRORS_H

#include <curl/curl.h>
#include <stddef.h>
#include <time.h>

/* The longest wait a Retry-After is read as (saturated beyond). */
#define CLI_RETRY_AFTER_MAX_SECS 315360000LL /* ten years */

/*
 * The seconds a Retry-After value asks to wait: delay-seconds (digits
 * only) or an HTTP date, counted from now (0 when past). Saturates at
 * CLI_RETRY_AFTER_MAX_SECS. -1 when the value is neither (negative,
 * fractional, garbage): the header is then ignored.
 */
long long cli_retry_after_secs(const char *value, time_t now);

/* Non-zero for a status HTTP defines (100-599). */
int cli_status_valid(long status);

/* Non-zero for an answer worth asking again: 429 or 500-599. */
int cli_status_transient(long status);

/*
 * Non-zero when a libcurl failure may go away on another attempt. errbuf
 * is libcurl's error text ("" when none); got_body is non-zero once body
 * bytes arrived.
 */
int cli_curl_transient(CURLcode rc, const char *errbuf, int got_body);

/*
 * One line on a libcurl failure, accurate about the cause, with the number
 * of attempts when it was transient.
 */
void cli_curl_describe(CURLcode rc, const char *errbuf, int got_body, int attempts, char *out,
                       size_t outsize);

#endif
