/*
 * Unit tests of the writers: text, markdown, html and json.
 *
 * Most tests build the content tree straight from a fragment of HTML (the
 * whole fragment is the content), so they test the writers and not the
 * scorer; a few go end to end through dc_extract.
 */
#include "testutil.h"

#include <jansson.h>

#include "buf.h"
#include "content.h"
#include "result.h"
#include "sizes.h"

#define BASE "https://gazette.example/news/2024/story.html"

/* Renders body_html as if it were the whole article, titled title (may be NULL). */
static char *render_fragment(const char *body_html, const char *title, dc_format format,
                             unsigned flags)
{
    char *html = tu_strdupf("<html><body><div id=\"root\">%s</div></body></html>", body_html);
    dci_doc doc = tu_parse(html);
    free(html);
    dci_node *root = tu_find_id(doc.body, "root");
    ck_assert_ptr_nonnull(root);
    root->flags |= DCI_CONTENT;
    /* as the figure-caption rule does: a caption is no paragraph of the text */
    for (dci_node *n = root; n; n = dci_next(n, root))
        if (n->type == DCI_NODE_ELEMENT && n->tag == GUMBO_TAG_FIGCAPTION)
            n->flags |= DCI_DROPPED;
    dc_result r;
    memset(&r, 0, sizeof r);
    r.arena = doc.arena;
    r.status = DC_OK;
    r.charset = "UTF-8";
    r.meta.title = title;
    r.meta.url = BASE;
    r.content = dci_content_build(doc.arena, &doc, title, BASE);
    ck_assert_ptr_nonnull(r.content);
    size_t len = 0;
    char *out = dc_render(&r, format, flags, &len);
    ck_assert_ptr_nonnull(out);
    ck_assert_uint_eq(strlen(out), len);
    tu_doc_free(&doc);
    return out;
}

static char *md(const char *body_html)
{
    return render_fragment(body_html, NULL, DC_FORMAT_MARKDOWN, 0);
}

static char *html_of(const char *body_html)
{
    return render_fragment(body_html, NULL, DC_FORMAT_HTML, 0);
}

static char *text_of(const char *body_html)
{
    return render_fragment(body_html, NULL, DC_FORMAT_TEXT, 0);
}

#define assert_render_eq(got, want) \
    ck_assert_msg(strcmp((got), (want)) == 0, "got:\n%s\nwant:\n%s", (got), (want))

/* A line of out that starts with "- " and whose rest, without leading
 * spaces, is item: a bullet list item whatever the marker's padding. */
static int has_bullet_line(const char *out, const char *indent, const char *item)
{
    size_t ilen = strlen(indent);
    for (const char *line = out; line && *line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL) {
        if (strncmp(line, indent, ilen) != 0 || strncmp(line + ilen, "- ", 2) != 0)
            continue;
        const char *rest = line + ilen + 2;
        while (*rest == ' ')
            rest++;
        size_t n = strlen(item);
        if (strncmp(rest, item, n) == 0 && (rest[n] == '\n' || rest[n] == '\0'))
            return 1;
    }
    return 0;
}

#define assert_bullet(out, indent, item)                                              \
    ck_assert_msg(has_bullet_line((out), (indent), (item)), "no bullet \"%s- %s\" in:\n%s", \
                  (indent), (item), (out))

/* ------------------------------------------------------------------ markdown */

START_TEST(test_md_title_is_level_one_heading)
{
    char *out = render_fragment("<p>Body text.</p>", "Tide times", DC_FORMAT_MARKDOWN, 0);
    assert_render_eq(out, "# Tide times\n\nBody text.\n");
    free(out);
    out = render_fragment("<p>Body text.</p>", "Tide times", DC_FORMAT_MARKDOWN,
                          DC_RENDER_NO_TITLE);
    assert_render_eq(out, "Body text.\n");
    free(out);
}
END_TEST

START_TEST(test_md_headings_by_level)
{
    char *out = md("<h2>Second level</h2><p>a.</p><h3>Third level</h3><p>b.</p>"
                   "<h6>Sixth level</h6>");
    assert_render_eq(out, "## Second level\n\na.\n\n### Third level\n\nb.\n\n###### Sixth level\n");
    free(out);
}
END_TEST

START_TEST(test_md_emphasis_strong_and_code)
{
    char *out = md("<p>The wall was <em>quietly</em> failing, <strong>urgent</strong> work "
                   "like <code>grout_v2*</code> and <i>italic</i> <b>bold</b>.</p>");
    assert_render_eq(out, "The wall was *quietly* failing, **urgent** work like `grout_v2*` "
                          "and *italic* **bold**.\n");
    free(out);
}
END_TEST

START_TEST(test_md_escapes_markup_characters)
{
    char *out = md("<p>a_b*c [x] #1 &lt;tag&gt; `t` |p\\q</p>");
    assert_render_eq(out, "a\\_b\\*c \\[x\\] \\#1 \\<tag\\> \\`t\\` \\|p\\\\q\n");
    free(out);
}
END_TEST

START_TEST(test_md_links_resolved_against_base)
{
    char *out = md("<p>See <a href=\"/reports/wall?id=1&amp;v=2\">the report</a>, "
                   "<a href=\"../photos/\">photos</a>, <a href=\"https://other.example/x\">elsewhere</a> "
                   "and <a href=\"#top\">top</a>.</p>");
    assert_render_eq(out,
                     "See [the report](https://gazette.example/reports/wall?id=1&v=2), "
                     "[photos](https://gazette.example/news/photos/), "
                     "[elsewhere](https://other.example/x) and "
                     "[top](https://gazette.example/news/2024/story.html#top).\n");
    free(out);
}
END_TEST

