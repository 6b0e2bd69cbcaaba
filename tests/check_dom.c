/* Unit tests of the parse (gumbo mirrored into dci_nodes) and the DOM helpers. */
#include "rules.h"
#include "testutil.h"

#include <time.h>
#include <utf8proc.h>

#include "words.h"

static const char *const small_page =
    "<!DOCTYPE html><html lang=\"en\"><head><title>T</title></head>"
    "<body><div id=\"a\" class=\"box\"><p class=\"x\" data-n=\"1\">Hello <b>world</b></p>"
    "<!-- a comment --><p>Two</p></div></body></html>";

static int element_children(const dci_node *n)
{
    int count = 0;
    for (const dci_node *c = n->first_child; c; c = c->next)
        if (c->type == DCI_NODE_ELEMENT)
            count++;
    return count;
}

/* Non-zero when n or an ancestor is marked dropped. */
static int under_dropped(const dci_node *n)
{
    for (; n; n = n->parent)
        if (n->flags & DCI_DROPPED)
            return 1;
    return 0;
}

/* Checks parent/first/last/prev/next agree everywhere under root. */
static void assert_links_consistent(const dci_node *root)
{
    for (const dci_node *n = root; n; n = dci_next(n, root)) {
        const dci_node *prev = NULL;
        for (const dci_node *c = n->first_child; c; c = c->next) {
            ck_assert_ptr_eq(c->parent, n);
            ck_assert_ptr_eq(c->prev, prev);
            prev = c;
        }
        ck_assert_ptr_eq(n->last_child, prev);
    }
}

/* ------------------------------------------------------------------ parse */

START_TEST(test_parse_tree_shape_of_small_page)
{
    dci_doc doc = tu_parse(small_page);
    ck_assert(dci_is_element(doc.html, GUMBO_TAG_HTML));
    ck_assert_ptr_null(doc.html->parent);
    ck_assert(dci_is_element(doc.head, GUMBO_TAG_HEAD));
    ck_assert(dci_is_element(doc.body, GUMBO_TAG_BODY));
    ck_assert_ptr_eq(doc.head->parent, doc.html);
    ck_assert_ptr_eq(doc.body->parent, doc.html);
    ck_assert_int_eq(element_children(doc.html), 2);

    dci_node *div = doc.body->first_child;
    ck_assert(dci_is_element(div, GUMBO_TAG_DIV));
    ck_assert_ptr_null(div->next);
    /* the comment is not mirrored: the div has exactly the two paragraphs */
    dci_node *p1 = div->first_child, *p2 = p1->next;
    ck_assert(dci_is_element(p1, GUMBO_TAG_P));
    ck_assert(dci_is_element(p2, GUMBO_TAG_P));
    ck_assert_ptr_null(p2->next);
    ck_assert_ptr_eq(div->last_child, p2);

    /* "Hello " then <b>world</b> */
    dci_node *t = p1->first_child;
    ck_assert_int_eq(t->type, DCI_NODE_TEXT);
    ck_assert_str_eq(t->text, "Hello ");
    ck_assert_uint_eq(t->text_len, 6);
    dci_node *b = t->next;
    ck_assert(dci_is_element(b, GUMBO_TAG_B));
    ck_assert_int_eq(b->first_child->type, DCI_NODE_TEXT);
    ck_assert_str_eq(b->first_child->text, "world");
    ck_assert_str_eq(p2->first_child->text, "Two");

    /* html head title "T" body div p "Hello " b "world" p "Two" */
    ck_assert_uint_eq(doc.nodes, 12);
    assert_links_consistent(doc.html);
    tu_doc_free(&doc);
}
END_TEST

START_TEST(test_parse_skips_comments_everywhere)
{
    dci_doc doc = tu_parse("<!-- top --><html><!-- in html --><body><!-- lead -->"
                          "<p>a<!-- inside -->b</p><!-- tail --></body></html><!-- end -->");
    size_t count = 0;
    for (dci_node *n = doc.html; n; n = dci_next(n, doc.html)) {
        count++;
        if (n->type == DCI_NODE_TEXT)
            ck_assert_msg(strstr(n->text, "in") == NULL && strstr(n->text, "top") == NULL,
                          "comment text mirrored: %s", n->text);
    }
    ck_assert_uint_eq(count, doc.nodes);
    dci_node *p = tu_find_tag(doc.html, GUMBO_TAG_P, 0);
    ck_assert_ptr_nonnull(p);
    /* two text nodes around the dropped comment */
    ck_assert_str_eq(p->first_child->text, "a");
    ck_assert_str_eq(p->last_child->text, "b");
    ck_assert_ptr_eq(p->first_child->next, p->last_child);
    tu_doc_free(&doc);
}
END_TEST

START_TEST(test_attr_get)
{
    dci_doc doc = tu_parse(small_page);
    dci_node *div = tu_find_tag(doc.body, GUMBO_TAG_DIV, 0);
    dci_node *p = tu_find_tag(doc.body, GUMBO_TAG_P, 0);
    ck_assert_str_eq(dci_attr_get(div, "id"), "a");
    ck_assert_str_eq(dci_attr_get(div, "class"), "box");
    ck_assert_str_eq(dci_attr_get(p, "class"), "x");
    ck_assert_str_eq(dci_attr_get(p, "data-n"), "1");
    ck_assert_ptr_null(dci_attr_get(p, "id"));
    ck_assert_ptr_null(dci_attr_get(doc.body, "class"));
    ck_assert_str_eq(dci_attr_get(doc.html, "lang"), "en");
    /* text nodes have no attributes */
    ck_assert_ptr_null(dci_attr_get(p->first_child, "class"));
    tu_doc_free(&doc);
}
END_TEST

