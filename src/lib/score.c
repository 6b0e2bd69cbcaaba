#include "score.h"

#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "ldbody.h"
#include "patterns.h"
#include "prune.h"
#include "walk.h"
#include "words.h"
#include "sizes.h"

/* The runners-up kept: an array's size, not a heuristic. */
#define TOP_CANDIDATES 5

static float tag_weight(const dci_tuning *t, GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_DIV: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
        return t->tag_weight_container;
    case GUMBO_TAG_SECTION: case GUMBO_TAG_PRE: case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
        return t->tag_weight_section;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL:
    case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM:
        return t->tag_weight_list;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_TH:
        return t->tag_weight_heading;
    default:
        return 0;
    }
}

/* The text of n that is not in links. */
static unsigned unlinked_chars(const dci_node *n)
{
    return n->chars - n->link_chars;
}

/* The share of the page's prose n holds, or of its text when that is more
 * (the measure of prose misses text in short lines, and a post may be a
 * roll of links). */
static float page_share(const dci_node *n, const dci_node *body)
{
    float held = (float)n->prose / (float)body->prose;
    float text_held = body->chars > 0 ? (float)n->chars / (float)body->chars : 0.0f;
    return text_held > held ? text_held : held;
}

/* A positive class word says a box holds the article; a small box in a
 * small region of a page with prose elsewhere (a byline or author box, a
 * footer blurb, a widget's text, a blurb in a panel) is not it, however it
 * is named: below t->class_bonus_share of the page's prose and text, its
 * bonus shrinks in proportion, so that its name alone does not outscore
 * the story. A part of a larger box (a story split over paragraphs named
 * "text", the header of an article) keeps its bonus: its parent holds the
 * share; so does the post the page's headline heads (DCI_HOLDS_HEADLINE,
 * marked by score_page: a short post of links beside a long profile). A
 * negative word weighs in full; a page with little prose (under
 * t->class_bonus_page_prose: a short post, a list of events) is judged by
 * its names. */
static int scales_class_bonus(const dci_tuning *t, const dci_node *body)
{
    return t->class_bonus_page_prose > 0 && body->prose >= t->class_bonus_page_prose;
}

static float class_bonus(const dci_tuning *t, const dci_node *n, const dci_node *body)
{
    int sign = dci_class_sign(n);
    float bonus = t->class_weight * (float)sign;
    if (sign <= 0 || !scales_class_bonus(t, body) || (n->flags & DCI_HOLDS_HEADLINE))
        return bonus;
    float share = (float)t->class_bonus_share.num / (float)t->class_bonus_share.den;
    const dci_node *up = n->parent;
    if (up && up != body && (float)up->prose >= share * (float)body->prose)
        return bonus;
    float held = page_share(n, body);
    return held < share ? bonus * held / share : bonus;
}

static void init_candidate(const dci_tuning *t, dci_node *n, const dci_node *body)
{
    if (n->flags & DCI_CANDIDATE)
        return;
    n->flags |= DCI_CANDIDATE;
    n->score = tag_weight(t, n->tag) + class_bonus(t, n, body);
}

/* Paragraph tags credit their parent first; a container that holds loose
 * text is itself the paragraph's first receiver. */
static int scores_itself(const dci_node *n)
{
    return !dci_tag_is_paragraph(n->tag) || n->tag == GUMBO_TAG_TD;
}

static void score_paragraph(const dci_tuning *t, dci_node *n, unsigned chars, unsigned commas,
                            const dci_node *body)
{
    unsigned points = chars / t->chars_per_point;
    float base = 1.0f + (float)commas + (float)(points < t->chars_points_max ? points : t->chars_points_max);
    dci_node *up = scores_itself(n) ? n : n->parent;
    for (unsigned level = 0; up && level < t->ancestor_levels; level++, up = up->parent) {
        if (up->type != DCI_NODE_ELEMENT || up->tag == GUMBO_TAG_HTML)
            break;
        init_candidate(t, up, body);
        float divider = level == 0   ? 1.0f
                        : level == 1 ? 2.0f
                                     : (float)level * t->ancestor_divider;
        up->score += base / divider;
    }
}

/* Whether n, kept, is or holds a block element with text (nesting.c caps
 * the depth): an inline element holding only empty boxes (a bookmark
 * <a name> around an entry and the empty <div> a hand-made editor left in
 * it) is loose text, no box. */
static int holds_block(const dci_node *n)
{
    if (n->type != DCI_NODE_ELEMENT || (n->flags & DCI_DROPPED))
        return 0;
    if (dci_tag_is_block(n->tag))
        return n->chars > 0;
    for (const dci_node *c = n->first_child; c; c = c->next)
        if (holds_block(c))
            return 1;
    return 0;
}

/* Word gaps in the text under n, up to need: white space, and each wide
 * letter of a script written without spaces. */
static unsigned word_gaps(const dci_node *n, unsigned need)
{
    unsigned gaps = 0;
    for (const dci_node *d = n; d && gaps < need; d = dci_next(d, n)) {
        if (d->type != DCI_NODE_TEXT)
            continue;
        const unsigned char *s = (const unsigned char *)d->text;
        for (size_t i = 0; i < d->text_len && gaps < need; i++)
            gaps += dci_is_space(s[i]) || (s[i] >= 0xE0 && dci_is_wide_letter(s + i, d->text_len - i));
    }
    return gaps;
}

/* Whether most of the page's text lies loose in <body>, outside every box:
 * a plain-text document served as HTML, or a hand-made page that never
 * opened a block. Its text is then a paragraph of the body. Text in an
 * inline element that wraps boxes (an unclosed <font>) belongs to those
 * boxes, not to the body. Text is words: a binary file read as a page (a
 * gzip'd crawl) has a gap every 256 bytes or so, prose one every few
 * characters (BODY_TEXT_GAP_CHARS). The gaps needed are counted, no more:
 * gaps times BODY_TEXT_GAP_CHARS wrapped round past 2^32 (a page of 108
 * million spaces after a line of text read as no text). */
#define BODY_TEXT_GAP_CHARS 40
static int body_reads_as_text(const dci_tuning *t, const dci_node *body)
{
    unsigned loose = 0, gaps = 0;
    for (const dci_node *c = body->first_child; c; c = c->next)
        if (c->type == DCI_NODE_TEXT || !holds_block(c))
            loose += c->chars;
    if (loose < t->paragraph_min_chars || 2 * loose < body->chars)
        return 0;
    unsigned need = loose / BODY_TEXT_GAP_CHARS + (loose % BODY_TEXT_GAP_CHARS != 0);
    for (const dci_node *c = body->first_child; c && gaps < need; c = c->next)
        if (c->type == DCI_NODE_TEXT || !holds_block(c))
            gaps += word_gaps(c, need - gaps);
    return gaps >= need;
}

static void score_paragraphs(const dci_tuning *t, dci_node *body, int skip_beside)
{
    dci_node_iter it;
    dci_node_iter_init(&it, body);
    for (dci_event ev; (ev = dci_node_iter_next(&it)) != DCI_EVENT_DONE;) {
        dci_node *n = it.node;
        if (ev != DCI_EVENT_ENTER)
            continue;
        if ((n->flags & DCI_DROPPED) || (skip_beside && (n->flags & DCI_BESIDE))) {
            dci_node_iter_skip(&it);
            continue;
        }
        if (n == body && !body_reads_as_text(t, body))
            continue;
        if (n->type == DCI_NODE_ELEMENT && dci_tag_is_block(n->tag)) {
            unsigned chars, commas;
            dci_own_text_stats(n, &chars, &commas);
            /* an address or menu line of fields scores nothing, for all its commas */
            if (chars >= t->paragraph_min_chars && !dci_is_field_line(t, chars, dci_own_bars(n)))
                score_paragraph(t, n, chars, commas, body);
        }
    }
}

/* Discounts every candidate by its link density. */
static void discount_links(dci_node *body)
{
    /* candidates are ancestors of kept paragraphs: never inside a dropped part */
    for (dci_node *n = body; n; n = dci_next(n, body))
        if (n->flags & DCI_CANDIDATE)
            n->score *= 1.0f - dci_link_density(n);
}

/* Whether n holds the share of the page's prose, or of its text outside
 * links (the measure of prose misses scripts whose sentences are short). A
 * linked box (t->prose_link_share) without a line of prose, on a page with
 * an article's worth of it (t->text_share_page_prose), is not judged by
 * its text outside links: that is a list of headlines with their dates and
 * comment counts. */
static int holds_share(const dci_tuning *t, const dci_node *n, const dci_node *body,
                       dci_share share)
{
    if (dci_share_reached(n->prose, body->prose, share))
        return 1;
    if (n->prose == 0 && body->prose >= t->text_share_page_prose &&
        dci_share_reached(n->link_chars, n->chars, t->prose_link_share))
        return 0;
    return dci_share_reached(unlinked_chars(n), unlinked_chars(body), share);
}

/* Puts the best candidates holding at least the share of the page's prose
 * in top[0..TOP_CANDIDATES), best first. */
static void rank_candidates(const dci_tuning *t, dci_node *body, dci_share share,
                            dci_node **top)
{
    memset(top, 0, TOP_CANDIDATES * sizeof *top);
    for (dci_node *n = body; n; n = dci_next(n, body)) {
        if (!(n->flags & DCI_CANDIDATE) || !holds_share(t, n, body, share))
            continue;
        for (int i = 0; i < TOP_CANDIDATES; i++) {
            if (!top[i] || n->score > top[i]->score) {
                memmove(&top[i + 1], &top[i], (size_t)(TOP_CANDIDATES - 1 - i) * sizeof *top);
                top[i] = n;
                break;
            }
        }
    }
}

/* Whether n holds or is inside one of the parts counted: the same text
 * scored again at another level (a post's box, its content box, its body
 * box), not another part of the article (runner_up_parts). */
static int nests_in(const dci_tuning *t, const dci_node *n, const dci_node *const *counted,
                    int parts)
{
    for (int i = 0; t->runner_up_parts && i < parts; i++)
        if (dci_is_inside(n, counted[i]) || dci_is_inside(counted[i], n))
            return 1;
    return 0;
}

/* When close runners-up sit in the same ancestor, the article is split over
 * several containers: the ancestor holding three of them is the content.
 * That is the second nearest of the runners-up's common ancestors with best
 * (at least best->parent). A runner-up inside best is best's own text scored
 * again (a post's box and its entry box), not another part: it does not
 * count, else a title strip beside best came in; nor do runners-up outside
 * best nested in one counted (t->runner_up_parts): a post's box, its
 * content box and its body box are one part scored at three levels, and
 * beside a side column's box that outscores each they took the winner to
 * the frame of every column. Found in O(depth) per
 * runner-up: testing every ancestor against every runner-up was quadratic
 * in depth (100,000 nested divs). */