START_TEST(test_md_link_destination_escaped)
{
    char *out = md("<p><a href=\"/a b/(c)\">odd</a></p>");
    assert_render_eq(out, "[odd](https://gazette.example/a%20b/%28c%29)\n");
    free(out);
}
END_TEST

START_TEST(test_md_script_links_become_plain_text)
{
    char *out = md("<p>Click <a href=\"javascript:void(0)\">here</a> or "
                   "<a>there</a> or <a href=\"data:text/html,x\">data</a>.</p>");
    assert_render_eq(out, "Click here or there or data.\n");
    free(out);
}
END_TEST

START_TEST(test_md_emphasised_link)
{
    char *out = md("<p><a href=\"/x\"><b>bold link</b></a></p>");
    assert_render_eq(out, "[**bold link**](https://gazette.example/x)\n");
    free(out);
}
END_TEST

START_TEST(test_md_bullet_list)
{
    char *out = md("<p>Materials:</p><ul><li>Granite</li><li>Steel piles</li><li>Timber</li></ul>");
    assert_bullet(out, "", "Granite");
    assert_bullet(out, "", "Steel piles");
    assert_bullet(out, "", "Timber");
    /* a tight list: items on consecutive lines */
    ck_assert_uint_eq(tu_count(out, "\n\n"), 1);
    free(out);
}
END_TEST

START_TEST(test_md_ordered_list_numbers_items)
{
    char *out = md("<ol><li>Survey the wall</li><li>Close the quay</li><li>Rebuild</li></ol>");
    assert_render_eq(out, "1. Survey the wall\n2. Close the quay\n3. Rebuild\n");
    free(out);
}
END_TEST

START_TEST(test_md_nested_list_indented)
{
    char *out = md("<ul><li>Outer one<ul><li>Inner A</li><li>Inner B</li></ul></li>"
                   "<li>Outer two</li></ul>");
    assert_bullet(out, "", "Outer one");
    assert_bullet(out, "", "Outer two");
    /* the inner items are indented to the outer item's content */
    assert_bullet(out, "   ", "Inner A");
    assert_bullet(out, "   ", "Inner B");
    free(out);
}
END_TEST

START_TEST(test_md_ordered_numbers_go_on_after_a_nested_list)
{
    char *out = md("<ol><li>Survey<ul><li>North</li><li>South</li></ul></li>"
                   "<li>Close the quay</li><li>Rebuild</li></ol>");
    assert_render_eq(out, "1. Survey\n\n   -  North\n   -  South\n2. Close the quay\n3. Rebuild\n");
    free(out);
}
END_TEST

START_TEST(test_md_quote_in_item_ends_with_it)
{
    char *out = md("<ul><li>Item<blockquote><p>Quoted words</p></blockquote></li>"
                   "<li>After</li></ul><p>Closing line</p>");
    assert_render_eq(out, "-  Item\n\n   > Quoted words\n-  After\n\nClosing line\n");
    free(out);
}
END_TEST

/* Deeper than the 64 ancestors the prefix once looked at: every level
 * keeps its marker. */
START_TEST(test_md_deep_quotes_keep_every_marker)
{
    enum { DEPTH = 70 };
    dci_buf html = DCI_BUF_INIT, want = DCI_BUF_INIT;
    for (int i = 0; i < DEPTH; i++) {
        dci_buf_puts(&html, "<blockquote>");
        dci_buf_puts(&want, "> ");
    }
    dci_buf_puts(&html, "<p>Deep</p>");
    dci_buf_puts(&want, "Deep\n");
    for (int i = 0; i < DEPTH; i++)
        dci_buf_puts(&html, "</blockquote>");
    ck_assert(!html.failed && !want.failed);
    char *out = md(html.data);
    assert_render_eq(out, want.data);
    free(out);
    dci_buf_free(&html);
    dci_buf_free(&want);
}
END_TEST

START_TEST(test_md_code_block_fenced_verbatim)
{
    char *out = md("<p>Tides:</p><pre>tide  08:14\n  low *14:31* &lt;x&gt;</pre><p>After.</p>");
    assert_render_eq(out, "Tides:\n\n```\ntide  08:14\n  low *14:31* <x>\n```\n\nAfter.\n");
    free(out);
}
END_TEST

START_TEST(test_md_table_with_header_separator)
{
    char *out = md("<table><tr><th>Pier</th><th>Depth</th></tr>"
                   "<tr><td>North</td><td>4 m</td></tr><tr><td>South</td><td>6 m</td></tr></table>");
    assert_render_eq(out, "| Pier | Depth |\n| --- | --- |\n| North | 4 m |\n| South | 6 m |\n");
    free(out);
}
END_TEST

START_TEST(test_md_fence_longer_than_backticks_inside)
{
    char *out = md("<pre>Run:\n```\nmake\n```</pre>");
    assert_render_eq(out, "````\nRun:\n```\nmake\n```\n````\n");
    free(out);
    out = md("<pre>a ````` b</pre>");
    assert_render_eq(out, "``````\na ````` b\n``````\n");
    free(out);
}
END_TEST

