#include "state.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "files.h"
#include "jsonl.h"
#include "urls.h"

#define STATE_FILE "state.jsonl"
#define LOCK_FILE ".decruft.lock"
#define STATE_MAX ((size_t)1 << 30)

typedef struct slot {
    char key[17];      /* hex hash of the URL; "" when free */
    cli_state_entry e;
} slot;

struct cli_state {
    int dirfd;     /* the directory, not owned */
    char *dir;     /* its name, for messages */
    slot *slots;
    size_t nslots, count;
    long long now; /* when this run started */
};

/* Without the user info: the key of a URL with a password must not tell
 * the password to whoever guesses it. */
static void key_of(const char *url, char key[17])
{
    snprintf(key, 17, "%016llx", cli_url_key(url));
}

static void entry_clear(cli_state_entry *e)
{
    free(e->url);
    free(e->etag);
    free(e->last_modified);
    free(e->variant);
    free(e->file);
    free(e->title);
    memset(e, 0, sizeof *e);
}

static slot *find(const cli_state *s, const char *key)
{
    size_t i = (size_t)strtoull(key + 8, NULL, 16) & (s->nslots - 1);
    while (s->slots[i].key[0] && strcmp(s->slots[i].key, key) != 0)
        i = (i + 1) & (s->nslots - 1);
    return &s->slots[i];
}

static int grow(cli_state *s)
{
    size_t n = s->nslots * 2;
    slot *old = s->slots;
    size_t oldn = s->nslots;
    s->slots = calloc(n, sizeof *s->slots);
    if (!s->slots) {
        s->slots = old;
        return -1;
    }
    s->nslots = n;
    for (size_t i = 0; i < oldn; i++)
        if (old[i].key[0])
            *find(s, old[i].key) = old[i];
    free(old);
    return 0;
}

static char *dup_or_null(const char *v)
{
    return v ? strdup(v) : NULL;
}

/* Stores e under key, taking a copy of every string. */
static int put_key(cli_state *s, const char *key, const cli_state_entry *e)
{
    if ((s->count + 1) * 2 > s->nslots && grow(s) != 0)
        return -1;
    cli_state_entry c = {
        dup_or_null(e->url), dup_or_null(e->etag), dup_or_null(e->last_modified),
        dup_or_null(e->variant), dup_or_null(e->file), dup_or_null(e->title), e->bytes, e->words,
        e->seen,
    };
    if ((e->url && !c.url) || (e->etag && !c.etag) || (e->last_modified && !c.last_modified) ||
        (e->variant && !c.variant) || (e->file && !c.file) || (e->title && !c.title)) {
        entry_clear(&c);
        return -1;
    }
    slot *sl = find(s, key);
    if (sl->key[0])
        entry_clear(&sl->e);
    else
        s->count++;
    snprintf(sl->key, sizeof sl->key, "%s", key);
    sl->e = c;
    return 0;
}

static const char *str_field(json_t *o, const char *name)
{
    return json_string_value(json_object_get(o, name));
}

/* Loads one line: 0 when it was an entry, 1 when it is not one, -1 when
 * memory ran out. */
static int load_line(cli_state *s, const char *line, size_t len)
{
    json_t *o = json_loadb(line, len, 0, NULL);
    const char *key = o ? str_field(o, "key") : NULL;
    int rc = 1;
    if (key && strlen(key) == 16 && strspn(key, "0123456789abcdef") == 16) {
        cli_state_entry e = {
            (char *)str_field(o, "url"), (char *)str_field(o, "etag"),
            (char *)str_field(o, "last_modified"), (char *)str_field(o, "variant"),
            (char *)str_field(o, "file"), (char *)str_field(o, "title"),
            json_integer_value(json_object_get(o, "bytes")),
            json_integer_value(json_object_get(o, "words")),
            json_integer_value(json_object_get(o, "seen")),
        };
        /* Written before "seen" existed: counts as seen now. */
        if (e.seen <= 0)
            e.seen = s->now;
        if (e.file && e.variant)
            rc = put_key(s, key, &e) == 0 ? 0 : -1;
    }
    json_decref(o);
    return rc;
}

/* Reads DIR/state.jsonl, never through a link nor from a FIFO: 0, 1 when
 * there is none, -1 with err set. */
static int read_state(const cli_state *s, char **data, size_t *len, char *err, size_t errsize)
{
    int fd = cli_open_regular(s->dirfd, s->dir, STATE_FILE, O_RDONLY, err, errsize);
    if (fd < 0)
        return errno == ENOENT ? 1 : -1;
    int rc = cli_read_fd(fd, STATE_MAX, data, len);
    int saved = errno;
    close(fd);
    if (rc != 0)
        snprintf(err, errsize, "cannot read %s/%s: %s", s->dir, STATE_FILE, strerror(saved));
    return rc;
}

