/* Unit tests of the host scheduler, on a fake clock: the time is whatever
 * the test passes as now. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>

#include "hosts.h"

#define NONE ((size_t)-1)

/* The request that next starts at now, marked started; NONE when none may. */
static size_t start_next(cli_hosts *hs, double now, const size_t *host_of)
{
    size_t index;
    if (!cli_hosts_next(hs, now, &index))
        return NONE;
    cli_hosts_started(hs, host_of[index], now);
    return index;
}

/* Queues requests 0..n-1 on the hosts of urls, at the back, and records
 * each one's host in host_of. */
static void queue_all(cli_hosts *hs, const char *const *urls, size_t n, size_t *host_of)
{
    for (size_t i = 0; i < n; i++) {
        long hi = cli_hosts_add(hs, urls[i]);
        ck_assert_int_ge(hi, 0);
        host_of[i] = (size_t)hi;
        ck_assert_int_eq(cli_hosts_push(hs, host_of[i], i, 0, 0), 0);
    }
}

START_TEST(test_host_keys)
{
    cli_hosts *hs = cli_hosts_new(1, 0, 1);
    long a = cli_hosts_add(hs, "http://a.example/x");
    ck_assert_int_eq(a, 0);
    ck_assert_int_eq(cli_hosts_add(hs, "https://a.example/y?z"), a);
    ck_assert_int_eq(cli_hosts_add(hs, "http://a.example:8080/"), 1);
    ck_assert_int_eq(cli_hosts_add(hs, "not a url"), 2);
    ck_assert_int_eq(cli_hosts_add(hs, "not a url"), 2);
    /* Past the first table and hash sizes, every host keeps its index. */
    char url[64];
    for (int i = 0; i < 500; i++) {
        snprintf(url, sizeof url, "http://h%d.example/", i);
        ck_assert_int_eq(cli_hosts_add(hs, url), 3 + i);
    }
    for (int i = 0; i < 500; i++) {
        snprintf(url, sizeof url, "http://h%d.example/other", i);
        ck_assert_int_eq(cli_hosts_add(hs, url), 3 + i);
    }
    ck_assert_int_eq(cli_hosts_add(hs, "http://a.example/"), a);
    cli_hosts_free(hs);
}
END_TEST

START_TEST(test_round_robin)
{
    static const char *const urls[] = {"http://a/0", "http://a/1", "http://b/2",
                                       "http://c/3", "http://b/4", "http://a/5"};
    size_t host_of[6];
    cli_hosts *hs = cli_hosts_new(10, 0, 1);
    ck_assert(!cli_hosts_pending(hs));
    queue_all(hs, urls, 6, host_of);
    ck_assert(cli_hosts_pending(hs));
    /* One from each host in the order the hosts were first seen, then
     * again; each host's own requests in list order. */
    static const size_t order[] = {0, 2, 3, 1, 4, 5};
    for (size_t i = 0; i < 6; i++)
        ck_assert_uint_eq(start_next(hs, 0, host_of), order[i]);
    ck_assert_uint_eq(start_next(hs, 0, host_of), NONE);
    ck_assert(!cli_hosts_pending(hs));
    cli_hosts_free(hs);
}
END_TEST

START_TEST(test_per_host_limit)
{
    static const char *const urls[] = {"http://a/0", "http://a/1", "http://a/2",
                                       "http://a/3", "http://b/4"};
    size_t host_of[5];
    cli_hosts *hs = cli_hosts_new(2, 0, 1);
    queue_all(hs, urls, 5, host_of);
    ck_assert_uint_eq(start_next(hs, 0, host_of), 0);
    ck_assert_uint_eq(start_next(hs, 0, host_of), 4);
    ck_assert_uint_eq(start_next(hs, 0, host_of), 1);
    /* a runs two: its others wait, though nothing else does. */
    ck_assert_uint_eq(start_next(hs, 0, host_of), NONE);
    ck_assert(cli_hosts_pending(hs));
    cli_hosts_finished(hs, host_of[0]);
    ck_assert_uint_eq(start_next(hs, 0, host_of), 2);
    ck_assert_uint_eq(start_next(hs, 0, host_of), NONE);
    cli_hosts_finished(hs, host_of[4]); /* another host's slot frees none of a's */
    ck_assert_uint_eq(start_next(hs, 0, host_of), NONE);
    cli_hosts_finished(hs, host_of[1]);
    ck_assert_uint_eq(start_next(hs, 0, host_of), 3);
    cli_hosts_free(hs);
}
END_TEST

