/*
 * block_features: the block model's feature vectors of the pages named on
 * the command line, for scripts/train-block-model. Not installed; built on
 * demand (make tests/block_features).
 *
 * Each page is extracted as decruft extracts it (DECRUFT_TUNE applies),
 * with the block model off; each leaf block with text left in the article
 * is one line: the page's path, the block's index, its features (as
 * block_model.c computes them, the model's input at run time) and its
 * text, tab-separated, the text's tabs and line breaks as spaces.
 *
 * Without arguments (as the suite runs it) it checks itself on a page of
 * its own: a line per paragraph, each with every feature.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "block_model.h"
#include "decruft.h"
#include "result.h"

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    for (size_t got; buf && (got = fread(buf + n, 1, cap - n, f)) > 0;) {
        n += got;
        if (n == cap) {
            char *more = realloc(buf, cap *= 2);
            if (!more)
                free(buf);
            buf = more;
        }
    }
    fclose(f);
    *len = n;
    return buf;
}

static void print_text(FILE *out, const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        putc(s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ? ' ' : s[i], out);
}

static void dump(FILE *out, const char *path, const dc_result *r)
{
    if (!r->content)
        return;
    size_t n = dci_block_model_features(r->content, NULL, NULL, 0);
    float (*f)[DCI_BLOCK_FEATURES] = malloc((n ? n : 1) * sizeof *f);
    const dci_block **leaves = malloc((n ? n : 1) * sizeof *leaves);
    if (f && leaves && dci_block_model_features(r->content, f, leaves, n) == n) {
        for (size_t i = 0; i < n; i++) {
            fprintf(out, "%s\t%zu", path, i);
            for (size_t k = 0; k < DCI_BLOCK_FEATURES; k++)
                fprintf(out, "\t%.6g", (double)f[i][k]);
            putc('\t', out);
            print_text(out, leaves[i]->text, leaves[i]->text_len);
            putc('\n', out);
        }
    }
    free(f);
    free(leaves);
}

/* Writes the lines of one page (len bytes of HTML) to out, extracted with
 * the tuning spec. */
static void dump_page(FILE *out, const char *path, const char *html, size_t len, const char *spec)
{
    dc_options opt;
    dc_options_init(&opt);
    opt.tuning = spec;
    dc_result *r = dc_extract(html, len, &opt);
    if (r)
        dump(out, path, r);
    dc_result_free(r);
}

#define PROSE "The harbour commission met on Tuesday evening to discuss the repairs to the sea wall, " \
              "which was badly damaged by the winter storms, and heard from the ferry operators."

/* The self-check: five paragraphs, five lines of 2 + DCI_BLOCK_FEATURES + 1
 * columns. Returns the exit status. */
static int self_check(void)
{
    static const char page[] = "<html><body><article><p>News | Sport | Weather</p><p>" PROSE
                                "</p><p>" PROSE " 1</p><p>" PROSE " 2</p><p>" PROSE
                                " 3</p></article></body></html>";
    FILE *tmp = tmpfile();
    if (!tmp)
        return 99;
    dump_page(tmp, "self", page, sizeof page - 1, "block_model_min=0");
    rewind(tmp);
    unsigned lines = 0, tabs = 0;
    int ok = 1;
    for (int c; (c = getc(tmp)) != EOF;) {
        tabs += c == '\t';
        if (c == '\n') {
            ok &= tabs == DCI_BLOCK_FEATURES + 2;
            lines++;
            tabs = 0;
        }
    }
    fclose(tmp);
    printf("block_features: %u lines, %s\n", lines, ok && lines == 5 ? "ok" : "WRONG");
    return ok && lines == 5 ? 0 : 1;
}

int main(int argc, char **argv)
{
    if (argc < 2)
        return self_check();
    const char *env = getenv("DECRUFT_TUNE");
    char spec[4096];
    snprintf(spec, sizeof spec, "%s%sblock_model_min=0", env ? env : "", env && *env ? "," : "");
    printf("page\tblock");
    for (size_t k = 0; k < DCI_BLOCK_FEATURES; k++)
        printf("\t%s", dci_block_feature_names[k]);
    printf("\ttext\n");
    for (int i = 1; i < argc; i++) {
        size_t len = 0;
        char *html = read_file(argv[i], &len);
        if (!html) {
            fprintf(stderr, "block_features: cannot read %s\n", argv[i]);
            continue;
        }
        dump_page(stdout, argv[i], html, len, spec);
        free(html);
    }
    return 0;
}
