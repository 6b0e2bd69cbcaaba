/*
 * urls: the URL list and what the program derives from one URL.
 *
 * A list has one URL a line; blank lines and lines starting with '#' are
 * ignored, and every other line must be an absolute http or https URL in
 * UTF-8, without spaces or control characters, that libcurl accepts, at
 * most CLI_URL_MAX_LINE bytes long (without the newline and a CR before it).
 * A line is its bytes up to the newline: a NUL inside is refused, not an
 * end. A UTF-8 byte order mark before the first line is skipped.
 *
 * User info ("user:password@") is read as libcurl reads it, since libcurl
 * sends it: it is redacted wherever a URL is shown, and names and keys are
 * made from the URL without it. Nothing here opens a connection; reading a
 * list is the only I/O.
 */
#ifndef CLI_URLS_H
#define CLI_URLS_H

#include <stddef.h>
#include <stdio.h>

#define CLI_URL_MAX_LINE 8192

/* How much of a rejected line is kept for the manifest. */
#define CLI_URL_SHOWN_MAX 200

/* One entry of a list: a valid URL and the line it came from (0: argv). */
typedef struct cli_url_entry {
    char *url;
    char *plain;       /* url without its user info; NULL when it has none */
    char *key;         /* cli_url_normalize(url): the same for its repeats */
    size_t line;
    size_t seq;        /* place among all entries added, valid or rejected */
} cli_url_entry;

/* A line (or argument) that is no usable URL, kept for the manifest. */
typedef struct cli_url_rejected {
    char *text;        /* the line, credentials redacted, the bytes of control
                          characters (C0, DEL, C1) and bytes that are not
                          UTF-8 as "\xHH", cut to CLI_URL_SHOWN_MAX bytes */
    size_t line;       /* 0: an argument */
    char *why;
    size_t seq;
} cli_url_rejected;

typedef struct cli_url_list {
    cli_url_entry *items;
    size_t count;
    size_t cap;
    cli_url_rejected *rejected;
    size_t invalid;    /* lines reported and skipped: the rejected ones */
    size_t rejected_cap;
    size_t seq;        /* entries added so far */
    size_t duplicates; /* repeated URLs (the same key), reported and skipped */
    size_t *slots;     /* open-addressing set of item index + 1, to find repeats */
    size_t nslots;
} cli_url_list;

/* Non-zero when s starts with "http://" or "https://" (any case). */
int cli_url_is_web(const char *s);

/*
 * Checks one URL. Returns 0 when it is a usable http(s) URL; otherwise -1
 * with the reason in err ("unsupported scheme", "contains a space", ...),
 * which never quotes its user info.
 */
int cli_url_check(const char *url, char *err, size_t errsize);

/*
 * Copies the host of url, lowercased, with ":port" when one is given and
 * without credentials, into out. Returns 0, or -1 when it does not fit.
 */
int cli_url_host(const char *url, char *out, size_t outsize);

/*
 * url with its user info ("user:password@", "user@", ":@") replaced by
 * "***@", for every message and manifest field. When libcurl cannot read
 * url, where the user info ends is unknown, and everything after the
 * scheme up to the last '@' is replaced. Returns a new string the caller
 * frees; NULL when out of memory. url NULL gives NULL.
 */
char *cli_url_redact(const char *url);

/*
 * text (a message, such as libcurl's) with the user info of every URL in
 * it redacted: after each "://", up to the last '@' before a space, a
 * quote or the end; and with each byte of a control character or of
 * invalid UTF-8 written "\xHH". Returns a new string the caller frees, or
 * NULL when out of memory.
 */
char *cli_url_redact_text(const char *text);

/*
 * A stable, safe output file name for url: the host and a slug of the path,
 * reduced to [A-Za-z0-9._-] and capped in length, a '-', 12 hex digits of
 * cli_url_key(url), then ext. Never starts with '.', never contains '/'.
 * Returns a new string the caller frees, or NULL when out of memory.
 */
char *cli_url_file_name(const char *url, const char *ext);

/* 64-bit FNV-1a of s: stable across runs and machines. */
unsigned long long cli_url_hash(const char *s);

/* cli_url_hash of url without its user info, for the names of files and
 * state: an unsalted hash of a password would let it be guessed. A URL
 * without user info keeps the hash of the whole URL. */
unsigned long long cli_url_key(const char *url);

void cli_url_list_init(cli_url_list *list);
void cli_url_list_free(cli_url_list *list);

/*
 * url normalised with libcurl's URL API, to tell repeats: scheme and host in
 * lower case, no default port, no user info and no fragment, "%XX" of an
 * unreserved character decoded and the others in upper case, an empty
 * path "/", dot segments resolved. "HTTP://x:80/%61#f" gives
 * "http://x/a". Returns a new string the caller frees, or NULL when libcurl
 * cannot read url or memory ran out.
 */
char *cli_url_normalize(const char *url);

/*
 * Adds url (copied) from line; an invalid or repeated URL (one with the same
 * cli_url_normalize as an earlier one) is reported on standard error as
 * "decruft: NAME:LINE: WHY: URL" (shown as in cli_url_rejected) and counted
 * instead, and an invalid one is kept in rejected. Returns 0, or -1 when
 * out of memory.
 */
int cli_url_list_add(cli_url_list *list, const char *name, size_t line, const char *url);

/*
 * Reads a list from f (named name in messages). Returns 0, or -1 on a read
 * error or when out of memory (message printed).
 */
int cli_url_list_read(cli_url_list *list, FILE *f, const char *name);

#endif
