/* Unit tests of charset choice (BOM, declared, <meta>, detection) and decoding. */
#include <check.h>
#include <dirent.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "utf8check.h"

#define CHARSET_DATA_DIR TEST_DATA_DIR "/charset"
#define FFFD "\xEF\xBF\xBD"

/* One call of dc_charset_decode; text is owned and freed by decoded_free. */
typedef struct decoded {
    dc_status status;
    char *text;
    size_t len;
    const char *used;
} decoded;

static decoded decode_len(const char *in, size_t len, const char *declared, int force)
{
    decoded d = {DC_STATUS_COUNT, NULL, (size_t)-1, NULL};
    d.status = dc_charset_decode(in, len, declared, force, &d.text, &d.len, &d.used);
    return d;
}

/* A string literal that may hold NUL bytes, decoded whole. */
#define decode_bytes(lit, declared, force) decode_len((lit), sizeof(lit) - 1, (declared), (force))

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

START_TEST(test_utf8_bom_beats_meta)
{
    decoded d = decode("\xEF\xBB\xBF<meta charset=\"windows-1251\">\xD0\x96", NULL);
    assert_decodes(&d, "<meta charset=\"windows-1251\">\xD0\x96", "UTF-8");
}
END_TEST

START_TEST(test_bom_beats_declared)
{
    decoded d = decode("\xEF\xBB\xBF\xD0\x96", "windows-1251");
    assert_decodes(&d, "\xD0\x96", "UTF-8");
}
END_TEST

START_TEST(test_forced_beats_bom)
{
    decoded d = decode_bytes("\xEF\xBB\xBF" "a", "windows-1252", 1);
    assert_decodes(&d, "\xC3\xAF\xC2\xBB\xC2\xBF" "a", "windows-1252");
}
END_TEST

START_TEST(test_forced_beats_meta)
{
    decoded d = decode_bytes("<meta charset=utf-8>\xC6", "koi8-r", 1);
    assert_decodes(&d, "<meta charset=utf-8>\xD1\x84", "KOI8-R");
}
END_TEST

START_TEST(test_forced_utf8_drops_its_bom)
{
    decoded d = decode_bytes("\xEF\xBB\xBF" "a", "utf-8", 1);
    assert_decodes(&d, "a", "UTF-8");
}
END_TEST

START_TEST(test_declared_beats_meta)
{
    decoded d = decode("<meta charset=\"iso-8859-1\"><p>\xC6</p>", "windows-1251");
    assert_decodes(&d, "<meta charset=\"iso-8859-1\"><p>\xD0\x96</p>", "windows-1251");
}
END_TEST

START_TEST(test_declared_content_type_value)
{
    decoded d = decode("\x93\xFA", "text/html; charset=\"Shift_JIS\"");
    assert_decodes(&d, "\xE6\x97\xA5", "Shift_JIS");
    d = decode("\xC6", "text/html;charset=windows-1251; q=1");
    assert_decodes(&d, "\xD0\x96", "windows-1251");
}
END_TEST

START_TEST(test_declared_label_trimmed_any_case)
{
    decoded d = decode("\xC6", "  WINDOWS-1251\t");
    assert_decodes(&d, "\xD0\x96", "windows-1251");
}
END_TEST

START_TEST(test_unknown_declared_label_ignored)
{
    decoded d = decode("<meta charset=windows-1251>\xC6", "x-no-such-charset");
    assert_decodes(&d, "<meta charset=windows-1251>\xD0\x96", "windows-1251");
    d = decode("<meta charset=windows-1251>\xC6", "text/html");
    assert_decodes(&d, "<meta charset=windows-1251>\xD0\x96", "windows-1251");
}
END_TEST

START_TEST(test_forced_unknown_label_is_bad_charset)
{
    decoded d = decode_bytes("abc", "x-no-such-charset", 1);
    ck_assert_int_eq(d.status, DC_BAD_CHARSET);
    d = decode_bytes("abc", "", 1);
    ck_assert_int_eq(d.status, DC_BAD_CHARSET);
    d = decode_bytes("abc", "text/html; charset=", 1);
    ck_assert_int_eq(d.status, DC_BAD_CHARSET);
}
END_TEST

START_TEST(test_force_without_label_is_not_forced)
{
    decoded d = decode_bytes("<meta charset=koi8-r>\xC6", NULL, 1);
    assert_decodes(&d, "<meta charset=koi8-r>\xD1\x84", "KOI8-R");
}
END_TEST

