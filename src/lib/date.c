#include "date.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "sizes.h"
#include "words.h"

/* A date being read; -1 for a part not seen. */
typedef struct when {
    int year, month, day;
    int hour, min, sec;
    int meridiem;     /* 0 none, 1 am, 2 pm */
    int has_offset;
    int offset;       /* minutes east of UTC */
} when;

typedef struct word_value {
    const char *word;   /* lower case (case-folded), NFC */
    int value;
} word_value;

/* Month names and their usual abbreviations, case-folded: English, German,
 * Polish (nominative and genitive), Spanish, French, Italian, Dutch,
 * Portuguese, Russian (nominative, genitive, abbreviated), Czech, Swedish, Turkish. */
static const word_value months[] = {
    {"january", 1}, {"jan", 1}, {"februari", 2}, {"february", 2}, {"feb", 2},
    {"march", 3}, {"mar", 3}, {"april", 4}, {"apr", 4}, {"may", 5}, {"june", 6},
    {"jun", 6}, {"july", 7}, {"jul", 7}, {"august", 8}, {"aug", 8}, {"september", 9},
    {"sep", 9}, {"sept", 9}, {"october", 10}, {"oct", 10}, {"november", 11}, {"nov", 11},
    {"december", 12}, {"dec", 12},
    /* German */
    {"januar", 1}, {"jänner", 1}, {"februar", 2}, {"märz", 3}, {"mär", 3}, {"mrz", 3},
    {"mai", 5}, {"juni", 6}, {"juli", 7}, {"oktober", 10}, {"okt", 10}, {"dezember", 12},
    {"dez", 12},
    /* Polish */
    {"styczeń", 1}, {"stycznia", 1}, {"luty", 2}, {"lutego", 2}, {"marzec", 3},
    {"marca", 3}, {"kwiecień", 4}, {"kwietnia", 4}, {"maj", 5}, {"maja", 5},
    {"czerwiec", 6}, {"czerwca", 6}, {"lipiec", 7}, {"lipca", 7}, {"sierpień", 8},
    {"sierpnia", 8}, {"wrzesień", 9}, {"września", 9}, {"październik", 10},
    {"października", 10}, {"listopad", 11}, {"listopada", 11}, {"grudzień", 12},
    {"grudnia", 12},
    /* Spanish */
    {"enero", 1}, {"ene", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"abr", 4},
    {"mayo", 5}, {"junio", 6}, {"julio", 7}, {"agosto", 8}, {"ago", 8},
    {"septiembre", 9}, {"setiembre", 9}, {"octubre", 10}, {"noviembre", 11},
    {"diciembre", 12}, {"dic", 12},
    /* French */
    {"janvier", 1}, {"janv", 1}, {"février", 2}, {"fevrier", 2}, {"févr", 2}, {"mars", 3},
    {"avril", 4}, {"avr", 4}, {"juin", 6}, {"juillet", 7}, {"juil", 7}, {"août", 8},
    {"aout", 8}, {"septembre", 9}, {"octobre", 10}, {"novembre", 11}, {"décembre", 12},
    {"decembre", 12}, {"déc", 12},
    /* Italian */
    {"gennaio", 1}, {"gen", 1}, {"febbraio", 2}, {"aprile", 4}, {"maggio", 5}, {"mag", 5},
    {"giugno", 6}, {"giu", 6}, {"luglio", 7}, {"lug", 7}, {"settembre", 9}, {"set", 9},
    {"ottobre", 10}, {"ott", 10}, {"dicembre", 12},
    /* Dutch */
    {"januari", 1}, {"maart", 3}, {"mrt", 3}, {"mei", 5}, {"augustus", 8},
    /* Portuguese */
    {"janeiro", 1}, {"fevereiro", 2}, {"fev", 2}, {"março", 3}, {"maio", 5}, {"junho", 6},
    {"julho", 7}, {"setembro", 9}, {"outubro", 10}, {"out", 10}, {"novembro", 11},
    {"dezembro", 12},
    /* Russian */
    {"январь", 1}, {"января", 1}, {"февраль", 2}, {"февраля", 2}, {"март", 3},
    {"марта", 3}, {"апрель", 4}, {"апреля", 4}, {"май", 5}, {"мая", 5}, {"июнь", 6},
    {"июня", 6}, {"июль", 7}, {"июля", 7}, {"август", 8}, {"августа", 8},
    {"сентябрь", 9}, {"сентября", 9}, {"октябрь", 10}, {"октября", 10}, {"ноябрь", 11},
    {"ноября", 11}, {"декабрь", 12}, {"декабря", 12},
    /* and their abbreviations ("15 янв. 2020"; "май" has none) */
    {"янв", 1}, {"фев", 2}, {"февр", 2}, {"мар", 3}, {"апр", 4}, {"июн", 6}, {"июл", 7},
    {"авг", 8}, {"сен", 9}, {"сент", 9}, {"окт", 10}, {"ноя", 11}, {"нояб", 11}, {"дек", 12},
    /* Czech (nominative and genitive; "listopad" is Polish's too) */
    {"leden", 1}, {"ledna", 1}, {"únor", 2}, {"února", 2}, {"březen", 3}, {"března", 3},
    {"duben", 4}, {"dubna", 4}, {"květen", 5}, {"května", 5}, {"červen", 6}, {"června", 6},
    {"červenec", 7}, {"července", 7}, {"srpen", 8}, {"srpna", 8}, {"září", 9}, {"říjen", 10},
    {"října", 10}, {"listopadu", 11}, {"prosinec", 12}, {"prosince", 12},
    /* Swedish (the other months are Dutch's, German's or English's) */
    {"augusti", 8},
    /* Turkish */
    {"ocak", 1}, {"şubat", 2}, {"mart", 3}, {"nisan", 4}, {"mayıs", 5}, {"haziran", 6},
    {"temmuz", 7}, {"ağustos", 8}, {"eylül", 9}, {"ekim", 10}, {"kasım", 11}, {"aralık", 12},
};

