#include "curl_api.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "msg.h"
#include "options.h"
#include "sizes.h"

/* libcurl's shared object: its ABI has kept this name since 7.16. */
#ifndef CLI_CURL_SONAME
#define CLI_CURL_SONAME "libcurl.so.4"
#endif

/* Where dlsym's answer for each function goes in the table. */
static const struct {
    const char *name;
    size_t offset;
} symbols[] = {
    {"curl_global_init", offsetof(cli_curl_api, global_init)},
    {"curl_global_cleanup", offsetof(cli_curl_api, global_cleanup)},
    {"curl_easy_init", offsetof(cli_curl_api, easy_init)},
    {"curl_easy_cleanup", offsetof(cli_curl_api, easy_cleanup)},
    {"curl_easy_setopt", offsetof(cli_curl_api, easy_setopt)},
    {"curl_easy_getinfo", offsetof(cli_curl_api, easy_getinfo)},
    {"curl_easy_pause", offsetof(cli_curl_api, easy_pause)},
    {"curl_easy_strerror", offsetof(cli_curl_api, easy_strerror)},
    {"curl_multi_init", offsetof(cli_curl_api, multi_init)},
    {"curl_multi_cleanup", offsetof(cli_curl_api, multi_cleanup)},
    {"curl_multi_setopt", offsetof(cli_curl_api, multi_setopt)},
    {"curl_multi_add_handle", offsetof(cli_curl_api, multi_add_handle)},
    {"curl_multi_remove_handle", offsetof(cli_curl_api, multi_remove_handle)},
    {"curl_multi_perform", offsetof(cli_curl_api, multi_perform)},
    {"curl_multi_poll", offsetof(cli_curl_api, multi_poll)},
    {"curl_multi_info_read", offsetof(cli_curl_api, multi_info_read)},
    {"curl_slist_append", offsetof(cli_curl_api, slist_append)},
    {"curl_slist_free_all", offsetof(cli_curl_api, slist_free_all)},
    {"curl_free", offsetof(cli_curl_api, free)},
    {"curl_getdate", offsetof(cli_curl_api, getdate)},
    {"curl_url", offsetof(cli_curl_api, url)},
    {"curl_url_cleanup", offsetof(cli_curl_api, url_cleanup)},
    {"curl_url_get", offsetof(cli_curl_api, url_get)},
    {"curl_url_set", offsetof(cli_curl_api, url_set)},
    {"curl_url_strerror", offsetof(cli_curl_api, url_strerror)},
};

/* POSIX has dlsym's void * hold a function's address; the table's entries
 * are function pointers of that size. */
_Static_assert(sizeof(void *) == sizeof(void (*)(void)), "function pointers as wide as void *");
_Static_assert(DCX_COUNTOF(symbols) * sizeof(void *) == sizeof(cli_curl_api),
               "every entry of cli_curl_api has its symbol");

static cli_curl_api api;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void fail(const char *what)
{
    cli_error("cannot load libcurl (%s): %s", CLI_CURL_SONAME, what ? what : "unknown error");
    exit(EXIT_FATAL);
}

static void load(void)
{
    /* never closed: libcurl stays until the program exits */
    void *lib = dlopen(CLI_CURL_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (!lib)
        fail(dlerror());
    for (size_t i = 0; i < DCX_COUNTOF(symbols); i++) {
        void *sym = dlsym(lib, symbols[i].name);
        if (!sym)
            fail(dlerror());
        memcpy((char *)&api + symbols[i].offset, &sym, sizeof sym);
    }
}

const cli_curl_api *cli_curl(void)
{
    pthread_once(&once, load);
    return &api;
}
