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
    dc_state_entry e;
} slot;

struct dc_state {
    char *dir;
    slot *slots;
    size_t nslots, count;
    long long now; /* when this run started */
};

/* Without the user info: the key of a URL with a password must not tell
 * the password to whoever guesses it. */
static void key_of(const char *url, char key[17])
{
    snprintf(key, 17, "%016llx", dc_url_key(url));
}

static void entry_clear(dc_state_entry *e)
{
    free(e->url);
    free(e->etag);
    free(e->last_modified);
    free(e->variant);
    free(e->file);
    free(e->title);
    memset(e, 0, sizeof *e);
}

static slot *find(const dc_state *s, const char *key)
{
    size_t i = (size_t)strtoull(key + 8, NULL, 16) & (s->nslots - 1);
    while (s->slots[i].key[0] && strcmp(s->slots[i].key, key) != 0)
        i = (i + 1) & (s->nslots - 1);
    return &s->slots[i];
}

static int grow(dc_state *s)
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
static int put_key(dc_state *s, const char *key, const dc_state_entry *e)
{
    if ((s->count + 1) * 2 > s->nslots && grow(s) != 0)
        return -1;
    dc_state_entry c = {
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

static void load_line(dc_state *s, const char *line, size_t len)
{
    json_t *o = json_loadb(line, len, 0, NULL);
    const char *key = o ? str_field(o, "key") : NULL;
    if (key && strlen(key) == 16 && strspn(key, "0123456789abcdef") == 16) {
        dc_state_entry e = {
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
            put_key(s, key, &e);
    }
    json_decref(o);
}

dc_state *dc_state_load(const char *dir, char *err, size_t errsize)
{
    dc_state *s = calloc(1, sizeof *s);
    if (s) {
        s->nslots = 256;
        s->slots = calloc(s->nslots, sizeof *s->slots);
        s->dir = strdup(dir);
        s->now = (long long)time(NULL);
    }
    if (!s || !s->slots || !s->dir) {
        dc_state_free(s);
        snprintf(err, errsize, "out of memory");
        return NULL;
    }
    size_t need = strlen(dir) + sizeof STATE_FILE + 2;
    char *path = malloc(need);
    if (!path) {
        dc_state_free(s);
        snprintf(err, errsize, "out of memory");
        return NULL;
    }
    snprintf(path, need, "%s/%s", dir, STATE_FILE);
    char *data = NULL;
    size_t len = 0;
    if (access(path, F_OK) != 0 && errno == ENOENT) {
        free(path);
        return s;
    }
    if (dc_read_input(path, STATE_MAX, &data, &len, err, errsize) != 0) {
        free(path);
        dc_state_free(s);
        return NULL;
    }
    free(path);
    for (size_t pos = 0; pos < len;) {
        const char *nl = memchr(data + pos, '\n', len - pos);
        size_t end = nl ? (size_t)(nl - data) : len;
        if (end > pos)
            load_line(s, data + pos, end - pos);
        pos = end + 1;
    }
    free(data);
    return s;
}

void dc_state_free(dc_state *s)
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

const dc_state_entry *dc_state_get(const dc_state *s, const char *url)
{
    char key[17];
    key_of(url, key);
    slot *sl = find(s, key);
    return sl->key[0] ? &sl->e : NULL;
}

int dc_state_put(dc_state *s, const char *url, const dc_state_entry *e)
{
    char key[17];
    key_of(url, key);
    dc_state_entry seen = *e;
    seen.seen = s->now;
    return put_key(s, key, &seen);
}

void dc_state_touch(dc_state *s, const char *url)
{
    char key[17];
    key_of(url, key);
    slot *sl = find(s, key);
    if (sl->key[0])
        sl->e.seen = s->now;
}

void dc_state_remove(dc_state *s, const char *url)
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

int dc_state_save(const dc_state *s, char *err, size_t errsize)
{
    dc_jsonl lines = DC_JSONL_INIT;
    long long forget_before = s->now - DC_STATE_FORGET_DAYS * 86400LL;
    for (size_t i = 0; i < s->nslots; i++) {
        const slot *sl = &s->slots[i];
        if (!sl->key[0] || sl->e.seen < forget_before)
            continue;
        json_t *o = entry_json(sl);
        int rc = o ? dc_jsonl_append(&lines, o, JSON_COMPACT | JSON_ENSURE_ASCII) : -1;
        json_decref(o);
        if (rc != 0) {
            dc_jsonl_free(&lines);
            snprintf(err, errsize, "cannot save the state: out of memory");
            return -1;
        }
    }
    int rc = dc_jsonl_write(&lines, s->dir, STATE_FILE, err, errsize);
    dc_jsonl_free(&lines);
    return rc;
}

int dc_lock_dir(const char *dir, char *err, size_t errsize)
{
    size_t need = strlen(dir) + sizeof LOCK_FILE + 2;
    char *path = malloc(need);
    if (!path) {
        snprintf(err, errsize, "out of memory");
        return -1;
    }
    snprintf(path, need, "%s/%s", dir, LOCK_FILE);
    int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        snprintf(err, errsize, "cannot open %s: %s", path, strerror(errno));
        free(path);
        return -1;
    }
    if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
        if (errno == EWOULDBLOCK)
            snprintf(err, errsize, "%s is in use by another decruft run (lock %s held)", dir,
                     path);
        else
            snprintf(err, errsize, "cannot lock %s: %s", path, strerror(errno));
        close(fd);
        free(path);
        return -1;
    }
    char pid[32];
    int n = snprintf(pid, sizeof pid, "%ld\n", (long)getpid());
    if (ftruncate(fd, 0) == 0 && write(fd, pid, (size_t)n) < 0) {
        /* the pid is only a hint for people; the lock is the flock */
    }
    free(path);
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

int dc_remove_stale_temps(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    int removed = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        const char *n = e->d_name;
        size_t len = strlen(n);
        if (len < 9 || n[0] != '.' || n[len - 7] != '.')
            continue;
        int suffix_ok = 1;
        for (size_t i = len - 6; i < len; i++)
            if (!isalnum((unsigned char)n[i]))
                suffix_ok = 0;
        if (!suffix_ok || !our_file(n + 1, len - 8))
            continue;
        if (unlinkat(dirfd(d), n, 0) == 0)
            removed++;
    }
    closedir(d);
    return removed;
}
