/*
 * jsonl: a file of JSON lines built in memory and written at once, the way
 * the manifest and the state are kept (atomically, never half written).
 */
#ifndef DC_CLI_JSONL_H
#define DC_CLI_JSONL_H

#include <jansson.h>
#include <stddef.h>

typedef struct dc_jsonl {
    char *data;
    size_t len;
    size_t cap;
} dc_jsonl;

#define DC_JSONL_INIT {NULL, 0, 0}

/* Appends obj as one line, encoded with jansson's flags. Returns 0, or -1
 * when memory ran out (the lines before are kept). */
int dc_jsonl_append(dc_jsonl *j, const json_t *obj, size_t flags);

/* Appends line (one JSON text, no newline) as one line. Returns 0, or -1
 * when memory ran out. */
int dc_jsonl_append_line(dc_jsonl *j, const char *line);

/* Writes the lines to dirfd/name atomically (dc_write_atomic; dir for
 * messages); 0, or -1 with err set. */
int dc_jsonl_write(const dc_jsonl *j, int dirfd, const char *dir, const char *name, char *err,
                   size_t errsize);

void dc_jsonl_free(dc_jsonl *j);

#endif
