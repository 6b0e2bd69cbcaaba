/* Unit tests of the per-document arena: alignment, reuse, budget, deadline. */
#include <check.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "arena.h"
#include "sizes.h"

static void sleep_ms(long ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    while (nanosleep(&ts, &ts) != 0)
        ;
}

START_TEST(test_new_arena_has_no_failure_and_no_peak)
{
    dci_arena *a = dci_arena_new(0, 0);
    ck_assert_ptr_nonnull(a);
    ck_assert_int_eq(dci_arena_failure(a), DCI_ARENA_OK);
    ck_assert_uint_eq(dci_arena_peak(a), 0);
    dci_arena_free(a);
}
END_TEST

START_TEST(test_alloc_is_16_byte_aligned_for_every_size)
{
    dci_arena *a = dci_arena_new(0, 0);
    static const size_t sizes[] = {0, 1, 3, 15, 16, 17, 31, 33, 100, 255, 256, 257,
                                   511, 1000, 4097, 65536, 131072, 131073, 1 << 20};
    for (int round = 0; round < 3; round++) {
        for (size_t i = 0; i < DCX_COUNTOF(sizes); i++) {
            unsigned char *p = dci_arena_alloc(a, sizes[i]);
            ck_assert_ptr_nonnull(p);
            ck_assert_msg(((uintptr_t)p % 16) == 0, "size %zu gave %p", sizes[i], (void *)p);
            memset(p, 0xA5, sizes[i]);   /* the whole block is writable */
        }
    }
    ck_assert_int_eq(dci_arena_failure(a), DCI_ARENA_OK);
    dci_arena_free(a);
}
END_TEST

START_TEST(test_allocations_do_not_overlap)
{
    dci_arena *a = dci_arena_new(0, 0);
    enum { N = 2000 };
    unsigned char *blocks[N];
    for (int i = 0; i < N; i++) {
        size_t size = (size_t)(i % 300) + 1;
        blocks[i] = dci_arena_alloc(a, size);
        ck_assert_ptr_nonnull(blocks[i]);
        memset(blocks[i], i & 0xff, size);
    }
    for (int i = 0; i < N; i++) {
        size_t size = (size_t)(i % 300) + 1;
        for (size_t k = 0; k < size; k++)
            ck_assert_int_eq(blocks[i][k], i & 0xff);
    }
    dci_arena_free(a);
}
END_TEST

START_TEST(test_released_block_is_reused_by_same_size_class)
{
    dci_arena *a = dci_arena_new(0, 0);
    void *p = dci_arena_alloc(a, 40);
    ck_assert_ptr_nonnull(p);
    dci_arena_release(a, p);
    /* 33..48 bytes share a class with 40 */
    void *q = dci_arena_alloc(a, 48);
    ck_assert_ptr_eq(q, p);
    dci_arena_release(a, q);
    void *r = dci_arena_alloc(a, 33);
    ck_assert_ptr_eq(r, p);
    dci_arena_free(a);
}
END_TEST

START_TEST(test_released_block_is_not_given_to_other_size_class)
{
    dci_arena *a = dci_arena_new(0, 0);
    void *p = dci_arena_alloc(a, 40);
    dci_arena_release(a, p);
    void *big = dci_arena_alloc(a, 200);
    void *small = dci_arena_alloc(a, 8);
    ck_assert_ptr_ne(big, p);
    ck_assert_ptr_ne(small, p);
    /* and the released block is still there for its own class */
    ck_assert_ptr_eq(dci_arena_alloc(a, 40), p);
    dci_arena_free(a);
}
END_TEST

START_TEST(test_coarse_class_block_is_reused)
{
    dci_arena *a = dci_arena_new(0, 0);
    void *p = dci_arena_alloc(a, 3000);   /* class 4K */
    ck_assert_ptr_nonnull(p);
    dci_arena_release(a, p);
    ck_assert_ptr_eq(dci_arena_alloc(a, 4096), p);
    dci_arena_free(a);
}
END_TEST

START_TEST(test_release_of_null_is_harmless)
{
    dci_arena *a = dci_arena_new(0, 0);
    dci_arena_release(a, NULL);
    ck_assert_ptr_nonnull(dci_arena_alloc(a, 16));
    ck_assert_int_eq(dci_arena_failure(a), DCI_ARENA_OK);
    dci_arena_free(a);
}
END_TEST

