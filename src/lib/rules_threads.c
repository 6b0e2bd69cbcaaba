/*
 * Comment threads after the article, told by their signatures or by a run
 * of signed units, and the forms around them (a comment form's box, a
 * form's widget). Records of the table in rules.c.
 */
#include "rules_internal.h"

#include <ctype.h>
#include <limits.h>
#include <string.h>

#include "score.h"
#include "words.h"

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
    return dci_same_kind(n, first) ? signature_text(n, w) : NULL;
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
    for (dci_node *c = dci_next_sibling_element(first); c && gap < THREAD_GAP &&
                                                        !opens_with_heading(c);
         c = dci_next_sibling_element(c)) {
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
    for (dci_node *c = dci_next_element(end); c && names_open && taken < th->widest &&
                                           !opens_with_heading(c);
         c = dci_next_element(c), taken++)
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
const char *dci_match_comment_thread(const dci_node *n, dci_walk *w)
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
         c = dci_next_sibling_element(c)) {
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
const char *dci_match_unit_thread(const dci_node *n, dci_walk *w)
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
void dci_drop_unit_thread(dci_node *n, const dci_rule *rule, const char *why, dci_walk *w)
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
void dci_drop_thread(dci_node *n, const dci_rule *rule, const char *why, dci_walk *w)
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

const char *dci_match_always(const dci_node *n, dci_walk *w)
{
    (void)n;
    (void)w;
    return "";
}

/* ------------------------------------------------------------ comment forms */

/* A form that asks for a text of the reader's (a comment, a message), with
 * one block of prose at most (a notice: "You may use these HTML tags...")
 * and less than an article's worth: its labels and notice are no part of
 * the story, even when they outweigh a story of a line or two. A page
 * wrapped whole in one form (ASP.NET) holds the article's paragraphs. The
 * textarea itself went as never-text, so dropped nodes are looked at too. */
const char *dci_match_comment_form(const dci_node *n, dci_walk *w)
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

void dci_drop_form_widget(dci_node *form, const dci_rule *rule, const char *why, dci_walk *w)
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
        if (up->prose > t->comment_box_prose || dci_holds_most_of(up, w) ||
            w->root->prose < up->prose + t->body_block_prose)
            break;
        box = up;
    }
    return box;
}

void dci_drop_comment_form(dci_node *form, const dci_rule *rule, const char *why, dci_walk *w)
{
    dci_drop(comment_box(form, w), rule, why);
}
