/*
 * arena: per-document memory with a byte budget and a deadline.
 *
 * Everything one document needs (gumbo's tree, our node mirror, the content
 * tree) comes from one arena and goes with one dci_arena_free(), so no tree is
 * ever freed node by node (gumbo's own free recurses on depth). Freed blocks
 * are kept on size-class lists and reused, which matters for gumbo: it grows
 * its vectors and string buffers by allocate-copy-free.
 */
#ifndef DCI_ARENA_H
#define DCI_ARENA_H

#include <stddef.h>

typedef struct dci_arena dci_arena;

/* Why the arena refused an allocation. */
typedef enum dci_arena_error {
    DCI_ARENA_OK = 0,
    DCI_ARENA_OVER_BUDGET,
    DCI_ARENA_OVER_TIME,
    DCI_ARENA_NOMEM
} dci_arena_error;

/*
 * Returns a new arena (free with dci_arena_free) or NULL when out of memory.
 * budget: most bytes live at once (0: unlimited); timeout_ms: time from now
 * after which allocations fail (0: none).
 */
dci_arena *dci_arena_new(size_t budget, unsigned timeout_ms);

void dci_arena_free(dci_arena *a);

/* 16-byte aligned memory owned by the arena, or NULL (see dci_arena_failure). */
void *dci_arena_alloc(dci_arena *a, size_t size);

/* As dci_arena_alloc, zero-filled. */
void *dci_arena_calloc(dci_arena *a, size_t size);

/* Gives a block back for reuse; p may be NULL. */
void dci_arena_release(dci_arena *a, void *p);

/* A NUL-terminated copy of len bytes of s, owned by the arena, or NULL. */
char *dci_arena_strndup(dci_arena *a, const char *s, size_t len);

/* Why the last allocation failed; DCI_ARENA_OK if none has. */
dci_arena_error dci_arena_failure(const dci_arena *a);

/* Non-zero once the deadline has passed (the clock is read now): for the
 * stages that work on the tree without allocating. Allocations fail from
 * then on too. */
int dci_arena_out_of_time(dci_arena *a);

/* Bytes taken from the system (high-water mark). */
size_t dci_arena_peak(const dci_arena *a);

#endif