START_TEST(test_calloc_zero_fills_a_reused_block)
{
    dci_arena *a = dci_arena_new(0, 0);
    unsigned char *p = dci_arena_alloc(a, 64);
    memset(p, 0xFF, 64);
    dci_arena_release(a, p);
    unsigned char *q = dci_arena_calloc(a, 64);
    ck_assert_ptr_eq(q, p);
    for (int i = 0; i < 64; i++)
        ck_assert_int_eq(q[i], 0);
    dci_arena_free(a);
}
END_TEST

START_TEST(test_large_block_is_usable_and_counted_in_peak)
{
    dci_arena *a = dci_arena_new(0, 0);
    size_t size = (size_t)8 << 20;
    unsigned char *p = dci_arena_alloc(a, size);
    ck_assert_ptr_nonnull(p);
    ck_assert_uint_eq((uintptr_t)p % 16, 0);
    memset(p, 0x5A, size);
    ck_assert_int_eq(p[0], 0x5A);
    ck_assert_int_eq(p[size - 1], 0x5A);
    ck_assert_uint_ge(dci_arena_peak(a), size);
    dci_arena_free(a);
}
END_TEST

START_TEST(test_released_large_block_gives_its_bytes_back_to_the_budget)
{
    size_t mb = (size_t)1 << 20;
    dci_arena *a = dci_arena_new(3 * mb, 0);
    for (int i = 0; i < 10; i++) {
        void *p = dci_arena_alloc(a, 2 * mb);
        ck_assert_msg(p != NULL, "round %d failed with %d", i, (int)dci_arena_failure(a));
        dci_arena_release(a, p);
    }
    ck_assert_int_eq(dci_arena_failure(a), DCI_ARENA_OK);
    dci_arena_free(a);
}
END_TEST

START_TEST(test_allocation_over_budget_fails_with_over_budget)
{
    dci_arena *a = dci_arena_new((size_t)1 << 20, 0);
    ck_assert_ptr_null(dci_arena_alloc(a, (size_t)2 << 20));
    ck_assert_int_eq(dci_arena_failure(a), DCI_ARENA_OVER_BUDGET);
    dci_arena_free(a);
}
END_TEST

START_TEST(test_after_failure_every_allocation_fails)
{
    dci_arena *a = dci_arena_new((size_t)1 << 20, 0);
    ck_assert_ptr_nonnull(dci_arena_alloc(a, 16));
    ck_assert_ptr_null(dci_arena_alloc(a, (size_t)2 << 20));
    /* small requests would fit in the chunk already taken, yet fail */
    ck_assert_ptr_null(dci_arena_alloc(a, 16));
    ck_assert_ptr_null(dci_arena_calloc(a, 1));
    ck_assert_ptr_null(dci_arena_strndup(a, "x", 1));
    ck_assert_int_eq(dci_arena_failure(a), DCI_ARENA_OVER_BUDGET);
    dci_arena_free(a);
}
END_TEST

START_TEST(test_many_small_allocations_reach_the_budget)
{
    size_t budget = (size_t)2 << 20;
    dci_arena *a = dci_arena_new(budget, 0);
    size_t taken = 0;
    int failed = 0;
    for (int i = 0; i < 100000; i++) {
        if (!dci_arena_alloc(a, 1000)) {
            failed = 1;
            break;
        }
        taken += 1000;
    }
    ck_assert_msg(failed, "budget never reached");
    ck_assert_int_eq(dci_arena_failure(a), DCI_ARENA_OVER_BUDGET);
    ck_assert_uint_le(taken, budget);
    ck_assert_uint_le(dci_arena_peak(a), budget);
    ck_assert_uint_gt(taken, budget / 4);
    dci_arena_free(a);
}
END_TEST

START_TEST(test_huge_request_fails_without_overflow)
{
    dci_arena *a = dci_arena_new(0, 0);
    ck_assert_ptr_null(dci_arena_alloc(a, SIZE_MAX - 8));
    ck_assert_int_ne(dci_arena_failure(a), DCI_ARENA_OK);
    dci_arena_free(a);
}
END_TEST

