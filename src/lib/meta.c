#include "meta.h"

#include <ctype.h>
#include <jansson.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "sizes.h"
#include "url.h"
#include "words.h"

#define META_MAX 1024
/* The first h1s outside dropped parts: a logo h1 often comes first. */
#define MAX_H1 4

/* What the page declares, before choosing. */
typedef struct declared {
    const char *og_title, *ld_headline, *html_title;
    const char *h1[MAX_H1];
    size_t nh1;
    const char *author, *ld_author, *dom_author;
    const char *date, *ld_date, *time_date;
    const char *site, *ld_site, *app_name;
    const char *lang;
    const char *canonical, *og_url;
    const char *description;
} declared;

/* <meta> names and properties, each with the field it fills. */
typedef struct meta_key {
    const char *key;
    size_t field;   /* offsetof(declared, ...) */
} meta_key;

static const meta_key meta_keys[] = {
    {"og:title", offsetof(declared, og_title)},
    {"twitter:title", offsetof(declared, og_title)},
    {"author", offsetof(declared, author)},
    {"article:author", offsetof(declared, author)},
    {"dc.creator", offsetof(declared, author)},
    {"parsely-author", offsetof(declared, author)},
    {"sailthru.author", offsetof(declared, author)},
    {"article:published_time", offsetof(declared, date)},
    {"og:published_time", offsetof(declared, date)},
    {"datepublished", offsetof(declared, date)},
    {"date", offsetof(declared, date)},
    {"pubdate", offsetof(declared, date)},
    {"publishdate", offsetof(declared, date)},
    {"dc.date.issued", offsetof(declared, date)},
    {"dc.date", offsetof(declared, date)},
    {"parsely-pub-date", offsetof(declared, date)},
    {"sailthru.date", offsetof(declared, date)},
    {"og:site_name", offsetof(declared, site)},
    {"application-name", offsetof(declared, app_name)},
    {"og:url", offsetof(declared, og_url)},
    {"description", offsetof(declared, description)},
    {"og:description", offsetof(declared, description)},
    {"twitter:description", offsetof(declared, description)},
    {"content-language", offsetof(declared, lang)},
};


static void set_once(declared *d, size_t field, const char *value)
{
    const char **slot = (const char **)((char *)d + field);
    if (!*slot && value && *value)
        *slot = value;
}

static void read_meta_tag(declared *d, const dci_node *n)
{
    const char *content = dci_attr_get(n, "content");
    if (!content)
        return;
    const char *keys[3] = {dci_attr_get(n, "property"), dci_attr_get(n, "name"),
                           dci_attr_get(n, "itemprop")};
    const char *equiv = dci_attr_get(n, "http-equiv");
    if (equiv && strcasecmp(equiv, "content-language") == 0)
        set_once(d, offsetof(declared, lang), content);
    for (size_t k = 0; k < 3; k++) {
        if (!keys[k])
            continue;
        for (size_t i = 0; i < DCX_COUNTOF(meta_keys); i++)
            if (strcasecmp(keys[k], meta_keys[i].key) == 0)
                set_once(d, meta_keys[i].field, content);
    }
}

static const char *json_name(json_t *v)
{
    if (json_is_string(v))
        return json_string_value(v);
    if (json_is_array(v) && json_array_size(v) > 0)
        return json_name(json_array_get(v, 0));
    if (json_is_object(v))
        return json_string_value(json_object_get(v, "name"));
    return NULL;
}

static int is_article_type(json_t *type)
{
    if (json_is_array(type)) {
        size_t i;
        json_t *t;
        json_array_foreach(type, i, t) if (is_article_type(t)) return 1;
        return 0;
    }
    const char *s = json_string_value(type);
    if (!s)
        return 0;
    static const char *const types[] = {
        "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle",
        "AnalysisNewsArticle", "OpinionNewsArticle", "TechArticle", "ScholarlyArticle",
        "Report", "SocialMediaPosting", "LiveBlogPosting", "ReviewNewsArticle",
    };
    for (size_t i = 0; i < DCX_COUNTOF(types); i++)
        if (strcmp(s, types[i]) == 0)
            return 1;
    return 0;
}

