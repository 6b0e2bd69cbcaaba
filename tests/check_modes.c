/*
 * Unit tests of the modes: DC_OPT_PRECISION and DC_OPT_RECALL, presets of
 * the tuning struct (tuning.c) applied before dc_options.tuning.
 */
#include "testutil.h"

#include "tuning.h"

/* A page whose article sits in a wrapper beside a short box (no sibling of
 * the default's joins it) and closes with a credit and a copyright line. */
#define BOX "The quay stays open."
#define NOTICE1 "Reporting by Ann Lee; Editing by Tom Brown"
#define RIGHTS "(c) 2024 The Coast Gazette"
static const char page[] =
    "<!DOCTYPE html><html><head><title>" TU_TITLE "</title></head><body>"
    "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
    "<div class=\"page\"><div class=\"box\"><p>" BOX "</p></div>"
    "<div class=\"story\"><h1>" TU_TITLE "</h1><p>" TU_PROSE1 "</p><p>" TU_PROSE2 "</p><p>"
    TU_PROSE3 "</p><p>" TU_PROSE4 "</p><p>" NOTICE1 "</p><p>" RIGHTS "</p></div></div>"
    "</body></html>";

static char *text_with(unsigned flags, const char *tuning, dc_status *st)
{
    dc_options opt;
    dc_options_init(&opt);
    opt.flags = flags;
    opt.tuning = tuning;
    return tu_render_opt(page, sizeof page - 1, &opt, DC_FORMAT_TEXT, 0, st);
}

START_TEST(test_default_keeps_rights_not_box)
{
    dc_status st;
    char *text = text_with(0, NULL, &st);
    ck_assert_int_eq(st, DC_OK);
    tu_assert_article_kept(text);
    tu_assert_lacks(text, NOTICE1);
    tu_assert_has(text, RIGHTS);
    tu_assert_lacks(text, BOX);
    free(text);
}
END_TEST

START_TEST(test_precision_drops_notices)
{
    dc_status st;
    char *text = text_with(DC_OPT_PRECISION, NULL, &st);
    ck_assert_int_eq(st, DC_OK);
    tu_assert_article_kept(text);
    tu_assert_lacks(text, NOTICE1);
    tu_assert_lacks(text, RIGHTS);
    tu_assert_lacks(text, BOX);
    free(text);
}
END_TEST

START_TEST(test_recall_takes_the_wrapper)
{
    dc_status st;
    char *text = text_with(DC_OPT_RECALL, NULL, &st);
    ck_assert_int_eq(st, DC_OK);
    tu_assert_article_kept(text);
    tu_assert_has(text, BOX);
    tu_assert_has(text, NOTICE1);
    tu_assert_has(text, RIGHTS);
    free(text);
}
END_TEST

/* A recipe: the steps are the prose that wins; the ingredients and the
 * nutrition table, headed sections of short lines without links beside it,
 * are the article's facts (facts_min_items, on in recall mode). */
#define INGREDIENT "225g self-raising flour"
#define NUTRIENT "kcal"
#define RECIPE(facts_list)                                                                      \
    "<!DOCTYPE html><html><head><title>Lemon cake</title></head><body>"                        \
    "<nav><a href=\"/\">Home</a> <a href=\"/recipes\">Recipes</a></nav><main>"                   \
    "<h1>Lemon cake</h1><section class=\"ingredients\">" facts_list "</section>"              \
    "<section class=\"method\"><h2>Method</h2><ol><li>" TU_PROSE1 "</li><li>" TU_PROSE2          \
    "</li><li>" TU_PROSE3 "</li></ol></section>"                                                \
    "<section class=\"nutrition\"><h2>Nutrition</h2><table><tr><th>" NUTRIENT "</th>"          \
    "<td>399</td></tr><tr><th>fat</th><td>21g</td></tr></table></section>"                     \
    "</main><footer>Copyright the cake site</footer></body></html>"
#define ITEMS "<li>225g unsalted butter</li><li>4 eggs</li><li>" INGREDIENT "</li>"

static char *recipe_text(const char *html, unsigned flags, const char *tuning)
{
    dc_options opt;
    dc_options_init(&opt);
    opt.flags = flags;
    opt.tuning = tuning;
    dc_status st;
    char *text = tu_render_opt(html, strlen(html), &opt, DC_FORMAT_TEXT, 0, &st);
    ck_assert_int_eq(st, DC_OK);
    tu_assert_has(text, TU_PROSE2);
    return text;
}

