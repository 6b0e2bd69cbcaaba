/* Unit tests of metadata: byline names, decoy metadata, dates, authors,
 * and the page metadata of the JSON output (canonical URL, image, tags...). */
#include "testutil.h"

#include <jansson.h>

#include "arena.h"
#include "byline.h"
#include "meta.h"
#include "sizes.h"

/* ------------------------------------------------------------------ bylines */

typedef struct byline_case {
    const char *raw;
    const char *want[3];   /* the names, NULL after the last */
} byline_case;

static const byline_case byline_cases[] = {
    {"By Jane Doe", {"Jane Doe"}},
    {"BY JOE BLOGGS", {"JOE BLOGGS"}},
    {"Par Sébastien Farcis", {"Sébastien Farcis"}},
    {"przez Annę Nowak", {"Annę Nowak"}},
    /* handles */
    {"Steven Musil @stevenmusil", {"Steven Musil"}},
    {"@janedoe", {NULL}},
    /* dates and what labels them */
    {"Joshua Sokol May 20, 2019", {"Joshua Sokol"}},
    {"Steven Musil January 18, 2017 11:00 PM PST @stevenmusil", {"Steven Musil"}},
    {"Sarah Gooding March 9, 2017 13", {"Sarah Gooding"}},
    {"Jane Doe, Updated: 29 May 2007", {"Jane Doe"}},
    {"Last Updated: January 7, 2025", {NULL}},
    {"Originally posted 01:17 PM ET 11.12 by", {NULL}},
    {"2:15pm", {NULL}},
    /* bullets */
    {"Jane Doe | Science desk", {"Jane Doe"}},
    {"Jane Doe • 5 min read", {"Jane Doe"}},
    {"May 29, 2007 · By Jane Doe", {"Jane Doe"}},
    /* job titles and degrees */
    {"Jane Doe, Staff Writer", {"Jane Doe"}},
    {"By Brenda Goodman, MA", {"Brenda Goodman"}},
    {"Staff Reporter", {NULL}},
    {"Staff", {NULL}},
    {"Jane Doe, Staff", {"Jane Doe"}},
    /* a desk signs as a whole: words that are no job, then "Staff" */
    {"Variety Staff", {"Variety Staff"}},
    {"By Our Foreign Staff", {"Our Foreign Staff"}},
    {"Sports Staff Writer", {NULL}},
    {"Peter May, Globe Staff", {"Peter May"}},
    /* punctuation drawn around it */
    {"// posted by Nate Johnson", {"Nate Johnson"}},
    /* the label alone, split from the name in its own element */
    {"By", {NULL}},
    {"Par:", {NULL}},
    /* several authors */
    {"Jane Doe and John Roe", {"Jane Doe", "John Roe"}},
    {"By Jane Doe, John Roe and Ann Lee", {"Jane Doe", "John Roe", "Ann Lee"}},
    {"Alexandre Hervaud & Jérémy Piette", {"Alexandre Hervaud", "Jérémy Piette"}},
    {"Jane Doe and Jane Doe", {"Jane Doe"}},
    /* one name all the same */
    {"Jong, Michiel de", {"Jong, Michiel de"}},
    {"Kooman, F.", {"Kooman, F."}},
    {"Mac & i", {"Mac & i"}},
    {"Bypass Smith", {"Bypass Smith"}},
    /* no name */
    {"https://example.com/staff/jane", {NULL}},
    {"", {NULL}},
};

static void check_byline(const byline_case *c)
{
    dci_arena *a = dci_arena_new(0, 0);
    const char *names[DCI_BYLINE_MAX_NAMES];
    size_t n = dci_byline_names(a, c->raw, names, DCX_COUNTOF(names));
    size_t want = 0;
    while (want < DCX_COUNTOF(c->want) && c->want[want])
        want++;
    ck_assert_msg(n == want, "\"%s\": %zu names, want %zu (first: %s)", c->raw, n, want,
                  n ? names[0] : "-");
    for (size_t i = 0; i < n; i++)
        ck_assert_msg(strcmp(names[i], c->want[i]) == 0, "\"%s\": name %zu is \"%s\", want \"%s\"",
                      c->raw, i, names[i], c->want[i]);
    dci_arena_free(a);
}

START_TEST(test_byline_names)
{
    check_byline(&byline_cases[_i]);
}
END_TEST

/* Every entry of the byline tables: prefixes, bullets, joiners, job words
 * and date labels. */
