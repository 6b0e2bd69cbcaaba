#include "options.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "msg.h"
#include "sizes.h"

#define DEFAULT_MAX_SIZE ((size_t)64 << 20)
#define DEFAULT_MAX_MEMORY ((size_t)256 << 20)
/* libcurl takes a size up to 2^63; a terabyte is more than any page. */
#define SIZE_LIMIT ((size_t)1 << 40)
#define MEMORY_MIN ((size_t)1 << 20)
#define DEFAULT_JOBS 16
#define DEFAULT_PER_HOST 4
#define DEFAULT_TIMEOUT_MS 30000L
#define DEFAULT_CONNECT_TIMEOUT_MS 10000L
#define DEFAULT_RETRIES 3
#define MAX_JOBS 1024
#define MAX_THREADS 256

enum {
    OPT_NO_TITLE = 256,
    OPT_BASE_URL,
    OPT_CHARSET,
    OPT_EXPLAIN,
    OPT_EXPLAIN_REMOTE,
    OPT_MAX_SIZE,
    OPT_MAX_MEMORY,
    OPT_PER_HOST,
    OPT_TIMEOUT,
    OPT_CONNECT_TIMEOUT,
    OPT_RETRIES,
    OPT_DELAY,
    OPT_USER_AGENT,
    OPT_STATE,
    OPT_THREADS,
    OPT_METADATA_ONLY,
    OPT_NO_IMAGES,
    OPT_INPUT_FORMAT,
    OPT_PRECISION,
    OPT_RECALL
};

typedef struct option_doc {
    struct option opt;
    int short_name;
    const char *arg;
    const char *help;
} option_doc;

static const option_doc option_table[] = {
    {{"output", required_argument, NULL, 'o'}, 'o', "DIR",
     "write one file per input into DIR (created if missing)"},
    {{"output-file", required_argument, NULL, 'O'}, 'O', "FILE",
     "write the result of the one input to FILE, atomically"},
    {{"format", required_argument, NULL, 'f'}, 'f', "FMT",
     "text (default), markdown, html, json or jsonl"},
    {{"no-title", no_argument, NULL, OPT_NO_TITLE}, 0, NULL, "print the body without the headline"},
    {{"metadata-only", no_argument, NULL, OPT_METADATA_ONLY}, 0, NULL,
     "print the JSON metadata without the text (implies -f json)"},
    {{"no-images", no_argument, NULL, OPT_NO_IMAGES}, 0, NULL,
     "leave the article's images out of markdown, html and json"},
    {{"precision", no_argument, NULL, OPT_PRECISION}, 0, NULL,
     "keep less that may be boilerplate (joined relatives, copyright lines)"},
    {{"recall", no_argument, NULL, OPT_RECALL}, 0, NULL,
     "keep more that may be the article (its wrapper, closing notices)"},
    {{"base-url", required_argument, NULL, OPT_BASE_URL}, 0, "URL",
     "the page's URL, for links and metadata of saved files"},
    {{"charset", required_argument, NULL, OPT_CHARSET}, 0, "NAME",
     "read the input in this charset, whatever it declares"},
    {{"explain", optional_argument, NULL, OPT_EXPLAIN}, 0, "html",
     "show why each block was kept or removed (=html: as a page)"},
    {{"explain-remote", no_argument, NULL, OPT_EXPLAIN_REMOTE}, 0, NULL,
     "let the --explain=html report load the page's own images and CSS"},
    {{"max-size", required_argument, NULL, OPT_MAX_SIZE}, 0, "BYTES",
     "largest file (64M) or fetched page (10M); K, M, G"},
    {{"max-memory", required_argument, NULL, OPT_MAX_MEMORY}, 0, "BYTES",
     "bytes of the pages being fetched or to be cleaned (256M)"},
    {{"input", required_argument, NULL, 'i'}, 'i', "LIST",
     "fetch the URLs listed in LIST (- for stdin); needs -o or -f jsonl"},
    {{"jobs", required_argument, NULL, 'j'}, 'j', "N", "transfers at once (default 16)"},
    {{"per-host", required_argument, NULL, OPT_PER_HOST}, 0, "N",
     "transfers at once to one host (default 4)"},
    {{"timeout", required_argument, NULL, OPT_TIMEOUT}, 0, "SECS",
     "limit of one attempt (default 30)"},
    {{"connect-timeout", required_argument, NULL, OPT_CONNECT_TIMEOUT}, 0, "SECS",
     "limit of connecting (default 10)"},
    {{"retries", required_argument, NULL, OPT_RETRIES}, 0, "N",
     "retries after a timeout, 5xx or 429 (default 3)"},
    {{"delay", required_argument, NULL, OPT_DELAY}, 0, "SECS",
     "least time between requests to one host, +/-50% (default 0)"},
    {{"user-agent", required_argument, NULL, OPT_USER_AGENT}, 0, "UA",
     "User-Agent header (default decruft/VERSION)"},
    {{"state", required_argument, NULL, OPT_STATE}, 0, "DIR",
     "keep ETag/Last-Modified in DIR: reruns skip unchanged pages"},
    {{"threads", required_argument, NULL, OPT_THREADS}, 0, "N",
     "pages extracted at once (default: the number of cores)"},
    {{"input-format", required_argument, NULL, OPT_INPUT_FORMAT}, 0, "KIND",
     "auto (default: WARC or HTML by content), html, warc or jsonl"},
    {{"quiet", no_argument, NULL, 'q'}, 'q', NULL, "print nothing but errors"},
    {{"verbose", no_argument, NULL, 'v'}, 'v', NULL, "report each input on standard error"},
    {{"help", no_argument, NULL, 'h'}, 'h', NULL, "show this help and exit"},
    {{"version", no_argument, NULL, 'V'}, 'V', NULL, "show the version and exit"},
};

