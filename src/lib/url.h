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

/* Length of the scheme of url including the ':', or 0 when url has none. */
size_t dci_url_scheme_len(const char *url);

#endif
