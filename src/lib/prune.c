#include "prune.h"

#include <string.h>

#include "meta.h"
#include "patterns.h"
#include "walk.h"
#include "words.h"
#include "sizes.h"

/* The most of a heading's text compared with the title. */
#define HEADLINE_MAX_BYTES 512

/* The pruning stages, in order, each one walk of a content root. */
static const dci_stage prune_stages[] = {
    DCI_STAGE_BOILERPLATE, DCI_STAGE_SECTIONS, DCI_STAGE_LINES, DCI_STAGE_LOOSE_LINES,
    DCI_STAGE_LISTS,
    DCI_STAGE_WIDGETS,
};

/* The element of root whose own paragraphs hold the most prose, when they
 * hold an article body's worth (t->body_block_prose); else NULL. */
static dci_node *best_paragraphs(const dci_tuning *t, dci_node *root)
{
    dci_node *best = NULL;
    unsigned most = 0;
    dci_node_iter it;
    dci_node_iter_init(&it, root);
    for (dci_node *n; (n = dci_node_iter_next_kept(&it));) {
        if (n->type != DCI_NODE_ELEMENT)
            continue;
        unsigned prose = dci_own_paragraph_prose(t, n);
        if (prose > most) {
            most = prose;
            best = n;
        }
    }
    return most >= t->body_block_prose ? best : NULL;
}

/* The line from root to its best paragraphs is marked while root is
 * pruned: a class word inside the content does not take the body with it
 * (the text of a company profile in a "bio" box beside tables of links). */
static dc_status prune_root(dci_walk *w, dci_node *root)
{
    dci_node *body = best_paragraphs(w->tuning, root);
    dci_mark_spine(body, root, 1);
    for (size_t i = 0; i < DCX_COUNTOF(prune_stages); i++)
        if (dci_walk_stage(w, prune_stages[i], root) != DC_OK)
            break;
    dci_mark_spine(body, root, 0);
    return w->status;
}

/* The element of n that holds most of its text, when it holds at least
 * half of it; else NULL. */
static dci_node *main_child(const dci_node *n)
{
    dci_node *most = NULL;
    for (dci_node *c = n->first_child; c; c = c->next)
        if (c->type == DCI_NODE_ELEMENT && !(c->flags & DCI_DROPPED) &&
            (!most || c->chars > most->chars))
            most = c;
    return most && most->chars * 2 >= n->chars && most->chars > 0 ? most : NULL;
}

/* Marks the post that the headline h heads, when its box (the nearest
 * ancestor holding more text than h) is named a post's (`post hentry`):
 * the line from h up, and down from the box, the element holding most of
 * the text while it holds half of it: the post's body. */
static void mark_headed_post(dci_node *h)
{
    dci_node *box = h->parent;
    while (box && box->chars <= h->chars)
        box = box->parent;
    if (!box)
        return;
    dci_class_match m = dci_classify(box);
    if (m.hint != DCI_HINT_POSITIVE || !dci_class_word_names_post_box(m.word))
        return;
    for (dci_node *up = h; up && !(up->flags & DCI_HOLDS_HEADLINE); up = up->parent)
        up->flags |= DCI_HOLDS_HEADLINE;
    /* The line down from a box is the same for each heading in it, and the
     * same from each node on it: read once (a page of thousands of headings
     * repeating the title read its box's children again for each). */
    if (box->flags & DCI_POST_READ)
        return;
    box->flags |= DCI_POST_READ;
    for (dci_node *n = main_child(box); n; n = main_child(n)) {
        n->flags |= DCI_HOLDS_HEADLINE;
        if (n->flags & DCI_POST_READ)
            break;
        n->flags |= DCI_POST_READ;
    }
}

/* The text of the page's <title>, or NULL (also when the arena failed). */
static const char *html_title(dci_doc *doc)
{
    for (dci_node *n = doc->head; n; n = dci_next(n, doc->head))
        if (n->type == DCI_NODE_ELEMENT && n->tag == GUMBO_TAG_TITLE)
            return dci_node_text(doc->arena, n, HEADLINE_MAX_BYTES);
    return NULL;
}

