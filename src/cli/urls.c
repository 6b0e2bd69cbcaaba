#include "urls.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "grow.h"

#define SLUG_MAX 96
#define ERRSIZE 256

int dc_url_is_web(const char *s)
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

int dc_url_check(const char *url, char *err, size_t errsize)
{
    if (!dc_url_is_web(url)) {
        size_t n = strcspn(url, ":/");
        if (url[n] == ':' && n > 0 && n < 32)
            snprintf(err, errsize, "unsupported scheme '%.*s' (only http and https)", (int)n,
                     url);
        else
            snprintf(err, errsize, "not an absolute http or https URL");
        return -1;
    }
    for (const unsigned char *p = (const unsigned char *)url; *p; p++) {
        if (*p == ' ') {
            snprintf(err, errsize, "contains a space");
            return -1;
        }
        if (*p < 0x20 || *p == 0x7f) {
            snprintf(err, errsize, "contains a control character");
            return -1;
        }
    }
    if (strlen(url) > DC_URL_MAX_LINE) {
        snprintf(err, errsize, "longer than %d bytes", DC_URL_MAX_LINE);
        return -1;
    }
    const char *auth = url + prefix_len(url);
    const char *end = authority_end(auth);
    const char *host = host_start(auth, end);
    if (host == end || *host == ':') {
        snprintf(err, errsize, "no host");
        return -1;
    }
    return 0;
}

int dc_url_host(const char *url, char *out, size_t outsize)
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

char *dc_url_redact(const char *url)
{
    if (!url)
        return NULL;
    size_t pre = prefix_len(url);
    const char *auth = url + pre;
    const char *end = pre ? authority_end(auth) : auth;
    const char *host = pre ? host_start(auth, end) : auth;
    if (host == auth)
        return strdup(url);
    size_t need = pre + 4 + strlen(host) + 1;
    char *s = malloc(need);
    if (s)
        snprintf(s, need, "%.*s***@%s", (int)pre, url, host);
    return s;
}

unsigned long long dc_url_hash(const char *s)
{
    unsigned long long h = 0xcbf29ce484222325ULL;
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 0x100000001b3ULL;
    }
    return h;
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

char *dc_url_file_name(const char *url, const char *ext)
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
        snprintf(name, need, "%s-%012llx%s", stem, dc_url_hash(url) & 0xffffffffffffULL, ext);
    return name;
}

void dc_url_list_init(dc_url_list *list)
{
    memset(list, 0, sizeof *list);
}

void dc_url_list_free(dc_url_list *list)
{
    for (size_t i = 0; i < list->count; i++)
        free(list->items[i].url);
    for (size_t i = 0; i < list->invalid; i++) {
        free(list->rejected[i].text);
        free(list->rejected[i].why);
    }
    free(list->rejected);
    free(list->items);
    free(list->slots);
    memset(list, 0, sizeof *list);
}

static int grow_slots(dc_url_list *list)
{
    size_t n = list->nslots ? list->nslots * 2 : 1024;
    size_t *slots = calloc(n, sizeof *slots);
    if (!slots)
        return -1;
    for (size_t i = 0; i < list->count; i++) {
        size_t s = (size_t)dc_url_hash(list->items[i].url) & (n - 1);
        while (slots[s])
            s = (s + 1) & (n - 1);
        slots[s] = i + 1;
    }
    free(list->slots);
    list->slots = slots;
    list->nslots = n;
    return 0;
}

/* The slot for url: holding its item index + 1 when present, else empty. */
static size_t *find_slot(dc_url_list *list, const char *url)
{
    size_t s = (size_t)dc_url_hash(url) & (list->nslots - 1);
    while (list->slots[s] && strcmp(list->items[list->slots[s] - 1].url, url) != 0)
        s = (s + 1) & (list->nslots - 1);
    return &list->slots[s];
}

static void report(const char *name, size_t line, const char *url, const char *why)
{
    char *shown = dc_url_redact(url);
    if (line)
        fprintf(stderr, "decruft: %s:%zu: %s: %.200s\n", name, line, why,
                shown ? shown : "(URL)");
    else
        fprintf(stderr, "decruft: %.200s: %s\n", shown ? shown : "(URL)", why);
    free(shown);
}

