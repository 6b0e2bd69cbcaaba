/*
 * parse: gumbo at the boundary.
 *
 * gumbo 0.10.1 has no memory or depth limit and is quadratic on some broken
 * pages, so it runs on the document's arena: over the byte budget or the
 * deadline, the allocator longjmps out of gumbo and the parse ends cleanly.
 * Its tree is then mirrored into dci_nodes; gumbo's own (recursive) destroy is
 * never called, the arena frees everything at once.
 */
#ifndef DCI_PARSE_H
#define DCI_PARSE_H

#include <stddef.h>

#include "decruft.h"
#include "dom.h"

/* Parses len bytes of UTF-8 into doc, whose arena must be set. Returns DC_OK,
 * DC_TOO_LARGE, DC_TIMEOUT or DC_NOMEM. */
dc_status dci_parse(dci_doc *doc, const char *utf8, size_t len);

/* Renames every class and id token of doc's elements to a name no table
 * knows ("xkqzdtmb"), the same name for the same token: the page as a site
 * with hashed class names shows it, for a second look when the names misled
 * the rules. DC_OK or DC_NOMEM. */
dc_status dci_blind_names(dci_doc *doc);

#endif
