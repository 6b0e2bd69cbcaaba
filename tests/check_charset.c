/* Unit tests of charset choice (BOM, declared, <meta>, detection) and decoding. */
#include <check.h>
#include <dirent.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "utf8check.h"
#include "sizes.h"

#define CHARSET_DATA_DIR TEST_DATA_DIR "/charset"
#define FFFD "\xEF\xBF\xBD"

/* One call of dci_charset_decode; text is owned and freed by decoded_free. */
typedef struct decoded {
    dc_status status;
    char *text;
    size_t len;
    const char *used;
} decoded;

static decoded decode_len(const char *in, size_t len, const char *declared, int force)
{
    decoded d = {DC_STATUS_COUNT, NULL, (size_t)-1, NULL};
    d.status = dci_charset_decode(in, len, declared, force, &d.text, &d.len, &d.used);
    return d;
}

static decoded decode(const char *in, const char *declared)
{
    return decode_len(in, strlen(in), declared, 0);
}

static void decoded_free(decoded *d)
{
    free(d->text);
    d->text = NULL;
}

/* Asserts a successful decode to exactly want (a string without NUL) in charset used. */
static void assert_decodes(decoded *d, const char *want, const char *used)
{
    ck_assert_int_eq(d->status, DC_OK);
    ck_assert_ptr_nonnull(d->text);
    ck_assert_str_eq(d->text, want);
    ck_assert_uint_eq(d->len, strlen(want));
    ck_assert_str_eq(d->used, used);
    decoded_free(d);
}

/* utf8 encoded in charset with iconv, as a new buffer; its length in *len. */
static char *encode(const char *utf8, const char *charset, size_t *len)
{
    iconv_t cd = iconv_open(charset, "UTF-8");
    ck_assert_msg(cd != (iconv_t)-1, "iconv cannot write %s", charset);
    size_t in_left = strlen(utf8);
    size_t cap = in_left * 4 + 16;
    char *out = malloc(cap);
    ck_assert_ptr_nonnull(out);
    char *in = (char *)utf8;
    char *o = out;
    size_t out_left = cap;
    ck_assert_uint_ne(iconv(cd, &in, &in_left, &o, &out_left), (size_t)-1);
    iconv_close(cd);
    *len = cap - out_left;
    return out;
}

/* ------------------------------------------------------------ order */

/* ------------------------------------------------------------ the table */

/* A string literal that may hold NUL bytes, and its length. */
#define BYTES(lit) (lit), sizeof(lit) - 1

/*
 * One decode and what it must give: the status, then (want not NULL) the
 * text, exactly, and (used not NULL) the charset it was read in. name says
 * which case failed.
 */
typedef struct decode_case {
    const char *name;
    const char *in;
    size_t in_len;
    const char *declared;
    int force;
    dc_status status;
    const char *want;
    size_t want_len;
    const char *used;
} decode_case;

/* The charset of a case whose text is not checked. */
#define READ_AS(in, declared, force, used) BYTES(in), (declared), (force), DC_OK, NULL, 0, (used)
#define GIVES(in, declared, force, want, used) \
    BYTES(in), (declared), (force), DC_OK, BYTES(want), (used)