static const byline_case table_cases[] = {
    {"written by Ann Lee", {"Ann Lee"}},
    {"posted by Ann Lee", {"Ann Lee"}},
    {"publicado por Ann Lee", {"Ann Lee"}},
    {"escrito por Ann Lee", {"Ann Lee"}},
    {"by: Ann Lee", {"Ann Lee"}},
    {"by Ann Lee", {"Ann Lee"}},
    {"par Ann Lee", {"Ann Lee"}},
    {"por Ann Lee", {"Ann Lee"}},
    {"von Ann Lee", {"Ann Lee"}},
    {"door Ann Lee", {"Ann Lee"}},
    {"di Ann Lee", {"Ann Lee"}},
    {"przez Ann Lee", {"Ann Lee"}},
    {"автор: Ann Lee", {"Ann Lee"}},
    {"автор Ann Lee", {"Ann Lee"}},
    {"geschrieben von Ann Lee", {"Ann Lee"}},
    {"verfasst von Ann Lee", {"Ann Lee"}},
    {"écrit par Ann Lee", {"Ann Lee"}},
    {"publié par Ann Lee", {"Ann Lee"}},
    {"scritto da Ann Lee", {"Ann Lee"}},
    {"pubblicato da Ann Lee", {"Ann Lee"}},
    {"geschreven door Ann Lee", {"Ann Lee"}},
    {"autor: Ann Lee", {"Ann Lee"}},
    {"yazar: Ann Lee", {"Ann Lee"}},
    {"av Ann Lee", {"Ann Lee"}},
    {"Ann Lee | Science desk", {"Ann Lee"}},
    {"Ann Lee|Science desk", {"Ann Lee"}},
    {"Ann Lee • Science desk", {"Ann Lee"}},
    {"Ann Lee•Science desk", {"Ann Lee"}},
    {"Ann Lee · Science desk", {"Ann Lee"}},
    {"Ann Lee - Science desk", {"Ann Lee"}},
    {"Ann Lee – Science desk", {"Ann Lee"}},
    {"Ann Lee — Science desk", {"Ann Lee"}},
    {"Ann Lee / Science desk", {"Ann Lee"}},
    {"Ann Lee and Bob Roe", {"Ann Lee", "Bob Roe"}},
    {"Ann Lee & Bob Roe", {"Ann Lee", "Bob Roe"}},
    {"Ann Lee und Bob Roe", {"Ann Lee", "Bob Roe"}},
    {"Ann Lee et Bob Roe", {"Ann Lee", "Bob Roe"}},
    {"Ann Lee y Bob Roe", {"Ann Lee", "Bob Roe"}},
    {"Ann Lee e Bob Roe", {"Ann Lee", "Bob Roe"}},
    {"Ann Lee i Bob Roe", {"Ann Lee", "Bob Roe"}},
    {"Ann Lee en Bob Roe", {"Ann Lee", "Bob Roe"}},
    {"Ann Lee и Bob Roe", {"Ann Lee", "Bob Roe"}},
    {"Ann Lee, writer", {"Ann Lee"}},
    {"Ann Lee, writers", {"Ann Lee"}},
    {"Ann Lee, editor", {"Ann Lee"}},
    {"Ann Lee, editors", {"Ann Lee"}},
    {"Ann Lee, reporter", {"Ann Lee"}},
    {"Ann Lee, reporters", {"Ann Lee"}},
    {"Ann Lee, correspondent", {"Ann Lee"}},
    {"Ann Lee, correspondents", {"Ann Lee"}},
    {"Ann Lee, columnist", {"Ann Lee"}},
    {"Ann Lee, contributor", {"Ann Lee"}},
    {"Ann Lee, journalist", {"Ann Lee"}},
    {"Ann Lee, producer", {"Ann Lee"}},
    {"Ann Lee, photographer", {"Ann Lee"}},
    {"Ann Lee, critic", {"Ann Lee"}},
    {"Ann Lee, analyst", {"Ann Lee"}},
    {"Ann Lee, staff", {"Ann Lee"}},
    {"Ann Lee, redakteur", {"Ann Lee"}},
    {"Ann Lee, redakteurin", {"Ann Lee"}},
    {"Ann Lee, redaktion", {"Ann Lee"}},
    {"Ann Lee, rédacteur", {"Ann Lee"}},
    {"Ann Lee, rédaction", {"Ann Lee"}},
    {"Ann Lee, correspondant", {"Ann Lee"}},
    {"Ann Lee, corresponsal", {"Ann Lee"}},
    {"Ann Lee, redactor", {"Ann Lee"}},
    {"Ann Lee, redattore", {"Ann Lee"}},
    {"Ann Lee, giornalista", {"Ann Lee"}},
    {"Ann Lee, redaktor", {"Ann Lee"}},
    {"Ann Lee, dziennikarz", {"Ann Lee"}},
    {"Ann Lee, журналист", {"Ann Lee"}},
    {"Ann Lee, корреспондент", {"Ann Lee"}},
    {"Ann Lee, ma", {"Ann Lee"}},
    {"Ann Lee, md", {"Ann Lee"}},
    {"Ann Lee, phd", {"Ann Lee"}},
    {"Ann Lee, ph.d.", {"Ann Lee"}},
    {"Ann Lee, mph", {"Ann Lee"}},
    {"Ann Lee, rn", {"Ann Lee"}},
    {"Ann Lee, msc", {"Ann Lee"}},
    {"Ann Lee, bsc", {"Ann Lee"}},
    {"Ann Lee, mba", {"Ann Lee"}},
    {"Ann Lee updated May 29, 2007", {"Ann Lee"}},
    {"Ann Lee updated: May 29, 2007", {"Ann Lee"}},
    {"Ann Lee last May 29, 2007", {"Ann Lee"}},
    {"Ann Lee originally May 29, 2007", {"Ann Lee"}},
    {"Ann Lee published May 29, 2007", {"Ann Lee"}},
    {"Ann Lee published: May 29, 2007", {"Ann Lee"}},
    {"Ann Lee posted May 29, 2007", {"Ann Lee"}},
    {"Ann Lee posted: May 29, 2007", {"Ann Lee"}},
    {"Ann Lee on May 29, 2007", {"Ann Lee"}},
    {"Ann Lee aktualisiert May 29, 2007", {"Ann Lee"}},
    {"Ann Lee aktualisiert: May 29, 2007", {"Ann Lee"}},
    {"Ann Lee publié May 29, 2007", {"Ann Lee"}},
    {"Ann Lee publié: May 29, 2007", {"Ann Lee"}},
    {"Ann Lee le May 29, 2007", {"Ann Lee"}},
    {"Ann Lee am May 29, 2007", {"Ann Lee"}},
    {"Ann Lee el May 29, 2007", {"Ann Lee"}},
    {"Ann Lee il May 29, 2007", {"Ann Lee"}},
    {"Ann Lee veröffentlicht May 29, 2007", {"Ann Lee"}},
    {"Ann Lee veröffentlicht: May 29, 2007", {"Ann Lee"}},
    {"Ann Lee actualizado May 29, 2007", {"Ann Lee"}},
    {"Ann Lee actualizado: May 29, 2007", {"Ann Lee"}},
    {"Ann Lee publicado May 29, 2007", {"Ann Lee"}},
    {"Ann Lee publicado: May 29, 2007", {"Ann Lee"}},
    {"Ann Lee aggiornato May 29, 2007", {"Ann Lee"}},
    {"Ann Lee aggiornato: May 29, 2007", {"Ann Lee"}},
    {"Ann Lee pubblicato May 29, 2007", {"Ann Lee"}},
    {"Ann Lee pubblicato: May 29, 2007", {"Ann Lee"}},
    {"Ann Lee bijgewerkt May 29, 2007", {"Ann Lee"}},
    {"Ann Lee bijgewerkt: May 29, 2007", {"Ann Lee"}},
    {"Ann Lee gepubliceerd May 29, 2007", {"Ann Lee"}},
    {"Ann Lee gepubliceerd: May 29, 2007", {"Ann Lee"}},
    {"Ann Lee atualizado May 29, 2007", {"Ann Lee"}},
    {"Ann Lee atualizado: May 29, 2007", {"Ann Lee"}},
    {"Ann Lee zaktualizowano May 29, 2007", {"Ann Lee"}},
    {"Ann Lee zaktualizowano: May 29, 2007", {"Ann Lee"}},
    {"Ann Lee opublikowano May 29, 2007", {"Ann Lee"}},
    {"Ann Lee opublikowano: May 29, 2007", {"Ann Lee"}},
    {"Ann Lee обновлено May 29, 2007", {"Ann Lee"}},
    {"Ann Lee обновлено: May 29, 2007", {"Ann Lee"}},
    {"Ann Lee опубликовано May 29, 2007", {"Ann Lee"}},
    {"Ann Lee опубликовано: May 29, 2007", {"Ann Lee"}},
    {"Ann Lee op May 29, 2007", {"Ann Lee"}},
    {"Ann Lee em May 29, 2007", {"Ann Lee"}},
    {"Ann Lee dnia May 29, 2007", {"Ann Lee"}},
    /* capitals beyond ASCII fold as ASCII ones do: Cyrillic, Turkish,
     * accented Latin */
    {"Автор: Иван Петров", {"Иван Петров"}},
    {"АВТОР: Иван Петров", {"Иван Петров"}},
    {"Автор", {NULL}},
    {"Écrit par Ann Lee", {"Ann Lee"}},
    {"ÉCRIT PAR Ann Lee", {"Ann Lee"}},
    {"Ann Lee Обновлено: May 29, 2007", {"Ann Lee"}},
    {"Ann Lee, Журналист", {"Ann Lee"}},
};

