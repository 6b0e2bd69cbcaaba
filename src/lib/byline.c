#include "byline.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "date.h"
#include "sizes.h"
#include "words.h"

/* Longer is a paragraph, not a byline. */
#define BYLINE_MAX_BYTES 200

/* What bylines start with before the name, in the languages we read. */
static const char *const prefixes[] = {
    "written by ", "posted by ", "publicado por ", "escrito por ", "by: ", "by ", "par ",
    "por ", "von ", "door ", "di ", "przez ", "автор: ", "автор ",
    /* the same in more languages of the web */
    "geschrieben von ", "verfasst von ", "écrit par ", "publié par ", "scritto da ",
    "pubblicato da ", "geschreven door ", "autor: ", "yazar: ", "av ",
};

/* What separates the names from the rest (a date, the desk, a share
 * button): the names come before the first one. */
static const char *const bullets[] = {" | ", "|", " • ", "•", " · ", " - ", " – ", " — ", " / "};

/* Words between two names. */
static const char *const joiners[] = {" and ", " & ", " und ", " et ", " y ", " e ", " i ",
                                      " en ", " и "};

/* Words of a job title or a degree after a comma: "Jane Doe, Staff Writer". */
static const char *const job_words[] = {
    "writer", "writers", "editor", "editors", "reporter", "reporters", "correspondent",
    "correspondents", "columnist", "contributor", "journalist", "producer", "photographer",
    "critic", "analyst", "staff", "redakteur", "redakteurin", "redaktion", "rédacteur",
    "rédaction", "correspondant", "corresponsal", "redactor", "redattore", "giornalista",
    "redaktor", "dziennikarz", "журналист", "корреспондент", "ma", "md", "phd", "ph.d.",
    "mph", "rn", "msc", "bsc", "mba",
};

/* The bytes of the prefix s opens with, in any case and script ("Автор:
 * " as "By "), or 0. */
static size_t starts_with_prefix(const char *s)
{
    for (size_t i = 0; i < DCX_COUNTOF(prefixes); i++) {
        size_t len = dci_lower_prefix(s, prefixes[i]);
        if (len)
            return len;
    }
    return 0;
}

/* Whether word is the lower-case word entry, in any case and script. */
static int is_word(const char *word, const char *entry)
{
    size_t len = dci_lower_prefix(word, entry);
    return len && word[len] == '\0';
}

/* Whether name is a prefix word alone ("By"): the byline box's label,
 * split from the name in its own element. */
static int is_prefix_alone(const char *name)
{
    for (size_t i = 0; i < DCX_COUNTOF(prefixes); i++) {
        char word[32];
        size_t plen = strlen(prefixes[i]) - 1; /* without its space */
        if (prefixes[i][plen - 1] == ':')
            plen--;
        if (plen >= sizeof word)
            continue;
        memcpy(word, prefixes[i], plen);
        word[plen] = '\0';
        size_t len = dci_lower_prefix(name, word);
        if (len && (name[len] == '\0' || (name[len] == ':' && name[len + 1] == '\0')))
            return 1;
    }
    return 0;
}

/* Copies s folded, without words starting with '@' (handles). */
static char *without_handles(const char *s, size_t len)
{
    dci_buf b = DCI_BUF_INIT;
    for (size_t i = 0; i < len;) {
        size_t end = i;
        while (end < len && s[end] != ' ')
            end++;
        if (s[i] != '@' && end > i) {
            if (b.len)
                dci_buf_putc(&b, ' ');
            dci_buf_put(&b, s + i, end - i);
        }
        i = end + 1;
    }
    dci_buf_putc(&b, '\0');
    return dci_buf_detach(&b, NULL);
}

/* Words that label a date: "Jane Doe, Updated: May 29, 2007". */
static const char *const date_labels[] = {
    "updated", "updated:", "last", "originally", "published", "published:", "posted", "posted:",
    "on",
    "aktualisiert", "aktualisiert:", "publié", "publié:", "le", "am", "el", "il",
    "veröffentlicht", "veröffentlicht:", "actualizado", "actualizado:", "publicado",
    "publicado:", "aggiornato", "aggiornato:", "pubblicato", "pubblicato:", "bijgewerkt",
    "bijgewerkt:", "gepubliceerd", "gepubliceerd:", "atualizado", "atualizado:",
    "zaktualizowano", "zaktualizowano:", "opublikowano", "opublikowano:", "обновлено",
    "обновлено:", "опубликовано", "опубликовано:", "op", "em", "dnia",
};

