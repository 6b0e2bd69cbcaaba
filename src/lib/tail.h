/*
 * tail: trims the unmarked boilerplate that closes an article.
 *
 * Subscribe and paywall notices, newsletter, app and donation appeals,
 * copyright and ad notices, "Reporting by ...; Editing by ..." lines, short
 * author bios, share and follow prompts, in English, German, Polish,
 * Spanish, French, Italian, Dutch, Portuguese and Russian: none of them
 * carries a class word, so the rules that walk the DOM cannot see them. The
 * trimmer works on the content tree, up from its last block, matching each
 * short block against a table of phrase shapes (tail.c) and stopping at the
 * first block long enough to be the article's prose.
 *
 * Copyright, rights and republication lines ("(c) 2008 The Associated
 * Press. All rights reserved.", "This article was originally published by
 * ...") are dropped only when t->tail_rights says so (precision mode): the
 * human-marked news corpora keep them as part of the story, and dropping
 * them lowered aeb-dev and L3S-GN1 by 0.002 each.
 */
#ifndef DCI_TAIL_H
#define DCI_TAIL_H

#include <stddef.h>

#include "arena.h"
#include "content.h"
#include "rules.h"
#include "tuning.h"

/* Why the trimmer dropped a block. */
typedef enum dci_tail_reason {
    DCI_TAIL_MATCHED,  /* its text matched the entry */
    DCI_TAIL_OPENS,    /* it matched an entry that opens a closing section */
    DCI_TAIL_BELOW,    /* it lies below the block that opened one */
    DCI_TAIL_LINKS,    /* its lines are links to other pages (pattern says so) */
    DCI_TAIL_MODEL     /* the block model (block_model.h) scored it boilerplate */
} dci_tail_reason;

/* A block the trimmer dropped. */
typedef struct dci_tail_drop {
    const dci_block *block;   /* the outermost block unlinked with it (the
                                 list its last item left empty) */
    const char *pattern;      /* the entry that matched it, or the opener of
                                 its section (static) */
    dci_tail_reason reason;
} dci_tail_drop;

/*
 * The trimmer as a rule for the explanation: its id, "tail", is what
 * --explain shows on the elements of the blocks it dropped. It is not in
 * the rule table (rules.c): it runs on the content tree, after every stage
 * of the walker.
 */
extern const dci_rule dci_tail_rule;

/*
 * Drops the boilerplate blocks at the end of the content tree root: up to
 * t->tail_max_blocks leaf blocks are looked at, from the last one up; the
 * scan stops at a block longer than t->tail_max_chars, at a table or code
 * block, and at the first leaf, which is always kept. A matching block is
 * unlinked, with the containers it leaves empty; one that opens a closing
 * section ("Comments", "Related", "About the author") takes every block
 * after it too. Either setting 0 turns the trimmer off. Blocks that are
 * links to other pages and nothing else (t->tail_link_words) go however
 * long, and neither stop the scan nor count among the blocks looked at,
 * unless they hold more than half the tree's text.
 * When drops is not NULL, *drops is set to a record of each block dropped,
 * from the last one up, allocated in a (NULL when none was).
 * Returns the number of blocks dropped, or -1 when memory ran out (the tree
 * is then as it was).
 */
int dci_tail_trim(dci_block *root, const dci_tuning *t, dci_arena *a, dci_tail_drop **drops);

/*
 * Matches one block's text (len bytes, not NUL-terminated) against the
 * table after folding case, the copyright and rights lines only when rights
 * is non-zero; sets *pattern to the entry that matched (static) and *rest to
 * whether it takes the blocks after it. Returns 1 on a match, 0 on none, -1
 * when memory ran out. Exposed for tests.
 */
int dci_tail_match(const char *text, size_t len, int rights, const char **pattern, int *rest);

/* Whether text (len bytes) is a copyright or rights line of the table
 * ("© 2008 Press-Register. All rights reserved."): 1 or 0, -1 when memory
 * ran out. */
int dci_tail_rights(const char *text, size_t len);

#endif