START_TEST(test_byline_table_entries)
{
    const byline_case *c = &table_cases[_i];
    check_byline(c);
}
END_TEST

/* ------------------------------------------------------------------ pages */

static dc_result *extract_page(const char *page)
{
    dc_options opt;
    dc_options_init(&opt);
    opt.url = "https://example.com/news/story.html";
    dc_result *r = dc_extract(page, strlen(page), &opt);
    ck_assert_ptr_nonnull(r);
    ck_assert_int_eq(dc_result_status(r), DC_OK);
    return r;
}

/* The standard article page with head in <head> and body in the article. */
static dc_result *extract_head_body(const char *head, const char *body)
{
    char *page = tu_article_page_head(TU_TITLE, head, body);
    dc_result *r = extract_page(page);
    free(page);
    return r;
}

static void assert_str_or_null(const char *got, const char *want, const char *what)
{
    if (want)
        ck_assert_msg(got && strcmp(got, want) == 0, "%s: \"%s\", want \"%s\"", what,
                      got ? got : "(null)", want);
    else
        ck_assert_msg(!got, "%s: \"%s\", want none", what, got);
}

/* Every key of the <meta> table, as a property and as a name, and the
 * accessor that gives its value (NULL: the key is not read from name=). */
typedef struct key_case {
    const char *attr;
    const char *key;
    const char *value;
    int field;
    const char *want;
} key_case;

enum { K_TITLE, K_BYLINE, K_DATE, K_SITE, K_URL, K_DESCRIPTION, K_LANG, K_IMAGE, K_SECTION, K_TAG };

