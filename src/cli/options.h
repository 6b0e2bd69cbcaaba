/*
 * options: the command line, parsed from one table.
 */
#ifndef CLI_OPTIONS_H
#define CLI_OPTIONS_H

#include <stddef.h>

#include "decruft.h"
#include "json_out.h"

/* --input-format: what the inputs are. */
typedef enum cli_input_format {
    CLI_INPUT_AUTO = 0, /* WARC when the content says so, else HTML */
    CLI_INPUT_HTML,
    CLI_INPUT_WARC,
    CLI_INPUT_JSONL     /* JSON Lines records {"url": ..., "html": ...} */
} cli_input_format;

typedef struct cli_options {
    const char *output_dir;   /* -o: one file per input; NULL: standard output */
    const char *output_file;  /* -O: the one input's result, written atomically */
    const char *base_url;
    const char *charset;
    dc_format format;
    const char *extension;    /* of output files, by format */
    int no_title;
    int metadata_only;        /* --metadata-only: the JSON object without "text" */
    int explain;              /* --explain: the outline, or with explain_html the report */
    int explain_html;         /* --explain=html */
    int precision, recall;    /* --precision, --recall: the extraction's modes */
    int explain_remote;       /* --explain-remote: the report loads from the page's origin */
    int quiet;
    int verbose;
    size_t max_size;
    int max_size_given;       /* --max-size seen: also the cap for URLs */
    size_t max_memory;        /* --max-memory: bytes of all fetched pages at once */
    const char *input_list;   /* -i: a file of URLs, "-" for standard input */
    int jobs;                 /* -j: transfers at once */
    int per_host;             /* --per-host: transfers at once to one host */
    long timeout_ms;
    long connect_timeout_ms;
    int retries;
    long delay_ms;            /* --delay: least time between starts to one host */
    const char *user_agent;
    const char *state_dir;    /* --state: ETag/Last-Modified between runs */
    int threads;              /* --threads: extractions at once */
    const char *tuning;       /* DECRUFT_TUNE: threshold overrides, or NULL */
    cli_input_format input_format;
    char **inputs;
    int ninputs;
    int no_images;            /* --no-images */
    int jsonl;                /* -f jsonl: one JSON line per input on standard output */
    cli_out_mode out_mode;    /* how renderings go to standard output */
} cli_options;

/* Exit statuses. */
enum {
    EXIT_ALL_OK = 0,
    EXIT_SOME_FAILED = 1,
    EXIT_USAGE = 2,
    EXIT_FATAL = 2
};

/* The format pages are rendered in: -f, or the explanation's. */
dc_format cli_render_format(const cli_options *opt);

/* The dc_options.flags that the options ask for. */
unsigned cli_extract_flags(const cli_options *opt);

/*
 * Parses argv into opt. Returns -1 to go on, or an exit status when the
 * command line was fully handled (--help, --version) or is wrong (a one-line
 * message has been printed).
 */
int cli_parse(int argc, char **argv, cli_options *opt);

/* The DC_RENDER_* flags the options ask for. */
unsigned cli_render_flags(const cli_options *opt);

#endif
