#include "content.h"

#include <stdlib.h>
#include <ctype.h>
#include <string.h>

#include "buf.h"
#include "sizes.h"
#include "url.h"
#include "words.h"

#define DEDUPE_FIRST_BUCKETS 1024

typedef struct seen_text {
    struct seen_text *next;
    const char *text;
    size_t len;
    unsigned long hash;
    const dci_node *source;  /* the element of the first copy, or NULL */
} seen_text;

typedef struct builder {
    dci_arena *arena;
    const char *title;
    const char *base_url;
    const dci_tuning *tuning;
    dci_block *root;
    dci_block *cur;          /* innermost open block */
    dci_block *para;         /* open leaf taking inline text, or NULL */
    int space;              /* the open leaf ends in white space */
    int pre_depth;
    int leaf_depth;         /* explicit leaves open: blocks inside them flow inline */
    int em_depth, strong_depth, code_depth;
    const char *href;
    const dci_node *captioned; /* the figure whose caption an image took */
    const dci_node *fresh;  /* the block-level element entered last, until
                               another is entered or one is left: loose
                               text opened now may be all of it */
    dci_buf scratch;
    seen_text **seen;       /* hash table of leaf texts, grown as it fills */
    size_t nbuckets;
    size_t nseen;
    int failed;
} builder;

static dci_block *new_block(builder *b, dci_block_kind kind, int level)
{
    dci_block *blk = dci_arena_calloc(b->arena, sizeof *blk);
    if (!blk) {
        b->failed = 1;
        return NULL;
    }
    blk->kind = kind;
    blk->level = level;
    dci_block *parent = b->cur;
    blk->parent = parent;
    blk->prev = parent->last_child;
    if (parent->last_child)
        parent->last_child->next = blk;
    else
        parent->first_child = blk;
    parent->last_child = blk;
    return blk;
}

void dci_block_unlink(dci_block *blk)
{
    dci_block *parent = blk->parent;
    if (blk->prev)
        blk->prev->next = blk->next;
    else
        parent->first_child = blk->next;
    if (blk->next)
        blk->next->prev = blk->prev;
    else
        parent->last_child = blk->prev;
}

dci_block *dci_block_drop(dci_block *blk, const dci_block *root)
{
    for (;;) {
        dci_block *parent = blk->parent;
        dci_block_unlink(blk);
        if (parent == root || parent->first_child || parent->text_len > 0 || parent->first_run)
            return blk;
        blk = parent;
    }
}

static unsigned long hash_text(const char *s, size_t len)
{
    unsigned long h = 5381;
    for (size_t i = 0; i < len; i++)
        h = h * 33 + (unsigned char)s[i];
    return h;
}

/* Makes the table four times larger once it holds two entries a bucket,
 * so a page of a million blocks stays linear. */
static int grow_seen(builder *b)
{
    size_t n = b->nbuckets ? b->nbuckets * 4 : DEDUPE_FIRST_BUCKETS;
    seen_text **table = dci_arena_calloc(b->arena, n * sizeof *table);
    if (!table)
        return 0;
    for (size_t i = 0; i < b->nbuckets; i++) {
        for (seen_text *s = b->seen[i], *next; s; s = next) {
            next = s->next;
            s->next = table[s->hash % n];
            table[s->hash % n] = s;
        }
    }
    dci_arena_release(b->arena, b->seen);
    b->seen = table;
    b->nbuckets = n;
    return 1;
}

/* Records text, first written by source (or NULL); returns the first
 * copy when it was seen before, else NULL. */
static const seen_text *first_copy(builder *b, const char *text, size_t len,
                                   const dci_node *source)
{
    if (b->nseen >= b->nbuckets * 2 && !grow_seen(b)) {
        b->failed = 1;
        return NULL;
    }
    unsigned long h = hash_text(text, len);
    seen_text **bucket = &b->seen[h % b->nbuckets];
    for (seen_text *s = *bucket; s; s = s->next)
        if (s->hash == h && s->len == len && memcmp(s->text, text, len) == 0)
            return s;
    seen_text *s = dci_arena_alloc(b->arena, sizeof *s);
    if (!s) {
        b->failed = 1;
        return NULL;
    }
    s->text = text;
    s->len = len;
    s->hash = h;
    s->source = source;
    s->next = *bucket;
    *bucket = s;
    b->nseen++;
    return NULL;
}

/* Records text; returns 1 when it was seen before. */
static int seen_before(builder *b, const char *text, size_t len)
{
    return first_copy(b, text, len, NULL) != NULL;
}

#define HEADLINE_KEY_SIZE 1024

