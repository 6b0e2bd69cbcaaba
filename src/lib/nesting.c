#include "nesting.h"

#include <gumbo.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "grow.h"

/* How a tag takes part in nesting. */
enum {
    KIND_NEST = 0,  /* opens an element that its end tag closes */
    KIND_VOID,      /* never has content, never open */
    KIND_RAW,       /* its content is text up to its end tag */
    KIND_PLAINTEXT, /* the rest of the page is text */
    KIND_MERGED     /* html, head, body: gumbo folds them into the ones it has */
};

/* Elements that a later start tag closes, by kind. */
enum {
    GROUP_NONE,
    GROUP_P,
    GROUP_LI,
    GROUP_DEF,      /* dt, dd */
    GROUP_OPTION,
    GROUP_OPTGROUP,
    GROUP_ROW,
    GROUP_CELL,
    GROUP_SECTION,  /* thead, tbody, tfoot */
    GROUP_A,
    GROUP_NOBR,
    GROUP_BUTTON,
    GROUP_HEADING,
    GROUP_FORM,
    GROUP_COUNT
};

#define G(g) (1u << (g))
/* The open elements a block start tag closes: an open <p>. */
#define BLOCK G(GROUP_P)

typedef struct tag_rule {
    unsigned char kind;
    unsigned char group;    /* which group the element is in */
    unsigned char boundary; /* searches for an element to close stop here */
    unsigned short closes;  /* groups whose nearest open element its start closes */
} tag_rule;

