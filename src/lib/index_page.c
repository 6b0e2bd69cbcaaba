#include "index_page.h"

#include <string.h>

#include "url.h"
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

/* How many nodes of a <header> are looked at for a heading inside it. */
enum { HEADER_LOOK = 32 };

/* Whether n is a card's title bar without a heading tag, set whole in a
 * link (vuepress-theme-hope's <a><header class="vp-article-title"><span>
 * Title</span></header></a> over each excerpt of its article, tag and
 * category lists): a linked headline. A <header> holding a heading leaves
 * the heading to be counted. */
static int is_linked_title_bar(const dci_node *n)
{
    const dci_node *a = n->parent;
    if (n->tag != GUMBO_TAG_HEADER || n->chars == 0 || !a || a->type != DCI_NODE_ELEMENT ||
        a->tag != GUMBO_TAG_A || a->chars != n->chars)
        return 0;
    unsigned seen = 0;
    for (const dci_node *d = dci_next(n, n); d; d = dci_next(d, n))
        if (++seen > HEADER_LOOK || dci_is_heading(d))
            return 0;
    return 1;
}

static int is_linked_headline(const dci_tuning *t, const dci_node *n)
{
    if (is_linked_title_bar(n))
        return 1;
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

/* ------------------------------------------------ cards cut short */

/* How many levels above its title link a card may be (<div><article>
 * <header><h2><a>), and how many empty siblings (hidden metadata, a cover
 * picture's link) may come before the title at each level. */
enum { CARD_CLIMB = 6, CARD_LEAD_LOOK = 24, CARD_SCAN = 1024 };

/* Whether two links lead to the same page, whatever part of it (a post's
 * title link and its "Read more", /post/ and /post/#more). */
static int same_target(const char *a, const char *b)
{
    size_t la = strcspn(a, "#"), lb = strcspn(b, "#");
    return la > 0 && la == lb && memcmp(a, b, la) == 0;
}

/* Whether n holds text other than white space (read on dropped parts too:
 * a "Read more" control may be gone by now). */
static int holds_text(const dci_node *n)
{
    for (const dci_node *d = n; d; d = dci_next(d, n))
        if (d->type == DCI_NODE_TEXT)
            for (size_t i = 0; i < d->text_len; i++)
                if (d->text[i] != ' ' && d->text[i] != '\n' && d->text[i] != '\t' && d->text[i] != '\r')
                    return 1;
    return 0;
}

/* Whether text ends in an ellipsis, white space and a closing bracket
 * after it allowed: an excerpt the engine cut ("...", "…", "[…]"). */
static int ends_in_ellipsis(const char *s, size_t len)
{
    while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\n' || s[len - 1] == '\t' ||
                       s[len - 1] == '\r' || s[len - 1] == ']'))
        len--;
    return (len >= 3 && memcmp(s + len - 3, "...", 3) == 0) ||
           (len >= 3 && memcmp(s + len - 3, "\xe2\x80\xa6", 3) == 0);
}

/* Whether card, opened by the title link title, is cut short: it links to
 * the title's page again from text of its own ("Read more »", "Continue
 * reading", in any language), or its last text outside links ends in an
 * ellipsis (the engine's excerpt cut mid-sentence). A job board's rows,
 * each a title and a whole summary with controls to other pages, are
 * not. A card is short: one of more than CARD_SCAN nodes is not looked
 * into (the link of each of many nested boxes would read the rest of the
 * page again). */
static int card_is_cut(const dci_node *card, const dci_node *title, const char *href)
{
    const dci_node *last = NULL;
    unsigned seen = 0;
    for (const dci_node *d = dci_next(card, card); d; seen++) {
        if (seen >= CARD_SCAN)
            return 0;
        if (d == title) {
            d = dci_next_skip(d, card);
            continue;
        }
        if (d->type == DCI_NODE_ELEMENT && d->tag == GUMBO_TAG_A) {
            const char *h = dci_attr_get(d, "href");
            if (h && same_target(h, href) && holds_text(d))
                return 1;
            d = dci_next_skip(d, card);
            continue;
        }
        if (d->type == DCI_NODE_TEXT && d->text_len > 0 && holds_text(d))
            last = d;
        d = dci_next(d, card);
    }
    return last && ends_in_ellipsis(last->text, last->text_len);
}

