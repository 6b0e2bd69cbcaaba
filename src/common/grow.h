/*
 * grow: the capacity doubling of the growable arrays, in one place.
 *
 * Header-only, so the CLI (which links only libdecruft's public API) uses
 * the same code as the library; dcx_ names are shared by both.
 */
#ifndef DCX_GROW_H
#define DCX_GROW_H

#include <stdint.h>
#include <stdlib.h>

/*
 * items (may be NULL) reallocated to twice *cap elements of elem bytes, or
 * to first when *cap is 0; *cap is updated. Returns the new array, or NULL
 * (items untouched, still owned by the caller) when out of memory.
 */
static inline void *dcx_grow(void *items, size_t *cap, size_t elem, size_t first)
{
    size_t n = *cap ? *cap * 2 : first;
    if (n < *cap || n > SIZE_MAX / elem)
        return NULL;
    void *grown = realloc(items, n * elem);
    if (grown)
        *cap = n;
    return grown;
}

#endif
