/* Unit tests of the nesting cap: real shapes of markup pass untouched,
 * deep nesting is cut at DCI_MAX_NESTING with its text kept. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "nesting.h"
#include "sizes.h"

/* s repeated n times, into b. */
static void repeat(dci_buf *b, const char *s, int n)
{
    for (int i = 0; i < n; i++)
        dci_buf_puts(b, s);
}

static size_t count(const char *hay, const char *needle)
{
    size_t n = 0;
    for (const char *p = hay; (p = strstr(p, needle)); p += strlen(needle))
        n++;
    return n;
}

/* Runs the cap over b; returns its return value, the copy in *out. */
static int cap(dci_buf *b, char **out)
{
    size_t len = 0;
    *out = NULL;
    int rc = dci_cap_nesting(b->data, b->len, out, &len);
    if (rc == 1)
        ck_assert_uint_eq(len, strlen(*out));
    return rc;
}

/* Runs the cap over b, which must be cut; returns the copy. */
static char *assert_capped(dci_buf *b)
{
    char *out;
    ck_assert_int_eq(cap(b, &out), 1);
    return out;
}

/* A page of before, n times each, then after: not capped. */
static void assert_untouched(const char *before, const char *each, int n, const char *after)
{
    dci_buf b = DCI_BUF_INIT;
    dci_buf_puts(&b, "<!doctype html><html><head><title>t</title></head><body>");
    dci_buf_puts(&b, before);
    repeat(&b, each, n);
    dci_buf_puts(&b, after);
    char *out;
    ck_assert_int_eq(cap(&b, &out), 0);
    ck_assert_ptr_null(out);
    dci_buf_free(&b);
}

START_TEST(test_shallow_page_untouched)
{
    dci_buf b = DCI_BUF_INIT;
    repeat(&b, "<div class=\"a\"><section>", 200);
    dci_buf_puts(&b, "<p>Text.</p>");
    repeat(&b, "</section></div>", 200);
    assert_untouched(b.data, "", 0, "");
    dci_buf_free(&b);
}
END_TEST

START_TEST(test_void_elements_do_not_nest)
{
    assert_untouched("", "<br><img src=x><hr><input><meta charset=utf-8><wbr>", 3000, "");
}
END_TEST

START_TEST(test_implied_end_tags_do_not_nest)
{
    /* Unclosed paragraphs, list items, definitions, rows, cells, options. */
    assert_untouched("", "<p>para", 3000, "");
    assert_untouched("<ul>", "<li>item", 3000, "</ul>");
    assert_untouched("<ul>", "<li><p>item", 3000, "</ul>");
    assert_untouched("<dl>", "<dt>term<dd>def", 3000, "</dl>");
    assert_untouched("<table>", "<tr><td>a<td>b<th>c", 3000, "</table>");
    assert_untouched("<table>", "<tbody><tr><td>a<thead><tr><th>b", 3000, "</table>");
    assert_untouched("<select>", "<optgroup><option>a<option>b", 3000, "</select>");
    /* A block closes an open paragraph; a link an open link. */
    assert_untouched("", "<p>text<div>block</div><a href=x>one<a href=y>two", 3000, "");
    assert_untouched("", "<h2>one<h3>two", 3000, "");
    assert_untouched("", "<button>one<button>two<form><form>", 3000, "");
}
END_TEST

START_TEST(test_end_tag_closes_what_it_holds)
{
    /* Each unclosed <span>/<font> goes with the </div> or </td> around it. */
    assert_untouched("", "<div><span><font>text</div>", 3000, "");
    assert_untouched("", "<table><tr><td><b>x</td></tr></table>", 3000, "");
}
END_TEST

START_TEST(test_markup_in_text_is_not_counted)
{
    assert_untouched("", "<!-- <div><div><div> --><!--><!--->", 3000, "");
    assert_untouched("", "<script>var s = '<div><div>';</script>", 3000, "");
    assert_untouched("", "<style>/* <div> */</style><textarea><div></textarea><title><div></title>",
                     3000, "");
    assert_untouched("", "<div title=\"a>b<div>\" data-x='<div>'>x</div>", 3000, "");
    assert_untouched("", "<svg><g/><path d=\"M0\"/></svg>", 3000, "");
    assert_untouched("", "<?xml <div> ?><!DOCTYPE <div>></>", 3000, "");
}
END_TEST

START_TEST(test_plaintext_ends_markup)
{
    dci_buf b = DCI_BUF_INIT;
    dci_buf_puts(&b, "<body><plaintext>");
    repeat(&b, "<div>", 5000);
    assert_untouched(b.data, "", 0, "");
    dci_buf_free(&b);
}
END_TEST