START_TEST(test_attr_names_are_lower_case_and_values_kept)
{
    dci_doc doc = tu_parse("<DIV CLASS=\"Big Box\" Data-X='q&amp;a' hidden>x</DIV>");
    dci_node *div = tu_find_tag(doc.body, GUMBO_TAG_DIV, 0);
    ck_assert_ptr_nonnull(div);
    ck_assert_str_eq(dci_attr_get(div, "class"), "Big Box");
    ck_assert_str_eq(dci_attr_get(div, "data-x"), "q&a");
    ck_assert_ptr_null(dci_attr_get(div, "CLASS"));
    /* a bare attribute is present with an empty value */
    ck_assert_str_eq(dci_attr_get(div, "hidden"), "");
    ck_assert_uint_eq(div->nattrs, 3);
    tu_doc_free(&doc);
}
END_TEST

START_TEST(test_head_and_body_found_when_missing_from_source)
{
    dci_doc doc = tu_parse("<title>x</title><p>only a paragraph</p>");
    ck_assert(dci_is_element(doc.head, GUMBO_TAG_HEAD));
    ck_assert(dci_is_element(doc.body, GUMBO_TAG_BODY));
    ck_assert(dci_is_element(doc.head->first_child, GUMBO_TAG_TITLE));
    ck_assert(dci_is_element(doc.body->first_child, GUMBO_TAG_P));
    tu_doc_free(&doc);
}
END_TEST

START_TEST(test_parse_of_empty_input)
{
    dci_doc doc = tu_parse("");
    ck_assert(dci_is_element(doc.html, GUMBO_TAG_HTML));
    ck_assert_ptr_nonnull(doc.body);
    ck_assert_ptr_null(doc.body->first_child);
    tu_doc_free(&doc);
}
END_TEST

START_TEST(test_text_is_decoded_and_nul_terminated)
{
    dci_doc doc = tu_parse("<p>fish &amp; chips &lt;3 caf&eacute; &#x4e2d;</p>");
    dci_node *p = tu_find_tag(doc.body, GUMBO_TAG_P, 0);
    ck_assert_str_eq(p->first_child->text, "fish & chips <3 caf\xc3\xa9 \xe4\xb8\xad");
    ck_assert_uint_eq(p->first_child->text_len, strlen(p->first_child->text));
    tu_doc_free(&doc);
}
END_TEST

/* SVG is never text; MathML is, except its annotations (the TeX source). */
START_TEST(test_svg_and_math_marked)
{
    dci_doc doc = tu_parse("<div><svg><circle r=\"1\"/><text>label</text></svg>"
                          "<math><semantics><mi>x</mi><annotation>x</annotation>"
                          "<annotation-xml>x</annotation-xml></semantics></math>"
                          "<span>plain</span></div>");
    dci_node *svg = tu_find_tag(doc.body, GUMBO_TAG_SVG, 0);
    ck_assert_ptr_nonnull(svg);
    ck_assert(svg->flags & DCI_NEVER_TEXT);
    ck_assert(svg->first_child->flags & DCI_NEVER_TEXT);
    dci_node *math = tu_find_tag(doc.body, GUMBO_TAG_MATH, 0);
    ck_assert_ptr_nonnull(math);
    ck_assert(!(math->flags & DCI_NEVER_TEXT));
    dci_node *mi = tu_find_tag(doc.body, GUMBO_TAG_MI, 0);
    ck_assert_ptr_nonnull(mi);
    ck_assert(!(mi->flags & DCI_NEVER_TEXT));
    ck_assert(mi->next->flags & DCI_NEVER_TEXT);
    dci_node *xml = tu_find_tag(doc.body, GUMBO_TAG_ANNOTATION_XML, 0);
    ck_assert_ptr_nonnull(xml);
    ck_assert(xml->flags & DCI_NEVER_TEXT);
    dci_node *span = tu_find_tag(doc.body, GUMBO_TAG_SPAN, 0);
    ck_assert(!(span->flags & DCI_NEVER_TEXT));
    ck_assert(!(doc.body->flags & DCI_NEVER_TEXT));
    tu_doc_free(&doc);
}
END_TEST

/* The second look's names: the same token, the same name; no digits, which
 * the same-kind test reads as an index (every name of digits would be one
 * kind); an id renamed whole; other attributes left alone. */
START_TEST(test_blind_names_hide_class_and_id)
{
    dci_doc doc = tu_parse("<div id=\"main box\" class=\"story-1 comments\" data-n=\"1\">"
                           "<p class=\"comments\">a</p><p class=\"story-2\">b</p></div>");
    ck_assert_int_eq(dci_blind_names(&doc), DC_OK);
    dci_node *div = tu_find_tag(doc.body, GUMBO_TAG_DIV, 0);
    dci_node *p1 = tu_find_tag(doc.body, GUMBO_TAG_P, 0);
    dci_node *p2 = tu_find_tag(doc.body, GUMBO_TAG_P, 1);
    const char *cls = dci_attr_get(div, "class"), *id = dci_attr_get(div, "id");
    ck_assert_str_eq(dci_attr_get(div, "data-n"), "1");
    ck_assert_ptr_null(strpbrk(cls, "0123456789"));
    ck_assert_ptr_null(strstr(cls, "comments"));
    ck_assert_ptr_null(strchr(id, ' '));
    const char *second = strchr(cls, ' ');
    ck_assert_ptr_nonnull(second);
    ck_assert_str_eq(second + 1, dci_attr_get(p1, "class"));
    /* story-1 and story-2 are two names now, not one kind */
    ck_assert_uint_eq(strlen(dci_attr_get(p2, "class")), (size_t)(second - cls));
    ck_assert(strncmp(cls, dci_attr_get(p2, "class"), (size_t)(second - cls)) != 0);
    tu_doc_free(&doc);
}
END_TEST

START_TEST(test_parse_over_budget_is_too_large)
{
    dci_doc doc;
    memset(&doc, 0, sizeof doc);
    doc.arena = dci_arena_new(4096, 0);
    const char *html = "<html><body><p>Some text that needs a tree.</p></body></html>";
    ck_assert_int_eq(dci_parse(&doc, html, strlen(html)), DC_TOO_LARGE);
    dci_arena_free(doc.arena);
}
END_TEST

