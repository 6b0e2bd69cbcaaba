#include "fetch.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "clock.h"
#include "curl_api.h"
#include "decruft.h"
#include "fetch_errors.h"
#include "hosts.h"
#include "sizes.h"
#include "urls.h"
#include "xorshift.h"

#define POLL_MS 100
#define MAX_REDIRECTS 10L
#define FIRST_BODY_CAP ((size_t)64 * 1024)

/* A request between attempts and hops. */
typedef struct job {
    size_t host;      /* of the URL asked next */
    char *url;        /* a redirect's target; NULL: the listed URL */
    int hops;         /* redirects followed */
    int hop_next;     /* the next start is a hop, not a new attempt */
    int attempts;
    double first_ms;  /* start of the first attempt */
    double due_ms;    /* a retry waits until then */
    double spent_ms;  /* in flight in the earlier hops of this attempt */
} job;

typedef struct fetcher fetcher;

/* One attempt in flight. */
typedef struct transfer {
    fetcher *f;
    struct transfer *prev, *next; /* in fetcher.live */
    CURL *easy;
    size_t index;
    size_t host;     /* contacted: counted in its active */
    double start_ms;
    int conditional; /* sent If-None-Match or If-Modified-Since */
    char hop_error[192]; /* why a redirect was not followed, or "" */
    struct curl_slist *headers;
    char *body;
    size_t len, cap;
    int checked;     /* the first body bytes were looked at */
    int discard;     /* not a 2xx answer: the body is not kept */
    int too_large;
    int over_budget;   /* the body alone needs more than the whole budget */
    int wrong_type;
    size_t reserved;   /* bytes of the budget held: cap */
    unsigned long seq; /* start order: the oldest waits least */
    int paused;        /* waiting for budget */
    size_t want;       /* the budget it waits for */
    double paused_at;  /* when it began to wait */
    double paused_ms;  /* waits of this attempt that are over */
    char *content_type, *etag, *last_modified;
    long long retry_after_secs; /* -1 when the answer had none or an unreadable one */
    int retry_after_too_long;
    CURLcode result;
    char errbuf[CURL_ERROR_SIZE];
} transfer;

struct fetcher {
    const cli_fetch_config *cfg;
    const cli_fetch_request *reqs;
    size_t n;
    CURLM *multi;
    job *jobs;
    cli_hosts *hosts;    /* the queues: which request starts next */
    size_t *delayed;     /* requests waiting for a retry */
    size_t ndelayed;
    int active;
    transfer *live;      /* attempts in flight */
    unsigned long next_seq;
    int npaused;         /* live attempts waiting for budget */
    unsigned long head_seq; /* the oldest waiting one; younger ones queue behind it */
    unsigned long long rng; /* the backoff's jitter */
    cli_fetch_done_fn done;
    void *ctx;
};

/* ------------------------------------------------------------ header values */

static char *trimmed_copy(const char *s, size_t n)
{
    while (n > 0 && isspace((unsigned char)*s))
        s++, n--;
    while (n > 0 && isspace((unsigned char)s[n - 1]))
        n--;
    char *c = malloc(n + 1);
    if (c) {
        memcpy(c, s, n);
        c[n] = '\0';
    }
    return c;
}

int cli_fetch_is_html(const char *ct)
{
    if (!ct)
        return 1;
    while (*ct == ' ' || *ct == '\t')
        ct++;
    size_t n = strcspn(ct, "; \t");
    if (n == 0)
        return 1;
    return (n == 9 && strncasecmp(ct, "text/html", 9) == 0) ||
           (n == 21 && strncasecmp(ct, "application/xhtml+xml", 21) == 0);
}

int cli_fetch_validator_ok(const char *v)
{
    size_t n = 0;
    for (; v && v[n]; n++) {
        unsigned char c = (unsigned char)v[n];
        if (n >= CLI_FETCH_VALIDATOR_MAX || c < 0x20 || c > 0x7e)
            return 0;
    }
    return n > 0 && v[0] != ' ' && v[n - 1] != ' ';
}

