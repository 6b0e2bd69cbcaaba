#include "parse.h"

#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

typedef struct parse_ctx {
    dci_arena *arena;
    jmp_buf escape;
} parse_ctx;

static void *gumbo_alloc(void *userdata, size_t size)
{
    parse_ctx *ctx = userdata;
    void *p = dci_arena_alloc(ctx->arena, size);
    if (!p)
        longjmp(ctx->escape, 1);
    return p;
}

static void gumbo_release(void *userdata, void *p)
{
    parse_ctx *ctx = userdata;
    dci_arena_release(ctx->arena, p);
}

static dc_status arena_status(const dci_arena *a)
{
    switch (dci_arena_failure(a)) {
    case DCI_ARENA_OVER_TIME:
        return DC_TIMEOUT;
    case DCI_ARENA_NOMEM:
        return DC_NOMEM;
    default:
        return DC_TOO_LARGE;
    }
}

static const GumboVector *children_of(const GumboNode *g)
{
    if (g->type == GUMBO_NODE_DOCUMENT)
        return &g->v.document.children;
    if (g->type == GUMBO_NODE_ELEMENT || g->type == GUMBO_NODE_TEMPLATE)
        return &g->v.element.children;
    return NULL;
}

/* Elements newer than gumbo 0.10.1, which it leaves unknown, and the ARIA
 * role each has implicitly: a <dialog> is a modal (a cookie notice, a
 * newsletter pop-up) or, closed, not shown at all; <search> is a search
 * form's box. The rules know the roles. */
static const struct {
    const char *name, *role;
} implicit_roles[] = {
    {"dialog", "dialog"},
    {"search", "search"},
};

static const char *implicit_role(const GumboElement *e)
{
    if (e->tag != GUMBO_TAG_UNKNOWN || e->tag_namespace != GUMBO_NAMESPACE_HTML)
        return NULL;
    GumboStringPiece name = e->original_tag;
    gumbo_tag_from_original_text(&name);
    for (size_t i = 0; i < sizeof implicit_roles / sizeof implicit_roles[0]; i++)
        if (name.length == strlen(implicit_roles[i].name) &&
            strncasecmp(name.data, implicit_roles[i].name, name.length) == 0)
            return implicit_roles[i].role;
    return NULL;
}

/* Copies e's attributes (at most UINT16_MAX), adding after them the
 * implicit role of an element gumbo does not know when the page gives it
 * none: a role the page gives is the role, and an element carries one
 * attribute of a name (the explanation report copies them all). */
static int copy_attrs(dci_arena *a, dci_node *n, const GumboElement *e)
{
    const char *role = implicit_role(e);
    if (role && gumbo_get_attribute(&e->attributes, "role"))
        role = NULL;
    unsigned count = e->attributes.length < UINT16_MAX - 1 ? e->attributes.length : UINT16_MAX - 1;
    unsigned total = count + (role != NULL);
    if (total == 0)
        return 1;
    dci_attr *attrs = dci_arena_alloc(a, total * sizeof *attrs);
    if (!attrs)
        return 0;
    for (unsigned i = 0; i < count; i++) {
        const GumboAttribute *ga = e->attributes.data[i];
        attrs[i].name = ga->name;
        attrs[i].value = ga->value;
    }
    if (role) {
        attrs[count].name = "role";
        attrs[count].value = role;
    }
    n->attrs = attrs;
    n->nattrs = (unsigned short)total;
    return 1;
}

/* SVG is drawing, not text. MathML is the formula a reader sees, except its
 * annotations: the same formula again in another notation (TeX source). */
static int is_never_text(const GumboElement *e)
{
    if (e->tag_namespace == GUMBO_NAMESPACE_SVG)
        return 1;
    if (e->tag_namespace != GUMBO_NAMESPACE_MATHML)
        return 0;
    if (e->tag == GUMBO_TAG_ANNOTATION_XML)
        return 1;
    GumboStringPiece name = e->original_tag;
    gumbo_tag_from_original_text(&name);
    return e->tag == GUMBO_TAG_UNKNOWN && name.length == 10 &&
           strncasecmp(name.data, "annotation", 10) == 0;
}

