/* Unit tests of the CLI's URL handling: checks, redaction, file names, lists. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fetch.h"
#include "urls.h"
#include "sizes.h"


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
    {"http://example.com/\xc2\x9b", 0, "control"},
    {"http://example.com/\xc2\xa0", 1, NULL},
    {"http://example.com/caf\xc3\xa9", 1, NULL},
    {"http://example.com/\xff", 0, "not UTF-8"},
    {"http://example.com/\xc3", 0, "not UTF-8"},
    {"http://example.com/\xed\xa0\x80", 0, "not UTF-8"},
    {"http://example.com/\xc0\xaf", 0, "not UTF-8"},
    /* What libcurl refuses is refused here, not when fetched. */
    {"http://u:pa/ss@example.com/", 0, "libcurl"},
    {"http://u@v@example.com/", 0, "libcurl"},
    {"http://example.com:99999/", 0, "libcurl"},
};

START_TEST(test_check)
{
    const check_case *c = &check_cases[_i];
    char err[256] = "";
    int rc = cli_url_check(c->url, err, sizeof err);
    ck_assert_msg((rc == 0) == c->ok, "%s: rc %d (%s)", c->url, rc, err);
    if (!c->ok)
        ck_assert_msg(strstr(err, c->why) != NULL, "%s: '%s' lacks '%s'", c->url, err, c->why);
}
END_TEST

/* Lines with a user name or password: the reason never quotes them. */
static const char *const secret_lines[] = {
    "http://user:S3CRET/x@example.com/",
    "http://user:S3CRET?x@example.com/",
    "http://user:S3CRET#x@example.com/",
    "http://user:S3CRET@x@example.com/",
    "http://user:S3CRET@example.com:99999/",
    "http://S3CRET@/x",
    "S3CRET:pw@example.com/x",
    "S3CRET@example.com/x",
    "ftp://user:S3CRET@example.com/",
};

START_TEST(test_check_never_quotes_user_info)
{
    char err[256] = "";
    ck_assert_int_eq(cli_url_check(secret_lines[_i], err, sizeof err), -1);
    ck_assert_msg(!strstr(err, "S3CRET"), "%s: '%s'", secret_lines[_i], err);
    char *shown = cli_url_redact(secret_lines[_i]);
    ck_assert_msg(!strstr(shown, "S3CRET"), "%s shown as %s", secret_lines[_i], shown);
    free(shown);
}
END_TEST

START_TEST(test_check_overlong)
{
    size_t n = CLI_URL_MAX_LINE + 10;
    char *url = malloc(n + 1);
    ck_assert_ptr_nonnull(url);
    memcpy(url, "http://e.com/", 13);
    memset(url + 13, 'a', n - 13);
    url[n] = '\0';
    char err[256];
    ck_assert_int_eq(cli_url_check(url, err, sizeof err), -1);
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
    /* All user info, whatever libcurl would send. */
    {"http://user@example.com/", "http://***@example.com/"},
    {"http://user:@example.com/", "http://***@example.com/"},
    {"http://:pw@example.com/", "http://***@example.com/"},
    {"http://:@example.com/", "http://***@example.com/"},
    {"http://@example.com/", "http://***@example.com/"},
    {"http://u:p%40ss%2Fw@example.com/a", "http://***@example.com/a"},
    {"http://u;o:p@example.com/", "http://***@example.com/"},
    {"http://u:p@[::1]:8080/a", "http://***@[::1]:8080/a"},
    {"http://u:p@example.com/#@x@y", "http://***@example.com/#@x@y"},
    {"http://example.com\\@evil.example/", "http://***@evil.example/"},
    {"http:///u:p@example.com/", "http:///***@example.com/"},
    {"https://mastodon.example/@user", "https://mastodon.example/@user"},
    /* Raw reserved characters in the password: libcurl refuses the URL,
     * so everything up to the last '@' goes. */
    {"http://u:p/ss@example.com/", "http://***@example.com/"},
    {"http://u:p?ss@example.com/", "http://***@example.com/"},
    {"http://u:p#ss@example.com/", "http://***@example.com/"},
    {"http://u:p@ss@example.com/", "http://***@example.com/"},
    {"http://u:p@example.com/a b", "http://***@example.com/a b"},
    /* A number before the '/' is a port to libcurl, which fetches the host
     * "u" and sends no credentials: nothing to hide. */
    {"http://u:12/ss@example.com/", "http://u:12/ss@example.com/"},
    {"u:p@example.com/x", "***@example.com/x"},
    {"mailto:me@example.com", "***@example.com"},
};

