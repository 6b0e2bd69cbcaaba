#include "meta.h"

#include <ctype.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "buf.h"
#include "byline.h"
#include "date.h"
#include "sizes.h"
#include "url.h"
#include "words.h"

#define META_MAX 1024
/* The first h1s outside dropped parts: a logo h1 often comes first. */
#define MAX_H1 4
/* Values kept of one <meta> field (several authors), and of the tags. */
#define MAX_VALUES DCI_BYLINE_MAX_NAMES
#define MAX_TAG_SOURCES 32
#define MAX_TAGS 32

/* The <meta> fields a page declares. */
enum field {
    F_TITLE, F_NAME_TITLE, F_AUTHOR, F_DATE, F_SITE, F_APP_NAME, F_URL, F_DESCRIPTION, F_LANG,
    F_IMAGE, F_SECTION, F_TAGS, F_COUNT,
    F_IGNORED = F_COUNT   /* a key not read in this place */
};

/* The values of a field from its most trusted key (several when the page
 * repeats that key, as it does for authors and tags). */
typedef struct slot {
    const char *v[MAX_VALUES];
    size_t n;
    unsigned rank;   /* of the key that gave them; lower is more trusted */
} slot;

/* What the page declares, before choosing. */
typedef struct declared {
    slot meta[F_COUNT];
    const char *tag_src[MAX_TAG_SOURCES];   /* comma lists: keywords, article:tag... */
    size_t ntag_src;
    const char *ld_headline, *ld_date, *ld_site, *ld_section, *ld_image, *ld_description;
    json_t *ld_body;      /* the articleBody, a reference held until chosen */
    int ld_bodies;        /* more than one different articleBody declared */
    const char *ld_authors[MAX_VALUES];
    size_t nld_authors;
    const char *html_title;
    const char *h1[MAX_H1];
    size_t nh1;
    const char *dom_author;
    const char *time_date;
    const char *lang;
    const char *canonical;
} declared;

/* <meta> names and properties, each with the field it fills, most trusted
 * first within a field (Dublin Core, then Open Graph, then plain names, as
 * Readability ranks them). '.' and ':' are the same in a key ("DC.creator",
 * "dc:creator"); keys with other prefixes ("x:title") are not read. A
 * title in name= (not og:, twitter: or parsely-) is often the site's name
 * or its slogan ("Edmonton Sun"): it is read only when the <title> agrees
 * (F_NAME_TITLE). */
typedef struct meta_key {
    const char *key;
    enum field field;
    enum field by_name;   /* the field when read from name= or itemprop= */
} meta_key;

static const meta_key meta_keys[] = {
    {"dc:title", F_TITLE, F_NAME_TITLE},
    {"dcterms:title", F_TITLE, F_NAME_TITLE},
    {"dcterm:title", F_TITLE, F_NAME_TITLE},
    {"og:title", F_TITLE, F_TITLE},
    {"title", F_TITLE, F_NAME_TITLE},
    {"twitter:title", F_TITLE, F_TITLE},
    {"parsely-title", F_TITLE, F_TITLE},
    {"dc:creator", F_AUTHOR, F_AUTHOR},
    {"dcterms:creator", F_AUTHOR, F_AUTHOR},
    {"dcterm:creator", F_AUTHOR, F_AUTHOR},
    {"author", F_AUTHOR, F_AUTHOR},
    {"article:author", F_AUTHOR, F_AUTHOR},
    {"og:article:author", F_AUTHOR, F_AUTHOR},
    {"parsely-author", F_AUTHOR, F_AUTHOR},
    {"sailthru:author", F_AUTHOR, F_AUTHOR},
    {"article:published_time", F_DATE, F_DATE},
    {"og:published_time", F_DATE, F_DATE},
    {"datepublished", F_DATE, F_DATE},
    {"date", F_DATE, F_DATE},
    {"pubdate", F_DATE, F_DATE},
    {"publishdate", F_DATE, F_DATE},
    {"dc:date:issued", F_DATE, F_DATE},
    {"dcterms:issued", F_DATE, F_DATE},
    {"dc:date", F_DATE, F_DATE},
    {"dcterms:date", F_DATE, F_DATE},
    {"parsely-pub-date", F_DATE, F_DATE},
    {"sailthru:date", F_DATE, F_DATE},
    {"og:site_name", F_SITE, F_SITE},
    {"application-name", F_APP_NAME, F_APP_NAME},
    {"og:url", F_URL, F_URL},
    {"dc:description", F_DESCRIPTION, F_DESCRIPTION},
    {"dcterms:description", F_DESCRIPTION, F_DESCRIPTION},
    {"dcterm:description", F_DESCRIPTION, F_DESCRIPTION},
    {"og:description", F_DESCRIPTION, F_DESCRIPTION},
    {"description", F_DESCRIPTION, F_DESCRIPTION},
    {"twitter:description", F_DESCRIPTION, F_DESCRIPTION},
    {"content-language", F_LANG, F_LANG},
    {"og:image", F_IMAGE, F_IMAGE},
    {"og:image:url", F_IMAGE, F_IMAGE},
    {"og:image:secure_url", F_IMAGE, F_IMAGE},
    {"twitter:image", F_IMAGE, F_IMAGE},
    {"twitter:image:src", F_IMAGE, F_IMAGE},
    {"article:section", F_SECTION, F_SECTION},
    {"article:tag", F_TAGS, F_TAGS},
    {"keywords", F_TAGS, F_TAGS},
    {"news_keywords", F_TAGS, F_TAGS},
};