static const decode_case decode_cases[] = {
    /* order: BOM, then forced, then declared, then <meta>, then detection */
    {"utf8 BOM beats meta", GIVES("\xEF\xBB\xBF<meta charset=\"windows-1251\">\xD0\x96", NULL, 0,
                                  "<meta charset=\"windows-1251\">\xD0\x96", "UTF-8")},
    {"BOM beats declared", GIVES("\xEF\xBB\xBF\xD0\x96", "windows-1251", 0, "\xD0\x96", "UTF-8")},
    {"forced beats BOM", GIVES("\xEF\xBB\xBF" "a", "windows-1252", 1,
                               "\xC3\xAF\xC2\xBB\xC2\xBF" "a", "windows-1252")},
    {"forced beats meta", GIVES("<meta charset=utf-8>\xC6", "koi8-r", 1,
                                "<meta charset=utf-8>\xD1\x84", "KOI8-R")},
    {"forced utf-8 drops its BOM", GIVES("\xEF\xBB\xBF" "a", "utf-8", 1, "a", "UTF-8")},
    {"declared beats meta", GIVES("<meta charset=\"iso-8859-1\"><p>\xC6</p>", "windows-1251", 0,
                                  "<meta charset=\"iso-8859-1\"><p>\xD0\x96</p>", "windows-1251")},
    {"declared Content-Type value, quoted",
     GIVES("\x93\xFA", "text/html; charset=\"Shift_JIS\"", 0, "\xE6\x97\xA5", "Shift_JIS")},
    {"declared Content-Type value, more parameters",
     GIVES("\xC6", "text/html;charset=windows-1251; q=1", 0, "\xD0\x96", "windows-1251")},
    {"declared label trimmed, any case",
     GIVES("\xC6", "  WINDOWS-1251\t", 0, "\xD0\x96", "windows-1251")},
    {"unknown declared label ignored", GIVES("<meta charset=windows-1251>\xC6", "x-no-such-charset",
                                             0, "<meta charset=windows-1251>\xD0\x96",
                                             "windows-1251")},
    {"declared type without charset ignored",
     GIVES("<meta charset=windows-1251>\xC6", "text/html", 0,
           "<meta charset=windows-1251>\xD0\x96", "windows-1251")},
    {"forced unknown label", BYTES("abc"), "x-no-such-charset", 1, DC_BAD_CHARSET, NULL, 0, NULL},
    {"forced empty label", BYTES("abc"), "", 1, DC_BAD_CHARSET, NULL, 0, NULL},
    {"forced empty charset parameter", BYTES("abc"), "text/html; charset=", 1, DC_BAD_CHARSET,
     NULL, 0, NULL},
    {"force without label is not forced", GIVES("<meta charset=koi8-r>\xC6", NULL, 1,
                                                "<meta charset=koi8-r>\xD1\x84", "KOI8-R")},
    /* Bytes that are UTF-8 beyond ASCII are read as UTF-8 whatever the page
     * or the server declares: pages saved or served as UTF-8 often keep
     * declaring their old charset, and legacy text is almost never valid
     * UTF-8. */
    {"utf-8 bytes beat a legacy meta",
     GIVES("<meta charset=gb2312><p>\xE4\xB8\xAD\xE6\x96\x87</p>", NULL, 0,
           "<meta charset=gb2312><p>\xE4\xB8\xAD\xE6\x96\x87</p>", "UTF-8")},
    {"utf-8 bytes beat a legacy header",
     GIVES("caf\xC3\xA9", "text/html; charset=ISO-8859-1", 0, "caf\xC3\xA9", "UTF-8")},
    {"utf-8 bytes do not beat a forced charset",
     GIVES("caf\xC3\xA9", "iso-8859-1", 1, "caf\xC3\x83\xC2\xA9", "windows-1252")},
    {"legacy bytes keep their meta",
     GIVES("<meta charset=gb2312><p>\xD6\xD0\xCE\xC4</p>", NULL, 0,
           "<meta charset=gb2312><p>\xE4\xB8\xAD\xE6\x96\x87</p>", "GBK")},
    {"ascii keeps the meta",
     GIVES("<meta charset=koi8-r>abc", NULL, 0, "<meta charset=koi8-r>abc", "KOI8-R")},
    {"a sequence cut off by the end is no utf-8 evidence",
     GIVES("ab\xD0", "windows-1251", 0, "ab\xD0\xA0", "windows-1251")},

    /* prescan of <meta> */
    {"meta charset",
     GIVES("<!DOCTYPE html><html><head><META CharSet='Windows-1251'></head>\xC6", NULL, 0,
           "<!DOCTYPE html><html><head><META CharSet='Windows-1251'></head>\xD0\x96",
           "windows-1251")},
    {"meta http-equiv after content", READ_AS("<meta content='text/html;charset=windows-1251' "
                                              "http-equiv=content-type>\xC6",
                                              NULL, 0, "windows-1251")},
    {"meta content without pragma ignored",
     GIVES("<meta content=\"text/html; charset=windows-1251\">\xC3\xA9", NULL, 0,
           "<meta content=\"text/html; charset=windows-1251\">\xC3\xA9", "UTF-8")},
    {"meta in a comment ignored",
     READ_AS("<!-- <meta charset=koi8-r> --><meta charset=windows-1251>\xC6", NULL, 0,
             "windows-1251")},
    {"meta after an empty comment",
     READ_AS("<!--><meta charset=windows-1251>\xC6", NULL, 0, "windows-1251")},
    {"meta inside an attribute value ignored",
     READ_AS("<div title='<meta charset=koi8-r>'><meta charset=windows-1251>\xC6", NULL, 0,
             "windows-1251")},
    {"NUL byte inside an attribute name",
     READ_AS("<p a\0b=1><meta charset=windows-1251>\xC6", NULL, 0, "windows-1251")},
    {"NUL byte makes charset part of a longer name",
     READ_AS("<meta x\0charset=koi8-r>\xD0\x96", NULL, 0, "UTF-8")},
    {"meta needs a space after its name",
     READ_AS("<metadata charset=koi8-r><meta/charset=windows-1251>\xC6", NULL, 0, "windows-1251")},
    {"meta: first charset attribute wins",
     READ_AS("<meta charset=windows-1251 charset=koi8-r>\xC6", NULL, 0, "windows-1251")},
    {"meta: unknown label goes on",
     READ_AS("<meta charset=x-bogus><meta charset=windows-1251>\xC6", NULL, 0, "windows-1251")},
    {"meta UTF-16 means utf-8", GIVES("<meta charset=\"UTF-16\">\xD0\x96", NULL, 0,
                                      "<meta charset=\"UTF-16\">\xD0\x96", "UTF-8")},
    {"meta utf-16be means utf-8", GIVES("<meta charset=utf-16be>\xD0\x96", NULL, 0,
                                        "<meta charset=utf-16be>\xD0\x96", "UTF-8")},

    /* labels */
    {"latin1 label reads windows-1252",
     GIVES("\x93quoted\x94 \x80 caf\xE9", "ISO-8859-1", 0,
           "\xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x82\xAC caf\xC3\xA9", "windows-1252")},
    {"us-ascii label reads windows-1252",
     GIVES("\x80", "us-ascii", 0, "\xE2\x82\xAC", "windows-1252")},
    {"meta latin1 reads windows-1252", GIVES("<meta charset=latin1>\x93", NULL, 0,
                                             "<meta charset=latin1>\xE2\x80\x9C", "windows-1252")},
    {"windows-1251", GIVES("\xCF\xF0\xE8\xE2\xE5\xF2", "windows-1251", 0,
                           "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82", "windows-1251")},
    /* 日本語, then ① which only Microsoft's CP932 has */
    {"shift_jis", GIVES("\x93\xFA\x96\x7B\x8C\xEA\x87\x40", "shift_jis", 0,
                        "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\xE2\x91\xA0", "Shift_JIS")},
    {"x-sjis", GIVES("\x93\xFA", "x-sjis", 0, "\xE6\x97\xA5", "Shift_JIS")},
    /* 中文, then 镕 which GBK has and GB2312 has not */
    {"gb2312 reads GBK", GIVES("\xD6\xD0\xCE\xC4\xE9\x46", "gb2312", 0,
                               "\xE4\xB8\xAD\xE6\x96\x87\xE9\x95\x95", "GBK")},
    {"gb18030", GIVES("\xD6\xD0", "gb18030", 0, "\xE4\xB8\xAD", "gb18030")},
    {"ks_c_5601-1987", GIVES("\xB0\xA1", "ks_c_5601-1987", 0, "\xEA\xB0\x80", "EUC-KR")},
    {"big5", GIVES("\xA4\xA4", "big5", 0, "\xE4\xB8\xAD", "Big5")},
    {"euc-jp", GIVES("\xA4\xA2", "euc-jp", 0, "\xE3\x81\x82", "EUC-JP")},
    {"iso-2022-jp", GIVES("\x1B$B$\"\x1B(B", "iso-2022-jp", 0, "\xE3\x81\x82", "ISO-2022-JP")},
    {"tis-620", GIVES("\xA1", "tis-620", 0, "\xE0\xB8\x81", "windows-874")},
    {"x-mac-cyrillic", GIVES("\x80", "x-mac-cyrillic", 0, "\xD0\x90", "x-mac-cyrillic")},
    {"koi8-u", GIVES("\xA4", "koi8-u", 0, "\xD1\x94", "KOI8-U")},
    {"iso-8859-2", GIVES("\xA1", "iso-8859-2", 0, "\xC4\x84", "ISO-8859-2")},
    {"iso-8859-9", GIVES("\xD0", "iso-8859-9", 0, "\xC4\x9E", "windows-1254")},
    /* glibc holds a windows-1255 letter back for a possible combining mark */
    {"stateful decoder flushed", GIVES("\xE0", "windows-1255", 0, "\xD7\x90", "windows-1255")},

    /* UTF-16 */
    {"utf-16le BOM", GIVES("\xFF\xFE<\0p\0>\0\x16\x04", NULL, 0, "<p>\xD0\x96", "UTF-16LE")},
    {"utf-16be BOM",
     GIVES("\xFE\xFF\0<\0p\0>\x04\x16", "windows-1252", 0, "<p>\xD0\x96", "UTF-16BE")},
    {"utf-16 declared without BOM", GIVES("a\0b\0", "utf-16", 0, "ab", "UTF-16LE")},
    {"utf-16 lone surrogate and odd byte",
     GIVES("\xFF\xFE\x00\xD8" "a\0b", NULL, 0, FFFD "a" FFFD, "UTF-16LE")},

    /* detection */
    {"undeclared utf-8", GIVES("<p>caf\xC3\xA9 \xE2\x82\xAC</p>", NULL, 0,
                               "<p>caf\xC3\xA9 \xE2\x82\xAC</p>", "UTF-8")},
    {"undeclared ascii", GIVES("plain ascii", NULL, 0, "plain ascii", "UTF-8")},
    {"undeclared truncated utf-8 stays utf-8",
     GIVES("<p>caf\xC3\xA9 \xE2\x82", NULL, 0, "<p>caf\xC3\xA9 " FFFD, "UTF-8")},

    /* repair: one U+FFFD per maximal ill-formed prefix, as browsers do */
    {"invalid utf-8 bytes", GIVES("a\xFF" "b\x80" "c", "utf-8", 0, "a" FFFD "b" FFFD "c", "UTF-8")},
    {"invalid utf-8 prefix", GIVES("a\xE2\x82" "b", "utf-8", 0, "a" FFFD "b", "UTF-8")},
    {"overlong, surrogate and too large", GIVES("\xC0\xAF\xED\xA0\x80\xF4\x90\x80\x80", "utf-8", 0,
                                                FFFD FFFD FFFD FFFD FFFD FFFD FFFD FFFD FFFD,
                                                "UTF-8")},
    {"utf-8 cut at the end", GIVES("ab\xF0\x9F\x98", "utf-8", 0, "ab" FFFD, "UTF-8")},
    {"shift_jis cut at the end", GIVES("ab\x93", "shift_jis", 0, "ab" FFFD, "Shift_JIS")},
    {"gbk cut at the end", GIVES("ab\xD6", "gbk", 0, "ab" FFFD, "GBK")},
    {"invalid multibyte sequence goes on",
     GIVES("a\xFF" "b\x93\xFA", "shift_jis", 0, "a" FFFD "b\xE6\x97\xA5", "Shift_JIS")},
    {"NUL bytes kept in a legacy charset", BYTES("a\0b\xC6"), "windows-1251", 0, DC_OK,
     BYTES("a\0b\xD0\x96"), NULL},
    {"NUL bytes kept undeclared", BYTES("a\0b"), NULL, 0, DC_OK, BYTES("a\0b"), NULL},
    {"empty input", GIVES("", NULL, 0, "", "UTF-8")},
    {"empty input, forced", GIVES("", "windows-1251", 1, "", "windows-1251")},
    {"only a BOM", GIVES("\xEF\xBB\xBF", NULL, 0, "", "UTF-8")},
};