START_TEST(test_parse_of_big_page_over_budget_is_too_large)
{
    /* a budget the first chunks fit in, but not the whole tree */
    size_t n = 20000;
    char *html = malloc(n * 8 + 1);
    char *p = html;
    for (size_t i = 0; i < n; i++) {
        memcpy(p, "<p>x</p>", 8);
        p += 8;
    }
    *p = '\0';
    dci_doc doc;
    memset(&doc, 0, sizeof doc);
    doc.arena = dci_arena_new((size_t)1 << 20, 0);
    ck_assert_int_eq(dci_parse(&doc, html, strlen(html)), DC_TOO_LARGE);
    ck_assert_int_eq(dci_arena_failure(doc.arena), DCI_ARENA_OVER_BUDGET);
    dci_arena_free(doc.arena);
    free(html);
}
END_TEST

START_TEST(test_parse_after_deadline_is_timeout)
{
    dci_doc doc;
    memset(&doc, 0, sizeof doc);
    doc.arena = dci_arena_new(0, 1);
    struct timespec ts = {0, 10 * 1000000L};
    nanosleep(&ts, NULL);
    const char *html = "<p>late</p>";
    ck_assert_int_eq(dci_parse(&doc, html, strlen(html)), DC_TIMEOUT);
    dci_arena_free(doc.arena);
}
END_TEST

/* ------------------------------------------------------------------ walks */

/* The walk from root as a string: tag names and text in pre-order. */
static void walk_string(const dci_node *root, int skip_id_b, char *out, size_t cap)
{
    out[0] = '\0';
    for (const dci_node *n = root; n;) {
        const char *piece = n->type == DCI_NODE_TEXT ? n->text : gumbo_normalized_tagname(n->tag);
        strncat(out, piece, cap - strlen(out) - 2);
        strncat(out, " ", cap - strlen(out) - 1);
        const char *id = n->type == DCI_NODE_ELEMENT ? dci_attr_get(n, "id") : NULL;
        if (skip_id_b && id && strcmp(id, "b") == 0)
            n = dci_next_skip(n, root);
        else
            n = dci_next(n, root);
    }
}

static const char *const walk_page =
    "<div id=\"r\"><p id=\"a\">1<i>2</i></p><div id=\"b\"><p>3</p><p>4</p></div><p>5</p></div>"
    "<p id=\"after\">6</p>";

START_TEST(test_next_walks_in_pre_order_within_root)
{
    dci_doc doc = tu_parse(walk_page);
    dci_node *root = tu_find_id(doc.body, "r");
    char got[256];
    walk_string(root, 0, got, sizeof got);
    /* the paragraph after root is not visited */
    ck_assert_str_eq(got, "div p 1 i 2 div p 3 p 4 p 5 ");
    tu_doc_free(&doc);
}
END_TEST

START_TEST(test_next_skip_skips_the_subtree)
{
    dci_doc doc = tu_parse(walk_page);
    dci_node *root = tu_find_id(doc.body, "r");
    char got[256];
    walk_string(root, 1, got, sizeof got);
    ck_assert_str_eq(got, "div p 1 i 2 div p 5 ");
    tu_doc_free(&doc);
}
END_TEST

START_TEST(test_next_skip_climbs_out_of_deep_last_child)
{
    dci_doc doc = tu_parse(walk_page);
    dci_node *root = tu_find_id(doc.body, "r");
    dci_node *b = tu_find_id(doc.body, "b");
    dci_node *four = b->last_child->first_child;
    ck_assert_str_eq(four->text, "4");
    /* from the last text of #b the next is the <p>5</p> after #b */
    dci_node *next = dci_next(four, root);
    ck_assert_ptr_eq(next, b->next);
    /* the root's successors end at the root */
    ck_assert_ptr_null(dci_next_skip(root, root));
    ck_assert_ptr_null(dci_next(root->last_child->first_child, root));
    /* in the whole document, the walk goes on to #after */
    ck_assert_ptr_eq(dci_next_skip(root, doc.html), tu_find_id(doc.body, "after"));
    tu_doc_free(&doc);
}
END_TEST

START_TEST(test_tag_classes)
{
    ck_assert(dci_tag_is_block(GUMBO_TAG_DIV));
    ck_assert(dci_tag_is_block(GUMBO_TAG_P));
    ck_assert(dci_tag_is_block(GUMBO_TAG_LI));
    ck_assert(dci_tag_is_block(GUMBO_TAG_TD));
    ck_assert(dci_tag_is_block(GUMBO_TAG_H2));
    ck_assert(!dci_tag_is_block(GUMBO_TAG_SPAN));
    ck_assert(!dci_tag_is_block(GUMBO_TAG_A));
    ck_assert(!dci_tag_is_block(GUMBO_TAG_BR));
    ck_assert(!dci_tag_is_block(GUMBO_TAG_EM));
    ck_assert(dci_tag_is_paragraph(GUMBO_TAG_P));
    ck_assert(dci_tag_is_paragraph(GUMBO_TAG_LI));
    ck_assert(dci_tag_is_paragraph(GUMBO_TAG_H1));
    ck_assert(dci_tag_is_paragraph(GUMBO_TAG_PRE));
    ck_assert(!dci_tag_is_paragraph(GUMBO_TAG_DIV));
    ck_assert(!dci_tag_is_paragraph(GUMBO_TAG_UL));
    ck_assert(!dci_tag_is_paragraph(GUMBO_TAG_SPAN));
}
END_TEST

START_TEST(test_is_element)
{
    dci_doc doc = tu_parse("<p>t</p>");
    dci_node *p = tu_find_tag(doc.body, GUMBO_TAG_P, 0);
    ck_assert(dci_is_element(p, GUMBO_TAG_P));
    ck_assert(!dci_is_element(p, GUMBO_TAG_DIV));
    ck_assert(!dci_is_element(p->first_child, GUMBO_TAG_P));
    ck_assert(!dci_is_element(NULL, GUMBO_TAG_P));
    tu_doc_free(&doc);
}
END_TEST

