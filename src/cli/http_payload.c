#include "http_payload.h"

#include <brotli/decode.h>
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>

/* Encodings stacked on one body ("gzip, br"): more is not seen in the wild. */
#define MAX_ENCODINGS 4
#define OUT_CHUNK (64 * 1024)

/* ---------------------------------------------------------------- header */

/* Copies the value of a header line "Name: value" (trimmed) into out when
 * the name is name. */
static int header_value(const char *line, size_t len, const char *name, char *out, size_t outsize)
{
    size_t n = strlen(name);
    if (len <= n || line[n] != ':' || strncasecmp(line, name, n) != 0)
        return 0;
    const char *v = line + n + 1, *end = line + len;
    while (v < end && (*v == ' ' || *v == '\t'))
        v++;
    while (end > v && (end[-1] == ' ' || end[-1] == '\t'))
        end--;
    size_t vlen = (size_t)(end - v) < outsize - 1 ? (size_t)(end - v) : outsize - 1;
    memcpy(out, v, vlen);
    out[vlen] = '\0';
    return 1;
}

/* Does the comma-separated list hold token (in any case)? */
static int has_token(const char *list, const char *token)
{
    size_t n = strlen(token);
    for (const char *p = list; *p;) {
        p += strspn(p, " \t,");
        size_t len = strcspn(p, " \t,;");
        if (len == n && strncasecmp(p, token, n) == 0)
            return 1;
        p += len;
        p += strcspn(p, ",");
    }
    return 0;
}

/* "HTTP/1.1 200 OK": the status, or -1. */
static int status_line(const char *line, size_t len)
{
    if (len < 12 || strncmp(line, "HTTP/", 5) != 0)
        return -1;
    const char *sp = memchr(line, ' ', len);
    if (!sp || (size_t)(sp - line) + 4 > len)
        return -1;
    if (!isdigit((unsigned char)sp[1]) || !isdigit((unsigned char)sp[2]) ||
        !isdigit((unsigned char)sp[3]) || sp[1] == '0')
        return -1;
    if ((size_t)(sp - line) + 4 < len && sp[4] != ' ' && sp[4] != '\r')
        return -1;
    return (sp[1] - '0') * 100 + (sp[2] - '0') * 10 + (sp[3] - '0');
}

int cli_http_parse_head(const char *block, size_t len, cli_http_head *h)
{
    memset(h, 0, sizeof *h);
    const char *p = block, *end = block + len;
    int first = 1;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            return -1;
        size_t llen = (size_t)(nl - p);
        if (llen > 0 && p[llen - 1] == '\r')
            llen--;
        if (first) {
            if ((h->status = status_line(p, llen)) < 0)
                return -1;
            first = 0;
        } else if (llen == 0) {
            h->body_offset = (size_t)(nl + 1 - block);
            return 0;
        } else {
            char te[CLI_HTTP_FIELD_MAX];
            header_value(p, llen, "Content-Type", h->content_type, sizeof h->content_type);
            header_value(p, llen, "Content-Encoding", h->content_encoding,
                         sizeof h->content_encoding);
            if (header_value(p, llen, "Transfer-Encoding", te, sizeof te))
                h->chunked = has_token(te, "chunked");
        }
        p = nl + 1;
    }
    return -1;
}

/* The media type alone ("text/html" of "text/html; charset=utf-8"). */
static int media_type_is(const char *ct, const char *type)
{
    while (*ct == ' ' || *ct == '\t')
        ct++;
    size_t n = strlen(type);
    return strncasecmp(ct, type, n) == 0 &&
           (ct[n] == '\0' || ct[n] == ';' || ct[n] == ' ' || ct[n] == '\t');
}

int cli_http_is_html(const char *content_type)
{
    return media_type_is(content_type, "text/html") ||
           media_type_is(content_type, "application/xhtml+xml");
}

/* ---------------------------------------------------------------- output */

/* Bytes decoded so far, at most max. */
typedef struct outbuf {
    char *data;
    size_t len, cap, max;
} outbuf;

static int fail(char *err, size_t errsize, const char *why)
{
    snprintf(err, errsize, "%s", why);
    return -1;
}

