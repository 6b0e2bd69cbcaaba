#include "score.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "patterns.h"

#define MIN_PARAGRAPH_CHARS 25
#define ANCESTOR_LEVELS 5
#define TOP_CANDIDATES 5
#define TWIN_MIN_PROSE 100
#define INDEX_MIN_TEASERS 5
#define STANDFIRST_MIN_CHARS 40
#define STANDFIRST_MAX_CHARS 400
#define STANDFIRST_LEVELS 3
#define STANDFIRST_SIBLINGS 3
#define INDEX_TEASER_PROSE 300

float dc_link_density(const dc_node *n)
{
    return n->chars ? (float)n->link_chars / (float)n->chars : 0.0f;
}

void dc_own_text_stats(const dc_node *n, unsigned *chars, unsigned *commas)
{
    unsigned c = n->chars, k = n->commas;
    for (const dc_node *ch = n->first_child; ch; ch = ch->next) {
        if (ch->type == DC_NODE_ELEMENT && dc_tag_is_block(ch->tag)) {
            c -= ch->chars;
            k -= ch->commas;
        }
    }
    *chars = c;
    *commas = k;
}

static float tag_weight(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_DIV: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
        return 5;
    case GUMBO_TAG_SECTION: case GUMBO_TAG_PRE: case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
        return 3;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL:
    case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM:
        return -3;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_TH:
        return -5;
    default:
        return 0;
    }
}

static void init_candidate(dc_node *n)
{
    if (n->flags & DC_CANDIDATE)
        return;
    n->flags |= DC_CANDIDATE;
    n->score = tag_weight(n->tag) + (float)dc_class_weight(n);
}

/* Paragraph tags credit their parent first; a container that holds loose
 * text is itself the paragraph's first receiver. */
static int scores_itself(const dc_node *n)
{
    return !dc_tag_is_paragraph(n->tag) || n->tag == GUMBO_TAG_TD;
}

static void score_paragraph(dc_node *n, unsigned chars, unsigned commas)
{
    float base = 1.0f + (float)commas + (float)(chars / 100 < 3 ? chars / 100 : 3);
    dc_node *up = scores_itself(n) ? n : n->parent;
    for (int level = 0; up && level < ANCESTOR_LEVELS; level++, up = up->parent) {
        if (up->type != DC_NODE_ELEMENT || up->tag == GUMBO_TAG_HTML)
            break;
        init_candidate(up);
        float divider = level == 0 ? 1.0f : level == 1 ? 2.0f : (float)level * 3.0f;
        up->score += base / divider;
    }
}

static void score_paragraphs(dc_node *body)
{
    for (dc_node *n = body; n;) {
        if (n->flags & DC_DROPPED) {
            n = dc_next_skip(n, body);
            continue;
        }
        if (n->type == DC_NODE_ELEMENT && n != body && dc_tag_is_block(n->tag)) {
            unsigned chars, commas;
            dc_own_text_stats(n, &chars, &commas);
            if (chars >= MIN_PARAGRAPH_CHARS)
                score_paragraph(n, chars, commas);
        }
        n = dc_next(n, body);
    }
}

/* Discounts every candidate by its link density; returns the best ones,
 * best first, in top[0..TOP_CANDIDATES). */
static void rank_candidates(dc_node *body, dc_node **top)
{
    memset(top, 0, TOP_CANDIDATES * sizeof *top);
    /* candidates are ancestors of kept paragraphs: never inside a dropped part */
    for (dc_node *n = body; n; n = dc_next(n, body)) {
        if (!(n->flags & DC_CANDIDATE))
            continue;
        n->score *= 1.0f - dc_link_density(n);
        for (int i = 0; i < TOP_CANDIDATES; i++) {
            if (!top[i] || n->score > top[i]->score) {
                memmove(&top[i + 1], &top[i], (size_t)(TOP_CANDIDATES - 1 - i) * sizeof *top);
                top[i] = n;
                break;
            }
        }
    }
}

static int contains(const dc_node *ancestor, const dc_node *n)
{
    for (; n; n = n->parent)
        if (n == ancestor)
            return 1;
    return 0;
}

