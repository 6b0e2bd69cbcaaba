#include "jsonl.h"

#include <stdlib.h>
#include <string.h>

#include "files.h"

int cli_jsonl_append(cli_jsonl *j, const json_t *obj, size_t flags)
{
    char *line = json_dumps(obj, flags);
    if (!line)
        return -1;
    int rc = cli_jsonl_append_line(j, line);
    free(line);
    return rc;
}

int cli_jsonl_append_line(cli_jsonl *j, const char *line)
{
    size_t n = strlen(line);
    if (j->len + n + 1 > j->cap) {
        size_t cap = j->cap ? j->cap : 4096;
        while (j->len + n + 1 > cap)
            cap *= 2;
        char *bigger = realloc(j->data, cap);
        if (!bigger)
            return -1;
        j->data = bigger;
        j->cap = cap;
    }
    memcpy(j->data + j->len, line, n);
    j->data[j->len + n] = '\n';
    j->len += n + 1;
    return 0;
}

int cli_jsonl_write(const cli_jsonl *j, int dirfd, const char *dir, const char *name, char *err,
                    size_t errsize)
{
    return cli_write_atomic(dirfd, dir, name, j->data ? j->data : "", j->len, err, errsize);
}

void cli_jsonl_free(cli_jsonl *j)
{
    free(j->data);
    j->data = NULL;
    j->len = j->cap = 0;
}