static dci_node *widen_to_common_ancestor(const dci_tuning *t, dci_node *best, dci_node **top,
                                         dci_node *body)
{
    size_t dbest = dci_depth(best), dbody = dci_depth(body);
    size_t deepest = 0, second = 0; /* depths of the two nearest; 0: none */
    const dci_node *counted[TOP_CANDIDATES];
    int parts = 0;
    for (int i = 1; i < TOP_CANDIDATES && top[i]; i++) {
        if (!(top[i]->score >= best->score * t->runner_up_ratio))
            continue;
        if (!dci_is_inside(best, top[i])) {
            if (nests_in(t, top[i], counted, parts))
                continue;
            counted[parts++] = top[i];
        }
        const dci_node *line = best, *runner = top[i];
        const dci_node *a = dci_meet(&line, &runner);
        if (a == best)
            continue;
        size_t d = dci_depth(a);
        if (d > deepest) {
            second = deepest;
            deepest = d;
        } else if (d > second) {
            second = d;
        }
    }
    if (second <= dbody)
        return best;
    dci_node *up = best;
    for (size_t d = dbest; d > second; d--)
        up = up->parent;
    return up;
}

/* Whether up, an ancestor of best, adds to it more of the article: a box
 * mostly of prose (climb_prose_share of its text) is the story's body, and
 * an ancestor whose other children add no prose to it holds the links and
 * short lines around the story (a menu, teaser headlines, a date strip),
 * which score it over the dip below it. A box that is not mostly prose (a
 * form, a listing, a link roll) is not judged by its prose. */
static int adds_prose(const dci_tuning *t, const dci_node *up, const dci_node *best)
{
    if (!t->climb_prose_share.num ||
        !dci_share_reached(best->prose, best->chars, t->climb_prose_share))
        return 1;
    return up->prose > best->prose;
}

/* Whether what up adds to best is mostly an <aside>: the prose of up's
 * children off best's line is at least half in <aside> children. A frame
 * around the story and a column of promos beside it (each teaser a call to
 * click, in HTML's element for what stands beside the story) outscores
 * the dip over a story that is mostly a table, and the climb took the
 * promos in. One look at up's children, once per level climbed. */
static int adds_aside(const dci_tuning *t, const dci_node *up, const dci_node *best)
{
    if (!t->aside_apart)
        return 0;
    const dci_node *line = best;
    while (line->parent != up)
        line = line->parent;
    unsigned other = 0, aside = 0;
    for (const dci_node *c = up->first_child; c; c = c->next) {
        if (c == line || c->type != DCI_NODE_ELEMENT)
            continue;
        other += c->prose;
        if (c->tag == GUMBO_TAG_ASIDE)
            aside += c->prose;
    }
    return aside > 0 && aside * 2 >= other;
}

/* Whether up only wraps below: no prose of its own and at most
 * climb_wrapper_chars of other text (a "Show full text" toggle over a
 * collapsible box, a caption over a quote). Such a wrapper scores low only
 * because the box's class bonus stays on the box, and it holds the same
 * text: it does not stop the climb. */
static int wraps_alone(const dci_tuning *t, const dci_node *up, const dci_node *below)
{
    return t->climb_wrapper_chars && below->prose > 0 && up->prose == below->prose &&
           up->chars <= below->chars + t->climb_wrapper_chars;
}

/* Whether up holds, beside its child line, a paragraph of prose of its
 * own: a <p> or loose text of prose_min_chars with under a third in links
 * (the story's first paragraph beside a collapsed press release), not a
 * box (the next teaser of a column, the article beside a teaser list). */
static int paragraph_beside(const dci_tuning *t, const dci_node *up, const dci_node *line)
{
    for (const dci_node *c = up->first_child; c; c = c->next) {
        if (c == line)
            continue;
        if (c->type == DCI_NODE_TEXT && c->chars >= t->prose_min_chars)
            return 1;
        if (c->type == DCI_NODE_ELEMENT && c->tag == GUMBO_TAG_P && !(c->flags & DCI_DROPPED) &&
            c->prose >= t->prose_min_chars)
            return 1;
    }
    return 0;
}

/* Whether up is a section's box around below: its other children are
 * headings (and text without prose), so it adds no prose to below. A
 * document exporter nests each section as a box holding its heading and a
 * box of its paragraphs, and the paragraphs before the first heading sit
 * in the box of all sections: the section's box scores a third of its
 * paragraphs' box, from their paragraphs two levels down, and stopped the
 * climb short of the document (climb_section). One look at up's children,
 * once per level climbed. */
static int is_section_box(const dci_node *up, const dci_node *below)
{
    int heading = 0;
    if (up->prose != below->prose)
        return 0;
    for (const dci_node *c = up->first_child; c; c = c->next) {
        if (c == below || c->type != DCI_NODE_ELEMENT || c->chars == 0)
            continue;
        if (!dci_is_heading(c))
            return 0;
        heading = 1;
    }
    return heading;
}

/* A parent that scores better than its child holds more of the article,
 * when it also scores half the best: a frame around the story's column
 * and a teaser column beside it scores a few points over the column, from
 * the teasers, and far under the story itself. An ancestor adding no prose
 * to a box of prose stops the climb (adds_prose). */
static dci_node *climb_while_better(const dci_tuning *t, dci_node *best, dci_node *body)
{
    float last = best->score;
    float floor = last / t->climb_floor_divider;
    float target = last / t->climb_target_divider;
    const dci_node *below = best;
    int wrapping = 1, passed = 0; /* only wrappers of best so far; one under the floor */
    for (dci_node *up = best->parent; up && up != body; below = up, up = up->parent) {
        wrapping = wrapping && wraps_alone(t, up, below);
        if (!(up->flags & DCI_CANDIDATE))
            continue;
        int section = t->climb_section && is_section_box(up, below);
        if (up->score < floor && !wrapping && !section)
            break;
        if (up->score < floor && !section)
            passed = 1;
        if (up->score > last && up->score >= target) {
            if (passed && !paragraph_beside(t, up, below))
                return best;
            return adds_prose(t, up, best) && !adds_aside(t, up, best) ? up : best;
        }
        last = up->score;
    }
    return best;
}

/* A winner with a small part of the prose of the <main> or <article> around
 * it is one box of a page whose text is spread over short blocks (a product
 * page's feature list): the marked element is the content. */
static dci_node *widen_to_marker(const dci_tuning *t, dci_node *best, dci_node *body)
{
    for (dci_node *up = best->parent; up && up != body; up = up->parent)
        if (up->tag == GUMBO_TAG_MAIN || up->tag == GUMBO_TAG_ARTICLE)
            return up->prose > best->prose * t->marker_prose_factor ? up : best;
    return best;
}

/* A winner beside the page's marked article (not in it, not around it),
 * holding a small part of its prose, is a box of the page around the
 * article: a teaser whose "content" class outscored the article's plain
 * paragraphs. The marked article wins. */
static dci_node *prefer_article_holder(const dci_tuning *t, dci_node *best, dci_node *body)
{
    if (!t->holder_prose_factor)
        return best;
    dci_node *holder = dci_article_holder(body);
    if (!holder || holder == best || dci_is_inside(best, holder) || dci_is_inside(holder, best))
        return best;
    return best->prose > 0 && holder->prose >= best->prose * t->holder_prose_factor ? holder : best;
}

/* A page whose JSON-LD declares its article's text tells where the
 * article is, whatever its classes. When the winner holds a small share of
 * the declared word pairs and one element holds most of them, mostly in its
 * own text (t->ldbody_*), that element is the article: it widens a winner
 * inside it (a part of the story that outscored the rest), and wins over a
 * winner beside it whose own text is mostly not declared (a teaser box, a
 * profile, a thread that outscored the story). Not <body>: a declared text
 * spread over the whole page points at no article; nor a box beside a
 * winner whose text is declared too (the page's whole text declared, a
 * side column longer than the story). A short declared text (a preview cut
 * behind a paywall) is all inside the full article: the winner holding it
 * stays. */
static dci_node *follow_declared_body(const dci_doc *doc, dci_node *best, dci_node *body)
{
    const dci_tuning *t = doc->tuning;
    if (!t->ldbody_min_pairs || !doc->article_body)
        return best;
    dci_ldbody set;
    unsigned pairs = dci_ldbody_init(&set, doc->arena, doc->article_body);
    if (pairs < t->ldbody_min_pairs)
        return best;
    unsigned need = (unsigned)(((uint64_t)pairs * t->ldbody_cover_share.num +
                                t->ldbody_cover_share.den - 1) / t->ldbody_cover_share.den);
    dci_ldbody_cover where;
    int st = dci_ldbody_locate(&set, doc->arena, body, best, need, &where);
    dci_arena_release(doc->arena, set.slots);
    dci_node *cover = where.cover;
    if (st < 0 || !cover || cover == body || cover == best || dci_is_inside(cover, best) ||
        dci_share_reached(where.in_node, pairs, t->ldbody_winner_share) ||
        !dci_share_reached(where.cover_matched, where.cover_pairs, t->ldbody_cover_precision))
        return best;
    if (!dci_is_inside(best, cover) &&
        dci_share_reached(where.in_node, where.node_pairs, t->ldbody_cover_precision))
        return best;
    return cover;
}

static int element_children(const dci_node *n)
{
    int count = 0;
    for (const dci_node *c = n->first_child; c; c = c->next)
        if (c->type == DCI_NODE_ELEMENT && !(c->flags & DCI_DROPPED))
            count++;
    return count;
}

/* Whether n's other children are text, inline elements without a block
 * inside, paragraphs (<p> without a block inside) and boxes without text
 * (a picture's wrapper, a <div><br></div> spacer: a blog engine's post sets
 * its paragraphs among them): n is the one box in its parent. */
static int only_box_in_parent(const dci_node *n)
{
    for (const dci_node *c = n->parent->first_child; c; c = c->next)
        if (c != n && c->chars > 0 && holds_block(c) &&
            !(c->tag == GUMBO_TAG_P && !dci_has_block_child(c)))
            return 0;
    return 1;
}

/* A parent whose one box is the winner, beside text written loose into it
 * or in paragraphs, holds the article's other paragraphs when that text
 * is long and has few links: a hand-made page that never closes its <div>s
 * nests each entry's wrapper in the one before, its text beside it. A
 * parent holding another box (a table, a list, a side column) is a layout,
 * and a short line (a date, a title) or links beside the winner are not
 * article (loose_part_prose 0 turns it off). */
