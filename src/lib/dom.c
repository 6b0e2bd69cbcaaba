#include "dom.h"

#include <string.h>
#include <strings.h>

#include "buf.h"
#include "url.h"
#include "words.h"

dci_node *dci_next_skip(const dci_node *n, const dci_node *root)
{
    while (n && n != root) {
        if (n->next)
            return n->next;
        n = n->parent;
    }
    return NULL;
}

dci_node *dci_next(const dci_node *n, const dci_node *root)
{
    if (n->first_child)
        return n->first_child;
    return dci_next_skip(n, root);
}

const char *dci_attr_get(const dci_node *n, const char *name)
{
    for (unsigned i = 0; i < n->nattrs; i++)
        if (strcmp(n->attrs[i].name, name) == 0)
            return n->attrs[i].value;
    return NULL;
}

int dci_is_element(const dci_node *n, GumboTag tag)
{
    return n && n->type == DCI_NODE_ELEMENT && n->tag == tag;
}

int dci_is_picture(const dci_node *n)
{
    return n->type == DCI_NODE_ELEMENT &&
           (n->tag == GUMBO_TAG_IMG || n->tag == GUMBO_TAG_FIGURE ||
            (n->tag == GUMBO_TAG_UNKNOWN && dci_attr_get(n, "srcset")));
}

int dci_holds_picture(const dci_node *box, unsigned max_nodes)
{
    unsigned seen = 0;
    for (const dci_node *d = box; d && seen < max_nodes; d = dci_next(d, box), seen++)
        if (dci_is_picture(d))
            return 1;
    return 0;
}

int dci_tag_is_block(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BODY: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR: case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR:
    case GUMBO_TAG_HTML: case GUMBO_TAG_LI: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU: case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_P:
    case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_TD:
    case GUMBO_TAG_TFOOT: case GUMBO_TAG_TH: case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR: case GUMBO_TAG_UL: case GUMBO_TAG_LISTING:
    case GUMBO_TAG_PLAINTEXT: case GUMBO_TAG_XMP: case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_LEGEND: case GUMBO_TAG_OPTGROUP:
    case GUMBO_TAG_OPTION:
        return 1;
    default:
        return 0;
    }
}

int dci_tag_is_paragraph(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_DD:
    case GUMBO_TAG_DT: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_LISTING: case GUMBO_TAG_PLAINTEXT:
    case GUMBO_TAG_XMP:
        return 1;
    default:
        return 0;
    }
}

/* Inline ancestors dci_in_code climbs: a highlighter nests its token spans
 * a level or two under <code>. A bound on the work per node. */
#define CODE_CLIMB 8

static int is_code_tag(GumboTag tag)
{
    return tag == GUMBO_TAG_CODE || tag == GUMBO_TAG_KBD || tag == GUMBO_TAG_SAMP;
}

/* A syntax highlighter names its tokens by what they are in the language
 * ("token comment", "hljs-comment", "hljs-meta" for a preprocessor line,
 * SyntaxHighlighter's <code class="comments">): such a class says how the
 * code is coloured, not that the text is furniture or comments beside the
 * article, and a listing without its comments or #include lines is not the
 * author's. */
int dci_in_code(const dci_node *n)
{
    if (n->type != DCI_NODE_ELEMENT || dci_tag_is_block(n->tag))
        return 0;
    const dci_node *a = n;
    for (unsigned k = 0; a && a->type == DCI_NODE_ELEMENT && k < CODE_CLIMB; a = a->parent, k++) {
        if (is_code_tag(a->tag))
            return 1;
        if (dci_tag_is_block(a->tag))
            return a->tag == GUMBO_TAG_PRE || a->tag == GUMBO_TAG_LISTING ||
                   a->tag == GUMBO_TAG_XMP;
    }
    return 0;
}

int dci_is_inside(const dci_node *n, const dci_node *ancestor)
{
    for (n = n->parent; n; n = n->parent)
        if (n == ancestor)
            return 1;
    return 0;
}

size_t dci_depth(const dci_node *n)
{
    size_t d = 0;
    for (; n->parent; n = n->parent)
        d++;
    return d;
}

