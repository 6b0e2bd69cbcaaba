#include "report_safe.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "sizes.h"
#include "url.h"

/* ------------------------------------------------------------ elements */

/* Written under their own name: text, structure and inert widgets. */
static const GumboTag kept_tags[] = {
    GUMBO_TAG_HTML, GUMBO_TAG_BODY, GUMBO_TAG_ARTICLE, GUMBO_TAG_SECTION, GUMBO_TAG_NAV,
    GUMBO_TAG_ASIDE, GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5,
    GUMBO_TAG_H6, GUMBO_TAG_HGROUP, GUMBO_TAG_HEADER, GUMBO_TAG_FOOTER, GUMBO_TAG_ADDRESS,
    GUMBO_TAG_P, GUMBO_TAG_PRE, GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_OL, GUMBO_TAG_UL,
    GUMBO_TAG_LI, GUMBO_TAG_DL, GUMBO_TAG_DT, GUMBO_TAG_DD, GUMBO_TAG_FIGURE,
    GUMBO_TAG_FIGCAPTION, GUMBO_TAG_MAIN, GUMBO_TAG_DIV, GUMBO_TAG_A, GUMBO_TAG_EM,
    GUMBO_TAG_STRONG, GUMBO_TAG_SMALL, GUMBO_TAG_S, GUMBO_TAG_CITE, GUMBO_TAG_Q,
    GUMBO_TAG_DFN, GUMBO_TAG_ABBR, GUMBO_TAG_DATA, GUMBO_TAG_TIME, GUMBO_TAG_CODE,
    GUMBO_TAG_VAR, GUMBO_TAG_SAMP, GUMBO_TAG_KBD, GUMBO_TAG_SUB, GUMBO_TAG_SUP,
    GUMBO_TAG_I, GUMBO_TAG_B, GUMBO_TAG_U, GUMBO_TAG_MARK, GUMBO_TAG_RUBY, GUMBO_TAG_RT,
    GUMBO_TAG_RP, GUMBO_TAG_RB, GUMBO_TAG_RTC, GUMBO_TAG_BDI, GUMBO_TAG_BDO,
    GUMBO_TAG_SPAN, GUMBO_TAG_INS, GUMBO_TAG_DEL, GUMBO_TAG_CANVAS, GUMBO_TAG_MAP,
    GUMBO_TAG_TABLE, GUMBO_TAG_CAPTION, GUMBO_TAG_COLGROUP, GUMBO_TAG_TBODY,
    GUMBO_TAG_THEAD, GUMBO_TAG_TFOOT, GUMBO_TAG_TR, GUMBO_TAG_TD, GUMBO_TAG_TH,
    GUMBO_TAG_FIELDSET, GUMBO_TAG_LEGEND, GUMBO_TAG_LABEL, GUMBO_TAG_BUTTON,
    GUMBO_TAG_OUTPUT, GUMBO_TAG_DETAILS, GUMBO_TAG_SUMMARY, GUMBO_TAG_MENU,
    GUMBO_TAG_ACRONYM, GUMBO_TAG_DIR, GUMBO_TAG_STRIKE, GUMBO_TAG_BIG, GUMBO_TAG_CENTER,
    GUMBO_TAG_FONT, GUMBO_TAG_NOBR, GUMBO_TAG_TT, GUMBO_TAG_BLINK, GUMBO_TAG_MARQUEE,
    GUMBO_TAG_MULTICOL, GUMBO_TAG_SPACER
};

/* Left out with their insides: code, frames, plugins, media that loads,
 * form controls, and what only the head may hold. */
static const GumboTag skipped_tags[] = {
    GUMBO_TAG_SCRIPT, GUMBO_TAG_NOSCRIPT, GUMBO_TAG_TEMPLATE, GUMBO_TAG_IFRAME,
    GUMBO_TAG_FRAME, GUMBO_TAG_FRAMESET, GUMBO_TAG_NOFRAMES, GUMBO_TAG_OBJECT,
    GUMBO_TAG_EMBED, GUMBO_TAG_APPLET, GUMBO_TAG_PARAM, GUMBO_TAG_NOEMBED,
    GUMBO_TAG_BASE, GUMBO_TAG_META, GUMBO_TAG_LINK, GUMBO_TAG_TITLE, GUMBO_TAG_HEAD,
    GUMBO_TAG_INPUT, GUMBO_TAG_TEXTAREA, GUMBO_TAG_SELECT, GUMBO_TAG_OPTION,
    GUMBO_TAG_OPTGROUP, GUMBO_TAG_DATALIST, GUMBO_TAG_KEYGEN, GUMBO_TAG_ISINDEX,
    GUMBO_TAG_SOURCE, GUMBO_TAG_TRACK, GUMBO_TAG_VIDEO, GUMBO_TAG_AUDIO,
    GUMBO_TAG_BGSOUND, GUMBO_TAG_AREA, GUMBO_TAG_MENUITEM, GUMBO_TAG_PROGRESS,
    GUMBO_TAG_METER, GUMBO_TAG_MGLYPH, GUMBO_TAG_MALIGNMARK, GUMBO_TAG_ANNOTATION_XML,
    GUMBO_TAG_FOREIGNOBJECT, GUMBO_TAG_DESC, GUMBO_TAG_NEXTID, GUMBO_TAG_BASEFONT
};

