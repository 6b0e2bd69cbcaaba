/* Unit tests of the explanation report's allow-list (report_safe.c) and of
 * the report itself through the public API (DC_FORMAT_EXPLAIN_HTML). */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "report_safe.h"
#include "sizes.h"
#include "testutil.h"

#define PAGE "https://news.example/2024/story.html"

typedef struct css_case {
    int remote;
    const char *css;
    const char *want;
} css_case;

static const css_case css_cases[] = {
    {0, "p{color:red}", "p{color:red}"},
    {0, "a{background:url(x.png) no-repeat}", "a{background:none no-repeat}"},
    /* an unquoted url() ends at the first ')', as CSS reads it */
    {0, "a{background:url(javascript:alert(1))}", "a{background:none)}"},
    {1, "a{background:url('javascript:alert(1)')}", "a{background:none}"},
    {1, "a{background:url( 'img/x.png' )}",
     "a{background:url(\"https://news.example/2024/img/x.png\")}"},
    {1, "a{background:url(https://other.example/x.png)}", "a{background:none}"},
    {1, "a{background:u\\72l(https://other.example/x.png)}", "a{background:none}"},
    {1, "a{background:\\75\\72\\6c(//other.example/x.png)}", "a{background:none}"},
    {1, "a{background:url(\"jav\\61script:x\")}", "a{background:none}"},
    {1, "a{background:url(\"/a\\\"b.png\")}",
     "a{background:url(\"https://news.example/a%22b.png\")}"},
    {0, "a{width:expression(alert(1))}", "a{width:x-blocked(alert(1))}"},
    {0, "a{width:expr/**/ession (alert(1))}", "a{width:x-blocked (alert(1))}"},
    {0, "a{width:EXPRESSION(alert(1))}", "a{width:x-blocked(alert(1))}"},
    {0, "@import url(a.css);p{color:red}", "p{color:red}"},
    {0, "@IMPORT 'a.css';p{}", "p{}"},
    {0, "a::after{content:\"</style><script>\"}", "a::after{content:\"\\3c /style>\\3c script>\"}"},
    {0, "a{x:javascript:1;y:VBScript:2}", "a{x:blocked:1;y:blocked:2}"},
    {0, ".md\\:flex{display:flex}", ".md\\:flex{display:flex}"},
    {0, ".\\32xl{color:red}", ".\\32xl{color:red}"},
    {0, "a{content:\"\\201C\"}", "a{content:\"\\201C\"}"},
    {0, "a{content:\"/* not a comment */\"}", "a{content:\"/* not a comment */\"}"},
};

START_TEST(test_css)
{
    const css_case *c = &css_cases[_i];
    dci_arena *a = dci_arena_new(0, 0);
    dci_safe_policy p;
    dci_safe_policy_init(&p, a, PAGE, NULL, c->remote);
    dci_buf out = DCI_BUF_INIT;
    dci_safe_css(&out, &p, c->css, strlen(c->css));
    ck_assert_msg(out.data && strcmp(out.data, c->want) == 0, "css(%s) = %s, want %s", c->css,
                  out.data ? out.data : "(null)", c->want);
    dci_buf_free(&out);
    dci_arena_free(a);
}
END_TEST

typedef struct url_case {
    const char *base_href;
    int remote;
    const char *url;
    const char *href_want;   /* dci_safe_href, NULL: left out */
    const char *load_want;   /* dci_safe_load_url */
} url_case;

