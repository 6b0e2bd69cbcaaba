/*
 * Rules on lines: sections a boilerplate heading opens, embedded tweets'
 * residue, lines that are links, phrases (a block's, and its loose lines'),
 * slideshows and crumb trails, and text menus. Records of the table in
 * rules.c.
 */
#include "rules_internal.h"

#include <ctype.h>
#include <limits.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

#include "buf.h"
#include "patterns.h"
#include "url.h"
#include "words.h"
#include "sizes.h"

/* ------------------------------------------------------------ sections */

const char *dci_match_section_rule(const dci_node *n, dci_walk *w)
{
    const char *text = dci_walk_text(w, n, DCI_HEADING_TEXT_BYTES);
    return text ? dci_match_section_heading(text) : NULL;
}


/* What follows a boilerplate heading and belongs to its section: lists and
 * blocks made of links or teasers. Prose ends the section, but a paragraph
 * that opens with a linked headline is a teaser: under "Related stories:"
 * it is another story's headline and summary, wherever its link leads. */
static int continues_section(const dci_node *n, dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    if (dci_is_heading(n))
        return 0;
    if (t->section_teasers && dci_tag_is_paragraph(n->tag) && dci_opens_with_headline(n, n, w, 1))
        return 1;
    if (dci_reads_as_prose(n, t))
        return 0;
    return n->tag == GUMBO_TAG_UL || n->tag == GUMBO_TAG_OL ||
           dci_link_density(n) > t->section_link_density;
}

/* Whether a block before the heading in its box reads as prose: the box
 * then holds the article's text with the section after it ("<p>In addition
 * to the first set...</p><p>Related posts:</p><ol>..."), and is not the
 * section itself. */
static int prose_before(const dci_node *heading, const dci_tuning *t)
{
    for (const dci_node *c = heading->parent->first_child; c && c != heading; c = c->next)
        if (c->type == DCI_NODE_ELEMENT && !(c->flags & DCI_DROPPED) && dci_reads_as_prose(c, t))
            return 1;
    return 0;
}

/* A box holding the heading and no other, with little prose, is the
 * section: it goes whole. Otherwise the heading goes with what continues
 * its section. */
void dci_drop_section(dci_node *heading, const dci_rule *rule, const char *why, dci_walk *w)
{
    dci_node *parent = heading->parent;
    if (parent && parent != w->root && !dci_holds_most_of(parent, w) &&
        !(parent->flags & DCI_CONTENT) && !prose_before(heading, w->tuning)) {
        int other_heading = 0;
        for (dci_node *c = parent->first_child; c; c = c->next)
            if (c != heading && dci_is_heading(c) && !(c->flags & DCI_DROPPED))
                other_heading = 1;
        if (!other_heading &&
            !dci_share_reached(parent->prose, parent->chars, w->tuning->section_prose_share)) {
            dci_drop(parent, rule, why);
            return;
        }
    }
    dci_node *next = dci_next_element(heading);
    dci_drop(heading, rule, why);
    while (next && continues_section(next, w)) {
        dci_node *after = dci_next_element(next);
        dci_drop(next, rule, why);
        next = after;
    }
}

/* ------------------------------------------------------------ tweets */

/* An embedded tweet's words are the article's (a quoted statement); what
 * the embed adds around them is residue: the "— Name (@handle)" trailer
 * with its date link after the tweet's paragraphs, and the picture's
 * "pic.twitter.com/..." link. */
const char *dci_match_tweet_embed(const dci_node *n, dci_walk *w)
{
    (void)w;
    return dci_attr_has_token(n, "class", "twitter-tweet") ? "twitter-tweet" : NULL;
}

const char *dci_match_tweet_picture(const dci_node *n, dci_walk *w)
{
    const char *text = dci_walk_text(w, n, 64);
    return text && strncasecmp(text, "pic.twitter.com/", 16) == 0 ? "pic.twitter.com/*" : NULL;
}

/* The text of n (cap bytes of it read) when it is one word, white space
 * around it: the word, its length in *len; else NULL. */
static const char *one_word(const dci_node *n, dci_walk *w, size_t cap, size_t *len)
{
    const char *text = dci_walk_text(w, n, cap);
    if (!text)
        return NULL;
    text += strspn(text, " \t\n\r\f");
    *len = strcspn(text, " \t\n\r\f");
    return *len > 0 && text[*len + strspn(text + *len, " \t\n\r\f")] == '\0' ? text : NULL;
}

/* The longest permalink glyph read, in bytes ("¶", "#", "§", a link emoji). */
#define GLYPH_BYTES 4

/* Whether n sits in a heading or a term being defined, within two levels. */
static int in_heading(const dci_node *n)
{
    const dci_node *p = n->parent;
    for (int level = 0; p && level < 2; level++, p = p->parent)
        if (dci_is_heading(p) || p->tag == GUMBO_TAG_DT)
            return 1;
    return 0;
}

/* A link to a place on the page, in a heading, whose text is a symbol with
 * no letter or digit ("¶", "#", "§"): the permalink documentation and blog
 * generators set beside each heading and definition, for copying the
 * section's address, not a word of its text. */
const char *dci_match_permalink_glyph(const dci_node *n, dci_walk *w)
{
    const char *href = dci_attr_get(n, "href");
    if (!href || href[0] != '#' || n->chars == 0 || !in_heading(n))
        return NULL;
    size_t len;
    const char *text = one_word(n, w, GLYPH_BYTES + 8, &len);
    if (!text || len > GLYPH_BYTES)
        return NULL;
    for (size_t i = 0; i < len; i++)
        if (isalnum((unsigned char)text[i]))
            return NULL;
    /* a letter of another script is a word: only symbols and punctuation */
    utf8proc_int32_t cp;
    for (utf8proc_ssize_t i = 0, k; i < (utf8proc_ssize_t)len; i += k) {
        k = utf8proc_iterate((const utf8proc_uint8_t *)text + i, (utf8proc_ssize_t)len - i, &cp);
        if (k <= 0)
            return NULL;
        utf8proc_category_t c = utf8proc_category(cp);
        if (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_NO)
            return NULL;
    }
    return "#*";
}

