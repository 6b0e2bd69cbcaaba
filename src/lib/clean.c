#include "clean.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "patterns.h"

/* Elements whose content is never text a reader sees as the article. */
static const GumboTag never_content[] = {
    GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE, GUMBO_TAG_NOSCRIPT, GUMBO_TAG_TEMPLATE,
    GUMBO_TAG_IFRAME, GUMBO_TAG_OBJECT, GUMBO_TAG_EMBED, GUMBO_TAG_APPLET,
    GUMBO_TAG_CANVAS, GUMBO_TAG_INPUT, GUMBO_TAG_SELECT, GUMBO_TAG_TEXTAREA,
    GUMBO_TAG_BUTTON, GUMBO_TAG_OPTION, GUMBO_TAG_DATALIST, GUMBO_TAG_METER,
    GUMBO_TAG_PROGRESS, GUMBO_TAG_SVG, GUMBO_TAG_HEAD, GUMBO_TAG_TITLE,
    GUMBO_TAG_LINK, GUMBO_TAG_META, GUMBO_TAG_BASE, GUMBO_TAG_AUDIO,
    GUMBO_TAG_VIDEO, GUMBO_TAG_MAP, GUMBO_TAG_FRAMESET,
    GUMBO_TAG_FRAME,
};

/* Page furniture by its element alone. */
static const GumboTag furniture[] = {
    GUMBO_TAG_NAV, GUMBO_TAG_ASIDE, GUMBO_TAG_FOOTER, GUMBO_TAG_MENU,
};

