/*
 * The clean stages' rules: what no reader sees as text (never-text, hidden),
 * page furniture by element, ARIA role or class word, and figure captions.
 * Records of the table in rules.c.
 */
#include "rules_internal.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "patterns.h"
#include "sizes.h"

/* ------------------------------------------------------------ clean */

/* Elements whose content is never text a reader sees as the article. */
static const GumboTag never_text_tags[] = {
    GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE, GUMBO_TAG_TEMPLATE,
    GUMBO_TAG_IFRAME, GUMBO_TAG_OBJECT, GUMBO_TAG_EMBED, GUMBO_TAG_APPLET,
    GUMBO_TAG_CANVAS, GUMBO_TAG_INPUT, GUMBO_TAG_SELECT, GUMBO_TAG_TEXTAREA,
    GUMBO_TAG_BUTTON, GUMBO_TAG_OPTION, GUMBO_TAG_DATALIST, GUMBO_TAG_METER,
    GUMBO_TAG_PROGRESS, GUMBO_TAG_SVG, GUMBO_TAG_HEAD, GUMBO_TAG_TITLE,
    GUMBO_TAG_LINK, GUMBO_TAG_META, GUMBO_TAG_BASE, GUMBO_TAG_AUDIO,
    GUMBO_TAG_VIDEO, GUMBO_TAG_MAP, GUMBO_TAG_FRAMESET,
    GUMBO_TAG_FRAME,
};

/* Page furniture by its element alone. */
static const GumboTag furniture_tags[] = {
    GUMBO_TAG_NAV, GUMBO_TAG_ASIDE, GUMBO_TAG_FOOTER, GUMBO_TAG_MENU,
};

/* ARIA roles of furniture. */
static const char *const furniture_roles[] = {
    "navigation", "menu", "menubar", "complementary", "banner", "contentinfo",
    "alert", "alertdialog", "dialog", "search",
};

static int tag_in(GumboTag tag, const GumboTag *tags, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (tags[i] == tag)
            return 1;
    return 0;
}

const char *dci_match_never_text(const dci_node *n, dci_walk *w)
{
    (void)w;
    if (tag_in(n->tag, never_text_tags, DCX_COUNTOF(never_text_tags)))
        return gumbo_normalized_tagname(n->tag);
    return (n->flags & DCI_NEVER_TEXT) ? "svg or math annotation" : NULL;
}

/* Finds "prop:value" in an inline style, ignoring case and spaces. */
static int style_has(const char *style, const char *prop, const char *value)
{
    char flat[256];
    size_t len = 0;
    for (; *style && len + 1 < sizeof flat; style++)
        if (!isspace((unsigned char)*style))
            flat[len++] = (char)tolower((unsigned char)*style);
    flat[len] = '\0';
    char want[64];
    int n = snprintf(want, sizeof want, "%s:%s", prop, value);
    if (n < 0 || (size_t)n >= sizeof want)
        return 0;
    for (const char *p = strstr(flat, want); p; p = strstr(p + 1, want))
        if (p == flat || p[-1] == ';' || p[-1] == '{')
            return 1;
    return 0;
}

/* Class tokens that keep an element off the screen: "hidden", and the
 * screen-reader-only classes of the CSS frameworks and CMSs (Bootstrap and
 * Tailwind's sr-only, Bootstrap 5 and Drupal's visually-hidden, HTML5
 * Boilerplate's visuallyhidden, WordPress's screen-reader-text, Drupal 7's
 * element-invisible, Foundation's show-for-sr), which move a label for
 * screen readers out of sight: "Posted on", "(opens in a new window)",
 * "Share on Facebook" beside an icon, an "Article body" heading. */
static const char *const hiding_tokens[] = {
    "hidden", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text",
    "element-invisible", "show-for-sr",
};

static int is_hiding_token(const char *tok, size_t len)
{
    for (size_t i = 0; i < DCX_COUNTOF(hiding_tokens); i++)
        if (len == strlen(hiding_tokens[i]) && strncasecmp(tok, hiding_tokens[i], len) == 0)
            return 1;
    return 0;
}

/* Whether n's class has the token "hidden": the utility class of the CSS
 * frameworks (Bootstrap, Tailwind, Foundation) that sets display:none,
 * and the copies a script shows instead of the visible text (the paywall's
 * preview for another kind of reader, a panel of another tab). Not with a
 * token of a screen size's variant (Tailwind's "hidden md:block": hidden
 * on phones, shown on larger screens). */