static int same_headline(const char *a, const char *b)
{
    char ka[HEADLINE_KEY_SIZE], kb[HEADLINE_KEY_SIZE];
    return dci_text_key(a, ka, sizeof ka) > 0 && dci_text_key(b, kb, sizeof kb) > 0 &&
           strcmp(ka, kb) == 0;
}

/* Joins the runs of a leaf into its plain text, trimming the ends. */
static void finish_leaf_text(builder *b, dci_block *leaf)
{
    dci_buf *s = &b->scratch;
    s->len = 0;
    for (dci_run *r = leaf->first_run; r; r = r->next) {
        if (r->style & DCI_RUN_BREAK)
            dci_buf_putc(s, '\n');
        else if (!(r->style & DCI_RUN_IMAGE))
            dci_buf_put(s, r->text, r->len);
    }
    size_t start = 0, end = s->len;
    while (start < end && dci_is_space((unsigned char)s->data[start]))
        start++;
    while (end > start && dci_is_space((unsigned char)s->data[end - 1]))
        end--;
    if (s->failed) {
        b->failed = 1;
        return;
    }
    leaf->text = dci_nfc_dup(b->arena, s->data ? s->data + start : "", end - start,
                             &leaf->text_len);
    if (!leaf->text)
        b->failed = 1;
}

static void trim_runs(dci_block *leaf)
{
    while (leaf->first_run && !(leaf->first_run->style & DCI_RUN_BREAK) &&
           leaf->first_run->len > 0 && leaf->first_run->text[0] == ' ') {
        leaf->first_run->text++;
        leaf->first_run->len--;
        if (leaf->first_run->len > 0)
            break;
        leaf->first_run = leaf->first_run->next;
    }
    dci_run *last = leaf->last_run;
    if (last && !(last->style & DCI_RUN_BREAK))
        while (last->len > 0 && last->text[last->len - 1] == ' ')
            last->len--;
}

/* Characters of the leaf's text inside links. */
static size_t linked_chars(const dci_block *leaf)
{
    size_t n = 0;
    for (const dci_run *r = leaf->first_run; r; r = r->next)
        if (r->href && !(r->style & DCI_RUN_IMAGE))
            n += r->len;
    return n;
}

/* Whether the leaf keeps its words when they were seen before. A table
 * repeats values in its cells, lists their items ("Breakfast: oats" each
 * day of a meal plan, "Waterproof" for each product): repeats there are
 * the text's own, unless they are links (a teaser shown twice); so is
 * preformatted text, a program's output shown again ("6 rows selected."
 * after each of a tutorial's queries): no template writes its credits or
 * teasers in a <pre>. Elsewhere a repeat is a credit, a teaser or a copy
 * of the page for small screens. An image was checked for repeats as it
 * came. */
static int may_repeat(const dci_block *leaf)
{
    const dci_block *p = leaf->parent;
    if (leaf->kind == DCI_BLOCK_CODE || (p && p->kind == DCI_BLOCK_CELL))
        return 1;
    return p && p->kind == DCI_BLOCK_ITEM && linked_chars(leaf) * 2 < leaf->text_len;
}

static int same_class_attr(const dci_node *a, const dci_node *b)
{
    const char *ca = dci_attr_get(a, "class"), *cb = dci_attr_get(b, "class");
    return ca == cb || (ca && cb && strcmp(ca, cb) == 0);
}

/* Whether the leaf's text of two words or more ends as a sentence does: a
 * full stop or a question mark (or another script's, dci_wide_stop), maybe
 * inside closing quotes ("I would
 * prefer not to." said again and again in a story's dialogue). A credit
 * or a label has neither, and a banner shouts ("Sorry, it's SOLD!"). */
static int leaf_ends_sentence(const dci_block *leaf)
{
    const char *t = leaf->text;
    size_t len = leaf->text_len;
    for (;;) {
        while (len && isspace((unsigned char)t[len - 1]))
            len--;
        if (len && (t[len - 1] == '"' || t[len - 1] == '\'' || t[len - 1] == ')'))
            len--;
        else if (len >= 3 && (unsigned char)t[len - 3] == 0xE2 && (unsigned char)t[len - 2] == 0x80 &&
                 ((unsigned char)t[len - 1] == 0x9D || (unsigned char)t[len - 1] == 0x99))
            len -= 3; /* a closing curly quote */
        else if (len >= 3 && (unsigned char)t[len - 3] == 0xE3 && (unsigned char)t[len - 2] == 0x80 &&
                 ((unsigned char)t[len - 1] == 0x8D || (unsigned char)t[len - 1] == 0x8F))
            len -= 3; /* a closing corner bracket, 」 or 』 */
        else
            break;
    }
    char wide = len ? dci_wide_stop(t, len) : 0;
    if (wide)   /* 。 ？ ؟ ।: scripts written without spaces have words all the same */
        return wide != '!' && dci_count_words(t, len) >= 2;
    return len && strchr(".?", t[len - 1]) != NULL && memchr(t, ' ', len) != NULL;
}

