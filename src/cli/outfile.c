#include "outfile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Splits path into a directory and a last component, both new strings. */
static int split(cli_outfile *o, const char *path)
{
    const char *slash = strrchr(path, '/');
    o->name = strdup(slash ? slash + 1 : path);
    if (!slash)
        o->dir = strdup(".");
    else if (slash == path)
        o->dir = strdup("/");
    else
        o->dir = strndup(path, (size_t)(slash - path));
    return o->name && o->dir ? 0 : -1;
}

static void release(cli_outfile *o)
{
    if (o->dirfd >= 0)
        close(o->dirfd);
    o->dirfd = -1;
    free(o->dir);
    free(o->name);
    o->dir = o->name = NULL;
}

/* The temporary, once open, in the place of standard output. */
static int take_stdout(cli_outfile *o, char *err, size_t errsize)
{
    int fd = cli_open_temp(o->dirfd, o->name, o->tmp, sizeof o->tmp);
    if (fd < 0) {
        snprintf(err, errsize, "cannot create a temporary file in %s: %s", o->dir,
                 strerror(errno));
        return -1;
    }
    int rc = fflush(stdout) == 0 && dup2(fd, STDOUT_FILENO) >= 0 ? 0 : -1;
    int saved = errno;
    close(fd);
    if (rc == 0)
        return 0;
    unlinkat(o->dirfd, o->tmp, 0);
    snprintf(err, errsize, "cannot write %s: %s", o->path, strerror(saved));
    return -1;
}

int cli_outfile_open(cli_outfile *o, const char *path, char *err, size_t errsize)
{
    memset(o, 0, sizeof *o);
    o->path = path;
    o->dirfd = -1;
    if (split(o, path) != 0) {
        snprintf(err, errsize, "out of memory");
        release(o);
        return -1;
    }
    if (!o->name[0]) {
        snprintf(err, errsize, "cannot write %s: it names a directory", path);
        release(o);
        return -1;
    }
    o->dirfd = open(o->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (o->dirfd < 0) {
        snprintf(err, errsize, "cannot write %s: %s: %s", path, o->dir, strerror(errno));
        release(o);
        return -1;
    }
    if (cli_check_regular(o->dirfd, o->dir, o->name, err, errsize) != 0 ||
        take_stdout(o, err, errsize) != 0) {
        release(o);
        return -1;
    }
    return 0;
}

/* Standard output written out and on disk, then renamed to the file. */
static int commit(cli_outfile *o)
{
    if (fflush(stdout) != 0 || ferror(stdout) || fsync(STDOUT_FILENO) != 0)
        return -1;
    return renameat(o->dirfd, o->tmp, o->dirfd, o->name);
}

int cli_outfile_close(cli_outfile *o, int ok, char *err, size_t errsize)
{
    err[0] = '\0';
    int rc = -1;
    if (ok) {
        rc = commit(o);
        if (rc != 0)
            snprintf(err, errsize, "cannot write %s: %s", o->path, strerror(errno));
    }
    if (rc != 0)
        unlinkat(o->dirfd, o->tmp, 0);
    release(o);
    return rc;
}
