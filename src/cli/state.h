/*
 * state: what a run remembers for the next one (--state DIR), and the lock
 * that keeps two runs out of one directory.
 *
 * DIR/state.jsonl holds one JSON object a line per URL: the validators of
 * the last answer (ETag, Last-Modified) and what was made of it (file,
 * title, counts), so a rerun can ask "changed since?" and, on a 304, leave
 * the page alone and still write a complete manifest row. URLs are keyed by
 * a hash of the URL and stored redacted, so no password lands on disk. The
 * file is rewritten atomically at the end of a run (and on interruption),
 * without the URLs that no run has listed for CLI_STATE_FORGET_DAYS days, so
 * a state shared by changing lists does not grow for ever.
 */
#ifndef CLI_STATE_H
#define CLI_STATE_H

#include <stddef.h>

#define CLI_STATE_FORGET_DAYS 30

typedef struct cli_state_entry {
    char *url;           /* redacted, for people reading the file */
    char *etag;          /* may be NULL */
    char *last_modified; /* may be NULL */
    char *variant;       /* the output options the file was made with */
    char *file;
    char *title;         /* may be NULL */
    long long bytes;
    long long words;
    long long seen;      /* when a run last listed the URL (Unix time) */
} cli_state_entry;

typedef struct cli_state cli_state;

/*
 * Loads dirfd/state.jsonl (dir names it in messages; the state keeps
 * dirfd, which the caller closes after cli_state_free). A missing or empty
 * file is an empty state. The file is never read through a symbolic link
 * nor from a FIFO or other non-regular file, and nothing in it is ever
 * dropped unseen:
 *   - a link, FIFO, directory, ... at the name, a file that cannot be read
 *     (permissions, I/O error) or one over 1 GiB: NULL with msg set, the run
 *     refuses (exit 2) and the file is left alone;
 *   - lines that are not state entries (not JSON, not UTF-8, a line cut short
 *     by an edit, binary, an entry without key, file or variant): the good
 *     lines are used, the file is renamed to state.jsonl.corrupt-TIME (UTC,
 *     YYYYMMDDTHHMMSSZ) so the save at the end cannot lose the others, and
 *     msg says so (the run exits 1); NULL with msg set when it cannot be
 *     renamed (a file of that name exists);
 *   - otherwise msg is "".
 * Blank lines are ignored.
 */
cli_state *cli_state_load(int dirfd, const char *dir, char *msg, size_t msgsize);
void cli_state_free(cli_state *s);

/* The entry for url, or NULL. */
const cli_state_entry *cli_state_get(const cli_state *s, const char *url);

/* Records e for url (all strings copied), seen by this run; replaces what
 * was there. 0 or -1 when out of memory. */
int cli_state_put(cli_state *s, const char *url, const cli_state_entry *e);

/* Marks url as listed by this run, so it is kept. */
void cli_state_touch(cli_state *s, const char *url);

/* Forgets url (its page failed or changed without validators). */
void cli_state_remove(cli_state *s, const char *url);

/* Writes DIR/state.jsonl atomically (see cli_write_atomic: a link put at
 * its name is not replaced). 0, or -1 with err set. */
int cli_state_save(const cli_state *s, char *err, size_t errsize);

/*
 * Takes the lock dirfd/.decruft.lock (flock, exclusive, non-blocking;
 * created 0666 less the umask, never through a symbolic link) and returns
 * its descriptor, to be held until exit. -1 with err set when another
 * process holds it or it cannot be opened, or is no regular file.
 */
int cli_lock_dir(int dirfd, const char *dir, char *err, size_t errsize);

/*
 * Removes the temporary files a killed run (SIGKILL, power cut) left in
 * the directory dirfd: regular files named ".NAME.decruft-tmp.XXXXXX" (six
 * letters or digits) where NAME is index.jsonl, state.jsonl or a page file
 * name made by cli_url_file_name, and nothing else (no link, no file of
 * another name such as .state.jsonl.backup). Call it with the lock held.
 * Returns the number removed.
 */
int cli_remove_stale_temps(int dirfd);

#endif