START_TEST(test_md_code_language_is_info_string)
{
    char *out = md("<pre><code class=\"hljs language-python\">print(1)</code></pre>");
    assert_render_eq(out, "```python\nprint(1)\n```\n");
    free(out);
    out = md("<pre class=\"lang-c++\">int x;</pre>");
    assert_render_eq(out, "```c++\nint x;\n```\n");
    free(out);
    /* only the word's safe characters: a backtick cannot end the fence */
    out = md("<pre class=\"language-`x\">y</pre><pre class=\"languages\">z</pre>");
    assert_render_eq(out, "```\ny\n```\n\n```\nz\n```\n");
    free(out);
}
END_TEST

START_TEST(test_md_ordered_list_keeps_start)
{
    char *out = md("<ol start=\"3\"><li>Three</li><li>Four</li></ol>");
    assert_render_eq(out, "3. Three\n4. Four\n");
    free(out);
    out = md("<ol start=\"x\"><li>One</li></ol><ol start=\"0\"><li>Zero</li></ol>");
    assert_render_eq(out, "1. One\n\n0. Zero\n");
    free(out);
}
END_TEST

START_TEST(test_md_table_keeps_empty_cells)
{
    char *out = md("<table><tr><th>Pier</th><th>Depth</th><th>Note</th></tr>"
                   "<tr><td>North</td><td></td><td>closed</td></tr>"
                   "<tr><td></td><td> </td><td></td></tr>"
                   "<tr><td>South</td><td>6 m</td><td></td></tr></table>");
    assert_render_eq(out, "| Pier | Depth | Note |\n| --- | --- | --- |\n| North |  | closed |\n"
                          "| South | 6 m |  |\n");
    free(out);
}
END_TEST

START_TEST(test_md_script_link_words_kept)
{
    char *out = md("<p>Ask the <a href=\"javascript:void(0)\">wharfinger</a> first.</p>");
    assert_render_eq(out, "Ask the wharfinger first.\n");
    free(out);
}
END_TEST

START_TEST(test_md_images_absolute_with_captions)
{
    char *out = md("<p>Before.</p><figure><img src=\"/img/pier.jpg\" alt=\"The [north] pier\">"
                   "<figcaption>The pier at low tide.</figcaption></figure><p>After.</p>");
    assert_render_eq(out, "Before.\n\n![The \\[north\\] pier](https://gazette.example/img/pier.jpg)\n"
                          "*The pier at low tide.*\n\nAfter.\n");
    free(out);
}
END_TEST

START_TEST(test_md_lazy_images_resolved)
{
    /* a placeholder in src: the lazy loader's attribute has the picture */
    char *out = md("<p><img src=\"data:image/gif;base64,R0lGOD\" data-src=\"a.jpg\" alt=\"A\"></p>"
                   "<p><img src=\"small.jpg\" srcset=\"small.jpg 480w, big.jpg 1200w, mid.jpg 800w\"></p>"
                   "<p><img data-srcset=\"one.jpg, two.jpg\"></p>"
                   "<p><img src=\"x.gif\" data-lazy-src=\"lazy.jpg\"></p>"
                   "<p><img srcset=\"lo.jpg 1x, hi.jpg 2x\"></p>"
                   "<p><img src=\"/pixel.gif\" width=\"1\" height=\"1\"></p>"
                   "<p><img src=\"data:image/png;base64,AAAA\"></p>");
    assert_render_eq(out, "![A](https://gazette.example/news/2024/a.jpg)\n\n"
                          "![](https://gazette.example/news/2024/big.jpg)\n\n"
                          "![](https://gazette.example/news/2024/one.jpg)\n\n"
                          "![](https://gazette.example/news/2024/lazy.jpg)\n\n"
                          "![](https://gazette.example/news/2024/hi.jpg)\n");
    free(out);
}
END_TEST

START_TEST(test_md_image_in_text_and_repeats)
{
    char *out = md("<p>The flag <img src=\"/f.png\" alt=\"flag\">flies.</p>"
                   "<p><img src=\"/f.png\" alt=\"again\"></p>");
    assert_render_eq(out, "The flag ![flag](https://gazette.example/f.png) flies.\n");
    free(out);
}
END_TEST

START_TEST(test_md_no_images)
{
    char *out = render_fragment("<p>Before.</p><figure><img src=\"/p.jpg\"><figcaption>Cap.</figcaption>"
                                "</figure><p>The <img src=\"/f.png\"> flag.</p>",
                                NULL, DC_FORMAT_MARKDOWN, DC_RENDER_NO_IMAGES);
    assert_render_eq(out, "Before.\n\nThe flag.\n");
    free(out);
}
END_TEST

START_TEST(test_md_blockquote)
{
    char *out = md("<p>He said:</p><blockquote><p>We have waited long enough.</p></blockquote>");
    assert_render_eq(out, "He said:\n\n> We have waited long enough.\n");
    free(out);
}
END_TEST

START_TEST(test_md_line_break)
{
    char *out = md("<p>Harbour Office<br>Quay Street</p>");
    assert_render_eq(out, "Harbour Office\\\nQuay Street\n");
    free(out);
}
END_TEST

START_TEST(test_md_emphasis_delimiters_hug_the_text)
{
    char *out = md("<p>The wall was <em>quietly </em>failing and <strong>very </strong>old.</p>");
    assert_render_eq(out, "The wall was *quietly* failing and **very** old.\n");
    free(out);
}
END_TEST

