/*
 * files: reading inputs whole and writing outputs atomically.
 */
#ifndef DC_CLI_FILES_H
#define DC_CLI_FILES_H

#include <stddef.h>

/*
 * Reads all of path ("-" for standard input) into a new buffer the caller
 * frees, at most max bytes. Returns 0 on success; otherwise -1 with a
 * message in err (errsize bytes).
 */
int dc_read_input(const char *path, size_t max, char **data, size_t *len, char *err,
                  size_t errsize);

/*
 * Writes len bytes to dir/name through a temporary file in dir and a rename,
 * so a reader never sees a partial file. Returns 0, or -1 with err set.
 */
int dc_write_atomic(const char *dir, const char *name, const char *data, size_t len,
                    char *err, size_t errsize);

/*
 * Makes an output file name from an input path: its base name without the
 * .html/.htm/.gz endings, made safe (no '/', no leading '.'), plus ext.
 * Returns a new string the caller frees, or NULL when out of memory.
 */
char *dc_output_name(const char *input, const char *ext);

#endif
