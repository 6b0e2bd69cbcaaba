/*
 * The rule table and the predicates behind it. Each predicate looks at one
 * node (its statistics, its attributes, its text) and says why it matches;
 * the walker has already checked the stage, the elements and the guards.
 */
#include "rules.h"

#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "patterns.h"
#include "score.h"
#include "tail.h"
#include "url.h"
#include "walk.h"
#include "words.h"
#include "sizes.h"


/* Bytes of text the text rules read: a heading's first words, a line, the
 * end of a teaser. Limits of the work per node, not heuristics. */
#define HEADING_TEXT_BYTES 200
#define TEASER_TEXT_BYTES 4096

/* ------------------------------------------------------------ guards */

static int is_protected_tag(GumboTag tag)
{
    return tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY ||
           tag == GUMBO_TAG_MAIN || tag == GUMBO_TAG_ARTICLE;
}

/* n neither holds the article's body (clean's body block) nor is in it:
 * n is not the layout around the article but a box beside it, such as a
 * comment thread longer than the story. The body must still hold its
 * paragraphs: one found in a menu of teasers, dropped since, is no body. */
static int apart_from_body(const dci_node *n, const dci_walk *w)
{
    const dci_node *body = w->body_block;
    return body && body != n && !dci_is_inside(body, n) && !dci_is_inside(n, body) &&
           dci_own_paragraph_prose(w->tuning, body) >= w->tuning->body_block_prose;
}

/* n sits in the body block beside its paragraphs, in a block that is not
 * one of them (inline text is part of the body's loose paragraphs), and the
 * body keeps an article's worth of them besides n: a comment thread after
 * the story, in the story's own box. */
static int beside_body_paragraphs(const dci_node *n, const dci_walk *w)
{
    const dci_node *body = w->body_block;
    if (!body || !dci_is_inside(n, body))
        return 0;
    const dci_node *child = n;
    while (child->parent != body)
        child = child->parent;
    return dci_tag_is_block(child->tag) && !dci_tag_is_paragraph(child->tag) &&
           dci_own_paragraph_prose(w->tuning, body) >= w->tuning->holder_own_prose;
}

/*
 * A class or id word alone does not drop a node that holds most of the
 * page's remaining prose: "page-content and-w-sidebar" names the layout, not
 * a sidebar. The prose left is kept up to date as furniture goes, so a large
 * menu earlier in the page does not hide the article from this guard. Inside
 * the article holder that keeps paragraphs of its own besides the node, the
 * node is part of the article, not its layout: a photo gallery or a comment
 * thread longer than the story is dropped all the same. So is a node apart
 * from the article's body, or a block beside the body's paragraphs in the
 * body's own box, whether or not an element marks the article.
 */
static int spared_as_layout(const dci_node *n, const dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    if (!(w->prose_left > 0 && dci_share_exceeded(n->prose, w->prose_left, t->layout_share)))
        return 0;
    if (apart_from_body(n, w) || beside_body_paragraphs(n, w))
        return 0;
    const dci_node *holder = w->holder;
    return !(holder && dci_is_inside(n, holder) && holder->prose >= n->prose + t->holder_own_prose);
}

/* Most of the content root's text, and not mostly links: the content itself
 * (ASP.NET wraps whole pages in one form). */
static int holds_most_of(const dci_node *n, const dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    return dci_share_exceeded(n->chars, w->root->chars, t->most_of_share) &&
           !dci_share_reached(n->link_chars, n->chars, t->mostly_links_share);
}

/* An inline element around a MathML formula (MathJax's container): what its
 * class says is about the widget's menus, not about the formula. */
static int wraps_formula(const dci_node *n)
{
    if (dci_tag_is_block(n->tag))
        return 0;
    for (const dci_node *d = n; d; d = dci_next(d, n))
        if (d->type == DCI_NODE_ELEMENT && d->tag == GUMBO_TAG_MATH)
            return 1;
    return 0;
}

/* A block, or a <br>: where a line of loose text ends. */
static int ends_line(const dci_node *n)
{
    return n->type == DCI_NODE_ELEMENT && (dci_tag_is_block(n->tag) || n->tag == GUMBO_TAG_BR);
}

/* Whether the line of loose text that holds top, an inline child of a
 * block (its inline siblings up to the blocks or <br>s around it), reaches
 * need characters, counting have for top's own. The scan stops once they
 * are reached: a run of links is not summed once for each of its links. */
static int loose_line_reaches(const dci_node *top, unsigned have, unsigned need)
{
    unsigned chars = have;
    for (const dci_node *s = top->prev; s && !ends_line(s) && chars < need; s = s->prev)
        chars += s->chars;
    for (const dci_node *s = top->next; s && !ends_line(s) && chars < need; s = s->next)
        chars += s->chars;
    return chars >= need;
}

/* Whether top, an inline child of a block, is alone on its line of loose
 * text: no sibling with text before the blocks or <br>s around it. The scan
 * stops at the first such sibling: a run of links is not scanned once for
 * each of its links. */
static int alone_on_line(const dci_node *top)
{
    for (const dci_node *s = top->prev; s && !ends_line(s); s = s->prev)
        if (s->chars > 0)
            return 0;
    for (const dci_node *s = top->next; s && !ends_line(s); s = s->next)
        if (s->chars > 0)
            return 0;
    return 1;
}

/* A link inside a paragraph of other text: words of the sentence, whose
 * class ("meta-org", "popup") says how the link is styled or what it opens,
 * not that it is furniture. (A span there may well be a caption or a widget.)
 * The paragraph is a p, li or dd, or else the line of loose text around the
 * link: old pages write their prose straight into a <td> or <div>. */
static int link_in_sentence(const dci_node *n, const dci_tuning *t)
{
    if (n->tag != GUMBO_TAG_A)
        return 0;
    const dci_node *top = n, *b = n->parent;
    while (b && b->type == DCI_NODE_ELEMENT && !dci_tag_is_block(b->tag)) {
        top = b;
        b = b->parent;
    }
    if (!b || b->type != DCI_NODE_ELEMENT)
        return 0;
    int paragraph = b->tag == GUMBO_TAG_P || b->tag == GUMBO_TAG_LI || b->tag == GUMBO_TAG_DD;
    unsigned need = n->chars * t->sentence_text_per_link;
    if (need < t->sentence_min_chars)
        need = t->sentence_min_chars;
    if (paragraph)
        return b->chars - n->chars >= need;
    return loose_line_reaches(top, top->chars - n->chars, need);
}

int dci_rule_guarded(const dci_node *n, unsigned guards, const dci_walk *w)
{
    if ((guards & DCI_GUARD_PROTECTED) && is_protected_tag(n->tag))
        return 1;
    if ((guards & (DCI_GUARD_HOLDER | DCI_GUARD_CONTENT)) && (n->flags & DCI_SPINE))
        return 1;
    if ((guards & DCI_GUARD_LAYOUT) && spared_as_layout(n, w))
        return 1;
    if ((guards & DCI_GUARD_HEADLINE) && (n->flags & DCI_HOLDS_HEADLINE))
        return 1;
    if ((guards & DCI_GUARD_MOST_OF) && holds_most_of(n, w))
        return 1;
    if ((guards & DCI_GUARD_FORMULA) && wraps_formula(n))
        return 1;
    if ((guards & DCI_GUARD_CODE) && dci_in_code(n))
        return 1;
    return (guards & DCI_GUARD_SENTENCE) && link_in_sentence(n, w->tuning);
}

/* ------------------------------------------------------------ elements */

/* A heading, or a short line standing alone as one ("You may also like...",
 * a bold "More Film" paragraph). */
static int reads_as_heading(const dci_node *n, const dci_tuning *t)
{
    return dci_is_heading(n) ||
           (dci_is_leaf_block(n) && n->chars > 0 && n->chars <= t->short_heading_chars);
}

static int is_list_box(GumboTag tag)
{
    return tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL || tag == GUMBO_TAG_DIV ||
           tag == GUMBO_TAG_SECTION || tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_TBODY ||
           tag == GUMBO_TAG_DL;
}

int dci_rule_applies(const dci_rule *rule, const dci_node *n, const dci_tuning *t)
{
    if (n->type != DCI_NODE_ELEMENT)
        return 0;
    switch (rule->elements) {
    case DCI_ON_ELEMENT: return 1;
    case DCI_ON_HEADING: return dci_is_heading(n);
    case DCI_ON_LEAF_BLOCK: return dci_is_leaf_block(n);
    case DCI_ON_HEADING_LIKE: return reads_as_heading(n, t);
    case DCI_ON_LIST_BOX: return is_list_box(n->tag);
    case DCI_ON_TAG: return n->tag == rule->tag;
    }
    return 0;
}

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

static const char *match_never_text(const dci_node *n, dci_walk *w)
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

static const char *match_hidden(const dci_node *n, dci_walk *w)
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

/* aria-hidden="true" hides an element from screen readers, not from the
 * screen: an icon's letters, a decorative copy of a label, an ad's slot.
 * A modal dialog's script sets it on the rest of the page while the dialog
 * is open (a cookie notice over the story), so an element holding most of
 * the page's prose is shown. Judged once the text is counted. */
static const char *match_aria_hidden(const dci_node *n, dci_walk *w)
{
    const char *aria = dci_attr_get(n, "aria-hidden");
    if (!aria || strcmp(aria, "true") != 0 ||
        dci_share_exceeded(n->prose, w->root->prose, w->tuning->layout_share))
        return NULL;
    return "aria-hidden";
}

/* An element classed "hidden" is not shown, unless it holds most of the
 * page's prose: a page hidden whole until its script has run (against a
 * flash of unstyled text) is shown then. Judged once the text is counted. */