const dci_node *dci_meet(const dci_node **a, const dci_node **b)
{
    size_t da = dci_depth(*a), db = dci_depth(*b);
    for (; da > db; da--)
        *a = (*a)->parent;
    for (; db > da; db--)
        *b = (*b)->parent;
    if (*a == *b)
        return *a;
    while ((*a)->parent != (*b)->parent) {
        *a = (*a)->parent;
        *b = (*b)->parent;
    }
    return (*a)->parent;
}

int dci_is_heading(const dci_node *n)
{
    return n->type == DCI_NODE_ELEMENT && n->tag >= GUMBO_TAG_H1 && n->tag <= GUMBO_TAG_H6;
}

int dci_has_block_child(const dci_node *n)
{
    for (const dci_node *c = n->first_child; c; c = c->next)
        if (c->type == DCI_NODE_ELEMENT && !(c->flags & DCI_DROPPED) && dci_tag_is_block(c->tag))
            return 1;
    return 0;
}

int dci_is_leaf_block(const dci_node *n)
{
    return n->type == DCI_NODE_ELEMENT && dci_tag_is_block(n->tag) && !dci_has_block_child(n);
}

int dci_ends_sentence(const dci_node *n)
{
    for (const dci_node *t = n->last_child; t; t = t->last_child) {
        if (t->type == DCI_NODE_TEXT) {
            size_t len = dci_trim_end(t->text, t->text_len);
            if (len > 0 && dci_wide_stop(t->text, len))
                return 1;   /* 。 ！ ？ ؟ । ... */
            return len > 0 && strchr(".!?\"", t->text[len - 1]) != NULL &&
                   !dci_stop_abbreviates(t->text, len);
        }
    }
    return 0;
}

/* The article element itself or a container of it. */
static int is_article_marker(const dci_node *n)
{
    if (n->tag == GUMBO_TAG_ARTICLE || n->tag == GUMBO_TAG_MAIN)
        return 1;
    const char *prop = dci_attr_get(n, "itemprop");
    return prop && strstr(prop, "articleBody") != NULL;
}

dci_node *dci_article_holder(dci_node *root)
{
    dci_node *holder = NULL;
    dci_node_iter it;
    dci_node_iter_init(&it, root);
    for (dci_node *n; (n = dci_node_iter_next_kept(&it));)
        if (n->type == DCI_NODE_ELEMENT && is_article_marker(n) &&
            (!holder || n->prose > holder->prose))
            holder = n;
    return holder;
}

/* Whether item, a list item, is a note the text points to: it is named
 * (id) for the note mark in the text to lead to, and holds a link leading
 * back to that mark ("<li id=\"fn1\">... <a href=\"#fnref1\">^</a>"), as
 * Wikipedia's references and the footnotes of Markdown posts are written. */
int dci_is_note_item(const dci_node *item)
{
    const char *id = dci_attr_get(item, "id");
    if (!id || !*id)
        return 0;
    for (const dci_node *d = item; d; d = dci_next(d, item)) {
        if (d->type != DCI_NODE_ELEMENT || d->tag != GUMBO_TAG_A)
            continue;
        const char *href = dci_attr_get(d, "href");
        if (href && href[0] == '#' && href[1])
            return 1;
    }
    return 0;
}

/* The longest text of a note's link back to its mark, in characters:
 * "1", "(1)", "[12]", "^", "a b", "↩". */
#define NOTE_BACKLINK_CHARS 8

/* Whether n, any element, is a footnote set as a box of its own (docutils'
 * "<aside class=\"footnote\" id=\"footnote-1\">", a note's <div>): named
 * (id) for the mark in the text, holding a short link back to a place on
 * the page, and mostly text of its own (a table of contents is links). */
int dci_is_note_box(const dci_node *n)
{
    const char *id = dci_attr_get(n, "id");
    if (!id || !*id || n->chars == 0 || n->link_chars * 2 >= n->chars)
        return 0;
    for (const dci_node *d = n; d; d = dci_next(d, n)) {
        if (d->type != DCI_NODE_ELEMENT || d->tag != GUMBO_TAG_A)
            continue;
        const char *href = dci_attr_get(d, "href");
        if (href && href[0] == '#' && href[1] && d->chars > 0 && d->chars <= NOTE_BACKLINK_CHARS)
            return 1;
    }
    return 0;
}

