/* End-to-end tests of dc_extract on small handmade pages. */
#include "testutil.h"
#include "sizes.h"
#include "arena.h"
#include "ldbody.h"

#include <ctype.h>
#include <pthread.h>

/* ------------------------------------------------------------------ content */

#define HIDDEN_ATTR_LINE                                                           \
    "The hidden attribute paragraph describes the tides, the moon and the "      \
    "harbour in enough words to pass for prose."
#define ARIA_HIDDEN_LINE                                                           \
    "The aria hidden paragraph explains, at some length, why the lighthouse "    \
    "keeper moved away from the island."
#define DISPLAY_NONE_LINE                                                          \
    "The display none paragraph recounts, with a great deal of detail, the "     \
    "history of the old customs house."
#define VISIBILITY_LINE                                                            \
    "The visibility hidden paragraph lists, one after another, the ships that "  \
    "were built in the yard last century."
#define ASIDE_LINE                                                                 \
    "The aside paragraph reminds readers, as it does every week, that the "      \
    "tide tables are printed on page twelve."

START_TEST(test_article_kept_furniture_dropped)
{
    char *page = tu_article_page(
        "<script>var scriptMarker = 'SCRIPT TEXT SHOULD NOT APPEAR';</script>\n"
        "<style>p.storm { color: red; } /* STYLE TEXT SHOULD NOT APPEAR */</style>\n"
        "<noscript>NOSCRIPT TEXT SHOULD NOT APPEAR</noscript>\n"
        "<p hidden>" HIDDEN_ATTR_LINE "</p>\n"
        "<div aria-hidden=\"true\"><p>" ARIA_HIDDEN_LINE "</p></div>\n"
        "<div style=\"display: none\"><p>" DISPLAY_NONE_LINE "</p></div>\n"
        "<p style=\"color:blue; visibility:hidden\">" VISIBILITY_LINE "</p>\n"
        "<aside><p>" ASIDE_LINE "</p></aside>\n");
    char *text = tu_text_ok(page);
    tu_assert_article_kept(text);
    tu_assert_lacks(text, "SHOULD NOT APPEAR");
    tu_assert_lacks(text, "hidden attribute paragraph");
    tu_assert_lacks(text, "aria hidden paragraph");
    tu_assert_lacks(text, "display none paragraph");
    tu_assert_lacks(text, "visibility hidden paragraph");
    tu_assert_lacks(text, "aside paragraph");
    /* the site header's navigation and the footer */
    tu_assert_lacks(text, "Weather");
    tu_assert_lacks(text, "Sport");
    tu_assert_lacks(text, TU_FOOTER);
    free(text);
    free(page);
}
END_TEST

/* What modern pages hide is not always hidden from the eye: a modal's
 * script sets aria-hidden on the whole page behind a cookie notice, and
 * hidden="until-found" collapses the rest of a story that a search of the
 * page opens. The story stays; an ad slot hidden from screen readers and
 * an element with a plain hidden attribute go. */
/* Documentation generators give each section the slug of its heading as
 * its id and link the heading to it ("¶"): the id is an address, what the
 * section says, not what kind of box it is. A section headed "Previous
 * results" or "Sharing files" stays; a box named "related-stories" with no
 * link to itself is still a box of related stories. */
START_TEST(test_section_ids_linked_from_their_heading_are_no_names)
{
    char *page = tu_article_page(
        "<section id=\"previous-results\"><h2>Previous results"
        "<a class=\"headerlink\" href=\"#previous-results\">\xc2\xb6</a></h2>\n"
        "<p>The earlier surveys of the harbour wall, carried out over three winters, found "
        "the same cracks widening along the northern stretch of the quay.</p></section>\n"
        "<h2 id=\"sharing-files\">Sharing files<a href=\"#sharing-files\">#</a></h2>\n"
        "<div id=\"related-stories\"><h2>Related stories</h2>\n"
        "<p>Another town along the coast, facing the same storms, rebuilt its own sea wall "
        "with stone brought in from the quarries inland.</p></div>\n");
    char *text = tu_text_ok(page);
    tu_assert_article_kept(text);
    tu_assert_has(text, "earlier surveys of the harbour wall");
    tu_assert_has(text, "Sharing files");
    tu_assert_lacks(text, "rebuilt its own sea wall");
    /* the permalinks are no text (permalink-glyph) */
    tu_assert_lacks(text, "\xc2\xb6");
    tu_assert_lacks(text, "files#");
    free(text);
    free(page);
}
END_TEST

/* Documentation generators print the language of a code listing over it,
 * beside a copy button, as the box's "language-*" class names it: a
 * control of the listing, not its text. A line before a listing that
 * declares no language stays. */
START_TEST(test_code_language_label_is_no_text)
{
    char *page = tu_article_page(
        "<div class=\"language-python\"><button title=\"Copy Code\" class=\"copy\"></button>"
        "<span class=\"lang\">python</span><pre><code>import harbour\n"
        "print(harbour.tide_table())\n</code></pre></div>\n"
        "<div><span>Ruby</span><pre><code>puts Harbour.tide_table</code></pre></div>\n"
        "<div><span>perl</span><pre class=\"lang-perl\"><code>print $tide;</code></pre></div>\n");
    char *text = tu_text_ok(page);
    tu_assert_article_kept(text);
    tu_assert_has(text, "import harbour");
    tu_assert_has(text, "puts Harbour.tide_table");
    tu_assert_has(text, "Ruby");
    tu_assert_lacks(text, "python\n");
    tu_assert_lacks(text, "perl\n");
    free(text);
    free(page);
}
END_TEST

START_TEST(test_page_behind_a_modal_and_found_text_are_shown)
{
    char *page = tu_strdupf(
        "<!DOCTYPE html><html><head><title>" TU_TITLE "</title></head><body>"
        "<div id=\"app\" aria-hidden=\"true\"><nav><a href=\"/\">Home</a></nav>"
        "<main><h1>" TU_TITLE "</h1><div class=\"story\"><p>" TU_PROSE1 "</p>"
        "<div aria-hidden=\"true\" class=\"slot\"><p>" ARIA_HIDDEN_LINE "</p></div>"
        "<p>" TU_PROSE2 "</p><div hidden=\"until-found\"><p>" TU_PROSE3 "</p><p>" TU_PROSE4
        "</p></div><p hidden>" HIDDEN_ATTR_LINE "</p></div></main></div>"
        "<div role=\"dialog\" aria-modal=\"true\"><p>We use cookies to show you adverts "
        "and to measure our audience.</p><button>Accept</button></div></body></html>\n");
    char *text = tu_text_ok(page);
    tu_assert_article_kept(text);
    tu_assert_lacks(text, "aria hidden paragraph");
    tu_assert_lacks(text, "hidden attribute paragraph");
    tu_assert_lacks(text, "cookies");
    free(text);
    free(page);
}
END_TEST

/* page (freed here) reads as its story, without the cookie notice on it. */
static void assert_story_without_notice(char *page)
{
    char *text = tu_text_ok(page);
    tu_assert_article_kept(text);
    tu_assert_lacks(text, "cookies");
    free(text);
    free(page);
}

/* A consent bar fixed to the window, written before the story, floats
 * over the page: it is no standfirst of the story. */
START_TEST(test_fixed_consent_bar_is_no_standfirst)
{
    char *page = tu_strdupf(
        "<!DOCTYPE html><html><head><title>" TU_TITLE "</title></head><body>"
        "<div class=\"x1\" style=\"position: fixed; bottom: 0; z-index: 9999\"><p>This "
        "website uses cookies to ensure you get the best experience on our website, and to "
        "show you relevant adverts.</p><a href=\"/ok\">Got it</a></div>"
        "<main><article><h1>" TU_TITLE "</h1><p>" TU_PROSE1 "</p><p>" TU_PROSE2 "</p><p>"
        TU_PROSE3 "</p><p>" TU_PROSE4 "</p></article></main></body></html>\n");
    assert_story_without_notice(page);
}
END_TEST

/* A consent manager's notice in a box of no telling name, role or style,
 * first in the body, reads as prose beside the story: its sentence is
 * boilerplate whatever its box. */
START_TEST(test_consent_notice_before_the_page_is_dropped)
{
    char *page = tu_strdupf(
        "<!DOCTYPE html><html><head><title>" TU_TITLE "</title></head><body>"
        "<div class=\"qc-cmp2-container\"><div><p>We use cookies and similar technologies to "
        "improve your experience on our website, to personalise content and ads, and to "
        "analyse our traffic.</p><button>Agree</button></div></div>"
        "<header><a href=\"/\">Home</a></header><main><article><h1>" TU_TITLE "</h1><p>"
        TU_PROSE1 "</p><p>" TU_PROSE2 "</p><p>" TU_PROSE3 "</p><p>" TU_PROSE4
        "</p></article></main></body></html>\n");
    assert_story_without_notice(page);
}
END_TEST

/* Labels the frameworks and CMSs set out of sight for screen readers
 * (sr-only, visually-hidden, screen-reader-text...) are not on the page a
 * reader sees: "Posted on", "(opens in a new window)", an "Article body"
 * heading leave the story; the sentences around them stay whole. */
START_TEST(test_screen_reader_labels_are_not_shown)
{
    char *page = tu_article_page(
        "<h2 class=\"visually-hidden\">Article body</h2>"
        "<p>The survey, <a href=\"/survey\">published by the trust<span class=\"sr-only\"> "
        "(opens in a new window)</span></a>, found the northern end had moved most.</p>"
        "<p><span class=\"screen-reader-text\">Posted on </span>March 5, 2024</p>");
    char *text = tu_text_ok(page);
    tu_assert_article_kept(text);
    tu_assert_has(text, "The survey, published by the trust, found");
    tu_assert_lacks(text, "Article body");
    tu_assert_lacks(text, "Posted on");
    free(text);
    free(page);
}
END_TEST

/* A story's rest folded in a <details> under a "Continue reading" label:
 * the rest is the story's, shown collapsed; the label is a control's. */
START_TEST(test_folded_rest_kept_without_its_label)
{
    char *page = tu_strdupf(
        "<!DOCTYPE html><html><head><title>" TU_TITLE "</title></head><body>"
        "<main><article><h1>" TU_TITLE "</h1><p>" TU_PROSE1 "</p><p>" TU_PROSE2 "</p>"
        "<details class=\"more\"><summary>Continue reading</summary><p>" TU_PROSE3 "</p><p>"
        TU_PROSE4 "</p></details></article></main></body></html>\n");
    char *text = tu_text_ok(page);
    tu_assert_article_kept(text);
    tu_assert_lacks(text, "Continue reading");
    free(text);
    free(page);
}
END_TEST

/* Control for the test above: the same paragraphs, visible, are kept. */
START_TEST(test_visible_versions_of_hidden_blocks_are_kept)
{
    char *page = tu_article_page("<p>" HIDDEN_ATTR_LINE "</p>\n"
                                 "<div aria-hidden=\"false\"><p>" ARIA_HIDDEN_LINE "</p></div>\n"
                                 "<div style=\"display: block\"><p>" DISPLAY_NONE_LINE "</p></div>\n"
                                 "<p>" VISIBILITY_LINE "</p>\n"
                                 "<div><p>" ASIDE_LINE "</p></div>\n");
    char *text = tu_text_ok(page);
    tu_assert_has(text, HIDDEN_ATTR_LINE);
    tu_assert_has(text, ARIA_HIDDEN_LINE);
    tu_assert_has(text, DISPLAY_NONE_LINE);
    tu_assert_has(text, VISIBILITY_LINE);
    tu_assert_has(text, ASIDE_LINE);
    free(text);
    free(page);
}
END_TEST

START_TEST(test_text_starts_with_title_then_blank_line)
{
    char *page = tu_article_page(NULL);
    char *text = tu_text_ok(page);
    ck_assert_msg(strncmp(text, TU_TITLE "\n\n", strlen(TU_TITLE) + 2) == 0, "text:\n%s", text);
    /* paragraphs separated by blank lines, text ends in one newline */
    tu_assert_has(text, TU_PROSE1 "\n\n" TU_PROSE2 "\n\n" TU_PROSE3 "\n\n" TU_PROSE4 "\n");
    size_t len = strlen(text);
    ck_assert(len >= 2 && text[len - 1] == '\n' && text[len - 2] != '\n');
    free(text);
    free(page);
}
END_TEST

START_TEST(test_headline_not_repeated_in_body)
{
    char *page = tu_article_page(NULL);
    char *text = tu_text_ok(page);
    ck_assert_uint_eq(tu_count(text, TU_TITLE), 1);
    free(text);
    free(page);
}
END_TEST

START_TEST(test_render_no_title_leaves_headline_out)
{
    char *page = tu_article_page(NULL);
    dc_status st;
    char *text = tu_extract_text(page, DC_RENDER_NO_TITLE, &st);
    ck_assert_int_eq(st, DC_OK);
    ck_assert_uint_eq(tu_count(text, TU_TITLE), 0);
    ck_assert_msg(strncmp(text, TU_PROSE1, strlen(TU_PROSE1)) == 0, "text:\n%s", text);
    tu_assert_article_kept(text);
    free(text);
    free(page);
}
END_TEST

/* A short post whose title was made from its words (a status, a note) is
 * its sentence: the headline's copy is dropped, the sentence is not, and
 * the post is not blanked. */
#define NOTE_LINE "Back from the harbour today: after eleven years of work and three winters " \
                  "of storms, the new sea wall is finished and the boats are home"
START_TEST(test_post_saying_its_headline_keeps_its_sentence)
{
    const char *page =
        "<!DOCTYPE html><html><head><title>" NOTE_LINE " - Notes</title></head><body>"
        "<header><a href=\"/\">Notes</a></header><main><article><header><h1>" NOTE_LINE
        "</h1></header><div class=\"entry-content\"><p>" NOTE_LINE ".</p></div>"
        "<footer>Posted on May 2, 2012</footer></article></main></body></html>";
    dc_status st;
    char *text = tu_extract_text(page, DC_RENDER_NO_TITLE, &st);
    ck_assert_int_eq(st, DC_OK);
    tu_assert_has(text, NOTE_LINE ".");
    ck_assert_uint_eq(tu_count(text, NOTE_LINE), 1);
    free(text);
}
END_TEST

/* A copy of the text for other screens, hidden by the frameworks' class,
 * goes. */
START_TEST(test_duplicate_paragraphs_printed_once)
{
    char *page = tu_article_page("<div class=\"mobile hidden\"><p>" TU_PROSE1 "</p>\n"
                                 "<p>" TU_PROSE2 "</p></div>");
    char *text = tu_text_ok(page);
    ck_assert_uint_eq(tu_count(text, TU_PROSE1), 1);
    ck_assert_uint_eq(tu_count(text, TU_PROSE2), 1);
    tu_assert_article_kept(text);
    free(text);
    free(page);
}
END_TEST

/* Items of a list repeat by nature (a meal plan, product bullets); a
 * linked item shown twice is a teaser, a repeated line elsewhere a credit or a banner. */
START_TEST(test_list_items_repeat_linked_items_and_lines_do_not)
{
    char *page = tu_article_page(
        "<p>" TU_PROSE1 "</p><h3>Monday</h3><ul><li>Breakfast: porridge with apples</li>"
        "<li>Lunch: fish soup and brown bread</li><li>Dinner: roast vegetables</li>"
        "<li><a href=\"/shop\">Buy the harbour map</a></li></ul><p>From the weather desk of the paper</p>"
        "<p>" TU_PROSE2 "</p><h3>Tuesday</h3><ul><li>Breakfast: porridge with apples</li>"
        "<li>Lunch: fish soup and brown bread</li><li>Dinner: roast vegetables</li>"
        "<li><a href=\"/shop\">Buy the harbour map</a></li></ul><p>From the weather desk of the paper</p>"
        "<p>" TU_PROSE3 "</p><p>" TU_PROSE4 "</p>");
    char *text = tu_text_ok(page);
    ck_assert_uint_eq(tu_count(text, "Breakfast: porridge with apples"), 2);
    ck_assert_uint_eq(tu_count(text, "Buy the harbour map"), 1);
    ck_assert_uint_eq(tu_count(text, "From the weather desk of the paper"), 1);
    tu_assert_article_kept(text);
    free(text);
    free(page);
}
END_TEST

/* A paragraph of prose may repeat: an interview's recurring question, a
 * refrain. Its short, linkless neighbour shown twice is a credit or a
 * banner and goes, a highlight quoting the body is an element of another
 * kind (printed once), and a copy hidden by the frameworks' "hidden" class
 * (the paywall's preview for another kind of reader) is not shown at all. */
#define REFRAIN_LINE                                                               \
    "And still the ferry left at six each morning, whatever the weather and "    \
    "whoever was waiting on the quay for it."
#define HIDDEN_CLASS_LINE                                                          \
    "The hidden class paragraph tells, for the readers of another edition, "     \
    "how the harbour board met on Tuesday."
#define HIGHLIGHT_LINE                                                             \
    "The harbour board will decide in spring whether the old quay is rebuilt "   \
    "or closed to the ferries for good, as the engineers have advised."
START_TEST(test_prose_paragraphs_repeat_hidden_copies_do_not)
{
    char *page = tu_article_page(
        "<p>" TU_PROSE1 "</p><p>" REFRAIN_LINE "</p><p>From the weather desk of the paper</p>"
        "<p>" TU_PROSE2 "</p><p>" REFRAIN_LINE "</p><p>From the weather desk of the paper</p>"
        "<div class=\"story hidden\"><p>" HIDDEN_CLASS_LINE "</p></div>"
        "<div class=\"highlight\">" HIGHLIGHT_LINE "</div>"
        "<p>" TU_PROSE3 "</p><p>" HIGHLIGHT_LINE "</p><p>" TU_PROSE4 "</p>");
    char *text = tu_text_ok(page);
    ck_assert_uint_eq(tu_count(text, REFRAIN_LINE), 2);
    ck_assert_uint_eq(tu_count(text, HIGHLIGHT_LINE), 1);
    ck_assert_uint_eq(tu_count(text, "From the weather desk of the paper"), 1);
    tu_assert_lacks(text, "hidden class paragraph");
    tu_assert_article_kept(text);
    free(text);
    free(page);
}
END_TEST

/* A short line of dialogue said again ("I would prefer not to.") is the
 * story's own, as a sentence; a label or a one-word line shown twice is a
 * credit or a banner and goes. */
START_TEST(test_repeated_sentences_stay_labels_do_not)
{
    char *page = tu_article_page(
        "<p>" TU_PROSE1 "</p><p>\"I would prefer not to.\"</p><p>No answer, again.</p>"
        "<p>From the weather desk of the paper</p><p>QTY.</p>"
        "<p>" TU_PROSE2 "</p><p>\"I would prefer not to.\"</p><p>No answer, again.</p>"
        "<p>From the weather desk of the paper</p><p>QTY.</p>"
        "<p>" TU_PROSE3 "</p><p>" TU_PROSE4 "</p>");
    char *text = tu_text_ok(page);
    ck_assert_uint_eq(tu_count(text, "I would prefer not to."), 2);
    ck_assert_uint_eq(tu_count(text, "No answer, again."), 2);
    ck_assert_uint_eq(tu_count(text, "From the weather desk of the paper"), 1);
    ck_assert_uint_eq(tu_count(text, "QTY."), 1);
    tu_assert_article_kept(text);
    free(text);
    free(page);
}
END_TEST

/* A caption repeated under each of a post's photos, a line of prose right
 * after its picture in the picture's own box, is printed once
 * (repeat_captions); the refrain, after a picture in the story's flow,
 * still repeats. */
#define PHOTO_CAPTION                                                               \
    "The harbour festival of the old town, its boats and its lanterns, seen "    \
    "from the quay at night by our photographer."
#define PHOTO_BOX "<div><img src=\"/p.jpg\"><p class=\"c\">" PHOTO_CAPTION "</p></div>"
START_TEST(test_repeated_captions_print_once)
{
    char *page = tu_article_page(
        "<p>" TU_PROSE1 "</p>" PHOTO_BOX "<p><img src=\"/q.jpg\"></p><p>" REFRAIN_LINE "</p>"
        "<p>" TU_PROSE2 "</p>" PHOTO_BOX "<p><img src=\"/q.jpg\"></p><p>" REFRAIN_LINE "</p>"
        "<p>" TU_PROSE3 "</p>" PHOTO_BOX "<p>" TU_PROSE4 "</p>");
    char *text = tu_text_ok(page);
    ck_assert_uint_eq(tu_count(text, PHOTO_CAPTION), 1);
    ck_assert_uint_eq(tu_count(text, REFRAIN_LINE), 2);
    tu_assert_article_kept(text);
    free(text);
    free(page);
}
END_TEST

/* A story's body written twice by its template, in two boxes side by side
 * (one for another screen, or a preview a script hides), with only empty
 * boxes between them, is printed once (repeat_boxes), whatever the boxes'
 * classes say; a page written out twice, quoting the same lines far apart
 * with other text between the quotes, still repeats them. */
#define COPY_LINE_A                                                                \
    "The ferry company said on Monday that its winter timetable would keep "    \
    "the early crossing, after the petition signed by most of the islanders."
#define COPY_LINE_B                                                                \
    "Its chief executive told the council that fuel prices, not the number of " \
    "passengers, decided which of the crossings could run through the winter."
#define QUOTED_MOTION                                                              \
    "This meeting supports the islanders' call for a crossing every morning of " \
    "the year and asks the council to fund it from the harbour dues."
START_TEST(test_copied_story_box_prints_once)
{
    char *page = tu_article_page(
        "<div class=\"qa\"><h3>By Ann Lee</h3><p>" COPY_LINE_A "</p><p>" COPY_LINE_B "</p></div>"
        "<div class=\"qb\"><img src=\"/logo.gif\"></div><div></div>"
        "<div class=\"qc\"><h3>By Ann Lee</h3><p>" COPY_LINE_A "</p><p>" COPY_LINE_B "</p></div>"
        "<p>The motion read:</p><blockquote><p>" QUOTED_MOTION "</p><p>" TU_PROSE2
        "</p></blockquote><p>" TU_PROSE1 "</p><p>The motion read:</p><blockquote><p>"
        QUOTED_MOTION "</p><p>" TU_PROSE2 "</p></blockquote>");
    char *text = tu_text_ok(page);
    ck_assert_uint_eq(tu_count(text, COPY_LINE_A), 1);
    ck_assert_uint_eq(tu_count(text, COPY_LINE_B), 1);
    ck_assert_uint_eq(tu_count(text, QUOTED_MOTION), 2);
    tu_assert_article_kept(text);
    free(text);
    free(page);
}
END_TEST

/* A short label ending in a colon ("INPUT:" before each of a tutorial's
 * queries) introduces what follows it and repeats with it; a linked one, or
 * one written by an element of another kind, goes when said again, as does
 * a label without the colon. */
START_TEST(test_repeated_colon_labels_stay)
{
    char *page = tu_article_page(
        "<p>" TU_PROSE1 "</p><h5>INPUT:</h5><p>Select the bikes</p><p>Edition</p>"
        "<p><a href=\"/i\">Index:</a></p><p class=\"a\">Note:</p>"
        "<p>" TU_PROSE2 "</p><h5>INPUT:</h5><p>Select the frames</p><p>Edition</p>"
        "<p><a href=\"/i\">Index:</a></p><p class=\"b\">Note:</p>"
        "<p>" TU_PROSE3 "</p><p>" TU_PROSE4 "</p>");
    char *text = tu_text_ok(page);
    ck_assert_uint_eq(tu_count(text, "INPUT:"), 2);
    ck_assert_uint_eq(tu_count(text, "Edition"), 1);
    ck_assert_uint_le(tu_count(text, "Index:"), 1);
    ck_assert_uint_eq(tu_count(text, "Note:"), 1);
    tu_assert_article_kept(text);
    free(text);
    free(page);
    /* a Chinese label ends in the full-width colon: 输入： ("INPUT:") */
    page = tu_article_page(
        "<p>" TU_PROSE1 "</p><h5>\xe8\xbe\x93\xe5\x85\xa5\xef\xbc\x9a</h5><p>Select the bikes</p>"
        "<p>" TU_PROSE2 "</p><h5>\xe8\xbe\x93\xe5\x85\xa5\xef\xbc\x9a</h5><p>Select the frames</p>"
        "<p>" TU_PROSE3 "</p><p>" TU_PROSE4 "</p>");
    text = tu_text_ok(page);
    ck_assert_uint_eq(tu_count(text, "\xe8\xbe\x93\xe5\x85\xa5\xef\xbc\x9a"), 2);
    free(text);
    free(page);
}
END_TEST

/* Preformatted text said again (a query's "6 rows selected." after each of a
 * tutorial's listings) is the text's own, as a table's cells are: no template
 * writes its credits or teasers in a <pre>. The same line in a paragraph is a
 * label and goes. */
START_TEST(test_repeated_preformatted_text_stays)
{
    char *page = tu_article_page(
        "<p>" TU_PROSE1 "</p><pre>SELECT * FROM BIKES;</pre><pre>6 rows selected</pre>"
        "<p>Rows picked</p>"
        "<p>" TU_PROSE2 "</p><pre>SELECT NAME FROM BIKES;</pre><pre>6 rows selected</pre>"
        "<p>Rows picked</p>"
        "<p>" TU_PROSE3 "</p><p>" TU_PROSE4 "</p>");
    char *text = tu_text_ok(page);
    ck_assert_uint_eq(tu_count(text, "6 rows selected"), 2);
    ck_assert_uint_eq(tu_count(text, "Rows picked"), 1);
    tu_assert_article_kept(text);
    free(text);
    free(page);
}
END_TEST

/* A statement quoted whole in a <blockquote> scores best, its paragraphs the
 * page's longest, but the article is the post that quotes it: the lines
 * introducing the quote (too linked to join on their own) stay. */
/* A code listing is the text of the page that explains it: a highlighter's
 * box named "content" around the <pre> scores best, and the short lines
 * and the table around it, in the page's own box, are the rest of the
 * page (code_parent). */