/* How many siblings (text between elements counted) are looked at, either
 * way, for the <pre> a label names. */
#define CODE_LABEL_LOOK 6
/* The longest language label read. */
#define CODE_LABEL_CHARS 24

/* Whether value holds the token "language-<lang>" or "lang-<lang>" (HTML's
 * convention for the language of code), lang in any ASCII case. */
static int names_language(const char *value, const char *lang, size_t len)
{
    static const char *const prefixes[] = {"language-", "lang-"};
    if (!value)
        return 0;
    size_t tlen;
    for (const char *tok = dci_next_token(&value, &tlen); tlen > 0;
         tok = dci_next_token(&value, &tlen))
        for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes; i++) {
            size_t plen = strlen(prefixes[i]);
            if (tlen == plen + len && strncasecmp(tok, prefixes[i], plen) == 0 &&
                strncasecmp(tok + plen, lang, len) == 0)
                return 1;
        }
    return 0;
}

/* Whether pre, a <pre> or its first element child, or box declares lang. */
static int code_in(const dci_node *pre, const dci_node *box, const char *lang, size_t len)
{
    const dci_node *code = pre->first_child;
    while (code && code->type != DCI_NODE_ELEMENT)
        code = code->next;
    return names_language(dci_attr_get(pre, "class"), lang, len) ||
           (code && names_language(dci_attr_get(code, "class"), lang, len)) ||
           (box && names_language(dci_attr_get(box, "class"), lang, len));
}

/* The <pre> beside n, within CODE_LABEL_LOOK siblings either way. */
static const dci_node *pre_beside(const dci_node *n)
{
    for (int dir = 0; dir < 2; dir++) {
        unsigned looked = 0;
        for (const dci_node *s = dir ? n->prev : n->next; s && looked < CODE_LABEL_LOOK;
             s = dir ? s->prev : s->next) {
            looked++;
            if (s->type == DCI_NODE_ELEMENT && s->tag == GUMBO_TAG_PRE)
                return s;
        }
    }
    return NULL;
}

/* A short label beside a code listing that repeats the language its box
 * or its <pre> declares ("python" over <pre> in <div class=
 * "language-python">, as documentation generators print it with a copy
 * button): a control of the listing, not its text. */
const char *dci_match_code_label(const dci_node *n, dci_walk *w)
{
    if (n->chars == 0 || n->chars > CODE_LABEL_CHARS || n->tag == GUMBO_TAG_PRE ||
        (n->flags & DCI_HAS_BLOCK))
        return NULL;
    const dci_node *pre = pre_beside(n);
    if (!pre)
        return NULL;
    size_t len;
    const char *text = one_word(n, w, CODE_LABEL_CHARS + 8, &len);
    return text && code_in(pre, n->parent, text, len) ? "language-*" : NULL;
}

/* The longest box label read. */
#define BOX_LABEL_CHARS 24

/* Whether the class token tok names word: the token itself ("tip"), its
 * last part after '-' or '_' ("theme-admonition-tip", "starlight-aside--
 * tip"), or its plural said by the label ("Tips" on "tip"). */
static int token_names(const char *tok, size_t tlen, const char *word, size_t len)
{
    if (len > 1 && (word[len - 1] == 's' || word[len - 1] == 'S') &&
        token_names(tok, tlen, word, len - 1))
        return 1;
    if (tlen < len || strncasecmp(tok + tlen - len, word, len) != 0)
        return 0;
    return tlen == len || tok[tlen - len - 1] == '-' || tok[tlen - len - 1] == '_';
}

/* Whether the box's class names word. */
static int class_names(const dci_node *box, const char *word, size_t len)
{
    const char *value = dci_attr_get(box, "class");
    if (!value)
        return 0;
    size_t tlen;
    for (const char *tok = dci_next_token(&value, &tlen); tlen > 0;
         tok = dci_next_token(&value, &tlen))
        if (token_names(tok, tlen, word, len))
            return 1;
    return 0;
}

/* The first child of box holding text: an element, or loose text (a word
 * said before an inline label makes it part of a sentence). */
static const dci_node *first_text_child(const dci_node *box)
{
    for (const dci_node *c = box->first_child; c; c = c->next)
        if (c->chars > 0 && (c->type != DCI_NODE_ELEMENT || !(c->flags & DCI_DROPPED)))
            return c;
    return NULL;
}

/* A one-word label opening a box whose class names that word ("Note" over
 * <div class="admonition note">, "Tips" in <div class="hint-container
 * tip">, "tip" in Docusaurus' "theme-admonition-tip"), not a heading: the
 * box's kind printed over its text by documentation generators, not a word
 * of the text. */
const char *dci_match_box_label(const dci_node *n, dci_walk *w)
{
    const dci_node *box = n->parent;
    if (n->chars == 0 || n->chars > BOX_LABEL_CHARS || dci_is_heading(n) ||
        (n->flags & DCI_HAS_BLOCK) || !box || box->type != DCI_NODE_ELEMENT ||
        box->chars <= n->chars || first_text_child(box) != n)
        return NULL;
    size_t len;
    const char *text = one_word(n, w, BOX_LABEL_CHARS + 8, &len);
    return text && class_names(box, text, len) ? "label of its box" : NULL;
}