START_TEST(test_md_code_span_with_backtick)
{
    char *out = md("<p>Use <code>a`b</code> here.</p>");
    assert_render_eq(out, "Use ``a`b`` here.\n");
    free(out);
}
END_TEST

START_TEST(test_md_blockquote_with_two_paragraphs_stays_one_quote)
{
    char *out = md("<blockquote><p>Quote one.</p><p>Quote two.</p></blockquote>");
    assert_render_eq(out, "> Quote one.\n>\n> Quote two.\n");
    free(out);
}
END_TEST

START_TEST(test_md_code_block_in_list_item_indented)
{
    char *out = md("<ul><li><pre>code\nline</pre></li></ul>");
    assert_render_eq(out, "-  ```\n   code\n   line\n   ```\n");
    free(out);
}
END_TEST

START_TEST(test_md_code_block_in_quote_prefixed)
{
    char *out = md("<blockquote><pre>code\nline</pre></blockquote>");
    assert_render_eq(out, "> ```\n> code\n> line\n> ```\n");
    free(out);
}
END_TEST

START_TEST(test_md_line_start_list_markers_escaped)
{
    char *out = md("<p>- dash start</p><p>1. number start</p><p>+ plus</p>");
    assert_render_eq(out, "\\- dash start\n\n1\\. number start\n\n\\+ plus\n");
    free(out);
}
END_TEST

START_TEST(test_md_line_break_in_table_cell_keeps_row)
{
    char *out = md("<table><tr><th>A</th><th>B</th></tr><tr><td>a<br>b</td><td>c</td></tr></table>");
    /* one line per row, whatever stands for the break */
    ck_assert_msg(tu_count(out, "\n") == 3, "rows split:\n%s", out);
    free(out);
}
END_TEST

/* A table cell holding two paragraphs: both writers keep them in the cell. */
#define CELL_PARAS                                                                  \
    "<table><tr><th>A</th><th>B</th></tr><tr><td><p>first para</p><p>second para</p></td>" \
    "<td>c</td></tr></table>"

START_TEST(test_md_table_cell_paragraphs_not_glued)
{
    char *out = md(CELL_PARAS);
    assert_render_eq(out, "| A | B |\n| --- | --- |\n| first para second para | c |\n");
    free(out);
}
END_TEST

START_TEST(test_md_end_to_end_links_use_option_url)
{
    char *page = tu_article_page("<p>The full <a href=\"/reports/wall\">engineering report</a> "
                                 "runs to four hundred pages, with maps, drawings and costs.</p>");
    dc_options opt;
    dc_options_init(&opt);
    opt.url = "https://gazette.example/news/harbour-wall";
    dc_status st;
    char *out = tu_render_opt(page, strlen(page), &opt, DC_FORMAT_MARKDOWN, 0, &st);
    ck_assert_int_eq(st, DC_OK);
    ck_assert_msg(strncmp(out, "# " TU_TITLE "\n\n", strlen(TU_TITLE) + 4) == 0, "%s", out);
    tu_assert_has(out, "[engineering report](https://gazette.example/reports/wall)");
    tu_assert_has(out, TU_PROSE1);
    free(out);
    free(page);
}
END_TEST

/* ------------------------------------------------------------------ html */

START_TEST(test_html_wraps_in_article_with_title)
{
    char *out = render_fragment("<p>Body.</p>", "Tide times", DC_FORMAT_HTML, 0);
    assert_render_eq(out, "<article>\n<h1>Tide times</h1>\n<p>Body.</p>\n</article>\n");
    free(out);
    out = render_fragment("<p>Body.</p>", "Tide times", DC_FORMAT_HTML, DC_RENDER_NO_TITLE);
    assert_render_eq(out, "<article>\n<p>Body.</p>\n</article>\n");
    free(out);
}
END_TEST

START_TEST(test_html_escapes_text_title_and_href)
{
    char *out = render_fragment("<p>Fish &amp; chips &lt;cheap&gt; &quot;fresh&quot; "
                                "<a href=\"/r?a=1&amp;b=&quot;2&quot;\">report &amp; more</a></p>",
                                "Tide & \"times\" <2024>", DC_FORMAT_HTML, 0);
    tu_assert_has(out, "<h1>Tide &amp; &quot;times&quot; &lt;2024&gt;</h1>");
    tu_assert_has(out, "<p>Fish &amp; chips &lt;cheap&gt; &quot;fresh&quot; ");
    tu_assert_has(out, "<a href=\"https://gazette.example/r?a=1&amp;b=&quot;2&quot;\">"
                       "report &amp; more</a></p>");
    tu_assert_lacks(out, "<cheap>");
    tu_assert_lacks(out, "\"fresh\"");
    free(out);
}
END_TEST

START_TEST(test_html_inline_styles)
{
    char *out = html_of("<p><em>soft</em> <strong>loud</strong> <code>x&lt;y</code>"
                        " line<br>break</p>");
    assert_render_eq(out, "<article>\n<p><em>soft</em> <strong>loud</strong> "
                          "<code>x&lt;y</code> line<br>break</p>\n</article>\n");
    free(out);
}
END_TEST