/* The next heading holding text at or after *cursor under body, outside
 * dropped boxes; *cursor moves past it. NULL at the end. */
static dci_node *next_live_heading(dci_node **cursor, const dci_node *body)
{
    for (dci_node *n = *cursor; n;) {
        if (n->flags & DCI_DROPPED) {
            n = dci_next_skip(n, body);
            continue;
        }
        dci_node *h = n;
        n = dci_next(n, body);
        if (h->type == DCI_NODE_ELEMENT && dci_is_heading(h) && h->chars > 0) {
            *cursor = n;
            return h;
        }
    }
    *cursor = NULL;
    return NULL;
}

/* title, or NULL when it is a single word: "T" is in any heading's words
 * ("Later", "Step 3"), where a headline is a phrase. */
static const char *phrase_title(const char *title)
{
    while (title && *title == ' ')
        title++;
    return title && strchr(title, ' ') ? title : NULL;
}

/* The words of the folder path[0, len) names, joined by '-' or '_'
 * ("metro-style-theme": 3). */
static unsigned slug_words(const char *path, size_t len)
{
    unsigned words = 0;
    for (size_t i = 0; i < len; i++)
        if (path[i] != '-' && path[i] != '_' && path[i] != '/' &&
            (i == 0 || path[i - 1] == '-' || path[i - 1] == '_' || path[i - 1] == '/'))
            words++;
    return words;
}

/* Whether URL u points to a site's or a blog's front page: no query, no
 * path ("http://blog.example/", "/") or one folder ("/my_weblog/"); a
 * post's address names it ("/nutty-nomads-interview", "/2012/11/post/"),
 * and so does a folder spelling a phrase (slug_words words at least,
 * "/metro-style-responsive-theme/": a blog engine's permalink of a post,
 * its name written into its address). */
static int front_page_url(const char *u, unsigned slug_min)
{
    const char *path = strstr(u, "://");
    path = path ? strchr(path + 3, '/') : u;
    if (!path)
        return 1;
    if (strchr(path, '?') || strchr(path, '#'))
        return 0;
    unsigned steps = 0;
    for (const char *c = path; *c; c++)
        if (*c != '/' && (c == path || c[-1] == '/'))
            steps++;
    size_t len = strlen(path);
    if (steps == 1 && slug_min && slug_words(path, len) >= slug_min)
        return 0;
    return steps == 0 || (steps == 1 && len > 1 && path[len - 1] == '/');
}

/* Whether heading h is the site's name: its text mostly a link to a front
 * page (a logo's "<h1><a href=\"/\">Blog</a></h1>"), where a headline links
 * to its story, if anywhere. */
static int names_site(const dci_node *h, const dci_tuning *t)
{
    if (h->link_chars * 2 < h->chars)
        return 0;
    for (const dci_node *n = h; n; n = dci_next(n, h))
        if (n->type == DCI_NODE_ELEMENT && n->tag == GUMBO_TAG_A) {
            const char *href = dci_attr_get(n, "href");
            if (dci_attr_has_token(n, "rel", "bookmark"))
                return 0;
            return href && front_page_url(href, t->post_slug_words);
        }
    return 0;
}

/* TITLE_PARTS_MAX: the parts of the <title> compared with the headings;
 * TITLE_KEY_BYTES: the longest key of a title or a heading */
enum { TITLE_PARTS_MAX = 6, TITLE_KEY_BYTES = 1024 };

/* The keys of the titles the headings are compared with, made once. */
typedef struct {
    char found[TITLE_KEY_BYTES], page[TITLE_KEY_BYTES];
    char parts[TITLE_PARTS_MAX][TITLE_KEY_BYTES];
    size_t nparts;
} title_keys;

