#include "index_page.h"

#include "walk.h"

static void tally_node(const dc_tuning *t, const dc_node *n, const dc_node *root,
                       dc_index_tally *tally)
{
    if (n->type != DC_NODE_ELEMENT)
        return;
    if (dc_is_heading(n) && n->chars > 0 &&
        dc_share_exceeded(n->link_chars, n->chars, t->index_headline_links))
        tally->headlines++;
    else if (n->tag == GUMBO_TAG_ARTICLE && n != root)
        tally->cards++;
    else if (dc_tag_is_paragraph(n->tag) && n->prose > 0)
        tally->paragraphs++;
}

/* One walk of the body: the outermost content roots add their prose, and
 * every kept element inside them is tallied. */
static void tally_content(const dc_tuning *t, dc_node *body, dc_index_tally *tally)
{
    const dc_node *content_root = NULL;
    dc_node_iter it;
    dc_node_iter_init(&it, body);
    for (dc_event ev; (ev = dc_node_iter_next(&it)) != DC_EVENT_DONE;) {
        dc_node *n = it.node;
        if (ev == DC_EVENT_EXIT) {
            if (n == content_root)
                content_root = NULL;
            continue;
        }
        if (n->flags & DC_DROPPED) {
            dc_node_iter_skip(&it);
            continue;
        }
        if (!content_root && (n->flags & DC_CONTENT)) {
            content_root = n;
            tally->prose += n->prose;
        }
        if (content_root)
            tally_node(t, n, content_root, tally);
    }
}

dc_status dc_index_page(dc_doc *doc, int *is_index)
{
    *is_index = 0;
    if (!doc->body)
        return DC_OK;
    dc_walk w;
    dc_walk_init(&w, doc);
    tally_content(doc->tuning, doc->body, &w.tally);
    if (dc_walk_stage(&w, DC_STAGE_INDEX, doc->body) == DC_OK)
        *is_index = w.matched > 0;
    return w.status;
}