static const key_case key_cases[] = {
    {"property", "dc:title", "Council backs sea wall plan", K_TITLE, "Council backs sea wall plan"},
    {"name", "dc:title", "Council backs sea wall plan", K_TITLE, NULL},
    {"property", "dcterms:title", "Council backs sea wall plan", K_TITLE, "Council backs sea wall plan"},
    {"name", "dcterms:title", "Council backs sea wall plan", K_TITLE, NULL},
    {"property", "dcterm:title", "Council backs sea wall plan", K_TITLE, "Council backs sea wall plan"},
    {"name", "dcterm:title", "Council backs sea wall plan", K_TITLE, NULL},
    {"property", "og:title", "Council backs sea wall plan", K_TITLE, "Council backs sea wall plan"},
    {"name", "og:title", "Council backs sea wall plan", K_TITLE, "Council backs sea wall plan"},
    {"property", "title", "Council backs sea wall plan", K_TITLE, "Council backs sea wall plan"},
    {"name", "title", "Council backs sea wall plan", K_TITLE, NULL},
    {"property", "twitter:title", "Council backs sea wall plan", K_TITLE, "Council backs sea wall plan"},
    {"name", "twitter:title", "Council backs sea wall plan", K_TITLE, "Council backs sea wall plan"},
    {"property", "parsely-title", "Council backs sea wall plan", K_TITLE, "Council backs sea wall plan"},
    {"name", "parsely-title", "Council backs sea wall plan", K_TITLE, "Council backs sea wall plan"},
    {"property", "dc:creator", "By Ann Lee", K_BYLINE, "Ann Lee"},
    {"name", "dc:creator", "By Ann Lee", K_BYLINE, "Ann Lee"},
    {"property", "dcterms:creator", "By Ann Lee", K_BYLINE, "Ann Lee"},
    {"name", "dcterms:creator", "By Ann Lee", K_BYLINE, "Ann Lee"},
    {"property", "dcterm:creator", "By Ann Lee", K_BYLINE, "Ann Lee"},
    {"name", "dcterm:creator", "By Ann Lee", K_BYLINE, "Ann Lee"},
    {"property", "author", "By Ann Lee", K_BYLINE, "Ann Lee"},
    {"name", "author", "By Ann Lee", K_BYLINE, "Ann Lee"},
    {"property", "article:author", "By Ann Lee", K_BYLINE, "Ann Lee"},
    {"name", "article:author", "By Ann Lee", K_BYLINE, "Ann Lee"},
    {"property", "og:article:author", "By Ann Lee", K_BYLINE, "Ann Lee"},
    {"name", "og:article:author", "By Ann Lee", K_BYLINE, "Ann Lee"},
    {"property", "parsely-author", "By Ann Lee", K_BYLINE, "Ann Lee"},
    {"name", "parsely-author", "By Ann Lee", K_BYLINE, "Ann Lee"},
    {"property", "sailthru:author", "By Ann Lee", K_BYLINE, "Ann Lee"},
    {"name", "sailthru:author", "By Ann Lee", K_BYLINE, "Ann Lee"},
    {"property", "article:published_time", "May 29, 2007", K_DATE, "2007-05-29"},
    {"name", "article:published_time", "May 29, 2007", K_DATE, "2007-05-29"},
    {"property", "og:published_time", "May 29, 2007", K_DATE, "2007-05-29"},
    {"name", "og:published_time", "May 29, 2007", K_DATE, "2007-05-29"},
    {"property", "datepublished", "May 29, 2007", K_DATE, "2007-05-29"},
    {"name", "datepublished", "May 29, 2007", K_DATE, "2007-05-29"},
    {"property", "date", "May 29, 2007", K_DATE, "2007-05-29"},
    {"name", "date", "May 29, 2007", K_DATE, "2007-05-29"},
    {"property", "pubdate", "May 29, 2007", K_DATE, "2007-05-29"},
    {"name", "pubdate", "May 29, 2007", K_DATE, "2007-05-29"},
    {"property", "publishdate", "May 29, 2007", K_DATE, "2007-05-29"},
    {"name", "publishdate", "May 29, 2007", K_DATE, "2007-05-29"},
    {"property", "dc:date:issued", "May 29, 2007", K_DATE, "2007-05-29"},
    {"name", "dc:date:issued", "May 29, 2007", K_DATE, "2007-05-29"},
    {"property", "dcterms:issued", "May 29, 2007", K_DATE, "2007-05-29"},
    {"name", "dcterms:issued", "May 29, 2007", K_DATE, "2007-05-29"},
    {"property", "dc:date", "May 29, 2007", K_DATE, "2007-05-29"},
    {"name", "dc:date", "May 29, 2007", K_DATE, "2007-05-29"},
    {"property", "dcterms:date", "May 29, 2007", K_DATE, "2007-05-29"},
    {"name", "dcterms:date", "May 29, 2007", K_DATE, "2007-05-29"},
    {"property", "parsely-pub-date", "May 29, 2007", K_DATE, "2007-05-29"},
    {"name", "parsely-pub-date", "May 29, 2007", K_DATE, "2007-05-29"},
    {"property", "sailthru:date", "May 29, 2007", K_DATE, "2007-05-29"},
    {"name", "sailthru:date", "May 29, 2007", K_DATE, "2007-05-29"},
    {"property", "og:site_name", "Gazette", K_SITE, "Gazette"},
    {"name", "og:site_name", "Gazette", K_SITE, "Gazette"},
    {"property", "application-name", "Gazette", K_SITE, "Gazette"},
    {"name", "application-name", "Gazette", K_SITE, "Gazette"},
    {"property", "og:url", "https://example.com/a", K_URL, "https://example.com/a"},
    {"name", "og:url", "https://example.com/a", K_URL, "https://example.com/a"},
    {"property", "dc:description", "A summary.", K_DESCRIPTION, "A summary."},
    {"name", "dc:description", "A summary.", K_DESCRIPTION, "A summary."},
    {"property", "dcterms:description", "A summary.", K_DESCRIPTION, "A summary."},
    {"name", "dcterms:description", "A summary.", K_DESCRIPTION, "A summary."},
    {"property", "dcterm:description", "A summary.", K_DESCRIPTION, "A summary."},
    {"name", "dcterm:description", "A summary.", K_DESCRIPTION, "A summary."},
    {"property", "og:description", "A summary.", K_DESCRIPTION, "A summary."},
    {"name", "og:description", "A summary.", K_DESCRIPTION, "A summary."},
    {"property", "description", "A summary.", K_DESCRIPTION, "A summary."},
    {"name", "description", "A summary.", K_DESCRIPTION, "A summary."},
    {"property", "twitter:description", "A summary.", K_DESCRIPTION, "A summary."},
    {"name", "twitter:description", "A summary.", K_DESCRIPTION, "A summary."},
    {"property", "content-language", "de", K_LANG, "de"},
    {"name", "content-language", "de", K_LANG, "de"},
    {"property", "og:image", "/lead.jpg", K_IMAGE, "https://example.com/lead.jpg"},
    {"name", "og:image", "/lead.jpg", K_IMAGE, "https://example.com/lead.jpg"},
    {"property", "og:image:url", "/lead.jpg", K_IMAGE, "https://example.com/lead.jpg"},
    {"name", "og:image:url", "/lead.jpg", K_IMAGE, "https://example.com/lead.jpg"},
    {"property", "og:image:secure_url", "/lead.jpg", K_IMAGE, "https://example.com/lead.jpg"},
    {"name", "og:image:secure_url", "/lead.jpg", K_IMAGE, "https://example.com/lead.jpg"},
    {"property", "twitter:image", "/lead.jpg", K_IMAGE, "https://example.com/lead.jpg"},
    {"name", "twitter:image", "/lead.jpg", K_IMAGE, "https://example.com/lead.jpg"},
    {"property", "twitter:image:src", "/lead.jpg", K_IMAGE, "https://example.com/lead.jpg"},
    {"name", "twitter:image:src", "/lead.jpg", K_IMAGE, "https://example.com/lead.jpg"},
    {"property", "article:section", "Local", K_SECTION, "Local"},
    {"name", "article:section", "Local", K_SECTION, "Local"},
    {"property", "article:tag", "Harbour", K_TAG, "Harbour"},
    {"name", "article:tag", "Harbour", K_TAG, "Harbour"},
    {"property", "keywords", "Harbour", K_TAG, "Harbour"},
    {"name", "keywords", "Harbour", K_TAG, "Harbour"},
    {"property", "news_keywords", "Harbour", K_TAG, "Harbour"},
    {"name", "news_keywords", "Harbour", K_TAG, "Harbour"},
};

