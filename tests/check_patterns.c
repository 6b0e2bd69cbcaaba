/*
 * Unit tests of the boilerplate pattern tables.
 *
 * House rule: every entry of a table in src/lib/patterns.c has a test that
 * needs it. The examples live in this file's own tables (never derived from
 * the library's), so removing or breaking an entry makes a test fail. A new
 * entry in the library needs a new row here.
 */
#include "testutil.h"
#include "lang_prose.h"

#include "patterns.h"
#include "sizes.h"

/* ------------------------------------------------------------------ helpers */

/* An element with the given class (and id, when not NULL), for dci_classify. */
typedef struct fake_element {
    dci_attr attrs[2];
    dci_node node;
} fake_element;

static const dci_node *make_element(fake_element *e, const char *class_value, const char *id)
{
    memset(e, 0, sizeof *e);
    unsigned n = 0;
    if (class_value) {
        e->attrs[n].name = "class";
        e->attrs[n].value = class_value;
        n++;
    }
    if (id) {
        e->attrs[n].name = "id";
        e->attrs[n].value = id;
        n++;
    }
    e->node.type = DCI_NODE_ELEMENT;
    e->node.tag = GUMBO_TAG_DIV;
    e->node.attrs = e->attrs;
    e->node.nattrs = n;
    return &e->node;
}

static const char *hint_name(dci_hint h)
{
    switch (h) {
    case DCI_HINT_NONE: return "NONE";
    case DCI_HINT_POSITIVE: return "POSITIVE";
    case DCI_HINT_NEGATIVE: return "NEGATIVE";
    case DCI_HINT_DROP: return "DROP";
    }
    return "?";
}

static void assert_classify(const char *class_value, const char *id, dci_hint hint,
                            const char *word)
{
    fake_element e;
    dci_class_match m = dci_classify(make_element(&e, class_value, id));
    ck_assert_msg(m.hint == hint, "class=\"%s\" id=\"%s\": hint %s, want %s (word %s)",
                  class_value ? class_value : "", id ? id : "", hint_name(m.hint),
                  hint_name(hint), m.word ? m.word : "(none)");
    if (word)
        ck_assert_msg(m.word && strcmp(m.word, word) == 0,
                      "class=\"%s\": matched entry \"%s\", want \"%s\"",
                      class_value ? class_value : "", m.word ? m.word : "(none)", word);
    else
        ck_assert_ptr_null(m.word);
}

/* ------------------------------------------------------------------ glob */

typedef struct glob_case {
    const char *pattern;
    const char *text;
    int match;
} glob_case;

static const glob_case glob_cases[] = {
    {"abc", "abc", 1},
    {"abc", "ABC", 1},
    {"ABC", "abc", 1},
    {"abc", "abcd", 0},
    {"abc", "ab", 0},
    {"abc", "", 0},
    {"", "", 1},
    {"", "a", 0},
    {"*", "", 1},
    {"*", "anything at all", 1},
    {"**", "x", 1},
    {"a*c", "ac", 1},
    {"a*c", "abc", 1},
    {"a*c", "abbbbc", 1},
    {"a*c", "abd", 0},
    {"a*c", "abcd", 0},
    {"*ab", "aab", 1},
    {"*ab", "abab", 1},
    {"*ab", "aba", 0},
    {"a*b*c", "aXbYc", 1},
    {"a*b*c", "abbc", 1},
    {"a*b*c", "acb", 0},
    /* a star skips to where the literal after it can start, any case */
    {"*B*", "aaab", 1},
    {"*aab", "aaab", 1},
    {"*x", "abc", 0},
    {"*ab*cd", "xaBycabcd", 1},
    {"*ab*cd", "xabycab", 0},
    {"abc*", "abc", 1},
    {"abc**", "abc", 1},
    {"read more here*", "Read more here.", 1},
    {"read more here*", "Read more there", 0},
    {"* / getty images", "Jane Doe / Getty Images", 1},
    {"* / getty images", "Jane Doe / Getty Images for Reuters", 0},
    /* a space in the pattern is one space in the text */
    {"a b", "a b", 1},
    {"a b", "ab", 0},
    {"a b", "a  b", 0},
    {"a b", "a\tb", 0},
    /* '*' is the only wildcard */
    {"a?c", "abc", 0},
    {"a?c", "a?c", 1},
    /* the pairs and the end of a starred pattern, in any case (what
     * dci_glob_match_text tests before the scan) */
    {"*Ab*", "xaB", 1},
    {"*ab*", "a b", 0},
    {"*AB*CD", "xaByCd", 1},
    {"*ab*cd", "xabcdy", 0},
};

START_TEST(test_glob_match_cases)
{
    const glob_case *c = &glob_cases[_i];
    ck_assert_msg(dci_glob_match(c->pattern, c->text) == c->match,
                  "glob(\"%s\", \"%s\") should %s", c->pattern, c->text,
                  c->match ? "match" : "not match");
}
END_TEST

/* The same answers with the text's pairs and length worked out first. */
START_TEST(test_glob_match_text_cases)
{
    const glob_case *c = &glob_cases[_i];
    dci_glob_text t;
    dci_glob_text_init(&t, c->text);
    ck_assert_msg(dci_glob_match_text(c->pattern, &t) == c->match,
                  "glob_text(\"%s\", \"%s\") should %s", c->pattern, c->text,
                  c->match ? "match" : "not match");
}
END_TEST

/* ------------------------------------------------------------------ class words */

/*
 * One row per entry of class_words[] in patterns.c: the entry as the library
 * names it, a class value that needs it (prefix entries "x*" use the prefix
 * with a suffix), and the hint it must give.
 */
typedef struct class_word_case {
    const char *entry;
    const char *example;
    dci_hint hint;
} class_word_case;

static const class_word_case class_word_cases[] = {
    {"article", "article", DCI_HINT_POSITIVE},
    {"articlebody", "articlebody", DCI_HINT_POSITIVE},
    {"body", "body", DCI_HINT_POSITIVE},
    {"content", "content", DCI_HINT_POSITIVE},
    {"entry", "entry", DCI_HINT_POSITIVE},
    {"hentry", "hentry", DCI_HINT_POSITIVE},
    {"main", "main", DCI_HINT_POSITIVE},
    {"post", "post", DCI_HINT_POSITIVE},
    {"story", "story", DCI_HINT_POSITIVE},
    {"text", "text", DCI_HINT_POSITIVE},
    {"prose", "prose", DCI_HINT_POSITIVE},
    {"blog", "blog", DCI_HINT_POSITIVE},
    {"artikel", "artikel", DCI_HINT_POSITIVE},
    {"inhalt", "inhalt", DCI_HINT_POSITIVE},
    {"inhoud", "inhoud", DCI_HINT_POSITIVE},
    {"contenu", "contenu", DCI_HINT_POSITIVE},
    {"articulo", "articulo", DCI_HINT_POSITIVE},
    {"contenido", "contenido", DCI_HINT_POSITIVE},
    {"noticia", "noticia", DCI_HINT_POSITIVE},
    {"articolo", "articolo", DCI_HINT_POSITIVE},
    {"contenuto", "contenuto", DCI_HINT_POSITIVE},
    {"conteudo", "conteudo", DCI_HINT_POSITIVE},
    {"materia", "materia", DCI_HINT_POSITIVE},
    {"artykul", "artykul", DCI_HINT_POSITIVE},
    {"tresc", "tresc", DCI_HINT_POSITIVE},
    {"clanek", "clanek", DCI_HINT_POSITIVE},
    {"innehall", "innehall", DCI_HINT_POSITIVE},
    {"makale", "makale", DCI_HINT_POSITIVE},
    {"icerik", "icerik", DCI_HINT_POSITIVE},
    {"footnote*", "footnotes", DCI_HINT_NEGATIVE},
    {"media", "media", DCI_HINT_NEGATIVE},
    {"tool*", "toolbox", DCI_HINT_NEGATIVE},
    {"widget*", "widgets", DCI_HINT_NEGATIVE},
    {"tags", "tags", DCI_HINT_NEGATIVE},
    {"contact", "contact", DCI_HINT_NEGATIVE},
    /* not the token "hidden" alone: that one hides (rule hidden-class) */
    {"hidden", "is-hidden", DCI_HINT_NEGATIVE},
    {"nav", "nav", DCI_HINT_DROP},
    {"navbar", "navbar", DCI_HINT_DROP},
    {"navigation", "navigation", DCI_HINT_DROP},
    {"menu*", "menubar", DCI_HINT_DROP},
    {"breadcrumb*", "breadcrumbs", DCI_HINT_DROP},
    {"footer", "footer", DCI_HINT_DROP},
    {"sidebar*", "sidebars", DCI_HINT_DROP},
    {"side-panel", "side-panel", DCI_HINT_DROP},
    {"rail", "right-rail", DCI_HINT_DROP},
    {"masthead", "masthead", DCI_HINT_DROP},
    {"comment*", "comments", DCI_HINT_DROP},
    {"disqus*", "disqusthread", DCI_HINT_DROP},
    {"related*", "relatedstories", DCI_HINT_DROP},
    {"share*", "sharebuttons", DCI_HINT_DROP},
    {"sharing", "sharing", DCI_HINT_DROP},
    {"social*", "socialicons", DCI_HINT_DROP},
    {"sponsor*", "sponsored", DCI_HINT_DROP},
    {"ad", "ad", DCI_HINT_DROP},
    {"ads", "ads", DCI_HINT_DROP},
    {"advert*", "advertisement", DCI_HINT_DROP},
    {"banner*", "banners", DCI_HINT_DROP},
    {"cookie*", "cookies", DCI_HINT_DROP},
    {"consent", "consent", DCI_HINT_DROP},
    {"gdpr", "gdpr", DCI_HINT_DROP},
    {"newsletter*", "newsletters", DCI_HINT_DROP},
    {"subscribe*", "subscribebox", DCI_HINT_DROP},
    {"subscription*", "subscriptions", DCI_HINT_DROP},
    {"signup", "signup", DCI_HINT_DROP},
    {"popup", "popup", DCI_HINT_DROP},
    {"modal", "modal", DCI_HINT_DROP},
    {"flyout*", "flyouts", DCI_HINT_DROP},
    {"promo*", "promobox", DCI_HINT_DROP},
    {"outbrain", "outbrain", DCI_HINT_DROP},
    {"taboola", "taboola", DCI_HINT_DROP},
    {"pagination", "pagination", DCI_HINT_DROP},
    {"pager", "pager", DCI_HINT_DROP},
    {"recommend*", "recommended", DCI_HINT_DROP},
    {"trending", "trending", DCI_HINT_DROP},
    {"popular", "popular", DCI_HINT_DROP},
    {"teaser*", "teasers", DCI_HINT_DROP},
    {"kicker", "kicker", DCI_HINT_DROP},
    {"komment*", "kommentare", DCI_HINT_DROP},
    {"komentar*", "komentarze", DCI_HINT_DROP},
    {"coment*", "comentarios", DCI_HINT_DROP},
    {"reactie*", "reacties", DCI_HINT_DROP},
    {"yorum*", "yorumlar", DCI_HINT_DROP},
    {"teilen", "teilen", DCI_HINT_DROP},
    {"delen", "delen", DCI_HINT_DROP},
    {"partage*", "partager", DCI_HINT_DROP},
    {"compartir*", "compartir", DCI_HINT_DROP},
    {"compartilh*", "compartilhe", DCI_HINT_DROP},
    {"condivi*", "condividi", DCI_HINT_DROP},
    {"udostepnij*", "udostepnijbox", DCI_HINT_DROP},
    {"sdile*", "sdileni", DCI_HINT_DROP},
    {"paylas*", "paylas-butonlari", DCI_HINT_DROP},
    {"werbung", "werbung", DCI_HINT_DROP},
    {"werbe*", "werbebanner", DCI_HINT_DROP},
    {"anzeige", "anzeige", DCI_HINT_DROP},
    {"publicite", "publicite", DCI_HINT_DROP},
    {"publicidad*", "publicidade", DCI_HINT_DROP},
    {"pubblicita", "pubblicita", DCI_HINT_DROP},
    {"reklam*", "reklama", DCI_HINT_DROP},
    {"annons*", "annonsering", DCI_HINT_DROP},
    {"verwandte*", "verwandte", DCI_HINT_DROP},
    {"relacionad*", "relacionadas", DCI_HINT_DROP},
    {"correlati", "correlati", DCI_HINT_DROP},
    {"correlate", "notizie-correlate", DCI_HINT_DROP},
    {"gerelateerd*", "gerelateerde", DCI_HINT_DROP},
    {"powiazan*", "powiazane", DCI_HINT_DROP},
    {"souvisejici*", "souvisejici-clanky", DCI_HINT_DROP},
    {"relaterad*", "relaterade", DCI_HINT_DROP},
    {"similaires", "articles-similaires", DCI_HINT_DROP},
    {"eyebrow", "eyebrow", DCI_HINT_DROP},
    {"disclaimer*", "disclaimers", DCI_HINT_DROP},
    {"legal", "legal-notice", DCI_HINT_DROP},
    {"policy", "policy", DCI_HINT_DROP},
    {"dsq-brlink", "dsq-brlink", DCI_HINT_DROP},
    {"facebook*", "facebook_widget", DCI_HINT_DROP},
    {"prev", "prev", DCI_HINT_DROP},
    {"previous", "previous", DCI_HINT_DROP},
    {"next", "next", DCI_HINT_DROP},
    {"byline*", "bylines", DCI_HINT_DROP},
    {"author*", "authorbox", DCI_HINT_DROP},
    {"bio", "bio", DCI_HINT_DROP},
    {"date", "date", DCI_HINT_DROP},
    {"meta", "meta", DCI_HINT_DROP},
    {"metadata", "tags_metadata_single", DCI_HINT_DROP},
    {"posted-on", "posted-on", DCI_HINT_DROP},
    {"timestamp", "timestamp", DCI_HINT_DROP},
    {"credit*", "credits", DCI_HINT_DROP},
    {"caption*", "captions", DCI_HINT_DROP},
    {"gallery*", "gallerywrap", DCI_HINT_DROP},
    {"slideshow*", "slideshows", DCI_HINT_DROP},
    {"carousel*", "carousels", DCI_HINT_DROP},
    {"interstitial", "interstitial", DCI_HINT_DROP},
    {"paywall", "paywall", DCI_HINT_DROP},
    {"twitter-timeline", "twitter-timeline", DCI_HINT_DROP},
    {"instagram-media", "instagram-media", DCI_HINT_DROP},
    {"tiktok-embed", "tiktok-embed", DCI_HINT_DROP},
    {"fb-post", "fb-post", DCI_HINT_DROP},
};


START_TEST(test_class_word_entry_gives_its_hint)
{
    const class_word_case *c = &class_word_cases[_i];
    assert_classify(c->example, NULL, c->hint, c->entry);
}
END_TEST

START_TEST(test_class_word_entry_matches_in_id_too)
{
    const class_word_case *c = &class_word_cases[_i];
    assert_classify(NULL, c->example, c->hint, c->entry);
}
END_TEST

/* The entries end to end: a block named by a drop word inside the article is
 * gone from the text; one named by any other word stays (those words only
 * weigh on the score); the article stays either way. */
#define BOILERPLATE_SENTENCE                                                        \
    "Volunteers repainted the lighthouse railings over the weekend, and the "     \
    "mayor thanked them warmly for giving up their free time for the harbour."

static char *page_with_named_block(const char *class_value)
{
    char *block = tu_strdupf("<div class=\"%s\">" BOILERPLATE_SENTENCE "</div>", class_value);
    char *page = tu_article_page(block);
    free(block);
    return page;
}

START_TEST(test_class_word_entry_end_to_end)
{
    const class_word_case *c = &class_word_cases[_i];
    char *page = page_with_named_block(c->example);
    char *text = tu_text_ok(page);
    if (c->hint == DCI_HINT_DROP)
        ck_assert_msg(!tu_contains(text, "lighthouse railings"),
                      "class=\"%s\" (entry %s) was kept:\n%s", c->example, c->entry, text);
    else
        ck_assert_msg(tu_contains(text, BOILERPLATE_SENTENCE),
                      "class=\"%s\" (entry %s) was dropped:\n%s", c->example, c->entry, text);
    tu_assert_article_kept(text);
    free(text);
    free(page);
}
END_TEST

/* Markdown engines name each heading from its words (<h2
 * id="stock-exchange-next-tuesday">): a word of the text ("next") in that
 * id says nothing of the block, and the heading stays. The same id on a
 * heading of other words, a one-word heading named for what it heads
 * ("comments"), and a slug on a box that is no heading are still read. */
static dci_class_match classify_id(const char *snippet, const char *id)
{
    char *page = tu_article_page(snippet);
    dci_doc doc = tu_parse(page);
    dci_node *n = tu_find_id(doc.html, id);
    ck_assert_ptr_nonnull(n);
    dci_class_match m = dci_classify(n);
    tu_doc_free(&doc);
    free(page);
    return m;
}

#define SLUG "stock-exchange-next-tuesday"