static int has_hidden_class(const dci_node *n)
{
    const char *cursor = dci_attr_get(n, "class");
    if (!cursor)
        return 0;
    size_t len;
    int hidden = 0;
    for (const char *tok; (tok = dci_next_token(&cursor, &len)), len;) {
        if (memchr(tok, ':', len))
            return 0;
        hidden = hidden || is_hiding_token(tok, len);
    }
    return hidden;
}

/* hidden="until-found" collapses a section (an FAQ's answer, the rest of a
 * story) that the browser opens when a reader searches the page or follows
 * a link into it: it is text of the page, as a closed <details> is. */
static int is_hidden_attr(const dci_node *n)
{
    const char *hidden = dci_attr_get(n, "hidden");
    return hidden && strcasecmp(hidden, "until-found") != 0;
}

const char *dci_match_hidden(const dci_node *n, dci_walk *w)
{
    (void)w;
    if (is_hidden_attr(n))
        return "hidden attribute";
    /* a popover (a menu, a share sheet, a footnote's bubble) is not shown
     * until a control opens it */
    if (dci_attr_get(n, "popover"))
        return "popover";
    const char *style = dci_attr_get(n, "style");
    if (style && (style_has(style, "display", "none") ||
                  style_has(style, "visibility", "hidden")))
        return "display:none";
    return NULL;
}

/* Whether n holds most of the page's prose (t->layout_share): what a
 * hiding or floating mark sets on the whole page (hidden until its script
 * has run, aria-hidden behind a modal, a reader view over the page) is
 * shown. */
static int holds_page_prose(const dci_node *n, const dci_walk *w)
{
    return dci_share_exceeded(n->prose, w->root->prose, w->tuning->layout_share);
}

/* aria-hidden="true" hides an element from screen readers, not from the
 * screen: an icon's letters, a decorative copy of a label, an ad's slot.
 * A modal dialog's script sets it on the rest of the page while the dialog
 * is open (a cookie notice over the story), so an element holding most of
 * the page's prose is shown. Judged once the text is counted. */
const char *dci_match_aria_hidden(const dci_node *n, dci_walk *w)
{
    const char *aria = dci_attr_get(n, "aria-hidden");
    if (!aria || strcmp(aria, "true") != 0 || holds_page_prose(n, w))
        return NULL;
    return "aria-hidden";
}

/* An element classed "hidden" is not shown, unless it holds most of the
 * page's prose: a page hidden whole until its script has run (against a
 * flash of unstyled text) is shown then. Judged once the text is counted. */
const char *dci_match_hidden_class(const dci_node *n, dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    if (!t->hidden_class || !has_hidden_class(n) || holds_page_prose(n, w))
        return NULL;
    return "hidden";
}

/* Whether n's text opens as markup ("<img src=...>" written out): a page
 * saved by a browser running scripts writes its <noscript>s' content as
 * text, tracking pixels and all, which is no one's prose. */
static int holds_markup_text(const dci_node *n)
{
    for (const dci_node *d = n; d; d = dci_next(d, n)) {
        if (d->type != DCI_NODE_TEXT)
            continue;
        size_t i = 0;
        while (i < d->text_len && isspace((unsigned char)d->text[i]))
            i++;
        if (i == d->text_len)
            continue;
        return d->text[i] == '<' && i + 1 < d->text_len &&
               (isalpha((unsigned char)d->text[i + 1]) || d->text[i + 1] == '/' ||
                d->text[i + 1] == '!');
    }
    return 0;
}

static int text_only_in(const dci_node *n, int (*part)(const dci_node *));

/* The nearest element sibling of n, before it (dir 0) or after it, past
 * white space; NULL when text or nothing stands there. */
static const dci_node *element_beside(const dci_node *n, int dir)
{
    for (const dci_node *s = dir ? n->next : n->prev; s; s = dir ? s->next : s->prev) {
        if (s->type == DCI_NODE_ELEMENT)
            return s;
        if (s->type == DCI_NODE_TEXT && s->text_len > strspn(s->text, " \t\n\r\f"))
            return NULL;
    }
    return NULL;
}

static int is_prose_paragraph(const dci_node *s)
{
    return s && s->tag == GUMBO_TAG_P && s->prose > 0;
}

/* Whether the <aside> n is set as a note in the flow of the text: a
 * paragraph of prose on either side of it, prose of its own with few
 * links, and no form (a newsletter's sign-up). */