/* Ranks: a key's place in the table, property before name for the same
 * key, and everything in <head> before any <meta> in <body>. */
enum { RANK_NAME = 1, RANK_BODY = 1000, RANK_NONE = 1u << 30 };

/* a and b in any case, '.' the same as ':'. */
static int same_meta_key(const char *a, size_t alen, const char *b)
{
    size_t i = 0;
    for (; i < alen && b[i]; i++) {
        char x = a[i] == '.' ? ':' : a[i], y = b[i] == '.' ? ':' : b[i];
        if (tolower((unsigned char)x) != tolower((unsigned char)y))
            return 0;
    }
    return i == alen && b[i] == '\0';
}

static void set_value(declared *d, enum field f, unsigned rank, const char *value)
{
    if (!value || !*value || f == F_IGNORED)
        return;
    if (f == F_TAGS) {
        if (d->ntag_src < MAX_TAG_SOURCES)
            d->tag_src[d->ntag_src++] = value;
        return;
    }
    slot *s = &d->meta[f];
    if (rank < s->rank) {
        s->rank = rank;
        s->n = 0;
    }
    if (rank == s->rank && s->n < MAX_VALUES)
        s->v[s->n++] = value;
}

/* One key (one token of a property list) with its content. */
static void read_key(declared *d, const char *key, size_t len, unsigned rank,
                     const char *content)
{
    for (size_t i = 0; i < DCX_COUNTOF(meta_keys); i++)
        if (same_meta_key(key, len, meta_keys[i].key))
            set_value(d, (rank & RANK_NAME) ? meta_keys[i].by_name : meta_keys[i].field,
                      (unsigned)i * 2 + rank, content);
}

/* Each white-space separated token of keys ("og:title twitter:title"). */
static void read_keys(declared *d, const char *keys, unsigned rank, const char *content)
{
    for (const char *p = keys; *p;) {
        while (*p && isspace((unsigned char)*p))
            p++;
        size_t len = 0;
        while (p[len] && !isspace((unsigned char)p[len]))
            len++;
        if (len)
            read_key(d, p, len, rank, content);
        p += len;
    }
}

static const char *const article_types[] = {
    "Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle",
    "AnalysisNewsArticle", "OpinionNewsArticle", "TechArticle", "ScholarlyArticle",
    "Report", "SocialMediaPosting", "LiveBlogPosting", "ReviewNewsArticle",
};

/* type, or a schema.org URL ending in it, is one of the article types. */
static int names_article_type(const char *type, size_t len)
{
    for (size_t i = len; i > 0; i--)
        if (type[i - 1] == '/') {
            type += i;
            len -= i;
            break;
        }
    for (size_t i = 0; i < DCX_COUNTOF(article_types); i++)
        if (strlen(article_types[i]) == len && strncmp(type, article_types[i], len) == 0)
            return 1;
    return 0;
}

static int ends_with(const char *s, size_t len, const char *end)
{
    size_t n = strlen(end);
    return len >= n && memcmp(s + len - n, end, n) == 0;
}

