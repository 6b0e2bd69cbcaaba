/* Unit tests of the growable buffer every writer uses. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"

/* The buffer's content as a string (it is always NUL-terminated once written). */
static const char *data_of(const dc_buf *b)
{
    return b->data ? b->data : "";
}

START_TEST(test_put_appends_exact_bytes)
{
    dc_buf b = DC_BUF_INIT;
    dc_buf_put(&b, "hello world", 5);
    ck_assert_uint_eq(b.len, 5);
    ck_assert_str_eq(b.data, "hello");
    dc_buf_put(&b, ", you", 5);
    ck_assert_str_eq(b.data, "hello, you");
    ck_assert_uint_eq(b.len, 10);
    ck_assert_uint_gt(b.cap, b.len);
    dc_buf_free(&b);
}
END_TEST

START_TEST(test_put_keeps_embedded_nul)
{
    dc_buf b = DC_BUF_INIT;
    dc_buf_put(&b, "a\0b", 3);
    ck_assert_uint_eq(b.len, 3);
    ck_assert_int_eq(memcmp(b.data, "a\0b", 4), 0);
    dc_buf_free(&b);
}
END_TEST

START_TEST(test_puts_and_putc)
{
    dc_buf b = DC_BUF_INIT;
    dc_buf_puts(&b, "abc");
    dc_buf_putc(&b, '-');
    dc_buf_puts(&b, "");
    dc_buf_puts(&b, "def");
    ck_assert_str_eq(b.data, "abc-def");
    ck_assert_uint_eq(b.len, 7);
    dc_buf_free(&b);
}
END_TEST

START_TEST(test_printf_formats_and_appends)
{
    dc_buf b = DC_BUF_INIT;
    dc_buf_puts(&b, "n=");
    dc_buf_printf(&b, "%d %s %.2f %%", 42, "str", 1.5);
    ck_assert_str_eq(b.data, "n=42 str 1.50 %");
    ck_assert_uint_eq(b.len, strlen("n=42 str 1.50 %"));
    dc_buf_free(&b);
}
END_TEST

START_TEST(test_printf_longer_than_initial_capacity)
{
    dc_buf b = DC_BUF_INIT;
    dc_buf_puts(&b, "x");
    dc_buf_printf(&b, "%01000d|", 7);
    ck_assert_uint_eq(b.len, 1 + 1000 + 1);
    ck_assert_int_eq(b.data[0], 'x');
    ck_assert_int_eq(b.data[1], '0');
    ck_assert_int_eq(b.data[1000], '7');
    ck_assert_int_eq(b.data[1001], '|');
    ck_assert_int_eq(b.data[1002], '\0');
    dc_buf_free(&b);
}
END_TEST

START_TEST(test_growth_keeps_all_content)
{
    dc_buf b = DC_BUF_INIT;
    for (int i = 0; i < 100000; i++)
        dc_buf_put(&b, i % 2 ? "b" : "a", 1);
    ck_assert_uint_eq(b.len, 100000);
    ck_assert_uint_eq(strlen(b.data), 100000);
    /* One assertion, not 100,000: Check's are slow on a loaded machine. */
    int wrong = 0;
    for (int i = 0; i < 100000; i++)
        wrong += b.data[i] != (i % 2 ? 'b' : 'a');
    ck_assert_int_eq(wrong, 0);
    dc_buf_free(&b);
}
END_TEST

START_TEST(test_folded_drops_leading_space_on_empty_buffer)
{
    dc_buf b = DC_BUF_INIT;
    dc_buf_put_folded(&b, "   hello", 8);
    ck_assert_str_eq(b.data, "hello");
    dc_buf_free(&b);
}
END_TEST

START_TEST(test_folded_folds_runs_to_one_space)
{
    dc_buf b = DC_BUF_INIT;
    const char *s = "one   two \t\n\r\f three  ";
    dc_buf_put_folded(&b, s, strlen(s));
    /* a trailing run becomes one space; rtrim is the caller's business */
    ck_assert_str_eq(b.data, "one two three ");
    dc_buf_free(&b);
}
END_TEST

START_TEST(test_folded_turns_tabs_and_newlines_into_spaces)
{
    dc_buf b = DC_BUF_INIT;
    const char *s = "a\tb\nc\r\nd";
    dc_buf_put_folded(&b, s, strlen(s));
    ck_assert_str_eq(b.data, "a b c d");
    dc_buf_free(&b);
}
END_TEST