START_TEST(test_decode_case)
{
    const decode_case *c = &decode_cases[_i];
    decoded d = decode_len(c->in, c->in_len, c->declared, c->force);
    ck_assert_msg(d.status == c->status, "%s: status %d, want %d", c->name, (int)d.status,
                  (int)c->status);
    if (c->want) {
        ck_assert_msg(d.text != NULL, "%s: no text", c->name);
        /* the terminating NUL too */
        ck_assert_msg(d.len == c->want_len && memcmp(d.text, c->want, c->want_len + 1) == 0,
                      "%s: text \"%s\" (%zu bytes), want \"%s\" (%zu bytes)", c->name, d.text,
                      d.len, c->want, c->want_len);
    }
    if (c->used)
        ck_assert_msg(d.used && strcmp(d.used, c->used) == 0, "%s: read as %s, want %s",
                      c->name, d.used ? d.used : "(null)", c->used);
    decoded_free(&d);
}
END_TEST

/* ------------------------------------------------------------ built inputs */

START_TEST(test_meta_http_equiv)
{
    const char *page = "<head><meta http-equiv=\"Content-Type\" "
                       "content=\"text/html; charset=koi8-r\">\xC6";
    decoded d = decode(page, NULL);
    ck_assert_int_eq(d.status, DC_OK);
    ck_assert_str_eq(d.used, "KOI8-R");
    ck_assert_ptr_nonnull(strstr(d.text, "koi8-r\">\xD1\x84"));
    decoded_free(&d);
}
END_TEST

