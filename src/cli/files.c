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

int cli_read_fd(int fd, size_t max, char **data, size_t *len)
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

/* Bytes of standard input read ahead to tell its kind (cli_stdin_unread). */
static char *stdin_head;
static size_t stdin_head_len;

int cli_stdin_unread(const char *head, size_t len)
{
    free(stdin_head);
    stdin_head = NULL;
    stdin_head_len = 0;
    if (len == 0)
        return 0;
    if (!(stdin_head = malloc(len)))
        return -1;
    memcpy(stdin_head, head, len);
    stdin_head_len = len;
    return 0;
}

/* Standard input, after the bytes read ahead. */
static int read_stdin(size_t max, char **data, size_t *len)
{
    size_t head = stdin_head_len;
    if (head > max) {
        errno = EFBIG;
        return -1;
    }
    char *rest;
    size_t rest_len;
    if (cli_read_fd(STDIN_FILENO, max - head, &rest, &rest_len) != 0)
        return -1;
    if (head == 0) {
        *data = rest;
        *len = rest_len;
        return 0;
    }
    char *all = malloc(head + rest_len + 1);
    if (!all) {
        free(rest);
        return -1;
    }
    memcpy(all, stdin_head, head);
    memcpy(all + head, rest, rest_len + 1);
    free(rest);
    cli_stdin_unread(NULL, 0);
    *data = all;
    *len = head + rest_len;
    return 0;
}

