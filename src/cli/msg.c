#include "msg.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

size_t cli_utf8_char(const unsigned char *s, size_t n)
{
    unsigned c = s[0];
    size_t len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
               : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (len == 0 || len > n)
        return 0;
    for (size_t i = 1; i < len; i++)
        if ((s[i] & 0xC0) != 0x80)
            return 0;
    if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] > 0x9F) ||
        (c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] > 0x8F))
        return 0;
    return len;
}

int cli_is_control(const unsigned char *s, size_t n)
{
    return s[0] < 0x20 || s[0] == 0x7f || (n > 1 && s[0] == 0xC2 && s[1] < 0xA0);
}

char *cli_escape(const char *s, size_t n, size_t max)
{
    char *out = malloc(max + 1);
    if (!out)
        return NULL;
    const unsigned char *p = (const unsigned char *)s;
    size_t len = 0;
    for (size_t i = 0; i < n;) {
        size_t c = cli_is_control(p + i, n - i) ? 0 : cli_utf8_char(p + i, n - i);
        size_t width = c ? c : 4;
        if (len + width > max)
            break;
        if (c)
            memcpy(out + len, s + i, c);
        else
            snprintf(out + len, 5, "\\x%02X", p[i]);
        len += width;
        i += c ? c : 1;
    }
    out[len] = '\0';
    return out;
}

void cli_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *text = n >= 0 ? malloc((size_t)n + 1) : NULL;
    char *shown = NULL;
    if (text) {
        va_start(ap, fmt);
        vsnprintf(text, (size_t)n + 1, fmt, ap);
        va_end(ap);
        shown = cli_escape(text, (size_t)n, 4 * (size_t)n);
    }
    /* Out of memory, the format alone still says what went wrong; it never
     * holds a name, so it needs no escaping. */
    fprintf(stderr, "decruft: %s\n", shown ? shown : fmt);
    free(text);
    free(shown);
}