START_TEST(test_deadline_makes_allocations_fail_with_over_time)
{
    dci_arena *a = dci_arena_new(0, 1);
    struct timespec start, now;
    clock_gettime(CLOCK_MONOTONIC, &start);
    int failed_at = -1;
    /* bounded: at 1 ms the clock is read every 1024 allocations */
    for (int i = 0; i < 50000000; i++) {
        void *p = dci_arena_alloc(a, 32);
        if (!p) {
            failed_at = i;
            break;
        }
        dci_arena_release(a, p);
        if ((i & 0xffff) == 0) {
            clock_gettime(CLOCK_MONOTONIC, &now);
            if (now.tv_sec - start.tv_sec > 5)
                break;
        }
    }
    ck_assert_msg(failed_at >= 0, "the deadline never struck");
    ck_assert_int_eq(dci_arena_failure(a), DCI_ARENA_OVER_TIME);
    ck_assert_ptr_null(dci_arena_alloc(a, 16));
    dci_arena_free(a);
}
END_TEST

START_TEST(test_first_allocation_after_deadline_fails)
{
    dci_arena *a = dci_arena_new(0, 1);
    sleep_ms(10);
    ck_assert_ptr_null(dci_arena_alloc(a, 16));
    ck_assert_int_eq(dci_arena_failure(a), DCI_ARENA_OVER_TIME);
    dci_arena_free(a);
}
END_TEST

START_TEST(test_out_of_time_reads_the_clock)
{
    dci_arena *a = dci_arena_new(0, 1);
    ck_assert_ptr_nonnull(dci_arena_alloc(a, 16));
    sleep_ms(10);
    ck_assert_int_ne(dci_arena_out_of_time(a), 0);
    ck_assert_int_eq(dci_arena_failure(a), DCI_ARENA_OVER_TIME);
    ck_assert_ptr_null(dci_arena_alloc(a, 16));
    dci_arena_free(a);
    a = dci_arena_new(0, 60000);
    ck_assert_int_eq(dci_arena_out_of_time(a), 0);
    dci_arena_free(a);
    a = dci_arena_new(0, 0);
    sleep_ms(10);
    ck_assert_int_eq(dci_arena_out_of_time(a), 0);
    dci_arena_free(a);
}
END_TEST

START_TEST(test_no_deadline_without_timeout)
{
    dci_arena *a = dci_arena_new(0, 0);
    sleep_ms(10);
    for (int i = 0; i < 5000; i++)
        ck_assert_ptr_nonnull(dci_arena_alloc(a, 16));
    ck_assert_int_eq(dci_arena_failure(a), DCI_ARENA_OK);
    dci_arena_free(a);
}
END_TEST

START_TEST(test_deadline_not_struck_early)
{
    dci_arena *a = dci_arena_new(0, 60000);
    for (int i = 0; i < 5000; i++)
        ck_assert_ptr_nonnull(dci_arena_alloc(a, 16));
    ck_assert_int_eq(dci_arena_failure(a), DCI_ARENA_OK);
    dci_arena_free(a);
}
END_TEST

START_TEST(test_strndup_copies_len_bytes_and_terminates)
{
    dci_arena *a = dci_arena_new(0, 0);
    char *s = dci_arena_strndup(a, "hello world", 5);
    ck_assert_str_eq(s, "hello");
    char *e = dci_arena_strndup(a, "ignored", 0);
    ck_assert_str_eq(e, "");
    /* bytes after a NUL inside len are copied too: it is not strndup(3) */
    char *z = dci_arena_strndup(a, "a\0b", 3);
    ck_assert_int_eq(z[0], 'a');
    ck_assert_int_eq(z[1], '\0');
    ck_assert_int_eq(z[2], 'b');
    ck_assert_int_eq(z[3], '\0');
    /* a copy, not the original */
    char src[] = "mutable";
    char *c = dci_arena_strndup(a, src, strlen(src));
    src[0] = 'X';
    ck_assert_str_eq(c, "mutable");
    dci_arena_free(a);
}
END_TEST

START_TEST(test_strndup_of_large_string)
{
    dci_arena *a = dci_arena_new(0, 0);
    size_t len = 300000;
    char *src = malloc(len);
    for (size_t i = 0; i < len; i++)
        src[i] = (char)('a' + i % 26);
    char *s = dci_arena_strndup(a, src, len);
    ck_assert_ptr_nonnull(s);
    ck_assert_uint_eq(strlen(s), len);
    ck_assert_int_eq(memcmp(s, src, len), 0);
    free(src);
    dci_arena_free(a);
}
END_TEST

