#include "buf.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int grow(dci_buf *b, size_t extra)
{
    if (b->failed)
        return 0;
    if (extra < b->cap - b->len)
        return 1;
    size_t need = b->len + extra + 1;
    if (need < b->len) {
        b->failed = 1;
        return 0;
    }
    size_t cap = b->cap ? b->cap : 256;
    while (cap < need)
        cap = cap > ((size_t)-1) / 2 ? need : cap * 2;
    char *data = realloc(b->data, cap);
    if (!data) {
        b->failed = 1;
        return 0;
    }
    b->data = data;
    b->cap = cap;
    return 1;
}

void dci_buf_reserve(dci_buf *b, size_t extra)
{
    grow(b, extra);
}

void dci_buf_put(dci_buf *b, const char *s, size_t len)
{
    if (!grow(b, len))
        return;
    memcpy(b->data + b->len, s, len);
    b->len += len;
    b->data[b->len] = '\0';
}

void dci_buf_puts(dci_buf *b, const char *s)
{
    dci_buf_put(b, s, strlen(s));
}

void dci_buf_putc(dci_buf *b, char c)
{
    dci_buf_put(b, &c, 1);
}

void dci_buf_printf(dci_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || !grow(b, (size_t)n))
        return;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

size_t dci_space_len(const char *s, size_t len)
{
    unsigned char c = (unsigned char)s[0];
    if (dci_is_space(c))
        return 1;
    if (c == 0xC2 && len >= 2 && (unsigned char)s[1] == 0xA0)
        return 2;   /* no-break space */
    if (c == 0xE2 && len >= 3 && (unsigned char)s[1] == 0x80) {
        unsigned char d = (unsigned char)s[2];
        if (d <= 0x8A || d == 0xAF)
            return 3;   /* en quad .. hair space, narrow no-break space */
    }
    if (c == 0xE2 && len >= 3 && (unsigned char)s[1] == 0x81 && (unsigned char)s[2] == 0x9F)
        return 3;   /* medium mathematical space */
    if (c == 0xE3 && len >= 3 && (unsigned char)s[1] == 0x80 && (unsigned char)s[2] == 0x80)
        return 3;   /* ideographic space */
    return 0;
}

/* dci_buf_fold, stopping once b holds more than limit bytes: a run of
 * other bytes is read no further than the one past limit. */
static void fold_upto(dci_buf *b, const char *s, size_t len, int *space, size_t limit)
{
    size_t i = 0;
    while (i < len && b->len <= limit) {
        size_t n = dci_space_len(s + i, len - i);
        if (n > 0) {
            if (!*space)
                dci_buf_putc(b, ' ');
            *space = 1;
            i += n;
            continue;
        }
        size_t room = limit - b->len, start = i++;
        while (i < len && i - start <= room && dci_space_len(s + i, len - i) == 0)
            i++;
        dci_buf_put(b, s + start, i - start);
        *space = 0;
        if (b->failed)
            return;
    }
}

void dci_buf_fold(dci_buf *b, const char *s, size_t len, int *space)
{
    fold_upto(b, s, len, space, SIZE_MAX);
}

void dci_buf_put_folded(dci_buf *b, const char *s, size_t len)
{
    int space = b->len == 0 || dci_is_space((unsigned char)b->data[b->len - 1]);
    fold_upto(b, s, len, &space, SIZE_MAX);
}

void dci_buf_put_folded_upto(dci_buf *b, const char *s, size_t len, size_t limit)
{
    int space = b->len == 0 || dci_is_space((unsigned char)b->data[b->len - 1]);
    fold_upto(b, s, len, &space, limit);
}

void dci_buf_rtrim(dci_buf *b)
{
    while (b->len > 0 && dci_is_space((unsigned char)b->data[b->len - 1]))
        b->len--;
    if (b->data)
        b->data[b->len] = '\0';
}

char *dci_buf_detach(dci_buf *b, size_t *len)
{
    /* An empty buffer is still handed over as a NUL-terminated string (found
     * by fuzz_extract: dc_render of an empty result returned 256 bytes of
     * uninitialised memory without a terminator). */
    if (!b->failed && !b->data && grow(b, 0))
        b->data[0] = '\0';
    if (b->failed) {
        dci_buf_free(b);
        return NULL;
    }
    char *data = b->data;
    if (len)
        *len = b->len;
    b->data = NULL;
    b->len = b->cap = 0;
    return data;
}

void dci_buf_free(dci_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
    b->failed = 0;
}
