/*
 * outfile: -O FILE. Standard output is sent to a new temporary file beside
 * FILE for the whole run, and renamed to FILE only when the run succeeded:
 * FILE is the whole result or is left as it was, never a partial file.
 */
#ifndef CLI_OUTFILE_H
#define CLI_OUTFILE_H

#include <stddef.h>

#include "files.h"

typedef struct cli_outfile {
    const char *path;    /* FILE, as named */
    char *dir;           /* its directory ("." when none), for messages */
    char *name;          /* its last component */
    int dirfd;
    char tmp[CLI_TEMP_NAME_SIZE];
} cli_outfile;

/*
 * Opens the temporary for path and puts it in the place of standard
 * output. A directory, link or other non-regular file at path is refused,
 * and a missing directory is not made. Returns 0, or -1 with err set and
 * nothing left behind.
 */
int cli_outfile_open(cli_outfile *o, const char *path, char *err, size_t errsize);

/*
 * Ends the run: when ok, flushes standard output and renames the temporary
 * to the file; otherwise (or when that fails) removes the temporary.
 * Returns 0 when the file was written, -1 when not (err set when something
 * failed; "" when ok was 0).
 */
int cli_outfile_close(cli_outfile *o, int ok, char *err, size_t errsize);

#endif
