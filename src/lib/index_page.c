#include "index_page.h"

#include "walk.h"

/* A card points to a story elsewhere; a post of a thread or a section of
 * one article is its own text, barely linked. */
static int is_story_card(const dci_tuning *t, const dci_node *n, const dci_node *root)
{
    return n->tag == GUMBO_TAG_ARTICLE && n != root && n->chars > 0 &&
           dci_share_reached(n->link_chars, n->chars, t->index_card_links);
}

/* The characters of heading's links to a part of the page itself: a
 * documentation or blog generator links every heading to its own anchor
 * (<h2 id="setup"><a href="#setup">Setup</a></h2>), which heads a section
 * of this text, not a story elsewhere. */
static unsigned anchor_link_chars(const dci_node *heading)
{
    unsigned chars = 0;
    for (const dci_node *d = heading; d;) {
        if (d->type == DCI_NODE_ELEMENT && d->tag == GUMBO_TAG_A) {
            const char *href = dci_attr_get(d, "href");
            if (href && href[0] == '#')
                chars += d->chars;
            d = dci_next_skip(d, heading);
            continue;
        }
        d = dci_next(d, heading);
    }
    return chars;
}

static int is_linked_headline(const dci_tuning *t, const dci_node *n)
{
    return dci_is_heading(n) && n->chars > 0 &&
           dci_share_exceeded(n->link_chars, n->chars, t->index_headline_links) &&
           dci_share_exceeded(n->link_chars - anchor_link_chars(n), n->chars,
                              t->index_headline_links);
}

/* How many nodes into a unit its headline may come (<li><article>
 * <header><h2><a>, with the white space between them), how many levels above the content its unit may be,
 * and how many siblings are looked at. */
enum { UNIT_LEAD_LOOK = 48, UNIT_CLIMB = 4, UNIT_SCAN = 256 };

/* Whether unit opens with a linked headline among its first elements: a
 * card of a list of posts, a heading over an excerpt. */
static int leads_with_linked_headline(const dci_tuning *t, const dci_node *unit)
{
    unsigned seen = 0;
    for (const dci_node *d = dci_next(unit, unit); d && seen < UNIT_LEAD_LOOK; d = dci_next(d, unit)) {
        seen++;
        if (d->type == DCI_NODE_ELEMENT && is_linked_headline(t, d))
            return 1;
    }
    return 0;
}

/* An element's own paragraphs, without the paragraph-tag children that hold
 * boxes (looked into only when the whole could reach an article's worth):
 * a loop of teasers is often a <ul> whose every <li> wraps a linked
 * headline and an excerpt (a blog engine's query loop); those items are
 * cards, and their own paragraphs count where they sit, in the item. */
static unsigned own_leaf_paragraph_prose(const dci_tuning *t, const dci_node *n)
{
    unsigned prose = dci_own_paragraph_prose(t, n);
    if (prose < t->index_article_prose)   /* no article's worth to take from */
        return prose;
    for (const dci_node *c = n->first_child; c; c = c->next)
        if (c->type == DCI_NODE_ELEMENT && !(c->flags & DCI_DROPPED) &&
            dci_tag_is_paragraph(c->tag) && (c->flags & DCI_HAS_BLOCK) && c->prose <= prose)
            prose -= c->prose;
    return prose;
}

static void tally_node(const dci_tuning *t, const dci_node *n, const dci_node *root,
                       dci_index_tally *tally)
{
    if (n->type != DCI_NODE_ELEMENT)
        return;
    unsigned own = own_leaf_paragraph_prose(t, n);
    if (own > tally->article_prose)
        tally->article_prose = own;
    if (is_linked_headline(t, n))
        tally->headlines++;
    else if (is_story_card(t, n, root))
        tally->cards++;
    else if (dci_tag_is_paragraph(n->tag) && n->prose > 0 && !(n->flags & DCI_HAS_BLOCK))
        tally->paragraphs++;
}

/* The element holding the run of units the content sits in, when the
 * content is the text of one of them (an excerpt under its card's linked
 * headline, as a blog's front, tag and archive pages list their posts) and
 * at least index_min_teasers are alike beside it; NULL when none. A post
 * among cards of related posts holds more than index_unit_ratio times any
 * of them, or half the run: a post, not a card. */
static const dci_node *unit_run(const dci_tuning *t, const dci_node *content)
{
    const dci_node *a = content;
    for (unsigned up = 0; up < UNIT_CLIMB && a->parent; up++, a = a->parent) {
        const dci_node *p = a->parent;
        unsigned units = 0, scanned = 0, most_other = 0;
        int own = 0;
        for (const dci_node *c = p->first_child; c && scanned < UNIT_SCAN; c = c->next, scanned++) {
            if (c->type != DCI_NODE_ELEMENT || c->tag != a->tag || (c->flags & DCI_DROPPED) ||
                !leads_with_linked_headline(t, c))
                continue;
            units++;
            if (c == a)
                own = 1;
            else if (c->prose > most_other)
                most_other = c->prose;
        }
        if (units >= t->index_min_teasers)
            return own && a->prose <= most_other * t->index_unit_ratio && 2 * a->prose < p->prose
                       ? p
                       : NULL;
    }
    return NULL;
}

/* Tallies every kept element of run, as the content. */
static void tally_run(const dci_tuning *t, const dci_node *run, dci_index_tally *tally)
{
    *tally = (dci_index_tally){.prose = run->prose};
    for (const dci_node *n = run; n;) {
        if (n->flags & DCI_DROPPED) {
            n = dci_next_skip(n, run);
            continue;
        }
        tally_node(t, n, run, tally);
        n = dci_next(n, run);
    }
}

/* One walk of the body: the outermost content roots add their prose, and
 * every kept element inside them is tallied. When the first content root
 * is the text of one unit of a run of cards, the run is tallied instead. */
static void tally_content(const dci_tuning *t, dci_node *body, dci_index_tally *tally)
{
    const dci_node *content_root = NULL, *first_root = NULL;
    dci_node_iter it;
    dci_node_iter_init(&it, body);
    for (dci_event ev; (ev = dci_node_iter_next(&it)) != DCI_EVENT_DONE;) {
        dci_node *n = it.node;
        if (ev == DCI_EVENT_EXIT) {
            if (n == content_root)
                content_root = NULL;
            continue;
        }
        if (n->flags & DCI_DROPPED) {
            dci_node_iter_skip(&it);
            continue;
        }
        if (!content_root && (n->flags & DCI_CONTENT)) {
            content_root = n;
            if (!first_root)
                first_root = n;
            tally->prose += n->prose;
        }
        if (content_root)
            tally_node(t, n, content_root, tally);
    }
    const dci_node *run = first_root && t->index_unit_ratio ? unit_run(t, first_root) : NULL;
    if (run)
        tally_run(t, run, tally);
}

dc_status dci_index_page(dci_doc *doc, int *is_index)
{
    *is_index = 0;
    if (!doc->body)
        return DC_OK;
    dci_walk w;
    dci_walk_init(&w, doc);
    tally_content(doc->tuning, doc->body, &w.tally);
    if (dci_walk_stage(&w, DCI_STAGE_INDEX, doc->body) == DC_OK)
        *is_index = w.matched > 0;
    return w.status;
}
