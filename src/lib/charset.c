#include "charset.h"

#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <uchardet.h>

#include "buf.h"
#include "sizes.h"

/* HTML looks for <meta charset> only this far into the bytes. */
#define PRESCAN_BYTES 1024
/* uchardet is sure long before this; more only costs time. */
#define DETECT_BYTES (64 * 1024)
/* Output chunk per iconv() call; far above the longest single conversion step. */
#define CHUNK_BYTES 4096
/* Longer than every label in the table, so a longer label is simply unknown. */
#define LABEL_MAX 32

#define REPLACEMENT "\xEF\xBF\xBD"

typedef struct encoding {
    const char *name;   /* canonical WHATWG name, reported in *used */
    const char *iconv;  /* glibc iconv name; NULL for UTF-8, which is decoded here */
    size_t unit;        /* bytes to skip past an invalid sequence */
    const char *labels; /* WHATWG labels, lower case, each between spaces */
} encoding;

/* The encodings the code below names directly. */
enum { ENC_UTF8, ENC_UTF16LE, ENC_UTF16BE, ENC_WINDOWS_1252 };

/*
 * The WHATWG Encoding standard's labels, so a page reads as a browser reads
 * it: ISO-8859-1 and US-ASCII are windows-1252, GB2312 is GBK, Shift_JIS is
 * Microsoft's CP932. A few labels browsers do not know are added where pages
 * or uchardet use them (cp932, cp936, cp949, cp874, mac-cyrillic).
 */
static const encoding encodings[] = {
    [ENC_UTF8] = {"UTF-8", NULL, 1,
                  " unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8 "},
    [ENC_UTF16LE] = {"UTF-16LE", "UTF-16LE", 2,
                     " csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le "},
    [ENC_UTF16BE] = {"UTF-16BE", "UTF-16BE", 2, " unicodefffe utf-16be "},
    [ENC_WINDOWS_1252] = {"windows-1252", "WINDOWS-1252", 1,
                          " ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1"
                          " iso-ir-100 iso8859-1 iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1"
                          " us-ascii windows-1252 x-cp1252 "},
    {"IBM866", "IBM866", 1, " 866 cp866 csibm866 ibm866 "},
    {"ISO-8859-2", "ISO-8859-2", 1,
     " csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2"
     " latin2 "},
    {"ISO-8859-3", "ISO-8859-3", 1,
     " csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3"
     " latin3 "},
    {"ISO-8859-4", "ISO-8859-4", 1,
     " csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4"
     " latin4 "},
    {"ISO-8859-5", "ISO-8859-5", 1,
     " csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5"
     " iso_8859-5:1988 "},
    {"ISO-8859-6", "ISO-8859-6", 1,
     " arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6"
     " iso-8859-6-e iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987 "},
    {"ISO-8859-7", "ISO-8859-7", 1,
     " csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7"
     " iso88597 iso_8859-7 iso_8859-7:1987 sun_eu_greek "},
    {"ISO-8859-8", "ISO-8859-8", 1,
     " csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8"
     " iso88598 iso_8859-8 iso_8859-8:1988 visual "},
    {"ISO-8859-8-I", "ISO-8859-8", 1, " csiso88598i iso-8859-8-i logical "},
    {"ISO-8859-10", "ISO-8859-10", 1,
     " csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6 "},
    {"ISO-8859-13", "ISO-8859-13", 1, " iso-8859-13 iso8859-13 iso885913 "},
    {"ISO-8859-14", "ISO-8859-14", 1, " iso-8859-14 iso8859-14 iso885914 "},
    {"ISO-8859-15", "ISO-8859-15", 1,
     " csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9 "},
    {"ISO-8859-16", "ISO-8859-16", 1, " iso-8859-16 "},
    {"KOI8-R", "KOI8-R", 1, " cskoi8r koi koi8 koi8-r koi8_r "},
    {"KOI8-U", "KOI8-U", 1, " koi8-ru koi8-u "},
    {"macintosh", "MACINTOSH", 1, " csmacintosh mac macintosh x-mac-roman "},
    {"windows-874", "CP874", 1,
     " cp874 dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874 "},
    {"windows-1250", "WINDOWS-1250", 1, " cp1250 windows-1250 x-cp1250 "},
    {"windows-1251", "WINDOWS-1251", 1, " cp1251 windows-1251 x-cp1251 "},
    {"windows-1253", "WINDOWS-1253", 1, " cp1253 windows-1253 x-cp1253 "},
    {"windows-1254", "WINDOWS-1254", 1,
     " cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9"
     " iso_8859-9:1989 l5 latin5 windows-1254 x-cp1254 "},
    {"windows-1255", "WINDOWS-1255", 1, " cp1255 windows-1255 x-cp1255 "},
    {"windows-1256", "WINDOWS-1256", 1, " cp1256 windows-1256 x-cp1256 "},
    {"windows-1257", "WINDOWS-1257", 1, " cp1257 windows-1257 x-cp1257 "},
    {"windows-1258", "WINDOWS-1258", 1, " cp1258 windows-1258 x-cp1258 "},
    {"x-mac-cyrillic", "MAC-CYRILLIC", 1, " mac-cyrillic x-mac-cyrillic x-mac-ukrainian "},
    {"GBK", "GBK", 1,
     " chinese cp936 csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58"
     " x-gbk "},
    {"gb18030", "GB18030", 1, " gb18030 "},
    {"Big5", "BIG5-HKSCS", 1, " big5 big5-hkscs cn-big5 csbig5 x-x-big5 "},
    {"EUC-JP", "EUC-JP", 1, " cseucpkdfmtjapanese euc-jp x-euc-jp "},
    {"ISO-2022-JP", "ISO-2022-JP", 1, " csiso2022jp iso-2022-jp "},
    {"Shift_JIS", "CP932", 1,
     " cp932 csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis "},
    {"EUC-KR", "CP949", 1,
     " cp949 cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989"
     " ksc5601 ksc_5601 windows-949 "},
};