static int tag_in(GumboTag tag, const GumboTag *tags, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (tags[i] == tag)
            return 1;
    return 0;
}

static dci_safe_plan plan(dci_safe_kind kind, const char *name, int renamed)
{
    dci_safe_plan p = {kind, name, renamed};
    return p;
}

/* The head keeps its title and styles; a stylesheet link is written only
 * when the caller finds it allowed. */
static dci_safe_plan head_plan(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_TITLE: return plan(DCI_SAFE_ELEMENT, "title", 0);
    case GUMBO_TAG_STYLE: return plan(DCI_SAFE_STYLE, "style", 0);
    case GUMBO_TAG_LINK: return plan(DCI_SAFE_VOID, "link", 0);
    default: return plan(DCI_SAFE_SKIP, NULL, 0);
    }
}

dci_safe_plan dci_safe_element(GumboTag tag, int in_head)
{
    if (in_head)
        return head_plan(tag);
    switch (tag) {
    case GUMBO_TAG_STYLE: return plan(DCI_SAFE_STYLE, "style", 0);
    case GUMBO_TAG_SVG: return plan(DCI_SAFE_SVG, "svg", 0);
    case GUMBO_TAG_BR: case GUMBO_TAG_HR: case GUMBO_TAG_WBR: case GUMBO_TAG_IMG:
    case GUMBO_TAG_COL:
        return plan(DCI_SAFE_VOID, gumbo_normalized_tagname(tag), 0);
    /* a form's text stays, the form goes: nothing can submit it */
    case GUMBO_TAG_FORM: return plan(DCI_SAFE_ELEMENT, "div", 1);
    /* raw text elements, written as the preformatted text they show */
    case GUMBO_TAG_XMP: case GUMBO_TAG_LISTING: case GUMBO_TAG_PLAINTEXT:
        return plan(DCI_SAFE_ELEMENT, "pre", 1);
    default: break;
    }
    if (tag_in(tag, skipped_tags, DCX_COUNTOF(skipped_tags)))
        return plan(DCI_SAFE_SKIP, NULL, 0);
    if (tag_in(tag, kept_tags, DCX_COUNTOF(kept_tags)))
        return plan(DCI_SAFE_ELEMENT, gumbo_normalized_tagname(tag), 0);
    /* custom elements, MathML: their text, inline as an unknown tag is */
    return plan(DCI_SAFE_ELEMENT, "span", 1);
}

/* ---------------------------------------------------------- attributes */

/* Copied as they are: presentation, tables, lists, accessibility. */
static const char *const kept_attrs[] = {
    "abbr", "align", "alt", "axis", "bgcolor", "border", "cellpadding", "cellspacing",
    "char", "charoff", "class", "clear", "color", "cols", "colspan", "compact", "datetime",
    "dir", "face", "frame", "headers", "height", "hidden", "id", "label", "lang", "name",
    "nowrap", "open", "reversed", "role", "rows", "rowspan", "rules", "scope", "size",
    "span", "start", "summary", "title", "translate", "type", "valign", "value", "width",
};

/* Letters, digits and '-', '_', '.': a name that cannot end the tag or
 * carry a quote. */
