/* Unit tests of link resolution (RFC 3986, section 5). */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "url.h"
#include "sizes.h"

#define RFC_BASE "http://a/b/c/d;p?q"

typedef struct url_case {
    const char *base;
    const char *href;
    const char *want;
} url_case;

/* RFC 3986, 5.4.1: normal examples. */
static const url_case normal_cases[] = {
    {RFC_BASE, "g:h", "g:h"},
    {RFC_BASE, "g", "http://a/b/c/g"},
    {RFC_BASE, "./g", "http://a/b/c/g"},
    {RFC_BASE, "g/", "http://a/b/c/g/"},
    {RFC_BASE, "/g", "http://a/g"},
    {RFC_BASE, "//g", "http://g"},
    {RFC_BASE, "?y", "http://a/b/c/d;p?y"},
    {RFC_BASE, "g?y", "http://a/b/c/g?y"},
    {RFC_BASE, "#s", "http://a/b/c/d;p?q#s"},
    {RFC_BASE, "g#s", "http://a/b/c/g#s"},
    {RFC_BASE, "g?y#s", "http://a/b/c/g?y#s"},
    {RFC_BASE, ";x", "http://a/b/c/;x"},
    {RFC_BASE, "g;x", "http://a/b/c/g;x"},
    {RFC_BASE, "g;x?y#s", "http://a/b/c/g;x?y#s"},
    {RFC_BASE, "", "http://a/b/c/d;p?q"},
    {RFC_BASE, ".", "http://a/b/c/"},
    {RFC_BASE, "./", "http://a/b/c/"},
    {RFC_BASE, "..", "http://a/b/"},
    {RFC_BASE, "../", "http://a/b/"},
    {RFC_BASE, "../g", "http://a/b/g"},
    {RFC_BASE, "../..", "http://a/"},
    {RFC_BASE, "../../", "http://a/"},
    {RFC_BASE, "../../g", "http://a/g"},
};

/* RFC 3986, 5.4.2: abnormal examples (strict parser for "http:g"). */
static const url_case abnormal_cases[] = {
    {RFC_BASE, "../../../g", "http://a/g"},
    {RFC_BASE, "../../../../g", "http://a/g"},
    {RFC_BASE, "/./g", "http://a/g"},
    {RFC_BASE, "/../g", "http://a/g"},
    {RFC_BASE, "g.", "http://a/b/c/g."},
    {RFC_BASE, ".g", "http://a/b/c/.g"},
    {RFC_BASE, "g..", "http://a/b/c/g.."},
    {RFC_BASE, "..g", "http://a/b/c/..g"},
    {RFC_BASE, "./../g", "http://a/b/g"},
    {RFC_BASE, "./g/.", "http://a/b/c/g/"},
    {RFC_BASE, "g/./h", "http://a/b/c/g/h"},
    {RFC_BASE, "g/../h", "http://a/b/c/h"},
    {RFC_BASE, "g;x=1/./y", "http://a/b/c/g;x=1/y"},
    {RFC_BASE, "g;x=1/../y", "http://a/b/c/y"},
    {RFC_BASE, "g?y/./x", "http://a/b/c/g?y/./x"},
    {RFC_BASE, "g?y/../x", "http://a/b/c/g?y/../x"},
    {RFC_BASE, "g#s/./x", "http://a/b/c/g#s/./x"},
    {RFC_BASE, "g#s/../x", "http://a/b/c/g#s/../x"},
    {RFC_BASE, "http:g", "http:g"},
};