/* ------------------------------------------------------------ prescan */

START_TEST(test_meta_charset)
{
    decoded d = decode("<!DOCTYPE html><html><head><META CharSet='Windows-1251'></head>\xC6", NULL);
    assert_decodes(&d, "<!DOCTYPE html><html><head><META CharSet='Windows-1251'></head>\xD0\x96",
                   "windows-1251");
}
END_TEST

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

START_TEST(test_meta_http_equiv_after_content)
{
    decoded d = decode("<meta content='text/html;charset=windows-1251' "
                       "http-equiv=content-type>\xC6", NULL);
    ck_assert_str_eq(d.used, "windows-1251");
    decoded_free(&d);
}
END_TEST

START_TEST(test_meta_content_without_pragma_ignored)
{
    decoded d = decode("<meta content=\"text/html; charset=windows-1251\">\xC3\xA9", NULL);
    assert_decodes(&d, "<meta content=\"text/html; charset=windows-1251\">\xC3\xA9", "UTF-8");
}
END_TEST

START_TEST(test_meta_in_comment_ignored)
{
    decoded d = decode("<!-- <meta charset=koi8-r> --><meta charset=windows-1251>\xC6", NULL);
    ck_assert_str_eq(d.used, "windows-1251");
    decoded_free(&d);
    d = decode("<!--><meta charset=windows-1251>\xC6", NULL);
    ck_assert_str_eq(d.used, "windows-1251");
    decoded_free(&d);
}
END_TEST

START_TEST(test_meta_inside_attribute_value_ignored)
{
    decoded d = decode("<div title='<meta charset=koi8-r>'><meta charset=windows-1251>\xC6",
                       NULL);
    ck_assert_str_eq(d.used, "windows-1251");
    decoded_free(&d);
}
END_TEST

START_TEST(test_meta_nul_byte_is_part_of_a_name)
{
    decoded d = decode_bytes("<p a\0b=1><meta charset=windows-1251>\xC6", NULL, 0);
    ck_assert_str_eq(d.used, "windows-1251");
    decoded_free(&d);
    d = decode_bytes("<meta x\0charset=koi8-r>\xD0\x96", NULL, 0);
    ck_assert_str_eq(d.used, "UTF-8");
    decoded_free(&d);
}
END_TEST

START_TEST(test_meta_needs_space_after_name)
{
    decoded d = decode("<metadata charset=koi8-r><meta/charset=windows-1251>\xC6", NULL);
    ck_assert_str_eq(d.used, "windows-1251");
    decoded_free(&d);
}
END_TEST

START_TEST(test_meta_first_charset_attribute_wins)
{
    decoded d = decode("<meta charset=windows-1251 charset=koi8-r>\xC6", NULL);
    ck_assert_str_eq(d.used, "windows-1251");
    decoded_free(&d);
}
END_TEST

START_TEST(test_meta_unknown_label_goes_on)
{
    decoded d = decode("<meta charset=x-bogus><meta charset=windows-1251>\xC6", NULL);
    ck_assert_str_eq(d.used, "windows-1251");
    decoded_free(&d);
}
END_TEST

