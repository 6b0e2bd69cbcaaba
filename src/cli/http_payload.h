/*
 * http_payload: the HTTP response stored in a WARC record, as a crawler
 * saw it on the wire: its status line and headers, then a body that may be
 * chunked and compressed (Content-Encoding gzip, deflate or br).
 *
 * Pure functions over bytes in memory; safe on any thread.
 */
#ifndef CLI_HTTP_PAYLOAD_H
#define CLI_HTTP_PAYLOAD_H

#include <stddef.h>

#define CLI_HTTP_FIELD_MAX 256

/* What the header says about the body. */
typedef struct cli_http_head {
    int status;                                /* 100 to 999 */
    char content_type[CLI_HTTP_FIELD_MAX];     /* "" when none */
    char content_encoding[CLI_HTTP_FIELD_MAX]; /* "" when none */
    int chunked;                               /* Transfer-Encoding: chunked */
    size_t body_offset;                        /* where the body starts in the block */
} cli_http_head;

/*
 * Parses the status line and header of an HTTP response at the start of
 * block (lines end in CRLF or LF). Returns 0, or -1 when it is not one
 * (no "HTTP/" status line, or no blank line ending the header).
 */
int cli_http_parse_head(const char *block, size_t len, cli_http_head *h);

/* Non-zero when a Content-Type value is an HTML document type (text/html,
 * application/xhtml+xml), whatever its parameters. */
int cli_http_is_html(const char *content_type);

/* Non-zero when the body must be decoded (chunked, or a Content-Encoding
 * other than identity) before it is the page's bytes. */
int cli_http_is_encoded(const cli_http_head *h);

/*
 * The body as the page's bytes: de-chunked when h->chunked (a body that
 * does not even start like a chunk is taken as already de-chunked, as some
 * WARC writers store it), then decoded for each Content-Encoding in turn
 * (gzip, x-gzip, deflate, br, identity). At most max bytes come out.
 * Returns 0 with *out a new NUL-terminated buffer the caller frees (and
 * *out_len its length), or -1 with err saying why: a broken chunk, a
 * damaged compressed body, an unknown encoding, larger than max, or out of
 * memory.
 */
int cli_http_decode_body(const cli_http_head *h, const char *body, size_t len, size_t max,
                         char **out, size_t *out_len, char *err, size_t errsize);

#endif