START_TEST(test_folded_no_space_after_buffer_ending_in_space)
{
    dc_buf b = DC_BUF_INIT;
    dc_buf_puts(&b, "a ");
    dc_buf_put_folded(&b, "  b", 3);
    ck_assert_str_eq(b.data, "a b");
    dc_buf_free(&b);
    dc_buf_puts(&b, "a\n");
    dc_buf_put_folded(&b, " b", 2);
    ck_assert_str_eq(b.data, "a\nb");
    dc_buf_free(&b);
}
END_TEST

START_TEST(test_folded_keeps_leading_space_after_a_word)
{
    dc_buf b = DC_BUF_INIT;
    dc_buf_puts(&b, "foo");
    dc_buf_put_folded(&b, "  bar", 5);
    ck_assert_str_eq(b.data, "foo bar");
    dc_buf_put_folded(&b, "baz", 3);
    ck_assert_str_eq(b.data, "foo barbaz");
    dc_buf_free(&b);
}
END_TEST

START_TEST(test_folded_respects_len)
{
    dc_buf b = DC_BUF_INIT;
    dc_buf_put_folded(&b, "abc def", 5);
    ck_assert_str_eq(b.data, "abc d");
    dc_buf_free(&b);
}
END_TEST

START_TEST(test_folded_only_space_on_empty_buffer_writes_nothing)
{
    dc_buf b = DC_BUF_INIT;
    dc_buf_put_folded(&b, " \t\n ", 4);
    ck_assert_uint_eq(b.len, 0);
    ck_assert_str_eq(data_of(&b), "");
    dc_buf_free(&b);
}
END_TEST

START_TEST(test_folded_keeps_non_space_non_ascii_bytes)
{
    dc_buf b = DC_BUF_INIT;
    /* U+200B zero width space is a format character, not white space */
    const char *s = "caf\xc3\xa9 \xe6\x97\xa5\xe6\x9c\xac x\xe2\x80\x8by";
    dc_buf_put_folded(&b, s, strlen(s));
    ck_assert_str_eq(b.data, s);
    dc_buf_free(&b);
}
END_TEST

START_TEST(test_folded_folds_unicode_spaces)
{
    dc_buf b = DC_BUF_INIT;
    /* no-break space twice, thin space, ideographic space, narrow no-break
     * space next to an ASCII space, medium mathematical space */
    const char *s = "a\xc2\xa0\xc2\xa0" "b\xe2\x80\x89" "c\xe3\x80\x80" "d \xe2\x80\xaf"
                    "e\xe2\x81\x9f" "f";
    dc_buf_put_folded(&b, s, strlen(s));
    ck_assert_str_eq(b.data, "a b c d e f");
    dc_buf_free(&b);
    /* a leading no-break space on an empty buffer is dropped like a space */
    dc_buf_put_folded(&b, "\xc2\xa0x", 3);
    ck_assert_str_eq(b.data, "x");
    dc_buf_free(&b);
}
END_TEST

START_TEST(test_space_len_of_each_kind)
{
    ck_assert_uint_eq(dc_space_len(" x", 2), 1);
    ck_assert_uint_eq(dc_space_len("\t", 1), 1);
    ck_assert_uint_eq(dc_space_len("\xc2\xa0", 2), 2);
    ck_assert_uint_eq(dc_space_len("\xe2\x80\x80", 3), 3);   /* en quad */
    ck_assert_uint_eq(dc_space_len("\xe2\x80\x8a", 3), 3);   /* hair space */
    ck_assert_uint_eq(dc_space_len("\xe2\x80\xaf", 3), 3);   /* narrow no-break */
    ck_assert_uint_eq(dc_space_len("\xe2\x81\x9f", 3), 3);   /* medium math */
    ck_assert_uint_eq(dc_space_len("\xe3\x80\x80", 3), 3);   /* ideographic */
    ck_assert_uint_eq(dc_space_len("x", 1), 0);
    ck_assert_uint_eq(dc_space_len("\xc2\xa9", 2), 0);        /* copyright sign */
    ck_assert_uint_eq(dc_space_len("\xe2\x80\x8b", 3), 0);   /* zero width space */
    ck_assert_uint_eq(dc_space_len("\xe2\x80\x94", 3), 0);   /* em dash */
    ck_assert_uint_eq(dc_space_len("\xe3\x80\x81", 3), 0);   /* ideographic comma */
    /* a sequence cut short by len is not a space */
    ck_assert_uint_eq(dc_space_len("\xc2\xa0", 1), 0);
    ck_assert_uint_eq(dc_space_len("\xe3\x80\x80", 2), 0);
}
END_TEST

