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

/* Whether item, a paragraph-like element (a list item, a cell), is headed
 * by a linked headline: a teaser's unit, a story's heading linking away
 * over its summary ("<li><h3><a href=...>Title</a></h3>Summary</li>", as a
 * blog's front page lists its posts), not a paragraph of an article. */
static int headed_by_link(const dci_tuning *t, const dci_node *item)
{
    for (const dci_node *c = item->first_child; c; c = c->next)
        if (c->type == DCI_NODE_ELEMENT && is_linked_headline(t, c))
            return 1;
    return 0;
}

/* The prose of n's own paragraphs that could be an article's: without the
 * units headed by a linked headline. Looked into only when the whole could
 * reach an article's worth, each child once. */
static unsigned own_article_prose(const dci_tuning *t, const dci_node *n)
{
    unsigned prose = dci_own_paragraph_prose(t, n);
    if (prose < t->index_article_prose)
        return prose;
    for (const dci_node *c = n->first_child; c; c = c->next)
        if (c->type == DCI_NODE_ELEMENT && !(c->flags & DCI_DROPPED) &&
            dci_tag_is_paragraph(c->tag) && !dci_is_heading(c) && headed_by_link(t, c))
            prose -= c->prose < prose ? c->prose : prose;
    return prose;
}

static void tally_node(const dci_tuning *t, const dci_node *n, const dci_node *root,
                       dci_index_tally *tally)
{
    if (n->type != DCI_NODE_ELEMENT)
        return;
    unsigned own = own_article_prose(t, n);
    if (own > tally->article_prose)
        tally->article_prose = own;
    if (is_linked_headline(t, n))
        tally->headlines++;
    else if (is_story_card(t, n, root))
        tally->cards++;
    else if (dci_tag_is_paragraph(n->tag) && n->prose > 0)
        tally->paragraphs++;
}

/* One walk of the body: the outermost content roots add their prose, and
 * every kept element inside them is tallied. */
static void tally_content(const dci_tuning *t, dci_node *body, dci_index_tally *tally)
{
    const dci_node *content_root = NULL;
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
            tally->prose += n->prose;
        }
        if (content_root)
            tally_node(t, n, content_root, tally);
    }
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