static int header_is(const char *line, size_t len, const char *name, const char **value,
                     size_t *vlen)
{
    size_t n = strlen(name);
    if (len <= n || strncasecmp(line, name, n) != 0 || line[n] != ':')
        return 0;
    *value = line + n + 1;
    *vlen = len - n - 1;
    return 1;
}

static void replace(char **slot, const char *v, size_t n)
{
    free(*slot);
    *slot = trimmed_copy(v, n);
}

static size_t on_header(char *line, size_t size, size_t nitems, void *p)
{
    transfer *t = p;
    size_t len = size * nitems;
    const char *v;
    size_t vn;
    if (len >= 5 && strncmp(line, "HTTP/", 5) == 0) {
        /* A new answer (after a redirect or a 100): forget the last one's. */
        free(t->content_type);
        free(t->etag);
        free(t->last_modified);
        t->content_type = t->etag = t->last_modified = NULL;
        t->retry_after_secs = -1;
    } else if (header_is(line, len, "content-type", &v, &vn)) {
        replace(&t->content_type, v, vn);
    } else if (header_is(line, len, "etag", &v, &vn)) {
        replace(&t->etag, v, vn);
    } else if (header_is(line, len, "last-modified", &v, &vn)) {
        replace(&t->last_modified, v, vn);
    } else if (header_is(line, len, "retry-after", &v, &vn)) {
        char *s = trimmed_copy(v, vn);
        if (s)
            t->retry_after_secs = cli_retry_after_secs(s, time(NULL));
        free(s);
    }
    return len;
}

/* The capacity for need bytes: doubling (few copies), never past what
 * --max-size or the budget allow. */
static size_t body_cap(const transfer *t, size_t need)
{
    const cli_fetch_config *cfg = t->f->cfg;
    size_t cap = t->cap ? t->cap : FIRST_BODY_CAP;
    while (cap < need && cap <= SIZE_MAX / 2)
        cap *= 2;
    if (cap > cfg->max_size + 1)
        cap = cfg->max_size + 1;
    if (cfg->budget && cap > cli_budget_total(cfg->budget))
        cap = cli_budget_total(cfg->budget);
    return cap < need ? need : cap;
}

/* Makes room for need bytes. Returns 0; 1 when the budget has not the bytes
 * now (t->want set: wait); -1 when it never will or memory ran out. */
static int grow_body(transfer *t, size_t need)
{
    cli_budget *budget = t->f->cfg->budget;
    size_t cap = body_cap(t, need);
    if (budget && cap > cli_budget_total(budget)) {
        t->over_budget = 1;
        return -1;
    }
    int queued = t->f->npaused > 0 && t->seq > t->f->head_seq;
    if (budget && (queued || cli_budget_take(budget, cap - t->cap) != 0)) {
        t->want = cap - t->cap;
        return 1;
    }
    char *b = realloc(t->body, cap);
    if (!b) {
        if (budget)
            cli_budget_give(budget, cap - t->cap);
        return -1;
    }
    t->body = b;
    t->reserved += cap - t->cap;
    t->cap = cap;
    return 0;
}

static size_t on_body(char *data, size_t size, size_t nmemb, void *p)
{
    transfer *t = p;
    size_t len = size * nmemb;
    if (!t->checked) {
        t->checked = 1;
        long code = 0;
        cli_curl()->easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &code);
        if (code < 200 || code >= 300) {
            t->discard = 1;
        } else if (!cli_fetch_is_html(t->content_type)) {
            t->wrong_type = 1;
            return 0; /* abort: why download a PDF we will not read */
        }
    }
    if (t->discard)
        return len;
    if (len > t->f->cfg->max_size - t->len) {
        t->too_large = 1;
        return 0;
    }
    if (t->len + len + 1 > t->cap) {
        int rc = grow_body(t, t->len + len + 1);
        if (rc < 0)
            return 0;
        if (rc > 0) {
            fetcher *f = t->f;
            if (f->npaused++ == 0 || t->seq < f->head_seq)
                f->head_seq = t->seq;
            t->paused = 1;
            t->paused_at = dcx_now_ms();
            return CURL_WRITEFUNC_PAUSE;
        }
    }
    memcpy(t->body + t->len, data, len);
    t->len += len;
    t->body[t->len] = '\0';
    return len;
}

