/*
 * byline: the names in a byline as pages write it.
 */
#ifndef DCI_BYLINE_H
#define DCI_BYLINE_H

#include <stddef.h>

#include "arena.h"

/* Most names kept from one byline. */
#define DCI_BYLINE_MAX_NAMES 8

/*
 * The authors' names in a byline such as "By Jane Doe and John Roe, Staff
 * Writers | May 29, 2007 @janedoe": without "By" ("Par", "Von"...),
 * handles (@x), a date, bullets and what follows them, and job titles or
 * degrees after a comma ("Jane Doe, MD"), but not a desk signing as a whole
 * ("Variety Staff"); split at commas, "and" ("&",
 * "und", "et", "y", "e", "i", "en"), except that "Doe, Jane" stays one
 * name. Stores at most max names (copies owned by out, without repeats) in
 * names and returns how many: 0 for a URL, a date or no name at all.
 */
size_t dci_byline_names(dci_arena *out, const char *raw, const char **names, size_t max);

#endif