START_TEST(test_recall_takes_the_facts)
{
    static const char headed[] = RECIPE("<h2>Ingredients</h2><ul>" ITEMS "</ul>");
    char *text = recipe_text(headed, 0, NULL);
    tu_assert_lacks(text, INGREDIENT);
    free(text);
    text = recipe_text(headed, DC_OPT_RECALL, NULL);
    tu_assert_has(text, INGREDIENT);
    tu_assert_has(text, NUTRIENT);
    free(text);
    text = recipe_text(headed, DC_OPT_RECALL, "facts_min_items=0");
    tu_assert_lacks(text, INGREDIENT);
    free(text);
    text = recipe_text(headed, DC_OPT_RECALL, "facts_min_items=4");
    tu_assert_lacks(text, INGREDIENT);
    free(text);
}
END_TEST

/* Links make a list the site's own (other recipes, led by words of their
 * own, which the list rules keep); without a heading a
 * list of short lines is not a part of the article. */
START_TEST(test_facts_need_a_heading_and_no_links)
{
    static const char linked[] =
        RECIPE("<h2>Variations</h2><ul><li>Butter: <a href=\"/a\">a sponge</a></li><li>Eggs: "
               "<a href=\"/b\">a custard</a></li><li>" INGREDIENT ": <a href=\"/c\">scones</a>"
               "</li></ul>");
    static const char unheaded[] = RECIPE("<ul>" ITEMS "</ul>");
    char *text = recipe_text(linked, DC_OPT_RECALL, NULL);
    tu_assert_lacks(text, INGREDIENT);
    free(text);
    text = recipe_text(unheaded, DC_OPT_RECALL, NULL);
    tu_assert_lacks(text, INGREDIENT);
    free(text);
}
END_TEST

/* dc_options.tuning applies on top of the preset. */
START_TEST(test_overrides_apply_on_top)
{
    dc_status st;
    char *text = text_with(DC_OPT_PRECISION, "tail_max_chars=0", &st);
    ck_assert_int_eq(st, DC_OK);
    tu_assert_has(text, RIGHTS);
    free(text);
    text = text_with(DC_OPT_RECALL, "winner_climb=0", &st);
    ck_assert_int_eq(st, DC_OK);
    tu_assert_lacks(text, BOX);
    free(text);
}
END_TEST

START_TEST(test_both_modes_refused)
{
    dc_status st;
    char *text = text_with(DC_OPT_PRECISION | DC_OPT_RECALL, NULL, &st);
    ck_assert_int_eq(st, DC_BAD_TUNING);
    free(text);
}
END_TEST

/* The presets are valid specs that move the levers their mode names. */
START_TEST(test_presets)
{
    char err[256];
    dci_tuning p = dci_tuning_defaults, r = dci_tuning_defaults;
    ck_assert_int_eq(dci_tuning_apply(&p, dci_tuning_precision, err, sizeof err), 0);
    ck_assert_int_eq(dci_tuning_apply(&r, dci_tuning_recall, err, sizeof err), 0);
    ck_assert_uint_eq(dci_tuning_defaults.join_siblings, 1);
    ck_assert_uint_eq(p.join_siblings, 0);
    ck_assert_uint_eq(p.join_twins, 0);
    ck_assert_uint_eq(p.winner_widen, 0);
    ck_assert_uint_gt(p.tail_max_chars, 0);
    ck_assert_uint_gt(p.tail_max_blocks, 0);
    ck_assert_uint_eq(dci_tuning_defaults.tail_rights, 0);
    ck_assert_uint_eq(p.tail_rights, 1);
    ck_assert_float_lt(p.link_density_max, dci_tuning_defaults.link_density_max);
    ck_assert_uint_gt(r.winner_climb, dci_tuning_defaults.winner_climb);
    ck_assert_uint_gt(r.index_min_teasers, dci_tuning_defaults.index_min_teasers);
    ck_assert_uint_eq(r.tail_max_chars, 0);
    ck_assert_uint_eq(dci_tuning_defaults.facts_min_items, 0);
    ck_assert_uint_gt(r.facts_min_items, 0);
}
END_TEST

static Suite *modes_suite(void)
{
    Suite *s = suite_create("modes");
    TCase *tc = tcase_create("modes");
    tcase_add_test(tc, test_default_keeps_rights_not_box);
    tcase_add_test(tc, test_precision_drops_notices);
    tcase_add_test(tc, test_recall_takes_the_wrapper);
    tcase_add_test(tc, test_overrides_apply_on_top);
    tcase_add_test(tc, test_both_modes_refused);
    tcase_add_test(tc, test_recall_takes_the_facts);
    tcase_add_test(tc, test_facts_need_a_heading_and_no_links);
    tcase_add_test(tc, test_presets);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(modes_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? 0 : 1;
}