START_TEST(test_code_listing_gives_way_to_its_page)
{
    const char *page =
        "<!DOCTYPE html><html><head><title>Reading the tide tables</title></head>"
        "<body class=\"article\"><div id=\"header\"><h1>Reading the tide tables</h1></div>"
        "<div id=\"doc\"><div class=\"paragraph\"><p>The harbour office publishes its tide "
        "tables every month.</p></div><div class=\"listingblock\"><div class=\"content\">"
        "<pre class=\"highlight\"><code>import harbour\ntides = harbour.tide_table(month=6, "
        "port=\"north quay\", datum=\"chart\")\nfor day in tides:\n    print(day.high_water, "
        "day.low_water, day.height_in_metres)</code></pre></div></div>"
        "<div class=\"paragraph\"><p>Each line gives the time of high water and of low "
        "water.</p></div><div class=\"paragraph\"><p>Times are local, and the summer months "
        "add an hour to them.</p></div><table><tr><th>Column</th><th>Meaning</th></tr><tr>"
        "<td>high_water</td><td>time of the high tide</td></tr><tr><td>low_water</td><td>time "
        "of the low tide</td></tr></table></div><div id=\"footer\"><div id=\"footer-text\">"
        "Last updated 2024-06-01</div></div></body></html>";
    char *text = tu_text_ok(page);
    tu_assert_has(text, "import harbour");
    tu_assert_has(text, "Each line gives the time of high water");
    tu_assert_has(text, "summer months add an hour");
    tu_assert_has(text, "time of the low tide");
    tu_assert_lacks(text, "Last updated");
    free(text);
}
END_TEST

/* API documentation links each name it mentions to where the name is
 * described: a list of such names, each a link whose text is one <code>, is
 * the page's text, not a menu (code_references). A table of contents of
 * the page's own names (links to "#...") is still links. */
START_TEST(test_code_reference_links_are_text)
{
    const char *page =
        "<!DOCTYPE html><html><head><title>Global objects</title></head><body>"
        "<div id=\"nav\"><ul><li><a href=\"/fs.html\">File system</a></li><li><a "
        "href=\"/net.html\">Net</a></li></ul></div><div id=\"doc\"><h1>Global objects</h1>"
        "<p>These objects are available in all modules, and a program never needs to load "
        "them before it uses them in its code.</p><p>The following variables may appear to be "
        "global but are not. They exist only in the scope of <a href=\"modules.html\">CommonJS "
        "modules</a>:</p><ul><li><a href=\"modules.html#dirname\"><code>__dirname</code></a>"
        "</li><li><a href=\"modules.html#filename\"><code>__filename</code></a></li><li><a "
        "href=\"modules.html#exports\"><code>exports</code></a></li><li><a "
        "href=\"modules.html#module\"><code>module</code></a></li><li><a "
        "href=\"modules.html#require\"><code>require()</code></a></li></ul><p>The objects "
        "listed here are specific to the runtime, while the others are part of the language "
        "itself and work the same way everywhere.</p></div></body></html>";
    char *text = tu_text_ok(page);
    tu_assert_has(text, "__filename");
    tu_assert_has(text, "require()");
    tu_assert_lacks(text, "File system");
    free(text);
}
END_TEST

START_TEST(test_quoted_statement_keeps_its_introduction)
{
    const char *page =
        "<!DOCTYPE html><html><head><title>A hundred years of the wall</title></head><body>"
        "<div><a href=\"/\">Home</a> <a href=\"/news\">News</a></div><div>"
        "<h2>A hundred years of the wall</h2><div><p>The northern sea wall at low tide, seen "
        "from the quay in June, with the ferry moored behind it.</p></div><p>Today marks the "
        "hundredth year of the northern sea wall. Below, <a href=\"/statement\">read the "
        "statement from the harbour commission on the history of the wall</a> and its "
        "repairs.</p><blockquote><p>" TU_PROSE1 "</p><p>" TU_PROSE2 "</p><p>" TU_PROSE3
        "</p><p>" TU_PROSE4 "</p></blockquote><p>For more information:</p><ul><li><a "
        "href=\"/v\">Video: the wall</a></li></ul></div></body></html>";
    char *text = tu_text_ok(page);
    tu_assert_has(text, "Today marks the hundredth year of the northern sea wall.");
    tu_assert_has(text, TU_PROSE4);
    free(text);
}
END_TEST

/* A blog's post written in <div>s, one a paragraph: the longest scores best
 * by its own loose text, over its box's, but a paragraph is no container:
 * its box (the post's other paragraph-divs) wins, and the opening paragraph
 * beside the box joins. */
START_TEST(test_paragraph_div_gives_way_to_its_box)
{
    const char *page =
        "<html><head><title>Harbour wall photos</title></head><body>"
        "<div id=\"menu\"><a href=\"/\">Home</a> <a href=\"/news\">News</a></div>"
        "<div class=\"p1\"><h1>Harbour wall photos</h1><div class=\"b1\">"
        "<div>Photos which were released online this week show the new harbour wall, "
        "finished at last after two winters of storms.</div>"
        "<div class=\"b2\"><div>Harbour wall</div>"
        "<div>The engineers who built the wall, who in 2008 won the national prize for "
        "coastal works, have taken to their own page to share photos of it, and of the "
        "storm that broke the old one, the crowds on the quay, the mayor in his chain, and "
        "the first boats to tie up behind it since the winter of the great flood.</div>"
        "<div>They showed the granite blocks, each one cut in the quarry above the town and "
        "brought down by cart in the spring.</div>"
        "<div>See more photos:</div></div></div></div>"
        "<div id=\"foot\">Copyright 2018</div></body></html>";
    char *text = tu_text_ok(page);
    tu_assert_has(text, "Photos which were released online this week");
    tu_assert_has(text, "They showed the granite blocks");
    free(text);
}
END_TEST

/* ...and a list of the posts a blog's carnival gathers, each item a paragraph,
 * scores best too: the post's introduction stays. */
START_TEST(test_listed_posts_keep_their_introduction)
{
    const char *page =
        "<!DOCTYPE html><html><head><title>The harbour carnival</title></head><body>"
        "<div><a href=\"/\">Home</a> <a href=\"/news\">News</a></div><div>"
        "<h2>The harbour carnival</h2><div><p>The northern sea wall at low tide, seen "
        "from the quay in June, with the ferry moored behind it.</p></div><p>The harbour "
        "carnival is published twice a month. Below, <a href=\"/carnival\">the posts on the "
        "history of the wall chosen by our readers</a> this fortnight. Send us yours by the "
        "first of the month.</p><ul><li>" TU_PROSE1
        "</li><li>" TU_PROSE2 "</li><li>" TU_PROSE3 "</li><li>" TU_PROSE4 "</li><li>" TU_PROSE1
        " Again.</li><li>" TU_PROSE2 " Again.</li><li>" TU_PROSE3 " Again.</li></ul>"
        "</div></body></html>";
    char *text = tu_text_ok(page);
    tu_assert_has(text, "The harbour carnival is published twice a month.");
    tu_assert_has(text, TU_PROSE4);
    free(text);
}
END_TEST

/* Control: a class that only contains the word (hidden-xs: hidden on small
 * screens, shown on others) hides nothing. */
START_TEST(test_class_naming_hidden_in_a_word_is_shown)
{
    char *page = tu_article_page("<div class=\"hidden-xs\"><p>" HIDDEN_CLASS_LINE "</p></div>");
    char *text = tu_text_ok(page);
    tu_assert_has(text, HIDDEN_CLASS_LINE);
    free(text);
    free(page);
}
END_TEST

/* A gallery of slides set in a story ("Business news in pictures", fifty
 * captioned slides in a list) holds more prose in its items than the story
 * in its paragraphs, but it is not the story's body: the story is, and the
 * gallery goes by its class word. The page's <body> naming the gallery it
 * holds ("inline-gallery") names no box of slides. */
#define GALLERY_STORY_P                                                            \
    "<p>The harbour commission met on Tuesday evening to discuss the repairs "   \
    "to the northern sea wall, which the winter storms damaged, and heard "      \
    "from residents, engineers and the two ferry operators of the town.</p>"
#define GALLERY_SLIDE                                                              \
    "<li><h2>A slide</h2><p>A market trader counts the takings of the week, as " \
    "prices of fish, bread and coal rose again in the port towns, where the "    \
    "dockers, the fishermen and the shopkeepers said they could not keep up "    \
    "with the bills any longer, whatever the council promised them.</p></li>"
/* A page of fmt, its one %s the gallery's thirty slides; the caller frees it. */
static char *gallery_page(const char *fmt)
{
    char *slides = tu_repeat(GALLERY_SLIDE, 30);
    size_t cap = strlen(fmt) + strlen(slides) + 1;
    char *page = malloc(cap);
    ck_assert_ptr_nonnull(page);
    snprintf(page, cap, fmt, slides);
    free(slides);
    return page;
}

START_TEST(test_gallery_in_a_story_is_not_its_body)
{
    char *page = gallery_page(
        "<!DOCTYPE html><html><head><title>Sea wall repairs</title></head>"
        "<body class=\"article inline-gallery\"><div class=\"text-wrapper\">"
        "<h1>Sea wall repairs</h1>" GALLERY_STORY_P GALLERY_STORY_P GALLERY_STORY_P GALLERY_STORY_P
        GALLERY_STORY_P GALLERY_STORY_P
        "<div class=\"widget-wrapper type-gallery\"><div class=\"full-gallery\">"
        "<ul class=\"legends\">%s</ul></div></div>"
        "<p>Work on the wall is due to start in the spring, the commission said, "
        "once the engineers have finished their survey of the foundations.</p>"
        "</div></body></html>");
    char *text = tu_text_ok(page);
    tu_assert_has(text, "The harbour commission met on Tuesday evening");
    tu_assert_has(text, "Work on the wall is due to start in the spring");
    ck_assert_msg(!tu_contains(text, "A market trader counts the takings"),
             "the gallery's slides were kept");
    free(text);
    free(page);
}
END_TEST

/* Control for the test above: a story told in slides, under an intro of a
 * paragraph or two (less than an article's worth outside the gallery),
 * keeps its slides. */
START_TEST(test_gallery_story_under_short_intro_kept)
{
    char *page = gallery_page(
        "<!DOCTYPE html><html><head><title>The week in pictures</title></head>"
        "<body><div class=\"text-wrapper\"><h1>The week in pictures</h1>"
        GALLERY_STORY_P GALLERY_STORY_P
        "<div class=\"widget-wrapper type-gallery\"><div class=\"full-gallery\">"
        "<ul class=\"legends\">%s</ul></div></div></div></body></html>");
    char *text = tu_text_ok(page);
    ck_assert_msg(tu_contains(text, "A market trader counts the takings"),
             "the gallery's slides were lost");
    free(text);
    free(page);
}
END_TEST

/* A MathJax formula: its container carries the class of the widget's context
 * menu; the MathML is the text, its TeX annotation a second copy of it. */
START_TEST(test_formula_kept_without_its_annotation)
{
    char *page = tu_article_page(
        "<p>The tide height solves the equation <mjx-container class=\"MathJax "
        "CtxtMenu_Attached_0\"><mjx-assistive-mml><math><semantics><mrow><mi>h</mi>"
        "<mo>=</mo><mn>2</mn></mrow><annotation encoding=\"application/x-tex\">"
        "\\eta_{tide}</annotation></semantics></math></mjx-assistive-mml></mjx-container>"
        " at the harbour wall, as the engineers measured it last spring.</p>");
    char *text = tu_text_ok(page);
    tu_assert_has(text, "the equation h=2 at the harbour wall");
    tu_assert_lacks(text, "eta_");
    tu_assert_article_kept(text);
    free(text);
    free(page);
}
END_TEST

/* A page built of custom elements (<story-body>, <story-para>): each is a
 * component styled as a box, so its paragraphs stay paragraphs, and the
 * side rail beside the story is a box of links, not the story's last line.
 * A custom element inside a sentence stays a part of it. */
START_TEST(test_custom_elements_are_boxes)
{
    char *text = tu_text_ok(
        "<html><head><title>Harbour wall to be rebuilt</title></head><body>"
        "<site-header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav></site-header>"
        "<main><story-page><h1>Harbour wall to be rebuilt</h1><story-body>"
        "<story-para>The council agreed on <local-date>Tuesday</local-date> to rebuild the "
        "harbour wall, which was breached twice in last winter's storms, at a cost of four "
        "million pounds spread over three years.</story-para>"
        "<story-para>Engineers told the meeting that the old wall, built of granite blocks in "
        "1862, had shifted by almost a metre at its northern end, and that patching it again "
        "would only buy a season or two.</story-para>"
        "<story-para>Fishermen welcomed the decision but asked that the work be done outside "
        "the summer season, when the harbour is busiest and the boats land most of their "
        "catch.</story-para></story-body></story-page>"
        "<side-rail><related-list><a href=\"/a\">Ferry fares to rise</a>"
        "<a href=\"/b\">Lighthouse reopens</a></related-list></side-rail>"
        "</main></body></html>\n");
    tu_assert_has(text, "The council agreed on Tuesday to rebuild");
    tu_assert_has(text, "over three years.\n\nEngineers told");
    tu_assert_has(text, "a season or two.\n\nFishermen welcomed");
    tu_assert_lacks(text, "Ferry fares");
    free(text);
}
END_TEST

/* A declarative shadow root (<template shadowrootmode>) is the content a
 * browser renders inside its host: the story written in one is the
 * article, its paragraphs apart; a plain <template>, never rendered, stays
 * out, and so does a shadow root written inside another's content. */
START_TEST(test_declarative_shadow_root_is_shown)
{
    char *text = tu_text_ok(
        "<html><head><title>Harbour wall to be rebuilt</title></head><body>"
        "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
        "<main><h1>Harbour wall to be rebuilt</h1><story-body>"
        "<template shadowrootmode=\"open\"><style>p { margin: 0 }</style>"
        "<p>The council agreed on Tuesday to rebuild the harbour wall, which was breached "
        "twice in last winter's storms, at a cost of four million pounds.</p>"
        "<p>Engineers told the meeting that the old wall, built of granite blocks in 1862, "
        "had shifted by almost a metre at its northern end.</p>"
        "<story-quote><template shadowroot=\"closed\"><p>Fishermen welcomed the decision but "
        "asked that the work be done outside the summer season.</p></template></story-quote>"
        "<template shadowrootmode=\"open\"><p>The nested root is no shadow root and is "
        "never rendered by a browser at all.</p></template></template></story-body>"
        "<template id=\"comment\"><p>The comment template is never rendered by a browser "
        "and holds no text of the story.</p></template>"
        "</main></body></html>\n");
    tu_assert_has(text, "four million pounds.\n\nEngineers told");
    tu_assert_has(text, "northern end.\n\nFishermen welcomed");
    tu_assert_lacks(text, "nested root");
    tu_assert_lacks(text, "comment template");
    free(text);
}
END_TEST

/* A displayed formula drawn by custom elements whose glyphs are styles,
 * not text, stands alone between paragraphs: it holds no text of its own,
 * so it is no box of the template, and its menu class does not drop it. */
START_TEST(test_displayed_formula_of_custom_elements_kept)
{
    char *page = tu_article_page(
        "<div><p>The tide height at the harbour wall solves the equation the engineers "
        "measured last spring, set out below for every reader to check.</p>"
        "<mjx-container class=\"MathJax CtxtMenu_Attached_0\" display=\"true\"><mjx-math>"
        "<mjx-mi class=\"mjx-i\"><mjx-c class=\"mjx-c1D465\"></mjx-c></mjx-mi></mjx-math>"
        "<mjx-assistive-mml display=\"block\"><math><mrow><mi>h</mi><mo>=</mo><mn>2</mn>"
        "</mrow></math></mjx-assistive-mml></mjx-container>"
        "<p>The figure holds at every tide the survey recorded, spring and neap alike, and "
        "the engineers expect it to hold after the wall is rebuilt.</p></div>");
    char *text = tu_text_ok(page);
    tu_assert_has(text, "h=2");
    tu_assert_article_kept(text);
    free(text);
    free(page);
}
END_TEST

/* Code listings coloured by a syntax highlighter: the token classes name
 * what each token is in the language (Prism's "token comment", highlight.js's
 * "hljs-comment" and "hljs-meta", SyntaxHighlighter's <code class="comments">),
 * not furniture or comments beside the article: the listing keeps its
 * comments and its #include line. */
START_TEST(test_code_listing_keeps_highlighted_comments)
{
    char *page = tu_article_page(
        "<p>The loader reads the module from disk and calls its exported function:</p>"
        "<pre class=\"language-js\"><code class=\"language-js\"><span class=\"token "
        "comment\">// load-harbour.js</span><br><span class=\"token keyword\">const</span>"
        " tide = require('fs');</code></pre>"
        "<pre><code class=\"hljs\"><span class=\"hljs-meta\">#include &lt;tide.h&gt;</span>\n"
        "<span class=\"hljs-comment\">/* the gauge reads in metres */</span>\n"
        "int gauge(void);</code></pre>"
        "<div class=\"syntaxhighlighter\"><div class=\"line\"><code class=\"c comments\">"
        "# the crane waits for the high water</code></div></div>");
    char *text = tu_text_ok(page);
    tu_assert_has(text, "// load-harbour.js");
    tu_assert_has(text, "#include <tide.h>");
    tu_assert_has(text, "/* the gauge reads in metres */");
    tu_assert_has(text, "# the crane waits for the high water");
    tu_assert_article_kept(text);
    free(text);
    free(page);
}
END_TEST

/* Release notes: each item opens with its own words and carries a long link
 * inside its sentence; a list of other stories opens each item with the link. */
START_TEST(test_list_of_sentences_with_links_kept)
{
    char *page = tu_article_page(
        "<ul><li>Ankush <a href=\"/b/1\">fixed the permissions of the harbour gate "
        "controls</a></li>\n<li>gero <a href=\"/b/2\">removed the unused tide "
        "gauge attribute</a> from dialogs</li>\n<li>Neil has patches up to <a href="
        "\"/b/3\">improve the behaviour of the crane unloader</a></li></ul>\n"
        "<ul><li><a href=\"/s/1\">Ferry timetable changes for the winter season</a>"
        "</li>\n<li><a href=\"/s/2\">Fishing quotas cut again in the northern "
        "waters</a></li>\n<li><a href=\"/s/3\">Lifeboat crew honoured for the "
        "storm rescue</a></li></ul>");
    char *text = tu_text_ok(page);
    tu_assert_has(text, "fixed the permissions of the harbour gate controls");
    tu_assert_has(text, "improve the behaviour of the crane unloader");
    tu_assert_lacks(text, "Ferry timetable");
    tu_assert_article_kept(text);
    free(text);
    free(page);
}
END_TEST

/* A list of deals leaves the page's site by long names: kept when the site
 * is known (the page's URL, else its canonical link), dropped as a list of
 * links when it is not or when the links stay on it. */
#define DEALS(host)                                                                          \
    "<ul><li><a href=\"https://" host "/d1\">Portable 2TB USB 3.0 hard drive for $161.99 "    \
    "with free shipping</a> (normally $180)</li>\n<li><a href=\"https://" host "/d2\">"       \
    "Dual-band wireless router with three detachable antennas for $140</a> (normally "       \
    "$179)</li>\n<li><a href=\"https://" host "/d3\">Certified 2.1 speaker system with "     \
    "a subwoofer for $118.99</a> (normally $149.99)</li></ul>"
#define DEAL_TEXT "Dual-band wireless router with three detachable antennas for $140"

static dc_result *extract_string(const char *html, const char *url)
{
    dc_options opt;
    dc_options_init(&opt);
    opt.url = url;
    dc_result *r = dc_extract(html, strlen(html), &opt);
    ck_assert_ptr_nonnull(r);
    return r;
}

static char *text_with_url(const char *html, const char *url)
{
    dc_result *r = extract_string(html, url);
    char *text = dc_render(r, DC_FORMAT_TEXT, 0, NULL);
    ck_assert_ptr_nonnull(text);
    dc_result_free(r);
    return text;
}

START_TEST(test_deals_leaving_the_site_kept)
{
    char *page = tu_article_page(DEALS("shop.example"));
    char *text = text_with_url(page, "https://news.example/deals/today");
    tu_assert_has(text, DEAL_TEXT);
    tu_assert_has(text, "(normally $179)");
    free(text);
    text = text_with_url(page, "https://shop.example/deals/today");
    tu_assert_lacks(text, DEAL_TEXT);
    free(text);
    text = text_with_url(page, NULL);
    tu_assert_lacks(text, DEAL_TEXT);
    free(text);
    free(page);
    page = tu_article_page_head(TU_TITLE,
                                "<link rel=\"canonical\" href=\"https://www.news.example/d\">",
                                DEALS("shop.example"));
    text = text_with_url(page, NULL);
    tu_assert_has(text, DEAL_TEXT);
    free(text);
    free(page);
}
END_TEST

/* A paragraph that is a bare web address is a citation: kept. */
START_TEST(test_bare_address_citation_kept)
{
    char *page = tu_article_page(
        "<p>The figures come from the census bureau's tables:</p>\n"
        "<p><a href=\"https://census.example/tables/p60-273.html\">"
        "https://census.example/tables/p60-273.html</a></p>\n"
        "<p><a href=\"/other\">READ MORE: the other harbour story</a></p>");
    char *text = tu_text_ok(page);
    tu_assert_has(text, "https://census.example/tables/p60-273.html");
    tu_assert_lacks(text, "READ MORE");
    free(text);
    free(page);
}
END_TEST

/* A link in a sentence is words of it, whatever its class says; a link alone
 * on its line with a furniture class is still dropped. */
START_TEST(test_link_in_sentence_kept_whatever_its_class)
{
    char *page = tu_article_page(
        "<p><a class=\"meta-org\" href=\"/topic/council\">Harbourton Council</a> "
        "signed the contract on Friday, and the first crews will arrive on the outer "
        "wall in March, <a class=\"popup\" href=\"#\">weather permitting</a>.</p>\n"
        "<p><a class=\"share-link\" href=\"/share\">Share on the social networks</a></p>");
    char *text = tu_text_ok(page);
    tu_assert_has(text, "Harbourton Council signed the contract");
    tu_assert_has(text, "in March, weather permitting.");
    tu_assert_lacks(text, "Share on the social networks");
    tu_assert_article_kept(text);
    free(text);
    free(page);
}
END_TEST

/* The article split over numbered containers of one kind (story-body-1, then
 * an ad, then story-body-2): the first part joins the winner. */
START_TEST(test_numbered_twin_containers_joined)
{
    const char *page =
        "<!DOCTYPE html><html><head><title>Harbour wall</title></head><body>\n"
        "<div class=\"page\"><div class=\"lede-wrap\"><h1>" TU_TITLE "</h1>\n"
        "<div class=\"story-body story-body-1\"><p>The council approved the repairs on "
        "Tuesday, after a delay of <a href=\"/delay\">almost three years</a>, a long "
        "wait for the fishermen and the two ferry operators.</p>\n<p>The first barges "
        "of granite are due at the quay in the spring, the harbour master told the "
        "council on Wednesday, and the work will start as soon as they arrive.</p>"
        "</div></div>\n"
        "<div class=\"ad-slot\"><p>Advertisement</p></div>\n"
        "<div class=\"story-body story-body-2\"><p>" TU_PROSE1 "</p>\n<p>" TU_PROSE2
        "</p>\n<p>" TU_PROSE3 "</p>\n<p>" TU_PROSE4 "</p></div></div></body></html>\n";
    char *text = tu_text_ok(page);
    tu_assert_has(text, "The council approved the repairs on Tuesday");
    tu_assert_article_kept(text);
    free(text);
}
END_TEST

/* A page whose text is spread over short blocks inside <main> (a product
 * page's feature list): a notice box scores best, but it holds a small part
 * of main's prose, and main is the content. */
START_TEST(test_main_is_content_when_winner_holds_little_of_it)
{
    const char *page =
        "<!DOCTYPE html><html><head><title>Harbour tools</title></head><body>\n"
        "<header class=\"masthead\"><a href=\"/\">Coast</a></header>\n"
        "<main>\n"
        "<section class=\"intro\"><h1>Welcome to the harbour toolkit</h1>\n"
        "<ul class=\"features\">\n"
        "<li><h2>Tide tables</h2><p>Read the tides for every harbour on the coast, a week ahead, with the heights of the high and low waters.</p></li>\n"
        "<li><h2>Mooring maps</h2><p>Find a free mooring in the harbour before you arrive, and book it for the night from the boat.</p></li>\n"
        "</ul></section>\n"
        "<div class=\"notice\"><h4>Important: renew your permit</h4><p>The harbour permits of last year expire in March, so renew yours before the season starts, or the harbour master will not let you moor, whatever the weather and the tide.</p></div>\n"
        "<section class=\"more\"><h2>Features and tools</h2><ul class=\"features\">\n"
        "<li><h2>Weather</h2><p>See the forecast for the coast, with the wind and the swell for the next three days.</p></li>\n"
        "<li><h2>Crane booking</h2><p>Book the crane to lift your boat out of the water for the winter, at the hour you choose.</p></li>\n"
        "<li><h2>Fuel prices</h2><p>Compare the price of diesel at the fuel docks of the harbours along the coast, updated every day.</p></li>\n"
        "</ul></section>\n"
        "</main></body></html>\n";
    char *text = tu_text_ok(page);
    tu_assert_has(text, "The harbour permits of last year expire in March");
    tu_assert_has(text, "Compare the price of diesel at the fuel docks");
    tu_assert_has(text, "Features and tools");
    free(text);
}
END_TEST

/* Under "Related stories:" paragraphs of a linked headline and its summary
 * are other stories' teasers, their links leaving the site or not, their
 * summaries long or a line (section_teasers); the article's paragraphs
 * before the heading stay. */
