/*
 * charset: any page's bytes to UTF-8, the way browsers decide.
 *
 * Order: byte order mark, the declared charset (dc_options.charset),
 * <meta charset> / http-equiv in the first 1024 bytes, detection with
 * libuchardet, then windows-1252. A forced charset wins over everything.
 * Labels are read as the WHATWG Encoding standard says (ISO-8859-1 and
 * US-ASCII are windows-1252, GB2312 is GBK). Invalid bytes become U+FFFD.
 */
#ifndef DCI_CHARSET_H
#define DCI_CHARSET_H

#include <stddef.h>

#include "decruft.h"

/*
 * Decodes len bytes of in. declared may be NULL, a label ("windows-1251") or
 * a Content-Type value ("text/html; charset=Shift_JIS"); an unknown one is
 * ignored unless force is non-zero, which makes it override the BOM and the
 * document (force without declared does nothing). On DC_OK, *out is a new
 * NUL-terminated UTF-8 buffer the caller frees with free(), *out_len its
 * length (NUL bytes of the input are kept) and *used the canonical name of
 * the charset read (static). Returns DC_BAD_CHARSET for a forced charset
 * that is unknown or a charset this system's iconv lacks, DC_NOMEM when
 * memory ran out.
 */
dc_status dci_charset_decode(const char *in, size_t len, const char *declared, int force,
                            char **out, size_t *out_len, const char **used);

#endif
