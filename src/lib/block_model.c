#include "block_model.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "words.h"

/* A leaf block's features, computed by vector() below; "share" is of the
 * block's characters unless said. */
const char *const dci_block_feature_names[DCI_BLOCK_FEATURES] = {
    "log_chars",          /* ln(1 + characters) */
    "log_words",          /* ln(1 + words) */
    "link_share",         /* characters inside links */
    "ends_sentence",      /* 1: ends with . ! or ? (before closing quotes) */
    "punct_per_word",     /* , . ; : ! ? per word, at most 2 */
    "digit_share",
    "upper_share",        /* of its ASCII letters */
    "position",           /* its index / the last index */
    "first_block",        /* 1 or 0 */
    "last_block",
    "near_start",         /* among the first NEAR_BLOCKS */
    "near_end",           /* among the last NEAR_BLOCKS */
    "text_before",        /* share of the article's characters before it */
    "text_after",         /* ...and after it */
    "heading",            /* 1: a heading */
    "in_item",            /* 1: a list item or inside one */
    "quote",              /* 1: a quote or inside one */
    "in_table",           /* 1: inside a table */
    "words_per_sentence", /* at most 60, / 60 */
    "log_lines",          /* ln(1 + line breaks) */
    "has_image",          /* 1: holds an image */
    "log_blocks",         /* ln(1 + the article's leaf blocks) */
    "relative_length",    /* its characters / the longest block's */
    "log_prev_chars",     /* ln(1 + the block before's characters), 0 when none */
    "log_next_chars",     /* ...the block after's */
    "separators",         /* | · • per word, at most 1: a menu or a credit line */
    "opens_with_link",    /* 1: its first run is a link */
    "marks",              /* 1: holds @ or © */
    "date_like",          /* 1: an English month's name, a numeric date or a time */
    "opens_with_by",      /* 1: opens with "by " (a byline) */
};

/* BEGIN WEIGHTS: written by scripts/train-block-model; do not edit by hand. */
/* 4030 blocks near the ends of the tuning halves' articles, l2 0.01 */
static const float model_bias = 0.571835f;
static const float model_weights[DCI_BLOCK_FEATURES] = {
    -0.160675f, /* log_chars */
    -0.226064f, /* log_words */
    1.68458f, /* link_share */
    -0.609534f, /* ends_sentence */
    0.276352f, /* punct_per_word */
    0.404712f, /* digit_share */
    -0.0767007f, /* upper_share */
    0.303581f, /* position */
    -0.21198f, /* first_block */
    0.043296f, /* last_block */
    -0.235302f, /* near_start */
    -0.0316891f, /* near_end */
    0.0875011f, /* text_before */
    0.0216764f, /* text_after */
    0.0917187f, /* heading */
    1.13378f, /* in_item */
    -0.150626f, /* quote */
    -0.434467f, /* in_table */
    -0.80374f, /* words_per_sentence */
    0.275191f, /* log_lines */
    0.709248f, /* has_image */
    0.0680807f, /* log_blocks */
    -0.723888f, /* relative_length */
    -0.149571f, /* log_prev_chars */
    -0.139588f, /* log_next_chars */
    6.24992f, /* separators */
    -0.341505f, /* opens_with_link */
    0.81234f, /* marks */
    -0.293107f, /* date_like */
    0.0169563f, /* opens_with_by */
};
/* END WEIGHTS */

/* Blocks from either end counted as near it. */
enum { NEAR_BLOCKS = 3 };

/* The model judges the blocks near either end of the article, where
 * boilerplate leaks (datelines, bylines, menus, share prompts, credits):
 * it was trained on them alone. */
static int near_end(size_t i, size_t n)
{
    return i < NEAR_BLOCKS || i + NEAR_BLOCKS >= n;
}

/* The row of block i's features: of n blocks, only the judged ones near
 * the ends have one when ends_only (a page of a million blocks needs six
 * rows, not a million). */
static size_t feature_row(size_t i, size_t n, int ends_only)
{
    return ends_only && n > 2 * NEAR_BLOCKS && i >= NEAR_BLOCKS ? i - (n - 2 * NEAR_BLOCKS) : i;
}

/* A leaf block's own counts, over its text and runs. */
typedef struct block_counts {
    size_t chars, words, linked, punct, digits, upper, letters, sentences, separators, marks;
    unsigned lines;
    int ends_sentence, opens_with_link;
} block_counts;

static int is_sentence_end(char c)
{
    return c == '.' || c == '!' || c == '?';
}

