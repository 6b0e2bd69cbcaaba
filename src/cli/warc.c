#include "warc.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>

/* The window of decoded input: a header must fit in it with room to spare. */
#define BUF_CAP (256 * 1024)
#define RAW_CAP (64 * 1024)
#define HEADER_MAX (64 * 1024)
/* Gzip member starts ahead of the reading position that are remembered;
 * more members ahead than this in the window waits. */
#define RING 256
#define MAGIC "WARC/1."
#define MAGIC_LEN (sizeof MAGIC - 1)
#define TRAILER "\r\n\r\n"

typedef unsigned long long u64;

enum { F_TYPE, F_URI, F_ID, F_DATE, F_CTYPE, NFIELDS };
static const char *const field_names[NFIELDS] = {
    "WARC-Type", "WARC-Target-URI", "WARC-Record-ID", "WARC-Date", "Content-Type",
};

/* Where a gzip member starts in the decoded stream, and in the file. */
typedef struct boundary {
    u64 dec;
    u64 raw;
    int damaged; /* the member before it was corrupt */
} boundary;

/* What parse steps return besides 1 (a record) and 0 (clean end). */
enum { DAMAGED = -1, FATAL = -2 };

struct cli_warc {
    const char *name;
    cli_warc_read_fn fn;
    void *ctx;
    unsigned char *prefix;
    size_t prefix_len, prefix_off;
    int src_eof, read_failed, read_errno;
    int gzip;
    /* gzip: the compressed bytes, and the inflater */
    unsigned char raw[RAW_CAP];
    size_t raw_start, raw_end;
    u64 raw_pos; /* file offset of raw[raw_start] */
    z_stream zs;
    int zs_ready, in_member;
    u64 member_raw;
    int cut;            /* the input ended inside a gzip member */
    int damage_pending; /* a corrupt member, not yet handed to the parser */
    u64 damage_raw;
    char damage_msg[64];
    boundary ring[RING];
    size_t rhead, rcount;
    /* the decoded bytes */
    unsigned char buf[BUF_CAP];
    size_t start, end;
    u64 pos;     /* stream offset of buf[start] */
    int dec_eof; /* no decoded byte will come any more */
    u64 cur_raw, cur_dec; /* the member pos is in */
    int damage_seen;
    /* the parse */
    int in_block, resync, try_here, done;
    u64 rec_pos, rec_offset, block_pos, block_left, block_len;
    char *fields[NFIELDS];
    char err[1024];
};

/* ---------------------------------------------------------------- input */

/* Reads from the prefix, then the source: bytes read, 0 at the end. */
static size_t src_read(cli_warc *w, unsigned char *dst, size_t n)
{
    if (w->prefix_off < w->prefix_len) {
        size_t k = w->prefix_len - w->prefix_off < n ? w->prefix_len - w->prefix_off : n;
        memcpy(dst, w->prefix + w->prefix_off, k);
        w->prefix_off += k;
        return k;
    }
    while (!w->src_eof) {
        ssize_t k = w->fn(w->ctx, dst, n);
        if (k > 0)
            return (size_t)k;
        if (k < 0 && errno == EINTR)
            continue;
        if (k < 0) {
            w->read_failed = 1;
            w->read_errno = errno;
        }
        w->src_eof = 1;
    }
    return 0;
}

static size_t raw_fill(cli_warc *w)
{
    if (w->raw_start > 0) {
        memmove(w->raw, w->raw + w->raw_start, w->raw_end - w->raw_start);
        w->raw_end -= w->raw_start;
        w->raw_start = 0;
    }
    size_t n = src_read(w, w->raw + w->raw_end, RAW_CAP - w->raw_end);
    w->raw_end += n;
    return n;
}

static void raw_skip(cli_warc *w, size_t n)
{
    w->raw_start += n;
    w->raw_pos += n;
}

/* After a corrupt member: on to the next gzip magic (1f 8b 08) past the
 * member's first byte, or the end of the input. */