static dci_node *widen_to_loose_prose(const dci_tuning *t, dci_node *best, dci_node *body)
{
    while (t->loose_part_prose && best->parent && best->parent != body &&
           best->parent->tag != GUMBO_TAG_HTML && only_box_in_parent(best)) {
        const dci_node *up = best->parent;
        unsigned chars = up->chars - best->chars, links = up->link_chars - best->link_chars;
        if (chars < t->loose_part_prose || dci_share_reached(links, chars, t->prose_link_share))
            break;
        best = best->parent;
    }
    return best;
}

/* A quotation or a list is a part of the text that introduces it. */
static int is_quote_or_list(const dci_node *n)
{
    return n->tag == GUMBO_TAG_BLOCKQUOTE || n->tag == GUMBO_TAG_UL || n->tag == GUMBO_TAG_OL;
}

/* A quotation is the text of a page that quotes it, a list the text of the
 * page that introduces it: a <blockquote> or a list that scores best (a
 * statement quoted whole, a blog carnival's list of posts, their paragraphs
 * the page's longest) gives way to its parent when the parent says
 * something of its own beside it, two lines of prose (prose_min_chars
 * each) outside links: the post that introduces the quote or the list
 * ("Below, read the statement...", too linked to join as a sibling) and
 * comments on it (quote_parent 0 turns it off). */
static dci_node *widen_quote(const dci_tuning *t, dci_node *best, dci_node *body)
{
    const dci_node *up = best->parent;
    if (!t->quote_parent || !is_quote_or_list(best) || !up || up == body ||
        up->tag == GUMBO_TAG_HTML)
        return best;
    unsigned chars = up->chars - best->chars, links = up->link_chars - best->link_chars;
    return chars >= links + 2 * t->prose_min_chars ? best->parent : best;
}

/* How many levels are looked at: for the <pre> of a listing's box, and
 * for the box around it that says something. */
#define CODE_LOOK 8

/* Whether n is a code listing: a <pre>, or a box whose text is all in the
 * <pre> it holds through a chain of single element children (a highlighter's
 * <div class="content"><pre>). */
static int is_code_box(const dci_node *n)
{
    for (unsigned level = 0; n && level < CODE_LOOK; level++) {
        if (n->tag == GUMBO_TAG_PRE)
            return 1;
        const dci_node *only = NULL;
        for (const dci_node *c = n->first_child; c; c = c->next) {
            if (c->type == DCI_NODE_TEXT && c->chars > 0)
                return 0;
            if (c->type != DCI_NODE_ELEMENT || c->chars == 0)
                continue;
            if (only)
                return 0;
            only = c;
        }
        n = only;
    }
    return 0;
}

/* A code listing is the text of the page that explains it, as a quotation
 * is: a listing that scores best (named "content" by its highlighter, the
 * page's paragraphs nested deeper in sections) gives way to the nearest
 * ancestor, within CODE_LOOK levels below the body, saying two lines of
 * prose' worth (prose_min_chars each) of its own outside links
 * (code_parent 0 turns it off). */
static dci_node *widen_code(const dci_tuning *t, dci_node *best, dci_node *body)
{
    if (!t->code_parent || !is_code_box(best))
        return best;
    unsigned level = 0;
    for (dci_node *up = best->parent; up && up != body && up->tag != GUMBO_TAG_HTML &&
                                      level < CODE_LOOK;
         up = up->parent, level++) {
        unsigned chars = up->chars - best->chars, links = up->link_chars - best->link_chars;
        if (chars >= links + 2 * t->prose_min_chars)
            return up;
    }
    return best;
}

/* A paragraph is no container: a block of text alone that scores best (a
 * blog's post written as one <div> a paragraph, its loose text scoring the
 * <div> itself) gives way to its parent when the parent holds another line
 * of prose beside it (prose_min_chars outside it): the post's other
 * paragraph-divs (paragraph_parent 0 turns it off). */
static int is_paragraph_box(const dci_node *n)
{
    if (!dci_is_leaf_block(n))
        return 0;
    /* one walk of the winner's subtree, once a page */
    for (const dci_node *d = n->first_child; d; d = dci_next(d, n))
        if (d->type == DCI_NODE_ELEMENT && dci_tag_is_block(d->tag))
            return 0;
    return 1;
}

static dci_node *widen_paragraph(const dci_tuning *t, dci_node *best, dci_node *body)
{
    const dci_node *up = best->parent;
    if (!t->paragraph_parent || !is_paragraph_box(best) || !up || up == body ||
        up->tag == GUMBO_TAG_HTML)
        return best;
    return up->prose >= best->prose + t->prose_min_chars ? best->parent : best;
}

/* The container that wins: the best scored, widened to the relatives the
 * article spreads over, then to the ancestors that hold nothing else (with
 * winner_widen 0, precision mode's lever, the best scored as it is). */
static dci_node *choose_winner(const dci_tuning *t, dci_node *body, dci_node **top)
{
    if (!t->winner_widen)
        return top[0];
    dci_node *best = widen_to_common_ancestor(t, top[0], top, body);
    best = widen_quote(t, best, body);
    best = widen_code(t, best, body);
    best = climb_while_better(t, best, body);
    best = widen_paragraph(t, best, body);
    best = widen_to_marker(t, best, body);
    while (best->parent && best->parent != body && best->parent->tag != GUMBO_TAG_HTML &&
           element_children(best->parent) == 1)
        best = best->parent;
    return widen_to_loose_prose(t, best, body);
}

/* Recall mode's lever: the winner's ancestors up to levels above it, short
 * of the body, take in what the article's wrapper holds besides it. */
static dci_node *climb_levels(dci_node *best, dci_node *body, unsigned levels)
{
    for (unsigned i = 0; i < levels && best->parent && best->parent != body &&
                         best->parent->tag != GUMBO_TAG_HTML;
         i++)
        best = best->parent;
    return best;
}

/* A box with a sliver of the page's text (a tagline, a byline box, one
 * comment) is not the article, however well its class words score: the
 * candidates holding a fair share compete again, and when none does the
 * first winner stays. */
static dci_node *choose_fair_winner(const dci_tuning *t, dci_node *body, dci_node **top,
                                    dci_node *best)
{
    rank_candidates(t, body, t->winner_prose_share, top);
    return top[0] ? choose_winner(t, body, top) : best;
}

/* Whether up holds no prose but the box on the winner's line and the
 * siblings that joined the content (a row of the winner's cell and the
 * cell of its bibliography), nor any text but a few stray characters
 * (wrapper_stray_chars: spacer cells of &nbsp;, a cell being all prose
 * whatever it holds, so that a cell around the line's table counts the
 * table's few characters of non-prose as prose: then its characters are
 * compared): one look at up's children per level. */
static int holds_content_alone(const dci_tuning *t, const dci_node *up, const dci_node *line)
{
    unsigned inside = 0, inside_chars = 0, stray = 0;
    for (const dci_node *c = up->first_child; c; c = c->next) {
        if (c == line || (c->flags & DCI_CONTENT)) {
            inside += c->prose;
            inside_chars += c->chars;
        } else if (c->prose == 0) {
            stray += c->chars;
        }
    }
    return inside >= up->prose ||
           (stray < t->wrapper_stray_chars &&
            (inside + stray >= up->prose || inside_chars + stray >= up->chars));
}

/* The parts of a hand-made text beside the winner's wrapper join: the
 * wrapper is its highest ancestor that holds the content's prose and no
 * other (its cell, row, table), the rest of the text in the cells, rows or
 * tables beside it, or in paragraphs after it. */
static void join_wrapper_parts(dci_walk *w, dci_node *best, dci_node *body)
{
    dci_node *wrapper = best;
    if (w->status != DC_OK || !w->tuning->join_wrapper_parts || !best->parent ||
        best->parent == body || !holds_content_alone(w->tuning, best->parent, best))
        return;
    while (wrapper->parent && wrapper->parent != body &&
           holds_content_alone(w->tuning, wrapper->parent, wrapper))
        wrapper = wrapper->parent;
    if (!wrapper->parent)
        return;
    if (dci_walk_stage(w, DCI_STAGE_WRAPPER, wrapper->parent) == DC_OK && w->matched)
        dci_walk_stage(w, DCI_STAGE_INTRO, wrapper->parent);
}

/* The blocks between parent's first and last content roots go to the gap
 * stage: one pass over the children. */
static void fill_gaps(dci_walk *w, dci_node *parent)
{
    dci_node *first = NULL, *last = NULL;
    for (dci_node *c = parent->first_child; c; c = c->next)
        if (c->flags & DCI_CONTENT) {
            if (!first)
                first = c;
            last = c;
        }
    if (first == last)
        return;
    for (dci_node *c = first->next; c != last && w->status == DC_OK; c = c->next)
        if (!(c->flags & (DCI_CONTENT | DCI_DROPPED)))
            dci_walk_stage(w, DCI_STAGE_GAP, c);
}

/* Marks best and its siblings that belong to the article as content roots,
 * then the headings that introduce a joined sibling and the blocks between
 * two joined parts. */
static void join_siblings(dci_walk *w, dci_node *best)
{
    dci_node *parent = best->parent;
    if (!parent || best->tag == GUMBO_TAG_BODY || !w->tuning->join_siblings) {
        best->flags |= DCI_CONTENT;
        return;
    }
    const dci_tuning *t = w->tuning;
    float share = best->score * t->sibling_score_ratio;
    w->join_threshold = share > t->sibling_min_score ? share : t->sibling_min_score;
    if (dci_walk_stage(w, DCI_STAGE_JOIN, parent) == DC_OK &&
        dci_walk_stage(w, DCI_STAGE_INTRO, parent) == DC_OK)
        fill_gaps(w, parent);
}

/* Finds the page's headline once for the standfirst and the twins
 * (w->headline, NULL when none or when neither asks for it). */
static void find_page_headline(dci_walk *w)
{
    dci_node *head;
    int whole;
    w->headline = NULL;
    if ((w->tuning->standfirst_headline || w->tuning->twin_teasers) &&
        dci_find_headlines(w->doc, &head, 1, &whole) > 0)
        w->headline = head;
}

/*
 * The standfirst (dek, summary) sits in the article's header, just before
 * the body: prose too short to score, so the winner leaves it out. The
 * nearest block before the winner (or before one of its nearest ancestors,
 * standfirst_levels - 1 of them) that holds such a line gives it to the
 * content; responsive
 * copies of it are printed once by the content tree.
 */