/* ------------------------------------------------------------------ drop and count */

START_TEST(test_drop_keeps_first_rule_and_marks_subtree)
{
    dci_doc doc = tu_parse(walk_page);
    dci_node *b = tu_find_id(doc.body, "b");
    dci_node *deep = b->first_child->first_child;
    ck_assert(!under_dropped(deep));
    dci_drop(b, &dci_rules[0], "first");
    dci_drop(b, &dci_rules[1], "second");
    ck_assert(b->flags & DCI_DROPPED);
    ck_assert_ptr_eq(b->rule, &dci_rules[0]);
    ck_assert_str_eq(b->why, "first");
    ck_assert(under_dropped(b));
    ck_assert(under_dropped(deep));
    ck_assert(!(deep->flags & DCI_DROPPED));
    ck_assert(!under_dropped(b->parent));
    ck_assert(!under_dropped(b->next));
    tu_doc_free(&doc);
}
END_TEST

START_TEST(test_count_chars_links_and_commas)
{
    dci_doc doc = tu_parse("<div id=\"d\"><p>Hello, world, again.</p>"
                          "<p><a href=\"#\">link text</a> tail</p></div>");
    dci_node *d = tu_find_id(doc.body, "d");
    dci_dom_count(&dci_tuning_defaults, doc.html);
    dci_node *p1 = d->first_child, *p2 = p1->next;
    /* "Hello," "world," "again." : white space is not counted */
    ck_assert_uint_eq(p1->chars, 18);
    ck_assert_uint_eq(p1->commas, 2);
    ck_assert_uint_eq(p1->link_chars, 0);
    ck_assert_uint_eq(p2->chars, 12);
    ck_assert_uint_eq(p2->link_chars, 8);
    ck_assert_uint_eq(p2->first_child->link_chars, 8);
    ck_assert_uint_eq(d->chars, 30);
    ck_assert_uint_eq(d->link_chars, 8);
    ck_assert_uint_eq(d->commas, 2);
    ck_assert_uint_eq(doc.body->chars, 30);
    ck_assert_uint_eq(doc.html->chars, 30);
    tu_doc_free(&doc);
}
END_TEST

/* A bookmark (<a name> without href) holds the page's text; an <a> with
 * neither href nor name (a script's menu entry) is still a link. */
START_TEST(test_count_bookmark_anchor_is_not_a_link)
{
    dci_doc doc = tu_parse("<div id=\"d\"><p id=\"b\"><a name=\"may06\">May 2006 news</a> text</p>"
                          "<p id=\"h\"><a name=\"x\" href=\"#top\">top</a></p>"
                          "<p id=\"m\"><a onclick=\"go()\">Menu</a></p></div>");
    dci_dom_count(&dci_tuning_defaults, doc.html);
    ck_assert_uint_eq(tu_find_id(doc.body, "b")->link_chars, 0);
    ck_assert_uint_eq(tu_find_id(doc.body, "h")->link_chars, 3);
    ck_assert_uint_eq(tu_find_id(doc.body, "m")->link_chars, 4);
    tu_doc_free(&doc);
}
END_TEST

START_TEST(test_count_cjk_characters_and_fullwidth_commas)
{
    /* 你好，世界。 : four Han characters (two characters each,
     * wide_char_weight), a fullwidth comma and an ideographic full stop;
     * then 一、二 with an ideographic comma; an Arabic comma */
    dci_doc doc = tu_parse("<p id=\"z\">\xe4\xbd\xa0\xe5\xa5\xbd\xef\xbc\x8c\xe4\xb8\x96\xe7\x95\x8c"
                          "\xe3\x80\x82</p><p id=\"y\">\xe4\xb8\x80\xe3\x80\x81\xe4\xba\x8c</p>"
                          "<p id=\"x\">\xd9\x84\xd8\x8c \xd9\x85</p>");
    dci_dom_count(&dci_tuning_defaults, doc.html);
    dci_node *z = tu_find_id(doc.body, "z"), *y = tu_find_id(doc.body, "y"),
            *x = tu_find_id(doc.body, "x");
    ck_assert_uint_eq(z->chars, 10);
    ck_assert_uint_eq(z->commas, 2);
    ck_assert_uint_eq(y->chars, 5);
    ck_assert_uint_eq(y->commas, 1);
    ck_assert_uint_eq(x->chars, 3);
    ck_assert_uint_eq(x->commas, 1);
    ck_assert_uint_eq(doc.body->chars, 18);
    ck_assert_uint_eq(doc.body->commas, 4);
    tu_doc_free(&doc);
}
END_TEST

START_TEST(test_count_chars_helper)
{
    ck_assert_uint_eq(dci_count_chars("a b\tc\n", 6), 3);
    ck_assert_uint_eq(dci_count_chars("", 0), 0);
    ck_assert_uint_eq(dci_count_chars("   ", 3), 0);
    ck_assert_uint_eq(dci_count_chars("caf\xc3\xa9", 5), 4);
    ck_assert_uint_eq(dci_count_chars("\xe4\xbd\xa0\xe5\xa5\xbd", 6), 2);
    ck_assert_uint_eq(dci_count_chars("\xf0\x9f\x98\x80!", 5), 2);
    /* len is obeyed */
    ck_assert_uint_eq(dci_count_chars("abcdef", 3), 3);
}
END_TEST

/* dci_nfc_dup copies text of "inert" code points without normalizing it:
 * each must be one NFC leaves alone wherever it stands. */