START_TEST(test_finish_frees_slot)
{
    static const char *const urls[] = {"http://a/0", "http://a/1"};
    size_t host_of[2];
    cli_hosts *hs = cli_hosts_new(1, 0, 1);
    queue_all(hs, urls, 2, host_of);
    ck_assert_uint_eq(start_next(hs, 0, host_of), 0);
    ck_assert_uint_eq(start_next(hs, 0, host_of), NONE);
    cli_hosts_finished(hs, host_of[0]);
    ck_assert_uint_eq(start_next(hs, 0, host_of), 1);
    cli_hosts_free(hs);
}
END_TEST

START_TEST(test_hop_goes_first)
{
    static const char *const urls[] = {"http://a/0", "http://a/1", "http://a/2",
                                       "http://b/3"};
    size_t host_of[4];
    cli_hosts *hs = cli_hosts_new(1, 0, 1);
    queue_all(hs, urls, 4, host_of);
    ck_assert_uint_eq(start_next(hs, 0, host_of), 0);
    ck_assert_uint_eq(start_next(hs, 0, host_of), 3);
    /* 3 redirects to a, and 0 redirects within a: both hops go before 1. */
    cli_hosts_finished(hs, host_of[3]);
    ck_assert_int_eq(cli_hosts_push(hs, host_of[0], 3, 1, 0), 0);
    cli_hosts_finished(hs, host_of[0]);
    ck_assert_int_eq(cli_hosts_push(hs, host_of[0], 0, 1, 0), 0);
    size_t want[] = {0, 3, 1, 2};
    for (size_t i = 0; i < 4; i++) {
        size_t index;
        ck_assert(cli_hosts_next(hs, 0, &index));
        ck_assert_uint_eq(index, want[i]);
    }
    cli_hosts_free(hs);
}
END_TEST

/* The hop goes first also when nothing has left the queue yet. */
START_TEST(test_hop_first_untouched_queue)
{
    static const char *const urls[] = {"http://a/0", "http://a/1"};
    size_t host_of[2];
    cli_hosts *hs = cli_hosts_new(1, 0, 1);
    queue_all(hs, urls, 2, host_of);
    ck_assert_int_eq(cli_hosts_push(hs, host_of[0], 7, 1, 0), 0);
    size_t want[] = {7, 0, 1};
    for (size_t i = 0; i < 3; i++) {
        size_t index;
        ck_assert(cli_hosts_next(hs, 0, &index));
        ck_assert_uint_eq(index, want[i]);
    }
    cli_hosts_free(hs);
}
END_TEST

/* Over many starts on one host with a 1000 ms delay, each start is due
 * 500 to 1500 ms after the last, and both ends of the range come up. */
START_TEST(test_delay_spacing)
{
    enum { N = 3000 };
    cli_hosts *hs = cli_hosts_new(1, 1000, 42);
    long hi = cli_hosts_add(hs, "http://a/");
    for (size_t i = 0; i < N; i++)
        ck_assert_int_eq(cli_hosts_push(hs, (size_t)hi, i, 0, 0), 0);
    double now = 0;
    long least = 100000, most = 0;
    size_t index;
    for (size_t i = 0; i + 1 < N; i++) {
        ck_assert(cli_hosts_next(hs, now, &index));
        ck_assert_uint_eq(index, i);
        cli_hosts_started(hs, (size_t)hi, now);
        cli_hosts_finished(hs, (size_t)hi);
        ck_assert(!cli_hosts_next(hs, now, &index));
        long wait = cli_hosts_promote(hs, now);
        /* wait is one more than the whole milliseconds of the delay */
        ck_assert_int_ge(wait, 501);
        ck_assert_int_le(wait, 1500);
        ck_assert_int_gt(cli_hosts_promote(hs, now + (double)wait - 1.5), 0);
        ck_assert(!cli_hosts_next(hs, now + (double)wait - 1.5, &index));
        ck_assert_int_eq(cli_hosts_promote(hs, now + (double)wait), 0);
        least = wait < least ? wait : least;
        most = wait > most ? wait : most;
        now += (double)wait;
    }
    ck_assert_int_le(least, 511);
    ck_assert_int_ge(most, 1490);
    cli_hosts_free(hs);
}
END_TEST

