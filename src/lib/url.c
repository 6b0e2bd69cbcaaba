#include "url.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "buf.h"

size_t dci_url_scheme_len(const char *url)
{
    if (!isalpha((unsigned char)url[0]))
        return 0;
    size_t i = 1;
    while (isalnum((unsigned char)url[i]) || url[i] == '+' || url[i] == '-' || url[i] == '.')
        i++;
    return url[i] == ':' ? i + 1 : 0;
}

static int has_scheme(const char *url, const char *scheme)
{
    size_t len = strlen(scheme);
    return strncasecmp(url, scheme, len) == 0;
}

/* End of scheme://authority in url. */
static size_t authority_end(const char *url)
{
    size_t i = dci_url_scheme_len(url);
    if (url[i] == '/' && url[i + 1] == '/') {
        i += 2;
        while (url[i] && url[i] != '/' && url[i] != '?' && url[i] != '#')
            i++;
    }
    return i;
}

/* Removes "." and ".." segments from the path that starts at b->data[from]. */
static void remove_dot_segments(dci_buf *b, size_t from)
{
    if (b->failed || !b->data)
        return;
    char *path = b->data + from;
    size_t len = b->len - from;
    size_t out = 0;
    size_t i = 0;
    while (i < len) {
        size_t end = i + 1;
        while (end < len && path[end] != '/')
            end++;
        size_t seg = end - i;   /* includes the leading '/' */
        if (seg == 2 && path[i + 1] == '.') {
            if (end == len)
                path[out++] = '/';
        } else if (seg == 3 && path[i + 1] == '.' && path[i + 2] == '.') {
            while (out > 0 && path[out - 1] != '/')
                out--;
            if (out > 0)
                out--;
            if (end == len)
                path[out++] = '/';
        } else {
            memmove(path + out, path + i, seg);
            out += seg;
        }
        i = end;
    }
    b->len = from + out;
    b->data[b->len] = '\0';
}

static size_t path_query_end(const char *url)
{
    size_t i = authority_end(url);
    while (url[i] && url[i] != '?' && url[i] != '#')
        i++;
    return i;
}

static void join_relative(dci_buf *b, const char *base, const char *href)
{
    size_t auth = authority_end(base);
    if (href[0] == '/' && href[1] == '/') {
        dci_buf_put(b, base, dci_url_scheme_len(base));
        dci_buf_puts(b, href);
        return;
    }
    dci_buf_put(b, base, auth);
    size_t path_start = b->len;
    if (href[0] == '/') {
        dci_buf_puts(b, href);
    } else if (href[0] == '?' || href[0] == '#' || href[0] == '\0') {
        size_t end = path_query_end(base);
        if (href[0] != '?') {
            const char *frag = strchr(base + auth, '#');
            end = frag ? (size_t)(frag - base) : strlen(base);
        }
        b->len = 0;
        dci_buf_put(b, base, end);
        dci_buf_puts(b, href);
        return;
    } else {
        size_t end = path_query_end(base);
        size_t dir = end;
        while (dir > auth && base[dir - 1] != '/')
            dir--;
        if (dir == auth)
            dci_buf_putc(b, '/');
        else
            dci_buf_put(b, base + auth, dir - auth);
        dci_buf_puts(b, href);
    }
    size_t tail = b->len;
    for (size_t i = path_start; i < b->len; i++)
        if (b->data[i] == '?' || b->data[i] == '#') {
            tail = i;
            break;
        }
    if (tail == b->len) {
        remove_dot_segments(b, path_start);
        return;
    }
    dci_buf rest = DCI_BUF_INIT;
    dci_buf_put(&rest, b->data + tail, b->len - tail);
    b->len = tail;
    remove_dot_segments(b, path_start);
    dci_buf_put(b, rest.data, rest.len);
    dci_buf_free(&rest);
}

int dci_url_is_script(const char *href)
{
    if (!href)
        return 0;
    while (*href && isspace((unsigned char)*href))
        href++;
    return has_scheme(href, "javascript:") || has_scheme(href, "vbscript:");
}

int dci_opens_with_address(const char *text, size_t len)
{
    static const char *const prefixes[] = {"http://", "https://", "www."};
    for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++) {
        size_t n = strlen(prefixes[i]);
        if (len >= n && strncasecmp(text, prefixes[i], n) == 0)
            return 1;
    }
    return 0;
}

/* Whether p opens an address's scheme and slashes, as written or
 * percent-encoded: "http://", "https%3a%2f%2f". */
static int opens_embedded_address(const char *p)
{
    if (strncasecmp(p, "http", 4) != 0)
        return 0;
    p += 4;
    if (*p == 's' || *p == 'S')
        p++;
    if (*p == ':')
        p++;
    else if (strncasecmp(p, "%3a", 3) == 0)
        p += 3;
    else
        return 0;
    return strncmp(p, "//", 2) == 0 || strncasecmp(p, "%2f%2f", 6) == 0;
}

const char *dci_url_embedded(const char *href)
{
    if (!href)
        return NULL;
    while (isspace((unsigned char)*href))
        href++;
    if (!*href)
        return NULL;
    for (const char *p = href + 1; (p = strpbrk(p, "hH")); p++)
        if (opens_embedded_address(p))
            return p;
    return NULL;
}

int dci_url_redirects(const char *href)
{
    return dci_url_embedded(href) != NULL;
}

char *dci_url_resolve(dci_arena *a, const char *base, const char *href)
{
    while (*href && isspace((unsigned char)*href))
        href++;
    if (has_scheme(href, "javascript:") || has_scheme(href, "data:") ||
        has_scheme(href, "vbscript:"))
        return dci_arena_strndup(a, "", 0);
    if (dci_url_scheme_len(href) || !base || !dci_url_scheme_len(base))
        return dci_arena_strndup(a, href, strlen(href));
    dci_buf b = DCI_BUF_INIT;
    join_relative(&b, base, href);
    char *out = b.failed ? NULL : dci_arena_strndup(a, b.data ? b.data : "", b.len);
    dci_buf_free(&b);
    return out;
}

int dci_url_host(const char *url, const char **host, size_t *len)
{
    while (isspace((unsigned char)*url))
        url++;
    size_t i = dci_url_scheme_len(url);
    if (i && !has_scheme(url, "http:") && !has_scheme(url, "https:"))
        return 0;
    if (url[i] != '/' || url[i + 1] != '/')
        return 0;
    const char *start = url + i + 2;
    size_t n = strcspn(start, "/?#\\ \t\r\n");
    for (const char *at; (at = memchr(start, '@', n));) {
        n -= (size_t)(at + 1 - start);
        start = at + 1;
    }
    const char *port = memchr(start, ':', n);
    if (port)
        n = (size_t)(port - start);
    if (n > 4 && strncasecmp(start, "www.", 4) == 0) {
        start += 4;
        n -= 4;
    }
    *host = start;
    *len = n;
    return n > 0;
}

/* Whether host a (alen bytes) is b or a subdomain of b. */
static int host_within(const char *a, size_t alen, const char *b, size_t blen)
{
    if (alen < blen || strncasecmp(a + alen - blen, b, blen) != 0)
        return 0;
    return alen == blen || a[alen - blen - 1] == '.';
}

int dci_url_leaves_site(const char *href, const char *site, size_t site_len)
{
    const char *host;
    size_t len;
    if (!href || !site || !dci_url_host(href, &host, &len))
        return 0;
    return !host_within(host, len, site, site_len) && !host_within(site, site_len, host, len);
}