START_TEST(test_fold_carries_space_state)
{
    dc_buf b = DC_BUF_INIT;
    int space = 1;
    dc_buf_fold(&b, "  one ", 6, &space);
    ck_assert_str_eq(b.data, "one ");
    ck_assert_int_eq(space, 1);
    /* the next piece starts after white space: no second space */
    dc_buf_fold(&b, " two", 4, &space);
    ck_assert_str_eq(b.data, "one two");
    ck_assert_int_eq(space, 0);
    /* after a word, a leading space is kept */
    dc_buf_fold(&b, "\nthree", 6, &space);
    ck_assert_str_eq(b.data, "one two three");
    /* space = 0 by the caller keeps a leading run even on an empty buffer */
    dc_buf_free(&b);
    space = 0;
    dc_buf_fold(&b, "\t\tx", 3, &space);
    ck_assert_str_eq(b.data, " x");
    dc_buf_free(&b);
}
END_TEST

START_TEST(test_rtrim_drops_trailing_white_space)
{
    dc_buf b = DC_BUF_INIT;
    dc_buf_puts(&b, "  abc \t\n\r\f ");
    dc_buf_rtrim(&b);
    ck_assert_str_eq(b.data, "  abc");
    ck_assert_uint_eq(b.len, 5);
    dc_buf_free(&b);
}
END_TEST

START_TEST(test_rtrim_of_only_space_empties)
{
    dc_buf b = DC_BUF_INIT;
    dc_buf_puts(&b, " \n\t");
    dc_buf_rtrim(&b);
    ck_assert_uint_eq(b.len, 0);
    ck_assert_str_eq(b.data, "");
    dc_buf_free(&b);
}
END_TEST

START_TEST(test_rtrim_of_unallocated_buffer)
{
    dc_buf b = DC_BUF_INIT;
    dc_buf_rtrim(&b);
    ck_assert_uint_eq(b.len, 0);
    ck_assert_ptr_null(b.data);
    dc_buf_puts(&b, "ok");
    ck_assert_str_eq(b.data, "ok");
    dc_buf_free(&b);
}
END_TEST

START_TEST(test_detach_hands_over_data_and_empties)
{
    dc_buf b = DC_BUF_INIT;
    dc_buf_puts(&b, "content");
    size_t len = 0;
    char *s = dc_buf_detach(&b, &len);
    ck_assert_str_eq(s, "content");
    ck_assert_uint_eq(len, 7);
    ck_assert_ptr_null(b.data);
    ck_assert_uint_eq(b.len, 0);
    ck_assert_uint_eq(b.cap, 0);
    /* the buffer is usable again and does not share s */
    dc_buf_puts(&b, "new");
    ck_assert_str_eq(b.data, "new");
    ck_assert_str_eq(s, "content");
    free(s);
    dc_buf_free(&b);
}
END_TEST

START_TEST(test_detach_of_empty_buffer_gives_empty_string)
{
    dc_buf b = DC_BUF_INIT;
    size_t len = 99;
    char *s = dc_buf_detach(&b, &len);
    ck_assert_ptr_nonnull(s);
    ck_assert_str_eq(s, "");
    ck_assert_uint_eq(len, 0);
    free(s);
}
END_TEST

START_TEST(test_detach_with_null_len)
{
    dc_buf b = DC_BUF_INIT;
    dc_buf_puts(&b, "x");
    char *s = dc_buf_detach(&b, NULL);
    ck_assert_str_eq(s, "x");
    free(s);
}
END_TEST

START_TEST(test_detach_after_rtrim_is_terminated_at_new_length)
{
    dc_buf b = DC_BUF_INIT;
    dc_buf_puts(&b, "word   ");
    dc_buf_rtrim(&b);
    size_t len = 0;
    char *s = dc_buf_detach(&b, &len);
    ck_assert_str_eq(s, "word");
    ck_assert_uint_eq(len, 4);
    free(s);
}
END_TEST

START_TEST(test_failed_buffer_ignores_writes)
{
    dc_buf b = DC_BUF_INIT;
    dc_buf_puts(&b, "kept");
    b.failed = 1;
    dc_buf_puts(&b, " lost");
    dc_buf_putc(&b, '!');
    dc_buf_printf(&b, "%d", 12345);
    dc_buf_put_folded(&b, "more words", 10);
    ck_assert_uint_eq(b.len, 4);
    ck_assert_int_eq(memcmp(b.data, "kept", 5), 0);
    dc_buf_free(&b);
}
END_TEST

START_TEST(test_failed_buffer_detaches_to_null_and_resets)
{
    dc_buf b = DC_BUF_INIT;
    dc_buf_puts(&b, "data");
    b.failed = 1;
    size_t len = 77;
    ck_assert_ptr_null(dc_buf_detach(&b, &len));
    /* the buffer was freed and the flag cleared: it can be used again */
    ck_assert_ptr_null(b.data);
    ck_assert_uint_eq(b.len, 0);
    ck_assert_int_eq(b.failed, 0);
    dc_buf_puts(&b, "again");
    ck_assert_str_eq(b.data, "again");
    dc_buf_free(&b);
}
END_TEST