START_TEST(test_no_delay_no_wait)
{
    cli_hosts *hs = cli_hosts_new(1, 0, 42);
    long hi = cli_hosts_add(hs, "http://a/");
    for (size_t i = 0; i < 3; i++)
        ck_assert_int_eq(cli_hosts_push(hs, (size_t)hi, i, 0, 0), 0);
    for (size_t i = 0; i < 3; i++) {
        size_t index;
        ck_assert(cli_hosts_next(hs, 0, &index));
        ck_assert_uint_eq(index, i);
        cli_hosts_started(hs, (size_t)hi, 0);
        cli_hosts_finished(hs, (size_t)hi);
        ck_assert_int_eq(cli_hosts_promote(hs, 0), -1);
    }
    cli_hosts_free(hs);
}
END_TEST

START_TEST(test_hold)
{
    cli_hosts *hs = cli_hosts_new(4, 100, 42);
    long a = cli_hosts_add(hs, "http://a/");
    long b = cli_hosts_add(hs, "http://b/");
    cli_hosts_hold(hs, (size_t)a, 5000);
    cli_hosts_hold(hs, (size_t)a, 2000); /* a shorter hold does not shorten it */
    ck_assert_int_eq(cli_hosts_push(hs, (size_t)a, 0, 0, 1000), 0);
    size_t index;
    ck_assert(!cli_hosts_next(hs, 1000, &index));
    ck_assert(cli_hosts_pending(hs));
    ck_assert_int_eq(cli_hosts_promote(hs, 1000), 4001);
    /* b waits less: the wait is for the first due host. */
    cli_hosts_hold(hs, (size_t)b, 3000);
    ck_assert_int_eq(cli_hosts_push(hs, (size_t)b, 1, 0, 1000), 0);
    ck_assert_int_eq(cli_hosts_promote(hs, 1000), 2001);
    ck_assert_int_eq(cli_hosts_promote(hs, 2999.5), 1);
    ck_assert(!cli_hosts_next(hs, 2999.5, &index));
    ck_assert_int_eq(cli_hosts_promote(hs, 3000), 0);
    ck_assert(cli_hosts_next(hs, 3000, &index));
    ck_assert_uint_eq(index, 1);
    ck_assert_int_eq(cli_hosts_promote(hs, 3000), 2001);
    ck_assert(!cli_hosts_next(hs, 4999, &index));
    ck_assert_int_eq(cli_hosts_promote(hs, 5000), 0);
    ck_assert(cli_hosts_next(hs, 5000, &index));
    ck_assert_uint_eq(index, 0);
    ck_assert_int_eq(cli_hosts_promote(hs, 5000), -1);
    ck_assert(!cli_hosts_pending(hs));
    cli_hosts_free(hs);
}
END_TEST

/* A hold met while a host takes turns sends it to wait at its next turn. */
START_TEST(test_hold_in_ring)
{
    static const char *const urls[] = {"http://a/0", "http://a/1"};
    size_t host_of[2];
    cli_hosts *hs = cli_hosts_new(1, 0, 1);
    queue_all(hs, urls, 2, host_of);
    ck_assert_uint_eq(start_next(hs, 0, host_of), 0);
    cli_hosts_finished(hs, host_of[0]);
    cli_hosts_hold(hs, host_of[0], 700);
    ck_assert_uint_eq(start_next(hs, 10, host_of), NONE);
    ck_assert_int_eq(cli_hosts_promote(hs, 10), 691);
    ck_assert_int_eq(cli_hosts_promote(hs, 700), 0);
    ck_assert_uint_eq(start_next(hs, 700, host_of), 1);
    cli_hosts_free(hs);
}
END_TEST

static Suite *hosts_suite(void)
{
    Suite *s = suite_create("hosts");
    TCase *tc = tcase_create("hosts");
    tcase_add_test(tc, test_host_keys);
    tcase_add_test(tc, test_round_robin);
    tcase_add_test(tc, test_per_host_limit);
    tcase_add_test(tc, test_finish_frees_slot);
    tcase_add_test(tc, test_hop_goes_first);
    tcase_add_test(tc, test_hop_first_untouched_queue);
    tcase_add_test(tc, test_delay_spacing);
    tcase_add_test(tc, test_no_delay_no_wait);
    tcase_add_test(tc, test_hold);
    tcase_add_test(tc, test_hold_in_ring);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(hosts_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
