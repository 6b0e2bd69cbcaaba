/*
 * urls: the URL list and what the program derives from one URL.
 *
 * A list has one URL a line; blank lines and lines starting with '#' are
 * ignored, and every other line must be an absolute http or https URL
 * without spaces or control characters, at most DC_URL_MAX_LINE bytes long.
 * Nothing here opens a connection; reading a list is the only I/O.
 */
#ifndef DC_CLI_URLS_H
#define DC_CLI_URLS_H

#include <stddef.h>
#include <stdio.h>

#define DC_URL_MAX_LINE 8192

/* How much of a rejected line is kept for the manifest. */
#define DC_URL_SHOWN_MAX 200

/* One entry of a list: a valid URL and the line it came from (0: argv). */
typedef struct dc_url_entry {
    char *url;
    size_t line;
    size_t seq;        /* place among all entries added, valid or rejected */
} dc_url_entry;

/* A line (or argument) that is no usable URL, kept for the manifest. */
typedef struct dc_url_rejected {
    char *text;        /* the line, credentials redacted, cut to DC_URL_SHOWN_MAX bytes */
    size_t line;       /* 0: an argument */
    char *why;
    size_t seq;
} dc_url_rejected;

typedef struct dc_url_list {
    dc_url_entry *items;
    size_t count;
    size_t cap;
    dc_url_rejected *rejected;
    size_t invalid;    /* lines reported and skipped: the rejected ones */
    size_t rejected_cap;
    size_t seq;        /* entries added so far */
    size_t duplicates; /* repeated URLs, reported and skipped */
    size_t *slots;     /* open-addressing set of item index + 1, to find repeats */
    size_t nslots;
} dc_url_list;

/* Non-zero when s starts with "http://" or "https://" (any case). */
int dc_url_is_web(const char *s);

/*
 * Checks one URL. Returns 0 when it is a usable http(s) URL; otherwise -1
 * with the reason in err ("unsupported scheme", "contains a space", ...).
 */
int dc_url_check(const char *url, char *err, size_t errsize);

/*
 * Copies the host of url, lowercased, with ":port" when one is given and
 * without credentials, into out. Returns 0, or -1 when it does not fit.
 */
int dc_url_host(const char *url, char *out, size_t outsize);

/*
 * url with any "user:password@" replaced by "***@", for every message and
 * manifest field. Returns a new string the caller frees; NULL when out of
 * memory. url NULL gives NULL.
 */
char *dc_url_redact(const char *url);

/*
 * A stable, safe output file name for url: the host and a slug of the path,
 * reduced to [A-Za-z0-9._-] and capped in length, a '-', 12 hex digits of a
 * hash of the whole URL, then ext. Never starts with '.', never contains '/'.
 * Returns a new string the caller frees, or NULL when out of memory.
 */
char *dc_url_file_name(const char *url, const char *ext);

/* 64-bit FNV-1a of s: stable across runs and machines. */
unsigned long long dc_url_hash(const char *s);

void dc_url_list_init(dc_url_list *list);
void dc_url_list_free(dc_url_list *list);

/*
 * Adds url (copied) from line; an invalid or repeated URL is reported on
 * standard error as "decruft: NAME:LINE: ..." (credentials redacted) and
 * counted instead, and an invalid one is kept in rejected. Returns 0, or -1
 * when out of memory.
 */
int dc_url_list_add(dc_url_list *list, const char *name, size_t line, const char *url);

/*
 * Reads a list from f (named name in messages). Returns 0, or -1 on a read
 * error or when out of memory (message printed).
 */
int dc_url_list_read(dc_url_list *list, FILE *f, const char *name);

#endif