/* ------------------------------------------------------------ jobs and hosts */

/* Queues the requests on their hosts, in list order. */
static int build_jobs(fetcher *f)
{
    f->hosts = cli_hosts_new(f->cfg->per_host, f->cfg->delay_ms, cli_xorshift(&f->rng));
    f->delayed = calloc(f->n ? f->n : 1, sizeof *f->delayed);
    f->jobs = calloc(f->n ? f->n : 1, sizeof *f->jobs);
    if (!f->hosts || !f->delayed || !f->jobs)
        return -1;
    double now = dcx_now_ms();
    for (size_t i = 0; i < f->n; i++) {
        long hi = cli_hosts_add(f->hosts, f->reqs[i].url);
        if (hi < 0 || cli_hosts_push(f->hosts, (size_t)hi, i, 0, now) != 0)
            return -1;
        f->jobs[i].host = (size_t)hi;
    }
    return 0;
}

static void free_jobs(fetcher *f)
{
    for (size_t i = 0; f->jobs && i < f->n; i++)
        free(f->jobs[i].url);
    cli_hosts_free(f->hosts);
    free(f->delayed);
    free(f->jobs);
}

/* ------------------------------------------------------------ transfers */

static void transfer_free(transfer *t)
{
    if (!t)
        return;
    if (t->easy)
        cli_curl()->easy_cleanup(t->easy);
    cli_curl()->slist_free_all(t->headers);
    if (t->f->cfg->budget)
        cli_budget_give(t->f->cfg->budget, t->reserved);
    free(t->body);
    free(t->content_type);
    free(t->etag);
    free(t->last_modified);
    free(t);
}

static int add_header(transfer *t, const char *name, const char *value)
{
    size_t need = strlen(name) + strlen(value) + 3;
    char *h = malloc(need);
    if (!h)
        return -1;
    snprintf(h, need, "%s: %s", name, value);
    struct curl_slist *l = cli_curl()->slist_append(t->headers, h);
    free(h);
    if (!l)
        return -1;
    t->headers = l;
    return 0;
}

/* One request of job index: to the listed URL, conditional when it has
 * well-formed validators, or to the redirect target the job is at. The
 * timeout is what the attempt's earlier hops left of it. */
static transfer *transfer_new(fetcher *f, size_t index)
{
    const cli_fetch_config *cfg = f->cfg;
    const cli_fetch_request *req = &f->reqs[index];
    const job *j = &f->jobs[index];
    transfer *t = calloc(1, sizeof *t);
    if (!t)
        return NULL;
    t->f = f;
    t->index = index;
    t->host = j->host;
    t->seq = f->next_seq++;
    t->retry_after_secs = -1;
    t->easy = cli_curl()->easy_init();
    if (!t->easy)
        goto fail;
    const char *etag = !j->url && cli_fetch_validator_ok(req->etag) ? req->etag : NULL;
    const char *since =
        !j->url && cli_fetch_validator_ok(req->last_modified) ? req->last_modified : NULL;
    t->conditional = etag || since;
    if (add_header(t, "Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1") != 0 ||
        (etag && add_header(t, "If-None-Match", etag) != 0) ||
        (since && add_header(t, "If-Modified-Since", since) != 0))
        goto fail;
    long timeout_ms = cfg->timeout_ms - (long)j->spent_ms;
    if (timeout_ms < 1)
        timeout_ms = 1;
    CURL *e = t->easy;
    CURLcode rc = CURLE_OK;
#define SET(opt, val) \
    if (rc == CURLE_OK) \
    rc = cli_curl()->easy_setopt(e, opt, val)
    SET(CURLOPT_URL, j->url ? j->url : req->url);
    SET(CURLOPT_PRIVATE, t);
    SET(CURLOPT_ERRORBUFFER, t->errbuf);
    SET(CURLOPT_NOSIGNAL, 1L);
    SET(CURLOPT_WRITEFUNCTION, on_body);
    SET(CURLOPT_WRITEDATA, t);
    SET(CURLOPT_HEADERFUNCTION, on_header);
    SET(CURLOPT_HEADERDATA, t);
    SET(CURLOPT_HTTPHEADER, t->headers);
    SET(CURLOPT_PROTOCOLS_STR, "http,https");
    /* Redirects are ours (follow_redirect): each hop is scheduled on the
     * host it contacts. */
    SET(CURLOPT_FOLLOWLOCATION, 0L);
    SET(CURLOPT_HTTP09_ALLOWED, 0L);
    SET(CURLOPT_ACCEPT_ENCODING, "");
    SET(CURLOPT_USERAGENT, cfg->user_agent);
    SET(CURLOPT_TIMEOUT_MS, timeout_ms);
    SET(CURLOPT_CONNECTTIMEOUT_MS, cfg->connect_timeout_ms);
    SET(CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)cfg->max_size);
    /* No CURLOPT_PIPEWAIT: with it a transfer waits until another's
     * connection shows whether it multiplexes, which over http:// is its
     * first answer: a server that never answers one URL stalled the others
     * of its host. Without it a transfer opens its own connection or reuses
     * an idle (or HTTP/2) one. */