static const char *key_value(const dc_result *r, int field)
{
    switch (field) {
    case K_TITLE: return dc_result_title(r);
    case K_BYLINE: return dc_result_byline(r);
    case K_DATE: return dc_result_date(r);
    case K_SITE: return dc_result_site_name(r);
    case K_URL: return dc_result_canonical_url(r);
    case K_DESCRIPTION: return dc_result_description(r);
    case K_LANG: return dc_result_lang(r);
    case K_IMAGE: return dc_result_image(r);
    case K_SECTION: return dc_result_section(r);
    default: return dc_result_tag(r, 0);
    }
}

/* A page without an h1 or a <title>, lang or links of its own. */
START_TEST(test_every_meta_key)
{
    const key_case *c = &key_cases[_i];
    char *page = tu_strdupf("<html><head><meta %s=\"%s\" content=\"%s\"></head><body>"
                            "<div class=\"story\"><p>" TU_PROSE1 "</p><p>" TU_PROSE2 "</p><p>"
                            TU_PROSE3 "</p></div></body></html>",
                            c->attr, c->key, c->value);
    dc_result *r = extract_page(page);
    const char *got = key_value(r, c->field);
    if (c->field == K_TITLE && !c->want)
        ck_assert_msg(!got || strcmp(got, c->value) != 0, "%s=%s read: %s", c->attr, c->key, got);
    else
        assert_str_or_null(got, c->want, c->key);
    dc_result_free(r);
    free(page);
}
END_TEST

/* Each token of a space-separated property is a property of its own; a key
 * with a prefix nobody defines is no key; Dublin Core before Open Graph
 * before plain names, properties before names. */
START_TEST(test_space_separated_properties_and_unknown_prefixes)
{
    dc_result *r = extract_head_body(
        "<meta property=\"x:title dc:title\" content=\"" TU_TITLE "\">"
        "<meta name=\"x:title\" content=\"FAIL\">"
        "<meta property=\"og:title twitter:title\" content=\"A title\">"
        "<meta property=\"dc:creator twitter:site_name\" content=\"Creator Name\">"
        "<meta name=\"author\" content=\"FAIL\">"
        "<meta name=\"x:author\" content=\"FAIL\">"
        "<meta property=\"og:description x:description\" content=\"A description\">"
        "<meta property=\"dc:description og:description\" content=\"Preferred description\">"
        "<meta name=\"description\" content=\"FAIL\">",
        NULL);
    assert_str_or_null(dc_result_byline(r), "Creator Name", "byline");
    assert_str_or_null(dc_result_excerpt(r), "Preferred description", "excerpt");
    assert_str_or_null(dc_result_description(r), "Preferred description", "description");
    dc_result_free(r);
    /* x:title alone is nobody's title: the <title> and h1 are */
    char *page = tu_strdupf("<html><head><title>Title Element</title>"
                            "<meta name=\"x:title\" content=\"FAIL\">"
                            "<meta property=\"x:title dc:title\" content=\"Preferred title\">"
                            "</head><body><article><p>" TU_PROSE1 "</p><p>" TU_PROSE2
                            "</p><p>" TU_PROSE3 "</p></article></body></html>");
    r = extract_page(page);
    assert_str_or_null(dc_result_title(r), "Preferred title", "title");
    dc_result_free(r);
    free(page);
}
END_TEST

/* Metadata in the body of the page, in a widget's microdata (a product, a
 * review, a comment), is not the article's; a <meta> in <body> never
 * overrides the <head>. */
START_TEST(test_decoy_metadata_in_body_widgets)
{
    dc_result *r = extract_head_body(
        "<meta name=\"author\" content=\"Jane Roe\">",
        "<div itemscope itemtype=\"https://schema.org/Product\">"
        "<meta property=\"dc:creator\" content=\"FAIL\"><meta name=\"description\" content=\"FAIL\">"
        "</div><meta property=\"dc:creator\" content=\"FAIL\">");
    assert_str_or_null(dc_result_byline(r), "Jane Roe", "byline");
    ck_assert_msg(!dc_result_description(r), "description: %s", dc_result_description(r));
    dc_result_free(r);
    /* a review's author is not the article's, a byline line is */
    r = extract_head_body(NULL, "<p class=\"byline\">By Jane Roe</p>"
                                "<div itemscope itemtype=\"http://schema.org/Review\">"
                                "<span itemprop=\"author\">FAIL</span> liked it.</div>");
    assert_str_or_null(dc_result_byline(r), "Jane Roe", "byline");
    dc_result_free(r);
    /* the article's author item inside the article's item is read */
    r = extract_head_body(NULL, "<div itemscope itemtype=\"http://schema.org/NewsArticle\">"
                                "<span itemprop=\"author\" itemscope "
                                "itemtype=\"http://schema.org/Person\"><a rel=\"author\" "
                                "href=\"/jane\">Jane Roe</a> - May 29, 2007</span></div>");
    assert_str_or_null(dc_result_byline(r), "Jane Roe", "byline");
    dc_result_free(r);
}
END_TEST

typedef struct date_page_case {
    const char *head;
    const char *want;
} date_page_case;

