/* Unit tests of the input repair: a page whose <title> is never closed gets
 * it closed at the end of its first line, or before the next tag; a script
 * tag whose attribute lost its closing quote gets it closed at the value's
 * first line break; every other page passes untouched. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "decruft.h"
#include "repair.h"
#include "sizes.h"

typedef struct repair_case {
    const char *html;
    const char *want; /* NULL: left as it is */
} repair_case;

static const repair_case cases[] = {
    {"<html><head><title>Gulls<meta charset=utf-8></head><body><p>Text</p></body></html>",
     "<html><head><title>Gulls</title><meta charset=utf-8></head><body><p>Text</p></body></html>"},
    /* a truncated head: the title runs into what was a script */
    {"<TITLE lang=en>Gulls (The Times)ntById(x);\n}\n</script></head><body>Text",
     "<TITLE lang=en>Gulls (The Times)ntById(x);</title></script></head><body>Text"},
    {"<title>\n  Gulls and terns\n  more\n<meta charset=utf-8><body>Text",
     "<title>\n  Gulls and terns</title><meta charset=utf-8><body>Text"},
    {"<html><head><title>Gulls</title></head><body><p>Text</p></body></html>", NULL},
    {"<html><head><TITLE>Gulls</Title ></head><body>Text</body></html>", NULL},
    /* the end tag much later still ends it: the parser reads it so */
    {"<title>Gulls <b>and</b> terns</title><p>Text</p>", NULL},
    {"<html><head><titles>x</titles></head><body>Text</body></html>", NULL},
    {"<html><head></head><body><p>No title</p></body></html>", NULL},
    /* nothing follows: there is no page to recover */
    {"<title>Gulls and terns", NULL},
    {"<title", NULL},
    {"", NULL},
};

/* A repair of c->html gives c->want, or leaves the page as it is (no
 * copy) when c->want is NULL. */
static void check_repair(int (*repair)(const char *, size_t, char **, size_t *),
                         const repair_case *c)
{
    char *out = NULL;
    size_t out_len = 0;
    int rc = repair(c->html, strlen(c->html), &out, &out_len);
    if (!c->want) {
        ck_assert_msg(rc == 0, "repaired \"%s\" into \"%s\"", c->html, out ? out : "");
        ck_assert_ptr_null(out);
        return;
    }
    ck_assert_int_eq(rc, 1);
    ck_assert_str_eq(out, c->want);
    ck_assert_uint_eq(out_len, strlen(c->want));
    free(out);
}

START_TEST(test_close_title)
{
    check_repair(dci_close_title, &cases[_i]);
}
END_TEST

static const repair_case script_cases[] = {
    /* a template lost part of the line: the value runs into the script's end */
    {"<head><script type=\"text/javascript\" src=\"/te.color='y';\n}\n//-->\n</script>"
     "<script>var a = [\"b\"];\n</script></head><body><p>Text</p>",
     "<head><script type=\"text/javascript\" src=\"/te.color='y';\">\n}\n//-->\n</script>"
     "<script>var a = [\"b\"];\n</script></head><body><p>Text</p>"},
    {"<SCRIPT src='/a.js\nx()</SCRIPT><p>Text</p>", "<SCRIPT src='/a.js'>\nx()</SCRIPT><p>Text</p>"},
    /* two broken tags, each closed */
    {"<script src=\"a\n</script><p>A</p><script src=\"b\n</script><p>B</p>",
     "<script src=\"a\">\n</script><p>A</p><script src=\"b\">\n</script><p>B</p>"},
    {"<script src=\"/a.js\"></script><p>Text</p>", NULL},
    /* a value over lines that ends before the script's end tag is a value */
    {"<script data-x=\"a\nb\">x()</script><p>Text</p>", NULL},
    /* the end tag before any line break: no line to close it at */
    {"<script src=\"/a.js</script>\n<p>Text</p>\"", NULL},
    /* a script's text is not a tag, nor is a <scripts> element */
    {"<script>document.write('<script src=\"x\n</script>')</script>", NULL},
    {"<scripts src=\"a\n</script><p>Text</p>", NULL},
    {"<p>No script</p>", NULL},
    {"<script src=\"", NULL},
    {"", NULL},
};

START_TEST(test_close_script_quote)
{
    check_repair(dci_close_script_quote, &script_cases[_i]);
}
END_TEST

/* The text the library extracts from page, which must succeed. The caller
 * frees it. */
static char *text_of(const char *page, size_t len)
{
    dc_result *r = dc_extract(page, len, NULL);
    ck_assert_ptr_nonnull(r);
    ck_assert_int_eq(dc_result_status(r), DC_OK);
    char *text = dc_render(r, DC_FORMAT_TEXT, 0, NULL);
    ck_assert_ptr_nonnull(text);
    dc_result_free(r);
    return text;
}

/* Through the library: the article after a script tag that lost a quote,
 * which the parser would take, with the body, as one script. */
START_TEST(test_article_after_script_lost_quote)
{
    static const char page[] =
        "<html><head><title>Harbour wall repaired</title>"
        "<script type=\"text/javascript\" src=\"/te.backgroundColor='yellow';\n"
        "  o2.style.color='black';\n}\n//-->\n</script>\n"
        "<script>var tabs = [\"tab1\",\"tab2\"];\nfunction f(a) { return a; }\n</script>"
        "</head><body>"
        "<div><p>The harbour commission met on Tuesday evening to discuss the long-delayed "
        "repairs to the northern sea wall, which was badly damaged by the winter storms.</p>"
        "<p>Engineers told the meeting that the cost of the work had risen by almost a third "
        "since the first survey, largely because of the price of granite and steel.</p></div>"
        "<script src=\"/ads.js\"></script>"
        "</body></html>";
    char *text = text_of(page, sizeof page - 1);
    ck_assert_ptr_nonnull(strstr(text, "Engineers told the meeting"));
    free(text);
}
END_TEST

/* Through the library: the article of a page with an unclosed title. */
START_TEST(test_article_after_unclosed_title)
{
    static const char page[] =
        "<html><head><title>Harbour wall repaired\n<meta charset=\"utf-8\"></head><body>"
        "<div><p>The harbour commission met on Tuesday evening to discuss the long-delayed "
        "repairs to the northern sea wall, which was badly damaged by the winter storms.</p>"
        "<p>Engineers told the meeting that the cost of the work had risen by almost a third "
        "since the first survey, largely because of the price of granite and steel.</p></div>"
        "</body></html>";
    char *text = text_of(page, sizeof page - 1);
    ck_assert_ptr_nonnull(strstr(text, "Engineers told the meeting"));
    ck_assert_ptr_nonnull(strstr(text, "Harbour wall repaired"));
    free(text);
}
END_TEST

static Suite *repair_suite(void)
{
    Suite *s = suite_create("repair");
    TCase *tc = tcase_create("title");
    tcase_add_loop_test(tc, test_close_title, 0, DCX_COUNTOF(cases));
    tcase_add_test(tc, test_article_after_unclosed_title);
    suite_add_tcase(s, tc);
    TCase *script = tcase_create("script");
    tcase_add_loop_test(script, test_close_script_quote, 0, DCX_COUNTOF(script_cases));
    tcase_add_test(script, test_article_after_script_lost_quote);
    suite_add_tcase(s, script);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(repair_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? 0 : 1;
}
