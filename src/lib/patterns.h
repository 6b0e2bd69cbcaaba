/*
 * patterns: the data tables that say what is boilerplate.
 *
 * Every table entry is data, not code, and each has a test in
 * tests/check_patterns.c or a fixture that needs it.
 */
#ifndef DCI_PATTERNS_H
#define DCI_PATTERNS_H

#include <stddef.h>
#include <ctype.h>
#include <stdint.h>

#include "dom.h"

/* What a class/id word says about the element that carries it. */
typedef enum dci_hint {
    DCI_HINT_NONE = 0,
    DCI_HINT_POSITIVE,   /* article, content, story: raises the container's score */
    DCI_HINT_NEGATIVE,   /* meta, tools, widget: lowers the score, never drops */
    DCI_HINT_DROP        /* nav, related, share, comments: boilerplate, dropped */
} dci_hint;

typedef struct dci_class_match {
    dci_hint hint;
    const char *word;    /* the table entry that matched (static), for the explanation */
} dci_class_match;

/*
 * Classifies an element by its class and id words (camelCase, '-' and '_' split
 * words). DROP wins over POSITIVE only when the element names no positive word,
 * except for words marked as always dropping (e.g. "twitter-tweet").
 */
dci_class_match dci_classify(const dci_node *n);

/* Whether a drop word (an entry as dci_classify returns it) is the one of
 * captions. */
int dci_class_word_names_caption(const char *word);
/* Whether a class word (an entry, as matched) names a gallery, a slideshow or a carousel. */
int dci_class_word_names_gallery(const char *word);

/* Whether a drop word (an entry as dci_classify returns it) names a small
 * box of the article's page (a date, a byline, a caption): a box that holds
 * an article's paragraphs is not one, whatever its class says. */
int dci_class_word_names_small_box(const char *word);
/* Whether n's class or id names the rest of a post after its cut (`entry-more`). */
int dci_names_continuation(const dci_node *n);
/* Whether a drop word names a box of links: a menu, the navigation. */
int dci_class_word_names_link_box(const char *word);
/* Whether a small-box word names a short line: a byline or a date. */
int dci_class_word_names_short_line(const char *word);

/* Whether a drop word (an entry as dci_classify returns it) names a box
 * beside the article (its comments, the page's side column). */
int dci_class_word_names_beside_box(const char *word);

/* The drop word that names element n a box beside the article (one of
 * dci_class_word_names_beside_box's), or NULL. */
const char *dci_beside_box_word(const dci_node *n);

/* Whether a beside-box word names the page's comments (`comment*`). */
int dci_beside_word_names_comments(const char *word);

/* Whether a positive word (an entry as dci_classify returns it) names one
 * post's or story's own box (`post`, `hentry`, `article`). */
int dci_class_word_names_post_box(const char *word);

/* What the class/id words say of the element as a whole: 1 when a positive
 * word names it, -1 when a negative or drop word does, 0 for both or none.
 * The scorer weighs it by the tuning's class_weight. */
int dci_class_sign(const dci_node *n);

/*
 * Matches a short block of text (white space folded) against the boilerplate
 * phrase table ("Read more here.", "Photo via Flickr", redirect notices).
 * Returns the matching pattern (static) or NULL.
 */
const char *dci_match_phrase(const char *text);

/* The entry of the phrase table without a star (a label: "back to top",
 * "printer friendly version") that text is, folded, or NULL; without
 * allocating: text is folded into scratch, cap code points long, and a text
 * too long for it is none. */
const char *dci_match_label_into(const char *text, int32_t *scratch, size_t cap);

/*
 * Matches a line that names where the story it closes goes on, the source
 * of an excerpt ("Read it at New Scientist", "Continue reading at YCharts:
 * ..."), in the languages of the web: len bytes of text. Returns the
 * pattern (static) or NULL.
 */
const char *dci_match_source_call(const char *text, size_t len);

/* Matches the label set before a link to the next or previous page of a
 * sequence ("Next message:", "Prev by Date:", "Article précédent :"): len
 * bytes of text, ending in a colon, of four words at most. Returns the
 * pattern (static) or NULL. */
const char *dci_match_sequence_label(const char *text, size_t len);

/* Whether len bytes of text are a wiki's section-edit control, one label or
 * a few parted by "|", in brackets or not ("[edit]", "Edit", "[ edit | edit
 * source ]", "[Bearbeiten | Quelltext bearbeiten]"): the entry its first
 * part is (static), or NULL. */
const char *dci_match_edit_control(const char *text, size_t len);

/* Matches a heading that introduces a boilerplate section ("More Film",
 * "Related articles", "Comments"). Returns the pattern or NULL. */
const char *dci_match_section_heading(const char *text);
/* The pattern a heading naming a thread of comments ("119 Comments") matches, or NULL. */
const char *dci_match_comment_heading(const char *text);

/* Whether a line of len bytes names a thread of comments, as a heading or a
 * line counting them ("{ 167 comments }", "0 Comments »", "12 comments…
 * read them below"): its marks at either end trimmed, what follows an
 * ellipsis left out, a comment heading of the table; with need_count it
 * must hold a count (a line that only says "Comments" may be a tab's
 * label). */
int dci_match_comment_count(const char *text, size_t len, int need_count);

/* The entry of the comment controls table that one of the parts of the
 * short line text names ("Report Abuse | QUOTE", "[Report this comment.]",
 * "Antworten"), or NULL: a line of a comment's controls. */
const char *dci_match_comment_control(const char *text);

/* The entry of the meta fields table (a reading time, a word count: "Word
 * count in article: 4.7k", "Reading time ≈ 4 mins", "阅读时长 ≈ 4 分钟") that
 * text names anywhere, when text also holds a digit (of any script), or NULL: a
 * post's line of meta fields, no prose. */
const char *dci_match_meta_field(const char *text);

/*
 * Glob match, ASCII case-insensitive: '*' matches any run of bytes, and a
 * space in the pattern matches one space in the text. Exposed for tests.
 */
int dci_glob_match(const char *pattern, const char *text);

/*
 * A text that many patterns are matched against (a phrase table's, for
 * every short block): its length and, hashed into a bit set, the pairs of
 * adjacent characters it holds, so that a pattern opening with a star,
 * which dci_glob_match would scan the whole text for, fails at once when
 * the text does not end as it does or lacks one of its pairs.
 */
#define DCI_GLOB_PAIR_BITS 4096u

typedef struct dci_glob_text {
    const char *text;
    size_t len;
    uint64_t pairs[DCI_GLOB_PAIR_BITS / 64];
    unsigned char first; /* text's first byte, in lower case */
} dci_glob_text;

/* Whether pattern may match t by its first character: it opens with a
 * star or with t's first character. A table's loop tests this inline,
 * sparing a call for most of its entries. */
static inline int dci_glob_first_fits(const char *pattern, const dci_glob_text *t)
{
    return *pattern == '*' || (unsigned char)tolower((unsigned char)*pattern) == t->first;
}

void dci_glob_text_init(dci_glob_text *t, const char *text);

/* dci_glob_match(pattern, t->text), the same answer. */
int dci_glob_match_text(const char *pattern, const dci_glob_text *t);

#endif