/* Tags not listed nest, in no group, closing nothing. */
static const tag_rule rules[GUMBO_TAG_LAST + 1] = {
    [GUMBO_TAG_AREA] = {KIND_VOID, 0, 0, 0},
    [GUMBO_TAG_BASE] = {KIND_VOID, 0, 0, 0},
    [GUMBO_TAG_BASEFONT] = {KIND_VOID, 0, 0, 0},
    [GUMBO_TAG_BGSOUND] = {KIND_VOID, 0, 0, 0},
    [GUMBO_TAG_BR] = {KIND_VOID, 0, 0, 0},
    [GUMBO_TAG_COL] = {KIND_VOID, 0, 0, 0},
    [GUMBO_TAG_EMBED] = {KIND_VOID, 0, 0, 0},
    [GUMBO_TAG_FRAME] = {KIND_VOID, 0, 0, 0},
    [GUMBO_TAG_HR] = {KIND_VOID, 0, 0, BLOCK},
    [GUMBO_TAG_IMAGE] = {KIND_VOID, 0, 0, 0},
    [GUMBO_TAG_IMG] = {KIND_VOID, 0, 0, 0},
    [GUMBO_TAG_INPUT] = {KIND_VOID, 0, 0, 0},
    [GUMBO_TAG_KEYGEN] = {KIND_VOID, 0, 0, 0},
    [GUMBO_TAG_LINK] = {KIND_VOID, 0, 0, 0},
    [GUMBO_TAG_META] = {KIND_VOID, 0, 0, 0},
    [GUMBO_TAG_PARAM] = {KIND_VOID, 0, 0, 0},
    [GUMBO_TAG_SOURCE] = {KIND_VOID, 0, 0, 0},
    [GUMBO_TAG_TRACK] = {KIND_VOID, 0, 0, 0},
    [GUMBO_TAG_WBR] = {KIND_VOID, 0, 0, 0},
    [GUMBO_TAG_SCRIPT] = {KIND_RAW, 0, 0, 0},
    [GUMBO_TAG_STYLE] = {KIND_RAW, 0, 0, 0},
    [GUMBO_TAG_TEXTAREA] = {KIND_RAW, 0, 0, 0},
    [GUMBO_TAG_TITLE] = {KIND_RAW, 0, 0, 0},
    [GUMBO_TAG_XMP] = {KIND_RAW, 0, 0, BLOCK},
    [GUMBO_TAG_IFRAME] = {KIND_RAW, 0, 0, 0},
    [GUMBO_TAG_NOEMBED] = {KIND_RAW, 0, 0, 0},
    [GUMBO_TAG_NOFRAMES] = {KIND_RAW, 0, 0, 0},
    [GUMBO_TAG_PLAINTEXT] = {KIND_PLAINTEXT, 0, 0, 0},
    [GUMBO_TAG_HTML] = {KIND_MERGED, 0, 1, 0},
    [GUMBO_TAG_HEAD] = {KIND_MERGED, 0, 0, 0},
    [GUMBO_TAG_BODY] = {KIND_MERGED, 0, 0, 0},
    [GUMBO_TAG_P] = {KIND_NEST, GROUP_P, 0, BLOCK},
    [GUMBO_TAG_LI] = {KIND_NEST, GROUP_LI, 0, G(GROUP_LI) | BLOCK},
    [GUMBO_TAG_DT] = {KIND_NEST, GROUP_DEF, 0, G(GROUP_DEF) | BLOCK},
    [GUMBO_TAG_DD] = {KIND_NEST, GROUP_DEF, 0, G(GROUP_DEF) | BLOCK},
    [GUMBO_TAG_OPTION] = {KIND_NEST, GROUP_OPTION, 0, G(GROUP_OPTION)},
    [GUMBO_TAG_OPTGROUP] = {KIND_NEST, GROUP_OPTGROUP, 0, G(GROUP_OPTION) | G(GROUP_OPTGROUP)},
    [GUMBO_TAG_TR] = {KIND_NEST, GROUP_ROW, 1, G(GROUP_CELL) | G(GROUP_ROW)},
    [GUMBO_TAG_TD] = {KIND_NEST, GROUP_CELL, 1, G(GROUP_CELL)},
    [GUMBO_TAG_TH] = {KIND_NEST, GROUP_CELL, 1, G(GROUP_CELL)},
    [GUMBO_TAG_THEAD] = {KIND_NEST, GROUP_SECTION, 1, G(GROUP_CELL) | G(GROUP_ROW) | G(GROUP_SECTION)},
    [GUMBO_TAG_TBODY] = {KIND_NEST, GROUP_SECTION, 1, G(GROUP_CELL) | G(GROUP_ROW) | G(GROUP_SECTION)},
    [GUMBO_TAG_TFOOT] = {KIND_NEST, GROUP_SECTION, 1, G(GROUP_CELL) | G(GROUP_ROW) | G(GROUP_SECTION)},
    [GUMBO_TAG_A] = {KIND_NEST, GROUP_A, 0, G(GROUP_A)},
    [GUMBO_TAG_NOBR] = {KIND_NEST, GROUP_NOBR, 0, G(GROUP_NOBR)},
    [GUMBO_TAG_BUTTON] = {KIND_NEST, GROUP_BUTTON, 1, G(GROUP_BUTTON)},
    [GUMBO_TAG_H1] = {KIND_NEST, GROUP_HEADING, 0, G(GROUP_HEADING) | BLOCK},
    [GUMBO_TAG_H2] = {KIND_NEST, GROUP_HEADING, 0, G(GROUP_HEADING) | BLOCK},
    [GUMBO_TAG_H3] = {KIND_NEST, GROUP_HEADING, 0, G(GROUP_HEADING) | BLOCK},
    [GUMBO_TAG_H4] = {KIND_NEST, GROUP_HEADING, 0, G(GROUP_HEADING) | BLOCK},
    [GUMBO_TAG_H5] = {KIND_NEST, GROUP_HEADING, 0, G(GROUP_HEADING) | BLOCK},
    [GUMBO_TAG_H6] = {KIND_NEST, GROUP_HEADING, 0, G(GROUP_HEADING) | BLOCK},
    [GUMBO_TAG_FORM] = {KIND_NEST, GROUP_FORM, 0, G(GROUP_FORM) | BLOCK},
    [GUMBO_TAG_TABLE] = {KIND_NEST, 0, 1, BLOCK},
    [GUMBO_TAG_CAPTION] = {KIND_NEST, 0, 1, 0},
    [GUMBO_TAG_TEMPLATE] = {KIND_NEST, 0, 1, 0},
    [GUMBO_TAG_UL] = {KIND_NEST, 0, 1, BLOCK},
    [GUMBO_TAG_OL] = {KIND_NEST, 0, 1, BLOCK},
    [GUMBO_TAG_DL] = {KIND_NEST, 0, 1, BLOCK},
    [GUMBO_TAG_MENU] = {KIND_NEST, 0, 1, BLOCK},
    [GUMBO_TAG_DIR] = {KIND_NEST, 0, 1, BLOCK},
    [GUMBO_TAG_OBJECT] = {KIND_NEST, 0, 1, 0},
    [GUMBO_TAG_APPLET] = {KIND_NEST, 0, 1, 0},
    [GUMBO_TAG_MARQUEE] = {KIND_NEST, 0, 1, 0},
    [GUMBO_TAG_SELECT] = {KIND_NEST, 0, 1, 0},
    [GUMBO_TAG_ADDRESS] = {KIND_NEST, 0, 0, BLOCK},
    [GUMBO_TAG_ARTICLE] = {KIND_NEST, 0, 0, BLOCK},
    [GUMBO_TAG_ASIDE] = {KIND_NEST, 0, 0, BLOCK},
    [GUMBO_TAG_BLOCKQUOTE] = {KIND_NEST, 0, 0, BLOCK},
    [GUMBO_TAG_CENTER] = {KIND_NEST, 0, 0, BLOCK},
    [GUMBO_TAG_DETAILS] = {KIND_NEST, 0, 0, BLOCK},
    [GUMBO_TAG_DIV] = {KIND_NEST, 0, 0, BLOCK},
    [GUMBO_TAG_FIELDSET] = {KIND_NEST, 0, 0, BLOCK},
    [GUMBO_TAG_FIGCAPTION] = {KIND_NEST, 0, 0, BLOCK},
    [GUMBO_TAG_FIGURE] = {KIND_NEST, 0, 0, BLOCK},
    [GUMBO_TAG_FOOTER] = {KIND_NEST, 0, 0, BLOCK},
    [GUMBO_TAG_HEADER] = {KIND_NEST, 0, 0, BLOCK},
    [GUMBO_TAG_HGROUP] = {KIND_NEST, 0, 0, BLOCK},
    [GUMBO_TAG_MAIN] = {KIND_NEST, 0, 0, BLOCK},
    [GUMBO_TAG_NAV] = {KIND_NEST, 0, 0, BLOCK},
    [GUMBO_TAG_PRE] = {KIND_NEST, 0, 0, BLOCK},
    [GUMBO_TAG_LISTING] = {KIND_NEST, 0, 0, BLOCK},
    [GUMBO_TAG_SECTION] = {KIND_NEST, 0, 0, BLOCK},
    [GUMBO_TAG_SUMMARY] = {KIND_NEST, 0, 0, BLOCK},
};

