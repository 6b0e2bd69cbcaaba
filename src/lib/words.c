#include "words.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "buf.h"

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

int dci_is_wide_letter(const unsigned char *s, size_t left)
{
    if (s[0] == 0xF0)   /* U+20000..U+3FFFF, ideograph extensions */
        return left >= 4 && s[1] >= 0xA0 && s[1] <= 0xBF;
    if (s[0] < 0xE3 || s[0] > 0xEF || left < 3)
        return 0;
    unsigned cp = (unsigned)(s[0] & 0x0F) << 12 | (unsigned)(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
    return (cp >= 0x3040 && cp <= 0x30FF) ||   /* Hiragana, Katakana */
           (cp >= 0x3400 && cp <= 0x9FFF) ||   /* CJK ideographs, extension A */
           (cp >= 0xAC00 && cp <= 0xD7A3) ||   /* Hangul syllables */
           (cp >= 0xF900 && cp <= 0xFAFF);     /* compatibility ideographs */
}

static int is_blank(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* The category of the character at s (left bytes), or -1 when s holds
 * none. */
static int category_at(const char *s, size_t left)
{
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)left, &cp);
    return n > 0 && cp >= 0 ? (int)utf8proc_category(cp) : -1;
}

/* Whether a letter of category cat stands inside a sentence: a lower-case
 * one, or one of a script without case (Lo: Han, Hangul, Arabic, Thai...;
 * Lm: the kana's length mark ー). */
static int inner_letter(int cat)
{
    return cat == UTF8PROC_CATEGORY_LL || cat == UTF8PROC_CATEGORY_LO ||
           cat == UTF8PROC_CATEGORY_LM;
}

/* The marks a letter carries after it (vowel signs, tone marks, harakat)
 * that dci_ends_mid_sentence reads back over: at most this many. */
enum { LETTER_MARKS = 4 };

int dci_ends_mid_sentence(const char *utf8, size_t len)
{
    while (len > 0 && is_blank((unsigned char)utf8[len - 1]))
        len--;
    for (int marks = 0; len > 0 && marks <= LETTER_MARKS; marks++) {
        size_t start = len - 1;   /* the last character's first byte */
        while (start > 0 && len - start < 4 && ((unsigned char)utf8[start] & 0xC0) == 0x80)
            start--;
        int cat = category_at(utf8 + start, len - start);
        if (cat != UTF8PROC_CATEGORY_MN && cat != UTF8PROC_CATEGORY_MC)
            return inner_letter(cat);
        len = start;
    }
    return 0;
}

int dci_starts_mid_sentence(const char *utf8, size_t len, const char *marks)
{
    size_t i = 0;
    while (i < len && is_blank((unsigned char)utf8[i]))
        i++;
    size_t comma = i < len ? dci_wide_comma_len((const unsigned char *)utf8 + i, len - i) : 0;
    if (comma)
        i += comma;
    else if (i < len && utf8[i] && strchr(marks, utf8[i]))
        i++;
    while (i < len && is_blank((unsigned char)utf8[i]))
        i++;
    return i < len && inner_letter(category_at(utf8 + i, len - i));
}

/* The code point at *s, moving *s and *left past it; -1 for a byte that
 * starts no valid UTF-8 sequence, which is skipped alone. */
static utf8proc_int32_t next_code_point(const utf8proc_uint8_t **s, utf8proc_ssize_t *left)
{
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(*s, *left, &cp);
    if (n <= 0) {
        n = 1;
        cp = -1;
    }
    *s += n;
    *left -= n;
    return cp;
}