/* Whether the sibling s of a link is text with a word in it: the link is
 * then part of a sentence (separators such as "|" or "[" are not words). */
static int beside_words(const dci_node *s)
{
    if (!s || s->type != DCI_NODE_TEXT)
        return 0;
    for (size_t i = 0; i < s->text_len; i++)
        if (isalnum((unsigned char)s->text[i]) || (unsigned char)s->text[i] >= 0x80)
            return 1;
    return 0;
}

/* A short link to another place on the same page, standing alone beside
 * blocks ("Continue reading the main story", "Back to top"): a reader's
 * shortcut, not text; in a list it is an entry of a table of contents. It
 * is judged after the lists, whose link density it is part of. */
const char *dci_match_skip_link(const dci_node *n, dci_walk *w)
{
    const char *href = dci_attr_get(n, "href");
    const dci_node *p = n->parent;
    if (!href || href[0] != '#' || n->chars == 0 || n->chars > w->tuning->short_heading_chars)
        return NULL;
    if (!p || p->type != DCI_NODE_ELEMENT || !(p->flags & DCI_HAS_BLOCK) || p->tag == GUMBO_TAG_LI)
        return NULL;
    return beside_words(n->prev) || beside_words(n->next) ? NULL : "";
}

/* The walk does not go into a judged embed: its picture links go here. */
static void drop_tweet_pictures(dci_node *quote, const dci_rule *rule, dci_walk *w)
{
    dci_node_iter it;
    dci_node_iter_init(&it, quote);
    for (dci_event ev; (ev = dci_node_iter_next(&it)) != DCI_EVENT_DONE;) {
        dci_node *n = it.node;
        if (ev == DCI_EVENT_ENTER && n->type == DCI_NODE_ELEMENT && n->tag == GUMBO_TAG_A &&
            dci_match_tweet_picture(n, w))
            dci_drop(n, rule, "pic.twitter.com/*");
    }
}

/* Whether the child of an embed starts its trailer: "— Name (@handle)". */
static int starts_tweet_trailer(const dci_node *c, dci_walk *w)
{
    const char *text = c->type == DCI_NODE_TEXT ? c->text : dci_walk_text(w, c, 16);
    if (!text)
        return 0;
    text += strspn(text, " \t\n\r\f");
    return strncmp(text, "\u2014", strlen("\u2014")) == 0;
}

void dci_drop_tweet_residue(dci_node *quote, const dci_rule *rule, const char *why, dci_walk *w)
{
    dci_node *c = quote->first_child;
    while (c && !starts_tweet_trailer(c, w))
        c = c->next;
    for (; c; c = c->next)
        dci_drop(c, rule, why);
    drop_tweet_pictures(quote, rule, w);
}

/* In a cell of a data table, where a linked name is a value of its column. */
static int in_data_cell(const dci_node *n)
{
    const dci_node *p = n->parent;
    while (p && p->type == DCI_NODE_ELEMENT && p->tag != GUMBO_TAG_TD && p->tag != GUMBO_TAG_TH &&
           p->tag != GUMBO_TAG_TABLE && p->tag != GUMBO_TAG_BODY)
        p = p->parent;
    if (!p || p->type != DCI_NODE_ELEMENT || (p->tag != GUMBO_TAG_TD && p->tag != GUMBO_TAG_TH))
        return 0;
    while (p && p->type == DCI_NODE_ELEMENT && p->tag != GUMBO_TAG_TABLE)
        p = p->parent;
    return p && p->type == DCI_NODE_ELEMENT && dci_is_marked_data_table(p);
}

/* Whether the first text of link a is a web address: a citation shows where
 * it leads, a link to another page of the site names it. */
static int link_shows_address(const dci_node *a)
{
    for (const dci_node *d = a; d; d = dci_next(d, a)) {
        if (d->type != DCI_NODE_TEXT)
            continue;
        const char *text = d->text;
        size_t len = d->text_len;
        while (len && isspace((unsigned char)*text))
            text++, len--;
        if (!len)
            continue;
        return dci_opens_with_address(text, len);
    }
    return 0;
}

/* Whether every link in n with text shows its address. */
static int links_show_addresses(const dci_node *n)
{
    int links = 0;
    for (const dci_node *d = n; d; d = dci_next(d, n)) {
        if (d->type != DCI_NODE_ELEMENT || d->tag != GUMBO_TAG_A || d->chars == 0)
            continue;
        if (!link_shows_address(d))
            return 0;
        links++;
    }
    return links > 0;
}

/* A reader of a block's lines of loose text: its text up to each <br> or
 * block inside it, read through its inline elements but not into its
 * blocks, each a line or lines of its own (read when the block is judged).
 * The hooks see each text node, each line's end, and each inline element
 * entered and left (those two may be NULL). */
typedef struct line_reader line_reader;
struct line_reader {
    void (*text)(line_reader *r, const dci_node *text, int in_link);
    void (*end)(line_reader *r);
    void (*enter)(line_reader *r, const dci_node *e);
    void (*leave)(line_reader *r, const dci_node *e);
};

/* Reads n's lines into r, in_link when n is in a link. Each node is read
 * by its nearest block: a page is read once over all its blocks. */
static void read_lines(const dci_node *n, int in_link, line_reader *r)
{
    for (const dci_node *c = n->first_child; c; c = c->next) {
        if (c->type == DCI_NODE_TEXT) {
            r->text(r, c, in_link);
        } else if (c->type == DCI_NODE_ELEMENT && !(c->flags & DCI_DROPPED)) {
            if (c->tag == GUMBO_TAG_BR || dci_tag_is_block(c->tag)) {
                r->end(r);
                continue;
            }
            if (r->enter)
                r->enter(r, c);
            read_lines(c, in_link || c->tag == GUMBO_TAG_A, r);
            if (r->leave)
                r->leave(r, c);
        }
    }
}