/* A search for an element to close looks at most this far down. */
#define SEARCH_LIMIT 1024

typedef struct open_el {
    GumboTag tag;
    const char *name; /* the tag name in the page, for tags gumbo does not know */
    size_t len;
} open_el;

/* Open elements, with how many of each tag and each group are open. */
typedef struct open_stack {
    open_el *items;
    size_t n, cap;
    size_t tags[GUMBO_TAG_LAST + 1];
    size_t groups[GROUP_COUNT];
} open_stack;

typedef struct scanner {
    const char *html;
    size_t len;
    open_el kept_items[DCI_MAX_NESTING];
    open_stack kept;    /* the elements gumbo will see, DCI_MAX_NESTING at most */
    open_stack dropped; /* those deeper, whose tags go */
    dci_buf out;         /* the page without them, once a tag has gone */
    size_t copied;      /* html up to here is in out, or went */
} scanner;

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

static int is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int same_element(const open_el *e, GumboTag tag, const char *name, size_t len)
{
    if (e->tag != tag)
        return 0;
    return tag != GUMBO_TAG_UNKNOWN || (e->len == len && strncasecmp(e->name, name, len) == 0);
}

static int push(open_stack *s, GumboTag tag, const char *name, size_t len)
{
    if (s->n == s->cap) {
        open_el *items = dcx_grow(s->items, &s->cap, sizeof *items, 64);
        if (!items)
            return -1;
        s->items = items;
    }
    s->items[s->n++] = (open_el){tag, name, len};
    s->tags[tag]++;
    s->groups[rules[tag].group]++;
    return 0;
}

/* Closes the open elements from the top down to index i, that one too. */
static void pop_to(open_stack *s, size_t i)
{
    while (s->n > i) {
        GumboTag tag = s->items[--s->n].tag;
        s->tags[tag]--;
        s->groups[rules[tag].group]--;
    }
}

static int any_open(const open_stack *s, unsigned groups)
{
    for (unsigned g = GROUP_P; g < GROUP_COUNT; g++)
        if ((groups & G(g)) && s->groups[g] > 0)
            return 1;
    return 0;
}

/* A start tag that closes groups closes the nearest open element of each,
 * above the nearest boundary, as the tree builder's implied end tags do. */
static void close_groups(open_stack *s, unsigned groups)
{
    size_t i = s->n, seen = 0;
    while (groups && any_open(s, groups) && i > 0 && seen++ < SEARCH_LIMIT) {
        const tag_rule *r = &rules[s->items[--i].tag];
        if (r->group != GROUP_NONE && (groups & G(r->group))) {
            pop_to(s, i);
            groups &= ~G(r->group);
        } else if (r->boundary) {
            return;
        }
    }
}

