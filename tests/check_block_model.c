/*
 * Unit tests of the block model (block_model.c): its features, its weights
 * and the trimmer that applies them.
 *
 * The weights are data written by scripts/train-block-model; these tests
 * hold what any retraining must still do: drop a typical boilerplate line
 * at either end of an article (a menu of section names set apart by bars, a
 * share prompt of links) and keep the prose. Zeroed weights score every
 * block 0.5 and fail them.
 */
#include "testutil.h"

#include "block_model.h"
#include "content.h"
#include "sizes.h"
#include "tail.h"
#include "tuning.h"
#include "words.h"

/* Five entries: the text-menu rule (six or more) leaves it to the model. */
#define MENU "News | Sport | Business | Culture | Weather"
#define SHARE "Share: Facebook \xe2\x80\xa2 Twitter \xe2\x80\xa2 Email"

/* An article: a menu line, four paragraphs of prose, a share line. */
static dci_block *article(tu_tree *t)
{
    t->n = t->nruns = 0;
    dci_block *root = tu_new_tree(t);
    tu_add_run(t, root, DCI_BLOCK_PARAGRAPH, MENU, NULL);
    tu_add_run(t, root, DCI_BLOCK_PARAGRAPH, TU_PROSE1, NULL);
    tu_add_run(t, root, DCI_BLOCK_PARAGRAPH, TU_PROSE2, NULL);
    tu_add_run(t, root, DCI_BLOCK_PARAGRAPH, TU_PROSE3, NULL);
    tu_add_run(t, root, DCI_BLOCK_PARAGRAPH, TU_PROSE4, NULL);
    tu_add_run(t, root, DCI_BLOCK_PARAGRAPH, SHARE, "https://example.com/share");
    return root;
}

static float feature(const float *f, const char *name)
{
    for (size_t k = 0; k < DCI_BLOCK_FEATURES; k++)
        if (strcmp(dci_block_feature_names[k], name) == 0)
            return f[k];
    ck_abort_msg("no feature %s", name);
    return 0;
}

START_TEST(test_features)
{
    tu_tree t;
    dci_block *root = article(&t);
    float f[8][DCI_BLOCK_FEATURES];
    const dci_block *blocks[8];
    ck_assert_uint_eq(dci_block_model_features(root, f, blocks, 8), 6);
    ck_assert_str_eq(blocks[0]->text, MENU);
    ck_assert_float_eq(feature(f[0], "separators"), 4.0f / 5.0f);
    ck_assert_float_eq(feature(f[0], "first_block"), 1.0f);
    ck_assert_float_eq(feature(f[0], "ends_sentence"), 0.0f);
    ck_assert_float_eq(feature(f[1], "ends_sentence"), 1.0f);
    ck_assert_float_eq(feature(f[1], "link_share"), 0.0f);
    ck_assert_float_eq(feature(f[5], "link_share"), 1.0f);
    ck_assert_float_eq(feature(f[5], "last_block"), 1.0f);
    ck_assert_float_eq(feature(f[5], "position"), 1.0f);
    ck_assert_float_eq_tol(feature(f[1], "words_per_sentence"), 38.0f / 60.0f, 0.001f);
}
END_TEST

/* A Chinese paragraph's sentences end with 。 and its clauses with ，: its
 * features read them as "." and "," (a sentence's end, two sentences, its
 * punctuation), as an English paragraph's; no space follows a stop there. */
START_TEST(test_features_read_wide_stops)
{
    /* 港口委员会召开会议，讨论工程。会议持续了四个小时。 */
#define ZH_PROSE "\xe6\xb8\xaf\xe5\x8f\xa3\xe5\xa7\x94\xe5\x91\x98\xe4\xbc\x9a\xe5\x8f\xac"   \
                 "\xe5\xbc\x80\xe4\xbc\x9a\xe8\xae\xae\xef\xbc\x8c\xe8\xae\xa8\xe8\xae\xba\xe5\xb7\xa5" \
                 "\xe7\xa8\x8b\xe3\x80\x82\xe4\xbc\x9a\xe8\xae\xae\xe6\x8c\x81\xe7\xbb\xad\xe4\xba\x86" \
                 "\xe5\x9b\x9b\xe4\xb8\xaa\xe5\xb0\x8f\xe6\x97\xb6\xe3\x80\x82"
    tu_tree t;
    t.n = t.nruns = 0;
    dci_block *root = tu_new_tree(&t);
    tu_add_run(&t, root, DCI_BLOCK_PARAGRAPH, ZH_PROSE, NULL);
    float f[1][DCI_BLOCK_FEATURES];
    ck_assert_uint_eq(dci_block_model_features(root, f, NULL, 1), 1);
    ck_assert_float_eq(feature(f[0], "ends_sentence"), 1.0f);
    /* three runs of 9, 4 and 9 Han characters: 5 + 2 + 5 words, as spaced */
    size_t words = dci_count_spaced_words(ZH_PROSE, strlen(ZH_PROSE));
    ck_assert_uint_eq(words, 12);
    ck_assert_float_eq_tol(feature(f[0], "log_words"), logf(13.0f), 0.001f);
    ck_assert_float_eq_tol(feature(f[0], "words_per_sentence"), (float)words / 2.0f / 60.0f, 0.001f);
    ck_assert_float_eq_tol(feature(f[0], "punct_per_word"), 3.0f / (float)words, 0.001f);
#undef ZH_PROSE
}
END_TEST

