/*
 * json_out: the JSON renderings of several inputs on standard output, as
 * one JSON text: -f jsonl prints one compact object a line, -f json with
 * several inputs one array of them. Each entry is the library's object with
 * "input" (the file name or URL as given) first; an input without one (it
 * could not be read or fetched, or is no URL) gets {"input", "status",
 * "error"} instead, so every input has its entry, in input order.
 *
 * Main thread only: the entries printed so far are counted here.
 */
#ifndef CLI_JSON_OUT_H
#define CLI_JSON_OUT_H

#include <stddef.h>

typedef enum cli_out_mode {
    CLI_OUT_PLAIN,       /* renderings as they are, "==> NAME <==" when several */
    CLI_OUT_JSON_ARRAY,  /* -f json, several inputs: one array */
    CLI_OUT_JSONL        /* -f jsonl: one object a line */
} cli_out_mode;

/*
 * The entry of an input from its JSON rendering (len bytes): a new compact
 * one-line object with "input" first, its length in *outlen; the caller
 * frees it. NULL when memory ran out or json is no object.
 */
char *cli_json_entry(const char *input, const char *json, size_t len, size_t *outlen);

/*
 * The entry of an input that has no rendering: {"input", "status", "error"},
 * compact, its length in *outlen; the caller frees it. NULL when memory ran
 * out.
 */
char *cli_json_failure(const char *input, const char *status, const char *error,
                       size_t *outlen);

/* Prints an entry in mode (not CLI_OUT_PLAIN): a line, opening the array
 * before the first. Returns 0, or -1 when the write failed (errno says). */
int cli_json_print(cli_out_mode mode, const char *entry, size_t len);

/* Closes the array (an empty one when no entry was printed). Returns 0, or
 * -1 when the write failed. */
int cli_json_end(cli_out_mode mode);

#endif
