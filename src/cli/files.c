#include "files.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

static int fail(char *err, size_t errsize, const char *what, const char *path)
{
    snprintf(err, errsize, "%s %s: %s", what, path, strerror(errno));
    return -1;
}

static int read_fd(int fd, size_t max, char **data, size_t *len)
{
    size_t cap = 64 * 1024, used = 0;
    char *buf = malloc(cap + 1);
    if (!buf)
        return -1;
    for (;;) {
        if (used == cap) {
            if (cap > max) {
                free(buf);
                errno = EFBIG;
                return -1;
            }
            char *bigger = realloc(buf, cap * 2 + 1);
            if (!bigger) {
                free(buf);
                return -1;
            }
            buf = bigger;
            cap *= 2;
        }
        ssize_t n = read(fd, buf + used, cap - used);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            free(buf);
            return -1;
        }
        if (n == 0)
            break;
        used += (size_t)n;
        if (used > max) {
            free(buf);
            errno = EFBIG;
            return -1;
        }
    }
    buf[used] = '\0';
    *data = buf;
    *len = used;
    return 0;
}

int dc_read_input(const char *path, size_t max, char **data, size_t *len, char *err,
                  size_t errsize)
{
    if (strcmp(path, "-") == 0) {
        if (read_fd(STDIN_FILENO, max, data, len) != 0)
            return fail(err, errsize, "cannot read", "standard input");
        return 0;
    }
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return fail(err, errsize, "cannot open", path);
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        errno = EISDIR;
        return fail(err, errsize, "cannot read", path);
    }
    int rc = read_fd(fd, max, data, len);
    int saved = errno;
    close(fd);
    errno = saved;
    if (rc != 0)
        return fail(err, errsize, "cannot read", path);
    return 0;
}

static int write_all(int fd, const char *data, size_t len)
{
    while (len > 0) {
        ssize_t n = write(fd, data, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -1;
        data += n;
        len -= (size_t)n;
    }
    return 0;
}

int dc_write_atomic(const char *dir, const char *name, const char *data, size_t len,
                    char *err, size_t errsize)
{
    size_t need = strlen(dir) + strlen(name) + 32;
    char *tmp = malloc(need), *final = malloc(need);
    if (!tmp || !final) {
        free(tmp);
        free(final);
        errno = ENOMEM;
        return fail(err, errsize, "cannot write", name);
    }
    snprintf(final, need, "%s/%s", dir, name);
    snprintf(tmp, need, "%s/.%s.XXXXXX", dir, name);
    int fd = mkstemp(tmp);
    int rc = -1;
    if (fd < 0) {
        fail(err, errsize, "cannot create a file in", dir);
        goto out;
    }
    if (write_all(fd, data, len) != 0 || fchmod(fd, 0644) != 0 || fsync(fd) != 0) {
        fail(err, errsize, "cannot write", final);
        close(fd);
        unlink(tmp);
        goto out;
    }
    if (close(fd) != 0 || rename(tmp, final) != 0) {
        fail(err, errsize, "cannot write", final);
        unlink(tmp);
        goto out;
    }
    rc = 0;
out:
    free(tmp);
    free(final);
    return rc;
}

static void strip_suffix(char *s, const char *suffix)
{
    size_t len = strlen(s), slen = strlen(suffix);
    if (len > slen && strcasecmp(s + len - slen, suffix) == 0)
        s[len - slen] = '\0';
}

char *dc_output_name(const char *input, const char *ext)
{
    const char *base = strcmp(input, "-") == 0 ? "stdin" : input;
    const char *slash = strrchr(base, '/');
    if (slash)
        base = slash + 1;
    size_t need = strlen(base) + strlen(ext) + 8;
    char *name = malloc(need);
    if (!name)
        return NULL;
    snprintf(name, need, "%s", *base ? base : "page");
    strip_suffix(name, ".gz");
    strip_suffix(name, ".html");
    strip_suffix(name, ".htm");
    strip_suffix(name, ".xhtml");
    for (char *p = name; *p; p++)
        if (*p == '/' || (unsigned char)*p < 0x20)
            *p = '_';
    if (name[0] == '.' || name[0] == '\0')
        name[0] = '_';
    strcat(name, ext);
    return name;
}