/* Whether the leaf is a short label ending in a colon (at most
 * t->repeat_label_chars): it introduces what follows it, "INPUT:" and
 * "OUTPUT:" before each of a tutorial's queries, "Delete next word:" under
 * each editor of a comparison, so it repeats as often as what it
 * introduces. A credit, a teaser or a banner does not end in a colon.
 * Chinese and Japanese labels end in the full-width one ("输入："). */
static int label_leaf(const dci_block *leaf, const dci_tuning *t)
{
    size_t n = leaf->text_len;
    while (n && isspace((unsigned char)leaf->text[n - 1]))
        n--;
    return t->repeat_label_chars && n >= 2 && n <= t->repeat_label_chars &&
           dci_ends_colon(leaf->text, n) &&
           (leaf->kind == DCI_BLOCK_PARAGRAPH || leaf->kind == DCI_BLOCK_HEADING);
}

/* Whether the leaf is a paragraph of prose, t->repeat_prose_chars or
 * longer or (t->repeat_sentences) a shorter sentence. */
static int prose_leaf(const dci_block *leaf, const dci_tuning *t)
{
    return t->repeat_prose_chars && leaf->kind == DCI_BLOCK_PARAGRAPH &&
           (leaf->text_len >= t->repeat_prose_chars ||
            (t->repeat_sentences && leaf_ends_sentence(leaf)));
}

enum {
    /* Nodes looked at back from a line for the picture before it, and the
     * nodes of that picture's box walked for an image. */
    PICTURE_LOOK = 4,
    /* Nodes without text looked at back from a box for the box it copies. */
    COPY_LOOK = 8,
    PICTURE_BOX_NODES = 24
};

/* Whether n is the line of a picture's box: its box holds no text but
 * n's, and the element before n there (white space and comments between
 * them aside) is a picture: an <img>, a <figure>, or a box without text
 * showing one (a link around it, a <picture>'s <source>). A picture in
 * the story's flow with a paragraph after it, in the box of the story's
 * paragraphs, is not. Bounded: PICTURE_LOOK nodes back,
 * PICTURE_BOX_NODES nodes of the picture. */
static int follows_picture(const dci_node *n)
{
    if (!n->parent || n->parent->chars != n->chars)
        return 0;
    const dci_node *p = n->prev;
    for (unsigned looked = 0; p && p->type != DCI_NODE_ELEMENT; p = p->prev, looked++)
        if (looked >= PICTURE_LOOK || p->chars > 0)
            return 0;
    return p && p->chars == 0 && dci_holds_picture(p, PICTURE_BOX_NODES);
}

/* Whether a's box is a whole copy of b's: two boxes of one tag side by
 * side under one parent, holding as many characters (repeat_boxes). A
 * template writes a story's body twice, one copy for another screen or
 * a tab hidden by its class or a script; a refrain or a recurring
 * question repeats inside the story's own box, among other lines, and a
 * page written out twice repeats its quotes far apart (cleaneval-474).
 * Between the boxes only nodes without text (white space, an empty box,
 * a picture's map), at most COPY_LOOK nodes. */
static int copied_box(const dci_node *a, const dci_node *b)
{
    const dci_node *pa = a->parent, *pb = b->parent;
    if (!pa || !pb || pa == pb || pa->type != DCI_NODE_ELEMENT || pa->tag != pb->tag ||
        pa->chars != pb->chars || pa->chars <= a->chars)
        return 0;
    unsigned looked = 0;
    for (const dci_node *p = pa->prev; p && looked < COPY_LOOK; p = p->prev, looked++) {
        if (p == pb)
            return 1;
        if (p->chars > 0)
            return 0;
    }
    return 0;
}

/* Whether a leaf whose words came before in first keeps them: a paragraph
 * of prose (prose_leaf) or a label (label_leaf) without links, written by
 * an element of the first copy's tag and class, is the text's own (an
 * interview's recurring question, a refrain, a list of steps given twice,
 * a page that shows its text twice, a label before each query). A credit
 * or a teaser is shorter or linked; a highlight or a pull quote quoting
 * the body is an element of its own kind; a copy for other screens or a
 * paywall's preview is hidden (clean drops it). Not a line right after a
 * picture (repeat_captions): one caption under each of a post's photos. */
static int keeps_repeat(const dci_block *leaf, const seen_text *first, const dci_tuning *t)
{
    const dci_node *a = leaf->source, *b = first->source;
    return t && (prose_leaf(leaf, t) || label_leaf(leaf, t)) && linked_chars(leaf) == 0 && a &&
           b && a->tag == b->tag && same_class_attr(a, b) &&
           !(t->repeat_captions && follows_picture(a)) &&
           !(t->repeat_boxes && copied_box(a, b));
}

