/*
 * names: output file names, unique within one run.
 *
 * Two inputs with the same base name ("a/index.html", "b/index.html") must
 * not overwrite each other's output: the second becomes "index-2.txt".
 */
#ifndef DC_CLI_NAMES_H
#define DC_CLI_NAMES_H

typedef struct dc_names dc_names;

dc_names *dc_names_new(void);
void dc_names_free(dc_names *n);

/* The output name for input, unique among those claimed so far; owned by n.
 * NULL when out of memory. */
const char *dc_names_claim(dc_names *n, const char *input, const char *ext);

#endif
