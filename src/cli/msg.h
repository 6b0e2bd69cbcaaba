/*
 * msg: the program's messages. Every message is one line on standard error
 * that starts with "decruft: "; the names in it (files, directories, lists,
 * URLs) may hold any byte, so each byte of a control character (C0, DEL,
 * C1) or of invalid UTF-8 is shown as "\xHH": a newline in a file name
 * cannot split a message, nor an escape sequence reach the terminal.
 */
#ifndef CLI_MSG_H
#define CLI_MSG_H

#include <stddef.h>

/* The length of the UTF-8 character at s (n bytes left, n > 0), or 0 when
 * the bytes there are not one: overlong forms and surrogates included. */
size_t cli_utf8_char(const unsigned char *s, size_t n);

/* Non-zero when the n bytes at s (n > 0) start with a control character:
 * C0, DEL, or C1 in UTF-8 (U+0080 to U+009F), which some terminals obey. */
int cli_is_control(const unsigned char *s, size_t n);

/*
 * The n bytes s with each byte of a control character (NUL included) or
 * that is not UTF-8 written "\xHH", cut to at most max bytes between
 * characters. Returns a new string the caller frees, or NULL when out of
 * memory.
 */
char *cli_escape(const char *s, size_t n, size_t max);

/* Prints "decruft: ", the message and a newline on standard error, the
 * message escaped as cli_escape does. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