/* The first DC_URL_SHOWN_MAX bytes of s at most, not cutting a UTF-8
 * character, redacted; a new string, or NULL when out of memory. */
static char *shown_text(const char *s, size_t len)
{
    if (len > DC_URL_SHOWN_MAX) {
        len = DC_URL_SHOWN_MAX;
        while (len > 0 && ((unsigned char)s[len] & 0xC0) == 0x80)
            len--;
    }
    char *cut = strndup(s, len);
    char *shown = cut ? dc_url_redact(cut) : NULL;
    free(cut);
    return shown;
}

/* Counts and keeps a line that is no usable URL. Returns 0, or -1 when out
 * of memory. */
static int reject(dc_url_list *list, size_t line, const char *text, size_t len,
                  const char *why)
{
    if (list->invalid == list->rejected_cap) {
        dc_url_rejected *r = dc_grow(list->rejected, &list->rejected_cap, sizeof *r, 16);
        if (!r)
            return -1;
        list->rejected = r;
    }
    dc_url_rejected *r = &list->rejected[list->invalid];
    r->text = shown_text(text, len);
    r->why = strdup(why);
    r->line = line;
    r->seq = list->seq++;
    list->invalid++;
    return r->text && r->why ? 0 : -1;
}

int dc_url_list_add(dc_url_list *list, const char *name, size_t line, const char *url)
{
    char err[ERRSIZE];
    if (dc_url_check(url, err, sizeof err) != 0) {
        report(name, line, url, err);
        return reject(list, line, url, strlen(url), err);
    }
    if ((list->count + 1) * 2 > list->nslots && grow_slots(list) != 0)
        return -1;
    size_t *slot = find_slot(list, url);
    if (*slot) {
        char why[64];
        size_t first = list->items[*slot - 1].line;
        snprintf(why, sizeof why, "repeats line %zu, skipped", first);
        report(name, line, url, first ? why : "repeated, skipped");
        list->duplicates++;
        return 0;
    }
    if (list->count == list->cap) {
        dc_url_entry *items = dc_grow(list->items, &list->cap, sizeof *items, 64);
        if (!items)
            return -1;
        list->items = items;
    }
    char *copy = strdup(url);
    if (!copy)
        return -1;
    list->items[list->count].url = copy;
    list->items[list->count].line = line;
    list->items[list->count].seq = list->seq++;
    list->count++;
    *slot = list->count;
    return 0;
}

/* Reads the rest of an overlong line; returns the last character read. */
static int skip_line(FILE *f)
{
    int c;
    while ((c = getc(f)) != EOF && c != '\n')
        ;
    return c;
}

int dc_url_list_read(dc_url_list *list, FILE *f, const char *name)
{
    char buf[DC_URL_MAX_LINE + 2];
    size_t line = 0;
    while (fgets(buf, sizeof buf, f)) {
        line++;
        size_t len = strlen(buf);
        if (len == sizeof buf - 1 && buf[len - 1] != '\n') {
            skip_line(f);
            char why[64];
            snprintf(why, sizeof why, "line longer than %d bytes, skipped", DC_URL_MAX_LINE);
            fprintf(stderr, "decruft: %s:%zu: %s\n", name, line, why);
            if (reject(list, line, buf, len, why) != 0) {
                fprintf(stderr, "decruft: out of memory\n");
                return -1;
            }
            continue;
        }
        while (len > 0 && (buf[len - 1] == '\n' || buf[len - 1] == '\r' || buf[len - 1] == ' ' ||
                           buf[len - 1] == '\t'))
            buf[--len] = '\0';
        char *s = buf;
        while (*s == ' ' || *s == '\t')
            s++;
        if (*s == '\0' || *s == '#')
            continue;
        if (dc_url_list_add(list, name, line, s) != 0) {
            fprintf(stderr, "decruft: out of memory\n");
            return -1;
        }
    }
    if (ferror(f)) {
        fprintf(stderr, "decruft: cannot read %s: %s\n", name, strerror(errno));
        return -1;
    }
    return 0;
}
