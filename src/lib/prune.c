#include "prune.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "grow.h"
#include "patterns.h"
#include "score.h"
#include "words.h"

#define PHRASE_MAX_CHARS 300
#define TEASER_MIN_ITEMS 3
#define SHORT_HEADING_CHARS 40
#define ITEM_MIN_TEXT 40
#define LINK_LINE_MAX_CHARS 200
#define WIDGET_MIN_LEAVES 10
#define FORM_LABEL_CHARS 100
#define WIDGET_LEAF_CHARS 12

static int is_heading(const dc_node *n)
{
    return n->type == DC_NODE_ELEMENT && n->tag >= GUMBO_TAG_H1 && n->tag <= GUMBO_TAG_H6;
}

static int has_block_child(const dc_node *n)
{
    for (const dc_node *c = n->first_child; c; c = c->next)
        if (c->type == DC_NODE_ELEMENT && !(c->flags & DC_DROPPED) && dc_tag_is_block(c->tag))
            return 1;
    return 0;
}

/* A block of text with no block inside: where a promo or credit line lives. */
static int is_leaf_block(const dc_node *n)
{
    return n->type == DC_NODE_ELEMENT && dc_tag_is_block(n->tag) && !has_block_child(n);
}

static int holds_most_of(const dc_node *n, const dc_node *root)
{
    return n->chars * 2 > root->chars && n->link_chars * 2 < n->chars;
}

static void drop_named_boilerplate(dc_node *root)
{
    for (dc_node *n = root->first_child ? root->first_child : NULL; n;) {
        if (n->type == DC_NODE_ELEMENT && !(n->flags & DC_DROPPED)) {
            dc_class_match m = dc_classify(n);
            if (m.hint == DC_HINT_DROP && !holds_most_of(n, root) && !dc_wraps_formula(n) &&
                !dc_link_in_sentence(n)) {
                dc_drop(n, m.word);
                n = dc_next_skip(n, root);
                continue;
            }
        }
        n = dc_next(n, root);
    }
}

/* A paragraph that is nothing but a link is a pointer to another page
 * ("READ MORE: ...", an all-caps related story), not article text. List items
 * and cells are exempt: a list of sources is made of links by nature. */
static int is_link_line(const dc_node *n)
{
    return (n->tag == GUMBO_TAG_P || n->tag == GUMBO_TAG_DIV) && n->chars > 0 &&
           n->chars <= LINK_LINE_MAX_CHARS && n->link_chars * 5 >= n->chars * 4;
}

/* Elements that inside an article are never its text. A form there is a
 * sign-up, report or comment form whose labels are left once its fields are
 * gone; one that holds most of the article is the page's form (ASP.NET
 * wraps whole pages in one). */
static const char *tag_rule(const dc_node *n, const dc_node *root)
{
    if (n->tag == GUMBO_TAG_FIGCAPTION)
        return "figure caption";
    if (n->tag == GUMBO_TAG_FORM && !holds_most_of(n, root))
        return "form";
    if (is_leaf_block(n) && is_link_line(n))
        return "link-only paragraph";
    return NULL;
}

static int holds_heading(const dc_node *n)
{
    for (const dc_node *c = n; c;) {
        if (c->flags & DC_DROPPED) {
            c = dc_next_skip(c, n);
            continue;
        }
        if (is_heading(c))
            return 1;
        c = dc_next(c, n);
    }
    return 0;
}

/* The box around a form that holds nothing else but a line or two ("Get
 * breaking news alerts to your inbox"): the form's widget, dropped whole. A
 * heading beside the form names a part of the article (a recipe card with
 * a print button), and stops the climb. Each level looks only at what the
 * level below did not hold. */
static dc_node *form_widget(dc_node *form, const dc_node *root)
{
    dc_node *box = form;
    for (dc_node *up = form->parent; up && up != root; up = up->parent) {
        if (up->chars - form->chars >= FORM_LABEL_CHARS || up->prose > form->prose)
            break;
        for (const dc_node *c = up->first_child; c; c = c->next)
            if (c != box && holds_heading(c))
                return box;
        box = up;
    }
    return box;
}