/* The stops and commas of other scripts (。 ！ ？ ؟ । ，、،) at s, counted
 * as their ASCII equivalents are; a stop needs no space after it. */
static void count_wide_punct(const char *s, size_t left, block_counts *c)
{
    unsigned char b = (unsigned char)s[0];
    size_t n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
    if (n > left)
        return;
    if (dci_wide_stop(s, n))
        c->sentences++, c->punct++;
    else if (dci_wide_comma_len((const unsigned char *)s, n))
        c->punct++;
}

/* The counts over the bytes of text (len): a character is a byte that
 * opens a UTF-8 sequence. */
static void count_text(const char *s, size_t len, block_counts *c)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char b = (unsigned char)s[i];
        if ((b & 0xc0) == 0x80)
            continue;
        c->chars++;
        if ((b >= '0' && b <= '9') || (b >= 0xD9 && dci_digit(s + i, len - i, NULL) >= 0))
            c->digits++;   /* "٢٠١٢" as "2012": a digit of any script */
        else if (b >= 'A' && b <= 'Z')
            c->upper++, c->letters++;
        else if ((b >= 'a' && b <= 'z') || b >= 0x80)
            c->letters++;
        if (strchr(",.;:!?", b) && b)
            c->punct++;
        if (is_sentence_end((char)b) && (i + 1 == len || s[i + 1] == ' '))
            c->sentences++;
        else if (b >= 0xC0)
            count_wide_punct(s + i, len - i, c);
        if (b == '|' || (b == 0xc2 && i + 1 < len && (unsigned char)s[i + 1] == 0xb7) ||
            (b == 0xe2 && i + 2 < len && memcmp(s + i, "\xe2\x80\xa2", 3) == 0))
            c->separators++;
        if (b == '@' || (b == 0xc2 && i + 1 < len && (unsigned char)s[i + 1] == 0xa9))
            c->marks++;
    }
}

/* The last byte of text that is not a closing quote or bracket. */
static int ends_with_sentence(const char *s, size_t len)
{
    while (len > 0 && strchr("\"')]", s[len - 1]) && s[len - 1])
        len--;
    while (len >= 3 && (unsigned char)s[len - 3] == 0xe2 && (unsigned char)s[len - 2] == 0x80)
        len -= 3; /* a typographic quote */
    return len > 0 && (is_sentence_end(s[len - 1]) || dci_wide_stop(s, len));
}

static void count_block(const dci_block *b, block_counts *c)
{
    memset(c, 0, sizeof *c);
    count_text(b->text, b->text_len, c);
    c->words = dci_count_spaced_words(b->text, b->text_len);
    c->ends_sentence = ends_with_sentence(b->text, b->text_len);
    c->lines = 1;
    for (const dci_run *r = b->first_run; r; r = r->next) {
        if (r->style & DCI_RUN_BREAK) {
            c->lines++;
            continue;
        }
        if (r->style & DCI_RUN_IMAGE)
            continue;
        if (r->href && *r->href) {
            block_counts in = {0};
            count_text(r->text, r->len, &in);
            c->linked += in.chars;
            if (r == b->first_run)
                c->opens_with_link = 1;
        }
    }
}

static float share(size_t part, size_t whole)
{
    return whole ? (float)part / (float)whole : 0.0f;
}

static float log1(size_t n)
{
    return logf(1.0f + (float)n);
}

/* The leaves with text of root, in document order, into leaves (up to
 * max); returns how many there are. */
static size_t list_leaves(const dci_block *root, const dci_block **leaves, size_t max)
{
    size_t n = 0;
    for (const dci_block *b = root; b; b = dci_block_next(b, root)) {
        if (b->text_len == 0)
            continue;
        if (n < max)
            leaves[n] = b;
        n++;
    }
    return n;
}

/* Whether b or an ancestor is of kind k1 or k2. */
static int in_kind(const dci_block *b, dci_block_kind k1, dci_block_kind k2)
{
    for (; b; b = b->parent)
        if (b->kind == k1 || b->kind == k2)
            return 1;
    return 0;
}

static int is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Whether s (left bytes on) opens with a digit, a separator of a date or
 * a time, and another digit: ':' there makes a time, '/', '.' or '-' a
 * date when one of them follows the second digit ("19/1", "12:0"). */
static int digit_date_at(const char *s, size_t left)
{
    size_t n, m;
    if (dci_digit(s, left, &n) < 0 || n + 1 >= left || !s[n] || !strchr("/.-:", s[n]) ||
        dci_digit(s + n + 1, left - n - 1, &m) < 0)
        return 0;
    size_t after = n + 1 + m;
    return s[n] == ':' || (after + 1 < left && s[after] && strchr("/.-", s[after]));
}