START_TEST(test_nfc_inert_code_points_are_left_alone_by_nfc)
{
    unsigned inert = 0;
    for (int32_t cp = 0; cp <= 0x10FFFF; cp++) {
        if (!dci_nfc_inert(cp))
            continue;
        inert++;
        const utf8proc_property_t *p = utf8proc_get_property(cp);
        ck_assert_msg(p->category != UTF8PROC_CATEGORY_CN, "U+%04X unassigned", (unsigned)cp);
        ck_assert_msg(p->combining_class == 0, "U+%04X combines", (unsigned)cp);
        /* utf8proc marks the second character of a composition pair so */
        ck_assert_msg(p->comb_index == UINT16_MAX || p->comb_index < 0x8000,
                      "U+%04X composes with what precedes it", (unsigned)cp);
        utf8proc_uint8_t in[4], *out = NULL;
        utf8proc_ssize_t n = utf8proc_encode_char(cp, in);
        utf8proc_ssize_t m = utf8proc_map(in, n, &out, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
        ck_assert_msg(m == n && memcmp(in, out, (size_t)n) == 0, "NFC changes U+%04X", (unsigned)cp);
        free(out);
    }
    ck_assert_uint_gt(inert, 0x300);
    ck_assert(!dci_nfc_inert(0x0301));   /* combining acute */
    ck_assert(!dci_nfc_inert(0x2000));   /* NFC: U+2002 */
}
END_TEST

/* Inert text before a combining mark does not spare the text NFC; text that
 * is all inert, or not UTF-8, comes out as it went in. */
START_TEST(test_nfc_dup_normalizes_only_what_needs_it)
{
    static const struct {
        const char *in, *out;
    } cases[] = {
        {"\xe2\x80\x9c" "Cafe\xcc\x81\xe2\x80\x9d", "\xe2\x80\x9c" "Caf\xc3\xa9\xe2\x80\x9d"},
        {"\xe2\x80\x9c" "Caf\xc3\xa9\xe2\x80\x94\xd0\xb9\xe4\xbd\xa0\xe2\x80\x9d", NULL},
        {"\xe2\x80\x80", "\xe2\x80\x82"},   /* U+2000 en quad: U+2002 */
        {"ok \xe2\x80 \xff", NULL},
    };
    dci_arena *a = dci_arena_new(0, 0);
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *want = cases[i].out ? cases[i].out : cases[i].in;
        size_t len;
        char *got = dci_nfc_dup(a, cases[i].in, strlen(cases[i].in), &len);
        ck_assert_str_eq(got, want);
        ck_assert_uint_eq(len, strlen(want));
    }
    dci_arena_free(a);
}
END_TEST

/* dci_casefold folds ASCII and General Punctuation without utf8proc: it
 * must give what utf8proc gives, for each of those characters and for text
 * it leaves to utf8proc. */
START_TEST(test_casefold_agrees_with_utf8proc)
{
    static const char *const texts[] = {
        "Read More: \xe2\x80\x9cThe Story\xe2\x80\x9d \xe2\x80\x94 Here",
        "\xc3\x89T\xc3\x89 \xe2\x80\x99 Stra\xc3\x9f" "e",   /* ETE, ', Strasse */
        "\xd0\x9c\xd0\x9e\xd0\xa1\xd0\x9a\xd0\x92\xd0\x90",           /* MOSKVA */
        "Cafe\xcc\x81",
        "",
    };
    char one[8];
    for (int32_t cp = 0; cp <= 0x2064; cp = cp == 0x7F ? 0x2002 : cp + 1) {
        utf8proc_ssize_t n = utf8proc_encode_char(cp, (utf8proc_uint8_t *)one);
        utf8proc_uint8_t *want = NULL;
        utf8proc_ssize_t wn = utf8proc_map((const utf8proc_uint8_t *)one, n, &want,
                                           UTF8PROC_CASEFOLD | UTF8PROC_COMPOSE);
        char *got;
        long gn = dci_casefold(one, (size_t)n, &got);
        ck_assert_msg(gn == wn && memcmp(got, want, (size_t)wn + 1) == 0, "U+%04X", (unsigned)cp);
        free(got);
        free(want);
    }
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        utf8proc_uint8_t *want = NULL;
        utf8proc_ssize_t wn = utf8proc_map((const utf8proc_uint8_t *)texts[i], 0, &want,
                                           UTF8PROC_NULLTERM | UTF8PROC_CASEFOLD | UTF8PROC_COMPOSE);
        char *got;
        ck_assert_int_eq(dci_casefold(texts[i], strlen(texts[i]), &got), wn);
        ck_assert_str_eq(got, (const char *)want);
        free(got);
        free(want);
    }
    char *got;
    ck_assert_int_lt(dci_casefold("ok \xff", 4, &got), 0);   /* not UTF-8 */
    free(got);
}
END_TEST

/* dci_casefold_into gives what dci_casefold gives, into a buffer of the
 * caller's, and nothing when the text does not fit in it. */
START_TEST(test_casefold_into_agrees)
{
    static const char *const texts[] = {
        "Read More: \xe2\x80\x9cThe Story\xe2\x80\x9d \xe2\x80\x94 Here",
        "\xc3\x89T\xc3\x89 \xe2\x80\x99 Stra\xc3\x9f" "e",   /* ETE, ', Strasse */
        "\xd0\x9c\xd0\x9e\xd0\xa1\xd0\x9a\xd0\x92\xd0\x90",           /* MOSKVA */
        "Cafe\xcc\x81",
        "Printer Friendly Version",
        "",
    };
    int32_t buf[64];
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        char *want;
        long wn = dci_casefold(texts[i], strlen(texts[i]), &want);
        ck_assert_int_eq(dci_casefold_into(texts[i], strlen(texts[i]), buf, 64), wn);
        ck_assert_str_eq((const char *)buf, want);
        free(want);
    }
    ck_assert_int_lt(dci_casefold_into("Printer Friendly Version", 24, buf, 4), 0);
    ck_assert_int_lt(dci_casefold_into("\xd0\x9c\xd0\x9e\xd0\xa1", 6, buf, 2), 0);
    ck_assert_int_lt(dci_casefold_into("ok \xff", 4, buf, 64), 0);   /* not UTF-8 */
}
END_TEST

