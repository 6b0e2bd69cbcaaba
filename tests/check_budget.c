/* Unit tests of the memory budget: takes that fit, takes that do not, and
 * many threads giving back what they took. */
#include <check.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>

#include "budget.h"

START_TEST(test_take_and_give)
{
    cli_budget *b = cli_budget_new(100);
    ck_assert_ptr_nonnull(b);
    ck_assert_uint_eq(cli_budget_total(b), 100);
    ck_assert_int_eq(cli_budget_take(b, 60), 0);
    ck_assert_int_eq(cli_budget_take(b, 41), -1);
    ck_assert_uint_eq(cli_budget_used(b), 60);
    ck_assert_int_eq(cli_budget_take(b, 40), 0);
    ck_assert_int_eq(cli_budget_take(b, 1), -1);
    cli_budget_give(b, 60);
    ck_assert_uint_eq(cli_budget_used(b), 40);
    ck_assert_int_eq(cli_budget_take(b, 0), 0);
    cli_budget_give(b, 40);
    ck_assert_uint_eq(cli_budget_used(b), 0);
    cli_budget_free(b);
}
END_TEST

START_TEST(test_no_overflow)
{
    cli_budget *b = cli_budget_new(100);
    ck_assert_int_eq(cli_budget_take(b, 50), 0);
    ck_assert_int_eq(cli_budget_take(b, SIZE_MAX), -1);
    ck_assert_int_eq(cli_budget_take(b, SIZE_MAX - 20), -1);
    ck_assert_uint_eq(cli_budget_used(b), 50);
    cli_budget_free(b);
    cli_budget_free(NULL);
}
END_TEST

static void *churn(void *p)
{
    cli_budget *b = p;
    for (int i = 0; i < 20000; i++)
        if (cli_budget_take(b, 3) == 0)
            cli_budget_give(b, 3);
    return NULL;
}

START_TEST(test_threads)
{
    cli_budget *b = cli_budget_new(10);
    pthread_t t[4];
    for (int i = 0; i < 4; i++)
        ck_assert_int_eq(pthread_create(&t[i], NULL, churn, b), 0);
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    ck_assert_uint_eq(cli_budget_used(b), 0);
    cli_budget_free(b);
}
END_TEST

static Suite *budget_suite(void)
{
    Suite *s = suite_create("budget");
    TCase *tc = tcase_create("budget");
    tcase_add_test(tc, test_take_and_give);
    tcase_add_test(tc, test_no_overflow);
    tcase_add_test(tc, test_threads);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(budget_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
