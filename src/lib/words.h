/*
 * words: counting words in any script. A word is a run of letters, marks and
 * digits; in scripts written without spaces (Han, Hiragana, Katakana, Thai...)
 * each character counts as a word, so a Chinese page is not "one word long".
 */
#ifndef DCI_WORDS_H
#define DCI_WORDS_H

#include <stddef.h>

size_t dci_count_words(const char *utf8, size_t len);

/*
 * The comparison key of a text: its letters and digits, lower-cased, nothing
 * else. Two headlines that differ only in quotes, dashes, case or spacing
 * ("doesn't run." and "doesn’t run") have the same key. Writes at most size-1
 * bytes and a NUL into key; returns the key's length.
 */
size_t dci_text_key(const char *utf8, char *key, size_t size);

#endif