START_TEST(test_meta_after_1024_bytes_ignored)
{
    char page[1200];
    memset(page, ' ', 1100);
    strcpy(page + 1100, "<meta charset=koi8-r>\xD0\x96");
    decoded d = decode(page, NULL);
    ck_assert_str_eq(d.used, "UTF-8");
    decoded_free(&d);
}
END_TEST

START_TEST(test_meta_cut_at_1024_bytes_ignored)
{
    char page[1200];
    memset(page, ' ', 1010);
    strcpy(page + 1010, "<meta charset=\"koi8-r\">\xD0\x96");
    decoded d = decode(page, NULL);
    ck_assert_str_eq(d.used, "UTF-8");
    decoded_free(&d);
}
END_TEST

START_TEST(test_undeclared_cp1251_detected)
{
    const char *text =
        "<html><head><title>Новости</title></head><body><p>"
        "В понедельник городская дума обсудила ремонт старого моста через реку, который был "
        "сильно повреждён весенним паводком. Жители и инженеры согласились, что работы надо "
        "закончить до осени, когда начинаются дожди и движение по мосту становится опасным."
        "</p></body></html>";
    size_t len;
    char *page = encode(text, "WINDOWS-1251", &len);
    decoded d = decode_len(page, len, NULL, 0);
    free(page);
    assert_decodes(&d, text, "windows-1251");
}
END_TEST

