#include "ldbody.h"

#include <string.h>

/* Elements nest at most 512 deep (nesting.c); deeper text counts for the
 * deepest level kept. */
#define LDBODY_DEPTH 600

static int is_ascii_alnum(char c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* Length of a separator at p (white space, punctuation, no-break space,
 * the general punctuation block: dashes, curly quotes), 0 for a word byte. */
static size_t separator_len(const unsigned char *p, const unsigned char *end)
{
    if (*p < 0x80)
        return is_ascii_alnum((char)*p) ? 0 : 1;
    if (*p == 0xC2 && p + 1 < end && p[1] == 0xA0)
        return 2;
    if (*p == 0xE2 && p + 2 < end && (p[1] == 0x80 || p[1] == 0x81))
        return 3;
    return 0;
}

/* In declared text, the length of markup at p: a tag ("<p class=x>",
 * "</p>", "<!-- -->") or a character reference ("&amp;", "&#8217;"); 0 if
 * none. */
static size_t markup_len(const char *p, const char *end)
{
    if (*p == '<' && p + 1 < end &&
        (p[1] == '/' || p[1] == '!' || ((p[1] | 0x20) >= 'a' && (p[1] | 0x20) <= 'z'))) {
        const char *q = memchr(p, '>', (size_t)(end - p));
        return q ? (size_t)(q - p) + 1 : (size_t)(end - p);
    }
    if (*p == '&') {
        const char *q = p + 1;
        while (q < end && q - p <= 10 && (*q == '#' || is_ascii_alnum(*q)))
            q++;
        if (q < end && *q == ';' && q > p + 1)
            return (size_t)(q - p) + 1;
    }
    return 0;
}

/* Calls back for each word's hash, FNV-1a of its bytes, ASCII folded. */
typedef void (*word_fn)(uint32_t hash, void *ctx);

static void each_word(const char *text, size_t len, int markup, word_fn fn, void *ctx)
{
    const char *p = text, *end = text + len;
    while (p < end) {
        size_t skip = markup ? markup_len(p, end) : 0;
        if (!skip)
            skip = separator_len((const unsigned char *)p, (const unsigned char *)end);
        if (skip) {
            p += skip;
            continue;
        }
        uint32_t h = 2166136261u;
        while (p < end && !separator_len((const unsigned char *)p, (const unsigned char *)end) &&
               !(markup && markup_len(p, end))) {
            unsigned char c = (unsigned char)*p++;
            if (c >= 'A' && c <= 'Z')
                c = (unsigned char)(c | 0x20);
            h = (h ^ c) * 16777619u;
        }
        fn(h, ctx);
    }
}

/* The hash of a pair of words; never 0 (an empty slot). */
static uint32_t pair_hash(uint32_t first, uint32_t second)
{
    uint32_t h = first * 0x9E3779B1u ^ (second + 0x7F4A7C15u + (first << 6) + (first >> 2));
    h ^= h >> 16;
    h *= 0x85EBCA6Bu;
    h ^= h >> 13;
    return h ? h : 1;
}

/* Moves a pair window on by word h: the key of the pair it ends in *key;
 * 0 for the first word, which ends none. */
static int next_pair(uint32_t *prev, uint32_t h, uint32_t *key)
{
    uint32_t first = *prev;
    *prev = h;
    if (!first)
        return 0;
    *key = pair_hash(first, h);
    return 1;
}

typedef struct building {
    dci_ldbody *set;
    uint32_t prev;
    int counting;     /* first pass: only count the pairs */
} building;

static void add_word(uint32_t h, void *ctx)
{
    building *b = ctx;
    uint32_t key;
    if (!next_pair(&b->prev, h, &key))
        return;
    b->set->pairs++;
    if (b->counting)
        return;
    for (size_t i = key & b->set->mask;; i = (i + 1) & b->set->mask) {
        if (b->set->slots[i] == key)
            return;
        if (!b->set->slots[i]) {
            b->set->slots[i] = key;
            return;
        }
    }
}

unsigned dci_ldbody_init(dci_ldbody *s, dci_arena *a, const char *text)
{
    memset(s, 0, sizeof *s);
    if (!text)
        return 0;
    size_t len = strlen(text);
    building b = {s, 0, 1};
    each_word(text, len, 1, add_word, &b);
    unsigned pairs = s->pairs;
    if (!pairs)
        return 0;
    size_t cap = 64;
    while (cap < (size_t)pairs * 2)
        cap *= 2;
    s->slots = dci_arena_calloc(a, cap * sizeof *s->slots);
    if (!s->slots) {
        memset(s, 0, sizeof *s);
        return 0;
    }
    s->mask = cap - 1;
    s->pairs = 0;
    b = (building){s, 0, 0};
    each_word(text, len, 1, add_word, &b);
    return s->pairs;
}

static int has_pair(const dci_ldbody *s, uint32_t key)
{
    for (size_t i = key & s->mask;; i = (i + 1) & s->mask) {
        if (s->slots[i] == key)
            return 1;
        if (!s->slots[i])
            return 0;
    }
}

typedef struct counting {
    const dci_ldbody *set;
    uint32_t prev;
    unsigned matched, pairs;
} counting;

static void count_word(uint32_t h, void *ctx)
{
    counting *c = ctx;
    uint32_t key;
    if (!next_pair(&c->prev, h, &key))
        return;
    c->pairs++;
    c->matched += has_pair(c->set, key);
}

int dci_ldbody_locate(const dci_ldbody *s, dci_arena *a, dci_node *root, const dci_node *node,
                      unsigned need, dci_ldbody_cover *out)
{
    memset(out, 0, sizeof *out);
    unsigned *matched = dci_arena_calloc(a, 2 * LDBODY_DEPTH * sizeof *matched);
    if (!matched)
        return -1;
    unsigned *pairs = matched + LDBODY_DEPTH;
    /* a pair runs across inline elements ("the <a>harbour</a> wall") */
    counting c = {s, 0, 0, 0};
    size_t depth = 0, over = 0;   /* levels past LDBODY_DEPTH */
    dci_node_iter it;
    dci_node_iter_init(&it, root);
    for (dci_event ev; (ev = dci_node_iter_next(&it)) != DCI_EVENT_DONE;) {
        dci_node *n = it.node;
        if (n->type == DCI_NODE_TEXT) {
            if (ev == DCI_EVENT_ENTER) {
                c.matched = c.pairs = 0;
                each_word(n->text, n->text_len, 0, count_word, &c);
                matched[depth ? depth - 1 : 0] += c.matched;
                pairs[depth ? depth - 1 : 0] += c.pairs;
            }
            continue;
        }
        if (ev == DCI_EVENT_ENTER) {
            if (n->flags & DCI_DROPPED) {
                dci_node_iter_skip(&it);
                continue;
            }
            if (depth < LDBODY_DEPTH) {
                matched[depth] = pairs[depth] = 0;
                depth++;
            } else {
                over++;
            }
            continue;
        }
        if (n->flags & DCI_DROPPED)
            continue;
        if (over) {
            over--;
            continue;
        }
        /* the element's EXIT: its counts go to its parent's */
        size_t level = depth - 1;
        unsigned m = matched[level], p = pairs[level];
        if (n == node) {
            out->in_node = m;
            out->node_pairs = p;
        }
        if (!out->cover && m >= need && need > 0) {
            out->cover = n;
            out->cover_matched = m;
            out->cover_pairs = p;
        }
        if (depth > 1 && n != root) {
            depth--;
            matched[depth - 1] += m;
            pairs[depth - 1] += p;
        }
    }
    dci_arena_release(a, matched);
    return 0;
}