START_TEST(test_heading_slug_id_not_read)
{
    char *page = tu_article_page("<h2 id=\"" SLUG "\">Stock exchange next Tuesday<a "
                                 "class=\"headerlink\" href=\"#" SLUG "\">\xc2\xb6</a></h2>");
    char *text = tu_text_ok(page);
    tu_assert_has(text, "Stock exchange next Tuesday");
    tu_assert_article_kept(text);
    free(text);
    free(page);
    ck_assert_int_ne(classify_id("<h3 id=\"" SLUG "-1\">Stock Exchange: next Tuesday</h3>", SLUG "-1").hint,
                     DCI_HINT_DROP);
    ck_assert_int_eq(classify_id("<h2 id=\"" SLUG "\">Markets today</h2>", SLUG).hint, DCI_HINT_DROP);
    ck_assert_int_eq(classify_id("<h2 id=\"next\">Next</h2>", "next").hint, DCI_HINT_DROP);
    ck_assert_int_eq(classify_id("<div id=\"" SLUG "\">Stock exchange next Tuesday</div>", SLUG).hint,
                     DCI_HINT_DROP);
}
END_TEST

/* Control for the test above: the same block with a neutral class is kept,
 * so it is the class word that removes it. */
START_TEST(test_neutral_block_is_kept_end_to_end)
{
    char *page = page_with_named_block("quayside");
    char *text = tu_text_ok(page);
    tu_assert_has(text, BOILERPLATE_SENTENCE);
    tu_assert_article_kept(text);
    free(text);
    free(page);
}
END_TEST

/* A news story's dateline opens its first paragraph ("RENO, Nev. -- ..."):
 * the class names no furniture, and the line stays with the story. */
START_TEST(test_dateline_is_kept_end_to_end)
{
    char *page = page_with_named_block("dateline");
    char *text = tu_text_ok(page);
    tu_assert_has(text, BOILERPLATE_SENTENCE);
    tu_assert_article_kept(text);
    free(text);
    free(page);
}
END_TEST

/* ------------------------------------------------------------------ compounds */

typedef struct compound_case {
    const char *class_value;
    const char *id;
    dci_hint hint;
    const char *word;
} compound_case;

static const compound_case compound_cases[] = {
    /* camelCase humps, '-' and '_' split words */
    {"relatedPosts", NULL, DCI_HINT_DROP, "related*"},
    {"postBody", NULL, DCI_HINT_POSITIVE, "body"},
    {"main-nav", NULL, DCI_HINT_DROP, "nav"},
    {"navigation_menu", NULL, DCI_HINT_DROP, "navigation"},
    {"site_footer", NULL, DCI_HINT_DROP, "footer"},
    {"x1nav", NULL, DCI_HINT_DROP, "nav"},
    {"post-content", NULL, DCI_HINT_POSITIVE, NULL},
    {"entry-content", NULL, DCI_HINT_POSITIVE, NULL},
    /* a strong drop word wins over a positive one */
    {"article-comments", NULL, DCI_HINT_DROP, "comment*"},
    {"article-gallery", NULL, DCI_HINT_DROP, "gallery*"},
    {"article-author", NULL, DCI_HINT_DROP, "author*"},
    {"post-body-bio", NULL, DCI_HINT_DROP, "bio"},
    {"post-date published", NULL, DCI_HINT_DROP, "date"},
    {"content sidebar", NULL, DCI_HINT_DROP, "sidebar*"},
    {"post", "comments", DCI_HINT_DROP, "comment*"},
    {"story twitter-timeline", NULL, DCI_HINT_DROP, "twitter-timeline"},
    /* a weak one does not */
    {"entry masthead", NULL, DCI_HINT_POSITIVE, "entry"},
    {"sponsored-content", NULL, DCI_HINT_POSITIVE, "content"},
    {"article teaser", NULL, DCI_HINT_POSITIVE, "article"},
    /* ...but drops when nothing positive is there */
    {"teaser-box", NULL, DCI_HINT_DROP, "teaser*"},
    /* drop beats negative */
    {"widget sidebar", NULL, DCI_HINT_DROP, "sidebar*"},
    /* negative when alone */
    {"entry-meta", NULL, DCI_HINT_POSITIVE, "entry"},
    {"post-meta", "x", DCI_HINT_POSITIVE, "post"},
    {"meta-tags", NULL, DCI_HINT_DROP, "meta"},
    {"tags", "toolbar", DCI_HINT_NEGATIVE, NULL},
    /* a container word glued to a drop word: the word after it counts */
    {"postcomments", NULL, DCI_HINT_DROP, "comment*"},
    {"articlesharetoolsbottom", NULL, DCI_HINT_DROP, "share*"},
    {"entryrelated", NULL, DCI_HINT_DROP, "related*"},
    {"storynav", NULL, DCI_HINT_DROP, "nav"},
    {"blognav", NULL, DCI_HINT_DROP, "nav"},
    /* ...unless it names a small box of the article's own, or its meta */
    {"postdate", NULL, DCI_HINT_NONE, NULL},
    {"postauthor", NULL, DCI_HINT_NONE, NULL},
    {"postmeta", NULL, DCI_HINT_NONE, NULL},
    {"postmetadata", NULL, DCI_HINT_NONE, NULL},
    /* ...and a short rest is no word */
    {"postads", NULL, DCI_HINT_DROP, "ads"},
    {"storyad", NULL, DCI_HINT_NONE, NULL},
    /* a compound entry needs the whole token */
    {"posted", NULL, DCI_HINT_NONE, NULL},
    {"posted-on-date", NULL, DCI_HINT_DROP, "date"},
    /* case does not matter */
    {"SIDEBAR", NULL, DCI_HINT_DROP, "sidebar*"},
    {"TWITTER-TIMELINE", NULL, DCI_HINT_DROP, "twitter-timeline"},
    /* whole words only: no match inside a longer word */
    {"canvas", NULL, DCI_HINT_NONE, NULL},
    {"download", NULL, DCI_HINT_NONE, NULL},
    {"adventure", NULL, DCI_HINT_NONE, NULL},
    {"postal", NULL, DCI_HINT_NONE, NULL},
    /* a news dateline opens the story: not the date entry */
    {"dateline", NULL, DCI_HINT_NONE, NULL},
    {"headline", NULL, DCI_HINT_NONE, NULL},
    {"unrelated", NULL, DCI_HINT_NONE, NULL},
    /* the words of other languages: whole words where a longer one means
     * something else (a table of contents, a list of news, parts, "show") */
    {"inhaltsverzeichnis", NULL, DCI_HINT_NONE, NULL},
    {"noticias", NULL, DCI_HINT_NONE, NULL},
    {"onderdelen", NULL, DCI_HINT_NONE, NULL},
    {"anzeigen", NULL, DCI_HINT_NONE, NULL},
    {"compartment", NULL, DCI_HINT_NONE, NULL},
    {"correlation", NULL, DCI_HINT_NONE, NULL},
    /* ...and a foreign drop word beats a foreign container word */
    {"artikel-kommentare", NULL, DCI_HINT_DROP, "komment*"},
    {"contenu partage", NULL, DCI_HINT_DROP, "partage*"},
    {"noticias-relacionadas", NULL, DCI_HINT_DROP, "relacionad*"},
    {"artikelWerbung", NULL, DCI_HINT_DROP, "werbung"},
    {"artikel-inhalt", NULL, DCI_HINT_POSITIVE, NULL},
    {"contenu-article", NULL, DCI_HINT_POSITIVE, NULL},
    /* French and Italian comments, Dutch adverts: the English stems */
    {"commentaires", NULL, DCI_HINT_DROP, "comment*"},
    {"commenti", NULL, DCI_HINT_DROP, "comment*"},
    {"advertentie", NULL, DCI_HINT_DROP, "advert*"},
    /* compound entries match a whole token only */
    {"twitter", NULL, DCI_HINT_NONE, NULL},
    {"tweet", NULL, DCI_HINT_NONE, NULL},
    {"twitter tweet", NULL, DCI_HINT_NONE, NULL},
    /* a token opening with no/has/with/without names a property */
    {"image-item no_caption", NULL, DCI_HINT_NONE, NULL},
    {"has-top-ad", NULL, DCI_HINT_NONE, NULL},
    {"layout with-sidebar", NULL, DCI_HINT_NONE, NULL},
    {"withoutComments", NULL, DCI_HINT_NONE, NULL},
    {"no_caption caption", NULL, DCI_HINT_DROP, "caption*"},
    {"nav", NULL, DCI_HINT_DROP, "nav"},
    {"notes-sidebar", NULL, DCI_HINT_DROP, "sidebar*"},
    {"hash-menu", NULL, DCI_HINT_DROP, "menu*"},
    /* two taxonomy labels file a post: their names and topics are not read */
    {"entry-category-x entry-author-bobsutton entry-type-post entry", NULL, DCI_HINT_POSITIVE,
     "entry"},
    {"hentry p1 post publish author-kgs category-uncategorized", NULL, DCI_HINT_POSITIVE, NULL},
    {"author-comments category-news", NULL, DCI_HINT_NONE, NULL},
    {"category-ads tag-news", NULL, DCI_HINT_NONE, NULL},
    {"tag-sharing status-publish", NULL, DCI_HINT_NONE, NULL},
    {"type-sidebar status-publish", NULL, DCI_HINT_NONE, NULL},
    {"status-nav format-standard", NULL, DCI_HINT_NONE, NULL},
    {"format-gallery type-post", NULL, DCI_HINT_NONE, NULL},
    {"entry-author-share entry-type-post", NULL, DCI_HINT_NONE, NULL},
    {"entry-category-comments entry-type-post", NULL, DCI_HINT_NONE, NULL},
    {"entry-tag-promo entry-type-post", NULL, DCI_HINT_NONE, NULL},
    {"entry-type-ads entry-author-x", NULL, DCI_HINT_NONE, NULL},
    /* ...one alone may name a box, and other tokens are still read */
    {"entry-author-bio", NULL, DCI_HINT_DROP, "author*"},
    {"author-box", NULL, DCI_HINT_DROP, "author*"},
    {"tag-cloud sidebar", NULL, DCI_HINT_DROP, "sidebar*"},
    {"author-x category-y sidebar", NULL, DCI_HINT_DROP, "sidebar*"},
    /* a hex hash holds no words; a name numbered at its end does */
    {"x", "e1ad", DCI_HINT_NONE, NULL},
    {"b2ad4f", NULL, DCI_HINT_NONE, NULL},
    {"ad12", NULL, DCI_HINT_DROP, "ad"},
    {"ad-3f", NULL, DCI_HINT_DROP, "ad"},
    /* nothing to go by */
    {"", NULL, DCI_HINT_NONE, NULL},
    {NULL, NULL, DCI_HINT_NONE, NULL},
    {"   ", "", DCI_HINT_NONE, NULL},
};

START_TEST(test_classify_compound_names)
{
    const compound_case *c = &compound_cases[_i];
    fake_element e;
    dci_class_match m = dci_classify(make_element(&e, c->class_value, c->id));
    ck_assert_msg(m.hint == c->hint, "class=\"%s\" id=\"%s\": %s (%s), want %s",
                  c->class_value ? c->class_value : "(none)", c->id ? c->id : "(none)",
                  hint_name(m.hint), m.word ? m.word : "-", hint_name(c->hint));
    if (c->word)
        ck_assert_msg(m.word && strcmp(m.word, c->word) == 0, "class=\"%s\": entry %s, want %s",
                      c->class_value, m.word ? m.word : "(none)", c->word);
}
END_TEST

/* Each of words is classified with hint and its entry does (names 1) or
 * does not (names 0) pass kind: the tables the rules ask "is this word a
 * small box's, a beside box's..." of. */
static void assert_word_kind(const char *const *words, size_t n, dci_hint hint,
                             int (*kind)(const char *), int names)
{
    fake_element e;
    for (size_t i = 0; i < n; i++) {
        dci_class_match m = dci_classify(make_element(&e, words[i], NULL));
        ck_assert_msg(m.hint == hint && !kind(m.word) == !names, "%s", words[i]);
    }
}

/* The gallery words name boxes of slides (a body among them gives way to
 * one outside them); a caption or a sidebar is not one. */
START_TEST(test_gallery_words)
{
    static const char *const gallery[] = {"full-gallery", "slideshow", "carousel-wrap"};
    static const char *const others[] = {"caption", "sidebar", "related"};
    assert_word_kind(gallery, DCX_COUNTOF(gallery), DCI_HINT_DROP, dci_class_word_names_gallery, 1);
    assert_word_kind(others, DCX_COUNTOF(others), DCI_HINT_DROP, dci_class_word_names_gallery, 0);
}
END_TEST

/* The small-box words are drop words of the class table, spelled as
 * dci_classify returns them; the words of regions are not among them. */
START_TEST(test_small_box_words)
{
    static const char *const small[] = {"date", "timestamp", "posted-on",
                                        "byline", "author", "bio", "caption",
                                        "credit", "kicker", "eyebrow"};
    static const char *const regions[] = {"sidebar", "comments", "related", "footer", "nav"};
    assert_word_kind(small, DCX_COUNTOF(small), DCI_HINT_DROP, dci_class_word_names_small_box, 1);
    assert_word_kind(regions, DCX_COUNTOF(regions), DCI_HINT_DROP, dci_class_word_names_small_box,
                     0);
}
END_TEST

/* The small-box words naming a short line (a byline, a date) spare an inline
 * element holding one long line; a caption, a credit or a bio needs two. */
START_TEST(test_short_line_words)
{
    static const char *const short_line[] = {"date", "timestamp", "posted-on", "byline"};
    static const char *const longer[] = {"caption", "credit", "bio", "author", "kicker"};
    assert_word_kind(short_line, DCX_COUNTOF(short_line), DCI_HINT_DROP,
                     dci_class_word_names_short_line, 1);
    assert_word_kind(longer, DCX_COUNTOF(longer), DCI_HINT_DROP, dci_class_word_names_short_line,
                     0);
}
END_TEST

/* The words of a box of links (a menu, the navigation), which drop no box of
 * prose; a side column or a footer is no such word. */
START_TEST(test_link_box_words)
{
    static const char *const links[] = {"nav", "navbar", "navigation", "menuborder"};
    static const char *const others[] = {"sidebar", "footer", "related", "date"};
    assert_word_kind(links, DCX_COUNTOF(links), DCI_HINT_DROP, dci_class_word_names_link_box, 1);
    assert_word_kind(others, DCX_COUNTOF(others), DCI_HINT_DROP, dci_class_word_names_link_box, 0);
}
END_TEST

/* The tokens naming the rest of a post after its cut, in class or id, in any
 * case, as whole tokens: not "more-stories" nor "readmore". */
START_TEST(test_continuation_tokens)
{
    static const char *const rest[] = {"more", "entry-more", "Extended", "entry-extended",
                                       "extended-entry"};
    static const char *const others[] = {"more-stories", "readmore", "entry", "extend"};
    fake_element e;
    for (size_t i = 0; i < DCX_COUNTOF(rest); i++) {
        ck_assert_msg(dci_names_continuation(make_element(&e, rest[i], NULL)), "%s", rest[i]);
        ck_assert_msg(dci_names_continuation(make_element(&e, NULL, rest[i])), "id %s", rest[i]);
    }
    for (size_t i = 0; i < DCX_COUNTOF(others); i++)
        ck_assert_msg(!dci_names_continuation(make_element(&e, others[i], NULL)), "%s", others[i]);
    ck_assert(dci_names_continuation(make_element(&e, "asset entry-more", NULL)));
}
END_TEST

/* The words of boxes beside the article, as dci_classify returns them:
 * comments and side columns; not the boxes inside the article's own
 * page (related stories, a date, a byline) nor its frame (a footer). */
START_TEST(test_beside_box_words)
{
    static const char *const beside[] = {"comments",   "commentlist", "disqus_thread",
                                         "kommentare", "komentarze",  "comentarios",
                                         "reacties",   "yorumlar",    "sidebar",
                                         "sidebar-right",
                                         "side-panel", "right rail"};
    static const char *const others[] = {"related", "date", "byline", "footer", "nav",
                                         "share", "author-bio"};
    assert_word_kind(beside, DCX_COUNTOF(beside), DCI_HINT_DROP, dci_class_word_names_beside_box,
                     1);
    assert_word_kind(others, DCX_COUNTOF(others), DCI_HINT_DROP, dci_class_word_names_beside_box,
                     0);
    fake_element e;
    for (size_t i = 0; i < DCX_COUNTOF(beside); i++) {
        ck_assert_msg(dci_beside_box_word(make_element(&e, beside[i], NULL)), "%s", beside[i]);
        ck_assert_msg(dci_beside_box_word(make_element(&e, NULL, beside[i])), "id %s", beside[i]);
    }
    for (size_t i = 0; i < DCX_COUNTOF(others); i++)
        ck_assert_msg(!dci_beside_box_word(make_element(&e, others[i], NULL)), "%s", others[i]);
}
END_TEST

/* Of the beside-box words, those of comments name a thread (the scorer
 * drops a thread of comment units on a smaller rival); the side column's
 * do not (a layout wrapper may be named `with-sidebar`). */