static const url_case url_cases[] = {
    {NULL, 1, "img/a.png", "https://news.example/2024/img/a.png",
     "https://news.example/2024/img/a.png"},
    {NULL, 0, "img/a.png", "https://news.example/2024/img/a.png", NULL},
    {NULL, 1, "https://news.example:443/a.png", "https://news.example:443/a.png",
     "https://news.example:443/a.png"},
    {NULL, 1, "https://user:pw@news.example/a.png", "https://user:pw@news.example/a.png",
     "https://user:pw@news.example/a.png"},
    {NULL, 1, "http://news.example/a.png", "http://news.example/a.png", NULL},
    {NULL, 1, "https://news.example.evil/a.png", "https://news.example.evil/a.png", NULL},
    {NULL, 1, "//cdn.example/a.png", "https://cdn.example/a.png", NULL},
    {"https://cdn.example/assets/", 1, "a.png", "https://cdn.example/assets/a.png",
     "https://cdn.example/assets/a.png"},
    {"https://cdn.example/assets/", 1, PAGE, PAGE, PAGE},
    {NULL, 1, "javascript:alert(1)", NULL, NULL},
    {NULL, 1, "java\tscript:alert(1)", NULL, NULL},
    {NULL, 1, " JAVASCRIPT:alert(1)", NULL, NULL},
    {NULL, 1, "\x01javascript:alert(1)", NULL, NULL},
    {NULL, 1, "vbscript:x", NULL, NULL},
    {NULL, 1, "data:image/png;base64,AAAA", NULL, NULL},
    {NULL, 1, "file:///etc/passwd", NULL, NULL},
    {NULL, 1, "mailto:a@news.example", "mailto:a@news.example", NULL},
    {NULL, 1, "#notes", "#notes", "https://news.example/2024/story.html#notes"},
};

START_TEST(test_urls)
{
    const url_case *c = &url_cases[_i];
    dci_arena *a = dci_arena_new(0, 0);
    dci_safe_policy p;
    dci_safe_policy_init(&p, a, PAGE, c->base_href, c->remote);
    const char *href = dci_safe_href(&p, c->url);
    const char *load = dci_safe_load_url(&p, c->url);
    ck_assert_msg((href == NULL) == (c->href_want == NULL) &&
                      (!href || strcmp(href, c->href_want) == 0),
                  "href(%s) = %s, want %s", c->url, href ? href : "(null)",
                  c->href_want ? c->href_want : "(null)");
    ck_assert_msg((load == NULL) == (c->load_want == NULL) &&
                      (!load || strcmp(load, c->load_want) == 0),
                  "load(%s) = %s, want %s", c->url, load ? load : "(null)",
                  c->load_want ? c->load_want : "(null)");
    dci_arena_free(a);
}
END_TEST

START_TEST(test_csp)
{
    dci_arena *a = dci_arena_new(0, 0);
    dci_safe_policy p;
    dci_buf out = DCI_BUF_INIT;
    dci_safe_policy_init(&p, a, PAGE, "http://Cdn.Example:8080/x/", 0);
    dci_safe_csp(&out, &p);
    ck_assert_ptr_nonnull(strstr(out.data, "default-src 'none'"));
    ck_assert_ptr_nonnull(strstr(out.data, "img-src 'none'"));
    ck_assert_ptr_null(strstr(out.data, "example"));
    out.len = 0;
    dci_safe_policy_init(&p, a, PAGE, "http://Cdn.Example:8080/x/", 1);
    dci_safe_csp(&out, &p);
    ck_assert_msg(strstr(out.data, "img-src https://news.example http://cdn.example:8080") != NULL,
                  "%s", out.data);
    ck_assert_ptr_nonnull(strstr(out.data, "style-src 'unsafe-inline' https://news.example "));
    ck_assert_ptr_nonnull(strstr(out.data, "script-src 'none'"));
    /* an origin that cannot be written in a policy allows nothing */
    out.len = 0;
    dci_safe_policy_init(&p, a, "https://a b'c.example/x", NULL, 1);
    dci_safe_csp(&out, &p);
    ck_assert_ptr_nonnull(strstr(out.data, "img-src 'none'"));
    dci_buf_free(&out);
    dci_arena_free(a);
}
END_TEST

