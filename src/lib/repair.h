/*
 * repair: mends the one slip of markup that hides a whole page from the
 * parser.
 *
 * A <title> is text up to its end tag: when a page never closes it (a
 * truncated head, a template that lost the line), the HTML parsing rules
 * make the rest of the page the title, and the body is empty; browsers show
 * a blank page too. Since a title holds no tags, the first tag after an
 * unclosed <title> is where it was meant to end: the repair closes it
 * there, or at the end of its first line of text when it runs over
 * several (the rest of a script that a truncated head glued to it), and
 * the page's body is parsed as a body.
 *
 * A <script> start tag whose quoted attribute value lost its closing quote
 * (a template that dropped part of a line: src="/te.backgroundColor=...)
 * takes the script's text and its end tag as attributes: the tag then ends
 * at the next '>', and the script's text runs to the next script's end
 * tag, swallowing the page between them, its article too; browsers hide it
 * as well. An attribute value never holds a line break followed by the
 * end tag of its script: the repair closes the value and the tag at that
 * line break, so that what follows is the script's text up to its end tag
 * and the page after it is parsed as a page.
 */
#ifndef DCI_REPAIR_H
#define DCI_REPAIR_H

#include <stddef.h>

/*
 * Returns 0 when html (len bytes of UTF-8) needs no repair: nothing is
 * allocated. Returns 1 when its first <title> is never closed and a tag
 * follows it, with a copy in *out (NUL-terminated, the caller frees it)
 * where the title's text ends at its first line break, or before that tag,
 * with "</title>" (the other lines of it are left out), and its length in
 * *out_len.
 * Returns -1 when out of memory.
 */
int dci_close_title(const char *html, size_t len, char **out, size_t *out_len);

/*
 * Returns 0 when no <script> start tag of html has a quoted attribute value
 * that holds a line break and then "</script": nothing is allocated.
 * Otherwise returns 1 with a copy in *out (NUL-terminated, the caller frees
 * it) where each such value (at most 8) is closed, with its own quote, and
 * its tag with '>', at its first line break; its length in *out_len.
 * Script text is skipped: a "<script" inside a script is not a tag.
 * Returns -1 when out of memory.
 */
int dci_close_script_quote(const char *html, size_t len, char **out, size_t *out_len);

#endif
