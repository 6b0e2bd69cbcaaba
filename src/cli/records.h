/*
 * records: inputs that are streams of pages (WARC files, JSON Lines of
 * {"url": ..., "html": ...}) in, one JSON line per page out, in input
 * order.
 *
 * The calling thread reads the records; the worker pool (--threads)
 * decodes and cleans them; a bounded window of records is out at once, so
 * memory does not grow with the input. Output goes to standard output, or
 * under -o to DIR/NAME.jsonl for each input (NAME: its base name without
 * .warc[.gz] or .jsonl), written to a temporary and renamed at the end.
 */
#ifndef CLI_RECORDS_H
#define CLI_RECORDS_H

#include "options.h"

/*
 * Moves the inputs that are records (all of them for --input-format warc
 * or jsonl; for auto, the files whose content is WARC) from files (n of
 * them, *n updated, order kept) into a new array *records (*nrecords of
 * them; the caller frees the array, not the strings). Standard input's
 * first bytes, read to tell its kind, are given back to it. Returns 0, or
 * -1 when out of memory (a message has been printed).
 */
int cli_records_split(const cli_options *opt, char **files, int *n, char ***records,
                      int *nrecords);

/*
 * Cleans every page of the record inputs, in order (out_fd: the -o
 * directory, or -1). Returns EXIT_ALL_OK, EXIT_SOME_FAILED (an input could
 * not be read, was damaged or cut short, or an output could not be
 * written), or EXIT_FATAL (out of memory).
 */
int cli_records_run(const cli_options *opt, int out_fd, char **inputs, int n);

#endif
