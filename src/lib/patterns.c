#include "patterns.h"

#include <ctype.h>
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "sizes.h"
#include "words.h"

/*
 * Class/id words. A word ending in '*' matches any word it begins; an entry
 * with a '-' matches one whole class token ("twitter-tweet"). Strong drop
 * words win even over a positive word on the same element: "article-comments"
 * is comments, not the article.
 */
typedef struct class_word {
    const char *word;
    dci_hint hint;
    int strong;
} class_word;

/* The drop word of captions, which a story told in pictures keeps. */
#define CAPTION_WORD "caption*"

static const class_word class_words[] = {
    /* containers of the article */
    {"article", DCI_HINT_POSITIVE, 0},
    {"articlebody", DCI_HINT_POSITIVE, 0},
    {"body", DCI_HINT_POSITIVE, 0},
    {"content", DCI_HINT_POSITIVE, 0},
    {"entry", DCI_HINT_POSITIVE, 0},
    {"hentry", DCI_HINT_POSITIVE, 0},
    {"main", DCI_HINT_POSITIVE, 0},
    {"post", DCI_HINT_POSITIVE, 0},
    {"story", DCI_HINT_POSITIVE, 0},
    {"text", DCI_HINT_POSITIVE, 0},
    {"prose", DCI_HINT_POSITIVE, 0},
    {"blog", DCI_HINT_POSITIVE, 0},
    /* the article and its content in the languages of the web: German and
     * Dutch "artikel", "inhalt", "inhoud"; French "contenu"; Spanish
     * "articulo", "contenido", "noticia"; Italian "articolo", "contenuto";
     * Portuguese "conteudo", "materia"; Polish "artykul", "tresc". Whole
     * words only: "inhaltsverzeichnis" is a table of contents, "noticias" a
     * list of news */
    {"artikel", DCI_HINT_POSITIVE, 0},
    {"inhalt", DCI_HINT_POSITIVE, 0},
    {"inhoud", DCI_HINT_POSITIVE, 0},
    {"contenu", DCI_HINT_POSITIVE, 0},
    {"articulo", DCI_HINT_POSITIVE, 0},
    {"contenido", DCI_HINT_POSITIVE, 0},
    {"noticia", DCI_HINT_POSITIVE, 0},
    {"articolo", DCI_HINT_POSITIVE, 0},
    {"contenuto", DCI_HINT_POSITIVE, 0},
    {"conteudo", DCI_HINT_POSITIVE, 0},
    {"materia", DCI_HINT_POSITIVE, 0},
    {"artykul", DCI_HINT_POSITIVE, 0},
    {"tresc", DCI_HINT_POSITIVE, 0},
    /* Czech "clanek" (článek), Swedish "innehall" (innehåll), Turkish
     * "makale" and "icerik" (içerik); not Czech "obsah", which also heads a
     * table of contents */
    {"clanek", DCI_HINT_POSITIVE, 0},
    {"innehall", DCI_HINT_POSITIVE, 0},
    {"makale", DCI_HINT_POSITIVE, 0},
    {"icerik", DCI_HINT_POSITIVE, 0},
    /* signs of page furniture: lower the score */
    {"footnote*", DCI_HINT_NEGATIVE, 0},
    {"media", DCI_HINT_NEGATIVE, 0},
    {"tool*", DCI_HINT_NEGATIVE, 0},
    {"widget*", DCI_HINT_NEGATIVE, 0},
    {"tags", DCI_HINT_NEGATIVE, 0},
    {"contact", DCI_HINT_NEGATIVE, 0},
    {"hidden", DCI_HINT_NEGATIVE, 0},
    /* boilerplate */
    {"nav", DCI_HINT_DROP, 1},
    {"navbar", DCI_HINT_DROP, 1},
    {"navigation", DCI_HINT_DROP, 1},
    {"menu*", DCI_HINT_DROP, 1},
    {"breadcrumb*", DCI_HINT_DROP, 1},
    {"footer", DCI_HINT_DROP, 1},
    {"sidebar*", DCI_HINT_DROP, 1},
    {"side-panel", DCI_HINT_DROP, 1},
    {"rail", DCI_HINT_DROP, 1},
    {"masthead", DCI_HINT_DROP, 0},
    {"comment*", DCI_HINT_DROP, 1},
    {"disqus*", DCI_HINT_DROP, 1},
    {"related*", DCI_HINT_DROP, 1},
    {"share*", DCI_HINT_DROP, 1},
    {"sharing", DCI_HINT_DROP, 1},
    {"social*", DCI_HINT_DROP, 1},
    {"sponsor*", DCI_HINT_DROP, 0},
    {"ad", DCI_HINT_DROP, 1},
    {"ads", DCI_HINT_DROP, 1},
    {"advert*", DCI_HINT_DROP, 1},
    {"banner*", DCI_HINT_DROP, 0},
    {"cookie*", DCI_HINT_DROP, 1},
    {"consent", DCI_HINT_DROP, 1},
    {"gdpr", DCI_HINT_DROP, 1},
    {"newsletter*", DCI_HINT_DROP, 1},
    {"subscribe*", DCI_HINT_DROP, 1},
    {"subscription*", DCI_HINT_DROP, 1},
    {"signup", DCI_HINT_DROP, 1},
    {"popup", DCI_HINT_DROP, 1},
    {"modal", DCI_HINT_DROP, 1},
    {"flyout*", DCI_HINT_DROP, 1},
    {"promo*", DCI_HINT_DROP, 1},
    {"outbrain", DCI_HINT_DROP, 1},
    {"taboola", DCI_HINT_DROP, 1},
    {"pagination", DCI_HINT_DROP, 0},
    {"pager", DCI_HINT_DROP, 0},
    {"recommend*", DCI_HINT_DROP, 1},
    {"trending", DCI_HINT_DROP, 1},
    {"popular", DCI_HINT_DROP, 1},
    {"teaser*", DCI_HINT_DROP, 0},
    {"kicker", DCI_HINT_DROP, 1},
    /* the same boxes in the languages of the web, as strong as their English
     * words (French "commentaires", Italian "commenti" and Dutch
     * "advertentie" are already "comment*" and "advert*"). Comments: German
     * "kommentare" (Hungarian "komment"), Polish "komentarze" (Czech
     * "komentare"), Spanish and Portuguese "comentarios", Dutch "reacties" */
    {"komment*", DCI_HINT_DROP, 1},
    {"komentar*", DCI_HINT_DROP, 1},
    {"coment*", DCI_HINT_DROP, 1},
    {"reactie*", DCI_HINT_DROP, 1},
    /* Turkish "yorumlar" */
    {"yorum*", DCI_HINT_DROP, 1},
    /* sharing: German and Dutch "teilen", "delen" (whole words: "delen" is
     * also "parts"); French "partager"; Spanish "compartir"; Portuguese
     * "compartilhe" (not "compart*": "compartment"); Italian "condividi",
     * "condivisione"; Polish "udostepnij" */
    {"teilen", DCI_HINT_DROP, 1},
    {"delen", DCI_HINT_DROP, 1},
    {"partage*", DCI_HINT_DROP, 1},
    {"compartir*", DCI_HINT_DROP, 1},
    {"compartilh*", DCI_HINT_DROP, 1},
    {"condivi*", DCI_HINT_DROP, 1},
    {"udostepnij*", DCI_HINT_DROP, 1},
    /* Czech "sdilet", "sdileni" (sdílení), Turkish "paylas" (paylaş) */
    {"sdile*", DCI_HINT_DROP, 1},
    {"paylas*", DCI_HINT_DROP, 1},
    /* advertising: German "werbung", "werbebanner", "anzeige" (whole word:
     * "anzeigen" is also "show"); French "publicite"; Spanish and
     * Portuguese "publicidad(e)"; Italian "pubblicita"; Polish and Czech
     * "reklama" */
    {"werbung", DCI_HINT_DROP, 1},
    {"werbe*", DCI_HINT_DROP, 1},
    {"anzeige", DCI_HINT_DROP, 1},
    {"publicite", DCI_HINT_DROP, 1},
    {"publicidad*", DCI_HINT_DROP, 1},
    {"pubblicita", DCI_HINT_DROP, 1},
    {"reklam*", DCI_HINT_DROP, 1},
    /* Swedish and Norwegian "annons(e)", French "annonces" */
    {"annons*", DCI_HINT_DROP, 1},
    /* related stories: German "verwandte", Spanish and Portuguese
     * "relacionadas", Italian "correlati", "correlate" (whole words:
     * "correlation" is English), Dutch "gerelateerd", Polish "powiazane" */
    {"verwandte*", DCI_HINT_DROP, 1},
    {"relacionad*", DCI_HINT_DROP, 1},
    {"correlati", DCI_HINT_DROP, 1},
    {"correlate", DCI_HINT_DROP, 1},
    {"gerelateerd*", DCI_HINT_DROP, 1},
    {"powiazan*", DCI_HINT_DROP, 1},
    /* Czech "souvisejici" (související), Swedish "relaterade", French
     * "similaires" ("articles-similaires") */
    {"souvisejici*", DCI_HINT_DROP, 1},
    {"relaterad*", DCI_HINT_DROP, 1},
    {"similaires", DCI_HINT_DROP, 1},
    /* legal small print: a disclaimer, a notice, the site's policies */
    {"disclaimer*", DCI_HINT_DROP, 0},
    {"legal", DCI_HINT_DROP, 0},
    {"policy", DCI_HINT_DROP, 0},
    /* Disqus's "comments powered by Disqus" credit link */
    {"dsq-brlink", DCI_HINT_DROP, 1},
    /* a Facebook like box or page widget ("facebook_indiv_widget") */
    {"facebook*", DCI_HINT_DROP, 1},
    {"eyebrow", DCI_HINT_DROP, 1},
    {"prev", DCI_HINT_DROP, 0},
    {"previous", DCI_HINT_DROP, 0},
    {"next", DCI_HINT_DROP, 0},
    /* not "dateline": a news story's dateline ("RENO, Nev. --") opens its
     * first paragraph, and a date alone is "date" or "timestamp" */
    {"byline*", DCI_HINT_DROP, 1},
    {"author*", DCI_HINT_DROP, 1},
    {"bio", DCI_HINT_DROP, 1},
    {"date", DCI_HINT_DROP, 1},
    {"meta", DCI_HINT_DROP, 0},
    /* the post's meta spelled out ("tags_metadata_single": a tag's blurb,
     * the categories and dates under a post); glued to "post" it stays the
     * article's own line, as "postmeta" does */
    {"metadata", DCI_HINT_DROP, 0},
    {"posted-on", DCI_HINT_DROP, 1},
    {"timestamp", DCI_HINT_DROP, 1},
    {"credit*", DCI_HINT_DROP, 1},
    {CAPTION_WORD, DCI_HINT_DROP, 1},
    {"gallery*", DCI_HINT_DROP, 1},
    {"slideshow*", DCI_HINT_DROP, 1},
    {"carousel*", DCI_HINT_DROP, 1},
    {"interstitial", DCI_HINT_DROP, 1},
    {"paywall", DCI_HINT_DROP, 1},
    {"twitter-timeline", DCI_HINT_DROP, 1},
    {"instagram-media", DCI_HINT_DROP, 1},
    {"tiktok-embed", DCI_HINT_DROP, 1},
    {"fb-post", DCI_HINT_DROP, 1},
};

