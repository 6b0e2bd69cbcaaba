#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "clock.h"

/*
 * Small blocks are carved from chunks; each carries a 16-byte header holding
 * its size class so a released block can be reused by a later request of the
 * same class. Requests above the largest class get a system allocation of
 * their own, freed at once when released.
 */
#define HEADER 16u
#define CHUNK_SIZE (256u * 1024u)
#define FINE_STEP 16u
#define FINE_LIMIT 256u                 /* classes 16, 32, ... 256 */
#define FINE_CLASSES (FINE_LIMIT / FINE_STEP)
#define COARSE_CLASSES 9                /* 512, 1K, ... 128K */
#define NCLASSES (FINE_CLASSES + COARSE_CLASSES)
#define LARGE_CLASS 0xffffu
#define CLOCK_EVERY 1024u               /* allocations between deadline checks */

typedef struct chunk {
    struct chunk *next;
    size_t size;
    size_t used;
    /* keeps the data that follows 16-byte aligned */
    size_t pad;
} chunk;

typedef struct large {
    struct large *prev, *next;
    size_t size;
    size_t pad;
} large;

typedef struct header {
    size_t class;
    size_t size;   /* usable bytes */
} header;

typedef struct free_block {
    struct free_block *next;
} free_block;

struct dci_arena {
    chunk *chunks;
    large *larges;
    free_block *free_lists[NCLASSES];
    size_t budget;
    size_t live;      /* bytes taken from the system */
    size_t peak;
    double deadline_ms;
    int has_deadline;
    unsigned until_clock;
    dci_arena_error failure;
};

static size_t class_size(size_t class)
{
    if (class < FINE_CLASSES)
        return (class + 1) * FINE_STEP;
    return (size_t)FINE_LIMIT << (class - FINE_CLASSES + 1);
}

static size_t size_class(size_t size)
{
    if (size <= FINE_LIMIT)
        return size == 0 ? 0 : (size - 1) / FINE_STEP;
    size_t class = FINE_CLASSES;
    size_t cap = FINE_LIMIT * 2;
    while (cap < size && class < NCLASSES) {
        cap <<= 1;
        class++;
    }
    return class < NCLASSES ? class : LARGE_CLASS;
}

/* Sanitizer builds (scripts/fuzz): one malloc per block, so that
 * AddressSanitizer sees an overrun into the next block and a use after
 * dci_arena_release, which a shared chunk would hide. */
#ifdef DCI_ARENA_DEBUG
#define DEBUG_BLOCKS 1
#else
#define DEBUG_BLOCKS 0
#endif

/* The parser asks for a block for every node, attribute and string of the
 * page: dci_arena_alloc's common case, a small block from a free list or
 * the current chunk, is kept apart from what it rarely does (look at the
 * clock, take a new chunk or a large block), which are calls in tail
 * position out of line, so that the common case saves no registers. */
#if defined(__GNUC__)
#define RARE_PATH __attribute__((noinline))
#else
#define RARE_PATH
#endif

static int clock_past_deadline(const dci_arena *a)
{
    return dcx_now_ms() >= a->deadline_ms;
}

int dci_arena_out_of_time(dci_arena *a)
{
    if (a->failure == DCI_ARENA_OVER_TIME)
        return 1;
    if (!a->has_deadline || !clock_past_deadline(a))
        return 0;
    a->failure = DCI_ARENA_OVER_TIME;
    return 1;
}

static int take_bytes(dci_arena *a, size_t n)
{
    if (a->budget && (n > a->budget || a->live > a->budget - n)) {
        a->failure = DCI_ARENA_OVER_BUDGET;
        return 0;
    }
    a->live += n;
    if (a->live > a->peak)
        a->peak = a->live;
    return 1;
}

dci_arena *dci_arena_new(size_t budget, unsigned timeout_ms)
{
    dci_arena *a = calloc(1, sizeof *a);
    if (!a)
        return NULL;
    a->budget = budget;
    if (timeout_ms) {
        a->deadline_ms = dcx_now_ms() + timeout_ms;
        a->has_deadline = 1;
    }
    return a;
}

void dci_arena_free(dci_arena *a)
{
    if (!a)
        return;
    for (chunk *c = a->chunks, *next; c; c = next) {
        next = c->next;
        free(c);
    }
    for (large *l = a->larges, *next; l; l = next) {
        next = l->next;
        free(l);
    }
    free(a);
}

