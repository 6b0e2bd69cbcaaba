#include "prune.h"

#include "walk.h"
#include "sizes.h"

/* The pruning stages, in order, each one walk of a content root. */
static const dci_stage prune_stages[] = {
    DCI_STAGE_BOILERPLATE, DCI_STAGE_SECTIONS, DCI_STAGE_LINES, DCI_STAGE_LISTS,
    DCI_STAGE_WIDGETS,
};

static dc_status prune_root(dci_walk *w, dci_node *root)
{
    for (size_t i = 0; i < DCX_COUNTOF(prune_stages); i++)
        if (dci_walk_stage(w, prune_stages[i], root) != DC_OK)
            break;
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
