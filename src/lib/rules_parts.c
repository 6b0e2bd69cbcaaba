/*
 * The scorer's rules: boxes beside the article, and the parts that join the
 * winner (its siblings, the parts of its wrapper, a block between two parts,
 * the heading before a part, the standfirst, its twins elsewhere). Records
 * of the table in rules.c.
 */
#include "rules_internal.h"

#include <ctype.h>
#include <limits.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "patterns.h"
#include "score.h"
#include "tail.h"
#include "url.h"
#include "words.h"

/* ------------------------------------------------------------ score */

/* A box whose class names it beside the article (its comments, the side
 * column): the scorer runs this stage only when the page outside such
 * boxes has a fair rival to them (beside_rival_ratio). */
const char *dci_match_beside_box(const dci_node *n, dci_walk *w)
{
    (void)w;
    /* the scorer leaves flagged the boxes the page's rival judges */
    if (!(n->flags & DCI_BESIDE))
        return NULL;
    return (n->flags & DCI_THREAD) ? "a thread of signed comments" : dci_beside_box_word(n);
}

const char *dci_match_winner(const dci_node *n, dci_walk *w)
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
int dci_reads_as_prose(const dci_node *n, const dci_tuning *t)
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
int dci_is_marked_data_table(const dci_node *table)
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
        return dci_is_marked_data_table(n);
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
        if ((n->tag == GUMBO_TAG_UL || n->tag == GUMBO_TAG_OL) && dci_match_teaser_list(n, w))
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

/* The element whose text closes s's: its last child holding text, and
 * that child's own last one while it is the only one holding text (a
 * footer's box around its lines); NULL when the last text is loose. One
 * look back over each level's children, LAST_TEXT_DEPTH levels at most. */
enum { LAST_TEXT_DEPTH = 4 };

static int is_blank_text(const dci_node *c);

static const dci_node *last_text_element(const dci_node *s)
{
    const dci_node *n = s;
    for (unsigned depth = 0; depth < LAST_TEXT_DEPTH; depth++) {
        const dci_node *last = NULL;
        unsigned holding = 0;
        for (const dci_node *c = n->last_child; c; c = c->prev) {
            if (c->chars == 0 || (c->type == DCI_NODE_ELEMENT && (c->flags & DCI_DROPPED)) ||
                is_blank_text(c))
                continue;
            if (!last)
                last = c;
            if (++holding > 1)
                break;
        }
        if (!last || last->type != DCI_NODE_ELEMENT)
            return NULL;
        if (holding > 1)
            return last;
        n = last;
    }
    return n;
}

/* A box after the winner holding nothing but a copyright or rights line
 * ("© 2008 Press-Register. All rights reserved. This material may not be
 * published..."): the template's footer set apart from the article's box,
 * however well it scores as a sentence, or closing on one, its last line
 * (a blog theme's licence box: "Author: ...", "Link: ...", "Copyright
 * Notice: All articles on this blog are licensed under ..."). The
 * article's own credit line, inside its box, stays (the tail trimmer
 * keeps rights lines by default). */