START_TEST(test_count_excludes_dropped_subtrees)
{
    dci_doc doc = tu_parse("<div id=\"d\"><p>kept, text</p><div id=\"gone\"><p>gone, "
                          "<a href=\"#\">link</a></p></div></div>");
    dci_node *d = tu_find_id(doc.body, "d");
    dci_node *gone = tu_find_id(doc.body, "gone");
    dci_dom_count(&dci_tuning_defaults, doc.html);
    ck_assert_uint_eq(d->chars, 9 + 9);
    ck_assert_uint_eq(d->link_chars, 4);
    ck_assert_uint_eq(d->commas, 2);
    dci_drop(gone, NULL, "test");
    dci_dom_count(&dci_tuning_defaults, doc.html);
    ck_assert_uint_eq(d->chars, 9);
    ck_assert_uint_eq(d->link_chars, 0);
    ck_assert_uint_eq(d->commas, 1);
    ck_assert_uint_eq(gone->chars, 0);
    ck_assert_uint_eq(doc.body->chars, 9);
    tu_doc_free(&doc);
}
END_TEST

START_TEST(test_count_of_subtree_leaves_parent_alone)
{
    dci_doc doc = tu_parse("<div id=\"d\"><p id=\"p\">abc</p></div>");
    dci_dom_count(&dci_tuning_defaults, doc.html);
    dci_node *d = tu_find_id(doc.body, "d"), *p = tu_find_id(doc.body, "p");
    ck_assert_uint_eq(d->chars, 3);
    /* recounting only p must not add p to its parent again */
    dci_dom_count(&dci_tuning_defaults, p);
    ck_assert_uint_eq(p->chars, 3);
    ck_assert_uint_eq(d->chars, 3);
    tu_doc_free(&doc);
}
END_TEST

/* ------------------------------------------------------------------ node text */

START_TEST(test_node_text_folds_white_space)
{
    dci_doc doc = tu_parse("<div id=\"d\">  Hello\n\t  world   <b> and </b>\n again  </div>");
    dci_node *d = tu_find_id(doc.body, "d");
    ck_assert_str_eq(dci_node_text(doc.arena, d, 1000), "Hello world and again");
    tu_doc_free(&doc);
}
END_TEST

START_TEST(test_node_text_separates_blocks_not_inlines)
{
    dci_doc doc = tu_parse("<div id=\"d\">zero<br>one<b>two</b><span>three</span><p>four</p>"
                          "<p>five</p><h2>six</h2><ul><li>seven</li><li>eight</li></ul></div>");
    dci_node *d = tu_find_id(doc.body, "d");
    ck_assert_str_eq(dci_node_text(doc.arena, d, 1000),
                     "zero onetwothree four five six seven eight");
    tu_doc_free(&doc);
}
END_TEST

START_TEST(test_node_text_separates_text_after_block)
{
    dci_doc doc = tu_parse("<div id=\"d\"><p>one</p>two<div>three</div><span>four</span></div>");
    dci_node *d = tu_find_id(doc.body, "d");
    ck_assert_str_eq(dci_node_text(doc.arena, d, 1000), "one two three four");
    tu_doc_free(&doc);
}
END_TEST

START_TEST(test_node_text_excludes_dropped)
{
    dci_doc doc = tu_parse("<div id=\"d\"><p>keep</p><p id=\"x\">drop <b>me</b></p><p>this</p></div>");
    dci_node *d = tu_find_id(doc.body, "d");
    dci_drop(tu_find_id(doc.body, "x"), NULL, "test");
    ck_assert_str_eq(dci_node_text(doc.arena, d, 1000), "keep this");
    /* a dropped root gives nothing */
    ck_assert_str_eq(dci_node_text(doc.arena, tu_find_id(doc.body, "x"), 1000), "");
    tu_doc_free(&doc);
}
END_TEST

START_TEST(test_node_text_of_text_node_and_empty_element)
{
    dci_doc doc = tu_parse("<p id=\"t\">  just text  </p><div id=\"e\"></div>");
    dci_node *t = tu_find_id(doc.body, "t");
    ck_assert_str_eq(dci_node_text(doc.arena, t->first_child, 100), "just text");
    char *empty = dci_node_text(doc.arena, tu_find_id(doc.body, "e"), 100);
    ck_assert_ptr_nonnull(empty);
    ck_assert_str_eq(empty, "");
    tu_doc_free(&doc);
}
END_TEST

START_TEST(test_node_text_max_cuts_bytes)
{
    dci_doc doc = tu_parse("<p id=\"p\">abcdefghij klmnop</p>");
    dci_node *p = tu_find_id(doc.body, "p");
    ck_assert_str_eq(dci_node_text(doc.arena, p, 4), "abcd");
    ck_assert_str_eq(dci_node_text(doc.arena, p, 10), "abcdefghij");
    ck_assert_str_eq(dci_node_text(doc.arena, p, 0), "");
    tu_doc_free(&doc);
}
END_TEST

/* A text node of a megabyte read for its first bytes gives them as the
 * whole text would (the rest is neither folded nor copied). */
START_TEST(test_node_text_of_a_long_text_node)
{
    size_t n = 1u << 20;
    char *html = malloc(n + 64);
    ck_assert_ptr_nonnull(html);
    strcpy(html, "<p id=\"p\">  ab  cd ");
    size_t at = strlen(html);
    for (size_t i = 0; i < n; i++)
        html[at + i] = i % 7 == 6 ? ' ' : 'x';
    strcpy(html + at + n, "</p>");
    dci_doc doc = tu_parse(html);
    dci_node *p = tu_find_id(doc.body, "p");
    ck_assert_str_eq(dci_node_text(doc.arena, p, 5), "ab cd");
    ck_assert_str_eq(dci_node_text(doc.arena, p, 6), "ab cd ");
    ck_assert_str_eq(dci_node_text(doc.arena, p, 12), "ab cd xxxxxx");
    ck_assert_str_eq(dci_node_text(doc.arena, p, 13), "ab cd xxxxxx ");
    ck_assert_str_eq(dci_node_text(doc.arena, p, 14), "ab cd xxxxxx x");
    ck_assert_uint_eq(strlen(dci_node_text(doc.arena, p, (size_t)-1)), 6 + n);
    tu_doc_free(&doc);
    free(html);
}
END_TEST