START_TEST(test_attr_names)
{
    ck_assert(dci_safe_attr_name("class"));
    ck_assert(dci_safe_attr_name("aria-label"));
    ck_assert(dci_safe_attr_name("data-src"));
    ck_assert(!dci_safe_attr_name("data-dc-decision"));
    ck_assert(!dci_safe_attr_name("onclick"));
    ck_assert(!dci_safe_attr_name("srcdoc"));
    ck_assert(!dci_safe_attr_name("formaction"));
    ck_assert(!dci_safe_attr_name("background"));
    ck_assert(!dci_safe_attr_name("data-x\"y"));
    ck_assert(!dci_safe_attr_name("style"));
    ck_assert(!dci_safe_attr_name("href"));
}
END_TEST

START_TEST(test_elements)
{
    ck_assert_int_eq(dci_safe_element(GUMBO_TAG_SCRIPT, 0).kind, DCI_SAFE_SKIP);
    ck_assert_int_eq(dci_safe_element(GUMBO_TAG_IFRAME, 0).kind, DCI_SAFE_SKIP);
    ck_assert_int_eq(dci_safe_element(GUMBO_TAG_INPUT, 0).kind, DCI_SAFE_SKIP);
    ck_assert_int_eq(dci_safe_element(GUMBO_TAG_META, 1).kind, DCI_SAFE_SKIP);
    ck_assert_int_eq(dci_safe_element(GUMBO_TAG_BASE, 1).kind, DCI_SAFE_SKIP);
    ck_assert_int_eq(dci_safe_element(GUMBO_TAG_STYLE, 1).kind, DCI_SAFE_STYLE);
    ck_assert_int_eq(dci_safe_element(GUMBO_TAG_SVG, 0).kind, DCI_SAFE_SVG);
    ck_assert_int_eq(dci_safe_element(GUMBO_TAG_IMG, 0).kind, DCI_SAFE_VOID);
    dci_safe_plan form = dci_safe_element(GUMBO_TAG_FORM, 0);
    ck_assert(form.kind == DCI_SAFE_ELEMENT && form.renamed && strcmp(form.name, "div") == 0);
    dci_safe_plan p = dci_safe_element(GUMBO_TAG_P, 0);
    ck_assert(p.kind == DCI_SAFE_ELEMENT && !p.renamed && strcmp(p.name, "p") == 0);
    ck_assert_str_eq(dci_safe_element(GUMBO_TAG_UNKNOWN, 0).name, "span");
}
END_TEST

/* The report through the public API: marks, panel, and none of the page's
 * code. */
START_TEST(test_report)
{
    const char *page =
        "<html><head><title>" TU_TITLE "</title><script>bad()</script></head>"
        "<body onload=\"bad()\"><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
        "<article><h1>" TU_TITLE "</h1><p>" TU_PROSE1 "</p><p>" TU_PROSE2 "</p><p>" TU_PROSE3
        "</p><p>" TU_PROSE4 "</p><p style=\"x:</style><script>bad()</script>\">"
        "<a href=\"javascript:bad()\">Read more here.</a></p></article>"
        "<iframe srcdoc=\"<script>bad()</script>\"></iframe></body></html>";
    dc_options opt;
    dc_options_init(&opt);
    opt.flags = DC_OPT_EXPLAIN_HTML;
    dc_result *r = dc_extract(page, strlen(page), &opt);
    ck_assert_int_eq(dc_result_status(r), DC_OK);
    size_t len;
    char *html = dc_render(r, DC_FORMAT_EXPLAIN_HTML, 0, &len);
    ck_assert_ptr_nonnull(html);
    ck_assert_uint_eq(strlen(html), len);
    const char *start = "<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Security-Policy\"";
    ck_assert_msg(strncmp(html, start, strlen(start)) == 0, "%.200s", html);
    ck_assert_ptr_nonnull(strstr(html, "data-dc-decision=\"kept\""));
    ck_assert_ptr_nonnull(strstr(html, "data-dc-decision=\"dropped\""));
    ck_assert_ptr_nonnull(strstr(html, "data-dc-rule=\"winner\""));
    ck_assert_ptr_nonnull(strstr(html, "<dc-report>"));
    ck_assert_ptr_nonnull(strstr(html, "<dc-text>" TU_TITLE "\n\n" TU_PROSE1));
    ck_assert_ptr_null(strstr(html, "<script"));
    ck_assert_ptr_null(strstr(html, "bad()\">"));
    ck_assert_ptr_null(strstr(html, "onload"));
    ck_assert_ptr_null(strstr(html, "javascript:"));
    ck_assert_ptr_null(strstr(html, "srcdoc"));
    ck_assert_ptr_null(strstr(html, "<iframe"));
    ck_assert_ptr_nonnull(strstr(html, "x:\\3c /style&gt;\\3c script&gt;"));
    free(html);
    /* without the flag there is no report, and the text is unchanged */
    char *text = dc_render(r, DC_FORMAT_EXPLAIN, 0, NULL);
    ck_assert_str_eq(text, "");
    free(text);
    dc_result_free(r);
}
END_TEST

