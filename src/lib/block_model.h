/*
 * block_model: a logistic model, learned offline from the tuning halves of
 * the development corpora, that drops the blocks of the content tree it is
 * confident are not the article's.
 *
 * The rules that walk the DOM judge elements by their class words, links
 * and prose; what reaches the content tree and is still boilerplate
 * (datelines, share prompts, bios, teaser lines, credits) reads as short
 * text. The model weighs a leaf block's own shape (length, links,
 * punctuation, digits, case, its kind) with its place in the article
 * (position, text before and after, the blocks beside it). Its weights are
 * a data table (block_model.c), written by scripts/train-block-model from
 * the feature vectors this module computes: what the model was trained on
 * is what it sees at run time.
 */
#ifndef DCI_BLOCK_MODEL_H
#define DCI_BLOCK_MODEL_H

#include <stddef.h>

#include "arena.h"
#include "content.h"
#include "tail.h"
#include "tuning.h"

#define DCI_BLOCK_FEATURES 30

/* The features' names, in the order of a feature vector. */
extern const char *const dci_block_feature_names[DCI_BLOCK_FEATURES];

/*
 * The feature vectors of the leaf blocks with text of root, in document
 * order, into out (and the blocks into leaves, when not NULL) when they
 * are at most max; returns how many leaves with text root has (0 when
 * memory ran out).
 */
size_t dci_block_model_features(const dci_block *root, float (*out)[DCI_BLOCK_FEATURES],
                                const dci_block **leaves, size_t max);

/* The model's probability that a block with feature vector f is not the
 * article's. */
float dci_block_model_score(const float *f);

/*
 * Drops every leaf block among the first and last three of root whose
 * score is at least t->block_model_min (0: off), with the containers it
 * leaves empty; nothing when every leaf would go. When drops is not NULL,
 * a record of each block dropped (reason DCI_TAIL_MODEL, for the
 * explanation) is appended to *drops (*ndrops records, reallocated in a).
 * Returns the number dropped, or -1 when memory ran out (the tree is then
 * as it was).
 */
int dci_block_model_trim(dci_block *root, const dci_tuning *t, dci_arena *a,
                         dci_tail_drop **drops, size_t *ndrops);

#endif