static void skip_to_magic(cli_warc *w)
{
    while (w->raw_pos <= w->member_raw) {
        if (w->raw_start == w->raw_end && raw_fill(w) == 0)
            return;
        size_t k = w->raw_end - w->raw_start;
        u64 need = w->member_raw + 1 - w->raw_pos;
        raw_skip(w, need < k ? (size_t)need : k);
    }
    for (;;) {
        for (size_t i = w->raw_start; i + 2 < w->raw_end; i++) {
            if (w->raw[i] == 0x1f && w->raw[i + 1] == 0x8b && w->raw[i + 2] == 8) {
                raw_skip(w, i - w->raw_start);
                return;
            }
        }
        size_t keep = w->raw_end - w->raw_start < 2 ? w->raw_end - w->raw_start : 2;
        raw_skip(w, w->raw_end - w->raw_start - keep);
        if (raw_fill(w) == 0) {
            raw_skip(w, w->raw_end - w->raw_start);
            return;
        }
    }
}

/* A new member starts at the end of the decoded bytes. */
static int begin_member(cli_warc *w)
{
    if (w->rcount == RING)
        return -1;
    boundary *b = &w->ring[(w->rhead + w->rcount++) % RING];
    b->dec = w->pos + (w->end - w->start);
    b->raw = w->raw_pos;
    b->damaged = w->damage_pending;
    w->damage_pending = 0;
    w->member_raw = w->raw_pos;
    w->in_member = 1;
    return inflateReset2(&w->zs, 15 + 16) == Z_OK ? 0 : -1;
}

static void member_damaged(cli_warc *w)
{
    if (!w->damage_pending) {
        w->damage_raw = w->member_raw;
        snprintf(w->damage_msg, sizeof w->damage_msg, "%s", w->zs.msg ? w->zs.msg : "zlib error");
    }
    w->damage_pending = 1;
    w->in_member = 0;
    skip_to_magic(w);
}

/* Inflates until some bytes came out, the window is full, the input ended
 * or too many members are ahead. */
static void gz_fill(cli_warc *w)
{
    for (;;) {
        if (!w->in_member) {
            if (w->raw_start == w->raw_end && raw_fill(w) == 0) {
                w->dec_eof = 1;
                return;
            }
            if (begin_member(w) != 0)
                return;
        }
        if (w->raw_start == w->raw_end && raw_fill(w) == 0) {
            w->cut = !w->read_failed;
            w->dec_eof = 1;
            return;
        }
        if (w->end == BUF_CAP)
            return;
        w->zs.next_in = w->raw + w->raw_start;
        w->zs.avail_in = (uInt)(w->raw_end - w->raw_start);
        w->zs.next_out = w->buf + w->end;
        w->zs.avail_out = (uInt)(BUF_CAP - w->end);
        int rc = inflate(&w->zs, Z_NO_FLUSH);
        size_t used = w->raw_end - w->raw_start - w->zs.avail_in;
        size_t made = BUF_CAP - w->end - w->zs.avail_out;
        raw_skip(w, used);
        w->end += made;
        if (rc == Z_STREAM_END)
            w->in_member = 0;
        else if ((rc != Z_OK && rc != Z_BUF_ERROR) || (used == 0 && made == 0))
            member_damaged(w);
        if (made > 0)
            return;
    }
}

static void plain_fill(cli_warc *w)
{
    size_t n = src_read(w, w->buf + w->end, BUF_CAP - w->end);
    w->end += n;
    if (n == 0)
        w->dec_eof = 1;
}

/* At least n decoded bytes from the reading position, unless the input
 * ends (dec_eof) or members wait; returns how many there are. */
static size_t ensure(cli_warc *w, size_t n)
{
    if (n > BUF_CAP)
        n = BUF_CAP;
    while (w->end - w->start < n && !w->dec_eof) {
        if (w->start + n > BUF_CAP || w->end == BUF_CAP) {
            memmove(w->buf, w->buf + w->start, w->end - w->start);
            w->end -= w->start;
            w->start = 0;
        }
        size_t before = w->end;
        if (w->gzip)
            gz_fill(w);
        else
            plain_fill(w);
        if (w->end == before && !w->dec_eof)
            break;
    }
    return w->end - w->start;
}

static void advance(cli_warc *w, size_t n)
{
    w->start += n;
    w->pos += n;
}