START_TEST(test_deep_divs_cut_at_the_cap)
{
    dci_buf b = DCI_BUF_INIT;
    dci_buf_puts(&b, "<html><body>");
    repeat(&b, "<div class=\"x>y\">", 2000);
    dci_buf_puts(&b, "<p>Deep text.</p>");
    repeat(&b, "</div>", 2000);
    dci_buf_puts(&b, "<p>After.</p></body></html>");
    char *out = assert_capped(&b);
    /* DCI_MAX_NESTING divs; the paragraph would be deeper: its text stays,
     * in the deepest div. */
    ck_assert_uint_eq(count(out, "<div class=\"x>y\">"), DCI_MAX_NESTING);
    ck_assert_uint_eq(count(out, "</div>"), DCI_MAX_NESTING);
    ck_assert_ptr_nonnull(strstr(out, "<div class=\"x>y\">Deep text.</div>"));
    ck_assert_ptr_nonnull(strstr(out, "</div><p>After.</p></body></html>"));
    free(out);
    dci_buf_free(&b);
}
END_TEST

START_TEST(test_deep_text_kept_between_dropped_tags)
{
    dci_buf b = DCI_BUF_INIT;
    for (int i = 0; i < 1000; i++)
        dci_buf_printf(&b, "<b>%d ", i);
    repeat(&b, "</b>", 1000);
    dci_buf_puts(&b, "tail");
    char *out = assert_capped(&b);
    ck_assert_uint_eq(count(out, "<b>"), DCI_MAX_NESTING);
    ck_assert_uint_eq(count(out, "</b>"), DCI_MAX_NESTING);
    ck_assert_ptr_nonnull(strstr(out, "<b>511 512 513 "));
    ck_assert_ptr_nonnull(strstr(out, "998 999 </b>"));
    ck_assert_ptr_nonnull(strstr(out, "</b>tail"));
    free(out);
    dci_buf_free(&b);
}
END_TEST

/* Each list item, row or cell opens within the list or table around it,
 * so nested lists and tables do nest, and get cut. */
START_TEST(test_nested_lists_and_tables_nest)
{
    const char *each[] = {"<ul><li>item", "<table><tr><td>cell", "<dl><dd>def"};
    for (size_t i = 0; i < DCX_COUNTOF(each); i++) {
        dci_buf b = DCI_BUF_INIT;
        repeat(&b, each[i], 600);
        free(assert_capped(&b));
        dci_buf_free(&b);
    }
}
END_TEST

/* An end tag of a kept element closes the dropped ones inside it: what
 * follows is kept again. */
START_TEST(test_kept_end_tag_ends_the_cut)
{
    dci_buf b = DCI_BUF_INIT;
    dci_buf_puts(&b, "<section>");
    repeat(&b, "<div>", 600);
    dci_buf_puts(&b, "deep</section><p>after</p>");
    char *out = assert_capped(&b);
    ck_assert_ptr_nonnull(strstr(out, "deep</section><p>after</p>"));
    free(out);
    dci_buf_free(&b);
}
END_TEST

START_TEST(test_unknown_tags_match_by_name)
{
    dci_buf b = DCI_BUF_INIT;
    repeat(&b, "<x-card>", 600);
    repeat(&b, "<X-Item>", 100);
    dci_buf_puts(&b, "text");
    repeat(&b, "</x-item>", 100);
    repeat(&b, "</x-card>", 600);
    char *out = assert_capped(&b);
    ck_assert_uint_eq(count(out, "<x-card>"), DCI_MAX_NESTING);
    ck_assert_uint_eq(count(out, "</x-card>"), DCI_MAX_NESTING);
    ck_assert_uint_eq(count(out, "<X-Item>"), 0);
    ck_assert_uint_eq(count(out, "</x-item>"), 0);
    free(out);
    dci_buf_free(&b);
}
END_TEST

START_TEST(test_unterminated_constructs)
{
    const char *tails[] = {"<div", "<div title=\"open", "<!-- open", "<script>open", "</", "<",
                           "<!", "<?x"};
    for (size_t i = 0; i < DCX_COUNTOF(tails); i++)
        assert_untouched("", "<div>", 10, tails[i]);
}
END_TEST

/* n attributes " a0='0' a1="v > 1" ..." on one tag: quoted '>' and spaces
 * in the values must not end the tag early. */
static void tag_with_attributes(dci_buf *b, const char *name, int n)
{
    dci_buf_puts(b, "<");
    dci_buf_puts(b, name);
    for (int i = 0; i < n; i++) {
        char attr[64];
        snprintf(attr, sizeof attr, i % 3 ? " a%d=\"v > %d\"" : " a%d='%d'", i, i);
        dci_buf_puts(b, attr);
    }
    dci_buf_puts(b, ">");
}

START_TEST(test_attributes_within_the_cap_untouched)
{
    dci_buf b = DCI_BUF_INIT;
    tag_with_attributes(&b, "div", DCI_MAX_ATTRIBUTES);
    dci_buf_puts(&b, "text</div>");
    tag_with_attributes(&b, "img", DCI_MAX_ATTRIBUTES);
    assert_untouched(b.data, "", 0, "");
    dci_buf_free(&b);
}
END_TEST

/* The first DCI_MAX_ATTRIBUTES stay, in order; the rest go; the tag, its
 * text and what follows are whole. */