#define ID_MAX_WORDS 4

/* Whether word, an entry as dci_classify returns it, is one of the n
 * entries of list. */
static int in_list(const char *const *list, size_t n, const char *word)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(list[i], word) == 0)
            return 1;
    return 0;
}

/* Drop words that name a small box: a date, a byline, a caption. */
static const char *const small_box_words[] = {
    "date", "timestamp", "posted-on", "byline*", "author*", "bio",
    CAPTION_WORD, "credit*", "kicker", "eyebrow",
};

/* Drop words that name a box beside the article: its comments or the
 * page's side column. What such a box holds is never the article when the
 * page has a fair rival outside it. */
static const char *const beside_box_words[] = {
    "comment*", "disqus*", "komment*", "komentar*", "coment*", "reactie*", "yorum*",
    "sidebar*", "side-panel", "rail",
};

int dci_class_word_names_beside_box(const char *word)
{
    return in_list(beside_box_words, DCX_COUNTOF(beside_box_words), word);
}

/* Whether value holds, in any case, the stem of a beside-box word (its
 * letters before a '*' or '-'): "side" for `side-panel` and `sidePanel`. A
 * class or id without one cannot name such a box. */
static int holds_beside_stem(const char *value)
{
    for (const char *p = value; p && *p; p++) {
        int c = tolower((unsigned char)*p);
        for (size_t i = 0; i < DCX_COUNTOF(beside_box_words); i++) {
            const char *word = beside_box_words[i];
            if (c == word[0] && strncasecmp(p, word, strcspn(word, "*-")) == 0)
                return 1;
        }
    }
    return 0;
}

/* The beside-box words that name a page's comments, not its side column. */
static const char *const comment_box_words[] = {"comment*", "disqus*", "komment*",
                                                "komentar*", "coment*", "reactie*",
                                                "yorum*"};

int dci_beside_word_names_comments(const char *word)
{
    return in_list(comment_box_words, DCX_COUNTOF(comment_box_words), word);
}

const char *dci_beside_box_word(const dci_node *n)
{
    /* the scorer asks this of every element: the substring test spares
     * classifying those whose class and id hold no stem */
    if (!holds_beside_stem(dci_attr_get(n, "class")) && !holds_beside_stem(dci_attr_get(n, "id")))
        return NULL;
    dci_class_match m = dci_classify(n);
    return m.hint == DCI_HINT_DROP && dci_class_word_names_beside_box(m.word) ? m.word : NULL;
}

/* Positive words that name one post's or story's own box (not a part of
 * the page's body such as `content` or `text`). */
static const char *const post_box_words[] = {
    "post", "hentry", "entry", "article", "story",
};

/* Class or id tokens that name the rest of a post after its cut, in the
 * box a blog engine writes beside the post's body (Movable Type and
 * TypePad's `entry-more` with id `more`, the "extended entry"). */
static const char *const continuation_tokens[] = {
    "more", "entry-more", "extended", "entry-extended", "extended-entry",
};

/* Whether one whitespace-separated token of value is in the table, in
 * any case. */
static int holds_continuation_token(const char *value)
{
    if (!value)
        return 0;
    size_t len;
    for (const char *tok = dci_next_token(&value, &len); len > 0; tok = dci_next_token(&value, &len))
        for (size_t i = 0; i < DCX_COUNTOF(continuation_tokens); i++)
            if (strlen(continuation_tokens[i]) == len &&
                strncasecmp(continuation_tokens[i], tok, len) == 0)
                return 1;
    return 0;
}

int dci_names_continuation(const dci_node *n)
{
    return holds_continuation_token(dci_attr_get(n, "class")) ||
           holds_continuation_token(dci_attr_get(n, "id"));
}

int dci_class_word_names_post_box(const char *word)
{
    return in_list(post_box_words, DCX_COUNTOF(post_box_words), word);
}

int dci_class_word_names_caption(const char *word)
{
    return strcmp(word, CAPTION_WORD) == 0;
}

/* Words that name a box of slides: a gallery, a slideshow, a carousel. */
static const char *const gallery_words[] = {
    "gallery*", "slideshow*", "carousel*",
};

int dci_class_word_names_gallery(const char *word)
{
    return in_list(gallery_words, DCX_COUNTOF(gallery_words), word);
}

int dci_class_word_names_small_box(const char *word)
{
    return in_list(small_box_words, DCX_COUNTOF(small_box_words), word);
}

/* Drop words that name a box of links: a menu, the site's navigation. A
 * box of prose under such a name is text (a layout table named
 * `menuborder` around a news item). */
static const char *const link_box_words[] = {
    "nav", "navbar", "navigation", "menu*",
};

int dci_class_word_names_link_box(const char *word)
{
    return in_list(link_box_words, DCX_COUNTOF(link_box_words), word);
}

/* Small-box words that name a short line: a byline or a date. A caption,
 * a credit or a bio may run to a long sentence. */
static const char *const short_line_words[] = {
    "date", "timestamp", "posted-on", "byline*",
};

int dci_class_word_names_short_line(const char *word)
{
    return in_list(short_line_words, DCX_COUNTOF(short_line_words), word);
}

/*
 * tally_word runs for every word of every class and id of the page, and an
 * entry can match only a word with its first letter: the entries are
 * indexed by first byte, each letter's in table order (the first that
 * matches wins), with the length and kind of each worked out once.
 */
typedef struct class_entry {
    const class_word *cw;
    size_t len;          /* without a trailing '*' */
    int prefix;          /* ends in '*': matches any word it begins */
    int whole_token;     /* holds a '-': matches one whole class token */
} class_entry;

static struct {
    size_t start[UCHAR_MAX + 2]; /* entries of first byte c: [start[c], start[c + 1]) */
    class_entry entries[DCX_COUNTOF(class_words)];
} class_index;

static pthread_once_t class_index_once = PTHREAD_ONCE_INIT;

static void build_class_index(void)
{
    size_t count[UCHAR_MAX + 1] = {0};
    for (size_t i = 0; i < DCX_COUNTOF(class_words); i++)
        count[(unsigned char)class_words[i].word[0]]++;
    for (size_t c = 0; c <= UCHAR_MAX; c++)
        class_index.start[c + 1] = class_index.start[c] + count[c];
    size_t next[UCHAR_MAX + 1];
    memcpy(next, class_index.start, sizeof next);
    for (size_t i = 0; i < DCX_COUNTOF(class_words); i++) {
        const char *word = class_words[i].word;
        size_t len = strlen(word);
        class_entry *e = &class_index.entries[next[(unsigned char)word[0]]++];
        e->cw = &class_words[i];
        e->prefix = word[len - 1] == '*';
        e->len = len - (size_t)e->prefix;
        e->whole_token = strchr(word, '-') != NULL;
    }
}

static int entry_matches(const class_entry *e, const char *word, size_t len)
{
    if (e->prefix ? len < e->len : len != e->len)
        return 0;
    return memcmp(e->cw->word, word, e->len) == 0;
}

typedef struct hint_tally {
    const class_word *positive;
    const class_word *negative;
    const class_word *drop;
    int drop_strong;
    int positives;
    int negatives;
} hint_tally;

static void tally_word(hint_tally *t, const char *word, size_t len, int whole_token,
                       int bem_element)
{
    if (len == 0)
        return;
    pthread_once(&class_index_once, build_class_index);
    unsigned char first = (unsigned char)word[0];
    for (size_t i = class_index.start[first]; i < class_index.start[first + 1]; i++) {
        const class_entry *e = &class_index.entries[i];
        const class_word *cw = e->cw;
        if (e->whole_token != whole_token || !entry_matches(e, word, len))
            continue;
        switch (cw->hint) {
        case DCI_HINT_POSITIVE:
            t->positive = cw;
            t->positives++;
            break;
        case DCI_HINT_NEGATIVE:
            t->negative = cw;
            t->negatives++;
            break;
        case DCI_HINT_DROP: {
            int strong = cw->strong || bem_element;
            if (!t->drop || (strong && !t->drop_strong)) {
                t->drop = cw;
                t->drop_strong = strong;
            }
            t->negatives++;
            break;
        }
        default:
            break;
        }
        return;
    }
}

/* The word after a glued container word: only a drop word that names no
 * small box is read there ("postcomments" is the post's comments; a
 * "postdate", "postauthor" or "postmetadata" line is the article's own, as
 * a date or byline inside it may be). */
static void tally_glued_rest(hint_tally *t, const char *rest, size_t len, int bem_element)
{
    hint_tally r = {0};
    tally_word(&r, rest, len, 0, bem_element);
    if (!r.drop || in_list(small_box_words, DCX_COUNTOF(small_box_words), r.drop->word) ||
        strcmp(r.drop->word, "meta") == 0 || strcmp(r.drop->word, "metadata") == 0)
        return;
    if (!t->drop || (r.drop_strong && !t->drop_strong)) {
        t->drop = r.drop;
        t->drop_strong = r.drop_strong;
    }
    t->negatives += r.negatives;
}

/* A token that opens with "no", "has", "with" or "without" says what the
 * element lacks or holds ("no_caption", "has-top-ad", "with-sidebar"), not
 * what it is. */
static int states_a_property(const char *tok, size_t len)
{
    static const char *const openers[] = {"no", "has", "with", "without"};
    for (size_t i = 0; i < DCX_COUNTOF(openers); i++) {
        size_t olen = strlen(openers[i]);
        if (len > olen + 1 && strncasecmp(tok, openers[i], olen) == 0 &&
            (tok[olen] == '-' || tok[olen] == '_' || isupper((unsigned char)tok[olen])))
            return 1;
    }
    return 0;
}

/* A generated hash ("e1ad", "3fa9c"): hex digits with a letter after a
 * digit. Split at its digits it yields words by chance ("ad"). A name
 * numbered at its end ("ad12") is not one. */
static int is_hex_hash(const char *tok, size_t len)
{
    int digit = 0, letter_after_digit = 0;
    if (len < 4)
        return 0;
    for (size_t i = 0; i < len; i++) {
        if (!isxdigit((unsigned char)tok[i]))
            return 0;
        if (isdigit((unsigned char)tok[i]))
            digit = 1;
        else if (digit)
            letter_after_digit = 1;
    }
    return letter_after_digit;
}

