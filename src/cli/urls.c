#include "urls.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>


#include "curl_api.h"
#include "grow.h"
#include "msg.h"
#include "sizes.h"
#include "slots.h"

#define SLUG_MAX 96

int cli_url_is_web(const char *s)
{
    return strncasecmp(s, "http://", 7) == 0 || strncasecmp(s, "https://", 8) == 0;
}

/* Length of "scheme://" at the start of url, or 0. */
static size_t prefix_len(const char *url)
{
    const char *p = strstr(url, "://");
    return p ? (size_t)(p - url) + 3 : 0;
}

/* End of the authority that starts at p: the first '/', '?', '#' or NUL. */
static const char *authority_end(const char *p)
{
    return p + strcspn(p, "/?#");
}

/* Start of the host in the authority [p, end): after the last '@'. */
static const char *host_start(const char *p, const char *end)
{
    const char *h = p;
    for (const char *q = p; q < end; q++)
        if (*q == '@')
            h = q + 1;
    return h;
}

/* ASCII only: the C library's classes follow the locale. */
static int ascii_alpha(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int scheme_char(int c)
{
    return ascii_alpha(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
}

/* Length of "scheme:" at the start of the n bytes s, or 0 when none. */
static size_t scheme_len(const char *s, size_t n)
{
    if (n == 0 || !ascii_alpha((unsigned char)s[0]))
        return 0;
    size_t i = 1;
    while (i < n && scheme_char((unsigned char)s[i]))
        i++;
    return i < n && s[i] == ':' ? i + 1 : 0;
}

/* Where the authority of s starts for libcurl: after "scheme:" and the one
 * to three slashes it skips. Without them, "user:pw@host" would read as
 * the scheme "user": 0. */
static size_t authority_start(const char *s, size_t n)
{
    size_t i = scheme_len(s, n);
    if (i == 0 || i == n || s[i] != '/')
        return 0;
    for (int k = 0; k < 3 && i < n && s[i] == '/'; k++)
        i++;
    return i;
}

/* What libcurl makes of the string s as a URL, read as when it is told to
 * fetch it: CURLUE_OK when it accepts it. */
static CURLUcode curl_parse(const char *s)
{
    CURLU *h = cli_curl()->url();
    if (!h)
        return CURLUE_OUT_OF_MEMORY;
    CURLUcode rc = cli_curl()->url_set(h, CURLUPART_URL, s, CURLU_NON_SUPPORT_SCHEME);
    cli_curl()->url_cleanup(h);
    return rc;
}

/* How much of a text is known when looking for its user info. */
enum extent {
    WHOLE,      /* all of it */
    CUT,        /* its start; no '@' in the rest */
    CUT_AT,     /* its start; the rest has an '@' */
};

/*
 * Where the user info ("user:password@") of the n bytes s is: [*from, *to),
 * *to just past the '@'. For a URL libcurl reads, it is what libcurl sends:
 * the authority (after the scheme and its slashes, up to the first '/', '?'
 * or '#') up to its first '@'. A password with a raw '/', '?' or '#' makes
 * a URL libcurl refuses, and then the user info cannot be told from the
 * rest: everything after the scheme up to the last '@' counts, and with an
 * '@' past a cut, everything after the scheme (*to = n). Better to hide too
 * much than a password. s[n] must be '\0' when the extent is WHOLE. Returns
 * 0 when there is none.
 */
static int user_info(const char *s, size_t n, enum extent x, size_t *from, size_t *to)
{
    size_t start = authority_start(s, n);
    *from = start;
    if (x == CUT_AT) {
        *to = n;
        return 1;
    }
    const char *at = NULL;
    if (x == WHOLE && !memchr(s, '\0', n) && curl_parse(s) == CURLUE_OK) {
        at = memchr(s + start, '@', strcspn(s + start, "/?#"));
    } else {
        for (size_t i = start; i < n; i++)
            if (s[i] == '@')
                at = s + i;
    }
    if (!at)
        return 0;
    *to = (size_t)(at - s) + 1;
    return 1;
}

/* The n bytes s with [from, to) replaced by rep; *len set to the length
 * (the copy may hold NULs when s does). A new string the caller frees, or
 * NULL when out of memory. */
static char *splice(const char *s, size_t n, size_t from, size_t to, const char *rep,
                    size_t *len)
{
    size_t r = strlen(rep);
    *len = from + r + (n - to);
    char *out = malloc(*len + 1);
    if (!out)
        return NULL;
    memcpy(out, s, from);
    memcpy(out + from, rep, r);
    memcpy(out + from + r, s + to, n - to);
    out[*len] = '\0';
    return out;
}

/* The n bytes s, user info redacted as "***@" ("***" past a cut). */
static char *redact_bytes(const char *s, size_t n, enum extent x, size_t *len)
{
    size_t from, to;
    if (!user_info(s, n, x, &from, &to))
        return splice(s, n, n, n, "", len);
    return splice(s, n, from, to, x == CUT_AT ? "***" : "***@", len);
}

/* Why a URL's bytes are not usable, or NULL when they are. */
static const char *bad_bytes(const char *url)
{
    const unsigned char *p = (const unsigned char *)url;
    size_t n = strlen(url);
    for (size_t i = 0; i < n;) {
        if (p[i] == ' ')
            return "contains a space";
        if (cli_is_control(p + i, n - i))
            return "contains a control character";
        size_t len = cli_utf8_char(p + i, n - i);
        if (len == 0)
            return "contains bytes that are not UTF-8";
        i += len;
    }
    return NULL;
}

/* Says why url is not http(s) without echoing a user name: "u:p@host"
 * reads as the scheme "u", so a scheme is named only when "//" follows it
 * or the text has no '@'. */
static void not_web(const char *url, char *err, size_t errsize)
{
    size_t n = scheme_len(url, strlen(url));
    if (n > 1 && n <= 32 && (strncmp(url + n, "//", 2) == 0 || !strchr(url, '@')))
        snprintf(err, errsize, "unsupported scheme '%.*s' (only http and https)", (int)n - 1,
                 url);
    else
        snprintf(err, errsize, "not an absolute http or https URL");
}

int cli_url_check(const char *url, char *err, size_t errsize)
{
    if (!cli_url_is_web(url)) {
        not_web(url, err, errsize);
        return -1;
    }
    const char *bad = bad_bytes(url);
    if (bad) {
        snprintf(err, errsize, "%s", bad);
        return -1;
    }
    if (strlen(url) > CLI_URL_MAX_LINE) {
        snprintf(err, errsize, "longer than %d bytes", CLI_URL_MAX_LINE);
        return -1;
    }
    const char *auth = url + prefix_len(url);
    const char *end = authority_end(auth);
    const char *host = host_start(auth, end);
    if (host == end || *host == ':') {
        snprintf(err, errsize, "no host");
        return -1;
    }
    /* What is fetched is what libcurl makes of the URL: refuse what it
     * cannot read now, with the line number, not at fetch time. */
    CURLUcode rc = curl_parse(url);
    if (rc != CURLUE_OK) {
        snprintf(err, errsize, "not a URL libcurl accepts: %s", cli_curl()->url_strerror(rc));
        return -1;
    }
    return 0;
}

/* url without its user info: a new string the caller frees, or NULL when
 * out of memory. */
static char *plain_url(const char *url)
{
    size_t n = strlen(url), from, to, len;
    if (!user_info(url, n, WHOLE, &from, &to))
        return strdup(url);
    return splice(url, n, from, to, "", &len);
}

int cli_url_host(const char *url, char *out, size_t outsize)
{
    const char *auth = url + prefix_len(url);
    const char *end = authority_end(auth);
    const char *host = host_start(auth, end);
    size_t n = (size_t)(end - host);
    if (n + 1 > outsize)
        return -1;
    for (size_t i = 0; i < n; i++)
        out[i] = (char)tolower((unsigned char)host[i]);
    out[n] = '\0';
    return 0;
}

char *cli_url_redact(const char *url)
{
    size_t len;
    return url ? redact_bytes(url, strlen(url), WHOLE, &len) : NULL;
}

/* FNV-1a of n more bytes, from the hash h so far. */
static unsigned long long fnv(unsigned long long h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

#define FNV_START 0xcbf29ce484222325ULL

unsigned long long cli_url_hash(const char *s)
{
    return fnv(FNV_START, s, strlen(s));
}

unsigned long long cli_url_key(const char *url)
{
    size_t n = strlen(url), from, to;
    if (!user_info(url, n, WHOLE, &from, &to))
        return cli_url_hash(url);
    return fnv(fnv(FNV_START, url, from), url + to, n - to);
}

static int name_char(int c)
{
    return isalnum(c) || c == '.' || c == '_' || c == '-';
}

/* Appends src[0, n) to slug (capacity SLUG_MAX + 1) as safe characters:
 * every run of other characters becomes one '_'. */
static void slug_append(char *slug, size_t *len, const char *src, size_t n)
{
    for (size_t i = 0; i < n && *len < SLUG_MAX; i++) {
        unsigned char c = (unsigned char)src[i];
        if (name_char(c) && c < 0x80)
            slug[(*len)++] = (char)c;
        else if (*len > 0 && slug[*len - 1] != '_')
            slug[(*len)++] = '_';
    }
    slug[*len] = '\0';
}

static void strip_ending(char *s, size_t *len, const char *ending)
{
    size_t n = strlen(ending);
    if (*len > n && strcasecmp(s + *len - n, ending) == 0)
        s[*len -= n] = '\0';
}

char *cli_url_file_name(const char *url, const char *ext)
{
    char slug[SLUG_MAX + 1];
    size_t len = 0;
    slug[0] = '\0';
    size_t pre = prefix_len(url);
    const char *auth = url + pre;
    const char *end = authority_end(auth);
    const char *host = host_start(auth, end);
    char hostbuf[256] = "";
    size_t hn = (size_t)(end - host);
    if (hn >= sizeof hostbuf)
        hn = sizeof hostbuf - 1;
    for (size_t i = 0; i < hn; i++)
        hostbuf[i] = (char)tolower((unsigned char)host[i]);
    slug_append(slug, &len, hostbuf, hn);
    const char *path = end;
    size_t pn = strcspn(path, "?#");
    if (pn > 1) {
        if (len > 0 && slug[len - 1] != '_' && len < SLUG_MAX)
            slug[len++] = '_';
        slug_append(slug, &len, path + 1, pn - 1);
    }
    /* Trim what makes names ugly or unsafe at either end. */
    while (len > 0 && (slug[len - 1] == '_' || slug[len - 1] == '.' || slug[len - 1] == '-'))
        slug[--len] = '\0';
    strip_ending(slug, &len, ".html");
    strip_ending(slug, &len, ".htm");
    size_t start = 0;
    while (start < len && (slug[start] == '.' || slug[start] == '_' || slug[start] == '-'))
        start++;
    const char *stem = start < len ? slug + start : "page";
    size_t need = strlen(stem) + 1 + 12 + strlen(ext) + 1;
    char *name = malloc(need);
    if (name)
        snprintf(name, need, "%s-%012llx%s", stem, cli_url_key(url) & 0xffffffffffffULL, ext);
    return name;
}

void cli_url_list_init(cli_url_list *list)
{
    memset(list, 0, sizeof *list);
}

void cli_url_list_free(cli_url_list *list)
{
    for (size_t i = 0; i < list->count; i++) {
        free(list->items[i].url);
        free(list->items[i].plain);
        free(list->items[i].key);
    }
    for (size_t i = 0; i < list->invalid; i++) {
        free(list->rejected[i].text);
        free(list->rejected[i].why);
    }
    free(list->rejected);
    free(list->items);
    free(list->slots);
    memset(list, 0, sizeof *list);
}

/* Turns each "%XX" of s in place into the character when it is unreserved
 * (RFC 3986: letters, digits, "-._~"), and writes the hex digits of the
 * others in upper case: two spellings of one URL, one string. */
static void normalize_escapes(char *s)
{
    static const char hex[] = "0123456789ABCDEF";
    char *out = s;
    for (const char *p = s; *p;) {
        if (p[0] == '%' && isxdigit((unsigned char)p[1]) && isxdigit((unsigned char)p[2])) {
            char digits[3] = {p[1], p[2], '\0'};
            int c = (int)strtol(digits, NULL, 16);
            if (ascii_alpha(c) || (c >= '0' && c <= '9') || strchr("-._~", c)) {
                *out++ = (char)c;
            } else {
                *out++ = '%';
                *out++ = hex[c >> 4];
                *out++ = hex[c & 15];
            }
            p += 3;
        } else {
            *out++ = *p++;
        }
    }
    *out = '\0';
}

/* The host of h in lower case (ASCII letters; an IDN is left as it is). */
static CURLUcode lower_host(CURLU *h)
{
    char *host;
    CURLUcode rc = cli_curl()->url_get(h, CURLUPART_HOST, &host, 0);
    if (rc != CURLUE_OK)
        return rc;
    for (char *p = host; *p; p++)
        if (*p >= 'A' && *p <= 'Z')
            *p = (char)(*p - 'A' + 'a');
    rc = cli_curl()->url_set(h, CURLUPART_HOST, host, 0);
    cli_curl()->free(host);
    return rc;
}

/* h without what does not change the resource fetched: user info, login
 * options and fragment. */
static CURLUcode strip_parts(CURLU *h)
{
    static const CURLUPart parts[] = {CURLUPART_USER, CURLUPART_PASSWORD, CURLUPART_OPTIONS,
                                      CURLUPART_FRAGMENT};
    CURLUcode rc = CURLUE_OK;
    for (size_t i = 0; i < DCX_COUNTOF(parts) && rc == CURLUE_OK; i++)
        rc = cli_curl()->url_set(h, parts[i], NULL, 0);
    return rc;
}

char *cli_url_normalize(const char *url)
{
    CURLU *h = cli_curl()->url();
    if (!h)
        return NULL;
    char *u = NULL, *out = NULL;
    if (cli_curl()->url_set(h, CURLUPART_URL, url, CURLU_NON_SUPPORT_SCHEME) == CURLUE_OK &&
        strip_parts(h) == CURLUE_OK && lower_host(h) == CURLUE_OK &&
        cli_curl()->url_get(h, CURLUPART_URL, &u, CURLU_NO_DEFAULT_PORT) == CURLUE_OK) {
        out = strdup(u);
        if (out)
            normalize_escapes(out);
    }
    cli_curl()->free(u);
    cli_curl()->url_cleanup(h);
    return out;
}

/* What tells an entry's repeats: its normalised URL. */
static const char *key_of(const void *items, size_t i)
{
    return ((const cli_url_entry *)items)[i].key;
}

static int grow_slots(cli_url_list *list)
{
    size_t n = list->nslots ? list->nslots * 2 : 1024;
    if (cli_slots_rebuild(&list->slots, n, list->items, list->count, key_of) != 0)
        return -1;
    list->nslots = n;
    return 0;
}

/* The slot for key (a normalised URL): holding its item index + 1 when
 * present, else empty. */
static size_t *find_slot(cli_url_list *list, const char *key)
{
    return cli_slots_find(list->slots, list->nslots, key, list->items, key_of);
}

/* What is shown of the n bytes s of a line: redacted first (on the whole
 * of what is known of it), then escaped and cut to CLI_URL_SHOWN_MAX bytes.
 * A new string the caller frees, or NULL when out of memory. */
static char *shown_text(const char *s, size_t n, enum extent x)
{
    size_t len;
    char *r = redact_bytes(s, n, x, &len);
    char *shown = r ? cli_escape(r, len, CLI_URL_SHOWN_MAX) : NULL;
    free(r);
    return shown;
}

static void report(const char *name, size_t line, const char *shown, const char *why)
{
    if (line)
        cli_error("%s:%zu: %s: %s", name, line, why, shown);
    else
        cli_error("%s: %s", shown, why);
}

/* Reports, counts and keeps the n bytes s of a line (or argument) that is
 * no usable URL. Returns 0, or -1 when out of memory. */
static int reject(cli_url_list *list, const char *name, size_t line, const char *s, size_t n,
                  enum extent x, const char *why)
{
    char *shown = shown_text(s, n, x);
    if (!shown)
        return -1;
    report(name, line, shown, why);
    if (list->invalid == list->rejected_cap) {
        cli_url_rejected *r = dcx_grow(list->rejected, &list->rejected_cap, sizeof *r, 16);
        if (!r) {
            free(shown);
            return -1;
        }
        list->rejected = r;
    }
    cli_url_rejected *r = &list->rejected[list->invalid];
    r->text = shown;
    r->why = strdup(why);
    r->line = line;
    r->seq = list->seq++;
    list->invalid++;
    return r->why ? 0 : -1;
}

/* Reports a repeat of an entry: the same URL once its user info is gone.
 * Returns 0, or -1 when out of memory. */
static int repeated(cli_url_list *list, const char *name, size_t line, const char *url,
                    size_t first)
{
    char why[64];
    snprintf(why, sizeof why, "repeats line %zu, skipped", first);
    char *shown = shown_text(url, strlen(url), WHOLE);
    if (!shown)
        return -1;
    report(name, line, shown, first ? why : "repeated, skipped");
    free(shown);
    list->duplicates++;
    return 0;
}

/* Fills a new entry for url: its copy, the URL without user info when
 * it has some, its key. Returns 0, or -1 (nothing kept) when out of
 * memory. */
static int make_entry(cli_url_entry *e, const char *url)
{
    memset(e, 0, sizeof *e);
    e->url = strdup(url);
    e->plain = plain_url(url);
    /* libcurl reads every URL that got here; should it not, the URL
     * without its user info is its own key. */
    e->key = cli_url_normalize(url);
    if (!e->key && e->plain)
        e->key = strdup(e->plain);
    if (!e->url || !e->plain || !e->key) {
        free(e->url);
        free(e->plain);
        free(e->key);
        return -1;
    }
    if (strcmp(e->plain, url) == 0) {
        free(e->plain);
        e->plain = NULL;
    }
    return 0;
}

int cli_url_list_add(cli_url_list *list, const char *name, size_t line, const char *url)
{
    char err[DCX_ERRSIZE];
    if (cli_url_check(url, err, sizeof err) != 0)
        return reject(list, name, line, url, strlen(url), WHOLE, err);
    if ((list->count + 1) * 2 > list->nslots && grow_slots(list) != 0)
        return -1;
    cli_url_entry e;
    if (make_entry(&e, url) != 0)
        return -1;
    size_t *slot = find_slot(list, e.key);
    if (*slot) {
        free(e.url);
        free(e.plain);
        free(e.key);
        return repeated(list, name, line, url, list->items[*slot - 1].line);
    }
    if (list->count == list->cap) {
        cli_url_entry *items = dcx_grow(list->items, &list->cap, sizeof *items, 64);
        if (!items) {
            free(e.url);
            free(e.plain);
            free(e.key);
            return -1;
        }
        list->items = items;
    }
    e.line = line;
    e.seq = list->seq++;
    list->items[list->count++] = e;
    *slot = list->count;
    return 0;
}

/* The bytes of a line kept: a URL of the longest, and a byte order mark. */
#define LINE_KEPT (CLI_URL_MAX_LINE + 3)

/* One line of a list as read. */
typedef struct line_in {
    char buf[LINE_KEPT + 1]; /* its first bytes, NUL-terminated */
    size_t len;       /* its length, without the newline and a CR before it */
    size_t kept;      /* bytes in buf: len, or LINE_KEPT when longer */
    int at_past_cut;  /* an '@' among the bytes not kept */
} line_in;

/*
 * Reads the next line of f: its bytes up to the newline, whatever they are
 * (a NUL does not end it), keeping LINE_KEPT of them at most, so an
 * overlong line costs no memory and ends at its own newline. A CR before
 * the newline (or the end of the file) is no part of the line. Returns 0,
 * or -1 at the end of the file or on a read error.
 */
static int read_line(FILE *f, line_in *l)
{
    size_t n = 0;
    int c, last = EOF;
    l->at_past_cut = 0;
    while ((c = getc(f)) != EOF && c != '\n') {
        if (n < LINE_KEPT)
            l->buf[n] = (char)c;
        else if (c == '@')
            l->at_past_cut = 1;
        n++;
        last = c;
    }
    if (c == EOF && n == 0)
        return -1;
    if (last == '\r')
        n--;
    l->len = n;
    l->kept = n < LINE_KEPT ? n : LINE_KEPT;
    l->buf[l->kept] = '\0';
    return 0;
}

/* Skips, rejects or adds line number line of a list. Returns 0, or -1 when
 * out of memory. */
static int take_line(cli_url_list *list, const char *name, size_t line, line_in *l)
{
    char *s = l->buf;
    size_t n = l->kept, len = l->len;
    /* Some editors start a file with a UTF-8 byte order mark: no part of
     * the first URL. Anywhere else it is a character like any other. */
    if (line == 1 && n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
        s += 3;
        n -= 3;
        len -= 3;
    }
    if (len > CLI_URL_MAX_LINE) {
        char why[64];
        snprintf(why, sizeof why, "line longer than %d bytes, skipped", CLI_URL_MAX_LINE);
        return reject(list, name, line, s, n, l->at_past_cut ? CUT_AT : CUT, why);
    }
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    while (n > 0 && (*s == ' ' || *s == '\t')) {
        s++;
        n--;
    }
    s[n] = '\0';
    if (n == 0 || *s == '#')
        return 0;
    if (memchr(s, '\0', n))
        return reject(list, name, line, s, n, WHOLE, "contains a NUL byte");
    return cli_url_list_add(list, name, line, s);
}

int cli_url_list_read(cli_url_list *list, FILE *f, const char *name)
{
    line_in *l = malloc(sizeof *l);
    int rc = l ? 0 : -1;
    size_t line = 0;
    while (rc == 0 && read_line(f, l) == 0)
        rc = take_line(list, name, ++line, l);
    free(l);
    if (rc != 0) {
        cli_error("out of memory");
        return -1;
    }
    if (ferror(f)) {
        cli_error("cannot read %s: %s", name, strerror(errno));
        return -1;
    }
    return 0;
}

char *cli_url_redact_text(const char *text)
{
    size_t n = strlen(text);
    /* Each redaction takes 4 bytes at least ("://@") and adds 3 at most. */
    char *out = malloc(2 * n + 1);
    if (!out)
        return NULL;
    size_t len = 0, i = 0;
    const char *sep;
    while ((sep = strstr(text + i, "://"))) {
        size_t a = (size_t)(sep - text) + 3;
        size_t end = a + strcspn(text + a, " \t\r\n\"'<>");
        const char *at = NULL;
        for (size_t k = a; k < end; k++)
            if (text[k] == '@')
                at = text + k;
        memcpy(out + len, text + i, a - i);
        len += a - i;
        i = a;
        if (at) {
            memcpy(out + len, "***@", 4);
            len += 4;
            i = (size_t)(at - text) + 1;
        }
    }
    memcpy(out + len, text + i, n - i);
    len += n - i;
    /* Servers write parts of it (a Content-Type, a status line): no escape
     * sequence of theirs reaches a terminal or the manifest. */
    char *safe = cli_escape(out, len, 4 * len);
    free(out);
    return safe;
}
