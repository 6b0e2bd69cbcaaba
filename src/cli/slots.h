/*
 * slots: an open-addressing index of named items by cli_url_hash, for the
 * URL list (its repeats) and the fetcher's hosts. A slot holds an item's
 * index + 1, or 0; the caller keeps the items in an array and names item i
 * with key(items, i). The slots are a power of two, kept at most half full
 * by the caller.
 */
#ifndef CLI_SLOTS_H
#define CLI_SLOTS_H

#include <stdlib.h>
#include <string.h>

#include "urls.h"

typedef const char *(*cli_slots_key)(const void *items, size_t i);

/* Replaces *slots by nslots slots indexing the count items: 0, or -1 when
 * out of memory (*slots left as it was). */
static inline int cli_slots_rebuild(size_t **slots, size_t nslots, const void *items,
                                    size_t count, cli_slots_key key)
{
    size_t *fresh = calloc(nslots, sizeof *fresh);
    if (!fresh)
        return -1;
    for (size_t i = 0; i < count; i++) {
        size_t s = (size_t)cli_url_hash(key(items, i)) & (nslots - 1);
        while (fresh[s])
            s = (s + 1) & (nslots - 1);
        fresh[s] = i + 1;
    }
    free(*slots);
    *slots = fresh;
    return 0;
}

/* The slot for name: holding its item's index + 1 when present, else the
 * empty slot where it goes. */
static inline size_t *cli_slots_find(size_t *slots, size_t nslots, const char *name,
                                     const void *items, cli_slots_key key)
{
    size_t s = (size_t)cli_url_hash(name) & (nslots - 1);
    while (slots[s] && strcmp(key(items, slots[s] - 1), name) != 0)
        s = (s + 1) & (nslots - 1);
    return &slots[s];
}

#endif