static void adopt_standfirst(dci_walk *w, dci_node *best, dci_node *body)
{
    const dci_tuning *t = w->tuning;
    dci_node *up = best;
    for (unsigned level = 0; up && up != body && level < t->standfirst_levels;
         level++, up = up->parent) {
        unsigned looked = 0;
        for (dci_node *s = up->prev; s && looked < t->standfirst_siblings; s = s->prev) {
            if (s->type != DCI_NODE_ELEMENT || (s->flags & DCI_DROPPED))
                continue;
            if ((s->flags & DCI_CONTENT) || dci_walk_stage(w, DCI_STAGE_STANDFIRST, s) != DC_OK ||
                w->matched)
                return;
            looked++;
        }
    }
}

/* The winner's highest ancestor below body that holds its text and no
 * other: the box of the page's template the winner fills. */
static const dci_node *text_wrapper(const dci_node *best, const dci_node *body)
{
    const dci_node *wrapper = best;
    while (wrapper->parent && wrapper->parent != body && wrapper->parent->chars == best->chars)
        wrapper = wrapper->parent;
    return wrapper;
}

/* Whether n joined as a twin, or is the winner. */
static int joined_twin(const dci_node *n, const dci_walk *w)
{
    return n == w->best || ((n->flags & DCI_CONTENT) && n->rule && n->rule->stage == DCI_STAGE_TWINS);
}

/* The holes of the run of twins (twin_gaps): the boxes between the first
 * and the last joined twin or winner, in document order, are given to the
 * twin-gaps stage. Two walks of the body, one look at each box; the
 * ancestors of the winner and of the last joined are not judged (a box
 * holding a joined one is no hole in the run). */
static void adopt_twin_gaps(dci_walk *w, dci_node *body)
{
    dci_node *last = NULL;
    unsigned joined = 0;
    dci_node_iter it;
    dci_node_iter_init(&it, body);
    for (dci_event ev; (ev = dci_node_iter_next(&it)) != DCI_EVENT_DONE;) {
        dci_node *n = it.node;
        if (ev != DCI_EVENT_ENTER)
            continue;
        if (joined_twin(n, w)) {
            last = n;
            joined++;
        }
        if (n->flags & (DCI_DROPPED | DCI_CONTENT))
            dci_node_iter_skip(&it);
    }
    if (joined < 2 || !last->parent)
        return;
    dci_mark_spine(last->parent, body, 1);
    int inside = 0;
    dci_node_iter_init(&it, body);
    for (dci_event ev; (ev = dci_node_iter_next(&it)) != DCI_EVENT_DONE && w->status == DC_OK;) {
        dci_node *n = it.node;
        if (ev != DCI_EVENT_ENTER)
            continue;
        if (n == last)
            break;
        if (n->flags & (DCI_DROPPED | DCI_CONTENT)) {
            inside = inside || joined_twin(n, w);
            dci_node_iter_skip(&it);
            continue;
        }
        if (inside && n->type == DCI_NODE_ELEMENT && n->prose > 0 &&
            dci_walk_stage(w, DCI_STAGE_TWIN_GAPS, n) == DC_OK && w->matched)
            dci_node_iter_skip(&it);
    }
    dci_mark_spine(last->parent, body, 0);
}

/*
 * Articles split into several containers of one kind (text, then a figure or
 * an ad, then text again in a new "story-body" block) are common: every other
 * container of the same tag and class as the winner that holds prose joins
 * the content.
 */
static void adopt_twins(dci_walk *w, dci_node *body)
{
    w->wrapper = text_wrapper(w->best, body);
    w->wrapper_kin = -1;
    w->headline_winner = w->tuning->twin_teasers && w->headline &&
                         (w->headline == w->best || dci_is_inside(w->headline, w->best));
    /* the winner's ancestors: the stage goes through them without judging */
    dci_node *line = w->best->parent;
    dci_mark_spine(line, body, 1);
    dci_walk_stage(w, DCI_STAGE_TWINS, body);
    if (w->tuning->twin_gaps && w->status == DC_OK)
        adopt_twin_gaps(w, body);
    dci_mark_spine(line, body, 0);
}

static int is_signed_thread(const dci_node *n, dci_walk *w);

static int is_headed_thread(const dci_node *n, dci_walk *w);

/* Whether a paragraph of prose stands loose before n among its siblings,
 * in the DCI_THREAD_SCAN elements before it (a page of thousands of runs is
 * not read back to its start from each): their parent is the story's own
 * box. */
static int prose_before(const dci_node *n)
{
    unsigned read = 0;
    for (const dci_node *c = n->prev; c && read < DCI_THREAD_SCAN; c = c->prev) {
        if (c->type != DCI_NODE_ELEMENT)
            continue;
        read++;
        if (c->prose > 0 && dci_is_leaf_block(c))
            return 1;
    }
    return 0;
}

/* Flags DCI_BESIDE | DCI_THREAD every unit of a run of signed comment
 * units opening at n among its siblings, with no box of its own (rule
 * unit-thread: the replies after the story, in a box around the story's
 * box), when t->beside_unit_runs: else their paragraphs score that box,
 * which outscores the story's by its thread and wins, taking in the lines
 * around them. Not when the story's paragraphs stand loose in that box:
 * it is the story's, and rule unit-thread drops the run from it. 1 when
 * there is one. (Runs may be many, one per kind of box: the reads before
 * and after each stop at DCI_THREAD_SCAN elements.) */
static int mark_unit_run(dci_node *n, const dci_node *body, dci_walk *w)
{
    if (!w->tuning->beside_unit_runs || !dci_unit_run(n, w, body->prose) || prose_before(n))
        return 0;
    dci_node *last = dci_unit_run_last(n, w);
    for (dci_node *c = n; c; c = c == last ? NULL : c->next)
        if (c->type == DCI_NODE_ELEMENT)
            c->flags |= DCI_BESIDE | DCI_THREAD;
    return 1;
}

/* Flags element n DCI_BESIDE when it is in a box whose class or id names
 * it beside the article, or is one, or is a thread of signed comments
 * (also DCI_THREAD): 1 when it is such a box's top. */
static int mark_beside(dci_node *n, const dci_node *body, dci_walk *w)
{
    if (n->flags & DCI_BESIDE)
        return 0;   /* a unit of a run marked from its first */
    if (n->parent != body && (n->parent->flags & DCI_BESIDE)) {
        n->flags |= DCI_BESIDE;
        return 0;
    }
    if (dci_beside_box_word(n) && !dci_in_code(n)) {
        n->flags |= DCI_BESIDE;
        return 1;
    }
    if (!w->tuning->thread_shape)
        return 0;
    if (w->tuning->beside_headed_ratio > 0 && is_headed_thread(n, w))
        n->flags |= DCI_HEADED;
    else if (!is_signed_thread(n, w))
        return mark_unit_run(n, body, w);
    n->flags |= DCI_BESIDE | DCI_THREAD;
    return 1;
}

/* Marks DCI_BESIDE every element in a box whose class or id names it
 * beside the article (`comments`, `sidebar`), or whose shape does (a
 * thread of signed comments, whatever its class): clean leaves such a box
 * standing when it holds most of the page's prose, as a thread under a
 * short post or a profile beside a list of links does. 1 when there is
 * one. Dropped parts are not scored, so not looked at. */
static int mark_beside_boxes(dci_node *body, dci_walk *w)
{
    int found = 0;
    for (dci_node *n = body->first_child; n;) {
        if (n->flags & DCI_DROPPED) {
            n = dci_next_skip(n, body);
            continue;
        }
        if (n->type == DCI_NODE_ELEMENT && mark_beside(n, body, w))
            found = 1;
        n = dci_next(n, body);
    }
    return found;
}

/* Scores the page's paragraphs into their containers (not those in the
 * boxes beside the article when skip_beside) and ranks the candidates:
 * top[0] is the best, or NULL when none scored. */
static void score_page(dci_doc *doc, dci_node *body, int skip_beside, dci_node **top)
{
    const dci_tuning *t = doc->tuning;
    for (dci_node *n = body; n; n = dci_next(n, body)) {
        n->flags &= (unsigned short)~DCI_CANDIDATE;
        n->score = 0;
    }
    /* the post the headline heads keeps its class bonus (class_bonus); when
     * the arena fails, no post is marked and every box is judged by its share */
    int scaled = scales_class_bonus(t, body);
    if (scaled && dci_mark_headline(doc, 1) < 0)
        dci_mark_headline(doc, 0);
    score_paragraphs(t, body, skip_beside);
    if (scaled)
        dci_mark_headline(doc, 0);
    discount_links(body);
    rank_candidates(t, body, (dci_share){0, 1}, top);
}

/* Whether list's element children hold a run of comment units: at least
 * THREAD_UNITS boxes of one tag and class, not leaf paragraphs (a comment
 * is a box of its signature and its text), each with prose, together
 * holding half of prose (a `<dl>` of name/date terms and comment
 * descriptions, an `<ol>` of comment items). */
/* THREAD_NAMES_MAX: the units whose signatures are compared; NAME_BYTES: the
 * longest name read, and how near a year stands to its time of day */
enum { THREAD_UNITS = 3, THREAD_NAMES_MAX = 64, NAME_BYTES = 40 };
static int holds_units(const dci_node *list, unsigned prose)
{
    const dci_node *first = NULL;
    unsigned units = 0, held = 0;
    for (const dci_node *c = list->first_child; c; c = c->next) {
        if (c->type != DCI_NODE_ELEMENT || c->prose == 0 || dci_is_leaf_block(c))
            continue;
        if (!first)
            first = c;
        const char *a = dci_attr_get(first, "class"), *b = dci_attr_get(c, "class");
        if (first->tag != c->tag || strcmp(a ? a : "", b ? b : "") != 0)
            continue;
        units++;
        held += c->prose;
    }
    return units >= THREAD_UNITS && held * 2 >= prose;
}

/* Whether the beside box n (named by a comment word) is a thread: its
 * prose is in a run of comment units, not in one story's paragraphs (a
 * layout wrapper named `with-sidebar` around the story is not). */
static int is_thread_box(const dci_node *n)
{
    const char *word = dci_beside_box_word(n);
    if (!word || !dci_beside_word_names_comments(word) || n->prose == 0)
        return 0;
    for (const dci_node *c = n; c; c = dci_next(c, n))
        if (c->type == DCI_NODE_ELEMENT && holds_units(c, n->prose))
            return 1;
    return 0;
}

/* Whether s[from, to) holds a year, 1900 to 2099 or of the Buddhist era,
 * standing alone (in the digits of any script, dci_year_len). */