/* The lines of a block set apart by <br>s: how many hold text, how many
 * are mostly a link, how many open with a number ("1.", "2)"). */
typedef struct {
    line_reader r;       /* first: the hooks get it */
    const dci_tuning *t;
    unsigned lines, linked, numbered;
    unsigned text, link; /* of the line being read, non-space bytes */
    int open;            /* no text read yet on that line */
} link_lines;

static unsigned nonspace_bytes(const char *text, size_t len)
{
    unsigned n = 0;
    for (size_t i = 0; i < len; i++)
        n += !isspace((unsigned char)text[i]);
    return n;
}

static void end_line(line_reader *r)
{
    link_lines *l = (link_lines *)r;
    if (l->text + l->link > 0) {
        l->lines++;
        l->linked += !dci_share_exceeded(l->text, l->text + l->link, l->t->link_line_text_share);
    }
    l->text = l->link = 0;
    l->open = 1;
}

/* An item number opening a line: digits, then "." or ")". */
static int opens_with_number(const char *text, size_t len)
{
    size_t i = 0;
    while (i < len && isspace((unsigned char)text[i]))
        i++;
    size_t digits = i;
    i += dci_digit_run(text + i, len - i, UINT_MAX, NULL, NULL);
    return i > digits && i < len && (text[i] == '.' || text[i] == ')');
}

static void link_line_text(line_reader *r, const dci_node *c, int in_link)
{
    link_lines *l = (link_lines *)r;
    unsigned bytes = nonspace_bytes(c->text, c->text_len);
    if (bytes && l->open) {
        l->numbered += opens_with_number(c->text, c->text_len);
        l->open = 0;
    }
    *(in_link ? &l->link : &l->text) += bytes;
}

/* A block written as lines that are each a link ("- <a>Curiosity landing
 * site</a><br>- <a>Heat shield spotted!</a><br>...", or with a date beside
 * it, "<a>A tale of two copiers</a> (May 17, 2006)") is a list of other
 * pages however long it is, judged by its lines alone; a paragraph of
 * sentences with links in them is one line, and a numbered run of links
 * ("1. <a>Peony Wallpaper</a>") is the article's own list. */
static int is_link_lines(const dci_node *n, const dci_tuning *t)
{
    if (t->link_lines_min == 0)
        return 0;
    link_lines l = {{link_line_text, end_line, NULL, NULL}, t, 0, 0, 0, 0, 0, 1};
    read_lines(n, 0, &l.r);
    end_line(&l.r);
    return l.lines >= t->link_lines_min && l.linked == l.lines && l.numbered == 0;
}

/* Whether n's text is one sentence written out (a comma, a full stop),
 * however much of it is a link: the article's own sentence pointing to
 * its source, not another page's headline. */
static int is_linked_sentence(const dci_node *n, dci_walk *w)
{
    if (n->chars < w->tuning->sentence_min_chars)
        return 0;
    const char *text = dci_walk_text(w, n, (size_t)w->tuning->link_line_max_chars * 8);
    if (!text)
        return 0;
    dci_sentence s = {.wide = w->tuning->wide_char_weight};
    dci_sentence_add(&s, text, strlen(text));
    return dci_sentence_is(&s, w->tuning->sentence_min_chars);
}

/* Whether n's text names the site where the story goes on ("Read it at New
 * Scientist"): the source of an excerpt, however linked (patterns.c). */
int dci_names_source(const dci_node *n, dci_walk *w)
{
    unsigned max = w->tuning->link_line_max_chars;
    if (n->chars == 0 || n->chars > max)
        return 0;
    const char *text = dci_walk_text(w, n, (size_t)max * 4);
    return text && dci_match_source_call(text, strlen(text)) != NULL;
}

/* ------------------------------------------------------------ link lines */

/* A paragraph that is nothing but a link is a pointer to another page
 * ("READ MORE: ...", an all-caps related story), not article text. List
 * items and cells are exempt: a list of sources is made of links by nature;
 * so are the paragraphs inside the cells of a data table. A block written
 * as lines of links is judged by its lines, at any length. */
const char *dci_match_link_line(const dci_node *n, dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    if (n->tag != GUMBO_TAG_P && n->tag != GUMBO_TAG_DIV)
        return NULL;
    int line = n->chars > 0 && n->chars <= t->link_line_max_chars &&
               dci_share_reached(n->link_chars, n->chars, t->link_line_share);
    return (line || is_link_lines(n, t)) && !in_data_cell(n) &&
                   !(t->keep_citations && links_show_addresses(n)) && !is_linked_sentence(n, w) &&
                   !dci_names_source(n, w)
               ? ""
               : NULL;
}

const char *dci_match_phrase_rule(const dci_node *n, dci_walk *w)
{
    unsigned max = w->tuning->phrase_max_chars;
    if (n->chars == 0 || n->chars > max)
        return NULL;
    const char *text = dci_walk_text(w, n, (size_t)max * 4);
    return text ? dci_match_phrase(text) : NULL;
}

/* Reads an unsigned number of one to three digits at *p. */
static int read_small_number(const char **p, unsigned *out)
{
    unsigned digits;
    unsigned long v;
    *p += dci_digit_run(*p, SIZE_MAX, 4, &digits, &v);
    *out = (unsigned)v;
    return digits >= 1 && digits <= 3;
}

static const char *skip_spaces(const char *p)
{
    while (*p == ' ' || *p == '\t' || *p == '\n')
        p++;
    return p;
}

/* A slide counter: "1 of 8", "1 / 13", "Image 1 of 8", "Image 1 of / 13"
 * (the total in a span of its own): a number, a space, "of" or "/", a
 * greater or equal number, after at most one word. "10/20" (a score, a
 * date) has no space. */
