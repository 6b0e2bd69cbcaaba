/*
 * file_batch: saved pages (files, or "-" for standard input) through the
 * library, to standard output or into files under -o DIR.
 *
 * Worker threads read, extract, render and (under -o) write each input;
 * the calling thread only prints, in input order, what they made of it, so
 * the output and the messages come out as a run on one thread would have
 * them. Output names are claimed in input order before any work starts,
 * so an input's name never depends on how the inputs before it fared.
 */
#ifndef CLI_FILE_BATCH_H
#define CLI_FILE_BATCH_H

#include "options.h"

/* out_fd is opt->output_dir opened by cli_open_dir (-1 without -o). Returns
 * the exit status: EXIT_ALL_OK, EXIT_SOME_FAILED or EXIT_FATAL. */
int cli_file_batch_run(const cli_options *opt, int out_fd, char **files, int nfiles);

#endif