unsigned dci_own_paragraph_prose(const dci_tuning *t, const dci_node *n)
{
    unsigned prose = 0, loose = n->chars, loose_links = n->link_chars;
    for (const dci_node *c = n->first_child; c; c = c->next) {
        if (c->type != DCI_NODE_ELEMENT || (c->flags & DCI_DROPPED))
            continue;
        if (dci_tag_is_paragraph(c->tag) || (c->tag == GUMBO_TAG_DIV && !(c->flags & DCI_HAS_BLOCK)))
            prose += c->prose;
        if (dci_tag_is_block(c->tag)) {
            loose -= c->chars;
            loose_links -= c->link_chars;
        }
    }
    /* text set apart by <br>s beside a block or two (an image's wrapper, a
     * clearing div) is the paragraphs of a blog engine's post */
    if (n->flags & DCI_HAS_BLOCK && loose >= t->prose_min_chars &&
        !dci_share_reached(loose_links, loose, t->prose_link_share))
        prose += loose;
    return prose;
}

const char *dci_next_token(const char **cursor, size_t *len)
{
    const char *start = *cursor + strspn(*cursor, " \t\n\f\r");
    *len = strcspn(start, " \t\n\f\r");
    *cursor = start + *len;
    return start;
}

int dci_attr_has_token(const dci_node *n, const char *attr, const char *token)
{
    const char *v = dci_attr_get(n, attr);
    if (!v)
        return 0;
    size_t want = strlen(token), len;
    for (const char *p = dci_next_token(&v, &len); len > 0; p = dci_next_token(&v, &len))
        if (len == want && strncasecmp(p, token, len) == 0)
            return 1;
    return 0;
}

void dci_mark_spine(dci_node *n, const dci_node *top, int on)
{
    for (; n; n = n->parent) {
        n->flags = (unsigned short)(on ? n->flags | DCI_SPINE : n->flags & ~DCI_SPINE);
        if (n == top)
            break;
    }
}

void dci_drop(dci_node *n, const struct dci_rule *rule, const char *why)
{
    if (n->flags & DCI_DROPPED)
        return;
    n->flags |= DCI_DROPPED;
    n->rule = rule;
    n->why = why;
}

void dci_own_text_stats(const dci_node *n, unsigned *chars, unsigned *commas)
{
    unsigned c = n->chars, k = n->commas;
    for (const dci_node *ch = n->first_child; ch; ch = ch->next) {
        if (ch->type == DCI_NODE_ELEMENT && dci_tag_is_block(ch->tag)) {
            c -= ch->chars;
            k -= ch->commas;
        }
    }
    *chars = c;
    *commas = k;
}

unsigned dci_own_bars(const dci_node *n)
{
    unsigned bars = n->bars;
    for (const dci_node *ch = n->first_child; ch; ch = ch->next)
        if (ch->type == DCI_NODE_ELEMENT && dci_tag_is_block(ch->tag))
            bars -= ch->bars;
    return bars;
}

float dci_link_density(const dci_node *n)
{
    return n->chars ? (float)n->link_chars / (float)n->chars : 0.0f;
}

unsigned dci_count_chars(const char *s, size_t len)
{
    unsigned count = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c & 0xC0) != 0x80 && !dci_is_space(c))
            count++;
    }
    return count;
}

/* Whether the UTF-8 character at s (left bytes on) is a comma or its
 * equivalent in another script: a sign of running prose. */
static int is_wide_comma(const unsigned char *s, size_t left)
{
    if (s[0] == 0xEF)
        return left >= 3 && s[1] == 0xBC && s[2] == 0x8C;   /* U+FF0C fullwidth comma */
    if (s[0] == 0xE3)   /* U+3001 ideographic comma, U+3002 full stop */
        return left >= 3 && s[1] == 0x80 && (s[2] == 0x81 || s[2] == 0x82);
    if (s[0] == 0xD8)
        return left >= 2 && s[1] == 0x8C;   /* U+060C Arabic comma */
    if (s[0] == 0xE1)   /* U+104A Myanmar little section, U+1363 Ethiopic comma */
        return left >= 3 && ((s[1] == 0x81 && s[2] == 0x8A) || (s[1] == 0x8D && s[2] == 0xA3));
    return 0;
}