/* Bytes from the reading position to the next member start (SIZE_MAX when
 * none is known). */
static size_t to_boundary(const cli_warc *w)
{
    if (w->rcount == 0)
        return (size_t)-1;
    return (size_t)(w->ring[w->rhead].dec - w->pos);
}

/* Steps into the members that start at the reading position. */
static void enter_member(cli_warc *w)
{
    while (w->rcount > 0 && w->ring[w->rhead].dec == w->pos) {
        const boundary *b = &w->ring[w->rhead];
        w->cur_raw = b->raw;
        w->cur_dec = b->dec;
        w->damage_seen |= b->damaged;
        w->rhead = (w->rhead + 1) % RING;
        w->rcount--;
    }
}

/* ---------------------------------------------------------------- messages */

/* "NAME: offset N[, byte D of its gzip member]: " + the message. */
static int report(cli_warc *w, int rc, u64 offset, u64 dec, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

static int report(cli_warc *w, int rc, u64 offset, u64 dec, const char *fmt, ...)
{
    int n = w->gzip && dec != w->cur_dec
                ? snprintf(w->err, sizeof w->err, "%s: offset %llu, byte %llu of its gzip member: ",
                           w->name, offset, dec - w->cur_dec)
                : snprintf(w->err, sizeof w->err, "%s: offset %llu: ", w->name, offset);
    va_list ap;
    va_start(ap, fmt);
    if (n > 0 && (size_t)n < sizeof w->err)
        vsnprintf(w->err + n, sizeof w->err - (size_t)n, fmt, ap);
    va_end(ap);
    if (rc == FATAL)
        w->done = 1;
    return rc;
}

/* The input ended where more was needed. */
static int ended(cli_warc *w, u64 offset, u64 dec, const char *what)
{
    if (w->read_failed)
        return report(w, FATAL, offset, dec, "cannot read: %s", strerror(w->read_errno));
    if (w->damage_pending) {
        w->damage_pending = 0;
        return report(w, DAMAGED, w->damage_raw, w->cur_dec, "damaged gzip data (%s), skipped",
                      w->damage_msg);
    }
    return report(w, FATAL, offset, dec, "the file ends inside %s", what);
}

/* ---------------------------------------------------------------- header */

static char *dup_value(const char *v, size_t len)
{
    char *s = malloc(len + 1);
    if (s) {
        memcpy(s, v, len);
        s[len] = '\0';
    }
    return s;
}

/* Reads one "Name: value" line into the record's fields. Returns 0, or -1
 * with why set. */
static int header_line(cli_warc *w, const char *line, size_t len, u64 *length, int *has_length,
                       const char **why)
{
    const char *colon = memchr(line, ':', len);
    if (!colon) {
        *why = "a header line without ':'";
        return -1;
    }
    size_t nlen = (size_t)(colon - line);
    const char *v = colon + 1, *end = line + len;
    while (v < end && (*v == ' ' || *v == '\t'))
        v++;
    while (end > v && (end[-1] == ' ' || end[-1] == '\t'))
        end--;
    if (nlen == 14 && strncasecmp(line, "Content-Length", 14) == 0) {
        u64 n = 0;
        const char *p = v;
        for (; p < end && *p >= '0' && *p <= '9' && n < (1ULL << 50); p++)
            n = n * 10 + (u64)(*p - '0');
        if (p == v || p != end) {
            *why = "a bad Content-Length";
            return -1;
        }
        *length = n;
        *has_length = 1;
        return 0;
    }
    for (int i = 0; i < NFIELDS; i++) {
        if (strlen(field_names[i]) != nlen || strncasecmp(line, field_names[i], nlen) != 0)
            continue;
        /* WARC/1.0's grammar wrote the target URI in <>; 1.1 does not. */
        if (i == F_URI && end - v >= 2 && *v == '<' && end[-1] == '>') {
            v++;
            end--;
        }
        free(w->fields[i]);
        if (!(w->fields[i] = dup_value(v, (size_t)(end - v)))) {
            *why = "out of memory";
            return -1;
        }
    }
    return 0;
}

/* Does the header at p (len bytes, the blank line included) make a
 * record? Fills the fields; why says what is wrong. */
static int parse_fields(cli_warc *w, const char *p, size_t len, u64 *length, const char **why)
{
    for (int i = 0; i < NFIELDS; i++) {
        free(w->fields[i]);
        w->fields[i] = NULL;
    }
    const char *end = p + len;
    const char *nl = memchr(p, '\n', len);
    size_t vlen = (size_t)(nl - p);
    if (vlen > 0 && p[vlen - 1] == '\r')
        vlen--;
    if (vlen <= MAGIC_LEN || strspn(p + MAGIC_LEN, "0123456789") != vlen - MAGIC_LEN) {
        *why = "a bad version line";
        return -1;
    }
    int has_length = 0;
    for (p = nl + 1; p < end;) {
        nl = memchr(p, '\n', (size_t)(end - p));
        size_t llen = (size_t)(nl - p);
        if (llen > 0 && p[llen - 1] == '\r')
            llen--;
        /* A folded line continues the field before: no field we use is. */
        if (llen > 0 && p[0] != ' ' && p[0] != '\t' &&
            header_line(w, p, llen, length, &has_length, why) != 0)
            return -1;
        p = nl + 1;
    }
    if (!has_length) {
        *why = "no Content-Length";
        return -1;
    }
    return 0;
}

/* Where the header at the reading position ends (after its blank line),
 * within lim bytes; 0 when not there. */
static size_t header_end(const unsigned char *p, size_t lim)
{
    for (size_t i = 0; i + 1 < lim; i++) {
        if (p[i] != '\n')
            continue;
        if (p[i + 1] == '\n')
            return i + 2;
        if (i + 2 < lim && p[i + 1] == '\r' && p[i + 2] == '\n')
            return i + 3;
    }
    return 0;
}

/* Skips the blank lines between records; 0 at a record, else what
 * parse_header returns. */
static int skip_blank(cli_warc *w)
{
    for (;;) {
        enter_member(w);
        if (w->damage_seen) {
            w->damage_seen = 0;
            w->try_here = 1;
            return report(w, DAMAGED, w->damage_raw, w->pos, "damaged gzip data (%s), skipped",
                          w->damage_msg);
        }
        size_t avail = ensure(w, 1);
        if (avail == 0) {
            if (!w->cut && !w->read_failed && !w->damage_pending)
                return 0;
            return ended(w, w->gzip ? w->member_raw : w->pos, w->pos, "a gzip member");
        }
        if (to_boundary(w) == 0)
            continue;
        if (w->buf[w->start] != '\r' && w->buf[w->start] != '\n')
            return 1;
        advance(w, 1);
    }
}

/* Reads a record's header at the reading position. */
static int parse_header(cli_warc *w, cli_warc_record *rec)
{
    int rc = skip_blank(w);
    if (rc != 1)
        return rc;
    w->rec_pos = w->pos;
    w->rec_offset = w->gzip ? w->cur_raw : w->pos;
    size_t want = 256, hlen = 0, lim = 0;
    for (;;) {
        size_t avail = ensure(w, want), tb = to_boundary(w);
        lim = avail < tb ? avail : tb;
        lim = lim < HEADER_MAX ? lim : HEADER_MAX;
        const unsigned char *p = w->buf + w->start;
        size_t check = lim < MAGIC_LEN ? lim : MAGIC_LEN;
        if (memcmp(p, MAGIC, check) != 0)
            return report(w, DAMAGED, w->rec_offset, w->pos, "no WARC record here, skipped");
        if ((hlen = header_end(p, lim)) > 0)
            break;
        if (lim == HEADER_MAX)
            return report(w, DAMAGED, w->rec_offset, w->pos,
                          "record header longer than %d bytes, skipped", HEADER_MAX);
        if (tb <= avail)
            return report(w, DAMAGED, w->rec_offset, w->pos,
                          "record header runs past its gzip member, skipped");
        if (avail < want && w->dec_eof)
            return ended(w, w->rec_offset, w->pos, "this record");
        want = want * 4 < HEADER_MAX + 1 ? want * 4 : HEADER_MAX + 1;
    }
    const char *why = NULL;
    u64 length = 0;
    if (parse_fields(w, (const char *)w->buf + w->start, hlen, &length, &why) != 0)
        return report(w, DAMAGED, w->rec_offset, w->pos, "bad record header (%s), skipped", why);
    advance(w, hlen);
    w->block_pos = w->pos;
    w->block_left = w->block_len = length;
    rec->type = w->fields[F_TYPE] ? w->fields[F_TYPE] : "";
    rec->target_uri = w->fields[F_URI] ? w->fields[F_URI] : "";
    rec->record_id = w->fields[F_ID] ? w->fields[F_ID] : "";
    rec->date = w->fields[F_DATE] ? w->fields[F_DATE] : "";
    rec->content_type = w->fields[F_CTYPE] ? w->fields[F_CTYPE] : "";
    rec->length = length;
    rec->offset = w->rec_offset;
    return 1;
}

/* ---------------------------------------------------------------- block */

/* A plain record whose length was wrong: the search for the next record
 * starts where its block did, when those bytes are still in the window (a
 * gzip member's end already says where the next record is). */
static void rewind_block(cli_warc *w)
{
    u64 back = w->pos - w->block_pos;
    if (!w->gzip && back <= w->start) {
        w->start -= (size_t)back;
        w->pos -= back;
    }
}

/* Reads the rest of the block into out (NULL: drops it), then the blank
 * line after it. */
static int read_block(cli_warc *w, unsigned char *out)
{
    while (w->block_left > 0) {
        size_t want = w->block_left < BUF_CAP / 2 ? (size_t)w->block_left : BUF_CAP / 2;
        size_t avail = ensure(w, want), tb = to_boundary(w);
        size_t take = avail < tb ? avail : tb;
        take = take < want ? take : want;
        if (take == 0 && tb == 0)
            return report(w, DAMAGED, w->rec_offset, w->rec_pos,
                          "the %llu-byte block runs past its gzip member (wrong Content-Length?), "
                          "skipped",
                          w->block_len);
        if (take == 0)
            return ended(w, w->rec_offset, w->rec_pos, "this record");
        if (out) {
            memcpy(out, w->buf + w->start, take);
            out += take;
        }
        advance(w, take);
        w->block_left -= take;
    }
    size_t avail = ensure(w, 4), tb = to_boundary(w);
    size_t have = avail < tb ? avail : tb;
    have = have < 4 ? have : 4;
    if (memcmp(w->buf + w->start, TRAILER, have) != 0 || (have < 4 && tb < 4)) {
        rewind_block(w);
        return report(w, DAMAGED, w->rec_offset, w->rec_pos,
                      "no blank line after the %llu-byte block (wrong Content-Length?), skipped",
                      w->block_len);
    }
    if (have < 4)
        return ended(w, w->rec_offset, w->rec_pos, "this record");
    advance(w, 4);
    /* The record is whole only if its gzip member is: look one byte on. */
    if (w->gzip && ensure(w, 1) == 0 && (w->cut || w->read_failed) && to_boundary(w) != 0)
        return ended(w, w->rec_offset, w->rec_pos, "this record's gzip member");
    return 1;
}

/* After damage: on to the next gzip member, or the next line that starts
 * with "WARC/1."; 0 at the end of the input. */
static int find_record(cli_warc *w)
{
    if (w->try_here) {
        w->try_here = 0;
        return 1;
    }
    for (;;) {
        size_t avail = ensure(w, MAGIC_LEN + 1), tb = to_boundary(w);
        if (tb == 0)
            return 1;
        size_t lim = avail < tb ? avail : tb;
        if (lim == 0)
            return 0;
        const unsigned char *p = w->buf + w->start;
        for (size_t i = 0; i + MAGIC_LEN < lim; i++) {
            if (p[i] == '\n' && memcmp(p + i + 1, MAGIC, MAGIC_LEN) == 0) {
                advance(w, i + 1);
                return 1;
            }
        }
        /* Keep the last bytes: the line may start in them. */
        advance(w, lim == tb || lim <= MAGIC_LEN ? lim : lim - MAGIC_LEN);
    }
}

/* ---------------------------------------------------------------- API */

int cli_warc_detect(const void *head, size_t len)
{
    const unsigned char *p = head;
    if (len >= 2 && p[0] == 0x1f && p[1] == 0x8b) {
        unsigned char out[MAGIC_LEN];
        z_stream zs;
        memset(&zs, 0, sizeof zs);
        if (inflateInit2(&zs, 15 + 16) != Z_OK)
            return 0;
        zs.next_in = (Bytef *)(uintptr_t)p;
        zs.avail_in = (uInt)len;
        zs.next_out = out;
        zs.avail_out = sizeof out;
        inflate(&zs, Z_NO_FLUSH);
        int ok = zs.avail_out == 0 && memcmp(out, MAGIC, MAGIC_LEN) == 0;
        inflateEnd(&zs);
        return ok;
    }
    return len >= MAGIC_LEN && memcmp(p, MAGIC, MAGIC_LEN) == 0;
}

cli_warc *cli_warc_new(const char *name, cli_warc_read_fn fn, void *ctx, const void *prefix,
                       size_t prefix_len)
{
    cli_warc *w = calloc(1, sizeof *w);
    if (!w)
        return NULL;
    w->name = name;
    w->fn = fn;
    w->ctx = ctx;
    if (prefix_len > 0) {
        if (!(w->prefix = malloc(prefix_len))) {
            free(w);
            return NULL;
        }
        memcpy(w->prefix, prefix, prefix_len);
        w->prefix_len = prefix_len;
    }
    unsigned char magic[2];
    size_t n = src_read(w, magic, 1);
    if (n == 1 && magic[0] == 0x1f)
        n += src_read(w, magic + 1, 1);
    /* A lone 0x1f is a gzip member cut short. */
    w->gzip = n >= 1 && magic[0] == 0x1f && (n == 1 || magic[1] == 0x8b);
    /* Put the bytes back: they start the stream. */
    if (w->gzip) {
        memcpy(w->raw, magic, n);
        w->raw_end = n;
    } else {
        memcpy(w->buf, magic, n);
        w->end = n;
    }
    if (w->gzip && inflateInit2(&w->zs, 15 + 16) != Z_OK) {
        free(w->prefix);
        free(w);
        return NULL;
    }
    w->zs_ready = w->gzip;
    return w;
}

int cli_warc_next(cli_warc *w, cli_warc_record *rec)
{
    if (w->done)
        return 0;
    if (w->in_block) {
        w->in_block = 0;
        if (read_block(w, NULL) != 1) {
            w->resync = !w->done;
            return -1;
        }
    }
    for (;;) {
        if (w->resync && !find_record(w)) {
            w->done = 1;
            return 0;
        }
        int rc = parse_header(w, rec);
        if (rc == 1) {
            w->resync = 0;
            w->in_block = 1;
            return 1;
        }
        if (rc == 0) {
            w->done = 1;
            return 0;
        }
        if (rc == FATAL)
            return -1;
        /* One message per damaged stretch: what follows it until the next
         * good record is skipped quietly. */
        if (!w->resync) {
            w->resync = 1;
            return -1;
        }
    }
}

int cli_warc_block(cli_warc *w, size_t max, char **data, size_t *len)
{
    *data = NULL;
    *len = 0;
    if (!w->in_block)
        return 0;
    w->in_block = 0;
    unsigned char *out = NULL;
    if (w->block_len <= max && !(out = malloc((size_t)w->block_len + 1))) {
        snprintf(w->err, sizeof w->err, "%s: out of memory", w->name);
        w->done = 1;
        return -1;
    }
    int rc = read_block(w, out);
    if (rc != 1) {
        free(out);
        if (!w->done)
            w->resync = 1;
        return -1;
    }
    if (!out)
        return 0;
    out[w->block_len] = '\0';
    *data = (char *)out;
    *len = (size_t)w->block_len;
    return 1;
}

const char *cli_warc_error(const cli_warc *w)
{
    return w->err;
}

void cli_warc_free(cli_warc *w)
{
    if (!w)
        return;
    if (w->zs_ready)
        inflateEnd(&w->zs);
    for (int i = 0; i < NFIELDS; i++)
        free(w->fields[i]);
    free(w->prefix);
    free(w);
}
