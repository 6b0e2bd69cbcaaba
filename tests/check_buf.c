/* Unit tests of the growable buffer every writer uses. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"

/* The buffer's content as a string (it is always NUL-terminated once written). */
static const char *data_of(const dci_buf *b)
{
    return b->data ? b->data : "";
}

START_TEST(test_put_appends_exact_bytes)
{
    dci_buf b = DCI_BUF_INIT;
    dci_buf_put(&b, "hello world", 5);
    ck_assert_uint_eq(b.len, 5);
    ck_assert_str_eq(b.data, "hello");
    dci_buf_put(&b, ", you", 5);
    ck_assert_str_eq(b.data, "hello, you");
    ck_assert_uint_eq(b.len, 10);
    ck_assert_uint_gt(b.cap, b.len);
    dci_buf_free(&b);
}
END_TEST

START_TEST(test_put_keeps_embedded_nul)
{
    dci_buf b = DCI_BUF_INIT;
    dci_buf_put(&b, "a\0b", 3);
    ck_assert_uint_eq(b.len, 3);
    ck_assert_int_eq(memcmp(b.data, "a\0b", 4), 0);
    dci_buf_free(&b);
}
END_TEST

START_TEST(test_puts_and_putc)
{
    dci_buf b = DCI_BUF_INIT;
    dci_buf_puts(&b, "abc");
    dci_buf_putc(&b, '-');
    dci_buf_puts(&b, "");
    dci_buf_puts(&b, "def");
    ck_assert_str_eq(b.data, "abc-def");
    ck_assert_uint_eq(b.len, 7);
    dci_buf_free(&b);
}
END_TEST

START_TEST(test_printf_formats_and_appends)
{
    dci_buf b = DCI_BUF_INIT;
    dci_buf_puts(&b, "n=");
    dci_buf_printf(&b, "%d %s %.2f %%", 42, "str", 1.5);
    ck_assert_str_eq(b.data, "n=42 str 1.50 %");
    ck_assert_uint_eq(b.len, strlen("n=42 str 1.50 %"));
    dci_buf_free(&b);
}
END_TEST

START_TEST(test_printf_longer_than_initial_capacity)
{
    dci_buf b = DCI_BUF_INIT;
    dci_buf_puts(&b, "x");
    dci_buf_printf(&b, "%01000d|", 7);
    ck_assert_uint_eq(b.len, 1 + 1000 + 1);
    ck_assert_int_eq(b.data[0], 'x');
    ck_assert_int_eq(b.data[1], '0');
    ck_assert_int_eq(b.data[1000], '7');
    ck_assert_int_eq(b.data[1001], '|');
    ck_assert_int_eq(b.data[1002], '\0');
    dci_buf_free(&b);
}
END_TEST

START_TEST(test_growth_keeps_all_content)
{
    dci_buf b = DCI_BUF_INIT;
    for (int i = 0; i < 100000; i++)
        dci_buf_put(&b, i % 2 ? "b" : "a", 1);
    ck_assert_uint_eq(b.len, 100000);
    ck_assert_uint_eq(strlen(b.data), 100000);
    /* One assertion, not 100,000: Check's are slow on a loaded machine. */
    int wrong = 0;
    for (int i = 0; i < 100000; i++)
        wrong += b.data[i] != (i % 2 ? 'b' : 'a');
    ck_assert_int_eq(wrong, 0);
    dci_buf_free(&b);
}
END_TEST

START_TEST(test_folded_drops_leading_space_on_empty_buffer)
{
    dci_buf b = DCI_BUF_INIT;
    dci_buf_put_folded(&b, "   hello", 8);
    ck_assert_str_eq(b.data, "hello");
    dci_buf_free(&b);
}
END_TEST

START_TEST(test_folded_folds_runs_to_one_space)
{
    dci_buf b = DCI_BUF_INIT;
    const char *s = "one   two \t\n\r\f three  ";
    dci_buf_put_folded(&b, s, strlen(s));
    /* a trailing run becomes one space; rtrim is the caller's business */
    ck_assert_str_eq(b.data, "one two three ");
    dci_buf_free(&b);
}
END_TEST

START_TEST(test_folded_turns_tabs_and_newlines_into_spaces)
{
    dci_buf b = DCI_BUF_INIT;
    const char *s = "a\tb\nc\r\nd";
    dci_buf_put_folded(&b, s, strlen(s));
    ck_assert_str_eq(b.data, "a b c d");
    dci_buf_free(&b);
}
END_TEST