static int plain_name(const char *name)
{
    if (!*name)
        return 0;
    for (const char *c = name; *c; c++)
        if (!((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == '-' ||
              *c == '_' || *c == '.'))
            return 0;
    return 1;
}

int dci_safe_attr_name(const char *name)
{
    if (!plain_name(name))
        return 0;
    if (strncmp(name, "aria-", 5) == 0)
        return 1;
    /* the report's own marks cannot be forged by the page */
    if (strncmp(name, "data-", 5) == 0)
        return strncmp(name, "data-dc-", 8) != 0;
    for (size_t i = 0; i < DCX_COUNTOF(kept_attrs); i++)
        if (strcmp(name, kept_attrs[i]) == 0)
            return 1;
    return 0;
}

/* ---------------------------------------------------------------- URLs */

static int has_prefix(const char *s, const char *prefix)
{
    return strncasecmp(s, prefix, strlen(prefix)) == 0;
}

/* url as a browser reads it: tabs and newlines removed, C0 controls and
 * spaces trimmed ("java\tscript:" is javascript:). An arena string or NULL. */
static char *browser_clean(dci_arena *a, const char *url)
{
    while (*url && (unsigned char)*url <= ' ')
        url++;
    size_t len = strlen(url);
    while (len > 0 && (unsigned char)url[len - 1] <= ' ')
        len--;
    char *out = dci_arena_alloc(a, len + 1);
    if (!out)
        return NULL;
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        if (url[i] != '\t' && url[i] != '\n' && url[i] != '\r')
            out[n++] = url[i];
    out[n] = '\0';
    return out;
}

/* url resolved against the base, or NULL when it is empty or has a scheme
 * other than http, https (and mailto with mailto_ok). */
static const char *resolve(const dci_safe_policy *p, const char *url, int mailto_ok)
{
    char *clean = browser_clean(p->arena, url);
    if (!clean || !*clean)
        return NULL;
    size_t scheme = dci_url_scheme_len(clean);
    if (scheme && !has_prefix(clean, "http:") && !has_prefix(clean, "https:") &&
        !(mailto_ok && has_prefix(clean, "mailto:")))
        return NULL;
    const char *abs = dci_url_resolve(p->arena, p->base, clean);
    if (!abs || !*abs)
        return NULL;
    scheme = dci_url_scheme_len(abs);
    if (scheme && !has_prefix(abs, "http:") && !has_prefix(abs, "https:") &&
        !(mailto_ok && has_prefix(abs, "mailto:")))
        return NULL;
    return abs;
}

static int host_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '.' || c == '-' || c == '[' || c == ']' || c == ':';
}

/* "scheme://host[:port]" of an http(s) URL, lower case, without user
 * information or a default port, into out; 0, or -1 when url has none that
 * can be written in a Content-Security-Policy. */
static int origin_of(const char *url, char *out, size_t size)
{
    const char *scheme = has_prefix(url, "http://") ? "http" : has_prefix(url, "https://") ? "https" : NULL;
    if (!scheme)
        return -1;
    const char *auth = url + strlen(scheme) + 3;
    size_t end = strcspn(auth, "/?#\\");
    const char *at = NULL;
    for (size_t i = 0; i < end; i++)
        if (auth[i] == '@')
            at = auth + i;
    const char *host = at ? at + 1 : auth;
    size_t len = (size_t)(auth + end - host);
    if (len == 0)
        return -1;
    for (size_t i = 0; i < len; i++)
        if (!host_char(host[i]))
            return -1;
    const char *dflt = strcmp(scheme, "http") == 0 ? ":80" : ":443";
    if (len > strlen(dflt) && strncmp(host + len - strlen(dflt), dflt, strlen(dflt)) == 0)
        len -= strlen(dflt);
    int n = snprintf(out, size, "%s://%.*s", scheme, (int)len, host);
    if (n < 0 || (size_t)n >= size)
        return -1;
    for (char *c = out; *c; c++)
        if (*c >= 'A' && *c <= 'Z')
            *c = (char)(*c - 'A' + 'a');
    return 0;
}

static void add_origin(dci_safe_policy *p, const char *url)
{
    if (!url || p->norigins >= DCI_ORIGINS || origin_of(url, p->origins[p->norigins], DCI_ORIGIN_MAX) != 0)
        return;
    for (int i = 0; i < p->norigins; i++)
        if (strcmp(p->origins[i], p->origins[p->norigins]) == 0)
            return;
    p->norigins++;
}

void dci_safe_policy_init(dci_safe_policy *p, dci_arena *a, const char *url,
                          const char *base_href, int remote)
{
    memset(p, 0, sizeof *p);
    p->arena = a;
    p->remote = remote;
    p->base = url && *url ? url : NULL;
    if (base_href) {
        const char *b = resolve(p, base_href, 0);
        if (b && dci_url_scheme_len(b))
            p->base = b;
    }
    if (!remote)
        return;
    add_origin(p, url);
    add_origin(p, p->base);
}