START_TEST(test_related_section_runs_through_teaser_paragraphs)
{
    const char *page =
        "<!DOCTYPE html><html><head><title>Liberals table marriage bill</title></head><body>\n"
        "<table><tr><td><p>Liberals table marriage bill despite protests</p>\n"
        "<p>The justice minister tabled legislation to allow same-sex marriage in the House "
        "of Commons on Tuesday, and the debate began at once.</p>\n"
        "<p>If passed, the bill would redefine marriage as a union between two persons, to "
        "the exclusion of all others, the minister said.</p>\n"
        "<p>Critics said the social effects of refashioning a fundamental institution had not "
        "been weighed, and asked for a free vote.</p>\n"
        "<p><b>Related stories:</b></p>\n"
        "<p><b><a href=\"http://news.example.com/a\">Minister announces marriage bill for next "
        "week</a></b><br>The government will push ahead with plans to introduce a bill next "
        "week in the face of vocal opposition.<br>Canadian Press, January 26</p>\n"
        "<p><b><a href=\"http://other.example.org/b\">Party leader not swayed by the "
        "petition</a></b><br>Tory leader stands firm.</p>\n"
        "</td></tr></table></body></html>\n";
    char *text = tu_text_ok(page);
    tu_assert_has(text, "Critics said the social effects");
    tu_assert_lacks(text, "The government will push ahead");
    tu_assert_lacks(text, "Tory leader stands firm");
    free(text);
}
END_TEST

/* An address line of fields set apart by bars, its commas those of a
 * street and a town, outscored the sentences of a short notice in the cell
 * beside it: a line of fields is no paragraph (field_min_bars). */
START_TEST(test_line_of_fields_scores_nothing)
{
    const char *page =
        "<!DOCTYPE html><html><head><title>Page Not Found</title></head><body>\n"
        "<table><tr><td><table><tr><td>Blog</td><td>Radio</td></tr></table></td>\n"
        "<td><p class=\"headline\">Page Not Found</p>\n"
        "<p>We're sorry - the page you tried to access could not be found on our web site. "
        "Would you take a moment to email us?</p>\n"
        "<p>Thank you for your help,</p></td></tr></table>\n"
        "<table><tr><td>&copy; 2005 Stand to Reason | 1438 East 33rd Street, Signal Hill, CA 90755"
        "<br>Voicemail (800) 2-REASON | Local phone (562) 595-7333 | Fax (562) 595-7332 | "
        "mail@example.org</td></tr></table>\n"
        "</body></html>\n";
    char *text = tu_text_ok(page);
    tu_assert_has(text, "We're sorry - the page you tried to access");
    tu_assert_lacks(text, "Fax (562)");
    free(text);
}
END_TEST

/* A tagline in a box whose class promises content outscored a short
 * article of one paragraph; it holds a sliver of the page's text. */
START_TEST(test_tagline_with_a_content_class_does_not_win)
{
    const char *page =
        "<!DOCTYPE html><html><head><title>Lens samples</title></head><body>\n"
        "<div id=\"header\"><div id=\"blog-description\">Where there is smoke there is a fire"
        "</div></div>\n"
        "<div id=\"main\"><div class=\"post\"><h1>More lens sample images</h1>\n"
        "<div class=\"entry-content\"><p>In addition to the first set of sample images from the "
        "new lens I published a few days ago, here are more.</p>\n"
        "<p>Related posts:</p><ol><li><a href=\"/a\">More sample images of the other lens</a></li>"
        "<li><a href=\"/b\">New sample images taken with the wide lens</a></li></ol></div>\n"
        "</div></div></body></html>\n";
    char *text = tu_text_ok(page);
    tu_assert_has(text, "In addition to the first set of sample images");
    tu_assert_lacks(text, "Where there is smoke");
    free(text);
}
END_TEST

/* A teaser in the header's tab panel, its class "content", one paragraph;
 * the article beside it is an <article> of plain paragraphs, scored lower
 * for want of a class word. The page's marked article holds more prose than
 * the winner beside it, so it wins; near miss: a box holding more prose
 * than the <article> (a teaser card) stays the winner. */
static const char header_teaser_page[] =
    "<!DOCTYPE html><html><head><title>Sushi</title></head><body>\n"
    "<section id=\"header\"><div id=\"tab-latest-issue\" class=\"panel\">"
    "<div class=\"content\"><h4>Issue 215 | The New Aesthetic</h4>"
    "<p>Alongside an illuminating interview with a fashion muse and a photo shoot, "
    "the issue has the scoop on a brutal imagining of Gulf futurism, rounding up "
    "our issue on art's outer edge with a look at the new aesthetic. There is more: "
    "a portfolio of night photographs, an essay on the end of the gallery, a poem "
    "cycle, the letters page and the listings for the month ahead, all of it out now "
    "in the shops and on the new reading app, with a poster of the cover for every "
    "reader who orders before the end of the month.</p></div>"
    "</div></section>\n"
    "<section id=\"content\"><article><div id=\"editorial\"><h1>First Look: Sushi</h1>"
    "<p>The experimental producer creates unhinged psychedelic digital experiences "
    "with his work, through chopped up vocal samples and soaring synths.</p>"
    "<p>Endlessly progressive, he has always been evolutionary in his sound, and the "
    "new record is his most ambitious statement yet, the label says.</p>"
    "<p>The record will be out on November 7th digitally, and on CD and cassette a week "
    "later, with a tour of small rooms across the country to follow in the spring.</p>"
    "<p>He wrote most of it at night in a rented room, he says, with the window open to "
    "the noise of the street below and a cheap keyboard on his knees.</p>"
    "<p>Some of the songs began as voice notes on his phone; two of them are still "
    "those first takes, hiss and all, because nothing he tried later felt as alive.</p>"
    "</div></article></section></body></html>\n";

START_TEST(test_marked_article_beats_classed_box_beside_it)
{
    char *text = tu_text_ok(header_teaser_page);
    tu_assert_has(text, "Endlessly progressive");
    tu_assert_lacks(text, "Gulf futurism");
    free(text);
}
END_TEST

/* A German page names its boxes in German: the story in `artikel-inhalt`,
 * the reader comments (longer than the story) in `kommentare`, the share
 * bar at the story's end in `teilen`. The story wins, and the comments and the share bar go,
 * as they would named in English. */
static const char german_page[] =
    "<!DOCTYPE html><html lang=\"de\"><head><title>Der Hafen</title></head><body>\n"
    "<h1>Der Hafen wird erneuert</h1>\n"
    "<div class=\"artikel-inhalt\">"
    "<p>Die Stadt will den alten Hafen in den kommenden drei Jahren erneuern, wie der "
    "Bürgermeister am Dienstag vor dem Gemeinderat erklärte.</p>"
    "<p>Die Kosten von rund zwölf Millionen Euro sollen zur Hälfte vom Land getragen "
    "werden, der Rest kommt aus dem Haushalt der Stadt und von privaten Spendern.</p>"
    "<p>Zuerst werden die Kaimauern saniert, danach folgen der Leuchtturm und das alte "
    "Zollhaus, das künftig ein kleines Museum beherbergen soll.</p>"
    "<div class=\"teilen\"><p>Teilen Sie diesen Artikel mit Ihren Freunden und Bekannten, "
    "per E-Mail oder in den sozialen Netzwerken Ihrer Wahl.</p></div></div>\n"
    "<div id=\"kommentare\">"
    "<div><p>Endlich passiert etwas am Hafen, ich warte seit zwanzig Jahren darauf, dass "
    "die Stadt sich um die Kaimauern und den Leuchtturm kümmert.</p></div>"
    "<div><p>Zwölf Millionen Euro sind sehr viel Geld für eine Stadt dieser Größe, und ich "
    "frage mich, ob die Schulen das Geld nicht dringender gebraucht hätten.</p></div>"
    "<div><p>Ein Museum im alten Zollhaus ist eine schöne Idee, aber wer soll es am Ende "
    "betreiben, und wer zahlt die laufenden Kosten in zehn Jahren noch?</p></div>"
    "<div><p>Ich war letzte Woche am Hafen spazieren, und die Mauern sehen wirklich schlimm "
    "aus, an manchen Stellen fehlen schon ganze Steine, das ist gefährlich.</p></div>"
    "</div></body></html>\n";

START_TEST(test_german_class_words_name_story_comments_and_share_bar)
{
    char *text = tu_text_ok(german_page);
    tu_assert_has(text, "Die Stadt will den alten Hafen");
    tu_assert_has(text, "ein kleines Museum beherbergen soll.");
    tu_assert_lacks(text, "Teilen Sie diesen Artikel");
    tu_assert_lacks(text, "Endlich passiert etwas");
    tu_assert_lacks(text, "fehlen schon ganze Steine");
    free(text);
}
END_TEST

/* A German story with its controls and a photo's credit written as lines
 * between its paragraphs, not at its tail: each goes, as its English
 * counterpart would, and the paragraphs stay. */
static const char german_controls_page[] =
    "<!DOCTYPE html><html lang=\"de\"><head><title>Die Kaimauer</title></head><body>\n"
    "<h1>Die Kaimauer wird saniert</h1>\n"
    "<div class=\"artikel\">"
    "<p>Lesezeit: 3 Min.</p>"
    "<p>Die Stadt will die alte Kaimauer in den kommenden drei Jahren sanieren, wie der "
    "Bürgermeister am Dienstag vor dem Gemeinderat erklärte.</p>"
    "<div>Artikel drucken</div><div>Schriftgröße</div>"
    "<p>Die Kosten von rund zwölf Millionen Euro sollen zur Hälfte vom Land getragen "
    "werden, der Rest kommt aus dem Haushalt der Stadt und von privaten Spendern.</p>"
    "<figure><img src=\"mauer.jpg\" alt=\"\"><p>Foto: dpa/Michael Kappeler</p></figure>"
    "<p>Anzeige</p>"
    "<p>Zuerst werden die Steine der Mauer ersetzt, danach folgen der Leuchtturm und das "
    "alte Zollhaus, das künftig ein kleines Museum beherbergen soll.</p>"
    "<p>Foto: Die Ausstellung im Zollhaus zeigt Bilder aus hundert Jahren Hafengeschichte, "
    "gesammelt von den Familien der Fischer.</p>"
    "<p><a href=\"#top\">Zum Seitenanfang</a></p>"
    "</div></body></html>\n";

START_TEST(test_german_controls_and_credit_dropped_mid_article)
{
    char *text = tu_text_ok(german_controls_page);
    tu_assert_has(text, "Die Stadt will die alte Kaimauer");
    tu_assert_has(text, "ein kleines Museum beherbergen soll.");
    tu_assert_has(text, "Foto: Die Ausstellung im Zollhaus");
    tu_assert_lacks(text, "Lesezeit");
    tu_assert_lacks(text, "Artikel drucken");
    tu_assert_lacks(text, "Schriftgröße");
    tu_assert_lacks(text, "Michael Kappeler");
    tu_assert_lacks(text, "Anzeige");
    tu_assert_lacks(text, "Seitenanfang");
    free(text);
}
END_TEST


/* A job listing whose every unit an id names a teaser ("row2_pnlTeaser"):
 * the class stage drops the summaries one by one, the listing's table is
 * then all links, and the rules leave no article. The second look, with
 * the names hidden, finds the listing by its text. */
#define LISTING_ROW(i, summary)                                                      \
    "<tr><td><a href=\"/job/" #i "\">Assistant number " #i "</a><div id=\"row" #i    \
    "_pnlTeaser\">Job type: Full time<br>" summary "<br><a href=\"/view/" #i "\">View</a> " \
    "<a href=\"/save/" #i "\">Save</a></div></td><td><a href=\"/co/" #i "\">Company " #i   \
    "</a></td></tr>"
#define LISTING_SUMMARY3                                                             \
    "An insurer with a century of history needs a coding technician who reads "      \
    "medical records carefully and keeps the claims moving every week."
#define LISTING_PAGE(footer)                                                         \
    "<html><head><title>Jobs in the valley</title></head><body>"                     \
    "<nav><a href=\"/\">Home</a> <a href=\"/jobs\">Jobs</a></nav>"                      \
    "<table><tr><td><table>"                                                         \
    LISTING_ROW(0, "Local accounting firm is seeking a qualified assistant to keep "  \
                   "the books, answer the telephones and greet the clients who call " \
                   "in the morning.")                                                 \
    LISTING_ROW(1, "Customer service representatives looking for a career with room " \
                   "to grow are invited to join the best furniture retailer in the "  \
                   "county this spring.")                                             \
    LISTING_ROW(2, "Join a hospital that serves the whole valley, where nurses, "     \
                   "clerks and porters work side by side and every shift is planned " \
                   "weeks ahead.")                                                    \
    LISTING_ROW(3, LISTING_SUMMARY3)                                                  \
    LISTING_ROW(4, "Administrative assistants of every skill level can work for "     \
                   "several companies at once, with pay that rises as the "           \
                   "assignments grow longer.")                                        \
    "</table></td></tr></table><div class=\"footer\"><p>" footer "</p></div>"         \
    "</body></html>"
#define LISTING_FOOTER                                                               \
    "The job board is run by a small company in the valley, which has listed local " \
    "work for employers and seekers alike since the early years of the web, and "    \
    "which answers every letter it receives within a week of its arrival."

static dc_status listing_text(const char *tuning, char **text)
{
    static const char page[] = LISTING_PAGE(LISTING_FOOTER);
    dc_options opt;
    dc_options_init(&opt);
    opt.tuning = tuning;
    dc_status st = DC_STATUS_COUNT;
    *text = tu_render_opt(page, strlen(page), &opt, DC_FORMAT_TEXT, DC_RENDER_NO_TITLE, &st);
    return st;
}

/* An archive whose entries the names drop (each a teaser): read without
 * the names, its dated lines are words enough for the second look, and no
 * prose. The second look is not taken: no article. */
#define ARCHIVE_ENTRY(d) "<div class=\"teaser\">Untitled<br><span>Posted Fri Dec " #d " 10:23:00 2021 by Sam Writer</span></div>"
#define ARCHIVE_ENTRIES4(a, b, c, d) ARCHIVE_ENTRY(a) ARCHIVE_ENTRY(b) ARCHIVE_ENTRY(c) ARCHIVE_ENTRY(d)

START_TEST(test_second_look_without_prose_not_taken)
{
    static const char page[] =
        "<!DOCTYPE html><html><head><title>archive</title></head><body><nav><a href=\"/\">Home</a> "
        "<a href=\"/tags\">Tags</a></nav><div>" ARCHIVE_ENTRIES4(1, 2, 3, 4)
        ARCHIVE_ENTRIES4(5, 6, 7, 8) ARCHIVE_ENTRIES4(9, 10, 11, 12) "</div></body></html>";
    dc_options opt;
    dc_options_init(&opt);
    dc_status st = DC_STATUS_COUNT;
    char *text = tu_render_opt(page, strlen(page), &opt, DC_FORMAT_TEXT, DC_RENDER_NO_TITLE, &st);
    ck_assert_int_eq(st, DC_NO_CONTENT);
    free(text);
}
END_TEST

/* A blog's front page of post cards (Pelican's), each an <article> under a
 * linked heading over its excerpt: the longest excerpt wins, the text of one
 * card of the run, and the run makes the page an index. */
#define BLOG_CARD(p)                                                                       \
    "<li><article><header><h2><a href=\"/posts/p.html\">A post of the blog</a></h2>"       \
    "</header><footer>Fri 24 December 2021 By Sam Writer</footer><div>" p "</div></article></li>"
#define BLOG_CARDS(first)                                                                  \
    "<!DOCTYPE html><html><head><title>Notes</title></head><body><header><h1><a href=\"/\">" \
    "Notes</a></h1></header><section><h2>All articles</h2><ol>" BLOG_CARD(first)           \
    BLOG_CARD("<p>" TU_PROSE2 "</p>") BLOG_CARD("<p>" TU_PROSE4 "</p>")                    \
    BLOG_CARD("<p>" TU_PROSE3 "</p>")                                                      \
    BLOG_CARD("<p>" BLOG_SUMMARY "</p>") BLOG_CARD("<p>Short line here.</p>")              \
    BLOG_CARD("<p>" BLOG_SUMMARY "</p>") "</ol></section></body></html>"
#define BLOG_SUMMARY "A summary of this other post, in a sentence long enough to read as prose."

static dc_status blog_text(const char *page, const char *tuning, char **text)
{
    dc_options opt;
    dc_options_init(&opt);
    opt.tuning = tuning;
    dc_status st = DC_STATUS_COUNT;
    *text = tu_render_opt(page, strlen(page), &opt, DC_FORMAT_TEXT, DC_RENDER_NO_TITLE, &st);
    return st;
}

START_TEST(test_card_of_a_run_is_an_index)
{
    static const char page[] = BLOG_CARDS("<p>" TU_PROSE1 " " BLOG_SUMMARY "</p>");
    char *text = NULL;
    ck_assert_int_eq(blog_text(page, NULL, &text), DC_NO_CONTENT);
    free(text);
    /* without the run's tally, one excerpt was printed as the article */
    ck_assert_int_eq(blog_text(page, "index_unit_ratio=0", &text), DC_OK);
    tu_assert_has(text, TU_PROSE1);
    free(text);
    /* a short post over cards of related posts, its text more than twice
     * any of theirs, is a post */
    static const char post[] = BLOG_CARDS("<p>" TU_PROSE1 "</p><p>" TU_PROSE3 "</p>");
    ck_assert_int_eq(blog_text(post, NULL, &text), DC_OK);
    tu_assert_has(text, TU_PROSE3);
    free(text);
}
END_TEST

/* A blog's front page printing each post whole unless it has an excerpt,
 * the excerpts ending in "Read more" to their post (Hexo's NexT theme):
 * the longest whole post wins, one unit of a run half of which is cut
 * short, and the run makes the page an index. */
#define FRONT_POST(n, body)                                                                \
    "<div class=\"post-block\"><article><header><h2><a href=\"/2023/" #n "/\">A post "      \
    "of the blog</a></h2><div>Posted on 2023-12-24</div></header><div>" body "</div>"     \
    "</article></div>"
#define FRONT_CUT(n)                                                                       \
    FRONT_POST(n, "<p>" TU_PROSE2 "</p><div><a href=\"/2023/" #n "/#more\">Read more "     \
                  "\xc2\xbb</a></div>")
#define FRONT_PAGE(whole)                                                                  \
    "<!DOCTYPE html><html><head><title>Notes</title></head><body><header><h1><a href=\"/\">" \
    "Notes</a></h1></header><main><div>" FRONT_POST(1, whole) FRONT_CUT(2) FRONT_CUT(3)     \
    FRONT_POST(4, "<p>" TU_PROSE3 "</p>") FRONT_CUT(5) FRONT_POST(6, "<p>" TU_PROSE4 "</p>") \
    "</div></main></body></html>"

START_TEST(test_whole_post_among_cut_posts_is_an_index)
{
    static const char page[] = FRONT_PAGE("<p>" TU_PROSE1 "</p><p>" TU_PROSE2 "</p><p>" TU_PROSE3
                                          "</p><p>" TU_PROSE4 "</p><p>" TU_PROSE1 "</p>");
    char *text = NULL;
    ck_assert_int_eq(blog_text(page, NULL, &text), DC_NO_CONTENT);
    free(text);
    /* without cards cut short, the whole post was printed as the article */
    ck_assert_int_eq(blog_text(page, "index_cut_share=0/1", &text), DC_OK);
    tu_assert_has(text, TU_PROSE4);
    free(text);
}
END_TEST

START_TEST(test_winner_emptied_by_names_gets_a_second_look)
{
    char *text = NULL;
    ck_assert_int_eq(listing_text(NULL, &text), DC_OK);
    tu_assert_has(text, LISTING_SUMMARY3);
    tu_assert_has(text, "Assistant number 0");
    free(text);
    /* without the second look, the rules' verdict: no article */
    ck_assert_int_eq(listing_text("blind_look_words=0", &text), DC_NO_CONTENT);
    free(text);
    /* nor when the second look's article is shorter than blind_look_words */
    ck_assert_int_eq(listing_text("blind_look_words=1000", &text), DC_NO_CONTENT);
    free(text);
    /* the outline says the page was read twice, and shows the second reading */
    static const char page[] = LISTING_PAGE(LISTING_FOOTER);
    dc_options opt;
    dc_options_init(&opt);
    opt.flags = DC_OPT_EXPLAIN;
    char *explained = tu_render_opt(page, strlen(page), &opt, DC_FORMAT_EXPLAIN, 0, NULL);
    ck_assert_msg(strncmp(explained, "second look: ", 13) == 0, "no second look line:\n%s",
                  explained);
    ck_assert_ptr_null(strstr(explained, "pnlTeaser"));
    free(explained);
}
END_TEST

/* The same in French: a link alone on its line of loose text whose words
 * are a control ("Imprimer", rule phrase-link), a pointer to another story,
 * an ad's label and a credit go between the paragraphs. */
static const char french_controls_page[] =
    "<!DOCTYPE html><html lang=\"fr\"><head><title>Le port</title></head><body>\n"
    "<h1>Le port sera rénové</h1>\n"
    "<div class=\"article\">"
    "<p>La ville va rénover le vieux port au cours des trois prochaines années, a "
    "annoncé le maire mardi devant le conseil municipal réuni en séance.</p>"
    "<div>Le coût des travaux est estimé à douze millions d'euros.<br>"
    "<a href=\"/imprimer\">Imprimer</a><br></div>"
    "<p>La région prendra en charge la moitié de la somme, le reste viendra du budget de "
    "la ville et de donateurs privés, selon la mairie.</p>"
    "<p>Photo : AFP / Ludovic Marin</p>"
    "<p>À lire aussi : <a href=\"/phare\">Le phare rouvre au public</a></p>"
    "<p>Publicité</p>"
    "<p>Les quais seront refaits en premier, puis viendront le phare et l'ancienne "
    "douane, qui doit accueillir un petit musée consacré aux pêcheurs.</p>"
    "<p>Photo : une exposition montre cent ans d'histoire du port, avec les images "
    "prêtées par les familles des pêcheurs de la ville.</p>"
    "</div></body></html>\n";

START_TEST(test_french_controls_and_credit_dropped_mid_article)
{
    char *text = tu_text_ok(french_controls_page);
    tu_assert_has(text, "La ville va rénover le vieux port");
    tu_assert_has(text, "douze millions d'euros.");
    tu_assert_has(text, "un petit musée consacré aux pêcheurs.");
    tu_assert_has(text, "Photo : une exposition montre");
    tu_assert_lacks(text, "Imprimer");
    tu_assert_lacks(text, "Ludovic Marin");
    tu_assert_lacks(text, "Le phare rouvre");
    tu_assert_lacks(text, "Publicité");
    free(text);
}
END_TEST

START_TEST(test_marked_article_with_less_prose_does_not_win)
{
    const char *short_article =
        "<!DOCTYPE html><html><head><title>Sushi</title></head><body>\n"
        "<div class=\"content\"><h1>Sushi, reviewed</h1>"
        "<p>The experimental producer creates unhinged psychedelic digital experiences "
        "with his work, through chopped up vocal samples and soaring synths.</p>"
        "<p>Endlessly progressive, he has always been evolutionary in his sound, and the "
        "new record is his most ambitious statement yet, the label says.</p></div>\n"
        "<article class=\"card\"><p>Another record out this week is a calmer one, a set of "
        "piano pieces written over one winter in a cabin by the sea.</p></article>"
        "</body></html>\n";
    char *text = tu_text_ok(short_article);
    tu_assert_has(text, "Endlessly progressive");
    tu_assert_lacks(text, "piano pieces");
    free(text);
}
END_TEST

/* The same tagline, with close runners-up in the story: widened to their
 * common ancestor, the winner held the page's prose, but only because of
 * what widening took in (the story, then dropped as a link-heavy box with
 * the sidebar beside it). The best-scored container itself must hold a
 * share of the prose before anything is widened around it. */
START_TEST(test_tagline_widened_around_does_not_win)
{
    char links[2048] = "";
    for (int i = 0; i < 30; i++) {
        char item[80];
        snprintf(item, sizeof item, "<li><a href=\"/p%d\">Lens review number %d</a></li>", i, i);
        strcat(links, item);
    }
    char info[1024] = "<div id=\"site-info\">";
    for (int i = 0; i < 8; i++)
        strcat(info, "<span>Lens Rumors is an independent site, not affiliated with a maker</span> ");
    strcat(info, "</div>");
    char page[8192];
    snprintf(page, sizeof page,
             "<!DOCTYPE html><html><head><title>Lens samples</title></head><body>\n"
             "<div id=\"wrapper\"><div id=\"header\"><div id=\"branding\">"
             "<div id=\"blog-title\"><a href=\"/\">Lens Rumors</a></div>\n"
             "<div id=\"blog-description\">where there is smoke there is fire</div></div></div>\n"
             "<div id=\"main\"><div id=\"container\"><div id=\"content\"><div class=\"post\">"
             "<h1 class=\"entry-title\">The next camera</h1>\n"
             "<div class=\"entry-content\"><p>The next camera I promised you for this year will be "
             "the one that replaces the old model in the next few weeks.</p></div>\n"
             "<div class=\"entry-utility\">This entry was posted in Cameras. Bookmark the "
             "<a href=\"/x\">permalink</a>.</div></div></div></div>\n"
             "<div id=\"primary\"><ul>%s</ul></div></div></div>%s</body></html>\n",
             links, info);
    char *text = tu_text_ok(page);
    tu_assert_has(text, "The next camera I promised you for this year");
    tu_assert_lacks(text, "where there is smoke");
    free(text);
}
END_TEST

/* A panel of blurbs beside the story, each in a cell named "content_text",
 * one short paragraph each: every blurb scored its class word's full bonus
 * and the panel outscored the story's plain cell. A box holding a sliver of
 * the page's prose, in a region that holds no more, earns the bonus in
 * proportion (class_bonus_share): the story wins alone. */
#define BLURB(text) \
    "<div class=\"blurbs\"><table><tr><td class=\"content_text\">" text "</td></tr></table></div>\n"
static const char blurb_panel_page[] =
    "<!DOCTYPE html><html><head><title>Changing jobs</title></head><body>\n"
    "<table><tr><td>\n"
    "<p>Changing jobs, even when it is your choice, can be unsettling, and the weeks between "
    "one employer and the next bring questions about pay, pensions and cover that nobody "
    "asked before.</p>\n"
    "<p>Evaluate all of the resources that are available to you, from the severance terms in "
    "your contract to the savings you built up, and write down, month by month, what you "
    "will need.</p>\n"
    "<p>Talk to the people who have made the same move, ask your union or your old manager "
    "for advice, and keep a record of every offer, every interview and every promise made "
    "to you.</p>\n"
    "<p>Above all, take the time to look at your health cover and your pension before you "
    "sign anything, because a gap of a few weeks can cost you more than a year of careful "
    "saving.</p>\n"
    "</td><td>\n"
    BLURB("What do you intend to do with your retirement plan assets at your old employer, "
          "now that you leave?")
    BLURB("Whether you are finally pursuing your real interests or coming back to work, plan "
          "your cover first.")
    BLURB("Starting a new job may mean re-examining your insurance needs, for you and for your "
          "family too.")
    "</td></tr></table>\n"
    "</body></html>\n";