/* A paragraph ending a sentence is the text's own even when it says what
 * the headline says: a short post (a status, a note) whose title was made
 * from its words. The headline's copy in the content is a heading, or a
 * line without the sentence's end. */
static int body_sentence(const dci_block *leaf)
{
    return leaf->kind == DCI_BLOCK_PARAGRAPH && leaf->source && leaf->source->tag == GUMBO_TAG_P &&
           leaf_ends_sentence(leaf);
}

/* Closes the open leaf: dropped when empty, a repeat, or the headline. */
static void close_leaf(builder *b)
{
    dci_block *leaf = b->para;
    if (!leaf)
        return;
    b->para = NULL;
    if (leaf->kind != DCI_BLOCK_CODE)
        trim_runs(leaf);
    finish_leaf_text(b, leaf);
    if (b->failed)
        return;
    int empty = leaf->text_len == 0 && leaf->images == 0;
    int headline = leaf->kind != DCI_BLOCK_CODE && b->title && !body_sentence(leaf) &&
                   same_headline(leaf->text, b->title);
    const seen_text *first = NULL;
    if (!empty && !headline && !may_repeat(leaf) && leaf->text_len > 0)
        first = first_copy(b, leaf->text, leaf->text_len, leaf->source);
    if (empty || headline || (first && !keeps_repeat(leaf, first, b->tuning))) {
        if (b->cur == leaf)
            b->cur = leaf->parent;
        dci_block_unlink(leaf);
    }
}

static dci_block *open_leaf(builder *b)
{
    if (b->para)
        return b->para;
    b->para = new_block(b, DCI_BLOCK_PARAGRAPH, 0);
    if (b->para)
        b->para->source = b->fresh;
    b->space = 1;
    return b->para;
}

static void add_run(builder *b, const char *text, size_t len, unsigned style)
{
    dci_block *leaf = open_leaf(b);
    if (!leaf)
        return;
    dci_run *r = dci_arena_calloc(b->arena, sizeof *r);
    size_t copy_len = 0;
    char *copy = dci_nfc_dup(b->arena, text, len, &copy_len);
    if (!r || !copy) {
        b->failed = 1;
        return;
    }
    r->text = copy;
    r->len = copy_len;
    r->href = b->href;
    r->style = style;
    if (b->em_depth)
        r->style |= DCI_RUN_EM;
    if (b->strong_depth)
        r->style |= DCI_RUN_STRONG;
    if (b->code_depth)
        r->style |= DCI_RUN_CODE;
    if (leaf->last_run)
        leaf->last_run->next = r;
    else
        leaf->first_run = r;
    leaf->last_run = r;
}

static void add_text(builder *b, const char *text, size_t len)
{
    if (b->pre_depth) {
        add_run(b, text, len, 0);
        return;
    }
    dci_buf *s = &b->scratch;
    s->len = 0;
    int space = b->para ? b->space : 1;
    dci_buf_fold(s, text, len, &space);
    if (s->failed) {
        b->failed = 1;
        return;
    }
    if (s->len == 0)
        return;
    add_run(b, s->data, s->len, 0);
    b->space = space;
}

static void add_break(builder *b)
{
    if (!b->para)
        return;
    add_run(b, "", 0, DCI_RUN_BREAK);
    b->space = 1;
}

/* A table of data (cells of short text, or marked with th/caption) keeps
 * its rows; a layout table is only a container. */
static int is_data_table(const dci_node *table)
{
    int rows = 0;
    for (const dci_node *n = table->first_child; n; n = dci_next(n, table)) {
        if (n->type != DCI_NODE_ELEMENT)
            continue;
        switch (n->tag) {
        case GUMBO_TAG_TABLE:
        case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
        case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE:
            return 0;
        case GUMBO_TAG_TH: case GUMBO_TAG_CAPTION:
            return 1;
        case GUMBO_TAG_TR:
            rows++;
            break;
        default:
            break;
        }
    }
    return rows >= 2;
}

/* ------------------------------------------------------------ images */

/* Width or height 0 or 1: a tracking pixel, not a picture. */
static int is_pixel(const dci_node *img)
{
    static const char *const dims[] = {"width", "height"};
    for (size_t i = 0; i < DCX_COUNTOF(dims); i++) {
        const char *v = dci_attr_get(img, dims[i]);
        if (v && (strcmp(v, "0") == 0 || strcmp(v, "1") == 0 || strcmp(v, "1px") == 0))
            return 1;
    }
    return 0;
}