START_TEST(test_redact)
{
    char *got = cli_url_redact(redact_cases[_i].in);
    ck_assert_ptr_nonnull(got);
    ck_assert_str_eq(got, redact_cases[_i].want);
    free(got);
}
END_TEST

static const pair redact_text_cases[] = {
    {"Could not resolve host: example.com", "Could not resolve host: example.com"},
    {"URL rejected: http://u:pw@h/x", "URL rejected: http://***@h/x"},
    {"'http://u:p/ss@h/' and \"https://a@b\" ftp://x@y@z", "'http://***@h/' and \"https://***@b\" ftp://***@z"},
    {"http://h/@x http://u@v", "http://***@x http://***@v"},
    {"://@", "://***@"},
    {"", ""},
    {"not HTML: Content-Type \x1b]0;owned\x07text/x\r", "not HTML: Content-Type \\x1B]0;owned\\x07text/x\\x0D"},
    {"HTTP 500 caf\xc3\xa9 \xff", "HTTP 500 caf\xc3\xa9 \\xFF"},
};

START_TEST(test_redact_text)
{
    char *got = cli_url_redact_text(redact_text_cases[_i].in);
    ck_assert_ptr_nonnull(got);
    ck_assert_str_eq(got, redact_text_cases[_i].want);
    free(got);
}
END_TEST

START_TEST(test_redact_null)
{
    ck_assert_ptr_null(cli_url_redact(NULL));
}
END_TEST

static const pair host_cases[] = {
    {"http://Example.COM/a", "example.com"},
    {"https://u:p@example.com:8080/x", "example.com:8080"},
    {"http://example.com?x", "example.com"},
    {"http://example.com#x", "example.com"},
    {"http://u:p@Example.com@x/", "x"},
    {"http://u@[::1]:8080/", "[::1]:8080"},
};

START_TEST(test_host)
{
    char host[64];
    ck_assert_int_eq(cli_url_host(host_cases[_i].in, host, sizeof host), 0);
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
    char *name = cli_url_file_name(stem_cases[_i].in, ".txt");
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
    char *a = cli_url_file_name("https://example.com/a?page=1", ".md");
    char *b = cli_url_file_name("https://example.com/a?page=2", ".md");
    char *c = cli_url_file_name("https://example.com/a?page=1", ".md");
    ck_assert_str_ne(a, b);
    ck_assert_str_eq(a, c);
    /* FNV-1a is fixed: the same URL gives the same name on every machine. */
    char *d = cli_url_file_name("https://example.com/news/story", ".txt");
    ck_assert_str_eq(d, "example.com_news_story-eb5aa66c9c61.txt");
    free(a);
    free(b);
    free(c);
    free(d);
}
END_TEST

/* Names and keys come from the URL without its user info, so they tell
 * nothing of a password; a URL without keeps its old name and key. */
START_TEST(test_key_without_user_info)
{
    ck_assert_uint_eq(cli_url_key("https://example.com/news/story"),
                      cli_url_hash("https://example.com/news/story"));
    ck_assert_uint_eq(cli_url_key("https://u:pw@example.com/news/story"),
                      cli_url_hash("https://example.com/news/story"));
    ck_assert_uint_eq(cli_url_key("https://u@example.com/news/story"),
                      cli_url_hash("https://example.com/news/story"));
    ck_assert_uint_eq(cli_url_key("https://u:p%2F%40@example.com/a@b"),
                      cli_url_hash("https://example.com/a@b"));
    char *a = cli_url_file_name("https://u:pw@example.com/news/story", ".txt");
    char *b = cli_url_file_name("https://other:guess@example.com/news/story", ".txt");
    ck_assert_str_eq(a, "example.com_news_story-eb5aa66c9c61.txt");
    ck_assert_str_eq(b, a);
    free(a);
    free(b);
}
END_TEST