START_TEST(test_folded_no_space_after_buffer_ending_in_space)
{
    dci_buf b = DCI_BUF_INIT;
    dci_buf_puts(&b, "a ");
    dci_buf_put_folded(&b, "  b", 3);
    ck_assert_str_eq(b.data, "a b");
    dci_buf_free(&b);
    dci_buf_puts(&b, "a\n");
    dci_buf_put_folded(&b, " b", 2);
    ck_assert_str_eq(b.data, "a\nb");
    dci_buf_free(&b);
}
END_TEST

START_TEST(test_folded_keeps_leading_space_after_a_word)
{
    dci_buf b = DCI_BUF_INIT;
    dci_buf_puts(&b, "foo");
    dci_buf_put_folded(&b, "  bar", 5);
    ck_assert_str_eq(b.data, "foo bar");
    dci_buf_put_folded(&b, "baz", 3);
    ck_assert_str_eq(b.data, "foo barbaz");
    dci_buf_free(&b);
}
END_TEST

/* Folding up to a limit leaves the first limit + 1 bytes the whole text
 * folds to (all of them when fewer), whatever the buffer held before. */
START_TEST(test_folded_upto_is_a_prefix_of_the_whole)
{
    static const char *const texts[] = {
        "  one   two \t three  ", "abcdefghij klmnop", "h\xc3\xa9llo \xe4\xb8\xad\xe6\x96\x87",
        "a\xc2\xa0\xc2\xa0" "b\xe3\x80\x80" "c", "", "   ", "x",
    };
    static const char *const before[] = {"", "a", "a ", "ab\n"};
    for (size_t t = 0; t < sizeof texts / sizeof *texts; t++)
        for (size_t p = 0; p < sizeof before / sizeof *before; p++)
            for (size_t limit = 0; limit < 40; limit++) {
                dci_buf whole = DCI_BUF_INIT, part = DCI_BUF_INIT;
                dci_buf_puts(&whole, before[p]);
                dci_buf_puts(&part, before[p]);
                dci_buf_put_folded(&whole, texts[t], strlen(texts[t]));
                dci_buf_put_folded_upto(&part, texts[t], strlen(texts[t]), limit);
                size_t want = whole.len > limit + 1 && part.len > strlen(before[p]) ? limit + 1
                                                                                  : whole.len;
                if (strlen(before[p]) > limit)
                    want = strlen(before[p]);   /* nothing added past the limit */
                ck_assert_msg(part.len == want, "text %zu before %zu limit %zu: %zu bytes, want %zu",
                              t, p, limit, part.len, want);
                ck_assert(memcmp(part.data ? part.data : "", whole.data ? whole.data : "", want) == 0);
                dci_buf_free(&whole);
                dci_buf_free(&part);
            }
}
END_TEST

START_TEST(test_folded_respects_len)
{
    dci_buf b = DCI_BUF_INIT;
    dci_buf_put_folded(&b, "abc def", 5);
    ck_assert_str_eq(b.data, "abc d");
    dci_buf_free(&b);
}
END_TEST

START_TEST(test_folded_only_space_on_empty_buffer_writes_nothing)
{
    dci_buf b = DCI_BUF_INIT;
    dci_buf_put_folded(&b, " \t\n ", 4);
    ck_assert_uint_eq(b.len, 0);
    ck_assert_str_eq(data_of(&b), "");
    dci_buf_free(&b);
}
END_TEST

START_TEST(test_folded_keeps_non_space_non_ascii_bytes)
{
    dci_buf b = DCI_BUF_INIT;
    /* U+200B zero width space is a format character, not white space */
    const char *s = "caf\xc3\xa9 \xe6\x97\xa5\xe6\x9c\xac x\xe2\x80\x8by";
    dci_buf_put_folded(&b, s, strlen(s));
    ck_assert_str_eq(b.data, s);
    dci_buf_free(&b);
}
END_TEST

START_TEST(test_folded_folds_unicode_spaces)
{
    dci_buf b = DCI_BUF_INIT;
    /* no-break space twice, thin space, ideographic space, narrow no-break
     * space next to an ASCII space, medium mathematical space */
    const char *s = "a\xc2\xa0\xc2\xa0" "b\xe2\x80\x89" "c\xe3\x80\x80" "d \xe2\x80\xaf"
                    "e\xe2\x81\x9f" "f";
    dci_buf_put_folded(&b, s, strlen(s));
    ck_assert_str_eq(b.data, "a b c d e f");
    dci_buf_free(&b);
    /* a leading no-break space on an empty buffer is dropped like a space */
    dci_buf_put_folded(&b, "\xc2\xa0x", 3);
    ck_assert_str_eq(b.data, "x");
    dci_buf_free(&b);
}
END_TEST