static int is_aside_in_text(const dci_node *n, const dci_walk *w)
{
    if (n->prose == 0 || dci_share_reached(n->link_chars, n->chars, w->tuning->prose_link_share) ||
        !is_prose_paragraph(element_beside(n, 0)) || !is_prose_paragraph(element_beside(n, 1)))
        return 0;
    for (const dci_node *d = n->first_child; d; d = dci_next(d, n))
        if (d->type == DCI_NODE_ELEMENT && (d->tag == GUMBO_TAG_FORM || d->tag == GUMBO_TAG_INPUT))
            return 0;
    return 1;
}

/*
 * Pull quotes. A news page sets a sentence of its story again, large, in an
 * <aside> between two paragraphs; a documentation page sets its notes
 * ("Tip", "Caution") the same way, with text of their own. The quote is
 * told by its words: most of its runs of PQ_WORDS words stand elsewhere on
 * the page, outside every <aside> and what is dropped already (scripts,
 * the head), however far from it.
 * Linear in the page: the first aside in the text that is asked about
 * gathers every such aside of the page (at most PQ_ASIDES; past them an
 * aside is furniture as before), hashes their word runs into one small
 * table, and one walk of the page's other text marks the runs it holds.
 */
#define PQ_WORDS 4
#define PQ_ASIDES 16
#define PQ_SLOTS_MAX 8192u

typedef struct pq_slot {
    uint64_t hash;   /* 0: empty */
    unsigned aside;  /* the aside holding the run (the first one) */
    unsigned seen;   /* the run stands outside the asides */
} pq_slot;

struct dci_pull_quotes {
    const dci_node *asides[PQ_ASIDES];
    unsigned runs[PQ_ASIDES]; /* distinct runs of each aside */
    unsigned hits[PQ_ASIDES]; /* of which found in the page's other text */
    unsigned count;
};

/* The word runs of a stream of text, fed text node by text node. */
typedef struct pq_words {
    uint64_t last[PQ_WORDS]; /* hashes of the last words, a ring */
    unsigned words;
} pq_words;

/* Whether the UTF-8 character at s (len bytes left) is written without
 * spaces between words (Han, kana, Hangul and the signs beside them, from
 * U+2E80 on): each is a word of its own then. */
static int is_wordless_char(const unsigned char *s, size_t len)
{
    return (s[0] == 0xE2 && len > 1 && s[1] >= 0xBA) || (s[0] >= 0xE3 && s[0] < 0xF0) ||
           (s[0] >= 0xF0 && s[0] < 0xF8);
}

/* The bytes of the UTF-8 character opening with lead byte c. */
static size_t utf8_width(unsigned char c)
{
    return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* The bytes of the character at s (len bytes left) when it stands between
 * words (ASCII other than letters and digits, Latin-1's signs from the
 * no-break space to the inverted question mark, the general punctuation
 * block: curly quotes, dashes); 0 when it is a letter. */
static size_t separator_width(const unsigned char *s, size_t len)
{
    if (s[0] < 0x80)
        return isalnum(s[0]) ? 0 : 1;
    if (s[0] == 0xC2 && len > 1 && s[1] >= 0xA0 && s[1] <= 0xBF)
        return 2;
    if (s[0] == 0xE2 && len > 2 && (s[1] == 0x80 || s[1] == 0x81))
        return 3;
    return 0;
}

/* Feeds the words of text to ws, calling run(ctx, hash) for each run of
 * PQ_WORDS words ending in it. A word is a run of letters and digits (any
 * character past ASCII counts as a letter), compared without ASCII case;
 * a character of a script written without spaces is a word alone. */
static void pq_feed(pq_words *ws, const char *text, size_t len,
                    void (*run)(void *ctx, uint64_t hash), void *ctx)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t i = 0;
    while (i < len) {
        size_t sep = separator_width(s + i, len - i);
        if (sep) {
            i += sep;
            continue;
        }
        uint64_t h = 1469598103934665603ull; /* FNV-1a */
        if (is_wordless_char(s + i, len - i)) {
            for (size_t end = i + utf8_width(s[i]); i < len && i < end; i++)
                h = (h ^ s[i]) * 1099511628211ull;
        } else {
            for (; i < len && !separator_width(s + i, len - i) && !is_wordless_char(s + i, len - i);
                 i++)
                h = (h ^ (uint64_t)tolower(s[i])) * 1099511628211ull;
        }
        ws->last[ws->words++ % PQ_WORDS] = h;
        if (ws->words < PQ_WORDS)
            continue;
        uint64_t r = 0;
        for (unsigned k = 0; k < PQ_WORDS; k++)
            r = r * 0x9E3779B97F4A7C15ull + ws->last[(ws->words + k) % PQ_WORDS];
        run(ctx, r ? r : 1);
    }
}

