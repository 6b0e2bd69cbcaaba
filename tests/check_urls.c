/* Unit tests of the CLI's URL handling: checks, redaction, file names, lists. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fetch.h"
#include "urls.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

typedef struct check_case {
    const char *url;
    int ok;
    const char *why; /* part of the error when not ok */
} check_case;

static const check_case check_cases[] = {
    {"http://example.com/", 1, NULL},
    {"https://example.com/a/b?c=d#e", 1, NULL},
    {"HTTPS://Example.COM", 1, NULL},
    {"http://user:pw@example.com:8080/x", 1, NULL},
    {"http://[::1]:8080/x", 1, NULL},
    {"ftp://example.com/", 0, "unsupported scheme 'ftp'"},
    {"file:///etc/passwd", 0, "unsupported scheme 'file'"},
    {"javascript:alert(1)", 0, "unsupported scheme 'javascript'"},
    {"example.com/page", 0, "not an absolute"},
    {"/etc/passwd", 0, "not an absolute"},
    {"http://", 0, "no host"},
    {"http:///path", 0, "no host"},
    {"http://user@/path", 0, "no host"},
    {"http://exa mple.com/", 0, "space"},
    {"http://example.com/\x01", 0, "control"},
    {"http://example.com/\x7f", 0, "control"},
    {"http://example.com/a\tb", 0, "control"},
};

START_TEST(test_check)
{
    const check_case *c = &check_cases[_i];
    char err[256] = "";
    int rc = dc_url_check(c->url, err, sizeof err);
    ck_assert_msg((rc == 0) == c->ok, "%s: rc %d (%s)", c->url, rc, err);
    if (!c->ok)
        ck_assert_msg(strstr(err, c->why) != NULL, "%s: '%s' lacks '%s'", c->url, err, c->why);
}
END_TEST

START_TEST(test_check_overlong)
{
    size_t n = DC_URL_MAX_LINE + 10;
    char *url = malloc(n + 1);
    ck_assert_ptr_nonnull(url);
    memcpy(url, "http://e.com/", 13);
    memset(url + 13, 'a', n - 13);
    url[n] = '\0';
    char err[256];
    ck_assert_int_eq(dc_url_check(url, err, sizeof err), -1);
    ck_assert_ptr_nonnull(strstr(err, "longer than"));
    free(url);
}
END_TEST

typedef struct pair {
    const char *in;
    const char *want;
} pair;

static const pair redact_cases[] = {
    {"http://example.com/a", "http://example.com/a"},
    {"http://user:secret@example.com/a", "http://***@example.com/a"},
    {"https://user@example.com:8443/a?b@c", "https://***@example.com:8443/a?b@c"},
    {"http://a:b@c:d@example.com/", "http://***@example.com/"},
    {"http://example.com/path@x", "http://example.com/path@x"},
    {"http://example.com?q=u:p@h", "http://example.com?q=u:p@h"},
    {"not a url", "not a url"},
};

START_TEST(test_redact)
{
    char *got = dc_url_redact(redact_cases[_i].in);
    ck_assert_ptr_nonnull(got);
    ck_assert_str_eq(got, redact_cases[_i].want);
    free(got);
}
END_TEST

START_TEST(test_redact_null)
{
    ck_assert_ptr_null(dc_url_redact(NULL));
}
END_TEST

static const pair host_cases[] = {
    {"http://Example.COM/a", "example.com"},
    {"https://u:p@example.com:8080/x", "example.com:8080"},
    {"http://example.com?x", "example.com"},
    {"http://example.com#x", "example.com"},
};

START_TEST(test_host)
{
    char host[64];
    ck_assert_int_eq(dc_url_host(host_cases[_i].in, host, sizeof host), 0);
    ck_assert_str_eq(host, host_cases[_i].want);
}
END_TEST

/* Stems (the name without "-<hash>.txt") of the file names of URLs. */
static const pair stem_cases[] = {
    {"https://example.com/news/story", "example.com_news_story"},
    {"https://example.com/news/story.html", "example.com_news_story"},
    {"https://EXAMPLE.com/", "example.com"},
    {"https://example.com", "example.com"},
    {"http://127.0.0.1:8080/page/a", "127.0.0.1_8080_page_a"},
    {"http://user:pw@example.com/x", "example.com_x"},
    {"https://example.com/a/../../../etc/passwd", "example.com_a_.._.._.._etc_passwd"},
    {"https://example.com/%2e%2e/%2fetc", "example.com_2e_2e_2fetc"},
    {"https://example.com/.hidden", "example.com_.hidden"},
    {"https://example.com/a?b=c#d", "example.com_a"},
    {"https://example.com/caf\xc3\xa9/na\xc3\xafve", "example.com_caf_na_ve"},
    {"https://.../...", "page"},
};

