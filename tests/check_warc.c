/* Unit tests of the WARC reader (src/cli/warc.c) and of the HTTP payload
 * decoder (src/cli/http_payload.c): records from plain, gzip-per-record and
 * whole-file gzip input, read whole or a byte at a time; damage and cuts at
 * every byte; chunked and compressed bodies. */
#include <brotli/encode.h>
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "http_payload.h"
#include "warc.h"

/* ---------------------------------------------------------------- helpers */

typedef struct bytes {
    unsigned char *p;
    size_t len;
} bytes;

static void put(bytes *b, const void *p, size_t n)
{
    b->p = realloc(b->p, b->len + n + 1);
    ck_assert_ptr_nonnull(b->p);
    memcpy(b->p + b->len, p, n);
    b->len += n;
}

/* One record: its header and block, and the blank line after it. */
static bytes record(const char *type, const char *uri, const char *block)
{
    bytes b = {NULL, 0};
    char head[512];
    int n = snprintf(head, sizeof head,
                     "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%s>\r\n"
                     "WARC-Date: 2024-01-02T03:04:05Z\r\nWARC-Target-URI: %s\r\n"
                     "Content-Type: application/http; msgtype=%s\r\nContent-Length: %zu\r\n\r\n",
                     type, uri, uri, type, strlen(block));
    put(&b, head, (size_t)n);
    put(&b, block, strlen(block));
    put(&b, "\r\n\r\n", 4);
    return b;
}

