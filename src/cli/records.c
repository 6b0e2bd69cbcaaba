#include "records.h"

#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "decruft.h"
#include "files.h"
#include "msg.h"
#include "http_payload.h"
#include "sizes.h"
#include "warc.h"
#include "workers.h"

/* Records out per worker thread, as for files: enough that a worker never
 * idles while the oldest record, a large page, holds up the output; each
 * holds at most a block of --max-size, usually far less. */
#define QUEUE_PER_THREAD 16
#define LINE_CHUNK (64 * 1024)
#define JSON_FLAGS (JSON_COMPACT | JSON_PRESERVE_ORDER)

/* Standard input's first bytes, read by cli_records_split to tell a WARC. */
static unsigned char stdin_head[CLI_WARC_SNIFF];
static size_t stdin_head_len;

/* ---------------------------------------------------------------- split */

/* Up to CLI_WARC_SNIFF bytes from the start of fd. */
static size_t read_head(int fd, unsigned char *head)
{
    size_t len = 0;
    while (len < CLI_WARC_SNIFF) {
        ssize_t n = read(fd, head + len, CLI_WARC_SNIFF - len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        len += (size_t)n;
    }
    return len;
}

/* Is this input a WARC file? One that cannot be read is not: the HTML path
 * reports it as it always has. */
static int is_warc(const char *path)
{
    if (strcmp(path, "-") == 0) {
        stdin_head_len = read_head(STDIN_FILENO, stdin_head);
        if (cli_warc_detect(stdin_head, stdin_head_len))
            return 1;
        cli_stdin_unread((const char *)stdin_head, stdin_head_len);
        stdin_head_len = 0;
        return 0;
    }
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return 0;
    struct stat st;
    unsigned char head[CLI_WARC_SNIFF];
    int warc = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
               cli_warc_detect(head, read_head(fd, head));
    close(fd);
    return warc;
}

int cli_records_split(const cli_options *opt, char **files, int *n, char ***records,
                      int *nrecords)
{
    *records = NULL;
    *nrecords = 0;
    if (opt->input_format == CLI_INPUT_HTML || *n == 0)
        return 0;
    char **out = malloc((size_t)*n * sizeof *out);
    if (!out) {
        cli_error("out of memory");
        return -1;
    }
    int kept = 0;
    for (int i = 0; i < *n; i++) {
        if (opt->input_format != CLI_INPUT_AUTO || is_warc(files[i]))
            out[(*nrecords)++] = files[i];
        else
            files[kept++] = files[i];
    }
    *n = kept;
    *records = out;
    return 0;
}

/* ---------------------------------------------------------------- jobs */

enum { KIND_WARC, KIND_JSONL };

/* One page on its way through a worker. */
typedef struct rec_job {
    int kind;
    char *data;           /* WARC: the record's block; JSONL: the line */
    size_t len;
    int is_http;          /* WARC response: data is an HTTP message */
    cli_http_head http;
    char *url, *id, *date, *content_type; /* WARC */
    unsigned long long line;              /* JSONL */
    char *out;            /* the JSON line, without its newline */
    int article;          /* the page gave an article */
    int bad;              /* not a page: err says why */
    char err[DCX_ERRSIZE];
} rec_job;

typedef struct rec_ctx {
    const cli_options *opt;
} rec_ctx;

static void free_job(void *p)
{
    rec_job *job = p;
    free(job->data);
    free(job->url);
    free(job->id);
    free(job->date);
    free(job->content_type);
    free(job->out);
    free(job);
}

/* Sets key to a string (or null) in obj; 0, or -1 when out of memory. */
static int set_str(json_t *obj, const char *key, const char *s)
{
    return json_object_set_new(obj, key, s ? json_string(s) : json_null());
}

/* A record that gave no page: obj (taken) with its status and error. */
static void fail_job(rec_job *job, json_t *obj, const char *why)
{
    snprintf(job->err, sizeof job->err, "%s", why);
    if (!obj)
        obj = json_object();
    if (obj && job->kind == KIND_JSONL)
        json_object_set_new(obj, "line", json_integer((json_int_t)job->line));
    if (obj) {
        set_str(obj, "status", "error");
        set_str(obj, "error", why);
        job->out = json_dumps(obj, JSON_FLAGS);
    }
    json_decref(obj);
}

/* Adds the fields of -f json (but its url) to obj after its keys. */
static int add_result(json_t *obj, const dc_result *r)
{
    size_t n;
    char *s = dc_render(r, DC_FORMAT_JSON, 0, &n);
    json_t *fields = s ? json_loadb(s, n, 0, NULL) : NULL;
    free(s);
    if (!fields)
        return -1;
    const char *key;
    json_t *value;
    int rc = 0;
    json_object_foreach(fields, key, value) {
        if (strcmp(key, "url") != 0 && json_object_set(obj, key, value) != 0)
            rc = -1;
    }
    json_decref(fields);
    return rc;
}

/* Cleans html into the job's line: obj's keys (taken), then the result. */
static void clean_page(rec_job *job, const rec_ctx *c, json_t *obj, const char *html,
                       size_t len, const char *url, const char *content_type)
{
    const cli_options *opt = c->opt;
    dc_options o;
    dc_options_init(&o);
    o.url = url && *url ? url : opt->base_url;
    o.charset = opt->charset ? opt->charset : content_type;
    o.force_charset = opt->charset != NULL;
    o.tuning = opt->tuning;
    o.flags = cli_extract_flags(opt) & (DC_OPT_PRECISION | DC_OPT_RECALL);
    dc_result *r = dc_extract(html, len, &o);
    if (!r || add_result(obj, r) != 0) {
        dc_result_free(r);
        fail_job(job, obj, "out of memory");
        return;
    }
    dc_status st = dc_result_status(r);
    dc_result_free(r);
    job->article = st == DC_OK;
    /* the object says why there is no article: "status" and "error" */
    if (!job->article && job->kind == KIND_JSONL)
        json_object_set_new(obj, "line", json_integer((json_int_t)job->line));
    job->out = json_dumps(obj, JSON_FLAGS);
    json_decref(obj);
}

static void run_warc(rec_job *job, const rec_ctx *c)
{
    json_t *obj = json_object();
    if (!obj || set_str(obj, "url", job->url) || set_str(obj, "warc_record_id", job->id) ||
        set_str(obj, "warc_date", job->date)) {
        fail_job(job, obj, "out of memory");
        return;
    }
    if (!job->is_http) {
        clean_page(job, c, obj, job->data, job->len, job->url, job->content_type);
        return;
    }
    size_t off = job->http.body_offset;
    if (!cli_http_is_encoded(&job->http)) {
        /* The body as it is in the block: no copy. */
        clean_page(job, c, obj, job->data + off, job->len - off, job->url, job->http.content_type);
        return;
    }
    char *body;
    size_t len;
    if (cli_http_decode_body(&job->http, job->data + off, job->len - off, c->opt->max_size,
                             &body, &len, job->err, sizeof job->err) != 0) {
        char why[DCX_ERRSIZE];
        snprintf(why, sizeof why, "%s", job->err);
        fail_job(job, obj, why);
        return;
    }
    free(job->data);
    job->data = NULL;
    clean_page(job, c, obj, body, len, job->url, job->http.content_type);
    free(body);
}

static void run_jsonl(rec_job *job, const rec_ctx *c)
{
    json_error_t jerr;
    json_t *obj = json_loadb(job->data, job->len, 0, &jerr);
    free(job->data);
    job->data = NULL;
    char why[DCX_ERRSIZE];
    job->bad = 1;
    if (!obj || !json_is_object(obj)) {
        snprintf(why, sizeof why, obj ? "not a JSON object" : "bad JSON: %s", jerr.text);
        json_decref(obj);
        fail_job(job, NULL, why);
        return;
    }
    json_t *html = json_object_get(obj, "html");
    if (!json_is_string(html)) {
        json_object_del(obj, "html");
        fail_job(job, obj, "no \"html\" string in the record");
        return;
    }
    job->bad = 0;
    json_incref(html);
    json_object_del(obj, "html");
    const char *url = json_string_value(json_object_get(obj, "url"));
    clean_page(job, c, obj, json_string_value(html), json_string_length(html), url, NULL);
    json_decref(html);
}

static void run_job(void *p, void *ctx)
{
    rec_job *job = p;
    if (job->out)
        return; /* failed before it was queued */
    if (job->kind == KIND_WARC)
        run_warc(job, ctx);
    else
        run_jsonl(job, ctx);
}

/* ---------------------------------------------------------------- output */

/* Where one input's lines go: standard output, or a temporary in the -o
 * directory renamed to its name once the input is done. */
typedef struct sink {
    FILE *f;
    int dirfd;
    const char *dir;
    char *name;
    char tmp[CLI_TEMP_NAME_SIZE];
    int failed;
} sink;

static void strip(char *s, const char *suffix)
{
    size_t len = strlen(s), n = strlen(suffix);
    if (len > n && strcasecmp(s + len - n, suffix) == 0)
        s[len - n] = '\0';
}

/* DIR's name for an input: its base name without .gz and .warc (or
 * .jsonl), then .jsonl. */
static char *output_name(const char *input)
{
    const char *base = strcmp(input, "-") == 0 ? "stdin" : input;
    const char *slash = strrchr(base, '/');
    base = slash ? slash + 1 : base;
    size_t need = strlen(base) + sizeof ".jsonl" + 1;
    char *name = malloc(need);
    if (!name)
        return NULL;
    snprintf(name, need, "%s", base);
    strip(name, ".gz");
    strip(name, ".warc");
    strip(name, ".jsonl");
    for (char *p = name; *p; p++)
        if ((unsigned char)*p < 0x20)
            *p = '_';
    if (name[0] == '.' || name[0] == '\0')
        name[0] = '_';
    strcat(name, ".jsonl");
    return name;
}

/* Is dir/name the very file fd reads? Writing it would replace the input. */
static int is_input(int dirfd, const char *name, int fd)
{
    struct stat a, b;
    return fstat(fd, &a) == 0 && fstatat(dirfd, name, &b, 0) == 0 && a.st_dev == b.st_dev &&
           a.st_ino == b.st_ino;
}

static int sink_open(sink *s, const cli_options *opt, int out_fd, const char *input, int in_fd)
{
    memset(s, 0, sizeof *s);
    if (!opt->output_dir) {
        s->f = stdout;
        return 0;
    }
    s->dirfd = out_fd;
    s->dir = opt->output_dir;
    char err[2 * DCX_ERRSIZE];
    if (!(s->name = output_name(input))) {
        cli_error("%s: out of memory", input);
        return -1;
    }
    /* s->name is freed by the caller, whatever happens. */
    if (is_input(out_fd, s->name, in_fd)) {
        cli_error("%s: %s/%s would replace the input; not written", input,
                s->dir, s->name);
        return -1;
    }
    if (cli_check_regular(out_fd, s->dir, s->name, err, sizeof err) != 0) {
        cli_error("%s: %s", input, err);
        return -1;
    }
    int fd = cli_open_temp(out_fd, s->name, s->tmp, sizeof s->tmp);
    if (fd < 0 || !(s->f = fdopen(fd, "w"))) {
        cli_error("%s: cannot create a temporary file in %s: %s", input, s->dir,
                strerror(errno));
        if (fd >= 0) {
            close(fd);
            unlinkat(out_fd, s->tmp, 0);
        }
        return -1;
    }
    return 0;
}

static void sink_line(sink *s, const char *line)
{
    if (!s->failed && (fputs(line, s->f) == EOF || putc('\n', s->f) == EOF))
        s->failed = errno ? errno : EIO;
}

/* Flushes; under -o renames the temporary to its name (or removes it when
 * a write failed). Returns 0, or -1 when a write failed (reported). */
static int sink_close(sink *s, const char *input)
{
    int failed = s->failed;
    if (!s->dir) {
        if (fflush(stdout) != 0 && !failed)
            failed = errno;
        if (failed)
            cli_error("cannot write to standard output: %s", strerror(failed));
        return failed ? -1 : 0;
    }
    if (!failed && (fflush(s->f) != 0 || fsync(fileno(s->f)) != 0))
        failed = errno;
    if (fclose(s->f) != 0 && !failed)
        failed = errno;
    if (!failed && renameat(s->dirfd, s->tmp, s->dirfd, s->name) != 0)
        failed = errno;
    if (failed) {
        unlinkat(s->dirfd, s->tmp, 0);
        cli_error("%s: cannot write %s/%s: %s", input, s->dir, s->name,
                strerror(failed));
    }
    return failed ? -1 : 0;
}

/* ---------------------------------------------------------------- a run */

enum { SKIP_WARCINFO, SKIP_REQUEST, SKIP_METADATA, SKIP_REVISIT, SKIP_NON_HTML, SKIP_NON_200,
       SKIP_NON_HTTP, SKIP_TOO_LARGE, SKIP_OTHER, NSKIPS };
static const char *const skip_names[NSKIPS] = {
    "warcinfo", "request", "metadata", "revisit", "non-HTML", "non-200", "non-HTTP",
    "over --max-size", "other",
};

/* One input being read. */
typedef struct run {
    const cli_options *opt;
    const char *input, *label;
    cli_workers *w;
    sink out;
    unsigned long long records, pages, articles, bad, errors;
    unsigned long long skipped[NSKIPS];
} run;

/* Writes out the oldest job (waiting for it); 0 when there was none. */
static int finish_next(run *r)
{
    rec_job *job = cli_workers_next(r->w, 1, NULL);
    if (!job)
        return 0;
    if (!job->out) {
        cli_error("%s: out of memory", r->label);
        r->errors++;
    } else {
        sink_line(&r->out, job->out);
    }
    r->pages++;
    r->articles += job->article;
    if (job->bad) {
        r->bad++;
        cli_error("%s:%llu: %s", r->label, job->line, job->err);
    }
    free_job(job);
    return 1;
}

static void submit(run *r, rec_job *job)
{
    while (cli_workers_full(r->w))
        finish_next(r);
    cli_workers_submit(r->w, job);
}

static char *dup_or_null(const char *s)
{
    return *s ? strdup(s) : NULL;
}

/* A job for an HTML page of a WARC record (block taken). */
static rec_job *warc_job(const cli_warc_record *rec, char *block, size_t len)
{
    rec_job *job = calloc(1, sizeof *job);
    if (!job) {
        free(block);
        return NULL;
    }
    job->kind = KIND_WARC;
    job->data = block;
    job->len = len;
    job->url = dup_or_null(rec->target_uri);
    job->id = dup_or_null(rec->record_id);
    job->date = dup_or_null(rec->date);
    job->content_type = dup_or_null(rec->content_type);
    return job;
}

/* Which skip a record is, or -1 when its type may hold a page. */
static int skip_kind(const char *type)
{
    static const struct { const char *type; int kind; } types[] = {
        {"warcinfo", SKIP_WARCINFO}, {"request", SKIP_REQUEST}, {"metadata", SKIP_METADATA},
        {"revisit", SKIP_REVISIT},
    };
    if (strcmp(type, "response") == 0 || strcmp(type, "resource") == 0)
        return -1;
    for (size_t i = 0; i < DCX_COUNTOF(types); i++)
        if (strcmp(type, types[i].type) == 0)
            return types[i].kind;
    return SKIP_OTHER;
}

/* The page in a response or resource record, as a job; NULL when it is
 * skipped (counted) or damaged (reported). */
static rec_job *page_of(run *r, cli_warc *w, const cli_warc_record *rec)
{
    int response = strcmp(rec->type, "response") == 0;
    if (!response && !cli_http_is_html(rec->content_type)) {
        r->records++;
        r->skipped[SKIP_NON_HTML]++;
        return NULL;
    }
    char *block;
    size_t len;
    int rc = cli_warc_block(w, r->opt->max_size, &block, &len);
    if (rc < 0) {
        cli_error("%s", cli_warc_error(w));
        r->errors++;
        return NULL;
    }
    r->records++;
    if (rc == 0) {
        r->skipped[SKIP_TOO_LARGE]++;
        return NULL;
    }
    cli_http_head head;
    int skip = !response                                           ? -1
               : cli_http_parse_head(block, len, &head) != 0       ? SKIP_NON_HTTP
               : head.status != 200                                ? SKIP_NON_200
               : !cli_http_is_html(head.content_type)              ? SKIP_NON_HTML
                                                                   : -1;
    if (skip >= 0) {
        free(block);
        r->skipped[skip]++;
        return NULL;
    }
    rec_job *job = warc_job(rec, block, len);
    if (!job) {
        cli_error("%s: out of memory", r->label);
        r->errors++;
    } else if (response) {
        job->is_http = 1;
        job->http = head;
    }
    return job;
}

static ssize_t fd_read(void *ctx, void *buf, size_t n)
{
    return read(*(int *)ctx, buf, n);
}

static void read_warc(run *r, int fd, const unsigned char *head, size_t head_len)
{
    cli_warc *w = cli_warc_new(r->label, fd_read, &fd, head, head_len);
    if (!w) {
        cli_error("%s: out of memory", r->label);
        r->errors++;
        return;
    }
    cli_warc_record rec;
    int rc;
    while ((rc = cli_warc_next(w, &rec)) != 0) {
        if (rc < 0) {
            cli_error("%s", cli_warc_error(w));
            r->errors++;
            continue;
        }
        int skip = skip_kind(rec.type);
        if (skip >= 0) {
            r->records++;
            r->skipped[skip]++;
            continue;
        }
        rec_job *job = page_of(r, w, &rec);
        if (job)
            submit(r, job);
    }
    cli_warc_free(w);
}

/* ---------------------------------------------------------------- JSON Lines */

/* Lines of a descriptor, each at most max bytes. */
typedef struct line_reader {
    int fd;
    int eof, failed; /* failed: errno of a read error */
    size_t start, end;
    char buf[LINE_CHUNK];
} line_reader;

/* The next line (its newline and CR dropped) in a new buffer; 1, or 0 at
 * the end. A line longer than max is read past and given as NULL. */
static int next_line(line_reader *lr, size_t max, char **line, size_t *len)
{
    char *out = NULL;
    size_t used = 0;
    int too_long = 0, any = 0;
    for (;;) {
        if (lr->start == lr->end) {
            if (lr->eof)
                break;
            ssize_t n = read(lr->fd, lr->buf, sizeof lr->buf);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                lr->failed = n < 0 ? errno : 0;
                lr->eof = 1;
                break;
            }
            lr->start = 0;
            lr->end = (size_t)n;
        }
        any = 1;
        char *p = lr->buf + lr->start;
        char *nl = memchr(p, '\n', lr->end - lr->start);
        size_t take = nl ? (size_t)(nl - p) : lr->end - lr->start;
        if (!too_long && used + take > max) {
            too_long = 1;
            free(out);
            out = NULL;
        }
        if (!too_long) {
            char *bigger = realloc(out, used + take + 1);
            if (!bigger) {
                free(out);
                return -1;
            }
            out = bigger;
            memcpy(out + used, p, take);
            used += take;
        }
        lr->start += take + (nl ? 1 : 0);
        if (nl)
            break;
    }
    if (!any) {
        free(out);
        return 0;
    }
    if (out) {
        if (used > 0 && out[used - 1] == '\r')
            used--;
        out[used] = '\0';
    } else if (!too_long && (out = malloc(1))) {
        out[0] = '\0';
    }
    *line = too_long ? NULL : out;
    *len = used;
    return 1;
}