/* Container words that a class glues to what the box is inside the post:
 * "postcomments", "articlesharetools", "blognav". */
static const char *const glued_prefixes[] = {"post", "article", "entry", "story", "blog"};

#define GLUED_REST_MIN 3

/* Tallies one word of a token, and, when it is a container word glued to
 * another ("postcomments"), the word after the container too. */
static void tally_word_and_glued(hint_tally *t, const char *word, size_t len, int bem_element)
{
    tally_word(t, word, len, 0, bem_element);
    for (size_t i = 0; i < DCX_COUNTOF(glued_prefixes); i++) {
        size_t plen = strlen(glued_prefixes[i]);
        if (len >= plen + GLUED_REST_MIN && strncmp(word, glued_prefixes[i], plen) == 0) {
            tally_glued_rest(t, word + plen, len - plen, bem_element);
            return;
        }
    }
}

/* Splits one class token into lower-case words at '-', '_', digits and
 * camelCase humps, tallying each word and then the whole token. */
static void tally_token(hint_tally *t, const char *tok, size_t len)
{
    if (states_a_property(tok, len) || is_hex_hash(tok, len))
        return;
    char word[64], whole[64];
    size_t wlen = 0, tlen = 0;
    /* BEM: in "story__meta" the element after the last "__" says what the
     * block is, "story" only names the component it belongs to: a drop word
     * there wins over the component's positive one */
    size_t from = 0;
    for (size_t i = 0; i + 2 < len; i++)
        if (tok[i] == '_' && tok[i + 1] == '_')
            from = i + 2;
    for (size_t i = 0; i <= len; i++) {
        unsigned char c = i < len ? (unsigned char)tok[i] : 0;
        int hump = i > 0 && isupper(c) && islower((unsigned char)tok[i - 1]);
        if (!isalpha(c) || hump) {
            if (wlen > 0 && wlen < sizeof word)
                tally_word_and_glued(t, word, wlen, from > 0 && i - wlen >= from);
            wlen = 0;
        }
        if (isalpha(c) && wlen < sizeof word)
            word[wlen++] = (char)tolower(c);
        if (c && tlen < sizeof whole)
            whole[tlen++] = (char)tolower(c);
    }
    if (tlen > 0 && tlen < sizeof whole)
        tally_word(t, whole, tlen, 1, 0);
}

/* Prefixes of the class tokens a blog engine files a post under
 * (WordPress's "author-kgs category-news tag-ads", Typepad's
 * "entry-author-jo entry-type-post"): what follows is a name or a topic,
 * not what the element is. */
static const char *const taxonomy_prefixes[] = {
    "author", "category", "tag", "type", "status", "format",
    "entry-author", "entry-category", "entry-tag", "entry-type",
};

/* Whether tok is one of those labels: a prefix, then '-' or '_' and a
 * value. */
static int is_taxonomy_label(const char *tok, size_t len)
{
    for (size_t i = 0; i < DCX_COUNTOF(taxonomy_prefixes); i++) {
        /* most tokens differ in the first letter: this runs for every one */
        if (tolower((unsigned char)tok[0]) != taxonomy_prefixes[i][0])
            continue;
        size_t plen = strlen(taxonomy_prefixes[i]);
        if (len > plen + 1 && strncasecmp(tok, taxonomy_prefixes[i], plen) == 0 &&
            (tok[plen] == '-' || tok[plen] == '_'))
            return 1;
    }
    return 0;
}

/* Number of words in one id or class token. */
static unsigned token_words(const char *tok, size_t len)
{
    unsigned words = 0;
    int in_word = 0;
    for (size_t i = 0; i < len; i++) {
        int alpha = isalpha((unsigned char)tok[i]);
        if (alpha && !in_word)
            words++;
        in_word = alpha;
    }
    return words;
}

/* Two taxonomy labels side by side mark a post filed by its engine; one
 * alone may name a box ("author-bio", "tag-cloud"). */
static int files_a_post(const char *value)
{
    unsigned labels = 0;
    size_t len;
    for (const char *tok = dci_next_token(&value, &len); len > 0; tok = dci_next_token(&value, &len))
        labels += (unsigned)is_taxonomy_label(tok, len);
    return labels >= 2;
}

/*
 * Tallies the words of every token of a class or id value. An id of five
 * words or more is the slug of a heading ("sharing-with-a-single-developer"),
 * an anchor that says what the section is about, not what kind of block it
 * is: it is not read. Nor are the taxonomy labels of a filed post.
 */
static void tally_attr(hint_tally *t, const char *value, unsigned max_words)
{
    if (!value)
        return;
    int filed = files_a_post(value);
    size_t len;
    for (const char *tok = dci_next_token(&value, &len); len > 0; tok = dci_next_token(&value, &len))
        if (token_words(tok, len) <= max_words && !(filed && is_taxonomy_label(tok, len)))
            tally_token(t, tok, len);
}

/* How many children of a heading are looked at for its permalink. */
#define ANCHOR_LOOK 8

/* Whether id is the permalink anchor of n's heading: n is a heading, or
 * its first element child is, and one of that heading's children links to
 * "#id". Documentation and blog generators give each heading or section
 * the slug of its words ("previous-games-between-these", "comments") and
 * a link to it beside the heading's text (Sphinx's, MkDocs' and
 * Docusaurus' "¶" or "#"): the id is an address for readers, what the
 * section says, not what kind of box it is. A widget named by a short id
 * ("related-posts") offers no link to itself. */
static int is_heading_anchor(const dci_node *n, const char *id)
{
    const dci_node *h = n;
    if (!dci_is_heading(h)) {
        h = n->first_child;
        while (h && h->type != DCI_NODE_ELEMENT)
            h = h->next;
        if (!h || !dci_is_heading(h))
            return 0;
    }
    unsigned looked = 0;
    for (const dci_node *c = h->first_child; c && looked < ANCHOR_LOOK; c = c->next, looked++) {
        if (c->type != DCI_NODE_ELEMENT || c->tag != GUMBO_TAG_A)
            continue;
        const char *href = dci_attr_get(c, "href");
        if (href && href[0] == '#' && strcmp(href + 1, id) == 0)
            return 1;
    }
    return 0;
}

/* How many nodes of a heading are read to compare its text with its id,
 * and how many words the text needs for its id to be taken for a slug (a
 * heading of one word, "Comments" named "comments", is named for what it
 * heads). */
enum { SLUG_LOOK = 64, SLUG_MIN_WORDS = 2, SLUG_BYTES_PER_ID_BYTE = 8 };

/* The next ASCII letter or digit of s at or after *i, lower-cased, or 0;
 * other characters (spaces, marks, hyphens, letters of other scripts) are
 * skipped, as engines drop or spell them differently in a slug. */
static int next_alnum(const char *s, size_t len, size_t *i)
{
    for (; *i < len; (*i)++)
        if (isalnum((unsigned char)s[*i]))
            return tolower((unsigned char)s[(*i)++]);
    return 0;
}

/* Whether id is the slug of heading's own text ("stock-exchange-next-tuesday"
 * on <h2>Stock exchange next Tuesday</h2>): Markdown engines (Python-Markdown's
 * toc, kramdown, Hugo, Jekyll, pandoc) name every heading from its words, and
 * a word of the text ("next", "share", "related") says nothing of what kind of
 * block the heading is. A count may follow ("-1", a second heading of the same
 * words). The heading's text nodes are read up to SLUG_LOOK nodes and a few
 * times the id's length in bytes. */
static int id_is_own_slug(const dci_node *heading, const char *id)
{
    size_t idlen = strlen(id), at = 0, budget = SLUG_BYTES_PER_ID_BYTE * idlen + SLUG_LOOK;
    unsigned seen = 0, words = 0;
    int in_word = 0;
    for (const dci_node *d = heading; d && seen < SLUG_LOOK; d = dci_next(d, heading), seen++) {
        if (d->type != DCI_NODE_TEXT)
            continue;
        if (d->text_len > budget)
            return 0;
        budget -= d->text_len;
        for (size_t j = 0; j < d->text_len; j++) {
            int c = (unsigned char)d->text[j];
            if (!isalnum(c)) {
                in_word = in_word && (c & 0x80); /* a letter of another script */
                continue;
            }
            words += !in_word;
            in_word = 1;
            if (next_alnum(id, idlen, &at) != tolower(c))
                return 0;
        }
    }
    if (seen >= SLUG_LOOK || words < SLUG_MIN_WORDS)
        return 0;
    for (int c; (c = next_alnum(id, idlen, &at));)
        if (!isdigit(c))
            return 0;
    return 1;
}

/* Whether id addresses n's heading for readers (its permalink anchor, or
 * the slug of its words) rather than naming what kind of box n is. */
static int id_addresses_heading(const dci_node *n, const char *id)
{
    return is_heading_anchor(n, id) || (dci_is_heading(n) && id_is_own_slug(n, id));
}

static hint_tally tally_node(const dci_node *n)
{
    hint_tally t = {0};
    if (n->type == DCI_NODE_ELEMENT) {
        const char *id = dci_attr_get(n, "id");
        /* a heading carrying its own permalink is a section of the text:
         * its class styles the anchor (Docusaurus' "anchorTargetStickyNavbar",
         * scrolled to under the sticky navbar), not what kind of box it is */
        if (id && dci_is_heading(n) && is_heading_anchor(n, id))
            return t;
        tally_attr(&t, dci_attr_get(n, "class"), ~0u);
        if (id && !id_addresses_heading(n, id))
            tally_attr(&t, id, ID_MAX_WORDS);
    }
    return t;
}

dci_class_match dci_classify(const dci_node *n)
{
    hint_tally t = tally_node(n);
    dci_class_match m = {DCI_HINT_NONE, NULL};
    if (t.drop && (t.drop_strong || !t.positive)) {
        m.hint = DCI_HINT_DROP;
        m.word = t.drop->word;
    } else if (t.positive) {
        m.hint = DCI_HINT_POSITIVE;
        m.word = t.positive->word;
    } else if (t.negative) {
        m.hint = DCI_HINT_NEGATIVE;
        m.word = t.negative->word;
    }
    return m;
}

int dci_class_sign(const dci_node *n)
{
    hint_tally t = tally_node(n);
    return (t.positives > 0) - (t.negatives > 0);
}

/* The first place from s where the rest of the pattern, p, can match:
 * where its first character does, when that is a literal. A star before p
 * takes what comes before it. Most phrases open with a star, so this scan
 * runs over every short block's text. */
static const char *next_candidate(const char *s, const char *p)
{
    if (*p == '*' || *p == '\0')
        return s;
    int want = tolower((unsigned char)*p);
    while (*s && tolower((unsigned char)*s) != want)
        s++;
    return s;
}

