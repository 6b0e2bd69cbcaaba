#include "json_out.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ENTRY_FLAGS (JSON_COMPACT | JSON_PRESERVE_ORDER)
#define REPLACEMENT "\xef\xbf\xbd"

static size_t printed;

/* Bytes of the valid UTF-8 sequence at s (of len bytes), 0 if none. */
static size_t utf8_seq(const unsigned char *s, size_t len)
{
    size_t n = 0;
    if (s[0] < 0x80)
        n = 1;
    else if (s[0] >= 0xc2 && s[0] < 0xe0)
        n = 2;
    else if (s[0] >= 0xe0 && s[0] < 0xf0)
        n = 3;
    else if (s[0] >= 0xf0 && s[0] < 0xf5)
        n = 4;
    if (n == 0 || n > len)
        return 0;
    for (size_t i = 1; i < n; i++)
        if ((s[i] & 0xc0) != 0x80)
            return 0;
    /* overlong forms, surrogates and beyond U+10FFFF */
    if ((n == 3 && s[0] == 0xe0 && s[1] < 0xa0) || (n == 3 && s[0] == 0xed && s[1] >= 0xa0) ||
        (n == 4 && s[0] == 0xf0 && s[1] < 0x90) || (n == 4 && s[0] == 0xf4 && s[1] >= 0x90))
        return 0;
    return n;
}

/* A JSON string of a name that need not be UTF-8 (a file name): each byte
 * that is not, as U+FFFD. */
static json_t *name_string(const char *name)
{
    size_t len = strlen(name);
    char *copy = malloc(3 * len + 1);
    if (!copy)
        return NULL;
    size_t o = 0;
    for (size_t i = 0; i < len;) {
        size_t n = utf8_seq((const unsigned char *)name + i, len - i);
        if (n == 0) {
            memcpy(copy + o, REPLACEMENT, 3);
            o += 3;
            i++;
            continue;
        }
        memcpy(copy + o, name + i, n);
        o += n;
        i += n;
    }
    json_t *s = json_stringn(copy, o);
    free(copy);
    return s;
}

static char *dump(json_t *obj, size_t *outlen)
{
    char *s = obj ? json_dumps(obj, ENTRY_FLAGS) : NULL;
    json_decref(obj);
    if (s)
        *outlen = strlen(s);
    return s;
}

char *cli_json_entry(const char *input, const char *json, size_t len, size_t *outlen)
{
    json_t *page = json_loadb(json, len, 0, NULL);
    json_t *entry = json_object();
    if (!json_is_object(page) || !entry ||
        json_object_set_new(entry, "input", name_string(input)) != 0 ||
        json_object_update(entry, page) != 0) {
        json_decref(page);
        json_decref(entry);
        return NULL;
    }
    json_decref(page);
    return dump(entry, outlen);
}

char *cli_json_failure(const char *input, const char *status, const char *error,
                       size_t *outlen)
{
    json_t *entry = json_object();
    if (!entry || json_object_set_new(entry, "input", name_string(input)) != 0 ||
        json_object_set_new(entry, "status", json_string(status)) != 0 ||
        json_object_set_new(entry, "error", name_string(error)) != 0) {
        json_decref(entry);
        return NULL;
    }
    return dump(entry, outlen);
}

int cli_json_print(cli_out_mode mode, const char *entry, size_t len)
{
    const char *before = mode == CLI_OUT_JSONL ? "" : printed ? ",\n" : "[\n";
    printed++;
    if (fputs(before, stdout) == EOF || fwrite(entry, 1, len, stdout) != len)
        return -1;
    return mode == CLI_OUT_JSONL && putchar('\n') == EOF ? -1 : 0;
}

int cli_json_end(cli_out_mode mode)
{
    if (mode != CLI_OUT_JSON_ARRAY)
        return 0;
    return fputs(printed ? "\n]\n" : "[]\n", stdout) == EOF ? -1 : 0;
}