/* Whether href leads to a page of the site itself: relative, or on the
 * page's host when it is known. A blog lists its own posts; a list
 * article's names linked to a shop, each with its "Buy" button to the
 * same place, are the article's. */
static int leads_to_site(const dci_doc *doc, const char *href)
{
    const char *host;
    size_t len;
    if (dci_url_is_script(href))
        return 0;
    if (!dci_url_host(href, &host, &len))
        return 1;
    return doc->site && !dci_url_leaves_site(href, doc->site, doc->site_len);
}

/* The card cut short that the link a titles, not above stop: the nearest
 * element above a, up to CARD_CLIMB levels, a being its first text, that
 * is cut short (card_is_cut), below or at the first holding prose (the
 * excerpt; a card whose excerpt is a short line holds none). NULL when a
 * is no title link (a link inside a line of text, a link to a place on
 * the page), its card is whole, or it is a table cell: a blog engine's
 * cards are boxes, and a table of reviews cut short, each under its
 * linked title, or a portal's cells of a title link over an excerpt, are
 * texts the marked truths keep (CleanEval 766, 488). */
static const dci_node *cut_card(const dci_doc *doc, const dci_node *a, const dci_node *stop)
{
    const char *href = dci_attr_get(a, "href");
    if (!href || href[0] == '#' || a->chars == 0 || !leads_to_site(doc, href))
        return NULL;
    const dci_node *x = a;
    for (unsigned up = 0; up < CARD_CLIMB && x != stop && x->parent; up++) {
        unsigned looked = 0;
        for (const dci_node *s = x->prev; s; s = s->prev)
            if (s->chars > 0 || ++looked > CARD_LEAD_LOOK)
                return NULL;
        x = x->parent;
        if (x->type != DCI_NODE_ELEMENT || x->tag == GUMBO_TAG_TD || x->tag == GUMBO_TAG_TH)
            return NULL;   /* a table's cells are data, or a portal's layout the marked texts keep */
        if (x->chars > a->chars && card_is_cut(x, a, href))
            return x;
        if (x->prose > 0)
            return NULL;
    }
    return NULL;
}