static int has_year(const char *s, size_t from, size_t to)
{
    for (size_t i = from; i + 4 <= to; i++)
        if (dci_digit(s + i, to - i, NULL) >= 0 && !dci_digit_before(s + from, i - from) &&
            dci_year_len(s + i, to - i))
            return 1;
    return 0;
}

/* The offset past the time of day at s[i] (its hour's last digit), its
 * minutes, seconds and spaces, within s[.., to); *meridiem tells whether
 * "am" or "pm" follows there. */
static size_t time_digits_end(const char *s, size_t i, size_t to, int *meridiem)
{
    size_t j = i + dci_clock_len(s + i, to - i), n;
    while (j < to && (s[j] == ' ' || s[j] == ':' || dci_digit(s + j, to - j, &n) >= 0))
        j += s[j] == ' ' || s[j] == ':' ? 1 : n;
    *meridiem = j + 1 < to && strchr("aApP", s[j]) &&
                (s[j + 1] == 'm' || s[j + 1] == 'M' || s[j + 1] == '.');
    return j;
}

/* Whether the time of day at s[i] (its hour's last digit) reads as a
 * signature's: "am"/"pm" after it, or a year near it ("May 2, 2012 14:05");
 * a verse ("John 3:16") or a score ("2:1") has neither. */
static int signature_time(const char *s, size_t i, size_t from, size_t to)
{
    int meridiem;
    size_t j = time_digits_end(s, i, to, &meridiem);
    if (meridiem)
        return 1;
    size_t lo = i > from + NAME_BYTES ? i - NAME_BYTES : from;
    size_t hi = j + NAME_BYTES < to ? j + NAME_BYTES : to;
    return has_year(s, lo, hi);
}

/* Whether two digits stand before the hour's last digit at s[i]: the
 * time's "hour" has three, a count or a score ("2012:05"). */
static int hour_digits_before(const char *s, size_t i)
{
    if (!dci_digit_before(s, i))
        return 0;
    size_t start = i - 1;   /* the digit before's first byte */
    while (start > 0 && ((unsigned char)s[start] & 0xC0) == 0x80)
        start--;
    return dci_digit_before(s, start);
}

/* The offset of the first time of day of a signature ("05:23 2012",
 * "8:49 PM") in s[from, to), or -1. */
static long time_at(const char *s, size_t from, size_t to)
{
    for (size_t i = from; i + 3 < to; i++)
        if (dci_digit(s + i, to - i, NULL) >= 0 && dci_clock_len(s + i, to - i) &&
            !hour_digits_before(s, i) &&
            signature_time(s, i, from, to))
            return (long)i;
    return -1;
}

/* The verbs a comment's signature says its name with, after its date: "May
 * 2, 2012 at 8:38 am Ann said," (in the corpus's languages). */
static const char *const signature_verbs[] = {
    "said", "says", "wrote", "writes", "sagt", "schrieb", "dit", "dice", "disse", "scrive",
    "schreef", "zegt", "napisał", "pisze",
    /* the same signatures in more languages of the web: "Ann a écrit :",
     * "escribió", "ha scritto", "escreveu", "написал", "skrev", "napsal" */
    "a écrit", "escribió", "dijo", "ha scritto", "escreveu", "napisała", "написал",
    "написала", "пишет", "skrev", "napsal", "napsala",
    /* and the languages the list lacked: "Ann yazdı:", "Ann skriver:", "Ann
     * schreibt:", "Ann píše:" */
    "yazdı", "dedi", "skriver", "säger", "schreibt", "píše", "сказал", "сказала",
    "schrijft", "escribe", "écrit",
};

/* The name said after the time of day ending at s[from] ("Ann said,"):
 * the words up to a signature verb within NAME_BYTES; 0 when none. */
static int name_after_time(const char *s, size_t from, const char **name, size_t *len)
{
    while (s[from] == ' ')
        from++;
    for (size_t i = from + 1; s[i] && i < from + NAME_BYTES; i++) {
        if (s[i - 1] != ' ')
            continue;
        for (size_t v = 0; v < DCX_COUNTOF(signature_verbs); v++) {
            size_t l = dci_lower_prefix(s + i, signature_verbs[v]);
            if (l && s[i + l] &&
                strchr(" ,:.", s[i + l])) {
                *name = s + from;
                *len = i - 1 - from;
                return 1;
            }
        }
    }
    return 0;
}

/* The offset just after the time of day at s[i] (its hour's last digit)
 * and its am/pm, in s of n bytes. */
static size_t time_end(const char *s, size_t i, size_t n)
{
    int meridiem;
    size_t j = time_digits_end(s, i, n, &meridiem);
    return meridiem ? j + 2 : j;
}

/* The offset past the comment's number opening s, its digits and the marks
 * around them ("1. ", "#12 "). */
static size_t number_end(const char *s)
{
    size_t start = 0, n;
    for (;;) {
        if (dci_digit(s + start, SIZE_MAX, &n) >= 0)
            start += n;
        else if (s[start] && strchr(" .#)", s[start]))
            start++;
        else
            return start;
    }
}

/* The signature in text s: a time of day within its first sig bytes, its
 * name what stands before its first digit, after the comment's number ("Ann on
 * May " of "1 Ann on May 2"), or after it, said with a verb ("May 2, 2012 at
 * 8:38 am Ann said,"); or,
 * when closing is set, within its last sig bytes, its name the opening
 * words of s (the comment's "Ann wrote:"). 0 when it has none. */
static int signature_in(const char *s, size_t sig, int closing, const char **name, size_t *len)
{
    size_t n = strlen(s);
    long t = time_at(s, 0, n < sig ? n : sig);
    if (t >= 0 && name_after_time(s, time_end(s, (size_t)t, n), name, len))
        return 1;   /* "May 2, 2012 at 8:38 am Ann said," */
    if (t >= 0) {
        size_t start = 0, digit;
        start = number_end(s);   /* the comment's number: "1 Ann on May " */
        for (digit = start; s[digit] && dci_digit(s + digit, SIZE_MAX, NULL) < 0; digit++)
            ;
        *name = s + start;
        *len = digit - start;
        return 1;
    }
    if (!closing || time_at(s, n > sig ? n - sig : 0, n) < 0)
        return 0;
    *name = s;
    *len = n < NAME_BYTES ? n : NAME_BYTES;
    return 1;
}

/* Whether n holds a title heading, <h1> to <h3> (a comment's name may be an
 * <h4> or <h5>, a post's title is rarely lower than <h3>). */
static int holds_title(const dci_node *n)
{
    for (const dci_node *c = n; c; c = dci_next(c, n))
        if (c->type == DCI_NODE_ELEMENT && c->tag >= GUMBO_TAG_H1 && c->tag <= GUMBO_TAG_H3 &&
            !(c->flags & DCI_DROPPED) && c->chars > 0)
            return 1;
    return 0;
}

/* ------------------------------------------------- signatures with an age */

/* AGE_LINE: the most bytes of a unit's opening read for a signature with a
 * relative age ("Ann added 1 day ago"), a short line; AGE_OWN_TEXT: the
 * fewest characters outside links a unit so signed holds (a list of links
 * each with its age is no thread); AGE_NAME_WORDS: the most words of its
 * name; AGE_LINKS, AGE_NODES: the most links and nodes of a unit's opening
 * looked at for a linked age */
enum { AGE_LINE = 64, AGE_OWN_TEXT = 40, AGE_NAME_WORDS = 4, AGE_LINKS = 8, AGE_NODES = 64 };

/* The stems of the units of time of a relative age, in the languages of the
 * web ("3 days ago", "vor 3 Stunden", "il y a 2 jours", "hace 3 días", "3
 * giorni fa", "há 2 dias", "3 uur geleden", "3 dni temu"). */
static const char *const age_units[] = {
    "sec", "min", "hour", "hr", "day", "week", "month", "year", "yr",
    "sekunde", "stunde", "tag", "woche", "monat", "jahr",
    "seconde", "heure", "jour", "semaine", "mois", "an",
    "segundo", "hora", "día", "dia", "semana", "mes", "mês", "año", "ano",
    "second", "ora", "ore", "giorn", "settiman", "mes", "ann",
    "uur", "dag", "wek", "week", "maand", "jaar",
    "sekund", "godzin", "dni", "dzień", "tydzień", "tygodni", "miesiąc", "miesięcy", "rok",
    "lat",
    /* Russian ("3 часа назад"), Czech ("před 2 dny"), Swedish ("3 dagar
     * sedan"), Turkish ("2 gün önce") */
    "секунд", "минут", "час", "день", "дн", "недел", "месяц", "год", "лет",
    "hodin", "dn", "den", "týd", "měsíc", "let",
    "timm", "veck", "månad", "år",
    "saniye", "dakika", "saat", "gün", "hafta", "ay", "yıl",
};

/* The words before ("vor 3 Stunden") or after ("3 days ago") the number of
 * a relative age. */
static const char *const age_before[] = {"vor ", "il y a ", "hace ", "há ", "ha ", "před "};
static const char *const age_after[] = {" ago", " fa", " geleden", " temu", " назад", " sedan",
                                        " önce"};

/* The verbs a signature says its name with before its age ("Ann added 1 day
 * ago"), and the words of a signature opening with them ("posted by Bo"). */
static const char *const age_verbs[] = {
    "added", "posted", "wrote", "replied", "said", "commented", "answered", "responded",
};
static const char *const age_openers[] = {"posted by ", "added by ", "by "};

/* Whether s[i, ..) is one of words (in any case and script); its length in
 * *l. */
static int word_at(const char *s, const char *const *words, size_t count, size_t *l)
{
    for (size_t k = 0; k < count; k++) {
        *l = dci_lower_prefix(s, words[k]);
        if (*l)
            return 1;
    }
    return 0;
}

/* The end of the unit of time at s[i] (letters after a stem of age_units),
 * or 0 when there is none. */
static size_t age_unit_end(const char *s, size_t i)
{
    size_t l;
    if (!word_at(s + i, age_units, DCX_COUNTOF(age_units), &l))
        return 0;
    size_t j = i + l;
    while (isalpha((unsigned char)s[j]) || ((unsigned char)s[j] >= 0x80))
        j++;
    return j;
}

/* The offset where the relative age at s[i] (its number) starts, its
 * number said with a word before or after it, or -1. */