static size_t depth_of(const dc_node *n)
{
    size_t d = 0;
    for (; n->parent; n = n->parent)
        d++;
    return d;
}

/* The nearest common ancestor of a (at depth da) and b. */
static const dc_node *common_ancestor(const dc_node *a, size_t da, const dc_node *b)
{
    size_t db = depth_of(b);
    for (; da > db; da--)
        a = a->parent;
    for (; db > da; db--)
        b = b->parent;
    while (a != b) {
        a = a->parent;
        b = b->parent;
    }
    return a;
}

/* When close runners-up sit in the same ancestor, the article is split over
 * several containers: the ancestor holding three of them is the content.
 * That is the second nearest of the runners-up's common ancestors with best
 * (at least best->parent), found in O(depth) per runner-up: testing every
 * ancestor against every runner-up was quadratic in depth (100,000 nested
 * divs). */
static dc_node *widen_to_common_ancestor(dc_node *best, dc_node **top, dc_node *body)
{
    size_t dbest = depth_of(best), dbody = depth_of(body);
    size_t deepest = 0, second = 0; /* depths of the two nearest; 0: none */
    for (int i = 1; i < TOP_CANDIDATES && top[i]; i++) {
        if (!(top[i]->score >= best->score * 0.75f))
            continue;
        const dc_node *a = common_ancestor(best, dbest, top[i]);
        size_t d = a == best ? dbest - 1 : depth_of(a);
        if (d > deepest) {
            second = deepest;
            deepest = d;
        } else if (d > second) {
            second = d;
        }
    }
    if (second <= dbody)
        return best;
    dc_node *up = best;
    for (size_t d = dbest; d > second; d--)
        up = up->parent;
    return up;
}

/* A parent that scores better than its child holds more of the article. */
static dc_node *climb_while_better(dc_node *best, dc_node *body)
{
    float last = best->score;
    float floor = last / 3.0f;
    for (dc_node *up = best->parent; up && up != body; up = up->parent) {
        if (!(up->flags & DC_CANDIDATE))
            continue;
        if (up->score < floor)
            break;
        if (up->score > last)
            return up;
        last = up->score;
    }
    return best;
}

/* A winner with a small part of the prose of the <main> or <article> around
 * it is one box of a page whose text is spread over short blocks (a product
 * page's feature list): the marked element is the content. */
static dc_node *widen_to_marker(dc_node *best, dc_node *body)
{
    for (dc_node *up = best->parent; up && up != body; up = up->parent)
        if (up->tag == GUMBO_TAG_MAIN || up->tag == GUMBO_TAG_ARTICLE)
            return up->prose > best->prose * 3 ? up : best;
    return best;
}

static int element_children(const dc_node *n)
{
    int count = 0;
    for (const dc_node *c = n->first_child; c; c = c->next)
        if (c->type == DC_NODE_ELEMENT && !(c->flags & DC_DROPPED))
            count++;
    return count;
}

/* Equal but for digits: "story-body story-body-1" and "story-body
 * story-body-2" are numbered copies of one part of the template. */
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

static int same_class(const dc_node *a, const dc_node *b)
{
    const char *ca = dc_attr_get(a, "class"), *cb = dc_attr_get(b, "class");
    return ca && cb && *ca && same_but_digits(ca, cb);
}

static int ends_sentence(const dc_node *n)
{
    for (const dc_node *t = n->last_child; t; t = t->last_child) {
        if (t->type == DC_NODE_TEXT) {
            size_t len = t->text_len;
            while (len > 0 && (t->text[len - 1] == ' ' || t->text[len - 1] == '\n'))
                len--;
            return len > 0 && strchr(".!?\"", t->text[len - 1]) != NULL;
        }
    }
    return 0;
}

