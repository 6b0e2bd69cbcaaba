/*
 * buf: a growable byte buffer on malloc, used by every writer.
 *
 * A failed growth sets a sticky error flag and later writes are ignored, so a
 * writer checks once at the end (dci_buf_detach returns NULL) instead of after
 * every put.
 */
#ifndef DCI_BUF_H
#define DCI_BUF_H

#include <stddef.h>

typedef struct dci_buf {
    char *data;
    size_t len;
    size_t cap;
    int failed;
} dci_buf;

#define DCI_BUF_INIT {NULL, 0, 0, 0}

/* Makes room for extra more bytes at once, when the size is known ahead. */
void dci_buf_reserve(dci_buf *b, size_t extra);

void dci_buf_put(dci_buf *b, const char *s, size_t len);
void dci_buf_puts(dci_buf *b, const char *s);
void dci_buf_putc(dci_buf *b, char c);
void dci_buf_printf(dci_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Appends s with runs of white space folded to one space; a leading space is
 * dropped when the buffer is empty or already ends in white space. */
void dci_buf_put_folded(dci_buf *b, const char *s, size_t len);

/* dci_buf_put_folded, stopping once the buffer holds more than limit
 * bytes: what it holds then is the first limit + 1 bytes that the whole
 * text would have given (a reader of a text's first bytes does not fold,
 * nor copy, a text node of megabytes for each of its ancestors). */
void dci_buf_put_folded_upto(dci_buf *b, const char *s, size_t len, size_t limit);

/* Appends s with every run of white space (ASCII, no-break and the other
 * Unicode spaces) folded to one ASCII space. *space says whether the text
 * before ends in white space (a leading run is then dropped) and is updated. */
void dci_buf_fold(dci_buf *b, const char *s, size_t len, int *space);

/* Bytes of the white space character at s (of len bytes), 0 if none. */
size_t dci_space_len(const char *s, size_t len);

/* Drops trailing spaces, tabs and newlines. */
void dci_buf_rtrim(dci_buf *b);

/* Hands the NUL-terminated data to the caller (free with free()), its length in
 * *len; NULL if any growth failed. The buffer is left empty. */
char *dci_buf_detach(dci_buf *b, size_t *len);

void dci_buf_free(dci_buf *b);

/* Non-zero for the ASCII white space HTML folds: space, tab, LF, FF, CR.
 * Inline: the counts test every byte of the page's text with it. */
static inline int dci_is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

#endif