int dci_is_slide_counter(const char *text)
{
    const char *p = skip_spaces(text);
    if (isalpha((unsigned char)*p)) {
        while (isalpha((unsigned char)*p))
            p++;
        if (*p != ' ')
            return 0;
        p = skip_spaces(p);
    }
    unsigned at, of;
    if (!read_small_number(&p, &at) || *p != ' ')
        return 0;
    p = skip_spaces(p);
    if (strncmp(p, "of", 2) == 0)
        p = skip_spaces(p + 2);
    else if (*p != '/')
        return 0;
    if (*p == '/')
        p = skip_spaces(p + 1);
    if (!read_small_number(&p, &of) || at == 0 || of < 2 || at > of)
        return 0;
    return *skip_spaces(p) == '\0';
}

/* The box a slide counter stands in: the widest around it, below the
 * content root, holding at most t->slideshow_max_chars and not most of the
 * content: the slideshow, its pictures, their captions and its buttons
 * ("Caption", "Close", "Back to Gallery"). */
static const dci_node *slideshow_box(const dci_node *n, const dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    const dci_node *box = n;
    for (const dci_node *p = n->parent; p && p != w->root && p->type == DCI_NODE_ELEMENT &&
                                         p->chars <= t->slideshow_max_chars &&
                                         !dci_holds_most_of(p, w);
         p = p->parent)
        box = p;
    return box;
}

/* The nodes of a box a share-bar look reads: a limit of the work per
 * node, not a heuristic (a bar of a dozen services holds fewer). */
enum { SHARE_BAR_NODES = 96 };

/* The length of an embedded address up to its query's next field. */
static size_t embedded_len(const char *a)
{
    return strcspn(a, "&;# \t\r\n");
}

/* Whether box is a bar of share links: share_bar_links links or more,
 * carrying one and the same address to two services or more (the
 * page's: "digg.com/submit?url=http://news.example/story",
 * "facebook.com/sharer.php?u=http://news.example/story"), and they hold
 * most of its linked text, a third of its text at least ("Bookmark with:
 * Digg Facebook"). What the class words share and social say of
 * such a box, said by its links, for the sites that name their classes
 * otherwise. Links carrying each another address are a list of sources
 * (archived copies, a redirector's ads), not a bar. Walked for boxes of at
 * most share_bar_chars, SHARE_BAR_NODES nodes each. */
const char *dci_match_share_bar(const dci_node *n, dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    if (!t->share_bar_chars || n->chars == 0 || n->chars > t->share_bar_chars ||
        n->link_chars * 3 < n->chars)
        return NULL;
    const char *address = NULL, *service = NULL;
    size_t address_len = 0, service_len = 0;
    unsigned links = 0, shared_chars = 0, seen = 0;
    int services = 0;
    for (const dci_node *d = n; d && seen < SHARE_BAR_NODES; d = dci_next(d, n), seen++) {
        if (d->type != DCI_NODE_ELEMENT || d->tag != GUMBO_TAG_A)
            continue;
        const char *href = dci_attr_get(d, "href"), *a = dci_url_embedded(href), *host;
        size_t len, host_len;
        if (!a || !dci_url_host(href, &host, &host_len))
            continue;
        len = embedded_len(a);
        if (!address) {
            address = a;
            address_len = len;
            service = host;
            service_len = host_len;
            services = 1;
        } else if (len != address_len || strncasecmp(a, address, len) != 0) {
            return NULL;
        } else if (host_len != service_len || strncasecmp(host, service, host_len) != 0) {
            services = 2;
        }
        links++;
        shared_chars += d->chars;
    }
    /* one service twice is an affiliate's redirector in a sentence ("streaming
     * on Amazon Prime and available to rent on Amazon") */
    return links >= t->share_bar_links && services >= 2 && shared_chars * 2 >= n->link_chars
               ? "links sharing one address"
               : NULL;
}

/* A line that is a slide counter marks a slideshow inside the content:
 * pictures with their credits and controls, which a story's text never
 * counts off; the slideshow goes (rule slideshow). The box must show a
 * picture: "Page 1 of 3" over a story's pages is no slideshow. A gallery
 * page whose captions tell the story keeps it. The box is walked whole:
 * only a box around a slide counter is, at most slideshow_max_chars of
 * text. */
const char *dci_match_slideshow(const dci_node *n, dci_walk *w)
{
    if (w->tuning->slideshow_max_chars == 0 || n->chars == 0 || n->chars > 24 ||
        w->doc->gallery_story)
        return NULL;
    const char *text = dci_walk_text(w, n, 64);
    return text && dci_is_slide_counter(text) && dci_holds_picture(slideshow_box(n, w), UINT_MAX)
               ? ""
               : NULL;
}

void dci_drop_slideshow(dci_node *n, const dci_rule *rule, const char *why, dci_walk *w)
{
    dci_drop((dci_node *)slideshow_box(n, w), rule, why);
}

/* The separator of a trail at p ("Home > News > ..."): its length, or 0.
 * ">" needs its spaces ("a>b" is no trail); the guillemets need none. */
static size_t crumb_separator(const char *p)
{
    static const char *const seps[] = {" > ", " >> ", "\xc2\xbb", "\xe2\x80\xba"};
    for (size_t i = 0; i < DCX_COUNTOF(seps); i++)
        if (strncmp(p, seps[i], strlen(seps[i])) == 0)
            return strlen(seps[i]);
    return 0;
}

/* Whether text is a trail of three items or more, each of at most
 * item_words words: "Home > News > Local", "Industries » Engineering »
 * Power Jobs". A trail ending in the page's headline is left alone: some
 * human-marked texts count the headline, which the output leaves out.
 * *prefix gets the length of the text before the last item. */