/* Zone names of RFC 2822 and a few more that pages write, in minutes east. */
static const word_value zones[] = {
    {"gmt", 0}, {"ut", 0}, {"utc", 0}, {"z", 0}, {"est", -300}, {"edt", -240},
    {"cst", -360}, {"cdt", -300}, {"mst", -420}, {"mdt", -360}, {"pst", -480},
    {"pdt", -420}, {"cet", 60}, {"cest", 120}, {"bst", 60},
};

/* Words around a date that say nothing about it: weekdays, ordinal
 * suffixes ("1st", "1er"), and the small words of "29 de mayo de 2007",
 * "29. Mai 2007 um 10:00", "29 мая 2007 г." */
static const char *const fillers[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
    "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela",
    "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
    "pondělí", "úterý", "středa", "čtvrtek", "pátek", "neděle",
    "pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar",
    "st", "nd", "rd", "th", "er", "de", "del", "at", "on", "of", "the", "um", "le",
    "à", "às", "alle", "om", "г", "года", "в", "r",
};

enum { MERIDIEM_AM = 1, MERIDIEM_PM = 2, WORD_MAX = 32 };

/* Whether a digit stands at p, in ASCII or in another script's digits
 * (dci_digit: "٢٠١٢/٠٣/٠٥", "２０１２年"). */
static int is_digit(const char *p)
{
    return dci_digit(p, SIZE_MAX, NULL) >= 0;
}

/* Reads exactly n digits at *p. */
static int read_digits(const char **p, int n, int *value)
{
    unsigned count;
    unsigned long v;
    size_t len = dci_digit_run(*p, SIZE_MAX, (unsigned)n, &count, &v);
    if (count != (unsigned)n)
        return 0;
    *p += len;
    *value = (int)v;
    return 1;
}

/* Reads a run of digits (at most 9) at *p; returns how many. */
static int read_number(const char **p, int *value)
{
    unsigned count;
    unsigned long v;
    *p += dci_digit_run(*p, SIZE_MAX, 9, &count, &v);
    *value = (int)v;
    return is_digit(*p) ? 0 : (int)count;
}

static void skip_fraction(const char **p)
{
    if ((**p == '.' || **p == ',') && is_digit(*p + 1))
        *p += 1 + dci_digit_run(*p + 1, SIZE_MAX, UINT_MAX, NULL, NULL);
}

/* "Z", "+01:00", "+0100", "+01" at *p. */
static int read_offset(const char **p, when *w)
{
    if (**p == 'Z') {
        (*p)++;
        w->has_offset = 1;
        w->offset = 0;
        return 1;
    }
    if (**p != '+' && **p != '-')
        return 0;
    int sign = **p == '-' ? -1 : 1, hh, mm = 0;
    const char *q = *p + 1;
    if (!read_digits(&q, 2, &hh))
        return 0;
    if (*q == ':')
        q++;
    if (is_digit(q) && !read_digits(&q, 2, &mm))
        return 0;
    *p = q;
    w->has_offset = 1;
    w->offset = sign * (hh * 60 + mm);
    return 1;
}

