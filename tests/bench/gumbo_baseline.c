/*
 * gumbo_baseline: the floor decruft is measured against (scripts/bench).
 * Reads each file named on the command line, parses it with gumbo's default
 * options except max_errors = 0 (as decruft does), and destroys the tree.
 * Prints the pages and bytes done.
 */
#include <gumbo.h>
#include <stdio.h>
#include <stdlib.h>

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0, got;
    char *buf = malloc(cap);
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            char *bigger = realloc(buf, cap *= 2);
            if (!bigger) {
                free(buf);
                buf = NULL;
            }
            buf = bigger;
        }
    }
    fclose(f);
    *len = n;
    return buf;
}

int main(int argc, char **argv)
{
    size_t bytes = 0;
    int pages = 0;
    for (int i = 1; i < argc; i++) {
        size_t len;
        char *data = slurp(argv[i], &len);
        if (!data) {
            fprintf(stderr, "gumbo_baseline: cannot read %s\n", argv[i]);
            return 1;
        }
        GumboOptions opt = kGumboDefaultOptions;
        opt.max_errors = 0;
        GumboOutput *out = gumbo_parse_with_options(&opt, data, len);
        gumbo_destroy_output(&opt, out);
        free(data);
        bytes += len;
        pages++;
    }
    printf("%d pages, %zu bytes\n", pages, bytes);
    return 0;
}