static int blank(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (s[i] != ' ' && s[i] != '\t')
            return 0;
    return 1;
}

static void read_jsonl(run *r, int fd)
{
    line_reader *lr = calloc(1, sizeof *lr);
    if (!lr) {
        cli_error("%s: out of memory", r->label);
        r->errors++;
        return;
    }
    lr->fd = fd;
    char *line;
    size_t len;
    int rc;
    for (unsigned long long n = 1; (rc = next_line(lr, r->opt->max_size, &line, &len)) == 1;
         n++) {
        if (line && blank(line, len)) {
            free(line);
            continue;
        }
        rec_job *job = calloc(1, sizeof *job);
        if (!job) {
            free(line);
            rc = -1;
            break;
        }
        job->kind = KIND_JSONL;
        job->line = n;
        job->data = line;
        job->len = len;
        r->records++;
        if (!line) {
            job->bad = 1;
            char why[DCX_ERRSIZE];
            snprintf(why, sizeof why, "line longer than --max-size (%zu bytes)", r->opt->max_size);
            /* Done already: through the queue all the same, for the order. */
            fail_job(job, NULL, why);
        }
        submit(r, job);
    }
    if (rc < 0) {
        cli_error("%s: out of memory", r->label);
        r->errors++;
    } else if (lr->failed) {
        cli_error("%s: cannot read: %s", r->label, strerror(lr->failed));
        r->errors++;
    }
    free(lr);
}