/* Microdata of something else than the article: an element inside an
 * itemscope (a product, a review, a comment) whose itemtype is not an
 * article or a page. Its author or name is not the article's. */
static int in_other_item(const dci_node *n)
{
    for (const dci_node *p = n->parent; p; p = p->parent) {
        /* An item that is a property of an outer one (the article's
         * author, a Person) belongs to that outer item. */
        if (p->type != DCI_NODE_ELEMENT || !dci_attr_get(p, "itemscope") ||
            dci_attr_get(p, "itemprop"))
            continue;
        const char *type = dci_attr_get(p, "itemtype");
        if (!type)
            return 0;
        for (const char *t = type; *t;) {
            while (*t && isspace((unsigned char)*t))
                t++;
            size_t len = 0;
            while (t[len] && !isspace((unsigned char)t[len]))
                len++;
            if (len && (names_article_type(t, len) || ends_with(t, len, "WebPage")))
                return 0;
            t += len;
        }
        return 1;
    }
    return 0;
}

/* The named references that pages escape twice ("&amp;amp;"). */
static const struct {
    const char *name;
    char c;
} named_refs[] = {{"amp;", '&'}, {"lt;", '<'}, {"gt;", '>'}, {"quot;", '"'}, {"apos;", '\''}};

/* The reference at s (just after its '&') in b; returns its length, or 0
 * when s is not one. A number that is no character (0, a surrogate, past
 * U+10FFFF) is U+FFFD; "&#xg;" is no reference. */
static size_t put_reference(dci_buf *b, const char *s)
{
    for (size_t i = 0; i < DCX_COUNTOF(named_refs); i++) {
        size_t len = strlen(named_refs[i].name);
        if (strncmp(s, named_refs[i].name, len) == 0) {
            dci_buf_putc(b, named_refs[i].c);
            return len;
        }
    }
    if (*s != '#')
        return 0;
    int hex = s[1] == 'x' || s[1] == 'X';
    const char *digits = s + 1 + hex;
    size_t ndigits = strspn(digits, hex ? "0123456789abcdefABCDEF" : "0123456789");
    if (ndigits == 0 || digits[ndigits] != ';')
        return 0;
    unsigned long cp = ndigits > 8 ? 0x110000 : strtoul(digits, NULL, hex ? 16 : 10);
    if (cp == 0 || cp > 0x10FFFF || !utf8proc_codepoint_valid((utf8proc_int32_t)cp))
        cp = 0xFFFD;
    utf8proc_uint8_t utf8[4];
    dci_buf_put(b, (const char *)utf8, (size_t)utf8proc_encode_char((utf8proc_int32_t)cp, utf8));
    return (size_t)(digits + ndigits + 1 - s);
}

/*
 * A value declared in a <meta> or in JSON-LD with its character references
 * read: JSON-LD is not HTML, so the parser left them, and many pages escape
 * their <meta> values twice ("It&amp;#8217;s"). A copy in a, or s itself
 * when it holds none.
 */
static const char *unescape(dci_arena *a, const char *s)
{
    if (!s || !strchr(s, '&'))
        return s;
    dci_buf b = DCI_BUF_INIT;
    for (const char *p = s; *p;) {
        size_t len = *p == '&' ? put_reference(&b, p + 1) : 0;
        if (len) {
            p += len + 1;
            continue;
        }
        dci_buf_putc(&b, *p++);
    }
    const char *r = b.failed ? s : dci_arena_strndup(a, b.data ? b.data : "", b.len);
    dci_buf_free(&b);
    return r ? r : s;
}

