/*
 * arena: per-document memory with a byte budget and a deadline.
 *
 * Everything one document needs (gumbo's tree, our node mirror, the content
 * tree) comes from one arena and goes with one dc_arena_free(), so no tree is
 * ever freed node by node (gumbo's own free recurses on depth). Freed blocks
 * are kept on size-class lists and reused, which matters for gumbo: it grows
 * its vectors and string buffers by allocate-copy-free.
 */
#ifndef DC_ARENA_H
#define DC_ARENA_H

#include <stddef.h>

typedef struct dc_arena dc_arena;

/* Why the arena refused an allocation. */
typedef enum dc_arena_error {
    DC_ARENA_OK = 0,
    DC_ARENA_OVER_BUDGET,
    DC_ARENA_OVER_TIME,
    DC_ARENA_NOMEM
} dc_arena_error;

/*
 * Returns a new arena (free with dc_arena_free) or NULL when out of memory.
 * budget: most bytes live at once (0: unlimited); timeout_ms: time from now
 * after which allocations fail (0: none).
 */
dc_arena *dc_arena_new(size_t budget, unsigned timeout_ms);

void dc_arena_free(dc_arena *a);

/* 16-byte aligned memory owned by the arena, or NULL (see dc_arena_failure). */
void *dc_arena_alloc(dc_arena *a, size_t size);

/* As dc_arena_alloc, zero-filled. */
void *dc_arena_calloc(dc_arena *a, size_t size);

/* Gives a block back for reuse; p may be NULL. */
void dc_arena_release(dc_arena *a, void *p);

/* A NUL-terminated copy of len bytes of s, owned by the arena, or NULL. */
char *dc_arena_strndup(dc_arena *a, const char *s, size_t len);

/* Why the last allocation failed; DC_ARENA_OK if none has. */
dc_arena_error dc_arena_failure(const dc_arena *a);

/* Non-zero once the deadline has passed (the clock is read now): for the
 * stages that work on the tree without allocating. Allocations fail from
 * then on too. */
int dc_arena_out_of_time(dc_arena *a);

/* Bytes taken from the system (high-water mark). */
size_t dc_arena_peak(const dc_arena *a);

#endif