/* Copies one string of a JSON-LD object into the doc arena. */
static const char *keep(dci_arena *a, const char *s)
{
    size_t len;
    return s ? dci_nfc_dup(a, s, strlen(s), &len) : NULL;
}

static void read_ld_object(dci_arena *a, declared *d, json_t *obj)
{
    if (!json_is_object(obj))
        return;
    json_t *graph = json_object_get(obj, "@graph");
    if (json_is_array(graph)) {
        size_t i;
        json_t *item;
        json_array_foreach(graph, i, item) read_ld_object(a, d, item);
    }
    if (!is_article_type(json_object_get(obj, "@type")))
        return;
    if (!d->ld_headline)
        d->ld_headline = keep(a, json_string_value(json_object_get(obj, "headline")));
    if (!d->ld_author)
        d->ld_author = keep(a, json_name(json_object_get(obj, "author")));
    if (!d->ld_date)
        d->ld_date = keep(a, json_string_value(json_object_get(obj, "datePublished")));
    if (!d->ld_site)
        d->ld_site = keep(a, json_name(json_object_get(obj, "publisher")));
}

/* The JSON inside a script that XHTML habits wrap in "<![CDATA[ ... ]]>"
 * (maybe behind "//" comments); *len gets its length. */
static const char *strip_cdata(const char *s, size_t len, size_t *out_len)
{
    static const char open[] = "<![CDATA[", close[] = "]]>";
    const char *end = s + len;
    while (s < end && (isspace((unsigned char)*s) || *s == '/'))
        s++;
    if ((size_t)(end - s) >= sizeof open - 1 && memcmp(s, open, sizeof open - 1) == 0) {
        s += sizeof open - 1;
        while (end > s && isspace((unsigned char)end[-1]))
            end--;
        if ((size_t)(end - s) >= sizeof close - 1 &&
            memcmp(end - (sizeof close - 1), close, sizeof close - 1) == 0)
            end -= sizeof close - 1;
        while (end > s && (isspace((unsigned char)end[-1]) || end[-1] == '/'))
            end--;
    }
    *out_len = (size_t)(end - s);
    return s;
}

static void read_json_ld(dci_arena *a, declared *d, const dci_node *script)
{
    const char *type = dci_attr_get(script, "type");
    if (!type || strcasecmp(type, "application/ld+json") != 0)
        return;
    for (const dci_node *t = script->first_child; t; t = t->next) {
        if (t->type != DCI_NODE_TEXT)
            continue;
        size_t len;
        const char *json = strip_cdata(t->text, t->text_len, &len);
        json_t *root = json_loadb(json, len, JSON_DECODE_ANY, NULL);
        if (!root)
            continue;
        if (json_is_array(root)) {
            size_t i;
            json_t *item;
            json_array_foreach(root, i, item) read_ld_object(a, d, item);
        } else {
            read_ld_object(a, d, root);
        }
        json_decref(root);
    }
}

static int attr_has_word(const dci_node *n, const char *attr, const char *word)
{
    const char *v = dci_attr_get(n, attr);
    if (!v)
        return 0;
    size_t len = strlen(word);
    for (const char *p = v; (p = strstr(p, word)) != NULL; p += len) {
        int start = p == v || isspace((unsigned char)p[-1]);
        int end = p[len] == '\0' || isspace((unsigned char)p[len]);
        if (start && end)
            return 1;
    }
    return 0;
}