#undef SET
    /* Optional: an older or smaller libcurl may lack HTTP/2. */
    cli_curl()->easy_setopt(e, CURLOPT_HTTP_VERSION, (long)CURL_HTTP_VERSION_2TLS);
    if (rc != CURLE_OK) {
        snprintf(t->errbuf, sizeof t->errbuf, "%s", cli_curl()->easy_strerror(rc));
        goto fail;
    }
    return t;
fail:
    transfer_free(t);
    return NULL;
}

static void deliver(fetcher *f, size_t index, cli_fetch_response *resp)
{
    job *j = &f->jobs[index];
    resp->attempts = j->attempts;
    resp->fetch_ms = dcx_now_ms() - j->first_ms;
    f->done(index, resp, f->ctx);
    free(j->url);
    j->url = NULL;
}

static void deliver_error(fetcher *f, size_t index, const char *error)
{
    cli_fetch_response resp;
    memset(&resp, 0, sizeof resp);
    resp.error = error;
    deliver(f, index, &resp);
}

static void start(fetcher *f, size_t index)
{
    job *j = &f->jobs[index];
    if (j->attempts == 0)
        j->first_ms = dcx_now_ms();
    if (!j->hop_next)
        j->attempts++;
    j->hop_next = 0;
    transfer *t = transfer_new(f, index);
    if (!t) {
        deliver_error(f, index, "cannot set up the transfer (out of memory?)");
        return;
    }
    if (cli_curl()->multi_add_handle(f->multi, t->easy) != CURLM_OK) {
        transfer_free(t);
        deliver_error(f, index, "cannot start the transfer");
        return;
    }
    t->start_ms = dcx_now_ms();
    cli_hosts_started(f->hosts, t->host, t->start_ms);
    f->active++;
    t->next = f->live;
    if (f->live)
        f->live->prev = t;
    f->live = t;
}

static int may_start(fetcher *f);

/* Starts queued requests, the hosts taking turns, within both limits and
 * the memory budget. */
static void start_ready(fetcher *f)
{
    double now = dcx_now_ms();
    size_t index;
    while (f->active < f->cfg->jobs && may_start(f) && cli_hosts_next(f->hosts, now, &index))
        start(f, index);
}

/* Moves retries whose time has come back to their host's queue, and hosts
 * whose delay has passed back to their turns. Returns 0 when it moved any,
 * else the milliseconds until the next of either is due, or -1 when none
 * waits. */
static long promote_due(fetcher *f)
{
    double now = dcx_now_ms(), next = -1;
    int moved = 0;
    for (size_t i = 0; i < f->ndelayed;) {
        size_t index = f->delayed[i];
        job *j = &f->jobs[index];
        if (j->due_ms <= now) {
            if (cli_hosts_push(f->hosts, j->host, index, 0, now) != 0)
                deliver_error(f, index, "out of memory");
            f->delayed[i] = f->delayed[--f->ndelayed];
            moved = 1;
            continue;
        }
        if (next < 0 || j->due_ms - now < next)
            next = j->due_ms - now;
        i++;
    }
    long hosts_wait = cli_hosts_promote(f->hosts, now);
    if (moved || hosts_wait == 0)
        return 0;
    long wait = next < 0 ? -1 : (long)next + 1;
    return wait < 0 || (hosts_wait >= 0 && hosts_wait < wait) ? hosts_wait : wait;
}