START_TEST(test_failed_empty_buffer_detaches_to_null)
{
    dc_buf b = DC_BUF_INIT;
    b.failed = 1;
    ck_assert_ptr_null(dc_buf_detach(&b, NULL));
}
END_TEST

START_TEST(test_impossible_growth_sets_failed)
{
    dc_buf b = DC_BUF_INIT;
    dc_buf_puts(&b, "abc");
    /* a length that overflows len + extra + 1 must fail, not wrap around */
    dc_buf_put(&b, "x", (size_t)-2);
    ck_assert_int_eq(b.failed, 1);
    ck_assert_uint_eq(b.len, 3);
    ck_assert_ptr_null(dc_buf_detach(&b, NULL));
}
END_TEST

START_TEST(test_free_resets_everything)
{
    dc_buf b = DC_BUF_INIT;
    dc_buf_puts(&b, "abc");
    b.failed = 1;
    dc_buf_free(&b);
    ck_assert_ptr_null(b.data);
    ck_assert_uint_eq(b.len, 0);
    ck_assert_uint_eq(b.cap, 0);
    ck_assert_int_eq(b.failed, 0);
}
END_TEST

START_TEST(test_is_space_is_html_white_space)
{
    ck_assert(dc_is_space(' '));
    ck_assert(dc_is_space('\t'));
    ck_assert(dc_is_space('\n'));
    ck_assert(dc_is_space('\f'));
    ck_assert(dc_is_space('\r'));
    ck_assert(!dc_is_space('\v'));
    ck_assert(!dc_is_space('a'));
    ck_assert(!dc_is_space('\0'));
    ck_assert(!dc_is_space(0xA0));
    ck_assert(!dc_is_space(0x85));
}
END_TEST

static Suite *buf_suite(void)
{
    Suite *s = suite_create("buf");
    TCase *put = tcase_create("put");
    tcase_add_test(put, test_put_appends_exact_bytes);
    tcase_add_test(put, test_put_keeps_embedded_nul);
    tcase_add_test(put, test_puts_and_putc);
    tcase_add_test(put, test_printf_formats_and_appends);
    tcase_add_test(put, test_printf_longer_than_initial_capacity);
    tcase_add_test(put, test_growth_keeps_all_content);
    tcase_add_test(put, test_is_space_is_html_white_space);
    suite_add_tcase(s, put);

    TCase *fold = tcase_create("folded");
    tcase_add_test(fold, test_folded_drops_leading_space_on_empty_buffer);
    tcase_add_test(fold, test_folded_folds_runs_to_one_space);
    tcase_add_test(fold, test_folded_turns_tabs_and_newlines_into_spaces);
    tcase_add_test(fold, test_folded_no_space_after_buffer_ending_in_space);
    tcase_add_test(fold, test_folded_keeps_leading_space_after_a_word);
    tcase_add_test(fold, test_folded_respects_len);
    tcase_add_test(fold, test_folded_only_space_on_empty_buffer_writes_nothing);
    tcase_add_test(fold, test_folded_keeps_non_space_non_ascii_bytes);
    tcase_add_test(fold, test_folded_folds_unicode_spaces);
    tcase_add_test(fold, test_space_len_of_each_kind);
    tcase_add_test(fold, test_fold_carries_space_state);
    suite_add_tcase(s, fold);

    TCase *trim = tcase_create("rtrim-detach");
    tcase_add_test(trim, test_rtrim_drops_trailing_white_space);
    tcase_add_test(trim, test_rtrim_of_only_space_empties);
    tcase_add_test(trim, test_rtrim_of_unallocated_buffer);
    tcase_add_test(trim, test_detach_hands_over_data_and_empties);
    tcase_add_test(trim, test_detach_of_empty_buffer_gives_empty_string);
    tcase_add_test(trim, test_detach_with_null_len);
    tcase_add_test(trim, test_detach_after_rtrim_is_terminated_at_new_length);
    tcase_add_test(trim, test_free_resets_everything);
    suite_add_tcase(s, trim);

    TCase *failed = tcase_create("failed");
    tcase_add_test(failed, test_failed_buffer_ignores_writes);
    tcase_add_test(failed, test_failed_buffer_detaches_to_null_and_resets);
    tcase_add_test(failed, test_failed_empty_buffer_detaches_to_null);
    tcase_add_test(failed, test_impossible_growth_sets_failed);
    suite_add_tcase(s, failed);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(buf_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? 0 : 1;
}