int cli_read_input(const char *path, size_t max, char **data, size_t *len, char *err,
                   size_t errsize)
{
    if (strcmp(path, "-") == 0) {
        if (read_stdin(max, data, len) != 0)
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
    int rc = cli_read_fd(fd, max, data, len);
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

/* What a non-regular file is, for messages. */
static const char *kind_of(mode_t mode)
{
    if (S_ISLNK(mode))
        return "a symbolic link";
    if (S_ISDIR(mode))
        return "a directory";
    if (S_ISFIFO(mode))
        return "a FIFO";
    if (S_ISSOCK(mode))
        return "a socket";
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return "a device";
    return "something else";
}

static int not_regular(char *err, size_t errsize, const char *dir, const char *name, mode_t mode)
{
    snprintf(err, errsize, "%s/%s is %s, not a regular file; left alone", dir, name,
             kind_of(mode));
    errno = EINVAL;
    return -1;
}

int cli_open_dir(const char *dir, const char *what, char *err, size_t errsize)
{
    int fd = -1;
    if (mkdir(dir, 0777) == 0 || errno == EEXIST)
        fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        snprintf(err, errsize, "cannot use %s %s: %s", what, dir, strerror(errno));
    return fd;
}

int cli_check_regular(int dirfd, const char *dir, const char *name, char *err, size_t errsize)
{
    struct stat st;
    if (fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
        if (errno == ENOENT)
            return 0;
        snprintf(err, errsize, "cannot look at %s/%s: %s", dir, name, strerror(errno));
        return -1;
    }
    return S_ISREG(st.st_mode) ? 0 : not_regular(err, errsize, dir, name, st.st_mode);
}

/* -1 with err "cannot open dir/name: why", errno kept. */
static int open_failed(char *err, size_t errsize, const char *dir, const char *name, int errnum)
{
    snprintf(err, errsize, "cannot open %s/%s: %s", dir, name, strerror(errnum));
    errno = errnum;
    return -1;
}

int cli_open_regular(int dirfd, const char *dir, const char *name, int flags, char *err,
                     size_t errsize)
{
    /* O_NONBLOCK: opening a FIFO must not wait for a writer; it changes
     * nothing for a regular file. */
    int fd = openat(dirfd, name, flags | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0666);
    struct stat st;
    if (fd < 0) {
        int saved = errno;
        /* ELOOP (a link), EISDIR, ENXIO (a socket): say what is there. */
        if (saved != ENOENT && fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
            !S_ISREG(st.st_mode))
            return not_regular(err, errsize, dir, name, st.st_mode);
        return open_failed(err, errsize, dir, name, saved);
    }
    int rc = fstat(fd, &st) != 0       ? open_failed(err, errsize, dir, name, errno)
             : !S_ISREG(st.st_mode) ? not_regular(err, errsize, dir, name, st.st_mode)
                                    : 0;
    if (rc == 0)
        return fd;
    int saved = errno;
    close(fd);
    errno = saved;
    return -1;
}

#define TEMP_MARK ".decruft-tmp."
#define TEMP_RANDOM 6
/* The part of NAME in a temporary's name, so that it stays within NAME_MAX
 * (255) on any file system. */
#define TEMP_STEM_MAX 200
_Static_assert(CLI_TEMP_NAME_MAX >= TEMP_STEM_MAX + sizeof TEMP_MARK + TEMP_RANDOM + 2,
               "room for a temporary's name");
#define TEMP_TRIES 16

static const char temp_alphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

int cli_open_temp(int dirfd, const char *name, char *tmp, size_t need)
{
    for (int i = 0; i < TEMP_TRIES; i++) {
        unsigned char r[TEMP_RANDOM];
        if (getentropy(r, sizeof r) != 0)
            return -1;
        char suffix[TEMP_RANDOM + 1];
        for (size_t k = 0; k < TEMP_RANDOM; k++)
            suffix[k] = temp_alphabet[r[k] % (sizeof temp_alphabet - 1)];
        suffix[TEMP_RANDOM] = '\0';
        snprintf(tmp, need, ".%.*s%s%s", TEMP_STEM_MAX, name, TEMP_MARK, suffix);
        int fd = openat(dirfd, tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
        if (fd >= 0 || errno != EEXIST)
            return fd;
    }
    return -1;
}

int cli_write_atomic(int dirfd, const char *dir, const char *name, const char *data, size_t len,
                     char *err, size_t errsize)
{
    /* rename() would replace a link or a FIFO without following it, but a
     * file the user put there in place of ours is theirs: leave it. */
    if (cli_check_regular(dirfd, dir, name, err, errsize) != 0)
        return -1;
    char tmp[CLI_TEMP_NAME_MAX];
    int fd = cli_open_temp(dirfd, name, tmp, sizeof tmp);
    if (fd < 0) {
        snprintf(err, errsize, "cannot create a temporary file in %s: %s", dir, strerror(errno));
        return -1;
    }
    int ok = write_all(fd, data, len) == 0 && fsync(fd) == 0;
    int saved = errno;
    if (close(fd) != 0 && ok) {
        ok = 0;
        saved = errno;
    }
    if (ok && renameat(dirfd, tmp, dirfd, name) != 0) {
        ok = 0;
        saved = errno;
    }
    if (ok)
        return 0;
    unlinkat(dirfd, tmp, 0);
    snprintf(err, errsize, "cannot write %s/%s: %s", dir, name, strerror(saved));
    return -1;
}

int cli_is_temp_name(const char *name, const char **target, size_t *target_len)
{
    size_t len = strlen(name), tail = sizeof TEMP_MARK - 1 + TEMP_RANDOM;
    if (name[0] != '.' || len < 2 + tail)
        return 0;
    const char *mark = name + len - tail;
    if (memcmp(mark, TEMP_MARK, sizeof TEMP_MARK - 1) != 0)
        return 0;
    const char *suffix = mark + sizeof TEMP_MARK - 1;
    if (strspn(suffix, temp_alphabet) != TEMP_RANDOM)
        return 0;
    *target = name + 1;
    *target_len = (size_t)(mark - name - 1);
    return 1;
}

static void strip_suffix(char *s, const char *suffix)
{
    size_t len = strlen(s), slen = strlen(suffix);
    if (len > slen && strcasecmp(s + len - slen, suffix) == 0)
        s[len - slen] = '\0';
}

char *cli_output_name(const char *input, const char *ext)
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