static int retryable_code(const transfer *t)
{
    return cli_curl_transient(t->result, t->errbuf, t->checked);
}

/* The exponential backoff before attempt number attempts + 1. */
static long backoff_ms(fetcher *f, int attempts)
{
    double d = (double)f->cfg->retry_base_ms;
    for (int i = 1; i < attempts && d < (double)f->cfg->retry_max_ms; i++)
        d *= 2;
    if (d > (double)f->cfg->retry_max_ms)
        d = (double)f->cfg->retry_max_ms;
    /* "Equal jitter": half fixed, half random, so retries spread out. */
    long half = (long)(d / 2);
    return half + (half > 0 ? (long)(cli_xorshift(&f->rng) % (unsigned long long)(half + 1)) : 0);
}

static void requeue_uncounted(fetcher *f, size_t index);

/* Schedules another attempt when the outcome allows one; returns 1 when
 * it did. */
static int schedule_retry(fetcher *f, transfer *t, long status)
{
    job *j = &f->jobs[t->index];
    /* Held back by --max-memory for half its time: not the server's fault. */
    if (t->result == CURLE_OPERATION_TIMEDOUT && t->paused_ms * 2 >= (double)f->cfg->timeout_ms) {
        requeue_uncounted(f, t->index);
        return 1;
    }
    int transient = t->result == CURLE_OK ? cli_status_transient(status) : retryable_code(t);
    if (!transient || j->attempts > f->cfg->retries)
        return 0;
    long wait = backoff_ms(f, j->attempts);
    /* The server may ask for longer, never for less than our backoff. */
    if (t->result == CURLE_OK && t->retry_after_secs >= 0) {
        if (t->retry_after_secs > f->cfg->retry_max_ms / 1000) {
            t->retry_after_too_long = 1; /* longer than we will wait */
            return 0;
        }
        if (t->retry_after_secs * 1000 > wait)
            wait = (long)t->retry_after_secs * 1000;
    }
    j->due_ms = dcx_now_ms() + (double)wait;
    f->delayed[f->ndelayed++] = t->index;
    return 1;
}


/* The error of an answer that is not 2xx (nor a 304 we asked for). */
static void describe_status(const fetcher *f, const transfer *t, long status, int attempts,
                            char *out, size_t outsize)
{
    if (!cli_status_valid(status))
        snprintf(out, outsize, "HTTP %ld: not a status HTTP defines (100-599)", status);
    else if (t->retry_after_too_long)
        snprintf(out, outsize, "HTTP %ld, Retry-After %s%lld s is over the %ld s limit", status,
                 t->retry_after_secs >= CLI_RETRY_AFTER_MAX_SECS ? "at least " : "",
                 t->retry_after_secs, f->cfg->retry_max_ms / 1000);
    else if (cli_status_transient(status))
        snprintf(out, outsize, "HTTP %ld (%d attempt%s)", status, attempts,
                 attempts > 1 ? "s" : "");
    else
        snprintf(out, outsize, "HTTP %ld", status);
}

/* With --delay, a Retry-After holds back the host's other requests too:
 * the longer of the two wins. */
static void hold_host(fetcher *f, const transfer *t)
{
    if (f->cfg->delay_ms <= 0 || t->retry_after_secs <= 0)
        return;
    long wait = t->retry_after_secs < f->cfg->retry_max_ms / 1000
                    ? (long)t->retry_after_secs * 1000
                    : f->cfg->retry_max_ms;
    cli_hosts_hold(f->hosts, t->host, dcx_now_ms() + (double)wait);
}

/* Queues the next hop when the answer is a redirect to follow, and returns
 * 1. A redirect that may not be followed returns 0 with why in
 * t->hop_error. Called as soon as the request is done, before the freed
 * slot is given to another request: a hop goes first. */