static int sibling_reads_like_article(const dc_node *s, const dc_node *best, float threshold)
{
    if (s == best)
        return 1;
    float bonus = same_class(s, best) ? best->score * 0.2f : 0.0f;
    /* a sibling joins on its score only if it reads as prose: lists of
     * teasers score too, on their summaries, but are made of short lines */
    if ((s->flags & DC_CANDIDATE) && s->score + bonus >= threshold && s->prose * 3 >= s->chars)
        return 1;
    unsigned chars, commas;
    dc_own_text_stats(s, &chars, &commas);
    if (chars == 0 || chars * 2 < s->chars)
        return 0;
    float density = dc_link_density(s);
    if (chars > 80)
        return density < 0.25f;
    return density == 0.0f && ends_sentence(s);
}

static int is_heading(const dc_node *n)
{
    return n->type == DC_NODE_ELEMENT && n->tag >= GUMBO_TAG_H1 && n->tag <= GUMBO_TAG_H6;
}

/* Marks best and its siblings that belong to the article as content roots;
 * a heading just before a kept sibling introduces it and is kept too. */
static void mark_content(dc_node *best)
{
    dc_node *parent = best->parent;
    if (!parent || best->tag == GUMBO_TAG_BODY) {
        best->flags |= DC_CONTENT;
        return;
    }
    float threshold = best->score * 0.2f > 10.0f ? best->score * 0.2f : 10.0f;
    for (dc_node *s = parent->first_child; s; s = s->next)
        if (s->type == DC_NODE_ELEMENT && !(s->flags & DC_DROPPED) &&
            sibling_reads_like_article(s, best, threshold))
            s->flags |= DC_CONTENT;
    for (dc_node *s = parent->first_child; s; s = s->next) {
        if (!is_heading(s) || (s->flags & (DC_DROPPED | DC_CONTENT)))
            continue;
        dc_node *after = s->next;
        while (after && after->type != DC_NODE_ELEMENT)
            after = after->next;
        if (after && (after->flags & DC_CONTENT))
            s->flags |= DC_CONTENT;
    }
}

/* A sentence or two of plain text, alone in its block: what a standfirst is. */
static int reads_as_standfirst(const dc_node *n)
{
    if (n->type != DC_NODE_ELEMENT || (n->tag != GUMBO_TAG_P && n->tag != GUMBO_TAG_DIV) ||
        (n->flags & DC_HAS_BLOCK))
        return 0;
    return n->chars >= STANDFIRST_MIN_CHARS && n->chars <= STANDFIRST_MAX_CHARS &&
           n->link_chars == 0 && ends_sentence(n);
}

/* Marks the standfirsts inside s; returns how many. */
static int mark_standfirsts(dc_node *s)
{
    int found = 0;
    for (dc_node *n = s; n;) {
        if (n->flags & DC_DROPPED) {
            n = dc_next_skip(n, s);
            continue;
        }
        if (reads_as_standfirst(n)) {
            n->flags |= DC_CONTENT;
            n->rule = "standfirst";
            found++;
            n = dc_next_skip(n, s);
            continue;
        }
        n = dc_next(n, s);
    }
    return found;
}

/*
 * The standfirst (dek, summary) sits in the article's header, just before
 * the body: prose too short to score, so the winner leaves it out. The
 * nearest block before the winner, or before one of its two nearest
 * ancestors, that holds such a line gives it to the content; responsive
 * copies of it are printed once by the content tree.
 */
static void adopt_standfirst(dc_node *best, dc_node *body)
{
    dc_node *up = best;
    for (int level = 0; up && up != body && level < STANDFIRST_LEVELS; level++, up = up->parent) {
        int looked = 0;
        for (dc_node *s = up->prev; s && looked < STANDFIRST_SIBLINGS; s = s->prev) {
            if (s->type != DC_NODE_ELEMENT || (s->flags & DC_DROPPED))
                continue;
            if (s->flags & DC_CONTENT)
                return;
            if (mark_standfirsts(s))
                return;
            looked++;
        }
    }
}

/* Same element, same non-empty class: the same part of the page template. */
static int same_kind(const dc_node *a, const dc_node *b)
{
    return a->type == DC_NODE_ELEMENT && a->tag == b->tag && same_class(a, b);
}

/*
 * Articles split into several containers of one kind (text, then a figure or
 * an ad, then text again in a new "story-body" block) are common: every other
 * container of the same tag and class as the winner (or as the best-scored
 * container inside it) that holds prose joins the content.
 */
