/*
 * Rules on lists and boxes of links: lists of teasers and what their
 * headlines leave, units of text ads, list husks, link-heavy blocks, a
 * widget's controls, and the index-page rules. Records of the table in
 * rules.c.
 */
#include "rules_internal.h"

#include <limits.h>
#include <string.h>
#include <strings.h>

#include "patterns.h"
#include "url.h"
#include "words.h"
#include "sizes.h"

/* ------------------------------------------------------------ teasers */

static int ends_like_teaser(const dci_node *n, dci_walk *w)
{
    const char *text = dci_walk_text(w, n, DCI_TEASER_TEXT_BYTES);
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

/* Whether link a leads to box itself: its address ends in "#" and box's id
 * (a post's permalink in its own header, "/topics/5?r=6#message-6" on
 * <div id="message-6">). A forum thread heads each reply so; a teaser's
 * headline leads to another story. */
static int links_to_own_anchor(const dci_node *a, const dci_node *box)
{
    const char *id = dci_attr_get(box, "id");
    const char *href = dci_attr_get(a, "href");
    if (!id || !*id || !href)
        return 0;
    const char *hash = strrchr(href, '#');
    return hash && strcmp(hash + 1, id) == 0;
}

/* The characters of n's kept links to n's own anchor. */
static unsigned own_anchor_link_chars(const dci_node *n)
{
    if (!dci_attr_get(n, "id"))
        return 0;
    unsigned chars = 0;
    for (const dci_node *d = n; d;) {
        if (d->type == DCI_NODE_ELEMENT && d->tag == GUMBO_TAG_A) {
            if (links_to_own_anchor(d, n))
                chars += d->chars;
            d = dci_next_skip(d, n);
            continue;
        }
        d = (d->flags & DCI_DROPPED) ? dci_next_skip(d, n) : dci_next(d, n);
    }
    return chars;
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
int dci_opens_with_headline(const dci_node *head, const dci_node *summary, dci_walk *w,
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
    if (t->own_anchor_links && links_to_own_anchor(a, head))
        return 0;
    const char *text = dci_walk_text(w, a, DCI_HEADING_TEXT_BYTES);
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
    return dci_opens_with_headline(c, summary, w, 0);
}

/* A list of other stories: several items, most with a link and a summary
 * cut short ("[...]") or a linked headline and its summary, or nothing but
 * links. */
const char *dci_match_teaser_list(const dci_node *n, dci_walk *w)
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
const char *dci_match_ad_list(const dci_node *n, dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    if (t->ad_list_items == 0)
        return NULL;
    unsigned items, ads = count_items(n, is_text_ad, w, &items);
    return ads >= t->ad_list_items && dci_share_reached(ads, items, t->teaser_share) ? "" : NULL;
}

/* Whether the headline block head (dropped as a link line) links off the
 * page's site: a link to another host names a source the article cites,
 * not another of the site's stories (as dci_opens_with_headline judges). */
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
const char *dci_match_teaser_residues(const dci_node *n, dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    if (t->teaser_residue_chars == 0)
        return NULL;
    unsigned items, residues = count_items(n, is_teaser_residue, w, &items);
    return items >= t->teaser_min_items && dci_share_reached(residues, items, t->teaser_share)
               ? ""
               : NULL;
}

/* ------------------------------------------------------------ lists of links */

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

/* Whether a kept box left without text lost it all to the link rules
 * that took a list: the list went whole, or item by item (a table of
 * contents: "<div><ul><li><div><a href="#a">Part one</a></div>..."). A
 * link alone that went (a "Print" control beside a picture's caption) is
 * not a list. It stops at the first such drop, and never walks into a
 * dropped box. */
static int emptied_by_link_rules(const dci_node *box)
{
    if (box->type != DCI_NODE_ELEMENT || (box->flags & DCI_DROPPED) || box->chars > 0)
        return 0;
    unsigned in_list = 0;
    dci_const_node_iter it;
    dci_const_node_iter_init(&it, box);
    for (dci_event e; (e = dci_const_node_iter_next(&it)) != DCI_EVENT_DONE;) {
        const dci_node *d = it.node;
        if (d == box || d->type != DCI_NODE_ELEMENT)
            continue;
        int list = d->tag == GUMBO_TAG_UL || d->tag == GUMBO_TAG_OL;
        if (e == DCI_EVENT_EXIT) {
            in_list -= list && !(d->flags & DCI_DROPPED);
            continue;
        }
        if (dci_dropped_as_link_list(d) && (list || in_list > 0))
            return 1;
        if (d->flags & DCI_DROPPED)
            dci_const_node_iter_skip(&it);
        else
            in_list += list;
    }
    return 0;
}

/* A box left with nothing but its label once its list of links went
 * ("<td><div>External links</div><div><a>Carling Cup</a></div></td>"):
 * the label of a list that is gone, a heading's length at most, written
 * before it; the list may have gone inside a wrapper left empty ("<div><h3>
 * Table of Contents</h3><div><ul>...</ul></div></div>"). */
const char *dci_match_list_husk(const dci_node *n, dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    if (!t->drop_list_husks || n->chars == 0 || n->chars > t->short_heading_chars ||
        dci_is_leaf_block(n))
        return NULL;
    int label = 0;
    for (const dci_node *c = n->first_child; c; c = c->next) {
        if (dci_dropped_as_link_list(c) || (label && emptied_by_link_rules(c)))
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

/* SEQUENCE_LABEL_NODES: the most nodes read before a link for its label
 * (a label is a word or two in a <strong>, never a deep tree) */
enum { SEQUENCE_LABEL_NODES = 16 };

/* Whether item opens with a label pointing to the next or previous page of
 * a sequence ("Next message: <a>...</a>", "Prev by Date: <a>...</a>"): the
 * words of a list archive's or a blog's navigation, not of a sentence. */
static int leads_with_sequence_label(const dci_node *item)
{
    char label[DCI_SEQUENCE_LABEL_BYTES];
    size_t len = 0;
    unsigned nodes = 0;
    dci_const_node_iter it;
    dci_const_node_iter_init(&it, item);
    for (const dci_node *d; (d = dci_const_node_iter_next_kept(&it)) &&
                            ++nodes <= SEQUENCE_LABEL_NODES;) {
        if (d->type == DCI_NODE_ELEMENT && d->tag == GUMBO_TAG_A)
            return dci_match_sequence_label(label, len) != NULL;
        if (d->type != DCI_NODE_TEXT)
            continue;
        if (d->text_len > sizeof label - len)
            return 0;
        memcpy(label + len, d->text, d->text_len);
        len += d->text_len;
    }
    return 0;
}

/* A list whose items open with their own words ("Neil has patches up to
 * <a>improve the tab unloader</a>", "See it now: <a>Amazon</a>") carries its
 * links inside sentences; a list of other pages opens each item with the
 * link, or with a label naming where the link goes in the site's sequence. */
static int items_lead_with_text(const dci_node *list, const dci_tuning *t)
{
    unsigned items = 0, leading = 0;
    for (const dci_node *c = list->first_child; c; c = c->next) {
        if (c->type != DCI_NODE_ELEMENT || (c->flags & DCI_DROPPED) || c->chars == 0)
            continue;
        items++;
        if (words_before_link(c) && !leads_with_sequence_label(c))
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

/* TABLE_ROWS_READ: the rows of a table read to tell whether its cells hold
 * text lists (each of its sections, judged, reads them again) */
enum { TABLE_ROWS_READ = 32 };

/* Whether n is a table section (<tbody>, <thead>, <tfoot>). */
static int is_table_section(const dci_node *n)
{
    return n->tag == GUMBO_TAG_TBODY || n->tag == GUMBO_TAG_THEAD || n->tag == GUMBO_TAG_TFOOT;
}

/* Adds to *items and *chars the items and link characters of the text
 * lists (list_is_text) that are children of row's cells. */
static void row_text_lists(const dci_node *row, const dci_walk *w, unsigned *items,
                           unsigned *chars)
{
    for (const dci_node *cell = row->first_child; cell; cell = cell->next) {
        if (cell->type != DCI_NODE_ELEMENT || (cell->flags & DCI_DROPPED) ||
            (cell->tag != GUMBO_TAG_TD && cell->tag != GUMBO_TAG_TH))
            continue;
        for (const dci_node *c = cell->first_child; c; c = c->next)
            if (c->type == DCI_NODE_ELEMENT && !(c->flags & DCI_DROPPED) &&
                (c->tag == GUMBO_TAG_UL || c->tag == GUMBO_TAG_OL) && list_is_text(c, w)) {
                *items += list_items(c);
                *chars += c->link_chars;
            }
    }
}

/* Adds the text lists of the rows of n (a table, a table section or a row)
 * to *items and *chars, reading at most *rows more rows (a table of many
 * rows is judged by its first ones: its sections are judged each). */
static void rows_text_lists(const dci_node *n, const dci_walk *w, unsigned *items,
                            unsigned *chars, unsigned *rows)
{
    if (n->tag == GUMBO_TAG_TR) {
        if (*rows > 0) {
            (*rows)--;
            row_text_lists(n, w, items, chars);
        }
        return;
    }
    for (const dci_node *c = n->first_child; c && *rows > 0; c = c->next)
        if (c->type == DCI_NODE_ELEMENT && !(c->flags & DCI_DROPPED) &&
            (c->tag == GUMBO_TAG_TR || (n->tag == GUMBO_TAG_TABLE && is_table_section(c))))
            rows_text_lists(c, w, items, chars, rows);
}

/* The link characters of the text lists set in the cells of n, a table or
 * a table section, when its table's first rows hold t->text_list_items text
 * items or more together: a post telling a week's news as a table of days,
 * each day's cell a short list of lines that open with their own words
 * ("We released the <a>Cloud TCO Calculator</a>."). Each list is too short
 * to count alone; a menu laid out in cells has no such lines. A table
 * nested in a cell is not read. */
static unsigned table_text_list_link_chars(const dci_node *n, const dci_walk *w)
{
    const dci_node *table = n->tag == GUMBO_TAG_TABLE ? n : n->parent;
    if (!table || table->type != DCI_NODE_ELEMENT || table->tag != GUMBO_TAG_TABLE)
        return 0;
    unsigned items = 0, chars = 0, rows = TABLE_ROWS_READ;
    rows_text_lists(table, w, &items, &chars, &rows);
    if (items < w->tuning->text_list_items)
        return 0;
    items = chars = 0;
    rows = UINT_MAX;
    rows_text_lists(n, w, &items, &chars, &rows);
    return chars;
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
const char *dci_match_link_heavy(const dci_node *n, dci_walk *w)
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
    if (dci_link_density(n) <= max || dci_wraps_only_tweets(n) || dci_holds_only_notes(n) ||
        dci_names_source(n, w) || links_in_prose(n, t))
        return NULL;
    if (t->self_links_text &&
        (float)(n->link_chars - self_link_chars(n, w->doc)) / (float)n->chars <= max)
        return NULL;
    if (t->own_anchor_links &&
        (float)(n->link_chars - own_anchor_link_chars(n)) / (float)n->chars <= max)
        return NULL;
    if (t->text_list_items) {
        unsigned listed = n->tag == GUMBO_TAG_TABLE || is_table_section(n)
                              ? table_text_list_link_chars(n, w)
                              : text_list_link_chars(n, w, TEXT_LIST_DEPTH);
        if ((float)(n->link_chars - listed) / (float)n->chars <= max)
            return NULL;
    }
    return "";
}

/* The controls of a widget (a video player's menus, a chart's axis labels):
 * many blocks of a word or a number each, and no sentence among them. A
 * table of figures is data, read cell by cell (leaves < 0). */
const char *dci_match_widget_controls(const dci_node *n, dci_walk *w)
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

const char *dci_match_linked_headlines(const dci_node *n, dci_walk *w)
{
    (void)n;
    return teasers_rule_page(w->tally.headlines, w) ? "a run of linked headlines" : NULL;
}

/* Cards cut short (each a title link over an excerpt followed by a link to
 * the same post, "Read more", or ending in an ellipsis) are teasers
 * whatever their length: at least index_min_teasers of them holding
 * index_teaser_share of the content's prose, no article's worth in one
 * block; or the content one post of a run of posts index_cut_share of
 * which are cut (a front page printing the posts without an excerpt
 * whole). */
const char *dci_match_cut_cards(const dci_node *n, dci_walk *w)
{
    (void)n;
    const dci_tuning *t = w->tuning;
    const dci_index_tally *y = &w->tally;
    if (!t->index_cut_share.num || y->cut_cards == 0)
        return NULL;
    if (y->run_units)
        return dci_share_reached(y->cut_cards, y->run_units, t->index_cut_share)
                   ? "a run of posts cut short"
                   : NULL;
    return y->cut_cards >= t->index_min_teasers &&
                   dci_share_reached(y->cut_prose, y->prose, t->index_teaser_share) &&
                   y->article_prose < t->index_article_prose
               ? "a run of cards cut short"
               : NULL;
}

const char *dci_match_story_cards(const dci_node *n, dci_walk *w)
{
    (void)n;
    return teasers_rule_page(w->tally.cards, w) ? "a run of story cards" : NULL;
}