static int follow_redirect(fetcher *f, transfer *t)
{
    char *target = NULL;
    char *error = t->hop_error;
    size_t errsize = sizeof t->hop_error;
    long status = 0;
    cli_curl()->easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &status);
    if (t->result != CURLE_OK || status < 300 || status > 399 || status == 304 ||
        cli_curl()->easy_getinfo(t->easy, CURLINFO_REDIRECT_URL, &target) != CURLE_OK || !target)
        return 0;
    job *j = &f->jobs[t->index];
    if (j->hops >= MAX_REDIRECTS) {
        snprintf(error, errsize, "too many redirects (more than %ld)", MAX_REDIRECTS);
        return 0;
    }
    char why[128];
    if (!cli_url_is_web(target)) {
        size_t n = strcspn(target, ":/?#");
        int named = target[n] == ':' && n > 0 && n < 32;
        for (size_t i = 0; named && i < n; i++)
            named = isalnum((unsigned char)target[i]) || strchr("+-.", target[i]);
        snprintf(error, errsize, "refused: a redirect to %s%.*s (only http and https are followed)",
                 named ? "" : "a non-URL", named ? (int)n + 1 : 0, target);
        return 0;
    }
    if (cli_url_check(target, why, sizeof why) != 0) {
        snprintf(error, errsize, "bad redirect: the target %s", why);
        return 0;
    }
    char *url = strdup(target);
    long hi = url ? cli_hosts_add(f->hosts, url) : -1;
    if (hi < 0 || cli_hosts_push(f->hosts, (size_t)hi, t->index, 1, dcx_now_ms()) != 0) {
        free(url);
        snprintf(error, errsize, "out of memory");
        return 0;
    }
    free(j->url);
    j->url = url;
    j->hops++;
    j->hop_next = 1;
    j->spent_ms += dcx_now_ms() - t->start_ms;
    j->host = (size_t)hi;
    return 1;
}

/* Ends one request: queues the next hop or another attempt, or hands the
 * outcome over. */
static void finish(fetcher *f, transfer *t)
{
    job *j = &f->jobs[t->index];
    long status = 0;
    char *final_url = NULL;
    cli_curl()->easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &status);
    cli_curl()->easy_getinfo(t->easy, CURLINFO_EFFECTIVE_URL, &final_url);
    if (!t->too_large && !t->over_budget && !t->wrong_type && schedule_retry(f, t, status)) {
        j->spent_ms = 0; /* a new attempt, a new timeout */
        return;
    }

    char error[DCX_ERRSIZE];
    char charset[64];
    cli_fetch_response resp;
    memset(&resp, 0, sizeof resp);
    resp.final_url = status ? final_url : NULL;
    resp.status = status;
    resp.content_type = t->content_type;
    /* Validators go back only to the URL they came from: the listed one. */
    if (!j->url) {
        resp.etag = cli_fetch_validator_ok(t->etag) ? t->etag : NULL;
        resp.last_modified = cli_fetch_validator_ok(t->last_modified) ? t->last_modified : NULL;
    }
    if (dc_content_type_charset(t->content_type, charset, sizeof charset) > 0)
        resp.charset = charset;
    snprintf(error, sizeof error, "%s", t->hop_error);
    if (error[0]) {
        /* a redirect that is not followed */
    } else if (t->over_budget) {
        snprintf(error, sizeof error, "body larger than --max-memory (%zu bytes)",
                 cli_budget_total(f->cfg->budget));
    } else if (t->too_large || t->result == CURLE_FILESIZE_EXCEEDED) {
        snprintf(error, sizeof error, "body larger than %zu bytes (--max-size)",
                 f->cfg->max_size);
    } else if (t->wrong_type) {
        snprintf(error, sizeof error, "not HTML: Content-Type %s", t->content_type);
    } else if (t->result != CURLE_OK) {
        cli_curl_describe(t->result, t->errbuf, t->checked, j->attempts, error, sizeof error);
    } else if (status == 304 && t->conditional) {
        resp.not_modified = 1;
    } else if (status < 200 || status >= 300) {
        describe_status(f, t, status, j->attempts, error, sizeof error);
    } else if (!cli_fetch_is_html(t->content_type)) {
        snprintf(error, sizeof error, "not HTML: Content-Type %s", t->content_type);
    } else {
        resp.body = t->body ? t->body : "";
        resp.len = t->len;
        resp.owner = t;
    }
    if (error[0])
        resp.error = error;
    deliver(f, t->index, &resp);
}

