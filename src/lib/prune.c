#include "prune.h"

#include "walk.h"

/* The pruning stages, in order, each one walk of a content root. */
static const dc_stage prune_stages[] = {
    DC_STAGE_BOILERPLATE, DC_STAGE_SECTIONS, DC_STAGE_LINES, DC_STAGE_LISTS,
    DC_STAGE_WIDGETS,
};

static dc_status prune_root(dc_walk *w, dc_node *root)
{
    for (size_t i = 0; i < sizeof prune_stages / sizeof *prune_stages; i++)
        if (dc_walk_stage(w, prune_stages[i], root) != DC_OK)
            break;
    return w->status;
}

dc_status dc_prune(dc_doc *doc)
{
    if (!doc->body)
        return DC_OK;
    dc_walk w;
    dc_walk_init(&w, doc);
    dc_node_iter it;
    dc_node_iter_init(&it, doc->body);
    for (dc_event ev; (ev = dc_node_iter_next(&it)) != DC_EVENT_DONE;) {
        if (ev != DC_EVENT_ENTER || !(it.node->flags & DC_CONTENT))
            continue;
        if (prune_root(&w, it.node) != DC_OK)
            break;
        dc_node_iter_skip(&it);
    }
    return w.status;
}
