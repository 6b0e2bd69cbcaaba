/*
 * nesting: caps how deep elements nest before gumbo sees the page.
 *
 * gumbo's tree builder walks its stack of open elements for most start
 * tags, so a page of N nested elements costs time in N squared: 100,000
 * nested <div>s take half a minute. Browsers cap the depth as well
 * (Chrome's parser stops nesting at 512). This pass follows the open
 * elements the way the tree builder roughly will (end tags close up to
 * their element, a <li> closes the open <li>, a block closes the open <p>,
 * ...) and, past DC_MAX_NESTING, drops the start and end tags of the
 * elements that would go deeper. Their text stays, inside the deepest
 * element kept. Pages within the cap go through untouched.
 */
#ifndef DC_NESTING_H
#define DC_NESTING_H

#include <stddef.h>

#define DC_MAX_NESTING 512

/*
 * Returns 0 when html (len bytes of UTF-8) nests within the cap: nothing is
 * allocated. Returns 1 when it nests deeper, with a copy that does not in
 * *out (NUL-terminated, the caller frees it) and its length in *out_len.
 * Returns -1 when out of memory.
 */
int dc_cap_nesting(const char *html, size_t len, char **out, size_t *out_len);

#endif