START_TEST(test_blurbs_with_a_content_class_do_not_outscore_the_story)
{
    char *text = tu_text_ok(blurb_panel_page);
    tu_assert_has(text, "Changing jobs, even when it is your choice");
    tu_assert_has(text, "a gap of a few weeks can cost you");
    tu_assert_lacks(text, "retirement plan assets");
    tu_assert_lacks(text, "insurance needs");
    free(text);
}
END_TEST

/* Near miss: a story split over boxes of one name ("text-description"),
 * each a sliver of the page, keeps every box's bonus: their parent holds
 * the page's prose. Scaled down, the parts fell under the story's frame and
 * the wrapper above the byline won, the dateline with it. */
#define STORY_PART(text) "<div class=\"text-description\"><p>" text "</p></div>\n"
START_TEST(test_story_in_named_parts_keeps_its_bonus)
{
    const char *page =
        "<!DOCTYPE html><html><head><title>Harbour bridge closes</title></head><body>\n"
        "<div id=\"nav\"><a href=\"/\">Home</a> <a href=\"/news\">News</a> "
        "<a href=\"/sport\">Sport</a></div>\n"
        "<div id=\"singleArticle\" class=\"single-article\"><article>"
        "<h1>The harbour bridge closes</h1>\n"
        "<div class=\"dates\">PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, "
        "2019</div>\n"
        "<div class=\"ctx_content\"><div class=\"clearfix\">\n"
        STORY_PART("The council voted on Tuesday to close the old harbour bridge, after engineers "
                   "found, in a survey last spring, that its piers had cracked below the "
                   "waterline, and that the deck could not carry the weight of a loaded lorry.")
        STORY_PART("Residents, shop owners and the ferry company had asked for a delay, but the "
                   "mayor said that safety came first, whatever the cost, and that the council "
                   "would not wait for an accident to prove the engineers right.")
        STORY_PART("A temporary crossing, built by the army on floating pontoons, is to open in "
                   "six weeks, and the ferry will run every hour until then, with free tickets "
                   "for pupils, pensioners and the traders of the north bank.")
        STORY_PART("The bridge, opened in 1911, carried twelve thousand cars a day, and its repair "
                   "is expected to take two years, most of the budget, and a loan from the "
                   "regional bank that the council has yet to secure.")
        STORY_PART("Traders on the north bank said they feared for the summer season, and asked "
                   "the council for help with their rents in the meantime, a request the mayor "
                   "promised to put to the next meeting of the council.")
        STORY_PART("Engineers will start work on the piers in March, once the river is low "
                   "enough, and the council will publish a report on their progress every month "
                   "on its website and in the library on the square.")
        "</div></div></article></div>\n"
        "<div id=\"footer\">Copyright the Harbour Gazette</div></body></html>\n";
    char *text = tu_text_ok(page);
    tu_assert_has(text, "The council voted on Tuesday");
    tu_assert_has(text, "in the library on the square");
    tu_assert_lacks(text, "PUBLISHED: 10:48");
    free(text);
}
END_TEST

/* The story's box scores high, its column half as much or less, and the
 * frame around the column and a teaser column beside it scores a little more
 * than the story's column, but still under half the story's score: climbing
 * there took the teasers in with the story. An ancestor climbed to must
 * score half the best (climb_target_divider). */
#define CLIMB_PROSE                                                                      \
    "<p>The council voted on Tuesday to close the old harbour bridge, after engineers "   \
    "found, in a survey last spring, that its piers had cracked below the waterline.</p>" \
    "<p>Residents, shop owners and the ferry company had asked for a delay, but the "      \
    "mayor said that safety came first, and that a crossing would open in six weeks.</p>"
#define CLIMB_TEASER                                                                     \
    "<p>Persian passion: why, of all cars, they love the old ones</p>"

START_TEST(test_climb_skips_ancestor_scoring_under_half_the_best)
{
    char *story = tu_repeat(CLIMB_PROSE, 3);
    char *teasers = tu_repeat(CLIMB_TEASER, 9);
    char *page = tu_strdupf(
        "<!DOCTYPE html><html><head><title>Bridge closed</title></head><body>"
        "<div id=\"outer\"><div id=\"frame\"><div class=\"column-a\">"
        "<div class=\"story-body\"><h1>Bridge closed</h1>%s</div><p>Filed in Town news</p>"
        "</div><div class=\"column-b\">%s</div></div></div></body></html>\n",
        story, teasers);
    char *text = tu_text_ok(page);
    tu_assert_has(text, "The council voted on Tuesday");
    tu_assert_lacks(text, "Persian passion");
    free(text);
    free(page);
    free(teasers);
    free(story);
}
END_TEST

/* The story's box is all prose; its frame scores under a third of it, and
 * the column around the frame over the frame, from its class word and a
 * share of the story's points, but what the column adds to the story is a
 * strip of headlines ("Also in...", "Vote Now!") and a link: no prose, no
 * more of the article. The climb stops at the story (climb_prose_share). */
START_TEST(test_climb_needs_ancestor_adding_prose)
{
    static const char page[] =
        "<!DOCTYPE html><html><head><title>Bridge closed</title></head><body>"
        "<div id=\"wrap\"><div class=\"left-content-column\">"
        "<div class=\"content-row\"><h1>Bridge closed</h1></div>"
        "<div class=\"split-page\"><div class=\"article\">"
        "<p>The council voted on Tuesday, after a long debate, to close the old bridge, which, "
        "as engineers found, in a survey, last spring, had cracked piers.</p>"
        "<p>Residents, shop owners, fishermen, and the ferry company had asked for a delay, but "
        "the mayor said, firmly, that safety came first, and that was that.</p>"
        "<p>The ferry, which is old, slow, and small, will run every twenty minutes, day and "
        "night, until the crossing opens, and the council, it said, will pay.</p>"
        "<p>Engineers, builders, divers, and surveyors will start work in March, once the river "
        "is low, and the council will publish, every month, a report.</p>"
        "</div><div class=\"panel\"><h4>Also in Town News</h4><h4>Vote Now!</h4></div></div>"
        "<div class=\"content-row\"><a href=\"/search\">Search for more stories on this "
        "topic</a></div></div></div></body></html>\n";
    char *text = tu_text_ok(page);
    tu_assert_has(text, "The council voted on Tuesday");
    tu_assert_has(text, "will publish, every month, a report.");
    tu_assert_lacks(text, "Also in Town News");
    tu_assert_lacks(text, "Vote Now!");
    free(text);
}
END_TEST

/* The story's first paragraph sits in the post's body beside a collapsed
 * press release: a box named as text under a "Show full text" toggle. The
 * release outscores the paragraph by its length and its class word, and
 * the toggle's wrapper, holding the same text and one short line, scores
 * under a third of it: it stopped the climb, and the page printed the
 * release without the story. A wrapper adding no prose and a short line
 * (climb_wrapper_chars) does not stop it; the body above adds a paragraph
 * of its own and scores over the wrapper: the story and the release. */
#define COLLAPSED_PAGE(beside)                                                            \
    "<!DOCTYPE html><html><head><title>Maker announces a synthesizer</title></head><body>" \
    "<div class=\"page\"><div class=\"col1\"><div class=\"post\">"                        \
    "<h2>Maker announces a synthesizer</h2><div class=\"post-body\">" beside               \
    "<div id=\"release-box\"><div id=\"release-button\">Show full text</div>"             \
    "<div id=\"release-text\" class=\"text\">"                                            \
    "<p>The new synthesizer is the best of two worlds, the company says, with warm "       \
    "analog sound and precise sequencing.</p>"                                             \
    "<p>It has four voices, two analog oscillators per voice, two analog filters per "     \
    "voice, and a step sequencer with four tracks, which can be locked per step.</p>"      \
    "<p>Not only a sound making device, it also holds sound effects, performance macros, " \
    "a control voltage interface and a sound pool for quick changes, the company adds.</p>" \
    "<p>Live performance features are many: the performance mode lets any knob control "   \
    "several parameters at once, and the arpeggiator runs on every voice.</p>"             \
    "<p>About the company: it has made electronic instruments since 1998, and its "        \
    "machines are used by musicians all over the world.</p>"                               \
    "</div></div></div></div></div><div class=\"col2\"><h3>This day</h3>"                 \
    "<p><a href=\"/a\">Old story one</a></p><p><a href=\"/b\">Old story two</a></p>"       \
    "</div></div></body></html>\n"
#define COLLAPSED_STORY                                                                  \
    "The maker of button-heavy samplers and drum machines has announced a four-voice "    \
    "analog synthesizer, which, as its teaser video shows, will ship in December."

START_TEST(test_climb_passes_a_wrapper_adding_a_short_line)
{
    static const char page[] = COLLAPSED_PAGE("<p>" COLLAPSED_STORY "</p>");
    dc_options opt;
    dc_options_init(&opt);
    dc_status st = DC_STATUS_COUNT;
    char *text = tu_render_opt(page, strlen(page), &opt, DC_FORMAT_TEXT, DC_RENDER_NO_TITLE, &st);
    ck_assert_int_eq(st, DC_OK);
    tu_assert_has(text, "The maker of button-heavy samplers");
    tu_assert_has(text, "It has four voices");
    tu_assert_lacks(text, "Old story one");
    free(text);
    opt.tuning = "climb_wrapper_chars=0";
    text = tu_render_opt(page, strlen(page), &opt, DC_FORMAT_TEXT, DC_RENDER_NO_TITLE, &st);
    tu_assert_lacks(text, "The maker of button-heavy samplers");
    tu_assert_has(text, "It has four voices");
    free(text);
}
END_TEST

/* The near miss: what the body adds beside the wrapper is a box (a
 * teaser's <div>), not a paragraph of its own. The climb past the wrapper
 * stops: a column's teaser is no part of the release. */
START_TEST(test_climb_past_a_wrapper_needs_a_paragraph_beside)
{
    static const char page[] = COLLAPSED_PAGE("<div class=\"teaser\"><div><span>"
                                              COLLAPSED_STORY "</span></div></div>");
    char *text = tu_text_ok(page);
    tu_assert_lacks(text, "The maker of button-heavy samplers");
    tu_assert_has(text, "It has four voices");
    free(text);
}
END_TEST

/* A document exporter's page: the paragraphs before the first heading sit
 * in the box of the whole document, each section is a box holding its
 * heading and a box of its paragraphs. The section's text box scores best;
 * the section's box, scoring from its paragraphs two levels down, stays
 * under the floor of the climb, and the document's box above it scores
 * nearly as well as the winner from its own paragraphs. The section's box
 * adds only a heading: the climb goes on through it and the opening
 * paragraphs are kept (climb_section). */
START_TEST(test_climb_goes_on_through_a_sections_box)
{
    const char *page =
        "<!DOCTYPE html><html><head><title>Field notes</title></head><body>"
        "<div id=\"content\" class=\"content\"><h1 class=\"title\">Field notes</h1>"
        "<div id=\"table-of-contents\"><h2>Table of Contents</h2><div><ul>"
        "<li><a href=\"#s1\">1. Where this leaves us</a></li></ul></div></div>"
        "<p>The harbour board spent Monday trying to distance itself from last week's "
        "dispute that led to month-long suspensions for two pilots and a fine for the "
        "dock company. The board's chair also received a formal warning for shoving a "
        "reporter at the gate, and both unions received fines of their own.</p>"
        "<p>The pilots' union, however, decided to weigh in on the dispute on Monday, "
        "saying that the chair should be disciplined for his role in the fight. The "
        "chair and the union engaged in a heated exchange before the meeting ended.</p>"
        "<p>The union's secretary said that the chair \"can't start a fight and then "
        "claim he was bullied. You get what is coming to you. Just leave it at that.\"</p>"
        "<p>Local radio has reported that the board will fine the chair for his role in "
        "the dispute. Whether he deserves any type of punishment was a hot topic in the "
        "days that followed. Those in favour of punishment have said that he started the "
        "dispute by shouting at the pilots on the quay. He then tried to take a pilot's "
        "radio before the pilot pushed him away. His supporters have stated that he had "
        "no choice but to act after the pilots blocked the gate well after the ship had "
        "been tied up and the cargo checked by the customs officers on duty.</p>"
        "<div id=\"outline-container-s1\" class=\"outline-2\">"
        "<h2 id=\"s1\"><span class=\"section-number-2\">1.</span> Where this leaves us</h2>"
        "<div class=\"outline-text-2\" id=\"text-1\">"
        "<p>While the union wants the chair to be disciplined, the harbour master, who "
        "openly asked for the pilots to be suspended, did not offer a response when asked "
        "about the board's decision. He said that he is more focused on helping the port "
        "get its ships moving again after four weeks of delays.</p>"
        "<p>\"The most important thing is we lost that week,\" the harbour master said. "
        "\"I know it got overshadowed by a lot of things, but as a port, we did not work "
        "well. We were on strike too much. That is our fault.\"</p>"
        "<p>The board and the unions were in the news for a different reason on Monday, as "
        "the town decided to move the next meeting from the evening to the morning. The "
        "harbour master said that he is already looking forward to it.</p>"
        "<p>\"I like the fact that we lost that round, so we get another shot at it. If they "
        "are in our port, we get our shot,\" he said. \"We have got to right the ship. Only "
        "way that meeting means anything is if we win it, so our focus is on the ships.\"</p>"
        "</div></div></div><div id=\"postamble\" class=\"status\">"
        "<p class=\"author\">Author: Dana Whitfield</p>"
        "<p class=\"date\">Created: 2023-02-11 Sat 00:00</p>"
        "<p class=\"validation\"><a href=\"https://validator.example/check\">Validate</a></p>"
        "</div></body></html>\n";
    char *text = tu_text_ok(page);
    tu_assert_has(text, "The harbour board spent Monday");
    tu_assert_has(text, "Local radio has reported");
    tu_assert_has(text, "Where this leaves us");
    tu_assert_has(text, "our focus is on the ships");
    tu_assert_lacks(text, "Table of Contents");
    tu_assert_lacks(text, "Validate");
    free(text);
}
END_TEST

/* A row of the standings table of the aside test. */
#define ASIDE_ROW                                                                        \
    "<tr><td>7</td><td>Driver Seven</td><td>4991</td><td>3</td><td>1</td><td>10</td></tr>"

/* A teaser of the aside test's column of promos. */
#define ASIDE_TEASER(head, text) "<h1>&raquo; " head "</h1><div><div><p>" text "</p></div></div>"

/* The story is a standings table between short lines, no prose; beside
 * it, in an <aside>, a column of promos, one of them long enough to pass
 * for the body. The frame around both scores over the dip above the
 * story from the promos alone: what it adds is the aside, and the climb
 * stops at the story (aside_apart). */
START_TEST(test_climb_stops_under_frame_adding_an_aside)
{
    char *rows = tu_repeat(ASIDE_ROW, 16);
    char *page = tu_strdupf(
        "<!DOCTYPE html><html><head><title>Cup standings</title></head><body><div id=\"xw\">"
        "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><div class=\"xc\">"
        "<div class=\"xs1\"><div class=\"xs2\"><div class=\"xs3\"><h1>Cup standings</h1>"
        "<p>On this page you will always find the updated standings of the Cup.</p>"
        "<p>Bookmark it and come back to check the standings after every race.</p>"
        "<table><tr><td>Pos.</td><td>Driver</td><td>Points</td><td>Wins</td><td>Poles</td>"
        "<td>Top 10</td></tr>%s</table>"
        "<p>* Only the first twelve fight for the title in the last ten races.</p>"
        "</div></div></div><aside class=\"xa\">"
        ASIDE_TEASER("Our columnist", "Click on the columnist's photo and read his columns on "
                     "Formula 1, MotoGP and every other series he writes about.")
        ASIDE_TEASER("Power ranking", "Click on the picture above and see how the drivers rank "
                     "this season, race by race, and over the whole year so far.")
        ASIDE_TEASER("Race preview", "Click and see the TV times of the next race, the track, "
                     "the statistics, the tyres, the weather for practice and the race, and the "
                     "odds.")
        ASIDE_TEASER("Podcast, episode 29", "The big return of our podcast in its twelfth "
                     "season, talking about everything that happened in motor racing, seriously "
                     "and with a smile!</p><p>Listen to the whole episode, with our guests, the "
                     "news of the week, your questions, and the predictions for the last race!")
        ASIDE_TEASER("Race times", "Click on the picture beside and see every date, place and "
                     "time of every practice session and race of the season, all in one place.")
        "</aside><footer><a href=\"/privacy\">Privacy</a></footer></div></div></body></html>\n",
        rows);
    char *text = tu_text_ok(page);
    tu_assert_has(text, "Driver Seven");
    tu_assert_has(text, "Only the first twelve fight");
    tu_assert_lacks(text, "Our columnist");
    tu_assert_lacks(text, "Listen to the whole episode");
    free(text);
    free(page);
    free(rows);
}
END_TEST

/* A post of short lines and a table of dated items, no prose, in boxes
 * nested three deep; beside it, in a third column, a box of one event's
 * blurb that outscores each of them. The post's nested boxes are close
 * runners-up, but they are one part scored at two levels, not two parts
 * of an article split around the event box: the winner does not widen to
 * the frame of every column (runner_up_parts), and the post the headline
 * heads wins over the event box. */
START_TEST(test_nested_runners_up_are_one_part)
{
    static const char page[] =
        "<!DOCTYPE html><html><head><title>Week in Review - October 29</title></head><body>"
        "<div id=\"xc\"><div id=\"xb\"><div id=\"xa\"><h2>Recent Posts</h2><ul>"
        "<li><a href=\"/a\">Deploy a server farm</a></li><li><a href=\"/b\">Cloud news "
        "roundup</a></li><li><a href=\"/c\">Storage gateway released</a></li></ul></div>"
        "<div id=\"xm\"><div id=\"xe\"><h3>Week in Review - October 29</h3><div id=\"xf\">"
        "<div id=\"xg\"><p>Here is a quick look at what happened last week:</p>"
        "<p>Six launches in four days this time.</p><table><tr><td>Monday, October 29</td>"
        "<td><ul><li>The storage gateway is now generally available, and it now supports "
        "more volumes.</li></ul></td></tr><tr><td>Wednesday, October 31</td><td><ul><li>We "
        "made some changes to the start-up challenge, extending the deadline.</li><li>We "
        "released the cost comparison calculator for web applications.</li></ul></td></tr>"
        "<tr><td>Thursday, November 1</td><td><ul><li>We added Ruby support and network "
        "integration to the app platform.</li><li>We released the new second generation "
        "instance type and more.</li></ul></td></tr></table></div><p>Stay tuned for next "
        "week and follow me!</p></div></div></div><div id=\"xs\"><h2>Featured Events</h2>"
        "Gaming Industry Day in London on Monday November 12 at the conference centre with "
        "talks and demos, and a panel of speakers from the industry</div></div></div>"
        "</body></html>\n";
    char *text = tu_text_ok(page);
    tu_assert_has(text, "storage gateway is now generally available");
    tu_assert_has(text, "Stay tuned for next week");
    tu_assert_lacks(text, "Gaming Industry Day");
    tu_assert_lacks(text, "Featured Events");
    free(text);
}
END_TEST

/* A story beside a "Features" box of blurbs, each a heading over two short
 * lines full of commas and a "Find out more" link: the blurbs' commas
 * outscore the story's long sentences, but a box whose blurbs end in links
 * to other pages is teasers, and the story beside it, holding more prose,
 * wins (blurb_min_groups, blurb_link_share, blurb_rival_ratio). */
#define BLURB_STORY_PARA                                                                  \
    "<p>The council voted on Tuesday, after a long debate, to close the old harbour "      \
    "bridge, since engineers found that its piers had cracked below the waterline.</p>"
#define TEASER_BLURB(n)                                                                          \
    "<h3>Programme " n "</h3><p>Music, talk, news, weather and sport, all summer.</p>"      \
    "<p>Hosts, guests, callers, and a quiz, every day.</p><p><a href=\"/p" n "\">Find out " \
    "more about Programme " n "</a></p>"
START_TEST(test_story_beats_box_of_blurbs)
{
    static const char page[] =
        "<!DOCTYPE html><html><head><title>Radio</title></head><body><div id=\"xw\">"
        "<div id=\"xs\"><h2>Harbour bridge to close</h2>" BLURB_STORY_PARA BLURB_STORY_PARA
        BLURB_STORY_PARA BLURB_STORY_PARA BLURB_STORY_PARA "</div><div id=\"xf\">"
        "<h2>Features</h2>" TEASER_BLURB("1") TEASER_BLURB("2") TEASER_BLURB("3") TEASER_BLURB("4") "</div></div>"
        "</body></html>\n";
    char *text = tu_text_ok(page);
    tu_assert_has(text, "close the old harbour bridge");
    tu_assert_lacks(text, "Hosts, guests, callers");
    tu_assert_lacks(text, "Features");
    free(text);
}
END_TEST

/* An interview of short answers under question headings, beside readers'
 * views of longer sentences: its sections end in no link, so it is no box
 * of teasers and stays the article, however much prose the views hold
 * (blurb_link_share). */
#define BLURB_QA(n)                                                                       \
    "<h3>Question " n ": why the bridge?</h3><p>Safety, cost, traffic, and the tide, "     \
    "mostly.</p><p>Yes, no, maybe, and later, we think.</p>"
#define BLURB_VIEW                                                                        \
    "<p>I have crossed that bridge every morning, for twenty years, on my way to the "     \
    "market and I will miss it very much when it goes.</p>"
START_TEST(test_headed_answers_are_no_blurbs)
{
    static const char page[] =
        "<!DOCTYPE html><html><head><title>Radio</title></head><body><div id=\"xw\">"
        "<div id=\"xs\"><h2>Ten questions on the bridge</h2>" BLURB_QA("1") BLURB_QA("2")
        BLURB_QA("3") "</div><div id=\"xf\"><h2>Your views</h2>" BLURB_VIEW BLURB_VIEW
        BLURB_VIEW BLURB_VIEW BLURB_VIEW BLURB_VIEW "</div></div></body></html>\n";
    char *text = tu_text_ok(page);
    tu_assert_has(text, "Safety, cost, traffic");
    free(text);
}
END_TEST

/* An old entry of a hand-made news page. */
#define LOOSE_OLD_ENTRY                                                                  \
    "<p>The council voted on Tuesday to close the old harbour bridge, after engineers "   \
    "found, in a survey last spring, that its piers had cracked below the waterline.</p>"

/* The text kept of the page fmt, whose one %s takes four old entries.
 * The caller frees it. */
static char *text_with_old_entries(const char *fmt)
{
    char *old = tu_repeat(LOOSE_OLD_ENTRY, 4);
    char *page = tu_strdupf(fmt, old);
    char *text = tu_text_ok(page);
    free(page);
    free(old);
    return text;
}

/* The three entries of the hand-made news page are kept, its links under
 * them are not. Frees text. */
static void assert_whole_news_page(char *text)
{
    tu_assert_has(text, "The council voted on Tuesday");
    tu_assert_has(text, "Residents, shop owners and fishermen");
    tu_assert_has(text, "The ferry company will run a winter timetable");
    tu_assert_lacks(text, "FAQ");
    free(text);
}

/* A hand-made page that never closes its <div>s nests each entry in the
 * one before: the newest entries are text written loose beside the box of
 * the older ones, which scores best. The ancestors whose one box is the
 * winner, beside prose, hold the rest of the article (loose_part_prose);
 * a short line beside it (a date) or a parent holding another box (a
 * column of links) is no part of it. */
START_TEST(test_loose_prose_around_the_winner_joins)
{
    char *text = text_with_old_entries(
        "<!DOCTYPE html><html><head><title>News</title></head><body>"
        "<table><tr><td><a href=\"/\">Home</a> | <a href=\"/shop\">Shop</a></td></tr></table>"
        "<div>28 November 2006<br>The ferry company will run a winter timetable from Monday, "
        "with two crossings a day instead of four, while the harbour wall is being mended.<br>"
        "<div>1 November 2006<br>Residents, shop owners and fishermen met the mayor, who said "
        "that the new crossing would open in six weeks and that safety came first.<br>"
        "<div>%s</div></div></div>"
        "<table><tr><td><a href=\"/faq\">FAQ</a> | <a href=\"/help\">Help</a></td></tr></table>"
        "</body></html>\n");
    assert_whole_news_page(text);
}
END_TEST

START_TEST(test_short_line_or_other_box_beside_the_winner_stays_out)
{
    char *text = text_with_old_entries(
        "<!DOCTYPE html><html><head><title>News</title></head><body>"
        "<div>Visit our shop: the harbour's maps, tide tables and prints, sent anywhere in the "
        "world within a week of your order.<ul><li><a href=\"/maps\">Maps of the harbour</a>"
        "</li><li><a href=\"/tides\">Tide tables</a></li></ul>"
        "<div>Filed in <a href=\"/town\">Town news</a>,<br>2006<div>%s</div></div></div>"
        "</body></html>\n");
    tu_assert_has(text, "The council voted on Tuesday");
    tu_assert_lacks(text, "Filed in");
    tu_assert_lacks(text, "Visit our shop");
    free(text);
}
END_TEST

/* A blog engine's post: its first paragraph written loose into the post's
 * (plain) box, between picture wrappers and spacers, before the box of
 * the rest, which scores best. Boxes without text (a picture, a <div><br></div>)
 * make no layout of the post's box: the loose paragraph joins. */
