/*
 * names: output file names, unique within one run.
 *
 * Two inputs with the same base name ("a/index.html", "b/index.html") must
 * not overwrite each other's output: the second becomes "index-2.txt".
 */
#ifndef CLI_NAMES_H
#define CLI_NAMES_H

typedef struct cli_names cli_names;

cli_names *cli_names_new(void);
void cli_names_free(cli_names *n);

/* The output name for input, unique among those claimed so far; owned by n.
 * NULL when out of memory. */
const char *cli_names_claim(cli_names *n, const char *input, const char *ext);

#endif
