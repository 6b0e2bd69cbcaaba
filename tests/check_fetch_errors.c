/* Unit tests of fetch_errors: Retry-After values, statuses, and what each
 * libcurl failure is called and whether it is retried. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "fetch_errors.h"
#include "sizes.h"

#define NOW ((time_t)1700000000) /* Tue, 14 Nov 2023 22:13:20 GMT */

START_TEST(test_retry_after_seconds)
{
    ck_assert_int_eq(cli_retry_after_secs("0", NOW), 0);
    ck_assert_int_eq(cli_retry_after_secs("1", NOW), 1);
    ck_assert_int_eq(cli_retry_after_secs("999999", NOW), 999999);
    ck_assert_int_eq(cli_retry_after_secs("99999999999999999999999999", NOW),
                     CLI_RETRY_AFTER_MAX_SECS);
}
END_TEST

START_TEST(test_retry_after_invalid)
{
    static const char *const bad[] = {"", "-5", "+5", "5.5", "5 s", "soon", "0x10", "-0",
                                      "1e3", "Wed, 99 Foo 2023"};
    for (size_t i = 0; i < DCX_COUNTOF(bad); i++)
        ck_assert_msg(cli_retry_after_secs(bad[i], NOW) == -1, "'%s' accepted", bad[i]);
    ck_assert_int_eq(cli_retry_after_secs(NULL, NOW), -1);
}
END_TEST

START_TEST(test_retry_after_dates)
{
    ck_assert_int_eq(cli_retry_after_secs("Tue, 14 Nov 2023 22:13:50 GMT", NOW), 30);
    ck_assert_int_eq(cli_retry_after_secs("Tue, 14 Nov 2023 22:13:20 GMT", NOW), 0);
    ck_assert_int_eq(cli_retry_after_secs("Wed, 21 Oct 2015 07:28:00 GMT", NOW), 0);
    ck_assert_int_eq(cli_retry_after_secs("Fri, 31 Dec 9999 23:59:59 GMT", NOW),
                     CLI_RETRY_AFTER_MAX_SECS);
}
END_TEST

START_TEST(test_statuses)
{
    ck_assert(cli_status_valid(100) && cli_status_valid(200) && cli_status_valid(599));
    ck_assert(!cli_status_valid(99) && !cli_status_valid(600) && !cli_status_valid(0));
    ck_assert(cli_status_transient(429) && cli_status_transient(500) && cli_status_transient(599));
    ck_assert(!cli_status_transient(600) && !cli_status_transient(999) &&
              !cli_status_transient(404) && !cli_status_transient(499));
}
END_TEST

static const char *describe(CURLcode rc, const char *errbuf, int got_body, int attempts)
{
    static char out[256];
    cli_curl_describe(rc, errbuf, got_body, attempts, out, sizeof out);
    return out;
}

START_TEST(test_transient_codes)
{
    ck_assert(cli_curl_transient(CURLE_OPERATION_TIMEDOUT, "", 0));
    ck_assert(cli_curl_transient(CURLE_COULDNT_CONNECT, "", 0));
    ck_assert(cli_curl_transient(CURLE_RECV_ERROR, "Connection reset by peer", 1));
    ck_assert(cli_curl_transient(CURLE_GOT_NOTHING, "", 0));
    ck_assert(!cli_curl_transient(CURLE_RECV_ERROR, "Too large response headers: 307247 > 307200",
                                  0));
    ck_assert(!cli_curl_transient(CURLE_OUT_OF_MEMORY, "", 0));
    ck_assert(!cli_curl_transient(CURLE_UNSUPPORTED_PROTOCOL, "", 0));
    ck_assert(!cli_curl_transient(CURLE_SSL_CACERT_BADFILE, "", 0));
}
END_TEST

START_TEST(test_messages)
{
    ck_assert_str_eq(describe(CURLE_OPERATION_TIMEDOUT, "Operation timed out after 1000 ms", 0, 2),
                     "timed out: Operation timed out after 1000 ms (2 attempts)");
    ck_assert_str_eq(describe(CURLE_COULDNT_CONNECT, "", 0, 1),
                     "Couldn't connect to server (1 attempt)");
    ck_assert_str_eq(describe(CURLE_UNSUPPORTED_PROTOCOL, "Received HTTP/0.9 when not allowed", 0,
                              1),
                     "no HTTP status line in the answer (HTTP/0.9 or not HTTP)");
    ck_assert_str_eq(describe(CURLE_UNSUPPORTED_PROTOCOL,
                              "Unsupported HTTP version in response", 0, 1),
                     "malformed status line: Unsupported HTTP version in response");
    ck_assert_str_eq(describe(CURLE_UNSUPPORTED_PROTOCOL,
                              "Protocol \"ftp\" not supported or disabled in libcurl", 0, 1),
                     "refused (only http and https are followed): "
                     "Protocol \"ftp\" not supported or disabled in libcurl");
    ck_assert_str_eq(describe(CURLE_OUT_OF_MEMORY, "", 0, 1),
                     "a response header line is longer than libcurl takes (100 KiB)");
    ck_assert_str_eq(describe(CURLE_OUT_OF_MEMORY, "", 1, 1), "Out of memory");
    ck_assert_str_eq(describe(CURLE_RECV_ERROR, "Too large response headers: 307247 > 307200", 0,
                              1),
                     "Too large response headers: 307247 > 307200");
}
END_TEST

START_TEST(test_message_truncated)
{
    char out[16];
    cli_curl_describe(CURLE_OPERATION_TIMEDOUT, "a very long libcurl text", 0, 3, out, sizeof out);
    ck_assert_uint_eq(strlen(out), sizeof out - 1);
}
END_TEST

static Suite *fetch_errors_suite(void)
{
    Suite *s = suite_create("fetch_errors");
    TCase *retry = tcase_create("retry-after");
    tcase_add_test(retry, test_retry_after_seconds);
    tcase_add_test(retry, test_retry_after_invalid);
    tcase_add_test(retry, test_retry_after_dates);
    suite_add_tcase(s, retry);
    TCase *faults = tcase_create("faults");
    tcase_add_test(faults, test_statuses);
    tcase_add_test(faults, test_transient_codes);
    tcase_add_test(faults, test_messages);
    tcase_add_test(faults, test_message_truncated);
    suite_add_tcase(s, faults);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(fetch_errors_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