START_TEST(test_loose_prose_beside_picture_boxes_joins)
{
    char *text = text_with_old_entries(
        "<!DOCTYPE html><html><head><title>Quiche</title></head><body>"
        "<table><tr><td><a href=\"/\">Home</a> | <a href=\"/shop\">Shop</a></td></tr></table>"
        "<div><div class=\"separator\"><a href=\"/a.jpg\">"
        "<img src=\"/a.jpg\"></a></div><div><br></div>"
        "Who does not love the harbour in winter? Its grey water, its gulls, and above all "
        "the boats that go out before dawn whatever the weather says.<br>"
        "<div><br></div><div class=\"separator\"><a href=\"/b.jpg\"><img src=\"/b.jpg\">"
        "</a></div><div>%s</div></div>"
        "<table><tr><td><a href=\"/faq\">FAQ</a> | <a href=\"/help\">Help</a></td></tr></table>"
        "</body></html>\n");
    tu_assert_has(text, "The council voted on Tuesday");
    tu_assert_has(text, "Who does not love the harbour in winter?");
    tu_assert_lacks(text, "FAQ");
    free(text);
}
END_TEST

/* An entry written into a bookmark (<a name>) that holds an empty <div>
 * as the hand-made editor left it, beside the box of the older entries:
 * the empty box makes no layout of the bookmark, which is loose text, and
 * the entry joins as the entries above it do. */
START_TEST(test_loose_prose_in_bookmark_with_empty_box_joins)
{
    char *text = text_with_old_entries(
        "<!DOCTYPE html><html><head><title>News</title></head><body>"
        "<table><tr><td><a href=\"/\">Home</a> | <a href=\"/shop\">Shop</a></td></tr></table>"
        "<div><a name=\"nov28\">28 November 2006<br>The ferry company will run a winter "
        "timetable from Monday, with two crossings a day instead of four, while the harbour "
        "wall is being mended.<div></div></a>"
        "<div><a name=\"nov01\">1 November 2006<br>Residents, shop owners and fishermen met "
        "the mayor, who said that the new crossing would open in six weeks and that safety "
        "came first.<div></div></a><div>%s</div></div></div>"
        "<table><tr><td><a href=\"/faq\">FAQ</a> | <a href=\"/help\">Help</a></td></tr></table>"
        "</body></html>\n");
    assert_whole_news_page(text);
}
END_TEST

/* A hand-made page sets one text in two columns of its layout table: the
 * first cell's loose lines beside a cell whose text sits in a table after
 * a spacer table of &nbsp; cells. The spacer is no text of the page's: the
 * winner's wrapper climbs to the second cell, and the first, plain prose
 * with no link, joins as the text's other column; a side column of linked
 * teasers beside them stays out. */
START_TEST(test_text_in_two_layout_columns_joins)
{
    char *text = tu_text_ok(
        "<!DOCTYPE html><html><head><title>Growth</title></head><body>"
        "<table><tr><td><a href=\"/\">Home</a></td><td><a href=\"/about\">About</a></td>"
        "</tr></table><table><tr><td width=\"20\">&nbsp;</td><td valign=\"top\">"
        "The river towns grew quickly in the eighteenth century, as new crops from the "
        "Americas fed families on hillsides that had never been farmed before. Maize and "
        "sweet potatoes grew where rice would not, and the new fields fed twice as many people "
        "as the old ones had done, so that villages spread up the valleys and into the hills."
        "<br><br>Historians long took this growth as a sign of prosperity, and in part it was: "
        "markets multiplied, roads were mended, and the canals carried more grain south every "
        "year than the year before, while the towns along them grew rich on the trade.</td>"
        "<td valign=\"top\"><table><tr><td><table><tr><td>&nbsp;</td><td>&nbsp;</td></tr>"
        "</table><table><tr><td><p>The forests paid for the growth. Hillsides cleared for "
        "maize washed into the rivers within a generation, the silt raised the riverbeds, and "
        "floods that had come once in a lifetime came every few years, so that whole districts "
        "had to be rebuilt again and again by their owners.</p><p>Officials saw the damage and "
        "wrote about it at length, but they could do little to stop it: the families on the "
        "hills had nowhere else to go, and the land below was already full of people who "
        "farmed every plot they could find and paid their taxes on the harvest.</p><p>By the "
        "end of the century the valleys were crowded, the hills were bare, and the great rivers "
        "carried more mud to the sea than any other rivers in the world, as they still do "
        "today.</p></td></tr></table></td></tr></table></td>"
        "<td><a href=\"/a\">Silver from the new world</a><br><a href=\"/b\">The tea trade</a>"
        "</td></tr></table></body></html>\n");
    tu_assert_has(text, "The forests paid for the growth.");
    tu_assert_has(text, "The river towns grew quickly");
    tu_assert_has(text, "Historians long took this growth");
    tu_assert_lacks(text, "The tea trade");
    free(text);
}
END_TEST

/* A hand-made layout table sets a text's introduction in a row of its own
 * above the row holding the rest (the row's cell holding the text's tables
 * and nothing else), each row's paragraphs nested in a table of their own:
 * the introduction's row scores nothing, but it reads as a part and joins
 * (wrapper_lead_parts); the row of the site's notes after the text reads
 * as prose too and stays out. */
START_TEST(test_introduction_row_before_the_wrapper_joins)
{
    char *text = tu_text_ok(
        "<!DOCTYPE html><html><head><title>Contacts</title></head><body>"
        "<table><tr><td><a href=\"/\">Home</a> | <a href=\"/tv\">TV</a></td></tr></table>"
        "<table><tr><td><table><tr><td>This database lets you find the editorial and business "
        "contacts for independent production companies in each region of the country. "
        "Editorial contacts take ideas for new programmes, and business contacts handle rights "
        "and money.</td></tr></table></td></tr>"
        "<tr><td><table><tr><td><p>Independent producers may choose whether to offer their "
        "ideas to the network through the genre controller or through the contact in each "
        "region, and both routes are open to every producer whatever the size of the "
        "company.</p><p>Production executives in charge of each genre can be reached "
        "through the head of the department, who passes ideas on to the right person and "
        "answers within a month of receiving them.</p><p>Members of the public with ideas "
        "for programmes should read the guidance first, since ideas sent without a treatment "
        "cannot be considered by the editors or returned to their senders.</p></td></tr>"
        "</table><table><tr><td><p>Ideas for children's programmes go to the children's "
        "department, which has its own editors and reads proposals all year round.</p>"
        "</td></tr></table></td></tr>"
        "<tr><td><table><tr><td>Send your questions and comments about this website to the "
        "webmaster, who reads every message and answers the questions about the pages of the "
        "site as soon as possible.</td></tr></table></td></tr></table>"
        "</body></html>\n");
    tu_assert_has(text, "Independent producers may choose");
    tu_assert_has(text, "Ideas for children's programmes");
    tu_assert_has(text, "This database lets you find the editorial");
    tu_assert_lacks(text, "Send your questions and comments");
    free(text);
}
END_TEST

/* A hand-made catalogue sets each item in a layout table of its own under
 * <body>, the item's text in a cell beside a spacer cell, two tables down:
 * too deep for the top tables to score. The items after the winner's are
 * built as its wrapper is (the same tags down to a cell holding the item's
 * text) and join, one beside another, their linked cast lists and all
 * (wrapper_twin_share). A lone box of that build after the wrapper is the
 * template's note (test_introduction_row_before_the_wrapper_joins). */
static const char *const catalogue_items[][2] = {
    {"Harbour Lights (1998)", "A retired lighthouse keeper returns to the island where his "
     "brother drowned forty years earlier and finds the village keeping a secret about the "
     "night of the storm, in this slow and beautifully shot mystery. 112 min. Widescreen; "
     "English and French soundtracks; audio commentary by the director; trailers."},
    {"The Long Field (2001)", "Two sisters inherit a failing farm on the plains and must "
     "decide, over one hard summer, whether to sell it to the developer next door or to "
     "bring in the harvest themselves. 98 min. English soundtrack; subtitles in Spanish."},
    {"Night Train North (2003)", "A night porter on the last train out of the capital "
     "shelters a young witness from the men sent to silence her, in this tense thriller "
     "told almost entirely in one night. 104 min. Widescreen; audio commentary."},
    {"Salt Roads (2004)", "Three traders cross the desert with a caravan of salt in the "
     "last year the old route is walked, a quiet film about the end of a trade. 91 min."},
};

static char *catalogue_item(const char *title, const char *text)
{
    return tu_strdupf(
        "<table width=\"100%%\"><tr><td><table><tr><td>&nbsp;</td><td><b>%s</b><br>%s<br>"
        "Cast: <a href=\"/a\">Ann Carter</a>, <a href=\"/b\">Ben Moss</a>"
        "</td></tr></table></td></tr></table>",
        title, text);
}

START_TEST(test_catalogue_items_built_as_the_wrapper_join)
{
    char *items[4];
    for (int i = 0; i < 4; i++)
        items[i] = catalogue_item(catalogue_items[i][0], catalogue_items[i][1]);
    char *html = tu_strdupf(
        "<!DOCTYPE html><html><head><title>Drama on DVD</title></head><body>"
        "<table><tr><td><a href=\"/\">Home</a> | <a href=\"/dvd\">DVD</a></td></tr></table>"
        "%s%s%s%s</body></html>\n",
        items[0], items[1], items[2], items[3]);
    char *text = tu_text_ok(html);
    tu_assert_has(text, "A retired lighthouse keeper");
    tu_assert_has(text, "Two sisters inherit a failing farm");
    tu_assert_has(text, "A night porter on the last train");
    tu_assert_has(text, "Three traders cross the desert");
    tu_assert_lacks(text, "Home | DVD");
    free(text);
    free(html);
    for (int i = 0; i < 4; i++)
        free(items[i]);
}
END_TEST

/* A hand-made FAQ sets each section in a plain <div>; a <font> left open
 * across the last sections makes the parser nest them in it. The inline
 * element is no box of the template: plain prose with few links, it joins
 * as the text's next parts; a <font> of links after it stays out. */
START_TEST(test_sections_in_an_open_font_join)
{
    char *text = tu_text_ok(
        "<!DOCTYPE html><html><head><title>FAQ</title></head><body>"
        "<table><tr><td><a href=\"/\">Home</a> | <a href=\"/about\">About</a></td></tr></table>"
        "<table><tr><td><div><p>GETTING THERE</p><p>Please book your arrival at the airport no "
        "later than six in the evening on the first day of the programme, so that the team can "
        "travel to the hotel together before dinner is served.</p><p>You can also take the "
        "train from the capital. If you plan to arrive by train, let the office know the time "
        "of your arrival so that someone can meet you at the station with the van.</p><p>If "
        "your flight is delayed, call the country manager at the number on your contact sheet, "
        "who will arrange for you to be met whenever you arrive, day or night.</p>"
        "<p>The hotel sends a van to the station twice a day, at noon and at six, and the driver "
        "waits half an hour for late trains before going back.</p><p>Taxis from the airport "
        "cost about forty euros; keep the receipt, and the office pays it back on the first "
        "evening with the rest of your travel costs.</p><p>Those who arrive a day early may "
        "stay at the hotel at the group's rate, if they tell the office a month ahead, since "
        "rooms are scarce in the summer.</p></div>"
        "<div><p>MONEY</p><p>The local currency is the euro. Banks are open on weekday "
        "mornings and for an hour in the afternoon, and there are cash machines in every town "
        "the teams work in.</p><p>Credit cards are not accepted at most shops in the small "
        "towns, so bring a debit card for the cash machines and a little cash for the first "
        "days.</p></div><font face=\"Arial\"><div><p>COMMUNICATIONS</p><p>In an emergency "
        "your family should call the hotel, whose number is on the contact sheet you receive "
        "before you leave, or the office at home, which can reach the team leader at any "
        "hour.</p><p>There are phones and fax machines in the towns for international calls, "
        "and one or two internet cafes, though they are not all within easy walking distance "
        "of the hotel.</p></div></font><font size=\"1\"><div><a href=\"/map\">Site map</a> | "
        "<a href=\"/print\">Printing this page</a> | <a href=\"/feedback\">Send us your "
        "feedback about this site</a> | <a href=\"/jobs\">Work with the volunteers</a>"
        "</div></font></td></tr></table></body></html>\n");
    tu_assert_has(text, "Please book your arrival");
    tu_assert_has(text, "Credit cards are not accepted");
    tu_assert_has(text, "In an emergency your family");
    tu_assert_has(text, "There are phones and fax machines");
    tu_assert_lacks(text, "Site map");
    free(text);
}
END_TEST

/* A plain-text document served as HTML, or a hand-made page that never
 * opened a block, holds its text loose in <body>: the body is then the
 * article's paragraph, and a menu box beside the text stays out. */
START_TEST(test_text_loose_in_body_is_the_article)
{
    char *text = tu_text_ok(
        "<html><head><title>Letters</title></head><body>"
        "<div><a href=\"/\">Home</a> | <a href=\"/letters\">Letters</a></div>"
        "Dear friends, the harvest came in late this year, after a wet spring that kept the "
        "tractors in the barn until May and a dry summer that burned the upper fields brown. "
        "We lost a third of the barley, but the orchard did well, and the cider press ran for "
        "three weeks without a pause.<br><br>The village school reopened in September with "
        "two new teachers, and the children planted a row of hazel along the lane, which the "
        "council has promised to water until the roots take.</body></html>\n");
    tu_assert_has(text, "Dear friends, the harvest came in late");
    tu_assert_has(text, "The village school reopened");
    tu_assert_lacks(text, "Home | Letters");
    free(text);
}
END_TEST

/* A short post whose one line of prose reads like a closing promo
 * ("Download the app today...") keeps it: the article's first prose line is
 * no closing notice (tail_first_prose, on by default). */
START_TEST(test_short_post_keeps_its_one_prose_line)
{
    char *text = tu_text_ok(
        "<html><head><title>The experiment</title></head><body><nav><a href=\"/\">Home</a> "
        "<a href=\"/about\">About</a></nav><div><h1>The experiment</h1><p><a "
        "href=\"http://www.example.com/\">www.example.com</a></p><p>Download the iOS/Android "
        "app today, and take part in a global human experiment through October 2nd. Really "
        "cool.</p><p>Learn.</p><p>Compare.</p></div></body></html>\n");
    tu_assert_has(text, "take part in a global human experiment");
    free(text);
}
END_TEST

/* A binary file read as a page (a gzip'd crawl, --input-format html) is
 * loose text in the body too, but no words: a gap every few hundred bytes,
 * not every few characters. */
START_TEST(test_binary_loose_in_body_is_no_article)
{
    char html[4096];
    unsigned seed = 12345;
    size_t n = 0;
    while (n < sizeof html - 1) {
        seed = seed * 1103515245u + 12345u;
        unsigned char c = (unsigned char)(0xA1 + (seed >> 16) % 0x5E);   /* Latin-1 letters, signs */
        html[n++] = (char)(((seed >> 8) & 0xFF) == 0 ? ' ' : c);
    }
    html[n] = '\0';
    dc_status st;
    char *text = tu_extract_text(html, 0, &st);
    ck_assert_int_eq(st, DC_NO_CONTENT);
    free(text);
}
END_TEST

/* Text in an inline element wrapping the page's boxes (an unclosed <font>)
 * belongs to those boxes: the body does not win with it (its commas,
 * counted as the body's own, would outscore the story's box). */
START_TEST(test_font_wrapping_boxes_is_not_loose_body_text)
{
    char *text = tu_text_ok(
        "<html><head><title>Notes</title></head><body><font face=\"Arial\">"
        "<table><tr><td><a href=\"/\">Home</a> | <a href=\"/news\">News</a> | "
        "<a href=\"/shop\">Shop</a> | <a href=\"/help\">Help</a></td></tr></table>"
        "<div>Harbour News, the island's weekly paper since 1911</div>"
        "<div><p>The ferry timetable changes on the first of April, when the summer crossings "
        "begin, and the first boat leaves the harbour at six, not at half past seven, on "
        "Mondays, Wednesdays, Fridays and, in August, on Sundays too.</p>"
        "<p>Cars must be at the quay forty minutes before sailing, foot passengers twenty, "
        "cyclists ten, and bicycles, prams, dogs and, within reason, surfboards travel free on "
        "every crossing, except, as ever, the last one of the day.</p>"
        "<p>Tickets, as before, are sold at the quay, on board, online and, for islanders, at "
        "the post office, the shop, the pub and, on market days, the stall by the church.</p>"
        "</div><div>Printed by Ann, Bob, Cy, Di, Ed, Flo, Gus, Hal, Ivy, Jo, Kit and Lu, for "
        "the council, the board, the company, the office, the school, the club and the pub, "
        "in May, June, July, August, September and October, as ever, with thanks.</div>"
        "</body></html>\n");
    tu_assert_has(text, "The ferry timetable changes");
    tu_assert_lacks(text, "weekly paper");
    free(text);
}
END_TEST

/* The writer's bio in a profile box just above the post is a sentence or
 * two alone in its block, as a standfirst is; a box whose class scores
 * against content gives no standfirst. */
START_TEST(test_bio_above_post_is_not_a_standfirst)
{
    /* the bio is longer than the post's blocks: no class word drops it */
    const char *page =
        "<!DOCTYPE html><html><head><title>The wall</title></head><body>"
        "<div class=\"column\"><div id=\"profile\"><div class=\"extendedBio\"><p>Born in 1975 by "
        "the sea, the product of two fishing families, she was raised on the north shore of the "
        "bay and has written about its harbours, its boats and its weather for twenty years, "
        "first for the weekly paper and then for this one, where she is a senior editor.</p>"
        "</div></div><div class=\"articleContent\"><div>Sometimes I look at the harbour wall and "
        "think that nothing, not even the sea, will ever move it, and then a storm comes.</div>"
        "<div>No matter what the council decides tomorrow, the boats will go out before dawn, "
        "as they have done every day for a century.</div><div>This is not the town I thought "
        "it was, and the wall, in the end, is only stone and the money to mend it.</div>"
        "</div></div></body></html>\n";
    char *text = tu_text_ok(page);
    tu_assert_has(text, "Sometimes I look at the harbour wall");
    tu_assert_lacks(text, "Born in 1975");
    free(text);
}
END_TEST

/* The post's one paragraph scores its box, the post and the content box
 * around them nearly alike: runners-up inside the best are the same text
 * scored again, not parts of an article split over several containers, and
 * widening for them took the blog's title strip above the content in. */
START_TEST(test_runners_up_inside_best_do_not_widen_it)
{
    const char *page =
        "<!DOCTYPE html><html><head><title>Wonk review</title></head><body><div id=\"wrap\">"
        "<div id=\"middle\"><div id=\"headimg\"><div id=\"blogtitle\"><h2>Harbour Economist</h2>"
        "</div><div id=\"tag\">Unbiased analysis of the harbour's money, week by week</div></div>"
        "<div id=\"content\"><div class=\"post\"><h2>The wonk review</h2><div class=\"entry\">"
        "<p>Are you voting for the new harbour wall or against it? The review this week gathers "
        "the best arguments on both sides of the plan from a dozen writers.</p></div></div>"
        "<p class=\"small\">You can follow any responses to this entry through the feed, and "
        "leave a response from your own site if you like.</p></div></div></div></body></html>\n";
    char *text = tu_text_ok(page);
    tu_assert_has(text, "Are you voting for the new harbour wall");
    tu_assert_lacks(text, "Harbour Economist");
    tu_assert_lacks(text, "Unbiased analysis");
    free(text);
}
END_TEST

/* An embedded tweet is a quoted statement: its words stay, its residue
 * goes, whether the trailer is loose text (the embed code) or wrapped in a
 * paragraph of its own (blog engines). */
START_TEST(test_tweet_words_kept_residue_dropped)
{
    const char *page =
        "<!DOCTYPE html><html><head><title>Storm</title></head><body><article>\n"
        "<h1>The storm hits the coast</h1>\n<p>" TU_PROSE1 "</p>\n"
        "<blockquote class=\"twitter-tweet\"><p>The waves at the harbour wall are the highest "
        "in years <a href=\"https://t.co/x\">pic.twitter.com/AbCdEf1234</a></p>&mdash; Jane "
        "Harbour (@janeharbour) <a href=\"https://twitter.com/j/status/1\">November 4, 2019</a>"
        "</blockquote>\n<p>" TU_PROSE2 "</p>\n"
        "<blockquote class=\"twitter-tweet\"><p>Schools are closed for the day in the town.</p>"
        "<p>&mdash; Tom Town (@tomtown) November 4, 2019</p></blockquote>\n"
        "<p>" TU_PROSE3 "</p></article></body></html>\n";
    char *text = tu_text_ok(page);
    tu_assert_has(text, "The waves at the harbour wall are the highest in years\n");
    tu_assert_has(text, "Schools are closed for the day in the town.");
    tu_assert_lacks(text, "pic.twitter.com");
    tu_assert_lacks(text, "@janeharbour");
    tu_assert_lacks(text, "@tomtown");
    free(text);
}
END_TEST

/* A box named for a share widget that holds nothing but embedded tweets
 * is the embed's wrapper: the tweets' words are the article's. */
START_TEST(test_tweet_wrapper_with_drop_word_kept)
{
    const char *page =
        "<!DOCTYPE html><html><head><title>Storm</title></head><body><article>\n"
        "<h1>The storm hits the coast</h1>\n<p>" TU_PROSE1 "</p>\n"
        "<div class=\"social-media-embed\">\n <blockquote class=\"twitter-tweet\"><p>The "
        "waves at the harbour wall are the highest in years</p>&mdash; Jane Harbour "
        "(@janeharbour) November 4, 2019</blockquote>\n</div>\n"
        "<p>" TU_PROSE2 "</p>\n<div class=\"social-media-share\"><p>Share this story "
        "with your friends</p></div>\n<p>" TU_PROSE3 "</p></article></body></html>\n";
    char *text = tu_text_ok(page);
    tu_assert_has(text, "The waves at the harbour wall are the highest in years");
    tu_assert_lacks(text, "@janeharbour");
    tu_assert_lacks(text, "Share this story");
    free(text);
}
END_TEST

/* ------------------------------------------------------------------ white space */

START_TEST(test_br_starts_a_new_line)
{
    char *page = tu_article_page("<p>Harbour Office, 1 Quay Street<br>Porthmouth<br/>PM1 2AB</p>");
    char *text = tu_text_ok(page);
    tu_assert_has(text, "Harbour Office, 1 Quay Street\nPorthmouth\nPM1 2AB");
    free(text);
    free(page);
}
END_TEST

START_TEST(test_br_between_bare_words)
{
    char *page = tu_article_page("<p>alpha<br>beta</p>");
    char *text = tu_text_ok(page);
    tu_assert_has(text, "alpha\nbeta");
    tu_assert_lacks(text, "alphabeta");
    free(text);
    free(page);
}
END_TEST

START_TEST(test_space_between_inline_elements_kept)
{
    char *page = tu_article_page("<p>The boat was named <span>Sea</span> <span>Swallow</span> "
                                 "and <b>sank</b>\n<i>quietly</i> in <em>1953</em>.</p>");
    char *text = tu_text_ok(page);
    tu_assert_has(text, "The boat was named Sea Swallow and sank quietly in 1953.");
    free(text);
    free(page);
}
END_TEST

START_TEST(test_inline_elements_do_not_add_space)
{
    char *page = tu_article_page("<p>A word split by markup: harb<b>our</b> and "
                                 "<a href=\"/x\">ferry</a>men.</p>");
    char *text = tu_text_ok(page);
    tu_assert_has(text, "A word split by markup: harbour and ferrymen.");
    free(text);
    free(page);
}
END_TEST

START_TEST(test_blocks_inside_paragraph_do_not_glue_words)
{
    char *page = tu_article_page("<li>first<div>second</div>third</li>");
    char *text = tu_text_ok(page);
    tu_assert_lacks(text, "firstsecond");
    tu_assert_lacks(text, "secondthird");
    tu_assert_has(text, "first");
    tu_assert_has(text, "third");
    free(text);
    free(page);
}
END_TEST

START_TEST(test_table_cells_separated)
{
    char *page = tu_article_page("<table><tr><td>Pier</td><td>Depth</td></tr>"
                                 "<tr><td>North</td><td>4 m</td></tr>"
                                 "<tr><td>South</td><td>6 m</td></tr></table>");
    char *text = tu_text_ok(page);
    tu_assert_lacks(text, "PierDepth");
    tu_assert_lacks(text, "North4");
    tu_assert_has(text, "Pier | Depth\nNorth | 4 m\nSouth | 6 m");
    free(text);
    free(page);
}
END_TEST

START_TEST(test_layout_table_cells_separated)
{
    char *page = tu_article_page("<table><tr><td>Left cell words</td><td>right cell words</td>"
                                 "</tr></table>");
    char *text = tu_text_ok(page);
    tu_assert_lacks(text, "wordsright");
    tu_assert_has(text, "Left cell words");
    tu_assert_has(text, "right cell words");
    free(text);
    free(page);
}
END_TEST

START_TEST(test_entities_and_white_space_in_text)
{
    char *page = tu_article_page("<p>Fish &amp; chips   cost\n\t&pound;5&nbsp;today, &ldquo;cheap&rdquo;.</p>");
    char *text = tu_text_ok(page);
    tu_assert_has(text, "Fish & chips cost \xc2\xa3" "5 today, \xe2\x80\x9c" "cheap\xe2\x80\x9d.");
    free(text);
    free(page);
}
END_TEST

/* ------------------------------------------------------------------ status */

START_TEST(test_page_without_prose_is_no_content)
{
    const char *html = "<html><head><title>Index</title></head><body>"
                       "<ul><li><a href=\"/a\">Home</a></li><li><a href=\"/b\">About</a></li>"
                       "<li><a href=\"/c\">Contact</a></li></ul></body></html>";
    dc_status st;
    char *text = tu_extract_text(html, 0, &st);
    ck_assert_int_eq(st, DC_NO_CONTENT);
    tu_assert_lacks(text, "About");
    free(text);
}
END_TEST

START_TEST(test_empty_input_gives_no_content)
{
    dc_result *r = dc_extract("", 0, NULL);
    ck_assert_ptr_nonnull(r);
    ck_assert_int_eq(dc_result_status(r), DC_NO_CONTENT);
    ck_assert_uint_eq(dc_result_word_count(r), 0);
    for (int f = DC_FORMAT_TEXT; f <= DC_FORMAT_EXPLAIN; f++) {
        size_t len = 99;
        char *out = dc_render(r, (dc_format)f, 0, &len);
        ck_assert_ptr_nonnull(out);
        ck_assert_uint_eq(strlen(out), len);
        free(out);
    }
    dc_result_free(r);
    /* NULL bytes are read as empty */
    r = dc_extract(NULL, 10, NULL);
    ck_assert_ptr_nonnull(r);
    ck_assert_int_eq(dc_result_status(r), DC_NO_CONTENT);
    dc_result_free(r);
}
END_TEST