/* The characters (white space aside, as dci_count_chars; a wide letter
 * counting t->wide_char_weight) and the commas of text node n, in one
 * pass: every recount reads every text of the page. */
static void count_text(const dci_tuning *t, dci_node *n)
{
    const unsigned char *s = (const unsigned char *)n->text;
    unsigned chars = 0, commas = 0, bars = 0;
    unsigned wide = t->wide_char_weight ? t->wide_char_weight : 1;
    for (size_t i = 0; i < n->text_len; i++) {
        if (s[i] < 0x80) {
            chars += !dci_is_space(s[i]);
            commas += s[i] == ',';
            bars += s[i] == '|';
        } else if ((s[i] & 0xC0) != 0x80) {
            chars += s[i] >= 0xE3 && dci_is_wide_letter(s + i, n->text_len - i) ? wide : 1;
            commas += is_wide_comma(s + i, n->text_len - i);
        }
    }
    n->chars = chars;
    n->commas = commas;
    n->bars = bars;
}

static void reset_counts(dci_node *n)
{
    if (n->flags & DCI_TEXT_COUNTED)
        return;
    n->chars = n->link_chars = n->commas = n->prose = n->bars = 0;
    n->leaves = 0;
    n->flags &= (unsigned short)~DCI_HAS_BLOCK;
}

int dci_is_field_line(const dci_tuning *t, unsigned chars, unsigned bars)
{
    return t->field_min_bars && bars >= t->field_min_bars && chars < (bars + 1) * t->field_max_chars;
}

/* A paragraph of prose: long enough to be a sentence or more, and not a
 * list of links. Comment and teaser blocks have some; articles have most. */
static int is_prose_paragraph(const dci_tuning *t, const dci_node *n)
{
    if (n->chars < t->prose_min_chars || dci_share_reached(n->link_chars, n->chars, t->prose_link_share))
        return 0;
    return dci_tag_is_paragraph(n->tag) || !(n->flags & DCI_HAS_BLOCK);
}

/* What element n adds to its parent's count of leaf blocks: a table cell
 * makes the count -1, for a table of figures is data, read cell by cell. */
static int leaves_for_parent(const dci_node *n)
{
    if (n->leaves < 0 || n->tag == GUMBO_TAG_TD || n->tag == GUMBO_TAG_TH)
        return -1;
    int leaf = dci_tag_is_block(n->tag) && !(n->flags & DCI_HAS_BLOCK) && n->chars > 0;
    return n->leaves + leaf;
}

static void add_to_parent(dci_node *n, dci_node *parent)
{
    parent->chars += n->chars;
    parent->link_chars += n->link_chars;
    parent->commas += n->commas;
    parent->bars += n->bars;
    parent->prose += n->prose;
    if (n->type != DCI_NODE_ELEMENT || (n->flags & DCI_DROPPED))
        return;
    if (dci_tag_is_block(n->tag))
        parent->flags |= DCI_HAS_BLOCK;
    int up = leaves_for_parent(n);
    parent->leaves = parent->leaves < 0 || up < 0 ? -1 : parent->leaves + up;
}

/* A javascript: "link" that holds paragraphs or a sentence opens no page:
 * its words are text, the rest of it (share, print, back buttons) links. */
static int is_script_prose(const dci_node *a)
{
    return dci_url_is_script(dci_attr_get(a, "href")) &&
           ((a->flags & DCI_HAS_BLOCK) || dci_ends_sentence(a));
}

/* An <a name> without href is a bookmark, the place a link elsewhere
 * leads to, as old hand-made pages wrap each news entry or section in one:
 * its words are the page's text, not a link (measured on CleanEval: a page
 * of entries so wrapped was all links, 0.30 to 0.67). An <a> with neither
 * href nor name stays a link: scripts make menus of those. */
static int is_bookmark(const dci_node *a)
{
    return !dci_attr_get(a, "href") && dci_attr_get(a, "name");
}

/* How many children of a link are looked at for its code. */
#define CODE_REF_LOOK 4