static void release(fetcher *f, transfer *t)
{
    cli_curl()->multi_remove_handle(f->multi, t->easy);
    if (t->paused) {
        f->npaused--;
        t->paused_ms += dcx_now_ms() - t->paused_at;
    }
    t->paused = 0;
    cli_hosts_finished(f->hosts, t->host);
    f->active--;
    if (t->prev)
        t->prev->next = t->next;
    else
        f->live = t->next;
    if (t->next)
        t->next->prev = t->prev;
    t->prev = t->next = NULL;
}

static void drop_all(fetcher *f)
{
    while (f->live) {
        transfer *t = f->live;
        release(f, t);
        transfer_free(t);
    }
}

char *cli_fetch_take_body(const cli_fetch_response *resp, size_t *reserved)
{
    transfer *t = resp->owner;
    *reserved = 0;
    if (!t || !t->body)
        return resp->body ? strdup(resp->body) : NULL;
    /* A doubled buffer may be half empty: hand over only what is used. */
    char *body = realloc(t->body, t->len + 1);
    if (body) {
        t->body = body;
        t->cap = t->len + 1;
    }
    cli_budget *budget = t->f->cfg->budget;
    if (budget) {
        cli_budget_give(budget, t->reserved - t->cap);
        *reserved = t->cap;
    }
    body = t->body;
    t->body = NULL;
    t->len = t->cap = t->reserved = 0;
    return body;
}

/* ------------------------------------------------------------ the memory budget */

/* Drops an attempt that holds budget every other one waits for; it starts
 * again from its host's queue, and this was not an attempt of the server's. */
static void evict(fetcher *f, transfer *t)
{
    requeue_uncounted(f, t->index);
    release(f, t);
    transfer_free(t);
}

/* Starts the request again as soon as it can, without counting the attempt
 * that memory, not the server, ended. */
static void requeue_uncounted(fetcher *f, size_t index)
{
    job *j = &f->jobs[index];
    j->attempts--;
    j->due_ms = dcx_now_ms();
    f->delayed[f->ndelayed++] = index;
}

/* New transfers wait while others wait for budget, or it is nearly spent:
 * started, they would only wait too, and their timeouts would run. */
static int may_start(fetcher *f)
{
    cli_budget *budget = f->cfg->budget;
    return !budget || (f->npaused == 0 &&
                       cli_budget_total(budget) - cli_budget_used(budget) >= FIRST_BODY_CAP);
}

/* Held by live transfers; the rest of the budget's use is pages on their
 * way through the workers, which come back by themselves. */
static size_t held_live(const fetcher *f)
{
    size_t held = 0;
    for (const transfer *t = f->live; t; t = t->next)
        held += t->reserved;
    return held;
}

/* The paused transfer started last that holds budget, but not oldest. */
static transfer *youngest_holder(fetcher *f, const transfer *oldest)
{
    transfer *found = NULL;
    for (transfer *t = f->live; t; t = t->next)
        if (t != oldest && t->paused && t->reserved > 0 && (!found || t->seq > found->seq))
            found = t;
    return found;
}

static transfer *oldest_paused(fetcher *f)
{
    transfer *found = NULL;
    for (transfer *t = f->live; t; t = t->next)
        if (t->paused && (!found || t->seq < found->seq))
            found = t;
    return found;
}

/*
 * Lets the paused transfers go on, oldest first, while the budget has what
 * each waits for. When every transfer waits and no page holds budget
 * outside them, nothing would ever come back: the youngest holders are
 * dropped until the oldest can go on.
 */