/* An English month's name as a word ("November 19"), or digits (of any
 * script, dci_digit) set apart by '/', '.' or '-' as a date is
 * ("19/11/2019", "١٩/١١/٢٠١٩"), or a time ("12:04"). */
static int date_like(const char *s, size_t len)
{
    static const char *const months[] = {"january", "february", "march", "april", "june",
                                         "july", "august", "september", "october",
                                         "november", "december"};
    for (size_t i = 0; i < len; i++) {
        if (i && is_alpha(s[i - 1]))
            continue;
        for (size_t m = 0; m < sizeof months / sizeof *months; m++) {
            size_t n = strlen(months[m]);
            if (i + n <= len && strncasecmp(s + i, months[m], n) == 0 &&
                (i + n == len || !is_alpha(s[i + n])))
                return 1;
        }
        if (digit_date_at(s + i, len - i))
            return 1;
    }
    return 0;
}

/* A byline's opening: "By", "by", "BY" and a space. */
static int opens_with_by(const char *s, size_t len)
{
    return len > 3 && strncasecmp(s, "by ", 3) == 0;
}

/* The place of leaf i of n, whose text starts after before of total
 * characters, among its neighbours. */
typedef struct block_place {
    size_t i, n, before, total, longest, prev_chars, next_chars;
} block_place;

static void vector(const dci_block *b, const block_counts *c, const block_place *p, float *f)
{
    float last = p->n > 1 ? (float)(p->n - 1) : 1.0f;
    float v[DCI_BLOCK_FEATURES] = {
        log1(c->chars),
        log1(c->words),
        share(c->linked, c->chars),
        (float)c->ends_sentence,
        fminf(2.0f, share(c->punct, c->words)),
        share(c->digits, c->chars),
        share(c->upper, c->letters),
        (float)p->i / last,
        (float)(p->i == 0),
        (float)(p->i + 1 == p->n),
        (float)(p->i < NEAR_BLOCKS),
        (float)(p->i + NEAR_BLOCKS >= p->n),
        share(p->before, p->total),
        share(p->total - p->before - c->chars, p->total),
        (float)(b->kind == DCI_BLOCK_HEADING),
        (float)in_kind(b, DCI_BLOCK_ITEM, DCI_BLOCK_ITEM),
        (float)(b->kind == DCI_BLOCK_QUOTE || (b->parent && b->parent->kind == DCI_BLOCK_QUOTE)),
        (float)in_kind(b, DCI_BLOCK_TABLE, DCI_BLOCK_CELL),
        fminf(60.0f, (float)c->words / (float)(c->sentences ? c->sentences : 1)) / 60.0f,
        log1(c->lines - 1),
        (float)(b->images > 0),
        log1(p->n),
        share(c->chars, p->longest),
        log1(p->prev_chars),
        log1(p->next_chars),
        fminf(1.0f, share(c->separators, c->words)),
        (float)c->opens_with_link,
        (float)(c->marks > 0),
        (float)date_like(b->text, b->text_len),
        (float)opens_with_by(b->text, b->text_len),
    };
    memcpy(f, v, sizeof v);
}

/* Characters of text (len bytes): the bytes that open a UTF-8 sequence,
 * as count_text counts them. */
static size_t utf8_chars(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += ((unsigned char)s[i] & 0xc0) != 0x80;
    return n;
}

/* The vectors of the n leaves into out; only of those near either end,
 * in their feature_row, when ends_only (the others need only their
 * length). Returns -1 when memory ran out. */
static int vectors(const dci_block **leaves, size_t n, float (*out)[DCI_BLOCK_FEATURES],
                   int ends_only)
{
    size_t *chars = malloc((n ? n : 1) * sizeof *chars);
    if (!chars)
        return -1;
    block_place p = {0, n, 0, 0, 0, 0, 0};
    for (size_t i = 0; i < n; i++) {
        chars[i] = utf8_chars(leaves[i]->text, leaves[i]->text_len);
        p.total += chars[i];
        if (chars[i] > p.longest)
            p.longest = chars[i];
    }
    for (size_t i = 0; i < n; i++) {
        if (!ends_only || near_end(i, n)) {
            block_counts c;
            count_block(leaves[i], &c);
            p.i = i;
            p.prev_chars = i ? chars[i - 1] : 0;
            p.next_chars = i + 1 < n ? chars[i + 1] : 0;
            vector(leaves[i], &c, &p, out[feature_row(i, n, ends_only)]);
        }
        p.before += chars[i];
    }
    free(chars);
    return 0;
}