int dci_glob_match(const char *p, const char *s)
{
    const char *star = NULL, *resume = NULL;
    while (*s) {
        if (*p == '*') {
            star = p++;
            resume = s = next_candidate(s, p);
        } else if (*p && tolower((unsigned char)*p) == tolower((unsigned char)*s)) {
            p++;
            s++;
        } else if (star) {
            p = star + 1;
            resume = s = next_candidate(resume + 1, p);
        } else {
            return 0;
        }
    }
    while (*p == '*')
        p++;
    return *p == '\0';
}

/* The bit of the pair of characters a, b (either in any ASCII case, as
 * dci_glob_match compares them). Pairs that share a bit only make the test
 * weaker, never wrong. */
static unsigned pair_bit(unsigned char a, unsigned char b)
{
    return (((unsigned)tolower(a) << 6) ^ (unsigned)tolower(b)) % DCI_GLOB_PAIR_BITS;
}

void dci_glob_text_init(dci_glob_text *t, const char *text)
{
    t->text = text;
    t->len = strlen(text);
    t->first = (unsigned char)tolower((unsigned char)text[0]);
    memset(t->pairs, 0, sizeof t->pairs);
    for (size_t i = 0; i + 1 < t->len; i++) {
        unsigned bit = pair_bit((unsigned char)text[i], (unsigned char)text[i + 1]);
        t->pairs[bit / 64] |= (uint64_t)1 << (bit % 64);
    }
}

/* Whether t holds every pair of adjacent literal characters of p: a text
 * that p matches does. */
static int holds_pairs(const char *p, const dci_glob_text *t)
{
    for (; p[0] && p[1]; p++) {
        if (p[0] == '*' || p[1] == '*')
            continue;
        unsigned bit = pair_bit((unsigned char)p[0], (unsigned char)p[1]);
        if (!(t->pairs[bit / 64] & ((uint64_t)1 << (bit % 64))))
            return 0;
    }
    return 1;
}

/* Whether t ends with what p, which holds a star, has after its last one:
 * a text that p matches does. */
static int ends_like(const char *p, const dci_glob_text *t)
{
    const char *end = strrchr(p, '*') + 1;
    size_t n = strlen(end);
    return n <= t->len && strncasecmp(end, t->text + t->len - n, n) == 0;
}

int dci_glob_match_text(const char *p, const dci_glob_text *t)
{
    /* A pattern opening with a literal fails on its first character for
     * most texts, tested here without a call; one opening with a star is
     * tested first by its end and its pairs: most texts fail those, sparing
     * the scan from every false start. */
    if (*p != '*')
        return tolower((unsigned char)*p) == tolower((unsigned char)*t->text) &&
               dci_glob_match(p, t->text);
    return ends_like(p, t) && holds_pairs(p, t) && dci_glob_match(p, t->text);
}