#define NOPTIONS DCX_COUNTOF(option_table)

static void usage(FILE *out)
{
    fprintf(out,
            "Usage: decruft [OPTION]... FILE|URL...\n"
            "   or: decruft -i LIST -o DIR [OPTION]...\n"
            "   or: decruft [OPTION]... < PAGE\n"
            "Print the article of each web page FILE (\"-\" for standard input) or http(s)\n"
            "URL as clean text: the headline, a blank line, then the body. With no input\n"
            "named, standard input is read unless it is a terminal. With -o DIR each\n"
            "page goes to its own file in DIR; fetched pages are also listed, one JSON\n"
            "object a line, in DIR/index.jsonl.\n\n");
    for (size_t i = 0; i < NOPTIONS; i++) {
        const option_doc *d = &option_table[i];
        char left[64];
        if (d->opt.has_arg == optional_argument)
            snprintf(left, sizeof left, "    --%s[=%s]", d->opt.name, d->arg);
        else if (d->short_name)
            snprintf(left, sizeof left, "-%c, --%s%s%s", d->short_name, d->opt.name,
                     d->arg ? " " : "", d->arg ? d->arg : "");
        else
            snprintf(left, sizeof left, "    --%s%s%s", d->opt.name, d->arg ? " " : "",
                     d->arg ? d->arg : "");
        fprintf(out, "  %-26s %s\n", left, d->help);
    }
    fprintf(out,
            "\nExit status: 0 if every input was cleaned, 1 if some failed or were invalid\n"
            "(the others are still cleaned) or the run was interrupted, 2 on a usage or\n"
            "fatal error (including another run holding the lock on DIR), 141 when the\n"
            "reader of standard output went away.\n");
}

/* A size from lo bytes to SIZE_LIMIT, with an optional K, M or G. */
static int parse_size(const char *s, size_t lo, size_t *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s || *s == '-')
        return -1;
    unsigned shift = 0;
    switch (*end) {
    case 'k': case 'K': shift = 10; end++; break;
    case 'm': case 'M': shift = 20; end++; break;
    case 'g': case 'G': shift = 30; end++; break;
    default: break;
    }
    if (*end || v == 0 || v > (SIZE_LIMIT >> shift) || (size_t)(v << shift) < lo)
        return -1;
    *out = (size_t)(v << shift);
    return 0;
}

static int parse_count(const char *s, int lo, int hi, int *out)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || end == s || *end || v < lo || v > hi)
        return -1;
    *out = (int)v;
    return 0;
}

/* Seconds, fractions allowed ("0.5"), into milliseconds; 0 only when
 * zero_ok. */
static int parse_seconds(const char *s, long *ms, int zero_ok)
{
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (errno || end == s || *end || !(v > 0 || (zero_ok && v == 0)) || v > 86400)
        return -1;
    *ms = (long)(v * 1000.0 + 0.5);
    if (*ms < 1 && v > 0)
        *ms = 1;
    return 0;
}

typedef struct format_name {
    const char *name;
    dc_format format;
    const char *extension;
    int jsonl;
} format_name;