/* A custom element: a name with a hyphen (<story-body>, <bsp-list-item>),
 * which the parser does not know. SVG's own hyphenated names are drawing. */
static int is_custom_element(const GumboNode *g)
{
    if (g->type != GUMBO_NODE_ELEMENT || g->v.element.tag != GUMBO_TAG_UNKNOWN ||
        g->v.element.tag_namespace != GUMBO_NAMESPACE_HTML)
        return 0;
    GumboStringPiece name = g->v.element.original_tag;
    gumbo_tag_from_original_text(&name);
    return name.length > 0 && memchr(name.data, '-', name.length) != NULL;
}

/* A dci_node for gumbo node g, or NULL for what is never text (comments), or
 * when the arena failed (*failed set). */
static dci_node *mirror_node(dci_arena *a, const GumboNode *g, int *failed)
{
    if (g->type == GUMBO_NODE_COMMENT || g->type == GUMBO_NODE_DOCUMENT)
        return NULL;
    dci_node *n = dci_arena_calloc(a, sizeof *n);
    if (!n) {
        *failed = 1;
        return NULL;
    }
    if (g->type == GUMBO_NODE_ELEMENT || g->type == GUMBO_NODE_TEMPLATE) {
        n->type = DCI_NODE_ELEMENT;
        n->tag = (unsigned short)g->v.element.tag;
        if (is_never_text(&g->v.element))
            n->flags |= DCI_NEVER_TEXT;
        if (is_custom_element(g))
            n->flags |= DCI_CUSTOM;
        if (!copy_attrs(a, n, &g->v.element)) {
            *failed = 1;
            return NULL;
        }
    } else {
        n->type = DCI_NODE_TEXT;
        n->text = g->v.text.text;
        n->text_len = strlen(g->v.text.text);
    }
    return n;
}

static int is_loose_text(const GumboNode *g)
{
    return g->type == GUMBO_NODE_TEXT || g->type == GUMBO_NODE_CDATA;
}

/* Whether g has text right before or after it: it is a part of a line
 * ("Posted <relative-time>3 days ago</relative-time>"). */
static int within_line(const GumboNode *g)
{
    const GumboVector *kids = children_of(g->parent);
    size_t i = g->index_within_parent;
    return (i > 0 && is_loose_text(kids->data[i - 1])) ||
           (i + 1 < kids->length && is_loose_text(kids->data[i + 1]));
}

/* Whether g (mirrored as m) has a parent setting boxes side by side: a
 * container, not a line of text (a paragraph, a heading). A custom parent
 * may be either; it is judged after its children. Its name is read from
 * its mirror's flag, not again for each child: a parent named with a page
 * of letters over thousands of custom children made a square. */
static int among_boxes(const dci_node *m, const GumboNode *g)
{
    const GumboNode *p = g->parent;
    if (!p || p->type != GUMBO_NODE_ELEMENT)
        return 0;
    GumboTag tag = p->v.element.tag;
    return (m->parent && (m->parent->flags & DCI_CUSTOM)) ||
           (dci_tag_is_block(tag) &&
            (!dci_tag_is_paragraph(tag) || tag == GUMBO_TAG_LI || tag == GUMBO_TAG_TD ||
             tag == GUMBO_TAG_TH || tag == GUMBO_TAG_DD || tag == GUMBO_TAG_BLOCKQUOTE));
}

static int has_block_child(const dci_node *m)
{
    for (const dci_node *c = m->first_child; c; c = c->next)
        if (c->type == DCI_NODE_ELEMENT && dci_tag_is_block(c->tag))
            return 1;
    return 0;
}

static int has_own_text(const GumboNode *g)
{
    const GumboVector *kids = children_of(g);
    for (size_t i = 0; i < kids->length; i++)
        if (is_loose_text(kids->data[i]))
            return 1;
    return 0;
}