START_TEST(test_meta_utf16_means_utf8)
{
    decoded d = decode("<meta charset=\"UTF-16\">\xD0\x96", NULL);
    assert_decodes(&d, "<meta charset=\"UTF-16\">\xD0\x96", "UTF-8");
    d = decode("<meta charset=utf-16be>\xD0\x96", NULL);
    assert_decodes(&d, "<meta charset=utf-16be>\xD0\x96", "UTF-8");
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

/* Bytes that are UTF-8 beyond ASCII are read as UTF-8 whatever the page or
 * the server declares: pages saved or served as UTF-8 often keep declaring
 * their old charset, and legacy text is almost never valid UTF-8. */
START_TEST(test_utf8_bytes_beat_a_legacy_declaration)
{
    decoded d = decode("<meta charset=gb2312><p>\xE4\xB8\xAD\xE6\x96\x87</p>", NULL);
    assert_decodes(&d, "<meta charset=gb2312><p>\xE4\xB8\xAD\xE6\x96\x87</p>", "UTF-8");
    d = decode("caf\xC3\xA9", "text/html; charset=ISO-8859-1");
    assert_decodes(&d, "caf\xC3\xA9", "UTF-8");
    /* Not once it is forced. */
    d = decode_bytes("caf\xC3\xA9", "iso-8859-1", 1);
    assert_decodes(&d, "caf\xC3\x83\xC2\xA9", "windows-1252");
    /* Legacy bytes that are not UTF-8 keep their charset. */
    d = decode("<meta charset=gb2312><p>\xD6\xD0\xCE\xC4</p>", NULL);
    assert_decodes(&d, "<meta charset=gb2312><p>\xE4\xB8\xAD\xE6\x96\x87</p>", "GBK");
    /* ASCII is ASCII in both: the declaration stands. */
    d = decode("<meta charset=koi8-r>abc", NULL);
    assert_decodes(&d, "<meta charset=koi8-r>abc", "KOI8-R");
    /* A sequence cut off by the end is no evidence. */
    d = decode("ab\xD0", "windows-1251");
    assert_decodes(&d, "ab\xD0\xA0", "windows-1251");
}
END_TEST

/* ------------------------------------------------------------ labels */

START_TEST(test_latin1_label_reads_windows_1252)
{
    decoded d = decode("\x93quoted\x94 \x80 caf\xE9", "ISO-8859-1");
    assert_decodes(&d, "\xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x82\xAC caf\xC3\xA9", "windows-1252");
    d = decode("\x80", "us-ascii");
    assert_decodes(&d, "\xE2\x82\xAC", "windows-1252");
    d = decode("<meta charset=latin1>\x93", NULL);
    assert_decodes(&d, "<meta charset=latin1>\xE2\x80\x9C", "windows-1252");
}
END_TEST

START_TEST(test_windows_1251)
{
    decoded d = decode("\xCF\xF0\xE8\xE2\xE5\xF2", "windows-1251");
    assert_decodes(&d, "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82", "windows-1251");
}
END_TEST

START_TEST(test_shift_jis)
{
    /* 日本語, then ① which only Microsoft's CP932 has */
    decoded d = decode("\x93\xFA\x96\x7B\x8C\xEA\x87\x40", "shift_jis");
    assert_decodes(&d, "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\xE2\x91\xA0", "Shift_JIS");
    d = decode("\x93\xFA", "x-sjis");
    assert_decodes(&d, "\xE6\x97\xA5", "Shift_JIS");
}
END_TEST

START_TEST(test_gbk)
{
    /* 中文, then 镕 which GBK has and GB2312 has not */
    decoded d = decode("\xD6\xD0\xCE\xC4\xE9\x46", "gb2312");
    assert_decodes(&d, "\xE4\xB8\xAD\xE6\x96\x87\xE9\x95\x95", "GBK");
    d = decode("\xD6\xD0", "gb18030");
    assert_decodes(&d, "\xE4\xB8\xAD", "gb18030");
}
END_TEST

START_TEST(test_other_labels)
{
    decoded d = decode("\xB0\xA1", "ks_c_5601-1987");
    assert_decodes(&d, "\xEA\xB0\x80", "EUC-KR");
    d = decode("\xA4\xA4", "big5");
    assert_decodes(&d, "\xE4\xB8\xAD", "Big5");
    d = decode("\xA4\xA2", "euc-jp");
    assert_decodes(&d, "\xE3\x81\x82", "EUC-JP");
    d = decode("\x1B$B$\"\x1B(B", "iso-2022-jp");
    assert_decodes(&d, "\xE3\x81\x82", "ISO-2022-JP");
    d = decode("\xA1", "tis-620");
    assert_decodes(&d, "\xE0\xB8\x81", "windows-874");
    d = decode("\x80", "x-mac-cyrillic");
    assert_decodes(&d, "\xD0\x90", "x-mac-cyrillic");
    d = decode("\xA4", "koi8-u");
    assert_decodes(&d, "\xD1\x94", "KOI8-U");
    d = decode("\xA1", "iso-8859-2");
    assert_decodes(&d, "\xC4\x84", "ISO-8859-2");
    d = decode("\xD0", "iso-8859-9");
    assert_decodes(&d, "\xC4\x9E", "windows-1254");
}
END_TEST

START_TEST(test_stateful_decoder_flushed)
{
    /* glibc holds a windows-1255 letter back for a possible combining mark */
    decoded d = decode("\xE0", "windows-1255");
    assert_decodes(&d, "\xD7\x90", "windows-1255");
}
END_TEST

/* ------------------------------------------------------------ UTF-16 */

START_TEST(test_utf16le_bom)
{
    decoded d = decode_bytes("\xFF\xFE<\0p\0>\0\x16\x04", NULL, 0);
    assert_decodes(&d, "<p>\xD0\x96", "UTF-16LE");
}
END_TEST

START_TEST(test_utf16be_bom)
{
    decoded d = decode_bytes("\xFE\xFF\0<\0p\0>\x04\x16", "windows-1252", 0);
    assert_decodes(&d, "<p>\xD0\x96", "UTF-16BE");
}
END_TEST

START_TEST(test_utf16_declared_without_bom)
{
    decoded d = decode_bytes("a\0b\0", "utf-16", 0);
    assert_decodes(&d, "ab", "UTF-16LE");
}
END_TEST

START_TEST(test_utf16_lone_surrogate_and_odd_byte)
{
    decoded d = decode_bytes("\xFF\xFE\x00\xD8" "a\0b", NULL, 0);
    assert_decodes(&d, FFFD "a" FFFD, "UTF-16LE");
}
END_TEST

/* ------------------------------------------------------------ detection */

START_TEST(test_undeclared_utf8)
{
    decoded d = decode("<p>caf\xC3\xA9 \xE2\x82\xAC</p>", NULL);
    assert_decodes(&d, "<p>caf\xC3\xA9 \xE2\x82\xAC</p>", "UTF-8");
    d = decode("plain ascii", NULL);
    assert_decodes(&d, "plain ascii", "UTF-8");
}
END_TEST

START_TEST(test_undeclared_truncated_utf8_stays_utf8)
{
    decoded d = decode("<p>caf\xC3\xA9 \xE2\x82", NULL);
    assert_decodes(&d, "<p>caf\xC3\xA9 " FFFD, "UTF-8");
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

/* ------------------------------------------------------------ repair */

START_TEST(test_invalid_utf8_becomes_replacement)
{
    decoded d = decode("a\xFF" "b\x80" "c", "utf-8");
    assert_decodes(&d, "a" FFFD "b" FFFD "c", "UTF-8");
    /* one U+FFFD per maximal ill-formed prefix, as browsers do */
    d = decode("a\xE2\x82" "b", "utf-8");
    assert_decodes(&d, "a" FFFD "b", "UTF-8");
    d = decode("\xC0\xAF\xED\xA0\x80\xF4\x90\x80\x80", "utf-8");
    assert_decodes(&d, FFFD FFFD FFFD FFFD FFFD FFFD FFFD FFFD FFFD, "UTF-8");
}
END_TEST

START_TEST(test_truncated_sequence_at_end)
{
    decoded d = decode("ab\xF0\x9F\x98", "utf-8");
    assert_decodes(&d, "ab" FFFD, "UTF-8");
    d = decode("ab\x93", "shift_jis");
    assert_decodes(&d, "ab" FFFD, "Shift_JIS");
    d = decode("ab\xD6", "gbk");
    assert_decodes(&d, "ab" FFFD, "GBK");
}
END_TEST

START_TEST(test_invalid_multibyte_sequence_goes_on)
{
    decoded d = decode("a\xFF" "b\x93\xFA", "shift_jis");
    assert_decodes(&d, "a" FFFD "b\xE6\x97\xA5", "Shift_JIS");
}
END_TEST

START_TEST(test_nul_bytes_kept)
{
    decoded d = decode_bytes("a\0b\xC6", "windows-1251", 0);
    ck_assert_int_eq(d.status, DC_OK);
    ck_assert_uint_eq(d.len, 5);
    ck_assert_int_eq(memcmp(d.text, "a\0b\xD0\x96", 6), 0);
    decoded_free(&d);
    d = decode_bytes("a\0b", NULL, 0);
    ck_assert_uint_eq(d.len, 3);
    ck_assert_int_eq(memcmp(d.text, "a\0b", 4), 0);
    decoded_free(&d);
}
END_TEST

START_TEST(test_empty_input)
{
    decoded d = decode_bytes("", NULL, 0);
    assert_decodes(&d, "", "UTF-8");
    d = decode_bytes("", "windows-1251", 1);
    assert_decodes(&d, "", "windows-1251");
    d = decode_bytes("\xEF\xBB\xBF", NULL, 0);
    assert_decodes(&d, "", "UTF-8");
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
        const char *label = labels[(size_t)round % (sizeof labels / sizeof labels[0])];
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
                        sizeof content_type_cases / sizeof content_type_cases[0]);
    tcase_add_test(t, test_content_type_unclosed_quote_means_none);
    tcase_add_test(t, test_content_type_mismatched_quotes_mean_none);
    tcase_add_test(t, test_content_type_stray_quote_is_part_of_the_value);
    tcase_add_test(t, test_content_type_charset_without_semicolon);
    tcase_add_test(t, test_content_type_newline_before_charset);
    tcase_add_test(t, test_content_type_form_feed_and_cr_around_value);
    tcase_add_test(t, test_content_type_charset_must_fit);
    tcase_add_loop_test(t, test_content_type_label_decodes_as_the_header, 0,
                        sizeof odd_headers / sizeof odd_headers[0]);
    return t;
}

static Suite *charset_suite(void)
{
    Suite *s = suite_create("charset");

    TCase *order = tcase_create("order");
    tcase_add_test(order, test_utf8_bom_beats_meta);
    tcase_add_test(order, test_bom_beats_declared);
    tcase_add_test(order, test_forced_beats_bom);
    tcase_add_test(order, test_forced_beats_meta);
    tcase_add_test(order, test_forced_utf8_drops_its_bom);
    tcase_add_test(order, test_declared_beats_meta);
    tcase_add_test(order, test_utf8_bytes_beat_a_legacy_declaration);
    tcase_add_test(order, test_declared_content_type_value);
    tcase_add_test(order, test_declared_label_trimmed_any_case);
    tcase_add_test(order, test_unknown_declared_label_ignored);
    tcase_add_test(order, test_forced_unknown_label_is_bad_charset);
    tcase_add_test(order, test_force_without_label_is_not_forced);
    suite_add_tcase(s, order);

    TCase *meta = tcase_create("prescan");
    tcase_add_test(meta, test_meta_charset);
    tcase_add_test(meta, test_meta_http_equiv);
    tcase_add_test(meta, test_meta_http_equiv_after_content);
    tcase_add_test(meta, test_meta_content_without_pragma_ignored);
    tcase_add_test(meta, test_meta_in_comment_ignored);
    tcase_add_test(meta, test_meta_inside_attribute_value_ignored);
    tcase_add_test(meta, test_meta_needs_space_after_name);
    tcase_add_test(meta, test_meta_nul_byte_is_part_of_a_name);
    tcase_add_test(meta, test_meta_first_charset_attribute_wins);
    tcase_add_test(meta, test_meta_unknown_label_goes_on);
    tcase_add_test(meta, test_meta_utf16_means_utf8);
    tcase_add_test(meta, test_meta_after_1024_bytes_ignored);
    tcase_add_test(meta, test_meta_cut_at_1024_bytes_ignored);
    suite_add_tcase(s, meta);

    TCase *labels = tcase_create("labels");
    tcase_add_test(labels, test_latin1_label_reads_windows_1252);
    tcase_add_test(labels, test_windows_1251);
    tcase_add_test(labels, test_shift_jis);
    tcase_add_test(labels, test_gbk);
    tcase_add_test(labels, test_other_labels);
    tcase_add_test(labels, test_stateful_decoder_flushed);
    tcase_add_test(labels, test_utf16le_bom);
    tcase_add_test(labels, test_utf16be_bom);
    tcase_add_test(labels, test_utf16_declared_without_bom);
    tcase_add_test(labels, test_utf16_lone_surrogate_and_odd_byte);
    suite_add_tcase(s, labels);

    TCase *detect = tcase_create("detection");
    tcase_add_test(detect, test_undeclared_utf8);
    tcase_add_test(detect, test_undeclared_truncated_utf8_stays_utf8);
    tcase_add_test(detect, test_undeclared_cp1251_detected);
    tcase_add_test(detect, test_undeclared_unknown_bytes_fall_back_to_windows_1252);
    suite_add_tcase(s, detect);

    TCase *repair = tcase_create("repair");
    tcase_add_test(repair, test_invalid_utf8_becomes_replacement);
    tcase_add_test(repair, test_truncated_sequence_at_end);
    tcase_add_test(repair, test_invalid_multibyte_sequence_goes_on);
    tcase_add_test(repair, test_nul_bytes_kept);
    tcase_add_test(repair, test_empty_input);
    tcase_add_test(repair, test_output_always_valid_utf8);
    suite_add_tcase(s, repair);

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