static long age_start(const char *s, size_t i, size_t n)
{
    size_t j = i;
    if (dci_digit(s + j, SIZE_MAX, NULL) >= 0) {
        j += dci_digit_run(s + j, SIZE_MAX, UINT_MAX, NULL, NULL);
    } else if (strncasecmp(s + j, "an ", 3) == 0 || strncasecmp(s + j, "a ", 2) == 0) {
        j += s[j + 1] == ' ' ? 1 : 2;
    } else {
        return -1;
    }
    if (s[j] != ' ')
        return -1;
    size_t end = age_unit_end(s, j + 1);
    if (end == 0)
        return -1;
    size_t l;
    if (end < n && word_at(s + end, age_after, DCX_COUNTOF(age_after), &l) &&
        (!s[end + l] || !isalpha((unsigned char)s[end + l])))
        return (long)i;
    for (size_t k = 0; k < DCX_COUNTOF(age_before); k++) {
        l = strlen(age_before[k]);
        if (i >= l && strncasecmp(s + i - l, age_before[k], l) == 0)
            return (long)(i - l);
    }
    return -1;
}

/* The offset of the first relative age in s[0, n) ("1 day ago"), or -1. */
static long age_at(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((i == 0 || s[i - 1] == ' ') && age_start(s, i, n) >= 0)
            return age_start(s, i, n);
    return -1;
}

/* The words of s[from, to). */
static unsigned words_in(const char *s, size_t from, size_t to)
{
    unsigned words = 0;
    for (size_t i = from; i < to; i++)
        if (s[i] != ' ' && (i == from || s[i - 1] == ' '))
            words++;
    return words;
}

/* The name before a relative age at s[a]: "Ann added ", "Ann · ", "posted by
 * Bo ", a few words of no digit; 0 when the age stands without one. */
static int name_before_age(const char *s, size_t a, const char **name, size_t *len)
{
    size_t start = number_end(s), end = a, l;   /* past the comment's number */
    while (end > start && s[end - 1] == ' ')
        end--;
    if (end >= start + 6 && strncasecmp(s + end - 6, " about", 6) == 0)
        end -= 6;
    size_t v = end;
    while (v > start && s[v - 1] != ' ')
        v--;
    int said = word_at(s + v, age_verbs, DCX_COUNTOF(age_verbs), &l) && v + l == end;
    int separated = end - v <= 3 && (strchr("|-", s[v]) || (unsigned char)s[v] >= 0x80) &&
                    !isalnum((unsigned char)s[v]);
    if (said || separated) {
        end = v;
    } else if (word_at(s + start, age_openers, DCX_COUNTOF(age_openers), &l)) {
        start += l;   /* "posted by Bo 3 hours ago" */
    } else {
        return 0;
    }
    while (end > start && s[end - 1] == ' ')
        end--;
    if (end > start && dci_has_digit(s + start, end - start))
        return 0;
    unsigned words = words_in(s, start, end);
    if (words == 0 || words > AGE_NAME_WORDS)
        return 0;
    *name = s + start;
    *len = end - start;
    return 1;
}

/* Whether a link among u's first AGE_LINKS (in its first AGE_NODES nodes,
 * its opening) holds a relative age: a story's history of linked "3 days
 * ago" is no signature. */
static int age_linked(const dci_node *u, dci_walk *w)
{
    unsigned links = 0, nodes = 0;
    for (const dci_node *c = u; c && links < AGE_LINKS && nodes++ < AGE_NODES;
         c = dci_next(c, u)) {
        if (c->type != DCI_NODE_ELEMENT || c->tag != GUMBO_TAG_A)
            continue;
        links++;
        const char *s = dci_node_text_all(w->doc->arena, c, AGE_LINE);
        if (s && age_at(s, strlen(s)) >= 0)
            return 1;
    }
    return 0;
}

/* The signature of unit u with a relative age when t->signature_ages: its
 * opening line says a name and a verb or a separator before the age ("Ann
 * added 1 day ago Reply", "posted by Bo 3 hours ago", "Cy · 2 years ago"),
 * its lines dropped as links read too, the age not linked, the unit holding
 * text of its own beside its links. */
static int age_signature(const dci_node *u, dci_walk *w, const char **name, size_t *len)
{
    if (!w->tuning->signature_ages || u->chars < u->link_chars + AGE_OWN_TEXT)
        return 0;
    const char *s = dci_node_text_all(w->doc->arena, u, AGE_LINE);
    if (!s)
        return 0;
    long a = age_at(s, strlen(s));
    return a > 0 && name_before_age(s, (size_t)a, name, len) && !age_linked(u, w);
}

/* The signature of comment unit u: a time of day opening or closing it ("Ann
 * on May 2, 2012 1:37 pm", "Posted by: tj at 06:10 PM"), or opening the
 * line without prose just before it (a <dl>'s <dt> over the comment's
 * <dd>). Its name is in *name, *len bytes. 0 when it has none, or when u
 * holds a title: a blog's page of posts, each under its title, signs each
 * "Posted by jon at 11:16 AM". */
static int unit_signature(const dci_node *u, dci_walk *w, size_t sig, const char **name,
                          size_t *len)
{
    if (holds_title(u))
        return 0;   /* a post under its title, signed by its author */
    /* its opening first; its closing only when it is not long (its whole text
     * is copied for it) */
    const char *s = dci_walk_text(w, u, sig);
    if (s && signature_in(s, sig, 0, name, len))
        return 1;
    size_t chars = (size_t)u->chars * 4 + 4;
    s = chars > sig && chars <= sig * 64 ? dci_walk_text(w, u, chars) : NULL;
    if (s && signature_in(s, sig, 1, name, len))
        return 1;
    if (age_signature(u, w, name, len))
        return 1;   /* "Ann added 1 day ago Reply" */
    const dci_node *p = u->prev;
    while (p && p->type != DCI_NODE_ELEMENT)
        p = p->prev;
    if (!p || p->prose || p->chars == 0 || p->chars > sig)
        return 0;
    s = dci_walk_text(w, p, sig * 4);
    return s && signature_in(s, sig, 0, name, len);
}

int dci_unit_signature(const dci_node *u, dci_walk *w, const char **name, size_t *len)
{
    return unit_signature(u, w, w->tuning->signature_max_chars, name, len);
}

/* The first of n's comment units, the element children of one tag (their
 * class may alternate, "odd"/"even"), not leaf paragraphs, each with prose:
 * THREAD_UNITS or more, together holding half of n's prose and none half
 * of theirs (a story's sections are not a thread) unless headed (a heading
 * naming comments says what they are, however long one reply). NULL when
 * n has no such run; *count is how many. */
static const dci_node *tag_units(const dci_node *n, unsigned *count, int headed)
{
    const dci_node *first = NULL;
    unsigned units = 0, held = 0, most = 0;
    for (const dci_node *c = n->first_child; c; c = c->next) {
        if (c->type != DCI_NODE_ELEMENT || c->prose == 0 || dci_is_leaf_block(c))
            continue;
        if (!first)
            first = c;
        if (first->tag != c->tag)
            continue;
        units++;
        held += c->prose;
        most = c->prose > most ? c->prose : most;
    }
    *count = units;
    return units >= THREAD_UNITS && held * 2 >= n->prose && (headed || most * 2 <= held) ? first
                                                                                : NULL;
}

/* HEADING_BYTES: the most of a heading read to tell it names comments;
 * HEADING_SKIP: the most empty nodes passed looking for it (a run of empty
 * siblings is not walked again for each of them); HEADING_CONTROLS: the
 * most short lines of a thread's controls between it and its heading */
enum { HEADING_BYTES = 64, HEADING_SKIP = 8, HEADING_CONTROLS = 2 };

/* h, or past white space and empty boxes the first node holding text
 * after it (forward) or before it; NULL past HEADING_SKIP of them. */
static const dci_node *past_empty(const dci_node *h, int forward)
{
    for (unsigned skipped = 0; h && h->chars == 0 && skipped < HEADING_SKIP; skipped++)
        h = forward ? h->next : h->prev;
    return h && h->chars > 0 ? h : NULL;
}

/* The heading over n: the element just before it, or its own first, past
 * white space and empty boxes; NULL when that is no short heading. A short
 * unlinked line in a box that is no heading element may head it too
 * ("{ 167 comments }" in a <p>): dci_match_comment_count tells whether it
 * does. */
static const dci_node *heading_over(const dci_node *h, int forward)
{
    h = past_empty(h, forward);
    if (!h || h->type != DCI_NODE_ELEMENT || h->chars > HEADING_BYTES)
        return NULL;
    if (!dci_is_heading(h) && (h->prose || h->link_chars * 2 >= h->chars))
        return NULL;   /* a line of prose, or a link to the thread ("167 comments") */
    return h;
}

/* Whether h is a heading naming comments, or a line counting them. */
static int names_thread(const dci_node *h, dci_walk *w)
{
    const char *s = h ? dci_walk_text(w, h, HEADING_BYTES) : NULL;
    return s && (dci_is_heading(h) ? dci_match_comment_heading(s) != NULL
                                 : dci_match_comment_count(s, strlen(s), 1));
}

/* The element before h past white space and empty boxes, or NULL. */
static const dci_node *line_before(const dci_node *h)
{
    h = past_empty(h, 0);
    return h && h->type == DCI_NODE_ELEMENT ? h : NULL;
}

/* CONTROL_CHARS: the longest line of a comment's controls looked at */
enum { CONTROL_CHARS = 48 };

int dci_is_control_line(const dci_node *c, dci_walk *w)
{
    /* the cheap tests first: a control is a link or a button, and most
     * short lines hold neither */
    if (c->type != DCI_NODE_ELEMENT || c->chars == 0 || c->chars > CONTROL_CHARS || c->prose ||
        (c->link_chars == 0 && c->tag != GUMBO_TAG_BUTTON))
        return 0;
    const char *s = dci_walk_text(w, c, CONTROL_CHARS * 4);
    return s && dci_match_comment_control(s) != NULL;
}

int dci_controlled_unit(const dci_node *u, dci_walk *w)
{
    if (u->type != DCI_NODE_ELEMENT || (u->flags & DCI_DROPPED) || u->chars == 0 ||
        dci_is_leaf_block(u))
        return 0;
    int found = 0;
    for (const dci_node *c = u->first_child; c;) {
        if (c->type != DCI_NODE_ELEMENT || (c->flags & DCI_DROPPED) || c->chars == 0) {
            c = dci_next_skip(c, u);
            continue;
        }
        if (c->tag >= GUMBO_TAG_H1 && c->tag <= GUMBO_TAG_H3)
            return 0;   /* a post under its title */
        found = found || dci_is_control_line(c, w);
        c = dci_next(c, u);
    }
    return found;
}

/* The first of n's element children with text when they are fewer than
 * THREAD_UNITS boxes of one tag (one or two replies, too few for a run),
 * else NULL. Only counted: most boxes have more children, or none. */
