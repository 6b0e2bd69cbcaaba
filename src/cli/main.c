/*
 * decruft: the command line. Parses options and runs each input through
 * the library; all I/O of the program lives in src/cli.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "decruft.h"
#include "files.h"
#include "names.h"
#include "options.h"

#define ERRSIZE 512

static int write_stdout(const char *data, size_t len)
{
    return fwrite(data, 1, len, stdout) == len ? 0 : -1;
}

static dc_result *extract_input(const cli_options *opt, const char *input)
{
    char err[ERRSIZE];
    char *data = NULL;
    size_t len = 0;
    if (dc_read_input(input, opt->max_size, &data, &len, err, sizeof err) != 0) {
        fprintf(stderr, "decruft: %s\n", err);
        return NULL;
    }
    dc_options o;
    dc_options_init(&o);
    o.url = opt->base_url;
    o.charset = opt->charset;
    o.force_charset = opt->charset != NULL;
    o.flags = opt->explain ? DC_OPT_EXPLAIN : 0;
    dc_result *r = dc_extract(data, len, &o);
    free(data);
    if (!r)
        fprintf(stderr, "decruft: %s: out of memory\n", input);
    return r;
}

/* Writes the rendering of r for input; returns 0 or -1 (message printed). */
static int emit(const cli_options *opt, dc_names *names, const char *input, const dc_result *r,
                int several)
{
    dc_format format = opt->explain ? DC_FORMAT_EXPLAIN : opt->format;
    size_t len;
    char *out = dc_render(r, format, opt->no_title ? DC_RENDER_NO_TITLE : 0, &len);
    if (!out) {
        fprintf(stderr, "decruft: %s: out of memory\n", input);
        return -1;
    }
    int rc = 0;
    if (opt->output_dir) {
        char err[ERRSIZE];
        const char *name = dc_names_claim(names, input, opt->extension);
        if (!name || dc_write_atomic(opt->output_dir, name, out, len, err, sizeof err) != 0) {
            fprintf(stderr, "decruft: %s: %s\n", input, name ? err : "out of memory");
            rc = -1;
        } else if (opt->verbose) {
            fprintf(stderr, "decruft: %s -> %s/%s\n", input, opt->output_dir, name);
        }
    } else {
        if (several)
            printf("==> %s <==\n", input);
        rc = write_stdout(out, len);
        if (several)
            putchar('\n');
        if (rc != 0)
            fprintf(stderr, "decruft: cannot write to standard output: %s\n", strerror(errno));
    }
    free(out);
    return rc;
}

static int clean_input(const cli_options *opt, dc_names *names, const char *input, int several)
{
    dc_result *r = extract_input(opt, input);
    if (!r)
        return -1;
    int rc = 0;
    dc_status st = dc_result_status(r);
    if (st != DC_OK && !opt->explain) {
        fprintf(stderr, "decruft: %s: %s\n", input, dc_strerror(st));
        rc = -1;
    } else {
        rc = emit(opt, names, input, r, several);
        if (st != DC_OK)
            rc = -1;
    }
    dc_result_free(r);
    return rc;
}

static int prepare_output_dir(const char *dir)
{
    if (mkdir(dir, 0755) == 0 || errno == EEXIST) {
        struct stat st;
        if (stat(dir, &st) == 0 && S_ISDIR(st.st_mode))
            return 0;
        errno = ENOTDIR;
    }
    fprintf(stderr, "decruft: cannot use output directory %s: %s\n", dir, strerror(errno));
    return -1;
}

int main(int argc, char **argv)
{
    cli_options opt;
    int status = cli_parse(argc, argv, &opt);
    if (status >= 0)
        return status;
    if (opt.output_dir && prepare_output_dir(opt.output_dir) != 0)
        return EXIT_USAGE;
    dc_names *names = dc_names_new();
    if (!names) {
        fprintf(stderr, "decruft: out of memory\n");
        return EXIT_USAGE;
    }
    int failed = 0;
    for (int i = 0; i < opt.ninputs; i++)
        if (clean_input(&opt, names, opt.inputs[i], opt.ninputs > 1) != 0)
            failed++;
    dc_names_free(names);
    if (fflush(stdout) != 0) {
        fprintf(stderr, "decruft: cannot write to standard output: %s\n", strerror(errno));
        return EXIT_SOME_FAILED;
    }
    return failed ? EXIT_SOME_FAILED : EXIT_ALL_OK;
}