START_TEST(test_beside_words_naming_comments)
{
    static const char *const comments[] = {"comments",   "commentlist", "disqus_thread",
                                           "kommentare", "komentarze",  "comentarios",
                                           "reacties",   "yorumlar"};
    static const char *const others[] = {"sidebar", "sidebar-right", "side-panel", "right rail"};
    fake_element e;
    for (size_t i = 0; i < sizeof comments / sizeof *comments; i++) {
        const char *word = dci_beside_box_word(make_element(&e, comments[i], NULL));
        ck_assert_msg(word && dci_beside_word_names_comments(word), "%s", comments[i]);
    }
    for (size_t i = 0; i < sizeof others / sizeof *others; i++) {
        const char *word = dci_beside_box_word(make_element(&e, others[i], NULL));
        ck_assert_msg(word && !dci_beside_word_names_comments(word), "%s", others[i]);
    }
}
END_TEST

/* dci_beside_box_word looks for a word's stem before it classifies: the
 * stem is found in any case and inside camelCase, and a stem inside another
 * word (`inside`, `railway`) is no beside box. */
START_TEST(test_names_beside_box_by_stem)
{
    static const char *const beside[] = {"mySidebar", "CommentList", "RAIL"};
    static const char *const others[] = {"inside", "railway-news", "content", "sidenote"};
    fake_element e;
    for (size_t i = 0; i < sizeof beside / sizeof *beside; i++)
        ck_assert_msg(dci_beside_box_word(make_element(&e, beside[i], NULL)), "%s", beside[i]);
    for (size_t i = 0; i < sizeof others / sizeof *others; i++)
        ck_assert_msg(!dci_beside_box_word(make_element(&e, others[i], NULL)), "%s", others[i]);
    ck_assert(!dci_beside_box_word(make_element(&e, NULL, NULL)));
}
END_TEST

/* The words of a post's own box, as dci_classify returns them; not the
 * words of a page's body or column (`content`, `text`, `main`). */
START_TEST(test_post_box_words)
{
    static const char *const post[] = {"post", "hentry", "entry", "article", "story"};
    static const char *const others[] = {"content", "text", "body", "main", "blog"};
    assert_word_kind(post, DCX_COUNTOF(post), DCI_HINT_POSITIVE, dci_class_word_names_post_box, 1);
    assert_word_kind(others, DCX_COUNTOF(others), DCI_HINT_POSITIVE, dci_class_word_names_post_box,
                     0);
}
END_TEST

/* The caption's drop word, as dci_classify returns it for "wp-caption",
 * and no other. */
START_TEST(test_caption_word)
{
    fake_element e;
    dci_class_match m = dci_classify(make_element(&e, "wp-caption", NULL));
    ck_assert(m.hint == DCI_HINT_DROP && dci_class_word_names_caption(m.word));
    static const char *const others[] = {"credit", "date", "gallery", "byline"};
    for (size_t i = 0; i < sizeof others / sizeof *others; i++) {
        m = dci_classify(make_element(&e, others[i], NULL));
        ck_assert_msg(m.hint == DCI_HINT_DROP && !dci_class_word_names_caption(m.word), "%s",
                      others[i]);
    }
}
END_TEST

START_TEST(test_classify_ignores_other_attributes)
{
    fake_element e;
    make_element(&e, NULL, NULL);
    e.attrs[0].name = "role";
    e.attrs[0].value = "sidebar comments";
    e.node.nattrs = 1;
    ck_assert_int_eq(dci_classify(&e.node).hint, DCI_HINT_NONE);
}
END_TEST

START_TEST(test_classify_text_node_is_none)
{
    dci_node n;
    memset(&n, 0, sizeof n);
    n.type = DCI_NODE_TEXT;
    n.text = "sidebar";
    n.text_len = 7;
    ck_assert_int_eq(dci_classify(&n).hint, DCI_HINT_NONE);
}
END_TEST

START_TEST(test_classify_very_long_token_does_not_crash)
{
    char cls[400];
    memset(cls, 'a', sizeof cls - 1);
    cls[sizeof cls - 1] = '\0';
    memcpy(cls + 100, "-nav-", 5);
    fake_element e;
    /* the short word inside the long token still counts */
    ck_assert_int_eq(dci_classify(make_element(&e, cls, NULL)).hint, DCI_HINT_DROP);
}
END_TEST

START_TEST(test_class_weight)
{
    fake_element e;
    ck_assert_int_eq(dci_class_sign(make_element(&e, "article", NULL)), 1);
    ck_assert_int_eq(dci_class_sign(make_element(&e, "sidebar", NULL)), -1);
    ck_assert_int_eq(dci_class_sign(make_element(&e, "meta", NULL)), -1);
    ck_assert_int_eq(dci_class_sign(make_element(&e, "article sidebar", NULL)), 0);
    ck_assert_int_eq(dci_class_sign(make_element(&e, "post content", "main")), 1);
    ck_assert_int_eq(dci_class_sign(make_element(&e, "quayside", NULL)), 0);
    ck_assert_int_eq(dci_class_sign(make_element(&e, NULL, NULL)), 0);
}
END_TEST

/* ------------------------------------------------------------------ phrases */

/* One row per entry of phrases[] in patterns.c, with a line that needs it. */
typedef struct phrase_case {
    const char *entry;
    const char *example;
} phrase_case;