static const date_page_case date_pages[] = {
    {"<meta property=\"article:published_time\" content=\"Tue, 29 May 2007 09:49:00 GMT\">",
     "2007-05-29T09:49:00Z"},
    {"<meta name=\"date\" content=\"29. Mai 2007\">", "2007-05-29"},
    {"<meta name=\"pubdate\" content=\"05/29/2007\">", "2007-05-29"},
    {"<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
     "\"datePublished\":\"2007-05-29T09:49:00+0200\"}</script>",
     "2007-05-29T09:49:00+02:00"},
    /* one that cannot be read gives way to the next, and none is left out */
    {"<meta name=\"date\" content=\"last week\">", NULL},
};

START_TEST(test_dates_in_iso_8601)
{
    const date_page_case *c = &date_pages[_i];
    dc_result *r = extract_head_body(c->head, NULL);
    assert_str_or_null(dc_result_date(r), c->want, c->head);
    dc_result_free(r);
}
END_TEST

START_TEST(test_unreadable_date_gives_way)
{
    dc_result *r = extract_head_body("<meta name=\"date\" content=\"last week\">",
                                     "<p><time datetime=\"2007-05-29\">May 29</time></p>");
    assert_str_or_null(dc_result_date(r), "2007-05-29", "date");
    dc_result_free(r);
}
END_TEST

/* Several authors: JSON-LD's list, repeated <meta name=author>, "A and B". */
/* The page's headline is a heading that holds the title or is most of it,
 * whatever the title adds (a site's name before or after it); not a
 * logo's or a section's heading, a small part of it. */
START_TEST(test_heading_names_headline)
{
    const char *title = "Amazon Web Services Blog: AWS Week in Review - October 29, 2012";
    ck_assert(dci_meta_names_headline(title, "AWS Week in Review - October 29, 2012"));
    ck_assert(dci_meta_names_headline("City chic", "city chic!"));
    ck_assert(dci_meta_names_headline("Links", "Links of the week"));
    ck_assert(!dci_meta_names_headline(title, "Amazon Web Services Blog"));
    ck_assert(!dci_meta_names_headline(title, "Recent Posts"));
    ck_assert(!dci_meta_names_headline(NULL, "Recent Posts"));
}
END_TEST

START_TEST(test_several_authors)
{
    static const char *const heads[] = {
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":"
        "[{\"@type\":\"Person\",\"name\":\"Stella Kim\"},{\"name\":\"Jennifer Jett\"}]}</script>",
        "<meta name=\"author\" content=\"Stella Kim\"><meta name=\"author\" content=\"Jennifer Jett\">",
        "<meta name=\"author\" content=\"By Stella Kim and Jennifer Jett\">",
    };
    for (size_t i = 0; i < DCX_COUNTOF(heads); i++) {
        dc_result *r = extract_head_body(heads[i], NULL);
        ck_assert_uint_eq(dc_result_author_count(r), 2);
        assert_str_or_null(dc_result_author(r, 0), "Stella Kim", heads[i]);
        assert_str_or_null(dc_result_author(r, 1), "Jennifer Jett", heads[i]);
        ck_assert_ptr_null(dc_result_author(r, 2));
        assert_str_or_null(dc_result_byline(r), "Stella Kim, Jennifer Jett", heads[i]);
        dc_result_free(r);
    }
}
END_TEST

/* Names that hold commas are joined with semicolons. */
START_TEST(test_authors_with_commas)
{
    dc_result *r = extract_head_body("<meta name=\"DC.Creator\" content=\"Kooman, F.\">"
                                     "<meta name=\"DC.Creator\" content=\"Jong, Michiel de\">",
                                     NULL);
    ck_assert_uint_eq(dc_result_author_count(r), 2);
    assert_str_or_null(dc_result_byline(r), "Kooman, F.; Jong, Michiel de", "byline");
    dc_result_free(r);
}
END_TEST

/* Without a description, the excerpt is the article's first paragraph up
 * to its first blank line (paragraphs parted by <br><br>), on one line. */
START_TEST(test_excerpt_first_paragraph_to_blank_line)
{
    dc_result *r = extract_page("<html><head><title>Lorem</title></head><body><article>"
                                "<h1>Lorem</h1><div>Lorem ipsum<br>dolor sit<br> <br><br>"
                                TU_PROSE1 "<br>" TU_PROSE2 "<br><br>" TU_PROSE3
                                "</div></article></body></html>");
    assert_str_or_null(dc_result_excerpt(r), "Lorem ipsum dolor sit", "excerpt");
    ck_assert_ptr_null(dc_result_description(r));
    dc_result_free(r);
}
END_TEST

/* A title in name= (DC.title) is read when it is one side of the <title>
 * (an old page with no h1), not when the <title> does not show it (a
 * slogan). */
START_TEST(test_name_title_agreeing_with_title_element)
{
    static const char *const pages[][2] = {
        {"<title>draft-dejong-remotestorage-04 - remoteStorage</title>"
         "<meta name=\"DC.Title\" content=\"remoteStorage\">",
         "remoteStorage"},
        {"<title>remoteStorage | draft-dejong-remotestorage-04</title>"
         "<meta name=\"title\" content=\"remoteStorage\">",
         "remoteStorage"},
        {"<title>Harbour wall repairs approved after long delay - Gazette</title>"
         "<meta name=\"title\" content=\"News you can trust\">",
         "Harbour wall repairs approved after long delay"},
    };
    for (size_t i = 0; i < DCX_COUNTOF(pages); i++) {
        char *page = tu_strdupf("<html><head>%s</head><body><div class=\"story\"><p>" TU_PROSE1
                                "</p><p>" TU_PROSE2 "</p><p>" TU_PROSE3 "</p></div></body></html>",
                                pages[i][0]);
        dc_result *r = extract_page(page);
        assert_str_or_null(dc_result_title(r), pages[i][1], pages[i][0]);
        dc_result_free(r);
        free(page);
    }
}
END_TEST

/* Character references left in declared values (a <meta> escaped twice,
 * JSON-LD, which the HTML parser does not read) are read; a number that is
 * no character is U+FFFD; what is no reference stays. */