static const dci_node *few_units(const dci_node *n, dci_walk *w)
{
    if (!w->tuning->thread_controls)
        return NULL;
    const dci_node *first = NULL;
    unsigned units = 0;
    for (const dci_node *c = n->first_child; c; c = c->next) {
        if (c->type != DCI_NODE_ELEMENT || c->chars == 0 || (c->flags & DCI_DROPPED))
            continue;
        if (!first)
            first = c;
        if (c->tag != first->tag || ++units >= THREAD_UNITS)
            return NULL;
    }
    return first;
}

/* Whether the few units from first on (few_units) each carry a line of
 * their controls (dci_controlled_unit): replies, which the heading over
 * them names ("One Response to ..."). */
static int few_replies(const dci_node *first, dci_walk *w)
{
    for (const dci_node *c = first; c; c = c->next)
        if (c->type == DCI_NODE_ELEMENT && c->chars > 0 && !(c->flags & DCI_DROPPED) &&
            !dci_controlled_unit(c, w))
            return 0;
    return 1;
}

/* Whether a heading naming comments opens n or stands over it, or over
 * the short lines of the thread's controls under the heading ("Comments
 * (5)", "Subscribe to this comment's feed"). */
static int under_comment_heading(const dci_node *n, dci_walk *w)
{
    if (names_thread(heading_over(n->first_child, 1), w))
        return 1;
    const dci_node *h = n->prev;
    for (unsigned lines = 0; h && lines <= HEADING_CONTROLS; lines++) {
        if (names_thread(heading_over(h, 0), w))
            return 1;
        const dci_node *line = line_before(h);
        if (!line || line->prose || line->chars > HEADING_BYTES)
            return 0;
        h = line->prev;
    }
    return 0;
}

/* Whether n is a run of comment units (tag_units) right under, or
 * opened by, a heading naming comments, whatever its class: "119
 * Comments", "Comments (12)", or a line counting them in a box that is no
 * heading element ("{ 167 comments }": dci_match_comment_count), though their
 * signatures may carry no time of day ("October 2, 2012 | Permalink"). The
 * page says what they are; one or two replies count when each carries a
 * line of its controls (few_replies). Not a box under "About Me": on a
 * blog it is the owner's profile, but on an about page it is the page's
 * text. */
static int is_headed_thread(const dci_node *n, dci_walk *w)
{
    unsigned units;
    if (n->prose == 0)
        return 0;
    /* the cheap tests first: the units' shape, then the heading, and the
     * few replies' controls (their subtrees read) last */
    int run = tag_units(n, &units, 1) != NULL;
    const dci_node *few = run ? NULL : few_units(n, w);
    return (run || few) && under_comment_heading(n, w) && (run || few_replies(few, w));
}

/*
 * Whether n is a thread of signed comments by its shape alone, whatever its
 * class says: THREAD_UNITS or more comment units (boxes of one tag, not leaf
 * paragraphs, with prose, holding half of n's; their class may alternate,
 * "odd"/"even", "alt"), two thirds
 * of them signed with a time of day (unit_signature), two thirds of those
 * with different names (a page of one blog's posts signs each with its one
 * author: "Posted by jon at 11:16 AM"; a live blog's entries open with the
 * time alone), the first of them signed and none holding half their prose
 * (a story and the replies under it in one box are not a thread beside the
 * story).
 */
static int is_signed_thread(const dci_node *n, dci_walk *w)
{
    unsigned units;
    const dci_node *first = n->prose ? tag_units(n, &units, 0) : NULL;
    if (!first)
        return 0;
    const char *names[THREAD_NAMES_MAX];
    size_t lens[THREAD_NAMES_MAX];
    unsigned signed_units = 0, distinct = 0;
    size_t sig = w->tuning->signature_max_chars;
    unsigned compared = units < THREAD_NAMES_MAX ? units : THREAD_NAMES_MAX, unsigned_units = 0;
    units = 0;
    for (const dci_node *c = n->first_child; c && units < THREAD_NAMES_MAX; c = c->next) {
        if (c->type != DCI_NODE_ELEMENT || c->prose == 0 || dci_is_leaf_block(c) ||
            first->tag != c->tag)
            continue;
        units++;
        const char *name;
        size_t len;
        if (!unit_signature(c, w, sig, &name, &len)) {
            if (c == first || ++unsigned_units * 3 > compared)
                return 0;   /* not two thirds signed: the rest need not be read */
            continue;
        }
        distinct = dci_name_set_add(names, lens, distinct, name, len);
        signed_units++;
    }
    return signed_units * 3 >= units * 2 && distinct * 3 >= signed_units * 2;
}

/* Leaves flagged only the tops of the thread boxes, or with shape set
 * only the threads with that flag (DCI_THREAD: told by their shape, the
 * signatures of their comments or the heading over them; DCI_HEADED: by
 * that heading): 1 when there is one. */
static int keep_threads(dci_node *body, unsigned shape)
{
    int found = 0;
    for (dci_node *n = body->first_child; n;) {
        if (n->type == DCI_NODE_ELEMENT && (n->flags & DCI_BESIDE) &&
            (shape ? (n->flags & shape) != 0
                   : ((n->flags & DCI_THREAD) || is_thread_box(n)))) {
            found = 1;
            n = dci_next_skip(n, body);
            continue;
        }
        n->flags &= (unsigned short)~DCI_BESIDE;
        n = dci_next(n, body);
    }
    return found;
}

/* The prose of n outside the elements in it marked with flag: the threads
 * told by their shape (DCI_THREAD), the boxes beside the article
 * (DCI_BESIDE). */
static unsigned prose_outside(const dci_node *n, unsigned flag)
{
    unsigned prose = n->prose;
    for (const dci_node *c = n->first_child; c;) {
        if (c->type == DCI_NODE_ELEMENT && (c->flags & flag)) {
            prose -= c->prose < prose ? c->prose : prose;
            c = dci_next_skip(c, n);
            continue;
        }
        c = dci_next(c, n);
    }
    return prose;
}

/* Whether element n is the page's main landmark: <main>, role="main". */
static int is_main_landmark(const dci_node *n)
{
    if (n->tag == GUMBO_TAG_MAIN)
        return 1;
    return dci_attr_has_token(n, "role", "main");
}

/* The page's main landmark holding a thread told by its shape (DCI_THREAD)
 * and no prose outside the boxes beside the article: the thread is the
 * page (a wiki's talk page, a forum's thread). Its marks are cleared, the
 * thread scores as any box: 1 when so. Boxes named beside the article keep
 * theirs (a video post's comments). */
static int unmark_main_thread(dci_node *body)
{
    dci_node *main = NULL;
    for (dci_node *n = body->first_child; n && !main; n = dci_next(n, body))
        if (n->type == DCI_NODE_ELEMENT && is_main_landmark(n))
            main = n;
    if (!main || main->prose == 0 || prose_outside(main, DCI_BESIDE) > 0)
        return 0;
    int found = 0;
    for (dci_node *n = main->first_child; n;) {
        if (n->type == DCI_NODE_ELEMENT && (n->flags & DCI_THREAD)) {
            for (dci_node *c = n; c; c = dci_next(c, n))
                c->flags &= (unsigned short)~(DCI_BESIDE | DCI_THREAD | DCI_HEADED);
            found = 1;
            n = dci_next_skip(n, main);
            continue;
        }
        n = dci_next(n, main);
    }
    return found;
}

/* The characters of n's text in headings. */
static unsigned heading_chars(const dci_node *n)
{
    unsigned chars = 0;
    for (const dci_node *c = n; c;) {
        if (c->type == DCI_NODE_ELEMENT && dci_is_heading(c)) {
            chars += c->chars;
            c = dci_next_skip(c, n);
            continue;
        }
        c = dci_next(c, n);
    }
    return chars;
}

/* Whether rival, the best candidate outside the boxes beside the article,
 * is the post the page's headline heads (dci_mark_headline): its body,
 * mostly text that is no heading (not the header around the headline, which
 * may score above a story in a wrapper named `l-sidebar`), and no wrapper
 * around a beside box: the page names it its article, and a profile or a
 * thread beside it is not. */
static int headline_rival(dci_doc *doc, const dci_node *rival)
{
    if (heading_chars(rival) * 2 > rival->chars)
        return 0;
    if (dci_mark_headline(doc, 1) < 0) {
        dci_mark_headline(doc, 0);
        return 0;
    }
    int is = (rival->flags & DCI_HOLDS_HEADLINE) != 0;
    for (const dci_node *n = rival->first_child; n && is; n = dci_next(n, rival))
        if (n->flags & DCI_BESIDE)
            is = 0;
    dci_mark_headline(doc, 0);
    return is;
}

/* The scores and ranking of the page. The boxes beside the article (its
 * comments, the side column) that clean left standing for their length go
 * when the page outside them has a candidate scoring a fair share of the
 * best (t->beside_rival_ratio): a thread or a profile outscores a short
 * post by its length alone. Else (a post whose own box is named
 * `comment`, a layout named `with-sidebar`) they score as any box. A
 * smaller share does when the candidate is the post the page's headline
 * heads (t->beside_headline_ratio), and for a thread of comment units,
 * which no story is (t->beside_thread_ratio): a short post scores less
 * than half of a long thread under it or a profile beside it. A thread told
 * by its shape that is all the prose of the page's main landmark is no box
 * beside the article (t->main_threads, unmark_main_thread). */
static void score_and_rank(dci_walk *w, dci_node *body, dci_node **top)
{
    const dci_tuning *t = w->tuning;
    int beside = t->beside_rival_ratio > 0 && mark_beside_boxes(body, w);
    if (beside && t->main_threads)
        unmark_main_thread(body);
    score_page(w->doc, body, beside, top);
    if (!beside)
        return;
    dci_node *rival = top[0];
    float without = rival ? rival->score : 0;
    score_page(w->doc, body, 0, top);
    float best = top[0] ? top[0]->score : 0;
    int drop = without > 0 && without >= best * t->beside_rival_ratio;
    if (top[0] && without > 0 && !drop && t->beside_headline_ratio > 0 &&
        without >= best * t->beside_headline_ratio)
        drop = headline_rival(w->doc, rival);
    if (top[0] && without > 0 && !drop && t->beside_thread_ratio > 0 &&
        without >= best * t->beside_thread_ratio)
        drop = keep_threads(body, 0);
    if (top[0] && without > 0 && !drop && t->beside_signed_ratio > 0 &&
        without >= best * t->beside_signed_ratio &&
        prose_outside(rival, DCI_THREAD) >= t->beside_signed_prose)
        drop = keep_threads(body, DCI_THREAD);
    if (top[0] && without > 0 && !drop && t->beside_headed_ratio > 0 &&
        without >= best * t->beside_headed_ratio)
        drop = keep_threads(body, DCI_HEADED);
    if (top[0] && drop && dci_walk_stage(w, DCI_STAGE_BESIDE, body) == DC_OK && w->matched)
        score_page(w->doc, body, 0, top);
    for (dci_node *n = body; n; n = dci_next(n, body))
        n->flags &= (unsigned short)~(DCI_BESIDE | DCI_THREAD | DCI_HEADED);
}