/* A custom element is a component of the page's template, styled as a box:
 * it is read as a <div> when it holds a box, or holds text of its own while
 * standing among boxes outside any line of text, so that its paragraphs
 * are blocks rather than one run of text. Components drawing a formula
 * (MathJax's <mjx-container>, whose glyphs are styles, not text) or a
 * picture (<amp-img src>) stay what they are. Called once m's children are
 * mirrored, so that a box inside makes m a box. */
static void box_custom_element(dci_node *m, const GumboNode *g)
{
    if (m->type != DCI_NODE_ELEMENT || !(m->flags & DCI_CUSTOM) || dci_attr_get(m, "src") ||
        dci_attr_get(m, "srcset"))
        return;
    if (has_block_child(m) || (has_own_text(g) && among_boxes(m, g) && !within_line(g)))
        m->tag = GUMBO_TAG_DIV;
}

/* A declarative shadow root: a <template shadowrootmode="open"> (or
 * "closed"; Chrome's first version named the attribute "shadowroot") is
 * no template but the content a browser renders inside its parent, the
 * custom element hosting it. Gumbo 0.10.1 predates it and keeps it a
 * template, which is never text. Its host is an element: one written
 * straight inside another template's content (another shadow root) stays
 * a template. */
static int is_shadow_root(const GumboNode *g)
{
    if (g->type != GUMBO_NODE_TEMPLATE || !g->parent || g->parent->type != GUMBO_NODE_ELEMENT)
        return 0;
    static const char *const names[] = {"shadowrootmode", "shadowroot"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        const GumboAttribute *at = gumbo_get_attribute(&g->v.element.attributes, names[i]);
        if (at && (strcasecmp(at->value, "open") == 0 || strcasecmp(at->value, "closed") == 0))
            return 1;
    }
    return 0;
}

/* Puts the children of m, its parent's last child, in its place: a shadow
 * root's content is read as its host's own (the host's own children, which
 * the root shows through a <slot>, stay beside it). */
static void splice_last_child(dci_node *m)
{
    dci_node *parent = m->parent;
    for (dci_node *c = m->first_child; c; c = c->next)
        c->parent = parent;
    dci_node *before = m->prev, *first = m->first_child;
    if (!first) {
        parent->last_child = before;
        if (before)
            before->next = NULL;
        else
            parent->first_child = NULL;
        return;
    }
    first->prev = before;
    if (before)
        before->next = first;
    else
        parent->first_child = first;
    parent->last_child = m->last_child;
}

static void append_child(dci_node *parent, dci_node *child)
{
    child->parent = parent;
    child->prev = parent->last_child;
    if (parent->last_child)
        parent->last_child->next = child;
    else
        parent->first_child = child;
    parent->last_child = child;
}

static void find_head_body(dci_doc *doc)
{
    for (dci_node *c = doc->html ? doc->html->first_child : NULL; c; c = c->next) {
        if (dci_is_element(c, GUMBO_TAG_HEAD))
            doc->head = c;
        else if (dci_is_element(c, GUMBO_TAG_BODY) || dci_is_element(c, GUMBO_TAG_FRAMESET))
            doc->body = c;
    }
}

/*
 * Walks gumbo's tree without recursion: down through children, across through
 * index_within_parent, up through parent. Each gumbo element's mirror is kept in
 * a parallel stack-free way by following the mirror's parent pointer as we climb.
 */
static int mirror_tree(dci_doc *doc, const GumboNode *groot)
{
    dci_arena *a = doc->arena;
    int failed = 0;
    doc->html = mirror_node(a, groot, &failed);
    if (!doc->html)
        return !failed;
    doc->nodes = 1;
    const GumboNode *g = groot;
    dci_node *m = doc->html;
    size_t next_index = 0;
    for (;;) {
        const GumboVector *kids = children_of(g);
        if (kids && next_index < kids->length) {
            const GumboNode *child = kids->data[next_index];
            dci_node *mc = mirror_node(a, child, &failed);
            if (failed)
                return 0;
            if (!mc || !children_of(child)) {
                if (mc) {
                    append_child(m, mc);
                    doc->nodes++;
                }
                next_index++;
                continue;
            }
            append_child(m, mc);
            doc->nodes++;
            g = child;
            m = mc;
            next_index = 0;
            continue;
        }
        box_custom_element(m, g);
        if (g == groot)
            return 1;
        next_index = g->index_within_parent + 1;
        dci_node *done = m;
        m = m->parent;
        if (is_shadow_root(g)) {
            splice_last_child(done);
            doc->nodes--;
        }
        g = g->parent;
    }
}