/* One-line blocks that are never article text. */
static const char *const phrases[] = {
    "this story is over * old.",
    "this article is more than * old*",
    "you will be redirected back to your article in seconds*",
    "* read more here.",
    /* the label alone: "Read more here: http://..." shows the source, a
     * citation the human-marked texts keep */
    "read more here",
    "read more here.",
    "read more here >>",
    "read more here »",
    "read more: *",
    /* a bare "read more" left as text by a teaser or a folded body */
    "read more",
    "read more >>",
    "read more »",
    "weiterlesen",
    "lire la suite",
    "leer más",
    "continua a leggere",
    "lees meer",
    "czytaj więcej",
    "читать далее",
    /* the label of an expander over a story's collapsed rest (a <summary>,
     * a "Show more" span a script turns into a control) */
    "continue reading",
    "continue reading »",
    "continue reading →",
    "show more",
    /* rustdoc's toggle over a module's or a crate's documentation */
    "expand description",
    /* a notebook's prompts beside its code cells and their outputs */
    "in [*]:",
    "out[*]:",
    "show full article",
    "read full article",
    "read the full article",
    "read full story",
    "read the full story",
    "mehr anzeigen",
    "afficher plus",
    "mostrar más",
    "mostra di più",
    "toon meer",
    "pokaż więcej",
    "показать больше",
    "follow * on twitter*",
    "follow * on instagram*",
    "follow * on facebook*",
    "sign up for * newsletter*",
    /* the call is an imperative that opens its sentence ("Don't miss a post!
     * Subscribe to...", "Click here to subscribe to..."); "I subscribe to
     * every newsletter", "you can subscribe to this newsletter here" are
     * the article's sentences, which the human-marked texts keep */
    "*. subscribe to * newsletter*",
    "*! subscribe to * newsletter*",
    "*? subscribe to * newsletter*",
    "* to subscribe to * newsletter*",
    "subscribe to * newsletter*",
    /* the same call to sign up after a sentence ("There's plenty more where
     * that came from. Sign up for ... to get the free daily newsletter"),
     * in the languages of the web */
    "*. sign up for * newsletter*",
    "*! sign up for * newsletter*",
    "*? sign up for * newsletter*",
    "*. abonnez-vous à * newsletter*",
    "*. inscrivez-vous à * newsletter*",
    "*. suscríbete a * newsletter*",
    "*. iscriviti alla * newsletter*",
    "*. schrijf je in voor * nieuwsbrief*",
    "*. zapisz się do * newsletter*",
    "click here *",
    "* click here for more information*",
    "have a tip?*",
    "if you enjoyed this article*",
    "* ctrl+enter*",
    "*摄",
    "this slideshow requires javascript*",
    "citation: *",
    "this document is subject to copyright*",
    "*this copy is for your personal, non-commercial use only*",
    "advert",
    "photo via *",
    "photo: *",
    "photo by *",
    "photograph: *",
    "image: *",
    "image via *",
    "image credit*",
    "* / getty images",
    /* a gallery's button ("hide caption"), a sponsor's label over its logo
     * ("Brought to you by"), a share bar's slogan ("Sharing is caring!") */
    "hide caption",
    "brought to you by",
    "sharing is caring*",
    "advertisement",
    "story continues below advertisement",
    "story continues below",
    "article continues below",
    "continue reading below",
    "more from our brands",
    "access exclusive content",
    "share this article*",
    /* "Label: link" lines pointing to another story, in the corpora's languages */
    "related: *",
    "read also: *",
    "also read: *",
    "lesen sie auch: *",
    "czytaj także: *",
    "czytaj też: *",
    "zobacz także: *",
    "lee también: *",
    "lire aussi: *",
    "lire aussi : *",
    "leggi anche: *",
    "lees ook: *",
    "leia também: *",
    "veja também: *",
    "читайте также: *",
    "смотрите также: *",
    "mehr zum thema: *",
    "siehe auch: *",
    "à lire aussi: *",
    "à lire aussi : *",
    "voir aussi: *",
    "voir aussi : *",
    "lea también: *",
    "ver también: *",
    "vea también: *",
    "vedi anche: *",
    "leia mais: *",
    "zie ook: *",
    "zobacz też: *",
    "čtěte také: *",
    "čtěte též: *",
    "přečtěte si také: *",
    "kapcsolódó: *",
    /* a gallery's and a page's controls left as text */
    "photo * of *",
    "* min read",
    "reading time*",
    "tempo de leitura*",
    "click * to enlarge*",
    "print this article*",
    "print article",
    "print article: print",
    "email article",
    "email article: email",
    "e-mail article",
    "video link & embed code",
    "embed code",
    "current rating",
    "current rating:",
    "trackback(*)",
    "trackback (*)",
    /* a bookmarking widget's label, in the languages of the web */
    "bookmark to:",
    "bookmark this",
    "bookmark and share",
    "bookmark at:",
    "bookmark at :",
    "bookmark with:",
    "bookmark with :",
    "social bookmark links",
    "social bookmarks",
    "social bookmarks:",
    "lesezeichen setzen",
    "ajouter aux favoris",
    "añadir a favoritos",
    "aggiungi ai preferiti",
    "toevoegen aan favorieten",
    "adicionar aos favoritos",
    "dodaj do ulubionych",
    "добавить в закладки",
    "přidat do záložek",
    "favorilere ekle",
    "print this page*",
    "was this article helpful?*",
    /* labels of a page's story lists and tools left as text */
    "full story",
    "[ full story ]",
    "more stories",
    "more stories:",
    "top stories",
    "article tools",
    "article tools:",
    "story tools",
    "comment now",
    "comment now!",
    "read on",
    "read on >>",
    "see more",
    "larger picture",
    "click to order",
    "register now",
    "pin it",
    /* a notice about the reader's browser or screen, never the article's
     * ("This page is best viewed in an up-to-date web browser...", "Site
     * best viewed in 1024x768 resolution", "Please note: your browser has
     * been unable to load the styles...") */
    "this page is best viewed *",
    "this site is best viewed *",
    "*site best viewed *",
    "best viewed with *",
    "please note: your browser *",
    /* a consent manager's notice, however its box is marked ("We use cookies
     * to...", the IAB framework's "We and our partners store and/or access
     * information on a device, such as cookies..."), in the languages of
     * the web: a site's cookies are never its article's subject, and an
     * article about them quotes such a line, never opens with it */
    "we use cookies to *",
    "we use cookies and *",
    "this website uses cookies*",
    "this site uses cookies*",
    "our website uses cookies*",
    "this website stores cookies *",
    "by continuing to * cookies*",
    "we and our partners * cookies*",
    "with your agreement, we * cookies*",
    "we value your privacy",
    "wir verwenden cookies*",
    "wir nutzen cookies*",
    "diese website verwendet cookies*",
    "diese webseite verwendet cookies*",
    "nous utilisons des cookies*",
    "ce site utilise des cookies*",
    "en poursuivant votre navigation * cookies*",
    "utilizamos cookies*",
    "este sitio web utiliza cookies*",
    "questo sito utilizza cookie*",
    "utilizziamo i cookie*",
    "este site utiliza cookies*",
    "wij gebruiken cookies*",
    "deze website maakt gebruik van cookies*",
    "ta strona używa plików cookie*",
    /* a blog engine's line under a post (WordPress's default themes) */
    "you can follow any responses to this entry*",
    "both comments and pings are currently closed*",
    "post a comment",
    "email to a friend",
    "e-mail to a friend",
    /* the same control naming what it sends, in the languages of the web */
    "send to a friend",
    "send this * to a friend",
    "email this * to a friend",
    "e-mail this * to a friend",
    /* a job board's: "E-mail this job to a friend... Or yourself!" */
    "e-mail this * to a friend...*",
    "an einen freund senden",
    "enviar a un amigo",
    "enviar para um amigo",
    "wyślij znajomemu",
    "отправить другу",
    "stuur door naar een vriend",
    "poslat e-mailem",
    "tipsa en vän",
    "arkadaşina gönder",   /* "arkadaşına": "ı" is written "i" */
    /* a question asking whether the reader liked the page, alone on its
     * line over a share or subscribe box ("Like this post?", "Do you like
     * this tool?"), in the languages of the web */
    "like this *?",
    "like our *?",
    "liked this *?",
    "enjoyed this *?",
    "do you like this *?",
    "did you like this *?",
    "did you enjoy this *?",
    "gefällt ihnen dieser *?",
    "hat ihnen dieser * gefallen?",
    "vous avez aimé cet *?",
    "¿te gustó este *?",
    "¿te ha gustado este *?",
    "ti è piaciuto questo *?",
    "vond je dit * leuk?",
    "понравилась статья?",
    "líbil se vám článek?",
    "bu haberi beğendiniz mi?",
    "podobał ci się ten *?",
    "gostou deste *?",
    "printer friendly version",
    "printer-friendly version",
    "view larger image",
    "text size",
    "font size",
    "font:",
    "getty images",
    /* a jump to the page's top, in the corpora's languages */
    "back to top",
    "top of page",
    "nach oben",
    "retour en haut",
    "volver arriba",
    "torna su",
    "naar boven",
    "do góry",
    "наверх",
    "zum seitenanfang",
    "zurück nach oben",
    "haut de page",
    "retour en haut de page",
    "ir arriba",
    "voltar ao topo",
    "torna all'inizio",
    "zpět nahoru",
    "vissza a tetejére",
    /* "read more" and "see more" under a teaser, in the languages of the web */
    "mehr lesen",
    "lees verder",
    "czytaj dalej",
    "číst dále",
    "leggi di più",
    "ver más",
    "en savoir plus",
    "подробнее",
    "читать полностью",
    "tovább",
    /* a page's print, mail and type-size controls, in the same languages */
    "drucken",
    "artikel drucken",
    "seite drucken",
    "artikel versenden",
    "schriftgrösse",
    "imprimer",
    "imprimer cet article",
    "imprimer l'article",
    "envoyer à un ami",
    "envoyer par e-mail",
    "envoyer par email",
    "taille du texte",
    "imprimir",
    "enviar por e-mail",
    "enviar por email",
    "enviar por correo",
    "stampa",
    "invia ad un amico",
    "invia a un amico",
    "afdrukken",
    "drukuj",
    "распечатать",
    "версия для печати",
    "tisk",
    "vytisknout",
    "nyomtatás",
    "druckversion",
    "druckansicht",
    "version imprimable",
    "versión para imprimir",
    "versione stampabile",
    "wersja do druku",
    "verze pro tisk",
    "nyomtatható verzió",
    "printvriendelijke versie",
    "versão para impressão",
    "utskriftsvänlig version",
    "textgrösse",
    "tamaño de letra",
    "tamaño del texto",
    "dimensione del testo",
    "rozmiar czcionki",
    "размер шрифта",
    "velikost písma",
    "betűméret",
    "lettergrootte",
    "tamanho da fonte",
    "tamanho do texto",
    "textstorlek",
    "yazi boyutu",
    /* a picture's enlarge control */
    "vergrössern",
    "bild vergrössern",
    "agrandir",
    "agrandir l'image",
    "ampliar",
    "ampliar imagen",
    "ingrandisci",
    "powiększ",
    "zvětšit",
    "увеличить",
    "nagyítás",
    "vergroten",
    "förstora",
    "büyüt",
    /* an advertisement's label, in the same languages */
    "anzeige",
    "werbung",
    "publicité",
    "publicidad",
    "pubblicità",
    "publicidade",
    "advertentie",
    "reklama",
    "реклама",
    "hirdetés",
    /* the time a story takes to read */
    "lesezeit: * min*",
    "lesezeit * min*",
    "temps de lecture*",
    "tiempo de lectura*",
    "tempo di lettura*",
    "czas czytania*",
    "время чтения*",
    "all rights reserved*",
    /* a comment form's messages left as text when its box is not named
     * (the blog engines' forms: preview, captcha, moderation) */
    "verify your comment",
    "previewing your comment",
    "your comment could not be posted*",
    "your comment has been saved*",
    "having trouble reading this image?*",
    "as a final step before posting your comment*",
    "the letters and numbers you entered did not match the image*",
    "write comment",
    "write a comment",
    /* a comment form's calls and notices over it */
    "join the discussion",
    "after you comment, click post*",
    "share your thoughts",
    "got something to say?",
    "start new comment thread*",
    "*you need to sign in to comment*",
    /* a related-posts widget with nothing to show, a dated-archive widget's label */
    "no related posts",
    "no related posts.",
    "posted on this day, other years:",
    /* the blog engines' like button's lines under a post ("Like this:" over
     * them stays: the texts keep it): its placeholder, and its count */
    "like loading...",
    "like loading\xe2\x80\xa6",
    "be the first to like this.",
    "one blogger likes this.",
    "* bloggers like this.",
    "suka memuat...",
    /* a script's placeholder, in the languages of the web */
    "loading...",
    "loading ...",
    "loading\xe2\x80\xa6",
    "wird geladen...",
    "chargement...",
    "chargement en cours...",
    "cargando...",
    "caricamento...",
    "caricamento in corso...",
    "bezig met laden...",
    "carregando...",
    "ładowanie...",
    "загрузка...",
    "načítání...",
    "betöltés...",
    /* the same controls in more languages of the web: Swedish, Turkish,
     * Japanese and Chinese ("read more", "back to top", print, an
     * advertisement's label, a script's placeholder) */
    "läs mer",
    "devamini oku",
    "続きを読む",
    "阅读全文",
    "閱讀全文",
    "阅读更多",
    "till toppen",
    "başa dön",
    "ページの先頭へ",
    "トップへ戻る",
    "返回顶部",
    "回到顶部",
    "skriv ut",
    "yazdir",
    "印刷",
    "打印",
    "annons",
    "reklam",
    "広告",
    "广告",
    "廣告",
    "laddar...",
    "yükleniyor...",
    "読み込み中...",
    "加载中...",
    /* "read more" and "read also" in the languages the lists above lack */
    "leia mais",
    "continue lendo",
    "seguir leyendo",
    "sigue leyendo",
    "leggi tutto",
    "läs också: *",
    "läs även: *",
    "à lire également: *",
    "à lire également : *",
    "te puede interesar: *",
    "auch interessant: *",
    "przeczytaj także: *",
    "przeczytaj też: *",
    "související: *",
    /* a rights notice on its own line, as "all rights reserved*" */
    "alle rechte vorbehalten*",
    "tous droits réservés*",
    "todos los derechos reservados*",
    "tutti i diritti riservati*",
    "riproduzione riservata*",
    "alle rechten voorbehouden*",
    "todos os direitos reservados*",
    "wszelkie prawa zastrzeżone*",
    "все права защищены*",
    "všechna práva vyhrazena*",
    "alla rättigheter förbehållna*",
    "tüm haklari saklidir*",
    /* a share control's label, as "share this article*" */
    "partager cet article*",
    "compartir este artículo*",
    "condividi questo articolo*",
    "deel dit artikel*",
    "compartilhe este artigo*",
    "partilhe este artigo*",
    "udostępnij ten artykuł*",
    "поделиться статьей*",
    "поделиться статьёй*",
    /* a reading time, as "* min read" */
    "* min. lesezeit",
    "* min lesezeit",
    "* min de lecture",
    "* min de lectura",
    "* min di lettura",
    "* min leestijd",
    "* min de leitura",
    "* min czytania",
    "* мин чтения",
    "* min läsning",
    "* dk okuma süresi",
    /* a news site's line over the rest of a story cut by an advertisement
     * or a video, as "story continues below advertisement", in the
     * languages of the web */
    "weiterlesen nach der anzeige*",
    "artikel wird nach der anzeige fortgesetzt*",
    "la suite après cette publicité*",
    "la suite après la publicité*",
    "continua após a publicidade*",
    "continua depois da publicidade*",
    "dalsza część artykułu pod materiałem wideo*",
    "dalsza część artykułu pod reklamą*",
    "článek pokračuje pod reklamou*",
    "pokračování článku pod reklamou*",
    "artikeln fortsätter under annonsen*",
    "lees verder na de advertentie*",
    "l'articolo continua dopo la pubblicità*",
    "продолжение после рекламы*",
    /* "read more: <another story>" and "read also" label lines in the
     * languages the lists above lack */
    "läs mer: *",
    "lees meer: *",
    "czytaj więcej: *",
    "czytaj również: *",
    "zobacz również: *",
    "polecamy: *",
    "saiba mais: *",
    "по теме: *",
    "ayrica okuyun: *",
    "ilgili haber: *",
    "mohlo by vás zajímat: *",
    "ook interessant: *",
    "bekijk ook: *",
    /* a reading time, a share control, in the languages that lacked them */
    "* min čtení",
    "doba čtení*",
    "lästid*",
    "leestijd*",
    "okuma süresi*",
    "diesen artikel teilen*",
    "artikel teilen",
    "sdílet článek*",
    "dela artikeln*",
    "haberi paylaş*",
    /* the blog engines' link to the reply form, as "post a comment"
     * (WordPress's translated "Leave a comment" and "Leave a Reply") */
    "hinterlasse einen kommentar",
    "schreibe einen kommentar",
    "laisser un commentaire",
    "deja un comentario",
    "deja una respuesta",
    "lascia un commento",
    "laat een reactie achter",
    "geef een reactie",
    "deixe um comentário",
    "deixe uma resposta",
    "dodaj komentarz",
    "оставьте комментарий",
    "добавить комментарий",
    "napsat komentář",
    "lämna en kommentar",
    "lämna ett svar",
    "bir yanit yazin",
    "コメントを残す",
    "发表评论",
    /* the entries the audit still found missing: a printer version (tr), a
     * question whether the reader liked it and a bookmark control (sv) */
    "yazdirilabilir sürüm",
    "gillade du artikeln?",
    "lägg till i favoriter",
    /* the call to sign up after a sentence, as "*. sign up for *
     * newsletter*", in the languages that lacked it */
    "*. abonnieren sie * newsletter*",
    "*. assine * newsletter*",
    "*. подпишитесь на * рассылку*",
    "*. подпишитесь на рассылку*",
    "*. přihlaste se k odběru newsletteru*",
    "*. prenumerera på * nyhetsbrev*",
    "*. bültenimize abone olun*",
    /* a comment form's messages and calls, as "write a comment" and "join
     * the discussion" (the blog engines' and Disqus's translated strings),
     * and the engines' notice under a held comment */
    "your comment is awaiting moderation*",
    "diskutieren sie mit",
    "diskutieren sie mit!",
    "dein kommentar muss noch freigegeben werden*",
    "participez à la discussion",
    "rejoignez la discussion",
    "écrire un commentaire",
    "votre commentaire est en attente de modération*",
    "únete a la conversación",
    "únete a la discusión",
    "escribe un comentario",
    "tu comentario está pendiente de moderación*",
    "partecipa alla discussione",
    "scrivi un commento",
    "il tuo commento è in attesa di moderazione*",
    "doe mee aan de discussie",
    "schrijf een reactie",
    "je reactie wacht op goedkeuring*",
    "participe da discussão",
    "junte-se à discussão",
    "escreva um comentário",
    "seu comentário está aguardando moderação*",
    "dołącz do dyskusji",
    "napisz komentarz",
    "twój komentarz oczekuje na moderację*",
    "присоединяйтесь к обсуждению",
    "написать комментарий",
    "ваш комментарий ожидает модерации*",
    "ваш комментарий ожидает проверки*",
    "zapojte se do diskuse",
    "váš komentář čeká na schválení*",
    "delta i diskussionen",
    "skriv en kommentar",
    "din kommentar väntar på granskning*",
    "tartişmaya katilin",
    "yorum yaz",
    "yorumunuz onay bekliyor*",
    "コメントする",
    "写评论",
    "댓글 쓰기",
    /* Korean controls, as the Japanese and Chinese above: read more, back
     * to top, print, an advertisement's label */
    "더보기",
    "맨 위로",
    "인쇄",
    "광고",
};