static void read_meta_tag(dci_arena *a, declared *d, const dci_node *n, int in_body)
{
    const char *content = unescape(a, dci_attr_get(n, "content"));
    if (!content || (in_body && in_other_item(n)))
        return;
    unsigned body = in_body ? RANK_BODY : 0;
    const char *equiv = dci_attr_get(n, "http-equiv");
    if (equiv && strcasecmp(equiv, "content-language") == 0)
        set_value(d, F_LANG, body, content);
    const char *property = dci_attr_get(n, "property");
    const char *itemprop = dci_attr_get(n, "itemprop");
    const char *name = dci_attr_get(n, "name");
    if (property)
        read_keys(d, property, body, content);
    if (itemprop)
        read_keys(d, itemprop, body + RANK_NAME, content);
    if (name) {
        size_t len = strlen(name);
        while (len && isspace((unsigned char)name[len - 1]))
            len--;
        read_key(d, name, len, body + RANK_NAME, content);
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

/* An image's URL: a string, an ImageObject's url, the first of a list. */
static const char *json_url(json_t *v)
{
    if (json_is_array(v) && json_array_size(v) > 0)
        return json_url(json_array_get(v, 0));
    if (json_is_object(v))
        return json_string_value(json_object_get(v, "url"));
    return json_string_value(v);
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
    return s && names_article_type(s, strlen(s));
}

/* Copies one string of a JSON-LD object into the doc arena. */
static const char *keep(dci_arena *a, const char *s)
{
    size_t len;
    s = unescape(a, s);
    return s ? dci_nfc_dup(a, s, strlen(s), &len) : NULL;
}

/* Every author of a list, or the one author. */
static void read_ld_authors(dci_arena *a, declared *d, json_t *author)
{
    if (!json_is_array(author)) {
        const char *name = keep(a, json_name(author));
        if (name)
            d->ld_authors[d->nld_authors++] = name;
        return;
    }
    size_t i;
    json_t *item;
    json_array_foreach(author, i, item) {
        const char *name = keep(a, json_name(item));
        if (name && d->nld_authors < MAX_VALUES)
            d->ld_authors[d->nld_authors++] = name;
    }
}

static void read_ld_keywords(dci_arena *a, declared *d, json_t *keywords)
{
    if (json_is_string(keywords)) {
        set_value(d, F_TAGS, 0, keep(a, json_string_value(keywords)));
        return;
    }
    size_t i;
    json_t *item;
    json_array_foreach(keywords, i, item) set_value(d, F_TAGS, 0, keep(a, json_string_value(item)));
}

/* The articleBody of the page's article: an object whose JSON tree is
 * freed after reading keeps it alive by a reference, so that the text is
 * copied once, at its bounded size, into the result. A page declaring
 * several different ones (a list of stories, an endless scroll's next
 * story) names no one article: none is kept. */
static void read_ld_body(declared *d, json_t *body)
{
    if (!json_is_string(body) || json_string_length(body) == 0)
        return;
    if (d->ld_body) {
        d->ld_bodies |= !json_equal(d->ld_body, body);
        return;
    }
    d->ld_body = json_incref(body);
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
    if (!d->nld_authors)
        read_ld_authors(a, d, json_object_get(obj, "author"));
    if (!d->ld_date)
        d->ld_date = keep(a, json_string_value(json_object_get(obj, "datePublished")));
    if (!d->ld_site)
        d->ld_site = keep(a, json_name(json_object_get(obj, "publisher")));
    if (!d->ld_section)
        d->ld_section = keep(a, json_name(json_object_get(obj, "articleSection")));
    if (!d->ld_image)
        d->ld_image = keep(a, json_url(json_object_get(obj, "image")));
    if (!d->ld_description)
        d->ld_description = keep(a, json_string_value(json_object_get(obj, "description")));
    if (!d->ntag_src)
        read_ld_keywords(a, d, json_object_get(obj, "keywords"));
    read_ld_body(d, json_object_get(obj, "articleBody"));
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

static const char *tidy(dci_arena *out, const char *s);

/* An SVG's <title> names a drawing (an icon), not the page. */
static int in_svg(const dci_node *n)
{
    for (const dci_node *p = n->parent; p; p = p->parent)
        if (p->tag == GUMBO_TAG_SVG)
            return 1;
    return 0;
}

static void read_element(dci_arena *a, declared *d, const dci_node *n, const char *page_url,
                         int dropped, int in_body)
{
    switch (n->tag) {
    case GUMBO_TAG_META:
        read_meta_tag(a, d, n, in_body);
        break;
    case GUMBO_TAG_TITLE:
        if (!d->html_title && !in_svg(n))
            d->html_title = tidy(a, dci_node_text(a, n, META_MAX));
        break;
    case GUMBO_TAG_SCRIPT:
        read_json_ld(a, d, n);
        break;
    case GUMBO_TAG_LINK:
        if (!d->canonical && dci_attr_has_token(n, "rel", "canonical") && dci_attr_get(n, "href"))
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
    if (!d->dom_author && n->tag != GUMBO_TAG_META &&
        (dci_attr_has_token(n, "rel", "author") || dci_attr_has_token(n, "itemprop", "author")) &&
        !in_other_item(n))
        d->dom_author = dci_node_text_all(a, n, META_MAX);
}

/* Reads every element, dropped or not (JSON-LD lives in dropped <script>s),
 * knowing whether it lies in a dropped part, or in <body>, without
 * climbing the tree. */
static void scan(dci_arena *a, declared *d, const dci_doc *doc, const char *page_url)
{
    for (size_t f = 0; f < F_COUNT; f++)
        d->meta[f].rank = RANK_NONE;
    d->lang = dci_attr_get(doc->html, "lang");
    const dci_node *dropped_end = NULL, *body_end = NULL;
    int in_dropped = 0, in_body = 0;
    for (const dci_node *n = doc->html; n; n = dci_next(n, doc->html)) {
        if (in_dropped && n == dropped_end)
            in_dropped = 0;
        if (in_body && n == body_end)
            in_body = 0;
        if (!in_dropped && (n->flags & DCI_DROPPED)) {
            in_dropped = 1;
            dropped_end = dci_next_skip(n, doc->html);
        }
        if (n == doc->body) {
            in_body = 1;
            body_end = dci_next_skip(n, doc->html);
        }
        if (n->type == DCI_NODE_ELEMENT)
            read_element(a, d, n, page_url, in_dropped, in_body);
    }
}

/* The first value of a <meta> field, or NULL. */
static const char *first(const declared *d, enum field f)
{
    return d->meta[f].n ? d->meta[f].v[0] : NULL;
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

/* The length of the separator at s, or 0. */
static size_t separator_at(const char *s)
{
    for (size_t i = 0; i < DCX_COUNTOF(separators); i++)
        if (strncmp(s, separators[i], strlen(separators[i])) == 0)
            return strlen(separators[i]);
    return 0;
}

size_t dci_meta_title_parts(const char *title, const char **starts, size_t *lens, size_t max)
{
    size_t n = 0;
    const char *part = title;
    for (const char *s = title; title && n < max; s++) {
        size_t sep = *s ? separator_at(s) : 0;
        if (*s && !sep)
            continue;
        if (s > part) {
            starts[n] = part;
            lens[n++] = (size_t)(s - part);
        }
        if (!*s)
            break;
        part = s + sep;
        s = part - 1;
    }
    return n;
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

int dci_meta_names_headline(const char *title, const char *heading)
{
    return title && heading && (contains_loosely(heading, title) || covers(title, heading));
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

/* The h1 that matches title (holds it, or is most of it), or NULL. */
static const char *h1_matching(const char *const *h1s, size_t nh1, const char *title)
{
    for (size_t i = 0; title && i < nh1; i++) {
        const char *h1 = h1s[i];
        if (h1 && (contains_loosely(h1, title) || covers(title, h1)))
            return h1;
    }
    return NULL;
}

/* The title declared in name= (DC.title) when it is one side of the
 * <title> at a separator ("draft-dejong-remotestorage-04 - remoteStorage"),
 * so not a slogan the <title> does not show; else NULL. */
static const char *name_title_in(dci_arena *out, const declared *d, const char *html_title)
{
    for (size_t i = 0; html_title && i < d->meta[F_NAME_TITLE].n; i++) {
        const char *title = tidy(out, d->meta[F_NAME_TITLE].v[i]);
        if (title && strcmp(without_site(out, html_title, title), html_title) != 0)
            return title;
    }
    return NULL;
}

/*
 * The headline: an h1 that matches the declared (og:title, JSON-LD) one;
 * else an h1 that the <title> holds, when it is most of it (a logo h1 or
 * a blog's name is only a small part); else the declared one; else the
 * <title>'s longest part.
 */
static const char *choose_title(dci_arena *out, const declared *d)
{
    const char *site = first(d, F_SITE) ? first(d, F_SITE) : d->ld_site;
    const char *html_title = tidy(out, d->html_title);
    const char *meta_title = tidy(out, first(d, F_TITLE));
    const char *ld_headline = tidy(out, d->ld_headline);
    const char *h1s[MAX_H1];
    for (size_t i = 0; i < d->nh1; i++)
        h1s[i] = tidy(out, d->h1[i]);
    if (html_title)
        html_title = without_site(out, html_title, site);
    if (meta_title)
        meta_title = without_site(out, meta_title, site);
    if (ld_headline)
        ld_headline = without_site(out, ld_headline, site);
    const char *h1 = h1_matching(h1s, d->nh1, meta_title);
    if (!h1)
        h1 = h1_matching(h1s, d->nh1, ld_headline);
    if (h1)
        return h1;
    /* The JSON-LD headline when the <title> agrees with it and not with
     * the <meta> one (a social title written for sharing). */
    const char *declared_title = meta_title;
    if (!declared_title || (ld_headline && html_title && contains_loosely(html_title, ld_headline) &&
                            !contains_loosely(html_title, meta_title)))
        declared_title = ld_headline;
    if (!declared_title) {
        h1 = h1_in_title(h1s, d->nh1, html_title, 0);
        if (h1)
            return h1;
        const char *named = name_title_in(out, d, html_title);
        if (named)
            return named;
        return html_title ? strip_site_suffix(out, html_title) : d->nh1 ? h1s[0] : NULL;
    }
    h1 = h1_in_title(h1s, d->nh1, html_title, 1);
    if (h1)
        return h1;
    /* A <title> that holds a visible h1 (a part of it: the rest in a
     * dropped span) and not the declared title: the social title differs. */
    if (html_title && !contains_loosely(html_title, declared_title) &&
        h1_in_title(h1s, d->nh1, html_title, 0))
        return strip_site_suffix(out, html_title);
    return declared_title;
}

/* tag is one of the n in tags, in any case. */
static int has_tag(const char *const *tags, size_t n, const char *tag)
{
    for (size_t i = 0; i < n; i++)
        if (strcasecmp(tags[i], tag) == 0)
            return 1;
    return 0;
}

/* Sets the authors and the byline from the first of raw's values that
 * names someone (not a URL, as article:author often is, nor only a date);
 * returns whether one did. */
static int set_authors(dci_arena *out, dci_meta *meta, const char *const *raw, size_t nraw)
{
    const char *names[DCI_BYLINE_MAX_NAMES], *found[DCI_BYLINE_MAX_NAMES];
    size_t n = 0;
    int commas = 0;
    for (size_t i = 0; i < nraw; i++) {
        size_t nfound = dci_byline_names(out, raw[i], found, DCX_COUNTOF(found) - n);
        for (size_t k = 0; k < nfound; k++)
            if (!has_tag(names, n, found[k])) {
                commas |= strchr(found[k], ',') != NULL;
                names[n++] = found[k];
            }
    }
    if (n == 0)
        return 0;
    const char **list = dci_arena_alloc(out, n * sizeof *list);
    dci_buf b = DCI_BUF_INIT;
    /* "Doe, Jane; Roe, John" when the names hold commas themselves. */
    for (size_t i = 0; i < n; i++)
        dci_buf_printf(&b, "%s%s", i ? (commas ? "; " : ", ") : "", names[i]);
    const char *byline = b.failed ? NULL : dci_arena_strndup(out, b.data, b.len);
    dci_buf_free(&b);
    if (!list || !byline)
        return 0;
    memcpy(list, names, n * sizeof *list);
    meta->authors = list;
    meta->nauthors = n;
    meta->byline = byline;
    return 1;
}

/* The first of the candidates that reads as a date, in ISO 8601. */
static const char *choose_date(dci_arena *out, const declared *d)
{
    const char *candidates[] = {d->ld_date, first(d, F_DATE), d->time_date};
    char iso[DCI_DATE_MAX];
    for (size_t i = 0; i < DCX_COUNTOF(candidates); i++) {
        size_t len = dci_date_parse(candidates[i], iso, sizeof iso);
        if (len)
            return dci_arena_strndup(out, iso, len);
    }
    return NULL;
}

/* article:tag, keywords and JSON-LD keywords, split at commas, without
 * repeats (in any case). */
static void choose_tags(dci_arena *out, const declared *d, dci_meta *meta)
{
    const char *tags[MAX_TAGS];
    size_t n = 0;
    for (size_t i = 0; i < d->ntag_src; i++) {
        const char *src = d->tag_src[i];
        while (*src && n < MAX_TAGS) {
            size_t len = strcspn(src, ",;");
            char *part = dci_arena_strndup(out, src, len);
            const char *tag = part ? tidy(out, part) : NULL;
            if (tag && !has_tag(tags, n, tag))
                tags[n++] = tag;
            src += len + (src[len] != '\0');
        }
    }
    const char **list = n ? dci_arena_alloc(out, n * sizeof *list) : NULL;
    if (!list)
        return;
    memcpy(list, tags, n * sizeof *list);
    meta->tags = list;
    meta->ntags = n;
}

/* An absolute URL for href, or NULL (none, or a data: or script URL). */
static const char *absolute(dci_arena *out, const char *base, const char *href)
{
    const char *clean = tidy(out, href);
    const char *url = clean ? dci_url_resolve(out, base, clean) : NULL;
    return url && *url ? url : NULL;
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
    /* In order of trust. */
    if (!set_authors(out, meta, d.ld_authors, d.nld_authors) &&
        !set_authors(out, meta, d.meta[F_AUTHOR].v, d.meta[F_AUTHOR].n))
        set_authors(out, meta, &d.dom_author, d.dom_author != NULL);
    meta->date = choose_date(out, &d);
    /* application-name is some pages' headline: the last resort. */
    const char *site = first(&d, F_SITE);
    meta->site_name = tidy(out, site ? site : d.ld_site ? d.ld_site : first(&d, F_APP_NAME));
    meta->lang = tidy(out, d.lang ? d.lang : first(&d, F_LANG));
    const char *og_url = first(&d, F_URL);
    const char *canonical = d.canonical ? d.canonical : og_url;
    meta->canonical_url = absolute(out, page_url, canonical);
    meta->url = tidy(out, canonical ? canonical : page_url);
    /* The article's own summary before the page's <meta> ones, which are
     * often a shorter line written for sharing. */
    meta->description = tidy(out, d.ld_description ? d.ld_description : first(&d, F_DESCRIPTION));
    meta->excerpt = meta->description;
    const char *image = first(&d, F_IMAGE);
    meta->image = absolute(out, meta->url, image ? image : d.ld_image);
    const char *section = first(&d, F_SECTION);
    meta->section = tidy(out, section ? section : d.ld_section);
    choose_tags(out, &d, meta);
    if (d.ld_body && !d.ld_bodies) {
        size_t len = json_string_length(d.ld_body);
        if (len > DCI_ARTICLE_BODY_MAX)
            len = DCI_ARTICLE_BODY_MAX;
        meta->article_body = dci_arena_strndup(out, json_string_value(d.ld_body), len);
    }
    json_decref(d.ld_body);
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

/* The length of s up to its first word that starts with a digit: where
 * the date or the time of a byline starts. */
static size_t before_digits(const char *s)
{
    for (const char *p = s; *p; p++)
        if ((p == s || p[-1] == ' ') && dci_digit(p, SIZE_MAX, NULL) >= 0)
            return (size_t)(p - s);
    return strlen(s);
}

/* The text of a byline element when it is a line of a few words (names,
 * then maybe a date and a time, which are not counted), not a box or a
 * teaser; else NULL. */
static const char *short_text(dci_arena *a, const dci_node *n)
{
    enum { BYLINE_MAX = 100, BYLINE_WORDS = 8 };
    const char *t = dci_node_text_all(a, n, BYLINE_MAX + 1);
    if (!t || !*t || strlen(t) > BYLINE_MAX || dci_count_words(t, before_digits(t)) > BYLINE_WORDS)
        return NULL;
    return t;
}

/* The first name in a byline element's line, or NULL. */
static const char *first_name(dci_arena *a, const dci_node *n)
{
    const char *names[DCI_BYLINE_MAX_NAMES];
    const char *t = n->type == DCI_NODE_ELEMENT && names_byline(n) ? short_text(a, n) : NULL;
    return t && dci_byline_names(a, t, names, DCX_COUNTOF(names)) > 0 ? names[0] : NULL;
}

/* A byline box often holds the author's own element beside the
 * publication's ("Tom Davies" and "Associated Press" in two spans, no
 * separator between them): an element inside whose name starts the box's
 * gives it better ("More by this author" beside the name does not). */
static int holds_byline(dci_arena *a, const dci_node *box, const char *name)
{
    for (const dci_node *n = dci_next(box, box); n; n = dci_next(n, box)) {
        const char *inner = first_name(a, n);
        if (inner && strncasecmp(name, inner, strlen(inner)) == 0)
            return 1;
    }
    return 0;
}

/* Sets the byline from the first byline element from n on, in document
 * order, before stop; returns whether one did. */
static int byline_in(dci_arena *out, const dci_node *n, const dci_node *stop,
                     const dci_node *root, dci_meta *meta)
{
    for (; n && n != stop; n = dci_next(n, root)) {
        const char *name = first_name(out, n);
        if (!name || holds_byline(out, n, name))
            continue;
        const char *t = short_text(out, n);
        if (t && set_authors(out, meta, &t, 1))
            return 1;
    }
    return 0;
}

/* The first h1 whose text is the headline, or NULL. */
static const dci_node *headline_h1(dci_arena *a, const dci_doc *doc, const char *title)
{
    char want[TITLE_KEY_SIZE], key[TITLE_KEY_SIZE];
    if (!title || !dci_text_key(title, want, sizeof want))
        return NULL;
    for (const dci_node *n = doc->body; n; n = dci_next(n, doc->body)) {
        if (!dci_is_element(n, GUMBO_TAG_H1))
            continue;
        const char *text = dci_node_text_all(a, n, META_MAX);
        if (text && dci_text_key(text, key, sizeof key) && strcmp(key, want) == 0)
            return n;
    }
    return NULL;
}

static int is_ancestor(const dci_node *a, const dci_node *n)
{
    for (const dci_node *p = n->parent; p; p = p->parent)
        if (p == a)
            return 1;
    return 0;
}

/* to comes after from in document order, within root. */
static int comes_after(const dci_node *to, const dci_node *from, const dci_node *root)
{
    for (const dci_node *n = from; n; n = dci_next(n, root))
        if (n == to)
            return 1;
    return 0;
}

/* How far above the article's container its byline may sit: the article's
 * header is often a sibling of its body. */
#define BYLINE_LEVELS 2

/*
 * The article's header lies between its headline and its body, wherever
 * the page put the two (a headline in a column of its own, the body deep
 * in another). The byline is looked for there first: from the h1 that
 * reads as the title to the article's container (or to the end of it when
 * the h1 lies inside). A headline after the article gives no header.
 */
static int byline_under_headline(dci_arena *out, const dci_doc *doc, const dci_node *article,
                                 dci_meta *meta)
{
    const dci_node *h1 = headline_h1(out, doc, meta->title);
    if (!h1 || !doc->body)
        return 0;
    const dci_node *stop = article;
    if (is_ancestor(article, h1))
        stop = dci_next_skip(article, doc->body);
    else if (!comes_after(article, h1, doc->body))
        return 0;
    return byline_in(out, dci_next_skip(h1, doc->body), stop, doc->body, meta);
}

void dci_meta_byline_near(dci_arena *out, const dci_doc *doc, const dci_node *article,
                          dci_meta *meta)
{
    if (byline_under_headline(out, doc, article, meta))
        return;
    const dci_node *around = article;
    for (int i = 0; i < BYLINE_LEVELS && around->parent && around->parent != doc->body; i++)
        around = around->parent;
    byline_in(out, around, NULL, around, meta);
}

/* The address of an image: lazy loaders keep it in a data- attribute and
 * put a placeholder (often a data: URL) in src. */
static const char *const image_sources[] = {"data-src", "data-lazy-src", "data-original", "src"};

void dci_meta_image_near(dci_arena *out, const dci_node *article, dci_meta *meta)
{
    for (const dci_node *n = article; n && !meta->image;
         n = (n->flags & DCI_DROPPED) ? dci_next_skip(n, article) : dci_next(n, article)) {
        if ((n->flags & DCI_DROPPED) || !dci_is_element(n, GUMBO_TAG_IMG))
            continue;
        for (size_t i = 0; i < DCX_COUNTOF(image_sources) && !meta->image; i++)
            meta->image = absolute(out, meta->url, dci_attr_get(n, image_sources[i]));
    }
}