START_TEST(test_references_in_declared_values)
{
    dc_result *r = extract_head_body(
        "<meta property=\"og:description\" content=\"&amp;#xg; &amp;#x1F62D; &amp;#128557; "
        "&amp;#xFFFFFFFF; &amp;#x0; &amp;#xD800; It&amp;#8217;s Q&amp;amp;A &amp;lt;b&amp;gt; "
        "&amp;quot;q&amp;quot; &amp;apos;a&amp;apos; &amp;nbsp &amp;#12\">"
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        "\"author\":{\"name\":\"Ren&#233;e O&#x27;Neil\"}}</script>",
        NULL);
    assert_str_or_null(dc_result_description(r),
                       "&#xg; \xF0\x9F\x98\xAD \xF0\x9F\x98\xAD \xEF\xBF\xBD \xEF\xBF\xBD "
                       "\xEF\xBF\xBD It\xE2\x80\x99s Q&A <b> \"q\" 'a' &nbsp &#12",
                       "description");
    assert_str_or_null(dc_result_byline(r), "Ren\xC3\xA9" "e O'Neil", "byline");
    dc_result_free(r);
}
END_TEST

/* A byline line's date and time are not counted among its words: "By" and
 * a name, then a date and a time of day, is still one short line. */
START_TEST(test_byline_with_date_and_time)
{
    dc_result *r = extract_head_body(
        NULL, "<cite class=\"byline\"><span>By </span><span>GILLIAN MOHNEY</span> "
              "<abbr>March 11, 2015 3:46 PM</abbr></cite>");
    assert_str_or_null(dc_result_byline(r), "GILLIAN MOHNEY", "byline");
    dc_result_free(r);
}
END_TEST

/* A byline box that holds the author's element beside the publication's,
 * with no separator between them: the author's element gives the name. */
START_TEST(test_innermost_byline_element)
{
    dc_result *r = extract_head_body(
        NULL, "<div class=\"byline-section\"><span class=\"author\">Tom Davies</span> "
              "<span class=\"publication\">Associated Press</span> "
              "<span>Published 11:34 PM EST Nov 19, 2019</span></div>");
    assert_str_or_null(dc_result_byline(r), "Tom Davies", "byline");
    dc_result_free(r);
    /* an element inside that is not the name: the box gives it */
    r = extract_head_body(NULL, "<div class=\"Byline\">By <a href=\"/mail\">John Leyden</a> "
                                "<small class=\"MoreByAuthor\">? <a href=\"/s\">More by this "
                                "author</a></small></div>");
    const char *byline = dc_result_byline(r);
    ck_assert_msg(byline && strncmp(byline, "John Leyden", 11) == 0, "byline: %s", byline);
    dc_result_free(r);
}
END_TEST

/* The headline in a column of its own, the article's body deep in another:
 * the byline between the two is the article's (a job title beside the name
 * in the same box leaves the name's own element to give it), and a teaser's
 * byline after the body is not. */
#define SIDE_HEADLINE_PAGE(between, after)                                             \
    "<html><head><title>" TU_TITLE "</title></head><body><div class=\"page\">"        \
    "<div class=\"side\"><div><header><h1>" TU_TITLE "</h1></header></div>"           \
    "<div class=\"attribution\"><div class=\"prov\">" between "</div></div></div>"    \
    "<div class=\"col\"><div class=\"w1\"><div class=\"w2\"><div class=\"stack\">"      \
    "<div class=\"main\"><div class=\"canvas\"><article><div class=\"canvas-body\"><p>"  \
    TU_PROSE1 "</p><p>" TU_PROSE2 "</p><p>" TU_PROSE3 "</p><p>" TU_PROSE4 "</p></div>"  \
    "</article></div>" after "</div></div></div></div></div></div></body></html>"

START_TEST(test_byline_between_headline_and_body)
{
    static const char page[] = SIDE_HEADLINE_PAGE(
        "<div class=\"author\"><a class=\"author-link\" href=\"/a/jane\">Jane Roe</a>"
        "<div class=\"author-title\">Games Editor</div></div>",
        "<ul class=\"more\"><li><a href=\"/b\">Other story</a>"
        "<span class=\"author\">FAIL Name</span></li></ul>");
    dc_result *r = extract_page(page);
    assert_str_or_null(dc_result_byline(r), "Jane Roe", "byline");
    dc_result_free(r);
    /* nothing between them: the byline near the body, not the teaser's */
    static const char none[] = SIDE_HEADLINE_PAGE(
        "<span>Games</span>", "<p class=\"byline\">By Ann Lee</p>");
    r = extract_page(none);
    assert_str_or_null(dc_result_byline(r), "Ann Lee", "byline near the body");
    dc_result_free(r);
}
END_TEST

static char *read_fixture(const char *name)
{
    char *path = tu_strdupf("%s/%s", FIXTURES_DIR, name);
    FILE *f = fopen(path, "rb");
    ck_assert_msg(f != NULL, "cannot open %s", path);
    free(path);
    char *data = NULL;
    size_t len = 0, cap = 0, n;
    do {
        if (len + 4096 + 1 > cap) {
            cap = (len + 4096 + 1) * 2;
            data = realloc(data, cap);
            ck_assert_ptr_nonnull(data);
        }
        n = fread(data + len, 1, 4096, f);
        len += n;
    } while (n > 0);
    fclose(f);
    data[len] = '\0';
    return data;
}

/* The Variety seed's byline: a desk signing as a whole ("Variety Staff"),
 * in its JSON-LD and in the byline box, where "By" has an element of its
 * own. */
START_TEST(test_seed_desk_byline)
{
    char *page = read_fixture("seed/variety-sony-hack.html");
    dc_result *r = dc_extract(page, strlen(page), NULL);
    ck_assert_ptr_nonnull(r);
    assert_str_or_null(dc_result_byline(r), "Variety Staff", "byline");
    dc_result_free(r);
    free(page);
}
END_TEST