/* The weights tell boilerplate from prose: zeroed, every block scores 0.5. */
START_TEST(test_scores_tell_boilerplate_from_prose)
{
    tu_tree t;
    dci_block *root = article(&t);
    float f[6][DCI_BLOCK_FEATURES];
    dci_block_model_features(root, f, NULL, 6);
    float menu = dci_block_model_score(f[0]), share = dci_block_model_score(f[5]);
    ck_assert_msg(menu >= dci_tuning_defaults.block_model_min, "menu scores %g", menu);
    ck_assert_msg(share >= dci_tuning_defaults.block_model_min, "share line scores %g", share);
    for (size_t i = 1; i < 5; i++) {
        float p = dci_block_model_score(f[i]);
        ck_assert_msg(p < 0.3f, "prose %zu scores %g", i, p);
    }
}
END_TEST

START_TEST(test_trim_drops_boilerplate_keeps_prose)
{
    tu_tree t;
    dci_block *root = article(&t);
    dci_arena *a = dci_arena_new(0, 0);
    dci_tail_drop *drops = NULL;
    size_t n = 0;
    ck_assert_int_eq(dci_block_model_trim(root, &dci_tuning_defaults, a, &drops, &n), 2);
    char got[2048];
    tu_leaves(root, got, sizeof got);
    ck_assert_str_eq(got, TU_PROSE1 "|" TU_PROSE2 "|" TU_PROSE3 "|" TU_PROSE4);
    ck_assert_uint_eq(n, 2);
    ck_assert_int_eq(drops[0].reason, DCI_TAIL_MODEL);
    ck_assert_str_eq(drops[0].block->text, MENU);
    ck_assert_str_eq(drops[1].block->text, SHARE);
    dci_arena_free(a);
}
END_TEST

START_TEST(test_zero_is_off)
{
    tu_tree t;
    dci_block *root = article(&t);
    dci_tuning tu = dci_tuning_defaults;
    tu.block_model_min = 0;
    ck_assert_int_eq(dci_block_model_trim(root, &tu, NULL, NULL, NULL), 0);
    ck_assert_uint_eq(dci_content_blocks(root), 6);
}
END_TEST

/* Only the blocks near either end are judged: a menu line in the middle of
 * a long article stays (the model never saw one there). */
START_TEST(test_middle_not_judged)
{
    tu_tree t;
    dci_block *root = tu_new_tree(&t);
    const char *prose[] = {TU_PROSE1, TU_PROSE2, TU_PROSE3, TU_PROSE4};
    for (size_t i = 0; i < 8; i++) {
        if (i == 4)
            tu_add_run(&t, root, DCI_BLOCK_PARAGRAPH, MENU, NULL);
        tu_add_run(&t, root, DCI_BLOCK_PARAGRAPH, prose[i % 4], NULL);
    }
    ck_assert_int_eq(dci_block_model_trim(root, &dci_tuning_defaults, NULL, NULL, NULL), 0);
}
END_TEST

/* In a long article the blocks at its far end are judged too (their
 * features kept in the last rows): a menu line closing ten paragraphs
 * goes, a share line opening them goes, the paragraphs stay. */
START_TEST(test_long_article_ends_judged)
{
    tu_tree t;
    dci_block *root = tu_new_tree(&t);
    const char *prose[] = {TU_PROSE1, TU_PROSE2, TU_PROSE3, TU_PROSE4};
    tu_add_run(&t, root, DCI_BLOCK_PARAGRAPH, SHARE, NULL);
    for (size_t i = 0; i < 10; i++)
        tu_add_run(&t, root, DCI_BLOCK_PARAGRAPH, prose[i % 4], NULL);
    tu_add_run(&t, root, DCI_BLOCK_PARAGRAPH, MENU, NULL);
    dci_arena *a = dci_arena_new(0, 0);
    dci_tail_drop *drops = NULL;
    size_t n = 0;
    ck_assert_int_eq(dci_block_model_trim(root, &dci_tuning_defaults, a, &drops, &n), 2);
    ck_assert_uint_eq(n, 2);
    ck_assert_str_eq(drops[0].block->text, SHARE);
    ck_assert_str_eq(drops[1].block->text, MENU);
    ck_assert_uint_eq(dci_content_blocks(root), 10);
    dci_arena_free(a);
}
END_TEST