/* HEADLINES_MAX: the most headings naming the headline looked at (each
 * box they head is walked once); HEADER_LEVELS: how far above a header
 * holding nothing but the headline and its byline the post is looked for */
enum { HEADLINES_MAX = 4, HEADER_LEVELS = 2 };

/* The box heading h heads: its nearest ancestor holding more text than h,
 * below body; NULL when there is none. */
static dci_node *headed_box(dci_node *h, const dci_node *body)
{
    dci_node *box = h->parent;
    while (box && box != body && box->chars <= h->chars)
        box = box->parent;
    return box && box != body ? box : NULL;
}

/* The best candidate in box holding text chars outside links at least, or
 * an article's worth of prose (prose; 0: not enough): a byline's commas
 * may outscore the post's few lines, but a story is a story however long
 * the thread under it. NULL when none does. */
static dci_node *best_in(dci_node *box, float chars, unsigned prose)
{
    dci_node *pick = NULL;
    for (dci_node *n = box; n; n = dci_next(n, box))
        if ((n->flags & DCI_CANDIDATE) &&
            ((float)unlinked_chars(n) >= chars || (prose && n->prose >= prose)) &&
            (!pick || n->score > pick->score))
            pick = n;
    return pick;
}

/* Whether a ends before b starts in page order (neither holds the
 * other). */
static int ends_before(const dci_node *a, const dci_node *b)
{
    dci_meet(&a, &b);
    if (a == b)
        return 0;
    for (const dci_node *n = a->next; n; n = n->next)
        if (n == b)
            return 1;
    return 0;
}

/*
 * The candidate the page's headline heads, when the best is outside every
 * box a heading naming the headline heads (and around none of them) and
 * that candidate scores t->headline_body_ratio of it, holding
 * t->headline_body_text of its text outside links or t->headline_body_prose
 * of prose (the box may be a header, the post beside it in the box above):
 * the page names that
 * box its article, where a profile, a blog's description, a site's footer
 * or a long thread of comments elsewhere outscores a short post by its
 * length (the classes that would name them may be hashes or in another
 * language). An article follows its headline: a best that ends before the
 * first heading, when that heading is most of the title, needs only
 * t->headline_ahead_ratio of a candidate there (a profile above the
 * post), and a best that is a run of comment units after it only
 * t->headline_thread_prose of the post's prose. *apart: 1 when either
 * holds, and the winner widened from the pick must not take in the best.
 * NULL when the best stays.
 */
static dci_node *headed_candidate(dci_doc *doc, dci_node *body, dci_node *best,
                                  const dci_node *first, int *apart)
{
    const dci_tuning *t = doc->tuning;
    dci_node *heads[HEADLINES_MAX];
    int whole = 0;
    int found = t->headline_body_ratio > 0
                    ? dci_find_headlines(doc, heads, HEADLINES_MAX, &whole) : 0;
    float ratio = t->headline_body_ratio;
    float chars = (float)unlinked_chars(best) * t->headline_body_text;
    *apart = found > 0 && whole && t->headline_ahead_ratio > 0 && ends_before(best, heads[0]);
    if (*apart) {
        ratio = t->headline_ahead_ratio;
        chars = 0;
    }
    unsigned prose = t->headline_body_prose, units;
    if (found > 0 && t->headline_thread_prose > 0 && ends_before(heads[0], best) &&
        tag_units(best, &units, 0)) {
        prose = t->headline_thread_prose;   /* a run of comment units under the post */
        *apart = 1;
    }
    dci_node *pick = NULL;
    for (int i = 0; i < found; i++) {
        dci_node *box = headed_box(heads[i], body), *in = NULL;
        /* a header holding the headline and its byline: the post is beside it */
        for (unsigned up = 0; box && box != body && !in && up <= HEADER_LEVELS;
             up++, box = box->parent) {
            if (box == best || dci_is_inside(best, box) || dci_is_inside(box, best)) {
                if (!pick)
                    return NULL;
                break;   /* the title repeated over the comments, after the story */
            }
            in = best_in(box, chars, prose);
        }
        if (in && (!pick || in->score > pick->score))
            pick = in;
    }
    return pick && pick->score >= first->score * ratio ? pick : NULL;
}

/* Whether c is a line of links: dropped as one (a teaser's "Find out more
 * about X", a "Read more" line), or kept with most of its text linked. */
static int is_link_line(const dci_node *c)
{
    if (dci_dropped_as_link_list(c))
        return 1;
    return !(c->flags & DCI_DROPPED) && c->chars > 0 && 2 * c->link_chars >= c->chars;
}

/* Whether c counts in a run of blurbs: an element with text, or a line
 * of links that went. */
static int blurb_part(const dci_node *c)
{
    return c->type == DCI_NODE_ELEMENT && (c->chars > 0 || dci_dropped_as_link_list(c));
}

/* Counts the blurbs among box's children (the first DCI_THREAD_SCAN
 * elements): runs each opened by a heading and holding a line after it,
 * and boxes whose first part is a heading with a line after it; *linked:
 * those whose last part is a line of links. */
static unsigned count_blurbs(const dci_node *box, unsigned *linked)
{
    unsigned groups = 0, read = 0;
    const dci_node *head = NULL, *last = NULL;
    *linked = 0;
    for (const dci_node *c = box->first_child; c && read < DCI_THREAD_SCAN; c = c->next) {
        if (!blurb_part(c))
            continue;
        read++;
        if (dci_is_heading(c)) {
            if (head && last) {
                groups++;
                *linked += is_link_line(last);
            }
            head = c;
            last = NULL;
            continue;
        }
        if (head) {
            last = c;
            continue;
        }
        /* a boxed blurb: its heading first, its last line after it */
        const dci_node *first = NULL, *end = NULL;
        for (const dci_node *d = c->first_child; d; d = d->next)
            if (blurb_part(d)) {
                if (!first)
                    first = d;
                end = d;
            }
        if (first && end != first && dci_is_heading(first)) {
            groups++;
            *linked += is_link_line(end);
        }
    }
    if (head && last) {
        groups++;
        *linked += is_link_line(last);
    }
    return groups;
}

/*
 * A best made of t->blurb_min_groups blurbs or more, each a heading over a
 * few lines, t->blurb_link_share of them ending in a line of links ("Find
 * out more about X"), is a box of teasers for the site's other pages (a
 * "Features" box, a column of promos), however well its paragraphs score:
 * a story's sections do not each end in a link. A candidate beside it
 * (neither holds the other) with more prose, scoring t->blurb_rival_ratio
 * of it, is the story. NULL when the best stays. One look at the best's
 * children, once a page.
 */
static dci_node *blurb_rival(const dci_tuning *t, dci_node **top, const dci_node *best)
{
    unsigned linked;
    if (!t->blurb_min_groups || !top[0])
        return NULL;
    unsigned groups = count_blurbs(best, &linked);
    if (groups < t->blurb_min_groups || !dci_share_reached(linked, groups, t->blurb_link_share))
        return NULL;
    dci_node *pick = NULL;
    for (int i = 0; i < TOP_CANDIDATES && top[i]; i++) {
        dci_node *r = top[i];
        if (r == best || dci_is_inside(r, best) || dci_is_inside(best, r) ||
            r->prose <= best->prose || r->score < best->score * t->blurb_rival_ratio)
            continue;
        if (!pick || r->score > pick->score)
            pick = r;
    }
    return pick;
}

/* The winner when pick, a candidate found by a rule, replaces best: pick
 * alone ranked, widened as any winner is; with apart, not widened back
 * over the box it beat (beaten, or an ancestor holding it). top is
 * overwritten. */
static dci_node *choose_winner_instead(const dci_tuning *t, dci_node *body, dci_node **top,
                                       dci_node *pick, const dci_node *beaten, int apart)
{
    memset(top, 0, TOP_CANDIDATES * sizeof *top);
    top[0] = pick;
    dci_node *best = choose_winner(t, body, top);
    if (apart && best != pick && (best == beaten || dci_is_inside(beaten, best)))
        return pick;
    return best;
}

dc_status dci_score(dci_doc *doc, dci_node **winner)
{
    dci_node *body = doc->body;
    *winner = NULL;
    if (!body || (body->flags & DCI_DROPPED))
        return DC_OK;
    dci_node *top[TOP_CANDIDATES];
    dci_walk w;
    dci_walk_init(&w, doc);
    score_and_rank(&w, body, top);
    if (w.status != DC_OK || !top[0])
        return w.status;
    dci_node *best = choose_winner(doc->tuning, body, top);
    if (!holds_share(doc->tuning, best, body, doc->tuning->winner_prose_share) ||
        !holds_share(doc->tuning, top[0], body, doc->tuning->core_prose_share))
        best = choose_fair_winner(doc->tuning, body, top, best);
    dci_node *story = blurb_rival(doc->tuning, top, best);
    if (story) {
        best = choose_winner_instead(doc->tuning, body, top, story, best, 1);
        w.best_why = "a story beside a box of teasers";
    }
    int apart = 0;
    dci_node *headed = headed_candidate(doc, body, best, top[0], &apart);
    if (headed) {
        best = choose_winner_instead(doc->tuning, body, top, headed, best, apart);
        w.best_why = "the post the page's headline heads";
    }
    dci_node *holder = prefer_article_holder(doc->tuning, best, body);
    if (holder != best)
        w.best_why = "the page's marked article, holding more prose";
    dci_node *declared = follow_declared_body(doc, holder, body);
    int moved = declared != holder;
    if (moved)
        w.best_why = "the element holding the article text the page declares (JSON-LD)";
    best = climb_levels(declared, body, doc->tuning->winner_climb);
    w.best = best;
    join_siblings(&w, best);
    if (doc->tuning->join_siblings)
        join_wrapper_parts(&w, best, body);
    find_page_headline(&w);
    if (w.status == DC_OK && doc->tuning->join_standfirst)
        adopt_standfirst(&w, best, body);
    if (w.status == DC_OK && doc->tuning->join_twins)
        adopt_twins(&w, body);
    *winner = best;
    return w.status;
}