/* An end tag closes its nearest open element; returns whether there was one. */
static int close_element(open_stack *s, GumboTag tag, const char *name, size_t len)
{
    if (s->tags[tag] == 0)
        return 0;
    size_t stop = s->n > SEARCH_LIMIT ? s->n - SEARCH_LIMIT : 0;
    for (size_t i = s->n; i-- > stop;) {
        if (same_element(&s->items[i], tag, name, len)) {
            pop_to(s, i);
            return 1;
        }
    }
    return 0;
}

/* Leaves html[start, end) out of the copy. */
static void drop_bytes(scanner *sc, size_t start, size_t end)
{
    if (!sc->out.data)
        dci_buf_reserve(&sc->out, sc->len);
    dci_buf_put(&sc->out, sc->html + sc->copied, start - sc->copied);
    sc->copied = end;
}

static int open_tag(scanner *sc, GumboTag tag, const char *name, size_t len, size_t start,
                    size_t end)
{
    unsigned closes = rules[tag].closes;
    if (sc->dropped.n > 0) {
        close_groups(&sc->dropped, closes);
    } else {
        close_groups(&sc->kept, closes);
        if (sc->kept.n < DCI_MAX_NESTING)
            return push(&sc->kept, tag, name, len);
    }
    drop_bytes(sc, start, end);
    return push(&sc->dropped, tag, name, len);
}

static void end_tag(scanner *sc, GumboTag tag, const char *name, size_t len, size_t start,
                    size_t end)
{
    if (close_element(&sc->dropped, tag, name, len)) {
        drop_bytes(sc, start, end);
    } else if (close_element(&sc->kept, tag, name, len)) {
        /* Closing a kept element closes everything dropped inside it. */
        pop_to(&sc->dropped, 0);
    }
}

/* p is at an attribute's name; returns just past its value, if any. */
static const char *skip_attribute(const char *p, const char *end)
{
    p++; /* the name's first character, which may be '=' */
    while (p < end && !is_space(*p) && *p != '/' && *p != '>' && *p != '=')
        p++;
    const char *name_end = p;
    while (p < end && is_space(*p))
        p++;
    if (p == end || *p != '=')
        return name_end;
    p++;
    while (p < end && is_space(*p))
        p++;
    if (p < end && (*p == '"' || *p == '\'')) {
        const char *q = memchr(p + 1, *p, (size_t)(end - p - 1));
        return q ? q + 1 : end;
    }
    while (p < end && !is_space(*p) && *p != '>')
        p++;
    return p;
}

/* Where a tag ends and, when it has more than DCI_MAX_ATTRIBUTES
 * attributes, the bytes of the extra ones (extra_start == extra_end when
 * none). */
typedef struct tag_extent {
    const char *end;
    const char *extra_start, *extra_end;
    int self_closing;
} tag_extent;

/* p is just past the tag name; finds the end just past the '>', following
 * the tokenizer through attribute values (a quoted '>' does not end a tag). */
static tag_extent skip_attributes(const char *p, const char *end)
{
    tag_extent t = {end, NULL, NULL, 0};
    const char *last = p; /* the end of the last attribute kept */
    size_t count = 0;
    while (p < end) {
        if (*p == '>') {
            t.end = p + 1;
            break;
        }
        if (*p == '/' || is_space(*p)) {
            t.self_closing = *p == '/' && p + 1 < end && p[1] == '>';
            p++;
            continue;
        }
        if (count++ == DCI_MAX_ATTRIBUTES)
            t.extra_start = last;
        p = skip_attribute(p, end);
        if (t.extra_start)
            t.extra_end = p;
        else
            last = p;
    }
    return t;
}

/* Leaves a kept tag's extra attributes out of the copy; a tag that went
 * whole is past sc->copied already. */
static void drop_extra_attributes(scanner *sc, const tag_extent *t)
{
    if (t->extra_start && (size_t)(t->extra_start - sc->html) >= sc->copied)
        drop_bytes(sc, (size_t)(t->extra_start - sc->html), (size_t)(t->extra_end - sc->html));
}

/* The text of a raw text element runs to "</name" then a space, '/' or '>'. */
static const char *skip_raw_text(const char *p, const char *end, const char *name, size_t len)
{
    while (p < end) {
        const char *lt = memchr(p, '<', (size_t)(end - p));
        if (!lt || (size_t)(end - lt) < len + 3)
            return end;
        const char *after = lt + 2 + len;
        if (lt[1] == '/' && strncasecmp(lt + 2, name, len) == 0 &&
            (is_space(*after) || *after == '/' || *after == '>'))
            return lt;
        p = lt + 1;
    }
    return end;
}