static void read_element(dci_arena *a, declared *d, const dci_node *n, const char *page_url,
                         int dropped)
{
    switch (n->tag) {
    case GUMBO_TAG_META:
        read_meta_tag(d, n);
        break;
    case GUMBO_TAG_TITLE:
        if (!d->html_title)
            d->html_title = dci_node_text(a, n, META_MAX);
        break;
    case GUMBO_TAG_SCRIPT:
        read_json_ld(a, d, n);
        break;
    case GUMBO_TAG_LINK:
        if (!d->canonical && attr_has_word(n, "rel", "canonical") && dci_attr_get(n, "href"))
            d->canonical = dci_url_resolve(a, page_url, dci_attr_get(n, "href"));
        break;
    case GUMBO_TAG_H1:
        if (d->nh1 < MAX_H1 && !dropped && (d->h1[d->nh1] = dci_node_text(a, n, META_MAX)))
            d->nh1++;
        break;
    case GUMBO_TAG_TIME:
        if (!d->time_date)
            d->time_date = dci_attr_get(n, "datetime");
        break;
    default:
        break;
    }
    if (!d->dom_author && (attr_has_word(n, "rel", "author") ||
                           attr_has_word(n, "itemprop", "author")))
        d->dom_author = dci_node_text(a, n, META_MAX);
}

/* Reads every element, dropped or not (JSON-LD lives in dropped <script>s),
 * knowing whether it lies in a dropped part without climbing the tree. */
static void scan(dci_arena *a, declared *d, const dci_doc *doc, const char *page_url)
{
    d->lang = dci_attr_get(doc->html, "lang");
    const dci_node *dropped_end = NULL;
    int in_dropped = 0;
    for (const dci_node *n = doc->html; n; n = dci_next(n, doc->html)) {
        if (in_dropped && n == dropped_end)
            in_dropped = 0;
        if (!in_dropped && (n->flags & DCI_DROPPED)) {
            in_dropped = 1;
            dropped_end = dci_next_skip(n, doc->html);
        }
        if (n->type == DCI_NODE_ELEMENT)
            read_element(a, d, n, page_url, in_dropped);
    }
}

/* Folds white space and trims; returns a copy in out, or NULL for empty. */
static const char *tidy(dci_arena *out, const char *s)
{
    if (!s)
        return NULL;
    dci_buf b = DCI_BUF_INIT;
    dci_buf_put_folded(&b, s, strlen(s));
    dci_buf_rtrim(&b);
    size_t len;
    const char *r = (b.len && !b.failed) ? dci_nfc_dup(out, b.data, b.len, &len) : NULL;
    dci_buf_free(&b);
    return r;
}

#define TITLE_KEY_SIZE 1024

/* needle's words appear in hay, whatever the punctuation and case. */
static int contains_loosely(const char *hay, const char *needle)
{
    char kh[TITLE_KEY_SIZE], kn[TITLE_KEY_SIZE];
    return dci_text_key(hay, kh, sizeof kh) > 0 && dci_text_key(needle, kn, sizeof kn) > 0 &&
           strstr(kh, kn) != NULL;
}

static const char *const separators[] = {" | ", " - ", " – ", " — ", " :: ", " » ", " · ", ": "};

/* "Headline | Site" -> "Headline": the longest part between separators
 * (not ": ", which headlines use themselves). */
static const char *strip_site_suffix(dci_arena *out, const char *title)
{
    for (size_t i = 0; i + 1 < DCX_COUNTOF(separators); i++) {
        const char *sep = strstr(title, separators[i]);
        if (!sep)
            continue;
        const char *rest = sep + strlen(separators[i]);
        size_t head = (size_t)(sep - title);
        if (head >= strlen(rest))
            return dci_arena_strndup(out, title, head);
        if (!strstr(rest, separators[i]))
            return dci_arena_strndup(out, rest, strlen(rest));
    }
    return title;
}

static int same_key(const char *a, size_t alen, const char *b)
{
    char ka[TITLE_KEY_SIZE], kb[TITLE_KEY_SIZE];
    char *cut = strndup(a, alen);
    int same = cut && dci_text_key(cut, ka, sizeof ka) > 0 && dci_text_key(b, kb, sizeof kb) > 0 &&
               strcmp(ka, kb) == 0;
    free(cut);
    return same;
}