static void drop_phrases(dc_arena *a, dc_node *root)
{
    for (dc_node *n = root; n;) {
        if (n->flags & DC_DROPPED) {
            n = dc_next_skip(n, root);
            continue;
        }
        /* a content root that is a single line is judged like any other */
        int judged = n != root || is_leaf_block(n);
        const char *rule = judged && n->type == DC_NODE_ELEMENT ? tag_rule(n, root) : NULL;
        if (rule) {
            if (n->tag == GUMBO_TAG_FORM)
                n = form_widget(n, root);
            dc_drop(n, rule);
            n = dc_next_skip(n, root);
            continue;
        }
        if (judged && is_leaf_block(n) && n->chars > 0 && n->chars <= PHRASE_MAX_CHARS) {
            const char *text = dc_node_text(a, n, PHRASE_MAX_CHARS * 4);
            rule = text ? dc_match_phrase(text) : NULL;
            if (rule) {
                dc_drop(n, rule);
                n = dc_next_skip(n, root);
                continue;
            }
        }
        n = dc_next(n, root);
    }
}

static dc_node *next_element(dc_node *n)
{
    for (n = n->next; n; n = n->next)
        if (n->type == DC_NODE_ELEMENT && !(n->flags & DC_DROPPED))
            return n;
    return NULL;
}

/* Prose is a paragraph of its own with few links; everything else after a
 * boilerplate heading belongs to the section it opens. */
static int is_prose(const dc_node *n)
{
    unsigned chars, commas;
    dc_own_text_stats(n, &chars, &commas);
    return chars > 80 && dc_link_density(n) < 0.25f;
}

/* What follows a boilerplate heading and belongs to its section: lists and
 * blocks made of links or teasers. Prose ends the section. */
static int continues_section(const dc_node *n)
{
    if (is_heading(n) || is_prose(n))
        return 0;
    return n->tag == GUMBO_TAG_UL || n->tag == GUMBO_TAG_OL || dc_link_density(n) > 0.5f;
}

static void drop_section(dc_node *heading, const char *rule, dc_node *root)
{
    dc_node *parent = heading->parent;
    if (parent && parent != root && !holds_most_of(parent, root) && !(parent->flags & DC_CONTENT)) {
        int other_heading = 0;
        for (dc_node *c = parent->first_child; c; c = c->next)
            if (c != heading && is_heading(c) && !(c->flags & DC_DROPPED))
                other_heading = 1;
        if (!other_heading && parent->prose * 2 < parent->chars) {
            dc_drop(parent, rule);
            return;
        }
    }
    dc_node *next = next_element(heading);
    dc_drop(heading, rule);
    while (next && continues_section(next)) {
        dc_node *after = next_element(next);
        dc_drop(next, rule);
        next = after;
    }
}

/* A heading, or a short line standing alone as one ("You may also like...",
 * a bold "More Film" paragraph). */
static int reads_as_heading(const dc_node *n)
{
    return is_heading(n) || (is_leaf_block(n) && n->chars > 0 && n->chars <= SHORT_HEADING_CHARS);
}

static void drop_boilerplate_sections(dc_arena *a, dc_node *root)
{
    for (dc_node *n = root; n;) {
        if (!(n->flags & DC_DROPPED) && n != root && reads_as_heading(n)) {
            const char *text = dc_node_text(a, n, 200);
            const char *rule = text ? dc_match_section_heading(text) : NULL;
            if (rule) {
                drop_section(n, rule, root);
                n = dc_next_skip(n, root);
                continue;
            }
        }
        n = dc_next(n, root);
    }
}