typedef struct pq_table {
    pq_slot *slots;
    unsigned mask;
    struct dci_pull_quotes *q;
    unsigned aside; /* the aside being hashed */
    unsigned used;
} pq_table;

static pq_slot *pq_find(pq_table *t, uint64_t hash)
{
    for (unsigned i = (unsigned)(hash ^ hash >> 32) & t->mask;; i = (i + 1) & t->mask)
        if (t->slots[i].hash == hash || t->slots[i].hash == 0)
            return &t->slots[i];
}

static void pq_add(void *ctx, uint64_t hash)
{
    pq_table *t = ctx;
    if (2 * (t->used + 1) > t->mask + 1)
        return; /* full: a run left out counts as neither */
    pq_slot *s = pq_find(t, hash);
    if (s->hash)
        return;
    s->hash = hash;
    s->aside = t->aside;
    t->used++;
    t->q->runs[t->aside]++;
}

static void pq_mark(void *ctx, uint64_t hash)
{
    pq_table *t = ctx;
    pq_slot *s = pq_find(t, hash);
    if (s->hash && !s->seen) {
        s->seen = 1;
        t->q->hits[s->aside]++;
    }
}

/* Feeds the text under n (all of it) to ws. */
static void pq_feed_subtree(const dci_node *n, pq_words *ws, void (*run)(void *, uint64_t),
                            void *ctx)
{
    for (const dci_node *d = n; d; d = dci_next(d, n))
        if (d->type == DCI_NODE_TEXT)
            pq_feed(ws, d->text, d->text_len, run, ctx);
}

/* Gathers the page's asides in the text and what of them stands elsewhere;
 * NULL when out of memory (w->status says so). */
static struct dci_pull_quotes *pull_quotes(dci_walk *w)
{
    if (w->pull_quotes)
        return w->pull_quotes;
    dci_arena *a = w->doc->arena;
    struct dci_pull_quotes *q = dci_arena_calloc(a, sizeof *q);
    pq_table t = {.q = q};
    if (q) {
        t.mask = PQ_SLOTS_MAX - 1;
        t.slots = dci_arena_calloc(a, PQ_SLOTS_MAX * sizeof *t.slots);
    }
    if (!q || !t.slots) {
        w->status = dci_walk_arena_status(a);
        return NULL;
    }
    for (const dci_node *d = w->doc->html; d && q->count < PQ_ASIDES;) {
        if (d->type == DCI_NODE_ELEMENT && d->tag == GUMBO_TAG_ASIDE) {
            if (!(d->flags & DCI_DROPPED) && is_aside_in_text(d, w)) {
                pq_words ws = {0};
                t.aside = q->count;
                q->asides[q->count++] = d;
                pq_feed_subtree(d, &ws, pq_add, &t);
            }
            d = dci_next_skip(d, w->doc->html);
            continue;
        }
        d = dci_next(d, w->doc->html);
    }
    pq_words ws = {0};
    for (const dci_node *d = w->doc->html; d;) {
        /* not the text of scripts and the head (dropped as never text) */
        if (d->type == DCI_NODE_ELEMENT && (d->tag == GUMBO_TAG_ASIDE || (d->flags & DCI_DROPPED))) {
            d = dci_next_skip(d, w->doc->html);
            continue;
        }
        if (d->type == DCI_NODE_TEXT)
            pq_feed(&ws, d->text, d->text_len, pq_mark, &t);
        d = dci_next(d, w->doc->html);
    }
    dci_arena_release(a, t.slots);
    w->pull_quotes = q;
    return q;
}

/* Whether the <aside> n, set in the text, is a note of the text rather
 * than a pull quote (most of its word runs stand elsewhere on the page) or
 * furniture. */
static int is_note_in_text(const dci_node *n, dci_walk *w)
{
    if (!w->tuning->aside_in_text || !is_aside_in_text(n, w))
        return 0;
    const struct dci_pull_quotes *q = pull_quotes(w);
    if (!q)
        return 0;
    for (unsigned i = 0; i < q->count; i++)
        if (q->asides[i] == n)
            return q->runs[i] > 0 && !dci_share_reached(q->hits[i], q->runs[i], w->tuning->pull_quote_share);
    return 0;
}