/* The URL of the largest candidate of a srcset ("a.jpg 480w, b.jpg 2x"),
 * by its width or density; the first when none has one. NULL when the set
 * is empty. An arena copy. */
static const char *srcset_best(builder *b, const char *set)
{
    const char *best = NULL;
    size_t best_len = 0;
    double best_size = -1;
    for (const char *p = set; *p;) {
        p += strspn(p, " \t\n\f\r,");
        size_t len = strcspn(p, " \t\n\f\r");
        /* a URL may hold commas; a trailing one ends the candidate */
        size_t url_len = len;
        while (url_len > 0 && p[url_len - 1] == ',')
            url_len--;
        if (len == 0)
            break;
        const char *q = p + len;
        double size = 0;
        if (url_len == len) {
            q += strspn(q, " \t\n\f\r");
            char *end;
            size = strtod(q, &end);
            if (end != q && (*end == 'w' || *end == 'x'))
                q = end + 1;
            else
                size = 0;
            q += strcspn(q, ",");
        }
        if (url_len > 0 && strncmp(p, "data:", 5) != 0 && size > best_size) {
            best = p;
            best_len = url_len;
            best_size = size;
        }
        p = q;
    }
    if (!best)
        return NULL;
    const char *copy = dci_arena_strndup(b->arena, best, best_len);
    if (!copy)
        b->failed = 1;
    return copy;
}

/* Where an image's picture is: the largest candidate of its (lazy) srcset,
 * else the first of the attributes lazy loaders fill, else src; a data:
 * placeholder is none. NULL when there is none. */
static const char *image_source(builder *b, const dci_node *img)
{
    static const char *const sets[] = {"data-srcset", "srcset"};
    static const char *const srcs[] = {"data-src", "data-lazy-src", "data-original", "src"};
    for (size_t i = 0; i < DCX_COUNTOF(sets); i++) {
        const char *set = dci_attr_get(img, sets[i]);
        const char *best = set ? srcset_best(b, set) : NULL;
        if (best)
            return best;
    }
    for (size_t i = 0; i < DCX_COUNTOF(srcs); i++) {
        const char *src = dci_attr_get(img, srcs[i]);
        if (src) {
            src += strspn(src, " \t\n\f\r");
            if (*src && strncmp(src, "data:", 5) != 0)
                return src;
        }
    }
    return NULL;
}

/* The text of n's subtree, white space folded and trimmed, NFC, in the
 * arena; NULL when empty. */
static const char *subtree_text(builder *b, const dci_node *n)
{
    dci_buf *s = &b->scratch;
    s->len = 0;
    int space = 1;
    for (const dci_node *t = n->first_child; t; t = dci_next(t, n))
        if (t->type == DCI_NODE_TEXT)
            dci_buf_fold(s, t->text, t->text_len, &space);
    while (s->len > 0 && s->data[s->len - 1] == ' ')
        s->len--;
    if (s->failed) {
        b->failed = 1;
        return NULL;
    }
    if (s->len == 0)
        return NULL;
    size_t len;
    const char *text = dci_nfc_dup(b->arena, s->data, s->len, &len);
    if (!text)
        b->failed = 1;
    return text;
}

#define FIGURE_MAX_UP 6

/* The <figure> around n within FIGURE_MAX_UP levels, or NULL. */
static const dci_node *figure_of(const dci_node *n)
{
    const dci_node *fig = n->parent;
    for (int up = 0; fig && up < FIGURE_MAX_UP && fig->tag != GUMBO_TAG_FIGURE; up++)
        fig = fig->parent;
    return fig && fig->type == DCI_NODE_ELEMENT && fig->tag == GUMBO_TAG_FIGURE ? fig : NULL;
}

/* The caption of the figure around img (its figcaption), for the first
 * image of the figure only; NULL if none, or when the text kept the
 * caption before the image (already said, as a paragraph). */
static const char *figure_caption(builder *b, const dci_node *img)
{
    const dci_node *fig = figure_of(img);
    if (!fig || fig == b->captioned)
        return NULL;
    b->captioned = fig;
    int after_image = 0;
    for (const dci_node *n = fig->first_child; n; n = dci_next(n, fig)) {
        after_image |= n == img;
        if (n->type == DCI_NODE_ELEMENT && n->tag == GUMBO_TAG_FIGCAPTION)
            return after_image || (n->flags & DCI_DROPPED) ? subtree_text(b, n) : NULL;
    }
    return NULL;
}

/* An image of the article, as a run of the open leaf: once per picture,
 * its URL absolute, its alt text and its figure's caption. */