/* Every tag opened in out is closed, in order. */
static void assert_balanced(const char *out)
{
    static const char *const tags[] = {"article", "p", "h2", "ul", "ol", "li", "pre",
                                       "blockquote", "table", "tr", "th", "td", "code",
                                       "figure", "figcaption"};
    for (size_t i = 0; i < DCX_COUNTOF(tags); i++) {
        char open[32], close[32];
        char open_attrs[32];
        snprintf(open, sizeof open, "<%s>", tags[i]);
        snprintf(open_attrs, sizeof open_attrs, "<%s ", tags[i]);
        snprintf(close, sizeof close, "</%s>", tags[i]);
        ck_assert_msg(tu_count(out, open) + tu_count(out, open_attrs) == tu_count(out, close),
                      "%s not balanced in:\n%s", tags[i], out);
    }
    int depth = 0;
    for (const char *p = out; (p = strchr(p, '<')) != NULL; p++) {
        /* <a ...> is counted by its close; <br> and <img> have none */
        if (strncmp(p, "<br>", 4) == 0 || strncmp(p, "<a ", 3) == 0 || strncmp(p, "<img ", 5) == 0)
            continue;
        depth += p[1] == '/' ? -1 : 1;
        ck_assert_msg(depth >= 0, "close before open in:\n%s", out);
    }
    ck_assert_int_eq(depth, 0);
}

START_TEST(test_html_ol_start_code_language_and_empty_cells)
{
    char *out = html_of("<ol start=\"3\"><li>Three</li></ol><ol><li>One</li></ol>"
                        "<pre><code class=\"language-sh\">ls &amp;&amp; pwd</code></pre>"
                        "<table><tr><th>Pier</th><th>Depth</th></tr><tr><td></td>"
                        "<td>4 m</td></tr></table>");
    tu_assert_has(out, "<ol start=\"3\"><li><p>Three</p>\n</li>\n</ol>\n<ol><li>");
    tu_assert_has(out, "<pre><code class=\"language-sh\">ls &amp;&amp; pwd</code></pre>\n");
    tu_assert_has(out, "<tr><td></td>\n<td><p>4 m</p>\n</td>\n</tr>\n");
    assert_balanced(out);
    free(out);
}
END_TEST

START_TEST(test_html_images_as_figures)
{
    char *out = html_of("<figure><img src=\"/p.jpg\" alt=\"A &quot;pier&quot;\">"
                        "<figcaption>Low <b>tide</b>.</figcaption></figure>"
                        "<p>A <img src=\"/f.png\" alt=\"flag\"> here.</p>");
    tu_assert_has(out, "<figure><img src=\"https://gazette.example/p.jpg\" alt=\"A &quot;pier&quot;\">"
                       "<figcaption>Low tide.</figcaption></figure>\n");
    tu_assert_has(out, "<p>A <img src=\"https://gazette.example/f.png\" alt=\"flag\"> here.</p>\n");
    assert_balanced(out);
    free(out);
    out = render_fragment("<figure><img src=\"/p.jpg\"></figure><p>Text.</p>", NULL, DC_FORMAT_HTML,
                          DC_RENDER_NO_IMAGES);
    assert_render_eq(out, "<article>\n<p>Text.</p>\n</article>\n");
    free(out);
}
END_TEST

START_TEST(test_html_block_structure)
{
    char *out = html_of("<h2>Sub</h2><p>Para.</p><ul><li>A</li><li>B</li></ul>"
                        "<ol><li>One</li></ol><pre>line\n  two &lt;x&gt;</pre>"
                        "<blockquote><p>Quoted.</p></blockquote>"
                        "<table><tr><th>Pier</th><th>Depth</th></tr><tr><td>North</td>"
                        "<td>4 m</td></tr></table>");
    tu_assert_has(out, "<h2>Sub</h2>\n<p>Para.</p>\n");
    tu_assert_has(out, "<ul><li><p>A</p>\n</li>\n<li><p>B</p>\n</li>\n</ul>\n");
    tu_assert_has(out, "<ol><li><p>One</p>\n</li>\n</ol>\n");
    tu_assert_has(out, "<pre>line\n  two &lt;x&gt;</pre>\n");
    tu_assert_has(out, "<blockquote><p>Quoted.</p>\n</blockquote>\n");
    tu_assert_has(out, "<table><tr><th><p>Pier</p>\n</th>\n<th><p>Depth</p>\n</th>\n</tr>\n"
                       "<tr><td><p>North</p>\n</td>\n<td><p>4 m</p>\n</td>\n</tr>\n</table>\n");
    assert_balanced(out);
    free(out);
}
END_TEST

START_TEST(test_html_nested_lists_balanced)
{
    char *out = html_of("<ul><li>Outer<ul><li>Inner A</li><li>Inner B</li></ul></li>"
                        "<li>Two</li></ul><p>End.</p>");
    tu_assert_has(out, "<ul><li><p>Outer</p>\n<ul><li><p>Inner A</p>\n</li>\n");
    assert_balanced(out);
    free(out);
}
END_TEST

/* ------------------------------------------------------------------ text */

START_TEST(test_text_paragraphs_and_headings)
{
    char *out = render_fragment("<h2>Sub heading</h2><p>First  para.</p><p>Second\npara.</p>",
                                "Title", DC_FORMAT_TEXT, 0);
    assert_render_eq(out, "Title\n\nSub heading\n\nFirst para.\n\nSecond para.\n");
    free(out);
}
END_TEST

