/*
 * libFuzzer harness for the WARC reader (src/cli/warc.c) and the HTTP
 * payload decoder (src/cli/http_payload.c).
 *
 * The first byte chooses how many bytes each read returns (so members and
 * headers are split across reads in every way) and the block limit; the
 * rest is the file. Every record handed out must have the length its
 * header says and an offset inside the input, offsets must not go back,
 * every message must name the file, and the reader must end. The HTTP
 * responses among the blocks are parsed and decoded (at most 64 KiB out).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http_payload.h"
#include "warc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct src {
    const uint8_t *p;
    size_t len, off, step;
} src;

static ssize_t src_read(void *ctx, void *buf, size_t n)
{
    src *s = ctx;
    size_t k = s->len - s->off;
    k = k < n ? k : n;
    k = k < s->step ? k : s->step;
    memcpy(buf, s->p + s->off, k);
    s->off += k;
    return (ssize_t)k;
}

static void check_http(const char *block, size_t len)
{
    cli_http_head h;
    if (cli_http_parse_head(block, len, &h) != 0)
        return;
    if (h.body_offset > len || h.status < 100 || h.status > 999)
        abort();
    char *out, err[256];
    size_t out_len;
    if (cli_http_decode_body(&h, block + h.body_offset, len - h.body_offset, 64 * 1024, &out,
                             &out_len, err, sizeof err) == 0) {
        if (out_len > 64 * 1024 || out[out_len] != '\0')
            abort();
        free(out);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const size_t steps[] = {1, 2, 3, 7, 64, 1000, 65536};
    static const size_t maxes[] = {0, 16, 4096, 1 << 20};
    src s = {data + 1, size - 1, 0, steps[data[0] % 7]};
    size_t max = maxes[(data[0] / 7) % 4];
    /* The caller's way: the first bytes sniffed, then handed back. */
    size_t head = s.len < CLI_WARC_SNIFF ? s.len : CLI_WARC_SNIFF;
    cli_warc_detect(s.p, head);
    s.off = head / 2;
    cli_warc *w = cli_warc_new("fuzz.warc", src_read, &s, s.p, s.off);
    if (!w)
        return 0;
    cli_warc_record rec;
    unsigned long long last = 0;
    int rc, calls = 0;
    while ((rc = cli_warc_next(w, &rec)) != 0) {
        if (++calls > 100000)
            abort(); /* no progress */
        if (rc < 0) {
            if (strncmp(cli_warc_error(w), "fuzz.warc: ", 11) != 0)
                abort();
            continue;
        }
        if (rec.offset > s.len || rec.offset < last)
            abort();
        last = rec.offset;
        if (calls % 2)
            continue; /* leave the block for cli_warc_next to skip */
        char *block;
        size_t len;
        int b = cli_warc_block(w, max, &block, &len);
        if (b == 1) {
            if (len != rec.length || len > max || block[len] != '\0')
                abort();
            check_http(block, len);
            free(block);
        } else if (block) {
            abort();
        }
    }
    cli_warc_free(w);
    return 0;
}