START_TEST(test_space_len_of_each_kind)
{
    ck_assert_uint_eq(dci_space_len(" x", 2), 1);
    ck_assert_uint_eq(dci_space_len("\t", 1), 1);
    ck_assert_uint_eq(dci_space_len("\xc2\xa0", 2), 2);
    ck_assert_uint_eq(dci_space_len("\xe2\x80\x80", 3), 3);   /* en quad */
    ck_assert_uint_eq(dci_space_len("\xe2\x80\x8a", 3), 3);   /* hair space */
    ck_assert_uint_eq(dci_space_len("\xe2\x80\xaf", 3), 3);   /* narrow no-break */
    ck_assert_uint_eq(dci_space_len("\xe2\x81\x9f", 3), 3);   /* medium math */
    ck_assert_uint_eq(dci_space_len("\xe3\x80\x80", 3), 3);   /* ideographic */
    ck_assert_uint_eq(dci_space_len("x", 1), 0);
    ck_assert_uint_eq(dci_space_len("\xc2\xa9", 2), 0);        /* copyright sign */
    ck_assert_uint_eq(dci_space_len("\xe2\x80\x8b", 3), 0);   /* zero width space */
    ck_assert_uint_eq(dci_space_len("\xe2\x80\x94", 3), 0);   /* em dash */
    ck_assert_uint_eq(dci_space_len("\xe3\x80\x81", 3), 0);   /* ideographic comma */
    /* a sequence cut short by len is not a space */
    ck_assert_uint_eq(dci_space_len("\xc2\xa0", 1), 0);
    ck_assert_uint_eq(dci_space_len("\xe3\x80\x80", 2), 0);
}
END_TEST

START_TEST(test_fold_carries_space_state)
{
    dci_buf b = DCI_BUF_INIT;
    int space = 1;
    dci_buf_fold(&b, "  one ", 6, &space);
    ck_assert_str_eq(b.data, "one ");
    ck_assert_int_eq(space, 1);
    /* the next piece starts after white space: no second space */
    dci_buf_fold(&b, " two", 4, &space);
    ck_assert_str_eq(b.data, "one two");
    ck_assert_int_eq(space, 0);
    /* after a word, a leading space is kept */
    dci_buf_fold(&b, "\nthree", 6, &space);
    ck_assert_str_eq(b.data, "one two three");
    /* space = 0 by the caller keeps a leading run even on an empty buffer */
    dci_buf_free(&b);
    space = 0;
    dci_buf_fold(&b, "\t\tx", 3, &space);
    ck_assert_str_eq(b.data, " x");
    dci_buf_free(&b);
}
END_TEST

START_TEST(test_rtrim_drops_trailing_white_space)
{
    dci_buf b = DCI_BUF_INIT;
    dci_buf_puts(&b, "  abc \t\n\r\f ");
    dci_buf_rtrim(&b);
    ck_assert_str_eq(b.data, "  abc");
    ck_assert_uint_eq(b.len, 5);
    dci_buf_free(&b);
}
END_TEST

START_TEST(test_rtrim_of_only_space_empties)
{
    dci_buf b = DCI_BUF_INIT;
    dci_buf_puts(&b, " \n\t");
    dci_buf_rtrim(&b);
    ck_assert_uint_eq(b.len, 0);
    ck_assert_str_eq(b.data, "");
    dci_buf_free(&b);
}
END_TEST

START_TEST(test_rtrim_of_unallocated_buffer)
{
    dci_buf b = DCI_BUF_INIT;
    dci_buf_rtrim(&b);
    ck_assert_uint_eq(b.len, 0);
    ck_assert_ptr_null(b.data);
    dci_buf_puts(&b, "ok");
    ck_assert_str_eq(b.data, "ok");
    dci_buf_free(&b);
}
END_TEST

START_TEST(test_detach_hands_over_data_and_empties)
{
    dci_buf b = DCI_BUF_INIT;
    dci_buf_puts(&b, "content");
    size_t len = 0;
    char *s = dci_buf_detach(&b, &len);
    ck_assert_str_eq(s, "content");
    ck_assert_uint_eq(len, 7);
    ck_assert_ptr_null(b.data);
    ck_assert_uint_eq(b.len, 0);
    ck_assert_uint_eq(b.cap, 0);
    /* the buffer is usable again and does not share s */
    dci_buf_puts(&b, "new");
    ck_assert_str_eq(b.data, "new");
    ck_assert_str_eq(s, "content");
    free(s);
    dci_buf_free(&b);
}
END_TEST