/* ARIA roles of furniture. */
static const char *const furniture_roles[] = {
    "navigation", "menu", "menubar", "complementary", "banner", "contentinfo",
    "alert", "alertdialog", "dialog", "search",
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static int tag_in(GumboTag tag, const GumboTag *tags, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (tags[i] == tag)
            return 1;
    return 0;
}

/* Finds "prop:value" in an inline style, ignoring case and spaces. */
static int style_has(const char *style, const char *prop, const char *value)
{
    char flat[256];
    size_t len = 0;
    for (; *style && len + 1 < sizeof flat; style++)
        if (!isspace((unsigned char)*style))
            flat[len++] = (char)tolower((unsigned char)*style);
    flat[len] = '\0';
    char want[64];
    int n = snprintf(want, sizeof want, "%s:%s", prop, value);
    if (n < 0 || (size_t)n >= sizeof want)
        return 0;
    for (const char *p = strstr(flat, want); p; p = strstr(p + 1, want))
        if (p == flat || p[-1] == ';' || p[-1] == '{')
            return 1;
    return 0;
}

static const char *hidden_rule(const dc_node *n)
{
    if (dc_attr_get(n, "hidden"))
        return "hidden attribute";
    const char *style = dc_attr_get(n, "style");
    if (style && (style_has(style, "display", "none") ||
                  style_has(style, "visibility", "hidden")))
        return "display:none";
    const char *aria = dc_attr_get(n, "aria-hidden");
    if (aria && strcmp(aria, "true") == 0)
        return "aria-hidden";
    return NULL;
}

static const char *role_rule(const dc_node *n)
{
    const char *role = dc_attr_get(n, "role");
    if (!role)
        return NULL;
    for (size_t i = 0; i < COUNT(furniture_roles); i++)
        if (strcmp(role, furniture_roles[i]) == 0)
            return furniture_roles[i];
    return NULL;
}

/* The article element itself or a container of it. */
static int is_article_marker(const dc_node *n)
{
    if (n->tag == GUMBO_TAG_ARTICLE || n->tag == GUMBO_TAG_MAIN)
        return 1;
    const char *prop = dc_attr_get(n, "itemprop");
    return prop && strstr(prop, "articleBody") != NULL;
}

static int is_protected_tag(GumboTag tag)
{
    return tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY ||
           tag == GUMBO_TAG_MAIN || tag == GUMBO_TAG_ARTICLE;
}

static void drop_never_content(dc_node *root)
{
    for (dc_node *n = root; n;) {
        if (n->type == DC_NODE_ELEMENT) {
            const char *rule = NULL;
            if (tag_in(n->tag, never_content, COUNT(never_content)) ||
                (n->flags & DC_NEVER_TEXT))
                rule = "never content";
            else if (!is_protected_tag(n->tag))
                rule = hidden_rule(n);
            if (rule) {
                dc_drop(n, rule);
                n = dc_next_skip(n, root);
                continue;
            }
        }
        n = dc_next(n, root);
    }
}

/* Marks the ancestors of the article marker with the most prose: that node
 * holds the article, whatever its class says. Only one: teaser cards are
 * <article>s too, and a "most popular" list of them is still furniture.
 * Reuses DC_KEEP until pruning. */
static dc_node *mark_article_holder(dc_node *root)
{
    dc_node *marker = NULL;
    for (dc_node *n = root; n;) {
        if (n->flags & DC_DROPPED) {
            n = dc_next_skip(n, root);
            continue;
        }
        if (n->type == DC_NODE_ELEMENT && is_article_marker(n) &&
            (!marker || n->prose > marker->prose))
            marker = n;
        n = dc_next(n, root);
    }
    for (dc_node *up = marker; up; up = up->parent)
        up->flags |= DC_KEEP;
    return marker;
}

/* Furniture by its element or ARIA role: never the article's container. */
static const char *structural_rule(const dc_node *n)
{
    if (tag_in(n->tag, furniture, COUNT(furniture)))
        return gumbo_normalized_tagname(n->tag);
    return role_rule(n);
}

static int droppable(const dc_node *n)
{
    return n->type == DC_NODE_ELEMENT && !(n->flags & (DC_DROPPED | DC_KEEP)) &&
           !is_protected_tag(n->tag);
}

static void drop_structural(dc_node *root)
{
    for (dc_node *n = root; n;) {
        const char *rule = droppable(n) ? structural_rule(n) : NULL;
        if (rule) {
            dc_drop(n, rule);
            n = dc_next_skip(n, root);
            continue;
        }
        n = dc_next(n, root);
    }
}

/* Prose the article marker keeps outside n, enough to be an article of its
 * own: a few paragraphs. */
#define MARKER_OWN_PROSE 1000

static int inside(const dc_node *n, const dc_node *ancestor)
{
    for (n = n->parent; n; n = n->parent)
        if (n == ancestor)
            return 1;
    return 0;
}

/*
 * A class or id word alone does not drop a node that holds most of the
 * page's remaining prose: "page-content and-w-sidebar" names the layout, not
 * a sidebar. The prose left is kept up to date as furniture goes, so a large
 * menu earlier in the page does not hide the article from this guard. Inside
 * the article marker that keeps paragraphs of its own besides the node, the
 * node is part of the article, not its layout: a photo gallery or a comment
 * thread longer than the story is dropped all the same.
 */
static int spared_as_layout(const dc_node *n, unsigned prose_left, const dc_node *marker)
{
    if (!(prose_left > 0 && n->prose * 2 > prose_left))
        return 0;
    return !(marker && inside(n, marker) && marker->prose >= n->prose + MARKER_OWN_PROSE);
}

static void drop_named_furniture(dc_node *root, const dc_node *body, const dc_node *marker)
{
    unsigned prose_left = body ? body->prose : 0;
    for (dc_node *n = root; n;) {
        if (droppable(n)) {
            dc_class_match m = dc_classify(n);
            if (m.hint == DC_HINT_DROP && !spared_as_layout(n, prose_left, marker) &&
                !dc_wraps_formula(n) && !dc_link_in_sentence(n)) {
                dc_drop(n, m.word);
                prose_left -= n->prose;
                n = dc_next_skip(n, root);
                continue;
            }
        }
        n = dc_next(n, root);
    }
}

static void clear_keep(dc_node *root)
{
    for (dc_node *n = root; n; n = dc_next(n, root))
        n->flags &= (unsigned short)~DC_KEEP;
}

void dc_clean(dc_doc *doc)
{
    if (!doc->html)
        return;
    drop_never_content(doc->html);
    dc_dom_count(doc->html);
    const dc_node *marker = mark_article_holder(doc->html);
    drop_structural(doc->html);
    dc_dom_count(doc->html);
    drop_named_furniture(doc->html, doc->body, marker);
    clear_keep(doc->html);
    dc_dom_count(doc->html);
}
