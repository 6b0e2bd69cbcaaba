/*
 * files: reading inputs whole and writing outputs atomically.
 */
#ifndef CLI_FILES_H
#define CLI_FILES_H

#include <stddef.h>

/*
 * Reads all of path ("-" for standard input) into a new buffer the caller
 * frees, at most max bytes. Returns 0 on success; otherwise -1 with a
 * message in err (errsize bytes).
 */
int cli_read_input(const char *path, size_t max, char **data, size_t *len, char *err,
                   size_t errsize);

/*
 * Gives back to standard input len bytes read ahead from it (to tell its
 * kind): cli_read_input("-") returns them before the rest. Returns 0, or
 * -1 when out of memory.
 */
int cli_stdin_unread(const char *head, size_t len);

/*
 * Reads all of the open descriptor fd into a new buffer the caller frees,
 * at most max bytes. Returns 0, or -1 with errno set (EFBIG when larger).
 */
int cli_read_fd(int fd, size_t max, char **data, size_t *len);

/*
 * Makes the directory dir when missing (mode 0777 less the umask) and opens
 * it for the *at calls below; the caller closes the descriptor. A link at
 * dir itself is followed (the user named it), but once open every file is
 * made relative to the descriptor, so swapping dir for a link during a run
 * redirects nothing. what names the directory in messages ("output
 * directory"). Returns the descriptor, or -1 with err set.
 */
int cli_open_dir(const char *dir, const char *what, char *err, size_t errsize);

/*
 * Opens dirfd/name, never through a symbolic link and never blocking on a
 * FIFO, with flags (O_RDONLY, O_RDWR | O_CREAT, ...; files created 0666 less
 * the umask). Returns the descriptor of a regular file, or -1 with err
 * naming dir/name and why: what else is there (a link, a FIFO, ...) or the
 * system's reason, with errno kept (ENOENT when missing).
 */
int cli_open_regular(int dirfd, const char *dir, const char *name, int flags, char *err,
                     size_t errsize);

/*
 * 0 when dirfd/name is missing or a regular file; -1 with err saying what
 * else is there (or why it cannot be looked at).
 */
int cli_check_regular(int dirfd, const char *dir, const char *name, char *err, size_t errsize);

/*
 * Writes len bytes to dirfd/name through a new temporary file beside it
 * (".NAME.decruft-tmp.XXXXXX", created exclusively, 0666 less the umask)
 * and a rename, so a reader never sees a partial file. A symbolic link,
 * FIFO, directory or other non-regular file at name is never written
 * through nor replaced: the write fails and says so. dir is for messages.
 * Returns 0, or -1 with err set and no temporary left behind.
 */
int cli_write_atomic(int dirfd, const char *dir, const char *name, const char *data, size_t len,
                     char *err, size_t errsize);

/* Bytes of a temporary's name, its NUL included. */
#define CLI_TEMP_NAME_MAX 224

/*
 * Creates a new temporary for name in dirfd (".NAME.decruft-tmp.XXXXXX",
 * exclusively, never through a link), its name in tmp (need bytes, at
 * least CLI_TEMP_NAME_MAX). Returns the open descriptor (write only), or
 * -1 with errno set. The caller renames or unlinks it.
 */
int cli_open_temp(int dirfd, const char *name, char *tmp, size_t need);

/*
 * Is name a temporary file name of cli_write_atomic: "." NAME
 * ".decruft-tmp." and six letters or digits, NAME not empty? Sets
 * *target and *target_len to NAME within name when it is.
 */
int cli_is_temp_name(const char *name, const char **target, size_t *target_len);

/*
 * Makes an output file name from an input path: its base name without the
 * .html/.htm/.gz endings, made safe (no '/', no leading '.'), plus ext.
 * Returns a new string the caller frees, or NULL when out of memory.
 */
char *cli_output_name(const char *input, const char *ext);

#endif
