/*
 * Unit tests of the ENTER/EXIT iterator (iter.h), through its content tree
 * instance dci_block_iter, on trees built by hand.
 */
#include <check.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "content.h"

/*
 *        A
 *      /   \
 *     B     C
 *    / \     \
 *   D   E     G
 *       |
 *       F
 */
typedef struct tree {
    dci_block a, b, c, d, e, f, g;
} tree;

static void add_child(dci_block *parent, dci_block *child, const char *name)
{
    child->text = name;
    child->text_len = strlen(name);
    child->parent = parent;
    child->prev = parent->last_child;
    if (parent->last_child)
        parent->last_child->next = child;
    else
        parent->first_child = child;
    parent->last_child = child;
}

static void make_tree(tree *t)
{
    memset(t, 0, sizeof *t);
    t->a.text = "A";
    add_child(&t->a, &t->b, "B");
    add_child(&t->a, &t->c, "C");
    add_child(&t->b, &t->d, "D");
    add_child(&t->b, &t->e, "E");
    add_child(&t->e, &t->f, "F");
    add_child(&t->c, &t->g, "G");
}

/* The events of a walk from root as "+X" for ENTER X and "-X" for EXIT X,
 * asking to skip at the event named by skip ("+B": after entering B). */
static void walk(dci_block *root, const char *skip, char *got, size_t size)
{
    dci_block_iter it;
    dci_block_iter_init(&it, root);
    size_t len = 0;
    got[0] = '\0';
    for (dci_event ev; (ev = dci_block_iter_next(&it)) != DCI_EVENT_DONE;) {
        ck_assert(ev == DCI_EVENT_ENTER || ev == DCI_EVENT_EXIT);
        ck_assert_uint_lt(len + 2, size);
        got[len++] = ev == DCI_EVENT_ENTER ? '+' : '-';
        got[len++] = it.node->text[0];
        got[len] = '\0';
        if (skip && strcmp(got + len - 2, skip) == 0)
            dci_block_iter_skip(&it);
    }
    /* DONE stays DONE */
    ck_assert_int_eq(dci_block_iter_next(&it), DCI_EVENT_DONE);
}

#define WALK_IS(root, skip, want)                   \
    do {                                            \
        char got_[64];                              \
        walk((root), (skip), got_, sizeof got_);    \
        ck_assert_str_eq(got_, (want));             \
    } while (0)

START_TEST(test_enter_children_then_exit_in_document_order)
{
    tree t;
    make_tree(&t);
    WALK_IS(&t.a, NULL, "+A+B+D-D+E+F-F-E-B+C+G-G-C-A");
}
END_TEST

START_TEST(test_leaf_gives_enter_then_exit)
{
    dci_block leaf;
    memset(&leaf, 0, sizeof leaf);
    leaf.text = "L";
    WALK_IS(&leaf, NULL, "+L-L");
}
END_TEST

START_TEST(test_null_root_is_done_at_once)
{
    dci_block_iter it;
    dci_block_iter_init(&it, NULL);
    ck_assert_int_eq(dci_block_iter_next(&it), DCI_EVENT_DONE);
    ck_assert_int_eq(dci_block_iter_next(&it), DCI_EVENT_DONE);
}
END_TEST

START_TEST(test_skip_after_enter_goes_to_that_exit)
{
    tree t;
    make_tree(&t);
    /* and only B's children are skipped: C's child G is still walked */
    WALK_IS(&t.a, "+B", "+A+B-B+C+G-G-C-A");
    WALK_IS(&t.a, "+E", "+A+B+D-D+E-E-B+C+G-G-C-A");
    WALK_IS(&t.a, "+A", "+A-A");
}
END_TEST

START_TEST(test_skip_elsewhere_changes_nothing)
{
    tree t;
    make_tree(&t);
    /* after an EXIT: E, entered next, still shows its child F */
    WALK_IS(&t.a, "-D", "+A+B+D-D+E+F-F-E-B+C+G-G-C-A");
    /* on a leaf: nothing to skip, and nothing left over for E */
    WALK_IS(&t.a, "+D", "+A+B+D-D+E+F-F-E-B+C+G-G-C-A");
}
END_TEST

