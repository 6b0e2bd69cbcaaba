#include "words.h"

#include <utf8proc.h>

static int is_word_char(utf8proc_category_t cat)
{
    switch (cat) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO: case UTF8PROC_CATEGORY_PC:
        return 1;
    default:
        return 0;
    }
}

/* Scripts that do not separate words with spaces. */
static int is_unspaced(utf8proc_int32_t cp)
{
    return (cp >= 0x2E80 && cp <= 0x9FFF) ||   /* CJK radicals .. unified ideographs */
           (cp >= 0xF900 && cp <= 0xFAFF) ||   /* compatibility ideographs */
           (cp >= 0x20000 && cp <= 0x3FFFF) || /* ideograph extensions */
           (cp >= 0x0E00 && cp <= 0x0EFF) ||   /* Thai, Lao */
           (cp >= 0x1000 && cp <= 0x109F) ||   /* Myanmar */
           (cp >= 0x1780 && cp <= 0x17FF);     /* Khmer */
}

size_t dci_count_words(const char *utf8, size_t len)
{
    size_t words = 0;
    int in_word = 0;
    const utf8proc_uint8_t *s = (const utf8proc_uint8_t *)utf8;
    utf8proc_ssize_t left = (utf8proc_ssize_t)len;
    while (left > 0) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate(s, left, &cp);
        if (n <= 0) {
            n = 1;
            cp = -1;
        }
        s += n;
        left -= n;
        if (cp >= 0 && is_word_char(utf8proc_category(cp))) {
            if (is_unspaced(cp)) {
                words++;
                in_word = 0;
            } else if (!in_word) {
                words++;
                in_word = 1;
            }
        } else {
            in_word = 0;
        }
    }
    return words;
}

size_t dci_text_key(const char *utf8, char *key, size_t size)
{
    size_t out = 0;
    const utf8proc_uint8_t *s = (const utf8proc_uint8_t *)utf8;
    while (*s && out + 5 < size) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate(s, -1, &cp);
        if (n <= 0) {
            s++;
            continue;
        }
        s += n;
        utf8proc_category_t cat = utf8proc_category(cp);
        if (!is_word_char(cat) || cat == UTF8PROC_CATEGORY_PC)
            continue;
        out += (size_t)utf8proc_encode_char(utf8proc_tolower(cp), (utf8proc_uint8_t *)key + out);
    }
    key[out] = '\0';
    return out;
}