static void add_image(builder *b, const dci_node *img)
{
    if (b->pre_depth || is_pixel(img))
        return;
    const char *src = image_source(b, img);
    const char *url = src ? dci_url_resolve(b->arena, b->base_url, src) : NULL;
    if (!url || !*url) {
        b->failed |= src && !url;
        return;
    }
    char *key = dci_arena_alloc(b->arena, strlen(url) + 2);
    if (!key) {
        b->failed = 1;
        return;
    }
    key[0] = '\x01'; /* no leaf text starts so: image keys are apart */
    strcpy(key + 1, url);
    if (seen_before(b, key, strlen(key)))
        return;
    const char *alt = dci_attr_get(img, "alt");
    size_t alt_len = 0;
    if (alt) {
        dci_buf *s = &b->scratch;
        s->len = 0;
        int space = 1;
        dci_buf_fold(s, alt, strlen(alt), &space);
        while (s->len > 0 && s->data[s->len - 1] == ' ')
            s->len--;
        alt = s->failed ? NULL : dci_nfc_dup(b->arena, s->data ? s->data : "", s->len, &alt_len);
        if (!alt) {
            b->failed = 1;
            return;
        }
    }
    const char *caption = figure_caption(b, img);
    dci_block *leaf = open_leaf(b);
    dci_run *r = dci_arena_calloc(b->arena, sizeof *r);
    if (!leaf || !r) {
        b->failed = 1;
        return;
    }
    r->text = alt ? alt : "";
    r->len = alt_len;
    r->href = url;
    r->style = DCI_RUN_IMAGE;
    r->caption = caption;
    if (leaf->last_run)
        leaf->last_run->next = r;
    else
        leaf->first_run = r;
    leaf->last_run = r;
    leaf->images++;
}

/* What entering an element did, undone on its exit. */
typedef enum {
    OPEN_NONE,         /* inline: style bits only */
    OPEN_BLOCK,        /* opened a block of the content tree */
    OPEN_TRANSPARENT,  /* block-level container: paragraph break around it */
    OPEN_FLAT          /* block-level inside a heading or paragraph: a space */
} open_kind;

static int tag_kind(const dci_node *n, dci_block_kind *kind, int *level)
{
    *level = 0;
    switch (n->tag) {
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
        *kind = DCI_BLOCK_HEADING;
        *level = (int)(n->tag - GUMBO_TAG_H1) + 1;
        return 1;
    case GUMBO_TAG_P: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_DT: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_ADDRESS:
        *kind = DCI_BLOCK_PARAGRAPH;
        return 1;
    case GUMBO_TAG_PRE: case GUMBO_TAG_LISTING: case GUMBO_TAG_XMP:
    case GUMBO_TAG_PLAINTEXT:
        *kind = DCI_BLOCK_CODE;
        return 1;
    case GUMBO_TAG_UL: case GUMBO_TAG_MENU: case GUMBO_TAG_DIR: case GUMBO_TAG_DL:
        *kind = DCI_BLOCK_LIST;
        return 1;
    case GUMBO_TAG_OL:
        *kind = DCI_BLOCK_LIST;
        *level = 1;
        return 1;
    case GUMBO_TAG_LI: case GUMBO_TAG_DD:
        *kind = DCI_BLOCK_ITEM;
        return 1;
    case GUMBO_TAG_BLOCKQUOTE:
        *kind = DCI_BLOCK_QUOTE;
        return 1;
    default:
        return 0;
    }
}

static int in_data_table(const builder *b)
{
    for (const dci_block *blk = b->cur; blk; blk = blk->parent)
        if (blk->kind == DCI_BLOCK_TABLE || blk->kind == DCI_BLOCK_ROW)
            return 1;
    return 0;
}

static open_kind table_kind(builder *b, const dci_node *n, dci_block_kind *kind, int *level)
{
    *level = 0;
    if (n->tag == GUMBO_TAG_TABLE) {
        if (!is_data_table(n))
            return OPEN_TRANSPARENT;
        *kind = DCI_BLOCK_TABLE;
        return OPEN_BLOCK;
    }
    if (!in_data_table(b))
        return OPEN_TRANSPARENT;
    if (n->tag == GUMBO_TAG_TR) {
        *kind = DCI_BLOCK_ROW;
        return OPEN_BLOCK;
    }
    if (n->tag == GUMBO_TAG_TD || n->tag == GUMBO_TAG_TH) {
        *kind = DCI_BLOCK_CELL;
        *level = n->tag == GUMBO_TAG_TH;
        return OPEN_BLOCK;
    }
    return OPEN_TRANSPARENT;
}

static int is_leaf_kind(dci_block_kind kind)
{
    return kind == DCI_BLOCK_PARAGRAPH || kind == DCI_BLOCK_HEADING || kind == DCI_BLOCK_CODE;
}

static int is_info_char(char c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ||
           (c && strchr("+#._-", c));
}