START_TEST(test_walk_stays_inside_the_subtree_it_starts_on)
{
    tree t;
    make_tree(&t);
    /* B has a next sibling and a parent, both outside the walk */
    WALK_IS(&t.b, NULL, "+B+D-D+E+F-F-E-B");
    /* E is a last child: its parent's exit is outside too */
    WALK_IS(&t.e, NULL, "+E+F-F-E");
    WALK_IS(&t.d, NULL, "+D-D");
    WALK_IS(&t.c, "+C", "+C-C");
}
END_TEST

START_TEST(test_stop_ends_the_walk)
{
    tree t;
    make_tree(&t);
    dci_block_iter it;
    dci_block_iter_init(&it, &t.a);
    ck_assert_int_eq(dci_block_iter_next(&it), DCI_EVENT_ENTER);
    ck_assert_int_eq(dci_block_iter_next(&it), DCI_EVENT_ENTER);
    ck_assert_ptr_eq(it.node, &t.b);
    dci_block_iter_stop(&it);
    ck_assert_int_eq(dci_block_iter_next(&it), DCI_EVENT_DONE);
}
END_TEST

#define DEEP 100000

/* Walks a chain of DEEP blocks, each the only child of the one before;
 * returns arg when the events came in order (every ENTER down the chain,
 * then every EXIT back up), NULL at the first one out of place. */
static void *walk_chain(void *arg)
{
    dci_block *chain = arg;
    dci_block_iter it;
    dci_block_iter_init(&it, &chain[0]);
    size_t events = 0;
    for (dci_event ev; (ev = dci_block_iter_next(&it)) != DCI_EVENT_DONE; events++) {
        size_t want = events < DEEP ? events : 2 * DEEP - 1 - events;
        dci_event want_ev = events < DEEP ? DCI_EVENT_ENTER : DCI_EVENT_EXIT;
        if (ev != want_ev || it.node != &chain[want])
            return NULL;
    }
    return events == 2 * DEEP ? arg : NULL;
}

/* On a thread with a stack far too small to recurse DEEP levels: a walk
 * that recursed would crash it. */
START_TEST(test_deep_chain_walked_without_recursion)
{
    dci_block *chain = calloc(DEEP, sizeof *chain);
    ck_assert_ptr_nonnull(chain);
    for (size_t i = 1; i < DEEP; i++) {
        chain[i].parent = &chain[i - 1];
        chain[i - 1].first_child = chain[i - 1].last_child = &chain[i];
    }
    pthread_attr_t attr;
    ck_assert_int_eq(pthread_attr_init(&attr), 0);
    ck_assert_int_eq(pthread_attr_setstacksize(&attr, 256 * 1024), 0);
    pthread_t thread;
    ck_assert_int_eq(pthread_create(&thread, &attr, walk_chain, chain), 0);
    void *result = NULL;
    ck_assert_int_eq(pthread_join(thread, &result), 0);
    ck_assert_ptr_eq(result, chain);
    pthread_attr_destroy(&attr);
    free(chain);
}
END_TEST

static Suite *iter_suite(void)
{
    Suite *s = suite_create("iter");
    TCase *order = tcase_create("order");
    tcase_add_test(order, test_enter_children_then_exit_in_document_order);
    tcase_add_test(order, test_leaf_gives_enter_then_exit);
    tcase_add_test(order, test_null_root_is_done_at_once);
    tcase_add_test(order, test_walk_stays_inside_the_subtree_it_starts_on);
    suite_add_tcase(s, order);

    TCase *control = tcase_create("skip-stop");
    tcase_add_test(control, test_skip_after_enter_goes_to_that_exit);
    tcase_add_test(control, test_skip_elsewhere_changes_nothing);
    tcase_add_test(control, test_stop_ends_the_walk);
    suite_add_tcase(s, control);

    TCase *deep = tcase_create("deep");
    tcase_add_test(deep, test_deep_chain_walked_without_recursion);
    suite_add_tcase(s, deep);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(iter_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