static const format_name formats[] = {
    {"text", DC_FORMAT_TEXT, ".txt", 0},
    {"txt", DC_FORMAT_TEXT, ".txt", 0},
    {"markdown", DC_FORMAT_MARKDOWN, ".md", 0},
    {"md", DC_FORMAT_MARKDOWN, ".md", 0},
    {"html", DC_FORMAT_HTML, ".html", 0},
    {"json", DC_FORMAT_JSON, ".json", 0},
    {"jsonl", DC_FORMAT_JSON, ".json", 1},
};

static const char *const input_formats[] = {
    [CLI_INPUT_AUTO] = "auto",
    [CLI_INPUT_HTML] = "html",
    [CLI_INPUT_WARC] = "warc",
    [CLI_INPUT_JSONL] = "jsonl",
};

static int set_input_format(cli_options *opt, const char *name)
{
    for (size_t i = 0; i < DCX_COUNTOF(input_formats); i++) {
        if (strcmp(name, input_formats[i]) == 0) {
            opt->input_format = (cli_input_format)i;
            return 0;
        }
    }
    return -1;
}

static int set_format(cli_options *opt, const char *name)
{
    for (size_t i = 0; i < DCX_COUNTOF(formats); i++) {
        if (strcmp(name, formats[i].name) == 0) {
            opt->format = formats[i].format;
            opt->extension = formats[i].extension;
            opt->jsonl = formats[i].jsonl;
            return 0;
        }
    }
    return -1;
}

/* --explain (the outline), --explain=text, or --explain=html (the report,
 * in NAME.explain.html under -o). */
static int set_explain(cli_options *opt, const char *value)
{
    if (value && strcmp(value, "html") == 0) {
        opt->explain_html = 1;
        opt->extension = ".explain.html";
    } else if (value && strcmp(value, "text") != 0) {
        return -1;
    }
    opt->explain = 1;
    return 0;
}

dc_format cli_render_format(const cli_options *opt)
{
    if (opt->explain_html)
        return DC_FORMAT_EXPLAIN_HTML;
    return opt->explain ? DC_FORMAT_EXPLAIN : opt->format;
}

unsigned cli_extract_flags(const cli_options *opt)
{
    unsigned mode = (opt->precision ? DC_OPT_PRECISION : 0u) | (opt->recall ? DC_OPT_RECALL : 0u);
    if (opt->explain_html)
        return mode | DC_OPT_EXPLAIN_HTML | (opt->explain_remote ? DC_OPT_EXPLAIN_REMOTE : 0);
    return mode | (opt->explain ? DC_OPT_EXPLAIN : 0);
}

/* One extraction per core online. */
static int default_threads(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > MAX_THREADS ? MAX_THREADS : (int)n;
}

/* fmt has one %s, for arg. */
static int bad_usage(const char *fmt, const char *arg)
{
    size_t need = strlen(fmt) + strlen(arg) + 1;
    char *what = malloc(need);
    if (what)
        snprintf(what, need, fmt, arg);
    cli_error("%s (see decruft --help)", what ? what : "invalid usage");
    free(what);
    return EXIT_USAGE;
}

/* getopt's optopt is the letter of an unknown short option, which may be
 * anywhere in a group ("-qx"); 0 for an unknown long one, always a word of
 * its own. */
static int unknown_option(char **argv)
{
    char letter[3] = {'-', (char)optopt, '\0'};
    return bad_usage("unknown option '%s'", optopt ? letter : argv[optind - 1]);
}

/* Does the library read a page in this charset? Asked of the library
 * itself on an empty page, since it knows labels iconv does not (WHATWG's
 * "latin1", "x-sjis"...) and refuses some iconv knows. */
static int charset_known(const char *name)
{
    dc_options o;
    dc_options_init(&o);
    o.charset = name;
    o.force_charset = 1;
    dc_result *r = dc_extract("", 0, &o);
    /* Out of memory: the run will say so on its first page. */
    int known = !r || dc_result_status(r) != DC_BAD_CHARSET;
    dc_result_free(r);
    return known;
}

/* Several JSON renderings on standard output make one JSON text: lines
 * with jsonl, an array with json (one input keeps its bare object). */
static void set_out_mode(cli_options *opt)
{
    opt->out_mode = CLI_OUT_PLAIN;
    if (opt->explain || opt->output_dir)
        return;
    if (opt->jsonl)
        opt->out_mode = CLI_OUT_JSONL;
    else if (opt->format == DC_FORMAT_JSON && (opt->ninputs > 1 || opt->input_list))
        opt->out_mode = CLI_OUT_JSON_ARRAY;
}

