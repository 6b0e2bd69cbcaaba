/*
 * page_out: one page's bytes to its output, the part the URL and the file
 * front ends share: extract, render, and under -o write the file
 * atomically; or print the rendering to standard output.
 *
 * Safe on worker threads: it reads its arguments and changes only the page.
 */
#ifndef CLI_PAGE_OUT_H
#define CLI_PAGE_OUT_H

#include <stddef.h>

#include "decruft.h"

/* How a run renders and stores its pages. */
typedef struct cli_page_how {
    dc_format format;
    unsigned render_flags;  /* DC_RENDER_* */
    int always;             /* render a page without an article too (explain) */
    int meta;               /* keep the title and the word count */
    const char *out_dir;    /* -o DIR, for messages; NULL: keep the rendering */
    int out_fd;             /* out_dir, opened by cli_open_dir */
} cli_page_how;

/* One page: name and err are the caller's, the rest is filled in. */
typedef struct cli_page {
    const char *name;       /* in, under -o: the file to write; NULL means out of memory */
    char *err;              /* in: where a failure is described */
    size_t errsize;
    int extracted;          /* dc_extract gave a result: status is set */
    dc_status status;
    char *out;              /* the rendering, when kept; free() it */
    size_t out_len;
    int written;            /* under -o: name was written */
    char *title;            /* with meta; NULL when none; free() it */
    size_t words;
} cli_page;

/*
 * Extracts the page with o and sets pg's status. Returns the result, which
 * cli_page_finish frees, or NULL with pg->err set when memory ran out. The
 * bytes are not needed after it: a caller that owns them frees them now, so
 * that the page and its rendering are not held at once.
 */
dc_result *cli_page_extract(cli_page *pg, const char *bytes, size_t len, const dc_options *o);

/*
 * When the page has an article or how->always, renders r and, under -o,
 * writes it (the rendering is then dropped); frees r. Returns 0, or -1 with
 * the reason in pg->err: memory ran out (r is NULL included), or the file
 * could not be written. A page without an article is no failure here: its
 * status says so.
 */
int cli_page_finish(cli_page *pg, dc_result *r, const cli_page_how *how);

/* Prints a rendering to standard output, under a "==> label <==" header
 * and followed by a blank line when there are several. Returns 0, or -1
 * when the write failed (errno says why). */
int cli_page_print(const char *label, const char *data, size_t len, int several);

#endif