/* A link whose whole text is one <code> element (<a href="fs.html#stat">
 * <code>fs.stat()</code></a>) is a cross-reference: documentation names a
 * function, a class or an option and links it to where it is described,
 * as Sphinx, Javadoc, rustdoc and hand-written API references do. The name
 * is a word of the sentence, not a way off the page: its words are text.
 * Not a link to a place on the page: a table of contents lists the names
 * the page describes. */
static int is_code_reference(const dci_node *a)
{
    /* a link to a place on the page is an entry of its table of contents */
    const char *href = dci_attr_get(a, "href");
    if (!href || href[0] == '#')
        return 0;
    const dci_node *code = NULL;
    unsigned looked = 0;
    for (const dci_node *c = a->first_child; c; c = c->next) {
        if (++looked > CODE_REF_LOOK)
            return 0;
        if (c->type == DCI_NODE_ELEMENT && c->chars > 0) {
            if (code || c->tag != GUMBO_TAG_CODE)
                return 0;
            code = c;
        }
    }
    return code && code->chars == a->chars;
}

static void finish_counts(const dci_tuning *t, dci_node *n, const dci_node *root)
{
    if (n->flags & DCI_DROPPED) {
        n->chars = n->link_chars = n->commas = n->prose = n->bars = 0;
        n->flags &= (unsigned short)~DCI_TEXT_COUNTED;
    } else if (n->type == DCI_NODE_TEXT) {
        /* every stage that drops something recounts the page: each text
         * is read once */
        if (!(n->flags & DCI_TEXT_COUNTED))
            count_text(t, n);
        n->flags |= DCI_TEXT_COUNTED;
    } else {
        if (n->tag == GUMBO_TAG_A && !is_script_prose(n) && !is_bookmark(n) &&
            !(t->code_references && is_code_reference(n)))
            n->link_chars = n->chars;
        if (is_prose_paragraph(t, n))
            n->prose = n->chars;
    }
    if (n != root && n->parent)
        add_to_parent(n, n->parent);
}

void dci_dom_count(const dci_tuning *t, dci_node *root)
{
    dci_node *n = root;
    reset_counts(n);
    for (;;) {
        if (!(n->flags & DCI_DROPPED) && n->first_child) {
            n = n->first_child;
            reset_counts(n);
            continue;
        }
        for (;;) {
            finish_counts(t, n, root);
            if (n == root)
                return;
            if (n->next) {
                n = n->next;
                reset_counts(n);
                break;
            }
            n = n->parent;
        }
    }
}

/* The text of root, without its dropped parts unless with_dropped. */
static char *node_text(dci_arena *a, const dci_node *root, size_t max, int with_dropped)
{
    dci_buf b = DCI_BUF_INIT;
    for (const dci_node *n = root; n && b.len < max;) {
        if ((n->flags & DCI_DROPPED) && !with_dropped) {
            n = dci_next_skip(n, root);
            continue;
        }
        /* what follows a block starts a new paragraph too */
        if (n != root && n->prev && n->prev->type == DCI_NODE_ELEMENT &&
            dci_tag_is_block(n->prev->tag))
            dci_buf_put_folded(&b, " ", 1);
        if (n->type == DCI_NODE_TEXT)
            dci_buf_put_folded_upto(&b, n->text, n->text_len, max);
        else if (n != root && (dci_tag_is_block(n->tag) || n->tag == GUMBO_TAG_BR))
            dci_buf_put_folded(&b, " ", 1);
        n = dci_next(n, root);
    }
    dci_buf_rtrim(&b);
    size_t len = b.len < max ? b.len : max;
    while (len > 0 && len < b.len && ((unsigned char)b.data[len] & 0xC0) == 0x80)
        len--;   /* never cut a UTF-8 sequence */
    char *s = dci_arena_strndup(a, b.data ? b.data : "", b.data ? len : 0);
    dci_buf_free(&b);
    return s;
}

char *dci_node_text(dci_arena *a, const dci_node *root, size_t max)
{
    return node_text(a, root, max, 0);
}

char *dci_node_text_all(dci_arena *a, const dci_node *root, size_t max)
{
    return node_text(a, root, max, 1);
}
