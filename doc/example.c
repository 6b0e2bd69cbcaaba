/*
 * example: the article of a saved web page, as text on standard output.
 *
 *   cc example.c $(pkg-config --cflags --libs decruft) -o example
 *   ./example page.html [URL]
 *
 * Exit status: 0 with an article, 1 without one (the reason on standard
 * error), 2 when the file cannot be read.
 */
#include <decruft.h>
#include <stdio.h>
#include <stdlib.h>

/* The whole file in a new buffer the caller frees; NULL when it cannot be
 * read. */
static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, used = 0, n;
    char *buf = malloc(cap);
    while (buf && (n = fread(buf + used, 1, cap - used, f)) > 0) {
        used += n;
        if (used == cap) {
            char *bigger = realloc(buf, cap *= 2);
            if (!bigger)
                free(buf);
            buf = bigger;
        }
    }
    if (ferror(f)) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    *len = used;
    return buf;
}

int main(int argc, char **argv)
{
    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: example FILE [URL]\n");
        return 2;
    }
    size_t len;
    char *html = read_file(argv[1], &len);
    if (!html) {
        perror(argv[1]);
        return 2;
    }
    dc_options opt;
    dc_options_init(&opt);
    opt.url = argc == 3 ? argv[2] : NULL;  /* base for links; may be NULL */
    dc_result *r = dc_extract(html, len, &opt);
    free(html);                            /* the result keeps no pointer into it */
    if (!r) {
        fprintf(stderr, "example: out of memory\n");
        return 2;
    }
    int status = 0;
    if (dc_result_status(r) == DC_OK) {
        size_t n;
        char *text = dc_render(r, DC_FORMAT_TEXT, 0, &n);  /* UTF-8, caller frees */
        if (text)
            fwrite(text, 1, n, stdout);
        free(text);
        printf("-- %zu words\n", dc_result_word_count(r));
    } else {
        fprintf(stderr, "example: %s: %s\n", argv[1], dc_strerror(dc_result_status(r)));
        status = 1;
    }
    dc_result_free(r);
    return status;
}
