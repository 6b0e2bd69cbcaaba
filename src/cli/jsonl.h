/*
 * jsonl: a file of JSON lines built in memory and written at once, the way
 * the manifest and the state are kept (atomically, never half written).
 */
#ifndef CLI_JSONL_H
#define CLI_JSONL_H

#include <jansson.h>
#include <stddef.h>

typedef struct cli_jsonl {
    char *data;
    size_t len;
    size_t cap;
} cli_jsonl;

#define CLI_JSONL_INIT {NULL, 0, 0}

/* Appends obj as one line, encoded with jansson's flags. Returns 0, or -1
 * when memory ran out (the lines before are kept). */
int cli_jsonl_append(cli_jsonl *j, const json_t *obj, size_t flags);

/* Appends line (one JSON text, no newline) as one line. Returns 0, or -1
 * when memory ran out. */
int cli_jsonl_append_line(cli_jsonl *j, const char *line);

/* Writes the lines to dirfd/name atomically (cli_write_atomic; dir for
 * messages); 0, or -1 with err set. */
int cli_jsonl_write(const cli_jsonl *j, int dirfd, const char *dir, const char *name, char *err,
                    size_t errsize);

void cli_jsonl_free(cli_jsonl *j);

#endif
