/*
 * patterns: the data tables that say what is boilerplate.
 *
 * Every table entry is data, not code, and each has a test in
 * tests/check_patterns.c or a fixture that needs it.
 */
#ifndef DC_PATTERNS_H
#define DC_PATTERNS_H

#include <stddef.h>

#include "dom.h"

/* What a class/id word says about the element that carries it. */
typedef enum dc_hint {
    DC_HINT_NONE = 0,
    DC_HINT_POSITIVE,   /* article, content, story: raises the container's score */
    DC_HINT_NEGATIVE,   /* meta, tools, widget: lowers the score, never drops */
    DC_HINT_DROP        /* nav, related, share, comments: boilerplate, dropped */
} dc_hint;

typedef struct dc_class_match {
    dc_hint hint;
    const char *word;    /* the table entry that matched (static), for DC_OPT_EXPLAIN */
} dc_class_match;

/*
 * Classifies an element by its class and id words (camelCase, '-' and '_' split
 * words). DROP wins over POSITIVE only when the element names no positive word,
 * except for words marked as always dropping (e.g. "twitter-tweet").
 */
dc_class_match dc_classify(const dc_node *n);

/* Score weight of the class/id hints: +25 per positive, -25 per negative/drop. */
int dc_class_weight(const dc_node *n);

/*
 * Matches a short block of text (white space folded) against the boilerplate
 * phrase table ("Read more here.", "Photo via Flickr", redirect notices).
 * Returns the matching pattern (static) or NULL.
 */
const char *dc_match_phrase(const char *text);

/* Matches a heading that introduces a boilerplate section ("More Film",
 * "Related articles", "Comments"). Returns the pattern or NULL. */
const char *dc_match_section_heading(const char *text);

/*
 * Glob match, ASCII case-insensitive: '*' matches any run of bytes, and a
 * space in the pattern matches one space in the text. Exposed for tests.
 */
int dc_glob_match(const char *pattern, const char *text);

#endif