/* Renames DIR/state.jsonl to state.jsonl.corrupt-TIME (in aside), never
 * over another file, so the save at the end of the run loses nothing. */
static int keep_aside(const cli_state *s, char *aside, size_t asidesize, char *err,
                      size_t errsize)
{
    time_t t = (time_t)s->now;
    struct tm tm;
    char stamp[32] = "";
    if (gmtime_r(&t, &tm))
        strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%SZ", &tm);
    snprintf(aside, asidesize, "%s.corrupt-%s", STATE_FILE, stamp);
    struct stat st;
    if (fstatat(s->dirfd, aside, &st, AT_SYMLINK_NOFOLLOW) == 0)
        errno = EEXIST;
    else if (errno == ENOENT && renameat(s->dirfd, STATE_FILE, s->dirfd, aside) == 0)
        return 0;
    snprintf(err, errsize,
             "%s/%s has lines that are not state entries, and cannot be kept as %s: %s",
             s->dir, STATE_FILE, aside, strerror(errno));
    return -1;
}

/* Loads the lines of data; keeps the file aside, with a word in msg, when
 * some are no entry. 0, or -1 with msg set. */
static int load_lines(cli_state *s, const char *data, size_t len, char *msg, size_t msgsize)
{
    size_t line = 0, bad = 0, first_bad = 0;
    for (size_t pos = 0; pos < len;) {
        const char *nl = memchr(data + pos, '\n', len - pos);
        size_t end = nl ? (size_t)(nl - data) : len;
        line++;
        int rc = end > pos ? load_line(s, data + pos, end - pos) : 0;
        if (rc < 0) {
            snprintf(msg, msgsize, "out of memory");
            return -1;
        }
        if (rc > 0 && bad++ == 0)
            first_bad = line;
        pos = end + 1;
    }
    if (!bad)
        return 0;
    char aside[64];
    if (keep_aside(s, aside, sizeof aside, msg, msgsize) != 0)
        return -1;
    snprintf(msg, msgsize,
             "%s/%s: line %zu is not a state entry (%zu such lines); the file is kept as %s/%s, "
             "and the good entries (%zu) are used",
             s->dir, STATE_FILE, first_bad, bad, s->dir, aside, s->count);
    return 0;
}

cli_state *cli_state_load(int dirfd, const char *dir, char *msg, size_t msgsize)
{
    cli_state *s = calloc(1, sizeof *s);
    if (s) {
        s->nslots = 256;
        s->slots = calloc(s->nslots, sizeof *s->slots);
        s->dirfd = dirfd;
        s->dir = strdup(dir);
        s->now = (long long)time(NULL);
    }
    msg[0] = '\0';
    if (!s || !s->slots || !s->dir) {
        cli_state_free(s);
        snprintf(msg, msgsize, "out of memory");
        return NULL;
    }
    char *data = NULL;
    size_t len = 0;
    int rc = read_state(s, &data, &len, msg, msgsize);
    if (rc == 0)
        rc = load_lines(s, data, len, msg, msgsize);
    free(data);
    if (rc < 0) {
        cli_state_free(s);
        return NULL;
    }
    if (rc > 0)
        msg[0] = '\0';
    return s;
}

void cli_state_free(cli_state *s)
{
    if (!s)
        return;
    for (size_t i = 0; s->slots && i < s->nslots; i++)
        if (s->slots[i].key[0])
            entry_clear(&s->slots[i].e);
    free(s->slots);
    free(s->dir);
    free(s);
}

const cli_state_entry *cli_state_get(const cli_state *s, const char *url)
{
    char key[17];
    key_of(url, key);
    slot *sl = find(s, key);
    return sl->key[0] ? &sl->e : NULL;
}

int cli_state_put(cli_state *s, const char *url, const cli_state_entry *e)
{
    char key[17];
    key_of(url, key);
    cli_state_entry seen = *e;
    seen.seen = s->now;
    return put_key(s, key, &seen);
}

void cli_state_touch(cli_state *s, const char *url)
{
    char key[17];
    key_of(url, key);
    slot *sl = find(s, key);
    if (sl->key[0])
        sl->e.seen = s->now;
}

void cli_state_remove(cli_state *s, const char *url)
{
    char key[17];
    key_of(url, key);
    slot *sl = find(s, key);
    if (!sl->key[0])
        return;
    entry_clear(&sl->e);
    sl->key[0] = '\0';
    s->count--;
    /* Reinsert the rest of the cluster so lookups still find them. */
    size_t i = (size_t)(sl - s->slots);
    for (size_t j = (i + 1) & (s->nslots - 1); s->slots[j].key[0]; j = (j + 1) & (s->nslots - 1)) {
        slot moved = s->slots[j];
        s->slots[j].key[0] = '\0';
        *find(s, moved.key) = moved;
    }
}