static void resume_paused(fetcher *f)
{
    cli_budget *budget = f->cfg->budget;
    transfer *t;
    while (f->npaused > 0 && (t = oldest_paused(f))) {
        f->head_seq = t->seq; /* it may take what it waits for, the others not */
        size_t free_bytes = cli_budget_total(budget) - cli_budget_used(budget);
        if (t->want > free_bytes) {
            transfer *victim = f->npaused == f->active && held_live(f) == cli_budget_used(budget)
                                   ? youngest_holder(f, t)
                                   : NULL;
            if (!victim)
                return;
            evict(f, victim);
            continue;
        }
        t->paused = 0;
        t->paused_ms += dcx_now_ms() - t->paused_at;
        f->npaused--;
        cli_curl()->easy_pause(t->easy, CURLPAUSE_CONT);
        if (t->paused)
            return; /* it wants more than there was */
    }
}

/* Waits for the transfers, the wake descriptor or wait_ms. */
static void poll_round(fetcher *f, int wait_ms)
{
    struct curl_waitfd wake = {.fd = f->cfg->wake_fd, .events = CURL_WAIT_POLLIN};
    int woken = f->cfg->wake_fd >= 0;
    cli_curl()->multi_poll(f->multi, woken ? &wake : NULL, woken ? 1 : 0, wait_ms, NULL);
    if (woken && (wake.revents & CURL_WAIT_POLLIN)) {
        char drain[64];
        while (read(f->cfg->wake_fd, drain, sizeof drain) > 0)
            ;
    }
}

int cli_fetch_run(const cli_fetch_config *cfg, const cli_fetch_request *reqs, size_t n,
                  cli_fetch_done_fn done, void *ctx, volatile sig_atomic_t *stop, char *err,
                  size_t errsize)
{
    fetcher f;
    memset(&f, 0, sizeof f);
    f.cfg = cfg;
    f.reqs = reqs;
    f.n = n;
    f.done = done;
    f.ctx = ctx;
    f.rng = ((unsigned long long)time(NULL) << 20) ^ (unsigned long long)getpid() ^
            0x9E3779B97F4A7C15ULL;
    int rc = -1;
    transfer **finished = calloc((size_t)cfg->jobs, sizeof *finished);
    if (cli_curl()->global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
        snprintf(err, errsize, "cannot initialise libcurl");
        free(finished);
        return -1;
    }
    f.multi = cli_curl()->multi_init();
    if (!finished || !f.multi || build_jobs(&f) != 0) {
        snprintf(err, errsize, "cannot set up the fetcher: out of memory");
        goto out;
    }
    cli_curl()->multi_setopt(f.multi, CURLMOPT_PIPELINING, CURLPIPE_MULTIPLEX);

    while (!*stop) {
        resume_paused(&f);
        promote_due(&f);
        start_ready(&f);
        if (f.active == 0 && !cli_hosts_pending(f.hosts) && f.ndelayed == 0)
            break;
        int running;
        cli_curl()->multi_perform(f.multi, &running);

        size_t nfinished = 0, hops = 0;
        CURLMsg *msg;
        int left;
        while ((msg = cli_curl()->multi_info_read(f.multi, &left))) {
            if (msg->msg != CURLMSG_DONE)
                continue;
            transfer *t = NULL;
            cli_curl()->easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, (char **)&t);
            t->result = msg->data.result;
            release(&f, t);
            hold_host(&f, t);
            if (follow_redirect(&f, t)) {
                transfer_free(t);
                hops++;
                continue;
            }
            finished[nfinished++] = t;
        }
        if (nfinished > 0 || hops > 0) {
            /* Refill the slots first, so the network works while we read. */
            start_ready(&f);
            cli_curl()->multi_perform(f.multi, &running);
            for (size_t i = 0; i < nfinished; i++) {
                if (!*stop)
                    finish(&f, finished[i]);
                transfer_free(finished[i]);
            }
            continue;
        }
        if (cfg->idle)
            cfg->idle(ctx);
        int wait = POLL_MS;
        long next_due = promote_due(&f); /* after start_ready set the delays */
        if (next_due >= 0 && next_due < wait)
            wait = (int)next_due;
        poll_round(&f, wait);
    }
    rc = 0;
out:
    if (f.multi) {
        drop_all(&f);
        cli_curl()->multi_cleanup(f.multi);
    }
    free_jobs(&f);
    free(finished);
    cli_curl()->global_cleanup();
    return rc;
}