static void assert_safe_name(const char *name)
{
    ck_assert_msg(name[0] != '.' && name[0] != '-', "%s starts badly", name);
    for (const char *p = name; *p; p++)
        ck_assert_msg(strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-",
                             *p) != NULL,
                      "%s has '%c'", name, *p);
    ck_assert_msg(strlen(name) < 160, "%s too long", name);
}

START_TEST(test_file_name)
{
    char *name = dc_url_file_name(stem_cases[_i].in, ".txt");
    ck_assert_ptr_nonnull(name);
    assert_safe_name(name);
    size_t len = strlen(name), stem = strlen(stem_cases[_i].want);
    ck_assert_uint_eq(len, stem + 1 + 12 + 4);
    ck_assert_msg(strncmp(name, stem_cases[_i].want, stem) == 0, "%s for %s", name,
                  stem_cases[_i].in);
    ck_assert_str_eq(name + len - 4, ".txt");
    free(name);
}
END_TEST

START_TEST(test_file_name_is_stable_and_unique)
{
    char *a = dc_url_file_name("https://example.com/a?page=1", ".md");
    char *b = dc_url_file_name("https://example.com/a?page=2", ".md");
    char *c = dc_url_file_name("https://example.com/a?page=1", ".md");
    ck_assert_str_ne(a, b);
    ck_assert_str_eq(a, c);
    /* FNV-1a is fixed: the same URL gives the same name on every machine. */
    char *d = dc_url_file_name("https://example.com/news/story", ".txt");
    ck_assert_str_eq(d, "example.com_news_story-eb5aa66c9c61.txt");
    free(a);
    free(b);
    free(c);
    free(d);
}
END_TEST

START_TEST(test_file_name_length_capped)
{
    char url[4096];
    strcpy(url, "https://example.com/");
    memset(url + 20, 'x', 3000);
    url[3020] = '\0';
    char *name = dc_url_file_name(url, ".html");
    ck_assert_ptr_nonnull(name);
    assert_safe_name(name);
    free(name);
}
END_TEST

START_TEST(test_list_read)
{
    const char *text = "# a comment\n"
                       "\n"
                       "  http://example.com/a  \r\n"
                       "ftp://example.com/b\n"
                       "http://example.com/a\n"
                       "http://exa mple.com/\n"
                       "\t# indented comment\n"
                       "https://example.com/c";
    FILE *f = fmemopen((void *)text, strlen(text), "r");
    ck_assert_ptr_nonnull(f);
    FILE *saved = stderr;
    stderr = fopen("/dev/null", "w");
    dc_url_list list;
    dc_url_list_init(&list);
    ck_assert_int_eq(dc_url_list_read(&list, f, "list"), 0);
    fclose(stderr);
    stderr = saved;
    fclose(f);
    ck_assert_uint_eq(list.count, 2);
    ck_assert_str_eq(list.items[0].url, "http://example.com/a");
    ck_assert_uint_eq(list.items[0].line, 3);
    ck_assert_str_eq(list.items[1].url, "https://example.com/c");
    ck_assert_uint_eq(list.items[1].line, 8);
    ck_assert_uint_eq(list.invalid, 2);
    ck_assert_uint_eq(list.duplicates, 1);
    /* The invalid lines are kept, in order among the valid ones. */
    ck_assert_str_eq(list.rejected[0].text, "ftp://example.com/b");
    ck_assert_uint_eq(list.rejected[0].line, 4);
    ck_assert_ptr_nonnull(strstr(list.rejected[0].why, "unsupported scheme"));
    ck_assert_str_eq(list.rejected[1].text, "http://exa mple.com/");
    ck_assert_uint_eq(list.rejected[1].line, 6);
    ck_assert_uint_lt(list.items[0].seq, list.rejected[0].seq);
    ck_assert_uint_lt(list.rejected[1].seq, list.items[1].seq);
    dc_url_list_free(&list);
}
END_TEST

START_TEST(test_list_overlong_line)
{
    size_t n = DC_URL_MAX_LINE * 2;
    char *text = malloc(n + 64);
    ck_assert_ptr_nonnull(text);
    memcpy(text, "http://e.com/", 13);
    memset(text + 13, 'a', n - 13);
    strcpy(text + n, "\nhttp://e.com/ok\n");
    FILE *f = fmemopen(text, strlen(text), "r");
    FILE *saved = stderr;
    stderr = fopen("/dev/null", "w");
    dc_url_list list;
    dc_url_list_init(&list);
    ck_assert_int_eq(dc_url_list_read(&list, f, "list"), 0);
    fclose(stderr);
    stderr = saved;
    fclose(f);
    ck_assert_uint_eq(list.count, 1);
    ck_assert_str_eq(list.items[0].url, "http://e.com/ok");
    ck_assert_uint_eq(list.items[0].line, 2);
    ck_assert_uint_eq(list.invalid, 1);
    ck_assert_uint_eq(list.rejected[0].line, 1);
    ck_assert_uint_eq(strlen(list.rejected[0].text), DC_URL_SHOWN_MAX);
    ck_assert_int_eq(strncmp(list.rejected[0].text, "http://e.com/aaa", 16), 0);
    dc_url_list_free(&list);
    free(text);
}
END_TEST

