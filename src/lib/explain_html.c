#include "explain_html.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "explain.h"
#include "report_safe.h"
#include "rules.h"
#include "sizes.h"
#include "tail.h"

static const char *const decision_names[DCI_DECISION_COUNT] = {
    [DCI_DECISION_KEPT] = "kept", [DCI_DECISION_DROPPED] = "dropped",
    [DCI_DECISION_OUTSIDE] = "outside"};

/* The report's own styles: the marks over the page's, and the panel, whose
 * elements are custom ones reset with all:initial so that no page style
 * reaches them. */
static const char report_css[] =
    "[data-dc-decision]{outline-offset:-2px!important}"
    "[data-dc-decision=kept]{outline:2px solid #188038!important}"
    "[data-dc-decision=dropped]{outline:2px solid #d93025!important;opacity:.45!important}"
    "[data-dc-decision=outside]{outline:1px dashed #9aa0a6!important}"
    "[data-dc-root]{outline-width:4px!important}"
    "html{margin-right:34vw!important}"
    "dc-report,dc-report *{all:initial!important;font:13px/1.45 sans-serif!important;"
    "color:#202124!important;box-sizing:border-box!important}"
    "dc-report{display:block!important;position:fixed!important;top:0!important;right:0!important;"
    "bottom:0!important;width:33vw!important;overflow:auto!important;padding:12px!important;"
    "background:#f8f9fa!important;border-left:3px solid #202124!important;"
    "z-index:2147483647!important}"
    "dc-report dc-h{display:block!important;font-weight:bold!important;font-size:15px!important;"
    "margin:10px 0 4px!important}"
    "dc-report dc-p,dc-report dc-row{display:block!important}"
    "dc-report dc-c{display:inline-block!important;min-width:5em!important;padding-left:.5em!important;text-align:right!important}"
    "dc-report dc-c:first-child{min-width:12em!important;text-align:left!important}"
    "dc-report dc-key{display:inline-block!important;width:2em!important;height:1em!important;"
    "margin:0 .4em 0 1em!important;vertical-align:middle!important}"
    "dc-report dc-key[data-k=kept]{outline:2px solid #188038!important}"
    "dc-report dc-key[data-k=dropped]{outline:2px solid #d93025!important;"
    "background:#f4c7c3!important}"
    "dc-report dc-key[data-k=outside]{outline:1px dashed #9aa0a6!important}"
    "dc-report dc-text{display:block!important;white-space:pre-wrap!important;"
    "font:13px/1.5 serif!important;background:#fff!important;padding:8px!important;"
    "border:1px solid #dadce0!important}";

typedef struct report {
    dci_buf *out;
    const dci_doc *doc;
    const dci_report_page *page;
    dci_safe_policy policy;
    unsigned decisions[DCI_DECISION_COUNT];
    unsigned (*per_rule)[DCI_DECISION_COUNT]; /* by rule_row */
    unsigned no_rule[DCI_DECISION_COUNT];
    int in_head, in_body, above;
    const dci_node *content;  /* the outermost content root the walk is in */
    const dci_node *dropped;  /* the dropped block the walk is in: no marks below */
} report;

static void put_attr(dci_buf *out, const char *name, const char *value)
{
    dci_buf_printf(out, " %s=\"", name);
    dci_safe_escape(out, value, strlen(value), 1);
    dci_buf_putc(out, '"');
}

/* Whether n gets marks, as the text outline gives it a line. */
static int judged(const report *r, const dci_node *n)
{
    return r->in_body && !r->dropped && dci_explain_listed(n);
}

/* The rows of the per-rule counts: the rule table's, then the tail
 * trimmer's, which is not in the table. */
#define RULE_ROWS (dci_rule_count + 1)

static size_t rule_row(const dci_rule *rule)
{
    return rule == &dci_tail_rule ? dci_rule_count : (size_t)(rule - dci_rules);
}

static const char *row_rule_id(size_t row)
{
    return row < dci_rule_count ? dci_rules[row].id : dci_tail_rule.id;
}