static const phrase_case phrase_cases[] = {
    {"this story is over * old.", "This story is over 5 years old."},
    {"this article is more than * old*", "This article is more than 2 years old"},
    {"you will be redirected back to your article in seconds*",
     "You will be redirected back to your article in seconds"},
    {"* read more here.", "For the full timetable, read more here."},
    {"read more here", "Read more here"},
    {"read more here.", "Read more here."},
    {"read more here >>", "Read more here >>"},
    {"read more here »", "Read more here »"},
    {"read more: *", "Read more: Why the harbour wall failed"},
    {"read more", "Read more"},
    {"read more >>", "Read more >>"},
    {"read more »", "Read more »"},
    {"weiterlesen", "Weiterlesen"},
    {"lire la suite", "Lire la suite"},
    {"leer más", "Leer más"},
    {"continua a leggere", "Continua a leggere"},
    {"lees meer", "Lees meer"},
    {"czytaj więcej", "Czytaj więcej"},
    {"читать далее", "Читать далее"},
    {"follow * on twitter*", "Follow Jane Doe on Twitter"},
    {"follow * on instagram*", "Follow us on Instagram!"},
    {"follow * on facebook*", "Follow the Gazette on Facebook"},
    {"sign up for * newsletter*", "Sign up for our daily newsletter"},
    {"*. subscribe to * newsletter*",
     "Get the news in your inbox. Subscribe to the Gazette's newsletters."},
    {"*! subscribe to * newsletter*", "Don't miss a post! Subscribe to our weekly newsletter"},
    {"*? subscribe to * newsletter*", "Liked it? Subscribe to our weekly newsletter."},
    {"* to subscribe to * newsletter*", "Click here to subscribe to The Harbour Newsletter"},
    {"subscribe to * newsletter*", "Subscribe to the Morning Tide newsletter."},
    {"click here *", "Click here to download the report"},
    {"* click here for more information*", "For the timetable, click here for more information."},
    {"have a tip?*", "Have a tip? Email the newsroom."},
    {"if you enjoyed this article*", "If you enjoyed this article, share it with a friend."},
    {"* ctrl+enter*", "Noticed a typo? Select it and press Ctrl+Enter."},
    {"*摄", "新华社记者 王伟 摄"},
    {"this slideshow requires javascript*", "This slideshow requires JavaScript."},
    {"citation: *", "Citation: Harbour Review 12 (2024)"},
    {"this document is subject to copyright*", "This document is subject to copyright."},
    {"*this copy is for your personal, non-commercial use only*",
     "Reprints: This copy is for your personal, non-commercial use only. To order copies for "
     "your colleagues, use the Order Reprints tool."},
    {"advert", "Advert"},
    {"photo via *", "Photo via Flickr"},
    {"photo: *", "Photo: Jane Doe"},
    {"photo by *", "Photo by John Smith"},
    {"photograph: *", "Photograph: Alamy"},
    {"image: *", "Image: NASA"},
    {"image via *", "Image via Wikimedia Commons"},
    {"image credit*", "Image credit: ESA"},
    {"* / getty images", "Jane Doe / Getty Images"},
    {"hide caption", "HIDE CAPTION"},
    {"brought to you by", "Brought to you by"},
    {"sharing is caring*", "Sharing is caring!"},
    {"advertisement", "Advertisement"},
    {"story continues below advertisement", "Story continues below advertisement"},
    {"story continues below", "Story continues below"},
    {"article continues below", "Article continues below"},
    {"continue reading below", "Continue reading below"},
    {"more from our brands", "More from our brands"},
    {"access exclusive content", "Access exclusive content"},
    {"share this article*", "Share this article on social media"},
    {"related: *", "Related: Harbour wall repairs approved"},
    {"read also: *", "Read also: The storm of 1953"},
    {"also read: *", "Also read: The storm of 1953"},
    {"lesen sie auch: *", "Lesen Sie auch: Die Hafenmauer"},
    {"czytaj także: *", "Czytaj także: Remont nabrzeża"},
    {"czytaj też: *", "Czytaj też: Remont nabrzeża"},
    {"zobacz także: *", "Zobacz także: Remont nabrzeża"},
    {"lee también: *", "Lee también: El muro del puerto"},
    {"lire aussi: *", "Lire aussi: Le mur du port"},
    {"lire aussi : *", "Lire aussi : Le mur du port"},
    {"leggi anche: *", "Leggi anche: Il muro del porto"},
    {"lees ook: *", "Lees ook: De havenmuur"},
    {"leia também: *", "Leia também: O muro do porto"},
    {"veja também: *", "Veja também: O muro do porto"},
    {"читайте также: *", "Читайте также: Ремонт причала"},
    {"смотрите также: *", "Смотрите также: Новый мост через реку"},
    {"mehr zum thema: *", "Mehr zum Thema: Der Hafen wird erneuert"},
    {"siehe auch: *", "Siehe auch: Die Geschichte des Hafens"},
    {"à lire aussi: *", "À lire aussi: le port sera rénové"},
    {"à lire aussi : *", "À lire aussi : le port sera rénové"},
    {"voir aussi: *", "Voir aussi: le nouveau pont"},
    {"voir aussi : *", "Voir aussi : le nouveau pont"},
    {"lea también: *", "Lea también: El puerto será renovado"},
    {"ver también: *", "Ver también: El nuevo puente"},
    {"vea también: *", "Vea también: El nuevo puente"},
    {"vedi anche: *", "Vedi anche: Il nuovo ponte"},
    {"leia mais: *", "Leia mais: O porto será renovado"},
    {"zie ook: *", "Zie ook: De nieuwe brug"},
    {"zobacz też: *", "Zobacz też: Nowy most na rzece"},
    {"čtěte také: *", "Čtěte také: Nový most přes řeku"},
    {"čtěte též: *", "Čtěte též: Nový most přes řeku"},
    {"přečtěte si také: *", "Přečtěte si také: Nový most přes řeku"},
    {"kapcsolódó: *", "Kapcsolódó: Felújítják a kikötőt"},
    {"photo * of *", "Photo 3 of 12"},
    {"* min read", "4 min read"},
    {"reading time*", "Reading time: 4 minutes"},
    {"tempo de leitura*", "Tempo de leitura: 2 minutos"},
    {"click * to enlarge*", "Click photo to enlarge"},
    {"print this article*", "Print this article"},
    {"print article", "Print Article"},
    {"print article: print", "Print article: Print"},
    {"email article", "Email article"},
    {"email article: email", "Email article: Email"},
    {"e-mail article", "E-mail article"},
    {"video link & embed code", "Video Link & Embed Code"},
    {"embed code", "Embed code"},
    {"current rating", "Current Rating"},
    {"current rating:", "Current rating:"},
    {"trackback(*)", "Trackback(0)"},
    {"trackback (*)", "Trackback (3)"},
    {"bookmark to:", "Bookmark to:"},
    {"bookmark this", "Bookmark this"},
    {"bookmark and share", "Bookmark and Share"},
    {"bookmark at:", "BookMark at:"},
    {"bookmark at :", "BookMark at :"},
    {"bookmark with:", "Bookmark with:"},
    {"bookmark with :", "Bookmark with :"},
    {"social bookmark links", "Social bookmark links"},
    {"social bookmarks", "Social Bookmarks"},
    {"social bookmarks:", "Social bookmarks:"},
    {"lesezeichen setzen", "Lesezeichen setzen"},
    {"ajouter aux favoris", "Ajouter aux favoris"},
    {"añadir a favoritos", "Añadir a favoritos"},
    {"aggiungi ai preferiti", "Aggiungi ai preferiti"},
    {"toevoegen aan favorieten", "Toevoegen aan favorieten"},
    {"adicionar aos favoritos", "Adicionar aos favoritos"},
    {"dodaj do ulubionych", "Dodaj do ulubionych"},
    {"добавить в закладки", "Добавить в закладки"},
    {"print this page*", "Print this page"},
    {"was this article helpful?*", "Was this article helpful? Yes No"},
    {"full story", "FULL STORY"},
    {"[ full story ]", "[ Full Story ]"},
    {"more stories", "More Stories"},
    {"more stories:", "More stories:"},
    {"top stories", "Top stories"},
    {"article tools", "ARTICLE TOOLS"},
    {"article tools:", "Article Tools:"},
    {"story tools", "STORY TOOLS"},
    {"comment now", "Comment now"},
    {"comment now!", "COMMENT NOW!"},
    {"read on", "Read on"},
    {"read on >>", "Read on >>"},
    {"see more", "See more"},
    {"larger picture", "Larger picture"},
    {"click to order", "Click to order"},
    {"register now", "Register now"},
    {"pin it", "Pin it"},
    {"this page is best viewed *",
     "This page is best viewed in an up-to-date web browser with style sheets (CSS) enabled."},
    {"this site is best viewed *", "This site is best viewed with JavaScript enabled."},
    {"*site best viewed *",
     "Site Requirements : Internet Explorer 6.0+, Flash Player 9.0. Site best viewed in "
     "1024x768 resolution"},
    {"best viewed with *", "Best viewed with any browser"},
    {"continue reading", "Continue reading"},
    {"continue reading »", "Continue reading »"},
    {"continue reading →", "Continue reading →"},
    {"show more", "Show more"},
    {"expand description", "Expand description"},
    {"in [*]:", "In [12]:"},
    {"out[*]:", "Out[3]:"},
    {"show full article", "Show full article"},
    {"read full article", "Read full article"},
    {"read the full article", "Read the full article"},
    {"read full story", "Read full story"},
    {"read the full story", "Read the full story"},
    {"mehr anzeigen", "Mehr anzeigen"},
    {"afficher plus", "Afficher plus"},
    {"mostrar más", "Mostrar más"},
    {"mostra di più", "Mostra di più"},
    {"toon meer", "Toon meer"},
    {"pokaż więcej", "Pokaż więcej"},
    {"показать больше", "Показать больше"},
    {"we use cookies to *",
     "We use cookies to give you the best experience on our website."},
    {"we use cookies and *",
     "We use cookies and similar technologies to improve your experience, to personalise content and ads, and to analyse our traffic."},
    {"this website uses cookies*",
     "This website uses cookies to ensure you get the best experience on our website."},
    {"this site uses cookies*",
     "This site uses cookies. By continuing to browse the site you are agreeing to our use of cookies."},
    {"our website uses cookies*",
     "Our website uses cookies to improve your experience."},
    {"this website stores cookies *",
     "This website stores cookies on your computer. These cookies are used to collect information about how you interact with our website."},
    {"by continuing to * cookies*",
     "By continuing to use this website, you consent to the use of cookies in accordance with our Cookie Policy."},
    {"we and our partners * cookies*",
     "We and our partners store and/or access information on a device, such as cookies, and process personal data for personalised ads and content."},
    {"with your agreement, we * cookies*",
     "With your agreement, we and our 812 partners use cookies or similar technologies to store, access, and process personal data."},
    {"we value your privacy",
     "We value your privacy"},
    {"wir verwenden cookies*",
     "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis bieten zu können."},
    {"wir nutzen cookies*",
     "Wir nutzen Cookies auf unserer Website."},
    {"diese website verwendet cookies*",
     "Diese Website verwendet Cookies, um Ihnen ein besseres Surferlebnis zu bieten."},
    {"diese webseite verwendet cookies*",
     "Diese Webseite verwendet Cookies."},
    {"nous utilisons des cookies*",
     "Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site."},
    {"ce site utilise des cookies*",
     "Ce site utilise des cookies pour améliorer votre expérience."},
    {"en poursuivant votre navigation * cookies*",
     "En poursuivant votre navigation sur ce site, vous acceptez l'utilisation de cookies."},
    {"utilizamos cookies*",
     "Utilizamos cookies propias y de terceros para mejorar nuestros servicios."},
    {"este sitio web utiliza cookies*",
     "Este sitio web utiliza cookies para que usted tenga la mejor experiencia de usuario."},
    {"questo sito utilizza cookie*",
     "Questo sito utilizza cookie tecnici e di profilazione."},
    {"utilizziamo i cookie*",
     "Utilizziamo i cookie per essere sicuri che tu possa avere la migliore esperienza sul nostro sito."},
    {"este site utiliza cookies*",
     "Este site utiliza cookies para melhorar a sua experiência."},
    {"wij gebruiken cookies*",
     "Wij gebruiken cookies om onze website te verbeteren."},
    {"deze website maakt gebruik van cookies*",
     "Deze website maakt gebruik van cookies."},
    {"ta strona używa plików cookie*",
     "Ta strona używa plików cookie, aby zapewnić Ci najlepsze wrażenia."},
    {"please note: your browser *",
     "Please note: Your browser has been unable to load the styles for this site."},
    {"you can follow any responses to this entry*",
     "You can follow any responses to this entry through the RSS 2.0 feed. You can leave a "
     "response, or trackback from your own site."},
    {"both comments and pings are currently closed*", "Both comments and pings are currently closed."},
    {"post a comment", "Post a Comment"},
    {"email to a friend", "Email to a friend"},
    {"e-mail to a friend", "E-mail to a friend"},
    {"send to a friend", "Send to a Friend"},
    {"send this * to a friend", "Send this story to a friend"},
    {"email this * to a friend", "Email this article to a friend"},
    {"e-mail this * to a friend", "E-mail this page to a friend"},
    {"e-mail this * to a friend...*", "E-mail this job to a friend... Or yourself!"},
    {"an einen freund senden", "An einen Freund senden"},
    {"enviar a un amigo", "Enviar a un amigo"},
    {"enviar para um amigo", "Enviar para um amigo"},
    {"wyślij znajomemu", "wyślij znajomemu"},
    {"отправить другу", "отправить другу"},
    {"like this *?", "Like this book?"},
    {"like our *?", "Like Our Site?"},
    {"liked this *?", "Liked this post?"},
    {"enjoyed this *?", "Enjoyed this article?"},
    {"do you like this *?", "Do you like this post?"},
    {"did you like this *?", "Did you like this recipe?"},
    {"did you enjoy this *?", "Did you enjoy this story?"},
    {"gefällt ihnen dieser *?", "Gefällt Ihnen dieser Artikel?"},
    {"hat ihnen dieser * gefallen?", "Hat Ihnen dieser Beitrag gefallen?"},
    {"vous avez aimé cet *?", "Vous avez aimé cet article ?"},
    {"¿te gustó este *?", "¿Te gustó este artículo?"},
    {"¿te ha gustado este *?", "¿Te ha gustado este artículo?"},
    {"ti è piaciuto questo *?", "Ti è piaciuto questo articolo?"},
    {"vond je dit * leuk?", "Vond je dit artikel leuk?"},
    {"podobał ci się ten *?", "Podobał ci się ten artykuł?"},
    {"gostou deste *?", "Gostou deste artigo?"},
    {"printer friendly version", "Printer friendly version"},
    {"printer-friendly version", "Printer-friendly version"},
    {"view larger image", "View larger image"},
    {"text size", "Text size"},
    {"font size", "Font size"},
    {"font:", "Font:"},
    {"getty images", "Getty Images"},
    {"back to top", "Back to top"},
    {"top of page", "Top of page"},
    {"nach oben", "Nach oben"},
    {"retour en haut", "Retour en haut"},
    {"volver arriba", "Volver arriba"},
    {"torna su", "Torna su"},
    {"naar boven", "Naar boven"},
    {"do góry", "Do góry"},
    {"наверх", "Наверх"},
    {"zum seitenanfang", "Zum Seitenanfang"},
    {"zurück nach oben", "Zurück nach oben"},
    {"haut de page", "Haut de page"},
    {"retour en haut de page", "Retour en haut de page"},
    {"ir arriba", "Ir arriba"},
    {"voltar ao topo", "Voltar ao topo"},
    {"torna all'inizio", "Torna all'inizio"},
    {"zpět nahoru", "Zpět nahoru"},
    {"vissza a tetejére", "Vissza a tetejére"},
    {"mehr lesen", "Mehr lesen"},
    {"lees verder", "Lees verder"},
    {"czytaj dalej", "Czytaj dalej"},
    {"číst dále", "Číst dále"},
    {"leggi di più", "Leggi di più"},
    {"ver más", "Ver más"},
    {"en savoir plus", "En savoir plus"},
    {"подробнее", "Подробнее"},
    {"читать полностью", "Читать полностью"},
    {"tovább", "Tovább"},
    {"drucken", "Drucken"},
    {"artikel drucken", "Artikel drucken"},
    {"seite drucken", "Seite drucken"},
    {"artikel versenden", "Artikel versenden"},
    {"schriftgrösse", "Schriftgröße"},
    {"imprimer", "Imprimer"},
    {"imprimer cet article", "Imprimer cet article"},
    {"imprimer l'article", "Imprimer l'article"},
    {"imprimer l'article", "Imprimer l’article"},
    {"envoyer à un ami", "Envoyer à un ami"},
    {"envoyer par e-mail", "Envoyer par e-mail"},
    {"envoyer par email", "Envoyer par email"},
    {"taille du texte", "Taille du texte"},
    {"imprimir", "Imprimir"},
    {"enviar por e-mail", "Enviar por e-mail"},
    {"enviar por email", "Enviar por email"},
    {"enviar por correo", "Enviar por correo"},
    {"stampa", "Stampa"},
    {"invia ad un amico", "Invia ad un amico"},
    {"invia a un amico", "Invia a un amico"},
    {"afdrukken", "Afdrukken"},
    {"drukuj", "Drukuj"},
    {"распечатать", "Распечатать"},
    {"версия для печати", "Версия для печати"},
    {"tisk", "Tisk"},
    {"vytisknout", "Vytisknout"},
    {"nyomtatás", "Nyomtatás"},
    {"druckversion", "Druckversion"},
    {"druckansicht", "Druckansicht"},
    {"version imprimable", "Version imprimable"},
    {"versión para imprimir", "Versión para imprimir"},
    {"versione stampabile", "Versione stampabile"},
    {"wersja do druku", "Wersja do druku"},
    {"verze pro tisk", "Verze pro tisk"},
    {"nyomtatható verzió", "Nyomtatható verzió"},
    {"textgrösse", "Textgröße"},
    {"tamaño de letra", "Tamaño de letra"},
    {"tamaño del texto", "Tamaño del texto"},
    {"dimensione del testo", "Dimensione del testo"},
    {"rozmiar czcionki", "Rozmiar czcionki"},
    {"размер шрифта", "Размер шрифта"},
    {"velikost písma", "Velikost písma"},
    {"betűméret", "Betűméret"},
    {"vergrössern", "Vergrößern"},
    {"bild vergrössern", "Bild vergrößern"},
    {"agrandir", "Agrandir"},
    {"agrandir l'image", "Agrandir l'image"},
    {"ampliar", "Ampliar"},
    {"ampliar imagen", "Ampliar imagen"},
    {"ingrandisci", "Ingrandisci"},
    {"powiększ", "Powiększ"},
    {"zvětšit", "Zvětšit"},
    {"увеличить", "Увеличить"},
    {"nagyítás", "Nagyítás"},
    {"anzeige", "Anzeige"},
    {"werbung", "Werbung"},
    {"publicité", "Publicité"},
    {"publicidad", "Publicidad"},
    {"pubblicità", "Pubblicità"},
    {"publicidade", "Publicidade"},
    {"advertentie", "Advertentie"},
    {"reklama", "Reklama"},
    {"реклама", "Реклама"},
    {"hirdetés", "Hirdetés"},
    {"lesezeit: * min*", "Lesezeit: 3 Min."},
    {"lesezeit * min*", "Lesezeit 4 Minuten"},
    {"temps de lecture*", "Temps de lecture : 4 min"},
    {"tiempo de lectura*", "Tiempo de lectura: 3 min"},
    {"tempo di lettura*", "Tempo di lettura: 2 minuti"},
    {"czas czytania*", "Czas czytania: 5 min"},
    {"время чтения*", "Время чтения: 3 минуты"},
    {"all rights reserved*", "All rights reserved."},
    {"*. sign up for * newsletter*",
     "There's plenty more where that came from. Sign up for The Daily today to get the free "
     "daily newsletter delivered to your inbox."},
    {"*! sign up for * newsletter*", "Don't miss a story! Sign up for our weekly newsletter."},
    {"*? sign up for * newsletter*", "Liked this story? Sign up for our morning newsletter."},
    {"*. abonnez-vous à * newsletter*", "Ne manquez rien. Abonnez-vous à notre newsletter."},
    {"*. inscrivez-vous à * newsletter*", "Restez informé. Inscrivez-vous à notre newsletter."},
    {"*. suscríbete a * newsletter*", "No te pierdas nada. Suscríbete a nuestra newsletter."},
    {"*. iscriviti alla * newsletter*", "Non perdere nulla. Iscriviti alla nostra newsletter."},
    {"*. schrijf je in voor * nieuwsbrief*", "Mis niets. Schrijf je in voor onze nieuwsbrief."},
    {"*. zapisz się do * newsletter*", "Nie przegap niczego. Zapisz się do naszego newslettera."},
    {"verify your comment", "Verify your Comment"},
    {"previewing your comment", "Previewing your Comment"},
    {"your comment could not be posted*", "Your comment could not be posted. Error type:"},
    {"your comment has been saved*",
     "Your comment has been saved. Comments are moderated and will not appear until approved by "
     "the author."},
    {"having trouble reading this image?*", "Having trouble reading this image? View an alternate."},
    {"as a final step before posting your comment*",
     "As a final step before posting your comment, enter the letters and numbers you see in the "
     "image below."},
    {"the letters and numbers you entered did not match the image*",
     "The letters and numbers you entered did not match the image. Please try again."},
    {"write comment", "Write comment"},
    {"write a comment", "Write a Comment"},
    {"join the discussion", "Join the Discussion"},
    {"after you comment, click post*",
     "After you comment, click Post. If you're not already logged in you will be asked to log in "
     "or register."},
    {"share your thoughts", "Share your thoughts"},
    {"got something to say?", "Got something to say?"},
    {"start new comment thread*", "Start New Comment Thread..."},
    {"*you need to sign in to comment*",
     "Hello! You need to sign in to comment. Please be courteous; see our Comment Policy."},
    {"no related posts", "No related posts"},
    {"no related posts.", "No related posts."},
    {"posted on this day, other years:", "Posted on this day, other years:"},
    {"like loading...", "Like Loading..."},
    {"like loading\xe2\x80\xa6", "Like Loading\xe2\x80\xa6"},
    {"be the first to like this.", "Be the first to like this."},
    {"one blogger likes this.", "One blogger likes this."},
    {"* bloggers like this.", "12 bloggers like this."},
    {"suka memuat...", "Suka Memuat..."},
    {"loading...", "Loading..."},
    {"loading ...", "Loading ..."},
    {"loading\xe2\x80\xa6", "Loading\xe2\x80\xa6"},
    {"wird geladen...", "Wird geladen..."},
    {"chargement...", "Chargement..."},
    {"chargement en cours...", "Chargement en cours..."},
    {"cargando...", "Cargando..."},
    {"caricamento...", "Caricamento..."},
    {"caricamento in corso...", "Caricamento in corso..."},
    {"bezig met laden...", "Bezig met laden..."},
    {"carregando...", "Carregando..."},
    {"ładowanie...", "Ładowanie..."},
    {"загрузка...", "Загрузка..."},
    {"načítání...", "Načítání..."},
    {"betöltés...", "Betöltés..."},
    /* credits[]: a photo's credit on a line by itself */
    {"foto: *", "Foto: dpa/Michael Kappeler"},
    {"(foto: *)", "(Foto: Reuters)"},
    {"fotos: *", "Fotos: Jan Müller"},
    {"bild: *", "Bild: Keystone"},
    {"photo : *", "Photo : AFP / Ludovic Marin"},
    {"(photo : *)", "(Photo : AFP)"},
    {"crédit photo*", "Crédit photo : Reuters"},
    {"crédits photo*", "Crédits photo : AFP"},
    {"foto di *", "Foto di Mario Rossi"},
    {"fot. *", "Fot. PAP/Leszek Szymański"},
    {"fotó: *", "Fotó: MTI/Koszticsák Szilárd"},
    {"фото: *", "Фото: ТАСС"},
    {"fotoğraf: *", "Fotoğraf: AA"},
    {"imagen: *", "Imagen: EFE"},
    {"imagem: *", "Imagem: Reuters"},
    {"zdjęcie: *", "Zdjęcie: PAP/Leszek Szymański"},
    /* more languages of the web */
    {"läs mer", "Läs mer"},
    {"devamini oku", "Devamını oku"},
    {"続きを読む", "続きを読む"},
    {"阅读全文", "阅读全文"},
    {"閱讀全文", "閱讀全文"},
    {"阅读更多", "阅读更多"},
    {"till toppen", "Till toppen"},
    {"başa dön", "Başa dön"},
    {"ページの先頭へ", "ページの先頭へ"},
    {"トップへ戻る", "トップへ戻る"},
    {"返回顶部", "返回顶部"},
    {"回到顶部", "回到顶部"},
    {"skriv ut", "Skriv ut"},
    {"yazdir", "Yazdır"},
    {"yazdir", "YAZDIR"},
    {"印刷", "印刷"},
    {"打印", "打印"},
    {"annons", "ANNONS"},
    {"reklam", "Reklam"},
    {"広告", "広告"},
    {"广告", "广告"},
    {"廣告", "廣告"},
    {"laddar...", "Laddar..."},
    {"yükleniyor...", "Yükleniyor..."},
    {"読み込み中...", "読み込み中..."},
    {"加载中...", "加载中..."},
    {"leia mais", "Leia mais"},
    {"continue lendo", "Continue lendo"},
    {"seguir leyendo", "Seguir leyendo"},
    {"sigue leyendo", "Sigue leyendo"},
    {"leggi tutto", "Leggi tutto"},
    {"läs också: *", "Läs också: Hamnen byggs om"},
    {"läs även: *", "Läs även: Hamnen byggs om"},
    {"à lire également: *", "À lire également: le port sera rénové"},
    {"à lire également : *", "À lire également : le port sera rénové"},
    {"te puede interesar: *", "Te puede interesar: El puerto reabre"},
    {"auch interessant: *", "Auch interessant: Der Hafen wird erneuert"},
    {"przeczytaj także: *", "Przeczytaj także: Port zostanie przebudowany"},
    {"przeczytaj też: *", "Przeczytaj też: Port zostanie przebudowany"},
    {"související: *", "Související: Přístav se otevře v létě"},
    {"alle rechte vorbehalten*", "Alle Rechte vorbehalten."},
    {"tous droits réservés*", "Tous droits réservés"},
    {"todos los derechos reservados*", "Todos los derechos reservados."},
    {"tutti i diritti riservati*", "Tutti i diritti riservati"},
    {"riproduzione riservata*", "Riproduzione riservata ©"},
    {"alle rechten voorbehouden*", "Alle rechten voorbehouden"},
    {"todos os direitos reservados*", "Todos os direitos reservados."},
    {"wszelkie prawa zastrzeżone*", "Wszelkie prawa zastrzeżone"},
    {"все права защищены*", "Все права защищены."},
    {"všechna práva vyhrazena*", "Všechna práva vyhrazena."},
    {"alla rättigheter förbehållna*", "Alla rättigheter förbehållna"},
    {"tüm haklari saklidir*", "Tüm hakları saklıdır."},
    {"partager cet article*", "Partager cet article"},
    {"compartir este artículo*", "Compartir este artículo"},
    {"condividi questo articolo*", "Condividi questo articolo"},
    {"deel dit artikel*", "Deel dit artikel"},
    {"compartilhe este artigo*", "Compartilhe este artigo"},
    {"partilhe este artigo*", "Partilhe este artigo"},
    {"udostępnij ten artykuł*", "Udostępnij ten artykuł"},
    {"поделиться статьей*", "Поделиться статьей"},
    {"поделиться статьёй*", "Поделиться статьёй"},
    {"* min. lesezeit", "3 Min. Lesezeit"},
    {"* min lesezeit", "3 min Lesezeit"},
    {"* min de lecture", "3 min de lecture"},
    {"* min de lectura", "3 min de lectura"},
    {"* min di lettura", "3 min di lettura"},
    {"* min leestijd", "3 min leestijd"},
    {"* min de leitura", "3 min de leitura"},
    {"* min czytania", "3 min czytania"},
    {"* мин чтения", "3 мин чтения"},
    {"* min läsning", "3 min läsning"},
    {"* dk okuma süresi", "3 dk okuma süresi"},
    /* the lines over the rest of a story cut by an advertisement */
    {"weiterlesen nach der anzeige*", "Weiterlesen nach der Anzeige"},
    {"artikel wird nach der anzeige fortgesetzt*", "Artikel wird nach der Anzeige fortgesetzt"},
    {"la suite après cette publicité*", "La suite après cette publicité"},
    {"la suite après la publicité*", "La suite après la publicité"},
    {"continua após a publicidade*", "Continua após a publicidade"},
    {"continua depois da publicidade*", "Continua depois da publicidade"},
    {"dalsza część artykułu pod materiałem wideo*", "Dalsza część artykułu pod materiałem wideo"},
    {"dalsza część artykułu pod reklamą*", "Dalsza część artykułu pod reklamą"},
    {"článek pokračuje pod reklamou*", "Článek pokračuje pod reklamou"},
    {"pokračování článku pod reklamou*", "Pokračování článku pod reklamou"},
    {"artikeln fortsätter under annonsen*", "Artikeln fortsätter under annonsen"},
    {"lees verder na de advertentie*", "Lees verder na de advertentie"},
    {"l'articolo continua dopo la pubblicità*", "L’articolo continua dopo la pubblicità"},
    {"продолжение после рекламы*", "Продолжение после рекламы"},
    {"läs mer: *", "LÄS MER: Hamnen byggs om"},
    {"lees meer: *", "Lees meer: De haven gaat open"},
    {"czytaj więcej: *", "Czytaj więcej: Port zostanie przebudowany"},
    {"czytaj również: *", "Czytaj również: Port zostanie przebudowany"},
    {"zobacz również: *", "Zobacz również: Port zostanie przebudowany"},
    {"polecamy: *", "POLECAMY: Port zostanie przebudowany"},
    {"saiba mais: *", "Saiba mais: O porto reabre no verão"},
    {"по теме: *", "По теме: Порт откроется летом"},
    {"ayrica okuyun: *", "Ayrıca okuyun: Liman yazın açılıyor"},
    {"ilgili haber: *", "İlgili haber: Liman yazın açılıyor"},
    {"mohlo by vás zajímat: *", "Mohlo by vás zajímat: Přístav se otevře v létě"},
    {"ook interessant: *", "Ook interessant: De haven gaat open"},
    {"bekijk ook: *", "Bekijk ook: De haven gaat open"},
    {"* min čtení", "3 min čtení"},
    {"doba čtení*", "Doba čtení: 3 minuty"},
    {"lästid*", "Lästid: 3 minuter"},
    {"leestijd*", "Leestijd: 3 minuten"},
    {"okuma süresi*", "Okuma süresi: 3 dakika"},
    {"diesen artikel teilen*", "Diesen Artikel teilen"},
    {"artikel teilen", "Artikel teilen"},
    {"sdílet článek*", "Sdílet článek"},
    {"dela artikeln*", "Dela artikeln"},
    {"haberi paylaş*", "Haberi paylaş"},
    {"stuur door naar een vriend", "Stuur door naar een vriend"},
    {"poslat e-mailem", "Poslat e-mailem"},
    {"tipsa en vän", "Tipsa en vän"},
    {"arkadaşina gönder", "Arkadaşına gönder"},
    {"понравилась статья?", "Понравилась статья?"},
    {"líbil se vám článek?", "Líbil se vám článek?"},
    {"bu haberi beğendiniz mi?", "Bu haberi beğendiniz mi?"},
    {"printvriendelijke versie", "Printvriendelijke versie"},
    {"versão para impressão", "Versão para impressão"},
    {"utskriftsvänlig version", "Utskriftsvänlig version"},
    {"lettergrootte", "Lettergrootte"},
    {"tamanho da fonte", "Tamanho da fonte"},
    {"tamanho do texto", "Tamanho do texto"},
    {"textstorlek", "Textstorlek"},
    {"yazi boyutu", "Yazı boyutu"},
    {"vergroten", "Vergroten"},
    {"förstora", "Förstora"},
    {"büyüt", "Büyüt"},
    {"přidat do záložek", "Přidat do záložek"},
    {"favorilere ekle", "Favorilere ekle"},
    /* no-break spaces (French typography before ":") are spaces */
    {"lire aussi : *", "Lire aussi\xc2\xa0: le port sera rénové"},
    {"à lire aussi : *", "À LIRE AUSSI\xe2\x80\xaf: le port sera rénové"},
    {"hinterlasse einen kommentar", "Hinterlasse einen Kommentar"},
    {"schreibe einen kommentar", "Schreibe einen Kommentar"},
    {"laisser un commentaire", "Laisser un commentaire"},
    {"deja un comentario", "Deja un comentario"},
    {"deja una respuesta", "Deja una respuesta"},
    {"lascia un commento", "Lascia un commento"},
    {"laat een reactie achter", "Laat een reactie achter"},
    {"geef een reactie", "Geef een reactie"},
    {"deixe um comentário", "Deixe um comentário"},
    {"deixe uma resposta", "Deixe uma resposta"},
    {"dodaj komentarz", "Dodaj komentarz"},
    {"оставьте комментарий", "Оставьте комментарий"},
    {"добавить комментарий", "Добавить комментарий"},
    {"napsat komentář", "Napsat komentář"},
    {"lämna en kommentar", "Lämna en kommentar"},
    {"lämna ett svar", "Lämna ett svar"},
    {"bir yanit yazin", "Bir yanıt yazın"},
    {"コメントを残す", "コメントを残す"},
    {"发表评论", "发表评论"},
    {"yazdirilabilir sürüm", "Yazdırılabilir sürüm"},
    {"gillade du artikeln?", "Gillade du artikeln?"},
    {"lägg till i favoriter", "Lägg till i favoriter"},
    {"*. abonnieren sie * newsletter*",
     "Es gibt noch mehr. Abonnieren Sie unseren kostenlosen Newsletter."},
    {"*. assine * newsletter*", "Tem muito mais. Assine a nossa newsletter gratuita."},
    {"*. подпишитесь на * рассылку*", "Это ещё не всё. Подпишитесь на нашу рассылку."},
    {"*. подпишитесь на рассылку*", "Это ещё не всё. Подпишитесь на рассылку."},
    {"*. přihlaste se k odběru newsletteru*",
     "To není všechno. Přihlaste se k odběru newsletteru."},
    {"*. prenumerera på * nyhetsbrev*", "Det finns mer. Prenumerera på vårt nyhetsbrev."},
    {"*. bültenimize abone olun*", "Dahası var. Bültenimize abone olun."},
    {"your comment is awaiting moderation*", "Your comment is awaiting moderation."},
    {"diskutieren sie mit", "Diskutieren Sie mit"},
    {"diskutieren sie mit!", "Diskutieren Sie mit!"},
    {"dein kommentar muss noch freigegeben werden*", "Dein Kommentar muss noch freigegeben werden."},
    {"participez à la discussion", "Participez à la discussion"},
    {"rejoignez la discussion", "Rejoignez la discussion"},
    {"écrire un commentaire", "Écrire un commentaire"},
    {"votre commentaire est en attente de modération*",
     "Votre commentaire est en attente de modération."},
    {"únete a la conversación", "Únete a la conversación"},
    {"únete a la discusión", "Únete a la discusión"},
    {"escribe un comentario", "Escribe un comentario"},
    {"tu comentario está pendiente de moderación*", "Tu comentario está pendiente de moderación."},
    {"partecipa alla discussione", "Partecipa alla discussione"},
    {"scrivi un commento", "Scrivi un commento"},
    {"il tuo commento è in attesa di moderazione*", "Il tuo commento è in attesa di moderazione."},
    {"doe mee aan de discussie", "Doe mee aan de discussie"},
    {"schrijf een reactie", "Schrijf een reactie"},
    {"je reactie wacht op goedkeuring*", "Je reactie wacht op goedkeuring."},
    {"participe da discussão", "Participe da discussão"},
    {"junte-se à discussão", "Junte-se à discussão"},
    {"escreva um comentário", "Escreva um comentário"},
    {"seu comentário está aguardando moderação*", "Seu comentário está aguardando moderação."},
    {"dołącz do dyskusji", "Dołącz do dyskusji"},
    {"napisz komentarz", "Napisz komentarz"},
    {"twój komentarz oczekuje na moderację*", "Twój komentarz oczekuje na moderację."},
    {"присоединяйтесь к обсуждению", "Присоединяйтесь к обсуждению"},
    {"написать комментарий", "Написать комментарий"},
    {"ваш комментарий ожидает модерации*", "Ваш комментарий ожидает модерации."},
    {"ваш комментарий ожидает проверки*", "Ваш комментарий ожидает проверки."},
    {"zapojte se do diskuse", "Zapojte se do diskuse"},
    {"váš komentář čeká na schválení*", "Váš komentář čeká na schválení."},
    {"delta i diskussionen", "Delta i diskussionen"},
    {"skriv en kommentar", "Skriv en kommentar"},
    {"din kommentar väntar på granskning*", "Din kommentar väntar på granskning."},
    {"tartişmaya katilin", "Tartışmaya katılın"},
    {"yorum yaz", "Yorum yaz"},
    {"yorumunuz onay bekliyor*", "Yorumunuz onay bekliyor."},
    {"コメントする", "コメントする"},
    {"写评论", "写评论"},
    {"댓글 쓰기", "댓글 쓰기"},
    {"더보기", "더보기"},
    {"맨 위로", "맨 위로"},
    {"인쇄", "인쇄"},
    {"광고", "광고"},
};