START_TEST(test_undeclared_unknown_bytes_fall_back_to_windows_1252)
{
    decoded d = decode("x\x80", NULL);
    ck_assert_int_eq(d.status, DC_OK);
    ck_assert(tu_valid_utf8((const unsigned char *)d.text, d.len));
    decoded_free(&d);
}
END_TEST

/* Pseudo-random bytes under many labels, forced or not, must always give
 * NUL-terminated valid UTF-8. */
START_TEST(test_output_always_valid_utf8)
{
    static const char *const labels[] = {
        NULL, "utf-8", "windows-1252", "shift_jis", "euc-jp", "iso-2022-jp", "gbk",
        "gb18030", "big5", "euc-kr", "koi8-r", "utf-16le", "utf-16be", "windows-1255",
        "windows-1258", "x-mac-cyrillic",
    };
    unsigned long seed = 12345;
    char page[512];
    for (int round = 0; round < 400; round++) {
        size_t len = (size_t)round % sizeof page;
        for (size_t i = 0; i < len; i++) {
            seed = seed * 6364136223846793005UL + 1442695040888963407UL;
            page[i] = (char)(seed >> 33);
        }
        const char *label = labels[(size_t)round % (DCX_COUNTOF(labels))];
        decoded d = decode_len(page, len, label, round & 1);
        ck_assert_int_eq(d.status, DC_OK);
        ck_assert_int_eq(d.text[d.len], '\0');
        ck_assert_msg(tu_valid_utf8((const unsigned char *)d.text, d.len), "round %d (%s)", round,
                      label ? label : "none");
        decoded_free(&d);
    }
}
END_TEST

/* ------------------------------------------------------------ data files */