static void count(report *r, const dci_node *n, dci_decision d)
{
    r->decisions[d]++;
    if (n->rule)
        r->per_rule[rule_row(n->rule)][d]++;
    else
        r->no_rule[d]++;
}

/* data-dc-* and the tooltip of a judged block. */
static void put_marks(report *r, const dci_node *n)
{
    dci_decision d = dci_explain_decision(n, r->above || r->content);
    count(r, n, d);
    dci_buf *out = r->out;
    put_attr(out, "data-dc-decision", decision_names[d]);
    dci_buf_printf(out, " data-dc-score=\"%.1f\"", (double)n->score);
    if (n->rule)
        put_attr(out, "data-dc-rule", n->rule->id);
    if (n->flags & DCI_CONTENT)
        dci_buf_puts(out, " data-dc-root=\"\"");
    dci_buf tip = DCI_BUF_INIT;
    dci_buf_printf(&tip, "%s", decision_names[d]);
    if (n->rule)
        dci_buf_printf(&tip, " | %s%s%s", n->rule->id, n->why && *n->why ? ": " : "",
                       n->why ? n->why : "");
    dci_buf_printf(&tip, " | score %.1f", (double)n->score);
    if (n->flags & DCI_CONTENT)
        dci_buf_puts(&tip, " | content root");
    out->failed |= tip.failed;
    if (tip.data)
        put_attr(out, "title", tip.data);
    dci_buf_free(&tip);
}

/* The page's attributes that the allow-list lets through. */
static void put_page_attrs(report *r, const dci_node *n, int marked)
{
    for (unsigned i = 0; i < n->nattrs; i++) {
        const char *name = n->attrs[i].name, *value = n->attrs[i].value;
        const char *v = NULL;
        if (strcmp(name, "style") == 0) {
            dci_buf css = DCI_BUF_INIT;
            dci_safe_css(&css, &r->policy, value, strlen(value));
            r->out->failed |= css.failed;
            if (css.data)
                put_attr(r->out, "style", css.data);
            dci_buf_free(&css);
            continue;
        }
        if (strcmp(name, "href") == 0 && n->tag == GUMBO_TAG_A)
            v = dci_safe_href(&r->policy, value);
        else if (strcmp(name, "src") == 0 && n->tag == GUMBO_TAG_IMG)
            v = dci_safe_load_url(&r->policy, value);
        else if (!(marked && strcmp(name, "title") == 0) && dci_safe_attr_name(name))
            v = value;
        if (v)
            put_attr(r->out, name, v);
    }
}

static void put_start(report *r, const dci_node *n, const dci_safe_plan *p)
{
    int marked = judged(r, n);
    dci_buf_printf(r->out, "<%s", p->name);
    if (p->renamed && *gumbo_normalized_tagname(n->tag))
        put_attr(r->out, "data-dc-tag", gumbo_normalized_tagname(n->tag));
    put_page_attrs(r, n, marked);
    if (marked)
        put_marks(r, n);
    dci_buf_putc(r->out, '>');
}

/* A judged block that cannot be shown (a stray <option>) keeps its marks
 * on an empty hidden element, so that every line of the outline has one. */
static void put_placeholder(report *r, const dci_node *n)
{
    dci_buf_puts(r->out, "<div hidden");
    put_attr(r->out, "data-dc-tag", gumbo_normalized_tagname(n->tag));
    put_marks(r, n);
    dci_buf_puts(r->out, "></div>");
}

static void put_style(report *r, const dci_node *n)
{
    dci_buf_puts(r->out, "<style");
    const char *media = dci_attr_get(n, "media");
    if (media)
        put_attr(r->out, "media", media);
    dci_buf_putc(r->out, '>');
    for (const dci_node *c = n->first_child; c; c = c->next)
        if (c->type == DCI_NODE_TEXT)
            dci_safe_css(r->out, &r->policy, c->text, c->text_len);
    dci_buf_puts(r->out, "</style>");
}

