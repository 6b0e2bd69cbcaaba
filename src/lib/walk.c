#include "walk.h"

#include <string.h>

/* Nodes visited between two looks at the clock. */
#define CLOCK_EVERY 1024u

void dc_walk_init(dc_walk *w, dc_doc *doc)
{
    memset(w, 0, sizeof *w);
    w->doc = doc;
    w->tuning = doc->tuning;
    w->status = DC_OK;
    w->until_clock = CLOCK_EVERY;
}

dc_status dc_walk_arena_status(const dc_arena *a)
{
    return dc_arena_failure(a) == DC_ARENA_OVER_TIME ? DC_TIMEOUT : DC_NOMEM;
}

const char *dc_walk_text(dc_walk *w, const dc_node *n, size_t max)
{
    const char *text = dc_node_text(w->doc->arena, n, max);
    if (!text && w->status == DC_OK)
        w->status = dc_walk_arena_status(w->doc->arena);
    return text;
}

static int out_of_time(dc_walk *w)
{
    if (--w->until_clock > 0)
        return 0;
    w->until_clock = CLOCK_EVERY;
    if (!dc_arena_out_of_time(w->doc->arena))
        return 0;
    w->status = DC_TIMEOUT;
    return 1;
}

static void act(dc_walk *w, dc_action action, const dc_rule *rule, dc_node *n, const char *why)
{
    w->matched++;
    if (rule->act) {
        rule->act(n, rule, why, w);
        return;
    }
    switch (action) {
    case DC_ACT_DROP:
        dc_drop(n, rule, why);
        break;
    case DC_ACT_KEEP:
        n->flags |= DC_CONTENT;
        /* fall through */
    case DC_ACT_NOTE:
        n->rule = rule;
        n->why = why;
        break;
    }
}

/* Gives n to the stage's rules; returns whether one decided it. */
static int judge(dc_walk *w, const dc_stage_def *def, const dc_rule *rules, size_t count,
                 dc_node *n)
{
    for (size_t i = 0; i < count; i++) {
        const dc_rule *r = &rules[i];
        if (!dc_rule_applies(r, n, w->tuning))
            continue;
        const char *why = r->match(n, w);
        if (w->status != DC_OK)
            return 0;
        if (!why || dc_rule_guarded(n, r->guards, w))
            continue;
        act(w, def->action, r, n, why);
        return 1;
    }
    return 0;
}

static int judges_root(const dc_stage_def *def, const dc_node *root)
{
    return def->judge_root == DC_JUDGE_ROOT ||
           (def->judge_root == DC_JUDGE_LEAF_ROOT && dc_is_leaf_block(root));
}

/* Whether the walk goes past n without judging it or going into it: a
 * dropped part, or what a keeping stage has kept already. */
static int passed_over(const dc_stage_def *def, const dc_node *n)
{
    return (n->flags & DC_DROPPED) || (def->action == DC_ACT_KEEP && (n->flags & DC_CONTENT));
}

static void walk_subtree(dc_walk *w, const dc_stage_def *def, const dc_rule *rules,
                         size_t count, dc_node *root)
{
    int root_judged = judges_root(def, root);
    dc_node_iter it;
    dc_node_iter_init(&it, root);
    for (dc_event ev; (ev = dc_node_iter_next(&it)) != DC_EVENT_DONE;) {
        dc_node *n = it.node;
        if (ev == DC_EVENT_ENTER && (passed_over(def, n) || out_of_time(w))) {
            dc_node_iter_skip(&it);
            continue;
        }
        if (w->status != DC_OK)
            break;
        if ((ev == DC_EVENT_EXIT) != def->post_order || (n == root && !root_judged) ||
            passed_over(def, n))
            continue;
        if (judge(w, def, rules, count, n) && ev == DC_EVENT_ENTER)
            dc_node_iter_skip(&it);
    }
}

dc_status dc_walk_stage(dc_walk *w, dc_stage stage, dc_node *root)
{
    const dc_stage_def *def = &dc_stages[stage];
    size_t first, count = dc_stage_rules(stage, &first);
    const dc_rule *rules = &dc_rules[first];
    w->root = root;
    w->matched = 0;
    if (w->status != DC_OK || !root)
        return w->status;
    switch (def->scope) {
    case DC_SCOPE_SUBTREE:
        walk_subtree(w, def, rules, count, root);
        break;
    case DC_SCOPE_CHILDREN:
        for (dc_node *c = root->first_child; c && w->status == DC_OK; c = c->next)
            if (!passed_over(def, c))
                judge(w, def, rules, count, c);
        break;
    case DC_SCOPE_ROOT:
        judge(w, def, rules, count, root);
        break;
    }
    /* the counts follow from what is dropped: while nothing was, since the
     * last count, they are still right */
    if (def->action == DC_ACT_DROP && w->matched > 0)
        w->counts_stale = 1;
    if (def->recount && w->counts_stale && w->status == DC_OK) {
        dc_dom_count(w->tuning, root);
        w->counts_stale = 0;
    }
    return w->status;
}