/* The entry an example of it matched: the table's own, not another. */
static void assert_entry(const char *got, const char *example, const char *entry)
{
    ck_assert_msg(got && strcmp(got, entry) == 0, "\"%s\" matched %s, want \"%s\"", example,
                  got ? got : "nothing", entry);
}

START_TEST(test_phrase_entry_matches_its_example)
{
    const phrase_case *c = &phrase_cases[_i];
    const char *got = dci_match_phrase(c->example);
    assert_entry(got, c->example, c->entry);
}
END_TEST

/* Sentences of articles that must never be taken for boilerplate. */
static const char *const prose_lines[] = {
    "The council met on Tuesday to discuss the new harbour wall.",
    "Follow the river north for two miles until you reach the old bridge.",
    "Photography has changed a great deal since the harbour was built.",
    "Images of the flood spread quickly across the town.",
    "Advertisements for the ferry were posted in every shop window.",
    "She said the story is over, and nobody wants to hear it again.",
    "Readers who want more can read the full report on the council website.",
    "Share prices rose after the announcement.",
    "Comment now seemed pointless, the minister said.",
    "Story tools for teachers are listed on the council website.",
    "Sign the petition before Friday, the organisers said.",
    "Loading the ferry took most of the morning, the harbour master said.",
    /* a question or a friend in a sentence of the article */
    "Like this year's regatta, the fair drew crowds from every town on the coast.",
    "Did you like this harbour as a child? Many readers wrote to say they did.",
    "Send this letter to a friend, the old advert said, and the idea caught on.",
    "Do you like this? she asked, holding up the model of the ferry.",
    /* signing up told of, not asked for */
    "The race is on Sunday. Sign up for the five-mile run closed on Friday, the organisers said.",
    /* an author's note: the human-marked texts keep it, handle and all */
    "Jane Doe covers the harbour and the council for the Gazette. Follow Jane on Twitter at "
    "@janedoe.",
    "You should follow the Gazette on Twitter here.",
    /* the source of the story, its address shown */
    "Read more here: http://www.harbour-review.example",
    /* subscribing told of, not asked for */
    "I have read most books on the subject, and I also subscribe to every newsletter on it.",
    "You can also subscribe to this newsletter here, just tick the box.",
    /* a credit's opening word in a paragraph of prose is no credit */
    "Foto: Die Ausstellung im Stadtmuseum zeigt Bilder aus hundert Jahren Hafengeschichte.",
    "Photo : une exposition montre cent ans d'histoire du port de la ville.",
    "Fot. archiwalne zdjęcia pokazują, jak wyglądał port przed stu laty i później.",
    "Imagen: la exposición del museo muestra cien años de historia del puerto de la ciudad.",
    "Zdjęcie: wystawa w muzeum pokazuje sto lat historii portu i miasta nad morzem.",
    "Drucken lassen sich die Karten im Rathaus.",
    "Imprimer coûte cher, dit le maire.",
    "Stampa e televisione ne hanno parlato per settimane.",
    "Anzeige gegen den Bürgermeister wurde am Montag erstattet.",
    "Tovább nőtt a kikötő forgalma tavaly.",
    /* a thing best viewed somewhere is no notice about the reader's browser */
    "The comet is best viewed in the early morning, from the hill above the harbour.",
    "Please note: the ferry leaves at nine, not ten, during the winter months.",
    /* a story's rest told of, not a control's label */
    "Continue reading the report and you find the northern end moved most.",
    "Show more patience, the harbour master told the crews.",
    /* cookies baked, and a site's cookies told of in a sentence */
    "We use cookies from the bakery on the quay for the harbour fair every summer.",
    "The report says this website uses cookies, the regulator told the court.",
    "Nous utilisons des recettes anciennes pour les biscuits du port.",
    /* the other languages' controls and labels used in a sentence */
    "Läs mer om hamnen på kommunens webbplats, skriver tidningen.",
    "Leia mais sobre o porto no site da prefeitura.",
    "Leggi tutto il rapporto sul sito del comune, ha detto il sindaco.",
    "Sigue leyendo el informe en la web del ayuntamiento, dijo el alcalde.",
    "Annons i tidningen kostade mer än väntat.",
    "Reklam filmi limanda çekildi.",
    "印刷工場は港の近くにある。",
    "广告公司在港口附近。",
    "À lire également le rapport du port, publié hier.",
    "Przeczytaj także raport portu, opublikowany wczoraj.",
    "Die Fotografen haben sich alle Rechte vorbehalten, sagte der Verlag.",
    "Il faut partager cet article avec tous les pêcheurs, dit le maire.",
    "Le trajet prend 3 min de plus en hiver, selon la mairie.",
    "Laisser un commentaire sur le site de la mairie est possible jusqu'à vendredi.",
    "Deja un comentario amargo el alcalde sobre el puerto.",
    "Dodaj komentarz do wniosku, radzi urząd miasta.",
    "Добавить комментарий к проекту жители могут до пятницы.",
    /* near misses of the entries the audit found missing */
    "Es gibt viele Leser. Abonnieren Sie ihn, sagte der Verlag, sei einfach.",
    "Viele Leser abonnieren den Newsletter des Hafens seit Jahren.",
    "Ваш комментарий к проекту мэрия получила в пятницу.",
    "Skriv en kommentar till förslaget före fredag, uppmanar kommunen.",
    "Yorum yazmak için limana gitmek gerekmiyor, dedi başkan.",
    "Diskutieren Sie mit den Nachbarn, rät der Bürgermeister.",
    "Dołącz do dyskusji o porcie mogą wszyscy mieszkańcy do piątku.",
    "광고 회사는 항구 근처에 있다.",
};

START_TEST(test_prose_matches_no_phrase)
{
    const char *got = dci_match_phrase(prose_lines[_i]);
    ck_assert_msg(got == NULL, "\"%s\" matched \"%s\"", prose_lines[_i], got ? got : "");
}
END_TEST

/* dci_match_label_into, the loose-line rule's matcher, which folds into
 * its caller's buffer, finds each entry without a star from its example as
 * dci_match_phrase does, and no starred entry; a line too long for the
 * buffer matches nothing. */
START_TEST(test_label_into_agrees)
{
    int32_t buf[1024];
    for (size_t i = 0; i < DCX_COUNTOF(phrase_cases); i++) {
        const char *got = dci_match_label_into(phrase_cases[i].example, buf, 1024);
        if (!strchr(phrase_cases[i].entry, '*') &&
            dci_match_phrase(phrase_cases[i].example) == phrase_cases[i].entry)
            assert_entry(got, phrase_cases[i].example, phrase_cases[i].entry);
        ck_assert_msg(!got || !strchr(got, '*'), "\"%s\"", phrase_cases[i].example);
    }
    for (size_t i = 0; i < DCX_COUNTOF(prose_lines); i++)
        ck_assert_ptr_null(dci_match_label_into(prose_lines[i], buf, 1024));
    ck_assert_ptr_nonnull(dci_match_label_into("Printer Friendly Version", buf, 1024));
    ck_assert_ptr_null(dci_match_label_into("Printer Friendly Version", buf, 4));
    ck_assert_ptr_null(dci_match_label_into("Read more here, where the council wrote it", buf, 1024));
}
END_TEST

/* One row per entry of source_calls[] in patterns.c, with a line that needs it. */
static const phrase_case source_call_cases[] = {
    {"read it at *", "Read it at New Scientist"},
    {"read more at *", "Read more at YCharts: Harbour shares climb"},
    {"read the full story at *", "Read the full story at the Gazette"},
    {"read the full article at *", "Read the full article at Harbour Weekly"},
    {"read the rest at *", "Read the rest at Harbour Weekly"},
    {"continue reading at *", "Continue Reading at YCharts: Workday IPO Shares Quickly Double"},
    {"full story at *", "Full story at the Gazette"},
    {"weiterlesen bei *", "Weiterlesen bei Spiegel Online"},
    {"weiterlesen auf *", "Weiterlesen auf zeit.de"},
    {"lire la suite sur *", "Lire la suite sur Le Monde"},
    {"leer más en *", "Leer más en El País"},
    {"sigue leyendo en *", "Sigue leyendo en El País"},
    {"continua a leggere su *", "Continua a leggere su La Stampa"},
    {"leggi tutto su *", "Leggi tutto su La Stampa"},
    {"lees verder op *", "Lees verder op nu.nl"},
    {"lees meer op *", "Lees meer op nu.nl"},
    {"czytaj dalej na *", "Czytaj dalej na onet.pl"},
    {"czytaj więcej na *", "Czytaj więcej na onet.pl"},
    {"leia mais em *", "Leia mais em Folha"},
    {"continue lendo em *", "Continue lendo em Folha"},
    {"читать далее на *", "Читать далее на РБК"},
    {"подробнее на *", "Подробнее на РБК"},
    {"celý článek na *", "Celý článek na iDNES.cz"},
    {"čtěte více na *", "Čtěte více na iDNES.cz"},
    {"läs hela artikeln på *", "Läs hela artikeln på DN.se"},
    {"läs mer på *", "Läs mer på DN.se"},
};