size_t dci_count_words(const char *utf8, size_t len)
{
    size_t words = 0;
    int in_word = 0;
    const utf8proc_uint8_t *s = (const utf8proc_uint8_t *)utf8;
    utf8proc_ssize_t left = (utf8proc_ssize_t)len;
    while (left > 0) {
        utf8proc_int32_t cp = next_code_point(&s, &left);
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

int dci_has_word(const char *utf8, size_t len)
{
    const utf8proc_uint8_t *s = (const utf8proc_uint8_t *)utf8;
    utf8proc_ssize_t left = (utf8proc_ssize_t)len;
    while (left > 0) {
        utf8proc_int32_t cp = next_code_point(&s, &left);
        if (cp >= 0 && is_word_char(utf8proc_category(cp)))
            return 1;
    }
    return 0;
}

/* The share of a word, in twelfths, a letter of a script without spaces
 * is: half for a Han character or a kana (a Chinese word is about two
 * characters long), a quarter for a letter of Thai, Lao, Khmer or Myanmar
 * (นโยบาย, "policy", is six; their vowel and tone marks count nothing). */
static unsigned unspaced_twelfths(utf8proc_int32_t cp, utf8proc_category_t cat)
{
    if (cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_MC)
        return 0;
    return (cp >= 0x0E00 && cp <= 0x0EFF) || (cp >= 0x1000 && cp <= 0x109F) ||
                   (cp >= 0x1780 && cp <= 0x17FF)
               ? 3
               : 6;
}

size_t dci_count_spaced_words(const char *utf8, size_t len)
{
    size_t words = 0;
    unsigned twelfths = 0;   /* of the run of unspaced letters being read */
    int in_word = 0;
    const utf8proc_uint8_t *s = (const utf8proc_uint8_t *)utf8;
    utf8proc_ssize_t left = (utf8proc_ssize_t)len;
    while (left > 0) {
        utf8proc_int32_t cp = next_code_point(&s, &left);
        utf8proc_category_t cat = cp >= 0 ? utf8proc_category(cp) : UTF8PROC_CATEGORY_CN;
        if (cp >= 0 && is_word_char(cat) && is_unspaced(cp)) {
            twelfths += unspaced_twelfths(cp, cat);
            in_word = 0;
            continue;
        }
        words += (twelfths + 11) / 12;
        twelfths = 0;
        if (cp >= 0 && is_word_char(cat)) {
            words += !in_word;
            in_word = 1;
        } else {
            in_word = 0;
        }
    }
    return words + (twelfths + 11) / 12;
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

/*
 * Code points NFC leaves as they are wherever they stand: combining class 0,
 * no canonical decomposition that changes them, never the second of a
 * composition (tests/check_dom.c checks each against utf8proc). A text of
 * them alone is NFC as it is, which spares the normalizer most pages: Latin
 * (below U+0300, the first combining mark), Cyrillic, General Punctuation
 * (curly quotes, dashes, the ellipsis; not U+2000 and U+2001, which NFC
 * maps to U+2002 and U+2003) and the CJK unified ideographs of Unicode 1.1.
 * Only ranges with every code point assigned: an unassigned one may become
 * a mark.
 */
static const struct {
    utf8proc_int32_t first, last;
} nfc_inert[] = {
    {0x0000, 0x02FF},
    {0x0400, 0x0482},   /* Cyrillic, without its combining marks */
    {0x048A, 0x04FF},
    {0x2002, 0x2064},
    {0x4E00, 0x9FA5},
};

int dci_nfc_inert(int32_t cp)
{
    for (size_t i = 0; i < sizeof nfc_inert / sizeof nfc_inert[0]; i++)
        if (cp >= nfc_inert[i].first && cp <= nfc_inert[i].last)
            return 1;
    return 0;
}

/* Whether every code point of text beyond ASCII passes keep; not when the
 * text is not UTF-8. */
static int beyond_ascii_all(const char *text, size_t len, int (*keep)(int32_t cp))
{
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)text;
    for (size_t i = 0; i < len;) {
        if (p[i] < 0x80) {
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate(p + i, (utf8proc_ssize_t)(len - i), &cp);
        if (n <= 0 || !keep(cp))
            return 0;
        i += (size_t)n;
    }
    return 1;
}

char *dci_nfc_dup(dci_arena *a, const char *utf8, size_t len, size_t *out_len)
{
    utf8proc_uint8_t *nfc = NULL;
    utf8proc_ssize_t n = -1;
    if (!beyond_ascii_all(utf8, len, dci_nfc_inert))
        n = utf8proc_map((const utf8proc_uint8_t *)utf8, (utf8proc_ssize_t)len, &nfc,
                         UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    char *copy = n >= 0 ? dci_arena_strndup(a, (const char *)nfc, (size_t)n)
                        : dci_arena_strndup(a, utf8, len);
    *out_len = n >= 0 ? (size_t)n : len;
    free(nfc);
    return copy;
}

/* Whether cp is General Punctuation (U+2002..U+2064: curly quotes and
 * dashes): case folding and NFC leave it as it is, so a text of ASCII and
 * of these folds as ASCII (tests/check_dom.c checks both against utf8proc). */
static int is_plain_punctuation(int32_t cp)
{
    return cp >= 0x2002 && cp <= 0x2064;
}

long dci_casefold(const char *text, size_t len, char **out)
{
    *out = NULL;
    if (!beyond_ascii_all(text, len, is_plain_punctuation)) {
        utf8proc_uint8_t *folded = NULL;
        utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)text, (utf8proc_ssize_t)len,
                                          &folded, UTF8PROC_CASEFOLD | UTF8PROC_COMPOSE);
        *out = (char *)folded;
        return (long)n;
    }
    char *copy = malloc(len + 1);
    if (!copy)
        return UTF8PROC_ERROR_NOMEM;
    for (size_t i = 0; i < len; i++)
        copy[i] = text[i] >= 'A' && text[i] <= 'Z' ? (char)(text[i] - 'A' + 'a') : text[i];
    copy[len] = '\0';
    *out = copy;
    return (long)len;
}

long dci_casefold_into(const char *text, size_t len, int32_t *buf, size_t cap)
{
    char *out = (char *)buf;
    if (!beyond_ascii_all(text, len, is_plain_punctuation)) {
        const int options = UTF8PROC_CASEFOLD | UTF8PROC_COMPOSE;
        utf8proc_ssize_t n = utf8proc_decompose_custom((const utf8proc_uint8_t *)text,
                                                       (utf8proc_ssize_t)len, buf,
                                                       (utf8proc_ssize_t)cap, options, NULL, NULL);
        if (n < 0 || (size_t)n >= cap)
            return -1;
        return (long)utf8proc_reencode(buf, n, options);
    }
    if (len >= cap * sizeof *buf)
        return -1;
    for (size_t i = 0; i < len; i++)
        out[i] = text[i] >= 'A' && text[i] <= 'Z' ? (char)(text[i] - 'A' + 'a') : text[i];
    out[len] = '\0';
    return (long)len;
}

void dci_plain_punctuation(char *s)
{
    char *out = s;
    for (const char *in = s; *in;) {
        if (strncmp(in, "\xe2\x80\x99", 3) == 0) {
            *out++ = '\'';
            in += 3;
        } else if (strncmp(in, "\xcc\x87", 2) == 0 && out > s && out[-1] == 'i') {
            in += 2;   /* the dot of "İ", which folds to "i" and a combining dot */
        } else if (strncmp(in, "\xc4\xb1", 2) == 0) {
            *out++ = 'i';   /* Turkish "ı": "YAZDIR" folds to "yazdir" */
            in += 2;
        } else if (strncmp(in, "\xe2\x80\xaf", 3) == 0) {
            *out++ = ' ';
            in += 3;
        } else if (strncmp(in, "\xc2\xa0", 2) == 0) {
            *out++ = ' ';
            in += 2;
        } else {
            *out++ = *in++;
        }
    }
    *out = '\0';
}

size_t dci_lower_prefix(const char *s, const char *lower)
{
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
    const utf8proc_uint8_t *q = (const utf8proc_uint8_t *)lower;
    size_t used = 0;
    while (*q) {
        if (*p < 0x80 && *q < 0x80) {   /* ASCII: no utf8proc call */
            int a = *p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p;
            if (a != *q || *p == 0)
                return 0;
            p++, q++, used++;
            continue;
        }
        utf8proc_int32_t a, b;
        utf8proc_ssize_t na = utf8proc_iterate(p, -1, &a), nb = utf8proc_iterate(q, -1, &b);
        if (na <= 0 || nb <= 0 || utf8proc_tolower(a) != b)
            return 0;
        p += na, q += nb, used += (size_t)na;
    }
    return used;
}

/* The zeros of the decimal digits beyond ASCII that dci_digit reads, in
 * order: each script's digits are the ten code points from its zero. */
static const uint32_t digit_zeros[] = {
    0x0660,   /* Arabic-Indic */
    0x06F0,   /* extended Arabic-Indic (Persian, Urdu) */
    0x07C0,   /* N'Ko */
    0x0966,   /* Devanagari */
    0x09E6,   /* Bengali */
    0x0A66,   /* Gurmukhi */
    0x0AE6,   /* Gujarati */
    0x0B66,   /* Oriya */
    0x0BE6,   /* Tamil */
    0x0C66,   /* Telugu */
    0x0CE6,   /* Kannada */
    0x0D66,   /* Malayalam */
    0x0DE6,   /* Sinhala */
    0x0E50,   /* Thai */
    0x0ED0,   /* Lao */
    0x0F20,   /* Tibetan */
    0x1040,   /* Myanmar */
    0x17E0,   /* Khmer */
    0x1810,   /* Mongolian */
    0xFF10,   /* full-width */
};

int dci_digit_wide(const char *p, size_t left, size_t *len)
{
    const unsigned char *s = (const unsigned char *)p;
    uint32_t cp;
    size_t n;
    if (left >= 2 && s[0] >= 0xC2 && s[0] <= 0xDF && (s[1] & 0xC0) == 0x80) {
        cp = (uint32_t)(s[0] & 0x1F) << 6 | (s[1] & 0x3F);
        n = 2;
    } else if (left >= 3 && (s[0] & 0xF0) == 0xE0 && (s[1] & 0xC0) == 0x80 &&
               (s[2] & 0xC0) == 0x80) {
        cp = (uint32_t)(s[0] & 0x0F) << 12 | (uint32_t)(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
        n = 3;
    } else {
        return -1;
    }
    for (size_t i = 0; i < sizeof digit_zeros / sizeof digit_zeros[0] && cp >= digit_zeros[i]; i++)
        if (cp - digit_zeros[i] < 10) {
            if (len)
                *len = n;
            return (int)(cp - digit_zeros[i]);
        }
    return -1;
}

int dci_digit_before(const char *s, size_t i)
{
    if (i == 0)
        return 0;
    unsigned char last = (unsigned char)s[i - 1];
    if (last < 0x80)
        return last >= '0' && last <= '9';
    size_t start = i - 1, n;   /* the last character's first byte */
    while (start > 0 && i - start < 3 && ((unsigned char)s[start] & 0xC0) == 0x80)
        start--;
    return dci_digit(s + start, i - start, &n) >= 0 && n == i - start;
}

size_t dci_digit_run(const char *s, size_t left, unsigned max, unsigned *count,
                     unsigned long *value)
{
    size_t at = 0, n;
    unsigned digits = 0;
    unsigned long v = 0;
    int d;
    while (digits < max && (d = dci_digit(s + at, left - at, &n)) >= 0) {
        v = v * 10 + (unsigned long)d;
        at += n;
        digits++;
    }
    if (count)
        *count = digits;
    if (value)
        *value = v;
    return at;
}

size_t dci_year_len(const char *s, size_t left)
{
    unsigned digits;
    unsigned long v;
    size_t n = dci_digit_run(s, left, 5, &digits, &v);
    return digits == 4 && ((v >= 1900 && v <= 2099) || (v >= 2500 && v <= 2599)) ? n : 0;
}

int dci_has_digit(const char *utf8, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (dci_digit(utf8 + i, len - i, NULL) >= 0)
            return 1;
    return 0;
}

size_t dci_clock_len(const char *s, size_t left)
{
    size_t n, at;
    if (dci_digit(s, left, &n) < 0 || n >= left || s[n] != ':')
        return 0;
    at = n + 1;
    unsigned digits;
    at += dci_digit_run(s + at, left - at, 3, &digits, NULL);
    return digits == 2 ? at : 0;
}

/* An ellipsis written as one character (…, U+2026): the same end of a
 * sentence as "...". */
static int is_ellipsis(const unsigned char *p, size_t left)
{
    return left >= 3 && p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0xA6;
}

/* The closing quotes a sentence may end with: ” and ’, and the corner
 * brackets 」 and 』 of Chinese and Japanese. */
static size_t closing_quote_len(const unsigned char *p, size_t left)
{
    if (left >= 3 && p[0] == 0xE3 && p[1] == 0x80 && (p[2] == 0x8D || p[2] == 0x8F))
        return 3;
    return left >= 3 && p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x9D || p[2] == 0x99) ? 3 : 0;
}

/* The sentence ends of other scripts, in UTF-8, and their ASCII
 * equivalents. */
static const struct {
    const char *utf8;
    char ascii;
} wide_stops[] = {
    {"\xe3\x80\x82", '.'},   /* U+3002 ideographic full stop */
    {"\xef\xbc\x8e", '.'},   /* U+FF0E full-width full stop */
    {"\xef\xbd\xa1", '.'},   /* U+FF61 half-width ideographic full stop */
    {"\xe0\xa5\xa4", '.'},   /* U+0964 Devanagari danda */
    {"\xe0\xa5\xa5", '.'},   /* U+0965 double danda */
    {"\xdb\x94", '.'},        /* U+06D4 Arabic (Urdu) full stop */
    {"\xd6\x89", '.'},        /* U+0589 Armenian full stop */
    {"\xe1\x8d\xa2", '.'},   /* U+1362 Ethiopic full stop */
    {"\xe1\x81\x8b", '.'},   /* U+104B Myanmar section mark */
    {"\xe1\x9f\x94", '.'},   /* U+17D4 Khmer khan, its full stop */
    {"\xe1\x9f\x95", '.'},   /* U+17D5 Khmer bariyoosan, a section's end */
    {"\xe0\xbc\x8d", '.'},   /* U+0F0D Tibetan shad */
    {"\xef\xbc\x81", '!'},   /* U+FF01 full-width exclamation mark */
    {"\xef\xbc\x9f", '?'},   /* U+FF1F full-width question mark */
    {"\xd8\x9f", '?'},        /* U+061F Arabic question mark */
    {"\xcd\xbe", '?'},        /* U+037E Greek question mark */
};

size_t dci_invisible_len(const unsigned char *p, size_t left)
{
    if (left >= 3 && p[0] == 0xE2 && p[1] == 0x80 && p[2] >= 0x8B && p[2] <= 0x8F)
        return 3;
    if (left >= 3 && p[0] == 0xE2 && p[1] == 0x81 && p[2] == 0xA0)
        return 3;
    if (left >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
        return 3;
    return left >= 2 && p[0] == 0xD8 && p[1] == 0x9C ? 2 : 0;
}

size_t dci_trim_end(const char *utf8, size_t len)
{
    const unsigned char *s = (const unsigned char *)utf8;
    while (len > 0) {
        if (s[len - 1] < 0x80) {
            if (!is_blank(s[len - 1]))
                break;
            len--;
            continue;
        }
        size_t start = len - 1;   /* the last character's first byte */
        while (start > 0 && (s[start] & 0xC0) == 0x80)
            start--;
        size_t n = len - start;
        if (dci_space_len(utf8 + start, n) != n && dci_invisible_len(s + start, n) != n)
            break;
        len = start;
    }
    return len;
}

/* Whether the ';' at utf8[len - 1] stands right after a Greek letter
 * (U+0370..U+03FF, U+1F00..U+1FFF): Greek writes its question mark so
 * ("Τι ώρα είναι;"), keyboards type U+037E as the ASCII semicolon, and
 * Unicode folds one into the other. After any other letter it is a
 * semicolon. */
static int greek_question(const char *utf8, size_t len)
{
    if (len < 3 || utf8[len - 1] != ';')
        return 0;
    size_t start = len - 1;   /* the letter's first byte */
    while (start > 0 && len - 1 - start < 4 && ((unsigned char)utf8[--start] & 0xC0) == 0x80)
        ;
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)utf8 + start,
                                          (utf8proc_ssize_t)(len - 1 - start), &cp);
    if (n != (utf8proc_ssize_t)(len - 1 - start) ||
        !((cp >= 0x0370 && cp <= 0x03FF) || (cp >= 0x1F00 && cp <= 0x1FFF)))
        return 0;
    utf8proc_category_t cat = utf8proc_category(cp);
    return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO &&
           cat != UTF8PROC_CATEGORY_LM;   /* the numeral sign ʹ marks a number */
}

char dci_wide_stop(const char *utf8, size_t len)
{
    if (greek_question(utf8, len))
        return '?';
    if (len < 2 || (unsigned char)utf8[len - 1] < 0x80)
        return 0;
    for (size_t i = 0; i < sizeof wide_stops / sizeof wide_stops[0]; i++) {
        size_t n = strlen(wide_stops[i].utf8);
        if (len >= n && memcmp(utf8 + len - n, wide_stops[i].utf8, n) == 0)
            return wide_stops[i].ascii;
    }
    return 0;
}

size_t dci_colon_len(const char *p, size_t left)
{
    if (left >= 1 && p[0] == ':')
        return 1;
    return left >= 3 && memcmp(p, "\xef\xbc\x9a", 3) == 0 ? 3 : 0;
}

int dci_ends_colon(const char *utf8, size_t len)
{
    return (len >= 1 && utf8[len - 1] == ':') ||
           (len >= 3 && dci_colon_len(utf8 + len - 3, 3) == 3);
}

int dci_stop_abbreviates(const char *utf8, size_t len)
{
    if (len < 4 || utf8[len - 1] != '.')
        return 0;
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)utf8 + len - 4, 3, &cp);
    return n == 3 && ((cp >= 0x0E00 && cp <= 0x0EFF) || (cp >= 0x1000 && cp <= 0x109F) ||
                      (cp >= 0x1780 && cp <= 0x17FF));
}