/*
 * An <aside> whose text is all footnotes, each a box of its own (docutils
 * writes "<aside class=\"footnote\" id=\"footnote-1\">" at the end of the
 * text), is the article's notes, not furniture; so is a note set in the
 * text (is_note_in_text).
 * A <noscript> says "turn on JavaScript" or holds a tracking pixel, except
 * when it holds an article's worth of prose: a <div> opened inside it keeps
 * "</noscript>" from closing it (an end tag that does not match the open
 * element is ignored), so it swallows the rest of the page, which a
 * browser shows. Judged here, once the text is counted.
 */
const char *dci_match_furniture_tag(const dci_node *n, dci_walk *w)
{
    if (n->tag == GUMBO_TAG_NOSCRIPT)
        return n->prose < w->tuning->holder_own_prose || holds_markup_text(n) ? "noscript" : NULL;
    if (n->tag == GUMBO_TAG_ASIDE && (text_only_in(n, dci_is_note_box) || is_note_in_text(n, w)))
        return NULL;
    return tag_in(n->tag, furniture_tags, DCX_COUNTOF(furniture_tags))
               ? gumbo_normalized_tagname(n->tag)
               : NULL;
}

const char *dci_match_furniture_role(const dci_node *n, dci_walk *w)
{
    (void)w;
    const char *role = dci_attr_get(n, "role");
    if (!role)
        return NULL;
    for (size_t i = 0; i < DCX_COUNTOF(furniture_roles); i++)
        if (strcmp(role, furniture_roles[i]) == 0)
            return furniture_roles[i];
    return NULL;
}

/* An element its style fixes to the window (position:fixed) floats over
 * the page rather than standing in it: a cookie or consent bar, a
 * newsletter pop-up, a sticky header, a chat button. Not one holding most
 * of the page's prose (a reader view opened over the page). */
const char *dci_match_fixed_overlay(const dci_node *n, dci_walk *w)
{
    const char *style = dci_attr_get(n, "style");
    if (!style || !style_has(style, "position", "fixed") || holds_page_prose(n, w))
        return NULL;
    return "position:fixed";
}

/* How deep under a box named for a small one a post's box is looked for:
 * Blogger puts it three levels down (date-outer, date-posts, post-outer). */
#define POST_BOX_DEPTH 4

/* Whether e is a post's own box that opens with its headline: its class
 * names a post (`post hentry`) and its first element holding text is a
 * heading. */
static int is_headed_post_box(const dci_node *e)
{
    dci_class_match m = dci_classify(e);
    if (m.hint != DCI_HINT_POSITIVE || !dci_class_word_names_post_box(m.word))
        return 0;
    for (const dci_node *c = e->first_child; c; c = c->next)
        if (c->type == DCI_NODE_ELEMENT && !(c->flags & DCI_DROPPED) && c->chars > 0)
            return dci_is_heading(c);
    return 0;
}

/* Whether n holds a post's box, with its headline, near its top (within
 * POST_BOX_DEPTH levels): a box named for a date around a post (Blogger's
 * `date-outer`) is the post's wrapper, not a date, however short the post. */
static int holds_post_box(const dci_node *n, unsigned depth)
{
    if (depth == POST_BOX_DEPTH)
        return 0;
    for (const dci_node *c = n->first_child; c; c = c->next)
        if (c->type == DCI_NODE_ELEMENT && !(c->flags & DCI_DROPPED) &&
            (is_headed_post_box(c) || holds_post_box(c, depth + 1)))
            return 1;
    return 0;
}

/* Whether all of n's text is in parts part() tells, and some of it: stops
 * at the first text outside one. */
static int text_only_in(const dci_node *n, int (*part)(const dci_node *))
{
    int found = 0;
    for (const dci_node *d = n; d;) {
        if (d->type == DCI_NODE_ELEMENT && part(d)) {
            found = found || d->chars > 0;
            d = dci_next_skip(d, n);
            continue;
        }
        if (d->type != DCI_NODE_ELEMENT && d->chars > 0)
            return 0;
        d = dci_next(d, n);
    }
    return found;
}

static int is_embedded_tweet(const dci_node *n)
{
    return n->tag == GUMBO_TAG_BLOCKQUOTE && dci_attr_has_token(n, "class", "twitter-tweet");
}