/* A pattern with the most words a line matching it has. */
typedef struct limited_pattern {
    const char *pattern;
    unsigned max_words;
} limited_pattern;

/* Headings that open a section of boilerplate, with the most words such a
 * heading has ("More Film" yes, "More than a game" no). */
static const limited_pattern section_headings[] = {
    {"more *", 3},
    {"more from *", 5},
    {"more in *", 5},
    {"something to consider", 3},
    {"related*", 3},
    {"you may also like*", 5},
    {"you might also like*", 5},
    {"recommended*", 3},
    {"most popular*", 3},
    {"most read*", 3},
    {"popular*", 3},
    {"trending*", 3},
    {"read next*", 3},
    {"comments*", 3},
    {"* comments", 3},
    {"leave a reply*", 4},
    {"tell us what you think*", 6},
    {"leave a comment*", 4},
    {"join the conversation*", 4},
    {"share this*", 4},
    {"around the web*", 4},
    {"access exclusive content", 3},
    {"latest news*", 3},
    {"top stories*", 3},
    {"story highlights", 2},
    /* a box of the front page's teasers or of advertisers' links, beside
     * the story whatever its class says */
    {"from the homepage*", 3},
    {"from the home page*", 4},
    {"sponsored ads*", 3},
    {"ads by google*", 4},
    /* the same sections in the other languages of the corpus */
    {"самые популярные*", 4},
    {"читайте также*", 4},
    {"похожие *", 3},
    {"отзывы*", 2},
    {"добавить отзыв*", 3},
    {"комментарии*", 2},
    {"leia também*", 3},
    {"veja também*", 3},
    {"mais lidas*", 3},
    {"notícias relacionadas*", 3},
    {"comentários*", 2},
    {"lea también*", 3},
    {"más noticias*", 3},
    {"comentarios*", 2},
    {"à lire aussi*", 4},
    {"sur le même sujet*", 5},
    {"commentaires*", 2},
    {"mehr zum thema*", 4},
    {"weitere artikel*", 3},
    {"kommentare*", 2},
    {"lesen sie auch*", 4},
    {"auch interessant*", 3},
    {"das könnte sie auch interessieren*", 6},
    {"czytaj także*", 3},
    {"czytaj też*", 3},
    {"zobacz także*", 3},
    {"zobacz też*", 3},
    {"komentarze*", 2},
    {"te puede interesar*", 4},
    {"también te puede interesar*", 5},
    {"lee también*", 3},
    {"lire aussi*", 3},
    {"à voir aussi*", 4},
    {"vous aimerez aussi*", 4},
    {"leggi anche*", 3},
    {"potrebbe interessarti*", 3},
    {"articoli correlati*", 3},
    {"commenti*", 2},
    {"lees ook*", 3},
    {"gerelateerde artikelen*", 3},
    {"reacties*", 2},
    {"leia mais*", 3},
    {"misschien ook interessant*", 4},
    {"вам может быть интересно*", 5},
    {"рекомендуем*", 2},
    {"autres actualités*", 3},
    {"ayrica okuyun*", 3},
    {"najnowsze artykuły*", 3},
    {"najnowsze wiadomości*", 3},
    /* other and more news (pl), recommended stories in the languages that
     * lacked them */
    {"więcej wiadomości*", 3},
    {"pozostałe wiadomości*", 3},
    {"inne wiadomości*", 3},
    {"empfohlene artikel*", 3},
    {"unsere empfehlungen*", 3},
    {"nos recommandations*", 3},
    {"articles recommandés*", 3},
    {"articoli consigliati*", 3},
    {"aanbevolen artikelen*", 3},
    {"artigos recomendados*", 3},
    {"recomendados para você*", 4},
    {"doporučené články*", 3},
    {"doporučujeme*", 2},
    {"rekommenderade artiklar*", 3},
    {"rekommenderat*", 2},
    {"önerilen haberler*", 3},
    {"sizin için seçtiklerimiz*", 4},
    /* the related-posts, most-read and reply headings of the blog engines
     * and news sites in the languages of the web (WordPress's and Jetpack's
     * translated strings: "Ähnliche Beiträge", "Articles similaires",
     * "Deja una respuesta", "Lascia un commento", "Geef een reactie") */
    {"ähnliche artikel*", 3},
    {"ähnliche beiträge*", 3},
    {"verwandte artikel*", 3},
    {"meistgelesen*", 2},
    {"schreibe einen kommentar*", 4},
    {"hinterlasse einen kommentar*", 4},
    {"articles similaires*", 3},
    {"articles liés*", 3},
    {"les plus lus*", 4},
    {"à lire également*", 4},
    {"dans la même rubrique*", 5},
    {"laisser un commentaire*", 4},
    {"laisser une réponse*", 4},
    {"artículos relacionados*", 3},
    {"noticias relacionadas*", 3},
    {"lo más leído*", 4},
    {"lo más visto*", 4},
    {"deja una respuesta*", 4},
    {"deja un comentario*", 4},
    {"relacionados", 1},
    {"relacionado", 1},
    {"i più letti*", 4},
    {"più letti*", 3},
    {"ti potrebbe interessare*", 4},
    {"lascia un commento*", 4},
    {"lascia una risposta*", 4},
    {"correlati", 1},
    {"artigos relacionados*", 3},
    /* the latest, other and recommended stories the languages above lacked */
    {"weitere nachrichten*", 3},
    {"neueste artikel*", 3},
    {"dernières actualités*", 3},
    {"sur le même thème*", 5},
    {"les plus partagés*", 4},
    {"les plus commentés*", 4},
    {"últimas noticias*", 3},
    {"te recomendamos*", 3},
    {"ultime notizie*", 3},
    {"notizie correlate*", 3},
    {"altre notizie*", 3},
    {"laatste nieuws*", 3},
    {"meer nieuws*", 3},
    {"ook interessant*", 3},
    {"meest bekeken*", 3},
    {"últimas notícias*", 3},
    {"você também pode gostar*", 5},
    {"mais notícias*", 3},
    {"czytaj również*", 3},
    {"zobacz również*", 3},
    {"może cię zainteresować*", 4},
    {"polecane artykuły*", 3},
    {"najpopularniejsze*", 2},
    {"последние новости*", 3},
    {"другие новости*", 3},
    {"новости партнеров*", 3},
    {"новости партнёров*", 3},
    {"смотрите также*", 3},
    {"další články*", 3},
    {"přečtěte si také*", 4},
    {"nejnovější články*", 3},
    {"senaste nytt*", 3},
    {"senaste nyheterna*", 3},
    {"du kanske också gillar*", 5},
    {"fler nyheter*", 3},
    {"diğer haberler*", 3},
    {"son haberler*", 3},
    {"ilginizi çekebilir*", 4},
    {"bunlar da ilginizi çekebilir*", 5},
    {"mais lidos*", 3},
    {"deixe um comentário*", 4},
    {"deixe uma resposta*", 4},
    {"meest gelezen*", 3},
    {"gerelateerd", 1},
    {"geef een reactie*", 4},
    {"laat een reactie achter*", 5},
    {"najczęściej czytane*", 3},
    {"podobne artykuły*", 3},
    {"powiązane artykuły*", 3},
    {"przeczytaj także*", 3},
    {"przeczytaj też*", 3},
    {"dodaj komentarz*", 3},
    {"материалы по теме*", 4},
    {"новости по теме*", 4},
    {"самое читаемое*", 3},
    {"добавить комментарий*", 3},
    {"оставить комментарий*", 3},
    {"související články*", 3},
    {"nejčtenější*", 2},
    {"čtěte také*", 3},
    {"mohlo by vás zajímat*", 5},
    {"komentáře*", 2},
    {"relaterade artiklar*", 3},
    {"mest lästa*", 3},
    {"läs också*", 3},
    {"läs även*", 3},
    {"lämna ett svar*", 4},
    {"lämna en kommentar*", 4},
    {"ilgili haberler*", 3},
    {"benzer haberler*", 3},
    {"en çok okunan*", 4},
    {"yorumlar", 1},
    {"yorumlar (*", 2},
    {"bir yanit yazin*", 4},
    /* Japanese and Chinese, written without spaces: whole headings only */
    {"関連記事", 1},
    {"人気記事", 1},
    {"あわせて読みたい", 1},
    {"コメント", 1},
    {"コメントを残す", 1},
    {"相关文章", 1},
    {"相關文章", 1},
    {"相关阅读", 1},
    {"相關閱讀", 1},
    {"延伸阅读", 1},
    {"延伸閱讀", 1},
    {"热门文章", 1},
    {"熱門文章", 1},
    {"发表评论", 1},
    {"發表評論", 1},
    {"评论", 1},
    {"評論", 1},
    {"推荐阅读", 1},
    {"推薦閱讀", 1},
    {"おすすめ記事", 1},
    /* Korean: related stories, most read, recommended, comments */
    {"관련 기사", 2},
    {"관련기사", 1},
    {"많이 본 뉴스", 3},
    {"추천 기사", 2},
    {"댓글", 1},
};

/* Headings that name a thread of comments, with the most words such a
 * heading has: "119 Comments", "Comments (12)", "3 Responses", and the
 * blog engines' headings naming the post ("92 Responses to “Depth
 * Compositing”"). */