START_TEST(test_detach_of_empty_buffer_gives_empty_string)
{
    dci_buf b = DCI_BUF_INIT;
    size_t len = 99;
    char *s = dci_buf_detach(&b, &len);
    ck_assert_ptr_nonnull(s);
    ck_assert_str_eq(s, "");
    ck_assert_uint_eq(len, 0);
    free(s);
}
END_TEST

START_TEST(test_detach_with_null_len)
{
    dci_buf b = DCI_BUF_INIT;
    dci_buf_puts(&b, "x");
    char *s = dci_buf_detach(&b, NULL);
    ck_assert_str_eq(s, "x");
    free(s);
}
END_TEST

START_TEST(test_detach_after_rtrim_is_terminated_at_new_length)
{
    dci_buf b = DCI_BUF_INIT;
    dci_buf_puts(&b, "word   ");
    dci_buf_rtrim(&b);
    size_t len = 0;
    char *s = dci_buf_detach(&b, &len);
    ck_assert_str_eq(s, "word");
    ck_assert_uint_eq(len, 4);
    free(s);
}
END_TEST

START_TEST(test_failed_buffer_ignores_writes)
{
    dci_buf b = DCI_BUF_INIT;
    dci_buf_puts(&b, "kept");
    b.failed = 1;
    dci_buf_puts(&b, " lost");
    dci_buf_putc(&b, '!');
    dci_buf_printf(&b, "%d", 12345);
    dci_buf_put_folded(&b, "more words", 10);
    ck_assert_uint_eq(b.len, 4);
    ck_assert_int_eq(memcmp(b.data, "kept", 5), 0);
    dci_buf_free(&b);
}
END_TEST

START_TEST(test_failed_buffer_detaches_to_null_and_resets)
{
    dci_buf b = DCI_BUF_INIT;
    dci_buf_puts(&b, "data");
    b.failed = 1;
    size_t len = 77;
    ck_assert_ptr_null(dci_buf_detach(&b, &len));
    /* the buffer was freed and the flag cleared: it can be used again */
    ck_assert_ptr_null(b.data);
    ck_assert_uint_eq(b.len, 0);
    ck_assert_int_eq(b.failed, 0);
    dci_buf_puts(&b, "again");
    ck_assert_str_eq(b.data, "again");
    dci_buf_free(&b);
}
END_TEST

START_TEST(test_failed_empty_buffer_detaches_to_null)
{
    dci_buf b = DCI_BUF_INIT;
    b.failed = 1;
    ck_assert_ptr_null(dci_buf_detach(&b, NULL));
}
END_TEST

START_TEST(test_impossible_growth_sets_failed)
{
    dci_buf b = DCI_BUF_INIT;
    dci_buf_puts(&b, "abc");
    /* a length that overflows len + extra + 1 must fail, not wrap around */
    dci_buf_put(&b, "x", (size_t)-2);
    ck_assert_int_eq(b.failed, 1);
    ck_assert_uint_eq(b.len, 3);
    ck_assert_ptr_null(dci_buf_detach(&b, NULL));
}
END_TEST

START_TEST(test_free_resets_everything)
{
    dci_buf b = DCI_BUF_INIT;
    dci_buf_puts(&b, "abc");
    b.failed = 1;
    dci_buf_free(&b);
    ck_assert_ptr_null(b.data);
    ck_assert_uint_eq(b.len, 0);
    ck_assert_uint_eq(b.cap, 0);
    ck_assert_int_eq(b.failed, 0);
}
END_TEST

START_TEST(test_is_space_is_html_white_space)
{
    ck_assert(dci_is_space(' '));
    ck_assert(dci_is_space('\t'));
    ck_assert(dci_is_space('\n'));
    ck_assert(dci_is_space('\f'));
    ck_assert(dci_is_space('\r'));
    ck_assert(!dci_is_space('\v'));
    ck_assert(!dci_is_space('a'));
    ck_assert(!dci_is_space('\0'));
    ck_assert(!dci_is_space(0xA0));
    ck_assert(!dci_is_space(0x85));
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
    tcase_add_test(fold, test_folded_upto_is_a_prefix_of_the_whole);
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
