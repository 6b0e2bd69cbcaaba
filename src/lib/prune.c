#include "prune.h"

#include "walk.h"
#include "sizes.h"

/* The pruning stages, in order, each one walk of a content root. */
static const dci_stage prune_stages[] = {
    DCI_STAGE_BOILERPLATE, DCI_STAGE_SECTIONS, DCI_STAGE_LINES, DCI_STAGE_LISTS,
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

dc_status dci_prune(dci_doc *doc)
{
    if (!doc->body)
        return DC_OK;
    dci_walk w;
    dci_walk_init(&w, doc);
    dci_node_iter it;
    dci_node_iter_init(&it, doc->body);
    for (dci_event ev; (ev = dci_node_iter_next(&it)) != DCI_EVENT_DONE;) {
        if (ev != DCI_EVENT_ENTER || !(it.node->flags & DCI_CONTENT))
            continue;
        if (prune_root(&w, it.node) != DC_OK)
            break;
        dci_node_iter_skip(&it);
    }
    return w.status;
}