/* Whether all of n's text is in embedded tweets (blockquote.twitter-tweet):
 * a wrapper named for the embed ("social-media-embed") holds the article's
 * quoted statement, not a share bar. */
int dci_wraps_only_tweets(const dci_node *n)
{
    return text_only_in(n, is_embedded_tweet);
}

/* Whether list is the article's notes: every item holding text is one. */
static int is_note_list(const dci_node *list)
{
    if (list->tag != GUMBO_TAG_OL && list->tag != GUMBO_TAG_UL)
        return 0;
    int notes = 0;
    for (const dci_node *c = list->first_child; c; c = c->next) {
        if (c->type != DCI_NODE_ELEMENT || c->chars == 0)
            continue;
        if (c->tag != GUMBO_TAG_LI || !dci_is_note_item(c))
            return 0;
        notes++;
    }
    return notes > 0;
}

/* Whether all of n's text is in lists of notes: the references and
 * footnotes of the article, its sources however linked (the human-marked
 * texts keep reference lists), not navigation. */
int dci_holds_only_notes(const dci_node *n)
{
    return text_only_in(n, is_note_list);
}

/* Whether n, an inline element, holds paragraphs set apart by <br>s: two
 * lines of prose length or more; or, when its word names a byline or a
 * date (one_line), one line of twice that length. A byline, a date or a
 * caption is one line, and a byline or a date a short one; an editor's
 * span left around pasted text, named for the byline it was meant for,
 * holds the post, or its closing paragraph ("Update 9/24/2012: Larger
 * images will begin rolling out to all editions..."). A caption, a credit
 * or a bio may be a long sentence: it needs two lines. */
static int inline_holds_paragraphs(const dci_node *n, const dci_tuning *t, int one_line)
{
    if (dci_tag_is_block(n->tag) || n->chars < 2 * t->prose_min_chars)
        return 0;
    unsigned lines = 0, line = 0, longest = 0;
    for (const dci_node *d = n; d; d = dci_next(d, n)) {
        if (d->type == DCI_NODE_ELEMENT && dci_tag_is_block(d->tag))
            return 0;
        if (d->type == DCI_NODE_TEXT)
            line += d->chars;
        else if (d->type == DCI_NODE_ELEMENT && d->tag == GUMBO_TAG_BR) {
            lines += line >= t->prose_min_chars;
            longest = line > longest ? line : longest;
            line = 0;
        }
    }
    lines += line >= t->prose_min_chars;
    longest = line > longest ? line : longest;
    return lines >= 2 || (one_line && longest >= 2 * t->prose_min_chars);
}

/* Whether n holds paragraphs of prose (link_box_prose characters) with few
 * links (prose_block_density): text, which a menu never is. */
static int holds_prose_box(const dci_node *n, const dci_tuning *t)
{
    return t->link_box_prose && n->prose >= t->link_box_prose &&
           dci_link_density(n) < t->prose_block_density;
}

/* A drop word on the class or id, except a caption's in a story told in
 * pictures (clean's gallery_story), a word naming a menu on a box of prose
 * (a layout table named `menuborder` around a news item, a site's reviews
 * in a table named `contentNav`: a menu is links), and a word naming a
 * small box (a date, a byline) on an element that holds paragraphs that
 * could be the article's body (clean marks them): a date-outer wrapper,
 * not a date. */
const char *dci_match_class_word(const dci_node *n, dci_walk *w)
{
    dci_class_match m = dci_classify(n);
    if (m.hint != DCI_HINT_DROP || (w->doc->gallery_story && dci_class_word_names_caption(m.word)))
        return NULL;
    if (dci_wraps_only_tweets(n))
        return NULL;
    if (dci_class_word_names_link_box(m.word) && holds_prose_box(n, w->tuning))
        return NULL;
    if (dci_class_word_names_small_box(m.word) &&
        ((n->flags & DCI_HOLDS_BODY) || holds_post_box(n, 0) ||
         inline_holds_paragraphs(n, w->tuning, dci_class_word_names_short_line(m.word))))
        return NULL;
    return m.word;
}

/* A figure's caption is a credit or a label, unless the captions tell the
 * story. */
const char *dci_match_caption(const dci_node *n, dci_walk *w)
{
    (void)n;
    return w->doc->gallery_story ? NULL : "";
}

/* Drops n and takes its prose off what is left of the page's. */
void dci_drop_furniture(dci_node *n, const dci_rule *rule, const char *why, dci_walk *w)
{
    dci_drop(n, rule, why);
    w->prose_left -= n->prose;
}
