#include "walk.h"

#include <string.h>

/* Nodes visited between two looks at the clock. */
#define CLOCK_EVERY 1024u

void dci_walk_init(dci_walk *w, dci_doc *doc)
{
    memset(w, 0, sizeof *w);
    w->doc = doc;
    w->tuning = doc->tuning;
    w->status = DC_OK;
    w->until_clock = CLOCK_EVERY;
}

dc_status dci_walk_arena_status(const dci_arena *a)
{
    return dci_arena_failure(a) == DCI_ARENA_OVER_TIME ? DC_TIMEOUT : DC_NOMEM;
}

const char *dci_walk_text(dci_walk *w, const dci_node *n, size_t max)
{
    const char *text = dci_node_text(w->doc->arena, n, max);
    if (!text && w->status == DC_OK)
        w->status = dci_walk_arena_status(w->doc->arena);
    return text;
}

static int out_of_time(dci_walk *w)
{
    if (--w->until_clock > 0)
        return 0;
    w->until_clock = CLOCK_EVERY;
    if (!dci_arena_out_of_time(w->doc->arena))
        return 0;
    w->status = DC_TIMEOUT;
    return 1;
}

static void act(dci_walk *w, dci_action action, const dci_rule *rule, dci_node *n, const char *why)
{
    w->matched++;
    if (rule->act) {
        rule->act(n, rule, why, w);
        return;
    }
    switch (action) {
    case DCI_ACT_DROP:
        dci_drop(n, rule, why);
        break;
    case DCI_ACT_KEEP:
        n->flags |= DCI_CONTENT;
        /* fall through */
    case DCI_ACT_NOTE:
        n->rule = rule;
        n->why = why;
        break;
    }
}

/* Gives n to the stage's rules; returns whether one decided it. */
static int judge(dci_walk *w, const dci_stage_def *def, const dci_rule *rules, size_t count,
                 dci_node *n)
{
    for (size_t i = 0; i < count; i++) {
        const dci_rule *r = &rules[i];
        if (!dci_rule_applies(r, n, w->tuning))
            continue;
        const char *why = r->match(n, w);
        if (w->status != DC_OK)
            return 0;
        if (!why || dci_rule_guarded(n, r->guards, w))
            continue;
        act(w, def->action, r, n, why);
        return 1;
    }
    return 0;
}

static int judges_root(const dci_stage_def *def, const dci_node *root)
{
    return def->judge_root == DCI_JUDGE_ROOT ||
           (def->judge_root == DCI_JUDGE_LEAF_ROOT && dci_is_leaf_block(root));
}

/* Whether the walk goes past n without judging it or going into it: a
 * dropped part, or what a keeping stage has kept already. */
static int passed_over(const dci_stage_def *def, const dci_node *n)
{
    return (n->flags & DCI_DROPPED) || (def->action == DCI_ACT_KEEP && (n->flags & DCI_CONTENT));
}

static void walk_subtree(dci_walk *w, const dci_stage_def *def, const dci_rule *rules,
                         size_t count, dci_node *root)
{
    int root_judged = judges_root(def, root);
    dci_node_iter it;
    dci_node_iter_init(&it, root);
    for (dci_event ev; (ev = dci_node_iter_next(&it)) != DCI_EVENT_DONE;) {
        dci_node *n = it.node;
        if (ev == DCI_EVENT_ENTER && (passed_over(def, n) || out_of_time(w))) {
            dci_node_iter_skip(&it);
            continue;
        }
        if (w->status != DC_OK)
            break;
        if ((ev == DCI_EVENT_EXIT) != def->post_order || (n == root && !root_judged) ||
            passed_over(def, n))
            continue;
        if (judge(w, def, rules, count, n) && ev == DCI_EVENT_ENTER)
            dci_node_iter_skip(&it);
    }
}

/* The counts follow from what is dropped: while nothing was since the
 * last count, they are still right. */
static void recount_if_stale(dci_walk *w, const dci_stage_def *def, dci_node *root)
{
    if (def->action == DCI_ACT_DROP && w->matched > 0)
        w->counts_stale = 1;
    if (def->recount && w->counts_stale && w->status == DC_OK) {
        dci_dom_count(w->tuning, root);
        w->counts_stale = 0;
    }
}

dc_status dci_walk_stage(dci_walk *w, dci_stage stage, dci_node *root)
{
    const dci_stage_def *def = &dci_stages[stage];
    size_t first, count = dci_stage_rules(stage, &first);
    const dci_rule *rules = &dci_rules[first];
    w->root = root;
    w->matched = 0;
    if (w->status != DC_OK || !root)
        return w->status;
    switch (def->scope) {
    case DCI_SCOPE_SUBTREE:
        walk_subtree(w, def, rules, count, root);
        break;
    case DCI_SCOPE_CHILDREN:
        for (dci_node *c = root->first_child; c && w->status == DC_OK; c = c->next)
            if (!passed_over(def, c))
                judge(w, def, rules, count, c);
        break;
    case DCI_SCOPE_ROOT:
        judge(w, def, rules, count, root);
        break;
    }
    recount_if_stale(w, def, root);
    return w->status;
}
