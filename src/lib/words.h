/*
 * words: counting words in any script. A word is a run of letters, marks and
 * digits; in scripts written without spaces (Han, Hiragana, Katakana, Thai...)
 * each character counts as a word, so a Chinese page is not "one word long".
 */
#ifndef DC_WORDS_H
#define DC_WORDS_H

#include <stddef.h>

size_t dc_count_words(const char *utf8, size_t len);

#endif