static int is_date_label(const char *word)
{
    for (size_t i = 0; i < DCX_COUNTOF(date_labels); i++)
        if (is_word(word, date_labels[i]))
            return 1;
    return 0;
}

/* s starts with a date: "March 9, 2017 13 comments". */
static int starts_with_date(const char *s)
{
    char copy[BYLINE_MAX_BYTES + 1], iso[DCI_DATE_MAX];
    size_t len = strlen(s);
    if (len > BYLINE_MAX_BYTES)
        return 0;
    memcpy(copy, s, len + 1);
    for (;;) {
        if (dci_date_parse(copy, iso, sizeof iso))
            return 1;
        char *space = strrchr(copy, ' ');
        if (!space)
            return 0;
        *space = '\0';
    }
}

/* Cuts s where a date starts ("Jane Doe May 29, 2007"),
 * or at a word starting with a digit (a time, a count: names have none),
 * and then the words that labelled it. */
static void cut_date(char *s)
{
    char *p = s;
    for (; *p; p++)
        if ((p == s || p[-1] == ' ') && (dci_digit(p, SIZE_MAX, NULL) >= 0 || starts_with_date(p)))
            break;
    if (!*p)
        return;
    *p = '\0';
    for (;;) {
        size_t len = strlen(s);
        while (len && strchr(" ,", s[len - 1]))
            s[--len] = '\0';
        char *word = strrchr(s, ' ');
        word = word ? word + 1 : s;
        if (!*word || !is_date_label(word))
            return;
        *word = '\0';
    }
}

/* Punctuation around a byline: separators, and the slashes some blogs
 * draw before "posted by". */
#define TRIMMED " ,;:-|/"

static void trim(char *s)
{
    size_t len = strlen(s);
    while (len && strchr(TRIMMED, s[len - 1]))
        len--;
    s[len] = '\0';
    size_t lead = strspn(s, TRIMMED);
    memmove(s, s + lead, len - lead + 1);
}

static int is_job_word(const char *w)
{
    for (size_t i = 0; i < DCX_COUNTOF(job_words); i++)
        if (is_word(w, job_words[i]))
            return 1;
    return 0;
}

/* Whether part is a job title: it holds a job word, except that the
 * name of a desk ("Variety Staff", "Our Foreign Staff": words that are no
 * job, then "Staff" last) signs as a whole when it stands alone; after a
 * name and a comma it is the author's desk ("Jane Doe, Globe Staff"). */
static int is_job(const char *part, int after_name)
{
    char *copy = strdup(part);
    size_t jobs = 0, words = 0;
    int staff_last = 0;
    for (char *save = NULL, *w = copy ? strtok_r(copy, " ", &save) : NULL; w;
         w = strtok_r(NULL, " ", &save)) {
        int job = is_job_word(w);
        jobs += job;
        words++;
        staff_last = job && strcasecmp(w, "staff") == 0;
    }
    free(copy);
    return jobs > 0 && (after_name || !(staff_last && jobs == 1 && words > 1));
}

static size_t add_name(dci_arena *out, const char *s, size_t len, const char **names, size_t n,
                       size_t max)
{
    while (len && s[len - 1] == ' ')
        len--;
    while (len && *s == ' ')
        s++, len--;
    if (!len || n >= max)
        return n;
    size_t out_len;
    const char *name = dci_nfc_dup(out, s, len, &out_len);
    if (!name || is_job(name, 0) || is_prefix_alone(name))
        return n;
    for (size_t i = 0; i < n; i++)
        if (strcasecmp(names[i], name) == 0)
            return n;
    names[n] = name;
    return n + 1;
}

/* The first joiner in s, its length in *len. */
static const char *find_joiner(const char *s, size_t *len)
{
    const char *best = NULL;
    for (size_t i = 0; i < DCX_COUNTOF(joiners); i++) {
        const char *j = strstr(s, joiners[i]);
        if (j && (!best || j < best)) {
            best = j;
            *len = strlen(joiners[i]);
        }
    }
    return best;
}