START_TEST(test_white_space_only_input_gives_no_content)
{
    dc_status st;
    char *text = tu_extract_text("  \n\t <html> <body>  </body> </html>\n", 0, &st);
    ck_assert_int_eq(st, DC_NO_CONTENT);
    ck_assert_str_eq(text, "");
    free(text);
}
END_TEST

static void render_all_formats(const dc_result *r)
{
    for (int f = DC_FORMAT_TEXT; f <= DC_FORMAT_EXPLAIN; f++) {
        size_t len = 0;
        char *out = dc_render(r, (dc_format)f, 0, &len);
        ck_assert_ptr_nonnull(out);
        ck_assert_uint_le(strlen(out), len);
        free(out);
    }
}

START_TEST(test_binary_garbage_gives_a_result)
{
    size_t len = 200000;
    unsigned char *bytes = malloc(len);
    unsigned long x = 12345 + (unsigned long)_i * 7919;
    /* round 0: any bytes; round 1: markup characters and letters */
    static const char markup[] = "<<>>/=\"' abcdivpa&;#!-\n\xc3\xa9\xe4\xb8\xad";
    for (size_t i = 0; i < len; i++) {
        x = x * 6364136223846793005UL + 1442695040888963407UL;
        unsigned v = (unsigned)(x >> 33);
        bytes[i] = _i == 0 ? (unsigned char)v : (unsigned char)markup[v % (sizeof markup - 1)];
    }
    dc_options opt;
    dc_options_init(&opt);
    opt.flags = DC_OPT_EXPLAIN;
    dc_result *r = dc_extract((const char *)bytes, len, &opt);
    ck_assert_ptr_nonnull(r);
    ck_assert_int_lt(dc_result_status(r), DC_STATUS_COUNT);
    render_all_formats(r);
    dc_result_free(r);
    free(bytes);
}
END_TEST

START_TEST(test_truncated_markup_gives_a_result)
{
    static const char *const inputs[] = {
        "<", "<div", "<div class=\"", "<p>unclosed <b>bold <i>both", "</p></div></body>",
        "<!--", "<!DOCTYPE", "<script>", "<table><tr><td>", "&#", "&#x110000;",
        "<svg><foreignObject><p>x", "<frameset><frame>", "<plaintext>tail",
        "\xef\xbb\xbf", "\xff\xfe<\0p\0>\0",
    };
    for (size_t i = 0; i < DCX_COUNTOF(inputs); i++) {
        dc_result *r = dc_extract(inputs[i], strlen(inputs[i]), NULL);
        ck_assert_ptr_nonnull(r);
        render_all_formats(r);
        dc_result_free(r);
    }
    /* NUL bytes inside the markup */
    static const char nuls[] = "<html><body><p>a\0b</p>\0\0\0</body></html>";
    dc_result *r = dc_extract(nuls, sizeof nuls - 1, NULL);
    ck_assert_ptr_nonnull(r);
    render_all_formats(r);
    dc_result_free(r);
}
END_TEST

START_TEST(test_tiny_budget_gives_too_large)
{
    char *page = tu_article_page(NULL);
    dc_options opt;
    dc_options_init(&opt);
    opt.max_bytes = 2048;
    dc_status st;
    char *text = tu_render_opt(page, strlen(page), &opt, DC_FORMAT_TEXT, 0, &st);
    ck_assert_int_eq(st, DC_TOO_LARGE);
    tu_assert_lacks(text, TU_PROSE1);
    free(text);
    free(page);
}
END_TEST

/* A page that takes far longer than 1 ms ends with DC_TIMEOUT and no text. */
START_TEST(test_tiny_timeout_gives_timeout)
{
    char *one = tu_article_page(NULL);
    size_t one_len = strlen(one), n = (4u << 20) / one_len + 1;
    char *page = malloc(n * one_len + 1);
    ck_assert_ptr_nonnull(page);
    for (size_t i = 0; i < n; i++)
        memcpy(page + i * one_len, one, one_len);
    page[n * one_len] = '\0';
    dc_options opt;
    dc_options_init(&opt);
    opt.timeout_ms = 1;
    dc_status st;
    char *text = tu_render_opt(page, n * one_len, &opt, DC_FORMAT_TEXT, 0, &st);
    ck_assert_int_eq(st, DC_TIMEOUT);
    /* the deadline covers the rules too: the message says so */
    ck_assert_str_eq(dc_strerror(st), "page took too long to parse and clean");
    tu_assert_lacks(text, TU_PROSE1);
    free(text);
    free(page);
    free(one);
}
END_TEST

START_TEST(test_strerror_for_every_status)
{
    for (int s = 0; s < DC_STATUS_COUNT; s++) {
        const char *msg = dc_strerror((dc_status)s);
        ck_assert_ptr_nonnull(msg);
        ck_assert_msg(msg[0] != '\0', "status %d has no message", s);
        for (int t = 0; t < s; t++)
            ck_assert_str_ne(msg, dc_strerror((dc_status)t));
    }
    ck_assert_ptr_nonnull(dc_strerror(DC_STATUS_COUNT));
    ck_assert_ptr_nonnull(dc_strerror((dc_status)-1));
    ck_assert(dc_strerror((dc_status)1000)[0] != '\0');
}
END_TEST

START_TEST(test_version)
{
    ck_assert_str_eq(dc_version(), DC_VERSION);
}
END_TEST

/* ------------------------------------------------------------------ titles */

/* A page whose article has no <h1>, with extra head markup. */
static char *page_without_h1(const char *title_tag, const char *head)
{
    return tu_strdupf("<html><head>%s%s</head><body><div class=\"story\">"
                      "<p>" TU_PROSE1 "</p><p>" TU_PROSE2 "</p><p>" TU_PROSE3 "</p>"
                      "</div></body></html>",
                      title_tag, head);
}

static void assert_byline(const char *page, const char *want)
{
    dc_result *r = extract_string(page, NULL);
    if (want)
        ck_assert_str_eq(dc_result_byline(r), want);
    else
        ck_assert_ptr_null(dc_result_byline(r));
    dc_result_free(r);
}

/* Without a declared author, a short line classed as a byline in or near
 * the article names it (even though it is dropped as furniture); a class
 * such as "authority", a bio box, or an author line in a teaser elsewhere
 * on the page does not. */
START_TEST(test_byline_from_class_near_the_article)
{
    char *page = tu_article_page("<p class=\"article__byline\">By Jane Roe</p>");
    assert_byline(page, "Jane Roe");
    free(page);
    page = tu_article_page("<div class=\"authority-control\">Authority control</div>");
    assert_byline(page, NULL);
    free(page);
    page = tu_article_page("<div class=\"post-author\">Jane Roe writes about the coast, the "
                           "harbour and the people who work on it, every week, for us.</div>");
    assert_byline(page, NULL);
    free(page);
    page = tu_strdupf("<html><body><main><article><h1>" TU_TITLE "</h1><p>" TU_PROSE1
                      "</p><p>" TU_PROSE2 "</p><p>" TU_PROSE3 "</p></article></main>"
                      "<div class=\"rail\"><div class=\"teaser\"><a href=\"/x\">Other story</a>"
                      "<span class=\"author\">Max Mustermann</span></div></div></body></html>");
    assert_byline(page, NULL);
    free(page);
}
END_TEST

/* Each prefix a byline may start with goes; a URL author gives way to the
 * next source. */
/* Each word of the byline tables: those that name the author's line, and
 * those that name someone else's line or a box. */
START_TEST(test_byline_class_words)
{
    static const char *const lines[][2] = {
        {"<span class=\"author-name\">Jane Roe</span>", "Jane Roe"},
        {"<span id=\"writtenby\">Jane Roe</span>", "Jane Roe"},
        {"<span class=\"comment-author\">Jane Roe</span>", NULL},
        {"<span class=\"author-avatar\">Jane Roe</span>", NULL},
        {"<span class=\"author-bio\">Jane Roe</span>", NULL},
        {"<span class=\"about-author\">Jane Roe</span>", NULL},
    };
    for (size_t i = 0; i < DCX_COUNTOF(lines); i++) {
        char *body = tu_strdupf("<p>%s</p>", lines[i][0]);
        char *page = tu_article_page(body);
        assert_byline(page, lines[i][1]);
        free(page);
        free(body);
    }
}
END_TEST

START_TEST(test_byline_prefixes_and_url_authors)
{
    static const char *const bylines[][2] = {
        {"Written by Ann Lee", "Ann Lee"}, {"Posted by Ann Lee", "Ann Lee"},
        {"Publicado por Ana Lima", "Ana Lima"}, {"By Ann Lee", "Ann Lee"},
        {"Par Anne Leroy", "Anne Leroy"}, {"por Ana Lima", "Ana Lima"},
        {"von Anna Lehmann", "Anna Lehmann"}, {"door Anna de Vries", "Anna de Vries"},
        {"Bypass Smith", "Bypass Smith"},
    };
    for (size_t i = 0; i < DCX_COUNTOF(bylines); i++) {
        char *head = tu_strdupf("<meta name=\"author\" content=\"%s\">", bylines[i][0]);
        char *page = tu_article_page_head(TU_TITLE, head, NULL);
        assert_byline(page, bylines[i][1]);
        free(page);
        free(head);
    }
    char *page = tu_article_page_head(
        TU_TITLE, "<meta property=\"article:author\" content=\"https://example.com/staff/ann\">",
        "<p>Words: <a rel=\"author\" href=\"/staff/ann\">Ann Lee</a></p>");
    assert_byline(page, "Ann Lee");
    free(page);
}
END_TEST

/* The date and byline of the standard page with head in its <head>. */
static void assert_declared(const char *head, const char *date, const char *byline)
{
    char *page = tu_article_page_head(TU_TITLE, head, NULL);
    dc_result *r = extract_string(page, NULL);
    ck_assert_str_eq(dc_result_date(r), date);
    ck_assert_str_eq(dc_result_byline(r), byline);
    dc_result_free(r);
    free(page);
}

/* JSON-LD wrapped in CDATA, as XHTML habits have it, is still read. */
START_TEST(test_json_ld_inside_cdata)
{
    assert_declared(
        "<script type=\"application/ld+json\">//<![CDATA[\n{\"@type\": \"NewsArticle\", "
        "\"datePublished\": \"2024-06-25\", \"author\": {\"name\": \"Dave Steer\"}}\n//]]>"
        "</script>",
        "2024-06-25", "Dave Steer");
}
END_TEST

/* application-name is the site's name only when nothing better says it:
 * some pages put their headline there. */
START_TEST(test_site_name_before_application_name)
{
    char *page = tu_article_page_head(TU_TITLE,
                                      "<meta name=\"application-name\" content=\"A headline\">"
                                      "<meta property=\"og:site_name\" content=\"MSN\">",
                                      NULL);
    dc_result *r = extract_string(page, NULL);
    ck_assert_str_eq(dc_result_site_name(r), "MSN");
    dc_result_free(r);
    free(page);
    page = tu_article_page_head(TU_TITLE, "<meta name=\"application-name\" content=\"Gazette\">",
                                NULL);
    r = extract_string(page, NULL);
    ck_assert_str_eq(dc_result_site_name(r), "Gazette");
    dc_result_free(r);
    free(page);
}
END_TEST

/* Without a description, the excerpt is the article's first paragraph. */
START_TEST(test_excerpt_falls_back_to_first_paragraph)
{
    char *page = tu_article_page(NULL);
    dc_result *r = extract_string(page, NULL);
    ck_assert_str_eq(dc_result_excerpt(r), TU_PROSE1);
    dc_result_free(r);
    free(page);
}
END_TEST

START_TEST(test_title_from_h1)
{
    char *page = tu_article_page_head("Harbour wall repairs approved", NULL, NULL);
    dc_result *r = extract_string(page, NULL);
    ck_assert_int_eq(dc_result_status(r), DC_OK);
    ck_assert_str_eq(dc_result_title(r), "Harbour wall repairs approved");
    dc_result_free(r);
    free(page);
}
END_TEST

START_TEST(test_title_from_og_title)
{
    char *page = page_without_h1("<title>Gazette</title>",
                                 "<meta property=\"og:title\" content=\"Council backs sea wall plan\">");
    dc_result *r = extract_string(page, NULL);
    ck_assert_str_eq(dc_result_title(r), "Council backs sea wall plan");
    dc_result_free(r);
    free(page);
}
END_TEST

/* A page with h1s (a site logo, maybe) before the story, and head markup. */
static char *page_with_h1s(const char *head, const char *h1s)
{
    return tu_strdupf("<html><head>%s</head><body><div class=\"brand\">%s</div>"
                      "<div class=\"story\"><p>" TU_PROSE1 "</p><p>" TU_PROSE2 "</p><p>" TU_PROSE3
                      "</p></div></body></html>",
                      head, h1s);
}

static void assert_title(const char *head, const char *h1s, const char *want)
{
    char *page = page_with_h1s(head, h1s);
    dc_result *r = extract_string(page, NULL);
    ck_assert_str_eq(dc_result_title(r), want);
    dc_result_free(r);
    free(page);
}

/* A logo h1 that the <title> also names is not the headline: the longest
 * h1 the title holds is; with a declared title, an h1 must match it or be
 * most of the <title>. A short headline still beats a longer site name. */
START_TEST(test_logo_h1_is_not_the_title)
{
    assert_title("<title>Outside the web: WebAssembly binaries · V8</title>",
                 "<h1>V8</h1><h1>Outside the web: WebAssembly binaries</h1>",
                 "Outside the web: WebAssembly binaries");
    assert_title("<title>Silicon Notes: Open flow for logic devices</title>"
                 "<meta property=\"og:title\" content=\"Open flow for logic devices\">",
                 "<h1>Silicon Notes</h1>", "Open flow for logic devices");
    assert_title("<title>Mozilla - Wikipedia</title>", "<h1>Mozilla</h1>", "Mozilla");
    assert_title("<title>Tide turns - The Northern Coast Evening Gazette</title>"
                 "<meta property=\"og:title\" content=\"Tide turns\">",
                 "<h1>Gazette</h1><h1>Tide turns</h1>", "Tide turns");
}
END_TEST

/* An og:title that carries the site's name loses it. */
START_TEST(test_declared_title_loses_site_name)
{
    assert_title("<meta property=\"og:site_name\" content=\"Gazette\">"
                 "<meta property=\"og:title\" content=\"Council backs sea wall plan | Gazette\">",
                 "", "Council backs sea wall plan");
}
END_TEST

START_TEST(test_title_tag_loses_site_suffix)
{
    char *page = page_without_h1("<title>Council backs sea wall plan | The Coast Gazette</title>", "");
    dc_result *r = extract_string(page, NULL);
    ck_assert_str_eq(dc_result_title(r), "Council backs sea wall plan");
    dc_result_free(r);
    free(page);
}
END_TEST

START_TEST(test_title_tag_loses_site_prefix)
{
    char *page = page_without_h1("<title>Gazette - Council backs the long-awaited sea wall plan</title>", "");
    dc_result *r = extract_string(page, NULL);
    ck_assert_str_eq(dc_result_title(r), "Council backs the long-awaited sea wall plan");
    dc_result_free(r);
    free(page);
}
END_TEST

START_TEST(test_title_white_space_folded)
{
    char *page = page_without_h1("<title>\n  Council   backs\tsea wall  </title>", "");
    dc_result *r = extract_string(page, NULL);
    ck_assert_str_eq(dc_result_title(r), "Council backs sea wall");
    dc_result_free(r);
    free(page);
}
END_TEST

START_TEST(test_h1_preferred_when_it_agrees_with_declared_title)
{
    char *page = tu_article_page_head(
        "Sea wall plan approved",
        "<meta property=\"og:title\" content=\"Sea wall plan approved - The Coast Gazette\">", NULL);
    dc_result *r = extract_string(page, NULL);
    ck_assert_str_eq(dc_result_title(r), "Sea wall plan approved");
    dc_result_free(r);
    free(page);
}
END_TEST

/* ------------------------------------------------------------------ metadata */

START_TEST(test_metadata_from_json_ld)
{
    char *page = tu_article_page_head(
        TU_TITLE,
        "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
        "\"@type\":\"NewsArticle\",\"headline\":\"" TU_TITLE "\","
        "\"author\":{\"@type\":\"Person\",\"name\":\"Jane Doe\"},"
        "\"datePublished\":\"2024-03-05T09:30:00Z\","
        "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Coast Gazette Ltd\"}}</script>\n"
        "<meta name=\"author\" content=\"Someone Else\">",
        NULL);
    dc_result *r = extract_string(page, NULL);
    ck_assert_int_eq(dc_result_status(r), DC_OK);
    ck_assert_str_eq(dc_result_byline(r), "Jane Doe");
    ck_assert_str_eq(dc_result_date(r), "2024-03-05T09:30:00Z");
    ck_assert_str_eq(dc_result_site_name(r), "Coast Gazette Ltd");
    ck_assert_str_eq(dc_result_title(r), TU_TITLE);
    dc_result_free(r);
    free(page);
}
END_TEST

START_TEST(test_metadata_from_json_ld_graph)
{
    assert_declared(
        "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
        "{\"@type\":\"WebSite\",\"name\":\"Not the article\"},"
        "{\"@type\":[\"Article\",\"Thing\"],\"author\":[{\"name\":\"Ann Author\"},{\"name\":\"B\"}],"
        "\"datePublished\":\"2023-12-24\"}]}</script>",
        "2023-12-24", "Ann Author, B");
}
END_TEST

START_TEST(test_broken_json_ld_is_ignored)
{
    char *page = tu_article_page_head(
        TU_TITLE,
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":</script>"
        "<meta name=\"author\" content=\"Meta Author\">",
        NULL);
    dc_result *r = extract_string(page, NULL);
    ck_assert_int_eq(dc_result_status(r), DC_OK);
    ck_assert_str_eq(dc_result_byline(r), "Meta Author");
    dc_result_free(r);
    free(page);
}
END_TEST

START_TEST(test_metadata_from_meta_tags)
{
    char *page = tu_article_page_head(
        TU_TITLE,
        "<meta name=\"author\" content=\"By John Smith\">\n"
        "<meta property=\"article:published_time\" content=\"2024-01-02T08:00:00+00:00\">\n"
        "<meta property=\"og:site_name\" content=\"The Coast Gazette\">\n"
        "<meta name=\"description\" content=\"The harbour commission approved the repairs.\">\n"
        "<link rel=\"canonical\" href=\"/news/harbour-wall\">",
        NULL);
    dc_result *r = extract_string(page, "https://gazette.example/amp/harbour-wall?utm=x");
    ck_assert_int_eq(dc_result_status(r), DC_OK);
    ck_assert_str_eq(dc_result_byline(r), "John Smith");
    ck_assert_str_eq(dc_result_date(r), "2024-01-02T08:00:00Z");
    ck_assert_str_eq(dc_result_site_name(r), "The Coast Gazette");
    ck_assert_str_eq(dc_result_url(r), "https://gazette.example/news/harbour-wall");
    ck_assert_str_eq(dc_result_excerpt(r), "The harbour commission approved the repairs.");
    ck_assert_str_eq(dc_result_lang(r), "en");
    ck_assert_str_eq(dc_result_charset(r), "UTF-8");
    dc_result_free(r);
    free(page);
}
END_TEST

START_TEST(test_metadata_from_the_dom)
{
    char *page = tu_article_page(
        "<p class=\"author-line\"><a rel=\"author\" href=\"/staff/mary\">Mary Major</a>, "
        "<time datetime=\"2023-11-30\">30 November</time></p>");
    dc_result *r = extract_string(page, NULL);
    ck_assert_str_eq(dc_result_byline(r), "Mary Major");
    ck_assert_str_eq(dc_result_date(r), "2023-11-30");
    dc_result_free(r);
    free(page);
}
END_TEST

START_TEST(test_url_falls_back_to_option_then_og_url)
{
    char *page = tu_article_page(NULL);
    dc_result *r = extract_string(page, "https://gazette.example/story");
    ck_assert_str_eq(dc_result_url(r), "https://gazette.example/story");
    dc_result_free(r);
    r = extract_string(page, NULL);
    ck_assert_ptr_null(dc_result_url(r));
    ck_assert_ptr_null(dc_result_byline(r));
    ck_assert_ptr_null(dc_result_date(r));
    dc_result_free(r);
    free(page);
    page = tu_article_page_head(TU_TITLE,
                                "<meta property=\"og:url\" content=\"https://gazette.example/og\">",
                                NULL);
    r = extract_string(page, "https://gazette.example/story?ref=feed");
    ck_assert_str_eq(dc_result_url(r), "https://gazette.example/og");
    dc_result_free(r);
    free(page);
}
END_TEST

START_TEST(test_lang_from_html_attribute)
{
    const char *html = "<html lang=\"de-AT\"><body><article><p>" TU_PROSE1 "</p><p>" TU_PROSE2
                       "</p></article></body></html>";
    dc_result *r = extract_string(html, NULL);
    ck_assert_str_eq(dc_result_lang(r), "de-AT");
    dc_result_free(r);
}
END_TEST

/* ------------------------------------------------------------------ words */

/* ASCII words as dc_result_word_count counts them: runs of letters and digits. */
static size_t ascii_words(const char *s)
{
    size_t words = 0;
    int in = 0;
    for (; *s; s++) {
        int w = isalnum((unsigned char)*s);
        if (w && !in)
            words++;
        in = w;
    }
    return words;
}

START_TEST(test_word_count_of_article)
{
    char *page = tu_article_page(NULL);
    dc_result *r = extract_string(page, NULL);
    size_t want = ascii_words(TU_PROSE1) + ascii_words(TU_PROSE2) + ascii_words(TU_PROSE3) +
                  ascii_words(TU_PROSE4);
    ck_assert_uint_eq(dc_result_word_count(r), want);
    dc_result_free(r);
    free(page);
}
END_TEST

#define HAN_SENTENCE                                                                   \
    "\xe6\xb8\xaf\xe5\x8f\xa3\xe5\xa7\x94\xe5\x91\x98\xe4\xbc\x9a\xe5\x91\xa8\xe4\xba" \
    "\x8c\xe6\x99\x9a\xe4\xb8\x8a\xe5\xbc\x80\xe4\xbc\x9a\xef\xbc\x8c\xe8\xae\xa8\xe8" \
    "\xae\xba\xe5\x8c\x97\xe9\x98\xb2\xe6\xb3\xa2\xe5\xa0\xa4\xe7\x9a\x84\xe4\xbf\xae" \
    "\xe5\xa4\x8d\xe5\xb7\xa5\xe7\xa8\x8b\xe3\x80\x82"

START_TEST(test_word_count_counts_each_han_character)
{
    /* 港口委员会周二晚上开会，讨论北防波堤的修复工程。: 22 Han characters */
    char *html = tu_strdupf("<html lang=\"zh\"><body><article>"
                            "<p>%s%s%s</p><p>%s%s</p></article></body></html>",
                            HAN_SENTENCE, HAN_SENTENCE "1", HAN_SENTENCE "2", HAN_SENTENCE "3",
                            HAN_SENTENCE "4");
    dc_result *r = extract_string(html, NULL);
    ck_assert_int_eq(dc_result_status(r), DC_OK);
    /* five sentences of 22 characters, and four digits */
    ck_assert_uint_eq(dc_result_word_count(r), 5 * 22 + 4);
    dc_result_free(r);
    free(html);
}
END_TEST

/* ------------------------------------------------------------------ rules */

#define MORE_PROSE1                                                                \
    "The quay will stay open to pedestrians during the works, the commission "    \
    "said, although the car park behind the fish market is to close in March."
#define MORE_PROSE2                                                                \
    "Residents of the old town asked for the lorries to use the bypass, and the " \
    "contractor agreed to keep deliveries outside the school run."
#define MORE_PROSE3                                                                \
    "The lifeboat station, which shares the slipway, will move its launches to "  \
    "the south beach for six weeks while the foundations are poured."
#define MORE_PROSE4                                                                \
    "A small exhibition about the history of the wall, with drawings from the "  \
    "original plans, opens in the library on Saturday morning."
#define SLIDE_CAPTION                                                              \
    "shows the new stand of the regional trade fair, where exhibitors, buyers "   \
    "and visitors from the whole county met, traded and talked until late."

/* A figure's caption the text keeps (here a story told in pictures: the
 * captions hold more text than the prose) is said once in every format: a
 * paragraph of the text, the image's caption in Markdown and HTML (a
 * paragraph there too when it comes before its image). */
START_TEST(test_kept_caption_said_once)
{
    static const char *const page =
        "<html><head><title>" TU_TITLE "</title></head><body>\n"
        "<article><h1>" TU_TITLE "</h1><p>Pictures of the parade.</p>"
        "<figure><img src=\"http://example.com/a.jpg\"><figcaption>" TU_PROSE1
        " (Ann Harbour)</figcaption></figure>"
        "<figure><img src=\"http://example.com/b.jpg\"><figcaption>" TU_PROSE2
        " (Ann Harbour)</figcaption></figure>"
        "<figure><figcaption>" TU_PROSE3 " (Ann Harbour)</figcaption>"
        "<img src=\"http://example.com/c.jpg\"></figure></article></body></html>\n";
    static const dc_format formats[] = {DC_FORMAT_TEXT, DC_FORMAT_MARKDOWN, DC_FORMAT_HTML};
    static const char *const captions[] = {TU_PROSE1, TU_PROSE2, TU_PROSE3};
    for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++) {
        char *out = tu_render_opt(page, strlen(page), NULL, formats[i], 0, NULL);
        ck_assert_ptr_nonnull(out);
        for (size_t c = 0; c < sizeof captions / sizeof captions[0]; c++)
            ck_assert_msg(tu_count(out, captions[c]) == 1, "format %d, caption %zu:\n%s",
                          (int)formats[i], c, out);
        free(out);
    }
}
END_TEST

/* An <article> with eight paragraphs of its own and a photo gallery inside it
 * whose captions, n slides, outweigh them. Free with free(). */