/* dci_has_word says what dci_count_words(...) > 0 says. */
START_TEST(test_has_word_is_a_word_count_above_zero)
{
    static const char *const texts[] = {
        "", " ", " , ; - ", "a", "  word", "\xe4\xb8\xad", "\xc2\xa0\xc2\xa0", "123", "--> \xe2\x80\x94",
        "\xff\xfe", "\xff x",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++)
        ck_assert_int_eq(dci_has_word(texts[i], strlen(texts[i])),
                         dci_count_words(texts[i], strlen(texts[i])) > 0);
}
END_TEST

START_TEST(test_node_text_max_never_cuts_utf8)
{
    /* h é l l o: é is bytes 1..2, 中 bytes 7..9, 文 bytes 10..12 */
    dci_doc doc = tu_parse("<p id=\"p\">h\xc3\xa9llo \xe4\xb8\xad\xe6\x96\x87</p>");
    dci_node *p = tu_find_id(doc.body, "p");
    ck_assert_str_eq(dci_node_text(doc.arena, p, 1), "h");
    ck_assert_str_eq(dci_node_text(doc.arena, p, 2), "h");
    ck_assert_str_eq(dci_node_text(doc.arena, p, 3), "h\xc3\xa9");
    ck_assert_str_eq(dci_node_text(doc.arena, p, 7), "h\xc3\xa9llo ");
    ck_assert_str_eq(dci_node_text(doc.arena, p, 8), "h\xc3\xa9llo ");
    ck_assert_str_eq(dci_node_text(doc.arena, p, 9), "h\xc3\xa9llo ");
    ck_assert_str_eq(dci_node_text(doc.arena, p, 10), "h\xc3\xa9llo \xe4\xb8\xad");
    ck_assert_str_eq(dci_node_text(doc.arena, p, 12), "h\xc3\xa9llo \xe4\xb8\xad");
    ck_assert_str_eq(dci_node_text(doc.arena, p, 13), "h\xc3\xa9llo \xe4\xb8\xad\xe6\x96\x87");
    tu_doc_free(&doc);
}
END_TEST

START_TEST(test_node_text_on_failed_arena_is_null)
{
    dci_doc doc = tu_parse("<p id=\"p\">text</p>");
    dci_node *p = tu_find_id(doc.body, "p");
    dci_arena *tiny = dci_arena_new(64, 0);
    ck_assert_ptr_null(dci_node_text(tiny, p, 100));
    dci_arena_free(tiny);
    tu_doc_free(&doc);
}
END_TEST

/* ------------------------------------------------------------------ deep pages */

#define DEEP 100000

static char *deep_page(void)
{
    static const char text[] = "innermost words";
    size_t len = (size_t)DEEP * 11 + sizeof text;
    char *html = malloc(len);
    ck_assert_ptr_nonnull(html);
    char *p = html;
    for (int i = 0; i < DEEP; i++) {
        memcpy(p, "<div>", 5);
        p += 5;
    }
    memcpy(p, text, sizeof text - 1);
    p += sizeof text - 1;
    for (int i = 0; i < DEEP; i++) {
        memcpy(p, "</div>", 6);
        p += 6;
    }
    *p = '\0';
    return html;
}

START_TEST(test_deep_nesting_parses_walks_and_counts)
{
    char *html = deep_page();
    dci_doc doc = tu_parse_len(html, strlen(html), (size_t)1 << 30);
    free(html);
    /* html head body + DEEP divs + the text */
    ck_assert_uint_eq(doc.nodes, 3 + DEEP + 1);
    size_t divs = 0, walked = 0;
    const dci_node *inner = NULL;
    for (const dci_node *n = doc.html; n; n = dci_next(n, doc.html)) {
        walked++;
        if (dci_is_element(n, GUMBO_TAG_DIV))
            divs++;
        if (n->type == DCI_NODE_TEXT)
            inner = n;
    }
    ck_assert_uint_eq(walked, doc.nodes);
    ck_assert_uint_eq(divs, DEEP);
    ck_assert_ptr_nonnull(inner);
    ck_assert_str_eq(inner->text, "innermost words");
    dci_dom_count(&dci_tuning_defaults, doc.html);
    ck_assert_uint_eq(doc.body->chars, 14);
    ck_assert_uint_eq(doc.body->first_child->chars, 14);
    ck_assert_str_eq(dci_node_text(doc.arena, doc.body, 100), "innermost words");
    /* dropping the middle of the chain removes the text from every count */
    dci_node *mid = doc.body;
    for (int i = 0; i < DEEP / 2; i++)
        mid = mid->first_child;
    dci_drop(mid, NULL, "test");
    ck_assert(under_dropped(inner));
    dci_dom_count(&dci_tuning_defaults, doc.html);
    ck_assert_uint_eq(doc.body->chars, 0);
    ck_assert_str_eq(dci_node_text(doc.arena, doc.body, 100), "");
    tu_doc_free(&doc);
}
END_TEST

/* Tokens of a class value: HTML's white space separates them, runs of it
 * and both ends included; the cursor stops at the end. */
START_TEST(test_next_token_splits_on_html_white_space)
{
    const char *value = " \tpost  entry-author-jo\n\fhentry\r ";
    const char *want[] = {"post", "entry-author-jo", "hentry"};
    size_t len;
    for (size_t i = 0; i < 3; i++) {
        const char *tok = dci_next_token(&value, &len);
        ck_assert_uint_eq(len, strlen(want[i]));
        ck_assert(strncmp(tok, want[i], len) == 0);
    }
    dci_next_token(&value, &len);
    ck_assert_uint_eq(len, 0);
    ck_assert_str_eq(value, "");
    const char *empty = "";
    dci_next_token(&empty, &len);
    ck_assert_uint_eq(len, 0);
}
END_TEST

/* A token of a space-separated attribute matches whole and without case;
 * a word inside a longer token ("nobookmark") is no match. */