static const limited_pattern comment_headings[] = {
    {"comments*", 3},    {"* comments", 3},    {"* comment", 2},      {"* responses", 3},
    {"* replies", 3},    {"responses*", 3},    {"reader comments*", 4},
    {"* responses to *", 12}, {"* thoughts on *", 12}, {"* replies to *", 12},
    {"* comments on *", 12}, {"* comments to *", 12}, {"* comments so far*", 4},
    {"комментарии*", 2}, {"* комментариев", 2}, {"comentários*", 2},   {"* comentários", 2},
    {"comentarios*", 2}, {"* comentarios", 2}, {"commentaires*", 2},  {"* commentaires", 2},
    {"kommentare*", 2},  {"* kommentare", 2},  {"komentarze*", 2},    {"commenti*", 2},
    {"* commenti", 2},   {"reacties*", 2},     {"* reacties", 2},
    /* one comment, and the counts of the other languages of the web:
     * "1 Kommentar", "12 komentarzy", "5 komentářů", "3 kommentarer",
     * "8 yorum"; the blog engines' "3 Antworten", "3 réponses" */
    {"* kommentar", 2},  {"* commentaire", 2}, {"* comentario", 2},   {"* comentário", 2},
    {"* commento", 2},   {"* reactie", 2},     {"* komentarz*", 2},   {"* комментари*", 2},
    {"komentáře*", 2},   {"* komentář*", 2},   {"* kommentarer", 2},  {"* yorum", 2},
    {"* antworten", 2},  {"* réponses", 2},    {"* respuestas", 2},   {"* risposte", 2},
    {"* respostas", 2},  {"* odpowiedzi", 2},
    /* the reply counts of nl and ru ("3 antwoorden", "5 ответов"); in cs,
     * sv and tr a bare count reads as an article's heading ("Správné
     * odpovědi", "Kort svar", "Kısa cevap"): only the blog engines' heading
     * naming the post ("3 odpovědi na „...“", "4 svar på ”...”", "“...”
     * için 2 yanıt") */
    {"* antwoorden", 2}, {"* ответа", 2},      {"* ответов", 2},
    {"* odpově* na \xe2\x80\x9e*", 12}, {"* svar på \xe2\x80\x9d*", 12},
    {"* için * yanit", 12}, {"* için * cevap", 12},
    /* the count of those who answered: "8 users responded in “Books to
     * understand the future”" */
    {"* users responded*", 12}, {"* readers responded*", 12},
    /* one reply, as the blog engines head it: "One Response to “...”",
     * "One thought on “...”" */
    {"one response to *", 12}, {"1 response to *", 12}, {"one thought on *", 12},
    {"1 thought on *", 12},
    /* the same headings of the blog engines' translated themes, the post's
     * title in the language's quotes: "3 Gedanken zu „...“", "Ein Gedanke
     * zu „...“", "2 réflexions sur « ... »", "3 pensieri su “...”", "2
     * gedachten over “...”", "1 myśl na temat “...”", "2 comentarios en
     * “...”", "Jeden komentář u „...“", "2 reaktioner på ”...”", "“...” için
     * 2 yorum" */
    {"* gedanken zu \xe2\x80\x9e*", 12}, {"ein gedanke zu \xe2\x80\x9e*", 12},
    {"* antworten auf \xe2\x80\x9e*", 12}, {"eine antwort auf \xe2\x80\x9e*", 12},
    {"* réflexions sur \xc2\xab*", 12}, {"une réflexion sur \xc2\xab*", 12},
    {"* pensieri su \xe2\x80\x9c*", 12}, {"un pensiero su \xe2\x80\x9c*", 12},
    {"* gedachten over \xe2\x80\x9c*", 12}, {"één gedachte over \xe2\x80\x9c*", 12},
    {"* myśl na temat \xe2\x80\x9c*", 12}, {"* myśli na temat \xe2\x80\x9c*", 12},
    {"* comentarios en \xe2\x80\x9c*", 12}, {"un comentario en \xe2\x80\x9c*", 12},
    {"* comentários em \xe2\x80\x9c*", 12}, {"um comentário em \xe2\x80\x9c*", 12},
    {"* komentář* u \xe2\x80\x9e*", 12},
    {"* reaktioner på \xe2\x80\x9d*", 12}, {"en reaktion på \xe2\x80\x9d*", 12},
    {"* комментари* к \xc2\xab*", 12},
    {"* için * yorum", 12},
};

/* A photo's credit written as a line by itself, in the languages of the web,
 * with the most words such a credit has: "Foto: dpa/Michael Kappeler" is a
 * credit, a paragraph of a photography blog opening with "Foto:" is not. */
static const limited_pattern credits[] = {
    {"foto: *", 8},
    {"(foto: *)", 8},
    {"fotos: *", 8},
    {"bild: *", 8},
    {"photo : *", 8},
    {"(photo : *)", 8},
    {"crédit photo*", 8},
    {"crédits photo*", 8},
    {"foto di *", 6},
    {"fot. *", 6},
    {"fotó: *", 8},
    {"фото: *", 8},
    /* Turkish, Spanish, Portuguese and Polish, which write "Foto:" too */
    {"fotoğraf: *", 8},
    {"imagen: *", 8},
    {"imagem: *", 8},
    {"zdjęcie: *", 8},
};

/* text in lower case in any script, its apostrophes and no-break spaces
 * plain (dci_plain_punctuation), or NULL; free with free(). */
static char *lower_case(const char *text)
{
    char *lower;
    if (dci_casefold(text, strlen(text), &lower) < 0)
        return NULL;
    dci_plain_punctuation(lower);
    return lower;
}

static unsigned count_words(const char *s)
{
    unsigned words = 0;
    int in_word = 0;
    for (; *s; s++) {
        int space = isspace((unsigned char)*s);
        if (!space && !in_word)
            words++;
        in_word = !space;
    }
    return words;
}

/* The entry of table[0, n) that lower, of words words, matches, or NULL. */
static const char *match_limited(const limited_pattern *table, size_t n, const char *lower,
                                 unsigned words)
{
    for (size_t i = 0; i < n; i++)
        if (words <= table[i].max_words && dci_glob_match(table[i].pattern, lower))
            return table[i].pattern;
    return NULL;
}

/* A link line naming the site where the story goes on: an aggregator's
 * excerpt closes with its source, which the human-marked texts keep as they
 * keep "Source: ..." ("Read it at New Scientist", "Continue reading at
 * YCharts: <the story's title>"). "Read more: <another title>" names no
 * site and is another story's pointer. */
static const char *const source_calls[] = {
    "read it at *",
    "read more at *",
    "read the full story at *",
    "read the full article at *",
    "read the rest at *",
    "continue reading at *",
    "full story at *",
    "weiterlesen bei *",
    "weiterlesen auf *",
    "lire la suite sur *",
    "leer más en *",
    "sigue leyendo en *",
    "continua a leggere su *",
    "leggi tutto su *",
    "lees verder op *",
    "lees meer op *",
    "czytaj dalej na *",
    "czytaj więcej na *",
    "leia mais em *",
    "continue lendo em *",
    "читать далее на *",
    "подробнее на *",
    "celý článek na *",
    "čtěte více na *",
    "läs hela artikeln på *",
    "läs mer på *",
};

/* Labels that point to the next or the previous page of a sequence (a
 * post, a message of a list archive, a story), set before the link in a
 * line of navigation: "Next message: <a>...</a>", "Prev by Date: <a>...</a>",
 * "Article précédent : <a>...</a>". Matched on the label without its colon,
 * folded, never inside a sentence. */
static const char *const sequence_labels[] = {
    "next", "next *", "previous", "previous *", "prev", "prev *", "older *", "newer *",
    /* de, fr, es, pt, it, nl, pl, ru, cs, sv */
    "nächster *", "nächste *", "vorheriger *", "vorherige *",
    "* précédent", "* précédente", "* suivant", "* suivante", "précédent", "suivant",
    "* anterior", "* siguiente", "anterior", "siguiente", "próximo *", "próxima *",
    "* precedente", "* successivo", "* successiva",
    "vorige *", "volgende *", "vorig *", "volgend *",
    "poprzedni *", "poprzednia *", "następny *", "następna *",
    "предыдущая *", "следующая *", "предыдущий *", "следующий *",
    "předchozí *", "další článek", "další příspěvek", "föregående *", "nästa *",
};

/* The entry of table (n entries) that the folded text t matches, or NULL. */
static const char *match_table(const char *const *table, size_t n, const dci_glob_text *t)
{
    for (size_t i = 0; i < n; i++)
        if (dci_glob_first_fits(table[i], t) && dci_glob_match_text(table[i], t))
            return table[i];
    return NULL;
}

const char *dci_match_source_call(const char *text, size_t len)
{
    for (; len && *text == ' '; len--)
        text++;
    char *lower;
    if (dci_casefold(text, len, &lower) < 0)
        return NULL;
    dci_plain_punctuation(lower);
    dci_glob_text t;
    dci_glob_text_init(&t, lower);
    const char *match = match_table(source_calls, DCX_COUNTOF(source_calls), &t);
    free(lower);
    return match;
}

/* The labels of a post's counted fields, as a blog theme prints them in
 * the line of meta fields over the post ("Posted on 2023-01-01 In Politics
 * Word count in article: 4.7k Reading time ≈ 4 mins."): a reading time or
 * a word count, named anywhere in the line, in the languages of the web.
 * The line must also hold a number (dci_match_meta_field). */
static const char *const meta_fields[] = {
    "*reading time*", "*min read*", "*mins read*", "*minute read*", "*minutes read*",
    "*word count*", "*words count*",
    "*lesezeit*", "*wortanzahl*", "*anzahl der wörter*",
    "*temps de lecture*", "*min de lecture*", "*nombre de mots*",
    "*tiempo de lectura*", "*min de lectura*", "*número de palabras*",
    "*tempo di lettura*", "*min di lettura*", "*numero di parole*",
    "*tempo de leitura*", "*min de leitura*", "*contagem de palavras*",
    "*leestijd*", "*aantal woorden*",
    "*czas czytania*", "*min czytania*", "*liczba słów*",
    "*время чтения*", "*мин чтения*", "*количество слов*",
    "*doba čtení*", "*min čtení*", "*počet slov*",
    "*lästid*", "*min läsning*", "*antal ord*",
    /* "kelime sayısı": case folding writes "ı" as "i" */
    "*okuma süresi*", "*dk okuma*", "*kelime sayisi*",
    "*阅读时长*", "*阅读时间*", "*本文字数*", "*字数统计*",
    "*閱讀時間*", "*閱讀時長*", "*本文字數*",
    "*読了時間*", "*文字数*",
};

const char *dci_match_meta_field(const char *text)
{
    const char *d = text;
    while (*d && dci_digit(d, SIZE_MAX, NULL) < 0)
        d++;
    if (!*d)
        return NULL;
    char *lower = lower_case(text);
    if (!lower)
        return NULL;
    dci_glob_text t;
    dci_glob_text_init(&t, lower);
    const char *match = match_table(meta_fields, DCX_COUNTOF(meta_fields), &t);
    free(lower);
    return match;
}

/* The labels of a wiki's section-edit control, set in the section's
 * heading after its title ("History [edit]", "[edit | edit source]"):
 * MediaWiki's editsection and editsection-source messages in the languages
 * of the web, and the label alone of other wikis' heading controls. Matched
 * whole, each part of the control apart. */
