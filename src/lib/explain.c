#include "explain.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "rules.h"

#define FIRST_WORDS 60
#define MAX_INDENT 40
/* Nodes first_words looks through: its walk runs once per line, so an
 * unbounded one was quadratic on 100,000 nested elements without text. */
#define FIRST_WORDS_NODES 2048

int dci_explain_listed(const dci_node *n)
{
    return n->type == DCI_NODE_ELEMENT && dci_tag_is_block(n->tag) &&
           (n->chars > 0 || (n->flags & DCI_DROPPED));
}

/* len cut to at most max bytes, backed up to the start of a UTF-8
 * character, so that a cut never leaves half a character in the outline. */
static int utf8_cap(const char *s, size_t len, size_t max)
{
    if (len <= max)
        return (int)len;
    while (max > 0 && ((unsigned char)s[max] & 0xC0) == 0x80)
        max--;
    return (int)max;
}

static void first_words(dci_buf *out, const dci_node *n)
{
    size_t start = out->len;
    unsigned budget = FIRST_WORDS_NODES;
    for (const dci_node *t = n; t && out->len - start < FIRST_WORDS && budget-- > 0;) {
        if (t != n && (t->flags & DCI_DROPPED)) {
            t = dci_next_skip(t, n);
            continue;
        }
        if (t->type == DCI_NODE_TEXT)
            dci_buf_put_folded(out, t->text, (size_t)utf8_cap(t->text, t->text_len, FIRST_WORDS));
        else if (t != n && dci_tag_is_block(t->tag))
            dci_buf_put_folded(out, " ", 1);
        t = dci_next(t, n);
    }
    if (out->len - start > FIRST_WORDS) {
        size_t cut = start + FIRST_WORDS;
        while (cut > start && ((unsigned char)out->data[cut] & 0xC0) == 0x80)
            cut--;
        out->len = cut;
        dci_buf_puts(out, "...");
    }
}

dci_decision dci_explain_decision(const dci_node *n, int in_content)
{
    return (n->flags & DCI_DROPPED) ? DCI_DECISION_DROPPED
           : in_content             ? DCI_DECISION_KEPT
                                    : DCI_DECISION_OUTSIDE;
}

static void describe(dci_buf *out, const dci_node *n, unsigned depth, int in_content)
{
    static const char *const names[DCI_DECISION_COUNT] = {
        [DCI_DECISION_KEPT] = "KEEP", [DCI_DECISION_DROPPED] = "DROP",
        [DCI_DECISION_OUTSIDE] = "  --"};
    const char *decision = names[dci_explain_decision(n, in_content)];
    dci_buf_printf(out, "%s %7.1f ", decision, (double)n->score);
    for (unsigned i = 0; i < depth && i < MAX_INDENT; i++)
        dci_buf_puts(out, "  ");
    dci_buf_printf(out, "<%s", gumbo_normalized_tagname(n->tag));
    const char *id = dci_attr_get(n, "id");
    const char *cls = dci_attr_get(n, "class");
    if (id)
        dci_buf_printf(out, " #%.*s", utf8_cap(id, strlen(id), 40), id);
    if (cls)
        dci_buf_printf(out, " .%.*s", utf8_cap(cls, strlen(cls), 60), cls);
    dci_buf_puts(out, ">");
    if (n->flags & DCI_CONTENT)
        dci_buf_puts(out, " [content root]");
    if (n->rule && n->why && *n->why)
        dci_buf_printf(out, " [%s: %s]", n->rule->id, n->why);
    else if (n->rule)
        dci_buf_printf(out, " [%s]", n->rule->id);
    dci_buf_printf(out, " %u chars, %u prose: ", n->chars, n->prose);
    first_words(out, n);
    dci_buf_putc(out, '\n');
}

int dci_explain_inside_content(const dci_node *root)
{
    for (const dci_node *up = root ? root->parent : NULL; up; up = up->parent)
        if (up->flags & DCI_CONTENT)
            return 1;
    return 0;
}

/* A line per block worth one, indented by depth; the walk knows the
 * outermost content root it is in instead of climbing the ancestors at
 * every node, which was quadratic in depth. */
