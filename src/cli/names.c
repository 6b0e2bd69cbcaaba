#include "names.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "files.h"

#define BUCKETS 1024

typedef struct name_entry {
    struct name_entry *next;
    char *name;
} name_entry;

struct cli_names {
    name_entry *buckets[BUCKETS];
};

cli_names *cli_names_new(void)
{
    return calloc(1, sizeof(cli_names));
}

void cli_names_free(cli_names *n)
{
    if (!n)
        return;
    for (size_t i = 0; i < BUCKETS; i++) {
        for (name_entry *e = n->buckets[i], *next; e; e = next) {
            next = e->next;
            free(e->name);
            free(e);
        }
    }
    free(n);
}

static size_t bucket_of(const char *s)
{
    size_t h = 5381;
    for (; *s; s++)
        h = h * 33 + (unsigned char)*s;
    return h % BUCKETS;
}

static int taken(const cli_names *n, const char *name)
{
    for (const name_entry *e = n->buckets[bucket_of(name)]; e; e = e->next)
        if (strcmp(e->name, name) == 0)
            return 1;
    return 0;
}

/* "index.txt" -> "index-N.txt" */
static char *numbered(const char *name, const char *ext, unsigned number)
{
    size_t stem = strlen(name) - strlen(ext);
    size_t need = strlen(name) + 16;
    char *s = malloc(need);
    if (s)
        snprintf(s, need, "%.*s-%u%s", (int)stem, name, number, ext);
    return s;
}

const char *cli_names_claim(cli_names *n, const char *input, const char *ext)
{
    char *base = cli_output_name(input, ext);
    char *name = base;
    for (unsigned number = 2; name && taken(n, name); number++) {
        if (name != base)
            free(name);
        name = numbered(base, ext, number);
    }
    if (name != base)
        free(base);
    name_entry *e = name ? malloc(sizeof *e) : NULL;
    if (!e) {
        free(name);
        return NULL;
    }
    e->name = name;
    size_t b = bucket_of(name);
    e->next = n->buckets[b];
    n->buckets[b] = e;
    return name;
}
