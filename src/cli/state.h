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
 * without the URLs that no run has listed for DC_STATE_FORGET_DAYS days, so
 * a state shared by changing lists does not grow for ever.
 */
#ifndef DC_CLI_STATE_H
#define DC_CLI_STATE_H

#include <stddef.h>

#define DC_STATE_FORGET_DAYS 30

typedef struct dc_state_entry {
    char *url;           /* redacted, for people reading the file */
    char *etag;          /* may be NULL */
    char *last_modified; /* may be NULL */
    char *variant;       /* the output options the file was made with */
    char *file;
    char *title;         /* may be NULL */
    long long bytes;
    long long words;
    long long seen;      /* when a run last listed the URL (Unix time) */
} dc_state_entry;

typedef struct dc_state dc_state;

/* Loads DIR/state.jsonl (a missing file is an empty state; unreadable
 * lines are skipped). NULL with err set on failure. */
dc_state *dc_state_load(const char *dir, char *err, size_t errsize);
void dc_state_free(dc_state *s);

/* The entry for url, or NULL. */
const dc_state_entry *dc_state_get(const dc_state *s, const char *url);

/* Records e for url (all strings copied), seen by this run; replaces what
 * was there. 0 or -1 when out of memory. */
int dc_state_put(dc_state *s, const char *url, const dc_state_entry *e);

/* Marks url as listed by this run, so it is kept. */
void dc_state_touch(dc_state *s, const char *url);

/* Forgets url (its page failed or changed without validators). */
void dc_state_remove(dc_state *s, const char *url);

/* Writes DIR/state.jsonl atomically. 0, or -1 with err set. */
int dc_state_save(const dc_state *s, char *err, size_t errsize);

/*
 * Takes the lock DIR/.decruft.lock (flock, exclusive, non-blocking) and
 * returns its descriptor, to be held until exit. -1 with err set when
 * another process holds it or the file cannot be opened.
 */
int dc_lock_dir(const char *dir, char *err, size_t errsize);

/*
 * Removes the temporary files a killed run (SIGKILL, power cut) left in
 * DIR: ".NAME.XXXXXX" where NAME is index.jsonl, state.jsonl or a page file
 * name made by dc_url_file_name. Call it with the lock held. Returns the
 * number removed.
 */
int dc_remove_stale_temps(const char *dir);

#endif