START_TEST(test_file_name_length_capped)
{
    char url[4096];
    strcpy(url, "https://example.com/");
    memset(url + 20, 'x', 3000);
    url[3020] = '\0';
    char *name = cli_url_file_name(url, ".html");
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
    cli_url_list list;
    cli_url_list_init(&list);
    ck_assert_int_eq(cli_url_list_read(&list, f, "list"), 0);
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
    cli_url_list_free(&list);
}
END_TEST

START_TEST(test_list_overlong_line)
{
    size_t n = CLI_URL_MAX_LINE * 2;
    char *text = malloc(n + 64);
    ck_assert_ptr_nonnull(text);
    memcpy(text, "http://e.com/", 13);
    memset(text + 13, 'a', n - 13);
    strcpy(text + n, "\nhttp://e.com/ok\n");
    FILE *f = fmemopen(text, strlen(text), "r");
    FILE *saved = stderr;
    stderr = fopen("/dev/null", "w");
    cli_url_list list;
    cli_url_list_init(&list);
    ck_assert_int_eq(cli_url_list_read(&list, f, "list"), 0);
    fclose(stderr);
    stderr = saved;
    fclose(f);
    ck_assert_uint_eq(list.count, 1);
    ck_assert_str_eq(list.items[0].url, "http://e.com/ok");
    ck_assert_uint_eq(list.items[0].line, 2);
    ck_assert_uint_eq(list.invalid, 1);
    ck_assert_uint_eq(list.rejected[0].line, 1);
    ck_assert_uint_eq(strlen(list.rejected[0].text), CLI_URL_SHOWN_MAX);
    ck_assert_int_eq(strncmp(list.rejected[0].text, "http://e.com/aaa", 16), 0);
    cli_url_list_free(&list);
    free(text);
}
END_TEST

/* Reads the len bytes text as the list "list"; what it printed on standard
 * error is returned (the caller frees it). */
static char *read_list(cli_url_list *list, const char *text, size_t len)
{
    FILE *f = fmemopen((void *)text, len, "r");
    ck_assert_ptr_nonnull(f);
    FILE *saved = stderr;
    stderr = tmpfile();
    ck_assert_ptr_nonnull(stderr);
    cli_url_list_init(list);
    int rc = cli_url_list_read(list, f, "list");
    fclose(f);
    long n = ftell(stderr);
    char *err = calloc(1, (size_t)n + 1);
    rewind(stderr);
    size_t got = fread(err, 1, (size_t)n, stderr);
    fclose(stderr);
    stderr = saved;
    ck_assert_int_eq(rc, 0);
    ck_assert_uint_eq(got, (size_t)n);
    return err;
}

/* Nothing printed or kept has a control character: the terminal and the
 * manifest get what was in the line, escaped. */
static void assert_printable(const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        ck_assert_msg((*p >= 0x20 && *p != 0x7f) || *p == '\n', "control 0x%02x in %s", *p, s);
}

START_TEST(test_list_nul)
{
    static const char text[] = "http://e.com/a\0b\nhttp://e.com/c\n\0\nhttp://e.com/d\n";
    cli_url_list list;
    char *err = read_list(&list, text, sizeof text - 1);
    ck_assert_uint_eq(list.count, 2);
    ck_assert_str_eq(list.items[0].url, "http://e.com/c");
    ck_assert_uint_eq(list.items[0].line, 2);
    ck_assert_str_eq(list.items[1].url, "http://e.com/d");
    ck_assert_uint_eq(list.items[1].line, 4);
    ck_assert_uint_eq(list.invalid, 2);
    ck_assert_str_eq(list.rejected[0].text, "http://e.com/a\\x00b");
    ck_assert_str_eq(list.rejected[0].why, "contains a NUL byte");
    ck_assert_uint_eq(list.rejected[1].line, 3);
    ck_assert_ptr_nonnull(strstr(err, "decruft: list:1: contains a NUL byte: http://e.com/a\\x00b\n"));
    assert_printable(err);
    cli_url_list_free(&list);
    free(err);
}
END_TEST