/* "N records, C cleaned (A with an article), S skipped (k request, ...)". */
static void summary(const run *r, int jsonl)
{
    if (r->opt->quiet || (jsonl && !r->opt->verbose))
        return;
    char line[1024];
    int n = snprintf(line, sizeof line, "%s: %llu records, %llu cleaned (%llu with an article)",
                     r->label, r->records, r->pages - r->bad, r->articles);
    unsigned long long skipped = r->bad;
    for (int i = 0; i < NSKIPS; i++)
        skipped += r->skipped[i];
    if (n > 0 && (size_t)n < sizeof line)
        n += snprintf(line + n, sizeof line - (size_t)n, ", %llu skipped", skipped);
    const char *sep = " (";
    for (int i = 0; i < NSKIPS; i++) {
        if (r->skipped[i] && n > 0 && (size_t)n < sizeof line) {
            n += snprintf(line + n, sizeof line - (size_t)n, "%s%llu %s", sep, r->skipped[i],
                          skip_names[i]);
            sep = ", ";
        }
    }
    if (r->bad && n > 0 && (size_t)n < sizeof line) {
        n += snprintf(line + n, sizeof line - (size_t)n, "%s%llu bad", sep, r->bad);
        sep = ", ";
    }
    if (*sep == ',' && n > 0 && (size_t)n < sizeof line)
        n += snprintf(line + n, sizeof line - (size_t)n, ")");
    if (r->errors && n > 0 && (size_t)n < sizeof line)
        snprintf(line + n, sizeof line - (size_t)n, ", %llu error%s", r->errors,
                 r->errors == 1 ? "" : "s");
    cli_error("%s", line);
}