/* The key of s[0, len), empty when s is NULL. */
static void key_of(const char *s, size_t len, char *key)
{
    char cut[TITLE_KEY_BYTES];
    key[0] = '\0';
    if (!s)
        return;
    len = len < sizeof cut - 1 ? len : sizeof cut - 1;
    memcpy(cut, s, len);
    cut[len] = '\0';
    dci_text_key(cut, key, TITLE_KEY_BYTES);
}

/* Whether the heading of key kh (lh bytes) is most of the title of key kt:
 * the title holds it and it is half of it at least, not a line around it
 * ("About Cape Argus", "3 comments on ..."). */
static int key_within(const char *kh, size_t lh, const char *kt)
{
    size_t lt = strlen(kt);
    return lt > 0 && lh > 0 && lh * 2 >= lt && strstr(kt, kh);
}

/* Whether the heading of key kh names the title of key kt: it holds it, or
 * is most of it (as dci_meta_names_headline). */
static int key_names(const char *kh, size_t lh, const char *kt)
{
    return (*kt && lh > 0 && strstr(kh, kt)) || key_within(kh, lh, kt);
}

/* Whether the heading of key kh names one part of the <title>. */
static int key_names_part(const title_keys *k, const char *kh, size_t lh)
{
    for (size_t i = 0; i < k->nparts; i++)
        if (key_within(kh, lh, k->parts[i]))
            return 1;
    return 0;
}

/* The keys of the title found and the <title> (NULL: none) and its parts. */
static void make_title_keys(title_keys *k, const char *found, const char *page)
{
    key_of(found, found ? strlen(found) : 0, k->found);
    key_of(page, page ? strlen(page) : 0, k->page);
    const char *starts[TITLE_PARTS_MAX];
    size_t lens[TITLE_PARTS_MAX];
    k->nparts = page ? dci_meta_title_parts(page, starts, lens, TITLE_PARTS_MAX) : 0;
    for (size_t i = 0; i < k->nparts; i++)
        key_of(starts[i], lens[i], k->parts[i]);
}

/* The key of heading h's text in kh (TITLE_KEY_BYTES): its length, or -1
 * when the arena failed. */
static long heading_key(dci_arena *arena, const dci_node *h, char *kh)
{
    const char *text = dci_node_text(arena, h, HEADLINE_MAX_BYTES);
    return text ? (long)dci_text_key(text, kh, TITLE_KEY_BYTES) : -1;
}

/* Marks the posts the headings matching the titles head (mark_headed_post):
 * 0, or -1 when the arena failed. */
static int mark_headed_posts(dci_doc *doc)
{
    title_keys *k = dci_arena_alloc(doc->arena, sizeof *k);
    if (!k)
        return -1;
    make_title_keys(k, doc->title, html_title(doc));
    char kh[TITLE_KEY_BYTES];
    dci_node *cursor = doc->body;
    for (dci_node *h; (h = next_live_heading(&cursor, doc->body));) {
        long lh = heading_key(doc->arena, h, kh);
        if (lh < 0)
            return -1;
        if (key_names(kh, (size_t)lh, k->found) || key_names(kh, (size_t)lh, k->page))
            mark_headed_post(h);
    }
    return 0;
}

/* Sets (on) or clears DCI_HOLDS_HEADLINE on the post that the page's
 * headline heads (a heading that matches the <title> or the title found,
 * in a box named a post's; mark_headed_post): a post headed by the page's
 * headline is the article, whatever its share of links (a week's links
 * gathered in a post; the scorer asks it too). 0, or -1 when the arena
 * failed. */
int dci_mark_headline(dci_doc *doc, int on)
{
    if (!on) {
        for (dci_node *n = doc->body; n; n = dci_next(n, doc->body))
            n->flags &= (unsigned short)~DCI_HOLDS_HEADLINE;
        return 0;
    }
    int status = mark_headed_posts(doc);
    /* from the root: a post's box may be <body> or <html> */
    for (dci_node *n = doc->html; n; n = dci_next(n, doc->html))
        n->flags &= (unsigned short)~DCI_POST_READ;
    return status;
}