START_TEST(test_list_controls)
{
    static const char text[] = "http://e.com/\x1b[31mred\n"
                               "http://e.com/a\rb\n"
                               "http://e.com/\x7f\r\n"
                               "http://e.com/caf\xe9\n"
                               "http://e.com/ok\r\n"
                               "http://u:S3CRET@e.com/\x01\n"
                               "http://e.com/\xc2\x9b" "2J\n";
    cli_url_list list;
    char *err = read_list(&list, text, sizeof text - 1);
    ck_assert_uint_eq(list.count, 1);
    ck_assert_str_eq(list.items[0].url, "http://e.com/ok");
    ck_assert_uint_eq(list.items[0].line, 5);
    ck_assert_uint_eq(list.invalid, 6);
    ck_assert_str_eq(list.rejected[0].text, "http://e.com/\\x1B[31mred");
    ck_assert_str_eq(list.rejected[1].text, "http://e.com/a\\x0Db");
    ck_assert_uint_eq(list.rejected[1].line, 2);
    ck_assert_str_eq(list.rejected[2].text, "http://e.com/\\x7F");
    ck_assert_str_eq(list.rejected[3].text, "http://e.com/caf\\xE9");
    ck_assert_ptr_nonnull(strstr(list.rejected[3].why, "not UTF-8"));
    ck_assert_uint_eq(list.rejected[3].line, 4);
    ck_assert_str_eq(list.rejected[4].text, "http://***@e.com/\\x01");
    ck_assert_str_eq(list.rejected[5].text, "http://e.com/\\xC2\\x9B2J");
    ck_assert_ptr_nonnull(strstr(err, "list:2: contains a control character: http://e.com/a\\x0Db\n"));
    ck_assert_ptr_nonnull(strstr(err, "list:4: contains bytes that are not UTF-8: http://e.com/caf\\xE9\n"));
    ck_assert_ptr_null(strstr(err, "S3CRET"));
    assert_printable(err);
    cli_url_list_free(&list);
    free(err);
}
END_TEST

START_TEST(test_list_bom)
{
    static const char text[] = "\xef\xbb\xbfhttp://e.com/a\n\xef\xbb\xbfhttp://e.com/b\n";
    cli_url_list list;
    char *err = read_list(&list, text, sizeof text - 1);
    ck_assert_uint_eq(list.count, 1);
    ck_assert_str_eq(list.items[0].url, "http://e.com/a");
    ck_assert_uint_eq(list.invalid, 1);
    ck_assert_uint_eq(list.rejected[0].line, 2);
    cli_url_list_free(&list);
    free(err);

    /* The mark is no part of the length either. */
    char *text2 = malloc(CLI_URL_MAX_LINE + 8);
    ck_assert_ptr_nonnull(text2);
    memcpy(text2, "\xef\xbb\xbfhttp://e.com/", 16);
    memset(text2 + 16, 'a', CLI_URL_MAX_LINE - 13);
    err = read_list(&list, text2, CLI_URL_MAX_LINE + 3);
    ck_assert_uint_eq(list.count, 1);
    ck_assert_uint_eq(strlen(list.items[0].url), CLI_URL_MAX_LINE);
    cli_url_list_free(&list);
    free(err);
    free(text2);

    static const char comment[] = "\xef\xbb\xbf# urls\r\nhttp://e.com/c";
    err = read_list(&list, comment, sizeof comment - 1);
    ck_assert_uint_eq(list.count, 1);
    ck_assert_str_eq(list.items[0].url, "http://e.com/c");
    ck_assert_uint_eq(list.items[0].line, 2);
    ck_assert_uint_eq(list.invalid, 0);
    cli_url_list_free(&list);
    free(err);
}
END_TEST