START_TEST(test_peak_is_a_high_water_mark)
{
    size_t mb = (size_t)1 << 20;
    dci_arena *a = dci_arena_new(0, 0);
    void *p = dci_arena_alloc(a, 4 * mb);
    size_t peak1 = dci_arena_peak(a);
    ck_assert_uint_ge(peak1, 4 * mb);
    dci_arena_release(a, p);
    /* the peak stays after a release */
    ck_assert_uint_eq(dci_arena_peak(a), peak1);
    /* the same amount again does not add up: live bytes went down */
    p = dci_arena_alloc(a, 4 * mb);
    ck_assert_uint_eq(dci_arena_peak(a), peak1);
    /* while both live at once, it rises */
    void *q = dci_arena_alloc(a, 4 * mb);
    ck_assert_uint_ge(dci_arena_peak(a), peak1 + 4 * mb);
    ck_assert_ptr_nonnull(q);
    dci_arena_free(a);
}
END_TEST

START_TEST(test_peak_counts_chunks_of_small_blocks)
{
    dci_arena *a = dci_arena_new(0, 0);
    ck_assert_ptr_nonnull(dci_arena_alloc(a, 16));
    size_t one = dci_arena_peak(a);
    ck_assert_uint_gt(one, 0);
    /* reusing a released block takes nothing more from the system */
    void *p = dci_arena_alloc(a, 100);
    dci_arena_release(a, p);
    size_t before = dci_arena_peak(a);
    for (int i = 0; i < 1000; i++) {
        p = dci_arena_alloc(a, 100);
        dci_arena_release(a, p);
    }
    ck_assert_uint_eq(dci_arena_peak(a), before);
    /* 10 MB of small blocks take at least 10 MB */
    for (int i = 0; i < 10 * 1024; i++)
        ck_assert_ptr_nonnull(dci_arena_alloc(a, 1024));
    ck_assert_uint_ge(dci_arena_peak(a), (size_t)10 << 20);
    dci_arena_free(a);
}
END_TEST

START_TEST(test_free_of_null_arena_is_harmless)
{
    dci_arena_free(NULL);
    /* reaching here is the test; the arena below must still work */
    dci_arena *a = dci_arena_new(0, 0);
    ck_assert_ptr_nonnull(dci_arena_alloc(a, 1));
    dci_arena_free(a);
}
END_TEST

static Suite *arena_suite(void)
{
    Suite *s = suite_create("arena");
    TCase *tc = tcase_create("alloc");
    /* many allocations: slow under sanitizers on a loaded machine */
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_new_arena_has_no_failure_and_no_peak);
    tcase_add_test(tc, test_alloc_is_16_byte_aligned_for_every_size);
    tcase_add_test(tc, test_allocations_do_not_overlap);
    tcase_add_test(tc, test_released_block_is_reused_by_same_size_class);
    tcase_add_test(tc, test_released_block_is_not_given_to_other_size_class);
    tcase_add_test(tc, test_coarse_class_block_is_reused);
    tcase_add_test(tc, test_release_of_null_is_harmless);
    tcase_add_test(tc, test_calloc_zero_fills_a_reused_block);
    tcase_add_test(tc, test_large_block_is_usable_and_counted_in_peak);
    tcase_add_test(tc, test_strndup_copies_len_bytes_and_terminates);
    tcase_add_test(tc, test_strndup_of_large_string);
    tcase_add_test(tc, test_free_of_null_arena_is_harmless);
    suite_add_tcase(s, tc);

    TCase *budget = tcase_create("budget");
    tcase_add_test(budget, test_released_large_block_gives_its_bytes_back_to_the_budget);
    tcase_add_test(budget, test_allocation_over_budget_fails_with_over_budget);
    tcase_add_test(budget, test_after_failure_every_allocation_fails);
    tcase_add_test(budget, test_many_small_allocations_reach_the_budget);
    tcase_add_test(budget, test_huge_request_fails_without_overflow);
    tcase_add_test(budget, test_peak_is_a_high_water_mark);
    tcase_add_test(budget, test_peak_counts_chunks_of_small_blocks);
    suite_add_tcase(s, budget);

    TCase *deadline = tcase_create("deadline");
    tcase_set_timeout(deadline, 20);
    tcase_add_test(deadline, test_deadline_makes_allocations_fail_with_over_time);
    tcase_add_test(deadline, test_first_allocation_after_deadline_fails);
    tcase_add_test(deadline, test_no_deadline_without_timeout);
    tcase_add_test(deadline, test_out_of_time_reads_the_clock);
    tcase_add_test(deadline, test_deadline_not_struck_early);
    suite_add_tcase(s, deadline);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(arena_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? 0 : 1;
}
