/*
 * buf: a growable byte buffer on malloc, used by every writer.
 *
 * A failed growth sets a sticky error flag and later writes are ignored, so a
 * writer checks once at the end (dc_buf_detach returns NULL) instead of after
 * every put.
 */
#ifndef DC_BUF_H
#define DC_BUF_H

#include <stddef.h>

typedef struct dc_buf {
    char *data;
    size_t len;
    size_t cap;
    int failed;
} dc_buf;

#define DC_BUF_INIT {NULL, 0, 0, 0}

/* Makes room for extra more bytes at once, when the size is known ahead. */
void dc_buf_reserve(dc_buf *b, size_t extra);

void dc_buf_put(dc_buf *b, const char *s, size_t len);
void dc_buf_puts(dc_buf *b, const char *s);
void dc_buf_putc(dc_buf *b, char c);
void dc_buf_printf(dc_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Appends s with runs of white space folded to one space; a leading space is
 * dropped when the buffer is empty or already ends in white space. */
void dc_buf_put_folded(dc_buf *b, const char *s, size_t len);

/* Appends s with every run of white space (ASCII, no-break and the other
 * Unicode spaces) folded to one ASCII space. *space says whether the text
 * before ends in white space (a leading run is then dropped) and is updated. */
void dc_buf_fold(dc_buf *b, const char *s, size_t len, int *space);

/* Bytes of the white space character at s (of len bytes), 0 if none. */
size_t dc_space_len(const char *s, size_t len);

/* Drops trailing spaces, tabs and newlines. */
void dc_buf_rtrim(dc_buf *b);

/* Hands the NUL-terminated data to the caller (free with free()), its length in
 * *len; NULL if any growth failed. The buffer is left empty. */
char *dc_buf_detach(dc_buf *b, size_t *len);

void dc_buf_free(dc_buf *b);

/* Non-zero for the ASCII white space HTML folds: space, tab, LF, FF, CR. */
int dc_is_space(unsigned char c);

#endif
