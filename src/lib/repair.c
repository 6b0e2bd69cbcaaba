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
