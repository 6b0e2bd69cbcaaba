/*
 * nesting: caps how deep elements nest, and how many attributes one tag
 * holds, before gumbo sees the page.
 *
 * gumbo's tree builder walks its stack of open elements for most start
 * tags, so a page of N nested elements costs time in N squared: 100,000
 * nested <div>s take half a minute. Browsers cap the depth as well
 * (Chrome's parser stops nesting at 512). This pass follows the open
 * elements the way the tree builder roughly will (end tags close up to
 * their element, a <li> closes the open <li>, a block closes the open <p>,
 * ...) and, past DCI_MAX_NESTING, drops the start and end tags of the
 * elements that would go deeper. Their text stays, inside the deepest
 * element kept.
 *
 * gumbo also checks each attribute against the ones before it on the same
 * element, so one element with 200,000 distinct attributes costs the same
 * half minute. The pass keeps the first DCI_MAX_ATTRIBUTES attributes of a
 * tag and leaves out the rest (browsers keep the first of duplicates too,
 * and no real page comes near the cap). Pages within both caps go through
 * untouched.
 */
#ifndef DCI_NESTING_H
#define DCI_NESTING_H

#include <stddef.h>

#define DCI_MAX_NESTING 512
#define DCI_MAX_ATTRIBUTES 256

/*
 * Returns 0 when html (len bytes of UTF-8) is within both caps: nothing is
 * allocated. Returns 1 when it is not, with a copy that is in
 * *out (NUL-terminated, the caller frees it) and its length in *out_len.
 * Returns -1 when out of memory.
 */
int dci_cap_nesting(const char *html, size_t len, char **out, size_t *out_len);

#endif