/* Lines of CLI_URL_MAX_LINE bytes and one more, ended by "\n", "\r\n" or
 * nothing: the limit is the same, and the next line keeps its number. */
typedef struct limit_case {
    size_t len;
    const char *ending;
    int ok;
} limit_case;

static const limit_case limit_cases[] = {
    {CLI_URL_MAX_LINE, "\n", 1},     {CLI_URL_MAX_LINE, "\r\n", 1},
    {CLI_URL_MAX_LINE, "", 1},       {CLI_URL_MAX_LINE, "\r", 1},
    {CLI_URL_MAX_LINE + 1, "\n", 0}, {CLI_URL_MAX_LINE + 1, "\r\n", 0},
    {CLI_URL_MAX_LINE + 1, "", 0},   {CLI_URL_MAX_LINE - 1, "\r\r\n", 0},
};

START_TEST(test_list_limit)
{
    const limit_case *c = &limit_cases[_i];
    size_t n = c->len + strlen(c->ending);
    char *text = malloc(n + 32);
    ck_assert_ptr_nonnull(text);
    memcpy(text, "http://e.com/", 13);
    memset(text + 13, 'a', c->len - 13);
    memcpy(text + c->len, c->ending, strlen(c->ending));
    int last = c->ending[0] == '\0' || strcmp(c->ending, "\r") == 0;
    if (!last) {
        memcpy(text + n, "http://e.com/next\n", 18);
        n += 18;
    }
    cli_url_list list;
    char *err = read_list(&list, text, n);
    size_t next = last ? 0 : 1;
    ck_assert_uint_eq(list.count, (size_t)c->ok + next);
    ck_assert_uint_eq(list.invalid, (size_t)!c->ok);
    if (c->ok)
        ck_assert_uint_eq(strlen(list.items[0].url), c->len);
    if (next) {
        ck_assert_str_eq(list.items[list.count - 1].url, "http://e.com/next");
        ck_assert_uint_eq(list.items[list.count - 1].line, 2);
    }
    cli_url_list_free(&list);
    free(err);
    free(text);
}
END_TEST

/* A rejected line is redacted before it is cut: a long password does not
 * show its start. */
START_TEST(test_list_rejected_redacted_before_cut)
{
    char text[1024];
    char pw[301];
    memset(pw, 'P', 300);
    pw[300] = '\0';
    snprintf(text, sizeof text, "http://u:%s@e.com/ x\nhttp://u:%s/x@e.com/\n", pw, pw);
    cli_url_list list;
    char *err = read_list(&list, text, strlen(text));
    ck_assert_uint_eq(list.invalid, 2);
    ck_assert_str_eq(list.rejected[0].text, "http://***@e.com/ x");
    ck_assert_str_eq(list.rejected[1].text, "http://***@e.com/");
    ck_assert_ptr_null(strstr(err, "PP"));
    cli_url_list_free(&list);
    free(err);
}
END_TEST

/* An overlong line whose '@' is past what is kept of it shows nothing after
 * the scheme; one whose '@' is kept is redacted up to it. */
START_TEST(test_list_overlong_user_info)
{
    size_t n = CLI_URL_MAX_LINE + 100;
    char *text = malloc(2 * n + 64);
    ck_assert_ptr_nonnull(text);
    memcpy(text, "http://u:", 9);
    memset(text + 9, 'P', n - 9);
    memcpy(text + n, "@e.com/\n", 8);
    size_t len = n + 8;
    memcpy(text + len, "http://u:PP@e.com/", 18);
    memset(text + len + 18, 'a', n);
    memcpy(text + len + 18 + n, "\n", 1);
    len += 18 + n + 1;
    cli_url_list list;
    char *err = read_list(&list, text, len);
    ck_assert_uint_eq(list.invalid, 2);
    ck_assert_str_eq(list.rejected[0].text, "http://***");
    ck_assert_int_eq(strncmp(list.rejected[1].text, "http://***@e.com/aaa", 20), 0);
    ck_assert_ptr_null(strstr(err, "PP"));
    ck_assert_ptr_nonnull(strstr(err, "list:2: line longer than"));
    cli_url_list_free(&list);
    free(err);
    free(text);
}
END_TEST

