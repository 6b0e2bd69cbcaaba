/*
 * url: resolving links against the page URL (RFC 3986, section 5).
 */
#ifndef DCI_URL_H
#define DCI_URL_H

#include "arena.h"

/* href resolved against base (may be NULL: href is returned as is), as an
 * arena string; NULL only when the arena failed. javascript: and data: links
 * resolve to NULL-free empty strings so they are never emitted. */
char *dci_url_resolve(dci_arena *a, const char *base, const char *href);

/* Non-zero when href (may be NULL) runs a script (javascript:, vbscript:)
 * instead of leading to a page: its words are text, not a link. */
int dci_url_is_script(const char *href);

/* Non-zero when text (len bytes) opens with a web address ("http://",
 * "https://", "www."): words that show an address rather than name a page. */
int dci_opens_with_address(const char *text, size_t len);

/* Length of the scheme of url including the ':', or 0 when url has none. */
size_t dci_url_scheme_len(const char *url);

/* The host of an absolute or scheme-relative http(s) url, without a
 * leading "www." and the port, in *host and *len; 0 when url names none
 * (a relative link stays on its page's site). */
int dci_url_host(const char *url, const char **host, size_t *len);

/* Non-zero when href leads off the site whose host is site (as
 * dci_url_host gives it): an absolute link to another host, a subdomain of
 * one or the other counting as the same site. */
int dci_url_leaves_site(const char *href, const char *site, size_t site_len);

/* Non-zero when href carries another absolute address after its own start
 * ("/redirector.aspx?url=http%3a%2f%2f...", "click?...&url=http://..."): a
 * link through a redirector, as a text ad's click counter sends it. */
int dci_url_redirects(const char *href);

/* The address href carries after its own start, as dci_url_redirects
 * finds it ("http://digg.com/submit?url=http://news.example/story&..."
 * gives "http://news.example/story&..."), or NULL. */
const char *dci_url_embedded(const char *href);

#endif