int dci_is_crumb_trail(const char *text, unsigned item_words, size_t *prefix)
{
    unsigned items = 0;
    const char *start = text, *last = text;
    for (const char *p = text;; p++) {
        size_t sep = *p ? crumb_separator(p) : 0;
        if (!sep && *p)
            continue;
        size_t words = dci_count_spaced_words(start, (size_t)(p - start));
        if (words == 0 || words > item_words)
            return 0;
        items++;
        if (!sep)
            break;
        last = p;
        start = p + sep;
        p += sep - 1;
    }
    *prefix = (size_t)(last - text);
    return items >= 3;
}

/* A line that is a trail of links to the sections above the page, the
 * last item the page's own section, unlinked ("Home > Advice > Sleep"):
 * the site's map, not the article's text, whatever its class (rule
 * crumb-trail). The items before the last are links: a sentence naming a
 * menu's path ("click Analysis > Compare > By Model") is not. */
const char *dci_match_crumb_trail(const dci_node *n, dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    if (t->crumb_item_words == 0 || n->chars == 0 || n->link_chars == 0 ||
        n->chars > t->link_line_max_chars)
        return NULL;
    const char *text = dci_walk_text(w, n, (size_t)t->link_line_max_chars * 4);
    size_t prefix;
    if (!text || !dci_is_crumb_trail(text, t->crumb_item_words, &prefix))
        return NULL;
    return (size_t)n->link_chars * 2 >= prefix ? "" : NULL;
}

/* A link that is a whole line of loose text by itself ("...teaser text.
 * <a>Read more &gt;&gt;</a></div>") is a control when its words are
 * exactly a phrase of the table, a label with no star: the phrase rule sees
 * only blocks, and a link left as text at the end of a teaser or between a
 * story's paragraphs is not one. A starred phrase ("click here *") matches
 * a sentence, and a linked sentence on its own line ("Click here to read
 * the story...") is kept by the human-marked texts. */
const char *dci_match_phrase_link(const dci_node *n, dci_walk *w)
{
    const dci_node *top = n, *b = n->parent;
    while (b && b->type == DCI_NODE_ELEMENT && !dci_tag_is_block(b->tag)) {
        top = b;
        b = b->parent;
    }
    if (!b || b->type != DCI_NODE_ELEMENT || n->chars == 0 || top->chars != n->chars ||
        !dci_alone_on_line(top))
        return NULL;
    const char *match = dci_match_phrase_rule(n, w);
    return match && !strchr(match, '*') ? match : NULL;
}

/* HEADING_CONTROL_DEPTH: the most inline elements read between a link and
 * its heading; HEADING_CONTROL_CHARS: the longest control read (chars);
 * HEADING_CONTROL_SIBLINGS: the most siblings read beside it at each level */
enum { HEADING_CONTROL_DEPTH = 4, HEADING_CONTROL_CHARS = 48, HEADING_CONTROL_SIBLINGS = 16 };

/* Whether no text stands after n among its siblings (forward) or before it
 * (backward), in the HEADING_CONTROL_SIBLINGS read. */
static int no_text_beside(const dci_node *n, int forward)
{
    int read = 0;
    for (const dci_node *s = forward ? n->next : n->prev; s; s = forward ? s->next : s->prev)
        if (++read > HEADING_CONTROL_SIBLINGS || s->chars > 0)
            return 0;
    return 1;
}

/* Whether top stands at an end of heading h, its text all before or all
 * after top's (a control closes the title, or opens it in older skins): a
 * word linked amid the title ("How to <a>edit</a> a video") is the title's. */
static int at_heading_end(const dci_node *top, const dci_node *h)
{
    int last = 1, first = 1;
    for (const dci_node *x = top; x && x != h; x = x->parent) {
        last = last && no_text_beside(x, 1);
        first = first && no_text_beside(x, 0);
    }
    return last || first;
}

/* Whether element n's text is a section-edit control. */
static int is_edit_control(const dci_node *n, dci_walk *w)
{
    if (n->chars == 0 || n->chars > HEADING_CONTROL_CHARS)
        return 0;
    const char *text = dci_walk_text(w, n, HEADING_CONTROL_CHARS * 8);
    return text && dci_match_edit_control(text, strlen(text)) != NULL;
}

/* Whether box b holds a heading and the control top beside it and no other
 * text (a heading's box: "<div><h2>History</h2><span>[edit]</span></div>",
 * as MediaWiki writes it since 1.43), in the HEADING_CONTROL_SIBLINGS
 * children read. */
static int heads_box(const dci_node *b, const dci_node *top)
{
    int read = 0;
    for (const dci_node *c = b->first_child; c; c = c->next) {
        if (++read > HEADING_CONTROL_SIBLINGS)
            return 0;
        if (c->type == DCI_NODE_ELEMENT && dci_is_heading(c) && c->chars > 0)
            return c->chars + top->chars == b->chars;
    }
    return 0;
}

/* The control link n is in a heading: the highest inline element around n
 * (n itself or its wrapper with the brackets, "[edit]") whose text is a
 * section-edit control, in a heading holding text beside it, or beside a
 * heading in its box; NULL when n is none. */
static const dci_node *heading_control(const dci_node *n, dci_walk *w)
{
    if (!is_edit_control(n, w))
        return NULL;
    const dci_node *top = n, *b = n->parent;
    for (int depth = 0; b && b->type == DCI_NODE_ELEMENT && !dci_tag_is_block(b->tag);
         b = b->parent) {
        if (++depth > HEADING_CONTROL_DEPTH)
            return NULL;
        if (b->chars == top->chars || is_edit_control(b, w))
            top = b;
    }
    return b && b->type == DCI_NODE_ELEMENT && (dci_is_heading(b) || heads_box(b, top)) &&
                   b->chars > top->chars && at_heading_end(top, b)
               ? top
               : NULL;
}

