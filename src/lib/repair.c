#include "repair.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char title_end[] = "</title>";

/* Offset of the first occurrence of tag ("<title" or "</title") in
 * html[from, len) followed by '>', '/' or a space, or len. */
static size_t find_tag(const char *html, size_t from, size_t len, const char *tag)
{
    size_t tag_len = strlen(tag);
    for (const char *p = html + from; (p = memchr(p, '<', (size_t)(html + len - p)));) {
        size_t at = (size_t)(p - html);
        if (len - at > tag_len && strncasecmp(p, tag, tag_len) == 0) {
            unsigned char next = (unsigned char)p[tag_len];
            if (next == '>' || next == '/' || isspace(next))
                return at;
        }
        p++;
    }
    return len;
}

/* Where the title that starts at html[text] ends, before the next tag at
 * html[next_tag]: at the end of its first line of text. What follows on
 * other lines is what the lost end tag swallowed (the rest of a script). */
static size_t title_line_end(const char *html, size_t text, size_t next_tag)
{
    size_t i = text;
    while (i < next_tag && isspace((unsigned char)html[i]))
        i++;
    const char *newline = memchr(html + i, '\n', next_tag - i);
    return newline ? (size_t)(newline - html) : next_tag;
}

int dci_close_title(const char *html, size_t len, char **out, size_t *out_len)
{
    size_t start = find_tag(html, 0, len, "<title");
    if (start == len)
        return 0;
    const char *open_end = memchr(html + start, '>', len - start);
    if (!open_end)
        return 0;
    size_t text = (size_t)(open_end + 1 - html);
    if (find_tag(html, text, len, "</title") < len)
        return 0;
    const char *next_tag = memchr(html + text, '<', len - text);
    if (!next_tag)
        return 0;
    size_t resume = (size_t)(next_tag - html);
    size_t cut = title_line_end(html, text, resume);
    size_t end_len = sizeof title_end - 1;
    size_t copy_len = cut + end_len + (len - resume);
    char *copy = malloc(copy_len + 1);
    if (!copy)
        return -1;
    memcpy(copy, html, cut);
    memcpy(copy + cut, title_end, end_len);
    memcpy(copy + cut + end_len, html + resume, len - resume);
    copy[copy_len] = '\0';
    *out = copy;
    *out_len = copy_len;
    return 1;
}

/* ------------------------------------------------- a script's lost quote */

/* The insertions at most one page gets: a page with more broken script tags
 * than this keeps the others as they are. */
#define SCRIPT_FIXES_MAX 8

static const char script_open[] = "<script";
static const char script_close[] = "</script";

/* Offset of the first "</script" in html[from, to), or to. */
static size_t find_script_end(const char *html, size_t from, size_t to)
{
    size_t n = sizeof script_close - 1;
    for (const char *p = html + from; (p = memchr(p, '<', (size_t)(html + to - p)));) {
        if ((size_t)(html + to - p) >= n && strncasecmp(p, script_close, n) == 0)
            return (size_t)(p - html);
        p++;
    }
    return to;
}

/*
 * Reads the start tag of a script whose name ends at html[at]. Returns the
 * offset just past its '>' (len when it never ends), or, when a quoted
 * attribute value runs over a line break into "</script" (its closing quote
 * lost, so that the parser takes the script's own end tag, and the page
 * after it up to the next script's, as the tag), sets *fix to the value's
 * first line break, before that end tag, and *quote to its quote, and
 * returns the break's offset.
 */
static size_t read_script_tag(const char *html, size_t at, size_t len, size_t *fix, char *quote)
{
    size_t p = at;
    while (p < len && html[p] != '>') {
        if (html[p++] != '=')
            continue;
        while (p < len && isspace((unsigned char)html[p]))
            p++;
        if (p == len || (html[p] != '"' && html[p] != '\''))
            continue;
        const char *close = memchr(html + p + 1, html[p], len - p - 1);
        size_t end = close ? (size_t)(close - html) : len;
        size_t script_end = find_script_end(html, p + 1, end);
        const char *newline = memchr(html + p + 1, '\n', script_end - p - 1);
        if (newline && script_end < end) {
            *fix = (size_t)(newline - html);
            *quote = html[p];
            return *fix;
        }
        p = end + 1;
    }
    return p < len ? p + 1 : len;
}

int dci_close_script_quote(const char *html, size_t len, char **out, size_t *out_len)
{
    size_t fixes[SCRIPT_FIXES_MAX], nfix = 0;
    char quotes[SCRIPT_FIXES_MAX];
    for (size_t from = 0; nfix < SCRIPT_FIXES_MAX;) {
        size_t at = find_tag(html, from, len, script_open);
        if (at == len)
            break;
        size_t fix = len;
        char quote = '"';
        size_t tag_end = read_script_tag(html, at + sizeof script_open - 1, len, &fix, &quote);
        if (fix < len) {
            fixes[nfix] = fix;
            quotes[nfix++] = quote;
        }
        from = find_script_end(html, tag_end, len);
    }
    if (nfix == 0)
        return 0;
    size_t copy_len = len + 2 * nfix, done = 0, w = 0;
    char *copy = malloc(copy_len + 1);
    if (!copy)
        return -1;
    for (size_t i = 0; i < nfix; i++) {
        memcpy(copy + w, html + done, fixes[i] - done);
        w += fixes[i] - done;
        copy[w++] = quotes[i];
        copy[w++] = '>';
        done = fixes[i];
    }
    memcpy(copy + w, html + done, len - done);
    copy[copy_len] = '\0';
    *out = copy;
    *out_len = copy_len;
    return 1;
}