const char *dci_safe_href(const dci_safe_policy *p, const char *href)
{
    /* a place in the page stays in the report */
    if (href[0] == '#')
        return href;
    return resolve(p, href, 1);
}

const char *dci_safe_load_url(const dci_safe_policy *p, const char *src)
{
    if (!p->remote || p->norigins == 0)
        return NULL;
    const char *abs = resolve(p, src, 0);
    char origin[DCI_ORIGIN_MAX];
    if (!abs || origin_of(abs, origin, sizeof origin) != 0)
        return NULL;
    for (int i = 0; i < p->norigins; i++)
        if (strcmp(origin, p->origins[i]) == 0)
            return abs;
    return NULL;
}

void dci_safe_csp(dci_buf *out, const dci_safe_policy *p)
{
    dci_buf_puts(out, "default-src 'none'; script-src 'none'; connect-src 'none'; "
                      "object-src 'none'; frame-src 'none'; font-src 'none'; "
                      "media-src 'none'; form-action 'none'; base-uri 'none'; ");
    dci_buf_puts(out, "style-src 'unsafe-inline'");
    for (int i = 0; i < p->norigins; i++)
        dci_buf_printf(out, " %s", p->origins[i]);
    dci_buf_puts(out, "; img-src");
    for (int i = 0; i < p->norigins; i++)
        dci_buf_printf(out, " %s", p->origins[i]);
    if (p->norigins == 0)
        dci_buf_puts(out, " 'none'");
}

/* -------------------------------------------------------------- escaping */

void dci_safe_escape(dci_buf *out, const char *s, size_t len, int attr)
{
    size_t from = 0;
    for (size_t i = 0; i < len; i++) {
        const char *rep = NULL;
        switch (s[i]) {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '"': rep = attr ? "&quot;" : NULL; break;
        default: break;
        }
        if (!rep)
            continue;
        dci_buf_put(out, s + from, i - from);
        dci_buf_puts(out, rep);
        from = i + 1;
    }
    dci_buf_put(out, s + from, len - from);
}

/* ------------------------------------------------------------------- CSS */