/* Bases and links as pages have them. */
static const url_case page_cases[] = {
    /* absolute links are left as they are */
    {"https://news.example/a/b", "https://other.example/x?y=1#z", "https://other.example/x?y=1#z"},
    {"https://news.example/a/b", "mailto:desk@news.example", "mailto:desk@news.example"},
    {"https://news.example/a/b", "ftp://files.example/f.txt", "ftp://files.example/f.txt"},
    /* protocol-relative takes the base's scheme */
    {"https://news.example/a/b", "//cdn.example/img.png", "https://cdn.example/img.png"},
    /* a base without a path */
    {"https://news.example", "story", "https://news.example/story"},
    {"https://news.example", "/story", "https://news.example/story"},
    {"https://news.example?x=1", "story", "https://news.example/story"},
    /* port and user info belong to the authority */
    {"http://u@host:8080/x/y", "../z", "http://u@host:8080/z"},
    {"http://host:8080/x/y", "/z", "http://host:8080/z"},
    /* the base's fragment never carries over */
    {"http://a/b/c?q#frag", "#s", "http://a/b/c?q#s"},
    {"http://a/b/c?q#frag", "", "http://a/b/c?q"},
    {"http://a/b/c?q#frag", "?y", "http://a/b/c?y"},
    /* a base ending in '/' */
    {"http://a/b/c/", "d", "http://a/b/c/d"},
    {"http://a/b/c/", "../d?e=1", "http://a/b/d?e=1"},
    /* leading white space in href is ignored */
    {"http://a/b/c", "  /g", "http://a/g"},
    {"http://a/b/c", "\n\tg", "http://a/b/g"},
};

static void check_case(const url_case *c)
{
    dci_arena *a = dci_arena_new(0, 0);
    char *got = dci_url_resolve(a, c->base, c->href);
    ck_assert_ptr_nonnull(got);
    ck_assert_msg(strcmp(got, c->want) == 0, "resolve(\"%s\", \"%s\") = \"%s\", want \"%s\"",
                  c->base, c->href, got, c->want);
    dci_arena_free(a);
}

START_TEST(test_rfc3986_normal_examples)
{
    check_case(&normal_cases[_i]);
}
END_TEST

START_TEST(test_rfc3986_abnormal_examples)
{
    check_case(&abnormal_cases[_i]);
}
END_TEST

START_TEST(test_page_link_examples)
{
    check_case(&page_cases[_i]);
}
END_TEST

START_TEST(test_null_base_returns_href_as_is)
{
    dci_arena *a = dci_arena_new(0, 0);
    ck_assert_str_eq(dci_url_resolve(a, NULL, "../g?x#y"), "../g?x#y");
    ck_assert_str_eq(dci_url_resolve(a, NULL, "/path"), "/path");
    ck_assert_str_eq(dci_url_resolve(a, NULL, ""), "");
    dci_arena_free(a);
}
END_TEST

START_TEST(test_base_without_scheme_returns_href_as_is)
{
    dci_arena *a = dci_arena_new(0, 0);
    ck_assert_str_eq(dci_url_resolve(a, "/local/page.html", "img.png"), "img.png");
    ck_assert_str_eq(dci_url_resolve(a, "news.example/a", "../b"), "../b");
    dci_arena_free(a);
}
END_TEST

START_TEST(test_script_and_data_links_resolve_to_empty)
{
    dci_arena *a = dci_arena_new(0, 0);
    static const char *const hrefs[] = {
        "javascript:void(0)", "JavaScript:alert(1)", "  javascript:x()",
        "data:text/html,<b>x</b>", "DATA:image/png;base64,AAAA", "vbscript:msgbox(1)",
    };
    for (size_t i = 0; i < DCX_COUNTOF(hrefs); i++) {
        char *got = dci_url_resolve(a, RFC_BASE, hrefs[i]);
        ck_assert_msg(got && *got == '\0', "\"%s\" gave \"%s\"", hrefs[i], got ? got : "(null)");
        got = dci_url_resolve(a, NULL, hrefs[i]);
        ck_assert_msg(got && *got == '\0', "\"%s\" without base gave \"%s\"", hrefs[i],
                      got ? got : "(null)");
    }
    dci_arena_free(a);
}
END_TEST

START_TEST(test_resolve_fails_with_failed_arena)
{
    dci_arena *a = dci_arena_new(16, 0);
    /* the budget is too small for even one chunk */
    ck_assert_ptr_null(dci_url_resolve(a, RFC_BASE, "g"));
    dci_arena_free(a);
}
END_TEST

