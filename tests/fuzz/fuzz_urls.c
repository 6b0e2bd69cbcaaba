/*
 * libFuzzer harness for the URL-list reader (src/cli/urls.c): the input is a
 * list file. Every URL the reader accepts must pass cli_url_check again, and
 * the names derived from it must be safe: a host that fits, a redacted form,
 * a file name without '/' that does not start with '.'. What is kept of a
 * rejected line has no control character and fits CLI_URL_SHOWN_MAX.
 */
#define _GNU_SOURCE /* fmemopen */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "urls.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    FILE *f = fmemopen((void *)data, size, "r");
    if (!f)
        return 0;
    /* The reader reports bad lines on stderr: keep the fuzzer's log readable.
     * Sanitizer reports write to file descriptor 2 directly and still show. */
    static FILE *devnull;
    if (!devnull)
        devnull = fopen("/dev/null", "w");
    FILE *saved = stderr;
    if (devnull)
        stderr = devnull;
    cli_url_list list;
    cli_url_list_init(&list);
    int rc = cli_url_list_read(&list, f, "fuzz.list");
    fclose(f);
    /* Adding every URL again must find each one a repeat. */
    size_t count = list.count;
    for (size_t i = 0; rc == 0 && i < count; i++)
        if (cli_url_list_add(&list, "again", 0, list.items[i].url) != 0)
            rc = -1;
    stderr = saved;
    if (rc == 0 && list.count != count)
        abort();
    for (size_t i = 0; i < list.count; i++) {
        const char *url = list.items[i].url;
        char err[256], host[512];
        if (cli_url_check(url, err, sizeof err) != 0)
            abort();
        if (cli_url_host(url, host, sizeof host) == 0 && strchr(host, '/'))
            abort();
        char *redacted = cli_url_redact(url);
        free(redacted);
        char *name = cli_url_file_name(url, ".txt");
        if (name && (name[0] == '.' || strchr(name, '/') || strlen(name) > 200))
            abort();
        free(name);
        (void)cli_url_hash(url);
        (void)cli_url_key(url);
    }
    for (size_t i = 0; i < list.invalid; i++) {
        const char *text = list.rejected[i].text;
        if (strlen(text) > CLI_URL_SHOWN_MAX)
            abort();
        for (const unsigned char *p = (const unsigned char *)text; *p; p++)
            if (*p < 0x20 || *p == 0x7f)
                abort();
    }
    cli_url_list_free(&list);
    return 0;
}