START_TEST(test_source_call_entry_matches_its_example)
{
    const phrase_case *c = &source_call_cases[_i];
    const char *got = dci_match_source_call(c->example, strlen(c->example));
    assert_entry(got, c->example, c->entry);
}
END_TEST

/* One row per entry of sequence_labels[] in patterns.c, with a label that needs it. */
static const phrase_case sequence_label_cases[] = {
    {"next", "Next:"}, {"next *", "Next in thread:"}, {"previous", "Previous :"},
    {"previous *", "Previous message:"}, {"prev", "Prev:"}, {"prev *", "Prev by Date:"},
    {"older *", "Older post:"}, {"newer *", "Newer post:"},
    {"nächster *", "Nächster Beitrag:"}, {"nächste *", "Nächste Seite:"},
    {"vorheriger *", "Vorheriger Beitrag:"}, {"vorherige *", "Vorherige Seite:"},
    {"* précédent", "Article précédent :"}, {"* précédente", "Page précédente :"},
    {"* suivant", "Article suivant :"}, {"* suivante", "Page suivante :"},
    {"précédent", "Précédent :"}, {"suivant", "Suivant :"},
    {"* anterior", "Entrada anterior:"}, {"* siguiente", "Entrada siguiente:"},
    {"anterior", "Anterior:"}, {"siguiente", "Siguiente:"},
    {"próximo *", "Próximo artigo:"}, {"próxima *", "Próxima entrada:"},
    {"* precedente", "Articolo precedente:"}, {"* successivo", "Articolo successivo:"},
    {"* successiva", "Pagina successiva:"},
    {"vorige *", "Vorige bericht:"}, {"volgende *", "Volgende bericht:"},
    {"vorig *", "Vorig artikel:"}, {"volgend *", "Volgend artikel:"},
    {"poprzedni *", "Poprzedni wpis:"}, {"poprzednia *", "Poprzednia strona:"},
    {"następny *", "Następny wpis:"}, {"następna *", "Następna strona:"},
    {"предыдущая *", "Предыдущая статья:"}, {"следующая *", "Следующая статья:"},
    {"предыдущий *", "Предыдущий пост:"}, {"следующий *", "Следующий пост:"},
    {"předchozí *", "Předchozí článek:"}, {"další článek", "Další článek:"},
    {"další příspěvek", "Další příspěvek:"},
    {"föregående *", "Föregående inlägg:"}, {"nästa *", "Nästa inlägg:"},
};

START_TEST(test_sequence_label_entry_matches_its_example)
{
    const phrase_case *c = &sequence_label_cases[_i];
    const char *got = dci_match_sequence_label(c->example, strlen(c->example));
    assert_entry(got, c->example, c->entry);
}
END_TEST

/* Labels of a line's own words, a sentence's opening, a label without its
 * colon: no sequence. */
static const char *const not_sequence_labels[] = {
    "Study:", "Previously:", "Next",  "Next, the council heard that the wall:",
    "Další informace:", "Messages sorted by:", "Nextdoor:",
};

START_TEST(test_label_is_no_sequence_label)
{
    const char *s = not_sequence_labels[_i];
    const char *got = dci_match_sequence_label(s, strlen(s));
    ck_assert_msg(got == NULL, "\"%s\" matched \"%s\"", s, got ? got : "");
}
END_TEST

/* One row per entry of edit_controls[] in patterns.c: a wiki's section-edit
 * control as a heading shows it, bracketed or not, one part or a few. */
static const phrase_case edit_control_cases[] = {
    {"edit", "[ edit | edit source ]"}, {"edit source", "edit source"}, {"edit section", "Edit section"},
    {"bearbeiten", "[Bearbeiten | Quelltext bearbeiten]"},
    {"quelltext bearbeiten", "Quelltext bearbeiten"}, {"modifier", "[modifier | modifier le code]"},
    {"modifier le code", "modifier le code"}, {"editar", "[editar]"},
    {"editar código", "editar código"}, {"editar código-fonte", "editar código-fonte"},
    {"modifica", "[modifica | modifica wikitesto]"}, {"modifica wikitesto", "modifica wikitesto"},
    {"bewerken", "[bewerken | brontekst bewerken]"}, {"brontekst bewerken", "brontekst bewerken"},
    {"edytuj", "[edytuj]"}, {"edytuj kod", "edytuj kod"}, {"править", "[править | править код]"},
    {"править код", "править код"}, {"ред.", "[ред.]"}, {"ред. код", "ред. код"},
    {"редагувати", "[редагувати]"}, {"редагувати код", "редагувати код"},
    {"editovat", "[editovat]"}, {"editovat zdroj", "editovat zdroj"},
    {"redigera", "[redigera]"}, {"redigera wikitext", "redigera wikitext"},
    {"değiştir", "[değiştir]"}, {"kaynaği değiştir", "Kaynağı değiştir"}, {"編集", "[編集]"},
    {"ソースを編集", "ソースを編集"}, {"编辑", "[编辑]"}, {"编辑源代码", "编辑源代码"},
};

START_TEST(test_edit_control_entry_matches_its_example)
{
    const phrase_case *c = &edit_control_cases[_i];
    const char *got = dci_match_edit_control(c->example, strlen(c->example));
    assert_entry(got, c->example, c->entry);
}
END_TEST

/* A heading's own words, a control beside the edit one, four parts, a
 * word glued to the label: no section-edit control. */
static const char *const not_edit_controls[] = {
    "Edit history", "Edited", "edit | share", "[edit | edit | edit | edit]", "[]",
    "Editing", "editor",
};

START_TEST(test_text_is_no_edit_control)
{
    const char *s = not_edit_controls[_i];
    const char *got = dci_match_edit_control(s, strlen(s));
    ck_assert_msg(got == NULL, "\"%s\" matched \"%s\"", s, got ? got : "");
}
END_TEST

/* A line of a comment's controls, one row per entry of comment_controls[]. */
static const phrase_case comment_control_cases[] = {
    {"reply", "Reply"}, {"reply to this comment", "Reply to this comment"},
    {"reply to this", "Reply to this"}, {"reply with quote", "Reply with quote"},
    {"quote", "QUOTE"}, {"permalink", "Permalink"}, {"report", "Report"},
    {"report abuse", "Report Abuse"},
    {"report this comment", "[Offensive? Unsuitable? Report this comment.]"},
    {"report this post", "Report this post"}, {"report comment", "Report comment"},
    {"report post", "Report post"}, {"report to moderator", "Report to moderator"},
    {"flag as inappropriate", "Flag as inappropriate"}, {"antworten", "Antworten"},
    {"zitieren", "Zitieren"}, {"melden", "Melden"}, {"missbrauch melden", "Missbrauch melden"},
    {"kommentar melden", "Kommentar melden"}, {"répondre", "Répondre"}, {"citer", "Citer"},
    {"signaler", "Signaler"}, {"signaler un abus", "Signaler un abus"},
    {"responder", "Responder"}, {"citar", "Citar"}, {"denunciar", "Denunciar"},
    {"reportar abuso", "Reportar abuso"}, {"rispondi", "Rispondi"}, {"cita", "Cita"},
    {"segnala", "Segnala"}, {"segnala abuso", "Segnala abuso"}, {"reageer", "Reageer"},
    {"beantwoorden", "Beantwoorden"}, {"citeer", "Citeer"}, {"odpowiedz", "Odpowiedz"},
    {"cytuj", "Cytuj"}, {"zgłoś", "Zgłoś"}, {"zgłoś nadużycie", "Zgłoś nadużycie"},
    {"ответить", "Ответить"}, {"цитировать", "Цитировать"},
    {"пожаловаться", "Пожаловаться"}, {"svara", "Svara"}, {"citera", "Citera"},
    {"odpovědět", "Odpovědět"}, {"citovat", "Citovat"}, {"nahlásit", "Nahlásit"},
    {"nahlásit komentář", "Nahlásit komentář"},
    {"anmäl", "Anmäl"}, {"yanitla", "Yanıtla"}, {"cevapla", "Cevapla"},
    {"alinti", "Alıntı"}, {"şikayet et", "Şikayet et"}, {"返信", "返信"}, {"通報", "通報"},
    {"回复", "回复"}, {"举报", "举报"},
};

START_TEST(test_comment_control_entry_matches_its_example)
{
    const phrase_case *c = &comment_control_cases[_i];
    assert_entry(dci_match_comment_control(c->example), c->example, c->entry);
}
END_TEST

/* A control's word inside a line of the story is no control. */
static const char *const not_comment_controls[] = {
    "Quote of the day",
    "Reply to the council's letter",
    "Report: harbour wall to be rebuilt by May",
    "The report said the quay would reopen in May.",
    /* too long a line for a comment's controls */
    "Reply | Quote | Report | Permalink | Reply | Quote | Report | Permalink",
};

START_TEST(test_line_is_no_comment_control)
{
    const char *s = not_comment_controls[_i];
    const char *got = dci_match_comment_control(s);
    ck_assert_msg(got == NULL, "\"%s\" matched \"%s\"", s, got ? got : "");
}
END_TEST

/* Pointers to other stories that name no site where this one goes on. */
static const char *const not_source_calls[] = {
    "Read more: Why the harbour wall failed",
    "Read more",
    "Read the rest of the review",
    "Read more about the harbour master >>>",
    "Continue reading the main story",
    "Full Story: Harbour wall to be rebuilt",
    "Lire la suite",
    "Weiterlesen",
    "Läs mer",
    "Čtěte také: Nová zeď přístavu",
};

START_TEST(test_pointer_is_no_source_call)
{
    const char *s = not_source_calls[_i];
    const char *got = dci_match_source_call(s, strlen(s));
    ck_assert_msg(got == NULL, "\"%s\" matched \"%s\"", s, got ? got : "");
}
END_TEST

/* One row per entry of meta_fields[] in patterns.c, with a post's line of
 * meta fields (a blog theme's, over the post) that needs it. */
static const phrase_case meta_field_cases[] = {
    {"*reading time*", "Posted on 2023-01-01 In Politics Reading time \u2248 4 mins."},
    {"*min read*", "March 3, 2023 \u00b7 6 min read"},
    {"*mins read*", "Sam Writer \u00b7 2023-03-03 \u00b7 6 mins read"},
    {"*minute read*", "Updated May 2, 2024 \u2014 8 minute read"},
    {"*minutes read*", "Posted 2024-05-02 \u2014 8 minutes read"},
    {"*word count*", "Posted on 2023-01-01 Edited on 2026-11-29 Word count in article: 4.7k"},
    {"*words count*", "2023-01-01 | Words count: 4.7k"},
    {"*lesezeit*", "Veröffentlicht am 2023-01-01 Lesezeit \u2248 4 Min."},
    {"*wortanzahl*", "Veröffentlicht am 2023-01-01 Wortanzahl: 4,7k"},
    {"*anzahl der wörter*", "2023-01-01 Anzahl der Wörter: 4.700"},
    {"*temps de lecture*", "Publié le 2023-01-01 Temps de lecture \u2248 4 min"},
    {"*min de lecture*", "1 janvier 2023 \u00b7 4 min de lecture"},
    {"*nombre de mots*", "Publié le 2023-01-01 Nombre de mots : 4,7k"},
    {"*tiempo de lectura*", "Publicado el 2023-01-01 Tiempo de lectura \u2248 4 min"},
    {"*min de lectura*", "1 de enero de 2023 \u00b7 4 min de lectura"},
    {"*número de palabras*", "Publicado el 2023-01-01 Número de palabras: 4,7k"},
    {"*tempo di lettura*", "Pubblicato il 2023-01-01 Tempo di lettura \u2248 4 min"},
    {"*min di lettura*", "1 gennaio 2023 \u00b7 4 min di lettura"},
    {"*numero di parole*", "Pubblicato il 2023-01-01 Numero di parole: 4,7k"},
    {"*tempo de leitura*", "Publicado em 2023-01-01 Tempo de leitura \u2248 4 min"},
    {"*min de leitura*", "1 de janeiro de 2023 \u00b7 4 min de leitura"},
    {"*contagem de palavras*", "Publicado em 2023-01-01 Contagem de palavras: 4,7k"},
    {"*leestijd*", "Gepubliceerd op 2023-01-01 Leestijd \u2248 4 min"},
    {"*aantal woorden*", "Gepubliceerd op 2023-01-01 Aantal woorden: 4,7k"},
    {"*czas czytania*", "Opublikowano 2023-01-01 Czas czytania \u2248 4 min"},
    {"*min czytania*", "1 stycznia 2023 \u00b7 4 min czytania"},
    {"*liczba słów*", "Opublikowano 2023-01-01 Liczba słów: 4,7k"},
    {"*время чтения*", "Опубликовано 2023-01-01 Время чтения \u2248 4 мин."},
    {"*мин чтения*", "1 января 2023 \u00b7 4 мин чтения"},
    {"*количество слов*", "Опубликовано 2023-01-01 Количество слов: 4,7k"},
    {"*doba čtení*", "Publikováno 2023-01-01 Doba čtení \u2248 4 min"},
    {"*min čtení*", "1. ledna 2023 \u00b7 4 min čtení"},
    {"*počet slov*", "Publikováno 2023-01-01 Počet slov: 4,7k"},
    {"*lästid*", "Publicerad 2023-01-01 Lästid \u2248 4 min"},
    {"*min läsning*", "1 januari 2023 \u00b7 4 min läsning"},
    {"*antal ord*", "Publicerad 2023-01-01 Antal ord: 4,7k"},
    {"*okuma süresi*", "Yayınlandı 2023-01-01 Okuma süresi \u2248 4 dk"},
    {"*dk okuma*", "1 Ocak 2023 \u00b7 4 dk okuma"},
    {"*kelime sayisi*", "Yayınlandı 2023-01-01 Kelime sayısı: 4,7k"},
    {"*阅读时长*", "发表于 2023-01-01 阅读时长 \u2248 4 分钟"},
    {"*阅读时间*", "发表于 2023-01-01 阅读时间: 4 分钟"},
    {"*本文字数*", "发表于 2023-01-01 本文字数: 4.7k"},
    {"*字数统计*", "发表于 2023-01-01 字数统计: 4.7k"},
    {"*閱讀時間*", "發表於 2023-01-01 閱讀時間 \u2248 4 分鐘"},
    {"*閱讀時長*", "發表於 2023-01-01 閱讀時長 \u2248 4 分鐘"},
    {"*本文字數*", "發表於 2023-01-01 本文字數: 4.7k"},
    {"*読了時間*", "投稿日 2023-01-01 読了時間: 約4分"},
    {"*文字数*", "投稿日 2023-01-01 文字数: 4700"},
};

START_TEST(test_meta_field_entry_matches_its_example)
{
    const phrase_case *c = &meta_field_cases[_i];
    assert_entry(dci_match_meta_field(c->example), c->example, c->entry);
}
END_TEST

/* Near misses: a field's label without its number (a heading, a link), and
 * prose with numbers that names no counted field. */
static const char *const not_meta_fields[] = {
    "Reading time",
    "Word count",
    "Lesezeit",
    "阅读时长",
    "The council read the report in 2023 and voted on the wall at its next meeting.",
    "In 2019 the timeline of the project was read out at a meeting of 40 residents.",
    "Die Kommission las den Bericht 2023 und stimmte im März über die Mauer ab.",
};

START_TEST(test_text_is_no_meta_field)
{
    const char *s = not_meta_fields[_i];
    const char *got = dci_match_meta_field(s);
    ck_assert_msg(got == NULL, "\"%s\" matched \"%s\"", s, got ? got : "");
}
END_TEST

/* Phrases end to end: a one-line block inside the article is dropped. */
START_TEST(test_phrase_line_removed_end_to_end)
{
    const phrase_case *c = &phrase_cases[_i];
    char *block = tu_strdupf("<p>%s</p>", c->example);
    char *page = tu_article_page(block);
    char *text = tu_text_ok(page);
    ck_assert_msg(!tu_contains(text, c->example), "\"%s\" was kept:\n%s", c->example, text);
    tu_assert_article_kept(text);
    free(text);
    free(page);
    free(block);
}
END_TEST

/* Control: a short line of the article that is no phrase stays. */
START_TEST(test_short_article_line_kept_end_to_end)
{
    char *page = tu_article_page("<p>The wall was finished in 1887.</p>");
    char *text = tu_text_ok(page);
    tu_assert_has(text, "The wall was finished in 1887.");
    tu_assert_article_kept(text);
    free(text);
    free(page);
}
END_TEST