START_TEST(test_attr_has_token_matches_whole_tokens)
{
    dci_doc doc = tu_parse("<a rel=\"nofollow Bookmark\" class=\"twitter-tweet-x\" "
                           "itemprop=\"nobookmark\">x</a>");
    dci_node *a = tu_find_tag(doc.body, GUMBO_TAG_A, 0);
    ck_assert_ptr_nonnull(a);
    ck_assert(dci_attr_has_token(a, "rel", "bookmark"));
    ck_assert(dci_attr_has_token(a, "rel", "nofollow"));
    ck_assert(!dci_attr_has_token(a, "rel", "follow"));
    ck_assert(!dci_attr_has_token(a, "class", "twitter-tweet"));
    ck_assert(!dci_attr_has_token(a, "itemprop", "bookmark"));
    ck_assert(!dci_attr_has_token(a, "id", "x"));
    tu_doc_free(&doc);
}
END_TEST

/* A text stopping inside a sentence ends on a lower-case letter, in any
 * script with cases; one going on with a sentence starts on one, after at
 * most one mark. */
START_TEST(test_lower_case_ends_and_starts)
{
    ck_assert(dci_ends_mid_sentence("with this tweet from the ", 25));
    ck_assert(dci_ends_mid_sentence("en la p\xc3\xa1gina de \xc3\xa9", 19));   /* é */
    ck_assert(!dci_ends_mid_sentence("Posted by Ann |", 15));
    ck_assert(!dci_ends_mid_sentence("Tags:", 5));
    ck_assert(!dci_ends_mid_sentence("Filed under CNN", 15));
    ck_assert(!dci_ends_mid_sentence("   ", 3));
    ck_assert(dci_starts_mid_sentence(", it originated", 15, ",;:.)"));
    ck_assert(dci_starts_mid_sentence(" \xc3\xa9t\xc3\xa9", 6, ",;:.)"));   /* été */
    ck_assert(!dci_starts_mid_sentence(". You can", 9, ",;:.)"));
    ck_assert(!dci_starts_mid_sentence(" | Comments", 11, ",;:.)"));
    ck_assert(!dci_starts_mid_sentence(",, and", 6, ",;:.)"));
    ck_assert(!dci_starts_mid_sentence("", 0, ",;:.)"));
}
END_TEST

static Suite *dom_suite(void)
{
    Suite *s = suite_create("dom");
    TCase *parse = tcase_create("parse");
    tcase_add_test(parse, test_parse_tree_shape_of_small_page);
    tcase_add_test(parse, test_parse_skips_comments_everywhere);
    tcase_add_test(parse, test_attr_get);
    tcase_add_test(parse, test_attr_names_are_lower_case_and_values_kept);
    tcase_add_test(parse, test_head_and_body_found_when_missing_from_source);
    tcase_add_test(parse, test_parse_of_empty_input);
    tcase_add_test(parse, test_text_is_decoded_and_nul_terminated);
    tcase_add_test(parse, test_svg_and_math_marked);
    tcase_add_test(parse, test_blind_names_hide_class_and_id);
    tcase_add_test(parse, test_parse_over_budget_is_too_large);
    tcase_add_test(parse, test_parse_of_big_page_over_budget_is_too_large);
    tcase_add_test(parse, test_parse_after_deadline_is_timeout);
    suite_add_tcase(s, parse);

    TCase *walk = tcase_create("walk");
    tcase_add_test(walk, test_next_walks_in_pre_order_within_root);
    tcase_add_test(walk, test_next_skip_skips_the_subtree);
    tcase_add_test(walk, test_next_skip_climbs_out_of_deep_last_child);
    tcase_add_test(walk, test_tag_classes);
    tcase_add_test(walk, test_is_element);
    suite_add_tcase(s, walk);

    TCase *count = tcase_create("count");
    tcase_add_test(count, test_drop_keeps_first_rule_and_marks_subtree);
    tcase_add_test(count, test_count_chars_links_and_commas);
    tcase_add_test(count, test_count_bookmark_anchor_is_not_a_link);
    tcase_add_test(count, test_count_cjk_characters_and_fullwidth_commas);
    tcase_add_test(count, test_count_chars_helper);
    tcase_add_test(count, test_lower_case_ends_and_starts);
    tcase_add_test(count, test_nfc_inert_code_points_are_left_alone_by_nfc);
    tcase_add_test(count, test_nfc_dup_normalizes_only_what_needs_it);
    tcase_add_test(count, test_casefold_agrees_with_utf8proc);
    tcase_add_test(count, test_casefold_into_agrees);
    tcase_add_test(count, test_count_excludes_dropped_subtrees);
    tcase_add_test(count, test_count_of_subtree_leaves_parent_alone);
    suite_add_tcase(s, count);

    TCase *text = tcase_create("text");
    tcase_add_test(text, test_node_text_folds_white_space);
    tcase_add_test(text, test_node_text_of_a_long_text_node);
    tcase_add_test(text, test_has_word_is_a_word_count_above_zero);
    tcase_add_test(text, test_node_text_separates_blocks_not_inlines);
    tcase_add_test(text, test_node_text_separates_text_after_block);
    tcase_add_test(text, test_node_text_excludes_dropped);
    tcase_add_test(text, test_node_text_of_text_node_and_empty_element);
    tcase_add_test(text, test_node_text_max_cuts_bytes);
    tcase_add_test(text, test_node_text_max_never_cuts_utf8);
    tcase_add_test(text, test_node_text_on_failed_arena_is_null);
    tcase_add_test(text, test_next_token_splits_on_html_white_space);
    tcase_add_test(text, test_attr_has_token_matches_whole_tokens);
    suite_add_tcase(s, text);

    /* gumbo's scope checks make this quadratic: ~30 s on a 2-core machine */
    TCase *deep = tcase_create("deep");
    tcase_set_timeout(deep, 300);
    tcase_add_test(deep, test_deep_nesting_parses_walks_and_counts);
    suite_add_tcase(s, deep);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(dom_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? 0 : 1;
}
