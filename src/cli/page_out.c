#include "page_out.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "files.h"

static int fail(cli_page *pg, const char *why)
{
    snprintf(pg->err, pg->errsize, "%s", why);
    return -1;
}

/* A title that cannot be copied loses the rendering too: the page is
 * reported as out of memory rather than stored without its title. */
static int render(cli_page *pg, const dc_result *r, const cli_page_how *how)
{
    pg->out = dc_render(r, how->format, how->render_flags, &pg->out_len);
    if (how->meta) {
        const char *title = dc_result_title(r);
        pg->title = title ? strdup(title) : NULL;
        pg->words = dc_result_word_count(r);
        if (title && !pg->title) {
            free(pg->out);
            pg->out = NULL;
        }
    }
    return pg->out ? 0 : fail(pg, "out of memory");
}

static int write_out(cli_page *pg, const cli_page_how *how)
{
    int rc = !pg->name ? fail(pg, "out of memory")
                       : cli_write_atomic(how->out_fd, how->out_dir, pg->name, pg->out,
                                          pg->out_len, pg->err, pg->errsize);
    pg->written = rc == 0;
    free(pg->out);
    pg->out = NULL;
    return rc;
}

dc_result *cli_page_extract(cli_page *pg, const char *bytes, size_t len, const dc_options *o)
{
    dc_result *r = dc_extract(bytes, len, o);
    if (!r) {
        fail(pg, "out of memory");
        return NULL;
    }
    pg->extracted = 1;
    pg->status = dc_result_status(r);
    return r;
}

int cli_page_finish(cli_page *pg, dc_result *r, const cli_page_how *how)
{
    if (!r)
        return -1;
    int rc = 0;
    if (pg->status == DC_OK || how->always) {
        rc = render(pg, r, how);
        if (rc == 0 && how->out_dir)
            rc = write_out(pg, how);
    }
    dc_result_free(r);
    return rc;
}

int cli_page_print(const char *label, const char *data, size_t len, int several)
{
    if (several)
        printf("==> %s <==\n", label);
    int rc = fwrite(data, 1, len, stdout) == len ? 0 : -1;
    if (several)
        putchar('\n');
    return rc;
}