/* The same URL with other user info names the same file: a repeat. */
START_TEST(test_list_repeat_user_info)
{
    static const char text[] = "http://a:S3CRET@e.com/x\nhttp://b:c@e.com/x\nhttp://e.com/x\n"
                               "http://e.com/y\n";
    cli_url_list list;
    char *err = read_list(&list, text, sizeof text - 1);
    ck_assert_uint_eq(list.count, 2);
    ck_assert_str_eq(list.items[0].url, "http://a:S3CRET@e.com/x");
    ck_assert_str_eq(list.items[0].plain, "http://e.com/x");
    ck_assert_ptr_null(list.items[1].plain);
    ck_assert_uint_eq(list.duplicates, 2);
    ck_assert_ptr_nonnull(strstr(err, "list:2: repeats line 1, skipped: http://***@e.com/x\n"));
    ck_assert_ptr_nonnull(strstr(err, "list:3: repeats line 1, skipped: http://e.com/x\n"));
    ck_assert_ptr_null(strstr(err, "S3CRET"));
    cli_url_list_free(&list);
    free(err);
}
END_TEST

/* One resource, many spellings: one key. */
START_TEST(test_normalize)
{
    static const char *const same[][2] = {
        {"HTTP://x/a", "http://x/a"},
        {"http://x/%61", "http://x/a"},
        {"http://x:80/a", "http://x/a"},
        {"https://x:443/a", "https://x/a"},
        {"http://x/a#f", "http://x/a"},
        {"http://EXAMPLE.Com/A", "http://example.com/A"},
        {"http://u:p@x/a", "http://x/a"},
        {"http://x", "http://x/"},
        {"http://x/%7e%2d%5F%2E", "http://x/~-_."},
        {"http://x/a%2fb?q=%3d", "http://x/a%2Fb?q=%3D"},
        {"http://x/b/../a", "http://x/a"},
    };
    for (size_t i = 0; i < DCX_COUNTOF(same); i++) {
        char *n = cli_url_normalize(same[i][0]);
        ck_assert_msg(n && strcmp(n, same[i][1]) == 0, "%s: got %s, want %s", same[i][0],
                      n ? n : "NULL", same[i][1]);
        free(n);
    }
}
END_TEST

/* The issue's four spellings are fetched once (and an empty query, which
 * libcurl does not send); other ports, schemes, paths and escapes of
 * reserved characters are other URLs. */
START_TEST(test_list_repeat_normalized)
{
    static const char text[] = "http://x/a\nHTTP://x/a\nhttp://x/%61\nhttp://x:80/a\n"
                               "http://x/a#f\nhttp://X/a\nhttp://x:81/a\nhttps://x/a\n"
                               "http://x/A\nhttp://x/a?\nhttp://x/a%2F\nhttp://x/a/\n";
    cli_url_list list;
    char *err = read_list(&list, text, sizeof text - 1);
    ck_assert_uint_eq(list.duplicates, 6);
    ck_assert_uint_eq(list.count, 6);
    ck_assert_str_eq(list.items[0].url, "http://x/a");
    ck_assert_str_eq(list.items[1].url, "http://x:81/a");
    ck_assert_ptr_nonnull(strstr(err, "list:3: repeats line 1, skipped: http://x/%61\n"));
    cli_url_list_free(&list);
    free(err);
}
END_TEST