int dci_find_headlines(dci_doc *doc, dci_node **out, int max, int *whole)
{
    *whole = 0;
    title_keys *k = dci_arena_alloc(doc->arena, sizeof *k);
    if (!k)
        return -1;
    make_title_keys(k, phrase_title(doc->title), phrase_title(html_title(doc)));
    char kh[TITLE_KEY_BYTES];
    int found = 0;
    dci_node *cursor = doc->body;
    for (dci_node *h; found < max && (h = next_live_heading(&cursor, doc->body));) {
        long key_len = heading_key(doc->arena, h, kh);
        if (key_len < 0)
            return -1;
        size_t lh = (size_t)key_len;
        if (names_site(h, doc->tuning)) {
            /* the title found is the site's name: headings holding it are
             * no headlines ("Search Bike Hugger") */
            if (key_names(kh, lh, k->found))
                k->found[0] = '\0';
            continue;
        }
        if (found == 0 && (key_within(kh, lh, k->found) || key_within(kh, lh, k->page)))
            *whole = 1;
        if (key_names(kh, lh, k->found) || key_names(kh, lh, k->page) ||
            key_names_part(k, kh, lh))
            out[found++] = h;
    }
    return found;
}

static int is_gap_block(const dci_node *n)
{
    return (n->flags & DCI_CONTENT) && n->rule && n->rule->stage == DCI_STAGE_GAP;
}

/* Whether n is a part of the article (not a gap block) that still holds
 * text: n is counted again, a stage's drops being counted only at the next
 * stage that needs them. */
static int part_holds_text(const dci_tuning *t, dci_node *n)
{
    if (!(n->flags & DCI_CONTENT) || is_gap_block(n))
        return 0;
    dci_dom_count(t, n);
    return n->chars > 0;
}

/* A block joined as lying between two parts of the article (score.c,
 * fill_gaps) is between them only while a part on each side keeps text:
 * a box joined for the prose of its comment form's notes is empty once
 * the form goes, and the "Post your comment" strip before it is no part
 * of the article. Gap blocks past the first or the last part that still
 * holds text leave the content: parent's children are looked at from each
 * end up to such a part, and only parts reached are counted again. */
static void trim_gaps(const dci_tuning *t, dci_node *parent)
{
    dci_node *first = parent->first_child, *last = parent->last_child;
    while (first && !part_holds_text(t, first))
        first = first->next;
    if (first)
        while (last != first && !part_holds_text(t, last))
            last = last->prev;
    for (dci_node *c = parent->first_child; c; c = c->next) {
        if (c == first)
            c = last;
        else if (is_gap_block(c)) {
            c->flags &= (unsigned short)~DCI_CONTENT;
            c->rule = NULL;
            c->why = NULL;
        }
    }
}

dc_status dci_prune(dci_doc *doc)
{
    if (!doc->body)
        return DC_OK;
    dci_walk w;
    dci_walk_init(&w, doc);
    if (dci_mark_headline(doc, 1) < 0)
        return dci_walk_arena_status(doc->arena);
    dci_node *gaps = NULL; /* the parent of the blocks joined as gaps */
    dci_node_iter it;
    dci_node_iter_init(&it, doc->body);
    for (dci_event ev; (ev = dci_node_iter_next(&it)) != DCI_EVENT_DONE;) {
        if (ev != DCI_EVENT_ENTER || !(it.node->flags & DCI_CONTENT))
            continue;
        if (!gaps && is_gap_block(it.node))
            gaps = it.node->parent;
        if (prune_root(&w, it.node) != DC_OK)
            break;
        dci_node_iter_skip(&it);
    }
    if (gaps && w.status == DC_OK && doc->tuning->gap_parts)
        trim_gaps(doc->tuning, gaps);
    dci_mark_headline(doc, 0);
    return w.status;
}
