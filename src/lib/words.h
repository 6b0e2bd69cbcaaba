/*
 * words: counting words in any script. A word is a run of letters, marks and
 * digits; in scripts written without spaces (Han, Hiragana, Katakana, Thai...)
 * each character counts as a word, so a Chinese page is not "one word long".
 */
#ifndef DCI_WORDS_H
#define DCI_WORDS_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"

size_t dci_count_words(const char *utf8, size_t len);

/* Whether utf8 holds a word (dci_count_words(utf8, len) > 0), read up to
 * its first word only. */
int dci_has_word(const char *utf8, size_t len);

/*
 * The words of a text as a script with spaces would have them, for the
 * limits set in words ("a menu's entry is at most 3 words"): a run of Han
 * characters or kana counts a word per two of them (a Chinese word is
 * about two characters long: 关于我们, "about us", two words, not four), a
 * run of Thai, Lao, Khmer or Myanmar letters a word per four (vowel and
 * tone marks not counted); other words as dci_count_words counts them.
 */
size_t dci_count_spaced_words(const char *utf8, size_t len);

/* Whether the UTF-8 character at s (left bytes on) is a Han ideograph, a
 * kana or a Hangul syllable: one of them says about what two or three
 * Latin letters say (a Chinese sentence is a third as long as its English
 * translation), so that a short Chinese paragraph counted as letters would
 * fall below every length a paragraph of prose is measured by; the DOM's
 * statistics count one as t->wide_char_weight characters. */
int dci_is_wide_letter(const unsigned char *s, size_t left);

/*
 * Digits: the value (0 to 9) of the decimal digit at p (left bytes on), its
 * length in *len (when len is not NULL); -1 for anything else. Pages write
 * times, dates and counts in the digits of their script as often as in
 * ASCII ones ("١٢:٣٠", "٣ تعليقات", "१४:३२", "๕ มี.ค.", "１２：３０"): the
 * ASCII digits, and those of Arabic (Arabic-Indic and the extended ones of
 * Persian and Urdu), N'Ko, the Indic scripts (Devanagari, Bengali,
 * Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Sinhala),
 * Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian and the full-width ones. A
 * digit never holds a NUL: left may be SIZE_MAX for a NUL-terminated text.
 * An ASCII byte is judged inline, without a call.
 */
int dci_digit_wide(const char *p, size_t left, size_t *len);

static inline int dci_digit(const char *p, size_t left, size_t *len)
{
    unsigned char c = left ? (unsigned char)p[0] : 0;
    if (c >= '0' && c <= '9') {
        if (len)
            *len = 1;
        return c - '0';
    }
    /* every digit beyond ASCII opens with a byte from 0xD9 (U+0660) to 0xE1
     * (U+1FFF) or with 0xEF (U+F000..U+FFFF, the full-width ones): Han and
     * Hangul letters, Latin, Greek and Cyrillic ones cost no call */
    return (c >= 0xD9 && c <= 0xE1) || c == 0xEF ? dci_digit_wide(p, left, len) : -1;
}

/* Whether a digit of dci_digit ends right before s + i, s[0..i) read back
 * no further than its start. */
int dci_digit_before(const char *s, size_t i);

/* The length in bytes of the run of digits at s (left bytes on), of at
 * most max digits: their count in *count and their value in *value (either
 * may be NULL); a run of more than max digits is read to its max-th. */
size_t dci_digit_run(const char *s, size_t left, unsigned max, unsigned *count,
                     unsigned long *value);

/* The length of the year at s (left bytes on): a run of four digits of
 * dci_digit from 1900 to 2099, or from 2500 to 2599 (the Buddhist era's
 * years, 1957 to 2056, which Thai pages date by: "๒๕๖๗", 2567 for 2024),
 * and no fifth ("2012", "٢٠١٢"); 0 when none is there. */
size_t dci_year_len(const char *s, size_t left);

/* Whether utf8[0..len) holds a digit. */
int dci_has_digit(const char *utf8, size_t len);

/* Adds name[0..len) to the set of count distinct names in names and lens,
 * unless it is there already (compared byte for byte); returns the new
 * count. The caller leaves room for one more: signers of a thread told
 * apart by their names. */
unsigned dci_name_set_add(const char **names, size_t *lens, unsigned count, const char *name,
                          size_t len);

/* The length of the time of day at s (left bytes on), read from its
 * hour's last digit: a digit, ':', two digits and no third ("8:49", the
 * "3:05" of "13:05", "٨:٤٩"); 0 when none is there. */
size_t dci_clock_len(const char *s, size_t left);

/* Whether the last letter of a text, white space and the marks set on it
 * aside, stands inside a sentence: a lower-case letter (any script with
 * cases), or a letter of a script without case (Han, kana, Hangul, Arabic,
 * Hebrew, the Indic scripts, Thai...), where no capital tells a label or a
 * name from a sentence's words and the marks around them say it (a label
 * ends with a colon: "标签：", "الوسوم:"). */
int dci_ends_mid_sentence(const char *utf8, size_t len);

/* Whether a text, after white space, at most one of marks (a comma...) or
 * one comma of another script (，、،) and white space again, starts on a
 * letter that stands inside a sentence (dci_ends_mid_sentence's): it goes
 * on with a sentence begun before it. */
int dci_starts_mid_sentence(const char *utf8, size_t len, const char *marks);