static int ends_like_teaser(const dc_node *n, dc_arena *a)
{
    const char *text = dc_node_text(a, n, 4096);
    if (!text)
        return 0;
    size_t len = strlen(text);
    static const char *const endings[] = {"[...]", "[…]", "...", "…", "Read more"};
    for (size_t i = 0; i < sizeof endings / sizeof *endings; i++) {
        size_t elen = strlen(endings[i]);
        if (len >= elen && strncasecmp(text + len - elen, endings[i], elen) == 0)
            return 1;
    }
    return 0;
}

/* A list of other stories: several items, most with a link and a summary
 * cut short ("[...]"), or nothing but links. */
static int is_teaser_list(const dc_node *n, dc_arena *a)
{
    int items = 0, teasers = 0;
    for (const dc_node *c = n->first_child; c; c = c->next) {
        if (c->type != DC_NODE_ELEMENT || (c->flags & DC_DROPPED) || c->chars == 0)
            continue;
        items++;
        if (c->link_chars > 0 && ends_like_teaser(c, a))
            teasers++;
    }
    return items >= TEASER_MIN_ITEMS && teasers * 3 >= items * 2;
}

static int is_list_container(GumboTag tag)
{
    return tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL || tag == GUMBO_TAG_DIV ||
           tag == GUMBO_TAG_SECTION || tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_TBODY ||
           tag == GUMBO_TAG_DL;
}

/* Readability's conditional cleaning, reduced to what holds across sites:
 * a container that is mostly links is navigation, unless its class vouches
 * for it, in which case it must be very link-heavy to go. */
/* A list whose items say something besides their links (release notes,
 * "fixed bug 123 in the parser") is text; one of bare links is navigation. */
static int items_have_text(const dc_node *list)
{
    unsigned items = 0, text = 0;
    for (const dc_node *c = list->first_child; c; c = c->next) {
        if (c->type != DC_NODE_ELEMENT || (c->flags & DC_DROPPED))
            continue;
        items++;
        text += c->chars - c->link_chars;
    }
    return items > 0 && text >= items * ITEM_MIN_TEXT;
}

/* The words of item before its first link; a whole item without a link
 * counts as words too. */
static size_t words_before_link(const dc_node *item)
{
    size_t words = 0;
    for (const dc_node *d = item; d;) {
        if (d->flags & DC_DROPPED) {
            d = dc_next_skip(d, item);
            continue;
        }
        if (d->type == DC_NODE_ELEMENT && d->tag == GUMBO_TAG_A)
            return words;
        if (d->type == DC_NODE_TEXT)
            words += dc_count_words(d->text, d->text_len);
        d = dc_next(d, item);
    }
    return words ? words : item->chars > 0;
}

/* A list whose items open with their own words ("Neil has patches up to
 * <a>improve the tab unloader</a>", "See it now: <a>Amazon</a>") carries its
 * links inside sentences; a list of other pages opens each item with the
 * link. */
static int items_lead_with_text(const dc_node *list)
{
    unsigned items = 0, leading = 0;
    for (const dc_node *c = list->first_child; c; c = c->next) {
        if (c->type != DC_NODE_ELEMENT || (c->flags & DC_DROPPED) || c->chars == 0)
            continue;
        items++;
        if (words_before_link(c) > 0)
            leading++;
    }
    return items > 0 && leading * 3 >= items * 2;
}

static const char *link_heavy_rule(const dc_node *n)
{
    if (n->commas >= 10 || n->chars == 0)
        return NULL;
    if ((n->tag == GUMBO_TAG_UL || n->tag == GUMBO_TAG_OL) &&
        (items_have_text(n) || items_lead_with_text(n)))
        return NULL;
    int weight = dc_class_weight(n);
    float density = dc_link_density(n);
    if (weight < 25 && density > 0.33f)
        return "link density";
    if (weight >= 25 && density > 0.5f)
        return "link density";
    return NULL;
}

static void drop_link_lists(dc_arena *a, dc_node *root)
{
    for (dc_node *n = root->first_child; n;) {
        if (n->type == DC_NODE_ELEMENT && !(n->flags & DC_DROPPED) && is_list_container(n->tag)) {
            const char *rule = is_teaser_list(n, a) ? "teaser list" : link_heavy_rule(n);
            if (rule && !holds_most_of(n, root)) {
                dc_drop(n, rule);
                n = dc_next_skip(n, root);
                continue;
            }
        }
        n = dc_next(n, root);
    }
}

