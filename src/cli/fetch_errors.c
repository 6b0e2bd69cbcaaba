#include "fetch_errors.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "curl_api.h"
#include "sizes.h"

/*
 * libcurl's codes, refined by the start of its error text where one code
 * covers faults that differ (CURLE_UNSUPPORTED_PROTOCOL is said both for a
 * refused scheme and for an answer without a valid status line). The first
 * row that matches wins; a code with no row is permanent, in libcurl's
 * words.
 */
typedef struct curl_fault {
    CURLcode code;
    const char *text;      /* prefix of the error text; NULL: any */
    int before_body;       /* the row holds only while no body byte arrived */
    int transient;
    const char *what;      /* put before libcurl's text; NULL: none */
    const char *replace;   /* said instead of libcurl's text; NULL: keep it */
} curl_fault;

static const curl_fault faults[] = {
    {CURLE_UNSUPPORTED_PROTOCOL, "Received HTTP/0.9", 0, 0, NULL,
     "no HTTP status line in the answer (HTTP/0.9 or not HTTP)"},
    {CURLE_UNSUPPORTED_PROTOCOL, "Unsupported response code", 0, 0,
     "malformed status line", NULL},
    {CURLE_UNSUPPORTED_PROTOCOL, "Unsupported HTTP version", 0, 0,
     "malformed status line", NULL},
    {CURLE_UNSUPPORTED_PROTOCOL, NULL, 0, 0, "refused (only http and https are followed)", NULL},
    {CURLE_WEIRD_SERVER_REPLY, NULL, 0, 0, "malformed answer", NULL},
    /* libcurl 7.x says "out of memory" for a header line over its limit. */
    {CURLE_OUT_OF_MEMORY, NULL, 1, 0, NULL,
     "a response header line is longer than libcurl takes (100 KiB)"},
    {CURLE_RECV_ERROR, "Too large response headers", 0, 0, NULL, NULL},
#if LIBCURL_VERSION_NUM >= 0x080600
    {CURLE_TOO_LARGE, NULL, 1, 0, "response headers too large", NULL},
#endif
    {CURLE_OPERATION_TIMEDOUT, NULL, 0, 1, "timed out", NULL},
    {CURLE_COULDNT_CONNECT, NULL, 0, 1, NULL, NULL},
    {CURLE_SEND_ERROR, NULL, 0, 1, NULL, NULL},
    {CURLE_RECV_ERROR, NULL, 0, 1, NULL, NULL},
    {CURLE_GOT_NOTHING, NULL, 0, 1, NULL, NULL},
    {CURLE_PARTIAL_FILE, NULL, 0, 1, NULL, NULL},
    {CURLE_HTTP2, NULL, 0, 1, NULL, NULL},
    {CURLE_HTTP2_STREAM, NULL, 0, 1, NULL, NULL},
};

static const curl_fault *find_fault(CURLcode rc, const char *errbuf, int got_body)
{
    for (size_t i = 0; i < DCX_COUNTOF(faults); i++) {
        const curl_fault *f = &faults[i];
        if (f->code != rc || (f->before_body && got_body))
            continue;
        if (f->text && strncmp(errbuf, f->text, strlen(f->text)) != 0)
            continue;
        return f;
    }
    return NULL;
}

int cli_curl_transient(CURLcode rc, const char *errbuf, int got_body)
{
    const curl_fault *f = find_fault(rc, errbuf, got_body);
    return f && f->transient;
}

void cli_curl_describe(CURLcode rc, const char *errbuf, int got_body, int attempts, char *out,
                       size_t outsize)
{
    const curl_fault *f = find_fault(rc, errbuf, got_body);
    const char *detail = errbuf[0] ? errbuf : cli_curl()->easy_strerror(rc);
    if (f && f->replace)
        detail = f->replace;
    int n;
    if (f && f->what)
        n = snprintf(out, outsize, "%s: %s", f->what, detail);
    else
        n = snprintf(out, outsize, "%s", detail);
    if (f && f->transient && n >= 0 && (size_t)n < outsize)
        snprintf(out + n, outsize - (size_t)n, " (%d attempt%s)", attempts,
                 attempts > 1 ? "s" : "");
}

int cli_status_valid(long status)
{
    return status >= 100 && status <= 599;
}

int cli_status_transient(long status)
{
    return status == 429 || (status >= 500 && status <= 599);
}

/* delay-seconds is 1*DIGIT; anything else in it makes the value invalid. */
static long long delay_seconds(const char *v)
{
    long long secs = 0;
    for (const char *p = v; *p; p++) {
        if (!isdigit((unsigned char)*p))
            return -1;
        if (secs < CLI_RETRY_AFTER_MAX_SECS)
            secs = secs * 10 + (*p - '0');
    }
    return secs < CLI_RETRY_AFTER_MAX_SECS ? secs : CLI_RETRY_AFTER_MAX_SECS;
}

long long cli_retry_after_secs(const char *value, time_t now)
{
    if (!value || !*value)
        return -1;
    if (isdigit((unsigned char)*value))
        return delay_seconds(value);
    time_t when = cli_curl()->getdate(value, NULL);
    if (when == (time_t)-1)
        return -1;
    if (when <= now)
        return 0;
    long long d = (long long)when - (long long)now;
    return d < CLI_RETRY_AFTER_MAX_SECS ? d : CLI_RETRY_AFTER_MAX_SECS;
}