static int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static int is_letter(unsigned c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int css_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* A CSS escape at s[i] == '\\': its code point in *cp and its length,
 * the white space that ends a hex escape included; *hex says which kind. */
static size_t css_escape(const char *s, size_t len, size_t i, unsigned *cp, int *hex)
{
    size_t n = 0;
    unsigned v = 0;
    while (n < 6 && i + 1 + n < len && hex_value(s[i + 1 + n]) >= 0)
        v = v * 16 + (unsigned)hex_value(s[i + 1 + n++]);
    *hex = n > 0;
    if (n == 0) {
        *cp = i + 1 < len ? (unsigned char)s[i + 1] : 0;
        return i + 1 < len ? 2 : 1;
    }
    *cp = v;
    size_t end = i + 1 + n;
    if (end < len && css_space(s[end]))
        end += (s[end] == '\r' && end + 1 < len && s[end + 1] == '\n') ? 2 : 1;
    return end - i;
}

/* Pass one: comments removed (they are not white space in CSS: "expr/ ** /
 * ession" is one word) and escaped letters written as letters, so that
 * pass two sees "url(" and "expression" however they were spelled. */
static void css_normalize(dci_buf *out, const char *s, size_t len)
{
    char quote = 0;
    for (size_t i = 0; i < len;) {
        char c = s[i];
        if (!quote && c == '/' && i + 1 < len && s[i + 1] == '*') {
            const char *end = NULL;
            for (size_t j = i + 2; j + 1 < len && !end; j++)
                if (s[j] == '*' && s[j + 1] == '/')
                    end = s + j;
            i = end ? (size_t)(end - s) + 2 : len;
            continue;
        }
        if (c == '\\') {
            unsigned cp;
            int hex;
            size_t n = css_escape(s, len, i, &cp, &hex);
            if (is_letter(cp))
                dci_buf_putc(out, (char)cp);
            else
                dci_buf_put(out, s + i, n);
            i += n;
            continue;
        }
        if (quote && (c == quote || c == '\n'))
            quote = 0;
        else if (!quote && (c == '"' || c == '\''))
            quote = c;
        dci_buf_putc(out, c);
        i++;
    }
}

static void put_utf8(dci_buf *out, unsigned cp)
{
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
    if (cp < 0x80) {
        dci_buf_putc(out, (char)cp);
    } else if (cp < 0x800) {
        dci_buf_putc(out, (char)(0xC0 | (cp >> 6)));
        dci_buf_putc(out, (char)(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        dci_buf_putc(out, (char)(0xE0 | (cp >> 12)));
        dci_buf_putc(out, (char)(0x80 | ((cp >> 6) & 0x3F)));
        dci_buf_putc(out, (char)(0x80 | (cp & 0x3F)));
    } else {
        dci_buf_putc(out, (char)(0xF0 | (cp >> 18)));
        dci_buf_putc(out, (char)(0x80 | ((cp >> 12) & 0x3F)));
        dci_buf_putc(out, (char)(0x80 | ((cp >> 6) & 0x3F)));
        dci_buf_putc(out, (char)(0x80 | (cp & 0x3F)));
    }
}

/* The argument of url( at s[*i] (just past the parenthesis), unescaped,
 * into arg; *i goes past the closing parenthesis. */
static void css_url_arg(dci_buf *arg, const char *s, size_t len, size_t *i)
{
    size_t j = *i;
    while (j < len && css_space(s[j]))
        j++;
    char quote = (j < len && (s[j] == '"' || s[j] == '\'')) ? s[j++] : 0;
    while (j < len && (quote ? s[j] != quote : s[j] != ')')) {
        if (s[j] == '\\') {
            unsigned cp;
            int hex;
            size_t n = css_escape(s, len, j, &cp, &hex);
            if (cp != '\n')
                put_utf8(arg, cp);
            j += n;
            continue;
        }
        dci_buf_putc(arg, s[j++]);
    }
    if (quote && j < len)
        j++;
    while (j < len && s[j] != ')')
        j++;
    *i = j < len ? j + 1 : len;
}

/* A URL the policy allows, as url("..."), or none. */
static void css_put_url(dci_buf *out, const dci_safe_policy *p, const char *url)
{
    const char *abs = dci_safe_load_url(p, url);
    if (!abs) {
        dci_buf_puts(out, "none");
        return;
    }
    dci_buf_puts(out, "url(\"");
    for (const unsigned char *c = (const unsigned char *)abs; *c; c++) {
        if (*c < 0x20 || *c == 0x7F || strchr("\"'\\<>()", *c))
            dci_buf_printf(out, "%%%02X", *c);
        else
            dci_buf_putc(out, (char)*c);
    }
    dci_buf_puts(out, "\")");
}

static int at_word(const char *s, size_t len, size_t i, const char *word)
{
    size_t n = strlen(word);
    return i + n <= len && strncasecmp(s + i, word, n) == 0;
}

/* Whether "expression" at s[i] is called: white space, then '('. */
static int is_expression_call(const char *s, size_t len, size_t i)
{
    if (!at_word(s, len, i, "expression"))
        return 0;
    size_t j = i + 10;
    while (j < len && css_space(s[j]))
        j++;
    return j < len && s[j] == '(';
}

/* Pass two over the normalized text. */
static void css_disarm(dci_buf *out, const dci_safe_policy *p, const char *s, size_t len)
{
    static const struct {
        const char *word;
        const char *with;
    } words[] = {{"javascript:", "blocked:"}, {"vbscript:", "blocked:"}};
    for (size_t i = 0; i < len;) {
        /* an @import rule goes whole, whatever it names */
        if (at_word(s, len, i, "@import")) {
            while (i < len && s[i] != ';')
                i++;
            i += i < len;
            continue;
        }
        if (s[i] == '<') {
            dci_buf_puts(out, "\\3c ");
            i++;
            continue;
        }
        if (at_word(s, len, i, "url(")) {
            dci_buf arg = DCI_BUF_INIT;
            i += 4;
            css_url_arg(&arg, s, len, &i);
            css_put_url(out, p, arg.data ? arg.data : "");
            out->failed |= arg.failed;
            dci_buf_free(&arg);
            continue;
        }
        if (is_expression_call(s, len, i)) {
            dci_buf_puts(out, "x-blocked");
            i += 10;
            continue;
        }
        size_t w = 0;
        while (w < DCX_COUNTOF(words) && !at_word(s, len, i, words[w].word))
            w++;
        if (w < DCX_COUNTOF(words)) {
            dci_buf_puts(out, words[w].with);
            i += strlen(words[w].word);
            continue;
        }
        dci_buf_putc(out, s[i++]);
    }
}

void dci_safe_css(dci_buf *out, const dci_safe_policy *p, const char *css, size_t len)
{
    dci_buf flat = DCI_BUF_INIT;
    css_normalize(&flat, css, len);
    out->failed |= flat.failed;
    if (flat.data)
        css_disarm(out, p, flat.data, flat.len);
    dci_buf_free(&flat);
}