static const char *const edit_controls[] = {
    "edit", "edit source", "edit section",
    /* de, fr, es, pt, it, nl, pl, ru, uk, cs, sv, tr, ja, zh */
    "bearbeiten", "quelltext bearbeiten", "modifier", "modifier le code", "editar",
    "editar código", "editar código-fonte", "modifica", "modifica wikitesto", "bewerken",
    "brontekst bewerken", "edytuj", "edytuj kod", "править", "править код", "ред.", "ред. код",
    "редагувати", "редагувати код", "editovat", "editovat zdroj", "redigera",
    "redigera wikitext", "değiştir", "kaynaği değiştir", "編集", "ソースを編集", "编辑",
    "编辑源代码",
};

/* EDIT_CONTROL_CHARS: the longest control read, in code points (read for
 * the links in headings: folded on the stack); EDIT_CONTROL_PARTS: the most
 * parts it has */
enum { EDIT_CONTROL_CHARS = 64, EDIT_CONTROL_PARTS = 3 };

/* The entry of edit_controls that part (its length len) is, the brackets
 * and spaces around it left out, or NULL. */
static const char *edit_part(const char *part, size_t len)
{
    while (len && (*part == ' ' || *part == '[' || *part == '('))
        part++, len--;
    while (len && (part[len - 1] == ' ' || part[len - 1] == ']' || part[len - 1] == ')'))
        len--;
    for (size_t i = 0; len && i < DCX_COUNTOF(edit_controls); i++)
        if (strlen(edit_controls[i]) == len && memcmp(edit_controls[i], part, len) == 0)
            return edit_controls[i];
    return NULL;
}

const char *dci_match_edit_control(const char *text, size_t len)
{
    int32_t scratch[EDIT_CONTROL_CHARS];
    if (dci_casefold_into(text, len, scratch, DCX_COUNTOF(scratch)) < 0)
        return NULL;
    char *lower = (char *)scratch;
    dci_plain_punctuation(lower);
    const char *first = NULL;
    int parts = 0;
    for (char *p = lower;; parts++) {
        size_t cut = strcspn(p, "|");
        const char *entry = parts < EDIT_CONTROL_PARTS ? edit_part(p, cut) : NULL;
        if (!entry)
            return NULL;
        if (!first)
            first = entry;
        if (!p[cut])
            return first;
        p += cut + 1;
    }
}

/* SEQUENCE_LABEL_WORDS: the most words a sequence label has;
 * SEQUENCE_LABEL_CHARS: the longest label read, in code points (it is read
 * for many lines of a page: folded on the stack) */
enum { SEQUENCE_LABEL_WORDS = 4, SEQUENCE_LABEL_CHARS = 80 };

const char *dci_match_sequence_label(const char *text, size_t len)
{
    while (len && isspace((unsigned char)text[len - 1]))
        len--;
    if (!len || text[len - 1] != ':')
        return NULL;
    int32_t scratch[SEQUENCE_LABEL_CHARS];
    if (dci_casefold_into(text, len - 1, scratch, DCX_COUNTOF(scratch)) < 0)
        return NULL;
    char *lower = (char *)scratch;
    dci_plain_punctuation(lower);
    char *start = lower + strspn(lower, " \t\n\r");
    size_t end = strlen(start);
    while (end && isspace((unsigned char)start[end - 1]))
        start[--end] = '\0';
    if (count_words(start) > SEQUENCE_LABEL_WORDS)
        return NULL;
    dci_glob_text t;
    dci_glob_text_init(&t, start);
    return match_table(sequence_labels, DCX_COUNTOF(sequence_labels), &t);
}

/* The phrase or credit entry text matches, lower its folded form. */
static const char *match_phrase_lower(const char *lower, const char *text)
{
    dci_glob_text t;
    dci_glob_text_init(&t, lower);
    const char *match = match_table(phrases, DCX_COUNTOF(phrases), &t);
    if (!match)
        match = match_limited(credits, DCX_COUNTOF(credits), lower, count_words(text));
    return match;
}

const char *dci_match_phrase(const char *text)
{
    char *lower = lower_case(text);
    if (!lower)
        return NULL;
    const char *match = match_phrase_lower(lower, text);
    free(lower);
    return match;
}

const char *dci_match_label_into(const char *text, int32_t *scratch, size_t cap)
{
    if (dci_casefold_into(text, strlen(text), scratch, cap) < 0)
        return NULL;
    char *lower = (char *)scratch;
    dci_plain_punctuation(lower);
    /* an entry without a star is its text, folded: compared whole, no glob */
    for (size_t i = 0; i < DCX_COUNTOF(phrases); i++)
        if (phrases[i][0] == lower[0] && strcmp(phrases[i], lower) == 0 &&
            !strchr(phrases[i], '*'))
            return phrases[i];
    return NULL;
}

/* The entry of table (n entries) that text matches, folded to lower case. */
static const char *match_limited_text(const limited_pattern *table, size_t n, const char *text)
{
    char *lower = lower_case(text);
    const char *match = lower ? match_limited(table, n, lower, count_words(text)) : NULL;
    free(lower);
    return match;
}

const char *dci_match_comment_heading(const char *text)
{
    return match_limited_text(comment_headings, DCX_COUNTOF(comment_headings), text);
}

/* COMMENT_LINE_BYTES: the longest line read as a comment count */
enum { COMMENT_LINE_BYTES = 256 };

/* Whether the code point at s[i] (of len bytes) is a mark: punctuation, a
 * symbol, white space ("»", "…", "{", the marks around a count). */
static int is_mark_at(const char *s, size_t i, size_t len)
{
    if (isspace((unsigned char)s[i]))
        return 1;
    utf8proc_int32_t c;
    utf8proc_ssize_t n =
        utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &c);
    if (n <= 0)
        return 0;
    utf8proc_category_t k = utf8proc_category(c);
    return (k >= UTF8PROC_CATEGORY_PC && k <= UTF8PROC_CATEGORY_PO) ||
           (k >= UTF8PROC_CATEGORY_SM && k <= UTF8PROC_CATEGORY_SO) || k == UTF8PROC_CATEGORY_ZS;
}

/* The length of *s (len bytes) with the marks at either end trimmed; *s
 * moves past those at its start. */
static size_t trim_marks(const char **s, size_t len)
{
    while (len && is_mark_at(*s, 0, len)) {
        size_t step = 1;
        while (step < len && ((unsigned char)(*s)[step] & 0xC0) == 0x80)
            step++;
        *s += step;
        len -= step;
    }
    while (len) {
        size_t last = len - 1;
        while (last > 0 && ((unsigned char)(*s)[last] & 0xC0) == 0x80)
            last--;
        if (!is_mark_at(*s, last, len))
            break;
        len = last;
    }
    return len;
}

int dci_match_comment_count(const char *text, size_t len, int need_count)
{
    const char *s = text;
    len = trim_marks(&s, len);
    char line[COMMENT_LINE_BYTES];
    if (len == 0 || len >= sizeof line)
        return 0;
    memcpy(line, s, len);
    line[len] = 0;
    /* the count's clause: "12 comments… read them below or add one" */
    char *rest = strstr(line, "\xe2\x80\xa6");
    if (!rest)
        rest = strstr(line, "...");
    if (rest)
        *rest = 0;
    if (need_count && !dci_has_digit(line, strlen(line)))
        return 0;
    return dci_match_comment_heading(line) != NULL;
}

/* The controls each comment of a thread carries, a line of their own under
 * or over its text, in the languages of the web: the reader may answer it,
 * quote it, link to it or report it to the moderators. Each is a whole part
 * of its line ("Report Abuse | QUOTE"), never a phrase inside a sentence. */
static const char *const comment_controls[] = {
    "reply", "reply to this comment", "reply to this", "reply with quote", "quote",
    "permalink", "report", "report abuse", "report this comment", "report this post",
    "report comment", "report post", "report to moderator", "flag as inappropriate",
    /* de, fr, es/pt, it, nl, pl, ru, cs, sv, tr, ja, zh */
    "antworten", "zitieren", "melden", "missbrauch melden", "kommentar melden",
    "répondre", "citer", "signaler", "signaler un abus",
    "responder", "citar", "denunciar", "reportar abuso",
    "rispondi", "cita", "segnala", "segnala abuso",
    "reageer", "beantwoorden", "citeer",
    "odpowiedz", "cytuj", "zgłoś", "zgłoś nadużycie",
    "ответить", "цитировать", "пожаловаться",
    "odpovědět", "citovat", "nahlásit", "nahlásit komentář",
    "svara", "citera", "anmäl",
    "yanitla", "cevapla", "alinti", "şikayet et",
    "返信", "通報", "回复", "举报",
};

/* COMMENT_CONTROL_BYTES: the longest line of controls read */
enum { COMMENT_CONTROL_BYTES = 64 };

/* Whether c separates the parts of a line of controls. */
static int control_separator(unsigned char c)
{
    return c && strchr("|/[](){}?!.,;<>*", c) != NULL;   /* not ":": "Report: ..." */
}

/* The entry of comment_controls that the part lower[from, to) is, trimmed
 * of spaces, or NULL. */
static const char *control_part(const char *lower, size_t from, size_t to)
{
    while (from < to && isspace((unsigned char)lower[from]))
        from++;
    while (to > from && isspace((unsigned char)lower[to - 1]))
        to--;
    for (size_t i = 0; to > from && i < DCX_COUNTOF(comment_controls); i++)
        if (strlen(comment_controls[i]) == to - from &&
            memcmp(comment_controls[i], lower + from, to - from) == 0)
            return comment_controls[i];
    return NULL;
}

const char *dci_match_comment_control(const char *text)
{
    size_t n = strlen(text);
    if (n == 0 || n > COMMENT_CONTROL_BYTES)
        return NULL;
    char *lower = lower_case(text);
    if (!lower)
        return NULL;
    const char *match = NULL;
    size_t from = 0, i = 0;
    for (; !match; i++) {
        /* "·" and "•" separate parts too (U+00B7, U+2022) */
        size_t sep = control_separator((unsigned char)lower[i]) ? 1
                     : (unsigned char)lower[i] == 0xc2 && (unsigned char)lower[i + 1] == 0xb7 ? 2
                     : (unsigned char)lower[i] == 0xe2 && (unsigned char)lower[i + 1] == 0x80 &&
                               (unsigned char)lower[i + 2] == 0xa2
                         ? 3
                         : 0;
        if (!sep && lower[i])
            continue;
        match = control_part(lower, from, i);
        if (!lower[i])
            break;
        i += sep - 1;
        from = i + 1;
    }
    free(lower);
    return match;
}

const char *dci_match_section_heading(const char *text)
{
    return match_limited_text(section_headings, DCX_COUNTOF(section_headings), text);
}
