#include "clean.h"

#include <string.h>

#include "walk.h"

/* The article element itself or a container of it. */
static int is_article_marker(const dci_node *n)
{
    if (n->tag == GUMBO_TAG_ARTICLE || n->tag == GUMBO_TAG_MAIN)
        return 1;
    const char *prop = dci_attr_get(n, "itemprop");
    return prop && strstr(prop, "articleBody") != NULL;
}

/* The article marker with the most prose holds the article, whatever its
 * class says. Only one: teaser cards are <article>s too, and a "most
 * popular" list of them is still furniture. */
static dci_node *find_article_holder(dci_node *root)
{
    dci_node *holder = NULL;
    dci_node_iter it;
    dci_node_iter_init(&it, root);
    for (dci_node *n; (n = dci_node_iter_next_kept(&it));)
        if (n->type == DCI_NODE_ELEMENT && is_article_marker(n) &&
            (!holder || n->prose > holder->prose))
            holder = n;
    return holder;
}

dc_status dci_clean(dci_doc *doc)
{
    if (!doc->html)
        return DC_OK;
    dci_walk w;
    dci_walk_init(&w, doc);
    if (dci_walk_stage(&w, DCI_STAGE_NEVER_TEXT, doc->html) != DC_OK)
        return w.status;
    dci_node *holder = find_article_holder(doc->html);
    dci_mark_spine(holder, NULL, 1);
    w.holder = holder;
    if (dci_walk_stage(&w, DCI_STAGE_FURNITURE, doc->html) == DC_OK) {
        w.prose_left = doc->body ? doc->body->prose : 0;
        dci_walk_stage(&w, DCI_STAGE_CLASS, doc->html);
    }
    dci_mark_spine(holder, NULL, 0);
    return w.status;
}