static const char *match_hidden_class(const dci_node *n, dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    if (!t->hidden_class || !has_hidden_class(n) ||
        dci_share_exceeded(n->prose, w->root->prose, t->layout_share))
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

/*
 * A <noscript> says "turn on JavaScript" or holds a tracking pixel, except
 * when it holds an article's worth of prose: a <div> opened inside it keeps
 * "</noscript>" from closing it (an end tag that does not match the open
 * element is ignored), so it swallows the rest of the page, which a
 * browser shows. Judged here, once the text is counted.
 */
static const char *match_furniture_tag(const dci_node *n, dci_walk *w)
{
    if (n->tag == GUMBO_TAG_NOSCRIPT)
        return n->prose < w->tuning->holder_own_prose || holds_markup_text(n) ? "noscript" : NULL;
    return tag_in(n->tag, furniture_tags, DCX_COUNTOF(furniture_tags))
               ? gumbo_normalized_tagname(n->tag)
               : NULL;
}

static const char *match_furniture_role(const dci_node *n, dci_walk *w)
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
static const char *match_fixed_overlay(const dci_node *n, dci_walk *w)
{
    const char *style = dci_attr_get(n, "style");
    if (!style || !style_has(style, "position", "fixed") ||
        dci_share_exceeded(n->prose, w->root->prose, w->tuning->layout_share))
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
static int wraps_only_tweets(const dci_node *n)
{
    return text_only_in(n, is_embedded_tweet);
}

/* Whether item, a list item, is a note the text points to: it is named
 * (id) for the note mark in the text to lead to, and holds a link leading
 * back to that mark ("<li id=\"fn1\">... <a href=\"#fnref1\">^</a>"), as
 * Wikipedia's references and the footnotes of Markdown posts are written. */
static int is_note_item(const dci_node *item)
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

/* Whether list is the article's notes: every item holding text is one. */
static int is_note_list(const dci_node *list)
{
    if (list->tag != GUMBO_TAG_OL && list->tag != GUMBO_TAG_UL)
        return 0;
    int notes = 0;
    for (const dci_node *c = list->first_child; c; c = c->next) {
        if (c->type != DCI_NODE_ELEMENT || c->chars == 0)
            continue;
        if (c->tag != GUMBO_TAG_LI || !is_note_item(c))
            return 0;
        notes++;
    }
    return notes > 0;
}

/* Whether all of n's text is in lists of notes: the references and
 * footnotes of the article, its sources however linked (the human-marked
 * texts keep reference lists), not navigation. */
static int holds_only_notes(const dci_node *n)
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
static const char *match_class_word(const dci_node *n, dci_walk *w)
{
    dci_class_match m = dci_classify(n);
    if (m.hint != DCI_HINT_DROP || (w->doc->gallery_story && dci_class_word_names_caption(m.word)))
        return NULL;
    if (wraps_only_tweets(n))
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
static const char *match_caption(const dci_node *n, dci_walk *w)
{
    (void)n;
    return w->doc->gallery_story ? NULL : "";
}

/* Drops n and takes its prose off what is left of the page's. */
static void drop_furniture(dci_node *n, const dci_rule *rule, const char *why, dci_walk *w)
{
    dci_drop(n, rule, why);
    w->prose_left -= n->prose;
}

/* ------------------------------------------------------------ score */

/* A box whose class names it beside the article (its comments, the side
 * column): the scorer runs this stage only when the page outside such
 * boxes has a fair rival to them (beside_rival_ratio). */
static const char *match_beside_box(const dci_node *n, dci_walk *w)
{
    (void)w;
    /* the scorer leaves flagged the boxes the page's rival judges */
    if (!(n->flags & DCI_BESIDE))
        return NULL;
    return (n->flags & DCI_THREAD) ? "a thread of signed comments" : dci_beside_box_word(n);
}

static const char *match_winner(const dci_node *n, dci_walk *w)
{
    if (n != w->best)
        return NULL;
    return w->best_why ? w->best_why : "the best score";
}

/* Same element, same non-empty class but for digits: the same part of the
 * page template ("story-body story-body-1" and "story-body story-body-2"). */
static int same_but_digits(const char *a, const char *b)
{
    for (;; a++, b++) {
        while (isdigit((unsigned char)*a))
            a++;
        while (isdigit((unsigned char)*b))
            b++;
        if (*a != *b)
            return 0;
        if (!*a)
            return 1;
    }
}

static int same_class(const dci_node *a, const dci_node *b)
{
    const char *ca = dci_attr_get(a, "class"), *cb = dci_attr_get(b, "class");
    return ca && cb && *ca && same_but_digits(ca, cb);
}

/* A block that reads as prose: a paragraph of its own with few links. */
static int reads_as_prose(const dci_node *n, const dci_tuning *t)
{
    unsigned chars, commas;
    dci_own_text_stats(n, &chars, &commas);
    return chars > t->prose_block_chars && dci_link_density(n) < t->prose_block_density;
}

/* The first row of a table, looked for among its children and theirs
 * (thead, tbody). */
static const dci_node *first_row(const dci_node *table)
{
    for (const dci_node *c = table->first_child; c; c = c->next) {
        if (c->type != DCI_NODE_ELEMENT)
            continue;
        if (c->tag == GUMBO_TAG_TR)
            return c;
        for (const dci_node *r = c->first_child; r; r = r->next)
            if (r->type == DCI_NODE_ELEMENT && r->tag == GUMBO_TAG_TR)
                return r;
    }
    return NULL;
}

/* A table of data, as its markup says: a caption, or header cells in its
 * first row (layout tables have neither). */
static int is_marked_data_table(const dci_node *table)
{
    for (const dci_node *c = table->first_child; c; c = c->next)
        if (c->type == DCI_NODE_ELEMENT && (c->tag == GUMBO_TAG_CAPTION || c->tag == GUMBO_TAG_THEAD))
            return 1;
    const dci_node *row = first_row(table);
    for (const dci_node *cell = row ? row->first_child : NULL; cell; cell = cell->next)
        if (cell->type == DCI_NODE_ELEMENT && cell->tag == GUMBO_TAG_TH)
            return 1;
    return 0;
}

/* Whether n is a list of facts: a list of at least min_items items, or a
 * table of data. */
static int is_fact_box(const dci_node *n, unsigned min_items)
{
    if (n->tag == GUMBO_TAG_TABLE)
        return is_marked_data_table(n);
    if (n->tag != GUMBO_TAG_UL && n->tag != GUMBO_TAG_OL)
        return 0;
    unsigned items = 0;
    for (const dci_node *c = n->first_child; c; c = c->next)
        if (c->type == DCI_NODE_ELEMENT && !(c->flags & DCI_DROPPED) && c->chars > 0)
            items++;
    return items >= min_items;
}

/* An article's facts beside its prose (a recipe's ingredients, a product's
 * specifications, an event's details) are short lines without links, in a
 * list or a table: the site's own lists are links to its pages. */
static int holds_facts(const dci_node *s, const dci_tuning *t)
{
    if (s->chars == 0 || s->link_chars > 0 || dci_class_sign(s) < 0)
        return 0;
    const dci_node *first = s->first_child;
    while (first && (first->type != DCI_NODE_ELEMENT || (first->flags & DCI_DROPPED) || first->chars == 0))
        first = first->next;
    if (!first || !dci_is_heading(first))
        return 0;
    for (const dci_node *d = s; d; d = dci_next(d, s))
        if (d->type == DCI_NODE_ELEMENT && !(d->flags & DCI_DROPPED) &&
            is_fact_box(d, t->facts_min_items))
            return 1;
    return 0;
}

static const char *match_teaser_list(const dci_node *n, dci_walk *w);

/* Most of s is one list of other stories (teaser-list's test): its items'
 * summaries read as prose and score, but the box is no part of the article. */
static int is_teaser_box(const dci_node *s, dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    dci_node_iter it;
    dci_node_iter_init(&it, (dci_node *)s);
    for (dci_node *n; (n = dci_node_iter_next_kept(&it));) {
        if (n->type != DCI_NODE_ELEMENT || !dci_share_exceeded(n->chars, s->chars, t->most_of_share)) {
            dci_node_iter_skip(&it);
            continue;
        }
        if ((n->tag == GUMBO_TAG_UL || n->tag == GUMBO_TAG_OL) && match_teaser_list(n, w))
            return 1;
    }
    return 0;
}

/* Whether the text of n, dropped parts aside, is one web address and nothing
 * else ("https://...", "www..."): a print header naming the page's own
 * address, long and without links, but no paragraph. */
static int is_bare_address(const dci_node *n)
{
    char head[8]; /* the longest prefix, "https://" */
    size_t nh = 0;
    int words = 0, in_word = 0;
    dci_const_node_iter it;
    dci_const_node_iter_init(&it, n);
    for (const dci_node *d; (d = dci_const_node_iter_next_kept(&it));) {
        if (d->type != DCI_NODE_TEXT)
            continue;
        for (size_t i = 0; i < d->text_len; i++) {
            unsigned char c = (unsigned char)d->text[i];
            int space = dci_is_space(c);
            if (!space && !in_word && ++words > 1)
                return 0;
            in_word = !space;
            if (in_word && nh < sizeof head)
                head[nh++] = (char)c;
        }
    }
    return dci_opens_with_address(head, nh);
}

/* Whether n has neither class nor id: a box of a page's template is named. */
static int is_plain(const dci_node *n)
{
    const char *c = dci_attr_get(n, "class"), *id = dci_attr_get(n, "id");
    return (!c || !*c) && (!id || !*id);
}

/* Whether s, beside `like` (both plain: no class, no id), reads as a part
 * of the text: sibling_part_prose of prose, mostly prose, few links, no
 * teaser list. */
static int reads_as_part(const dci_node *s, const dci_node *like, dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    return t->sibling_part_prose && is_plain(s) && is_plain(like) &&
           s->prose >= t->sibling_part_prose &&
           dci_share_reached(s->prose, s->chars, t->sibling_prose_share) &&
           dci_link_density(s) < t->prose_block_density && !is_teaser_box(s, w);
}

/* A hand-made layout splits a long text over plain siblings of one tag
 * (a table or a <div> per section): each part's paragraphs sit too deep in
 * it to score near the winner, so a part is known by its prose. A named box
 * beside the winner (a side column, a disclaimer, a promotion) is the
 * template's and must score to join; so must a box with a negative word.
 * The part is compared with `like`: the winner, or the wrapper that holds
 * the winner and nothing else. */
static int is_plain_part(const dci_node *s, const dci_node *like, dci_walk *w)
{
    return s->tag == like->tag && (s->flags & DCI_CANDIDATE) && s->score > 0.0f &&
           reads_as_part(s, like, w);
}

/* A hand-made page leaves a <font> open across its sections: the parser
 * nests the sections after it inside the inline element, which is no box
 * of the template but the text's next parts, plain prose with few links
 * like a plain part of the winner's (sibling_part_prose). */
static int is_open_inline_part(const dci_node *s, const dci_node *best, dci_walk *w)
{
    return s->type == DCI_NODE_ELEMENT && !dci_tag_is_block(s->tag) &&
           (s->flags & DCI_HAS_BLOCK) && reads_as_part(s, best, w);
}

/* How many siblings back a box looks for the winner: a footer or a box set
 * apart by a rule stands just after the article; farther on, the score
 * alone decides. The bound keeps a page of many siblings linear. */
enum { FOLLOW_LOOK = 64 };

/* Whether n comes shortly after the winner among its siblings. */
static int follows(const dci_node *n, const dci_node *winner)
{
    unsigned looked = 0;
    for (const dci_node *p = n->prev; p && looked < FOLLOW_LOOK; p = p->prev, looked++)
        if (p == winner)
            return 1;
    return 0;
}

/* The text of s when the footer test is on and s is short enough to be a
 * footer (at most tail_max_chars), else NULL. */
static const char *footer_text(const dci_node *s, dci_walk *w, unsigned on)
{
    if (!on || s->chars == 0 || s->chars > w->tuning->tail_max_chars)
        return NULL;
    return dci_walk_text(w, s, s->chars * 4 + 4);
}

/* A box after the winner holding nothing but a copyright or rights line
 * ("© 2008 Press-Register. All rights reserved. This material may not be
 * published..."): the template's footer set apart from the article's box,
 * however well it scores as a sentence. The article's own credit line,
 * inside its box, stays (the tail trimmer keeps rights lines by default). */
static int holds_rights_line(const dci_node *s, dci_walk *w)
{
    const char *text = footer_text(s, w, w->tuning->sibling_rights);
    return text && dci_tail_rights(text, strlen(text)) == 1;
}

/* Whether text holds a copyright notice with its year: "©", "(c)" or
 * "copyright", then (past spaces, a second sign) a year 19xx or 20xx, or
 * of the Buddhist era ("© 2567", dci_year_len). */
static int has_copyright_notice(const char *text)
{
    for (const char *p = text; *p; p++) {
        const char *q = NULL;
        if (strncmp(p, "\xc2\xa9", 2) == 0)
            q = p + 2;
        else if (strncasecmp(p, "(c)", 3) == 0)
            q = p + 3;
        else if (strncasecmp(p, "copyright", 9) == 0)
            q = p + 9;
        if (!q)
            continue;
        while (*q == ' ' || strncmp(q, "\xc2\xa9", 2) == 0)
            q += *q == ' ' ? 1 : 2;
        if (dci_year_len(q, SIZE_MAX))
            return 1;
    }
    return 0;
}

/* A short box holding a copyright notice among its lines ("If you like
 * this blog, link back :-)<br>(c) 2012 The Curious Brain | powered by
 * WordPress"): the site's footer, its note to readers before the rights. */
static int holds_copyright_notice(const dci_node *s, dci_walk *w)
{
    const char *text = footer_text(s, w, w->tuning->sibling_copyright);
    return text && has_copyright_notice(text);
}

static int is_rights_footer(const dci_node *s, dci_walk *w)
{
    return follows(s, w->best) && (holds_rights_line(s, w) || holds_copyright_notice(s, w));
}

/* Whether n comes after the winner in document order, outside it: of the
 * two children of their nearest common ancestor on their lines, n's
 * follows the winner's. */
static int after_winner(const dci_node *n, const dci_node *winner)
{
    dci_meet(&n, &winner);
    return n != winner && follows(n, winner);
}

/* Whether n ends shortly before the winner (neither holds the other). */
static int before_winner(const dci_node *n, const dci_node *winner)
{
    dci_meet(&n, &winner);
    return n != winner && follows(winner, n);
}

/* White space between tags. */
static int is_blank_text(const dci_node *c)
{
    return c->type == DCI_NODE_TEXT && (!c->text || strspn(c->text, " \t\r\n") == c->text_len);
}

/* The first node of n with text or a rule, in document order, or NULL:
 * blank text (white space between tags) is skipped. */
static const dci_node *first_mark(const dci_node *n)
{
    for (const dci_node *c = n->first_child; c; c = c->next) {
        if (c->type == DCI_NODE_TEXT) {
            if (!is_blank_text(c))
                return c;
        } else if (c->tag == GUMBO_TAG_HR) {
            return c;
        } else if (c->chars > 0) {
            return first_mark(c);
        }
    }
    return NULL;
}

/* A box after the winner that opens with a horizontal rule: the page sets
 * what follows apart from the article, a press release's boilerplate about
 * the company, a note from the editors, a disclaimer. */
static int is_ruled_off(const dci_node *s, dci_walk *w)
{
    if (!w->tuning->sibling_ruled_off || !after_winner(s, w->best))
        return 0;
    const dci_node *m = first_mark(s);
    return m && m->type == DCI_NODE_ELEMENT && m->tag == GUMBO_TAG_HR;
}

/* The first sibling after n holding text, or NULL. */
static const dci_node *next_with_text(const dci_node *n)
{
    for (const dci_node *s = n->next; s; s = s->next)
        if (s->chars > 0)
            return s;
    return NULL;
}

/* The box right after the winner that its class or id names the rest of
 * the post (a blog engine's "extended entry", `entry-more`, the text after
 * the cut beside the post's body), holding prose with few links: it is the
 * article's second part, though it scores less than the winner's share,
 * being short. Any box right after the winner is not: a disclaimer, a
 * newsletter box, a "Today's Top Stories" rail follow articles too. */
static int continues_winner(const dci_node *s, dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    /* the cheap tests first: next_with_text walks the empty siblings
     * between, once per named box of prose, not once per sibling */
    return t->sibling_next_prose && s->type == DCI_NODE_ELEMENT &&
           s->prose >= t->sibling_next_prose && dci_names_continuation(s) &&
           next_with_text(w->best) == s && dci_link_density(s) < t->prose_block_density &&
           !is_teaser_box(s, w);
}

/* A reader's reply after the winner, loose among its siblings: the line
 * right after it is a line of a comment's controls ("Quote | Report this
 * post"), which no part of an article carries. */
static int is_reply(const dci_node *s, dci_walk *w)
{
    if (!w->tuning->thread_controls || s->type != DCI_NODE_ELEMENT || !after_winner(s, w->best))
        return 0;
    const dci_node *next = next_with_text(s);
    return next && dci_is_control_line(next, w);
}

/* The one child of n holding text (white space and dropped boxes aside),
 * or NULL when none or a second one does, or, with pictures_end, when n
 * holds a picture (<img>, <figure>). One look at n's children, stopping at
 * a second holding text. */
static const dci_node *sole_text_child(const dci_node *n, int pictures_end)
{
    const dci_node *only = NULL;
    for (const dci_node *c = n->first_child; c; c = c->next) {
        if (pictures_end && c->type == DCI_NODE_ELEMENT &&
            (c->tag == GUMBO_TAG_IMG || c->tag == GUMBO_TAG_FIGURE))
            return NULL;
        if ((c->type == DCI_NODE_ELEMENT && (c->flags & DCI_DROPPED)) || c->chars == 0 ||
            is_blank_text(c))
            continue;
        if (only)
            return NULL;
        only = c;
    }
    return only;
}

/* The one paragraph box s wraps: its one child holding text is a <p>
 * holding all of s's text, beside no picture (a picture's box and its
 * line is a caption), else NULL. One look at s's children, stopping at a
 * second holding text. */
static const dci_node *wrapped_paragraph(const dci_node *s)
{
    const dci_node *only = sole_text_child(s, 1);
    return only && only->type == DCI_NODE_ELEMENT && only->tag == GUMBO_TAG_P &&
                   only->chars == s->chars
               ? only
               : NULL;
}

/* A sibling joins on its score only if it reads as prose: lists of teasers
 * score too, on their summaries, but are made of short lines. Failing that,
 * it must be a plain part of the text like the winner, or its own text must
 * read as prose, or be one linkless sentence; a web address alone is
 * neither, however long. */
static const char *match_sibling(const dci_node *s, dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    const dci_node *best = w->best;
    if (is_rights_footer(s, w) || is_ruled_off(s, w) || is_reply(s, w))
        return NULL;
    float bonus = same_class(s, best) ? best->score * t->same_class_bonus : 0.0f;
    if ((s->flags & DCI_CANDIDATE) && s->score + bonus >= w->join_threshold &&
        dci_share_reached(s->prose, s->chars, t->sibling_prose_share) && !is_teaser_box(s, w))
        return "scores as the article";
    if (t->facts_min_items && holds_facts(s, t))
        return "the article's facts, in a list or a table";
    if (is_plain_part(s, best, w))
        return "the next part of the article";
    if (is_open_inline_part(s, best, w))
        return "the next parts of the article, in an inline element left open";
    if (continues_winner(s, w))
        return "the rest of the post";
    unsigned chars, commas;
    dci_own_text_stats(s, &chars, &commas);
    /* a box before the winner wrapping one paragraph (the template's slot
     * for the lead paragraph) reads as prose when that paragraph does; one
     * after it is a promotion or a disclaimer more often */
    const dci_node *para = chars == 0 && t->sibling_wrapped_para && before_winner(s, best)
                               ? wrapped_paragraph(s)
                               : NULL;
    if (para) {
        dci_own_text_stats(para, &chars, &commas);
        return chars > t->prose_block_chars && dci_share_reached(chars, para->chars, t->sibling_own_share) &&
                       dci_link_density(para) < t->prose_block_density
                   ? "reads as prose"
                   : NULL;
    }
    if (chars == 0 || !dci_share_reached(chars, s->chars, t->sibling_own_share) ||
        is_bare_address(s))
        return NULL;
    if (chars > t->prose_block_chars)
        return dci_link_density(s) < t->prose_block_density ? "reads as prose" : NULL;
    return dci_link_density(s) == 0.0f && dci_ends_sentence(s) ? "a sentence" : NULL;
}

/* The winner's last child holding text, or NULL: the paragraph its text
 * ends on. */
static const dci_node *last_with_text(const dci_node *n)
{
    for (const dci_node *c = n->last_child; c; c = c->prev)
        if (c->chars > 0)
            return c;
    return NULL;
}

/* A hand-made page closes the layout table holding the article's first
 * part and writes the rest as paragraphs after it, in the body: a
 * paragraph after the winner's wrapper, a table, of the tag and class of the
 * paragraph the winner ends on (both plain, or both of one class),
 * holding prose (wrapper_para_prose) with few links, goes on with the
 * text. A paragraph of another kind, a copyright line (the template's
 * footer) or one of links stays out, and so do paragraphs after a blog engine's post box
 * (a <div>): its template's notes ("Debate is fine, flaming is not")
 * follow it, among the comments. */
static int continues_last_paragraph(const dci_node *s, const dci_node *wrapper, dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    if (!t->wrapper_para_prose || wrapper->tag != GUMBO_TAG_TABLE || s->tag != GUMBO_TAG_P ||
        s->prose < t->wrapper_para_prose ||
        dci_link_density(s) >= t->prose_block_density || !follows(s, wrapper) ||
        holds_rights_line(s, w))
        return 0;
    const dci_node *last = last_with_text(w->best);
    return last && last->type == DCI_NODE_ELEMENT && last->tag == GUMBO_TAG_P &&
           (same_class(s, last) || (is_plain(s) && is_plain(last)));
}

/* Cells side by side are the layout's columns, mostly a menu or a side
 * column of promotions beside the text; but a hand-made page may also set
 * one text in two columns, the winner's cell and a plain cell beside it
 * holding prose with hardly a link (cell_part_density), as much as half
 * the winner's (cell_part_share): a side column of teasers links its
 * items, a menu is no prose. */
static int is_text_column(const dci_node *s, const dci_node *wrapper, dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    int in_cell = wrapper->tag == GUMBO_TAG_TD || wrapper->tag == GUMBO_TAG_TH;
    return t->cell_part_share.num && in_cell && dci_link_density(s) < t->cell_part_density &&
           dci_share_reached(s->prose, w->best->prose, t->cell_part_share) &&
           is_plain_part(s, wrapper, w);
}

/* A hand-made layout table may set a text's first part (its introduction)
 * in a row of its own above the row holding the rest, its paragraphs
 * nested in a table of their own, too deep to score: a plain box of the
 * wrapper's tag before it that reads as a part (sibling_part_prose of
 * prose, mostly prose, few links, no teaser list) joins without a score.
 * After the wrapper, the template's footer notes ("Send questions about
 * this website to...") read as prose too: those must score
 * (wrapper_lead_parts 0 turns it off). */
static int leads_wrapper(const dci_node *s, const dci_node *wrapper, dci_walk *w)
{
    return w->tuning->wrapper_lead_parts && s->tag == wrapper->tag && follows(wrapper, s) &&
           reads_as_part(s, wrapper, w);
}

/* The winner may be the one part of the text in its wrapper (a row, a
 * table that holds it alone), the other parts beside the wrapper: a plain
 * sibling of the wrapper's tag is a part as a plain sibling of the winner's
 * is, if it holds a fair share of the winner's prose (a title strip, an
 * address or a copyright line is shorter). Cells side by side are the
 * layout's columns, not sections of a text: a side column of plain cells
 * (promotions, a digest's other items) stays out. The wrapper is the child
 * of the walk's root on the winner's line. */
static const char *match_wrapper_part(const dci_node *s, dci_walk *w)
{
    const dci_node *wrapper = w->best;
    while (wrapper->parent && wrapper->parent != w->root)
        wrapper = wrapper->parent;
    if (s == wrapper)
        return NULL;
    if (continues_last_paragraph(s, wrapper, w))
        return "the text's next paragraph, after the winner's wrapper";
    if (s->tag == GUMBO_TAG_TD || s->tag == GUMBO_TAG_TH)
        return is_text_column(s, wrapper, w) ? "the text's other column, beside the winner's cell"
                                             : NULL;
    if (!dci_share_reached(s->prose, w->best->prose, w->tuning->wrapper_part_share))
        return NULL;
    if (leads_wrapper(s, wrapper, w))
        return "the text's first part, before the winner's wrapper";
    return is_plain_part(s, wrapper, w) ? "the next part, beside the winner's wrapper" : NULL;
}

static const char *match_intro_heading(const dci_node *s, dci_walk *w)
{
    (void)w;
    const dci_node *after = s->next;
    while (after && after->type != DCI_NODE_ELEMENT)
        after = after->next;
    return after && (after->flags & DCI_CONTENT) ? "introduces the content" : NULL;
}

/* A plain block (no class, no id) between two joined parts of the article,
 * with few links: a subheading set in a <p>, a short line, a quotation the
 * parts' own scores left out. The template's boxes are named; the text's
 * are not. Not a table row: rows are a layout's grid, and one between two
 * joined rows is the template's as often (a product page's "Track Listing",
 * a rating row). Only asked of the blocks between the first and the last
 * joined part (score.c, fill_gaps). */
static int names_source(const dci_node *n, dci_walk *w);

static const char *match_between_parts(const dci_node *s, dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    if (!t->gap_parts || s->type != DCI_NODE_ELEMENT || s->chars == 0 || !is_plain(s) ||
        s->tag == GUMBO_TAG_TR)
        return NULL;
    if (dci_link_density(s) < t->prose_block_density)
        return "between two parts of the article";
    /* a linked call to the story's source ("Continue reading at YCharts:
     * ...") is the text's own line, however linked (gap_source_calls) */
    return t->gap_source_calls && names_source(s, w) ? "a source call between two parts" : NULL;
}

/* Whether n, or an ancestor of it up to root, has a class that scores
 * against content (a bio, a sidebar, a profile). */
static int in_negative_box(const dci_node *n, const dci_node *root)
{
    for (; n; n = n->parent) {
        if (dci_class_sign(n) < 0)
            return 1;
        if (n == root)
            break;
    }
    return 0;
}

/* A heading that opens with a link, dropped or not: "<h2><a href=...>Poll:
 * Race all tied up</a></h2>", another story's headline. */
static int opens_with_link(const dci_node *h)
{
    for (const dci_node *c = h->first_child; c; c = c->next) {
        if (c->type == DCI_NODE_TEXT) {
            if (!is_blank_text(c))
                return 0;
        } else if (c->type == DCI_NODE_ELEMENT) {
            return c->tag == GUMBO_TAG_A;
        }
    }
    return 0;
}

enum {
    /* The levels above a standfirst looked at for a teaser's headline, and
     * the elements before it on each: a unit's headline, picture and byline. */
    TEASER_LEVELS = 3,
    TEASER_LOOK = 4
};

/* Whether n is the summary of a teaser: a linked headline comes shortly
 * before it in its unit (the headline, a picture, the byline, the summary:
 * "More from PostPolitics" over three such units above the story). The
 * article's own headline names the page it is on and a dek sits under it;
 * a summary under a link to another page is that page's. */
static int under_linked_headline(const dci_node *n)
{
    unsigned level = 0;
    for (const dci_node *u = n; u && level < TEASER_LEVELS; u = u->parent, level++) {
        unsigned looked = 0;
        for (const dci_node *p = u->prev; p && looked < TEASER_LOOK; p = p->prev) {
            if (p->type != DCI_NODE_ELEMENT)
                continue;
            looked++;
            if (dci_is_heading(p))
                return opens_with_link(p);
        }
    }
    return 0;
}

/* Whether n is the block right after the page's headline (standfirst_headline):
 * a dek there is one whatever its last mark ("Battery power" over "... but
 * insisting on organic is not a luxury everyone can afford"); elsewhere a line
 * without a full stop is more often a tagline (under the site's name, which
 * is no headline), a label or a promo than a dek. */
static int right_under_headline(const dci_node *n, const dci_walk *w)
{
    if (!w->tuning->standfirst_headline || !w->headline)
        return 0;
    const dci_node *p = n->prev;
    while (p && p->type != DCI_NODE_ELEMENT)
        p = p->prev;
    /* prose: a sentence's words, not a date line or a control's label */
    return p == w->headline && n->prose >= n->chars / 2;
}

enum {
    /* The levels above a standfirst looked at for the picture it would
     * caption, the elements before it on each, and the nodes of a box of
     * little text walked for a picture. */
    CAPTION_LEVELS = 3,
    CAPTION_LOOK = 2,
    CAPTION_BOX_NODES = 24
};

/* Whether the box of little text shows a picture, walked for at most
 * CAPTION_BOX_NODES nodes. */
static int shows_picture(const dci_node *box)
{
    unsigned seen = 0;
    for (const dci_node *d = box; d && seen < CAPTION_BOX_NODES; d = dci_next(d, box), seen++)
        if (d->type == DCI_NODE_ELEMENT &&
            (d->tag == GUMBO_TAG_IMG || d->tag == GUMBO_TAG_FIGURE ||
             d->tag == GUMBO_TAG_VIDEO ||
             /* <picture>'s <source>, unknown to the parser */
             (d->tag == GUMBO_TAG_UNKNOWN && dci_attr_get(d, "srcset"))))
            return 1;
    return 0;
}

/* Whether n reads as a picture's caption (standfirst_captions): it sits in a
 * <figure> or <figcaption>, or comes right after a picture in its box, a
 * credit line at most between them ("Tomas Munita for The New York Times"
 * over "The Pyramid of Khafre. No demolition crew is on the horizon."). A
 * caption is a sentence or two before the body as well; a dek comes before
 * the picture or with none, and the picture's credit, when the dek's box
 * shows one, follows it. */
static int reads_as_caption(const dci_node *n, const dci_walk *w)
{
    if (!w->tuning->standfirst_captions)
        return 0;
    unsigned level = 0;
    for (const dci_node *u = n; u && u->type == DCI_NODE_ELEMENT && level < CAPTION_LEVELS;
         u = u->parent, level++)
        if (u->tag == GUMBO_TAG_FIGURE || u->tag == GUMBO_TAG_FIGCAPTION)
            return 1;
    level = 0;
    for (const dci_node *u = n; u && u->type == DCI_NODE_ELEMENT && level < CAPTION_LEVELS;
         u = u->parent, level++) {
        unsigned looked = 0;
        for (const dci_node *p = u->prev; p && looked < CAPTION_LOOK; p = p->prev) {
            if (p->type != DCI_NODE_ELEMENT)
                continue;
            looked++;
            /* prose or a longer line before n: no picture's box, no
             * credit; a picture's box holds a short line at most
             * ("Enlarge this image"), and a credit line or an empty box
             * is looked past */
            if (!(p->flags & DCI_DROPPED) &&
                (p->prose > 0 || p->chars > w->tuning->standfirst_min_chars))
                return 0;
            if (shows_picture(p))
                return 1;
        }
        if (looked)
            return 0;
    }
    return 0;
}

/* A sentence or two of plain text, alone in its block: what a standfirst is.
 * Not in a box whose class scores against content: the writer's bio in a
 * profile box above the post is a sentence or two as well; nor a teaser's
 * summary under its linked headline; nor a picture's caption. */
static const char *match_standfirst(const dci_node *n, dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    if ((n->tag != GUMBO_TAG_P && n->tag != GUMBO_TAG_DIV) || (n->flags & DCI_HAS_BLOCK) ||
        in_negative_box(n, w->root) || (t->standfirst_teasers && under_linked_headline(n)))
        return NULL;
    return n->chars >= t->standfirst_min_chars && n->chars <= t->standfirst_max_chars &&
                   n->link_chars == 0 && (dci_ends_sentence(n) || right_under_headline(n, w)) &&
                   !reads_as_caption(n, w)
               ? "a sentence or two before the article"
               : NULL;
}

/* Same element, same non-empty class: the same part of the page template. */
static int same_kind(const dci_node *a, const dci_node *b)
{
    return a->tag == b->tag && same_class(a, b);
}

/* CLASS_TOKENS_MAX: the most class tokens of a box compared token by token:
 * a box with a modifier added has a few (a utility-class framework a few
 * dozen); a class of thousands is no such box, and comparing every pair
 * of its tokens was quadratic in the attribute's length. */
enum { CLASS_TOKENS_MAX = 64 };

/* Whether the class attribute value cls holds the token tok[0, len),
 * among its first CLASS_TOKENS_MAX tokens. */
static int class_holds(const char *cls, const char *tok, size_t len)
{
    size_t l;
    unsigned read = 0;
    for (const char *p = dci_next_token(&cls, &l); l > 0 && read < CLASS_TOKENS_MAX;
         p = dci_next_token(&cls, &l), read++)
        if (l == len && strncmp(p, tok, len) == 0)
            return 1;
    return 0;
}

/* Whether every class token of `part` is one of `whole`'s, `part` having
 * at least one: the same box with a modifier added ("article_body" and
 * "article_body entry-content", the first part of a story split around a
 * promotion). One look at each token pair, CLASS_TOKENS_MAX tokens of
 * each at most: a part of more is no such box. */
static int class_tokens_within(const dci_node *part, const dci_node *whole)
{
    const char *cp = dci_attr_get(part, "class"), *cw = dci_attr_get(whole, "class");
    if (!cp || !cw)
        return 0;
    unsigned tokens = 0;
    size_t len;
    for (const char *a = dci_next_token(&cp, &len); len > 0; a = dci_next_token(&cp, &len), tokens++)
        if (tokens == CLASS_TOKENS_MAX || !class_holds(cw, a, len))
            return 0;
    return tokens > 0;
}

/* A twin's kind: the winner's, or the winner's with modifier classes added
 * (twin_class_modifiers). */
static int twin_kind(const dci_node *n, const dci_node *best, const dci_tuning *t)
{
    return same_kind(n, best) ||
           (t->twin_class_modifiers && n->parent == best->parent && n->tag == best->tag &&
            class_tokens_within(best, n));
}

/* The <article> n is or is inside, or NULL. */
static const dci_node *enclosing_article(const dci_node *n)
{
    for (; n; n = n->parent)
        if (n->type == DCI_NODE_ELEMENT && n->tag == GUMBO_TAG_ARTICLE)
            return n;
    return NULL;
}

/* A twin continues the story in the same <article>, if any: the next post
 * of a blog's page has a body of the same kind. (Asking it to sit beside
 * the winner's line as well lost 0.004 on CleanEval, whose tables put the
 * parts of one text in distant cells.) */
static int in_the_winners_article(const dci_node *n, const dci_walk *w)
{
    return enclosing_article(n) == enclosing_article(w->best);
}

/* Boxes of n's tag and class among its siblings, n left out. */
static unsigned same_kind_siblings(const dci_node *n)
{
    unsigned count = 0;
    for (const dci_node *s = n->parent ? n->parent->first_child : NULL; s; s = s->next)
        if (s != n && s->type == DCI_NODE_ELEMENT && !(s->flags & DCI_DROPPED) && same_kind(s, n))
            count++;
    return count;
}

/* A how-to's steps, a list article's items: the article is a run of boxes
 * of one kind, the winner inside the first (its wrapper holds its prose and
 * no other). Each box is short, too short to be a twin, but with boxes
 * like the wrapper beside it the run is the article's, not one box. */
static int is_section(const dci_node *n, dci_walk *w)
{
    const dci_node *wrapper = w->wrapper;
    const dci_tuning *t = w->tuning;
    if (!t->section_min_twins || !wrapper || wrapper == w->best || n == wrapper ||
        n->parent != wrapper->parent || !same_kind(n, wrapper) || n->chars == 0 ||
        dci_link_density(n) >= t->twin_max_density)
        return 0;
    /* counted once: a run of thousands of boxes would count them for each */
    if (w->wrapper_kin < 0)
        w->wrapper_kin = (int)same_kind_siblings(wrapper);
    return (unsigned)w->wrapper_kin >= t->section_min_twins;
}

/* The first block of n holding text, found down the first children that
 * hold some, or NULL: the line n opens with. */
static const dci_node *first_block_line(const dci_node *n)
{
    while (n && !dci_is_leaf_block(n)) {
        const dci_node *c = n->first_child;
        /* a picture's link before the title holds a space at most */
        while (c && (c->chars == 0 || is_blank_text(c) ||
                     (c->type == DCI_NODE_ELEMENT && !dci_tag_is_block(c->tag) && c->chars <= 2)))
            c = c->next;
        if (!c || c->type != DCI_NODE_ELEMENT)
            return dci_tag_is_block(n->tag) ? n : NULL;
        n = c;
    }
    return n;
}

/* Whether n opens with a line that is all a link: a teaser's linked title
 * ("<p class=title><a href=...>Haus am Weinberg</a></p>" and its summary,
 * in the box a post's body has). */
static int opens_with_linked_title(const dci_node *n)
{
    const dci_node *line = first_block_line(n);
    return line && line->chars > 0 && line->link_chars * 10 >= line->chars * 9;
}

/* A box of the winner's kind opening with a linked title is another
 * post's teaser when the winner holds the page's headline: a single post's
 * page lists its neighbours in the template of its own body; a blog's page
 * of posts, headed by the blog's name, has no post's headline. */
static int is_teaser_twin(const dci_node *n, dci_walk *w)
{
    return w->headline_winner && opens_with_linked_title(n);
}

/* How far down a line of boxes a list is looked for: a twin is judged at
 * each level of a deep nest of boxes of the winner's kind. */
enum { LIST_LINE_DEPTH = 8 };

/* Whether n's text is all one list: n is a <ul>/<ol>, or its one child
 * holding text is, down a line of at most LIST_LINE_DEPTH boxes. One look
 * at each box's children on the way down, stopping at a second child
 * holding text. */
static int is_one_list(const dci_node *n)
{
    for (unsigned depth = 0; n->tag != GUMBO_TAG_UL && n->tag != GUMBO_TAG_OL; depth++) {
        if (depth >= LIST_LINE_DEPTH)
            return 0;
        const dci_node *only = sole_text_child(n, 0);
        if (!only || only->type != DCI_NODE_ELEMENT || only->chars != n->chars)
            return 0;
        n = only;
    }
    return 1;
}

/* A box of the winner's kind before it holding nothing but a list, where
 * the winner is not a list, is the story's summary ("Key Points",
 * "Highlights"), which a page sets in its body's template above the
 * story; the parts of a story split by a picture or an ad come after its
 * start, and the human-marked texts leave the summary out. */
static int is_lead_list(const dci_node *n, const dci_walk *w)
{
    return w->tuning->twin_lead_lists && is_one_list(n) && !is_one_list(w->best) &&
           before_winner(n, w->best);
}

/* A twin is of the winner's own kind. Not of the kind of the best-scored
 * box inside a winner widened around it: that box is often a generic
 * template part (a `box`, a `widget`) of which the side column holds more,
 * a profile, a list of links, a bio, and on pages whose classes name
 * nothing (hashed, or in another language) those joined the article (issue
 * 11, class 12: twins that pull in other boxes). */
static const char *match_twin(const dci_node *n, dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    if (is_section(n, w))
        return "a section like the content's";
    if (!twin_kind(n, w->best, t) || !in_the_winners_article(n, w) || is_ruled_off(n, w) ||
        holds_rights_line(n, w) || holds_copyright_notice(n, w) || is_teaser_twin(n, w))
        return NULL;
    return n->prose >= t->twin_min_prose && dci_link_density(n) < t->twin_max_density &&
                   !is_lead_list(n, w)
               ? "same kind as the content"
               : NULL;
}

/* ------------------------------------------------------------ prune */

/* The element after n among its siblings, dropped or not, or NULL. */
static dci_node *next_sibling_element(const dci_node *n)
{
    for (n = n->next; n; n = n->next)
        if (n->type == DCI_NODE_ELEMENT)
            return (dci_node *)n;
    return NULL;
}

/* The element after n among its siblings that is not dropped, or NULL. */
static dci_node *next_element(dci_node *n)
{
    do
        n = next_sibling_element(n);
    while (n && (n->flags & DCI_DROPPED));
    return n;
}

static const char *match_section_heading(const dci_node *n, dci_walk *w)
{
    const char *text = dci_walk_text(w, n, HEADING_TEXT_BYTES);
    return text ? dci_match_section_heading(text) : NULL;
}

static int opens_with_headline(const dci_node *head, const dci_node *summary, dci_walk *w,
                               int in_section);

/* What follows a boilerplate heading and belongs to its section: lists and
 * blocks made of links or teasers. Prose ends the section, but a paragraph
 * that opens with a linked headline is a teaser: under "Related stories:"
 * it is another story's headline and summary, wherever its link leads. */
static int continues_section(const dci_node *n, dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    if (dci_is_heading(n))
        return 0;
    if (t->section_teasers && dci_tag_is_paragraph(n->tag) && opens_with_headline(n, n, w, 1))
        return 1;
    if (reads_as_prose(n, t))
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
        if (c->type == DCI_NODE_ELEMENT && !(c->flags & DCI_DROPPED) && reads_as_prose(c, t))
            return 1;
    return 0;
}

/* A box holding the heading and no other, with little prose, is the
 * section: it goes whole. Otherwise the heading goes with what continues
 * its section. */
static void drop_section(dci_node *heading, const dci_rule *rule, const char *why, dci_walk *w)
{
    dci_node *parent = heading->parent;
    if (parent && parent != w->root && !holds_most_of(parent, w) &&
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
    dci_node *next = next_element(heading);
    dci_drop(heading, rule, why);
    while (next && continues_section(next, w)) {
        dci_node *after = next_element(next);
        dci_drop(next, rule, why);
        next = after;
    }
}

/* ------------------------------------------------------------ comment threads */

enum {
    /* The most elements between two signatures of one thread: a comment of
     * a dozen paragraphs. */
    THREAD_GAP = 12,
    /* The signatures whose names are compared. */
    THREAD_NAMES = 64,
    THREAD_SCAN = DCI_THREAD_SCAN
};

/* A time of day in s: "05:23", "8:49:51 AM", "٠٥:٢٣". */
static int has_time_of_day(const char *s)
{
    for (; *s; s++)
        if (dci_digit(s, SIZE_MAX, NULL) >= 0 && dci_clock_len(s, SIZE_MAX))
            return 1;
    return 0;
}

/* n's text when n reads as the signature of a comment: a short line of its
 * own with a time of day ("Posted by: tj at October 29, 2012 06:10 PM"). */
static const char *signature_text(const dci_node *n, dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    if ((n->flags & DCI_DROPPED) || !dci_is_leaf_block(n) || dci_is_heading(n) || n->chars == 0 ||
        n->chars > t->signature_max_chars)
        return NULL;
    const char *text = dci_walk_text(w, n, (size_t)t->signature_max_chars * 4);
    return text && has_time_of_day(text) ? text : NULL;
}

/* A signature of the same template part as first. */
static const char *signature_like(const dci_node *n, const dci_node *first, dci_walk *w)
{
    return same_kind(n, first) ? signature_text(n, w) : NULL;
}

/* The signatures of a thread, from its first. */
typedef struct thread {
    dci_node *last;      /* its last signature */
    unsigned signatures; /* how many */
    unsigned names;      /* how many say a different name (of the first THREAD_NAMES) */
    unsigned widest;     /* the most elements between two of them: a comment's */
} thread;

/* The part of a signature before its first digit: "Posted by: tj at
 * October ", the name of who wrote it with the words around it. */
static size_t name_part(const char *s)
{
    size_t n = 0;
    while (s[n] && dci_digit(s + n, SIZE_MAX, NULL) < 0)
        n++;
    return n;
}

/* A heading, or a box that opens with one (a comment section's header). */
static int opens_with_heading(const dci_node *n)
{
    while (n && !dci_is_heading(n)) {
        const dci_node *c = n->first_child;
        while (c && c->type != DCI_NODE_ELEMENT)
            c = c->next;
        n = c;
    }
    return n != NULL;
}

/* Reads the thread whose first signature is first (text its text): the
 * signatures of its kind among the siblings after it up to the next
 * heading (dropped or not: "Post a comment"), none more than THREAD_GAP
 * elements after the one before. */
static void read_thread(dci_node *first, const char *text, dci_walk *w, thread *th)
{
    const char *names[THREAD_NAMES];
    size_t lens[THREAD_NAMES];
    *th = (thread){first, 1, 1, 0};
    names[0] = text;
    lens[0] = name_part(text);
    unsigned gap = 0;
    for (dci_node *c = next_sibling_element(first); c && gap < THREAD_GAP && !opens_with_heading(c);
         c = next_sibling_element(c)) {
        if (c->flags & DCI_DROPPED)
            continue;
        const char *s = signature_like(c, first, w);
        if (!s) {
            gap++;
            continue;
        }
        th->widest = gap > th->widest ? gap : th->widest;
        gap = 0;
        th->last = c;
        if (th->signatures++ >= THREAD_NAMES)
            continue;
        size_t len = name_part(s);
        unsigned i = 0;
        while (i < th->names && !(lens[i] == len && memcmp(names[i], s, len) == 0))
            i++;
        if (i == th->names) {
            names[th->names] = s;
            lens[th->names++] = len;
        }
    }
}

/* Whether a signature of first's kind comes in the THREAD_GAP elements
 * before it, with no heading between: then first is not the thread's
 * first. */
static int signed_before(const dci_node *first, dci_walk *w)
{
    unsigned seen = 0, read = 0;
    for (const dci_node *c = first->prev; c && seen < THREAD_GAP && read < THREAD_SCAN;
         c = c->prev) {
        if (c->type != DCI_NODE_ELEMENT)
            continue;
        read++;
        if (opens_with_heading(c))
            return 0;
        if (c->flags & DCI_DROPPED)
            continue;
        if (signature_like(c, first, w))
            return 1;
        seen++;
    }
    return 0;
}

/* Where the thread of first begins: at the heading over its first comment
 * ("Comments", whatever rule dropped it) when one stands before it, no
 * further than another comment of the thread is long; else at first.
 * Sets *names_open when each name opens its comment (no comment between
 * the heading and the first name), else each name closes one. */
static dci_node *thread_start(dci_node *first, const thread *th, int *names_open)
{
    unsigned seen = 0, read = 0;
    for (dci_node *c = first->prev; c && seen <= th->widest && read < THREAD_SCAN; c = c->prev) {
        if (c->type != DCI_NODE_ELEMENT)
            continue;
        read++;
        if (opens_with_heading(c)) {
            *names_open = seen == 0;
            return c;
        }
        seen += !(c->flags & DCI_DROPPED);
    }
    *names_open = 1;
    return first;
}

/* Where the thread ends: at its last name when each name closes its
 * comment; else after the last comment, no longer than the longest other
 * one and before any heading. */
static dci_node *thread_end(const thread *th, int names_open)
{
    dci_node *end = th->last;
    unsigned taken = 0;
    for (dci_node *c = next_element(end); c && names_open && taken < th->widest &&
                                           !opens_with_heading(c);
         c = next_element(c), taken++)
        end = c;
    return end;
}

/* The prose between start and end, both included. */
static unsigned range_prose(const dci_node *start, const dci_node *end)
{
    unsigned prose = 0;
    for (const dci_node *c = start; c; c = c->next) {
        if (c->type == DCI_NODE_ELEMENT && !(c->flags & DCI_DROPPED))
            prose += c->prose;
        if (c == end)
            break;
    }
    return prose;
}

/*
 * A comment thread after the article: thread_min_signatures signatures or
 * more, siblings of one template part (same tag and class), each a short
 * line with a time of day, two thirds of them with different names
 * ("Posted by: tj at ...", "Posted by: Brian at ..."). The names tell it
 * from a blog's page of posts, each signed by its one author ("Posted by
 * jon at 11:16 AM"), and the article's body must stay outside it.
 */
static const char *match_comment_thread(const dci_node *n, dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    if (t->thread_min_signatures == 0)
        return NULL;
    const char *text = signature_text(n, w);
    if (!text || signed_before(n, w))
        return NULL;
    thread th;
    read_thread((dci_node *)n, text, w, &th);
    if (th.signatures < t->thread_min_signatures ||
        th.names * 3 < (th.signatures < THREAD_NAMES ? th.signatures : THREAD_NAMES) * 2)
        return NULL;
    int names_open;
    dci_node *start = thread_start((dci_node *)n, &th, &names_open);
    unsigned inside = range_prose(start, thread_end(&th, names_open));
    return w->root->prose >= inside + t->body_block_prose ? "signed comments" : NULL;
}

/* The length of class string c's first token. */
static size_t first_token_len(const char *c)
{
    size_t n = 0;
    while (c[n] && !isspace((unsigned char)c[n]))
        n++;
    return n;
}

/* Whether a and b are comment units of one kind: one tag and the same first
 * class token, or neither a class. A comment's other tokens may name its
 * author ("commentbody by-ann") or its parity. */
static int unit_kind(const dci_node *a, const dci_node *b)
{
    if (a->tag != b->tag)
        return 0;
    const char *ca = dci_attr_get(a, "class"), *cb = dci_attr_get(b, "class");
    while (ca && isspace((unsigned char)*ca))
        ca++;
    while (cb && isspace((unsigned char)*cb))
        cb++;
    if (!ca || !*ca || !cb || !*cb)
        return (!ca || !*ca) && (!cb || !*cb);
    size_t la = first_token_len(ca);
    return la == first_token_len(cb) && memcmp(ca, cb, la) == 0;
}

/* A comment unit: a box, not a leaf paragraph, with text, signed. */
static int signed_unit(const dci_node *n, dci_walk *w, const char **name, size_t *len)
{
    return n->type == DCI_NODE_ELEMENT && !(n->flags & DCI_DROPPED) && n->chars > 0 &&
           !dci_is_leaf_block(n) && dci_unit_signature(n, w, name, len);
}

/* The name a unit's closing line signs it with: the part before its first
 * digit of its last child with text when that is a signature ("Posted by:
 * Ann at May "; a page of one blog's posts closes each with "jon | 06:30
 * PM"), whatever name the unit's opening words give. */
static void closing_name(const dci_node *u, dci_walk *w, const char **name, size_t *len)
{
    const dci_node *c = u->last_child;
    while (c && (c->type != DCI_NODE_ELEMENT || (c->flags & DCI_DROPPED) || c->chars == 0))
        c = c->prev;
    const char *s = c && c != u->first_child ? signature_text(c, w) : NULL;
    if (s) {
        *name = s;
        *len = name_part(s);
    }
}

/* The run of comment units from first on: its siblings of first's kind
 * (unit_kind) up to a heading, or THREAD_SCAN elements of other kinds. Sets *last to the last of them and returns
 * how many; *signed_units how many are signed, *names how many of those (of
 * the first THREAD_NAMES) say a different name, *prose how many hold
 * prose, *controls how many hold a line of their controls (when the tuning
 * asks: controlled_unit). */
static unsigned read_unit_run(dci_node *first, dci_walk *w, dci_node **last, unsigned *names,
                              unsigned *signed_units, unsigned *prose, unsigned *controls)
{
    const char *seen[THREAD_NAMES];
    size_t lens[THREAD_NAMES];
    unsigned units = 0;
    *names = *signed_units = *prose = *controls = 0;
    *last = first;
    unsigned gap = 0;   /* elements since the last unit: THREAD_SCAN ends the run */
    for (dci_node *c = first; c && gap < THREAD_SCAN && !opens_with_heading(c);
         c = next_sibling_element(c)) {
        if ((c->flags & DCI_DROPPED) || !unit_kind(c, first)) {
            gap++;
            continue;
        }
        gap = 0;
        *last = c;
        units++;
        *prose += c->prose > 0;
        *controls += w->tuning->thread_controls && dci_controlled_unit(c, w);
        const char *name;
        size_t len;
        if (!signed_unit(c, w, &name, &len) || (*signed_units)++ >= THREAD_NAMES)
            continue;
        closing_name(c, w, &name, &len);
        unsigned i = 0;
        while (i < *names && !(lens[i] == len && memcmp(seen[i], name, len) == 0))
            i++;
        if (i == *names) {
            seen[*names] = name;
            lens[(*names)++] = len;
        }
    }
    return units;
}

/* Whether a sibling before n, among the THREAD_NAMES elements before it,
 * is of its kind: then n is not the first of a run after the article, but
 * one of a page's posts or a forum's. (Bounded: a parent of many boxes of
 * other kinds is not read again for each, nor one of many dropped boxes:
 * THREAD_SCAN.) */
static int kind_before(const dci_node *n)
{
    unsigned seen = 0, read = 0;
    for (const dci_node *c = n->prev; c && seen < THREAD_NAMES && read < THREAD_SCAN; c = c->prev) {
        if (c->type != DCI_NODE_ELEMENT)
            continue;
        read++;
        if (c->flags & DCI_DROPPED)
            continue;   /* a hidden box of their kind is no opening post */
        if (unit_kind(c, n))
            return 1;
        seen++;
    }
    return 0;
}

/* Whether want boxes of n's kind follow it, none more than THREAD_GAP
 * elements after the one before: a run may start at n. */
static int kind_after(const dci_node *n, unsigned want)
{
    unsigned gap = 0;
    for (const dci_node *c = n->next; c && want > 0 && gap < THREAD_GAP; c = c->next) {
        if (c->type != DCI_NODE_ELEMENT)
            continue;
        if (unit_kind(c, n)) {
            want--;
            gap = 0;
        } else {
            gap++;
        }
    }
    return want == 0;
}

/* Whether the run from first to last holds every sibling of their kind, up
 * to THREAD_SCAN elements after it (as read_unit_run: one further on opens
 * another run; a page of thousands of runs of other kinds is not read to
 * its end from each). */
static int run_ends_kind(const dci_node *last)
{
    unsigned read = 0;
    for (const dci_node *c = last->next; c && read < THREAD_SCAN; c = c->next) {
        if (c->type != DCI_NODE_ELEMENT)
            continue;
        read++;
        if (!(c->flags & DCI_DROPPED) && unit_kind(c, last))
            return 0;
    }
    return 1;
}

/*
 * A thread of comment units in the content, told by their shape alone,
 * whatever their class: thread_min_signatures or more boxes of one kind in
 * a row, each signed (dci_unit_signature: a time of day opening or closing
 * it), two thirds of them with different names, the first of its kind
 * among its siblings and the last ending them (the replies after the
 * story, not a forum's posts from the second on), the article's body (200
 * characters of prose) outside them. The comments that follow a story in
 * its own box, each a box of its text and its "Posted by: Ann at May 2,
 * 2012 7:00 AM", when no class names them.
 */
const char *dci_unit_run(const dci_node *n, dci_walk *w, unsigned held_prose)
{
    const dci_tuning *t = w->tuning;
    if (!t->thread_shape || t->thread_min_signatures == 0)
        return NULL;
    const char *name;
    size_t len;
    /* the cheap tests first: most elements are no run's first */
    if (n->type != DCI_NODE_ELEMENT || dci_is_leaf_block(n) || n->chars == 0 || kind_before(n) ||
        !kind_after(n, t->thread_min_signatures - 1))
        return NULL;
    if (!signed_unit(n, w, &name, &len) && !(t->thread_controls && dci_controlled_unit(n, w)))
        return NULL;
    dci_node *last;
    unsigned names, signs, prose, controls;
    unsigned units = read_unit_run((dci_node *)n, w, &last, &names, &signs, &prose, &controls);
    int by_names = signs >= t->thread_min_signatures && signs * 3 >= units * 2 &&
                   names * 3 >= (signs < THREAD_NAMES ? signs : THREAD_NAMES) * 2;
    /* units each carrying their controls are replies, however they are
     * signed (a date and time alone, the name in a profile box beside) */
    int by_controls = controls >= t->thread_min_signatures && controls * 3 >= units * 2;
    if ((!by_names && !by_controls) || prose == 0 || !run_ends_kind(last))
        return NULL;
    unsigned inside = range_prose(n, last);
    if (held_prose < inside + t->body_block_prose)
        return NULL;
    return by_names ? "signed comment units" : "comment units, each with its controls";
}

/* In the content, the article's body is the root's prose outside the run. */
static const char *match_unit_thread(const dci_node *n, dci_walk *w)
{
    return dci_unit_run(n, w, w->root->prose);
}

dci_node *dci_unit_run_last(dci_node *first, dci_walk *w)
{
    dci_node *last;
    unsigned names, signs, prose, controls;
    read_unit_run(first, w, &last, &names, &signs, &prose, &controls);
    return last;
}

/* The run goes from its first unit to its last. */
static void drop_unit_thread(dci_node *n, const dci_rule *rule, const char *why, dci_walk *w)
{
    dci_node *last;
    unsigned names, signs, prose, controls;
    read_unit_run(n, w, &last, &names, &signs, &prose, &controls);
    for (dci_node *c = n, *next; c; c = next) {
        next = c == last ? NULL : c->next;
        if (c->type == DCI_NODE_ELEMENT && !(c->flags & DCI_DROPPED))
            dci_drop(c, rule, why);
    }
}

/* The thread goes from its heading or first comment to its last. */
static void drop_thread(dci_node *n, const dci_rule *rule, const char *why, dci_walk *w)
{
    const char *text = signature_text(n, w);
    if (!text)
        return;
    thread th;
    read_thread(n, text, w, &th);
    int names_open;
    dci_node *start = thread_start(n, &th, &names_open);
    dci_node *end = thread_end(&th, names_open);
    for (dci_node *c = start, *next; c; c = next) {
        next = c == end ? NULL : c->next;
        if (c->type == DCI_NODE_ELEMENT && !(c->flags & DCI_DROPPED))
            dci_drop(c, rule, why);
    }
}

static const char *match_always(const dci_node *n, dci_walk *w)
{
    (void)n;
    (void)w;
    return "";
}

/* A form that asks for a text of the reader's (a comment, a message), with
 * one block of prose at most (a notice: "You may use these HTML tags...")
 * and less than an article's worth: its labels and notice are no part of
 * the story, even when they outweigh a story of a line or two. A page
 * wrapped whole in one form (ASP.NET) holds the article's paragraphs. The
 * textarea itself went as never-text, so dropped nodes are looked at too. */
static const char *match_comment_form(const dci_node *n, dci_walk *w)
{
    if (n->prose >= w->tuning->holder_own_prose)
        return NULL;
    int asks = 0;
    unsigned prose_blocks = 0;
    for (const dci_node *d = n->first_child; d; d = dci_next(d, n)) {
        if (d->type != DCI_NODE_ELEMENT)
            continue;
        if (d->tag == GUMBO_TAG_TEXTAREA)
            asks = 1;
        else if (!(d->flags & DCI_DROPPED) && d->prose > 0 && dci_tag_is_block(d->tag) &&
                 !(d->flags & DCI_HAS_BLOCK))
            prose_blocks++;
    }
    return asks && prose_blocks <= 1 ? "asks for a text" : NULL;
}

/* An empty heading (a template's slot for a widget's title, left blank)
 * names nothing. A box without text holds no heading that says something:
 * its subtree (a form's icons, an SVG of hundreds of paths) is not walked. */
static int holds_heading(const dci_node *n)
{
    for (const dci_node *c = n; c;) {
        if ((c->flags & DCI_DROPPED) || c->chars == 0) {
            c = dci_next_skip(c, n);
            continue;
        }
        if (dci_is_heading(c))
            return 1;
        c = dci_next(c, n);
    }
    return 0;
}

/* FORM_LOOK: the most children of a box read for a heading beside a form.
 * A form's widget is a few boxes; a box of more children is taken as named
 * (the climb stops below it), and a page of thousands of forms in one box
 * is not read again for each. */
enum { FORM_LOOK = 256 };

/* Whether a child of up other than box, the level below, holds a heading.
 * When none has text (up's text is all box's), none is read. */
static int heading_beside(const dci_node *up, const dci_node *box)
{
    if (up->chars == box->chars)
        return 0;
    unsigned read = 0;
    for (const dci_node *c = up->first_child; c; c = c->next) {
        if (++read > FORM_LOOK)
            return 1;
        if (c != box && holds_heading(c))
            return 1;
    }
    return 0;
}

/* A form inside an article is a sign-up, report or comment form whose
 * labels are left once its fields are gone. The box around it that holds
 * nothing else but a line or two ("Get breaking news alerts to your inbox")
 * is its widget, dropped whole. A heading beside the form names a part of
 * the article (a recipe card with a print button), and stops the climb. Each
 * level looks only at what the level below did not hold. */
static dci_node *form_widget(dci_node *form, const dci_walk *w)
{
    dci_node *box = form;
    for (dci_node *up = form->parent; up && up != w->root; up = up->parent) {
        if (up->chars - form->chars >= w->tuning->form_label_chars || up->prose > form->prose)
            break;
        if (heading_beside(up, box))
            return box;
        box = up;
    }
    return box;
}

static void drop_form_widget(dci_node *form, const dci_rule *rule, const char *why, dci_walk *w)
{
    dci_drop(form_widget(form, w), rule, why);
}

/* A comment form's box: the heading over it ("Leave a Reply"), the house
 * rules for comments ("We reserve the right to delete comments..."), the
 * sign-in notice, all about the form and none of it the story's. It is
 * the highest box around the form, inside the content, that holds no more
 * than a few notices' prose and leaves the story a body of its own. Pages
 * name it ("respond", "comment-form"); this finds it where no class says
 * so. */
static dci_node *comment_box(dci_node *form, const dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    dci_node *box = form_widget(form, w);
    if (!t->comment_box_prose)
        return box;
    for (dci_node *up = box->parent; up && up != w->root; up = up->parent) {
        if (up->prose > t->comment_box_prose || holds_most_of(up, w) ||
            w->root->prose < up->prose + t->body_block_prose)
            break;
        box = up;
    }
    return box;
}

static void drop_comment_form(dci_node *form, const dci_rule *rule, const char *why, dci_walk *w)
{
    dci_drop(comment_box(form, w), rule, why);
}

/* An embedded tweet's words are the article's (a quoted statement); what
 * the embed adds around them is residue: the "— Name (@handle)" trailer
 * with its date link after the tweet's paragraphs, and the picture's
 * "pic.twitter.com/..." link. */
static const char *match_tweet_embed(const dci_node *n, dci_walk *w)
{
    (void)w;
    return dci_attr_has_token(n, "class", "twitter-tweet") ? "twitter-tweet" : NULL;
}

static const char *match_tweet_picture(const dci_node *n, dci_walk *w)
{
    const char *text = dci_walk_text(w, n, 64);
    return text && strncasecmp(text, "pic.twitter.com/", 16) == 0 ? "pic.twitter.com/*" : NULL;
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
static const char *match_skip_link(const dci_node *n, dci_walk *w)
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
            match_tweet_picture(n, w))
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

static void drop_tweet_residue(dci_node *quote, const dci_rule *rule, const char *why, dci_walk *w)
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
    return p && p->type == DCI_NODE_ELEMENT && is_marked_data_table(p);
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
static int names_source(const dci_node *n, dci_walk *w)
{
    unsigned max = w->tuning->link_line_max_chars;
    if (n->chars == 0 || n->chars > max)
        return 0;
    const char *text = dci_walk_text(w, n, (size_t)max * 4);
    return text && dci_match_source_call(text, strlen(text)) != NULL;
}

/* A paragraph that is nothing but a link is a pointer to another page
 * ("READ MORE: ...", an all-caps related story), not article text. List
 * items and cells are exempt: a list of sources is made of links by nature;
 * so are the paragraphs inside the cells of a data table. A block written
 * as lines of links is judged by its lines, at any length. */
static const char *match_link_line(const dci_node *n, dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    if (n->tag != GUMBO_TAG_P && n->tag != GUMBO_TAG_DIV)
        return NULL;
    int line = n->chars > 0 && n->chars <= t->link_line_max_chars &&
               dci_share_reached(n->link_chars, n->chars, t->link_line_share);
    return (line || is_link_lines(n, t)) && !in_data_cell(n) &&
                   !(t->keep_citations && links_show_addresses(n)) && !is_linked_sentence(n, w) &&
                   !names_source(n, w)
               ? ""
               : NULL;
}

static const char *match_phrase(const dci_node *n, dci_walk *w)
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
                                         p->chars <= t->slideshow_max_chars && !holds_most_of(p, w);
         p = p->parent)
        box = p;
    return box;
}

/* Whether box shows a picture (an <img>, a <figure>, a <picture>). Walked
 * only for a box around a slide counter, at most slideshow_max_chars of
 * text. */
static int holds_picture(const dci_node *box)
{
    for (const dci_node *d = box; d; d = dci_next(d, box))
        if (d->type == DCI_NODE_ELEMENT &&
            (d->tag == GUMBO_TAG_IMG || d->tag == GUMBO_TAG_FIGURE ||
             (d->tag == GUMBO_TAG_UNKNOWN && dci_attr_get(d, "srcset"))))
            return 1;
    return 0;
}

/* A line that is a slide counter marks a slideshow inside the content:
 * pictures with their credits and controls, which a story's text never
 * counts off; the slideshow goes (rule slideshow). The box must show a
 * picture: "Page 1 of 3" over a story's pages is no slideshow. A gallery
 * page whose captions tell the story keeps it. */
static const char *match_slideshow(const dci_node *n, dci_walk *w)
{
    if (w->tuning->slideshow_max_chars == 0 || n->chars == 0 || n->chars > 24 ||
        w->doc->gallery_story)
        return NULL;
    const char *text = dci_walk_text(w, n, 64);
    return text && dci_is_slide_counter(text) && holds_picture(slideshow_box(n, w)) ? "" : NULL;
}

static void drop_slideshow(dci_node *n, const dci_rule *rule, const char *why, dci_walk *w)
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
static const char *match_crumb_trail(const dci_node *n, dci_walk *w)
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
static const char *match_phrase_link(const dci_node *n, dci_walk *w)
{
    const dci_node *top = n, *b = n->parent;
    while (b && b->type == DCI_NODE_ELEMENT && !dci_tag_is_block(b->tag)) {
        top = b;
        b = b->parent;
    }
    if (!b || b->type != DCI_NODE_ELEMENT || n->chars == 0 || top->chars != n->chars ||
        !alone_on_line(top))
        return NULL;
    const char *match = match_phrase(n, w);
    return match && !strchr(match, '*') ? match : NULL;
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
} phrase_lines;

static void phrase_line_node(phrase_lines *p, const dci_node *n)
{
    if (p->nnodes == LINE_NODES)
        p->over = 1;
    else
        p->nodes[p->nnodes++] = n;
}

static void phrase_line_text(line_reader *r, const dci_node *c, int in_link)
{
    phrase_lines *p = (phrase_lines *)r;
    (void)in_link;
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
    if (!p->over && p->len > 0 && p->chars != p->whole)
        m = dci_match_label_into(p->text, p->folded, LINE_TEXT_BYTES);
    if (m) {
        if (!p->match)
            p->match = m;
        for (unsigned i = 0; p->rule && i < p->nnodes; i++)
            dci_drop((dci_node *)p->nodes[i], p->rule, m);
    }
    p->len = 0;
    p->nnodes = 0;
    p->over = 0;
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
    p.len = 0;
    p.nnodes = p.line = p.depth = p.chars = 0;
    p.over = 0;
    p.match = NULL;
    read_lines(n, 0, &p.r);
    phrase_line_end(&p.r);
    return p.match;
}

/* A block's lines of loose text judged one by one as the phrase rule
 * judges a block (rule phrase-line): a box that holds blocks, or whose
 * lines are set apart by <br>s, is no leaf block of one line, and the
 * phrase rule never saw them. */
static const char *match_phrase_lines(const dci_node *n, dci_walk *w)
{
    if (!w->tuning->phrase_lines || !dci_tag_is_block(n->tag) || n->chars == 0 ||
        n->tag == GUMBO_TAG_PRE || dci_in_code(n))
        return NULL;
    return read_phrase_lines(n, w, NULL);
}

static void drop_phrase_lines(dci_node *n, const dci_rule *rule, const char *why, dci_walk *w)
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
static const char *match_text_menu(const dci_node *n, dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    if (t->text_menu_entries == 0 || n->chars > t->link_line_max_chars * 4)
        return NULL;
    const char *text = dci_walk_text(w, n, TEASER_TEXT_BYTES);
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

static int ends_like_teaser(const dci_node *n, dci_walk *w)
{
    const char *text = dci_walk_text(w, n, TEASER_TEXT_BYTES);
    if (!text)
        return 0;
    size_t len = strlen(text);
    /* a teaser's "Read more", in the languages of the web */
    static const char *const endings[] = {"[...]",         "[…]",          "...",
                                          "…",             "Read more",    "Weiterlesen",
                                          "Lire la suite", "Leer más",     "Leggi tutto",
                                          "Lees meer",     "Leia mais",    "Czytaj więcej",
                                          "Читать далее",  "Läs mer",      "Devamını oku",
                                          "続きを読む"};
    for (size_t i = 0; i < DCX_COUNTOF(endings); i++) {
        size_t elen = strlen(endings[i]);
        if (len >= elen && strncasecmp(text + len - elen, endings[i], elen) == 0)
            return 1;
    }
    return 0;
}

static int words_before_link(const dci_node *item);

/* The first kept link of item, or NULL. */
static const dci_node *first_link(const dci_node *item)
{
    dci_const_node_iter it;
    dci_const_node_iter_init(&it, item);
    for (const dci_node *d; (d = dci_const_node_iter_next_kept(&it));)
        if (d->type == DCI_NODE_ELEMENT && d->tag == GUMBO_TAG_A && d->chars > 0)
            return d;
    return NULL;
}

/* Whether link a leads off the page's site (known from its URL or its
 * canonical link; on a page whose site is unknown, no link does). */
static int link_leaves_site(const dci_node *a, const dci_walk *w)
{
    const dci_doc *doc = w->doc;
    return doc->site && dci_url_leaves_site(dci_attr_get(a, "href"), doc->site, doc->site_len);
}

/* head opens with a link to another of the site's stories, named at
 * headline length, and summary (head itself, or the <dd> after a <dt>)
 * goes on with a summary in words of its own: "<a>Man arrested in
 * hit-and-run</a> A 24-year-old man from Surrey has been charged...". A
 * link leaving the site names a source, as a list in an article does; not
 * in_section, under a heading that names the section other stories, where
 * the summary may be a line short. */
static int opens_with_headline(const dci_node *head, const dci_node *summary, dci_walk *w,
                               int in_section)
{
    const dci_tuning *t = w->tuning;
    if (t->teaser_headline_words == 0 || words_before_link(head))
        return 0;
    const dci_node *a = first_link(head);
    if (!a || (!in_section && summary->chars - summary->link_chars < t->teaser_summary_chars))
        return 0;
    if (!in_section && link_leaves_site(a, w))
        return 0;
    const char *text = dci_walk_text(w, a, HEADING_TEXT_BYTES);
    return text && dci_count_spaced_words(text, strlen(text)) >= t->teaser_headline_words;
}

/* The next kept element after n among its siblings, or NULL. */
static const dci_node *next_kept(const dci_node *n)
{
    for (n = n->next; n; n = n->next)
        if (n->type == DCI_NODE_ELEMENT && !(n->flags & DCI_DROPPED))
            return n;
    return NULL;
}

/* Whether the item c of a list box is a teaser: a summary cut short
 * ("[...]"), or a linked headline with its summary (a <dt> and its <dd> are
 * one item). */
static int is_teaser_item(const dci_node *c, dci_walk *w)
{
    if (c->link_chars > 0 && ends_like_teaser(c, w))
        return 1;
    const dci_node *summary = c;
    if (c->tag == GUMBO_TAG_DT) {
        const dci_node *dd = next_kept(c);
        if (!dd || dd->tag != GUMBO_TAG_DD)
            return 0;
        summary = dd;
    }
    return opens_with_headline(c, summary, w, 0);
}

/* A list of other stories: several items, most with a link and a summary
 * cut short ("[...]") or a linked headline and its summary, or nothing but
 * links. */
static const char *match_teaser_list(const dci_node *n, dci_walk *w)
{
    unsigned items = 0, teasers = 0;
    for (const dci_node *c = n->first_child; c && w->status == DC_OK; c = c->next) {
        if (c->type != DCI_NODE_ELEMENT || (c->flags & DCI_DROPPED) || c->chars == 0 ||
            c->tag == GUMBO_TAG_DD)
            continue;
        items++;
        if (is_teaser_item(c, w))
            teasers++;
    }
    const dci_tuning *t = w->tuning;
    return items >= t->teaser_min_items && dci_share_reached(teasers, items, t->teaser_share)
               ? ""
               : NULL;
}

/* How many of n's kept children holding text (*items) are what is()
 * says: the units of a row or list. */
static unsigned count_items(const dci_node *n, int (*is)(const dci_node *, dci_walk *),
                            dci_walk *w, unsigned *items)
{
    unsigned count = 0;
    *items = 0;
    for (const dci_node *c = n->first_child; c; c = c->next) {
        if (c->type != DCI_NODE_ELEMENT || (c->flags & DCI_DROPPED) || c->chars == 0)
            continue;
        (*items)++;
        count += is(c, w) != 0;
    }
    return count;
}

/* Whether c is a text ad: a short unit opening with a link through a
 * redirector (the ad network's click counter, carrying the advertiser's
 * address in its query), then a line of description and a display address
 * ("<a href=click?..&url=http://...>ETF Investing</a> Discover iShares.
 * More tools. www.ishares.com"). An article's list of sources links
 * straight to them. */
static int is_text_ad(const dci_node *c, dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    if (c->chars > t->ad_item_chars || c->link_chars == 0 || words_before_link(c))
        return 0;
    const dci_node *a = first_link(c);
    return a && dci_url_redirects(dci_attr_get(a, "href"));
}

/* A unit of text ads ("Sponsored Links", "Ads by Google" whatever its
 * heading says or its class is called): several items, most of them text
 * ads. */
static const char *match_ad_list(const dci_node *n, dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    if (t->ad_list_items == 0)
        return NULL;
    unsigned items, ads = count_items(n, is_text_ad, w, &items);
    return ads >= t->ad_list_items && dci_share_reached(ads, items, t->teaser_share) ? "" : NULL;
}

/* Whether the headline block head (dropped as a link line) links off the
 * page's site: a link to another host names a source the article cites,
 * not another of the site's stories (as opens_with_headline judges). */
static int headline_leaves_site(const dci_node *head, dci_walk *w)
{
    for (const dci_node *d = head; d; d = dci_next(d, head))
        if (d->type == DCI_NODE_ELEMENT && d->tag == GUMBO_TAG_A)
            return link_leaves_site(d, w);
    return 0;
}

/* Whether c is what the link-line rule left of a teaser: its headline, a
 * block that was nothing but a link, went first, and what is left is a
 * short summary without links or prose that ends a sentence ("<a>BUSINESS</a>
 * <a>Bands in EMI revolt</a> Another top group may withdraw their new
 * album."), not a data table's figures beside a linked name. */
static int is_teaser_residue(const dci_node *c, dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    if (c->chars == 0 || c->chars > t->teaser_residue_chars || c->link_chars > 0)
        return 0;
    int plain = c->prose == 0 && dci_ends_sentence(c);
    /* a table's row is data: its first cell's linked name went as a link
     * line, its figures are no summary */
    if (!plain && (!t->teaser_residue_prose || c->tag == GUMBO_TAG_TR))
        return 0;
    for (const dci_node *d = c; d; ) {
        if (d->type == DCI_NODE_TEXT && d->chars > 0)
            return 0;
        if (d->type == DCI_NODE_ELEMENT && (d->flags & DCI_DROPPED)) {
            if (d->rule && strcmp(d->rule->id, "link-line") == 0)
                return plain || !headline_leaves_site(d, w);
            d = dci_next_skip(d, c);
        } else {
            d = dci_next(d, c);
        }
    }
    return 0;
}

/* A row or list of teasers whose linked headlines went one by one as link
 * lines: the summaries left read as short lines of text of their own, but
 * the units are still other stories. */
static const char *match_teaser_residues(const dci_node *n, dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    if (t->teaser_residue_chars == 0)
        return NULL;
    unsigned items, residues = count_items(n, is_teaser_residue, w, &items);
    return items >= t->teaser_min_items && dci_share_reached(residues, items, t->teaser_share)
               ? ""
               : NULL;
}

/* Rules that drop a block as a list of links to other pages. */
static const char *const link_list_rules[] = {"link-line", "teaser-list", "teaser-residue",
                                              "link-density"};

int dci_dropped_as_link_list(const dci_node *n)
{
    if (n->type != DCI_NODE_ELEMENT || !(n->flags & DCI_DROPPED) || !n->rule)
        return 0;
    for (size_t i = 0; i < DCX_COUNTOF(link_list_rules); i++)
        if (strcmp(n->rule->id, link_list_rules[i]) == 0)
            return 1;
    return 0;
}

/* A box left with nothing but its label once its list of links went
 * ("<td><div>External links</div><div><a>Carling Cup</a></div></td>"):
 * the label of a list that is gone, a heading's length at most, written
 * before it. */
static const char *match_list_husk(const dci_node *n, dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    if (!t->drop_list_husks || n->chars == 0 || n->chars > t->short_heading_chars ||
        dci_is_leaf_block(n))
        return NULL;
    int label = 0;
    for (const dci_node *c = n->first_child; c; c = c->next) {
        if (dci_dropped_as_link_list(c))
            return label ? "" : NULL;
        if (c->type != DCI_NODE_ELEMENT && c->chars > 0)
            return NULL;
        label |= c->chars > 0;
    }
    return NULL;
}

/* A list whose items say something besides their links (release notes,
 * "fixed bug 123 in the parser") is text; one of bare links is navigation. */
static int items_have_text(const dci_node *list, const dci_tuning *t)
{
    unsigned items = 0, text = 0;
    for (const dci_node *c = list->first_child; c; c = c->next) {
        if (c->type != DCI_NODE_ELEMENT || (c->flags & DCI_DROPPED))
            continue;
        items++;
        text += c->chars - c->link_chars;
    }
    return items > 0 && text >= items * t->item_min_text;
}

/* Whether item has words before its first link; a whole item with text and
 * no link counts as words too. It stops at the first word (in a text node
 * too: a text of megabytes was counted whole for each level): each box of a
 * list is asked, and a box nested in a box of a list is inside that one's
 * item too, so reading each item whole read a deep page once per level. */
static int words_before_link(const dci_node *item)
{
    dci_const_node_iter it;
    dci_const_node_iter_init(&it, item);
    for (const dci_node *d; (d = dci_const_node_iter_next_kept(&it));) {
        if (d->type == DCI_NODE_ELEMENT && d->tag == GUMBO_TAG_A)
            return 0;
        if (d->type == DCI_NODE_TEXT && dci_has_word(d->text, d->text_len))
            return 1;
    }
    return item->chars > 0;
}

/* A list whose items open with their own words ("Neil has patches up to
 * <a>improve the tab unloader</a>", "See it now: <a>Amazon</a>") carries its
 * links inside sentences; a list of other pages opens each item with the
 * link. */
static int items_lead_with_text(const dci_node *list, const dci_tuning *t)
{
    unsigned items = 0, leading = 0;
    for (const dci_node *c = list->first_child; c; c = c->next) {
        if (c->type != DCI_NODE_ELEMENT || (c->flags & DCI_DROPPED) || c->chars == 0)
            continue;
        items++;
        if (words_before_link(c))
            leading++;
    }
    return items > 0 && dci_share_reached(leading, items, t->leading_share);
}

/* A list whose links mostly leave the site, each named at phrase length
 * ("15.4" MacBook Pro Retina ... for $2,059.95"), points the reader at what
 * the article is about (deals, sources, a link roll); the site's own lists
 * (menus, teasers) link into it, and share buttons leave it by one word. */
static int links_leave_site(const dci_node *list, const dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    const dci_doc *doc = w->doc;
    if (!doc->site || t->offsite_link_chars == 0)
        return 0;
    unsigned links = 0, leaving = 0, named = 0;
    for (const dci_node *d = list; d; d = dci_next(d, list)) {
        if (d->type != DCI_NODE_ELEMENT || d->tag != GUMBO_TAG_A || d->chars == 0)
            continue;
        links++;
        if (dci_url_leaves_site(dci_attr_get(d, "href"), doc->site, doc->site_len))
            leaving++;
        if (d->chars >= t->offsite_link_chars)
            named++;
    }
    return links > 0 && dci_share_reached(leaving, links, t->offsite_share) &&
           dci_share_reached(named, links, t->offsite_share);
}

/* A list nested in a list item that says something of its own, outside its
 * links and its blocks ("florian has new variations up for the dashboard:"
 * then the links to them), details that item: it is text as the item is. A
 * menu's submenu hangs from a link or a one-word label. */
static int details_an_item(const dci_node *list, const dci_tuning *t)
{
    const dci_node *item = list->parent;
    if (!item || item->tag != GUMBO_TAG_LI)
        return 0;
    unsigned chars, commas, links = item->link_chars;
    dci_own_text_stats(item, &chars, &commas);
    for (const dci_node *c = item->first_child; c; c = c->next)
        if (c->type == DCI_NODE_ELEMENT && dci_tag_is_block(c->tag))
            links -= c->link_chars;
    return chars >= links + t->item_min_text;
}

/* A run of n's text outside links, between two of them: its words, its
 * first text node (where it starts) and its last (where it ends). */
typedef struct plain_run {
    unsigned words;
    const dci_node *first, *last;
} plain_run;

/* Whether run, before a link, leads into it as the words of a sentence
 * ("...it originated with this tweet from the <a>"): two words or more
 * (t->sentence_link_words), the last in lower case or in a script without
 * case ("...这一方案源自<a>", dci_ends_mid_sentence). A label ("Posted in
 * <a>", "Tags: <a>", "标签：<a>") is one word or ends on a capital or a
 * mark. */
static int run_leads_in(const plain_run *run, const dci_tuning *t)
{
    return run->words >= t->sentence_link_words && run->last &&
           dci_ends_mid_sentence(run->last->text, run->last->text_len);
}

/* Whether run, after a link, goes on with its sentence ("<a>According to
 * BuzzFeed</a>, it originated...", "<a>据新华社报道</a>，这一方案..."): as
 * many words, the first in lower case or in a script without case. */
static int run_goes_on(const plain_run *run, const dci_tuning *t)
{
    return run->words >= t->sentence_link_words && run->first &&
           dci_starts_mid_sentence(run->first->text, run->first->text_len, ",;:.)");
}

/* The words of link's text, as a script with spaces has them
 * (dci_count_spaced_words: "新华社" is two, not three). */
static unsigned link_words(const dci_node *link)
{
    unsigned words = 0;
    for (const dci_node *d = link; d; d = dci_next(d, link))
        if (d->type == DCI_NODE_TEXT && !(d->flags & DCI_DROPPED))
            words += (unsigned)dci_count_spaced_words(d->text, d->text_len);
    return words;
}

/* How many of paragraph's links stand inside its sentences, their own
 * words leading into them or going on after them; *phrase tells whether
 * one of those names a phrase of the sentence (t->sentence_link_phrase
 * words or more: "issued this correction alert"), not a label. */
static unsigned links_in_sentences(const dci_node *paragraph, const dci_tuning *t, int *phrase)
{
    unsigned inside = 0, words = 0;   /* words: the last link's */
    int after_link = 0, counted = 0;   /* the last link, and whether it counts */
    plain_run run = {0, NULL, NULL};
    *phrase = 0;
    for (const dci_node *d = paragraph->first_child; d;) {
        if (d->flags & DCI_DROPPED) {
            d = dci_next_skip(d, paragraph);
            continue;
        }
        if (d->type == DCI_NODE_TEXT && d->text_len > 0) {
            /* a label of two Han characters ("标签") is one word */
            unsigned n = (unsigned)dci_count_spaced_words(d->text, d->text_len);
            if (n && !run.first)
                run.first = d;
            if (n)
                run.last = d;
            run.words += n;
        } else if (d->type == DCI_NODE_ELEMENT && d->tag == GUMBO_TAG_A) {
            if (after_link && !counted && run_goes_on(&run, t)) {
                inside++;
                *phrase |= words >= t->sentence_link_phrase;
            }
            words = link_words(d);
            counted = run_leads_in(&run, t);
            if (counted) {
                inside++;
                *phrase |= words >= t->sentence_link_phrase;
            }
            after_link = 1;
            run = (plain_run){0, NULL, NULL};
            d = dci_next_skip(d, paragraph);
            continue;
        }
        d = dci_next(d, paragraph);
    }
    if (after_link && !counted && run_goes_on(&run, t)) {
        inside++;
        *phrase |= words >= t->sentence_link_phrase;
    }
    return inside;
}

/* Whether n, a paragraph, is prose whose links are set in its sentences
 * ("<a>According to BuzzFeed</a>, it originated with this tweet from the
 * <a>Center for American Progress</a>:"), however much of its text they
 * are: the words of its own lead into two of them or go on after them,
 * and one of those links names a phrase. A menu's links stand alone, one
 * after another; a meta line labels its links with a word ("Posted in
 * <a>", "<a>1:40 PM</a> | <a>Comments</a>") or links labels, a name or a
 * category ("Article by <a>Steph</a>, filed under <a>Cities</a>"). */
static int links_in_prose(const dci_node *n, const dci_tuning *t)
{
    int phrase;
    return t->sentence_links && dci_is_leaf_block(n) &&
           links_in_sentences(n, t, &phrase) >= t->sentence_links && phrase;
}

/* The characters of n's links that lead to the page itself, its URL as
 * fetched or declared, written out whole (a post's headline linking to its
 * permalink): they lead the reader nowhere else, and a post is not
 * navigation for them. A link to a part of the page ("#comments") or
 * resolved from a relative address is not counted: such links are a meta
 * line's. */
static unsigned self_link_chars(const dci_node *n, const dci_doc *doc)
{
    if (!doc->url || !*doc->url)
        return 0;
    unsigned chars = 0;
    for (const dci_node *d = n; d;) {
        if (d->type == DCI_NODE_ELEMENT && d->tag == GUMBO_TAG_A) {
            const char *href = dci_attr_get(d, "href");
            if (href && strcmp(href, doc->url) == 0)
                chars += d->chars;
            d = dci_next_skip(d, n);
            continue;
        }
        d = (d->flags & DCI_DROPPED) ? dci_next_skip(d, n) : dci_next(d, n);
    }
    return chars;
}

/* HOSTS_MAX: the distinct hosts a list's links are counted to */
enum { HOSTS_MAX = 8 };

/* Whether list's links, t->text_list_items or more, each named in two
 * words or more, lead off the site to t->roll_hosts hosts or more, each
 * another: a roll of links to what other writers said ("Skepticism about
 * P4P", "Technology and healthcare spending"). A menu's links stay on the
 * site; a share bar's name each its network in a word. */
static int links_roll_hosts(const dci_node *list, const dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    const dci_doc *doc = w->doc;
    if (!t->roll_hosts || !doc->site)
        return 0;
    const char *hosts[HOSTS_MAX];
    size_t lens[HOSTS_MAX];
    unsigned links = 0, named = 0, nhosts = 0;
    for (const dci_node *d = list; d; d = dci_next(d, list)) {
        if (d->type != DCI_NODE_ELEMENT || d->tag != GUMBO_TAG_A || d->chars == 0)
            continue;
        links++;
        const char *href = dci_attr_get(d, "href"), *host;
        size_t len;
        if (!dci_url_leaves_site(href, doc->site, doc->site_len) ||
            !dci_url_host(href, &host, &len))
            return 0;
        named += link_words(d) >= 2;
        int seen = 0;
        for (unsigned i = 0; i < nhosts && !seen; i++)
            seen = lens[i] == len && strncmp(hosts[i], host, len) == 0;
        if (!seen && nhosts < HOSTS_MAX) {
            hosts[nhosts] = host;
            lens[nhosts++] = len;
        }
    }
    return links >= t->text_list_items && nhosts >= t->roll_hosts &&
           dci_share_reached(named, links, t->offsite_share);
}

/* Whether list, a <ul> or <ol>, is text rather than navigation: its items
 * say something besides their links or open with their own words, its
 * links leave the site named at length or to many hosts, or it details an
 * item. */
static int list_is_text(const dci_node *list, const dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    return items_have_text(list, t) || items_lead_with_text(list, t) ||
           links_leave_site(list, w) || details_an_item(list, t) ||
           links_roll_hosts(list, w);
}

/* TEXT_LIST_DEPTH: how deep in a box its lists are looked for (a post's
 * body holds its part before the fold and the rest, each a box) */
enum { TEXT_LIST_DEPTH = 2 };

/* The items of list holding text. */
static unsigned list_items(const dci_node *list)
{
    unsigned items = 0;
    for (const dci_node *c = list->first_child; c; c = c->next)
        items += c->type == DCI_NODE_ELEMENT && !(c->flags & DCI_DROPPED) && c->chars > 0;
    return items;
}

/* The link characters of box's own lists (its element children, or those
 * of its child boxes down to depth levels) of t->text_list_items items or
 * more that are text by list_is_text: a post gathering a week's links as a
 * list of lines that open with their own words ("<strong>Study:</strong>
 * <a>Fan Sharing On Facebook Is Worth $4.20</a>") sits in a box as
 * link-heavy as a menu.
 * Such a list is spared when judged itself; its box would take it first.
 * A few labelled lines ("Source <a>AP</a>", "Related Items <a>gmail</a>")
 * are a meta box's, not a roll of links. */
static unsigned text_list_link_chars(const dci_node *box, const dci_walk *w, unsigned depth)
{
    unsigned chars = 0;
    for (const dci_node *c = box->first_child; c; c = c->next) {
        if (c->type != DCI_NODE_ELEMENT || (c->flags & DCI_DROPPED))
            continue;
        if ((c->tag == GUMBO_TAG_UL || c->tag == GUMBO_TAG_OL) &&
            list_items(c) >= w->tuning->text_list_items && list_is_text(c, w))
            chars += c->link_chars;
        else if (depth > 1 && c->link_chars > 0 && (c->tag == GUMBO_TAG_DIV ||
                                                    c->tag == GUMBO_TAG_SECTION))
            chars += text_list_link_chars(c, w, depth - 1);
    }
    return chars;
}

/* Readability's conditional cleaning, reduced to what holds across sites:
 * a container that is mostly links is navigation, unless its class vouches
 * for it, in which case it must be very link-heavy to go. A box holding
 * only embedded tweets is a quoted post, dense with hashtags, handles and
 * short links, not navigation: tweet-residue judges what follows its text.
 * Nor is a list of the article's notes, its sources, nor a paragraph whose
 * links are set in its sentences. Links to the page itself do not count.
 * Those walks come last, for the few boxes that would go. */
static const char *match_link_heavy(const dci_node *n, dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    if (n->commas >= t->link_heavy_max_commas || n->chars == 0)
        return NULL;
    if ((n->tag == GUMBO_TAG_UL || n->tag == GUMBO_TAG_OL) && list_is_text(n, w))
        return NULL;
    if (t->link_box_prose && n->tag != GUMBO_TAG_UL && n->tag != GUMBO_TAG_OL &&
        n->prose >= t->link_box_prose)
        return NULL;
    float max = dci_class_sign(n) > 0 ? t->link_density_max_positive : t->link_density_max;
    if (dci_link_density(n) <= max || wraps_only_tweets(n) || holds_only_notes(n) ||
        names_source(n, w) || links_in_prose(n, t))
        return NULL;
    if (t->self_links_text &&
        (float)(n->link_chars - self_link_chars(n, w->doc)) / (float)n->chars <= max)
        return NULL;
    if (t->text_list_items) {
        unsigned listed = text_list_link_chars(n, w, TEXT_LIST_DEPTH);
        if ((float)(n->link_chars - listed) / (float)n->chars <= max)
            return NULL;
    }
    return "";
}

/* The controls of a widget (a video player's menus, a chart's axis labels):
 * many blocks of a word or a number each, and no sentence among them. A
 * table of figures is data, read cell by cell (leaves < 0). */
static const char *match_widget_controls(const dci_node *n, dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    if (n->tag != GUMBO_TAG_DIV && n->tag != GUMBO_TAG_SECTION && n->tag != GUMBO_TAG_FIGURE)
        return NULL;
    int leaves = n->leaves;
    return n->prose == 0 && n->chars > 0 && leaves >= (int)t->widget_min_leaves &&
                   n->chars < (unsigned)leaves * t->widget_leaf_chars
               ? ""
               : NULL;
}

/* ------------------------------------------------------------ index pages */

/* A listicle has linked headings too, but a long text under each; an
 * article with a sidebar of headlines has its body's paragraphs together. */
static int teasers_rule_page(unsigned teasers, const dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    return teasers >= t->index_min_teasers &&
           dci_share_reached(teasers, w->tally.paragraphs, t->index_teaser_share) &&
           w->tally.prose < teasers * t->index_teaser_prose &&
           w->tally.article_prose < t->index_article_prose;
}

static const char *match_linked_headlines(const dci_node *n, dci_walk *w)
{
    (void)n;
    return teasers_rule_page(w->tally.headlines, w) ? "a run of linked headlines" : NULL;
}

static const char *match_story_cards(const dci_node *n, dci_walk *w)
{
    (void)n;
    return teasers_rule_page(w->tally.cards, w) ? "a run of story cards" : NULL;
}

/* ------------------------------------------------------------ the tables */

const dci_stage_def dci_stages[DCI_STAGE_COUNT] = {
    [DCI_STAGE_NEVER_TEXT] = {"never-text", DCI_ACT_DROP, 0, DCI_SCOPE_SUBTREE, DCI_JUDGE_ROOT, 1},
    [DCI_STAGE_FURNITURE] = {"furniture", DCI_ACT_DROP, 0, DCI_SCOPE_SUBTREE, DCI_JUDGE_ROOT, 1},
    [DCI_STAGE_CLASS] = {"class", DCI_ACT_DROP, 0, DCI_SCOPE_SUBTREE, DCI_JUDGE_ROOT, 1},
    [DCI_STAGE_BESIDE] = {"beside", DCI_ACT_DROP, 0, DCI_SCOPE_SUBTREE, DCI_JUDGE_NOT_ROOT, 1},
    [DCI_STAGE_JOIN] = {"join", DCI_ACT_KEEP, 0, DCI_SCOPE_CHILDREN, DCI_JUDGE_ROOT, 0},
    [DCI_STAGE_INTRO] = {"intro", DCI_ACT_KEEP, 0, DCI_SCOPE_CHILDREN, DCI_JUDGE_ROOT, 0},
    [DCI_STAGE_GAP] = {"gap", DCI_ACT_KEEP, 0, DCI_SCOPE_ROOT, DCI_JUDGE_ROOT, 0},
    [DCI_STAGE_WRAPPER] = {"wrapper", DCI_ACT_KEEP, 0, DCI_SCOPE_CHILDREN, DCI_JUDGE_ROOT, 0},
    [DCI_STAGE_STANDFIRST] = {"standfirst", DCI_ACT_KEEP, 0, DCI_SCOPE_SUBTREE, DCI_JUDGE_ROOT, 0},
    [DCI_STAGE_TWINS] = {"twins", DCI_ACT_KEEP, 0, DCI_SCOPE_SUBTREE, DCI_JUDGE_ROOT, 0},
    [DCI_STAGE_BOILERPLATE] = {"boilerplate", DCI_ACT_DROP, 0, DCI_SCOPE_SUBTREE, DCI_JUDGE_NOT_ROOT, 1},
    /* the lines are judged with the counts from before the sections went */
    [DCI_STAGE_SECTIONS] = {"sections", DCI_ACT_DROP, 0, DCI_SCOPE_SUBTREE, DCI_JUDGE_NOT_ROOT, 0},
    /* a content root that is a single line is judged like any other */
    [DCI_STAGE_LINES] = {"lines", DCI_ACT_DROP, 0, DCI_SCOPE_SUBTREE, DCI_JUDGE_LEAF_ROOT, 1},
    /* after the lines: a block's own lines of loose text, judged on its exit
     * (it is not dropped, its lines are: the walk goes on into it) */
    [DCI_STAGE_LOOSE_LINES] = {"loose-lines", DCI_ACT_DROP, 1, DCI_SCOPE_SUBTREE, DCI_JUDGE_ROOT, 1},
    [DCI_STAGE_LISTS] = {"lists", DCI_ACT_DROP, 0, DCI_SCOPE_SUBTREE, DCI_JUDGE_NOT_ROOT, 1},
    [DCI_STAGE_WIDGETS] = {"widgets", DCI_ACT_DROP, 1, DCI_SCOPE_SUBTREE, DCI_JUDGE_NOT_ROOT, 1},
    [DCI_STAGE_INDEX] = {"index", DCI_ACT_NOTE, 0, DCI_SCOPE_ROOT, DCI_JUDGE_ROOT, 0},
};

#define GUARDS_OF_CLASS_WORDS (DCI_GUARD_FORMULA | DCI_GUARD_SENTENCE | DCI_GUARD_CODE)

/* In stage order; within a stage, the first rule that matches decides. */
const dci_rule dci_rules[] = {
    {"never-text", DCI_STAGE_NEVER_TEXT, DCI_ON_ELEMENT, 0, 0, match_never_text, NULL, ""},
    {"hidden", DCI_STAGE_NEVER_TEXT, DCI_ON_ELEMENT, 0, DCI_GUARD_PROTECTED, match_hidden, NULL, ""},
    {"hidden-class", DCI_STAGE_FURNITURE, DCI_ON_ELEMENT, 0, DCI_GUARD_PROTECTED, match_hidden_class,
     NULL, "hidden_class layout_share"},
    {"aria-hidden", DCI_STAGE_FURNITURE, DCI_ON_ELEMENT, 0, DCI_GUARD_PROTECTED | DCI_GUARD_HOLDER,
     match_aria_hidden, NULL, "layout_share"},
    {"furniture-tag", DCI_STAGE_FURNITURE, DCI_ON_ELEMENT, 0,
     DCI_GUARD_PROTECTED | DCI_GUARD_HOLDER, match_furniture_tag, NULL, ""},
    {"furniture-role", DCI_STAGE_FURNITURE, DCI_ON_ELEMENT, 0,
     DCI_GUARD_PROTECTED | DCI_GUARD_HOLDER, match_furniture_role, NULL, ""},
    {"fixed-overlay", DCI_STAGE_FURNITURE, DCI_ON_ELEMENT, 0,
     DCI_GUARD_PROTECTED | DCI_GUARD_HOLDER, match_fixed_overlay, NULL, "layout_share"},
    {"class-furniture", DCI_STAGE_CLASS, DCI_ON_ELEMENT, 0,
     DCI_GUARD_PROTECTED | DCI_GUARD_HOLDER | DCI_GUARD_LAYOUT | GUARDS_OF_CLASS_WORDS,
     match_class_word, drop_furniture, "layout_share holder_own_prose sentence_min_chars "
                                       "sentence_text_per_link body_block_prose body_block_share "
                                       "gallery_min_captions"},
    {"beside-box", DCI_STAGE_BESIDE, DCI_ON_ELEMENT, 0, 0, match_beside_box, NULL,
     "beside_rival_ratio beside_thread_ratio beside_headline_ratio thread_shape beside_signed_ratio "
     "beside_signed_prose beside_headed_ratio"},
    {"winner", DCI_STAGE_JOIN, DCI_ON_ELEMENT, 0, 0, match_winner, NULL,
     "headline_body_ratio headline_body_text post_slug_words"},
    {"sibling", DCI_STAGE_JOIN, DCI_ON_ELEMENT, 0, 0, match_sibling, NULL,
     "sibling_score_ratio sibling_min_score same_class_bonus sibling_prose_share "
     "sibling_own_share sibling_part_prose sibling_next_prose prose_block_chars prose_block_density "
     "facts_min_items"},
    {"intro-heading", DCI_STAGE_INTRO, DCI_ON_HEADING, 0, 0, match_intro_heading, NULL, ""},
    {"between-parts", DCI_STAGE_GAP, DCI_ON_ELEMENT, 0, 0, match_between_parts, NULL,
     "gap_parts prose_block_density gap_source_calls"},
    {"wrapper-part", DCI_STAGE_WRAPPER, DCI_ON_ELEMENT, 0, 0, match_wrapper_part, NULL,
     "join_wrapper_parts wrapper_part_share cell_part_share cell_part_density wrapper_stray_chars "
     "wrapper_para_prose wrapper_lead_parts sibling_part_prose sibling_prose_share prose_block_density"},
    {"standfirst", DCI_STAGE_STANDFIRST, DCI_ON_ELEMENT, 0, 0, match_standfirst, NULL,
     "standfirst_min_chars standfirst_max_chars standfirst_levels standfirst_siblings "
     "standfirst_headline standfirst_captions"},
    {"twin", DCI_STAGE_TWINS, DCI_ON_ELEMENT, 0, DCI_GUARD_CONTENT, match_twin, NULL,
     "twin_min_prose twin_max_density section_min_twins twin_class_modifiers"},
    {"class-boilerplate", DCI_STAGE_BOILERPLATE, DCI_ON_ELEMENT, 0,
     DCI_GUARD_MOST_OF | DCI_GUARD_CONTENT | GUARDS_OF_CLASS_WORDS, match_class_word, NULL,
     "most_of_share mostly_links_share sentence_min_chars sentence_text_per_link "
     "body_block_prose"},
    {"section-heading", DCI_STAGE_SECTIONS, DCI_ON_HEADING_LIKE, 0, 0, match_section_heading,
     drop_section, "short_heading_chars section_link_density section_prose_share "
                   "prose_block_chars prose_block_density section_teasers teaser_headline_words"},
    {"comment-thread", DCI_STAGE_SECTIONS, DCI_ON_ELEMENT, 0, 0, match_comment_thread, drop_thread,
     "thread_min_signatures signature_max_chars body_block_prose"},
    {"unit-thread", DCI_STAGE_SECTIONS, DCI_ON_ELEMENT, 0, 0, match_unit_thread, drop_unit_thread,
     "thread_shape thread_controls thread_min_signatures signature_max_chars body_block_prose"},
    {"figure-caption", DCI_STAGE_LINES, DCI_ON_TAG, GUMBO_TAG_FIGCAPTION, 0, match_caption, NULL,
     "gallery_min_captions"},
    {"comment-form", DCI_STAGE_LINES, DCI_ON_TAG, GUMBO_TAG_FORM, 0, match_comment_form,
     drop_comment_form, "holder_own_prose form_label_chars comment_box_prose body_block_prose "
                        "most_of_share"},
    {"form", DCI_STAGE_LINES, DCI_ON_TAG, GUMBO_TAG_FORM, DCI_GUARD_MOST_OF, match_always,
     drop_form_widget, "form_label_chars most_of_share"},
    {"tweet-residue", DCI_STAGE_LINES, DCI_ON_TAG, GUMBO_TAG_BLOCKQUOTE, 0, match_tweet_embed,
     drop_tweet_residue, ""},
    {"tweet-picture", DCI_STAGE_LINES, DCI_ON_TAG, GUMBO_TAG_A, 0, match_tweet_picture, NULL, ""},
    {"link-line", DCI_STAGE_LINES, DCI_ON_LEAF_BLOCK, 0, 0, match_link_line, NULL,
     "link_line_max_chars link_line_share link_lines_min keep_citations"},
    {"phrase", DCI_STAGE_LINES, DCI_ON_LEAF_BLOCK, 0, 0, match_phrase, NULL, "phrase_max_chars"},
    {"crumb-trail", DCI_STAGE_LINES, DCI_ON_LEAF_BLOCK, 0, 0, match_crumb_trail, NULL,
     "crumb_item_words link_line_max_chars"},
    {"slideshow", DCI_STAGE_LINES, DCI_ON_LEAF_BLOCK, 0, DCI_GUARD_MOST_OF, match_slideshow,
     drop_slideshow, "slideshow_max_chars most_of_share gallery_min_captions"},
    {"phrase-link", DCI_STAGE_LINES, DCI_ON_TAG, GUMBO_TAG_A, 0, match_phrase_link, NULL,
     "phrase_max_chars"},
    {"text-menu", DCI_STAGE_LINES, DCI_ON_LEAF_BLOCK, 0, 0, match_text_menu, NULL,
     "text_menu_entries text_menu_words link_line_max_chars"},
    {"phrase-line", DCI_STAGE_LOOSE_LINES, DCI_ON_ELEMENT, 0, 0, match_phrase_lines,
     drop_phrase_lines, "phrase_lines phrase_max_chars"},
    {"ad-list", DCI_STAGE_LISTS, DCI_ON_LIST_BOX, 0, DCI_GUARD_MOST_OF, match_ad_list, NULL,
     "ad_list_items ad_item_chars teaser_share most_of_share"},
    {"teaser-list", DCI_STAGE_LISTS, DCI_ON_LIST_BOX, 0, DCI_GUARD_MOST_OF, match_teaser_list, NULL,
     "teaser_min_items teaser_share teaser_headline_words teaser_summary_chars"},
    {"teaser-residue", DCI_STAGE_LISTS, DCI_ON_ELEMENT, 0, DCI_GUARD_MOST_OF, match_teaser_residues,
     NULL, "teaser_residue_chars teaser_residue_prose teaser_min_items teaser_share most_of_share"},
    {"link-density", DCI_STAGE_LISTS, DCI_ON_LIST_BOX, 0, DCI_GUARD_MOST_OF | DCI_GUARD_HEADLINE,
     match_link_heavy, NULL,
     "link_heavy_max_commas item_min_text leading_share link_density_max "
     "link_density_max_positive offsite_link_chars offsite_share link_box_prose sentence_links "
     "sentence_link_words sentence_link_phrase self_links_text text_list_items roll_hosts"},
    {"list-husk", DCI_STAGE_WIDGETS, DCI_ON_ELEMENT, 0, DCI_GUARD_MOST_OF | DCI_GUARD_HEADLINE,
     match_list_husk, NULL, "drop_list_husks short_heading_chars"},
    {"widget-controls", DCI_STAGE_WIDGETS, DCI_ON_ELEMENT, 0, DCI_GUARD_MOST_OF,
     match_widget_controls, NULL, "widget_min_leaves widget_leaf_chars"},
    {"skip-link", DCI_STAGE_WIDGETS, DCI_ON_TAG, GUMBO_TAG_A, 0, match_skip_link, NULL,
     "short_heading_chars"},
    {"index-headlines", DCI_STAGE_INDEX, DCI_ON_ELEMENT, 0, 0, match_linked_headlines, NULL,
     "index_min_teasers index_teaser_prose index_headline_links index_teaser_share "
     "index_article_prose"},
    {"index-cards", DCI_STAGE_INDEX, DCI_ON_ELEMENT, 0, 0, match_story_cards, NULL,
     "index_min_teasers index_teaser_prose index_teaser_share index_card_links "
     "index_article_prose"},
};

const size_t dci_rule_count = DCX_COUNTOF(dci_rules);

const dci_rule *dci_rule_find(const char *id)
{
    for (size_t i = 0; i < dci_rule_count; i++)
        if (strcmp(dci_rules[i].id, id) == 0)
            return &dci_rules[i];
    return NULL;
}

size_t dci_stage_rules(dci_stage stage, size_t *first)
{
    size_t i = 0;
    while (i < dci_rule_count && dci_rules[i].stage < stage)
        i++;
    *first = i;
    while (i < dci_rule_count && dci_rules[i].stage == stage)
        i++;
    return i - *first;
}