/* Names of the pages in CHARSET_DATA_DIR (each <name>.html), filled by suite(). */
#define MAX_PAGES 64
static char *pages[MAX_PAGES];
static int page_count;

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0, got;
    char *data = malloc(cap + 1);
    ck_assert_ptr_nonnull(data);
    while ((got = fread(data + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            cap *= 2;
            data = realloc(data, cap + 1);
            ck_assert_ptr_nonnull(data);
        }
    }
    fclose(f);
    data[n] = '\0';
    *len = n;
    return data;
}

static char *read_data(const char *name, const char *ext, size_t *len)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s%s", CHARSET_DATA_DIR, name, ext);
    return read_file(path, len);
}

/* The n-th line (from 0) of text, in place; NULL when there are fewer. */
static char *line_of(char *text, int n)
{
    for (; n > 0 && text; n--) {
        text = strchr(text, '\n');
        if (text)
            text++;
    }
    if (text)
        text[strcspn(text, "\r\n")] = '\0';
    return text;
}

START_TEST(test_data_page)
{
    const char *name = pages[_i];
    size_t len, ctype_len, expected_len;
    char *html = read_data(name, ".html", &len);
    ck_assert_ptr_nonnull(html);
    char *ctype = read_data(name, ".ctype", &ctype_len);
    if (ctype)
        line_of(ctype, 0);
    char *expected = read_data(name, ".expected.txt", &expected_len);
    ck_assert_msg(expected != NULL, "%s: no .expected.txt", name);
    const char *paragraph = line_of(expected, 2);
    ck_assert_msg(paragraph && *paragraph, "%s: no first paragraph in .expected.txt", name);
    decoded d = decode_len(html, len, ctype, 0);
    ck_assert_int_eq(d.status, DC_OK);
    ck_assert(tu_valid_utf8((const unsigned char *)d.text, d.len));
    ck_assert_msg(strstr(d.text, paragraph) != NULL, "%s (read as %s): \"%s\" not found", name,
                  d.used, paragraph);
    decoded_free(&d);
    free(expected);
    free(ctype);
    free(html);
}
END_TEST

START_TEST(test_data_present)
{
    ck_assert_msg(page_count > 0, "no pages in " CHARSET_DATA_DIR);
}
END_TEST

static void find_pages(void)
{
    DIR *dir = opendir(CHARSET_DATA_DIR);
    if (!dir)
        return;
    struct dirent *e;
    while ((e = readdir(dir)) != NULL && page_count < MAX_PAGES) {
        size_t n = strlen(e->d_name);
        if (n > 5 && strcmp(e->d_name + n - 5, ".html") == 0)
            pages[page_count++] = strndup(e->d_name, n - 5);
    }
    closedir(dir);
}

static void free_pages(void)
{
    for (int i = 0; i < page_count; i++)
        free(pages[i]);
}

/*
 * dc_content_type_charset: the one reading of a Content-Type's charset, which
 * the CLI's fetcher uses. The single-case tests are where the fetcher's own
 * parser, before this one, read something else.
 */
typedef struct content_type_case {
    const char *in;
    const char *want;
} content_type_case;

static const content_type_case content_type_cases[] = {
    {"text/html; charset=utf-8", "utf-8"},
    {"text/html;charset=\"Shift_JIS\"", "Shift_JIS"},
    {"text/html;charset='Shift_JIS'", "Shift_JIS"},
    {"text/html; foo=bar; Charset = windows-1252 ", "windows-1252"},
    {"text/html; charset; charset=koi8-r", "koi8-r"},
    {"text/html", ""},
    {"text/html; charset=", ""},
    {"", ""},
};

static void assert_content_type_charset(const char *in, const char *want)
{
    char out[64] = "junk";
    size_t n = dc_content_type_charset(in, out, sizeof out);
    ck_assert_str_eq(out, want);
    ck_assert_uint_eq(n, strlen(want));
}

START_TEST(test_content_type_charset_cases)
{
    assert_content_type_charset(content_type_cases[_i].in, content_type_cases[_i].want);
}
END_TEST

START_TEST(test_content_type_unclosed_quote_means_none)
{
    assert_content_type_charset("text/html; charset=\"koi8-r", "");
}
END_TEST

START_TEST(test_content_type_mismatched_quotes_mean_none)
{
    assert_content_type_charset("text/html; charset='koi8-r\"", "");
}
END_TEST