START_TEST(test_text_list_items_one_per_line)
{
    char *out = text_of("<p>Materials:</p><ul><li>Granite</li><li><b>Steel</b> piles</li></ul>"
                        "<ol><li>Survey</li><li>Rebuild</li></ol><p>After.</p>");
    assert_render_eq(out, "Materials:\n\n- Granite\n- Steel piles\n\n- Survey\n- Rebuild\n\nAfter.\n");
    free(out);
}
END_TEST

START_TEST(test_text_nested_list_indented)
{
    char *out = text_of("<ul><li>Outer<ul><li>Inner A</li><li>Inner B</li></ul></li>"
                        "<li>Two</li></ul>");
    tu_assert_has(out, "- Outer\n");
    tu_assert_has(out, "  - Inner A\n  - Inner B\n");
    tu_assert_has(out, "- Two\n");
    free(out);
}
END_TEST

START_TEST(test_text_item_marker_on_its_first_text_only)
{
    char *out = text_of("<ul><li><p>Granite blocks</p><p>From the quarry</p></li>"
                        "<li>Steel<ol><li>Piles</li></ol></li><li>Timber</li></ul>");
    assert_render_eq(out, "- Granite blocks\n\nFrom the quarry\n\n- Steel\n\n  - Piles\n\n- Timber\n");
    free(out);
}
END_TEST

START_TEST(test_text_item_opening_with_a_table_has_no_marker_after_it)
{
    char *out = text_of("<ul><li><table><tr><th>Pier</th><th>Depth</th></tr>"
                        "<tr><td>North</td><td>4 m</td></tr></table>"
                        "<p>Depths at low tide</p></li><li>Next</li></ul>");
    assert_render_eq(out, "Pier | Depth\nNorth | 4 m\n\nDepths at low tide\n\n- Next\n");
    free(out);
}
END_TEST

START_TEST(test_text_table_rows)
{
    char *out = text_of("<table><tr><th>Pier</th><th>Depth</th></tr>"
                        "<tr><td>North</td><td>4 m</td></tr><tr><td>South</td><td>6 m</td></tr></table>");
    assert_render_eq(out, "Pier | Depth\nNorth | 4 m\nSouth | 6 m\n");
    free(out);
}
END_TEST

/* An empty cell keeps its place between the bars, so that "closed" stays
 * under "Note" (a leading one too); empty cells closing a row shift no
 * column and are left out; a row with nothing in it is no line. */
START_TEST(test_text_table_empty_cells_keep_their_place)
{
    char *out = text_of("<table><tr><th></th><th>Depth</th><th>Note</th></tr>"
                        "<tr><td>North</td><td></td><td>closed</td></tr>"
                        "<tr><td></td><td></td><td></td></tr>"
                        "<tr><td>South</td><td>6 m</td><td></td></tr></table><p>After.</p>");
    assert_render_eq(out, " | Depth | Note\nNorth |  | closed\nSouth | 6 m\n\nAfter.\n");
    free(out);
}
END_TEST

START_TEST(test_text_table_cell_paragraphs_stay_in_their_cell)
{
    char *out = text_of(CELL_PARAS);
    assert_render_eq(out, "A | B\nfirst para second para | c\n");
    free(out);
}
END_TEST

START_TEST(test_text_code_kept_verbatim_and_links_plain)
{
    char *out = text_of("<pre>tide  08:14\n  low 14:31</pre><p>See <a href=\"/r\">the report</a>.</p>");
    assert_render_eq(out, "tide  08:14\n  low 14:31\n\nSee the report.\n");
    free(out);
}
END_TEST

START_TEST(test_text_no_title_and_empty_content)
{
    char *out = render_fragment("<p>Only body.</p>", "Title", DC_FORMAT_TEXT, DC_RENDER_NO_TITLE);
    assert_render_eq(out, "Only body.\n");
    free(out);
    out = render_fragment("", NULL, DC_FORMAT_TEXT, 0);
    assert_render_eq(out, "");
    free(out);
}
END_TEST

/* ------------------------------------------------------------------ json */

static json_t *load_json(const char *s)
{
    json_error_t err;
    json_t *root = json_loads(s, 0, &err);
    ck_assert_msg(root != NULL, "invalid JSON (%s, line %d):\n%s", err.text, err.line, s);
    ck_assert(json_is_object(root));
    return root;
}

