#include "charset.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"

/* Length of the valid UTF-8 sequence at s (at most len bytes), 0 if invalid. */
static size_t utf8_sequence(const unsigned char *s, size_t len)
{
    unsigned char c = s[0];
    if (c < 0x80)
        return 1;
    size_t n;
    unsigned min;
    unsigned cp;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2; cp = c & 0x1F; min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3; cp = c & 0x0F; min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4; cp = c & 0x07; min = 0x10000;
    } else {
        return 0;
    }
    if (len < n)
        return 0;
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return n;
}

dc_status dc_charset_decode(const char *in, size_t len, const char *declared, int force,
                            char **out, size_t *out_len, const char **used)
{
    (void)declared;
    (void)force;
    dc_buf b = DC_BUF_INIT;
    const unsigned char *s = (const unsigned char *)in;
    size_t i = 0;
    if (len >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
        i = 3;
    while (i < len) {
        size_t n = utf8_sequence(s + i, len - i);
        if (n == 0) {
            dc_buf_puts(&b, "\xEF\xBF\xBD");
            i++;
            continue;
        }
        size_t start = i;
        i += n;
        while (i < len && s[i] < 0x80)
            i++;
        dc_buf_put(&b, in + start, i - start);
    }
    *out = dc_buf_detach(&b, out_len);
    *used = "UTF-8";
    return *out ? DC_OK : DC_NOMEM;
}