/* ------------------------------------------------------------------ section headings */

/* One row per entry of section_headings[] in patterns.c. */
typedef struct heading_case {
    const char *entry;
    const char *example;
} heading_case;

static const heading_case heading_cases[] = {
    {"more *", "More Film"},
    {"more from *", "More from the Gazette"},
    {"more in *", "More in UK news"},
    {"something to consider", "Something to consider"},
    {"related*", "Related articles"},
    {"you may also like*", "You may also like"},
    {"you might also like*", "You might also like"},
    {"recommended*", "Recommended for you"},
    {"most popular*", "Most popular"},
    {"most read*", "Most read"},
    {"popular*", "Popular this week"},
    {"trending*", "Trending now"},
    {"read next*", "Read next"},
    {"comments*", "Comments (12)"},
    {"* comments", "12 comments"},
    {"leave a reply*", "Leave a Reply"},
    {"tell us what you think*", "Tell us what you think"},
    {"leave a comment*", "Leave a comment"},
    {"join the conversation*", "Join the conversation"},
    {"share this*", "Share this story"},
    {"around the web*", "Around the web"},
    {"access exclusive content", "Access exclusive content"},
    {"latest news*", "Latest news"},
    {"top stories*", "Top stories"},
    {"story highlights", "STORY HIGHLIGHTS"},
    {"from the homepage*", "From the HomePage"},
    {"from the home page*", "From the home page"},
    {"sponsored ads*", "Sponsored Ads:"},
    {"ads by google*", "Ads by Google"},
    /* the other languages of the corpus, capitalised as on the page */
    {"самые популярные*", "Самые популярные диеты"},
    {"читайте также*", "Читайте также"},
    {"похожие *", "Похожие новости"},
    {"отзывы*", "Отзывы (5)"},
    {"добавить отзыв*", "Добавить отзыв"},
    {"комментарии*", "Комментарии (3)"},
    {"leia também*", "Leia também"},
    {"veja também*", "Veja também"},
    {"mais lidas*", "Mais lidas"},
    {"notícias relacionadas*", "Notícias relacionadas"},
    {"comentários*", "Comentários (4)"},
    {"lea también*", "Lea también"},
    {"más noticias*", "Más noticias"},
    {"comentarios*", "Comentarios"},
    {"à lire aussi*", "À lire aussi"},
    {"sur le même sujet*", "Sur le même sujet"},
    {"commentaires*", "Commentaires (7)"},
    {"mehr zum thema*", "Mehr zum Thema"},
    {"weitere artikel*", "Weitere Artikel"},
    {"kommentare*", "Kommentare (2)"},
    {"lesen sie auch*", "Lesen Sie auch"},
    {"auch interessant*", "Auch interessant"},
    {"das könnte sie auch interessieren*", "Das könnte Sie auch interessieren"},
    {"czytaj także*", "Czytaj także"},
    {"czytaj też*", "Czytaj też"},
    {"zobacz także*", "Zobacz także"},
    {"zobacz też*", "Zobacz też"},
    {"komentarze*", "Komentarze (8)"},
    {"te puede interesar*", "Te puede interesar"},
    {"también te puede interesar*", "También te puede interesar"},
    {"lee también*", "Lee también"},
    {"lire aussi*", "Lire aussi"},
    {"à voir aussi*", "À voir aussi"},
    {"vous aimerez aussi*", "Vous aimerez aussi"},
    {"leggi anche*", "Leggi anche"},
    {"potrebbe interessarti*", "Potrebbe interessarti"},
    {"articoli correlati*", "Articoli correlati"},
    {"commenti*", "Commenti (3)"},
    {"lees ook*", "Lees ook"},
    {"gerelateerde artikelen*", "Gerelateerde artikelen"},
    {"reacties*", "Reacties (6)"},
    {"leia mais*", "Leia mais"},
    /* the blog engines' and news sites' headings in more languages */
    {"ähnliche artikel*", "Ähnliche Artikel"},
    {"ähnliche beiträge*", "Ähnliche Beiträge"},
    {"verwandte artikel*", "Verwandte Artikel"},
    {"meistgelesen*", "Meistgelesen"},
    {"schreibe einen kommentar*", "Schreibe einen Kommentar"},
    {"hinterlasse einen kommentar*", "Hinterlasse einen Kommentar"},
    {"articles similaires*", "Articles similaires"},
    {"articles liés*", "Articles liés"},
    {"les plus lus*", "Les plus lus"},
    {"à lire également*", "À lire également"},
    {"dans la même rubrique*", "Dans la même rubrique"},
    {"laisser un commentaire*", "Laisser un commentaire"},
    {"laisser une réponse*", "Laisser une réponse"},
    {"artículos relacionados*", "Artículos relacionados"},
    {"noticias relacionadas*", "Noticias relacionadas"},
    {"lo más leído*", "Lo más leído"},
    {"lo más visto*", "Lo más visto"},
    {"deja una respuesta*", "Deja una respuesta"},
    {"deja un comentario*", "Deja un comentario"},
    {"relacionados", "Relacionados"},
    {"relacionado", "Relacionado"},
    {"i più letti*", "I più letti"},
    {"più letti*", "Più letti oggi"},
    {"ti potrebbe interessare*", "Ti potrebbe interessare"},
    {"lascia un commento*", "Lascia un commento"},
    {"lascia una risposta*", "Lascia una risposta"},
    {"correlati", "Correlati"},
    {"artigos relacionados*", "Artigos relacionados"},
    {"mais lidos*", "Mais lidos"},
    {"deixe um comentário*", "Deixe um comentário"},
    {"deixe uma resposta*", "Deixe uma resposta"},
    {"meest gelezen*", "Meest gelezen"},
    {"gerelateerd", "Gerelateerd"},
    {"geef een reactie*", "Geef een reactie"},
    {"laat een reactie achter*", "Laat een reactie achter"},
    {"najczęściej czytane*", "Najczęściej czytane"},
    {"podobne artykuły*", "Podobne artykuły"},
    {"powiązane artykuły*", "Powiązane artykuły"},
    {"przeczytaj także*", "Przeczytaj także"},
    {"przeczytaj też*", "Przeczytaj też"},
    {"dodaj komentarz*", "Dodaj komentarz"},
    {"материалы по теме*", "Материалы по теме"},
    {"новости по теме*", "Новости по теме"},
    {"самое читаемое*", "Самое читаемое"},
    {"добавить комментарий*", "Добавить комментарий"},
    {"оставить комментарий*", "Оставить комментарий"},
    {"související články*", "Související články"},
    {"nejčtenější*", "Nejčtenější"},
    {"čtěte také*", "Čtěte také"},
    {"mohlo by vás zajímat*", "Mohlo by vás zajímat"},
    {"komentáře*", "Komentáře (4)"},
    {"relaterade artiklar*", "Relaterade artiklar"},
    {"mest lästa*", "Mest lästa"},
    {"läs också*", "Läs också"},
    {"läs även*", "Läs även"},
    {"lämna ett svar*", "Lämna ett svar"},
    {"lämna en kommentar*", "Lämna en kommentar"},
    {"ilgili haberler*", "ilgili haberler"},
    {"ilgili haberler*", "İLGİLİ HABERLER"},
    {"benzer haberler*", "Benzer haberler"},
    {"en çok okunan*", "En çok okunanlar"},
    {"en çok okunan*", "En Çok Okunan Haberler"},
    {"yorumlar", "Yorumlar"},
    {"yorumlar (*", "Yorumlar (5)"},
    {"bir yanit yazin*", "Bir yanıt yazın"},
    {"weitere nachrichten*", "Weitere Nachrichten"},
    {"neueste artikel*", "Neueste Artikel"},
    {"dernières actualités*", "Dernières actualités"},
    {"sur le même thème*", "Sur le même thème"},
    {"les plus partagés*", "Les plus partagés"},
    {"les plus commentés*", "Les plus commentés"},
    {"últimas noticias*", "Últimas noticias"},
    {"te recomendamos*", "Te recomendamos"},
    {"ultime notizie*", "Ultime notizie"},
    {"notizie correlate*", "Notizie correlate"},
    {"altre notizie*", "Altre notizie"},
    {"laatste nieuws*", "Laatste nieuws"},
    {"meer nieuws*", "Meer nieuws"},
    {"ook interessant*", "Ook interessant"},
    {"meest bekeken*", "Meest bekeken"},
    {"últimas notícias*", "ÚLTIMAS NOTÍCIAS"},
    {"você também pode gostar*", "Você também pode gostar"},
    {"mais notícias*", "Mais notícias"},
    {"czytaj również*", "Czytaj również"},
    {"zobacz również*", "Zobacz również"},
    {"może cię zainteresować*", "Może cię zainteresować"},
    {"polecane artykuły*", "Polecane artykuły"},
    {"najpopularniejsze*", "Najpopularniejsze"},
    {"последние новости*", "ПОСЛЕДНИЕ НОВОСТИ"},
    {"другие новости*", "Другие новости"},
    {"новости партнеров*", "Новости партнеров"},
    {"новости партнёров*", "Новости партнёров"},
    {"смотрите также*", "Смотрите также"},
    {"další články*", "Další články"},
    {"přečtěte si také*", "Přečtěte si také"},
    {"nejnovější články*", "Nejnovější články"},
    {"senaste nytt*", "Senaste nytt"},
    {"senaste nyheterna*", "Senaste nyheterna"},
    {"du kanske också gillar*", "Du kanske också gillar"},
    {"fler nyheter*", "Fler nyheter"},
    {"diğer haberler*", "Diğer haberler"},
    {"son haberler*", "Son haberler"},
    {"ilginizi çekebilir*", "Ilginizi çekebilir"},
    {"ilginizi çekebilir*", "İlginizi çekebilir"},
    {"bunlar da ilginizi çekebilir*", "Bunlar da ilginizi çekebilir"},
    {"misschien ook interessant*", "Misschien ook interessant"},
    {"вам может быть интересно*", "Вам может быть интересно"},
    {"рекомендуем*", "Рекомендуем"},
    {"autres actualités*", "Autres actualités"},
    {"ayrica okuyun*", "AYRICA OKUYUN"},
    {"najnowsze artykuły*", "Najnowsze artykuły"},
    {"najnowsze wiadomości*", "Najnowsze wiadomości"},
    {"関連記事", "関連記事"},
    {"人気記事", "人気記事"},
    {"あわせて読みたい", "あわせて読みたい"},
    {"コメント", "コメント"},
    {"コメントを残す", "コメントを残す"},
    {"相关文章", "相关文章"},
    {"相關文章", "相關文章"},
    {"相关阅读", "相关阅读"},
    {"相關閱讀", "相關閱讀"},
    {"延伸阅读", "延伸阅读"},
    {"延伸閱讀", "延伸閱讀"},
    {"热门文章", "热门文章"},
    {"熱門文章", "熱門文章"},
    {"发表评论", "发表评论"},
    {"發表評論", "發表評論"},
    {"评论", "评论"},
    {"評論", "評論"},
    {"więcej wiadomości*", "Więcej wiadomości"},
    {"pozostałe wiadomości*", "Pozostałe wiadomości"},
    {"inne wiadomości*", "Inne wiadomości"},
    {"empfohlene artikel*", "Empfohlene Artikel"},
    {"unsere empfehlungen*", "Unsere Empfehlungen"},
    {"nos recommandations*", "Nos recommandations"},
    {"articles recommandés*", "Articles recommandés"},
    {"articoli consigliati*", "Articoli consigliati"},
    {"aanbevolen artikelen*", "Aanbevolen artikelen"},
    {"artigos recomendados*", "Artigos recomendados"},
    {"recomendados para você*", "Recomendados para você"},
    {"doporučené články*", "Doporučené články"},
    {"doporučujeme*", "Doporučujeme"},
    {"rekommenderade artiklar*", "Rekommenderade artiklar"},
    {"rekommenderat*", "Rekommenderat"},
    {"önerilen haberler*", "Önerilen haberler"},
    {"sizin için seçtiklerimiz*", "Sizin için seçtiklerimiz"},
    {"推荐阅读", "推荐阅读"},
    {"推薦閱讀", "推薦閱讀"},
    {"おすすめ記事", "おすすめ記事"},
    {"관련 기사", "관련 기사"},
    {"관련기사", "관련기사"},
    {"많이 본 뉴스", "많이 본 뉴스"},
    {"추천 기사", "추천 기사"},
    {"댓글", "댓글"},
};

START_TEST(test_section_heading_entry_matches_its_example)
{
    const heading_case *c = &heading_cases[_i];
    const char *got = dci_match_section_heading(c->example);
    assert_entry(got, c->example, c->entry);
}
END_TEST

/* Case folds in any script: headings whose capitals are not ASCII. */
static const heading_case folded_heading_cases[] = {
    {"комментарии*", "КОММЕНТАРИИ"},
    {"самые популярные*", "САМЫЕ ПОПУЛЯРНЫЕ"},
    {"à lire aussi*", "À LIRE AUSSI"},
    {"notícias relacionadas*", "NOTÍCIAS RELACIONADAS"},
    {"sur le même sujet*", "SUR LE MÊME SUJET"},
};

START_TEST(test_capitalised_non_ascii_heading_matches)
{
    const heading_case *c = &folded_heading_cases[_i];
    const char *got = dci_match_section_heading(c->example);
    assert_entry(got, c->example, c->entry);
}
END_TEST

/* "popular*" names a section only in a short heading: six words is an
 * article heading. */
START_TEST(test_six_word_popular_heading_is_not_a_section_heading)
{
    const char *heading = "Popular support for the new wall";
    const char *got = dci_match_section_heading(heading);
    ck_assert_msg(got == NULL, "\"%s\" matched \"%s\"", heading, got ? got : "");
}
END_TEST

/* Headings of article sections, too long or not boilerplate at all. */
static const char *const article_headings[] = {
    "More than a game",
    "Related research on harbour walls",
    "Comments from the harbour master were mixed",
    "How the harbour master responded to the storm",
    "Trending downwards since the storm of 1953",
    "Most of the wall is older than the town",
    "The repairs",
    "What the engineers found",
    "Story highlights of the harbour's year",
    /* near misses in the other languages: article headings that open with
     * a boilerplate heading's words, or hold them */
    "Ähnliche Artikel über den Hafen gab es schon 1953 in der Lokalzeitung",
    "Les plus lus des romans de l'été sur la plage du port",
    "Lo más leído por los pescadores del puerto en invierno",
    "Relacionados con el puerto y la nueva muralla",
    "Correlati al porto: i numeri della stagione",
    "Meest gelezen boeken in de haven van Rotterdam dit jaar",
    "Komentáře starosty k novému přístavu vyvolaly debatu",
    "Yorumlar ve eleştiriler: limanın yeni duvarı",
    "コメント欄の使い方について",
    "评论家怎么看港口的新堤坝",
    "Dodaj komentarz do wniosku o budowę nowego falochronu w porcie",
    "Meine Gedanken zu der neuen Hafenmauer",
    "Una reflexión: el puerto para todos",
    "En reaktion på beslutet om hamnen",
    "Inne wiadomości z portu w Gdańsku tego lata",
    "Doporučujeme všem rybářům nové mapy přístavu",
    "Kort svar på frågan om hamnen",
    "Два ответа мэра на вопросы рыбаков",
    "Üç cevap: limanın yeni duvarı",
    "Zeven antwoorden over de nieuwe havenmuur",
    "Tři odpovědi starosty k přístavu",
    "Kort svar",
    "Kısa cevap",
    "Správné odpovědi",
    "Kısa yanıt",
};

START_TEST(test_article_heading_is_not_a_section_heading)
{
    const char *got = dci_match_section_heading(article_headings[_i]);
    ck_assert_msg(got == NULL, "\"%s\" matched \"%s\"", article_headings[_i], got ? got : "");
}
END_TEST

/* Each entry of the comment headings with a heading it names (the first
 * entry the heading matches). */
