/*
 * warc: a stream of WARC records (ISO 28500, WARC/1.0 and WARC/1.1) read
 * from any source of bytes, plain or gzip-compressed (one gzip member per
 * record, as Common Crawl writes them, or the whole file as one member).
 *
 * Memory is bounded whatever the file's size: the reader holds a fixed
 * window of the input, and a record's block is handed out only up to the
 * caller's limit (larger ones are skipped without being held).
 *
 * Damage: a record whose header or length is wrong, or whose gzip member
 * is corrupt, is reported (file name and byte offset) and skipped; reading
 * resumes at the next gzip member, or (plain, or within one member) at the
 * next line "WARC/1.". Input that ends inside a record ends the stream
 * with an error naming the record's offset. A gzip member is the unit of
 * integrity: a record is complete only when its member is.
 *
 * Not thread-safe: one reader per thread.
 */
#ifndef CLI_WARC_H
#define CLI_WARC_H

#include <stddef.h>
#include <sys/types.h>

typedef struct cli_warc cli_warc;

/* Reads up to n bytes into buf: the count, 0 at the end, -1 on an error
 * (errno says which). */
typedef ssize_t (*cli_warc_read_fn)(void *ctx, void *buf, size_t n);

/* One record's header fields; the strings are the reader's, valid until
 * the next call to cli_warc_next. A field that is absent is "". */
typedef struct cli_warc_record {
    const char *type;         /* WARC-Type: response, resource, request... */
    const char *target_uri;   /* WARC-Target-URI, without <> */
    const char *record_id;    /* WARC-Record-ID */
    const char *date;         /* WARC-Date */
    const char *content_type; /* Content-Type of the block */
    unsigned long long length;   /* Content-Length: bytes of the block */
    unsigned long long offset;   /* where the record (gzip: its member) starts in the file */
} cli_warc_record;

/* Bytes needed at the start of an input to tell a WARC file. */
#define CLI_WARC_SNIFF 4096

/* Non-zero when the first bytes of an input (len of them, up to
 * CLI_WARC_SNIFF) are a WARC file: "WARC/1." plain, or after inflating
 * when they start like gzip. */
int cli_warc_detect(const void *head, size_t len);

/*
 * A reader of the input read by fn(ctx), whose first prefix_len bytes were
 * already read (they are copied). name is the input's name for messages
 * (kept, not copied). Returns NULL when out of memory.
 */
cli_warc *cli_warc_new(const char *name, cli_warc_read_fn fn, void *ctx, const void *prefix,
                       size_t prefix_len);

/*
 * The next record's header, in *rec. Returns 1; 0 at the end of the input
 * (or after a fatal error); -1 when a record was damaged, cut short or the
 * input could not be read: cli_warc_error() has the one-line message
 * "NAME: offset N: why", and the caller calls again to go on (a cut or an
 * unreadable input then gives 0).
 */
int cli_warc_next(cli_warc *w, cli_warc_record *rec);

/*
 * Reads the block of the record cli_warc_next gave. When it is at most max
 * bytes, *data is a new NUL-terminated buffer the caller frees (*len its
 * length) and 1 is returned; a larger one is skipped: 0, *data NULL.
 * Returns -1 (and *data NULL) when the record turns out damaged or cut
 * short, as cli_warc_next does. Not calling it skips the block.
 */
int cli_warc_block(cli_warc *w, size_t max, char **data, size_t *len);

/* The message of the last -1. */
const char *cli_warc_error(const cli_warc *w);

void cli_warc_free(cli_warc *w);

#endif