static int holds_rights_line(const dci_node *s, dci_walk *w)
{
    const char *text = footer_text(s, w, w->tuning->sibling_rights);
    if (!text)
        return 0;
    if (dci_tail_rights(text, strlen(text)) == 1)
        return 1;
    const dci_node *last = last_text_element(s);
    if (!last || last == s)
        return 0;
    text = dci_walk_text(w, last, last->chars * 4 + 4);
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

/* Whether a named box holding text, left out of the content, stands
 * between the winner and s, a sibling after it: the template's box (a
 * post's footer line, "Posted by Mish at 12:32 PM") closes the article,
 * and what follows it (a disclaimer, the site's notes) is the page's.
 * FOLLOW_LOOK siblings back at most. */
static int after_template_box(const dci_node *s, dci_walk *w)
{
    if (!w->tuning->sibling_after_box)
        return 0;
    unsigned looked = 0;
    int boxed = 0, nearest = 1;
    for (const dci_node *p = s->prev; p && looked < FOLLOW_LOOK; p = p->prev, looked++) {
        if (p == w->best)
            return boxed;
        if (p->type != DCI_NODE_ELEMENT || (p->flags & (DCI_DROPPED | DCI_CONTENT)) ||
            p->chars == 0)
            continue;
        /* a section under its own heading ("Alternative Considerations")
         * goes on with the article past the boxes between */
        if (nearest && (dci_is_heading(p) ||
                        (p->prose == 0 && p->chars <= w->tuning->short_heading_chars)))
            return 0;
        nearest = 0;
        boxed |= !is_plain(p);
    }
    return 0;
}

/* The most links back to note marks read in one box, the longest such
 * link's text ("1", "(1)", "^", a return arrow), in characters, and the
 * elements after the winner's line where its notes may stand. */
#define NOTES_LOOK 16
#define NOTE_MARK_CHARS 8
#define NOTES_REACH 3

/* Whether n stands among the first reach elements after the winner, on
 * their lines under their nearest common ancestor. */
static int shortly_after_winner(const dci_node *n, const dci_node *winner, unsigned reach)
{
    dci_meet(&n, &winner);
    for (const dci_node *s = winner->next; s && reach > 0; s = s->next) {
        if (s == n)
            return 1;
        reach -= s->type == DCI_NODE_ELEMENT;
    }
    return 0;
}

/* Whether m, an element, is a note's mark in the text: a link to a place
 * on the page ("<a id=\"fnref1\" href=\"#fn1\">"), or the box of one
 * ("<sup id=\"cite_ref-1\"><a href=\"#cite_note-1\">"). */
static int is_note_mark(const dci_node *m)
{
    const dci_node *a = m;
    if (a->tag != GUMBO_TAG_A)
        for (a = m->first_child; a && a->type != DCI_NODE_ELEMENT; a = a->next)
            ;
    const char *href = a && a->tag == GUMBO_TAG_A ? dci_attr_get(a, "href") : NULL;
    return href && href[0] == '#' && href[1];
}

/* Whether s, a box after the winner, is the article's notes set apart from
 * it (makeinfo writes "<div class=\"footnote\">" after the node's box): most
 * of its text is its own, and its short links to places on the page lead
 * back to note marks in the winner. Only the boxes shortly after the
 * winner are read (NOTES_REACH: one walk of the winner each), and at most
 * NOTES_LOOK links of each. */
static int holds_notes_of(const dci_node *s, dci_walk *w)
{
    const dci_node *best = w->best;
    if (s->chars == 0 || s->link_chars * 2 >= s->chars ||
        !shortly_after_winner(s, best, NOTES_REACH))
        return 0;
    const char *targets[NOTES_LOOK];
    unsigned n = 0;
    for (const dci_node *d = s; d && n < NOTES_LOOK; d = dci_next(d, s)) {
        if (d->type != DCI_NODE_ELEMENT || d->tag != GUMBO_TAG_A || d->chars == 0 ||
            d->chars > NOTE_MARK_CHARS)
            continue;
        const char *href = dci_attr_get(d, "href");
        if (href && href[0] == '#' && href[1])
            targets[n++] = href + 1;
    }
    if (n == 0)
        return 0;
    for (const dci_node *d = best; d; d = dci_next(d, best)) {
        if (d->type != DCI_NODE_ELEMENT)
            continue;
        const char *id = dci_attr_get(d, "id");
        if (!id || !*id)
            continue;
        for (unsigned i = 0; i < n; i++)
            if (strcmp(id, targets[i]) == 0 && is_note_mark(d))
                return 1;
    }
    return 0;
}

/* A post's line of meta fields beside the winner ("Posted on 2023-01-01
 * Edited on 2026-11-29 In Politics Word count in article: 4.7k Reading time
 * ≈ 4 mins."): a short box naming a reading time or a word count with its
 * number. Its dates and labels run long enough to count as a line of prose
 * and its box (a theme's post header, beside the post's body) scores near
 * the body, but no paragraph of an article names its own reading time. */
static int is_meta_line(const dci_node *s, dci_walk *w)
{
    unsigned most = w->tuning->sibling_meta_chars;
    if (!most || s->chars > most)
        return 0;
    /* s->chars leaves white space out and a letter may take four bytes */
    const char *text = dci_walk_text(w, s, (size_t)most * 6);
    return text && dci_match_meta_field(text);
}

/* A sibling joins on its score only if it reads as prose: lists of teasers
 * score too, on their summaries, but are made of short lines. Failing that,
 * it must be a plain part of the text like the winner, or its own text must
 * read as prose, or be one linkless sentence; a web address alone is
 * neither, however long. */
const char *dci_match_sibling(const dci_node *s, dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    const dci_node *best = w->best;
    if (holds_notes_of(s, w))
        return "the article's notes";
    if (is_rights_footer(s, w) || is_ruled_off(s, w) || is_reply(s, w) ||
        after_template_box(s, w))
        return NULL;
    float bonus = same_class(s, best) ? best->score * t->same_class_bonus : 0.0f;
    if ((s->flags & DCI_CANDIDATE) && s->score + bonus >= w->join_threshold &&
        dci_share_reached(s->prose, s->chars, t->sibling_prose_share) && !is_teaser_box(s, w) &&
        !is_meta_line(s, w))
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

/* Whether s is built as the wrapper is: down the wrapper's line to the
 * winner (the same tags, level by level, at most TWIN_BUILD_LEVELS), s
 * holds a box of the winner's tag with most of its prose. A listing or a
 * long text set as a run of one hand-made table per part (a shop's
 * catalogue, a report's sections) nests each part's paragraphs as deep as
 * the winner's, too deep to score: the build tells the part, as class and
 * tag tell a twin. One look at the children per level. */
#define TWIN_BUILD_LEVELS 16
static int built_as_wrapper(const dci_node *s, const dci_node *wrapper, const dci_node *best,
                            const dci_tuning *t)
{
    const dci_node *line[TWIN_BUILD_LEVELS];
    size_t depth = 0;
    for (const dci_node *n = best; n != wrapper; n = n->parent) {
        if (depth == TWIN_BUILD_LEVELS || !n->parent)
            return 0;
        line[depth++] = n;
    }
    const dci_node *at = s;
    while (depth > 0) {
        const dci_node *want = line[--depth], *next = NULL;
        for (const dci_node *c = at->first_child; c; c = c->next)
            if (c->type == DCI_NODE_ELEMENT && c->tag == want->tag && !(c->flags & DCI_DROPPED) &&
                (!next || c->prose > next->prose))
                next = c;
        if (!next)
            return 0;
        at = next;
    }
    return at->prose > 0 && dci_share_reached(at->prose, s->prose, t->wrapper_twin_share);
}

/* Whether s, beside the winner's wrapper (not the wrapper itself), is a
 * plain part of the wrapper's tag built as the wrapper is, with prose
 * (sibling_part_prose) and links a twin may have (twin_max_density: a
 * catalogue item's linked cast list), no teaser list. */
static int is_built_part(const dci_node *s, const dci_node *wrapper, dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    return s && s != wrapper && s->tag == wrapper->tag && !(s->flags & DCI_DROPPED) &&
           is_plain(s) && is_plain(wrapper) && s->prose >= t->sibling_part_prose &&
           dci_link_density(s) < t->twin_max_density && !is_teaser_box(s, w) &&
           built_as_wrapper(s, wrapper, w->best, t);
}

/* The element before (dir -1) or after (dir 1) s, or NULL. */
static const dci_node *element_beside(const dci_node *s, int dir)
{
    for (const dci_node *n = dir < 0 ? s->prev : s->next; n; n = dir < 0 ? n->prev : n->next)
        if (n->type == DCI_NODE_ELEMENT)
            return n;
    return NULL;
}

/* The winner may be the one part of the text in its wrapper (a row, a
 * table that holds it alone), the other parts beside the wrapper: a plain
 * sibling of the wrapper's tag is a part as a plain sibling of the winner's
 * is, if it holds a fair share of the winner's prose (a title strip, an
 * address or a copyright line is shorter). Cells side by side are the
 * layout's columns, not sections of a text: a side column of plain cells
 * (promotions, a digest's other items) stays out. The wrapper is the child
 * of the walk's root on the winner's line. */
const char *dci_match_wrapper_part(const dci_node *s, dci_walk *w)
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
    if (is_plain_part(s, wrapper, w))
        return "the next part, beside the winner's wrapper";
    return w->tuning->wrapper_twin_share.num && wrapper != w->best &&
                   is_built_part(s, wrapper, w) &&
                   (is_built_part(element_beside(s, -1), wrapper, w) ||
                    is_built_part(element_beside(s, 1), wrapper, w))
               ? "the next part, built as the winner's wrapper"
               : NULL;
}

const char *dci_match_intro_heading(const dci_node *s, dci_walk *w)
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
const char *dci_match_between_parts(const dci_node *s, dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    if (!t->gap_parts || s->type != DCI_NODE_ELEMENT || s->chars == 0 || !is_plain(s) ||
        s->tag == GUMBO_TAG_TR)
        return NULL;
    if (dci_link_density(s) < t->prose_block_density)
        return "between two parts of the article";
    /* a linked call to the story's source ("Continue reading at YCharts:
     * ...") is the text's own line, however linked (gap_source_calls) */
    return t->gap_source_calls && dci_names_source(s, w) ? "a source call between two parts" : NULL;
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
        if (dci_is_picture(d) || dci_is_element(d, GUMBO_TAG_VIDEO))
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
const char *dci_match_standfirst(const dci_node *n, dci_walk *w)
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
int dci_same_kind(const dci_node *a, const dci_node *b)
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
    return dci_same_kind(n, best) ||
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
        if (s != n && s->type == DCI_NODE_ELEMENT && !(s->flags & DCI_DROPPED) &&
            dci_same_kind(s, n))
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
        n->parent != wrapper->parent || !dci_same_kind(n, wrapper) || n->chars == 0 ||
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

/* Whether n may be a twin, its prose left aside: the winner's kind, in its
 * article, few links, none of the boxes the template sets in that kind
 * around a story (a rights line, a neighbour's teaser, a summary list). */
static int twin_like(const dci_node *n, dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    return twin_kind(n, w->best, t) && in_the_winners_article(n, w) && !is_ruled_off(n, w) &&
           !holds_rights_line(n, w) && !holds_copyright_notice(n, w) && !is_teaser_twin(n, w) &&
           dci_link_density(n) < t->twin_max_density && !is_lead_list(n, w);
}

/* A twin is of the winner's own kind. Not of the kind of the best-scored
 * box inside a winner widened around it: that box is often a generic
 * template part (a `box`, a `widget`) of which the side column holds more,
 * a profile, a list of links, a bio, and on pages whose classes name
 * nothing (hashed, or in another language) those joined the article (issue
 * 11, class 12: twins that pull in other boxes). */
const char *dci_match_twin(const dci_node *n, dci_walk *w)
{
    if (is_section(n, w))
        return "a section like the content's";
    return n->prose >= w->tuning->twin_min_prose && twin_like(n, w) ? "same kind as the content"
                                                                     : NULL;
}

/* A run of twins has no holes: a box of the winner's kind with prose, but
 * less than a twin needs alone, set between two boxes that joined (two
 * twins, or a twin and the winner) joins too. A thread's short reply
 * between two long posts is a post as they are. The stage is given only
 * the boxes between the first and the last joined, in document order. */
const char *dci_match_twin_gap(const dci_node *n, dci_walk *w)
{
    return w->tuning->twin_gaps && n->prose > 0 && twin_like(n, w)
               ? "same kind as the content, between joined twins"
               : NULL;
}