static RARE_PATH void *alloc_large(dci_arena *a, size_t size)
{
    if (size > SIZE_MAX - sizeof(large) - HEADER) {
        a->failure = DCI_ARENA_OVER_BUDGET;
        return NULL;
    }
    size_t total = sizeof(large) + HEADER + size;
    if (!take_bytes(a, total))
        return NULL;
    large *l = malloc(total);
    if (!l) {
        a->live -= total;
        a->failure = DCI_ARENA_NOMEM;
        return NULL;
    }
    l->size = total;
    l->prev = NULL;
    l->next = a->larges;
    if (a->larges)
        a->larges->prev = l;
    a->larges = l;
    header *h = (header *)(l + 1);
    h->class = LARGE_CLASS;
    h->size = size;
    return h + 1;
}

/* need bytes, a block of class with its header, from chunk c, which has
 * room for them. */
static void *carve_from(chunk *c, size_t need, size_t class)
{
    header *h = (header *)((char *)(c + 1) + c->used);
    c->used += need;
    h->class = class;
    h->size = class_size(class);
    return h + 1;
}

static void *carve(dci_arena *a, size_t class)
{
    size_t need = HEADER + class_size(class);
    chunk *c = a->chunks;
    if (!c || c->size - c->used < need) {
        size_t size = sizeof(chunk) + CHUNK_SIZE;
        if (!take_bytes(a, size))
            return NULL;
        c = malloc(size);
        if (!c) {
            a->live -= size;
            a->failure = DCI_ARENA_NOMEM;
            return NULL;
        }
        c->size = CHUNK_SIZE;
        c->used = 0;
        c->next = a->chunks;
        a->chunks = c;
    }
    return carve_from(c, need, class);
}

/* A block of size bytes, the clock aside. */
static RARE_PATH void *alloc_block(dci_arena *a, size_t size)
{
    size_t class = size_class(size);
    if (DEBUG_BLOCKS)
        class = LARGE_CLASS;
    if (class == LARGE_CLASS)
        return alloc_large(a, size);
    free_block *f = a->free_lists[class];
    if (f) {
        a->free_lists[class] = f->next;
        return f;
    }
    return carve(a, class);
}

/* The allocation that comes when the count of allocations between two
 * looks at the clock has run out. */
static RARE_PATH void *alloc_after_clock(dci_arena *a, size_t size)
{
    a->until_clock = CLOCK_EVERY;
    if (clock_past_deadline(a)) {
        a->failure = DCI_ARENA_OVER_TIME;
        return NULL;
    }
    return alloc_block(a, size);
}

/* A small block (of a fine class) from its free list or the current chunk;
 * NULL when it takes a new chunk. */
static void *take_small(dci_arena *a, size_t class)
{
    free_block *f = a->free_lists[class];
    if (f) {
        a->free_lists[class] = f->next;
        return f;
    }
    size_t need = HEADER + class_size(class);
    chunk *c = a->chunks;
    if (!c || c->size - c->used < need)
        return NULL;
    return carve_from(c, need, class);
}

void *dci_arena_alloc(dci_arena *a, size_t size)
{
    if (a->failure)
        return NULL;
    if (a->has_deadline) {
        if (a->until_clock == 0)
            return alloc_after_clock(a, size);
        a->until_clock--;
    }
    if (!DEBUG_BLOCKS && size <= FINE_LIMIT) {
        void *p = take_small(a, size_class(size));
        if (p)
            return p;
    }
    return alloc_block(a, size);
}

void *dci_arena_calloc(dci_arena *a, size_t size)
{
    void *p = dci_arena_alloc(a, size);
    if (p)
        memset(p, 0, size);
    return p;
}

void dci_arena_release(dci_arena *a, void *p)
{
    if (!p)
        return;
    header *h = (header *)p - 1;
    if (h->class != LARGE_CLASS) {
        free_block *f = p;
        f->next = a->free_lists[h->class];
        a->free_lists[h->class] = f;
        return;
    }
    large *l = (large *)h - 1;
    if (l->prev)
        l->prev->next = l->next;
    else
        a->larges = l->next;
    if (l->next)
        l->next->prev = l->prev;
    a->live -= l->size;
    free(l);
}

char *dci_arena_strndup(dci_arena *a, const char *s, size_t len)
{
    char *p = dci_arena_alloc(a, len + 1);
    if (!p)
        return NULL;
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

dci_arena_error dci_arena_failure(const dci_arena *a)
{
    return a->failure;
}

size_t dci_arena_peak(const dci_arena *a)
{
    return a->peak;
}