#define ENCODING_COUNT DCX_COUNTOF(encodings)

typedef struct bom {
    const char *bytes;
    size_t len;
    int encoding;
} bom;

static const bom boms[] = {
    {"\xEF\xBB\xBF", 3, ENC_UTF8},
    {"\xFF\xFE", 2, ENC_UTF16LE},
    {"\xFE\xFF", 2, ENC_UTF16BE},
};

#define BOM_COUNT DCX_COUNTOF(boms)

/* A run of bytes inside the input; not NUL-terminated. */
typedef struct span {
    const unsigned char *p;
    size_t len;
} span;

static unsigned char lower(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? (unsigned char)(c - 'A' + 'a') : c;
}

/* Non-zero when s starts with the lower-case ASCII word, in any case. */
static int starts_with(const unsigned char *s, size_t len, const char *word)
{
    size_t n = strlen(word);
    if (len < n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (lower(s[i]) != (unsigned char)word[i])
            return 0;
    return 1;
}

static int span_is(span s, const char *word)
{
    return s.len == strlen(word) && starts_with(s.p, s.len, word);
}

/* The encoding a label names (trimmed, any case), NULL when unknown. */
static const encoding *lookup(span label)
{
    while (label.len > 0 && dci_is_space(label.p[0])) {
        label.p++;
        label.len--;
    }
    while (label.len > 0 && dci_is_space(label.p[label.len - 1]))
        label.len--;
    if (label.len == 0 || label.len > LABEL_MAX)
        return NULL;
    /* " label " so that a search can only match a whole table entry. */
    char key[LABEL_MAX + 3];
    key[0] = ' ';
    for (size_t i = 0; i < label.len; i++) {
        if (dci_is_space(label.p[i]))
            return NULL;
        key[i + 1] = (char)lower(label.p[i]);
    }
    key[label.len + 1] = ' ';
    key[label.len + 2] = '\0';
    for (size_t i = 0; i < ENCODING_COUNT; i++)
        if (strstr(encodings[i].labels, key))
            return &encodings[i];
    return NULL;
}

static const encoding *lookup_cstr(const char *label)
{
    span s = {(const unsigned char *)label, strlen(label)};
    return lookup(s);
}

/* The value after "charset=", from j: quoted, or up to white space or ';'. */
static int charset_value(span in, size_t j, span *out)
{
    while (j < in.len && dci_is_space(in.p[j]))
        j++;
    if (j == in.len)
        return 0;
    unsigned char quote = in.p[j];
    if (quote == '"' || quote == '\'') {
        const unsigned char *end = memchr(in.p + j + 1, quote, in.len - j - 1);
        if (!end)
            return 0;
        out->p = in.p + j + 1;
        out->len = (size_t)(end - out->p);
        return 1;
    }
    out->p = in.p + j;
    out->len = 0;
    while (j + out->len < in.len && !dci_is_space(out->p[out->len]) && out->p[out->len] != ';')
        out->len++;
    return 1;
}

/*
 * The value of charset= in a Content-Type-like string, read as HTML's
 * "extracting a character encoding from a meta element" does: "charset"
 * without '=' is passed over, an unclosed quote means no value.
 */
static int extract_charset(span in, span *out)
{
    for (size_t i = 0; i + 7 <= in.len; i++) {
        if (!starts_with(in.p + i, in.len - i, "charset"))
            continue;
        size_t j = i + 7;
        while (j < in.len && dci_is_space(in.p[j]))
            j++;
        if (j < in.len && in.p[j] == '=')
            return charset_value(in, j + 1, out);
    }
    return 0;
}

size_t dc_content_type_charset(const char *content_type, char *out, size_t outsize)
{
    if (outsize == 0)
        return 0;
    out[0] = '\0';
    if (!content_type)
        return 0;
    span all = {(const unsigned char *)content_type, strlen(content_type)};
    span label;
    if (!extract_charset(all, &label) || label.len >= outsize)
        return 0;
    memcpy(out, label.p, label.len);
    out[label.len] = '\0';
    return label.len;
}

/* A declared charset: a bare label or a whole Content-Type value. */
static const encoding *declared_encoding(const char *declared)
{
    if (!declared)
        return NULL;
    span all = {(const unsigned char *)declared, strlen(declared)};
    span label;
    return lookup(extract_charset(all, &label) ? label : all);
}

static const encoding *sniff_bom(const unsigned char *s, size_t len)
{
    for (size_t i = 0; i < BOM_COUNT; i++)
        if (len >= boms[i].len && memcmp(s, boms[i].bytes, boms[i].len) == 0)
            return &encodings[boms[i].encoding];
    return NULL;
}

/* Bytes of enc's own byte order mark at the start of s, which never reach the output. */
static size_t bom_length(const encoding *enc, const unsigned char *s, size_t len)
{
    for (size_t i = 0; i < BOM_COUNT; i++)
        if (&encodings[boms[i].encoding] == enc && len >= boms[i].len &&
            memcmp(s, boms[i].bytes, boms[i].len) == 0)
            return boms[i].len;
    return 0;
}

/* ------------------------------------------------------------ prescan */

/* The HTML prescan's view of the first bytes. */
typedef struct scan {
    const unsigned char *s;
    size_t pos;
    size_t end;
} scan;

static int at_end(const scan *sc)
{
    return sc->pos >= sc->end;
}

static unsigned char cur(const scan *sc)
{
    return sc->s[sc->pos];
}

static int cur_is(const scan *sc, const char *word)
{
    return starts_with(sc->s + sc->pos, sc->end - sc->pos, word);
}

static void skip_spaces(scan *sc)
{
    while (!at_end(sc) && dci_is_space(cur(sc)))
        sc->pos++;
}

/* Moves to the next byte that is white space or one of stops (or the end). */
static void skip_until(scan *sc, const char *stops)
{
    while (!at_end(sc) && !dci_is_space(cur(sc)) && !memchr(stops, cur(sc), strlen(stops)))
        sc->pos++;
}

/* A quoted or bare attribute value; 0 when the bytes end inside it. */
static int get_value(scan *sc, span *value)
{
    unsigned char quote = cur(sc);
    if (quote == '"' || quote == '\'') {
        const unsigned char *start = sc->s + sc->pos + 1;
        const unsigned char *end = memchr(start, quote, sc->end - sc->pos - 1);
        if (!end)
            return 0;
        value->p = start;
        value->len = (size_t)(end - start);
        sc->pos = (size_t)(end - sc->s) + 1;
        return 1;
    }
    if (quote == '>')
        return 1;
    value->p = sc->s + sc->pos;
    skip_until(sc, ">");
    value->len = (size_t)(sc->s + sc->pos - value->p);
    return !at_end(sc);
}

/*
 * HTML's "get an attribute" during the prescan. Returns 0 when there is
 * none: at '>' or when the bytes end inside the attribute.
 */
static int get_attribute(scan *sc, span *name, span *value)
{
    while (!at_end(sc) && (dci_is_space(cur(sc)) || cur(sc) == '/'))
        sc->pos++;
    if (at_end(sc) || cur(sc) == '>')
        return 0;
    value->p = NULL;
    value->len = 0;
    name->p = sc->s + sc->pos;
    /* The first byte belongs to the name even when it is '='. */
    sc->pos++;
    skip_until(sc, "/>=");
    name->len = (size_t)(sc->s + sc->pos - name->p);
    skip_spaces(sc);
    if (at_end(sc))
        return 0;
    if (cur(sc) != '=')
        return 1;
    sc->pos++;
    skip_spaces(sc);
    return !at_end(sc) && get_value(sc, value);
}

/* What the attributes of one <meta> said so far. */
typedef struct meta_state {
    unsigned seen;         /* bit per meta_attributes entry; repeats are ignored */
    int got_pragma;        /* http-equiv="content-type" */
    int need_pragma;       /* the charset came from content=, so it needs the pragma */
    int decided;           /* charset was set, NULL meaning an unknown label */
    const encoding *charset;
} meta_state;

static void meta_http_equiv(meta_state *m, span value)
{
    if (span_is(value, "content-type"))
        m->got_pragma = 1;
}

static void meta_content(meta_state *m, span value)
{
    span label;
    if (m->decided || !extract_charset(value, &label))
        return;
    m->charset = lookup(label);
    m->decided = 1;
    m->need_pragma = 1;
}

static void meta_charset(meta_state *m, span value)
{
    m->charset = lookup(value);
    m->decided = 1;
    m->need_pragma = 0;
}

static const struct {
    const char *name;
    void (*apply)(meta_state *m, span value);
} meta_attributes[] = {
    {"http-equiv", meta_http_equiv},
    {"content", meta_content},
    {"charset", meta_charset},
};

#define META_ATTRIBUTE_COUNT DCX_COUNTOF(meta_attributes)

static void meta_attribute(meta_state *m, span name, span value)
{
    for (size_t i = 0; i < META_ATTRIBUTE_COUNT; i++) {
        if (!span_is(name, meta_attributes[i].name) || (m->seen & (1u << i)))
            continue;
        m->seen |= 1u << i;
        meta_attributes[i].apply(m, value);
    }
}

/* The charset one <meta> declares; sc is just after "<meta". */
static const encoding *prescan_meta(scan *sc)
{
    meta_state m = {0, 0, 0, 0, NULL};
    span name, value;
    while (get_attribute(sc, &name, &value))
        meta_attribute(&m, name, value);
    if (!m.decided || !m.charset || (m.need_pragma && !m.got_pragma))
        return NULL;
    /* A page that could be read this far as ASCII is not UTF-16, whatever it says. */
    if (m.charset == &encodings[ENC_UTF16LE] || m.charset == &encodings[ENC_UTF16BE])
        return &encodings[ENC_UTF8];
    return m.charset;
}

/* Moves to the '>' that ends a comment; "<!-->" ends itself. */
static void skip_comment(scan *sc)
{
    size_t i = sc->pos + 4;
    while (i < sc->end && !(sc->s[i] == '>' && sc->s[i - 1] == '-' && sc->s[i - 2] == '-'))
        i++;
    sc->pos = i < sc->end ? i : sc->end;
}

static void skip_tag(scan *sc)
{
    span name, value;
    skip_until(sc, ">");
    while (get_attribute(sc, &name, &value))
        ;
}

static void skip_to_gt(scan *sc)
{
    const unsigned char *gt = memchr(sc->s + sc->pos, '>', sc->end - sc->pos);
    sc->pos = gt ? (size_t)(gt - sc->s) : sc->end;
}

static int is_alpha(unsigned char c)
{
    return lower(c) >= 'a' && lower(c) <= 'z';
}

static int at_meta(const scan *sc)
{
    size_t next = sc->pos + 5;
    return cur_is(sc, "<meta") && next < sc->end &&
           (dci_is_space(sc->s[next]) || sc->s[next] == '/');
}

static int at_tag(const scan *sc)
{
    size_t name = sc->pos + (cur_is(sc, "</") ? 2 : 1);
    return cur(sc) == '<' && name < sc->end && is_alpha(sc->s[name]);
}

/* HTML's "prescan a byte stream to determine its encoding". */
static const encoding *prescan(const unsigned char *s, size_t len)
{
    scan sc = {s, 0, len < PRESCAN_BYTES ? len : PRESCAN_BYTES};
    for (; !at_end(&sc); sc.pos++) {
        if (cur_is(&sc, "<!--")) {
            skip_comment(&sc);
        } else if (at_meta(&sc)) {
            sc.pos += 5;
            const encoding *enc = prescan_meta(&sc);
            if (enc)
                return enc;
        } else if (at_tag(&sc)) {
            skip_tag(&sc);
        } else if (cur_is(&sc, "<!") || cur_is(&sc, "</") || cur_is(&sc, "<?")) {
            skip_to_gt(&sc);
        }
    }
    return NULL;
}

/* ------------------------------------------------------------ UTF-8 */

typedef enum utf8_state { UTF8_OK, UTF8_BAD, UTF8_SHORT } utf8_state;

/* Unicode's well-formed sequences (table 3-7): lead byte range, continuation
 * bytes, and the range the first continuation byte must fall in. */
static const struct {
    unsigned char first, last;
    size_t more;
    unsigned char lo, hi;
} utf8_leads[] = {
    {0xC2, 0xDF, 1, 0x80, 0xBF}, {0xE0, 0xE0, 2, 0xA0, 0xBF}, {0xE1, 0xEC, 2, 0x80, 0xBF},
    {0xED, 0xED, 2, 0x80, 0x9F}, {0xEE, 0xEF, 2, 0x80, 0xBF}, {0xF0, 0xF0, 3, 0x90, 0xBF},
    {0xF1, 0xF3, 3, 0x80, 0xBF}, {0xF4, 0xF4, 3, 0x80, 0x8F},
};

#define UTF8_LEAD_COUNT DCX_COUNTOF(utf8_leads)

/*
 * Length of the sequence at s (len > 0). An ill-formed one is cut at its
 * longest well-formed prefix (at least one byte), which becomes one U+FFFD
 * as in browsers; UTF8_SHORT means the input ended inside it.
 */
static size_t utf8_next(const unsigned char *s, size_t len, utf8_state *state)
{
    *state = UTF8_OK;
    if (s[0] < 0x80)
        return 1;
    size_t k = 0;
    while (k < UTF8_LEAD_COUNT && (s[0] < utf8_leads[k].first || s[0] > utf8_leads[k].last))
        k++;
    if (k == UTF8_LEAD_COUNT) {
        *state = UTF8_BAD;
        return 1;
    }
    unsigned char lo = utf8_leads[k].lo, hi = utf8_leads[k].hi;
    for (size_t i = 1; i <= utf8_leads[k].more; i++) {
        if (i == len) {
            *state = UTF8_SHORT;
            return i;
        }
        if (s[i] < lo || s[i] > hi) {
            *state = UTF8_BAD;
            return i;
        }
        lo = 0x80;
        hi = 0xBF;
    }
    return utf8_leads[k].more + 1;
}

/* Length of the run of ASCII bytes at the start of s, eight at a time:
 * most of a page is markup, and every page is read this way at least once. */
static size_t ascii_run(const unsigned char *s, size_t len)
{
    size_t i = 0;
    while (i + 8 <= len) {
        uint64_t word;
        memcpy(&word, s + i, sizeof word);
        if (word & 0x8080808080808080ull)
            break;
        i += 8;
    }
    while (i < len && s[i] < 0x80)
        i++;
    return i;
}

/*
 * Non-zero when s is UTF-8; a sequence cut off by the end still counts, as
 * a truncated download of a UTF-8 page is UTF-8. *whole (may be NULL) gets
 * the number of whole characters beyond ASCII.
 */
static int utf8_valid(const unsigned char *s, size_t len, size_t *whole)
{
    size_t i = 0, n = 0;
    while (i < len) {
        i += ascii_run(s + i, len - i);
        if (i == len)
            break;
        utf8_state state;
        i += utf8_next(s + i, len - i, &state);
        if (state == UTF8_BAD)
            return 0;
        n += state == UTF8_OK;
    }
    if (whole)
        *whole = n;
    return 1;
}

static void decode_utf8(const unsigned char *s, size_t len, dci_buf *b)
{
    size_t start = 0;
    size_t i = 0;
    dci_buf_reserve(b, len);
    while (i < len) {
        i += ascii_run(s + i, len - i);
        if (i == len)
            break;
        utf8_state state;
        size_t n = utf8_next(s + i, len - i, &state);
        if (state != UTF8_OK) {
            dci_buf_put(b, (const char *)s + start, i - start);
            dci_buf_puts(b, REPLACEMENT);
            start = i + n;
        }
        i += n;
    }
    dci_buf_put(b, (const char *)s + start, len - start);
}

/* ------------------------------------------------------------ iconv */

/* One iconv() call into a chunk; an invalid sequence becomes U+FFFD and
 * decoding goes on after it, an incomplete one at the end finishes. */
static void convert_step(iconv_t cd, const encoding *enc, char **in, size_t *left, dci_buf *b)
{
    char chunk[CHUNK_BYTES];
    char *out = chunk;
    size_t room = sizeof chunk;
    int err = iconv(cd, in, left, &out, &room) == (size_t)-1 ? errno : 0;
    dci_buf_put(b, chunk, (size_t)(out - chunk));
    if (err == 0 || err == E2BIG)
        return;
    dci_buf_puts(b, REPLACEMENT);
    size_t skip = err == EINVAL || *left < enc->unit ? *left : enc->unit;
    *in += skip;
    *left -= skip;
}

/* Emits what a stateful decoder still holds (glibc's CP1255 and CP1258 keep
 * a base letter back in case a combining mark follows). */
static void convert_flush(iconv_t cd, dci_buf *b)
{
    char chunk[CHUNK_BYTES];
    char *out = chunk;
    size_t room = sizeof chunk;
    iconv(cd, NULL, NULL, &out, &room);
    dci_buf_put(b, chunk, (size_t)(out - chunk));
}

static dc_status decode_iconv(const encoding *enc, const unsigned char *s, size_t len, dci_buf *b)
{
    iconv_t cd = iconv_open("UTF-8", enc->iconv);
    if (cd == (iconv_t)-1)
        return errno == EINVAL ? DC_BAD_CHARSET : DC_NOMEM;
    /* iconv's prototype wants char **, but it never writes through the input. */
    char *in = (char *)s;
    size_t left = len;
    while (left > 0 && !b->failed)
        convert_step(cd, enc, &in, &left, b);
    convert_flush(cd, b);
    iconv_close(cd);
    return DC_OK;
}

/* ------------------------------------------------------------ choice */

/* uchardet's guess, windows-1252 when it has none or names something
 * browsers would not decode. */
static const encoding *detect(const unsigned char *s, size_t len)
{
    const encoding *enc = NULL;
    size_t n = len < DETECT_BYTES ? len : DETECT_BYTES;
    uchardet_t ud = uchardet_new();
    if (ud && uchardet_handle_data(ud, (const char *)s, n) == 0) {
        uchardet_data_end(ud);
        enc = lookup_cstr(uchardet_get_charset(ud));
    }
    if (ud)
        uchardet_delete(ud);
    return enc ? enc : &encodings[ENC_WINDOWS_1252];
}

/* Non-zero when s is UTF-8 with at least one whole character beyond ASCII
 * (one cut off by the end is no evidence). */
static int utf8_beyond_ascii(const unsigned char *s, size_t len)
{
    size_t whole;
    return utf8_valid(s, len, &whole) && whole > 0;
}

/*
 * The browser's order: BOM, declared, <meta>, then a guess for non-UTF-8
 * bytes. One exception: a page declared in a legacy charset whose bytes are
 * UTF-8 beyond ASCII is read as UTF-8. Text in a legacy charset is almost
 * never valid UTF-8 by chance, while a page saved or served as UTF-8 that
 * still declares its old charset (or a server's default one) is common.
 */
static const encoding *choose(const unsigned char *s, size_t len, const char *declared)
{
    const encoding *enc = sniff_bom(s, len);
    if (enc)
        return enc;
    enc = declared_encoding(declared);
    if (!enc)
        enc = prescan(s, len);
    if (enc && enc->iconv && enc->unit == 1 && utf8_beyond_ascii(s, len))
        return &encodings[ENC_UTF8];
    if (!enc)
        enc = utf8_valid(s, len, NULL) ? &encodings[ENC_UTF8] : detect(s, len);
    return enc;
}

dc_status dci_charset_decode(const char *in, size_t len, const char *declared, int force,
                            char **out, size_t *out_len, const char **used)
{
    const unsigned char *s = (const unsigned char *)in;
    const encoding *enc;
    if (force && declared) {
        enc = declared_encoding(declared);
        if (!enc)
            return DC_BAD_CHARSET;
    } else {
        enc = choose(s, len, declared);
    }
    size_t skip = bom_length(enc, s, len);
    dci_buf b = DCI_BUF_INIT;
    dc_status st = DC_OK;
    if (enc->iconv)
        st = decode_iconv(enc, s + skip, len - skip, &b);
    else
        decode_utf8(s + skip, len - skip, &b);
    if (st != DC_OK) {
        dci_buf_free(&b);
        return st;
    }
    *out = dci_buf_detach(&b, out_len);
    *used = enc->name;
    return *out ? DC_OK : DC_NOMEM;
}