static const heading_case comment_heading_cases[] = {
    {"comments*", "Comments (12)"},
    {"* comments", "119 Comments"},
    {"* comment", "1 Comment"},
    {"* responses", "3 Responses"},
    {"* replies", "12 Replies"},
    {"responses*", "Responses (3)"},
    {"reader comments*", "Reader comments (12)"},
    {"* responses to *", "92 Responses to \u201cDepth Compositing\u201d"},
    {"* thoughts on *", "12 thoughts on \u201cThe harbour wall\u201d"},
    {"* replies to *", "4 replies to \u201cThe harbour wall\u201d"},
    {"* comments on *", "7 comments on \u201cThe harbour wall\u201d"},
    {"* comments to *", "7 comments to \u201cThe harbour wall\u201d"},
    {"* comments so far*", "5 comments so far..."},
    {"комментарии*", "Комментарии (5)"},
    {"* комментариев", "12 комментариев"},
    {"comentários*", "Comentários (3)"},
    {"* comentários", "3 comentários"},
    {"comentarios*", "Comentarios (3)"},
    {"* comentarios", "3 comentarios"},
    {"commentaires*", "Commentaires (3)"},
    {"* commentaires", "3 commentaires"},
    {"kommentare*", "Kommentare (3)"},
    {"* kommentare", "3 Kommentare"},
    {"komentarze*", "Komentarze (3)"},
    {"commenti*", "Commenti (3)"},
    {"* commenti", "3 commenti"},
    {"reacties*", "Reacties (3)"},
    {"* reacties", "3 reacties"},
    {"* kommentar", "1 Kommentar"},
    {"* commentaire", "1 commentaire"},
    {"* comentario", "1 comentario"},
    {"* comentário", "1 comentário"},
    {"* commento", "1 commento"},
    {"* reactie", "1 reactie"},
    {"* komentarz*", "12 komentarzy"},
    {"* комментари*", "3 комментария"},
    {"komentáře*", "Komentáře (5)"},
    {"* komentář*", "5 komentářů"},
    {"* kommentarer", "3 kommentarer"},
    {"* yorum", "8 yorum"},
    {"* antworten", "3 Antworten"},
    {"* réponses", "3 réponses"},
    {"* respuestas", "3 respuestas"},
    {"* risposte", "3 risposte"},
    {"* respostas", "3 respostas"},
    {"* odpowiedzi", "3 odpowiedzi"},
    {"* users responded*", "8 users responded in \" Books to understand the future \""},
    {"* readers responded*", "12 readers responded to this post"},
    {"one response to *", "One Response to LOL: Ads for Outdated Products [Pics]"},
    {"1 response to *", "1 Response to \"Depth Compositing\""},
    {"one thought on *", "One thought on \"Depth Compositing\""},
    {"1 thought on *", "1 thought on \"Depth Compositing\""},
    {"* gedanken zu \xe2\x80\x9e*", "3 Gedanken zu „Die neue Hafenmauer“"},
    {"ein gedanke zu \xe2\x80\x9e*", "Ein Gedanke zu „Die neue Hafenmauer“"},
    {"* antworten auf \xe2\x80\x9e*", "3 Antworten auf „Die neue Hafenmauer“"},
    {"eine antwort auf \xe2\x80\x9e*", "Eine Antwort auf „Die neue Hafenmauer“"},
    {"* réflexions sur \xc2\xab*", "2 réflexions sur « Le nouveau mur du port »"},
    {"une réflexion sur \xc2\xab*", "Une réflexion sur « Le nouveau mur du port »"},
    {"* pensieri su \xe2\x80\x9c*", "3 pensieri su “Il nuovo muro del porto”"},
    {"un pensiero su \xe2\x80\x9c*", "Un pensiero su “Il nuovo muro del porto”"},
    {"* gedachten over \xe2\x80\x9c*", "2 gedachten over “De nieuwe havenmuur”"},
    {"één gedachte over \xe2\x80\x9c*", "Één gedachte over “De nieuwe havenmuur”"},
    {"* myśl na temat \xe2\x80\x9c*", "1 myśl na temat “Nowy mur portowy”"},
    {"* myśli na temat \xe2\x80\x9c*", "5 myśli na temat “Nowy mur portowy”"},
    {"* comentarios en \xe2\x80\x9c*", "2 comentarios en “El nuevo muro del puerto”"},
    {"un comentario en \xe2\x80\x9c*", "Un comentario en “El nuevo muro del puerto”"},
    {"* comentários em \xe2\x80\x9c*", "2 comentários em “O novo muro do porto”"},
    {"um comentário em \xe2\x80\x9c*", "Um comentário em “O novo muro do porto”"},
    {"* komentář* u \xe2\x80\x9e*", "3 komentáře u „Nová přístavní zeď“"},
    {"* komentář* u \xe2\x80\x9e*", "Jeden komentář u „Nová přístavní zeď“"},
    {"* reaktioner på \xe2\x80\x9d*", "2 reaktioner på ”Den nya hamnmuren”"},
    {"en reaktion på \xe2\x80\x9d*", "En reaktion på ”Den nya hamnmuren”"},
    {"* комментари* к \xc2\xab*", "3 комментария к «Новая портовая стена»"},
    {"* комментари* к \xc2\xab*", "Один комментарий к «Новая портовая стена»"},
    {"* için * yorum", "“Yeni liman duvarı” için 2 yorum"},
    {"* antwoorden", "3 antwoorden"},
    {"* ответа", "3 ответа"},
    {"* ответов", "5 ответов"},
    {"* odpově* na \xe2\x80\x9e*", "3 odpovědi na „Nová přístavní zeď“"},
    {"* odpově* na \xe2\x80\x9e*", "Jedna odpověď na „Nová přístavní zeď“"},
    {"* svar på \xe2\x80\x9d*", "4 svar på ”Den nya hamnmuren”"},
    {"* için * yanit", "“Yeni liman duvarı” için 2 yanıt"},
    {"* için * cevap", "“Yeni liman duvarı” için 2 cevap"},
};

START_TEST(test_comment_heading_entry_matches_its_example)
{
    const heading_case *c = &comment_heading_cases[_i];
    const char *got = dci_match_comment_heading(c->example);
    assert_entry(got, c->example, c->entry);
}
END_TEST

/* A heading of the article about comments names no thread. */
START_TEST(test_article_heading_is_not_a_comment_heading)
{
    const char *got = dci_match_comment_heading(article_headings[_i]);
    ck_assert_msg(got == NULL, "\"%s\" matched \"%s\"", article_headings[_i], got ? got : "");
}
END_TEST

START_TEST(test_section_heading_with_its_links_removed_end_to_end)
{
    const heading_case *c = &heading_cases[_i];
    char *block = tu_strdupf(
        "<h2>%s</h2>\n<ul>\n"
        "<li><a href=\"/news/ferry-timetable-changes\">Ferry timetable changes for winter</a></li>\n"
        "<li><a href=\"/news/lifeboat-crew-honoured\">Lifeboat crew honoured at ceremony</a></li>\n"
        "<li><a href=\"/news/fish-market-reopens\">Fish market reopens after refit</a></li>\n"
        "</ul>",
        c->example);
    char *page = tu_article_page(block);
    char *text = tu_text_ok(page);
    ck_assert_msg(!tu_contains(text, c->example), "heading \"%s\" was kept:\n%s", c->example,
                  text);
    tu_assert_lacks(text, "Ferry timetable changes");
    tu_assert_lacks(text, "Lifeboat crew honoured");
    tu_assert_lacks(text, "Fish market reopens");
    tu_assert_article_kept(text);
    free(text);
    free(page);
    free(block);
}
END_TEST

/* Control: an article heading and its paragraph stay. */
START_TEST(test_article_section_heading_kept_end_to_end)
{
    char *page = tu_article_page(
        "<h2>More than a game</h2>\n<p>For the town, the regatta has always been more than "
        "a sporting event, and the wall is what makes the sheltered course possible.</p>");
    char *text = tu_text_ok(page);
    tu_assert_has(text, "More than a game");
    tu_assert_has(text, "more than a sporting event");
    tu_assert_article_kept(text);
    free(text);
    free(page);
}
END_TEST

/* A story in each language the phrase and heading tables were filled in:
 * the line over the rest of the story cut by an advertisement, a "read
 * also: <link>" line, a photo's credit and a control left as text between
 * its paragraphs and a heading over a list of other stories at its end go;
 * its paragraphs stay. */
typedef struct lang_lines {
    int lang;                 /* LANG_* of lang_prose.h */
    const char *cut;          /* "story continues below advertisement" */
    const char *pointer;      /* "read also: ", before a link */
    const char *heading;      /* over a list of links */
    const char *credit;       /* a photo's credit alone on its line */
    const char *control;      /* a page's control left as text */
} lang_lines;

static const lang_lines lang_lines_of[] = {
    {LANG_DE, "Weiterlesen nach der Anzeige", "Mehr zum Thema: ",
     "Weitere Nachrichten", "Foto: dpa/Michael Kappeler",
     "Artikel drucken"},
    {LANG_FR, "La suite après cette publicité", "Lire aussi\xc2\xa0: ",
     "Dernières actualités", "Photo : AFP",
     "Envoyer à un ami"},
    {LANG_ES, "Publicidad", "Lee también: ",
     "Últimas noticias", "Imagen: EFE",
     "Tamaño del texto"},
    {LANG_IT, "L'articolo continua dopo la pubblicità", "Leggi anche: ",
     "Ultime notizie", "Foto di Mario Rossi",
     "Versione stampabile"},
    {LANG_NL, "Lees verder na de advertentie", "Lees meer: ",
     "Laatste nieuws", "Foto: ANP",
     "Stuur door naar een vriend"},
    {LANG_PT, "Continua após a publicidade", "Saiba mais: ",
     "Últimas notícias", "Imagem: Reuters",
     "Versão para impressão"},
    {LANG_PL, "Dalsza część artykułu pod materiałem wideo", "Czytaj również: ",
     "Zobacz również", "Zdjęcie: PAP",
     "Wersja do druku"},
    {LANG_RU, "Продолжение после рекламы", "По теме: ",
     "Последние новости", "Фото: ТАСС",
     "Понравилась статья?"},
    {LANG_CS, "Článek pokračuje pod reklamou", "Mohlo by vás zajímat: ",
     "Další články", "Foto: ČTK",
     "Přidat do záložek"},
    {LANG_SV, "Artikeln fortsätter under annonsen", "LÄS MER: ",
     "Senaste nytt", "Bild: TT",
     "Tipsa en vän"},
    {LANG_TR, "Okuma süresi: 3 dakika", "Ayrıca okuyun: ",
     "Diğer haberler", "Fotoğraf: AA",
     "Yazı boyutu"},
};

START_TEST(test_language_page_lines_removed)
{
    const lang_lines *c = &lang_lines_of[_i];
    const lang_prose *l = &lang_prose_of[c->lang];
    char *page = tu_strdupf(
        "<!DOCTYPE html><html lang=\"%s\"><head><title>T</title></head><body><article><h1>T</h1>"
        "<p>%s</p><p>%s</p><p>%s</p><p>%s<a href=\"/news/pier-2\">Pier 2</a></p><p>%s</p><p>%s</p>"
        "<p>%s</p>"
        "<h2>%s</h2><ul><li><a href=\"/news/ferry\">Ferry timetable changes</a></li>"
        "<li><a href=\"/news/lifeboat\">Lifeboat crew honoured</a></li>"
        "<li><a href=\"/news/market\">Fish market reopens</a></li></ul></article></body></html>",
        l->lang, l->paras[0], c->cut, l->paras[1], c->pointer, c->credit, l->paras[2], c->control,
        c->heading);
    char *text = tu_text_ok(page);
    for (size_t i = 0; i < DCX_COUNTOF(l->paras); i++)
        tu_assert_has(text, l->paras[i]);
    ck_assert_msg(!tu_contains(text, c->cut), "%s: \"%s\" was kept:\n%s", l->lang, c->cut, text);
    ck_assert_msg(!tu_contains(text, "Pier 2"), "%s: the pointer was kept:\n%s", l->lang, text);
    ck_assert_msg(!tu_contains(text, c->credit), "%s: \"%s\" was kept:\n%s", l->lang, c->credit,
                  text);
    ck_assert_msg(!tu_contains(text, c->control), "%s: \"%s\" was kept:\n%s", l->lang, c->control,
                  text);
    ck_assert_msg(!tu_contains(text, c->heading), "%s: \"%s\" was kept:\n%s", l->lang, c->heading,
                  text);
    tu_assert_lacks(text, "Ferry timetable changes");
    free(text);
    free(page);
}
END_TEST

static Suite *patterns_suite(void)
{
    Suite *s = suite_create("patterns");
    TCase *glob = tcase_create("glob");
    tcase_add_loop_test(glob, test_glob_match_cases, 0, DCX_COUNTOF(glob_cases));
    tcase_add_loop_test(glob, test_glob_match_text_cases, 0, DCX_COUNTOF(glob_cases));
    suite_add_tcase(s, glob);

    TCase *cls = tcase_create("class-words");
    tcase_add_loop_test(cls, test_class_word_entry_gives_its_hint, 0, DCX_COUNTOF(class_word_cases));
    tcase_add_loop_test(cls, test_class_word_entry_matches_in_id_too, 0,
                        DCX_COUNTOF(class_word_cases));
    tcase_add_loop_test(cls, test_classify_compound_names, 0, DCX_COUNTOF(compound_cases));
    tcase_add_test(cls, test_classify_ignores_other_attributes);
    tcase_add_test(cls, test_small_box_words);
    tcase_add_test(cls, test_short_line_words);
    tcase_add_test(cls, test_link_box_words);
    tcase_add_test(cls, test_continuation_tokens);
    tcase_add_test(cls, test_beside_box_words);
    tcase_add_test(cls, test_names_beside_box_by_stem);
    tcase_add_test(cls, test_beside_words_naming_comments);
    tcase_add_test(cls, test_post_box_words);
    tcase_add_test(cls, test_caption_word);
    tcase_add_test(cls, test_gallery_words);
    tcase_add_test(cls, test_classify_text_node_is_none);
    tcase_add_test(cls, test_classify_very_long_token_does_not_crash);
    tcase_add_test(cls, test_class_weight);
    suite_add_tcase(s, cls);

    TCase *cls_e2e = tcase_create("class-words-end-to-end");
    tcase_set_timeout(cls_e2e, 30);
    tcase_add_loop_test(cls_e2e, test_class_word_entry_end_to_end, 0,
                        DCX_COUNTOF(class_word_cases));
    tcase_add_test(cls_e2e, test_neutral_block_is_kept_end_to_end);
    tcase_add_test(cls_e2e, test_heading_slug_id_not_read);
    tcase_add_test(cls_e2e, test_dateline_is_kept_end_to_end);
    suite_add_tcase(s, cls_e2e);

    TCase *phr = tcase_create("phrases");
    tcase_set_timeout(phr, 30);
    tcase_add_loop_test(phr, test_phrase_entry_matches_its_example, 0, DCX_COUNTOF(phrase_cases));
    tcase_add_loop_test(phr, test_prose_matches_no_phrase, 0, DCX_COUNTOF(prose_lines));
    tcase_add_test(phr, test_label_into_agrees);
    tcase_add_loop_test(phr, test_phrase_line_removed_end_to_end, 0, DCX_COUNTOF(phrase_cases));
    tcase_add_test(phr, test_short_article_line_kept_end_to_end);
    suite_add_tcase(s, phr);

    TCase *src = tcase_create("source-calls");
    tcase_add_loop_test(src, test_meta_field_entry_matches_its_example, 0,
                        DCX_COUNTOF(meta_field_cases));
    tcase_add_loop_test(src, test_text_is_no_meta_field, 0, DCX_COUNTOF(not_meta_fields));
    tcase_add_loop_test(src, test_source_call_entry_matches_its_example, 0,
                        DCX_COUNTOF(source_call_cases));
    tcase_add_loop_test(src, test_pointer_is_no_source_call, 0, DCX_COUNTOF(not_source_calls));
    tcase_add_loop_test(src, test_sequence_label_entry_matches_its_example, 0,
                        DCX_COUNTOF(sequence_label_cases));
    tcase_add_loop_test(src, test_label_is_no_sequence_label, 0, DCX_COUNTOF(not_sequence_labels));
    tcase_add_loop_test(src, test_edit_control_entry_matches_its_example, 0,
                        DCX_COUNTOF(edit_control_cases));
    tcase_add_loop_test(src, test_text_is_no_edit_control, 0, DCX_COUNTOF(not_edit_controls));
    tcase_add_loop_test(src, test_comment_control_entry_matches_its_example, 0,
                        DCX_COUNTOF(comment_control_cases));
    tcase_add_loop_test(src, test_line_is_no_comment_control, 0,
                        DCX_COUNTOF(not_comment_controls));
    suite_add_tcase(s, src);

    TCase *sec = tcase_create("section-headings");
    tcase_set_timeout(sec, 30);
    tcase_add_loop_test(sec, test_section_heading_entry_matches_its_example, 0,
                        DCX_COUNTOF(heading_cases));
    tcase_add_loop_test(sec, test_capitalised_non_ascii_heading_matches, 0,
                        DCX_COUNTOF(folded_heading_cases));
    tcase_add_test(sec, test_six_word_popular_heading_is_not_a_section_heading);
    tcase_add_loop_test(sec, test_comment_heading_entry_matches_its_example, 0,
                        DCX_COUNTOF(comment_heading_cases));
    tcase_add_loop_test(sec, test_article_heading_is_not_a_comment_heading, 0,
                        DCX_COUNTOF(article_headings));
    tcase_add_loop_test(sec, test_article_heading_is_not_a_section_heading, 0,
                        DCX_COUNTOF(article_headings));
    tcase_add_loop_test(sec, test_section_heading_with_its_links_removed_end_to_end, 0,
                        DCX_COUNTOF(heading_cases));
    tcase_add_test(sec, test_article_section_heading_kept_end_to_end);
    tcase_add_loop_test(sec, test_language_page_lines_removed, 0, DCX_COUNTOF(lang_lines_of));
    suite_add_tcase(s, sec);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(patterns_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? 0 : 1;
}