/* Whether every part of s between joiners has two words or more: "Mac &
 * i" is one name, "Jane Doe and John Roe" two. */
static int joins_names(const char *s)
{
    size_t jlen = 0;
    for (const char *j;; s = j + jlen) {
        j = find_joiner(s, &jlen);
        const char *end = j ? j : s + strlen(s);
        const char *space = memchr(s, ' ', (size_t)(end - s));
        if (!space || space + 1 >= end)
            return 0;
        if (!j)
            return 1;
    }
}

/* Splits one comma part at joiners into names. */
static size_t split_joined(dci_arena *out, const char *s, const char **names, size_t n,
                           size_t max)
{
    size_t jlen = 0;
    for (const char *j; joins_names(s) && (j = find_joiner(s, &jlen)) != NULL; s = j + jlen)
        n = add_name(out, s, (size_t)(j - s), names, n, max);
    return add_name(out, s, strlen(s), names, n, max);
}

/* Drops comma parts that are job titles; a one-word part left ("Doe, Jane")
 * means the commas are not between names, and they are kept. */
static size_t split_commas(dci_arena *out, char *s, const char **names, size_t max)
{
    char *parts[2 * DCI_BYLINE_MAX_NAMES];
    size_t nparts = 0;
    int one_word = 0;
    for (char *save = NULL, *p = strtok_r(s, ",", &save); p && nparts < DCX_COUNTOF(parts);
         p = strtok_r(NULL, ",", &save)) {
        trim(p);
        if (!*p || (nparts > 0 && is_job(p, 1)))
            continue;
        one_word |= strchr(p, ' ') == NULL;
        parts[nparts++] = p;
    }
    size_t n = 0;
    if (one_word && nparts > 1) {
        dci_buf b = DCI_BUF_INIT;
        for (size_t i = 0; i < nparts; i++)
            dci_buf_printf(&b, "%s%s", i ? ", " : "", parts[i]);
        dci_buf_putc(&b, '\0');
        n = b.failed ? 0 : split_joined(out, b.data, names, 0, max);
        dci_buf_free(&b);
        return n;
    }
    for (size_t i = 0; i < nparts; i++)
        n = split_joined(out, parts[i], names, n, max);
    return n;
}

/* The names of one segment between bullets. */
static size_t segment_names(dci_arena *out, const char *seg, size_t len, const char **names,
                            size_t max)
{
    char *s = without_handles(seg, len);
    if (!s)
        return 0;
    trim(s);
    size_t skip = starts_with_prefix(s);
    memmove(s, s + skip, strlen(s + skip) + 1);
    cut_date(s);
    trim(s);
    size_t n = *s ? split_commas(out, s, names, max) : 0;
    free(s);
    return n;
}

/* Where the first bullet in s starts (the end of s when none), and its
 * length in *len. */
static const char *next_bullet(const char *s, size_t *len)
{
    const char *best = s + strlen(s);
    *len = 0;
    for (size_t i = 0; i < DCX_COUNTOF(bullets); i++) {
        const char *b = strstr(s, bullets[i]);
        if (b && b < best) {
            best = b;
            *len = strlen(bullets[i]);
        }
    }
    return best;
}

size_t dci_byline_names(dci_arena *out, const char *raw, const char **names, size_t max)
{
    if (!raw)
        return 0;
    dci_buf b = DCI_BUF_INIT;
    dci_buf_put_folded(&b, raw, strlen(raw));
    dci_buf_rtrim(&b);
    dci_buf_putc(&b, '\0');
    const char *s = b.data;
    size_t n = 0;
    if (!b.failed && b.len <= BYLINE_MAX_BYTES && strncmp(s, "http", 4) != 0 &&
        strncmp(s, "www.", 4) != 0) {
        size_t blen;
        for (const char *end; *s && n == 0; s = *end ? end + blen : end) {
            end = next_bullet(s, &blen);
            n = segment_names(out, s, (size_t)(end - s), names, max);
        }
    }
    dci_buf_free(&b);
    return n;
}