/* When title is "Site: Headline" or "Headline | Site" (any separator) and
 * one side is the site's name, the other side; else title. */
static const char *without_site(dci_arena *out, const char *title, const char *site)
{
    for (size_t i = 0; site && i < DCX_COUNTOF(separators); i++) {
        const char *sep = strstr(title, separators[i]);
        if (!sep || sep == title)
            continue;
        const char *rest = sep + strlen(separators[i]);
        if (*rest && same_key(title, (size_t)(sep - title), site))
            return tidy(out, rest);
        if (*rest && same_key(rest, strlen(rest), site))
            return dci_arena_strndup(out, title, (size_t)(sep - title));
    }
    return title;
}

static size_t key_length(const char *s)
{
    char k[TITLE_KEY_SIZE];
    return dci_text_key(s, k, sizeof k);
}

/* part holds h1, and h1 is at least half of it. */
static int covers(const char *part, const char *h1)
{
    return contains_loosely(part, h1) && key_length(h1) * 2 >= key_length(part);
}

/* The longest of the h1s (tidied; NULL for an empty one) that html_title
 * holds (the headline rather than a logo h1 such as "V8"), at least half of
 * it when half is set; or NULL. */
static const char *h1_in_title(const char *const *h1s, size_t nh1, const char *html_title,
                               int half)
{
    const char *best = NULL;
    size_t best_len = 0;
    for (size_t i = 0; html_title && i < nh1; i++) {
        const char *h1 = h1s[i];
        if (!h1 || !(half ? covers(html_title, h1) : contains_loosely(html_title, h1)))
            continue;
        size_t len = key_length(h1);
        if (len > best_len) {
            best = h1;
            best_len = len;
        }
    }
    return best;
}

/*
 * The headline: an h1 that matches the declared (og:title, JSON-LD) one;
 * else an h1 that the <title> holds, when it is most of it (a logo h1 or
 * a blog's name is only a small part); else the declared one; else the
 * <title>'s longest part.
 */
static const char *choose_title(dci_arena *out, const declared *d)
{
    const char *site = d->site ? d->site : d->ld_site;
    const char *declared_title = tidy(out, d->og_title ? d->og_title : d->ld_headline);
    const char *html_title = tidy(out, d->html_title);
    const char *h1s[MAX_H1];
    for (size_t i = 0; i < d->nh1; i++)
        h1s[i] = tidy(out, d->h1[i]);
    if (html_title)
        html_title = without_site(out, html_title, site);
    if (!declared_title) {
        const char *h1 = h1_in_title(h1s, d->nh1, html_title, 0);
        if (h1)
            return h1;
        return html_title ? strip_site_suffix(out, html_title) : d->nh1 ? h1s[0] : NULL;
    }
    declared_title = without_site(out, declared_title, site);
    for (size_t i = 0; i < d->nh1; i++) {
        const char *h1 = h1s[i];
        if (h1 && (contains_loosely(h1, declared_title) || covers(declared_title, h1)))
            return h1;
    }
    const char *h1 = h1_in_title(h1s, d->nh1, html_title, 1);
    return h1 ? h1 : declared_title;
}

/* "By Jane Doe" -> "Jane Doe"; URLs are not names. */
/* What bylines start with before the name, in the languages we read. */
static const char *const byline_prefixes[] = {
    "written by ", "posted by ", "publicado por ", "by ", "par ", "por ", "von ", "door ",
};

static const char *clean_byline(dci_arena *out, const char *s)
{
    const char *t = tidy(out, s);
    if (!t || strncmp(t, "http", 4) == 0 || strlen(t) > 200)
        return NULL;
    for (size_t i = 0; i < DCX_COUNTOF(byline_prefixes); i++) {
        size_t len = strlen(byline_prefixes[i]);
        if (strncasecmp(t, byline_prefixes[i], len) == 0) {
            t += len;
            break;
        }
    }
    return *t ? t : NULL;
}

