/*
 * curl_api: libcurl's functions, libcurl loaded when one is first needed.
 *
 * libcurl brings some thirty libraries (TLS, Kerberos, LDAP, IDN...) whose
 * loading and relocation cost every run 25 ms of CPU time, most of it in
 * the kernel, and 6 MB of memory before it reads a page: more than decruft
 * spends on a dozen pages. A run over files or a WARC file fetches nothing,
 * so the program is not linked with libcurl: the code that fetches or reads
 * URLs calls libcurl through cli_curl(), which opens it (CLI_CURL_SONAME in
 * curl_api.c) on its first call.
 */
#ifndef CLI_CURL_API_H
#define CLI_CURL_API_H

#include <curl/curl.h>

typedef struct cli_curl_api {
    CURLcode (*global_init)(long flags);
    void (*global_cleanup)(void);
    CURL *(*easy_init)(void);
    void (*easy_cleanup)(CURL *easy);
    CURLcode (*easy_setopt)(CURL *easy, CURLoption option, ...);
    CURLcode (*easy_getinfo)(CURL *easy, CURLINFO info, ...);
    CURLcode (*easy_pause)(CURL *easy, int bitmask);
    const char *(*easy_strerror)(CURLcode code);
    CURLM *(*multi_init)(void);
    CURLMcode (*multi_cleanup)(CURLM *multi);
    CURLMcode (*multi_setopt)(CURLM *multi, CURLMoption option, ...);
    CURLMcode (*multi_add_handle)(CURLM *multi, CURL *easy);
    CURLMcode (*multi_remove_handle)(CURLM *multi, CURL *easy);
    CURLMcode (*multi_perform)(CURLM *multi, int *running);
    CURLMcode (*multi_poll)(CURLM *multi, struct curl_waitfd extra[], unsigned int nextra,
                            int timeout_ms, int *numfds);
    CURLMsg *(*multi_info_read)(CURLM *multi, int *left);
    struct curl_slist *(*slist_append)(struct curl_slist *list, const char *s);
    void (*slist_free_all)(struct curl_slist *list);
    void (*free)(void *p);
    time_t (*getdate)(const char *s, const time_t *unused);
    CURLU *(*url)(void);
    void (*url_cleanup)(CURLU *url);
    CURLUcode (*url_get)(CURLU *url, CURLUPart what, char **part, unsigned int flags);
    CURLUcode (*url_set)(CURLU *url, CURLUPart what, const char *part, unsigned int flags);
    const char *(*url_strerror)(CURLUcode code);
} cli_curl_api;

/* libcurl's functions, loaded on the first call (thread-safe). When libcurl
 * cannot be loaded the program says so and exits with EXIT_FATAL: nothing
 * that needs it can be done, as when a program linked with it cannot start. */
const cli_curl_api *cli_curl(void);

#endif