START_TEST(test_list_many_unique)
{
    cli_url_list list;
    cli_url_list_init(&list);
    char url[64];
    for (int i = 0; i < 5000; i++) {
        snprintf(url, sizeof url, "http://h%d.example/%d", i % 7, i);
        ck_assert_int_eq(cli_url_list_add(&list, "x", (size_t)i + 1, url), 0);
    }
    ck_assert_uint_eq(list.count, 5000);
    ck_assert_uint_eq(list.duplicates, 0);
    cli_url_list_free(&list);
}
END_TEST

START_TEST(test_is_html)
{
    ck_assert(cli_fetch_is_html(NULL));
    ck_assert(cli_fetch_is_html("text/html"));
    ck_assert(cli_fetch_is_html("TEXT/HTML; charset=utf-8"));
    ck_assert(cli_fetch_is_html("application/xhtml+xml"));
    ck_assert(!cli_fetch_is_html("image/png"));
    ck_assert(!cli_fetch_is_html("application/pdf"));
    ck_assert(!cli_fetch_is_html("application/json"));
    ck_assert(!cli_fetch_is_html("text/htmlx"));
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
    ck_assert_msg(cli_fetch_validator_ok(c->value) == c->ok, "case %d", _i);
}
END_TEST

/* Bounded: CLI_FETCH_VALIDATOR_MAX bytes pass, one more does not. */
START_TEST(test_validator_length)
{
    char v[CLI_FETCH_VALIDATOR_MAX + 2];
    memset(v, 'x', sizeof v - 1);
    v[CLI_FETCH_VALIDATOR_MAX] = '\0';
    ck_assert(cli_fetch_validator_ok(v));
    v[CLI_FETCH_VALIDATOR_MAX] = 'x';
    v[CLI_FETCH_VALIDATOR_MAX + 1] = '\0';
    ck_assert(!cli_fetch_validator_ok(v));
}
END_TEST

static Suite *urls_suite(void)
{
    Suite *s = suite_create("urls");
    TCase *t = tcase_create("check");
    tcase_add_loop_test(t, test_check, 0, DCX_COUNTOF(check_cases));
    tcase_add_test(t, test_check_overlong);
    tcase_add_loop_test(t, test_check_never_quotes_user_info, 0, DCX_COUNTOF(secret_lines));
    suite_add_tcase(s, t);

    t = tcase_create("redact");
    tcase_add_loop_test(t, test_redact, 0, DCX_COUNTOF(redact_cases));
    tcase_add_test(t, test_redact_null);
    tcase_add_loop_test(t, test_redact_text, 0, DCX_COUNTOF(redact_text_cases));
    tcase_add_loop_test(t, test_host, 0, DCX_COUNTOF(host_cases));
    suite_add_tcase(s, t);

    t = tcase_create("file_name");
    tcase_add_loop_test(t, test_file_name, 0, DCX_COUNTOF(stem_cases));
    tcase_add_test(t, test_file_name_is_stable_and_unique);
    tcase_add_test(t, test_file_name_length_capped);
    tcase_add_test(t, test_key_without_user_info);
    suite_add_tcase(s, t);

    t = tcase_create("list");
    tcase_add_test(t, test_list_read);
    tcase_add_test(t, test_list_overlong_line);
    tcase_add_test(t, test_list_nul);
    tcase_add_test(t, test_list_controls);
    tcase_add_test(t, test_list_bom);
    tcase_add_loop_test(t, test_list_limit, 0, DCX_COUNTOF(limit_cases));
    tcase_add_test(t, test_list_rejected_redacted_before_cut);
    tcase_add_test(t, test_list_overlong_user_info);
    tcase_add_test(t, test_list_repeat_user_info);
    tcase_add_test(t, test_normalize);
    tcase_add_test(t, test_list_repeat_normalized);
    tcase_add_test(t, test_list_many_unique);
    suite_add_tcase(s, t);

    t = tcase_create("content_type");
    tcase_add_test(t, test_is_html);
    suite_add_tcase(s, t);

    t = tcase_create("validators");
    tcase_add_loop_test(t, test_validator, 0, DCX_COUNTOF(validator_cases));
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