static bytes gzip_of(const unsigned char *p, size_t len)
{
    bytes out = {malloc(len + 128), 0};
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    ck_assert_int_eq(deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
    zs.next_in = (unsigned char *)p;
    zs.avail_in = (uInt)len;
    zs.next_out = out.p;
    zs.avail_out = (uInt)(len + 128);
    ck_assert_int_eq(deflate(&zs, Z_FINISH), Z_STREAM_END);
    out.len = zs.total_out;
    deflateEnd(&zs);
    return out;
}

#define NREC 3
static const char *const uris[NREC] = {"http://a/1", "http://a/2", "http://a/3"};
static const char *const blocks[NREC] = {
    "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>one</p>",
    "GET /2 HTTP/1.1\r\nHost: a\r\n\r\n",
    "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>three\r\nWARC/1.0 in text</p>",
};
static const char *const types[NREC] = {"response", "request", "response"};

enum { PLAIN, PER_RECORD, WHOLE };

/* A file of the three records; offsets[i] where record i starts (and
 * offsets[NREC] the size). */
static bytes build(int mode, size_t offsets[NREC + 1])
{
    bytes file = {NULL, 0}, all = {NULL, 0};
    for (int i = 0; i < NREC; i++) {
        bytes r = record(types[i], uris[i], blocks[i]);
        offsets[i] = mode == WHOLE ? 0 : file.len;
        if (mode == PER_RECORD) {
            bytes z = gzip_of(r.p, r.len);
            put(&file, z.p, z.len);
            free(z.p);
        } else {
            put(&file, r.p, r.len);
        }
        put(&all, r.p, r.len);
        free(r.p);
    }
    if (mode == WHOLE) {
        free(file.p);
        file = gzip_of(all.p, all.len);
    }
    free(all.p);
    offsets[NREC] = file.len;
    return file;
}

/* A source of bytes in memory, step bytes a read. */
typedef struct mem_src {
    const unsigned char *p;
    size_t len, off, step;
} mem_src;

static ssize_t mem_read(void *ctx, void *buf, size_t n)
{
    mem_src *m = ctx;
    size_t k = m->len - m->off;
    k = k < n ? k : n;
    k = k < m->step ? k : m->step;
    memcpy(buf, m->p + m->off, k);
    m->off += k;
    return (ssize_t)k;
}

/* What a reader gave: the URIs of the records read whole, the errors. */
typedef struct outcome {
    int nrec;
    char uris[16][64];
    char blocks[16][128];
    unsigned long long offsets[16];
    int nerr;
    char errs[8][256];
} outcome;

static void run(const unsigned char *p, size_t len, size_t step, size_t prefix, size_t max,
                outcome *o)
{
    memset(o, 0, sizeof *o);
    mem_src m = {p, len, prefix < len ? prefix : len, step};
    cli_warc *w = cli_warc_new("t.warc", mem_read, &m, p, m.off);
    ck_assert_ptr_nonnull(w);
    cli_warc_record rec;
    int rc, guard = 0;
    while ((rc = cli_warc_next(w, &rec)) != 0) {
        ck_assert_int_lt(++guard, 100);
        if (rc < 0) {
            if (o->nerr < 8)
                snprintf(o->errs[o->nerr], sizeof o->errs[0], "%s", cli_warc_error(w));
            o->nerr++;
            continue;
        }
        char *data;
        size_t dlen;
        char uri[64];
        snprintf(uri, sizeof uri, "%s", rec.target_uri);
        unsigned long long off = rec.offset;
        rc = cli_warc_block(w, max, &data, &dlen);
        if (rc < 0) {
            if (o->nerr < 8)
                snprintf(o->errs[o->nerr], sizeof o->errs[0], "%s", cli_warc_error(w));
            o->nerr++;
            continue;
        }
        ck_assert_int_lt(o->nrec, 16);
        snprintf(o->uris[o->nrec], 64, "%s", uri);
        snprintf(o->blocks[o->nrec], 128, "%s", data ? data : "(skipped)");
        o->offsets[o->nrec++] = off;
        free(data);
    }
    ck_assert_int_eq(cli_warc_next(w, &rec), 0);
    cli_warc_free(w);
}

/* ---------------------------------------------------------------- reading */

static void check_whole(int mode, size_t step, size_t prefix)
{
    size_t off[NREC + 1];
    bytes f = build(mode, off);
    outcome o;
    run(f.p, f.len, step, prefix, 1 << 20, &o);
    ck_assert_int_eq(o.nerr, 0);
    ck_assert_int_eq(o.nrec, NREC);
    for (int i = 0; i < NREC; i++) {
        ck_assert_str_eq(o.uris[i], uris[i]);
        ck_assert_str_eq(o.blocks[i], blocks[i]);
        ck_assert_uint_eq(o.offsets[i], off[i]);
    }
    free(f.p);
}

START_TEST(reads_every_layout)
{
    static const size_t steps[] = {1, 7, 1 << 20};
    for (int mode = PLAIN; mode <= WHOLE; mode++)
        for (size_t s = 0; s < 3; s++)
            for (size_t prefix = 0; prefix < 40; prefix += 13)
                check_whole(mode, steps[s], prefix);
}
END_TEST

START_TEST(fields_and_brackets)
{
    const char *text = "WARC/1.1\r\nwarc-type: resource\r\nWARC-Target-URI: <http://x/>\r\n"
                       "Content-Type: text/html\r\nContent-Length: 3\r\n\r\nabc\r\n\r\n";
    mem_src m = {(const unsigned char *)text, strlen(text), 0, 1 << 20};
    cli_warc *w = cli_warc_new("t", mem_read, &m, NULL, 0);
    cli_warc_record rec;
    ck_assert_int_eq(cli_warc_next(w, &rec), 1);
    ck_assert_str_eq(rec.type, "resource");
    ck_assert_str_eq(rec.target_uri, "http://x/");
    ck_assert_str_eq(rec.content_type, "text/html");
    ck_assert_str_eq(rec.record_id, "");
    ck_assert_uint_eq(rec.length, 3);
    ck_assert_int_eq(cli_warc_next(w, &rec), 0);
    cli_warc_free(w);
}
END_TEST

START_TEST(large_block_skipped)
{
    size_t off[NREC + 1];
    bytes f = build(PER_RECORD, off);
    outcome o;
    run(f.p, f.len, 1 << 20, 0, 40, &o);
    ck_assert_int_eq(o.nerr, 0);
    ck_assert_int_eq(o.nrec, NREC);
    ck_assert_str_eq(o.blocks[0], "(skipped)");
    ck_assert_str_eq(o.blocks[1], blocks[1]);
    free(f.p);
}
END_TEST

START_TEST(detects_by_content)
{
    size_t off[NREC + 1];
    bytes plain = build(PLAIN, off), z = build(PER_RECORD, off);
    ck_assert(cli_warc_detect(plain.p, plain.len));
    ck_assert(cli_warc_detect(z.p, z.len < CLI_WARC_SNIFF ? z.len : CLI_WARC_SNIFF));
    const char *html = "<!doctype html><p>WARC/1.0</p>";
    bytes zh = gzip_of((const unsigned char *)html, strlen(html));
    ck_assert(!cli_warc_detect(html, strlen(html)));
    ck_assert(!cli_warc_detect(zh.p, zh.len));
    ck_assert(!cli_warc_detect("WARC/", 5));
    ck_assert(!cli_warc_detect("", 0));
    free(plain.p);
    free(z.p);
    free(zh.p);
}
END_TEST

/* ---------------------------------------------------------------- cuts */

/* Cut at every byte: the records wholly before the cut, then (unless the
 * cut falls between records) one error naming the cut record's offset. */
static void check_cuts(int mode)
{
    size_t off[NREC + 1];
    bytes f = build(mode, off);
    for (size_t cut = 0; cut <= f.len; cut++) {
        outcome o;
        run(f.p, cut, 1 << 20, 0, 1 << 20, &o);
        int whole = 0;
        while (whole < NREC && off[whole + 1] <= cut && mode != WHOLE)
            whole++;
        if (mode == WHOLE) {
            /* One member: records come out as it inflates; never a wrong one. */
            ck_assert_int_le(o.nrec, NREC);
            ck_assert_int_eq(o.nerr, cut == f.len || cut == 0 ? 0 : 1);
            continue;
        }
        ck_assert_msg(o.nrec == whole, "cut %zu: %d records, want %d", cut, o.nrec, whole);
        int at_boundary = cut == off[whole];
        ck_assert_msg(o.nerr == (at_boundary ? 0 : 1), "cut %zu: %d errors", cut, o.nerr);
        if (!at_boundary) {
            char want[64];
            snprintf(want, sizeof want, "t.warc: offset %zu: ", off[whole]);
            ck_assert_msg(strncmp(o.errs[0], want, strlen(want)) == 0, "cut %zu: %s", cut,
                          o.errs[0]);
            ck_assert_msg(strstr(o.errs[0], "ends inside") != NULL, "cut %zu: %s", cut, o.errs[0]);
        }
    }
    free(f.p);
}

START_TEST(cut_plain) { check_cuts(PLAIN); }
END_TEST
START_TEST(cut_per_record) { check_cuts(PER_RECORD); }
END_TEST
START_TEST(cut_whole) { check_cuts(WHOLE); }
END_TEST

/* ---------------------------------------------------------------- damage */

/* A file of records with record 1's header text replaced. */
static bytes with_bad_second(int mode, const char *from, const char *to, size_t *second)
{
    bytes file = {NULL, 0};
    for (int i = 0; i < NREC; i++) {
        bytes r = record(types[i], uris[i], blocks[i]);
        if (i == 1) {
            char *at = strstr((char *)r.p, from);
            ck_assert_ptr_nonnull(at);
            bytes fixed = {NULL, 0};
            put(&fixed, r.p, (size_t)(at - (char *)r.p));
            put(&fixed, to, strlen(to));
            put(&fixed, at + strlen(from), r.len - (size_t)(at - (char *)r.p) - strlen(from));
            free(r.p);
            r = fixed;
            *second = file.len;
        }
        if (mode == PER_RECORD) {
            bytes z = gzip_of(r.p, r.len);
            put(&file, z.p, z.len);
            free(z.p);
        } else {
            put(&file, r.p, r.len);
        }
        free(r.p);
    }
    return file;
}

static void check_skips_second(int mode, const char *from, const char *to, const char *why)
{
    size_t second = 0;
    bytes f = with_bad_second(mode, from, to, &second);
    outcome o;
    run(f.p, f.len, 3, 0, 1 << 20, &o);
    ck_assert_msg(o.nrec == 2, "%d records, %d errors: %s", o.nrec, o.nerr, o.errs[0]);
    ck_assert_str_eq(o.uris[0], uris[0]);
    ck_assert_str_eq(o.uris[1], uris[2]);
    ck_assert_str_eq(o.blocks[1], blocks[2]);
    ck_assert_int_eq(o.nerr, 1);
    char want[64];
    snprintf(want, sizeof want, "t.warc: offset %zu: ", second);
    ck_assert_msg(strncmp(o.errs[0], want, strlen(want)) == 0, "%s", o.errs[0]);
    ck_assert_msg(strstr(o.errs[0], why) != NULL, "%s", o.errs[0]);
    free(f.p);
}

START_TEST(bad_length_value)
{
    check_skips_second(PLAIN, "Content-Length: ", "Content-Length: x", "bad Content-Length");
    check_skips_second(PER_RECORD, "Content-Length: ", "Content-Length: x", "bad Content-Length");
}
END_TEST

START_TEST(no_length)
{
    check_skips_second(PLAIN, "Content-Length: ", "Content-Lengt: ", "no Content-Length");
}
END_TEST

START_TEST(length_too_long)
{
    /* gzip: the block would run into the next member */
    check_skips_second(PER_RECORD, "Content-Length: 2", "Content-Length: 9", "past its gzip");
    /* plain: no blank line where the block should end */
    check_skips_second(PLAIN, "Content-Length: 2", "Content-Length: 3", "no blank line");
}
END_TEST

START_TEST(length_too_short)
{
    check_skips_second(PLAIN, "Content-Length: 2", "Content-Length: 1", "no blank line");
    check_skips_second(PER_RECORD, "Content-Length: 2", "Content-Length: 1", "no blank line");
}
END_TEST

START_TEST(bad_version)
{
    check_skips_second(PLAIN, "WARC/1.0", "WARC/2.0", "no WARC record");
    check_skips_second(PER_RECORD, "WARC/1.0", "WARC/1.x", "bad version");
}
END_TEST

START_TEST(corrupt_member)
{
    size_t off[NREC + 1];
    bytes f = build(PER_RECORD, off);
    /* Flip bytes in the middle of the second member's deflate data. */
    for (size_t i = off[1] + 20; i < off[1] + 30; i++)
        f.p[i] ^= 0x55;
    outcome o;
    run(f.p, f.len, 1 << 20, 0, 1 << 20, &o);
    ck_assert_int_eq(o.nrec, 2);
    ck_assert_str_eq(o.uris[1], uris[2]);
    ck_assert_int_eq(o.nerr, 1);
    char want[64];
    snprintf(want, sizeof want, "t.warc: offset %zu: ", off[1]);
    ck_assert_msg(strncmp(o.errs[0], want, strlen(want)) == 0, "%s", o.errs[0]);
    free(f.p);
}
END_TEST

START_TEST(garbage_between_members)
{
    size_t off[NREC + 1];
    bytes f = build(PER_RECORD, off);
    bytes g = {NULL, 0};
    put(&g, f.p, off[1]);
    put(&g, "garbage!", 8);
    put(&g, f.p + off[1], f.len - off[1]);
    outcome o;
    run(g.p, g.len, 5, 0, 1 << 20, &o);
    ck_assert_int_eq(o.nrec, NREC);
    ck_assert_int_eq(o.nerr, 1);
    char want[64];
    snprintf(want, sizeof want, "t.warc: offset %zu: damaged gzip data", off[1]);
    ck_assert_msg(strncmp(o.errs[0], want, strlen(want)) == 0, "%s", o.errs[0]);
    free(f.p);
    free(g.p);
}
END_TEST

START_TEST(garbage_in_plain)
{
    size_t off[NREC + 1];
    bytes f = build(PLAIN, off);
    bytes g = {NULL, 0};
    put(&g, f.p, off[1]);
    put(&g, "junk\n", 5);
    put(&g, f.p + off[1], f.len - off[1]);
    outcome o;
    run(g.p, g.len, 1 << 20, 0, 1 << 20, &o);
    ck_assert_int_eq(o.nrec, NREC);
    ck_assert_int_eq(o.nerr, 1);
    ck_assert_ptr_nonnull(strstr(o.errs[0], "no WARC record here"));
    free(f.p);
    free(g.p);
}
END_TEST

/* ---------------------------------------------------------------- HTTP */

static char *decode(const char *block, size_t len, size_t max, char *err)
{
    cli_http_head h;
    ck_assert_int_eq(cli_http_parse_head(block, len, &h), 0);
    char *out = NULL;
    size_t olen;
    if (cli_http_decode_body(&h, block + h.body_offset, len - h.body_offset, max, &out, &olen,
                             err, 256) != 0)
        return NULL;
    ck_assert_uint_eq(strlen(out), olen);
    return out;
}

START_TEST(http_head)
{
    const char *b = "HTTP/1.1 404 Not Found\r\ncontent-type:  text/html; charset=koi8-r \r\n"
                    "Transfer-Encoding: gzip, chunked\r\n\r\nbody";
    cli_http_head h;
    ck_assert_int_eq(cli_http_parse_head(b, strlen(b), &h), 0);
    ck_assert_int_eq(h.status, 404);
    ck_assert_str_eq(h.content_type, "text/html; charset=koi8-r");
    ck_assert(h.chunked);
    ck_assert_str_eq(b + h.body_offset, "body");
    ck_assert(cli_http_is_html(h.content_type));
    ck_assert(cli_http_is_html("application/xhtml+xml"));
    ck_assert(!cli_http_is_html("text/htmlx"));
    ck_assert(!cli_http_is_html("image/png"));
    ck_assert_int_eq(cli_http_parse_head("GET / HTTP/1.1\r\n\r\n", 18, &h), -1);
    ck_assert_int_eq(cli_http_parse_head("HTTP/1.1 200 OK\r\nA: b\r\n", 24, &h), -1);
    ck_assert_int_eq(cli_http_parse_head("HTTP/1.0 200\n\nx", 15, &h), 0);
    ck_assert_int_eq(h.status, 200);
}
END_TEST

START_TEST(http_chunked)
{
    char err[256];
    const char *b = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                    "5;x=y\r\nHello\r\n7\r\n, world\r\n0\r\nTrailer: t\r\n\r\n";
    char *out = decode(b, strlen(b), 100, err);
    ck_assert_str_eq(out, "Hello, world");
    free(out);
    /* stored already de-chunked: taken as it is */
    const char *plain = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n<html>";
    out = decode(plain, strlen(plain), 100, err);
    ck_assert_str_eq(out, "<html>");
    free(out);
    /* cut short: what there is */
    const char *cut = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nHello\r\n9\r\nabc";
    out = decode(cut, strlen(cut), 100, err);
    ck_assert_str_eq(out, "Helloabc");
    free(out);
    const char *broken = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nH\r\nzz\r\n";
    ck_assert_ptr_null(decode(broken, strlen(broken), 100, err));
    ck_assert_str_eq(err, "broken chunked body");
}
END_TEST

/* An HTTP block with body compressed by fn. */
static bytes http_with(const char *coding, const bytes *body)
{
    bytes b = {NULL, 0};
    char head[128];
    int n = snprintf(head, sizeof head, "HTTP/1.1 200 OK\r\nContent-Encoding: %s\r\n\r\n", coding);
    put(&b, head, (size_t)n);
    put(&b, body->p, body->len);
    return b;
}

static const char page[] = "<html><body><p>The same paragraph, again and again.</p>"
                           "<p>The same paragraph, again and again.</p></body></html>";

START_TEST(http_gzip_deflate)
{
    char err[256];
    bytes z = gzip_of((const unsigned char *)page, strlen(page));
    bytes b = http_with("gzip", &z);
    char *out = decode((char *)b.p, b.len, 1000, err);
    ck_assert_str_eq(out, page);
    free(out);
    /* over max: refused, not cut */
    ck_assert_ptr_null(decode((char *)b.p, b.len, 20, err));
    ck_assert_ptr_nonnull(strstr(err, "larger than 20 bytes"));
    out = decode((char *)b.p, b.len, strlen(page), err);
    ck_assert_ptr_nonnull(out);
    free(out);
    free(b.p);
    /* deflate as zlib's format and as raw deflate */
    for (int raw = 0; raw < 2; raw++) {
        unsigned char buf[512];
        z_stream zs;
        memset(&zs, 0, sizeof zs);
        deflateInit2(&zs, 6, Z_DEFLATED, raw ? -15 : 15, 8, Z_DEFAULT_STRATEGY);
        zs.next_in = (unsigned char *)page;
        zs.avail_in = (uInt)strlen(page);
        zs.next_out = buf;
        zs.avail_out = sizeof buf;
        deflate(&zs, Z_FINISH);
        bytes d = {buf, zs.total_out};
        deflateEnd(&zs);
        bytes bd = http_with("deflate", &d);
        out = decode((char *)bd.p, bd.len, 1000, err);
        ck_assert_str_eq(out, page);
        free(out);
        free(bd.p);
    }
    /* damaged */
    z.p[15] ^= 0xff;
    z.p[16] ^= 0xff;
    b = http_with("x-gzip", &z);
    ck_assert_ptr_null(decode((char *)b.p, b.len, 1000, err));
    ck_assert_ptr_nonnull(strstr(err, "damaged compressed body"));
    free(b.p);
    free(z.p);
}
END_TEST

START_TEST(http_brotli_and_stacks)
{
    char err[256];
    unsigned char buf[512];
    size_t n = sizeof buf;
    ck_assert(BrotliEncoderCompress(5, 22, BROTLI_MODE_TEXT, strlen(page), (const uint8_t *)page,
                                    &n, buf));
    bytes br = {buf, n};
    bytes b = http_with("br", &br);
    char *out = decode((char *)b.p, b.len, 1000, err);
    ck_assert_str_eq(out, page);
    free(out);
    ck_assert_ptr_null(decode((char *)b.p, b.len, 30, err));
    ck_assert_ptr_nonnull(strstr(err, "larger than"));
    free(b.p);
    /* gzip applied first, then br: undone in reverse */
    bytes z = gzip_of((const unsigned char *)page, strlen(page));
    n = sizeof buf;
    ck_assert(BrotliEncoderCompress(5, 22, BROTLI_MODE_GENERIC, z.len, z.p, &n, buf));
    br.len = n;
    b = http_with("gzip, identity, br", &br);
    out = decode((char *)b.p, b.len, 1000, err);
    ck_assert_str_eq(out, page);
    free(out);
    free(b.p);
    free(z.p);
    bytes none = {(unsigned char *)"x", 1};
    b = http_with("compress", &none);
    ck_assert_ptr_null(decode((char *)b.p, b.len, 1000, err));
    ck_assert_str_eq(err, "unsupported Content-Encoding 'compress'");
    free(b.p);
}
END_TEST

static Suite *warc_suite(void)
{
    Suite *s = suite_create("warc");
    TCase *tc = tcase_create("reader");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, reads_every_layout);
    tcase_add_test(tc, fields_and_brackets);
    tcase_add_test(tc, large_block_skipped);
    tcase_add_test(tc, detects_by_content);
    tcase_add_test(tc, cut_plain);
    tcase_add_test(tc, cut_per_record);
    tcase_add_test(tc, cut_whole);
    tcase_add_test(tc, bad_length_value);
    tcase_add_test(tc, no_length);
    tcase_add_test(tc, length_too_long);
    tcase_add_test(tc, length_too_short);
    tcase_add_test(tc, bad_version);
    tcase_add_test(tc, corrupt_member);
    tcase_add_test(tc, garbage_between_members);
    tcase_add_test(tc, garbage_in_plain);
    suite_add_tcase(s, tc);
    TCase *http = tcase_create("http");
    tcase_add_test(http, http_head);
    tcase_add_test(http, http_chunked);
    tcase_add_test(http, http_gzip_deflate);
    tcase_add_test(http, http_brotli_and_stacks);
    suite_add_tcase(s, http);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(warc_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
