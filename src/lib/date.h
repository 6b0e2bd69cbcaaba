/*
 * date: a page's publication date, as written by people or machines, read
 * into ISO 8601.
 */
#ifndef DCI_DATE_H
#define DCI_DATE_H

#include <stddef.h>

/* Room for the longest result, "2007-05-29T09:49:00+05:30", and its NUL. */
#define DCI_DATE_MAX 32

/*
 * Reads a date in one of the common shapes: ISO 8601 ("2007-05-29",
 * "2007-05-29T09:49:00.123+0100", a space for the T, "20070529"), RFC 2822 ("Tue, 29 May
 * 2007 09:49:00 GMT"), "05/29/2007" (month first, unless the first number
 * cannot be a month), "29.05.2007", "May 29, 2007 9:49 pm", "29 May 2007",
 * with the month's name in English, German, Polish, Spanish, French,
 * Italian, Dutch, Portuguese or Russian ("29 de mayo de 2007", "29 мая
 * 2007"). Writes "YYYY-MM-DD", or with the time "YYYY-MM-DDTHH:MM:SS" and the
 * offset when the input has one ("+01:00"; "Z" for UTC) into out (size at
 * least DCI_DATE_MAX) and returns its length; returns 0, with out "", when s
 * is not such a date (a word it does not know, an impossible day).
 */
size_t dci_date_parse(const char *s, char *out, size_t size);

#endif