/* The language of a code block from the class of its <pre> or <code>
 * ("language-python", "lang-js"), as a fence's info string: the word's
 * letters, digits and "+#._-" only. NULL when there is none. */
static const char *code_language(builder *b, const dci_node *n)
{
    static const char *const prefixes[] = {"language-", "lang-"};
    const char *cls = dci_attr_get(n, "class");
    if (!cls)
        return NULL;
    size_t wlen;
    for (const char *w = dci_next_token(&cls, &wlen); wlen > 0; w = dci_next_token(&cls, &wlen)) {
        for (size_t i = 0; i < DCX_COUNTOF(prefixes); i++) {
            size_t plen = strlen(prefixes[i]);
            if (wlen <= plen || strncmp(w, prefixes[i], plen) != 0)
                continue;
            size_t len = 0;
            while (plen + len < wlen && is_info_char(w[plen + len]))
                len++;
            if (len == 0)
                continue;
            const char *lang = dci_arena_strndup(b->arena, w + plen, len);
            if (!lang)
                b->failed = 1;
            return lang;
        }
    }
    return NULL;
}

/* The first number of an ordered list: its start attribute, else 1. */
static long list_start(const dci_node *n)
{
    const char *s = dci_attr_get(n, "start");
    if (!s)
        return 1;
    char *end;
    long v = strtol(s, &end, 10);
    /* CommonMark's item numbers have at most nine digits */
    return end != s && v >= 0 && v <= 999999999L ? v : 1;
}

static void set_inline(builder *b, const dci_node *n, int delta)
{
    switch (n->tag) {
    case GUMBO_TAG_EM: case GUMBO_TAG_I: case GUMBO_TAG_CITE: case GUMBO_TAG_DFN:
        b->em_depth += delta;
        break;
    case GUMBO_TAG_STRONG: case GUMBO_TAG_B:
        b->strong_depth += delta;
        break;
    case GUMBO_TAG_CODE: case GUMBO_TAG_KBD: case GUMBO_TAG_SAMP: case GUMBO_TAG_TT:
        b->code_depth += delta;
        if (delta > 0 && b->pre_depth && b->para && b->para->kind == DCI_BLOCK_CODE &&
            !b->para->info)
            b->para->info = code_language(b, n);
        break;
    case GUMBO_TAG_A:
        if (delta > 0) {
            const char *href = dci_attr_get(n, "href");
            b->href = href ? dci_url_resolve(b->arena, b->base_url, href) : NULL;
        } else {
            b->href = NULL;
        }
        break;
    default:
        break;
    }
}

static open_kind enter_element(builder *b, const dci_node *n)
{
    if (n->tag == GUMBO_TAG_BR) {
        add_break(b);
        return OPEN_NONE;
    }
    if (n->tag == GUMBO_TAG_IMG) {
        add_image(b, n);
        return OPEN_NONE;
    }
    dci_block_kind kind;
    int level;
    if (b->leaf_depth > 0 && (dci_tag_is_block(n->tag) || tag_kind(n, &kind, &level))) {
        add_text(b, " ", 1);
        return OPEN_FLAT;
    }
    open_kind open = OPEN_NONE;
    if (n->tag == GUMBO_TAG_TABLE || n->tag == GUMBO_TAG_TR || n->tag == GUMBO_TAG_TD ||
        n->tag == GUMBO_TAG_TH)
        open = table_kind(b, n, &kind, &level);
    else if (tag_kind(n, &kind, &level))
        open = OPEN_BLOCK;
    else if (dci_tag_is_block(n->tag))
        open = OPEN_TRANSPARENT;
    if (open == OPEN_NONE) {
        set_inline(b, n, 1);
        return OPEN_NONE;
    }
    /* loose text before a block is not all of its element */
    if (b->para)
        b->para->source = NULL;
    close_leaf(b);
    b->fresh = n;
    if (open == OPEN_BLOCK) {
        dci_block *blk = new_block(b, kind, level);
        if (!blk)
            return OPEN_NONE;
        blk->source = n;
        /* a caption kept as text after its image, which carries it too */
        blk->rides_image = n->tag == GUMBO_TAG_FIGCAPTION && b->captioned &&
                           figure_of(n) == b->captioned;
        b->cur = blk;
        if (kind == DCI_BLOCK_LIST && level)
            blk->start = list_start(n);
        if (kind == DCI_BLOCK_CODE)
            blk->info = code_language(b, n);
        if (is_leaf_kind(kind)) {
            b->para = blk;
            b->space = 1;
            b->leaf_depth++;
        }
        if (kind == DCI_BLOCK_CODE)
            b->pre_depth++;
    }
    return open;
}

static int row_has_content(const dci_block *row)
{
    for (const dci_block *cell = row->first_child; cell; cell = cell->next)
        if (cell->first_child)
            return 1;
    return 0;
}