/* Bogus comments and declarations run to the next '>'. */
static const char *skip_past_gt(const char *p, const char *end)
{
    const char *q = memchr(p, '>', (size_t)(end - p));
    return q ? q + 1 : end;
}

/* p is just past "<!"; returns just past the comment or declaration. */
static const char *skip_declaration(const char *p, const char *end)
{
    if (end - p >= 2 && p[0] == '-' && p[1] == '-') {
        p += 2;
        if (p < end && *p == '>') /* "<!-->" */
            return p + 1;
        if (end - p >= 2 && p[0] == '-' && p[1] == '>') /* "<!--->" */
            return p + 2;
        for (const char *q = p; (q = memchr(q, '>', (size_t)(end - q))); q++)
            if (q - p >= 2 && q[-1] == '-' && q[-2] == '-')
                return q + 1;
        return end;
    }
    return skip_past_gt(p, end);
}

static const char *tag_name_end(const char *p, const char *end)
{
    while (p < end && !is_space(*p) && *p != '/' && *p != '>')
        p++;
    return p;
}

/* p is just past "<" and a letter follows; returns where to go on from,
 * or NULL when the rest of the page is text. */
static const char *scan_start_tag(scanner *sc, const char *lt, const char *end, int *failed)
{
    const char *name = lt + 1;
    const char *name_end = tag_name_end(name, end);
    size_t len = (size_t)(name_end - name);
    GumboTag tag = gumbo_tagn_enum(name, (unsigned)len);
    tag_extent t = skip_attributes(name_end, end);
    /* "<x/>" only closes itself in SVG and MathML; elsewhere it opens an
     * element that would count, but never deeply enough to matter. */
    if (rules[tag].kind == KIND_NEST && !t.self_closing &&
        open_tag(sc, tag, name, len, (size_t)(lt - sc->html), (size_t)(t.end - sc->html)) != 0)
        *failed = 1;
    drop_extra_attributes(sc, &t);
    switch (rules[tag].kind) {
    case KIND_RAW:
        return skip_raw_text(t.end, end, name, len);
    case KIND_PLAINTEXT:
        return NULL;
    default:
        return t.end;
    }
}

/* p is just past "</"; returns where to go on from. */
static const char *scan_end_tag(scanner *sc, const char *lt, const char *end)
{
    const char *name = lt + 2;
    if (name == end || !is_alpha(*name))
        return skip_past_gt(name, end);
    const char *name_end = tag_name_end(name, end);
    size_t len = (size_t)(name_end - name);
    GumboTag tag = gumbo_tagn_enum(name, (unsigned)len);
    tag_extent t = skip_attributes(name_end, end);
    if (rules[tag].kind == KIND_NEST)
        end_tag(sc, tag, name, len, (size_t)(lt - sc->html), (size_t)(t.end - sc->html));
    drop_extra_attributes(sc, &t);
    return t.end;
}

static int scan(scanner *sc)
{
    const char *p = sc->html, *end = sc->html + sc->len;
    int failed = 0;
    while (p && p < end && !failed) {
        const char *lt = memchr(p, '<', (size_t)(end - p));
        if (!lt || lt + 1 == end)
            break;
        char c = lt[1];
        if (c == '!')
            p = skip_declaration(lt + 2, end);
        else if (c == '/')
            p = scan_end_tag(sc, lt, end);
        else if (is_alpha(c))
            p = scan_start_tag(sc, lt, end, &failed);
        else if (c == '?')
            p = skip_past_gt(lt + 2, end);
        else
            p = lt + 1;
    }
    return failed ? -1 : 0;
}

int dci_cap_nesting(const char *html, size_t len, char **out, size_t *out_len)
{
    scanner *sc = calloc(1, sizeof *sc);
    if (!sc)
        return -1;
    sc->html = html;
    sc->len = len;
    sc->kept.items = sc->kept_items;
    sc->kept.cap = DCI_MAX_NESTING;
    int rc = scan(sc);
    if (rc == 0 && sc->out.data) {
        dci_buf_put(&sc->out, html + sc->copied, len - sc->copied);
        *out = dci_buf_detach(&sc->out, out_len);
        rc = *out ? 1 : -1;
    }
    dci_buf_free(&sc->out);
    free(sc->dropped.items);
    free(sc);
    return rc;
}