dc_status dci_parse(dci_doc *doc, const char *utf8, size_t len)
{
    parse_ctx ctx;
    ctx.arena = doc->arena;
    GumboOptions options = kGumboDefaultOptions;
    options.allocator = gumbo_alloc;
    options.deallocator = gumbo_release;
    options.userdata = &ctx;
    options.max_errors = 0;
    options.stop_on_first_error = false;
    /* volatile: read after a longjmp back into this frame */
    GumboOutput *volatile out = NULL;
    if (setjmp(ctx.escape) != 0)
        return arena_status(doc->arena);
    out = gumbo_parse_with_options(&options, utf8, len);
    if (!out || !out->root)
        return DC_OK;
    if (!mirror_tree(doc, out->root))
        return arena_status(doc->arena);
    find_head_body(doc);
    return DC_OK;
}

/* FNV-1a: a token's new name depends on the token alone. */
static unsigned name_hash(const char *s, size_t len, unsigned h)
{
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

#define BLIND_SALT 2166136261u
#define BLIND_ID_SALT 84696351u /* ids apart from classes, as "#name" */
#define BLIND_LETTERS 7         /* 19^7 names: a clash on one page is rare */
#define BLIND_TOKEN_MAX (BLIND_LETTERS + 2) /* a space, "x" and the letters */

/* Writes the name of hash h at out: "x" and consonants, never digits, which
 * the same-kind test reads as an index ("story-1", "story-2"), so that
 * names of digits would all be one kind; without vowels no class word of
 * the tables appears in one by chance. Returns its length. */
static size_t put_blind_name(char *out, unsigned h)
{
    static const char consonants[] = "bcdfghjklmnpqrstvwz";
    const unsigned base = sizeof consonants - 1;
    out[0] = 'x';
    for (size_t i = 1; i <= BLIND_LETTERS; i++, h /= base)
        out[i] = consonants[h % base];
    return BLIND_LETTERS + 1;
}

static int is_class_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* value with each space-separated token renamed (whole, when as_id), in a; NULL
 * when the arena failed. */
static const char *blind_value(dci_arena *a, const char *value, int as_id)
{
    size_t len = strlen(value), n = 0;
    char *out = dci_arena_alloc(a, (len + 1) * BLIND_TOKEN_MAX + 1);
    if (!out)
        return NULL;
    for (size_t i = 0; i < len;) {
        while (i < len && !as_id && is_class_space(value[i]))
            i++;
        size_t start = i;
        while (i < len && (as_id || !is_class_space(value[i])))
            i++;
        if (i == start)
            break;
        if (n)
            out[n++] = ' ';
        n += put_blind_name(out + n, name_hash(value + start, i - start,
                                                as_id ? BLIND_ID_SALT : BLIND_SALT));
    }
    out[n] = '\0';
    return out;
}

dc_status dci_blind_names(dci_doc *doc)
{
    for (dci_node *n = doc->html; n; n = dci_next(n, doc->html)) {
        if (n->type != DCI_NODE_ELEMENT || !n->nattrs)
            continue;
        dci_attr *attrs = dci_arena_alloc(doc->arena, n->nattrs * sizeof *attrs);
        if (!attrs)
            return DC_NOMEM;
        for (unsigned i = 0; i < n->nattrs; i++) {
            attrs[i] = n->attrs[i];
            int as_id = strcmp(attrs[i].name, "id") == 0;
            if (!as_id && strcmp(attrs[i].name, "class") != 0)
                continue;
            attrs[i].value = blind_value(doc->arena, attrs[i].value, as_id);
            if (!attrs[i].value)
                return DC_NOMEM;
        }
        n->attrs = attrs;
    }
    return DC_OK;
}