static void mark_twins(dc_node *body, const dc_node *best, const dc_node *top)
{
    /* best's ancestors from body down: the walk meets them in this order, so
     * it knows them by the next one due instead of climbing from best at
     * every node, which was quadratic in depth (100,000 nested divs). */
    size_t depth = 0, due = 0;
    for (const dc_node *a = best; a != body && a->parent; a = a->parent)
        depth++;
    const dc_node **path = malloc((depth + 1) * sizeof *path);
    if (path) {
        const dc_node *a = best;
        for (size_t i = depth + 1; i-- > 0; a = a->parent)
            path[i] = a;
    }
    for (dc_node *n = body; n;) {
        if (n->flags & DC_DROPPED) {
            n = dc_next_skip(n, body);
            continue;
        }
        if ((n->flags & DC_CONTENT) ||
            (path ? due <= depth && n == path[due] && ++due : contains(n, best))) {
            n = (n->flags & DC_CONTENT) ? dc_next_skip(n, body) : dc_next(n, body);
            continue;
        }
        if ((same_kind(n, best) || (top && same_kind(n, top))) && n->prose >= TWIN_MIN_PROSE &&
            dc_link_density(n) < 0.3f) {
            n->flags |= DC_CONTENT;
            n->rule = "same kind as the content";
            n = dc_next_skip(n, body);
            continue;
        }
        n = dc_next(n, body);
    }
    free(path);
}

dc_node *dc_score(dc_doc *doc)
{
    dc_node *body = doc->body;
    if (!body || (body->flags & DC_DROPPED))
        return NULL;
    score_paragraphs(body);
    dc_node *top[TOP_CANDIDATES];
    rank_candidates(body, top);
    dc_node *best = top[0];
    if (!best)
        return NULL;
    best = widen_to_common_ancestor(best, top, body);
    best = climb_while_better(best, body);
    best = widen_to_marker(best, body);
    while (best->parent && best->parent != body && best->parent->tag != GUMBO_TAG_HTML &&
           element_children(best->parent) == 1)
        best = best->parent;
    mark_content(best);
    adopt_standfirst(best, body);
    mark_twins(body, best, top[0]);
    return best;
}

typedef struct index_tally {
    unsigned headlines;   /* headings that are mostly a link */
    unsigned cards;       /* <article> elements */
    unsigned paragraphs;  /* paragraphs of prose */
    unsigned prose;       /* characters of prose in all */
} index_tally;

static void tally_index(const dc_node *root, index_tally *t)
{
    for (const dc_node *n = root; n;) {
        if (n->flags & DC_DROPPED) {
            n = dc_next_skip(n, root);
            continue;
        }
        if (is_heading(n) && n->chars > 0 && n->link_chars * 2 > n->chars)
            t->headlines++;
        else if (n->tag == GUMBO_TAG_ARTICLE && n != root && n->type == DC_NODE_ELEMENT)
            t->cards++;
        else if (n->type == DC_NODE_ELEMENT && dc_tag_is_paragraph(n->tag) && n->prose > 0)
            t->paragraphs++;
        n = dc_next(n, root);
    }
}

const char *dc_index_page_rule(const dc_doc *doc)
{
    index_tally t = {0, 0, 0, 0};
    const dc_node *body = doc->body;
    for (const dc_node *n = body; n;) {
        if (n->flags & DC_DROPPED) {
            n = dc_next_skip(n, body);
            continue;
        }
        if (n->flags & DC_CONTENT) {
            tally_index(n, &t);
            t.prose += n->prose;
            n = dc_next_skip(n, body);
            continue;
        }
        n = dc_next(n, body);
    }
    /* a listicle has linked headings too, but a long text under each */
    if (t.headlines >= INDEX_MIN_TEASERS && t.headlines * 2 >= t.paragraphs &&
        t.prose < t.headlines * INDEX_TEASER_PROSE)
        return "index page: linked headlines";
    if (t.cards >= INDEX_MIN_TEASERS && t.cards * 2 >= t.paragraphs &&
        t.prose < t.cards * INDEX_TEASER_PROSE)
        return "index page: story cards";
    return NULL;
}