#define PAGE_HEAD                                                                      \
    "<link rel=\"canonical\" href=\"/news/story\">"                                    \
    "<meta property=\"og:image\" content=\"/img/lead.jpg\">"                           \
    "<meta property=\"article:section\" content=\"Local\">"                            \
    "<meta property=\"article:tag\" content=\"Harbour\">"                              \
    "<meta property=\"article:tag\" content=\"Sea wall\">"                             \
    "<meta name=\"keywords\" content=\"harbour, storms ,  , Ferries\">"                \
    "<meta name=\"description\" content=\"The commission approved the repairs.\">"

START_TEST(test_page_metadata)
{
    dc_result *r = extract_head_body(PAGE_HEAD, NULL);
    assert_str_or_null(dc_result_canonical_url(r), "https://example.com/news/story", "canonical");
    assert_str_or_null(dc_result_image(r), "https://example.com/img/lead.jpg", "image");
    assert_str_or_null(dc_result_section(r), "Local", "section");
    assert_str_or_null(dc_result_description(r), "The commission approved the repairs.",
                       "description");
    static const char *const tags[] = {"Harbour", "Sea wall", "storms", "Ferries"};
    ck_assert_uint_eq(dc_result_tag_count(r), DCX_COUNTOF(tags));
    for (size_t i = 0; i < DCX_COUNTOF(tags); i++)
        assert_str_or_null(dc_result_tag(r, i), tags[i], "tag");
    ck_assert_ptr_null(dc_result_tag(r, DCX_COUNTOF(tags)));
    dc_result_free(r);
}
END_TEST

/* Without og:image, the article's first image that was kept, lazy-loaded
 * or not, made absolute; without a description, no description (the
 * excerpt is the first paragraph). */
START_TEST(test_lead_image_from_the_article)
{
    dc_result *r = extract_head_body(
        NULL, "<div class=\"share-tools\"><img src=\"/icons/share.png\"></div>"
              "<figure><img src=\"data:image/gif;base64,R0lGOD\" data-src=\"photos/wall.jpg\">"
              "</figure><p><img src=\"/second.jpg\"></p>");
    assert_str_or_null(dc_result_image(r), "https://example.com/news/photos/wall.jpg", "image");
    ck_assert_ptr_null(dc_result_canonical_url(r));
    ck_assert_ptr_null(dc_result_description(r));
    ck_assert_uint_eq(dc_result_tag_count(r), 0);
    ck_assert_uint_eq(dc_result_author_count(r), 0);
    dc_result_free(r);
}
END_TEST

/* The JSON object carries the new fields, and DC_RENDER_NO_TEXT leaves the
 * text out. */
START_TEST(test_json_fields_and_no_text)
{
    char *page = tu_article_page_head(
        TU_TITLE, PAGE_HEAD "<meta name=\"author\" content=\"Jane Roe and John Doe\">", NULL);
    dc_options opt;
    dc_options_init(&opt);
    opt.url = "https://example.com/news/story.html";
    for (int no_text = 0; no_text < 2; no_text++) {
        char *out = tu_render_opt(page, strlen(page), &opt, DC_FORMAT_JSON,
                                  no_text ? DC_RENDER_NO_TEXT : 0, NULL);
        json_t *obj = json_loads(out, 0, NULL);
        ck_assert_ptr_nonnull(obj);
        json_t *authors = json_object_get(obj, "authors");
        ck_assert_uint_eq(json_array_size(authors), 2);
        ck_assert_str_eq(json_string_value(json_array_get(authors, 1)), "John Doe");
        ck_assert_str_eq(json_string_value(json_object_get(obj, "byline")), "Jane Roe, John Doe");
        ck_assert_str_eq(json_string_value(json_object_get(obj, "canonical_url")),
                         "https://example.com/news/story");
        ck_assert_str_eq(json_string_value(json_object_get(obj, "image")),
                         "https://example.com/img/lead.jpg");
        ck_assert_str_eq(json_string_value(json_object_get(obj, "section")), "Local");
        ck_assert_str_eq(json_string_value(json_object_get(obj, "description")),
                         "The commission approved the repairs.");
        ck_assert_uint_eq(json_array_size(json_object_get(obj, "tags")), 4);
        ck_assert_int_eq(json_object_get(obj, "text") != NULL, !no_text);
        json_decref(obj);
        free(out);
    }
    free(page);
}
END_TEST

static Suite *meta_suite(void)
{
    Suite *s = suite_create("meta");
    TCase *byline = tcase_create("byline");
    tcase_add_loop_test(byline, test_byline_names, 0, DCX_COUNTOF(byline_cases));
    tcase_add_loop_test(byline, test_byline_table_entries, 0, DCX_COUNTOF(table_cases));
    suite_add_tcase(s, byline);
    TCase *pages = tcase_create("pages");
    tcase_add_loop_test(pages, test_every_meta_key, 0, DCX_COUNTOF(key_cases));
    tcase_add_test(pages, test_space_separated_properties_and_unknown_prefixes);
    tcase_add_test(pages, test_decoy_metadata_in_body_widgets);
    tcase_add_loop_test(pages, test_dates_in_iso_8601, 0, DCX_COUNTOF(date_pages));
    tcase_add_test(pages, test_unreadable_date_gives_way);
    tcase_add_test(pages, test_several_authors);
    tcase_add_test(pages, test_heading_names_headline);
    tcase_add_test(pages, test_authors_with_commas);
    tcase_add_test(pages, test_page_metadata);
    tcase_add_test(pages, test_lead_image_from_the_article);
    tcase_add_test(pages, test_json_fields_and_no_text);
    tcase_add_test(pages, test_excerpt_first_paragraph_to_blank_line);
    tcase_add_test(pages, test_name_title_agreeing_with_title_element);
    tcase_add_test(pages, test_references_in_declared_values);
    tcase_add_test(pages, test_byline_with_date_and_time);
    tcase_add_test(pages, test_byline_between_headline_and_body);
    tcase_add_test(pages, test_innermost_byline_element);
    tcase_add_test(pages, test_seed_desk_byline);
    suite_add_tcase(s, pages);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(meta_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? 0 : 1;
}
