/* Unit tests of date reading: each shape a page writes, and what is not a date. */
#include <check.h>
#include <string.h>

#include "date.h"
#include "sizes.h"

typedef struct date_case {
    const char *in;
    const char *want;   /* "" for not a date */
} date_case;

static const date_case cases[] = {
    /* ISO 8601 variants */
    {"2007-05-29", "2007-05-29"},
    {"2007-05-29T09:49:00", "2007-05-29T09:49:00"},
    {"2007-05-29T09:49", "2007-05-29T09:49:00"},
    {"2007-05-29 09:49:00", "2007-05-29T09:49:00"},
    {"2015-03-27T13:07:55.096Z", "2015-03-27T13:07:55Z"},
    {"2017-11-03 03:01:00.000000", "2017-11-03T03:01:00"},
    {"2021-11-01T10:52:50+0100", "2021-11-01T10:52:50+01:00"},
    {"2015-07-10T09:53:00-04:00", "2015-07-10T09:53:00-04:00"},
    {"2019-01-03T07:00:02+00:00", "2019-01-03T07:00:02Z"},
    {"2013-09-11T10:00:00-04", "2013-09-11T10:00:00-04:00"},
    {"  2024-06-25\n", "2024-06-25"},
    /* RFC 2822 */
    {"Tue, 29 May 2007 09:49:00 GMT", "2007-05-29T09:49:00Z"},
    {"Tue, 29 May 2007 09:49:00 +0200", "2007-05-29T09:49:00+02:00"},
    {"29 May 2007 09:49 -0700", "2007-05-29T09:49:00-07:00"},
    {"Wed, 18 Jan 2017 23:00:00 PST", "2017-01-18T23:00:00-08:00"},
    /* numeric */
    {"05/29/2007", "2007-05-29"},
    {"29/05/2007", "2007-05-29"},
    {"2007/05/29", "2007-05-29"},
    {"29.05.2007", "2007-05-29"},
    {"05/29/2007 9:49 PM", "2007-05-29T21:49:00"},
    /* English words */
    {"May 29, 2007", "2007-05-29"},
    {"29 May 2007", "2007-05-29"},
    {"Tuesday, May 29, 2007", "2007-05-29"},
    {"Sept. 3, 2019", "2019-09-03"},
    {"January 18, 2017 11:00 PM PST", "2017-01-18T23:00:00-08:00"},
    {"April 28, 2019 at 6:01 am", "2019-04-28T06:01:00"},
    {"March 1st, 2020", "2020-03-01"},
    {"12:30 am Feb 29 2020", "2020-02-29T00:30:00"},
    {"29\xc2\xa0May\xc2\xa0" "2007", "2007-05-29"},
    /* localized month names */
    {"29. Mai 2007", "2007-05-29"},
    {"3. März 2021 um 10:15", "2021-03-03T10:15:00"},
    {"29 maja 2007", "2007-05-29"},
    {"1 października 2019 r.", "2019-10-01"},
    {"29 de mayo de 2007", "2007-05-29"},
    {"1er décembre 2018", "2018-12-01"},
    {"29 MAI 2007", "2007-05-29"},
    {"29 maggio 2007", "2007-05-29"},
    {"29 mei 2007", "2007-05-29"},
    {"29 de março de 2007", "2007-03-29"},
    {"29 мая 2007 г.", "2007-05-29"},
    {"Январь 5, 2020", "2020-01-05"},
    /* not dates: left out */
    {"", ""},
    {"yesterday", ""},
    {"2 hours ago", ""},
    {"2007-02-30", ""},
    {"2007-13-01", ""},
    {"Feb 29, 2019", ""},
    {"May 2007", ""},
    {"29 Foo 2007", ""},
    {"2007-05-29T25:00:00", ""},
    {"2007-05-29 garbage", ""},
    {"13:61 May 29, 2007", ""},
    {"14:00 pm May 29, 2007", ""},
    {"May 29, 2007 - Jun 3, 2007", ""},
    {"1234567890", ""},
    {"29 May 07", ""},
    {"FAIL", ""},
};

START_TEST(test_date_shapes)
{
    const date_case *c = &cases[_i];
    char out[DCI_DATE_MAX];
    size_t n = dci_date_parse(c->in, out, sizeof out);
    ck_assert_msg(strcmp(out, c->want) == 0 && n == strlen(c->want),
                  "dci_date_parse(\"%s\") = \"%s\" (%zu), want \"%s\"", c->in, out, n, c->want);
}
END_TEST

START_TEST(test_date_small_buffer_and_null)
{
    char out[DCI_DATE_MAX];
    ck_assert_uint_eq(dci_date_parse(NULL, out, sizeof out), 0);
    ck_assert_str_eq(out, "");
    char small[8] = "x";
    ck_assert_uint_eq(dci_date_parse("2007-05-29", small, sizeof small), 0);
    ck_assert_str_eq(small, "");
}
END_TEST

static Suite *date_suite(void)
{
    Suite *s = suite_create("date");
    TCase *tc = tcase_create("parse");
    tcase_add_loop_test(tc, test_date_shapes, 0, DCX_COUNTOF(cases));
    tcase_add_test(tc, test_date_small_buffer_and_null);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(date_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? 0 : 1;
}