/* "HH:MM[:SS[.fff]]" at *p, the hour already read. */
static int read_clock(const char **p, int hour, when *w)
{
    if (**p != ':' || w->hour >= 0)
        return 0;
    (*p)++;
    w->hour = hour;
    if (!read_digits(p, 2, &w->min))
        return 0;
    w->sec = 0;
    if (**p == ':' && !(++*p, read_digits(p, 2, &w->sec)))
        return 0;
    skip_fraction(p);
    return 1;
}

static void skip_spaces(const char **p)
{
    while (**p == ' ' || **p == '\t' || **p == '\n' || **p == '\r')
        (*p)++;
}

/* ISO 8601 as pages write it: the whole of s, or nothing. */
static int read_iso(const char *s, when *w)
{
    const char *p = s;
    skip_spaces(&p);
    if (!read_digits(&p, 4, &w->year) || *p++ != '-' || !read_digits(&p, 2, &w->month) ||
        *p++ != '-' || !read_digits(&p, 2, &w->day))
        return 0;
    if ((*p == 'T' || *p == ' ') && is_digit(p + 1)) {
        int hour;
        p++;
        if (!read_digits(&p, 2, &hour) || !read_clock(&p, hour, w))
            return 0;
        skip_spaces(&p);
        read_offset(&p, w);
    }
    skip_spaces(&p);
    return *p == '\0';
}

static int lookup(const word_value *table, size_t n, const char *word, int *value)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(table[i].word, word) == 0) {
            *value = table[i].value;
            return 1;
        }
    return 0;
}

static int is_filler(const char *word)
{
    for (size_t i = 0; i < DCX_COUNTOF(fillers); i++)
        if (strcmp(fillers[i], word) == 0)
            return 1;
    return 0;
}

static int is_letter_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* The word at *p, case-folded into word (WORD_MAX bytes). */
static int read_word(const char **p, char *word)
{
    const char *start = *p;
    while (is_letter_byte((unsigned char)**p) && strncmp(*p, "\xc2\xa0", 2) != 0)
        (*p)++;
    utf8proc_uint8_t *folded = NULL;
    utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)start, *p - start, &folded,
                                      UTF8PROC_CASEFOLD | UTF8PROC_COMPOSE | UTF8PROC_STABLE);
    int ok = n > 0 && n < WORD_MAX;
    if (ok)
        memcpy(word, folded, (size_t)n + 1);
    free(folded);
    return ok;
}

static int read_named(const char **p, when *w)
{
    char word[WORD_MAX];
    int v;
    if (!read_word(p, word))
        return 0;
    if (lookup(months, DCX_COUNTOF(months), word, &v)) {
        if (w->month >= 0)
            return 0;
        w->month = v;
    } else if (strcmp(word, "am") == 0 || strcmp(word, "pm") == 0) {
        w->meridiem = word[0] == 'a' ? MERIDIEM_AM : MERIDIEM_PM;
    } else if (lookup(zones, DCX_COUNTOF(zones), word, &v)) {
        w->has_offset = 1;
        w->offset = v;
    } else if (!is_filler(word)) {
        return 0;
    }
    return 1;
}

/* "05/29/2007", "2007/05/29", "29.05.2007", the first number read. */
static int read_numeric_date(const char **p, int first, int first_len, when *w)
{
    char sep = **p;
    int second, third;
    (*p)++;
    if (read_number(p, &second) == 0 || **p != sep)
        return 0;
    (*p)++;
    int third_len = read_number(p, &third);
    if (w->year >= 0 || w->month >= 0 || w->day >= 0)
        return 0;
    if (first_len == 4) {
        w->year = first, w->month = second, w->day = third;
        return third_len > 0 && third_len <= 2;
    }
    if (third_len != 4)
        return 0;
    w->year = third;
    if (sep == '.' || first > 12)
        w->day = first, w->month = second;
    else
        w->month = first, w->day = second;
    return 1;
}

/* The parts of a date that Chinese, Japanese and Korean set after their
 * numbers: "2024年3月5日", "2024년 3월 5일". */
static const struct {
    const char *utf8;
    int part;   /* 0 the year, 1 the month, 2 the day */
} cjk_units[] = {
    {"\xe5\xb9\xb4", 0}, {"\xe6\x9c\x88", 1}, {"\xe6\x97\xa5", 2},   /* 年 月 日 */
    {"\xeb\x85\x84", 0}, {"\xec\x9b\x94", 1}, {"\xec\x9d\xbc", 2},   /* 년 월 일 */
};