/* Opens an input (standard input for "-"); -1 when it cannot be read
 * (reported). */
static int open_input(const char *input, const char *label)
{
    if (strcmp(input, "-") == 0)
        return STDIN_FILENO;
    int fd = open(input, O_RDONLY | O_CLOEXEC);
    struct stat st;
    if (fd >= 0 && fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        fd = -1;
        errno = EISDIR;
    }
    if (fd < 0)
        cli_error("cannot open %s: %s", label, strerror(errno));
    return fd;
}

/* One input through the pool; 0, or -1 when something failed. */
static int run_input(run *r, int out_fd, rec_ctx *ctx)
{
    int fd = open_input(r->input, r->label);
    if (fd < 0)
        return -1;
    int jsonl = r->opt->input_format == CLI_INPUT_JSONL;
    int nthreads = r->opt->threads < 2 ? 0 : r->opt->threads;
    r->w = cli_workers_new(nthreads, nthreads ? (size_t)nthreads * QUEUE_PER_THREAD : 1, run_job,
                           ctx);
    int rc = -1;
    if (!r->w) {
        cli_error("%s: out of memory", r->label);
    } else if (sink_open(&r->out, r->opt, out_fd, r->input, fd) == 0) {
        int from_stdin = fd == STDIN_FILENO;
        if (jsonl)
            read_jsonl(r, fd);
        else
            read_warc(r, fd, from_stdin ? stdin_head : NULL, from_stdin ? stdin_head_len : 0);
        while (finish_next(r))
            ;
        rc = sink_close(&r->out, r->label) == 0 && r->errors == 0 ? 0 : -1;
        summary(r, jsonl);
        if (r->opt->verbose && !r->opt->quiet && r->opt->output_dir && rc == 0)
            cli_error("%s -> %s/%s", r->label, r->opt->output_dir,
                    r->out.name ? r->out.name : "");
    }
    cli_workers_free(r->w, free_job);
    free(r->out.name);
    if (fd != STDIN_FILENO)
        close(fd);
    return rc;
}

int cli_records_run(const cli_options *opt, int out_fd, char **inputs, int n)
{
    rec_ctx ctx = {opt};
    int failed = 0;
    for (int i = 0; i < n; i++) {
        run r;
        memset(&r, 0, sizeof r);
        r.opt = opt;
        r.input = inputs[i];
        r.label = strcmp(inputs[i], "-") == 0 ? "standard input" : inputs[i];
        if (run_input(&r, out_fd, &ctx) != 0)
            failed = 1;
    }
    return failed ? EXIT_SOME_FAILED : EXIT_ALL_OK;
}