START_TEST(test_attributes_past_the_cap_dropped)
{
    const char *names[] = {"div", "img", "script", "x-widget"};
    for (size_t i = 0; i < DCX_COUNTOF(names); i++) {
        dci_buf b = DCI_BUF_INIT;
        tag_with_attributes(&b, names[i], DCI_MAX_ATTRIBUTES + 1000);
        dci_buf_puts(&b, "text</");
        dci_buf_puts(&b, names[i]);
        dci_buf_puts(&b, "><p id=after>after</p>");
        char *out = assert_capped(&b);
        char last[32], first_dropped[32];
        snprintf(last, sizeof last, " a%d=", DCI_MAX_ATTRIBUTES - 1);
        snprintf(first_dropped, sizeof first_dropped, " a%d=", DCI_MAX_ATTRIBUTES);
        ck_assert_uint_eq(count(out, " a"), DCI_MAX_ATTRIBUTES);
        ck_assert_ptr_nonnull(strstr(out, " a0='0' a1=\"v > 1\" a2=\"v > 2\" a3='3'"));
        ck_assert_ptr_nonnull(strstr(out, last));
        ck_assert_ptr_null(strstr(out, first_dropped));
        ck_assert_ptr_nonnull(strstr(out, ">text</"));
        ck_assert_ptr_nonnull(strstr(out, "><p id=after>after</p>"));
        free(out);
        dci_buf_free(&b);
    }
}
END_TEST

/* Attributes without values and on end tags count as well. */
START_TEST(test_bare_and_end_tag_attributes_capped)
{
    dci_buf b = DCI_BUF_INIT;
    dci_buf_puts(&b, "<p>text</p");
    repeat(&b, " x", DCI_MAX_ATTRIBUTES + 10);
    dci_buf_puts(&b, "><div");
    repeat(&b, " hidden", DCI_MAX_ATTRIBUTES + 10);
    dci_buf_puts(&b, ">more</div>");
    char *out = assert_capped(&b);
    ck_assert_uint_eq(count(out, " x"), DCI_MAX_ATTRIBUTES);
    ck_assert_uint_eq(count(out, " hidden"), DCI_MAX_ATTRIBUTES);
    ck_assert_ptr_nonnull(strstr(out, "<p>text</p x"));
    ck_assert_ptr_nonnull(strstr(out, "hidden>more</div>"));
    free(out);
    dci_buf_free(&b);
}
END_TEST

/* A tag past the depth cap that also has too many attributes goes whole,
 * once: the two cuts overlap without losing or repeating a byte. */
START_TEST(test_attribute_cap_inside_dropped_tags)
{
    dci_buf b = DCI_BUF_INIT;
    repeat(&b, "<div>", DCI_MAX_NESTING);
    tag_with_attributes(&b, "section", DCI_MAX_ATTRIBUTES + 5);
    dci_buf_puts(&b, "deep text</section>");
    repeat(&b, "</div>", DCI_MAX_NESTING);
    dci_buf_puts(&b, "tail");
    char *out = assert_capped(&b);
    ck_assert_uint_eq(count(out, "<div>"), DCI_MAX_NESTING);
    ck_assert_uint_eq(count(out, " a"), 0);
    ck_assert_uint_eq(count(out, "section"), 0);
    ck_assert_ptr_nonnull(strstr(out, "<div>deep text</div>"));
    ck_assert_ptr_nonnull(strstr(out, "</div>tail"));
    free(out);
    dci_buf_free(&b);
}
END_TEST

static Suite *nesting_suite(void)
{
    Suite *s = suite_create("nesting");
    TCase *keep = tcase_create("untouched");
    tcase_add_test(keep, test_shallow_page_untouched);
    tcase_add_test(keep, test_void_elements_do_not_nest);
    tcase_add_test(keep, test_implied_end_tags_do_not_nest);
    tcase_add_test(keep, test_end_tag_closes_what_it_holds);
    tcase_add_test(keep, test_markup_in_text_is_not_counted);
    tcase_add_test(keep, test_plaintext_ends_markup);
    tcase_add_test(keep, test_unterminated_constructs);
    tcase_add_test(keep, test_attributes_within_the_cap_untouched);
    suite_add_tcase(s, keep);
    TCase *cut = tcase_create("cut");
    tcase_add_test(cut, test_deep_divs_cut_at_the_cap);
    tcase_add_test(cut, test_deep_text_kept_between_dropped_tags);
    tcase_add_test(cut, test_unknown_tags_match_by_name);
    tcase_add_test(cut, test_nested_lists_and_tables_nest);
    tcase_add_test(cut, test_kept_end_tag_ends_the_cut);
    tcase_add_test(cut, test_attributes_past_the_cap_dropped);
    tcase_add_test(cut, test_bare_and_end_tag_attributes_capped);
    tcase_add_test(cut, test_attribute_cap_inside_dropped_tags);
    suite_add_tcase(s, cut);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(nesting_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