/* Room for need more bytes; -1 when over max or out of memory (err says). */
static int reserve(outbuf *o, size_t need, char *err, size_t errsize)
{
    if (need > o->max - o->len) {
        snprintf(err, errsize, "decoded body larger than %zu bytes (--max-size)", o->max);
        return -1;
    }
    if (o->len + need + 1 <= o->cap)
        return 0;
    size_t cap = o->cap ? o->cap : OUT_CHUNK;
    while (cap < o->len + need + 1)
        cap *= 2;
    char *bigger = realloc(o->data, cap);
    if (!bigger)
        return fail(err, errsize, "out of memory");
    o->data = bigger;
    o->cap = cap;
    return 0;
}

static int append(outbuf *o, const char *p, size_t n, char *err, size_t errsize)
{
    if (reserve(o, n, err, errsize) != 0)
        return -1;
    memcpy(o->data + o->len, p, n);
    o->len += n;
    return 0;
}

/* ---------------------------------------------------------------- chunked */

/* The size on a chunk line at p ("1a3;ext"), the line's end in *next; -1
 * when the line is not one. */
static long long chunk_size(const char *p, const char *end, const char **next)
{
    long long size = 0;
    const char *q = p;
    while (q < end && isxdigit((unsigned char)*q) && q - p < 15) {
        int c = tolower((unsigned char)*q);
        size = size * 16 + (isdigit(c) ? c - '0' : c - 'a' + 10);
        q++;
    }
    if (q == p)
        return -1;
    const char *nl = memchr(q, '\n', (size_t)(end - q));
    if (!nl || (q < end && *q != ';' && *q != ' ' && *q != '\t' && *q != '\r'))
        return -1;
    *next = nl + 1;
    return size;
}

/* De-chunks body into o. A body cut inside a chunk (a crawler's truncated
 * record) keeps what there is. Returns 1 when the body is not chunked. */
static int dechunk(const char *body, size_t len, outbuf *o, char *err, size_t errsize)
{
    const char *p = body, *end = body + len;
    for (int first = 1; p < end; first = 0) {
        const char *data;
        long long size = chunk_size(p, end, &data);
        if (size < 0) {
            if (first)
                return 1;
            return fail(err, errsize, "broken chunked body");
        }
        if (size == 0)
            return 0;
        size_t n = (size_t)size < (size_t)(end - data) ? (size_t)size : (size_t)(end - data);
        if (append(o, data, n, err, errsize) != 0)
            return -1;
        p = data + n;
        if (p < end && *p == '\r')
            p++;
        if (p < end && *p == '\n')
            p++;
    }
    return 0;
}

/* ---------------------------------------------------------------- codings */

/* Inflates in (zlib's window bits say gzip, zlib or raw deflate) into o.
 * A stream cut short keeps what came out. */
static int inflate_into(const char *in, size_t len, int window_bits, outbuf *o, char *err,
                        size_t errsize)
{
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    if (inflateInit2(&zs, window_bits) != Z_OK)
        return fail(err, errsize, "out of memory");
    zs.next_in = (Bytef *)(uintptr_t)in;
    zs.avail_in = (uInt)len;
    int rc = Z_OK, over = 0;
    while (rc == Z_OK && !over) {
        size_t room = o->max - o->len < OUT_CHUNK ? o->max - o->len : OUT_CHUNK;
        unsigned char probe;
        if (reserve(o, room, err, errsize) != 0)
            break;
        /* At max, one byte more would be too many: probe for it. */
        zs.next_out = room ? (Bytef *)o->data + o->len : &probe;
        zs.avail_out = room ? (uInt)room : 1;
        uInt before = zs.avail_out;
        rc = inflate(&zs, Z_NO_FLUSH);
        if (room)
            o->len += before - zs.avail_out;
        else
            over = zs.avail_out == 0;
        if (rc == Z_BUF_ERROR && zs.avail_in == 0)
            rc = Z_STREAM_END; /* cut short: keep what came out */
    }
    inflateEnd(&zs);
    if (over)
        snprintf(err, errsize, "decoded body larger than %zu bytes (--max-size)", o->max);
    else if (rc == Z_STREAM_END)
        return 0;
    else if (rc != Z_OK)
        snprintf(err, errsize, "damaged compressed body (%s)", zs.msg ? zs.msg : "zlib error");
    return -1;
}