START_TEST(test_json_has_every_key_and_valid_syntax)
{
    char *page = tu_article_page_head(
        "Tide \"times\" & tides",
        "<meta name=\"author\" content=\"Jane \\ Doe\">"
        "<meta property=\"og:site_name\" content=\"The Coast Gazette\">",
        "<p>He said \"enough\", then left.\tTabs and a back\\slash stay.</p>");
    dc_options opt;
    dc_options_init(&opt);
    opt.url = "https://gazette.example/story";
    dc_result *r = dc_extract(page, strlen(page), &opt);
    ck_assert_int_eq(dc_result_status(r), DC_OK);
    char *out = dc_render(r, DC_FORMAT_JSON, 0, NULL);
    char *text = dc_render(r, DC_FORMAT_TEXT, DC_RENDER_NO_TITLE, NULL);
    static const char *const keys[] = {"url", "title", "byline", "date", "site_name", "lang",
                                       "excerpt", "charset", "status", "word_count", "text"};
    for (size_t i = 0; i < DCX_COUNTOF(keys); i++) {
        char quoted[32];
        snprintf(quoted, sizeof quoted, "\"%s\":", keys[i]);
        tu_assert_has(out, quoted);
    }
    /* quotes and back slashes escaped, no raw control characters */
    tu_assert_has(out, "\"title\": \"Tide \\\"times\\\" & tides\"");
    tu_assert_has(out, "\"byline\": \"Jane \\\\ Doe\"");
    tu_assert_has(out, "He said \\\"enough\\\", then left.");
    tu_assert_has(out, "\"date\": null");
    for (const char *p = out; *p; p++)
        if (*p != '\n')
            ck_assert_msg((unsigned char)*p >= 0x20, "raw control 0x%02x in JSON", *p);

    json_t *root = load_json(out);
    ck_assert_str_eq(json_string_value(json_object_get(root, "title")), "Tide \"times\" & tides");
    ck_assert_str_eq(json_string_value(json_object_get(root, "url")), "https://gazette.example/story");
    ck_assert_str_eq(json_string_value(json_object_get(root, "site_name")), "The Coast Gazette");
    ck_assert_str_eq(json_string_value(json_object_get(root, "status")), "ok");
    ck_assert(json_is_null(json_object_get(root, "error")));
    ck_assert_str_eq(json_string_value(json_object_get(root, "charset")), "UTF-8");
    ck_assert_str_eq(json_string_value(json_object_get(root, "lang")), "en");
    ck_assert(json_is_null(json_object_get(root, "date")));
    ck_assert_int_eq(json_integer_value(json_object_get(root, "word_count")),
                     (json_int_t)dc_result_word_count(r));
    ck_assert_uint_gt(dc_result_word_count(r), 50);
    /* the text is the body without the headline, as the text format has it */
    ck_assert_str_eq(json_string_value(json_object_get(root, "text")), text);
    ck_assert(!tu_contains(text, "Tide \"times\""));
    tu_assert_has(text, "Tabs and a back\\slash stay.");
    json_decref(root);
    free(text);
    free(out);
    dc_result_free(r);
    free(page);
}
END_TEST

START_TEST(test_json_of_page_without_article)
{
    const char *html = "<html><head><title>Index page</title></head><body>"
                       "<ul><li><a href=\"/a\">Home</a></li></ul></body></html>";
    dc_status st;
    char *out = tu_render_opt(html, strlen(html), NULL, DC_FORMAT_JSON, 0, &st);
    ck_assert_int_eq(st, DC_NO_CONTENT);
    json_t *root = load_json(out);
    ck_assert_str_eq(json_string_value(json_object_get(root, "status")), "no_content");
    ck_assert_str_eq(json_string_value(json_object_get(root, "error")),
                     dc_strerror(DC_NO_CONTENT));
    ck_assert_str_eq(json_string_value(json_object_get(root, "title")), "Index page");
    ck_assert_str_eq(json_string_value(json_object_get(root, "text")), "");
    ck_assert_int_eq(json_integer_value(json_object_get(root, "word_count")), 0);
    ck_assert(json_is_null(json_object_get(root, "url")));
    json_decref(root);
    free(out);
}
END_TEST

START_TEST(test_json_images)
{
    char *out = render_fragment("<p>Text of the story.</p><figure><img data-src=\"/p.jpg\" alt=\"Pier\">"
                                "<figcaption>Low tide.</figcaption></figure><p><img src=\"/q.jpg\"></p>",
                                NULL, DC_FORMAT_JSON, 0);
    json_t *root = load_json(out);
    json_t *images = json_object_get(root, "images");
    ck_assert_int_eq(json_array_size(images), 2);
    json_t *first = json_array_get(images, 0), *second = json_array_get(images, 1);
    ck_assert_str_eq(json_string_value(json_object_get(first, "url")), "https://gazette.example/p.jpg");
    ck_assert_str_eq(json_string_value(json_object_get(first, "alt")), "Pier");
    ck_assert_str_eq(json_string_value(json_object_get(first, "caption")), "Low tide.");
    ck_assert_str_eq(json_string_value(json_object_get(second, "url")), "https://gazette.example/q.jpg");
    ck_assert(json_is_null(json_object_get(second, "alt")));
    ck_assert(json_is_null(json_object_get(second, "caption")));
    /* the caption stays out of the text */
    ck_assert_str_eq(json_string_value(json_object_get(root, "text")), "Text of the story.\n");
    json_decref(root);
    free(out);
    out = render_fragment("<p>Text.</p><p><img src=\"/q.jpg\"></p>", NULL, DC_FORMAT_JSON,
                          DC_RENDER_NO_IMAGES);
    root = load_json(out);
    ck_assert_ptr_null(json_object_get(root, "images"));
    json_decref(root);
    free(out);
}
END_TEST

START_TEST(test_images_resolved_against_base_element)
{
    const char *html = "<html><head><title>T</title><base href=\"https://cdn.example/site/\"></head>"
                       "<body><article><h1>T</h1><p>" TU_PROSE1 "</p><p>" TU_PROSE2 "</p>"
                       "<figure><img src=\"img/a.jpg\"></figure><p>" TU_PROSE3 "</p></article></body></html>";
    dc_options opt;
    dc_options_init(&opt);
    opt.url = "https://gazette.example/story";
    dc_status st;
    char *out = tu_render_opt(html, strlen(html), &opt, DC_FORMAT_MARKDOWN, 0, &st);
    ck_assert_int_eq(st, DC_OK);
    tu_assert_has(out, "![](https://cdn.example/site/img/a.jpg)");
    free(out);
}
END_TEST