/* The controls of a widget (a video player's menus, a chart's axis labels):
 * many blocks of a word or a number each, and no sentence among them. A
 * table of figures is data, read cell by cell: leaves < 0 says n holds one. */
static int is_widget_controls(const dc_node *n, int leaves)
{
    if (n->tag != GUMBO_TAG_DIV && n->tag != GUMBO_TAG_SECTION && n->tag != GUMBO_TAG_FIGURE)
        return 0;
    return n->prose == 0 && n->chars > 0 && leaves >= WIDGET_MIN_LEAVES &&
           n->chars < (unsigned)leaves * WIDGET_LEAF_CHARS;
}

/* What n adds to its parent's count of leaf blocks, given its own count. */
static int leaves_for_parent(const dc_node *n, int leaves)
{
    if (leaves < 0 || n->tag == GUMBO_TAG_TD || n->tag == GUMBO_TAG_TH)
        return -1;
    return leaves + (is_leaf_block(n) && n->chars > 0);
}

/*
 * One post-order walk that counts the leaf blocks under each node on a stack
 * of counts, one per open ancestor: counting them afresh for every container
 * would be quadratic in depth. A widget inside another one is dropped first,
 * then with it; the text is the same as dropping only the outer one.
 */
/* The nodes the walk goes into. */
static int walked_into(const dc_node *n)
{
    return n->type == DC_NODE_ELEMENT && !(n->flags & DC_DROPPED) && n->first_child;
}

/* n is done, with leaves leaf blocks under it: dropped when it is a
 * widget's controls, and added to its parent's count. */
static void finish_widget_node(dc_node *n, const dc_node *root, int leaves, int *parent_count)
{
    if (n->type != DC_NODE_ELEMENT || (n->flags & DC_DROPPED))
        return;
    if (is_widget_controls(n, leaves) && !holds_most_of(n, root))
        dc_drop(n, "widget controls");
    int up = leaves_for_parent(n, leaves);
    *parent_count = *parent_count < 0 || up < 0 ? -1 : *parent_count + up;
}

static void drop_widget_controls(dc_node *root)
{
    size_t cap = 0, depth = 0;
    int *counts = dcx_grow(NULL, &cap, sizeof *counts, 64);
    if (!counts)
        return;
    counts[0] = 0;
    dc_node *n = root;
    for (;;) {
        if (walked_into(n)) {
            if (depth + 1 == cap) {
                int *grown = dcx_grow(counts, &cap, sizeof *counts, 64);
                if (!grown)
                    break;
                counts = grown;
            }
            counts[++depth] = 0;
            n = n->first_child;
            continue;
        }
        for (;;) {
            /* n is done: counts[depth] holds its leaves when it was walked into */
            int leaves = walked_into(n) ? counts[depth--] : 0;
            if (n == root)
                goto done;
            finish_widget_node(n, root, leaves, &counts[depth]);
            if (n->next) {
                n = n->next;
                break;
            }
            n = n->parent;
        }
    }
done:
    free(counts);
}

static void prune_root(dc_doc *doc, dc_node *root)
{
    drop_named_boilerplate(root);
    dc_dom_count(root);
    drop_boilerplate_sections(doc->arena, root);
    drop_phrases(doc->arena, root);
    dc_dom_count(root);
    drop_link_lists(doc->arena, root);
    dc_dom_count(root);
    drop_widget_controls(root);
    dc_dom_count(root);
}

void dc_prune(dc_doc *doc)
{
    if (!doc->body)
        return;
    for (dc_node *n = doc->body; n;) {
        if (n->flags & DC_CONTENT) {
            prune_root(doc, n);
            n = dc_next_skip(n, doc->body);
            continue;
        }
        n = dc_next(n, doc->body);
    }
}