/* Whether unit is a card cut short: its first text a title link. */
static int unit_is_cut(const dci_doc *doc, const dci_node *unit)
{
    unsigned seen = 0;
    for (const dci_node *d = dci_next(unit, unit); d && seen < UNIT_LEAD_LOOK; d = dci_next(d, unit)) {
        seen++;
        if (d->type == DCI_NODE_TEXT && holds_text(d))
            return 0;   /* text before any link */
        if (d->type == DCI_NODE_ELEMENT && d->tag == GUMBO_TAG_A && d->chars > 0) {
            const dci_node *card = cut_card(doc, d, unit);
            return card != NULL;
        }
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

static void tally_node(const dci_doc *doc, const dci_node *n, const dci_node *root,
                       dci_index_tally *tally)
{
    const dci_tuning *t = doc->tuning;
    if (n->type != DCI_NODE_ELEMENT)
        return;
    unsigned own = own_leaf_paragraph_prose(t, n);
    if (own > tally->article_prose)
        tally->article_prose = own;
    if (n->tag == GUMBO_TAG_A) {
        const dci_node *card = cut_card(doc, n, root);
        if (card) {
            tally->cut_cards++;
            tally->cut_prose += card->prose;
        }
    }
    if (is_linked_headline(t, n))
        tally->headlines++;
    else if (is_story_card(t, n, root))
        tally->cards++;
    else if (dci_tag_is_paragraph(n->tag) && n->prose > 0 && !(n->flags & DCI_HAS_BLOCK))
        tally->paragraphs++;
}

/* Whether p's children (of a's tag when a is not NULL, a being one of
 * them) are a run of posts cut short: at least index_min_teasers units,
 * each a card cut short or opening with a linked headline, index_cut_share
 * of them cut short and together holding index_teaser_share of p's prose
 * (a post over its related posts' cards is a post). Whole posts among
 * posts cut short are a blog's front page printing the posts without an
 * excerpt in full. Sets *nunits to the count. */
static int cut_run(const dci_doc *doc, const dci_node *p, const dci_node *a, unsigned *nunits)
{
    const dci_tuning *t = doc->tuning;
    if (!t->index_cut_share.num)
        return 0;
    unsigned units = 0, cut = 0, prose = 0, scanned = 0;
    int own = a == NULL;
    for (const dci_node *c = p->first_child; c && scanned < UNIT_SCAN; c = c->next, scanned++) {
        if (c->type != DCI_NODE_ELEMENT || (a && c->tag != a->tag) || (c->flags & DCI_DROPPED))
            continue;
        int is_cut = unit_is_cut(doc, c);
        if (!is_cut && !leads_with_linked_headline(t, c))
            continue;
        units++;
        cut += is_cut;
        prose += c->prose;
        own |= c == a;
    }
    if (!own || cut == 0 || units < t->index_min_teasers ||
        !dci_share_reached(cut, units, t->index_cut_share) ||
        !dci_share_reached(prose, p->prose, t->index_teaser_share))
        return 0;
    *nunits = units;
    return 1;
}

/* The element holding the run of units the content sits in, when the
 * content is the text of one of them (an excerpt under its card's linked
 * headline, as a blog's front, tag and archive pages list their posts) and
 * at least index_min_teasers are alike beside it, or when its siblings
 * are a run of posts cut short (cut_run, which sets *nunits); NULL when
 * none. A post among cards of related posts holds more than
 * index_unit_ratio times any of them, or half the run: a post, not a card. */
static const dci_node *unit_run(const dci_doc *doc, const dci_node *content, unsigned *nunits)
{
    const dci_tuning *t = doc->tuning;
    const dci_node *a = content;
    for (unsigned up = 0; up < UNIT_CLIMB && a->parent; up++, a = a->parent) {
        const dci_node *p = a->parent;
        unsigned headed = 0, scanned = 0, most_other = 0;
        int own = 0;
        for (const dci_node *c = p->first_child; c && scanned < UNIT_SCAN; c = c->next, scanned++) {
            if (c->type != DCI_NODE_ELEMENT || c->tag != a->tag || (c->flags & DCI_DROPPED) ||
                !leads_with_linked_headline(t, c))
                continue;
            headed++;
            if (c == a)
                own = 1;
            else if (c->prose > most_other)
                most_other = c->prose;
        }
        if (cut_run(doc, p, a, nunits))
            return p;
        if (headed >= t->index_min_teasers)
            return own && a->prose <= most_other * t->index_unit_ratio && 2 * a->prose < p->prose
                       ? p
                       : NULL;
    }
    return NULL;
}

/* Tallies every kept element of run, as the content. */
static void tally_run(const dci_doc *doc, const dci_node *run, unsigned units, dci_index_tally *tally)
{
    *tally = (dci_index_tally){.prose = run->prose, .run_units = units};
    for (const dci_node *n = run; n;) {
        if (n->flags & DCI_DROPPED) {
            n = dci_next_skip(n, run);
            continue;
        }
        tally_node(doc, n, run, tally);
        n = dci_next(n, run);
    }
}

/* One walk of the body: the outermost content roots add their prose, and
 * every kept element inside them is tallied. When the first content root
 * is the text of one unit of a run of cards, the run is tallied instead. */
static void tally_content(const dci_doc *doc, dci_node *body, dci_index_tally *tally)
{
    const dci_tuning *t = doc->tuning;
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
            tally_node(doc, n, content_root, tally);
    }
    unsigned units = 0;
    const dci_node *run = first_root && t->index_unit_ratio ? unit_run(doc, first_root, &units) : NULL;
    if (!run && first_root && cut_run(doc, first_root, NULL, &units))
        run = first_root;   /* the content is the run */
    if (run)
        tally_run(doc, run, units, tally);
}

dc_status dci_index_page(dci_doc *doc, int *is_index)
{
    *is_index = 0;
    if (!doc->body)
        return DC_OK;
    dci_walk w;
    dci_walk_init(&w, doc);
    tally_content(doc, doc->body, &w.tally);
    if (dci_walk_stage(&w, DCI_STAGE_INDEX, doc->body) == DC_OK)
        *is_index = w.matched > 0;
    return w.status;
}