size_t dci_wide_comma_len(const unsigned char *p, size_t left)
{
    if (left >= 3 && p[0] == 0xEF && p[1] == 0xBC && p[2] == 0x8C)
        return 3;
    if (left >= 3 && p[0] == 0xE1 && ((p[1] == 0x81 && p[2] == 0x8A) || (p[1] == 0x8D && p[2] == 0xA3)))
        return 3;   /* U+104A Myanmar little section, U+1363 Ethiopic comma */
    if (left >= 3 && p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x81)
        return 3;
    return left >= 2 && p[0] == 0xD8 && p[1] == 0x8C ? 2 : 0;
}

void dci_sentence_add(dci_sentence *s, const char *utf8, size_t len)
{
    const unsigned char *p = (const unsigned char *)utf8;
    for (size_t i = 0; i < len; i++) {
        size_t quote = closing_quote_len(p + i, len - i);
        if (quote) {
            s->chars++;
            i += quote - 1;
            continue;
        }
        if (is_ellipsis(p + i, len - i)) {
            s->chars++;
            s->last = '.';
            i += 2;
            continue;
        }
        size_t invisible = dci_invisible_len(p + i, len - i);
        if (invisible || (p[i] == 0xC2 && i + 1 < len && p[i + 1] == 0xA0)) {
            i += (invisible ? invisible : 2) - 1;   /* a mark or a no-break space: no letter */
            continue;
        }
        size_t comma = dci_wide_comma_len(p + i, len - i);
        if (comma) {
            s->chars++;
            s->commas++;
            s->last = ',';
            i += comma - 1;
            continue;
        }
        if (p[i] >= 0xC0) {
            /* a character of another script: a stop of its own, or a letter */
            size_t n = p[i] >= 0xF0 ? 4 : p[i] >= 0xE0 ? 3 : 2;
            n = n < len - i ? n : len - i;
            char stop = dci_wide_stop((const char *)p + i, n);
            s->chars += s->wide > 1 && dci_is_wide_letter(p + i, len - i) ? s->wide : 1;
            s->last = stop ? stop : (char)p[i];
            i += n - 1;
            continue;
        }
        unsigned char c = p[i];
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r')
            continue;
        if ((c & 0xC0) != 0x80)
            s->chars++;
        s->commas += c == ',';
        if (c != '"' && c != '\'' && (c & 0xC0) != 0x80)
            s->last = (char)c;
    }
}

int dci_sentence_is(const dci_sentence *s, size_t min_chars)
{
    return s->chars >= min_chars && s->commas > 0 && s->last &&
           (s->last == '.' || s->last == '!');
}

unsigned dci_name_set_add(const char **names, size_t *lens, unsigned count, const char *name,
                          size_t len)
{
    for (unsigned i = 0; i < count; i++)
        if (lens[i] == len && memcmp(names[i], name, len) == 0)
            return count;
    names[count] = name;
    lens[count] = len;
    return count + 1;
}