void dci_meta_extract(dci_arena *out, const dci_doc *doc, const char *page_url, dci_meta *meta)
{
    memset(meta, 0, sizeof *meta);
    if (!doc->html)
        return;
    declared d;
    memset(&d, 0, sizeof d);
    scan(doc->arena, &d, doc, page_url);
    meta->title = choose_title(out, &d);
    /* In order of trust; one that is a URL (article:author often is) or
     * empty gives way to the next. */
    const char *authors[] = {d.ld_author, d.author, d.dom_author};
    for (size_t i = 0; i < DCX_COUNTOF(authors) && !meta->byline; i++)
        meta->byline = authors[i] ? clean_byline(out, authors[i]) : NULL;
    meta->date = tidy(out, d.ld_date ? d.ld_date : d.date ? d.date : d.time_date);
    /* application-name is some pages' headline: the last resort. */
    meta->site_name = tidy(out, d.site ? d.site : d.ld_site ? d.ld_site : d.app_name);
    meta->lang = tidy(out, d.lang);
    const char *url = d.canonical ? d.canonical
                      : d.og_url ? d.og_url : page_url;
    meta->url = tidy(out, url);
    meta->excerpt = tidy(out, d.description);
}

/* Words in a class or id that mark the author's line, and words that mark
 * someone else's (a commenter's) or more than a line. */
static const char *const byline_words[] = {"byline", "author", "writtenby"};
static const char *const not_byline_words[] = {"comment", "avatar", "bio", "about"};

/* needle in hay in any case, not followed by more of a lower-case word
 * ("author", "authorName", "post-authors"; not "authority"). */
static int contains_word_start(const char *hay, const char *needle)
{
    size_t len = strlen(needle);
    for (; *hay; hay++) {
        if (strncasecmp(hay, needle, len) != 0)
            continue;
        const char *after = hay + len;
        if (*after == 's')
            after++;
        if (!islower((unsigned char)*after))
            return 1;
    }
    return 0;
}

static int attrs_contain(const dci_node *n, const char *const *words, size_t nwords)
{
    const char *attrs[] = {dci_attr_get(n, "class"), dci_attr_get(n, "id")};
    for (size_t i = 0; i < DCX_COUNTOF(attrs); i++)
        for (size_t w = 0; attrs[i] && w < nwords; w++)
            if (contains_word_start(attrs[i], words[w]))
                return 1;
    return 0;
}

static int names_byline(const dci_node *n)
{
    return attrs_contain(n, byline_words, DCX_COUNTOF(byline_words)) &&
           !attrs_contain(n, not_byline_words, DCX_COUNTOF(not_byline_words));
}

/* The text of a byline element when it is a line of a few words (names,
 * maybe a date), not a box or a teaser; else NULL. */
static const char *short_text(dci_arena *a, const dci_node *n)
{
    enum { BYLINE_MAX = 100, BYLINE_WORDS = 8 };
    const char *t = dci_node_text_all(a, n, BYLINE_MAX + 1);
    if (!t || !*t || strlen(t) > BYLINE_MAX || dci_count_words(t, strlen(t)) > BYLINE_WORDS)
        return NULL;
    return t;
}

/* How far above the article's container its byline may sit: the article's
 * header is often a sibling of its body. */
#define BYLINE_LEVELS 2

const char *dci_meta_byline_near(dci_arena *out, const dci_doc *doc, const dci_node *article)
{
    const dci_node *around = article;
    for (int i = 0; i < BYLINE_LEVELS && around->parent && around->parent != doc->body; i++)
        around = around->parent;
    for (const dci_node *n = around; n; n = dci_next(n, around)) {
        if (n->type != DCI_NODE_ELEMENT || !names_byline(n))
            continue;
        const char *t = short_text(out, n);
        if (t)
            return clean_byline(out, t);
    }
    return NULL;
}