START_TEST(test_list_many_unique)
{
    dc_url_list list;
    dc_url_list_init(&list);
    char url[64];
    for (int i = 0; i < 5000; i++) {
        snprintf(url, sizeof url, "http://h%d.example/%d", i % 7, i);
        ck_assert_int_eq(dc_url_list_add(&list, "x", (size_t)i + 1, url), 0);
    }
    ck_assert_uint_eq(list.count, 5000);
    ck_assert_uint_eq(list.duplicates, 0);
    dc_url_list_free(&list);
}
END_TEST

static const pair charset_cases[] = {
    {"text/html; charset=utf-8", "utf-8"},
    {"text/html;charset=\"Shift_JIS\"", "Shift_JIS"},
    {"text/html; foo=bar; Charset = windows-1252 ", "windows-1252"},
    {"text/html", ""},
    {"text/html; charset=", ""},
};

START_TEST(test_charset)
{
    char cs[64];
    dc_fetch_charset(charset_cases[_i].in, cs, sizeof cs);
    ck_assert_str_eq(cs, charset_cases[_i].want);
}
END_TEST

START_TEST(test_is_html)
{
    ck_assert(dc_fetch_is_html(NULL));
    ck_assert(dc_fetch_is_html("text/html"));
    ck_assert(dc_fetch_is_html("TEXT/HTML; charset=utf-8"));
    ck_assert(dc_fetch_is_html("application/xhtml+xml"));
    ck_assert(!dc_fetch_is_html("image/png"));
    ck_assert(!dc_fetch_is_html("application/pdf"));
    ck_assert(!dc_fetch_is_html("application/json"));
    ck_assert(!dc_fetch_is_html("text/htmlx"));
}
END_TEST

typedef struct validator_case {
    const char *value;
    int ok;
} validator_case;

static const validator_case validator_cases[] = {
    {"\"v1-abc\"", 1},
    {"W/\"5e3-17c\"", 1},
    {"Wed, 21 Oct 2015 07:28:00 GMT", 1},
    {"\"a\"", 1},
    {NULL, 0},
    {"", 0},
    {"\"odd\rX\"", 0},          /* a bare CR would end the header line */
    {"\"odd\nX-Evil: 1\"", 0},  /* header injection */
    {"\"tab\there\"", 0},
    {"\"del\x7f\"", 0},
    {"\"caf\xc3\xa9\"", 0},     /* not ASCII */
    {" \"lead\"", 0},
    {"\"trail\" ", 0},
};

START_TEST(test_validator)
{
    const validator_case *c = &validator_cases[_i];
    ck_assert_msg(dc_fetch_validator_ok(c->value) == c->ok, "case %d", _i);
}
END_TEST

/* Bounded: DC_FETCH_VALIDATOR_MAX bytes pass, one more does not. */
START_TEST(test_validator_length)
{
    char v[DC_FETCH_VALIDATOR_MAX + 2];
    memset(v, 'x', sizeof v - 1);
    v[DC_FETCH_VALIDATOR_MAX] = '\0';
    ck_assert(dc_fetch_validator_ok(v));
    v[DC_FETCH_VALIDATOR_MAX] = 'x';
    v[DC_FETCH_VALIDATOR_MAX + 1] = '\0';
    ck_assert(!dc_fetch_validator_ok(v));
}
END_TEST

static Suite *urls_suite(void)
{
    Suite *s = suite_create("urls");
    TCase *t = tcase_create("check");
    tcase_add_loop_test(t, test_check, 0, COUNT(check_cases));
    tcase_add_test(t, test_check_overlong);
    suite_add_tcase(s, t);

    t = tcase_create("redact");
    tcase_add_loop_test(t, test_redact, 0, COUNT(redact_cases));
    tcase_add_test(t, test_redact_null);
    tcase_add_loop_test(t, test_host, 0, COUNT(host_cases));
    suite_add_tcase(s, t);

    t = tcase_create("file_name");
    tcase_add_loop_test(t, test_file_name, 0, COUNT(stem_cases));
    tcase_add_test(t, test_file_name_is_stable_and_unique);
    tcase_add_test(t, test_file_name_length_capped);
    suite_add_tcase(s, t);

    t = tcase_create("list");
    tcase_add_test(t, test_list_read);
    tcase_add_test(t, test_list_overlong_line);
    tcase_add_test(t, test_list_many_unique);
    suite_add_tcase(s, t);

    t = tcase_create("content_type");
    tcase_add_loop_test(t, test_charset, 0, COUNT(charset_cases));
    tcase_add_test(t, test_is_html);
    suite_add_tcase(s, t);

    t = tcase_create("validators");
    tcase_add_loop_test(t, test_validator, 0, COUNT(validator_cases));
    tcase_add_test(t, test_validator_length);
    suite_add_tcase(s, t);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(urls_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? 0 : 1;
}
