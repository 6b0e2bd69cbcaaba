#include "clean.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "patterns.h"
#include "walk.h"

/* Whether n's class or id names a box of slides. Not the page's <body>,
 * <main> or <article>, whose classes say what the page holds ("body
 * article inline-gallery"). */
static int names_gallery(const dci_node *n)
{
    if (n->tag == GUMBO_TAG_HTML || n->tag == GUMBO_TAG_BODY || n->tag == GUMBO_TAG_MAIN ||
        n->tag == GUMBO_TAG_ARTICLE)
        return 0;
    dci_class_match m = dci_classify(n);
    return m.hint == DCI_HINT_DROP && m.word && dci_class_word_names_gallery(m.word);
}

static int in_gallery(const dci_node *n)
{
    for (; n && n->type == DCI_NODE_ELEMENT; n = n->parent)
        if (names_gallery(n))
            return 1;
    return 0;
}

/* Steps it to the next element, past the boxes of slides when
 * skip_galleries is set. */
static dci_node *next_element(dci_node_iter *it, int skip_galleries)
{
    for (dci_node *n; (n = dci_node_iter_next_kept(it));) {
        if (n->type != DCI_NODE_ELEMENT)
            continue;
        if (skip_galleries && names_gallery(n)) {
            dci_node_iter_skip(it);
            continue;
        }
        return n;
    }
    return NULL;
}

/* The most prose an element of root holds in its own paragraphs. */
static unsigned most_own_prose(dci_node *root, const dci_tuning *t, int skip_galleries)
{
    unsigned most = 0;
    dci_node_iter it;
    dci_node_iter_init(&it, root);
    for (dci_node *n; (n = next_element(&it, skip_galleries));) {
        unsigned prose = dci_own_paragraph_prose(t, n);
        if (prose > most)
            most = prose;
    }
    return most;
}

/* Whether n's own paragraphs could be the article's body: at least
 * t->body_block_prose, and a fair share of the most any element holds. */
static int could_be_body(const dci_node *n, const dci_tuning *t, unsigned most)
{
    unsigned prose = dci_own_paragraph_prose(t, n);
    return prose >= t->body_block_prose && dci_share_reached(prose, most, t->body_block_share);
}

/* The article's body, whatever the words on it and its wrappers say
 * ("has-ads", "date-outer", a paywall around the visible part): the first
 * element whose own paragraphs hold a fair share of the most any element
 * holds (comments and slide captions come after the story they follow,
 * and may be longer), and at least t->body_block_prose. NULL when there is
 * none. */
static dci_node *find_body_block(dci_node *root, const dci_tuning *t, unsigned most,
                                 int skip_galleries)
{
    if (most < t->body_block_prose)
        return NULL;
    dci_node_iter it;
    dci_node_iter_init(&it, root);
    for (dci_node *n; (n = next_element(&it, skip_galleries));)
        if (could_be_body(n, t, most))
            return n;
    return NULL;
}

/* Sets DCI_HOLDS_BODY on every element of root that holds a block whose
 * own paragraphs could be the article's body, not only the first: a
 * profile box before the story may pass for it. Each line is climbed once. */
static void mark_body_holders(dci_node *root, const dci_tuning *t, unsigned most,
                              int skip_galleries)
{
    if (most < t->body_block_prose)
        return;
    dci_node_iter it;
    dci_node_iter_init(&it, root);
    for (dci_node *n; (n = next_element(&it, skip_galleries));)
        if (could_be_body(n, t, most))
            for (dci_node *up = n; up && !(up->flags & DCI_HOLDS_BODY); up = up->parent)
                up->flags |= DCI_HOLDS_BODY;
}

static void clear_body_holders(dci_node *root)
{
    for (dci_node *n = root; n; n = dci_next(n, root))
        n->flags &= (unsigned short)~DCI_HOLDS_BODY;
}

static int names_caption(const char *value)
{
    /* every element's class and id pass here: compare only where a 'c'
     * could start the word */
    for (const char *p = value; p && *p; p++)
        if (tolower((unsigned char)*p) == 'c' && strncasecmp(p, "caption", 7) == 0)
            return 1;
    return 0;
}

/* A figure's caption, or a box its class calls one ("wp-caption"). The
 * substring test spares classifying every element of the page again. */
static int is_caption_box(const dci_node *n)
{
    if (n->tag == GUMBO_TAG_FIGCAPTION)
        return 1;
    if (!names_caption(dci_attr_get(n, "class")) && !names_caption(dci_attr_get(n, "id")))
        return 0;
    dci_class_match m = dci_classify(n);
    return m.hint == DCI_HINT_DROP && dci_class_word_names_caption(m.word);
}

/* A story told in pictures: t->gallery_min_captions captions or more,
 * holding more text than the page's prose outside them. */
static int tells_in_captions(dci_node *root, const dci_tuning *t)
{
    unsigned captions = 0, caption_chars = 0, caption_prose = 0;
    dci_node_iter it;
    dci_node_iter_init(&it, root);
    for (dci_node *n; (n = dci_node_iter_next_kept(&it));) {
        if (n->type != DCI_NODE_ELEMENT || !is_caption_box(n))
            continue;
        captions++;
        caption_chars += n->chars;
        caption_prose += n->prose;
        dci_node_iter_skip(&it);
    }
    return captions >= t->gallery_min_captions && caption_chars > root->prose - caption_prose;
}

dc_status dci_clean(dci_doc *doc)
{
    if (!doc->html)
        return DC_OK;
    dci_walk w;
    dci_walk_init(&w, doc);
    if (dci_walk_stage(&w, DCI_STAGE_NEVER_TEXT, doc->html) != DC_OK)
        return w.status;
    dci_node *holder = dci_article_holder(doc->html);
    unsigned most = most_own_prose(doc->html, doc->tuning, 0);
    dci_node *body_block = find_body_block(doc->html, doc->tuning, most, 0);
    /* the slides of a gallery set in the story are not its body when the
     * page has one outside them: the gallery goes by its class word */
    int skip_galleries = 0;
    if (body_block && doc->tuning->body_outside_gallery && in_gallery(body_block)) {
        unsigned outside = most_own_prose(doc->html, doc->tuning, 1);
        dci_node *other = find_body_block(doc->html, doc->tuning, outside, 1);
        if (other) {
            skip_galleries = 1;
            most = outside;
            body_block = other;
        }
    }
    mark_body_holders(doc->html, doc->tuning, most, skip_galleries);
    dci_mark_spine(holder, NULL, 1);
    dci_mark_spine(body_block, NULL, 1);
    w.holder = holder;
    w.body_block = body_block;
    doc->gallery_story = doc->body && tells_in_captions(doc->body, doc->tuning);
    if (dci_walk_stage(&w, DCI_STAGE_FURNITURE, doc->html) == DC_OK) {
        w.prose_left = doc->body ? doc->body->prose : 0;
        dci_walk_stage(&w, DCI_STAGE_CLASS, doc->html);
    }
    dci_mark_spine(holder, NULL, 0);
    dci_mark_spine(body_block, NULL, 0);
    clear_body_holders(doc->html);
    return w.status;
}