START_TEST(test_content_type_stray_quote_is_part_of_the_value)
{
    assert_content_type_charset("text/html; charset=koi8-r\"", "koi8-r\"");
}
END_TEST

START_TEST(test_content_type_charset_without_semicolon)
{
    assert_content_type_charset("text/html charset=koi8-r", "koi8-r");
}
END_TEST

START_TEST(test_content_type_newline_before_charset)
{
    assert_content_type_charset("text/html;\ncharset=koi8-r", "koi8-r");
}
END_TEST

START_TEST(test_content_type_form_feed_and_cr_around_value)
{
    assert_content_type_charset("text/html; charset=\fkoi8-r\r", "koi8-r");
}
END_TEST

START_TEST(test_content_type_charset_must_fit)
{
    char out[7] = "junk";
    ck_assert_uint_eq(dc_content_type_charset("text/html; charset=koi8-r", out, 7), 6);
    ck_assert_str_eq(out, "koi8-r");
    ck_assert_uint_eq(dc_content_type_charset("text/html; charset=koi8-r", out, 6), 0);
    ck_assert_str_eq(out, "");
    ck_assert_uint_eq(dc_content_type_charset(NULL, out, sizeof out), 0);
    ck_assert_str_eq(out, "");
}
END_TEST

static const char *const odd_headers[] = {
    "text/html; charset=\"koi8-r", "text/html charset=koi8-r",
    "text/html; charset=\fkoi8-r\r", "text/html; charset=koi8-r\"",
};

/* The label the CLI extracts decodes a page as the whole header would. */
START_TEST(test_content_type_label_decodes_as_the_header)
{
    const char *ct = odd_headers[_i];
    char label[64];
    decoded whole = decode_len("\xf0\xd2\xc9", 3, ct, 0);
    decoded part = decode_len("\xf0\xd2\xc9", 3,
                              dc_content_type_charset(ct, label, sizeof label) ? label : NULL, 0);
    ck_assert_int_eq(whole.status, DC_OK);
    ck_assert_int_eq(part.status, DC_OK);
    ck_assert_str_eq(part.used, whole.used);
    decoded_free(&whole);
    decoded_free(&part);
}
END_TEST

static TCase *content_type_tcase(void)
{
    TCase *t = tcase_create("content-type");
    tcase_add_loop_test(t, test_content_type_charset_cases, 0,
                        DCX_COUNTOF(content_type_cases));
    tcase_add_test(t, test_content_type_unclosed_quote_means_none);
    tcase_add_test(t, test_content_type_mismatched_quotes_mean_none);
    tcase_add_test(t, test_content_type_stray_quote_is_part_of_the_value);
    tcase_add_test(t, test_content_type_charset_without_semicolon);
    tcase_add_test(t, test_content_type_newline_before_charset);
    tcase_add_test(t, test_content_type_form_feed_and_cr_around_value);
    tcase_add_test(t, test_content_type_charset_must_fit);
    tcase_add_loop_test(t, test_content_type_label_decodes_as_the_header, 0,
                        DCX_COUNTOF(odd_headers));
    return t;
}

static Suite *charset_suite(void)
{
    Suite *s = suite_create("charset");

    TCase *table = tcase_create("decode");
    int ncases = (int)(DCX_COUNTOF(decode_cases));
    tcase_add_loop_test(table, test_decode_case, 0, ncases);
    suite_add_tcase(s, table);

    TCase *built = tcase_create("built");
    tcase_add_test(built, test_meta_http_equiv);
    tcase_add_test(built, test_meta_after_1024_bytes_ignored);
    tcase_add_test(built, test_meta_cut_at_1024_bytes_ignored);
    tcase_add_test(built, test_undeclared_cp1251_detected);
    tcase_add_test(built, test_undeclared_unknown_bytes_fall_back_to_windows_1252);
    tcase_add_test(built, test_output_always_valid_utf8);
    suite_add_tcase(s, built);

    TCase *data = tcase_create("data");
    tcase_add_test(data, test_data_present);
    tcase_add_loop_test(data, test_data_page, 0, page_count);
    suite_add_tcase(s, data);
    suite_add_tcase(s, content_type_tcase());
    return s;
}

int main(void)
{
    find_pages();
    SRunner *sr = srunner_create(charset_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    free_pages();
    return failed == 0 ? 0 : 1;
}