static char *page_with_gallery_in_article(int slides)
{
    char *gallery = tu_strdupf("%s", "");
    for (int i = 1; i <= slides; i++) {
        char *more = tu_strdupf("%s<li><h2>%d/%d</h2><p>Photo number %d " SLIDE_CAPTION
                                "</p></li>",
                                gallery, i, slides, i);
        free(gallery);
        gallery = more;
    }
    char *page = tu_strdupf(
        "<html><head><title>" TU_TITLE "</title></head><body>\n"
        "<article><h1>" TU_TITLE "</h1>\n"
        "<div class=\"text\"><p>" TU_PROSE1 "</p><p>" TU_PROSE2 "</p><p>" TU_PROSE3
        "</p><p>" TU_PROSE4 "</p><p>" MORE_PROSE1 "</p><p>" MORE_PROSE2 "</p><p>"
        MORE_PROSE3 "</p><p>" MORE_PROSE4 "</p>\n"
        "<div class=\"gallery\"><ul>%s</ul></div></div>\n"
        "</article></body></html>\n",
        gallery);
    free(gallery);
    return page;
}

/* A gallery inside the article is a set of figures, even when its captions
 * hold more prose than the story: it goes, and the story is the article. */
START_TEST(test_gallery_inside_article_dropped_even_when_longer)
{
    char *page = page_with_gallery_in_article(12);
    char *text = tu_text_ok(page);
    tu_assert_article_kept(text);
    tu_assert_has(text, MORE_PROSE4);
    tu_assert_lacks(text, SLIDE_CAPTION);
    free(text);
    free(page);
}
END_TEST

/* A post without an <article>, its paragraphs in one div, followed by a
 * comment thread that holds more prose than the post: after the post's
 * box, or in_post, inside it after the paragraphs. */
static char *post_with_long_thread(const char *wrapper_class, int comments, int in_post)
{
    static const char para[] =
        "<p>Early retirement is less about money than about needing less of it, "
        "and the first year taught me that more than any spreadsheet could.</p>";
    static const char comment[] =
        "<p>I tried the same thing two years ago and found that the hardest part was "
        "explaining it to my family, not the budget itself, said a reader.</p>";
    char *paras = tu_repeat(para, 10);
    char *thread = tu_repeat(comment, comments);
    char *page = tu_strdupf(
        "<!DOCTYPE html><html><head><title>The biggest mistake</title></head>"
        "<body><div class=\"%s\"><div class=\"entry\"><h1>The biggest mistake</h1>"
        "<div class=\"pc\">%s%s<div id=\"comment_tpl\">%s</div>%s</div></body></html>\n",
        wrapper_class, paras, in_post ? "" : "</div></div>\n", thread,
        in_post ? "</div></div>" : "");
    free(paras);
    free(thread);
    return page;
}

/* The thread does not hold the post's body: it is not the layout around the
 * article, and its class word drops it, even when it holds three times the
 * post's prose (the body is the first block of paragraphs holding a quarter
 * of the most any element holds, and comments come after the story), or
 * when it sits in the post's own box after the paragraphs. Near miss: a
 * wrapper whose class says "sidebar" around post and thread holds the
 * body: it is the layout and stays (the thread inside it still goes). */
START_TEST(test_thread_longer_than_the_post_dropped)
{
    static const struct {
        const char *wrapper;
        int comments, in_post;
    } cases[] = {{"page", 16, 0}, {"page", 30, 0}, {"page", 16, 1}, {"content-with-sidebar", 16, 0}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *page = post_with_long_thread(cases[i].wrapper, cases[i].comments, cases[i].in_post);
        char *text = tu_text_ok(page);
        tu_assert_has(text, "Early retirement is less about money");
        tu_assert_lacks(text, "explaining it to my family");
        free(text);
        free(page);
    }
}
END_TEST

/* A box beside the article holding a list of other stories, each a
 * headline and a summary cut short with "Read more...": the summaries read
 * as prose and the box scores as the article, but it is a teaser list and
 * does not join. Near miss: the same list without the cut (the article's
 * own list of points) joins. */
static char *page_with_list_beside(const char *item_end)
{
    size_t size = 8192;
    char *page = malloc(size);
    ck_assert_ptr_nonnull(page);
    int len = snprintf(page, size,
                       "<!DOCTYPE html><html><head><title>Main story</title></head><body>"
                       "<div id=\"page\"><div id=\"mainPrimary\"><h3>Harbour wall repairs approved</h3>"
                       "<p>Three new videos are now available, and the council says the harbour "
                       "wall repairs will start next month after a long delay.</p>"
                       "<p>Starting on Monday, the works include the following parts.</p>"
                       "<p>Granite</p><p>The new blocks come from the old quarry up the valley, "
                       "cut to size on site.</p><p>Piles</p><p>Steel piles go in first, driven deep "
                       "into the clay below the wall.</p></div>"
                       "<div id=\"secondaryContentContainer\"><div id=\"secondaryPrimary\"><ul>");
    for (int i = 0; i < 5; i++)
        len += snprintf(page + len, size - (size_t)len,
                        "<li><h3>Harbour story number %d of the week</h3><p class=\"text\">The "
                        "council met again on Tuesday to talk about the harbour and the boats "
                        "moored in it over the winter%s</p></li>",
                        i, item_end);
    snprintf(page + len, size - (size_t)len, "</ul></div></div></div></body></html>\n");
    return page;
}

START_TEST(test_teaser_box_beside_article_does_not_join)
{
    static const struct {
        const char *item_end;
        int joins;
    } cases[] = {{" <a href=\"/n\">Read more...</a>", 0}, {".", 1}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *page = page_with_list_beside(cases[i].item_end);
        char *text = tu_text_ok(page);
        tu_assert_has(text, "Steel piles go in first");
        if (cases[i].joins)
            tu_assert_has(text, "Harbour story number 4");
        else
            tu_assert_lacks(text, "Harbour story number");
        free(text);
        free(page);
    }
}
END_TEST

/* A box of the site's headlines inside the story's container, each a
 * linked headline with a summary in full sentences (no "Read more..."):
 * the summaries read as prose, but the box is a list of other stories and
 * goes; the story stays. */
#define HEADLINE_ITEM(href, headline, summary) \
    "<li><a href=\"" href "\">" headline "</a><p>" summary "</p></li>"
START_TEST(test_linked_headlines_with_summaries_dropped)
{
    const char *page =
        "<!DOCTYPE html><html><head><title>" TU_TITLE "</title></head><body>"
        "<div id=\"story\"><h1>" TU_TITLE "</h1><div id=\"storybody\"><p>" TU_PROSE1
        "</p><p>" TU_PROSE2 "</p><p>" TU_PROSE3 "</p><p>" TU_PROSE4 "</p></div>"
        "<div class=\"lineup\"><h3>Coast Headlines</h3><ul>"
        HEADLINE_ITEM("/news/ferry-fares", "Ferry fares to rise in the spring",
                      "Passengers on the island route will pay a fifth more from April, the "
                      "operator said, blaming the cost of fuel and new crew rules.")
        HEADLINE_ITEM("/news/lighthouse", "Lighthouse reopens to the public",
                      "Visitors can climb the tower again after two years of repairs to its "
                      "lantern room, its stairs and the keeper's cottage beside it.")
        HEADLINE_ITEM("/news/arrest", "Man arrested after crash on the quay",
                      "A 24-year-old man has been charged in connection with a crash in which "
                      "a van struck a bollard and a parked car late on Friday night.")
        "</ul></div></div></body></html>";
    char *text = tu_text_ok(page);
    tu_assert_article_kept(text);
    tu_assert_lacks(text, "Ferry fares");
    tu_assert_lacks(text, "keeper's cottage");
    tu_assert_lacks(text, "bollard");
    free(text);
}
END_TEST

/* A hand-made page splits its text over plain tables in one cell: the
 * paragraphs of each part sit too deep in it to score near the part that
 * wins, and none holds a line of its own. The parts before and after join
 * it. Near misses: a box with a class or an id beside it is the template's
 * (a promotion, a side column) and stays out. */
static char *page_in_table_parts(const char *last_attrs)
{
    return tu_strdupf(
        "<!DOCTYPE html><html><head><title>Harbour wall</title></head><body>"
        "<table><tr><td><a href=\"/\">Home</a> <a href=\"/a\">Articles</a></td></tr></table>"
        "<table><tr><td><a href=\"/p\">Process</a><br><a href=\"/e\">Equipment</a></td><td>"
        "<h1>The harbour wall</h1>"
        "<table><tr><td><p>" TU_PROSE1 "</p></td></tr></table>"
        "<table><tr><td><p>" TU_PROSE2 "</p><p>" TU_PROSE3 "</p></td></tr></table>"
        "<table%s><tr><td><p>" TU_PROSE4 "</p></td></tr></table>"
        "</td></tr></table></body></html>\n",
        last_attrs);
}

START_TEST(test_plain_parts_of_a_table_layout_joined)
{
    static const struct {
        const char *attrs;
        int joins;
    } cases[] = {{"", 1}, {" class=\"box\"", 0}, {" id=\"box\"", 0}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *page = page_in_table_parts(cases[i].attrs);
        char *text = tu_text_ok(page);
        tu_assert_has(text, "Engineers told the meeting");
        tu_assert_has(text, "Several fishermen");
        tu_assert_has_if(text, "The commission will publish", cases[i].joins);
        free(text);
        free(page);
    }
}
END_TEST

/* A hand-made page puts each part of its text in a table of its own, a
 * spacer cell beside the text's cell: the winner is the text's cell, and the
 * other parts are beside its table, one level up. They join. Near misses:
 * a line beside the wrapper, far shorter than the winner, is no part; a
 * plain cell beside the wrapper (here the layout's cell that holds the
 * winner's table alone) is a column of the layout. */
#define WRAPPED_PART(p) "<table><tr><td><img src=\"dot.gif\" alt=\"\"></td><td>" p "</td></tr></table>"

static char *page_in_wrapped_parts(const char *before, const char *after, const char *cell)
{
    return tu_strdupf(
        "<!DOCTYPE html><html><head><title>Harbour wall</title></head><body>"
        "<table><tr><td><a href=\"/\">Home</a> <a href=\"/a\">Articles</a></td></tr></table>"
        "<table><tr><td><a href=\"/p\">Process</a><br><a href=\"/e\">Equipment</a></td><td>"
        "%s" WRAPPED_PART("<p>" TU_PROSE2 "</p><p>" TU_PROSE3 "</p><p>" TU_PROSE4 "</p>"
                          "<p>The harbour master said that the quay would stay open to the "
                          "ferries and to the fishing boats for as long as the engineers "
                          "allowed it, and that he expected no closure before spring.</p>")
        "%s</td>%s</tr></table></body></html>\n",
        before, after, cell);
}