size_t dci_block_model_features(const dci_block *root, float (*out)[DCI_BLOCK_FEATURES],
                                const dci_block **leaves, size_t max)
{
    size_t n = list_leaves(root, NULL, 0);
    if (n == 0 || n > max)
        return n;
    const dci_block **own = malloc(n * sizeof *own);
    if (!own || vectors(own, list_leaves(root, own, n), out, 0) < 0)
        n = 0;
    if (n && leaves)
        memcpy(leaves, own, n * sizeof *own);
    free(own);
    return n;
}

float dci_block_model_score(const float *f)
{
    float z = model_bias;
    for (size_t i = 0; i < DCI_BLOCK_FEATURES; i++)
        z += model_weights[i] * f[i];
    return 1.0f / (1.0f + expf(-z));
}

/* Whether leaf b is the text of a list item whose previous item holds leaf
 * a: the last item of a list the article keeps goes with it ("Wi-Fi:
 * 802.11b/g" closing a machine's specifications). */
static int next_item_of(const dci_block *b, const dci_block *a)
{
    const dci_block *item = b->parent, *prev = a->parent;
    return item && prev && item->kind == DCI_BLOCK_ITEM && prev->kind == DCI_BLOCK_ITEM &&
           item->prev == prev;
}

/* Marks in drop[] the leaves the model drops; returns how many. */
static size_t mark(const float (*f)[DCI_BLOCK_FEATURES], const dci_block **leaves, size_t n,
                   const dci_tuning *t, unsigned char *drop)
{
    size_t marked = 0;
    for (size_t i = 0; i < n; i++) {
        drop[i] = near_end(i, n) &&
                  dci_block_model_score(f[feature_row(i, n, 1)]) >= t->block_model_min &&
                  !(i > 0 && !drop[i - 1] && next_item_of(leaves[i], leaves[i - 1]));
        marked += drop[i];
    }
    return marked;
}

/* Drops the marked leaves, appending a record of each to *log (n records,
 * room for them all); returns how many. */
static int drop_marked(dci_block *root, const dci_block **leaves, const unsigned char *drop,
                       size_t n, dci_tail_drop *log, size_t *logged)
{
    int dropped = 0;
    for (size_t i = 0; i < n; i++) {
        if (!drop[i])
            continue;
        dci_block *top = dci_block_drop((dci_block *)leaves[i], root);
        if (log)
            log[(*logged)++] = (dci_tail_drop){top, "block model", DCI_TAIL_MODEL};
        dropped++;
    }
    return dropped;
}

/* Room in a for the records of *drops (*ndrops) and more. */
static dci_tail_drop *grow_log(dci_arena *a, dci_tail_drop **drops, size_t ndrops, size_t more)
{
    dci_tail_drop *log = dci_arena_alloc(a, (ndrops + more) * sizeof *log);
    if (log && ndrops)
        memcpy(log, *drops, ndrops * sizeof *log);
    return log;
}

int dci_block_model_trim(dci_block *root, const dci_tuning *t, dci_arena *a,
                         dci_tail_drop **drops, size_t *ndrops)
{
    if (t->block_model_min <= 0.0f)
        return 0;
    size_t n = list_leaves(root, NULL, 0);
    if (n < 2)
        return 0;
    size_t rows = n < 2 * NEAR_BLOCKS ? n : 2 * NEAR_BLOCKS;
    float (*f)[DCI_BLOCK_FEATURES] = malloc(rows * sizeof *f);
    const dci_block **leaves = malloc(n * sizeof *leaves);
    unsigned char *drop = malloc(n);
    int dropped = -1;
    if (f && leaves && drop && list_leaves(root, leaves, n) == n &&
        vectors(leaves, n, f, 1) == 0) {
        size_t marked = mark((const float(*)[DCI_BLOCK_FEATURES])f, leaves, n, t, drop);
        dci_tail_drop *log = NULL;
        if (marked == n || marked == 0) {
            dropped = 0; /* the article is never dropped whole */
        } else if (!drops || (log = grow_log(a, drops, *ndrops, marked))) {
            dropped = drop_marked(root, leaves, drop, n, log, ndrops);
            if (drops)
                *drops = log;
        }
    }
    free(f);
    free(leaves);
    free(drop);
    return dropped;
}