/* DECRUFT_TUNE: overrides of the extraction's thresholds, for experiments
 * (scripts/tune); not part of the documented interface. A bad one stops the
 * run before any input is read. */
static int read_tuning(cli_options *opt)
{
    const char *spec = getenv("DECRUFT_TUNE");
    if (!spec || !*spec)
        return -1;
    char err[DCX_ERRSIZE];
    if (dc_tuning_check(spec, err, sizeof err) != 0) {
        cli_error("DECRUFT_TUNE: %s", err);
        return EXIT_USAGE;
    }
    opt->tuning = spec;
    return -1;
}

/* getopt_long's tables, from the option table: longs ends with a zeroed
 * entry; shorts opens with ':' (a missing argument is told apart). */
static void getopt_tables(struct option *longs, char *shorts)
{
    size_t ns = 0;
    shorts[ns++] = ':';
    for (size_t i = 0; i < NOPTIONS; i++) {
        longs[i] = option_table[i].opt;
        if (option_table[i].short_name) {
            shorts[ns++] = (char)option_table[i].short_name;
            if (option_table[i].arg)
                shorts[ns++] = ':';
        }
    }
    shorts[ns] = '\0';
    memset(&longs[NOPTIONS], 0, sizeof longs[0]);
}

static void set_defaults(cli_options *opt)
{
    memset(opt, 0, sizeof *opt);
    opt->format = DC_FORMAT_TEXT;
    opt->extension = ".txt";
    opt->max_size = DEFAULT_MAX_SIZE;
    opt->max_memory = DEFAULT_MAX_MEMORY;
    opt->jobs = DEFAULT_JOBS;
    opt->per_host = DEFAULT_PER_HOST;
    opt->timeout_ms = DEFAULT_TIMEOUT_MS;
    opt->connect_timeout_ms = DEFAULT_CONNECT_TIMEOUT_MS;
    opt->retries = DEFAULT_RETRIES;
    opt->threads = default_threads();
}

/* The inputs left after the options: standard input when none is named
 * and it is not a terminal ("decruft < page.html", "... | decruft"; a
 * terminal alone means the user forgot the input). */
static void set_inputs(cli_options *opt, int argc, char **argv)
{
    static char *from_stdin[] = {"-", NULL};
    opt->inputs = argv + optind;
    opt->ninputs = argc - optind;
    if (opt->ninputs == 0 && !opt->input_list && !isatty(STDIN_FILENO)) {
        opt->inputs = from_stdin;
        opt->ninputs = 1;
    }
}

/* The options that need or exclude others, checked once all are read: -1
 * when they agree, else the exit status (a usage error, said). */
static int check_combinations(cli_options *opt, int format_given)
{
    if (opt->ninputs == 0 && !opt->input_list)
        return bad_usage("%s", "no input given");
    if (opt->output_file && opt->output_dir)
        return bad_usage("%s", "-O FILE and -o DIR cannot be combined");
    if (opt->output_file && (opt->ninputs > 1 || opt->input_list))
        return bad_usage("%s", "-O FILE takes one input (-o DIR for several)");
    if (opt->charset && !charset_known(opt->charset))
        return bad_usage("unknown charset '%s'", opt->charset);
    if (opt->jsonl && opt->output_dir)
        return bad_usage("%s", "-f jsonl writes to standard output: use -f json with -o DIR");
    if (opt->input_list && !opt->output_dir && !opt->jsonl)
        return bad_usage("%s", "-i needs an output directory (-o DIR) or -f jsonl");
    if (opt->state_dir && !opt->output_dir)
        return bad_usage("%s", "--state needs an output directory (-o DIR)");
    if (opt->precision && opt->recall)
        return bad_usage("%s", "--precision and --recall cannot be combined");
    if (opt->explain_remote && !opt->explain_html)
        return bad_usage("%s", "--explain-remote needs --explain=html");
    if (opt->metadata_only && ((format_given && opt->format != DC_FORMAT_JSON) || opt->explain))
        return bad_usage("%s", "--metadata-only prints JSON: it goes with neither --explain nor "
                               "another -f");
    return -1;
}