/* A stylesheet link, when --explain-remote allows its URL. */
static void put_link(report *r, const dci_node *n)
{
    const char *rel = dci_attr_get(n, "rel"), *href = dci_attr_get(n, "href");
    if (!rel || !href || !strstr(rel, "stylesheet") || strstr(rel, "alternate"))
        return;
    const char *url = dci_safe_load_url(&r->policy, href);
    if (!url)
        return;
    dci_buf_puts(r->out, "<link rel=\"stylesheet\"");
    put_attr(r->out, "href", url);
    const char *media = dci_attr_get(n, "media");
    if (media)
        put_attr(r->out, "media", media);
    dci_buf_putc(r->out, '>');
}

/* An <svg> keeps its box and loses its drawing: its insides are not HTML
 * and may carry scripts. */
static void put_svg(report *r, const dci_node *n)
{
    dci_buf_puts(r->out, "<svg");
    static const char *const kept[] = {"width", "height", "class", "style", "id"};
    for (size_t i = 0; i < DCX_COUNTOF(kept); i++) {
        const char *v = dci_attr_get(n, kept[i]);
        if (!v)
            continue;
        if (strcmp(kept[i], "style") == 0) {
            dci_buf css = DCI_BUF_INIT;
            dci_safe_css(&css, &r->policy, v, strlen(v));
            r->out->failed |= css.failed;
            if (css.data)
                put_attr(r->out, "style", css.data);
            dci_buf_free(&css);
        } else {
            put_attr(r->out, kept[i], v);
        }
    }
    dci_buf_puts(r->out, "></svg>");
}

static void head_start(report *r)
{
    dci_buf_puts(r->out, "<head><meta http-equiv=\"Content-Security-Policy\" content=\"");
    dci_safe_csp(r->out, &r->policy);
    /* an icon of its own, or the browser asks the report's server for one */
    dci_buf_puts(r->out, "\"><meta charset=\"utf-8\">"
                         "<meta name=\"referrer\" content=\"no-referrer\">"
                         "<link rel=\"icon\" href=\"data:,\">");
}

static void put_count_row(dci_buf *out, const char *name, const unsigned *n)
{
    dci_buf_puts(out, "<dc-row><dc-c>");
    dci_safe_escape(out, name, strlen(name), 0);
    dci_buf_puts(out, "</dc-c>");
    for (int d = 0; d < DCI_DECISION_COUNT; d++)
        dci_buf_printf(out, "<dc-c>%u</dc-c>", n[d]);
    dci_buf_puts(out, "</dc-row>");
}

/* The fixed panel: legend and counts, per rule, and the extracted text. */
static void put_panel(report *r)
{
    dci_buf *out = r->out;
    dci_buf_puts(out, "<dc-report><dc-h>decruft --explain=html</dc-h><dc-p>");
    const char *status = r->page->status ? r->page->status : "";
    dci_safe_escape(out, status, strlen(status), 0);
    dci_buf_puts(out, "</dc-p><dc-p>");
    for (int d = 0; d < DCI_DECISION_COUNT; d++)
        dci_buf_printf(out, "<dc-key data-k=\"%s\"></dc-key>%s: %u", decision_names[d],
                       decision_names[d], r->decisions[d]);
    dci_buf_puts(out, "</dc-p><dc-h>Blocks per rule</dc-h><dc-row><dc-c>rule</dc-c>");
    for (int d = 0; d < DCI_DECISION_COUNT; d++)
        dci_buf_printf(out, "<dc-c>%s</dc-c>", decision_names[d]);
    dci_buf_puts(out, "</dc-row>");
    for (size_t i = 0; i < RULE_ROWS; i++) {
        const unsigned *n = r->per_rule[i];
        if (n[0] + n[1] + n[2] > 0)
            put_count_row(out, row_rule_id(i), n);
    }
    put_count_row(out, "(no rule)", r->no_rule);
    dci_buf_puts(out, "<dc-h>Extracted text</dc-h><dc-text>");
    const char *text = r->page->text ? r->page->text : "(none)";
    dci_safe_escape(out, text, strlen(text), 0);
    dci_buf_puts(out, "</dc-text></dc-report>");
}