/* A link in a heading beside its title labelled as a wiki's section-edit
 * control ("History[edit]", "Background Edit", "[Bearbeiten | Quelltext
 * bearbeiten]") is the wiki's button, not the title's words (rule
 * heading-control): it goes with the brackets around it. */
const char *dci_match_heading_control(const dci_node *n, dci_walk *w)
{
    const dci_node *top = heading_control(n, w);
    if (!top)
        return NULL;
    const char *text = dci_walk_text(w, n, HEADING_CONTROL_CHARS * 8);
    const char *entry = text ? dci_match_edit_control(text, strlen(text)) : NULL;
    return entry ? entry : "edit";
}

void dci_drop_heading_control(dci_node *n, const dci_rule *rule, const char *why, dci_walk *w)
{
    const dci_node *top = heading_control(n, w);
    dci_drop((dci_node *)(top ? top : n), rule, why);
}

/* LINE_TEXT_BYTES: the most of a loose line read as a phrase;
 * LINE_NODES: the most nodes a line of loose text is dropped as;
 * LINE_DEPTH: the inline elements open at once that are followed. */
enum { LINE_TEXT_BYTES = 1024, LINE_NODES = 16, LINE_DEPTH = 64 };

/* Where an inline element opened: the nodes read and the lines ended. */
typedef struct {
    unsigned nodes, line;
} line_mark;

/* A block's lines of loose text read as phrases: each line's text, folded,
 * and the nodes holding it, the inline elements wholly on the line in
 * place of their insides. */
typedef struct {
    line_reader r;                    /* first: the hooks get it */
    dci_walk *w;
    const dci_rule *rule;             /* drops the lines that match; NULL: looks only */
    unsigned whole;                   /* a leaf block's chars: its one line, judged already */
    unsigned chars;                   /* of the line, as counted */
    char text[LINE_TEXT_BYTES];
    int32_t folded[LINE_TEXT_BYTES];  /* the line case-folded (dci_match_label_into) */
    size_t len;
    int over;                         /* the line is too long, or held too many nodes */
    const dci_node *nodes[LINE_NODES];
    unsigned nnodes;
    unsigned line;                    /* lines ended so far */
    line_mark open[LINE_DEPTH];
    unsigned depth;
    const char *match;                /* the first entry a line matched */
    char label[DCI_SEQUENCE_LABEL_BYTES]; /* the line's text since its last link */
    size_t label_len;
    const char *sequence;             /* the line's first sequence label, if every
                                       * text between its links was one */
    int label_over;                   /* a text between links was none, or too long */
    int nodes_over;                   /* the line held more than LINE_NODES nodes */
} phrase_lines;

static void phrase_line_node(phrase_lines *p, const dci_node *n)
{
    if (p->nnodes == LINE_NODES)
        p->over = p->nodes_over = 1;
    else
        p->nodes[p->nnodes++] = n;
}

/* The length of the separator of a line of navigation ("|", "·", "«",
 * "»", an arrow) that s[0, len) opens with, or 0. */
static size_t separator_len(const char *s, size_t len)
{
    static const char *const marks[] = {"|", "\xc2\xb7", "\xc2\xab", "\xc2\xbb", "<", ">", "-",
                                        "\xe2\x80\x93", "\xe2\x80\xa2", "\xe2\x86\x90",
                                        "\xe2\x86\x92"};
    for (size_t i = 0; i < DCX_COUNTOF(marks); i++) {
        size_t n = strlen(marks[i]);
        if (n <= len && memcmp(s, marks[i], n) == 0)
            return n;
    }
    return 0;
}

/* Judges the text read since the line's last link: separators, then
 * nothing or a sequence label ("| Next:"), which a link must follow
 * (at_link) for the line to be a sequence's navigation. */
static void end_label(phrase_lines *p, int at_link)
{
    const char *s = p->label;
    size_t len = p->label_len;
    for (size_t n; len > 0;) {
        n = isspace((unsigned char)*s) ? 1 : separator_len(s, len);
        if (n == 0)
            break;
        s += n;
        len -= n;
    }
    if (len > 0) {
        const char *m = at_link ? dci_match_sequence_label(s, len) : NULL;
        if (!m)
            p->label_over = 1;
        else if (!p->sequence)
            p->sequence = m;
    }
    p->label_len = 0;
}

/* Reads c's text into the line's text since its last link. */
static void read_label(phrase_lines *p, const dci_node *c, int in_link)
{
    if (in_link) {
        end_label(p, 1);
        return;
    }
    /* white space folded: markup indents a label as it likes */
    for (size_t i = 0; i < c->text_len && !p->label_over;) {
        size_t n = dci_space_len(c->text + i, c->text_len - i);
        if (n > 0 && (p->label_len == 0 || p->label[p->label_len - 1] == ' ')) {
            i += n;
            continue;
        }
        p->label_over = p->label_len == sizeof p->label;
        if (!p->label_over)
            p->label[p->label_len++] = n > 0 ? ' ' : c->text[i];
        i += n > 0 ? n : 1;
    }
}