static void set_str(json_t *o, const char *name, const char *v)
{
    if (v)
        json_object_set_new(o, name, json_string(v));
}

/* One state entry as a JSON object, or NULL when memory ran out. */
static json_t *entry_json(const slot *sl)
{
    json_t *o = json_object();
    if (!o)
        return NULL;
    json_object_set_new(o, "key", json_string(sl->key));
    set_str(o, "url", sl->e.url);
    set_str(o, "etag", sl->e.etag);
    set_str(o, "last_modified", sl->e.last_modified);
    set_str(o, "variant", sl->e.variant);
    set_str(o, "file", sl->e.file);
    set_str(o, "title", sl->e.title);
    json_object_set_new(o, "bytes", json_integer(sl->e.bytes));
    json_object_set_new(o, "words", json_integer(sl->e.words));
    json_object_set_new(o, "seen", json_integer(sl->e.seen));
    return o;
}

int cli_state_save(const cli_state *s, char *err, size_t errsize)
{
    cli_jsonl lines = CLI_JSONL_INIT;
    long long forget_before = s->now - CLI_STATE_FORGET_DAYS * 86400LL;
    for (size_t i = 0; i < s->nslots; i++) {
        const slot *sl = &s->slots[i];
        if (!sl->key[0] || sl->e.seen < forget_before)
            continue;
        json_t *o = entry_json(sl);
        int rc = o ? cli_jsonl_append(&lines, o, JSON_COMPACT | JSON_ENSURE_ASCII) : -1;
        json_decref(o);
        if (rc != 0) {
            cli_jsonl_free(&lines);
            snprintf(err, errsize, "cannot save the state: out of memory");
            return -1;
        }
    }
    int rc = cli_jsonl_write(&lines, s->dirfd, s->dir, STATE_FILE, err, errsize);
    cli_jsonl_free(&lines);
    return rc;
}

int cli_lock_dir(int dirfd, const char *dir, char *err, size_t errsize)
{
    int fd = cli_open_regular(dirfd, dir, LOCK_FILE, O_RDWR | O_CREAT, err, errsize);
    if (fd < 0)
        return -1;
    /* The lock is the one file written in place (the PID): through a
     * second name it would overwrite someone else's file. */
    struct stat st;
    if (fstat(fd, &st) == 0 && st.st_nlink > 1) {
        snprintf(err, errsize,
                 "%s/%s has other names (a hard link), not a lock of its own; left alone", dir,
                 LOCK_FILE);
        close(fd);
        return -1;
    }
    if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
        if (errno == EWOULDBLOCK)
            snprintf(err, errsize, "%s is in use by another decruft run (lock %s/%s held)", dir,
                     dir, LOCK_FILE);
        else
            snprintf(err, errsize, "cannot lock %s/%s: %s", dir, LOCK_FILE, strerror(errno));
        close(fd);
        return -1;
    }
    char pid[32];
    int n = snprintf(pid, sizeof pid, "%ld\n", (long)getpid());
    if (ftruncate(fd, 0) == 0 && write(fd, pid, (size_t)n) < 0) {
        /* the pid is only a hint for people; the lock is the flock */
    }
    return fd;
}

/* Is name[0, len) one of ours: "-<12 hex>.<ext>" at the end, or a list file? */
static int our_file(const char *name, size_t len)
{
    if ((len == 11 && memcmp(name, "index.jsonl", 11) == 0) ||
        (len == 11 && memcmp(name, "state.jsonl", 11) == 0))
        return 1;
    const char *dot = NULL;
    for (size_t i = len; i > 0; i--)
        if (name[i - 1] == '.') {
            dot = name + i - 1;
            break;
        }
    if (!dot || dot - name < 13 || dot[-13] != '-')
        return 0;
    for (const char *p = dot - 12; p < dot; p++)
        if (!isxdigit((unsigned char)*p) || isupper((unsigned char)*p))
            return 0;
    return 1;
}

int cli_remove_stale_temps(int dirfd)
{
    int fd = fcntl(dirfd, F_DUPFD_CLOEXEC, 0);
    DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
    if (!d) {
        if (fd >= 0)
            close(fd);
        return 0;
    }
    /* The copy shares its position with dirfd: start from the top. */
    rewinddir(d);
    int removed = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        const char *target;
        size_t len;
        struct stat st;
        if (!cli_is_temp_name(e->d_name, &target, &len) || !our_file(target, len))
            continue;
        /* Only what a write left: a regular file, never a link. */
        if (fstatat(dirfd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode) &&
            unlinkat(dirfd, e->d_name, 0) == 0)
            removed++;
    }
    closedir(d);
    return removed;
}