/* Sets the part of w that the unit after number v at *p names, moving *p
 * past it: 1 when one does, -1 when that part is set already, 0 when no
 * unit stands there. */
static int read_cjk_unit(const char **p, int v, when *w)
{
    for (size_t i = 0; i < DCX_COUNTOF(cjk_units); i++) {
        size_t n = strlen(cjk_units[i].utf8);
        if (strncmp(*p, cjk_units[i].utf8, n) != 0)
            continue;
        int *part = cjk_units[i].part == 0 ? &w->year : cjk_units[i].part == 1 ? &w->month : &w->day;
        if (*part >= 0)
            return -1;
        *part = v;
        *p += n;
        return 1;
    }
    return 0;
}

static int read_numeral(const char **p, when *w)
{
    int v, len = read_number(p, &v);
    if (len == 0)
        return 0;
    if ((unsigned char)**p >= 0xE0) {   /* a unit of a CJK date after it */
        int unit = read_cjk_unit(p, v, w);
        if (unit)
            return unit > 0;
    }
    if (**p == ':')
        return read_clock(p, v, w);
    if ((**p == '/' || **p == '.' || **p == '-') && is_digit(*p + 1))
        return read_numeric_date(p, v, len, w);
    if (len == 8 && w->year < 0 && w->month < 0 && w->day < 0) {
        w->year = v / 10000, w->month = v / 100 % 100, w->day = v % 100;   /* 20030513 */
        return 1;
    }
    if (len == 4 && w->year < 0)
        w->year = v;
    else if (len <= 2 && w->day < 0)
        w->day = v;
    else
        return 0;
    return 1;
}

/* The tokens of a date written for people, in any order. */
static int read_words(const char *s, when *w)
{
    for (const char *p = s; *p;) {
        if (strncmp(p, "\xc2\xa0", 2) == 0) {
            p += 2;
        } else if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == ',' ||
                 *p == '.') {
            p++;
        } else if ((*p == '+' || *p == '-') && w->hour >= 0 && !w->has_offset) {
            if (!read_offset(&p, w))
                return 0;
        } else if (is_digit(p)) {
            if (!read_numeral(&p, w))
                return 0;
        } else if (!is_letter_byte((unsigned char)*p) || !read_named(&p, w)) {
            return 0;
        }
    }
    return 1;
}

static int leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* Makes the hour a 24-hour one and checks every part. */
static int settle(when *w)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (w->year < 1000 || w->month < 1 || w->month > 12 || w->day < 1 ||
        w->day > days[w->month - 1] + (w->month == 2 && leap(w->year)))
        return 0;
    if (w->hour < 0)
        return !w->meridiem;
    if (w->meridiem) {
        if (w->hour < 1 || w->hour > 12)
            return 0;
        w->hour = w->hour % 12 + (w->meridiem == MERIDIEM_PM ? 12 : 0);
    }
    return w->hour <= 23 && w->min <= 59 && w->sec <= 60 && w->offset >= -14 * 60 &&
           w->offset <= 14 * 60;
}

static size_t format(const when *w, char *out, size_t size)
{
    int n;
    if (w->hour < 0)
        n = snprintf(out, size, "%04d-%02d-%02d", w->year, w->month, w->day);
    else
        n = snprintf(out, size, "%04d-%02d-%02dT%02d:%02d:%02d", w->year, w->month, w->day,
                     w->hour, w->min, w->sec);
    if (n > 0 && w->hour >= 0 && w->has_offset) {
        int off = w->offset < 0 ? -w->offset : w->offset;
        if (off == 0)
            n += snprintf(out + n, size - (size_t)n, "Z");
        else
            n += snprintf(out + n, size - (size_t)n, "%c%02d:%02d", w->offset < 0 ? '-' : '+',
                          off / 60, off % 60);
    }
    return n > 0 && (size_t)n < size ? (size_t)n : 0;
}

size_t dci_date_parse(const char *s, char *out, size_t size)
{
    if (size)
        out[0] = '\0';
    if (!s || size < DCI_DATE_MAX)
        return 0;
    when w = {-1, -1, -1, -1, -1, -1, 0, 0, 0};
    if (!read_iso(s, &w)) {
        when fresh = {-1, -1, -1, -1, -1, -1, 0, 0, 0};
        w = fresh;
        if (!read_words(s, &w))
            return 0;
    }
    size_t n = settle(&w) ? format(&w, out, size) : 0;
    if (n == 0)
        out[0] = '\0';
    return n;
}