/* The last item of a list the article keeps goes with its list, though
 * the model alone would drop it (on a page, "Wi-Fi: 802.11b/g" closing a
 * machine's specifications; here a line the model surely drops, the share
 * prompt); near miss: the same line as a paragraph after the list goes. */
static dci_block *spec_list(tu_tree *t, int as_item)
{
    dci_block *root = tu_new_tree(t);
    tu_add_run(t, root, DCI_BLOCK_PARAGRAPH, TU_PROSE1, NULL);
    tu_add_run(t, root, DCI_BLOCK_PARAGRAPH, TU_PROSE2, NULL);
    tu_add_run(t, root, DCI_BLOCK_PARAGRAPH, TU_PROSE3, NULL);
    dci_block *list = tu_add(t, root, DCI_BLOCK_LIST, NULL);
    tu_add_run(t, tu_add(t, list, DCI_BLOCK_ITEM, NULL), DCI_BLOCK_PARAGRAPH,
               "Memory: 512MB DDR2 533MHz SDRAM (1GB Max)", NULL);
    tu_add_run(t, tu_add(t, list, DCI_BLOCK_ITEM, NULL), DCI_BLOCK_PARAGRAPH,
               "Audio: VIA VT1708A High Definition Audio Codec with built-in speakers", NULL);
    tu_add_run(t, as_item ? tu_add(t, list, DCI_BLOCK_ITEM, NULL) : root, DCI_BLOCK_PARAGRAPH,
               SHARE, NULL);
    return root;
}

START_TEST(test_last_item_goes_with_its_list)
{
    tu_tree t;
    ck_assert_int_eq(dci_block_model_trim(spec_list(&t, 1), &dci_tuning_defaults, NULL, NULL, NULL),
                     0);
    ck_assert_int_eq(dci_block_model_trim(spec_list(&t, 0), &dci_tuning_defaults, NULL, NULL, NULL),
                     1);
}
END_TEST

/* An article the model would drop whole is left as it is. */
START_TEST(test_never_drops_all)
{
    tu_tree t;
    dci_block *root = tu_new_tree(&t);
    tu_add_run(&t, root, DCI_BLOCK_PARAGRAPH, MENU, NULL);
    tu_add_run(&t, root, DCI_BLOCK_PARAGRAPH, SHARE, "https://example.com/share");
    ck_assert_int_eq(dci_block_model_trim(root, &dci_tuning_defaults, NULL, NULL, NULL), 0);
    ck_assert_uint_eq(dci_content_blocks(root), 2);
}
END_TEST

/* The whole pipeline: the menu line opening an article goes, and it is
 * the model that drops it (with the model off it stays). */
static char *extract_text(const char *html, const char *tuning)
{
    dc_options opt;
    dc_options_init(&opt);
    opt.tuning = tuning;
    dc_result *r = dc_extract(html, strlen(html), &opt);
    ck_assert_ptr_nonnull(r);
    size_t len = 0;
    char *text = dc_render(r, DC_FORMAT_TEXT, DC_RENDER_NO_TITLE, &len);
    ck_assert_ptr_nonnull(text);
    dc_result_free(r);
    return text;
}

START_TEST(test_extract_drops_menu_line)
{
    const char *html = "<html><head><title>" TU_TITLE "</title></head><body><article>"
                       "<p>" MENU "</p><p>" TU_PROSE1 "</p><p>" TU_PROSE2 "</p><p>" TU_PROSE3
                       "</p><p>" TU_PROSE4 "</p></article></body></html>";
    char *text = extract_text(html, NULL);
    ck_assert_msg(!strstr(text, "Weather"), "menu kept: %s", text);
    ck_assert_msg(strstr(text, "northern sea wall") && strstr(text, "shortly afterwards"),
                  "prose lost: %s", text);
    free(text);
    text = extract_text(html, "block_model_min=0");
    ck_assert_msg(strstr(text, MENU), "menu dropped with the model off: %s", text);
    free(text);
}
END_TEST

static Suite *block_model_suite(void)
{
    Suite *s = suite_create("block_model");
    TCase *tc = tcase_create("model");
    tcase_add_test(tc, test_features);
    tcase_add_test(tc, test_features_read_wide_stops);
    tcase_add_test(tc, test_scores_tell_boilerplate_from_prose);
    tcase_add_test(tc, test_trim_drops_boilerplate_keeps_prose);
    tcase_add_test(tc, test_zero_is_off);
    tcase_add_test(tc, test_middle_not_judged);
    tcase_add_test(tc, test_long_article_ends_judged);
    tcase_add_test(tc, test_never_drops_all);
    tcase_add_test(tc, test_last_item_goes_with_its_list);
    tcase_add_test(tc, test_extract_drops_menu_line);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(block_model_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