START_TEST(test_json_non_ascii_text_round_trips)
{
    char *page = tu_article_page("<p>Caf\xc3\xa9 \xe6\xb8\xaf\xe5\x8f\xa3 \xf0\x9f\x8c\x8a waves.</p>");
    char *out = tu_render_opt(page, strlen(page), NULL, DC_FORMAT_JSON, 0, NULL);
    json_t *root = load_json(out);
    tu_assert_has(json_string_value(json_object_get(root, "text")),
                  "Caf\xc3\xa9 \xe6\xb8\xaf\xe5\x8f\xa3 \xf0\x9f\x8c\x8a waves.");
    json_decref(root);
    free(out);
    free(page);
}
END_TEST

static Suite *emit_suite(void)
{
    Suite *s = suite_create("emit");
    TCase *mdc = tcase_create("markdown");
    tcase_add_test(mdc, test_md_title_is_level_one_heading);
    tcase_add_test(mdc, test_md_headings_by_level);
    tcase_add_test(mdc, test_md_emphasis_strong_and_code);
    tcase_add_test(mdc, test_md_escapes_markup_characters);
    tcase_add_test(mdc, test_md_links_resolved_against_base);
    tcase_add_test(mdc, test_md_link_destination_escaped);
    tcase_add_test(mdc, test_md_script_links_become_plain_text);
    tcase_add_test(mdc, test_md_emphasised_link);
    tcase_add_test(mdc, test_md_bullet_list);
    tcase_add_test(mdc, test_md_ordered_list_numbers_items);
    tcase_add_test(mdc, test_md_nested_list_indented);
    tcase_add_test(mdc, test_md_ordered_numbers_go_on_after_a_nested_list);
    tcase_add_test(mdc, test_md_quote_in_item_ends_with_it);
    tcase_add_test(mdc, test_md_deep_quotes_keep_every_marker);
    tcase_add_test(mdc, test_md_code_block_fenced_verbatim);
    tcase_add_test(mdc, test_md_table_with_header_separator);
    tcase_add_test(mdc, test_md_blockquote);
    tcase_add_test(mdc, test_md_line_break);
    tcase_add_test(mdc, test_md_emphasis_delimiters_hug_the_text);
    tcase_add_test(mdc, test_md_code_span_with_backtick);
    tcase_add_test(mdc, test_md_blockquote_with_two_paragraphs_stays_one_quote);
    tcase_add_test(mdc, test_md_code_block_in_list_item_indented);
    tcase_add_test(mdc, test_md_code_block_in_quote_prefixed);
    tcase_add_test(mdc, test_md_line_start_list_markers_escaped);
    tcase_add_test(mdc, test_md_line_break_in_table_cell_keeps_row);
    tcase_add_test(mdc, test_md_table_cell_paragraphs_not_glued);
    tcase_add_test(mdc, test_md_end_to_end_links_use_option_url);
    tcase_add_test(mdc, test_md_fence_longer_than_backticks_inside);
    tcase_add_test(mdc, test_md_code_language_is_info_string);
    tcase_add_test(mdc, test_md_ordered_list_keeps_start);
    tcase_add_test(mdc, test_md_table_keeps_empty_cells);
    tcase_add_test(mdc, test_md_script_link_words_kept);
    tcase_add_test(mdc, test_md_images_absolute_with_captions);
    tcase_add_test(mdc, test_md_lazy_images_resolved);
    tcase_add_test(mdc, test_md_image_in_text_and_repeats);
    tcase_add_test(mdc, test_md_no_images);
    suite_add_tcase(s, mdc);

    TCase *html = tcase_create("html");
    tcase_add_test(html, test_html_wraps_in_article_with_title);
    tcase_add_test(html, test_html_escapes_text_title_and_href);
    tcase_add_test(html, test_html_inline_styles);
    tcase_add_test(html, test_html_block_structure);
    tcase_add_test(html, test_html_ol_start_code_language_and_empty_cells);
    tcase_add_test(html, test_html_images_as_figures);
    tcase_add_test(html, test_html_nested_lists_balanced);
    suite_add_tcase(s, html);

    TCase *text = tcase_create("text");
    tcase_add_test(text, test_text_paragraphs_and_headings);
    tcase_add_test(text, test_text_list_items_one_per_line);
    tcase_add_test(text, test_text_nested_list_indented);
    tcase_add_test(text, test_text_item_marker_on_its_first_text_only);
    tcase_add_test(text, test_text_item_opening_with_a_table_has_no_marker_after_it);
    tcase_add_test(text, test_text_table_rows);
    tcase_add_test(text, test_text_table_empty_cells_keep_their_place);
    tcase_add_test(text, test_text_table_cell_paragraphs_stay_in_their_cell);
    tcase_add_test(text, test_text_code_kept_verbatim_and_links_plain);
    tcase_add_test(text, test_text_no_title_and_empty_content);
    suite_add_tcase(s, text);

    TCase *json = tcase_create("json");
    tcase_add_test(json, test_json_has_every_key_and_valid_syntax);
    tcase_add_test(json, test_json_of_page_without_article);
    tcase_add_test(json, test_json_non_ascii_text_round_trips);
    tcase_add_test(json, test_json_images);
    tcase_add_test(json, test_images_resolved_against_base_element);
    suite_add_tcase(s, json);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(emit_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? 0 : 1;
}