static void phrase_line_text(line_reader *r, const dci_node *c, int in_link)
{
    phrase_lines *p = (phrase_lines *)r;
    if (!p->label_over)
        read_label(p, c, in_link);
    /* a line past the phrase table's length is not copied: prose is not read twice */
    p->chars += c->chars;
    if (p->chars > p->w->tuning->phrase_max_chars)
        p->over = 1;
    size_t i = 0;
    while (i < c->text_len && !p->over) {
        size_t n = dci_space_len(c->text + i, c->text_len - i);
        if (n > 0) {
            if (p->len > 0 && p->text[p->len - 1] != ' ')
                p->text[p->len++] = ' ';
            i += n;
        } else {
            p->text[p->len++] = c->text[i++];
        }
        p->over = p->len >= LINE_TEXT_BYTES - 1;
    }
    if (c->chars > 0)   /* white space between the line's elements may stay */
        phrase_line_node(p, c);
}

static void phrase_line_enter(line_reader *r, const dci_node *e)
{
    phrase_lines *p = (phrase_lines *)r;
    (void)e;
    if (p->depth < LINE_DEPTH)
        p->open[p->depth] = (line_mark){p->nnodes, p->line};
    p->depth++;
}

/* An element left on the line it opened on is wholly in it: it stands for
 * the nodes read inside it (an <a> rather than its text). */
static void phrase_line_leave(line_reader *r, const dci_node *e)
{
    phrase_lines *p = (phrase_lines *)r;
    p->depth--;
    if (p->depth >= LINE_DEPTH || p->open[p->depth].line != p->line ||
        p->open[p->depth].nodes == p->nnodes)
        return;
    p->nnodes = p->open[p->depth].nodes;
    phrase_line_node(p, e);
}

/* A line matching an entry of the phrase table with no star goes: a label
 * of the page's controls or a promo ("Printer Friendly Version", "Back to
 * Top", "read on >>") written loose in a box, between <br>s; a starred
 * entry ("click here *") matches sentences, which such lines often are. */
static void phrase_line_end(line_reader *r)
{
    phrase_lines *p = (phrase_lines *)r;
    while (p->len > 0 && p->text[p->len - 1] == ' ')
        p->len--;
    p->text[p->len] = '\0';
    const char *m = NULL;
    end_label(p, 0);
    if (p->chars != p->whole) {
        if (!p->over && p->len > 0)
            m = dci_match_label_into(p->text, p->folded, LINE_TEXT_BYTES);
        if (!m && p->sequence && !p->label_over && !p->nodes_over)
            m = p->sequence;
    }
    if (m) {
        if (!p->match)
            p->match = m;
        for (unsigned i = 0; p->rule && i < p->nnodes; i++)
            dci_drop((dci_node *)p->nodes[i], p->rule, m);
    }
    p->len = p->label_len = 0;
    p->nnodes = 0;
    p->over = p->label_over = p->nodes_over = 0;
    p->sequence = NULL;
    p->chars = 0;
    p->line++;
}

/* Reads block n's lines as phrases, dropping those that match when rule
 * is not NULL; returns the first entry matched, or NULL. */
static const char *read_phrase_lines(const dci_node *n, dci_walk *w, const dci_rule *rule)
{
    /* the buffers are written before they are read: only the counts start
     * at zero (a page of many blocks clears no kilobytes for each) */
    phrase_lines p;
    p.r = (line_reader){phrase_line_text, phrase_line_end, phrase_line_enter, phrase_line_leave};
    p.w = w;
    p.rule = rule;
    p.whole = dci_is_leaf_block(n) ? n->chars : UINT_MAX;
    p.len = p.label_len = 0;
    p.nnodes = p.line = p.depth = p.chars = 0;
    p.over = p.label_over = p.nodes_over = 0;
    p.match = p.sequence = NULL;
    read_lines(n, 0, &p.r);
    phrase_line_end(&p.r);
    return p.match;
}

/* A block's lines of loose text judged one by one as the phrase rule
 * judges a block (rule phrase-line): a box that holds blocks, or whose
 * lines are set apart by <br>s, is no leaf block of one line, and the
 * phrase rule never saw them. */
const char *dci_match_phrase_lines(const dci_node *n, dci_walk *w)
{
    if (!w->tuning->phrase_lines || !dci_tag_is_block(n->tag) || n->chars == 0 ||
        n->tag == GUMBO_TAG_PRE || dci_in_code(n))
        return NULL;
    return read_phrase_lines(n, w, NULL);
}

void dci_drop_phrase_lines(dci_node *n, const dci_rule *rule, const char *why, dci_walk *w)
{
    (void)why;
    read_phrase_lines(n, w, rule);
}

/* Whether the words of text[0, len) are at most max_words, the last not
 * ending a sentence: with . ! ? or another script's stop (dci_wide_stop:
 * 。 ！ ？ ؟ ।), which a menu's entry never ends with either. */
static int is_menu_entry(const char *text, size_t len, unsigned max_words)
{
    while (len && isspace((unsigned char)text[len - 1]))
        len--;
    if (len && (strchr(".!?", text[len - 1]) || dci_wide_stop(text, len)))
        return 0;
    return dci_count_spaced_words(text, len) <= max_words;
}

/* A line of words set apart by bars, none a sentence ("News: ePaper | Front
 * Page | National | Sport |"): a menu written as text, with or without its
 * links (a table's cells are blocks of their own, never one line). */
const char *dci_match_text_menu(const dci_node *n, dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    if (t->text_menu_entries == 0 || n->chars > t->link_line_max_chars * 4)
        return NULL;
    const char *text = dci_walk_text(w, n, DCI_TEASER_TEXT_BYTES);
    if (!text)
        return NULL;
    unsigned entries = 0;
    for (const char *start = text;; entries++) {
        const char *bar = strchr(start, '|');
        size_t len = bar ? (size_t)(bar - start) : strlen(start);
        if (!is_menu_entry(start, len, t->text_menu_words))
            return NULL;
        if (!bar)
            break;
        start = bar + 1;
    }
    return entries + 1 >= t->text_menu_entries ? "" : NULL;
}