int cli_parse(int argc, char **argv, cli_options *opt)
{
    struct option longs[NOPTIONS + 1];
    char shorts[2 * NOPTIONS + 2];
    getopt_tables(longs, shorts);
    set_defaults(opt);
    opterr = 0;
    int c, format_given = 0;
    while ((c = getopt_long(argc, argv, shorts, longs, NULL)) != -1) {
        switch (c) {
        case 'o': opt->output_dir = optarg; break;
        case 'O': opt->output_file = optarg; break;
        case 'f':
            if (set_format(opt, optarg) != 0)
                return bad_usage("unknown format '%s'", optarg);
            format_given = 1;
            break;
        case OPT_NO_TITLE: opt->no_title = 1; break;
        case OPT_METADATA_ONLY: opt->metadata_only = 1; break;
        case OPT_NO_IMAGES: opt->no_images = 1; break;
        case OPT_PRECISION: opt->precision = 1; break;
        case OPT_RECALL: opt->recall = 1; break;
        case OPT_BASE_URL: opt->base_url = optarg; break;
        case OPT_CHARSET: opt->charset = optarg; break;
        case OPT_EXPLAIN:
            if (set_explain(opt, optarg) != 0)
                return bad_usage("unknown --explain format '%s' (text or html)", optarg);
            break;
        case OPT_EXPLAIN_REMOTE: opt->explain_remote = 1; break;
        case OPT_MAX_SIZE:
            if (parse_size(optarg, 1, &opt->max_size) != 0)
                return bad_usage("invalid --max-size '%s' (1 byte to 1024G)", optarg);
            opt->max_size_given = 1;
            break;
        case OPT_MAX_MEMORY:
            if (parse_size(optarg, MEMORY_MIN, &opt->max_memory) != 0)
                return bad_usage("invalid --max-memory '%s' (1M to 1024G)", optarg);
            break;
        case 'i': opt->input_list = optarg; break;
        case 'j':
            if (parse_count(optarg, 1, MAX_JOBS, &opt->jobs) != 0)
                return bad_usage("invalid number of jobs '%s' (1 to 1024)", optarg);
            break;
        case OPT_PER_HOST:
            if (parse_count(optarg, 1, MAX_JOBS, &opt->per_host) != 0)
                return bad_usage("invalid --per-host '%s' (1 to 1024)", optarg);
            break;
        case OPT_TIMEOUT:
            if (parse_seconds(optarg, &opt->timeout_ms, 0) != 0)
                return bad_usage("invalid timeout '%s' (seconds)", optarg);
            break;
        case OPT_CONNECT_TIMEOUT:
            if (parse_seconds(optarg, &opt->connect_timeout_ms, 0) != 0)
                return bad_usage("invalid connect timeout '%s' (seconds)", optarg);
            break;
        case OPT_RETRIES:
            if (parse_count(optarg, 0, 100, &opt->retries) != 0)
                return bad_usage("invalid number of retries '%s' (0 to 100)", optarg);
            break;
        case OPT_DELAY:
            if (parse_seconds(optarg, &opt->delay_ms, 1) != 0)
                return bad_usage("invalid delay '%s' (seconds)", optarg);
            break;
        case OPT_USER_AGENT: opt->user_agent = optarg; break;
        case OPT_STATE: opt->state_dir = optarg; break;
        case OPT_THREADS:
            if (parse_count(optarg, 1, MAX_THREADS, &opt->threads) != 0)
                return bad_usage("invalid number of threads '%s' (1 to 256)", optarg);
            break;
        case OPT_INPUT_FORMAT:
            if (set_input_format(opt, optarg) != 0)
                return bad_usage("unknown input format '%s' (auto, html, warc or jsonl)", optarg);
            break;
        case 'q': opt->quiet = 1; break;
        case 'v': opt->verbose = 1; break;
        case 'h': usage(stdout); return EXIT_ALL_OK;
        case 'V': printf("decruft %s\n", dc_version()); return EXIT_ALL_OK;
        case ':': return bad_usage("option '%s' needs an argument", argv[optind - 1]);
        default: return unknown_option(argv);
        }
    }
    set_inputs(opt, argc, argv);
    int status = check_combinations(opt, format_given);
    if (status >= 0)
        return status;
    if (opt->metadata_only && set_format(opt, "json") != 0)
        return EXIT_FATAL;
    set_out_mode(opt);
    return read_tuning(opt);
}

unsigned cli_render_flags(const cli_options *opt)
{
    return (opt->no_title ? DC_RENDER_NO_TITLE : 0u) |
           (opt->metadata_only ? DC_RENDER_NO_TEXT : 0u) |
           (opt->no_images ? DC_RENDER_NO_IMAGES : 0u);
}