typedef struct scheme_case {
    const char *url;
    size_t want;
} scheme_case;

static const scheme_case scheme_cases[] = {
    {"http://a/b", 5},
    {"https:", 6},
    {"mailto:x@y", 7},
    {"svn+ssh://host", 8},
    {"a.b-c:rest", 6},
    {"HTTP://A", 5},
    {"g:h", 2},
    {"x1:y", 3},
    {"//host/path", 0},
    {"/path:x", 0},
    {"g", 0},
    {"", 0},
    {"1http://x", 0},
    {"ht tp://x", 0},
    {"./g:h", 0},
    {"-x:y", 0},
    {"http", 0},
};

START_TEST(test_scheme_len)
{
    const scheme_case *c = &scheme_cases[_i];
    ck_assert_msg(dci_url_scheme_len(c->url) == c->want, "scheme_len(\"%s\") = %zu, want %zu",
                  c->url, dci_url_scheme_len(c->url), c->want);
}
END_TEST

typedef struct host_case {
    const char *url;
    const char *host; /* NULL: none */
} host_case;

static const host_case host_cases[] = {
    {"https://www.shop.example/deal?id=1", "shop.example"},
    {"HTTP://News.Example:8080/a", "News.Example"},
    {"//cdn.example/x.js", "cdn.example"},
    {"  https://user:pw@mail.example/inbox", "mail.example"},
    {"https://www./x", "www."},
    {"/relative/path", NULL},
    {"story.html", NULL},
    {"ftp://files.example/a", NULL},
    {"mailto:desk@news.example", NULL},
    {"https:///nohost", NULL},
};

START_TEST(test_host)
{
    const host_case *c = &host_cases[_i];
    const char *host = NULL;
    size_t len = 0;
    int found = dci_url_host(c->url, &host, &len);
    if (!c->host) {
        ck_assert_msg(!found, "host of \"%s\": found %.*s", c->url, (int)len, host);
        return;
    }
    ck_assert_msg(found, "host of \"%s\": none", c->url);
    ck_assert_msg(len == strlen(c->host) && memcmp(host, c->host, len) == 0,
                  "host of \"%s\" = %.*s, want %s", c->url, (int)len, host, c->host);
}
END_TEST

typedef struct site_case {
    const char *href;
    int leaves; /* from the site news.example */
} site_case;

static const site_case site_cases[] = {
    {"https://shop.example/deal", 1},
    {"http://bit.ly/TfDKO1", 1},
    {"https://www.news.example/other-story", 0},
    {"https://sport.news.example/match", 0},
    {"https://NEWS.EXAMPLE/a", 0},
    {"https://example/a", 0},             /* the site is a subdomain of it */
    {"https://othernews.example/a", 1}, /* a suffix, not a subdomain */
    {"/section/story", 0},
    {"#comments", 0},
    {"javascript:void(0)", 0},
    {NULL, 0},
};

START_TEST(test_leaves_site)
{
    const site_case *c = &site_cases[_i];
    ck_assert_msg(dci_url_leaves_site(c->href, "news.example", 12) == c->leaves,
                  "leaves_site(\"%s\") != %d", c->href ? c->href : "(null)", c->leaves);
}
END_TEST

START_TEST(test_leaves_no_site)
{
    ck_assert_int_eq(dci_url_leaves_site("https://shop.example/deal", NULL, 0), 0);
}
END_TEST

typedef struct address_case {
    const char *text;
    size_t len; /* of text to look at */
    int shows;
} address_case;

static const address_case address_cases[] = {
    {"http://harbour.example/walls", 28, 1},
    {"HTTPS://harbour.example", 23, 1},
    {"www.harbour.example", 19, 1},
    {"WWW.Harbour.example", 19, 1},
    {"https://harbour.example", 7, 0}, /* "https:/" only */
    {"harbour.example/www.", 20, 0},
    {"Read the report at http://x.example", 35, 0},
    {"ftp://files.example", 19, 0},
    {"", 0, 0},
};