static void outline(dci_buf *out, const dci_node *root)
{
    int above = dci_explain_inside_content(root);
    const dci_node *content = NULL;
    unsigned depth = 0;
    dci_const_node_iter it;
    dci_const_node_iter_init(&it, root);
    for (dci_event ev; (ev = dci_const_node_iter_next(&it)) != DCI_EVENT_DONE;) {
        const dci_node *n = it.node;
        int dropped = (n->flags & DCI_DROPPED) != 0;
        if (ev == DCI_EVENT_EXIT) {
            depth -= !dropped;
            if (n == content)
                content = NULL;
            continue;
        }
        if (!content && (n->flags & DCI_CONTENT))
            content = n;
        if (dci_explain_listed(n))
            describe(out, n, depth, above || content);
        if (dropped)
            dci_const_node_iter_skip(&it);
        depth += !dropped;
    }
}

/* What the trimmer matched, in words: the entry in quotes, as its shape
 * may hold commas and colons. NULL when the arena failed. */
static const char *tail_why(dci_arena *a, const dci_tail_drop *d)
{
    static const char *const forms[] = {[DCI_TAIL_MATCHED] = "\"%s\"",
                                        [DCI_TAIL_OPENS] = "\"%s\" and all below",
                                        [DCI_TAIL_BELOW] = "below \"%s\"",
                                        [DCI_TAIL_LINKS] = "%s",
                                        [DCI_TAIL_MODEL] = "%s"};
    dci_buf why = DCI_BUF_INIT;
    dci_buf_printf(&why, forms[d->reason], d->pattern);
    const char *s = why.failed ? NULL : dci_arena_strndup(a, why.data, why.len);
    dci_buf_free(&why);
    return s;
}

static int by_source(const void *x, const void *y)
{
    uintptr_t a = (uintptr_t)((const dci_tail_drop *)x)->block->source;
    uintptr_t b = (uintptr_t)((const dci_tail_drop *)y)->block->source;
    return (a > b) - (a < b);
}

/* The drop whose block came from n in sorted[0..count), or NULL. */
static const dci_tail_drop *drop_of(const dci_node *n, const dci_tail_drop *sorted, size_t count)
{
    dci_block key_block = {.source = n};
    dci_tail_drop key = {.block = &key_block};
    return bsearch(&key, sorted, count, sizeof *sorted, by_source);
}

/* Whether n is all its parent holds, white space aside. */
static int only_child(const dci_node *n)
{
    for (const dci_node *c = n->parent->first_child; c; c = c->next)
        if (c != n && (c->type != DCI_NODE_TEXT || dci_count_chars(c->text, c->text_len) > 0))
            return 0;
    return 1;
}

/* The outermost element that holds nothing but n, n itself when none: a
 * wrapper goes with what it wraps. Up to a content root at most, never to
 * the body. */
static dci_node *wrapper_of(dci_node *n, const dci_doc *doc)
{
    while (!(n->flags & DCI_CONTENT) && n->parent && n->parent != doc->body &&
           n->parent->type == DCI_NODE_ELEMENT && only_child(n))
        n = n->parent;
    return n;
}

/* The page is walked once, each element looked up among the drops sorted by
 * source: the content tree points at the page, not the other way. */
int dci_explain_tail(dci_arena *a, dci_doc *doc, const dci_tail_drop *drops, size_t n)
{
    if (n == 0 || !doc->body)
        return 0;
    dci_tail_drop *sorted = malloc(n * sizeof *sorted);
    if (!sorted)
        return -1;
    memcpy(sorted, drops, n * sizeof *sorted);
    qsort(sorted, n, sizeof *sorted, by_source);
    int rc = 0;
    dci_node_iter it;
    dci_node_iter_init(&it, doc->body);
    for (dci_node *node; (node = dci_node_iter_next_kept(&it));) {
        const dci_tail_drop *d = node->type == DCI_NODE_ELEMENT ? drop_of(node, sorted, n) : NULL;
        if (!d)
            continue;
        const char *why = tail_why(a, d);
        if (!why) {
            rc = -1;
            break;
        }
        dci_drop(wrapper_of(node, doc), &dci_tail_rule, why);
        dci_node_iter_skip(&it);
    }
    free(sorted);
    return rc;
}

const char *dci_explain(dci_arena *a, const dci_doc *doc)
{
    dci_buf out = DCI_BUF_INIT;
    outline(&out, doc->body);
    const char *s = out.failed ? NULL : dci_arena_strndup(a, out.data ? out.data : "", out.len);
    dci_buf_free(&out);
    return s;
}