static void exit_element(builder *b, const dci_node *n, open_kind open)
{
    if (open == OPEN_NONE) {
        set_inline(b, n, -1);
        return;
    }
    if (open == OPEN_FLAT) {
        add_text(b, " ", 1);
        return;
    }
    b->fresh = NULL;
    if (open == OPEN_TRANSPARENT) {
        close_leaf(b);
        return;
    }
    dci_block *blk = b->cur;
    if (blk->kind == DCI_BLOCK_CODE)
        b->pre_depth--;
    if (is_leaf_kind(blk->kind)) {
        b->leaf_depth--;
        close_leaf(b);
        if (b->cur == blk)
            b->cur = blk->parent;
        return;
    }
    close_leaf(b);
    b->cur = blk->parent;
    /* an empty cell keeps its place, so that the columns do not shift */
    if (blk->kind == DCI_BLOCK_CELL ? 0
        : blk->kind == DCI_BLOCK_ROW ? !row_has_content(blk)
                                     : !blk->first_child)
        dci_block_unlink(blk);
}

static void visit_text(builder *b, const dci_node *n)
{
    if (n->text_len > 0)
        add_text(b, n->text, n->text_len);
}

/*
 * Walks root in document order with enter and exit events and no recursion;
 * what each element opened is kept on a byte stack (b->opened) as deep as the
 * tree, so its exit closes exactly that.
 */
static void build_from(builder *b, const dci_node *root, dci_buf *opened)
{
    const dci_node *n = root;
    b->fresh = NULL;
    for (;;) {
        int descend = 0;
        if (!(n->flags & DCI_DROPPED)) {
            if (n->type == DCI_NODE_TEXT) {
                visit_text(b, n);
            } else {
                open_kind open = enter_element(b, n);
                if (n->first_child) {
                    dci_buf_putc(opened, (char)open);
                    descend = 1;
                } else {
                    exit_element(b, n, open);
                }
            }
        }
        if (b->failed || opened->failed) {
            b->failed = 1;
            return;
        }
        if (descend) {
            n = n->first_child;
            continue;
        }
        while (n != root && !n->next) {
            n = n->parent;
            exit_element(b, n, (open_kind)opened->data[--opened->len]);
        }
        if (n == root)
            return;
        n = n->next;
    }
}

static void build_roots(builder *b, const dci_node *body)
{
    dci_buf opened = DCI_BUF_INIT;
    dci_const_node_iter it;
    dci_const_node_iter_init(&it, body);
    for (const dci_node *n; !b->failed && (n = dci_const_node_iter_next_kept(&it));) {
        if (n->flags & DCI_CONTENT) {
            build_from(b, n, &opened);
            close_leaf(b);
            dci_const_node_iter_skip(&it);
        }
    }
    dci_buf_free(&opened);
}

/* The base of the page's links and images: its <base href>, resolved
 * against the page URL, else the page URL. NULL when the arena failed. */
static const char *document_base(dci_arena *a, const dci_doc *doc, const char *page_url)
{
    for (const dci_node *n = doc->head ? doc->head->first_child : NULL; n; n = n->next) {
        const char *href = n->type == DCI_NODE_ELEMENT && n->tag == GUMBO_TAG_BASE
                               ? dci_attr_get(n, "href")
                               : NULL;
        if (href && *href) {
            const char *base = dci_url_resolve(a, page_url, href);
            return base && *base ? base : page_url ? page_url : "";
        }
    }
    return page_url ? page_url : "";
}

dci_block *dci_content_build(dci_arena *a, const dci_doc *doc, const char *title,
                           const char *base_url)
{
    builder b;
    memset(&b, 0, sizeof b);
    b.arena = a;
    b.title = title;
    b.tuning = doc->tuning;
    b.root = dci_arena_calloc(a, sizeof *b.root);
    if (!b.root)
        return NULL;
    b.root->kind = DCI_BLOCK_ROOT;
    b.cur = b.root;
    b.base_url = document_base(a, doc, base_url);
    if (!b.base_url)
        return NULL;
    if (doc->body)
        build_roots(&b, doc->body);
    dci_buf_free(&b.scratch);
    return b.failed ? NULL : b.root;
}

const dci_block *dci_block_next(const dci_block *blk, const dci_block *root)
{
    if (blk->first_child)
        return blk->first_child;
    while (blk && blk != root) {
        if (blk->next)
            return blk->next;
        blk = blk->parent;
    }
    return NULL;
}

size_t dci_content_blocks(const dci_block *root)
{
    size_t count = 0;
    for (const dci_block *blk = root; blk; blk = dci_block_next(blk, root))
        if (blk->text_len > 0)
            count++;
    return count;
}