START_TEST(test_opens_with_address)
{
    const address_case *c = &address_cases[_i];
    ck_assert_msg(dci_opens_with_address(c->text, c->len) == c->shows,
                  "opens_with_address(\"%.*s\") != %d", (int)c->len, c->text, c->shows);
}
END_TEST

typedef struct redirect_case {
    const char *href;
    int redirects;
} redirect_case;

static const redirect_case redirect_cases[] = {
    {"http://links.example/click?sid=46&pos=1&url=http://www.shop.example/offer", 1},
    {"/redirector.aspx?feeditemid=4&url=http%3a%2f%2fads.example%2fd%2fsr", 1},
    {"http://r.example/SIG=13/**https%3A//ads.example/d/sr/", 1},
    {"  /out?to=HTTPS://shop.example/", 1},
    {"http://www.harbour.example/2007/walls.html", 0},
    {"https://harbour.example/http-guide", 0},
    {"/search?q=http+headers", 0},
    {"http://harbour.example/?ref=http%3a", 0}, /* no slashes: no address */
    {"", 0},
    {NULL, 0},
};

START_TEST(test_redirects)
{
    const redirect_case *c = &redirect_cases[_i];
    ck_assert_msg(dci_url_redirects(c->href) == c->redirects, "redirects(\"%s\") != %d",
                  c->href ? c->href : "(null)", c->redirects);
}
END_TEST

/* The address a share link carries starts where dci_url_redirects finds it. */
START_TEST(test_embedded_address)
{
    ck_assert_str_eq(dci_url_embedded("http://digg.com/submit?url=http://a.example/s&t=T"),
                     "http://a.example/s&t=T");
    ck_assert_str_eq(dci_url_embedded(" https://x.example/?u=https%3A%2F%2Fa.example"),
                     "https%3A%2F%2Fa.example");
    ck_assert_ptr_null(dci_url_embedded("http://a.example/story"));
    ck_assert_ptr_null(dci_url_embedded(NULL));
}
END_TEST

static Suite *url_suite(void)
{
    Suite *s = suite_create("url");
    TCase *rfc = tcase_create("rfc3986");
    tcase_add_loop_test(rfc, test_rfc3986_normal_examples, 0, DCX_COUNTOF(normal_cases));
    tcase_add_loop_test(rfc, test_rfc3986_abnormal_examples, 0, DCX_COUNTOF(abnormal_cases));
    tcase_add_test(rfc, test_embedded_address);
    suite_add_tcase(s, rfc);

    TCase *page = tcase_create("page");
    tcase_add_loop_test(page, test_page_link_examples, 0, DCX_COUNTOF(page_cases));
    tcase_add_test(page, test_null_base_returns_href_as_is);
    tcase_add_test(page, test_base_without_scheme_returns_href_as_is);
    tcase_add_test(page, test_script_and_data_links_resolve_to_empty);
    tcase_add_test(page, test_resolve_fails_with_failed_arena);
    suite_add_tcase(s, page);

    TCase *scheme = tcase_create("scheme");
    tcase_add_loop_test(scheme, test_scheme_len, 0, DCX_COUNTOF(scheme_cases));
    suite_add_tcase(s, scheme);

    TCase *site = tcase_create("site");
    tcase_add_loop_test(site, test_host, 0, DCX_COUNTOF(host_cases));
    tcase_add_loop_test(site, test_leaves_site, 0, DCX_COUNTOF(site_cases));
    tcase_add_test(site, test_leaves_no_site);
    tcase_add_loop_test(site, test_opens_with_address, 0, DCX_COUNTOF(address_cases));
    tcase_add_loop_test(site, test_redirects, 0, DCX_COUNTOF(redirect_cases));
    suite_add_tcase(s, site);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(url_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? 0 : 1;
}
