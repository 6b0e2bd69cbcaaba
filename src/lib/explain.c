#include "explain.h"

#include <string.h>

#include "buf.h"
#include "rules.h"

#define FIRST_WORDS 60
#define MAX_INDENT 40
/* Nodes first_words looks through: its walk runs once per line, so an
 * unbounded one was quadratic on 100,000 nested elements without text. */
#define FIRST_WORDS_NODES 2048

/* Blocks worth a line: block-level elements that hold text. */
static int worth_a_line(const dc_node *n)
{
    return n->type == DC_NODE_ELEMENT && dc_tag_is_block(n->tag) &&
           (n->chars > 0 || (n->flags & DC_DROPPED));
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

static void first_words(dc_buf *out, const dc_node *n)
{
    size_t start = out->len;
    unsigned budget = FIRST_WORDS_NODES;
    for (const dc_node *t = n; t && out->len - start < FIRST_WORDS && budget-- > 0;) {
        if (t != n && (t->flags & DC_DROPPED)) {
            t = dc_next_skip(t, n);
            continue;
        }
        if (t->type == DC_NODE_TEXT)
            dc_buf_put_folded(out, t->text, (size_t)utf8_cap(t->text, t->text_len, FIRST_WORDS));
        else if (t != n && dc_tag_is_block(t->tag))
            dc_buf_put_folded(out, " ", 1);
        t = dc_next(t, n);
    }
    if (out->len - start > FIRST_WORDS) {
        size_t cut = start + FIRST_WORDS;
        while (cut > start && ((unsigned char)out->data[cut] & 0xC0) == 0x80)
            cut--;
        out->len = cut;
        dc_buf_puts(out, "...");
    }
}

static void describe(dc_buf *out, const dc_node *n, unsigned depth, int in_content)
{
    const char *decision = (n->flags & DC_DROPPED) ? "DROP"
                           : in_content            ? "KEEP"
                                                   : "  --";
    dc_buf_printf(out, "%s %7.1f ", decision, (double)n->score);
    for (unsigned i = 0; i < depth && i < MAX_INDENT; i++)
        dc_buf_puts(out, "  ");
    dc_buf_printf(out, "<%s", gumbo_normalized_tagname(n->tag));
    const char *id = dc_attr_get(n, "id");
    const char *cls = dc_attr_get(n, "class");
    if (id)
        dc_buf_printf(out, " #%.*s", utf8_cap(id, strlen(id), 40), id);
    if (cls)
        dc_buf_printf(out, " .%.*s", utf8_cap(cls, strlen(cls), 60), cls);
    dc_buf_puts(out, ">");
    if (n->flags & DC_CONTENT)
        dc_buf_puts(out, " [content root]");
    if (n->rule && n->why && *n->why)
        dc_buf_printf(out, " [%s: %s]", n->rule->id, n->why);
    else if (n->rule)
        dc_buf_printf(out, " [%s]", n->rule->id);
    dc_buf_printf(out, " %u chars, %u prose: ", n->chars, n->prose);
    first_words(out, n);
    dc_buf_putc(out, '\n');
}

/* Whether a node above root is a content root (the body is kept whole). */
static int inside_content(const dc_node *root)
{
    for (const dc_node *up = root ? root->parent : NULL; up; up = up->parent)
        if (up->flags & DC_CONTENT)
            return 1;
    return 0;
}

/* A line per block worth one, indented by depth; the walk knows the
 * outermost content root it is in instead of climbing the ancestors at
 * every node, which was quadratic in depth. */
static void outline(dc_buf *out, const dc_node *root)
{
    int above = inside_content(root);
    const dc_node *content = NULL;
    unsigned depth = 0;
    dc_const_node_iter it;
    dc_const_node_iter_init(&it, root);
    for (dc_event ev; (ev = dc_const_node_iter_next(&it)) != DC_EVENT_DONE;) {
        const dc_node *n = it.node;
        int dropped = (n->flags & DC_DROPPED) != 0;
        if (ev == DC_EVENT_EXIT) {
            depth -= !dropped;
            if (n == content)
                content = NULL;
            continue;
        }
        if (!content && (n->flags & DC_CONTENT))
            content = n;
        if (worth_a_line(n))
            describe(out, n, depth, above || content);
        if (dropped)
            dc_const_node_iter_skip(&it);
        depth += !dropped;
    }
}

const char *dc_explain(dc_arena *a, const dc_doc *doc)
{
    dc_buf out = DC_BUF_INIT;
    outline(&out, doc->body);
    const char *s = out.failed ? NULL : dc_arena_strndup(a, out.data ? out.data : "", out.len);
    dc_buf_free(&out);
    return s;
}