static void enter_element(report *r, const dci_node *n, dci_const_node_iter *it)
{
    if (n == r->doc->head) {
        head_start(r);
        r->in_head = 1;
        return;
    }
    if (n == r->doc->body)
        r->in_body = 1;
    if (r->in_body && !r->content && (n->flags & DCI_CONTENT))
        r->content = n;
    dci_safe_plan p = dci_safe_element(n->tag, r->in_head);
    if ((n->flags & DCI_NEVER_TEXT) && n->tag != GUMBO_TAG_SVG)
        p.kind = DCI_SAFE_SKIP;
    int marked = judged(r, n);
    switch (p.kind) {
    case DCI_SAFE_SKIP:
        if (marked)
            put_placeholder(r, n);
        break;
    case DCI_SAFE_STYLE: put_style(r, n); break;
    case DCI_SAFE_SVG: put_svg(r, n); break;
    case DCI_SAFE_VOID:
        if (n->tag == GUMBO_TAG_LINK)
            put_link(r, n);
        else
            put_start(r, n, &p);
        break;
    case DCI_SAFE_ELEMENT:
        put_start(r, n, &p);
        /* the outline says nothing of what lies under a dropped node */
        if (r->in_body && !r->dropped && (n->flags & DCI_DROPPED))
            r->dropped = n;
        return;
    }
    dci_const_node_iter_skip(it);
}

static void exit_element(report *r, const dci_node *n)
{
    if (n == r->doc->head) {
        dci_buf_printf(r->out, "<style>%s</style></head>", report_css);
        r->in_head = 0;
        return;
    }
    dci_safe_plan p = dci_safe_element(n->tag, r->in_head);
    int open = p.kind == DCI_SAFE_ELEMENT && !(n->flags & DCI_NEVER_TEXT);
    if (n == r->doc->body) {
        put_panel(r);
        r->in_body = 0;
    }
    if (open)
        dci_buf_printf(r->out, "</%s>", p.name);
    if (n == r->content)
        r->content = NULL;
    if (n == r->dropped)
        r->dropped = NULL;
}

static void walk(report *r)
{
    dci_const_node_iter it;
    dci_const_node_iter_init(&it, r->doc->html);
    for (dci_event ev; (ev = dci_const_node_iter_next(&it)) != DCI_EVENT_DONE;) {
        const dci_node *n = it.node;
        if (n->type == DCI_NODE_TEXT) {
            if (ev == DCI_EVENT_ENTER)
                dci_safe_escape(r->out, n->text, n->text_len, 0);
        } else if (ev == DCI_EVENT_ENTER) {
            enter_element(r, n, &it);
        } else {
            exit_element(r, n);
        }
    }
}

/* The <base href> of the head, or NULL. */
static const char *base_href(const dci_doc *doc)
{
    for (const dci_node *c = doc->head ? doc->head->first_child : NULL; c; c = c->next)
        if (dci_is_element(c, GUMBO_TAG_BASE) && dci_attr_get(c, "href"))
            return dci_attr_get(c, "href");
    return NULL;
}

const char *dci_explain_html(dci_arena *a, const dci_doc *doc, const dci_report_page *page)
{
    dci_buf out = DCI_BUF_INIT;
    report r;
    memset(&r, 0, sizeof r);
    r.out = &out;
    r.doc = doc;
    r.page = page;
    r.per_rule = calloc(RULE_ROWS, sizeof *r.per_rule);
    if (!r.per_rule)
        return NULL;
    dci_safe_policy_init(&r.policy, a, page->url, base_href(doc), page->remote);
    r.above = doc->body && dci_explain_inside_content(doc->body);
    dci_buf_puts(&out, "<!DOCTYPE html>\n");
    if (doc->html && doc->head && doc->body) {
        walk(&r);
    } else {
        dci_buf_puts(&out, "<html>");
        head_start(&r);
        dci_buf_printf(&out, "<style>%s</style></head><body>", report_css);
        put_panel(&r);
        dci_buf_puts(&out, "</body></html>");
    }
    dci_buf_putc(&out, '\n');
    free(r.per_rule);
    const char *s = out.failed ? NULL : dci_arena_strndup(a, out.data ? out.data : "", out.len);
    dci_buf_free(&out);
    return s;
}