static int brotli_into(const char *in, size_t len, outbuf *o, char *err, size_t errsize)
{
    BrotliDecoderState *s = BrotliDecoderCreateInstance(NULL, NULL, NULL);
    if (!s)
        return fail(err, errsize, "out of memory");
    const uint8_t *next_in = (const uint8_t *)in;
    size_t avail_in = len;
    BrotliDecoderResult rc = BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT;
    int status = 0;
    while (rc == BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT) {
        size_t want = o->max - o->len < OUT_CHUNK ? o->max - o->len : OUT_CHUNK;
        if (want == 0) {
            snprintf(err, errsize, "decoded body larger than %zu bytes (--max-size)", o->max);
            status = -1;
            break;
        }
        if (reserve(o, want, err, errsize) != 0) {
            status = -1;
            break;
        }
        uint8_t *next_out = (uint8_t *)o->data + o->len;
        size_t avail_out = want;
        rc = BrotliDecoderDecompressStream(s, &avail_in, &next_in, &avail_out, &next_out, NULL);
        o->len += want - avail_out;
    }
    if (rc == BROTLI_DECODER_RESULT_ERROR)
        status = fail(err, errsize, "damaged compressed body (brotli)");
    BrotliDecoderDestroyInstance(s);
    return status;
}

/* Decodes in by one coding into a new buffer in o. */
static int decode_one(const char *coding, const char *in, size_t len, outbuf *o, char *err,
                      size_t errsize)
{
    if (strcasecmp(coding, "gzip") == 0 || strcasecmp(coding, "x-gzip") == 0)
        return inflate_into(in, len, 15 + 32, o, err, errsize);
    if (strcasecmp(coding, "deflate") == 0) {
        /* deflate is meant as zlib's format, but servers send raw deflate too. */
        if (inflate_into(in, len, 15 + 32, o, err, errsize) == 0)
            return 0;
        o->len = 0;
        return inflate_into(in, len, -15, o, err, errsize);
    }
    if (strcasecmp(coding, "br") == 0)
        return brotli_into(in, len, o, err, errsize);
    snprintf(err, errsize, "unsupported Content-Encoding '%.64s'", coding);
    return -1;
}

/* Splits "gzip, br" into its codings, identity left out; returns how many,
 * or -1 when there are too many. */
static int split_codings(const char *list, char names[][32])
{
    int n = 0;
    const char *p = list;
    while (*p) {
        p += strspn(p, " \t,");
        size_t len = strcspn(p, " \t,");
        if (len == 0)
            break;
        if (!(len == 8 && strncasecmp(p, "identity", 8) == 0)) {
            if (n == MAX_ENCODINGS)
                return -1;
            snprintf(names[n++], 32, "%.*s", (int)(len < 31 ? len : 31), p);
        }
        p += len;
    }
    return n;
}

/* Undoes the codings in o, last applied first. */
static int decode_codings(const char *codings, outbuf *o, char *err, size_t errsize)
{
    char names[MAX_ENCODINGS][32];
    int n = split_codings(codings, names);
    if (n < 0)
        return fail(err, errsize, "too many Content-Encodings");
    for (int i = n - 1; i >= 0; i--) {
        outbuf next = {NULL, 0, 0, o->max};
        int rc = decode_one(names[i], o->data ? o->data : "", o->len, &next, err, errsize);
        free(o->data);
        *o = next;
        if (rc != 0)
            return -1;
    }
    return 0;
}

int cli_http_is_encoded(const cli_http_head *h)
{
    char names[MAX_ENCODINGS][32];
    return h->chunked || split_codings(h->content_encoding, names) != 0;
}

int cli_http_decode_body(const cli_http_head *h, const char *body, size_t len, size_t max,
                         char **out, size_t *out_len, char *err, size_t errsize)
{
    outbuf o = {NULL, 0, 0, max};
    int rc = h->chunked ? dechunk(body, len, &o, err, errsize) : 1;
    if (rc == 1) /* not chunked */
        rc = append(&o, body, len, err, errsize);
    if (rc == 0)
        rc = decode_codings(h->content_encoding, &o, err, errsize);
    if (rc == 0)
        rc = reserve(&o, 0, err, errsize);
    if (rc != 0) {
        free(o.data);
        return -1;
    }
    o.data[o.len] = '\0';
    *out = o.data;
    *out_len = o.len;
    return 0;
}
