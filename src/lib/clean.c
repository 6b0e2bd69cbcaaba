#include "clean.h"

#include <string.h>

#include "walk.h"

/* The article element itself or a container of it. */
static int is_article_marker(const dc_node *n)
{
    if (n->tag == GUMBO_TAG_ARTICLE || n->tag == GUMBO_TAG_MAIN)
        return 1;
    const char *prop = dc_attr_get(n, "itemprop");
    return prop && strstr(prop, "articleBody") != NULL;
}

/* The article marker with the most prose holds the article, whatever its
 * class says. Only one: teaser cards are <article>s too, and a "most
 * popular" list of them is still furniture. */
static dc_node *find_article_holder(dc_node *root)
{
    dc_node *holder = NULL;
    dc_node_iter it;
    dc_node_iter_init(&it, root);
    for (dc_node *n; (n = dc_node_iter_next_kept(&it));)
        if (n->type == DC_NODE_ELEMENT && is_article_marker(n) &&
            (!holder || n->prose > holder->prose))
            holder = n;
    return holder;
}

static void mark_spine(dc_node *n, int on)
{
    for (; n; n = n->parent)
        n->flags = (unsigned short)(on ? n->flags | DC_SPINE : n->flags & ~DC_SPINE);
}

dc_status dc_clean(dc_doc *doc)
{
    if (!doc->html)
        return DC_OK;
    dc_walk w;
    dc_walk_init(&w, doc);
    if (dc_walk_stage(&w, DC_STAGE_NEVER_TEXT, doc->html) != DC_OK)
        return w.status;
    dc_node *holder = find_article_holder(doc->html);
    mark_spine(holder, 1);
    w.holder = holder;
    if (dc_walk_stage(&w, DC_STAGE_FURNITURE, doc->html) == DC_OK) {
        w.prose_left = doc->body ? doc->body->prose : 0;
        dc_walk_stage(&w, DC_STAGE_CLASS, doc->html);
    }
    mark_spine(holder, 0);
    return w.status;
}