/*
 * The sentence end of another script that the text utf8[0..len) ends with,
 * as its ASCII equivalent: '.' for the ideographic full stop (U+3002), the
 * full-width and half-width stops, the Devanagari danda (U+0964, U+0965),
 * the Urdu, Armenian, Ethiopic and Myanmar full stops, the Khmer khan
 * (U+17D4) and bariyoosan (U+17D5), the Tibetan shad (U+0F0D); '!' for the
 * full-width one; '?' for the full-width, Arabic (U+061F) and Greek
 * (U+037E) question marks, and for the ASCII ';' right after a Greek letter
 * (the Greek question mark as typed). 0 for any other text, other ASCII ends included: the
 * tests of a sentence's end in a page's text read "." alone otherwise, and
 * a Chinese, Japanese, Hindi or Arabic sentence never ended.
 */
char dci_wide_stop(const char *utf8, size_t len);

/* The length of the invisible format character at p (left bytes on): the
 * zero-width space, joiners and direction marks (U+200B..U+200F), the word
 * joiner (U+2060), the Arabic letter mark (U+061C) and the byte order mark
 * (U+FEFF), which right-to-left text sets after its stops; or 0. */
size_t dci_invisible_len(const unsigned char *p, size_t left);

/* The length of utf8[0..len) without the white space (a no-break or an
 * ideographic space included) and invisible format characters at its end:
 * "It ends.&nbsp;" and "...؟" with a direction mark end at their stops. */
size_t dci_trim_end(const char *utf8, size_t len);

/* The length of the comma of another script at p (the full-width and
 * ideographic commas of Chinese and Japanese, the Arabic comma, Myanmar's
 * little section mark ၊ and the Ethiopic comma ፣), or 0. */
size_t dci_wide_comma_len(const unsigned char *p, size_t left);

/* The length of the colon at p (left bytes on): 1 for ':', 3 for the
 * full-width colon (U+FF1A) that Chinese and Japanese labels end with
 * ("来源：新华社", "编辑："); 0 for anything else. A label's colon is
 * either. */
size_t dci_colon_len(const char *p, size_t left);

/* Whether utf8[0..len) ends with a colon of dci_colon_len. */
int dci_ends_colon(const char *utf8, size_t len);

/* Whether a '.' at utf8[len - 1] stands right after a letter of a script
 * that ends no sentence with it (Thai, Lao, Khmer, Myanmar): an
 * abbreviation's mark ("14:32 น.", o'clock), not a full stop. */
int dci_stop_abbreviates(const char *utf8, size_t len);

/*
 * Whether a text read in pieces is a sentence written out: feed each piece
 * to dci_sentence_add, then dci_sentence_is asks for min_chars characters
 * (white space aside), a comma, and a full stop or ! at its end, before
 * any closing quotes ("...a good choice for you.”", 「…。」); an ellipsis,
 * "..." or "…", ends one too, and so do the stops of dci_wide_stop; the
 * ideographic and Arabic commas (，、،) are commas. A headline has no full stop; "Read more." has no comma.
 */
typedef struct dci_sentence {
    size_t chars, commas;
    char last;
    unsigned wide;   /* what a wide letter counts for (dci_is_wide_letter); 0: 1 */
} dci_sentence;
void dci_sentence_add(dci_sentence *s, const char *utf8, size_t len);
int dci_sentence_is(const dci_sentence *s, size_t min_chars);

/*
 * The comparison key of a text: its letters and digits, lower-cased, nothing
 * else. Two headlines that differ only in quotes, dashes, case or spacing
 * ("doesn't run." and "doesn’t run") have the same key. Writes at most size-1
 * bytes and a NUL into key; returns the key's length.
 */
size_t dci_text_key(const char *utf8, char *key, size_t size);

/*
 * A copy of utf8[0..len) in Unicode normalization form C on arena a ("e"
 * and a combining acute become one "é"), so that the same text always comes
 * out as the same bytes; its length in *out_len. Text that is not valid
 * UTF-8 is copied as it is. NULL when the arena failed.
 */
char *dci_nfc_dup(dci_arena *a, const char *utf8, size_t len, size_t *out_len);

/* Whether NFC leaves code point cp as it is in any text: dci_nfc_dup copies
 * a text of such code points without normalizing it. */
int dci_nfc_inert(int32_t cp);

/*
 * text[0..len) case-folded and in NFC, as utf8proc_map with
 * UTF8PROC_CASEFOLD | UTF8PROC_COMPOSE gives it: its length, with the
 * NUL-terminated result in *out (free with free()), or utf8proc's negative
 * error code (UTF8PROC_ERROR_NOMEM, or the text is not UTF-8). Text of ASCII
 * and punctuation, most one-line blocks, is folded without utf8proc, which
 * costs a hundred times more.
 */
long dci_casefold(const char *text, size_t len, char **out);

/* dci_casefold into buf, cap code points long, without allocating: the
 * NUL-terminated result is written over buf (read it as a char array);
 * its length, or -1 when it does not fit or text is not UTF-8. For a
 * loop over many short lines. */
long dci_casefold_into(const char *text, size_t len, int32_t *buf, size_t cap);

/*
 * Writes, in place, the typographic apostrophe (U+2019) as ' and the
 * no-break spaces (U+00A0, and U+202F, which French sets before ":" and
 * "?") as a space, and drops the combining dot the Turkish capital "İ"
 * folds to after its "i", and writes the dotless "ı" as "i", as its
 * capital "I" folds: "s’abonner" is "s'abonner", "Lire aussi : ..." (with a
 * no-break space) is "lire aussi : ...", "İlgili" is "ilgili", "Yazdır" and
 * "YAZDIR" are "yazdir". The pattern tables are written with the plain
 * characters.
 */
void dci_plain_punctuation(char *s);

/*
 * The bytes of s that spell lower, a prefix written in lower case, in any
 * case and script ("Автор: " and "АВТОР: " for "автор: ", as "By " for
 * "by "): each code point of s lowered by utf8proc's simple mapping; 0 when
 * s does not open with it. Reads no further than lower's length in code
 * points.
 */
size_t dci_lower_prefix(const char *s, const char *lower);

#endif