START_TEST(test_report_without_article)
{
    const char *page = "<html><body><ul><li><a href=\"/a\">A</a></li></ul></body></html>";
    dc_options opt;
    dc_options_init(&opt);
    opt.flags = DC_OPT_EXPLAIN_HTML;
    dc_result *r = dc_extract(page, strlen(page), &opt);
    ck_assert_int_eq(dc_result_status(r), DC_NO_CONTENT);
    char *html = dc_render(r, DC_FORMAT_EXPLAIN_HTML, 0, NULL);
    ck_assert_ptr_nonnull(strstr(html, "no article found on the page"));
    ck_assert_ptr_nonnull(strstr(html, "<dc-text>(none)</dc-text>"));
    free(html);
    dc_result_free(r);
}
END_TEST

/* The report copies the page's attributes: an element newer than the
 * parser carries its implicit role only when the page gives it none, so
 * that no element of the report holds two attributes of one name. */
START_TEST(test_report_implicit_role_once)
{
    const char *page =
        "<html><head><title>" TU_TITLE "</title></head><body><article><h1>" TU_TITLE "</h1><p>"
        TU_PROSE1 "</p><p>" TU_PROSE2 "</p><dialog role=\"document\" open><p>A notice.</p>"
        "</dialog><search><form><input name=\"q\"></form></search><p>" TU_PROSE3 "</p>"
        "</article></body></html>";
    dc_options opt;
    dc_options_init(&opt);
    opt.flags = DC_OPT_EXPLAIN_HTML;
    dc_result *r = dc_extract(page, strlen(page), &opt);
    ck_assert_int_eq(dc_result_status(r), DC_OK);
    char *html = dc_render(r, DC_FORMAT_EXPLAIN_HTML, 0, NULL);
    ck_assert_ptr_nonnull(html);
    const char *given = strstr(html, "role=\"document\"");
    ck_assert_ptr_nonnull(given);
    const char *end = strchr(given, '>');
    ck_assert_ptr_nonnull(end);
    const char *implied = strstr(given, "role=\"dialog\"");
    ck_assert_msg(!implied || implied > end, "two roles: %.80s", given);
    ck_assert_ptr_nonnull(strstr(html, "role=\"search\""));
    free(html);
    dc_result_free(r);
}
END_TEST

static Suite *report_safe_suite(void)
{
    Suite *s = suite_create("report_safe");
    TCase *tc = tcase_create("allow-list");
    tcase_add_loop_test(tc, test_css, 0, DCX_COUNTOF(css_cases));
    tcase_add_loop_test(tc, test_urls, 0, DCX_COUNTOF(url_cases));
    tcase_add_test(tc, test_csp);
    tcase_add_test(tc, test_attr_names);
    tcase_add_test(tc, test_elements);
    suite_add_tcase(s, tc);
    TCase *rep = tcase_create("report");
    tcase_add_test(rep, test_report);
    tcase_add_test(rep, test_report_without_article);
    tcase_add_test(rep, test_report_implicit_role_once);
    suite_add_tcase(s, rep);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(report_safe_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? 0 : 1;
}
