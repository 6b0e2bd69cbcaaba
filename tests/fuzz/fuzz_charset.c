/*
 * libFuzzer harness for the charset detector and converter.
 *
 * The first byte chooses a declared label from a small table (or none) and
 * whether it is forced; the rest is the page. The output must be valid,
 * NUL-terminated UTF-8 of the stated length whenever the call succeeds.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "charset.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const labels[] = {
    NULL, "utf-8", "UTF8", "windows-1252", "iso-8859-1", "latin1", "us-ascii",
    "shift_jis", "euc-jp", "iso-2022-jp", "gb2312", "gbk", "gb18030", "big5",
    "euc-kr", "koi8-r", "windows-1251", "iso-8859-2", "utf-16", "utf-16le",
    "utf-16be", "x-user-defined", "replacement", "no-such-charset", "",
    " utf-8 ", "UTF-7", "ibm866", "macintosh", "windows-874", "iso-8859-8-i",
};
#define NLABELS (sizeof labels / sizeof labels[0])

/* Length of the valid UTF-8 sequence at s, 0 if invalid (RFC 3629). */
static size_t utf8_len(const unsigned char *s, size_t len)
{
    unsigned char c = s[0];
    if (c < 0x80)
        return 1;
    size_t n;
    unsigned cp, min;
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

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const char *label = labels[(data[0] >> 1) % NLABELS];
    int force = data[0] & 1;
    char *out = NULL;
    size_t out_len = 0;
    const char *used = NULL;
    dc_status st = dci_charset_decode((const char *)data + 1, size - 1, label, force, &out,
                                     &out_len, &used);
    if (st != DC_OK) {
        /* Only an unknown forced label or memory may fail. */
        if (st != DC_BAD_CHARSET && st != DC_NOMEM)
            abort();
        return 0;
    }
    if (!out || !used)
        abort();
    if (out[out_len] != '\0')
        abort();
    const unsigned char *u = (const unsigned char *)out;
    for (size_t i = 0; i < out_len;) {
        size_t n = utf8_len(u + i, out_len - i);
        if (n == 0)
            abort(); /* invalid UTF-8 in the output */
        i += n;
    }
    free(out);
    return 0;
}