START_TEST(test_plain_parts_beside_the_wrapper_joined)
{

    static const struct {
        const char *before, *after, *cell, *needle;
        int joins;
    } cases[] = {
        {"<h1>The harbour wall</h1>" WRAPPED_PART("<p>" TU_PROSE1 "</p>"), "", "",
         "The harbour commission met", 1},
        {"", WRAPPED_PART("<p>The ferry operators said that the quay would stay open for "
                          "passengers and for cars while the work on the northern wall went "
                          "on.</p>"),
         "", "stay open for passengers", 0},
        {"", "", "<td><p>" TU_PROSE1 "</p></td>", "The harbour commission met", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *page = page_in_wrapped_parts(cases[i].before, cases[i].after, cases[i].cell);
        char *text = tu_text_ok(page);
        tu_assert_has(text, "Engineers told the meeting");
        tu_assert_has_if(text, cases[i].needle, cases[i].joins);
        free(text);
        free(page);
    }
}
END_TEST

/* A hand-made page closes the layout table holding the article's first
 * part and writes the rest as paragraphs after it, in the body: the
 * paragraphs like the one the winner ends on (tag and class) join.
 * Near misses: a paragraph of another class (the site's note), a copyright
 * line of the same class, and any paragraph after a <div> wrapper (a blog
 * engine's post box, the template's notes after it) stay out. */
static char *page_continued_after_table(const char *open, const char *close)
{
    return tu_strdupf(
        "<!DOCTYPE html><html><head><title>Harbour wall</title></head><body>"
        "<table><tr><td><a href=\"/\">Home</a> <a href=\"/a\">Articles</a></td></tr></table>"
        "%s<h1>The harbour wall</h1><p class=\"j\">" TU_PROSE1 "</p><p class=\"j\">" TU_PROSE2
        "</p><p class=\"j\">" TU_PROSE3 "</p>%s"
        "<h4>Closure</h4><p class=\"j\">" TU_PROSE4 "</p>"
        "<p class=\"j\">The harbour master said that the quay would stay open to the ferries "
        "and to the fishing boats for as long as the engineers allowed it.</p>"
        "<p class=\"j\">Copyright 2006 Harbour News. All rights reserved. This material may "
        "not be published, broadcast, rewritten or redistributed.</p>"
        "<p class=\"note\">Our readers may send letters to the editor, who reads every one of "
        "them and prints a selection of them in the weekly edition.</p>"
        "</body></html>\n",
        open, close);
}

START_TEST(test_paragraphs_after_the_winning_table_joined)
{
    static const struct {
        const char *open, *close;
        int joins;
    } cases[] = {
        {"<table><tr><td><a href=\"/p\">Process</a><br><a href=\"/e\">Equipment</a></td><td>",
         "</td></tr></table>", 1},
        /* the cell beside the winner joins as a part of the text: the
         * table still holds nothing else */
        {"<table><tr><td><p>The ferry operators said that the quay would stay open for "
         "passengers and for cars while the work on the northern wall went on.</p></td><td>",
         "</td></tr></table>", 1},
        {"<div id=\"post-1\"><div><a href=\"/p\">Process</a><br><a href=\"/e\">Equipment</a>"
         "</div><div class=\"entry\">",
         "</div></div>", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *page = page_continued_after_table(cases[i].open, cases[i].close);
        char *text = tu_text_ok(page);
        tu_assert_has(text, "Engineers told the meeting");
        tu_assert_has_if(text, "The commission will publish", cases[i].joins);
        tu_assert_has_if(text, "stay open to the ferries", cases[i].joins);
        tu_assert_lacks(text, "All rights reserved");
        tu_assert_lacks(text, "letters to the editor");
        free(text);
        free(page);
    }
}
END_TEST

/* A short box after the article holding a copyright notice with its year
 * among its lines is the site's footer, though its note to readers reads as
 * prose ("If you find anything interesting here, link back :-)<br>(c) 2012
 * ..."). Near misses: the same note without the notice joins as prose, and
 * "(c)" without a year is no notice. */
static char *page_with_footer_note(const char *footer)
{
    return tu_strdupf(
        "<!DOCTYPE html><html><head><title>Harbour wall</title></head><body>"
        "<div><div><h1>The harbour wall</h1><p>" TU_PROSE1 "</p><p>" TU_PROSE2 "</p><p>" TU_PROSE3
        "</p></div>"
        "<div>If you find anything interesting in this little journal of the harbour and "
        "decide to share it with your friends, please link back to it :-)<br>%s</div></div>"
        "</body></html>\n",
        footer);
}

START_TEST(test_footer_with_copyright_notice_not_joined)
{
    static const struct {
        const char *footer;
        int joins;
    } cases[] = {
        {"(c) 2012 The Harbour Journal | powered by <a href=\"http://wordpress.org/\">WordPress"
         "</a>", 0},
        {"&copy; 2012 The Harbour Journal", 0},
        {"Copyright &copy; 2009-2012 The Harbour Journal", 0},
        {"Written on the quay, with thanks to the harbour master.", 1},
        {"Parts (c) and (d) of the plan were left for the next council.", 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *page = page_with_footer_note(cases[i].footer);
        char *text = tu_text_ok(page);
        tu_assert_has(text, "Engineers told the meeting");
        tu_assert_has_if(text, "decide to share it", cases[i].joins);
        free(text);
        free(page);
    }
}
END_TEST

/* A video player inside the article: its menus are blocks of a word or a
 * number each. They go; a short list of real items stays. */
START_TEST(test_widget_controls_dropped)
{
    char *page = tu_article_page(
        "<div class=\"player\"><div>Play Video</div><div>Play</div>"
        "<div>Current Time 0:00</div><div>/</div><div>Duration 0:00</div>"
        "<div>Loaded: 0%</div><div>Progress: 0%</div><div>Fullscreen</div>"
        "<div>Video Quality</div><ul><li>Auto</li><li>High (HD)</li><li>Medium</li>"
        "<li>Low</li></ul><div>Captions</div></div>\n"
        "<ul><li>Granite blocks</li><li>Steel piles</li><li>Two barges</li></ul>");
    char *text = tu_text_ok(page);
    tu_assert_article_kept(text);
    tu_assert_lacks(text, "Current Time");
    tu_assert_lacks(text, "Fullscreen");
    tu_assert_has(text, "Steel piles");
    free(text);
    free(page);
}
END_TEST

/* A sign-up form inside the article goes with the line that sells it; a
 * heading beside a form (a recipe card's print button) names a part of the
 * article and stays. */
START_TEST(test_form_dropped_with_its_blurb)
{
    char *page = tu_article_page(
        "<div class=\"optin\"><div>Get breaking harbour alerts in your inbox</div>"
        "<form action=\"/join\"><label>Your email address</label><input name=\"e\">"
        "<label>Also send me the weekly digest</label></form></div>\n"
        "<div class=\"card\"><h2>Granite mortar mix</h2>"
        "<form action=\"/print\"><button>Print</button><label>Rate it</label></form></div>");
    char *text = tu_text_ok(page);
    tu_assert_article_kept(text);
    tu_assert_lacks(text, "Your email address");
    tu_assert_lacks(text, "harbour alerts");
    tu_assert_lacks(text, "Rate it");
    tu_assert_has(text, "Granite mortar mix");
    free(text);
    free(page);
}
END_TEST

/* A template's empty heading slot beside a sign-up form names nothing: the
 * widget still goes whole with the line that sells it. */
START_TEST(test_form_widget_past_an_empty_heading)
{
    char *page = tu_article_page(
        "<div class=\"zq1\"><div></div><div><h4 id=\"slot\"></h4></div>"
        "<div>Let our harbour news meet your inbox every weekday morning.</div>"
        "<div><form action=\"/join\"><input name=\"e\" placeholder=\"Your Email\">"
        "<button type=\"button\">Sign Up</button></form></div></div>");
    char *text = tu_text_ok(page);
    tu_assert_article_kept(text);
    tu_assert_lacks(text, "meet your inbox");
    free(text);
    free(page);
}
END_TEST

/* A form's widget is a few boxes: a box of hundreds of children (FORM_LOOK)
 * beside the form is taken as named, and the climb stops below it (a page
 * of thousands of forms in one box read the box again for each form). The
 * same box with a few children goes whole with its line. */
START_TEST(test_form_widget_climb_stops_at_a_crowded_box)
{
    char spans[300 * 13 + 1] = "";
    for (int i = 0; i < 300; i++)
        strcat(spans, "<span></span>");
    char *crowded = tu_strdupf(
        "<div class=\"zq2\"><div>Get our harbour alerts every weekday.</div>%s"
        "<form action=\"/join\"><input name=\"e\"><button>Sign Up</button></form></div>",
        spans);
    char *page = tu_article_page(crowded);
    char *text = tu_text_ok(page);
    tu_assert_article_kept(text);
    tu_assert_has(text, "harbour alerts");
    free(text);
    free(page);
    page = tu_article_page(
        "<div class=\"zq2\"><div>Get our harbour alerts every weekday.</div><span></span>"
        "<form action=\"/join\"><input name=\"e\"><button>Sign Up</button></form></div>");
    text = tu_text_ok(page);
    tu_assert_article_kept(text);
    tu_assert_lacks(text, "harbour alerts");
    free(text);
    free(page);
    free(crowded);
}
END_TEST

/* A post of a line or two, then a comment form whose notice holds more
 * prose than the post: the form goes with its labels and notice all the
 * same (it asks for a text), and the post stays. */
START_TEST(test_comment_form_longer_than_the_post_dropped)
{
    const char *page =
        "<!DOCTYPE html><html><head><title>The greatest pizza advert</title></head><body>"
        "<div id=\"main\"><div class=\"post\"><h1>The greatest pizza advert</h1>"
        "<p>Wow, just wow.</p><p>[Via TN]</p></div>"
        "<div id=\"comments\"><h3>Leave a Reply</h3><form action=\"/post-comment\">"
        "<p><label>Name (required)</label><input name=\"author\"></p>"
        "<p>You may use these HTML tags and attributes: a href title, abbr title, b, "
        "blockquote cite, cite, code, del datetime, em, i, q cite, strike, strong, in any "
        "comment you leave.</p><p><textarea name=\"comment\"></textarea></p></form></div>"
        "</div></body></html>";
    char *text = tu_text_ok(page);
    tu_assert_has(text, "Wow, just wow.");
    tu_assert_lacks(text, "HTML tags");
    tu_assert_lacks(text, "Name (required)");
    free(text);
}
END_TEST

/* ASP.NET pages wrap everything in one form: that form is not dropped. */
START_TEST(test_form_around_the_article_kept)
{
    char *page = tu_strdupf(
        "<html><head><title>" TU_TITLE "</title></head><body><form action=\"/page.aspx\">"
        "<div class=\"text\"><h1>" TU_TITLE "</h1><p>" TU_PROSE1 "</p><p>" TU_PROSE2
        "</p><p>" TU_PROSE3 "</p><p>" TU_PROSE4 "</p></div></form></body></html>");
    char *text = tu_text_ok(page);
    tu_assert_article_kept(text);
    free(text);
    free(page);
}
END_TEST

/* The title found is the site's name when a logo heading (linking to the front
 * page) holds it: a side column's heading holding it ("Search Harbour Gazette
 * Weekly Edition") is no headline, and the post the headline part of the <title>
 * heads wins over the profile under it. */
START_TEST(test_site_name_heading_is_no_headline)
{
    const char *page =
        "<html><head><title>Sea wall repairs - Harbour Gazette Weekly Edition</title></head>"
        "<body><div><h1><a href=\"/\">Harbour Gazette Weekly Edition</a></h1></div>"
        "<div><h2>Sea wall repairs</h2><div><p>" TU_PROSE1 "</p></div></div>"
        "<div><h3>Search Harbour Gazette Weekly Edition</h3><div><p>" TU_PROSE2 "</p><p>"
        TU_PROSE3 "</p></div></div></body></html>";
    dc_options opt;
    dc_options_init(&opt);
    opt.flags = DC_OPT_EXPLAIN;
    char *explained = tu_render_opt(page, strlen(page), &opt, DC_FORMAT_EXPLAIN, 0, NULL);
    /* the post's box is the winner, the profile joins at most as a part */
    const char *winner = strstr(explained, "[winner");
    ck_assert_msg(winner && strstr(winner, "The harbour commission met") &&
                      strstr(winner, "The harbour commission met") < strchr(winner, '\n'),
                  "the profile won:\n%s", explained);
    /* and the outline says why it won */
    tu_assert_has(explained, "[winner: the post the page's headline heads]");
    free(explained);
}
END_TEST

/* ------------------------------------------------------------------ explain */

START_TEST(test_explain_only_when_asked)
{
    char *page = tu_article_page("<div class=\"sidebar\"><p>Sidebar words here.</p></div>");
    char *plain = tu_render_opt(page, strlen(page), NULL, DC_FORMAT_EXPLAIN, 0, NULL);
    ck_assert_str_eq(plain, "");
    dc_options opt;
    dc_options_init(&opt);
    opt.flags = DC_OPT_EXPLAIN;
    char *explained = tu_render_opt(page, strlen(page), &opt, DC_FORMAT_EXPLAIN, 0, NULL);
    /* the outline names the rule that dropped the sidebar */
    tu_assert_has(explained, "sidebar*");
    free(plain);
    free(explained);
    free(page);
}
END_TEST

START_TEST(test_render_of_unknown_format_is_null)
{
    char *page = tu_article_page(NULL);
    dc_result *r = extract_string(page, NULL);
    ck_assert_ptr_null(dc_render(r, (dc_format)99, 0, NULL));
    dc_result_free(r);
    free(page);
}
END_TEST

/* ------------------------------------------------------------------ threads */

#define THREADS 4
#define ROUNDS 5

typedef struct thread_job {
    const char *html;
    const char *expected_text;
    const char *expected_json;
    int mismatches;
} thread_job;

static char *render_of(const char *html, dc_format format)
{
    dc_options opt;
    dc_options_init(&opt);
    opt.url = "https://gazette.example/news/story";
    dc_result *r = dc_extract(html, strlen(html), &opt);
    if (!r)
        return NULL;
    char *out = dc_render(r, format, 0, NULL);
    dc_result_free(r);
    return out;
}

static void *thread_main(void *arg)
{
    thread_job *job = arg;
    for (int i = 0; i < ROUNDS; i++) {
        char *text = render_of(job->html, DC_FORMAT_TEXT);
        char *json = render_of(job->html, DC_FORMAT_JSON);
        if (!text || strcmp(text, job->expected_text) != 0)
            job->mismatches++;
        if (!json || strcmp(json, job->expected_json) != 0)
            job->mismatches++;
        free(text);
        free(json);
    }
    return NULL;
}

START_TEST(test_threads_give_same_results_as_sequential)
{
    static const char *const bodies[THREADS] = {
        "<ul><li>One list item about ropes</li><li>Another about anchors</li></ul>",
        "<table><tr><th>Pier</th><th>Depth</th></tr><tr><td>North</td><td>4 m</td></tr></table>",
        "<blockquote><p>We have waited long enough, said the harbour master.</p></blockquote>",
        "<pre>tide  08:14\nlow   14:31</pre><p>Links: <a href=\"../tides\">tides</a>.</p>",
    };
    char *pages[THREADS], *texts[THREADS], *jsons[THREADS];
    thread_job jobs[THREADS];
    for (int i = 0; i < THREADS; i++) {
        char title[64];
        snprintf(title, sizeof title, "Harbour story number %d", i + 1);
        pages[i] = tu_article_page_head(title, NULL, bodies[i]);
        texts[i] = render_of(pages[i], DC_FORMAT_TEXT);
        jsons[i] = render_of(pages[i], DC_FORMAT_JSON);
        ck_assert_ptr_nonnull(texts[i]);
        ck_assert_ptr_nonnull(jsons[i]);
        tu_assert_has(texts[i], title);
        jobs[i] = (thread_job){pages[i], texts[i], jsons[i], 0};
    }
    /* the documents really differ, so a mix-up would show */
    for (int i = 1; i < THREADS; i++)
        ck_assert_str_ne(texts[i], texts[0]);
    pthread_t threads[THREADS];
    for (int i = 0; i < THREADS; i++)
        ck_assert_int_eq(pthread_create(&threads[i], NULL, thread_main, &jobs[i]), 0);
    for (int i = 0; i < THREADS; i++)
        ck_assert_int_eq(pthread_join(threads[i], NULL), 0);
    for (int i = 0; i < THREADS; i++) {
        ck_assert_msg(jobs[i].mismatches == 0, "thread %d: %d mismatches", i, jobs[i].mismatches);
        free(pages[i]);
        free(texts[i]);
        free(jsons[i]);
    }
}
END_TEST

/* ------------------------------------------------------------------ unicode */

/* The same text always comes out as the same bytes: a decomposed "é" (e and
 * a combining acute) in the body and the title comes out composed (NFC). */
START_TEST(test_output_in_nfc)
{
    char *page = tu_article_page_head("Caf" "e\xcc\x81 society", NULL,
                                      "<p>The caf" "e\xcc\x81 on the quay reopened, "
                                      "and the r" "e\xcc\x81sum" "e\xcc\x81 of its owner "
                                      "was read out at the harbour meeting on Tuesday.</p>");
    char *text = tu_render_opt(page, strlen(page), NULL, DC_FORMAT_JSON, 0, NULL);
    ck_assert(tu_contains(text, "Caf\xc3\xa9 society"));
    ck_assert(tu_contains(text, "caf\xc3\xa9 on the quay"));
    ck_assert(tu_contains(text, "r\xc3\xa9sum\xc3\xa9"));
    ck_assert(!tu_contains(text, "\xcc\x81"));
    free(text);
    free(page);
}
END_TEST

/* ------------------------------------------------------- declared articleBody */

/* A story told in short lines (no paragraph of prose among them). */
#define LD_LINES_A                                                                 \
    "<div>The council voted on Monday night to close the old swimming pool.</div>" \
    "<div>Residents had campaigned for two years to keep it open.</div>"            \
    "<div>The building needs a new roof and new pumps.</div>"                       \
    "<div>Repairs would cost more than the town spends on parks in a year.</div>"   \
    "<div>A new pool will be built beside the school.</div>"
#define LD_LINES_B                                                                 \
    "<div>Work on it is due to start next spring.</div>"                            \
    "<div>Swimmers will use the pool in the next town until then.</div>"            \
    "<div>A bus will run there twice a day for the clubs.</div>"                    \
    "<div>The mayor said the decision was the hardest of her term.</div>"           \
    "<div>Two councillors voted against the plan and asked for a review.</div>"
/* The same story as its JSON-LD declares it: markup and character
 * references in the string are not words. */
#define LD_DECLARED_LINES                                                          \
    "<p>The council voted on Monday night to close the old swimming pool.</p>"     \
    "<p>Residents had campaigned for two years to keep it open.</p>"                \
    "<p>The building needs a new roof and new pumps.</p>"                           \
    "<p>Repairs would cost more than the town spends on parks in a year.</p>"       \
    "<p>A new pool will be built beside the school.</p>"                            \
    "<p>Work on it is due to start next spring.</p>"                                \
    "<p>Swimmers will use the pool in the next town until then.</p>"                \
    "<p>A bus will run there twice a day for the clubs.</p>"                        \
    "<p>The mayor said the decision was the hardest of her term.</p>"               \
    "<p>Two councillors voted against the plan and asked for a review &amp; "       \
    "a new vote.</p>"
#define LD_NEWSLETTER                                                              \
    "Our weekly newsletter brings you the best stories from the region, hand "     \
    "picked by our editors, with the weather, the tides and the events of the "    \
    "coming weekend, every Friday morning in your inbox."

/* A page whose JSON-LD declares body as its NewsArticle's articleBody. */
static char *declared_page(const char *declared, const char *body_html)
{
    return tu_strdupf("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                      "<title>Pool to close</title><script type=\"application/ld+json\">"
                      "{\"@context\": \"https://schema.org\", \"@graph\": [{\"@type\": "
                      "\"NewsArticle\", \"headline\": \"Pool to close\", \"articleBody\": "
                      "\"%s\"}]}</script></head><body>"
                      "<header><a href=\"/\">Home</a> <a href=\"/news\">News</a></header>"
                      "%s<footer>Copyright</footer></body></html>",
                      declared, body_html);
}

START_TEST(test_declared_pairs_skip_markup)
{
    dci_arena *a = dci_arena_new(0, 0);
    dci_ldbody set;
    /* The, harbour, wall, is, old: the tag and the reference are not words */
    ck_assert_uint_eq(dci_ldbody_init(&set, a, "<p class=\"x\">The harbour&amp;wall</p> is old"),
                      4);
    ck_assert_uint_eq(dci_ldbody_init(&set, a, "<p></p>"), 0);
    ck_assert_uint_eq(dci_ldbody_init(&set, a, NULL), 0);
    dci_arena_free(a);
}
END_TEST

/* A newsletter box whose class says "content", with two long paragraphs,
 * outscores a story told in short lines: the JSON-LD's articleBody is the
 * story's text, and the story wins. No heading names the story here, so
 * that the declared text alone, not the headline's box, can say where it
 * is. */
START_TEST(test_declared_body_beats_a_box_beside_it)
{
    char *page = declared_page(LD_DECLARED_LINES,
                               "<div class=\"layout\"><div class=\"col-main\">"
                               "<div class=\"story-text\">" LD_LINES_A LD_LINES_B "</div></div>"
                               "<div class=\"col-right\"><div class=\"article-content\"><p>"
                               LD_NEWSLETTER "</p><p>" LD_NEWSLETTER " Sign up now.</p></div></div></div>");
    char *text = tu_text_ok(page);
    tu_assert_has(text, "The building needs a new roof and new pumps.");
    tu_assert_has(text, "A bus will run there twice a day for the clubs.");
    tu_assert_lacks(text, "weekly newsletter");
    /* the outline says why the story won */
    dc_options opt;
    dc_options_init(&opt);
    opt.flags = DC_OPT_EXPLAIN;
    char *explained = tu_render_opt(page, strlen(page), &opt, DC_FORMAT_EXPLAIN, 0, NULL);
    tu_assert_has(explained,
                  "[winner: the element holding the article text the page declares (JSON-LD)]");
    free(explained);
    free(text);
    free(page);
}
END_TEST

/* A long quote with a content class inside a story told in short lines
 * outscores its parts: the element holding the declared text is the
 * article, the quote widens to it. */
START_TEST(test_declared_body_widens_a_part_of_it)
{
    static const char quote[] =
        "We looked at every way of keeping the doors open, from a community trust to a "
        "private operator, and none of them added up once the cost of the roof and the "
        "pumps was known, so we chose to build again rather than patch an old building.";
    char *declared = tu_strdupf(LD_DECLARED_LINES "%s %s" LD_DECLARED_LINES, quote, quote);
    char *body = tu_strdupf("<div class=\"page\"><h1>Pool to close</h1><div class=\"story\"><section>"
                            LD_LINES_A LD_LINES_B "</section><section><div class=\"article-content\">"
                            "<p>%s</p><p>They%s</p></div></section><section>" LD_LINES_A LD_LINES_B
                            "</section></div></div>", quote, quote + 2);
    char *page = declared_page(declared, body);
    char *text = tu_text_ok(page);
    tu_assert_has(text, "We looked at every way");
    tu_assert_has(text, "Work on it is due to start next spring.");
    ck_assert_uint_eq(tu_count(text, "A bus will run there twice a day"), 2);
    free(text);
    free(page);
    free(body);
    free(declared);
}
END_TEST

/* The article page with a long list of other stories under it, and
 * declared as its JSON-LD: the page's output. */
static char *text_declaring(const char *declared)
{
    char *list = tu_repeat("<li><a href=\"/b\">The garden club's spring show drew a record crowd "
                           "to the village hall on Saturday.</a></li><li><a href=\"/c\">Judges "
                           "awarded prizes for roses, tulips and a display of early vegetables."
                           "</a></li><li><a href=\"/d\">The library will stay open late on "
                           "Thursdays from next month.</a></li>", 14);
    char *body = tu_strdupf("<main><article><h1>Sea wall</h1><p>" TU_PROSE1 "</p><p>" TU_PROSE2
                            "</p><p>" TU_PROSE3 "</p><p>" TU_PROSE4 "</p></article></main>"
                            "<div class=\"more\"><h2>In brief</h2><ul>%s</ul></div>", list);
    char *page = declared_page(declared, body);
    char *text = tu_text_ok(page);
    free(page);
    free(body);
    free(list);
    return text;
}

/* Controls: a declared text cut short (a paywall's preview) does not shrink
 * the full article holding it; the page's whole text declared (the list
 * beside the article longer than it) does not move the winner to the list;
 * the same output as without JSON-LD. */
START_TEST(test_declared_teaser_or_whole_page_keeps_the_article)
{
    char *plain = text_declaring("");
    tu_assert_has(plain, TU_PROSE1);
    tu_assert_has(plain, TU_PROSE4);
    tu_assert_lacks(plain, "garden club");
    char *teaser = text_declaring(TU_PROSE1 " " TU_PROSE2 " " TU_PROSE3);
    ck_assert_str_eq(teaser, plain);
    char *list = tu_repeat("The garden club's spring show drew a record crowd to the village hall "
                           "on Saturday. Judges awarded prizes for roses, tulips and a display of "
                           "early vegetables. The library will stay open late on Thursdays from "
                           "next month. ", 14);
    char *whole = tu_strdupf("Home News Sea wall " TU_PROSE1 " " TU_PROSE2 " " TU_PROSE3 " "
                             TU_PROSE4 " In brief %s Copyright", list);
    char *page_text = text_declaring(whole);
    ck_assert_str_eq(page_text, plain);
    free(page_text);
    free(whole);
    free(list);
    free(teaser);
    free(plain);
}
END_TEST

/* Control: a page declaring two articles' bodies (the story, and the next
 * one an endless scroll has loaded under it, longer) names no one article:
 * the story under the page's headline stays the winner. */
START_TEST(test_two_declared_bodies_keep_the_winner)
{
    char *lines = tu_repeat(LD_LINES_A LD_LINES_B, 2);
    char *next = tu_repeat(LD_DECLARED_LINES, 2);
    char *page = tu_strdupf(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sea wall</title>"
        "<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", \"@graph\": ["
        "{\"@type\": \"NewsArticle\", \"articleBody\": \"" TU_PROSE1 " " TU_PROSE2 " " TU_PROSE3
        " " TU_PROSE4 "\"}, {\"@type\": \"NewsArticle\", \"articleBody\": \"%s\"}]}</script>"
        "</head><body><header><a href=\"/\">Home</a></header><main><article><h1>Sea wall</h1><p>"
        TU_PROSE1 "</p><p>" TU_PROSE2 "</p><p>" TU_PROSE3 "</p><p>" TU_PROSE4 "</p></article></main>"
        "<div class=\"s2\"><h2>Pool to close</h2><div>%s</div></div><footer>Copyright</footer>"
        "</body></html>", next, lines);
    char *text = tu_text_ok(page);
    tu_assert_has(text, TU_PROSE4);
    tu_assert_lacks(text, "swimming pool");
    free(text);
    free(page);
    free(next);
    free(lines);
}
END_TEST

/* A blog theme's post header beside the post's body: the title, then a
 * line of meta fields long enough to count as prose ("Posted on ... Word
 * count in article: 1.2k Reading time ≈ 1 mins."). The header scores near
 * the body, but a line naming the post's reading time or word count is no
 * part of it (sibling_meta_chars), in English as in German; with the rule
 * off, the line joins. */
#define META_HEADER_PAGE(posted, edited, words, reading, mins)                         \
    "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Sea wall | "   \
    "Field Notes</title></head><body><main class=\"main\"><div class=\"post-block\">"   \
    "<article class=\"post-content\"><header class=\"post-header\"><h1 class=\""         \
    "post-title\">Sea wall</h1><div class=\"post-meta-container\"><div class=\""         \
    "post-meta\"><span class=\"post-meta-item\"><span class=\"post-meta-item-text\">"   \
    posted "</span> <time>2023-01-01</time></span> <span class=\"post-meta-item\">"     \
    "<span class=\"post-meta-item-text\">" edited "</span> <time>2023-02-11</time>"     \
    "</span> <span class=\"post-meta-item\"><span class=\"post-meta-item-text\">In"     \
    "</span> <a href=\"/categories/harbour/\">Harbour</a></span> <span class=\""        \
    "post-meta-item\"><span class=\"post-meta-item-text\">" words "</span> <span>1.2k"  \
    "</span></span> <span class=\"post-meta-item\"><span class=\"post-meta-item-text\">" \
    reading "</span> <span>" mins "</span></span></div></div></header><div class=\""    \
    "post-body\"><p>" TU_PROSE1 "</p><p>" TU_PROSE4 "</p><p>" TU_PROSE1 "</p><p>"        \
    TU_PROSE4 "</p><p>" TU_PROSE1 "</p><p>" TU_PROSE4 "</p></div><footer class=\""       \
    "post-footer\"><a href=\"/tags/harbour/\">#harbour</a></footer></article></div>"     \
    "</main><footer class=\"footer\">\u00a9 2026 Sam Writer</footer></body></html>"

START_TEST(test_post_meta_line_is_no_sibling)
{
    static const char *const pages[][2] = {
        {META_HEADER_PAGE("Posted on", "Edited on", "Word count in article:",
                          "Reading time \u2248", "1 mins."), "Reading time"},
        {META_HEADER_PAGE("Veröffentlicht am", "Bearbeitet am", "Wortanzahl:",
                          "Lesezeit \u2248", "1 Min."), "Lesezeit"},
    };
    for (size_t i = 0; i < DCX_COUNTOF(pages); i++) {
        const char *page = pages[i][0];
        dc_options opt;
        dc_options_init(&opt);
        dc_status st = DC_STATUS_COUNT;
        char *text = tu_render_opt(page, strlen(page), &opt, DC_FORMAT_TEXT,
                                   DC_RENDER_NO_TITLE, &st);
        ck_assert_int_eq(st, DC_OK);
        tu_assert_has(text, TU_PROSE4);
        tu_assert_lacks(text, pages[i][1]);
        tu_assert_lacks(text, "2023-02-11");
        free(text);
        opt.tuning = "sibling_meta_chars=0";
        text = tu_render_opt(page, strlen(page), &opt, DC_FORMAT_TEXT, DC_RENDER_NO_TITLE, &st);
        tu_assert_has(text, pages[i][1]);
        tu_assert_has(text, TU_PROSE4);
        free(text);
    }
}
END_TEST

static Suite *extract_suite(void)
{
    Suite *s = suite_create("extract");
    TCase *content = tcase_create("content");
    tcase_add_test(content, test_article_kept_furniture_dropped);
    tcase_add_test(content, test_section_ids_linked_from_their_heading_are_no_names);
    tcase_add_test(content, test_code_language_label_is_no_text);
    tcase_add_test(content, test_visible_versions_of_hidden_blocks_are_kept);
    tcase_add_test(content, test_text_starts_with_title_then_blank_line);
    tcase_add_test(content, test_formula_kept_without_its_annotation);
    tcase_add_test(content, test_code_listing_keeps_highlighted_comments);
    tcase_add_test(content, test_list_of_sentences_with_links_kept);
    tcase_add_test(content, test_link_in_sentence_kept_whatever_its_class);
    tcase_add_test(content, test_deals_leaving_the_site_kept);
    tcase_add_test(content, test_bare_address_citation_kept);
    tcase_add_test(content, test_numbered_twin_containers_joined);
    tcase_add_test(content, test_main_is_content_when_winner_holds_little_of_it);
    tcase_add_test(content, test_tagline_with_a_content_class_does_not_win);
    tcase_add_test(content, test_line_of_fields_scores_nothing);
    tcase_add_test(content, test_post_meta_line_is_no_sibling);
    tcase_add_test(content, test_related_section_runs_through_teaser_paragraphs);
    tcase_add_test(content, test_tagline_widened_around_does_not_win);
    tcase_add_test(content, test_blurbs_with_a_content_class_do_not_outscore_the_story);
    tcase_add_test(content, test_story_in_named_parts_keeps_its_bonus);
    tcase_add_test(content, test_climb_skips_ancestor_scoring_under_half_the_best);
    tcase_add_test(content, test_climb_needs_ancestor_adding_prose);
    tcase_add_test(content, test_climb_stops_under_frame_adding_an_aside);
    tcase_add_test(content, test_climb_passes_a_wrapper_adding_a_short_line);
    tcase_add_test(content, test_climb_past_a_wrapper_needs_a_paragraph_beside);
    tcase_add_test(content, test_climb_goes_on_through_a_sections_box);
    tcase_add_test(content, test_nested_runners_up_are_one_part);
    tcase_add_test(content, test_story_beats_box_of_blurbs);
    tcase_add_test(content, test_headed_answers_are_no_blurbs);
    tcase_add_test(content, test_loose_prose_around_the_winner_joins);
    tcase_add_test(content, test_loose_prose_beside_picture_boxes_joins);
    tcase_add_test(content, test_loose_prose_in_bookmark_with_empty_box_joins);
    tcase_add_test(content, test_text_in_two_layout_columns_joins);
    tcase_add_test(content, test_introduction_row_before_the_wrapper_joins);
    tcase_add_test(content, test_catalogue_items_built_as_the_wrapper_join);
    tcase_add_test(content, test_sections_in_an_open_font_join);
    tcase_add_test(content, test_text_loose_in_body_is_the_article);
    tcase_add_test(content, test_short_post_keeps_its_one_prose_line);
    tcase_add_test(content, test_binary_loose_in_body_is_no_article);
    tcase_add_test(content, test_page_behind_a_modal_and_found_text_are_shown);
    tcase_add_test(content, test_fixed_consent_bar_is_no_standfirst);
    tcase_add_test(content, test_consent_notice_before_the_page_is_dropped);
    tcase_add_test(content, test_screen_reader_labels_are_not_shown);
    tcase_add_test(content, test_folded_rest_kept_without_its_label);
    tcase_add_test(content, test_custom_elements_are_boxes);
    tcase_add_test(content, test_declarative_shadow_root_is_shown);
    tcase_add_test(content, test_displayed_formula_of_custom_elements_kept);
    tcase_add_test(content, test_font_wrapping_boxes_is_not_loose_body_text);
    tcase_add_test(content, test_short_line_or_other_box_beside_the_winner_stays_out);
    tcase_add_test(content, test_bio_above_post_is_not_a_standfirst);
    tcase_add_test(content, test_runners_up_inside_best_do_not_widen_it);
    tcase_add_test(content, test_marked_article_beats_classed_box_beside_it);
    tcase_add_test(content, test_german_class_words_name_story_comments_and_share_bar);
    tcase_add_test(content, test_german_controls_and_credit_dropped_mid_article);
    tcase_add_test(content, test_french_controls_and_credit_dropped_mid_article);
    tcase_add_test(content, test_marked_article_with_less_prose_does_not_win);
    tcase_add_test(content, test_winner_emptied_by_names_gets_a_second_look);
    tcase_add_test(content, test_card_of_a_run_is_an_index);
    tcase_add_test(content, test_whole_post_among_cut_posts_is_an_index);
    tcase_add_test(content, test_second_look_without_prose_not_taken);
    tcase_add_test(content, test_tweet_words_kept_residue_dropped);
    tcase_add_test(content, test_tweet_wrapper_with_drop_word_kept);
    tcase_add_test(content, test_headline_not_repeated_in_body);
    tcase_add_test(content, test_prose_paragraphs_repeat_hidden_copies_do_not);
    tcase_add_test(content, test_repeated_sentences_stay_labels_do_not);
    tcase_add_test(content, test_repeated_captions_print_once);
    tcase_add_test(content, test_copied_story_box_prints_once);
    tcase_add_test(content, test_repeated_colon_labels_stay);
    tcase_add_test(content, test_repeated_preformatted_text_stays);
    tcase_add_test(content, test_quoted_statement_keeps_its_introduction);
    tcase_add_test(content, test_code_listing_gives_way_to_its_page);
    tcase_add_test(content, test_code_reference_links_are_text);
    tcase_add_test(content, test_paragraph_div_gives_way_to_its_box);
    tcase_add_test(content, test_listed_posts_keep_their_introduction);
    tcase_add_test(content, test_class_naming_hidden_in_a_word_is_shown);
    tcase_add_test(content, test_gallery_in_a_story_is_not_its_body);
    tcase_add_test(content, test_gallery_story_under_short_intro_kept);
    tcase_add_test(content, test_render_no_title_leaves_headline_out);
    tcase_add_test(content, test_post_saying_its_headline_keeps_its_sentence);
    tcase_add_test(content, test_duplicate_paragraphs_printed_once);
    tcase_add_test(content, test_list_items_repeat_linked_items_and_lines_do_not);
    suite_add_tcase(s, content);

    TCase *rules = tcase_create("rules");
    tcase_add_test(rules, test_gallery_inside_article_dropped_even_when_longer);
    tcase_add_test(rules, test_kept_caption_said_once);
    tcase_add_test(rules, test_thread_longer_than_the_post_dropped);
    tcase_add_test(rules, test_teaser_box_beside_article_does_not_join);
    tcase_add_test(rules, test_linked_headlines_with_summaries_dropped);
    tcase_add_test(rules, test_plain_parts_of_a_table_layout_joined);
    tcase_add_test(rules, test_plain_parts_beside_the_wrapper_joined);
    tcase_add_test(rules, test_paragraphs_after_the_winning_table_joined);
    tcase_add_test(rules, test_footer_with_copyright_notice_not_joined);
    tcase_add_test(rules, test_widget_controls_dropped);
    tcase_add_test(rules, test_form_dropped_with_its_blurb);
    tcase_add_test(rules, test_form_widget_past_an_empty_heading);
    tcase_add_test(rules, test_form_widget_climb_stops_at_a_crowded_box);
    tcase_add_test(rules, test_form_around_the_article_kept);
    tcase_add_test(rules, test_site_name_heading_is_no_headline);
    tcase_add_test(rules, test_comment_form_longer_than_the_post_dropped);
    tcase_add_test(rules, test_declared_pairs_skip_markup);
    tcase_add_test(rules, test_declared_body_beats_a_box_beside_it);
    tcase_add_test(rules, test_declared_body_widens_a_part_of_it);
    tcase_add_test(rules, test_declared_teaser_or_whole_page_keeps_the_article);
    tcase_add_test(rules, test_two_declared_bodies_keep_the_winner);
    suite_add_tcase(s, rules);

    TCase *space = tcase_create("white-space");
    tcase_add_test(space, test_output_in_nfc);
    tcase_add_test(space, test_br_starts_a_new_line);
    tcase_add_test(space, test_br_between_bare_words);
    tcase_add_test(space, test_space_between_inline_elements_kept);
    tcase_add_test(space, test_inline_elements_do_not_add_space);
    tcase_add_test(space, test_blocks_inside_paragraph_do_not_glue_words);
    tcase_add_test(space, test_table_cells_separated);
    tcase_add_test(space, test_layout_table_cells_separated);
    tcase_add_test(space, test_entities_and_white_space_in_text);
    suite_add_tcase(s, space);

    TCase *status = tcase_create("status");
    tcase_set_timeout(status, 60);
    tcase_add_test(status, test_page_without_prose_is_no_content);
    tcase_add_test(status, test_empty_input_gives_no_content);
    tcase_add_test(status, test_white_space_only_input_gives_no_content);
    tcase_add_loop_test(status, test_binary_garbage_gives_a_result, 0, 2);
    tcase_add_test(status, test_truncated_markup_gives_a_result);
    tcase_add_test(status, test_tiny_budget_gives_too_large);
    tcase_add_test(status, test_tiny_timeout_gives_timeout);
    tcase_add_test(status, test_strerror_for_every_status);
    tcase_add_test(status, test_version);
    tcase_add_test(status, test_explain_only_when_asked);
    tcase_add_test(status, test_render_of_unknown_format_is_null);
    suite_add_tcase(s, status);

    TCase *meta = tcase_create("metadata");
    tcase_add_test(meta, test_title_from_h1);
    tcase_add_test(meta, test_title_from_og_title);
    tcase_add_test(meta, test_title_tag_loses_site_suffix);
    tcase_add_test(meta, test_excerpt_falls_back_to_first_paragraph);
    tcase_add_test(meta, test_site_name_before_application_name);
    tcase_add_test(meta, test_json_ld_inside_cdata);
    tcase_add_test(meta, test_byline_from_class_near_the_article);
    tcase_add_test(meta, test_byline_prefixes_and_url_authors);
    tcase_add_test(meta, test_byline_class_words);
    tcase_add_test(meta, test_logo_h1_is_not_the_title);
    tcase_add_test(meta, test_declared_title_loses_site_name);
    tcase_add_test(meta, test_title_tag_loses_site_prefix);
    tcase_add_test(meta, test_title_white_space_folded);
    tcase_add_test(meta, test_h1_preferred_when_it_agrees_with_declared_title);
    tcase_add_test(meta, test_metadata_from_json_ld);
    tcase_add_test(meta, test_metadata_from_json_ld_graph);
    tcase_add_test(meta, test_broken_json_ld_is_ignored);
    tcase_add_test(meta, test_metadata_from_meta_tags);
    tcase_add_test(meta, test_metadata_from_the_dom);
    tcase_add_test(meta, test_url_falls_back_to_option_then_og_url);
    tcase_add_test(meta, test_lang_from_html_attribute);
    tcase_add_test(meta, test_word_count_of_article);
    tcase_add_test(meta, test_word_count_counts_each_han_character);
    suite_add_tcase(s, meta);

    TCase *threads = tcase_create("threads");
    tcase_set_timeout(threads, 60);
    tcase_add_test(threads, test_threads_give_same_results_as_sequential);
    suite_add_tcase(s, threads);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(extract_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? 0 : 1;
}
