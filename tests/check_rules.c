/*
 * Every rule of the rule table, on one small page that triggers it and one
 * near miss that must not; the table's own invariants; the tuning
 * overrides; and the walker's deadline.
 */
#include "clean.h"
#include "index_page.h"
#include "prune.h"
#include "rules.h"
#include "score.h"
#include "testutil.h"
#include "walk.h"
#include "sizes.h"

#include <time.h>

#define P1 "<p>" TU_PROSE1 "</p>"
#define P2 "<p>" TU_PROSE2 "</p>"
#define P3 "<p>" TU_PROSE3 "</p>"
#define P4 "<p>" TU_PROSE4 "</p>"
/* prose found nowhere else on the test page */
#define NOTE                                                                               \
    "The ferry operators asked for a second landing stage on the eastern side, so that "  \
    "their boats could keep sailing while the work went on."
/* a twin joins with twin_min_prose (200) characters of prose */
#define TWIN_PROSE                                                                         \
    P4 "<p>The ferries will keep to their published timetable while the barges unload "   \
       "at the quay, the harbour master said on Wednesday.</p>"
/* a post of a thread: its body, then its controls (twin_gaps) */
#define THREAD_POST(body) "<div class=\"story\">" body "</div><div><a href=\"/r\">Reply</a></div>"
#define THREAD_POST_T(body)                                                                \
    "<div id=\"t\" class=\"story\">" body "</div><div><a href=\"/r\">Reply</a></div>"
/* a reply shorter than a twin (twin_min_prose) */
#define SHORT_REPLY                                                                        \
    "<p>The video shows the tense moments before the officers reached the harbour wall, "  \
    "where the boat ran aground.</p>"
#define PAGE(body) "<!DOCTYPE html><html><head><title>T</title></head><body>" body "</body></html>"
#define PAGE_TITLED(title, body)                                                           \
    "<!DOCTYPE html><html><head><title>" title "</title></head><body>" body "</body></html>"
#define LINE(n) "<p>Short line number " #n " here.</p>"
#define LINES5 LINE(1) LINE(2) LINE(3) LINE(4) LINE(5)
#define LINES20 LINES5 LINES5 LINES5 LINES5
#define SUMMARY "A summary of this other story, in a sentence long enough to read as prose at last."
#define LONG_SUMMARY SUMMARY " " TU_PROSE1 " " TU_PROSE2 " " TU_PROSE3
#define HEADLINE(s) "<h2><a href=\"/story\">A headline of another story</a></h2><p>" s "</p>"
#define HEADLINES(s) HEADLINE(s) HEADLINE(s) HEADLINE(s) HEADLINE(s) HEADLINE(s) HEADLINE(s)
#define ANCHORED(s) "<h2 id=\"a\"><a href=\"#a\">A section of this page</a></h2><p>" s "</p>"
#define ANCHORED_SECTIONS(s) ANCHORED(s) ANCHORED(s) ANCHORED(s) ANCHORED(s) ANCHORED(s) ANCHORED(s)
#define CARD(s) "<article><h3>Card</h3><p>" s " <a href=\"/card\">The story</a></p></article>"
#define CARDS(s) CARD(s) CARD(s) CARD(s) CARD(s) CARD(s) CARD(s)
/* a blog engine's query loop: each <li> wraps a linked headline and an excerpt */
#define LOOP_ITEM(s) "<li><div><h2><a href=\"/story\">A headline of another story</a></h2><div><p>" s "</p></div></div></li>"
#define LOOP(s) "<ul>" LOOP_ITEM(s) LOOP_ITEM(s) LOOP_ITEM(s) LOOP_ITEM(s) LOOP_ITEM(s) LOOP_ITEM(s) "</ul>"
/* a card whose title bar is a <header> set whole in a link, no heading tag */
#define BAR_CARD(a, s) "<article><" a "><header><span>A headline of another story</span></header>" \
    "</" a "><div><p>" s "</p></div></article>"
#define BAR_CARDS(a, s) BAR_CARD(a, s) BAR_CARD(a, s) BAR_CARD(a, s) BAR_CARD(a, s) BAR_CARD(a, s)
#define POST(s) "<article><h3>Reply</h3><p>" s "</p></article>"
/* a card cut short: a title link, no heading (Hexo's Butterfly theme), a
 * meta line and an excerpt the engine cut (end: "..." or not) */
#define CUT_CARD(href, end)                                                                \
    "<div><div><a href=\"" href "\">A post of the blog</a><div>2023-12-24 | Essays</div><div>" \
    LONG_SUMMARY end "</div></div></div>"
#define CUT_CARDS(href, end) CUT_CARD(href, end) CUT_CARD(href, end) CUT_CARD(href, end) \
    CUT_CARD(href, end) CUT_CARD(href, end) CUT_CARD(href, end)
/* a card under a linked heading whose excerpt ends in a link (more): "Read
 * more" to the post itself (Hexo's NexT theme), or a button to elsewhere */
#define MORE_CARD(more)                                                                    \
    "<article><header><h2><a href=\"/2023/12/24/post/\">A post of the blog</a></h2>"       \
    "<div>Posted on 2023-12-24</div></header><div><p>" LONG_SUMMARY "</p><div><a href=\"" \
    more "\">Read more \xc2\xbb</a></div></div></article>"
#define MORE_CARDS(more) MORE_CARD(more) MORE_CARD(more) MORE_CARD(more) MORE_CARD(more) \
    MORE_CARD(more) MORE_CARD(more)
/* a blog's front page: the posts listed, each a linked heading over its
 * excerpt, loose in the item, twelve of them (an article's worth of text) */
#define LISTED(h) "<li><span>Dec 24, 2021</span><h3>" h "</h3>" SUMMARY "</li>"
#define LISTED4(h) LISTED(h) LISTED(h) LISTED(h) LISTED(h)
#define POST_LIST(h) "<h2>Posts</h2><ul>" LISTED4(h) LISTED4(h) LISTED4(h) "</ul>"
#define THREAD(s) POST(s) POST(s) POST(s) POST(s) POST(s) POST(s)
#define UNITS4 "<dd>" P3 "</dd><dd>" P4 "</dd><dd>" P1 "</dd><dd>" P2 "</dd>"
#define UNITS12 UNITS4 UNITS4 UNITS4
#define PARAS12 P3 P4 P1 P2 P3 P4 P1 P2 P3 P4 P1 P2
/* comment units without a class, each opening with its signature */
#define CSIGNED(name, time, para) "<li><div>" name " on May 2, 2012 at " time "</div>" para "</li>"
#define SIGNED4(a, b, c, d)                                                                \
    CSIGNED(a, "1:37 pm", P3) CSIGNED(b, "2:05 pm", P4) CSIGNED(c, "3:41 pm", P1)           \
    CSIGNED(d, "9:12 pm", P2)
#define SIGNED12 SIGNED4("Ann", "Bo", "Cy", "Di") SIGNED4("Ed", "Flo", "Gus", "Hal") \
    SIGNED4("Ida", "Jo", "Kit", "Lu")
/* a wiki's talk page: comments signed at their end (each opening with its own words),
 * replies indented in <dl>s, under
 * a box holding the page's name and its wiki's lines (main: the box's attributes;
 * open, close: around the box) */
#define TSIG(name, time)                                                                   \
    " <a href=\"/wiki/User:" name "\">" name "</a> (<a href=\"/wiki/User_talk:" name        \
    "\">talk</a>) " time ", 29 November 2026 (UTC)"
#define TALK_SECTION(h, a, b, c)                                                           \
    "<h2>" h "</h2><p>" a " here. " TU_PROSE3 TSIG(a, "13:20") "</p><dl><dd>" b " here. "   \
    TU_PROSE4 TSIG(b, "14:21") "</dd></dl><dl><dd><dl><dd>" c " here. " TU_PROSE1            \
    TSIG(c, "15:22") "</dd></dl></dd></dl>"
#define TALK_PAGE(open, main, close)                                                       \
    PAGE_TITLED("Talk:Harbour - Wiki",                                                     \
                open "<div class=\"content\"" main "><h1>Talk:Harbour</h1><div><div>From the "  \
                "wiki</div><div><div id=\"t\">" TALK_SECTION("Sources", "Ann", "Bo", "Cy")  \
                TALK_SECTION("Neutrality", "Di", "Ed", "Flo")                              \
                TALK_SECTION("Requested move", "Gus", "Hal", "Ida")                        \
                "</div></div><div>Retrieved from \"<a href=\"/w?t=1\">http://wiki.example/" \
                "index.php?title=Talk:Harbour&amp;oldid=1</a>\"</div></div></div>" close)
#define H5UNIT(name) "<li><h5>" name "</h5><div>on May 2, 2012 at 1:37 pm</div>" P3 "</li>"
#define TPOST(name) "<li><h3>Links of the day</h3><div>" name " on May 2, 2012 at 1:37 pm</div>" P3 "</li>"
#define SIGNED36 SIGNED12 SIGNED4("Al", "Bea", "Cal", "Dot") SIGNED4("Eve", "Fay", "Gil", "Hy")   \
    SIGNED4("Ivy", "Jay", "Kay", "Lew") SIGNED4("Mo", "Ned", "Oz", "Pam")                       \
    SIGNED4("Quin", "Ray", "Sue", "Ty") SIGNED4("Uma", "Val", "Wes", "Xan")
/* comment units opening with their date and time, the name said after it */
#define ASIGNED(name, verb, time, para)                                                    \
    "<li><p>May 2, 2012 at " time "</p><p>" name verb "</p>" para "</li>"
#define ASIGNED4(v, a, b, c, d)                                                            \
    ASIGNED(a, v, "1:37 pm", P3) ASIGNED(b, v, "2:05 pm", P4) ASIGNED(c, v, "3:41 pm", P1)  \
    ASIGNED(d, v, "9:12 pm", P2)
#define ASIGNED12(v) ASIGNED4(v, "Ann", "Bo", "Cy", "Di") ASIGNED4(v, "Ed", "Flo", "Gus", "Hal") \
    ASIGNED4(v, "Ida", "Jo", "Kit", "Lu")
/* comment units signed with a date and no time of day */
#define DATED(name) "<li><div>" name " on May 2, 2012</div>" P3 "</li>"
#define DATED4 DATED("Ann") DATED("Bo") DATED("Cy") DATED("Di")
#define DATED36 DATED4 DATED4 DATED4 DATED4 DATED4 DATED4 DATED4 DATED4 DATED4
#define SIGNED12_ONE SIGNED4("jon", "jon", "jon", "jon") SIGNED4("jon", "jon", "jon", "jon") \
    SIGNED4("jon", "jon", "jon", "jon")
#define TITLED(title, body) \
    "<!DOCTYPE html><html><head><title>" title "</title></head><body>" body "</body></html>"
#define LINK_ITEM "&bull; The best <a href=\"/a\">ads</a> of the harbour week.<br>"
#define LINK_POST                                                                          \
    "<div><div class=\"post\"><h3>Links of the week</h3><div class=\"post-body\"><p>" LINK_ITEM \
        LINK_ITEM LINK_ITEM LINK_ITEM LINK_ITEM "</p></div></div></div>"
#define PROFILE16 "<div id=\"t\" class=\"sidebar\"><div>" PARAS12 P1 P2 P3 P4 "</div></div>"
#define HASHTAGS                                                                           \
    "<p>Waves over the harbour wall today <a href=\"/h/1\">#harbour</a> <a href=\"/u/p\">"      \
    "@portmaster</a></p>"
/* a line of a post's roll of links: its own words lead into the link */
#define ROLL_ITEM                                                                          \
    "<li><strong>Study:</strong> <a href=\"/2012/10/fan-sharing\">Fan Sharing On Facebook Is "   \
    "Worth $4.20</a></li>"
/* a row of a post's table of days: the day, then a short list of its lines */
#define DAY_ROW(id, day, items) "<tr" id "><td>" day "</td><td><ul>" items "</ul></td></tr>"
/* a line of a list archive's navigation or a roll of links: label, then link */
#define SEQUENCE_ITEM(label) \
    "<li><strong>" label "</strong> <a href=\"/0060.html\">Donna: \"On remembering\"</a></li>"
#define LEAF "<div>12</div>"
#define LEAVES5 LEAF LEAF LEAF LEAF LEAF
#define TEASER(end) "<li><a href=\"/s\">Another story</a> the first words of its text " end "</li>"
#define LINKED(href, name) "<a href=\"" href "\">" name "</a> " SUMMARY
/* a cell of a row of teasers: a kicker and a headline, each a link on its
 * own line, over a summary of a line */
#define RESIDUE_CELL(kicker, head) \
    "<td><div>" kicker "</div><div>" head "</div>" \
    "<div>Another top group may withdraw their new album.</div></td>"
#define RESIDUE_ROW(kicker, head)                                                              \
    "<table><tr id=\"t\">" RESIDUE_CELL(kicker, head) RESIDUE_CELL(kicker, head)                \
    RESIDUE_CELL(kicker, head) "</tr></table>"
#define DATA_ROW                                                                               \
    "<tr><td><div><a href=\"/m\">Maps</a></div></td><td>71.1 MB</td><td>37.3 MB (52.5%)</td></tr>"
/* a unit of a "Videos" box: a linked headline on a line of its own, then
 * a summary of one line, prose or no full stop */
#define VIDEO_UNIT(href)                                                                     \
    "<div><a href=\"" href "\"><img src=\"/i.jpg\" alt=\"\"></a><p><a href=\"" href     \
    "\">Funeral footage from Larkana</a></p><p>Hundreds of thousands of mourners paid their " \
    "last respects to the opposition leader as she was buried on Friday</p></div>"
#define VIDEO_BOX(href) "<div id=\"t\">" VIDEO_UNIT(href) VIDEO_UNIT(href) VIDEO_UNIT(href) "</div>"
/* A text ad: its title linked (href), a line of description, the address it
 * shows. */
#define TEXT_AD(href)                                                                        \
    "<li><b><a rel=\"nofollow\" href=\"" href "\">ETF Investing</a></b> Discover more "    \
    "tools. More strategies. More possibilities.<br><span>www.funds.example</span></li>"
#define TEXT_ADS(href) "<ul id=\"t\">" TEXT_AD(href) TEXT_AD(href) TEXT_AD(href) "</ul>"
#define LINKED3(href, name) \
    "<li>" LINKED(href, name) "</li><li>" LINKED(href, name) "</li><li>" LINKED(href, name) "</li>"
#define INTERVIEW(n) "<li><a href=\"/p" #n "\">Previous interview number " #n " on the harbour</a></li>"
#define INTERVIEW_ITEMS                                                                      \
    INTERVIEW(1) INTERVIEW(2) INTERVIEW(3) INTERVIEW(4) INTERVIEW(5) INTERVIEW(6) INTERVIEW(7) \
        INTERVIEW(8) INTERVIEW(9) INTERVIEW(10)
#define INTERVIEWS "<ul>" INTERVIEW_ITEMS "</ul>"
/* A post's box: its linked headline, its categories, a line of its own. */
#define SELF_POST(href)                                                                      \
    "<h3><a href=\"" href "\">Logos Re-imagined for the Zombie Apocalypse</a></h3><div>"     \
    "<a href=\"/c/1\">all other stuff</a>, <a href=\"/c/6\">images</a> - ann @ 15:34</div>" \
    "<p>Created by designer Ben Fellowes! Via <a href=\"https://taxi.example/n\">designtaxi"  \
    "</a></p>"
/* A forum reply: its header links its subject (href) to the reply's own
 * anchor on the thread's page, names its author and its time, over its
 * text. */
#define REPLY(id, href)                                                                      \
    "<div id=\"" id "\"><h4><a href=\"" href "\">RE: Sea wall repairs approved</a> - Added "   \
    "by <a href=\"/users/7\">Chen Liang</a> <a href=\"/activity\">less than a minute</a> "     \
    "ago</h4><div><p>Thanks, this matches what we saw on our side of the harbour as well.</p>"  \
    "</div></div>"
#define DEAL(host)                                                                           \
    "<li><a href=\"https://" host ".example/d\">15.4-inch laptop with 8GB of memory and a 256GB "   \
    "disk for $2,059</a> (was $2,199)</li>"
/* an item of a roll of links: a short phrase linking to another site */
#define ROLL_LINK(host, n)                                                                   \
    "<li><a href=\"https://" host ".example/p" n "\">Skepticism about P4P</a></li>"
#define STEP(n) "<div class=\"step\"><h3>Step " #n "</h3><p>Insert the plant into the hole.</p></div>"
#define RELATED(n) "<li><a href=\"/r" #n "\">An earlier post on the harbour, number " #n "</a></li>"
#define RELATED_LIST "<ol>" RELATED(1) RELATED(2) RELATED(3) RELATED(4) RELATED(5) RELATED(6) "</ol>"
#define RELATED_PAIR "<div id=\"t\" class=\"related\">" P1 P2 "</div>"
#define RELATED_BOX "<div id=\"t\" class=\"related\"><div>" P1 "</div><div>" P2 "</div><div>" P1 "</div></div>"
#define WIRE_LINE "<p><a href=\"/n\">Singing session at the detention centre</a> 02-12-2006 15:28 | 0 comment(s)</p>"
#define WIRE5 WIRE_LINE WIRE_LINE WIRE_LINE WIRE_LINE WIRE_LINE
#define NEWSWIRE "<div class=\"newswire\"><h2>Newswire</h2>" WIRE5 WIRE5 WIRE5 WIRE5 WIRE5 WIRE5 WIRE5 WIRE5 "</div>"
#define ABSTRACTS "<div class=\"features\" id=\"t\"><div class=\"abstract\">" P1 P2 "</div><div class=\"abstract\">" P3 P4 "</div><div class=\"abstract\">" P2 P1 "</div></div>"
#define SIGNED(id, name, time)                                                               \
    "<p>Thanks, a fine read.</p><p" id " class=\"posted\">Posted by: " name                       \
    " at May 2, 2012 " time " PM</p>"
#define SIGNED3(name1, name2, name3) \
    SIGNED(" id=\"t\"", name1, "05:23") SIGNED("", name2, "06:10") SIGNED("", name3, "07:58")
/* comment units after the story, each closing with its signature line */
#define CUNIT(id, cls, para, name, time)                                                    \
    "<div" id " class=\"c " cls "\"><div><p>" para "</p></div><p>Posted by: " name            \
    " at May 2, 2012 " time " PM</p></div>"
#define CUNITS(a, b, c, d)                                                                  \
    CUNIT(" id=\"t\"", "x1", "Thanks, a fine read about the quay, and I hope the repairs "    \
          "keep the ferries running all summer long.", a, "7:00")                           \
    CUNIT("", "x2", "The council should have done this years ago, before the wall started " \
          "to crack under the winter storms.", b, "7:21")                                   \
    CUNIT("", "x3", "Short.", c, "8:05")                                                    \
    CUNIT("", "x4", "I walk there every morning with my dog, and the boats are the best "   \
          "part of the town.", d, "9:12")
/* comment units after the story, each opening with a signature line holding a relative
 * age ("Ann added 1 day ago"); the name linked to its profile */
#define AUNIT(id, cls, para, sig)                                                           \
    "<div" id " class=\"c " cls "\"><div><a href=\"/u\">" sig "</div><p>" para "</p></div>"
#define AUNITS(a, b, c, d)                                                                  \
    AUNIT(" id=\"t\"", "x1", "Thanks, a fine read about the quay, and I hope the repairs "   \
          "keep the ferries running all summer long.", a)                                    \
    AUNIT("", "x2", "The council should have done this years ago, before the wall started " \
          "to crack under the winter storms.", b)                                            \
    AUNIT("", "x3", "Short.", c)                                                             \
    AUNIT("", "x4", "I walk there every morning with my dog, and the boats are the best "   \
          "part of the town.", d)
/* comment units after the story, each signed by a date and time alone (the
 * name in a profile box beside) and carrying a line of its controls (ctl) */
#define KUNIT(id, para, time, ctl)                                                         \
    "<div" id " class=\"k\"><div><p>November 12, 2012 " time " PM ET</p>" ctl "<p>" para  \
    "</p></div></div>"
#define KUNITS(ctl)                                                                         \
    KUNIT(" id=\"t\"", "Thanks, a fine read about the quay, and I hope the repairs keep "   \
          "the ferries running all summer long.", "1:17", ctl)                              \
    KUNIT("", "The council should have done this years ago, before the wall started to "   \
          "crack under the winter storms.", "1:42", ctl)                                    \
    KUNIT("", "Short.", "1:57", ctl)                                                        \
    KUNIT("", "I walk there every morning with my dog, and the boats are the best part "    \
          "of the town.", "2:02", ctl)
#define KCONTROLS "<div><a href=\"#r\">Report Abuse</a> | <a href=\"#q\">QUOTE</a></div>"
#define FOOTNOTE "<p>Powered by a blog engine. Photo by a friend.</p>"
/* 64 class tokens (CLASS_TOKENS_MAX) */
#define K64 "k1 k2 k3 k4 k5 k6 k7 k8 k9 k10 k11 k12 k13 k14 k15 k16 k17 k18 k19 k20 k21 k22 k23 k24 k25 k26 k27 k28 k29 k30 k31 k32 k33 k34 k35 k36 k37 k38 k39 k40 k41 k42 k43 k44 k45 k46 k47 k48 k49 k50 k51 k52 k53 k54 k55 k56 k57 k58 k59 k60 k61 k62 k63 k64"
#define COMMENT_POSTS "<div>" P1 "</div><div>" P2 "</div><div>" P3 "</div><div>" P4 "</div>"

/* A rule, a page where the element with id "t" (the body for the page
 * rules) must be decided by it, and a near miss where it must not. A
 * snippet without <html> goes inside the article of tu_article_page. */
typedef struct rule_case {
    const char *rule;
    const char *hit;
    const char *miss;
} rule_case;

/* A post headed by a linked title (link: the opening <a ...> tag) in a box
 * before the rest of its text, the <title> naming it. */
#define SLUG_POST(link)                                                                      \
    TITLED("Sea wall repairs approved - Harbour Gazette",                                    \
           "<div><h2>" link "Sea wall repairs approved</a></h2><div id=\"t\">" P1 "</div></div>" \
           "<div><div>" P2 P3 "</div></div>")

/* A box labelled by a heading before a wrapper; a table of contents. */
#define LABELLED_BOX(label, inner)                                                          \
    PAGE("<div>" P1 P2 "<div id=\"t\"><h3>" label "</h3><div>" inner "</div></div>" P3 P4 "</div>")
#define TOC_LIST                                                                            \
    "<ul><li><div><a href=\"#a\">Part one</a></div></li><li><div><a href=\"#b\">Part two"     \
    "</a></div></li><li><div><a href=\"#c\">Part three</a></div></li></ul>"

static const rule_case cases[] = {
    {"never-text", "<textarea id=\"t\">Type your words here</textarea>",
     "<blockquote id=\"t\">Type your words here</blockquote>"},
    /* a <div> opened in a <noscript> keeps it open: it holds the page */
    {"never-text", "<script id=\"t\">var shown = 0;</script>",
     PAGE("<div>Skip</div><noscript id=\"t\"><div></noscript>" P1 P2 P3 P4 P1 P2 "</div>")},
    {"furniture-tag", "<noscript id=\"t\"><p>Turn on JavaScript to see the comments.</p></noscript>",
     PAGE("<div>Skip</div><noscript id=\"t\"><div></noscript>" P1 P2 P3 P4 P1 P2 "</div>")},
    /* its content written out as text, as a browser running scripts saves
     * it: markup, however long */
    {"furniture-tag",
     PAGE("<div>" P1 P2 "</div><noscript id=\"t\">&lt;div class=\"copy\"&gt;&lt;p&gt;" TU_PROSE1
          " " TU_PROSE2 " " TU_PROSE3 " " TU_PROSE4 " " TU_PROSE1 " " TU_PROSE2
          "&lt;/p&gt;&lt;/div&gt;</noscript>"),
     PAGE("<div>Skip</div><noscript id=\"t\"><div></noscript>" P1 P2 P3 P4 P1 P2 "</div>")},
    {"hidden", "<div id=\"t\" style=\"display: none\">Hidden words.</div>",
     "<div id=\"t\" style=\"display: block\">Hidden words.</div>"},
    /* a popover is shown only once a control opens it; a script's own
     * data attribute hides nothing */
    {"hidden", "<span id=\"t\" popover>Footnote: the harbour master since 2009.</span>",
     "<span id=\"t\" data-popover=\"fn\">Footnote: the harbour master since 2009.</span>"},
    /* hidden="until-found": collapsed, opened by a search of the page */
    {"hidden", "<div id=\"t\" hidden>Hidden words.</div>",
     "<div id=\"t\" hidden=\"until-found\">Hidden words.</div>"},
    /* aria-hidden hides from screen readers; a modal's script sets it on
     * the page behind the modal, which is shown */
    {"aria-hidden", "<div id=\"t\" aria-hidden=\"true\">Hidden words.</div>",
     PAGE("<div id=\"t\" aria-hidden=\"true\"><div>" P1 P2 P3 P4 "</div></div>"
          "<div role=\"dialog\"><p>We use cookies.</p></div>")},
    {"hidden-class", "<div id=\"t\" class=\"copy hidden\">Hidden words.</div>",
     /* a word holding it hides nothing; nor does the class on a page hidden whole */
     "<div id=\"t\" class=\"hidden-xs\">Hidden words.</div>"},
    /* a label for screen readers only, out of sight; a word holding the
     * token hides nothing, and Tailwind's variant shows it on larger screens */
    {"hidden-class", "<span id=\"t\" class=\"screen-reader-text\">Posted on</span>",
     "<span id=\"t\" class=\"screen-reader-text-shown\">Posted on</span>"},
    {"hidden-class", "<h2 id=\"t\" class=\"visually-hidden\">Article body</h2>",
     "<h2 id=\"t\" class=\"sr-only md:not-sr-only\">Article body</h2>"},
    /* Tailwind's variants show it on larger screens */
    {"hidden-class", "<div id=\"t\" class=\"panel hidden\">Hidden words.</div>",
     "<div id=\"t\" class=\"hidden md:block\">Hidden words.</div>"},
    {"hidden-class", "<p id=\"t\" class=\"hidden\">" P1 "</p>",
     PAGE("<div id=\"t\" class=\"hidden\">" P1 P2 P3 P4 "</div>")},
    {"furniture-tag", "<aside id=\"t\"><p>Things to read next.</p></aside>",
     "<section id=\"t\"><p>Things to read next.</p></section>"},
    /* an <aside> of footnotes, each a box named for its mark with a short
     * link back to it (docutils), is the article's notes; an <aside> of
     * short in-page links is a table of contents */
    {"furniture-tag",
     "<aside id=\"t\"><aside id=\"toc-1\"><a href=\"#fares\">Fares</a> "
     "<a href=\"#quay\">Quay</a></aside></aside>",
     "<aside id=\"t\" class=\"footnote-list\"><aside class=\"footnote\" id=\"footnote-1\" "
     "role=\"note\"><span class=\"label\">[<a role=\"doc-backlink\" "
     "href=\"#footnote-reference-1\">1</a>]</span><p>The fares were revised twice after the "
     "report came out.</p></aside></aside>"},
    /* an <aside> set between paragraphs of prose, with prose of its own, is
     * a note of the text (Starlight's admonitions); one whose words stand
     * again in a paragraph far from it is a pull quote, furniture (the
     * test page's article holds TU_PROSE3 further down) */
    {"furniture-tag",
     "<div>" P1 "<aside id=\"t\" class=\"pullquote\"><p>&ldquo;" TU_PROSE3 "&rdquo;</p></aside>"
     P2 "</div>",
     "<div>" P1 "<aside id=\"t\" aria-label=\"Tip\"><p>Tip</p><div><p>" NOTE "</p></div></aside>"
     P2 "</div>"},
    /* the same note at the text's end, one holding a sign-up form, and a
     * box of links to other stories are sidebars */
    {"furniture-tag",
     "<div>" P1 "<aside id=\"t\"><p>" NOTE "</p><form><input name=\"email\"></form></aside>" P2
     "</div>",
     "<div>" P1 "<aside id=\"t\"><p>" NOTE "</p></aside>" P2 "</div>"},
    {"furniture-tag",
     "<div>" P1 "<aside id=\"t\"><h4>Related</h4><p><a href=\"/a\">" NOTE "</a></p></aside>" P2
     "</div>",
     "<div>" P1 "<aside id=\"t\"><h4>Related</h4><p>" NOTE "</p></aside>" P2 "</div>"},
    {"furniture-tag", "<div>" P1 P2 "<aside id=\"t\"><p>" NOTE "</p></aside></div>",
     "<div>" P1 "<aside id=\"t\"><p>" NOTE "</p></aside>" P2 "</div>"},
    {"furniture-role", "<div id=\"t\" role=\"navigation\"><a href=\"/a\">Home</a></div>",
     "<div id=\"t\" role=\"note\"><a href=\"/a\">Home</a></div>"},
    /* elements newer than gumbo have their implicit role: a <dialog> is a
     * modal (a cookie notice), <search> a search form's box */
    {"furniture-role", "<dialog id=\"t\" open><p>We use cookies to show you adverts.</p></dialog>",
     "<div id=\"t\"><p>We use cookies to show you adverts.</p></div>"},
    {"furniture-role", "<search id=\"t\"><p>Search the archive.</p></search>",
     "<section id=\"t\"><p>Search the archive.</p></section>"},
    /* ...the page's own role wins */
    {"furniture-role", "<dialog id=\"t\" open><p>We use cookies to show you adverts.</p></dialog>",
     "<dialog id=\"t\" role=\"document\" open><p>We use cookies to show you adverts.</p></dialog>"},
    /* fixed to the window: a consent bar floating over the page; not the
     * page's prose (a reader view over the page) */
    {"fixed-overlay",
     "<div id=\"t\" style=\"position: fixed; bottom: 0\"><p>This website uses cookies to "
     "give you the best experience.</p></div>",
     PAGE("<div id=\"t\" style=\"position:fixed;inset:0\"><div>" P1 P2 P3 P4 "</div></div>")},
    /* a heading linking to itself (its permalink) is a section of the text:
     * its class styles the anchor, scrolled to under a sticky navbar */
    {"class-furniture",
     "<div>" P1 "<h2 id=\"t\" class=\"anchor anchorTargetStickyNavbar_tleR\">Making the jam"
     "<a href=\"#making-the-jam\" class=\"hash-link\">#</a></h2>" P2 "</div>",
     "<div>" P1 "<h2 id=\"t\" class=\"anchor anchorTargetStickyNavbar_tleR\">Making the jam"
     "<a href=\"#t\" class=\"hash-link\">#</a></h2>" P2 "</div>"},
    {"class-furniture", "<div id=\"t\" class=\"sidebar\"><p>Short list.</p></div>",
     /* a link inside a sentence keeps its words, whatever its class */
     "<p>The commission published its report on the repairs, <a id=\"t\" class=\"share\" "
     "href=\"/r\">available here</a>, and asked residents to comment on the plans.</p>"},
    /* ...also in prose written loose into a <td> or <div> (a javascript: note on an old
     * page); a link standing alone on its line there is still judged */
    {"class-furniture",
     "<div>" P1 "<a id=\"t\" class=\"share\" href=\"/s\">Share this story</a>" P2 "</div>",
     "<div>" P1 "The commission published its report on the repairs, <a id=\"t\" "
     "class=\"popup\" href=\"javascript:void(0)\">available here</a>, and asked residents "
     "to comment on the plans." P2 "</div>"},
    /* the article's own wrapper, named after its date, with a longer thread after it */
    {"class-furniture", "<div id=\"t\" class=\"sidebar\"><p>Short list.</p></div>",
     PAGE("<div id=\"t\" class=\"date-outer\">" P1 P2 P3 "</div><div>" COMMENT_POSTS "</div>")},
    /* ...after a profile box long enough to be taken for the body: a date names a small box */
    {"class-furniture", "<div id=\"t\" class=\"sidebar\"><p>Short list.</p></div>",
     PAGE("<div class=\"profile\">" P1 P2 P3 "</div><div id=\"t\" class=\"date-outer\">"
          "<div class=\"post-body\">" P1 P2 P3 P4 "</div></div><div class=\"archive\">" P2 P3
          P4 "</div>")},
    /* ...whose paragraphs are text set apart by <br>s beside an image's wrapper */
    {"class-furniture", "<div id=\"t\" class=\"sidebar\"><p>Short list.</p></div>",
     PAGE("<div id=\"t\" class=\"date-outer\"><div class=\"post-body\"><div class=\"separator\">"
          "<img src=\"a.jpg\"></div>" TU_PROSE1 "<br><br>" TU_PROSE2 "<br><br>" TU_PROSE3
          "<div style=\"clear: both\"></div></div></div><div>" COMMENT_POSTS "</div>")},
    /* ...around a post too short to be taken for the body, its box opening with its
     * headline; a date box without a post's box in it is still a date */
    {"class-furniture",
     PAGE("<div id=\"t\" class=\"date-outer\"><h2>Monday, May 2</h2><div class=\"posts\">"
          "<h3>Links of the day</h3><p>Three links for the harbour fans.</p></div></div>"
          "<div>" COMMENT_POSTS "</div>"),
     PAGE("<div id=\"t\" class=\"date-outer\"><h2>Monday, May 2</h2><div class=\"date-posts\">"
          "<div class=\"post hentry\"><a name=\"p1\"></a><h3>Links of the day</h3>"
          "<p>Three links for the harbour fans.</p></div></div></div><div>" COMMENT_POSTS
          "</div>")},
    /* ...whose paragraphs are <div>s, after a profile whose text is one <dd> */
    {"class-furniture", "<div id=\"t\" class=\"sidebar\"><p>Short list.</p></div>",
     PAGE("<div id=\"t\" class=\"date-outer\"><div class=\"post-body\"><div><span>" TU_PROSE1
          "</span></div><div><span>" TU_PROSE2 "</span></div></div></div>"
          "<div class=\"widget\"><dl><dt>Ann</dt><dd>" TU_PROSE3 " " TU_PROSE4 " " TU_PROSE1
          "</dd></dl></div>")},
    /* a menu's word drops a box of links; not a box of prose with few links (a layout
     * table named `menuborder` around a news item): a menu is links */
    {"class-furniture",
     "<div id=\"t\" class=\"menuborder\"><a href=\"/a\">Home</a> <a href=\"/b\">News</a> "
     "<a href=\"/c\">Gig guide</a></div>",
     PAGE("<div>" P1 P2 P3 P4 "</div><div id=\"t\" class=\"menuborder\">" P1 P2 "</div>")},
    {"class-furniture",
     "<div id=\"t\" class=\"nav\"><a href=\"/a\">Home</a> <a href=\"/b\">News</a> "
     "<a href=\"/c\">Gig guide</a></div>",
     PAGE("<div>" P1 P2 P3 P4 "</div><table id=\"t\" class=\"nav\"><tr><td>" P1 P2
          "</td></tr></table>")},
    /* ...nor an inline element holding two lines of prose set apart by <br>s: an
     * editor's span around pasted text, named for the byline it was meant for */
    {"class-furniture", "<p><span id=\"t\" class=\"byline\">By Ann Harbour, harbour reporter</span></p>",
     "<p><span id=\"t\" class=\"byline\">" TU_PROSE1 "<br><br>" TU_PROSE2 "</span></p>"},
    /* ...or one line twice a line of prose long: a byline or a date is a short line; a
     * caption (or a credit, a bio) may be a long sentence and needs two lines */
    {"class-furniture", "<p><span id=\"t\" class=\"byline\">By Ann Harbour, harbour reporter</span></p>",
     "<p><span id=\"t\" class=\"byline-author\">Update 9/24/2012: " TU_PROSE1 "</span></p>"},
    {"class-furniture", "<p><span id=\"t\" class=\"caption\">" TU_PROSE1 "</span></p>",
     "<p><span id=\"t\" class=\"caption\">" TU_PROSE1 "<br><br>" TU_PROSE2 "</span></p>"},
    /* a thread longer than the short post it follows, kept by clean for its length, goes
     * when the post scores half of it; a thread beside nothing that scores stays */
    {"beside-box",
     PAGE("<div class=\"post\">" P1 "</div><div id=\"t\" class=\"comments\"><dl><dd>" P3
          "</dd><dd>" P4 "</dd><dd>" P1 "</dd><dd>" P2 "</dd><dd>" P3 "</dd></dl></div>"),
     PAGE("<div><p>Short.</p></div><div id=\"t\" class=\"comments\"><dl><dd>" P3 "</dd><dd>" P4
          "</dd><dd>" P1 "</dd><dd>" P2 "</dd><dd>" P3 "</dd></dl></div>")},
    /* a thread of comment units (a <dl> of comments) goes when the post scores a quarter
     * of it, less than half; near misses: the same prose as paragraphs of one box named
     * `comments`, or as units of a box named `sidebar` (a layout wrapper may be), stay */
    {"beside-box", PAGE("<div>" P1 "</div><div id=\"t\" class=\"comments\"><dl>" UNITS12 "</dl></div>"),
     PAGE("<div>" P1 "</div><div id=\"t\" class=\"comments\"><div>" PARAS12 "</div></div>")},
    {"beside-box", PAGE("<div>" P1 "</div><div id=\"t\" class=\"comments\"><dl>" UNITS12 "</dl></div>"),
     PAGE("<div>" P1 "</div><div id=\"t\" class=\"sidebar\"><dl>" UNITS12 "</dl></div>")},
    /* a thread told by its shape alone, whatever its class: comment units each signed
     * with a time of day and a different name, goes as a thread named `comments` does
     * (beside_thread_ratio); near miss:
     * the same units signed by one name (a blog's page of one author's posts) */
    {"beside-box", PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" SIGNED12 "</ol>"),
     PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" SIGNED12_ONE "</ol>")},
    /* ...or opening with the date, the name said after it ("... at 8:38 am Ann said,");
     * near miss: the same units without the verb, each opening with the same words */
    {"beside-box", PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" said,") "</ol>"),
     PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" here") "</ol>")},
    /* ...in the languages of the web ("Ann a écrit :", "Ann escribió:") */
    {"beside-box", PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" a écrit :") "</ol>"),
     PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" here") "</ol>")},
    {"beside-box", PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" escribió:") "</ol>"),
     PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" here") "</ol>")},
    {"beside-box", PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" dijo:") "</ol>"),
     PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" here") "</ol>")},
    {"beside-box", PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" ha scritto:") "</ol>"),
     PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" here") "</ol>")},
    {"beside-box", PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" escreveu:") "</ol>"),
     PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" here") "</ol>")},
    {"beside-box", PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" napisała:") "</ol>"),
     PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" here") "</ol>")},
    {"beside-box", PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" написал:") "</ol>"),
     PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" here") "</ol>")},
    {"beside-box", PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" написала:") "</ol>"),
     PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" here") "</ol>")},
    {"beside-box", PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" пишет:") "</ol>"),
     PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" here") "</ol>")},
    {"beside-box", PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" skrev:") "</ol>"),
     PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" here") "</ol>")},
    {"beside-box", PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" napsal:") "</ol>"),
     PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" here") "</ol>")},
    {"beside-box", PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" napsala:") "</ol>"),
     PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" here") "</ol>")},
    /* ...and the languages the verbs lacked ("Ann yazdı:", "Ann skriver:", "Ann schreibt:") */
    {"beside-box", PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" yazdı:") "</ol>"),
     PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" here") "</ol>")},
    {"beside-box", PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" dedi ki:") "</ol>"),
     PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" here") "</ol>")},
    {"beside-box", PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" skriver:") "</ol>"),
     PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" here") "</ol>")},
    {"beside-box", PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" säger:") "</ol>"),
     PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" here") "</ol>")},
    {"beside-box", PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" schreibt:") "</ol>"),
     PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" here") "</ol>")},
    {"beside-box", PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" píše:") "</ol>"),
     PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" here") "</ol>")},
    {"beside-box", PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" сказал:") "</ol>"),
     PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" here") "</ol>")},
    {"beside-box", PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" сказала:") "</ol>"),
     PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" here") "</ol>")},
    {"beside-box", PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" schrijft:") "</ol>"),
     PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" here") "</ol>")},
    {"beside-box", PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" escribe:") "</ol>"),
     PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" here") "</ol>")},
    {"beside-box", PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" écrit :") "</ol>"),
     PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" ASIGNED12(" here") "</ol>")},
    /* ...nor when its units hold headings: a blog's page of posts, each under its title */
    {"beside-box", PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" SIGNED12 "</ol>"),
     PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" TPOST("Ann") TPOST("Bo") TPOST("Cy") TPOST("Di")
          TPOST("Ed") TPOST("Flo") TPOST("Gus") TPOST("Hal") TPOST("Ida") TPOST("Jo") TPOST("Kit")
          TPOST("Lu") "</ol>")},
    /* ...but a commenter's name in an <h5> is no title */
    {"beside-box",
     PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" H5UNIT("Ann") H5UNIT("Bo") H5UNIT("Cy") H5UNIT("Di")
          H5UNIT("Ed") H5UNIT("Flo") H5UNIT("Gus") H5UNIT("Hal") H5UNIT("Ida") H5UNIT("Jo")
          H5UNIT("Kit") H5UNIT("Lu") "</ol>"),
     PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" TPOST("Ann") TPOST("Bo") TPOST("Cy") TPOST("Di")
          TPOST("Ed") TPOST("Flo") TPOST("Gus") TPOST("Hal") TPOST("Ida") TPOST("Jo") TPOST("Kit")
          TPOST("Lu") "</ol>")},
    /* a thread told by its shape that is all the prose of the page's main landmark is
     * the page (a wiki's talk page, a forum's thread), however the box around it scores
     * by its name (main_threads); near miss: the same page without the landmark, where
     * a box around the headline outscores by its name a fair share of the thread */
    {"beside-box", TALK_PAGE("", "", ""), TALK_PAGE("", " role=\"main\"", "")},
    {"beside-box", TALK_PAGE("", "", ""), TALK_PAGE("<main>", "", "</main>")},
    /* ...when the post scores less than a quarter of it (beside_signed_ratio); near miss:
     * a post shorter than an article's prose */
    {"beside-box", PAGE("<div>" P1 P2 P3 "</div><ol id=\"t\">" SIGNED36 "</ol>"),
     PAGE("<div>" P1 "</div><ol id=\"t\">" SIGNED36 "</ol>")},
    /* a thread whose comments are signed without a time of day goes when a heading over
     * it names it, as a signed one does (beside_headed_ratio), even after a short post;
     * near miss: the same units under a heading naming no comments */
    {"beside-box", PAGE("<div>" P1 "</div><div><h3>36 Comments</h3><ol id=\"t\">" DATED36 "</ol></div>"),
     PAGE("<div>" P1 "</div><div><h3>36 Postcards</h3><ol id=\"t\">" DATED36 "</ol></div>")},
    /* ...the blog engines' translated headings naming the post ("3 Gedanken zu „...“",
     * "1 myśl na temat “...”", "“...” için 36 yorum"); near misses: an article's heading
     * with the same words */
    {"beside-box", PAGE("<div>" P1 "</div><div><h3>36 Gedanken zu „Die neue Hafenmauer“</h3><ol id=\"t\">" DATED36 "</ol></div>"),
     PAGE("<div>" P1 "</div><div><h3>Meine Gedanken zu der neuen Hafenmauer</h3><ol id=\"t\">" DATED36 "</ol></div>")},
    {"beside-box", PAGE("<div>" P1 "</div><div><h3>36 réflexions sur « Le nouveau mur du port »</h3><ol id=\"t\">" DATED36 "</ol></div>"),
     PAGE("<div>" P1 "</div><div><h3>Nos réflexions sur le nouveau mur du port</h3><ol id=\"t\">" DATED36 "</ol></div>")},
    {"beside-box", PAGE("<div>" P1 "</div><div><h3>36 myśli na temat “Nowy mur portowy”</h3><ol id=\"t\">" DATED36 "</ol></div>"),
     PAGE("<div>" P1 "</div><div><h3>Kilka myśli na temat muru portowego</h3><ol id=\"t\">" DATED36 "</ol></div>")},
    {"beside-box", PAGE("<div>" P1 "</div><div><h3>36 reaktioner på ”Den nya hamnmuren”</h3><ol id=\"t\">" DATED36 "</ol></div>"),
     PAGE("<div>" P1 "</div><div><h3>Reaktioner på den nya hamnmuren</h3><ol id=\"t\">" DATED36 "</ol></div>")},
    {"beside-box", PAGE("<div>" P1 "</div><div><h3>“Yeni liman duvarı” için 36 yorum</h3><ol id=\"t\">" DATED36 "</ol></div>"),
     PAGE("<div>" P1 "</div><div><h3>Yeni liman duvarı için uzman görüşü</h3><ol id=\"t\">" DATED36 "</ol></div>")},
    /* ...or when the heading opens the thread's own box */
    {"beside-box", PAGE("<div>" P1 "</div><ol id=\"t\"><h3>36 Comments</h3>" DATED36 "</ol>"),
     PAGE("<div>" P1 "</div><ol id=\"t\"><h3>36 Postcards</h3>" DATED36 "</ol>")},
    /* ...or a line in a box that is no heading element counting the comments ("{ 167
     * comments }" in a <p>); near misses: the line without a count (a label, a tab), or a
     * link to the thread (a post's meta line) */
    {"beside-box", PAGE("<div>" P1 "</div><div><div><p>{ 36 Comments }</p></div><ol id=\"t\">"
                        DATED36 "</ol></div>"),
     PAGE("<div>" P1 "</div><div><div><p>Comments</p></div><ol id=\"t\">" DATED36 "</ol></div>")},
    {"beside-box", PAGE("<div>" P1 "</div><div><p>36 Comments</p><ol id=\"t\">" DATED36 "</ol></div>"),
     PAGE("<div>" P1 "</div><div><p><a href=\"#c\">36 Comments</a></p><ol id=\"t\">" DATED36
          "</ol></div>")},
    /* ...or over the thread's controls under it, two short lines at most
     * ("Subscribe to this comment's feed", "Add comment") */
    {"beside-box", PAGE("<div>" P1 "</div><div><h3>36 Comments</h3><p><a href=\"/feed\">"
                        "Subscribe to this comment's feed</a></p><ol id=\"t\">" DATED36 "</ol></div>"),
     PAGE("<div>" P1 "</div><div><h3>36 Comments</h3><p><a href=\"/feed\">Subscribe</a></p>"
          "<p><a href=\"/add\">Add comment</a></p><p><a href=\"/sort\">Newest first</a></p>"
          "<ol id=\"t\">" DATED36 "</ol></div>")},
    /* ...however much of it one long comment holds (under no heading, a story's
     * sections are no thread) */
    {"beside-box", PAGE("<div>" P1 "</div><div><h3>3 Comments</h3><ol id=\"t\"><li><div>Ann on May "
                        "2, 2012</div>" P1 P2 P3 P4 P1 P2 "</li>" DATED("Bo") DATED("Cy") "</ol></div>"),
     PAGE("<div>" P1 "</div><div><h3>3 Postcards</h3><ol id=\"t\"><li><div>Ann on May 2, 2012"
          "</div>" P1 P2 P3 P4 P1 P2 "</li>" DATED("Bo") DATED("Cy") "</ol></div>")},
    /* the count may go on past an ellipsis with a link of the thread's
     * ("{ 36 comments… read them below or add one }"); most of it linked,
     * the line is a link to the thread (a post's meta line) */
    {"beside-box", PAGE("<div>" P1 "</div><div><div><p>{ 36 comments\xe2\x80\xa6 read them "
                        "below or <a href=\"#r\">add one</a> }</p></div><ol id=\"t\">" DATED36
                        "</ol></div>"),
     PAGE("<div>" P1 "</div><div><div><p>{ <a href=\"#c\">36 comments\xe2\x80\xa6 read them "
          "below</a> or <a href=\"#r\">add one</a> }</p></div><ol id=\"t\">" DATED36
          "</ol></div>")},
    /* one reply under a heading naming it, carrying its controls; without
     * them, one box of prose under the heading may be the story's */
    {"beside-box", PAGE("<div>" P1 P2 "</div><h2>One Response to Harbour Walls</h2><ol id=\"t\">"
                        "<li><p>Ann says: May 2, 2012</p><p>" TU_PROSE3 "</p><div><a href=\"#r\">"
                        "Reply</a></div></li></ol>"),
     PAGE("<div>" P1 P2 "</div><h2>One Response to Harbour Walls</h2><ol id=\"t\">"
          "<li><p>Ann says: May 2, 2012</p><p>" TU_PROSE3 "</p></li></ol>")},
    /* a box under "About Me" is no thread: on an about page it is the text */
    {"beside-box", PAGE("<div>" P1 "</div><ol id=\"t\"><h3>36 Comments</h3>" DATED36 "</ol>"),
     PAGE("<div>" P1 "</div><div id=\"t\"><h2>About Me</h2><div>" P2 P3 P4 "</div></div>")},
    /* a side column's profile goes when the post the page's headline heads (its <title>
     * names it) scores a third of it, less than half; near miss: a <title> that names
     * another heading */
    {"beside-box", TITLED("Blog: Links of the week", LINK_POST PROFILE16),
     TITLED("Blog: Other things", LINK_POST PROFILE16)},
    /* ...but not when the candidate is the header around the headline, mostly its
     * heading (a story in a layout wrapper named `sidebar` scores better) */
    {"beside-box", TITLED("Blog: Links of the week", LINK_POST PROFILE16),
     TITLED("Blog: Links of the week from the harbour town",
            "<div><div class=\"post\"><div class=\"entry-header\"><div class=\"entry-title\">"
            "<h1>Links of the week from the harbour town</h1></div><p>A short dek for the story "
            "here.</p></div></div>" PROFILE16 "</div>")},
    /* ...nor when it is the post's box around the beside box: the story is in a layout
     * wrapper named `sidebar` */
    {"beside-box", TITLED("Blog: Links of the week", LINK_POST PROFILE16),
     TITLED("Blog: Links of the week", "<div class=\"post\"><h1>Links of the week</h1><p>A short "
            "dek for the story here.</p>" PROFILE16 "</div>")},
    /* a run of signed comment units after the story's box, whatever their class, scores
     * nothing (beside_unit_runs): the story's box wins, not the box around both and a
     * footer line; near miss: the same units signed by one author (a page of
     * posts), whose paragraphs score as any */
    {"winner", PAGE("<div><div id=\"t\">" P1 P2 P3 "</div>" CUNITS("Ann", "Bo", "Cy", "Di")
                    CUNITS("Ed", "Flo", "Gus", "Hal") FOOTNOTE "</div>"),
     PAGE("<div><div id=\"t\">" P1 P2 P3 "</div>" CUNITS("jon", "jon", "jon", "jon")
          CUNITS("jon", "jon", "jon", "jon") FOOTNOTE "</div>")},
    /* ...signed with a relative age after the name and a verb or a separator
     * (signature_ages: "Ann added 1 day ago Reply", "Bo · 3 hours ago", in the languages of
     * the web); near misses: the age opening the line without a name (a story's history,
     * "3 days ago » headline"), the age linked (a list of links dated by age) */
    {"winner", PAGE("<div><div id=\"t\">" P1 P2 P3 "</div>"
                    AUNITS("Ann</a> added 1 day ago", "Bo</a> added 3 hours ago",
                           "Cy</a> added about 9 hours ago", "Di</a> added 2 days ago")
                    AUNITS("Ed</a> posted 1 day ago", "Flo</a> wrote 1 day ago",
                           "Gus</a> replied 1 day ago", "Hal</a> said 1 day ago") FOOTNOTE "</div>"),
     PAGE("<div><div id=\"t\">" P1 P2 P3 "</div>"
          AUNITS("</a>1 day ago » Ann", "</a>3 hours ago » Bo", "</a>9 hours ago » Cy",
                 "</a>2 days ago » Di")
          AUNITS("</a>1 day ago » Ed", "</a>1 day ago » Flo", "</a>1 day ago » Gus",
                 "</a>1 day ago » Hal") FOOTNOTE "</div>")},
    {"winner", PAGE("<div><div id=\"t\">" P1 P2 P3 "</div>"
                    AUNITS("Ann</a> · vor 3 Stunden", "Bo</a> · il y a 2 jours",
                           "Cy</a> · hace 3 días", "Di</a> · 3 giorni fa")
                    AUNITS("Ed</a> | há 2 dias", "Flo</a> - 3 uur geleden",
                           "Gus</a> · 3 dni temu", "Hal</a> · 2 years ago")
                    AUNITS("Ida</a> added 1 day ago", "Jo</a> added 1 day ago",
                           "Kim</a> added 1 day ago", "Lu</a> added 1 day ago") FOOTNOTE "</div>"),
     PAGE("<div><div id=\"t\">" P1 P2 P3 "</div>"
          AUNITS("Ann added <a href=\"/p1\">1 day ago</a>", "Bo added <a href=\"/p2\">3 hours ago</a>",
                 "Cy added <a href=\"/p3\">9 hours ago</a>", "Di added <a href=\"/p4\">2 days ago</a>")
          AUNITS("Ed added <a href=\"/p5\">1 day ago</a>", "Flo added <a href=\"/p6\">1 day ago</a>",
                 "Gus added <a href=\"/p7\">1 day ago</a>", "Hal added <a href=\"/p8\">1 day ago</a>")
          AUNITS("Ida added <a href=\"/p9\">1 day ago</a>", "Jo added <a href=\"/p10\">1 day ago</a>",
                 "Kim added <a href=\"/p11\">1 day ago</a>", "Lu added <a href=\"/p12\">1 day ago</a>")
          FOOTNOTE "</div>")},
    /* ...in Russian, Czech, Swedish and Turkish ("3 часа назад", "před 2 dny", "3 dagar
     * sedan", "2 gün önce"); near miss: the same ages linked */
    {"winner", PAGE("<div><div id=\"t\">" P1 P2 P3 "</div>"
                    AUNITS("Ann</a> · 3 часа назад", "Bo</a> · před 2 dny",
                           "Cy</a> · 3 dagar sedan", "Di</a> · 2 gün önce")
                    AUNITS("Ed</a> · 5 минут назад", "Flo</a> · před 3 hodinami",
                           "Gus</a> · 1 timme sedan", "Hal</a> · 3 saat önce")
                    AUNITS("Ida</a> · 2 дня назад", "Jo</a> · před 5 lety",
                           "Kim</a> · 2 veckor sedan", "Lu</a> · 1 yıl önce") FOOTNOTE "</div>"),
     PAGE("<div><div id=\"t\">" P1 P2 P3 "</div>"
          AUNITS("Ann · <a href=\"/p1\">3 часа назад</a>", "Bo · <a href=\"/p2\">před 2 dny</a>",
                 "Cy · <a href=\"/p3\">3 dagar sedan</a>", "Di · <a href=\"/p4\">2 gün önce</a>")
          AUNITS("Ed · <a href=\"/p5\">5 минут назад</a>", "Flo · <a href=\"/p6\">před 3 hodinami</a>",
                 "Gus · <a href=\"/p7\">1 timme sedan</a>", "Hal · <a href=\"/p8\">3 saat önce</a>")
          AUNITS("Ida · <a href=\"/p9\">2 дня назад</a>", "Jo · <a href=\"/p10\">před 5 lety</a>",
                 "Kim · <a href=\"/p11\">2 veckor sedan</a>", "Lu · <a href=\"/p12\">1 yıl önce</a>")
          FOOTNOTE "</div>")},
    {"beside-box", PAGE("<div><div>" P1 P2 P3 "</div>" CUNITS("Ann", "Bo", "Cy", "Di") "</div>"),
     PAGE("<div><div>" P1 P2 P3 "</div>" CUNITS("jon", "jon", "jon", "jon") "</div>")},
    {"winner", PAGE("<div id=\"t\">" P1 P2 P3 "</div><div><p>Short.</p></div>"),
     PAGE("<div id=\"t\"><p>Short words of a box.</p></div><div>" P1 P2 P3 "</div>")},
    /* a list of headlines with their dates, without a line of prose, does not win on
     * its text outside links beside an article's worth of prose */
    {"winner", PAGE("<div>" ABSTRACTS NEWSWIRE "</div>"),
     PAGE("<div id=\"t\"><p>Short words of a box.</p></div><div>" P1 P2 P3 "</div>")},
    /* the post the page's headline heads (a heading its <title> names) wins when a box
     * outside it (a profile, a blog's description, the site's footer) outscores it by
     * less than twice (headline_body_ratio), whatever their classes; near miss: a
     * <title> naming no heading of the page */
    {"winner",
     TITLED("Sea wall repairs approved - Harbour Gazette",
            "<div><h2>Sea wall repairs approved</h2><div id=\"t\">" P1 "</div></div>"
            "<div><div>" P2 P3 "</div></div>"),
     TITLED("Ferry timetable news - Harbour Gazette",
            "<div><h2>Sea wall repairs approved</h2><div id=\"t\">" P1 "</div></div>"
            "<div><div>" P2 P3 "</div></div>")},
    /* ...not when it holds under a quarter of the other's text (headline_body_text): a
     * header's byline under the headline, its commas scoring, is not the post */
    {"winner",
     TITLED("Sea wall repairs approved - Harbour Gazette",
            "<div><h2>Sea wall repairs approved</h2><div id=\"t\">" P1 "</div></div>"
            "<div><div>" P2 P3 "</div></div>"),
     TITLED("Sea wall repairs approved - Harbour Gazette",
            "<div><h2>Sea wall repairs approved</h2><div id=\"t\"><p>By Ann Lee, Bo Chan, "
            "Cy Roe, Di Fox, Ed Poe, Flo Ray, Gus Kim, in Harbourton, on Tuesday, 2 May.</p>"
            "</div></div>"
            "<div><div>" P2 P3 P4 "</div></div>")},
    /* ...its heading may be one part of the <title> ("Blog » Post", "Blog: Post"), short
     * of half of it; near miss: a <title> without separators */
    {"winner",
     TITLED("Harbour Gazette Weekly Edition &raquo; Sea wall repairs",
            "<div><h2>Sea wall repairs</h2><div id=\"t\">" P1 "</div></div>"
            "<div><div>" P2 P3 "</div></div>"),
     TITLED("Harbour Gazette Weekly Edition, Sea wall repairs",
            "<div><h2>Sea wall repairs</h2><div id=\"t\">" P1 "</div></div>"
            "<div><div>" P2 P3 "</div></div>")},
    /* ...and a heading linking to the front page is the site's name (a logo), not the
     * headline, though it is half the <title>: the blog's description under it does not
     * win; near miss: the same heading linking to a story */
    {"winner",
     TITLED("Harbour Gazette Weekly Edition: Sea wall repairs",
            "<div><h1><a href=\"/\">Harbour Gazette Weekly Edition</a></h1><div>" P2 P3
            "</div></div><div><h2>Sea wall repairs</h2><div id=\"t\">" P1 "</div></div>"),
     TITLED("Harbour Gazette Weekly Edition: Sea wall repairs",
            "<div><h1><a href=\"/2012/05/ferry-story\">Harbour Gazette Weekly Edition</a></h1>"
            "<div>" P2 P3 "</div></div><div><h2>Sea wall repairs</h2><div id=\"t\">" P1
            "</div></div>")},
    /* ...but a heading linking to a one-folder address spelling a phrase
     * (post_slug_words: a blog engine's permalink, "/sea-wall-repairs-approved/") heads
     * its post; near miss: a one-folder address of one word, a section's front page */
    {"winner",
     SLUG_POST("<a href=\"/sea-wall-repairs-approved/\">"),
     SLUG_POST("<a href=\"/harbour/\">")},
    /* ...and so does a heading whose link says it is the post's permalink
     * (rel="bookmark"), whatever its address; near miss: the same link without it */
    {"winner",
     SLUG_POST("<a rel=\"bookmark\" href=\"/harbour/\">"),
     SLUG_POST("<a href=\"/harbour/\">")},
    /* ...and when the headline's box is a header holding it and a byline, the box
     * around it (up to two levels) holds the post; near miss: a <title> naming no
     * heading of the page */
    {"winner",
     TITLED("Sea wall repairs approved - Harbour Gazette",
            "<div><div><h2>Sea wall repairs approved</h2><p>By Ann Lee</p></div>"
            "<div id=\"t\">" P1 "</div></div><div><div>" P2 P3 "</div></div>"),
     TITLED("Ferry timetable news - Harbour Gazette",
            "<div><div><h2>Sea wall repairs approved</h2><p>By Ann Lee</p></div>"
            "<div id=\"t\">" P1 "</div></div><div><div>" P2 P3 "</div></div>")},
    /* ...and a story of an article's prose (headline_body_prose) wins over a thread of
     * comment units four times as long, which no class or signature names; near miss:
     * a story shorter than that */
    {"winner",
     TITLED("Sea wall repairs approved - Harbour Gazette",
            "<div><h2>Sea wall repairs approved</h2><div id=\"t\">" P1 P2 P3 "</div></div>"
            "<div><dl>" UNITS12 UNITS4 "</dl></div>"),
     TITLED("Sea wall repairs approved - Harbour Gazette",
            "<div><h2>Sea wall repairs approved</h2><div id=\"t\">" P1 P2 "</div></div>"
            "<div><dl>" UNITS12 UNITS4 "</dl></div>")},
    /* ...and the title repeated over the comments after the story does not keep the
     * thread; near miss: the thread and its heading before the story */
    {"winner",
     TITLED("Sea wall repairs approved - Harbour Gazette",
            "<div><div><h2>Sea wall repairs approved</h2><p>By Ann Lee</p></div><div id=\"t\">"
            P1 P2 P3 "</div></div><div><h2>Sea wall repairs approved</h2><dl>" UNITS12 UNITS4
            "</dl></div>"),
     TITLED("Sea wall repairs approved - Harbour Gazette",
            "<div><h2>Sea wall repairs approved</h2><dl>" UNITS12 UNITS4 "</dl></div>"
            "<div><div><h2>Sea wall repairs approved</h2><p>By Ann Lee</p></div><div id=\"t\">"
            P1 P2 P3 "</div></div>")},
    /* ...and a box that ends before the headline (a profile above the post, classes
     * saying nothing) gives way to the post the headline heads when that scores a
     * twentieth of it (headline_ahead_ratio): an article follows its headline; near
     * miss: the profile after the post, where a third is needed */
    {"winner",
     TITLED("Blog: Links of the week",
            "<div><div><h2>About Me</h2><div>" PARAS12 P1 P2 P3 P4 "</div></div>"
            "<div><h3>Links of the week</h3><div id=\"t\"><p>" LINK_ITEM LINK_ITEM LINK_ITEM
            LINK_ITEM LINK_ITEM "</p></div></div></div>"),
     TITLED("Blog: Links of the week",
            "<div><div><h3>Links of the week</h3><div id=\"t\"><p>" LINK_ITEM LINK_ITEM
            LINK_ITEM LINK_ITEM LINK_ITEM "</p></div></div>"
            "<div><h2>About Me</h2><div>" PARAS12 P1 P2 P3 P4 "</div></div></div>")},
    /* ...and a run of comment units after the headline, which no class or signature
     * names, gives way to a post of a paragraph (headline_thread_prose), the winner not
     * widened over it; near miss: paragraphs of prose after it, no run of units */
    {"winner",
     TITLED("Sea wall repairs approved - Harbour Gazette",
            "<div><div><h2>Sea wall repairs approved</h2><div id=\"t\">" P1 "</div></div>"
            "<dl>" UNITS12 "</dl></div>"),
     TITLED("Sea wall repairs approved - Harbour Gazette",
            "<div><div><h2>Sea wall repairs approved</h2><div id=\"t\">" P1 "</div></div>"
            "<div>" PARAS12 "</div></div>")},
    {"sibling", PAGE("<div><div>" P1 P2 P3 "</div><div id=\"t\">" TU_PROSE4 "</div></div>"),
     PAGE("<div><div>" P1 P2 P3 "</div><div id=\"t\"><a href=\"/a\">" TU_PROSE4
          "</a></div></div>")},
    /* a box after the article joins; with a line of a comment's controls
     * right after it, it is a reader's reply loose among the article's
     * siblings */
    {"sibling", PAGE("<div><div>" P1 P2 P3 "</div><div id=\"t\">" TU_PROSE4 "</div></div>"),
     PAGE("<div><div>" P1 P2 P3 "</div><div id=\"t\">" TU_PROSE4 "</div><div><a href=\"#q\">"
          "Quote</a> | <a href=\"#r\">Report this post</a></div></div>")},
    /* the article's notes in a box after it, opened by a rule (makeinfo):
     * their links lead back to the note marks in the article; a box whose
     * short link leads elsewhere on the page is set apart by its rule */
    {"sibling",
     PAGE("<div><div>" P1 P2 "<p>" TU_PROSE3 "<a id=\"DOCF1\" href=\"#FOOT1\">(1)</a></p>"
          "</div><div id=\"t\"><hr><h4>Footnotes</h4><h5><a id=\"FOOT1\" href=\"#DOCF1\">(1)"
          "</a></h5><p>The fares were revised twice after the report came out.</p></div></div>"),
     PAGE("<div><div>" P1 P2 "<p>" TU_PROSE3 "<a id=\"DOCF1\" href=\"#FOOT1\">(1)</a></p>"
          "</div><div id=\"t\"><hr><h4>Footnotes</h4><h5><a id=\"FOOT1\" href=\"#top\">(1)"
          "</a></h5><p>The fares were revised twice after the report came out.</p></div></div>")},
    /* a box after the article joins; opened by a rule, it is set apart (a press
     * release's paragraph about the company) */
    {"sibling", PAGE("<div><div>" P1 P2 P3 "</div><div id=\"t\">" TU_PROSE4 "</div></div>"),
     PAGE("<div><div>" P1 P2 P3 "</div><div id=\"t\"><hr>" TU_PROSE4 "</div></div>")},
    /* a sentence in its own box after the article joins; a rights line there is the
     * template's footer (the article's own, inside its box, stays) */
    {"sibling",
     PAGE("<div><div>" P1 P2 P3 "</div><div id=\"t\">The harbour wall will open to "
          "walkers again in the spring, the council said.</div></div>"),
     PAGE("<div><div>" P1 P2 P3 "</div><div id=\"t\">\xc2\xa9 2008 Example Press. All rights "
          "reserved. This material may not be published, broadcast or rewritten.</div></div>")},
    /* a blog theme's licence box after the post, its lines the author, the
     * post's address and the licence notice, closes on a rights line: the
     * template's, however well its notice scores as a sentence (Butterfly
     * and NexT, "Copyright Notice: ...", "版权声明: ...") */
    {"sibling",
     PAGE("<div><div class=\"post-content\">" P1 P2 P3 "</div><div id=\"t\" "
          "class=\"post-copyright\"><div>The harbour wall will open to walkers again in "
          "the spring, the council said, once the last of the granite is in place.</div>"
          "</div></div>"),
     PAGE("<div><div class=\"post-content\">" P1 P2 P3 "</div><div id=\"t\" "
          "class=\"post-copyright\"><div>Author: <a href=\"/\">Sam Writer</a></div>"
          "<div>Link: <a href=\"/w/\">https://example.org/2023/08/08/harbour-wall/</a></div>"
          "<div>Copyright Notice: All articles on this blog are licensed under <a href=\""
          "https://creativecommons.org/licenses/by-nc-sa/4.0/\">CC BY-NC-SA 4.0</a> unless "
          "otherwise stated.</div></div></div>")},
    /* the box right after the article named the rest of the post (a blog engine's
     * extended entry, `entry-more`) joins, though it scores under the winner's share; a
     * box there under another name (a promotion, a disclaimer) does not */
    {"sibling",
     PAGE("<div><div>" P1 P2 P3 "</div><div id=\"t\" class=\"more\"><p>" TU_PROSE4
          "</p></div></div>"),
     PAGE("<div><div>" P1 P2 P3 "</div><div id=\"t\" class=\"panel\"><p>" TU_PROSE4
          "</p></div></div>")},
    /* a box before the article wrapping one paragraph of prose (the
     * template's slot for the lead) joins (sibling_wrapped_para); beside a
     * picture, the paragraph is its caption */
    {"sibling",
     PAGE("<div><div id=\"t\"><p>" TU_PROSE4 "</p></div><div>" P1 P2 P3 "</div></div>"),
     PAGE("<div><div id=\"t\"><img src=\"a.jpg\"><p>" TU_PROSE4 "</p></div><div>" P1 P2 P3
          "</div></div>")},
    /* a box after the article joins past a short heading of its own;
     * past the post's named footer line, left out, it is the page's (a
     * disclaimer after "Posted by Ann at 12:32 PM") */
    {"sibling",
     PAGE("<div><div>" P1 P2 P3 "</div><div class=\"foot\">Posted by Ann at 12:32 PM, "
          "filed under the harbour and the quay</div><div class=\"bar\">More on the quay</div>"
          "<div id=\"t\">" TU_PROSE4 "</div></div>"),
     PAGE("<div><div>" P1 P2 P3 "</div><div class=\"foot\">Posted by Ann at 12:32 PM, "
          "filed under the harbour and the quay</div><div id=\"t\">" TU_PROSE4
          "</div></div>")},
    /* a print header: the page's address, long and without links, is no prose */
    {"sibling",
     PAGE("<div><div id=\"t\">See the plans for the harbour wall, the quay and the new "
          "moorings at the town hall, or online at https://www.example.com/plans.</div>"
          "<div>" P1 P2 P3 "</div></div>"),
     PAGE("<div><div id=\"t\">https://www.example.com/news/article/Harbour-wall-repairs-"
          "approved-after-long-delay-14847624.php</div><div>" P1 P2 P3 "</div></div>")},
    {"intro-heading",
     PAGE("<div><div>" P1 P2 P3 "</div><h2 id=\"t\">Part two</h2><div>" TU_PROSE4
          "</div></div>"),
     PAGE("<div><div>" P1 P2 P3 "</div><h2 id=\"t\">Part two</h2><div><a href=\"/a\">"
          TU_PROSE4 "</a></div></div>")},
    /* a plain block between two joined parts of the article (a subheading set in a
     * <p>, a line introducing the next part) joins; near miss: one that is all links */
    {"between-parts",
     PAGE("<div><div>" P1 P2 P3 "</div><p data-t=\"1\">At the quay</p><div>" TU_PROSE4
          "</div></div>"),
     PAGE("<div><div>" P1 P2 P3 "</div><p data-t=\"1\"><a href=\"/a\">At the quay</a></p><div>"
          TU_PROSE4 "</div></div>")},
    /* ...and so does a linked call to the story's source there ("Continue
     * reading at YCharts: ..."), the text's own line however linked
     * (gap_source_calls); another linked line is not */
    {"between-parts",
     PAGE("<div><div>" P1 P2 P3 "</div><p data-t=\"1\"><a href=\"https://charts.example/a\">"
          "Continue reading at Harbour Charts: the wall's budget</a></p><div>" TU_PROSE4
          "</div></div>"),
     PAGE("<div><div>" P1 P2 P3 "</div><p data-t=\"1\"><a href=\"https://charts.example/a\">"
          "More from Harbour Charts: the wall's budget</a></p><div>" TU_PROSE4 "</div></div>")},
    /* ...a named block there is the template's (a panel, a promotion) */
    {"between-parts",
     PAGE("<div><div>" P1 P2 P3 "</div><p data-t=\"1\">At the quay</p><div>" TU_PROSE4
          "</div></div>"),
     PAGE("<div><div>" P1 P2 P3 "</div><p data-t=\"1\" class=\"panel\">At the quay</p><div>"
          TU_PROSE4 "</div></div>")},
    /* ...and only between two parts: after the last one it is not */
    {"between-parts",
     PAGE("<div><div>" P1 P2 P3 "</div><p data-t=\"1\">At the quay</p><div>" TU_PROSE4
          "</div></div>"),
     PAGE("<div><div>" P1 P2 P3 "</div><div>" TU_PROSE4 "</div><p data-t=\"1\">At the quay</p>"
          "</div>")},
    /* ...nor before a part left empty: a comment form joined for the prose of its notes
     * goes with the form, and the strip over it ("Post your comment") is no part */
    {"between-parts",
     PAGE("<div><div>" P1 P2 P3 "</div><p data-t=\"1\">At the quay</p><div>" TU_PROSE4
          "</div></div>"),
     PAGE("<div><div>" P1 P2 P3 "</div><p data-t=\"1\">Post your comment</p><div><form>"
          "<textarea name=\"comment\"></textarea><p>" TU_PROSE4 "</p></form></div></div>")},
    /* the winner's wrapper holds its prose and nothing else: the plain
     * part beside the wrapper joins; a cell beside it is a column and
     * does not */
    {"wrapper-part",
     PAGE("<div><div>" P1 P2 P3 "</div><div>Ad</div></div><div data-t=\"1\">" P4 "</div>"),
     PAGE("<table><tr><td><div>" P1 P2 P3 "</div><div>Ad</div></td><td data-t=\"1\">" P4
          "</td></tr></table>")},
    {"standfirst",
     PAGE("<div><div><p id=\"t\">A short summary of the article, in one sentence.</p></div>"
          "<div>" P1 P2 P3 "</div><div>Ad</div></div>"),
     PAGE("<div><div><p id=\"t\">A short summary of the <a href=\"/a\">article</a>, in one "
          "sentence.</p></div><div>" P1 P2 P3 "</div><div>Ad</div></div>")},
    /* a teaser's summary under its linked headline, another story's, is no
     * standfirst (standfirst_teasers); under an unlinked heading it is */
    {"standfirst",
     PAGE("<div><div><h2>Harbour news</h2><p id=\"t\">A short summary of the article, in one "
          "sentence.</p></div><div>" P1 P2 P3 "</div><div>Ad</div></div>"),
     PAGE("<div><div><h2><a href=\"/news/ferry\">Ferry timetable changes</a></h2><p id=\"t\">"
          "A short summary of the article, in one sentence.</p></div><div>" P1 P2 P3
          "</div><div>Ad</div></div>")},
    /* a dek without a full stop right under the page's headline (the heading
     * its <title> names) is one (standfirst_headline); under another heading,
     * a site's name, it is a tagline */
    {"standfirst",
     PAGE_TITLED("Ferry timetable changes",
                 "<div><div><h1>Ferry timetable changes</h1><p id=\"t\">The harbour board "
                 "moves the morning boats to the afternoon and keeps the fares as they were last year</p></div><div>" P1 P2
                 P3 "</div><div>Ad</div></div>"),
     PAGE_TITLED("Ferry timetable changes",
                 "<div><div><h1>Harbour Daily</h1><p id=\"t\">The harbour board "
                 "moves the morning boats to the afternoon and keeps the fares as they were last year</p></div><div>" P1 P2
                 P3 "</div><div>Ad</div></div>")},
    /* a caption is no standfirst (standfirst_captions): a sentence right
     * after a picture in its box, its credit between them, is the
     * picture's; a dek comes before the picture, its credit after it */
    {"standfirst",
     PAGE("<div><div><p id=\"t\">A short summary of the article, in one sentence.</p>"
          "<div><img src=\"/a.jpg\"><span>Ann Lee</span></div></div>"
          "<div>" P1 P2 P3 "</div><div>Ad</div></div>"),
     PAGE("<div><div><div><img src=\"/a.jpg\"></div><div>Ann Lee</div><p id=\"t\">A short "
          "caption of the picture, in one sentence.</p></div>"
          "<div>" P1 P2 P3 "</div><div>Ad</div></div>")},
    /* ...and one in a <figure> is the figure's */
    {"standfirst",
     PAGE("<div><div><p id=\"t\">A short summary of the article, in one sentence.</p></div>"
          "<div>" P1 P2 P3 "</div><div>Ad</div></div>"),
     PAGE("<div><figure><p id=\"t\">A short caption of the picture, in one sentence.</p>"
          "</figure><div>" P1 P2 P3 "</div><div>Ad</div></div>")},
    /* only a block just before the body itself (standfirst_levels 1): one
     * before the body's wrapper is a box of the page's template more often
     * (a pull quote, a promo) */
    {"standfirst",
     PAGE("<div><div><p id=\"t\">A short summary of the article, in one sentence.</p></div>"
          "<div>" P1 P2 P3 "</div><div>Ad</div></div>"),
     PAGE("<div><p id=\"t\">A short summary of the article, in one sentence.</p></div>"
          "<div><div>" P1 P2 P3 "</div><div>Ad</div></div>")},
    /* ...but not one opened by a rule, after the content */
    {"twin",
     PAGE("<div><div class=\"story\">" P1 P2 P3 "</div><div>Ad</div></div>"
          "<div class=\"later\"><h3>Later</h3><div id=\"t\" class=\"story\">" TWIN_PROSE
          "</div></div>"),
     PAGE("<div><div class=\"story\">" P1 P2 P3 "</div><div>Ad</div></div>"
          "<div class=\"later\"><h3>Later</h3><div id=\"t\" class=\"story\"><hr>" TWIN_PROSE
          "</div></div>")},
    {"twin",
     PAGE("<div><div class=\"story\">" P1 P2 P3 "</div><div>Ad</div></div>"
          "<div class=\"later\"><h3>Later</h3><div id=\"t\" class=\"story\">" TWIN_PROSE
          "</div></div>"),
     PAGE("<div><div class=\"story\">" P1 P2 P3 "</div><div>Ad</div></div>"
          "<div class=\"later\"><h3>Later</h3><div id=\"t\" class=\"story-teaser\">"
          TWIN_PROSE "</div></div>")},
    /* on the page of the post the headline heads, a box of its kind opening
     * with a linked title is another post's teaser (twin_teasers) */
    {"twin",
     PAGE_TITLED("The harbour wall",
                 "<div><div class=\"story\"><h1>The harbour wall</h1>" P1 P2 P3 "</div>"
                 "<div>Ad</div></div><div class=\"later\"><h3>Later</h3><div id=\"t\" "
                 "class=\"story\"><p>Ferry timetable changes</p>" TWIN_PROSE "</div></div>"),
     PAGE_TITLED("The harbour wall",
                 "<div><div class=\"story\"><h1>The harbour wall</h1>" P1 P2 P3 "</div>"
                 "<div>Ad</div></div><div class=\"later\"><h3>Later</h3><div id=\"t\" "
                 "class=\"story\"><p><a href=\"/ferry\">Ferry timetable changes</a></p>"
                 TWIN_PROSE "</div></div>")},
    /* a box of the content's kind holding a copyright line is the footer */
    {"twin",
     PAGE("<div><div class=\"story\">" P1 P2 P3 "</div><div>Ad</div></div>"
          "<div class=\"later\"><div id=\"t\" class=\"story\"><p>Harbour News said on "
          "Wednesday that the ferries would keep to their timetable while the barges unload at "
          "the quay, and that the harbour master would publish a timetable for the winter months "
          "before the end of the month, as the council asked it to do at its last "
          "meeting.</p></div></div>"),
     PAGE("<div><div class=\"story\">" P1 P2 P3 "</div><div>Ad</div></div>"
          "<div class=\"later\"><div id=\"t\" class=\"story\"><p>Copyright Harbour News "
          "Limited 2007. All rights reserved. This material may not be published, broadcast, "
          "rewritten or redistributed in any form, by any means, without the written "
          "permission of Harbour News Limited or of its partners in the harbour "
          "towns.</p></div></div>")},
    /* a short box of the content's kind (a pull quote, a footnote, one
     * teaser) is not the rest of the article: fewer than twin_min_prose */
    {"twin",
     PAGE("<div><div class=\"story\">" P1 P2 P3 "</div><div>Ad</div></div>"
          "<div class=\"later\"><h3>Later</h3><div id=\"t\" class=\"story\">" TWIN_PROSE
          "</div></div>"),
     PAGE("<div><div class=\"story\">" P1 P2 P3 "</div><div>Ad</div></div>"
          "<div class=\"later\"><h3>Later</h3><div id=\"t\" class=\"story\">" P4
          "</div></div>")},
    /* a how-to told in steps: the winner fills the first box of a run of
     * boxes of one kind, the other steps too short to be twins; boxes of
     * that kind made of links (a list of other guides) stay out */
    {"twin",
     PAGE("<div class=\"col\"><div class=\"step\"><div class=\"text\">" P1 P2 P3 "</div>"
          "<img src=\"a.jpg\"></div>"
          STEP(2) "<div id=\"t\" class=\"step\"><h3>Step 3</h3><p>Add the moss around "
          "the foam.</p></div>" STEP(4) "</div><div>Ad</div>"),
     PAGE("<div class=\"col\"><div class=\"step\"><div class=\"text\">" P1 P2 P3 "</div>"
          "<img src=\"a.jpg\"></div>"
          STEP(2) "<div id=\"t\" class=\"step\"><h3>Step 3</h3><p><a href=\"/m\">Add the "
          "moss around the foam.</a></p></div>" STEP(4) "</div><div>Ad</div>")},
    /* the body of the next post of a blog's page is of the same kind */
    {"twin",
     PAGE("<div><div class=\"story\">" P1 P2 P3 "</div><div>Ad</div></div>"
          "<div class=\"later\"><h3>Later</h3><div id=\"t\" class=\"story\">" TWIN_PROSE
          "</div></div>"),
     PAGE("<article><div class=\"story\">" P1 P2 P3 "</div></article>"
          "<article><h3>Later</h3><div id=\"t\" class=\"story\">" TWIN_PROSE
          "</div></article>")},
    /* the winner climbed from the best-scored box to its wrapper: a box of
     * the best-scored box's kind in the side column (a profile, a bio) is no
     * twin, only a box of the winner's own kind is (issue 11, class 12) */
    {"twin",
     PAGE("<div><div class=\"story\">" P1 P2 P3 "</div><div>Ad</div></div>"
          "<div class=\"later\"><h3>Later</h3><div id=\"t\" class=\"story\">" TWIN_PROSE
          "</div></div>"),
     PAGE("<div class=\"wrap\"><div class=\"box\">" P1 P2 P3 "</div></div><div class=\"side\">"
          "<div id=\"t\" class=\"box\"><p>The author has written about harbours, ferries "
          "and the sea for twenty years, and her latest book, a history of the coast's "
          "lighthouses, was published in the spring by a small press in the north. She lives "
          "in a cottage above the old quay with two dogs.</p></div></div>")},
    /* the first part of a story split around a promotion, its box of the
     * body's class with a modifier added ("article_body entry-content"
     * beside "article_body"), is a twin (twin_class_modifiers), though too
     * deep to score as a sibling; a box with the modifier elsewhere than
     * beside the winner (in a side column) is not */
    {"twin",
     PAGE("<div><div id=\"t\" class=\"kbody klead\"><div>" TWIN_PROSE "</div></div>"
          "<div><a href=\"/a\">Subscribe to our paper</a></div><div class=\"kbody\">" P1 P2 P3
          "</div></div>"),
     PAGE("<div><div class=\"kbody\">" P1 P2 P3 "</div><div>Ad</div></div><div class=\"kside\">"
          "<div id=\"t\" class=\"kbody klead\"><div>" TWIN_PROSE "</div></div></div>")},
    /* a list of the content's kind after it is a twin; before it, the
     * winner being paragraphs, it is the story's summary ("Key Points") set
     * in the body's template (twin_lead_lists) */
    {"twin",
     PAGE("<div><div class=\"story\">" P1 P2 P3 "</div><div>Ad</div></div>"
          "<div class=\"later\"><div id=\"t\" class=\"story\"><ul><li>" TU_PROSE4 "</li>"
          "<li>The ferries will keep to their published timetable while the barges unload at "
          "the quay, the harbour master said on Wednesday.</li></ul></div></div>"),
     PAGE("<div class=\"later\"><div id=\"t\" class=\"story\"><ul><li>" TU_PROSE4 "</li>"
          "<li>The ferries will keep to their published timetable while the barges unload at "
          "the quay, the harbour master said on Wednesday.</li></ul></div></div>"
          "<div><div class=\"story\">" P1 P2 P3 "</div><div>Ad</div></div>")},
    /* ...nor one beside a winner whose class holds more than CLASS_TOKENS_MAX
     * (64) tokens: such a class is no box with a modifier added (comparing
     * every pair of tokens of a class of thousands was quadratic) */
    {"twin",
     PAGE("<div><div id=\"t\" class=\"kbody klead\"><div>" TWIN_PROSE "</div></div>"
          "<div><a href=\"/a\">Subscribe to our paper</a></div><div class=\"kbody\">" P1 P2 P3
          "</div></div>"),
     PAGE("<div><div id=\"t\" class=\"kbody " K64 " klead\"><div>" TWIN_PROSE "</div></div>"
          "<div><a href=\"/a\">Subscribe to our paper</a></div><div class=\"kbody " K64 "\">"
          P1 P2 P3 "</div></div>")},
    /* a run of twins has no holes: a thread's short reply in a box of the
     * content's kind, between a post that joined as a twin and the winner,
     * joins though it holds less prose than a twin needs (twin_gaps); after
     * the winner, with no joined box beyond it, it is no hole */
    {"twin-gap",
     PAGE("<div class=\"thread\"><div class=\"first\">" THREAD_POST(TWIN_PROSE) "</div>"
          "<div class=\"replies\"><div class=\"reply\">" THREAD_POST_T(SHORT_REPLY) "</div>"
          "<div class=\"reply\">" THREAD_POST(P1 P2 P3) "</div></div></div>"),
     PAGE("<div class=\"thread\"><div class=\"first\">" THREAD_POST(TWIN_PROSE) "</div>"
          "<div class=\"replies\"><div class=\"reply\">" THREAD_POST(P1 P2 P3) "</div>"
          "<div class=\"reply\">" THREAD_POST_T(SHORT_REPLY) "</div></div></div>")},
    /* spared as layout by clean (most of the page's prose), dropped inside
     * the content where it is not most of the text */
    {"class-boilerplate", PAGE("<div>" P3 P4 LINES20 RELATED_BOX "</div>"),
     PAGE("<div>" LINES5 RELATED_PAIR "</div>")},
    /* ...but not when it holds the content's best paragraphs: a company
     * profile's text in a "bio" box beside its tables of links */
    {"class-boilerplate", PAGE("<div>" P3 P4 LINES20 RELATED_BOX "</div>"),
     PAGE("<div>" LINES20 "<div id=\"t\" class=\"bio\">" P1 P2 "</div></div>")},
    {"section-heading",
     "<h2 id=\"t\">More Film</h2><ul><li><a href=\"/1\">One</a></li><li><a href=\"/2\">Two"
     "</a></li></ul>",
     "<h2 id=\"t\">More than a film, a way of life</h2><ul><li><a href=\"/1\">One</a></li>"
     "<li><a href=\"/2\">Two</a></li></ul>"},
    /* a box opening with the heading is the section and goes whole; a box
     * whose prose comes before the heading holds the article and stays */
    {"section-heading",
     "<div id=\"t\"><p>Related posts:</p>" RELATED_LIST "</div>",
     "<div id=\"t\"><p>" TU_PROSE1 "</p><p>Related posts:</p>" RELATED_LIST "</div>"},
    /* comments signed by three readers; a blog's posts, signed by their one author */
    {"comment-thread", PAGE("<div>" P1 P2 P3 "<h2>Comments</h2>" SIGNED3("tj", "Ann", "Bo") "</div>"),
     PAGE("<div>" P1 P2 P3 "<h2>Comments</h2>" SIGNED3("jon", "jon", "jon") "</div>")},
    /* too few: two readers' comments may be the article's quotes */
    {"comment-thread",
     PAGE("<div>" P1 P2 P3 SIGNED3("tj", "Ann", "Bo") "</div>"),
     PAGE("<div>" P1 P2 P3 SIGNED(" id=\"t\"", "tj", "05:23") SIGNED("", "Ann", "06:10") "</div>")},
    /* comment units after the story, whatever their class, each closing with
     * its signature; a blog's page of posts closes each with its one
     * author's (the closing line names it, not the post's opening words) */
    {"unit-thread", PAGE("<div>" P1 P2 P3 CUNITS("Ann", "Bo", "Cy", "Di") "</div>"),
     PAGE("<div>" P1 P2 P3 CUNITS("jon", "jon", "jon", "jon") "</div>")},
    /* a forum's posts: a box of their kind before them (the opening post,
     * unsigned) makes them no run of replies after a story */
    {"unit-thread", PAGE("<div>" P1 P2 P3 CUNITS("Ann", "Bo", "Cy", "Di") "</div>"),
     PAGE("<div>" P1 P2 P3 "<div class=\"c x0\"><div><p>Anyone know when the quay reopens?"
          "</p></div></div>" CUNITS("Ann", "Bo", "Cy", "Di") "</div>")},
    /* replies signed by a date and time alone carry their controls, each
     * its own; without them the same name ("November") signs every unit,
     * as one author signs a blog's posts */
    {"unit-thread", PAGE("<div>" P1 P2 P3 KUNITS(KCONTROLS) "</div>"),
     PAGE("<div>" P1 P2 P3 KUNITS("") "</div>")},
    /* ...in the languages of the web: "Odpovědět | Citovat", "Antworten · Melden" */
    {"unit-thread",
     PAGE("<div>" P1 P2 P3 KUNITS("<div><a href=\"#r\">Odpovědět</a> | <a href=\"#q\">Citovat</a>"
                                  "</div>") "</div>"),
     PAGE("<div>" P1 P2 P3 KUNITS("") "</div>")},
    /* a page of posts, each under its title, closing with "Permalink | Reply" */
    {"unit-thread", PAGE("<div>" P1 P2 P3 KUNITS(KCONTROLS) "</div>"),
     PAGE("<div>" P1 P2 P3 KUNITS("<h2>A walk on the quay</h2><p><a href=\"#p\">Permalink</a> | "
                                  "<a href=\"#r\">Reply</a></p>") "</div>")},
    /* a hidden box of their kind before them is no forum's opening post */
    {"unit-thread", PAGE("<div>" P1 P2 P3 "<div class=\"k\" style=\"display:none\"><p>What is "
                         "this?</p></div>" KUNITS(KCONTROLS) "</div>"),
     PAGE("<div>" P1 P2 P3 "<div class=\"k\"><div><p>Anyone know when the quay reopens?"
          "</p></div></div>" KUNITS(KCONTROLS) "</div>")},
    {"figure-caption",
     "<figure><img src=\"a.jpg\"><figcaption id=\"t\">The harbour wall.</figcaption></figure>",
     "<figure><img src=\"a.jpg\"><div id=\"t\">The harbour wall.</div></figure>"},
    /* a story told in pictures: the captions hold more text than the prose */
    {"figure-caption",
     "<figure><img src=\"a.jpg\"><figcaption id=\"t\">The harbour wall.</figcaption></figure>",
     PAGE("<div><p>Pictures of the parade.</p><figure><img src=\"a.jpg\"><figcaption id=\"t\">"
          TU_PROSE1 "</figcaption></figure><figure><img src=\"b.jpg\"><figcaption>" TU_PROSE2
          "</figcaption></figure><figure><img src=\"c.jpg\"><figcaption>" TU_PROSE3
          "</figcaption></figure></div>")},
    {"class-furniture",
     PAGE("<div>" P1 P2 P3 "<div id=\"t\" class=\"wp-caption\"><img src=\"a.jpg\"><p>"
          "The harbour wall at dawn.</p></div></div>"),
     PAGE("<div><p>Pictures of the parade.</p><div id=\"t\" class=\"wp-caption\"><img "
          "src=\"a.jpg\"><p>" TU_PROSE1 "</p></div><div class=\"wp-caption\"><img src=\"b.jpg\"><p>"
          TU_PROSE2 "</p></div><div class=\"wp-caption\"><img src=\"c.jpg\"><p>" TU_PROSE3
          "</p></div></div>")},
    /* a trail of linked sections over the story; a sentence naming a menu's path */
    {"crumb-trail",
     PAGE("<div><p id=\"t\"><a href=\"/\">Home</a> &gt; <a href=\"/advice\">Advice</a> &gt; "
          "<a href=\"/advice/sleep\">Sleep</a> &gt; The Crib</p>" P1 P2 P3 "</div>"),
     PAGE("<div><p id=\"t\">Then click Analysis &gt; Compare &gt; By Model.</p>" P1 P2 P3
          "</div>")},
    /* ...not one ending in the headline, which some human-marked texts count */
    {"crumb-trail",
     PAGE("<div><div id=\"t\"><a href=\"/\">Industries</a> \xc2\xbb <a href=\"/e\">"
          "Engineering</a> \xc2\xbb Power Jobs</div>" P1 P2 P3 "</div>"),
     PAGE("<div><p id=\"t\"><a href=\"/\">Home</a> &gt; <a href=\"/b\">Breaking</a> &gt; "
          "Harbour Wall Named as the Coast's Oldest Standing Structure</p>" P1 P2 P3 "</div>")},
    /* a bar of links to other services, each carrying the story's one
     * address, is a share bar whatever its class; links each carrying
     * another address (archived copies of the sources) are no bar */
    {"share-bar",
     PAGE("<div>" P1 P2 "<p id=\"t\">Bookmark with: <a href=\"http://digg.com/submit?url="
          "http://news.example/story&amp;title=Story\">Digg</a> <a href=\"http://www.facebook.com/"
          "sharer.php?u=http://news.example/story\">Facebook</a></p>" P3 "</div>"),
     PAGE("<div>" P1 P2 "<p id=\"t\">Sources: <a href=\"https://web.archive.org/web/2012/"
          "http://a.example/one\">Harbour report</a> <a href=\"https://web.archive.org/web/2012/"
          "http://b.example/two\">Survey</a></p>" P3 "</div>")},
    /* ...to two services: one service twice is an affiliate's redirector */
    {"share-bar",
     PAGE("<div>" P1 P2 "<p id=\"t\">Share this story: <a href=\"http://reddit.com/submit?url=http://news.example/"
          "story\">Reddit</a> | <a href=\"https://twitter.com/intent/tweet?url=http://news."
          "example/story\">Tweet</a></p>" P3 "</div>"),
     PAGE("<div>" P1 P2 "<p id=\"t\">The film is streaming on <a href=\"https://go.redirect."
          "example/?url=https%3A%2F%2Fshop.example%2Ffilm\">Shop Prime</a> and to rent on <a "
          "href=\"https://go.redirect.example/?url=https%3A%2F%2Fshop.example%2Ffilm\">Shop "
          "Video</a>.</p>" P3 "</div>")},
    /* a slideshow inside the story: its counter takes the box with the
     * pictures, their captions and buttons; "10/20" counts no slides */
    {"slideshow",
     PAGE("<div>" P1 "<div id=\"t\"><div><img src=\"a.jpg\"><p>The harbour wall at dawn. "
          "Photo: AP</p></div><div><span>Caption</span> <span>Close</span></div><div><p>Image "
          "1 of / 8</p></div></div>" P2 P3 "</div>"),
     PAGE("<div>" P1 "<div id=\"t\"><div><img src=\"a.jpg\"><p>The harbour wall at dawn. "
          "Photo: AP</p></div><div><p>Dinner 10/20</p></div></div>" P2 P3 "</div>")},
    /* a counter in a box without a picture counts a story's pages */
    {"slideshow",
     PAGE("<div>" P1 "<div id=\"t\"><figure><img src=\"a.jpg\"></figure><p>1 of 6</p></div>"
          P2 P3 "</div>"),
     PAGE("<div>" P1 "<div id=\"t\"><p>Page 1 of 3</p><p><a href=\"/2\">Next page</a></p></div>"
          P2 P3 "</div>")},
    /* a comment form with its notice; a page wrapped whole in a form holds paragraphs */
    {"comment-form",
     "<form id=\"t\"><p>You may use these HTML tags and attributes: a, b, em, strong, "
     "blockquote and code, in any comment you leave here.</p><textarea></textarea></form>",
     PAGE("<form id=\"t\"><div class=\"text\">" P1 P2 P3 P4 "</div><textarea></textarea></form>")},
    /* the box a comment form sits in, unnamed, goes with its heading and house
     * rules; a box holding the story's paragraphs besides the form does not */
    {"comment-form",
     PAGE("<div>" P1 P2 P3 P4 "<div id=\"t\"><h3>Over to you</h3><p>We reserve the right to "
          "delete comments which contain profanity or personal attacks, and we ask that you "
          "stay on the topic of the post.</p><div><form><textarea></textarea></form></div></div>"
          "</div>"),
     PAGE("<div>" P1 "<div id=\"t\">" P2 P3 P4 "<form><textarea></textarea></form></div></div>")},
    {"form", "<div id=\"t\"><form><input name=\"e\"></form><p>Get alerts.</p></div>",
     /* a heading beside the form names a part of the article: only the form goes */
     "<div id=\"t\"><h3>Recipe</h3><form><input name=\"e\"></form><p>Print it.</p></div>"},
    /* the trailer of an embedded tweet goes, its words stay */
    {"tweet-residue",
     "<blockquote class=\"twitter-tweet\"><p>The waves are the highest in years.</p>&mdash; "
     "Jane (@jane) <a id=\"t\" href=\"/s/1\">November 4, 2019</a></blockquote>",
     "<blockquote class=\"pull-quote\"><p>The waves are the highest in years.</p>&mdash; "
     "Jane, <a id=\"t\" href=\"/s/1\">the harbour master</a></blockquote>"},
    {"tweet-picture",
     "<p>The waves are the highest in years <a id=\"t\" href=\"/x\">pic.twitter.com/AbC1</a></p>",
     "<p>The waves are the highest in years <a id=\"t\" href=\"/x\">pictures on twitter</a></p>"},
    {"link-line", "<p id=\"t\"><a href=\"/o\">READ MORE: the other harbour story</a></p>",
     "<p id=\"t\">Before the vote <a href=\"/o\">the harbour story</a> was read by many "
     "of the town's residents and its two ferry operators.</p>"},
    /* a line naming the site where an excerpt goes on is its source, as
     * "Source: ..." is; a pointer naming another story is not */
    {"link-line", "<p id=\"t\"><a href=\"/o\">Read more: the other harbour story</a></p>",
     "<p id=\"t\"><a href=\"/o\">Read more at Harbour Weekly: the harbour story</a></p>"},
    /* a sentence written out (a comma, a full stop) is the article's, however
     * much of it is a link: it points to its source; a headline is not */
    {"link-line",
     "<p id=\"t\"><a href=\"/v\">Harbour guide: a quick, easy walk around the old quay "
     "and its boats</a></p>",
     "<p id=\"t\"><a href=\"/v\">This week's harbour guide is a quick, easy and cheerful "
     "walk around the old quay</a>.</p>"},
    /* ...and so is one that trails off in an ellipsis, "..." or its one character */
    {"link-line",
     "<p id=\"t\"><a href=\"/v\">Harbour guide: a quick, easy walk around the old quay "
     "and its boats \xe2\x80\x94 part one</a></p>",
     "<p id=\"t\"><a href=\"/v\"><em>\xe2\x80\x9cThis week's harbour guide is a quick, easy "
     "and cheerful walk, but we suggest you steer clear\xe2\x80\xa6\xe2\x80\x9d</em></a></p>"},
    /* in the cell of a table of data (a header row), a link is a value */
    {"link-line",
     "<table><tr><td>Ferry</td><td><div id=\"t\"><a href=\"/o\">Harbour line</a></div></td></tr>"
     "<tr><td>Bus</td><td>Line 4</td></tr></table>",
     "<table><tr><th>Mode</th><th>Operator</th></tr>"
     "<tr><td>Ferry</td><td><div id=\"t\"><a href=\"/o\">Harbour line</a></div></td></tr>"
     "<tr><td>Bus</td><td>Line 4</td></tr></table>"},
    /* a link showing its address is a citation, not a pointer to a page */
    {"link-line",
     "<p id=\"t\"><a href=\"https://stats.example/2021/p60\">The statistics office's table</a></p>",
     "<p id=\"t\"><a href=\"https://stats.example/2021/p60\">https://stats.example/2021/p60</a></p>"},
    /* longer than a line, but written as lines that are each a link: other
     * stories; numbered, the same lines are the article's own list */
    {"link-line",
     "<p id=\"t\">- <a href=\"/s/1\">Ferry timetable changes for the coming winter season "
     "on the island routes</a><br>- <a href=\"/s/2\">Harbour wall repairs to begin after the "
     "spring tides have passed the town</a><br>- <a href=\"/s/3\">New quay opens to the "
     "public with a festival of boats</a><br>- <a href=\"/s/4\">Fishermen protest against "
     "the new landing fees</a></p>",
     "<p id=\"t\">1. <a href=\"/s/1\">Ferry timetable changes for the coming winter season "
     "on the island routes</a><br>2. <a href=\"/s/2\">Harbour wall repairs to begin after the "
     "spring tides have passed the town</a><br>3. <a href=\"/s/3\">New quay opens to the "
     "public with a festival of boats</a><br>4. <a href=\"/s/4\">Fishermen protest against "
     "the new landing fees</a></p>"},
    /* ...each dated: a list of other posts by their titles, however long;
     * lines saying more than their links are the article's */
    {"link-line",
     "<p id=\"t\">\"<a href=\"/p/1\">The sixteen first rules of fiction</a>\" (May 15, 2004)<br>"
     "\"<a href=\"/p/2\">Don't look at their eyes!</a>\" (July 19, 2005)<br>"
     "\"<a href=\"/p/3\">Learning the ropes in the trenches with the harbour master</a>\" "
     "(July 14, 2005)<br>\"<a href=\"/p/4\">A five-letter password for a man obsessed with "
     "the tides</a>\" (September 10, 2005)<br><a href=\"/p/5\">Some striking similarities "
     "between two harbour towns</a> (May 15, 2006)<br><a href=\"/p/6\">A tale of two ferry "
     "operators and their winter timetables</a> (May 17, 2006)</p>",
     "<p id=\"t\">\"<a href=\"/p/1\">The sixteen first rules</a>\" were written in May 2004 by "
     "the harbour master<br>\"<a href=\"/p/2\">Don't look at their eyes!</a>\" he told the "
     "ferry crews in July<br>\"<a href=\"/p/3\">Learning the ropes</a>\" came after the "
     "winter storms had passed the town<br>\"<a href=\"/p/4\">A five-letter password</a>\" "
     "was the last thing he wrote before he retired to the island</p>"},
    {"text-menu",
     "<p id=\"t\">News: <a href=\"/e\">ePaper</a> | Front Page | National | Tamil Nadu | Sport | "
     "Business |</p>",
     "<p id=\"t\">News: ePaper | Front Page | National | Tamil Nadu | Sport</p>"},
    /* ...of short entries, none a sentence */
    {"text-menu", "<p id=\"t\">Home | Harbour | Ferries | Tides | Weather | Contact</p>",
     "<p id=\"t\">Home | Harbour | Ferries | Tides | Weather | Quay stays open.</p>"},
    {"text-menu", "<p id=\"t\">Home | Harbour | Ferries | Tides | Weather | Contact</p>",
     "<p id=\"t\">Home | Harbour | Ferries | Tides | Weather | the timetable for the winter</p>"},
    /* ...ended by another script's stop too: 码头开放。 ("the quay is open.") */
    {"text-menu",
     "<p id=\"t\">\xe9\xa6\x96\xe9\xa1\xb5 | \xe6\xb8\xaf\xe5\x8f\xa3 | \xe6\xb8\xa1\xe8\xbd\xae | "
     "\xe6\xbd\xae\xe6\xb1\x90 | \xe5\xa4\xa9\xe6\xb0\x94 | \xe8\x81\x94\xe7\xb3\xbb</p>",
     "<p id=\"t\">\xe9\xa6\x96\xe9\xa1\xb5 | \xe6\xb8\xaf\xe5\x8f\xa3 | \xe6\xb8\xa1\xe8\xbd\xae | "
     "\xe6\xbd\xae\xe6\xb1\x90 | \xe5\xa4\xa9\xe6\xb0\x94 | \xe7\xa0\x81\xe5\xa4\xb4\xe5\xbc\x80"
     "\xe6\x94\xbe\xe3\x80\x82</p>"},
    {"phrase", "<p id=\"t\">Read more here.</p>",
     "<p id=\"t\">Read the council's report, which is more here than there.</p>"},
    /* a wiki's section-edit control closing a heading goes with its
     * brackets; a word of the title linked amid it is the title's */
    {"heading-control",
     "<div>" P1 "<h2><span>History</span><span id=\"t\">[<a href=\"/w?action=edit\">edit</a>]"
     "</span></h2>" P2 "</div>",
     "<div>" P1 "<h2>How to <span id=\"t\"><a href=\"/w/Edit\">edit</a></span> a video</h2>" P2
     "</div>"},
    /* ...in the page's language, one button or two; a heading that is
     * nothing but the label is no heading's control */
    {"heading-control",
     "<div>" P1 "<h3>Geschichte <span id=\"t\"><a href=\"/e\">Bearbeiten</a> | "
     "<a href=\"/s\">Quelltext bearbeiten</a></span></h3>" P2 "</div>",
     "<div>" P1 "<h3><span id=\"t\"><a href=\"/e\">Edit</a></span></h3>" P2 "</div>"},
    /* ...or beside the heading in the heading's own box (MediaWiki 1.43 on);
     * a box saying more than its heading is no heading's box */
    {"heading-control",
     "<div>" P1 "<div><h2>History</h2><span id=\"t\">[<a href=\"/e\"><span>edit</span></a>]"
     "</span></div>" P2 "</div>",
     "<div>" P1 "<div><h2>History</h2><span id=\"t\">[<a href=\"/e\"><span>edit</span></a>]"
     "</span> the council's records</div>" P2 "</div>"},
    /* a control's label as a link alone on its line of loose text, after a teaser */
    {"phrase-link", "<div>" P1 "<a id=\"t\" href=\"/story\">Read more &gt;&gt;</a></div>",
     "<div>" P1 "The council's <a id=\"t\" href=\"/story\">Read more &gt;&gt;</a> "
     "campaign asks residents to borrow books from the harbour library.</div>"},
    /* ...exactly a label: a starred phrase matches a sentence, which a link may be */
    {"phrase-link", "<div>" P1 "<br><a id=\"t\" href=\"/story\">Read more</a><br>" P2 "</div>",
     "<div>" P1 "<br><a id=\"t\" href=\"/story\">Click here to read the story...</a><br>" P2
     "</div>"},
    /* a control's label written as a line of loose text: a link on the line
     * after a teaser's text in the same <font>, which phrase-link does not
     * see alone (the <font> holds both lines) */
    {"phrase-line",
     "<div>" P1 "<font>The harbour reopened, with its ferries.<br><a id=\"t\" "
     "href=\"/story\">read on &gt;&gt;</a></font>" P2 "</div>",
     "<div>" P1 "<font>The harbour reopened, with its ferries.<br><a id=\"t\" "
     "href=\"/story\">Click here to read the story...</a></font>" P2 "</div>"},
    /* ...a credit loose in a box beside the picture's box */
    {"phrase-line",
     "<div>" P1 "<div><div><img src=\"/quay.jpg\"></div><cite id=\"t\">Getty Images</cite>"
     "</div>" P2 "</div>",
     "<div>" P1 "<div><div><img src=\"/quay.jpg\"></div><cite id=\"t\">Getty Images of the "
     "harbour at dawn</cite></div>" P2 "</div>"},
    /* ...a line of a paragraph set apart by <br>s, text alone */
    {"phrase-line",
     "<div>" P1 "<p>Press contact: the harbour office.<br><span id=\"t\">Printer Friendly "
     "Version</span></p>" P2 "</div>",
     "<div>" P1 "<p>Press contact: the harbour office. <span id=\"t\">Printer Friendly "
     "Version</span></p>" P2 "</div>"},
    /* ...a line pointing to the next or previous story: a sequence label
     * before each of its links, nothing else but separators */
    {"phrase-line",
     "<div>" P1 "<p>The editor's note closes the letters.<br><span id=\"t\"><b>Previous "
     "story:</b>\n      <a href=\"/s1\">Lindsay off wagon</a></span><br></p>" P2 "</div>",
     "<div>" P1 "<p>The editor's note closes the letters.<br><span id=\"t\"><b>Previously:"
     "</b>\n      <a href=\"/s1\">Lindsay off wagon</a></span><br></p>" P2 "</div>"},
    {"phrase-line",
     "<div>" P1 "<p>The poll closed on Friday.<br><span id=\"t\">Previous: <a href=\"/s1\">"
     "Out on a High Note</a> | Next: <a href=\"/s2\">A New Low</a></span></p>" P2 "</div>",
     "<div>" P1 "<p>The poll closed on Friday.<br><span id=\"t\">Previous: <a href=\"/s1\">"
     "Out on a High Note</a> | Next: <a href=\"/s2\">A New Low</a> fell again</span></p>" P2
     "</div>"},
    {"teaser-list",
     "<ul id=\"t\">" TEASER("[...]") TEASER("[...]") TEASER("[...]") "</ul>",
     "<ul id=\"t\">" TEASER("today.") TEASER("today.") TEASER("today.") "</ul>"},
    /* ...or with "Read more" in the languages of the web */
    {"teaser-list",
     "<ul id=\"t\">" TEASER("Weiterlesen") TEASER("Weiterlesen") TEASER("Weiterlesen") "</ul>",
     "<ul id=\"t\">" TEASER("today.") TEASER("today.") TEASER("today.") "</ul>"},
    {"teaser-list",
     "<ul id=\"t\">" TEASER("Lire la suite") TEASER("Lire la suite") TEASER("Lire la suite") "</ul>",
     "<ul id=\"t\">" TEASER("today.") TEASER("today.") TEASER("today.") "</ul>"},
    {"teaser-list",
     "<ul id=\"t\">" TEASER("Leer más") TEASER("Leer más") TEASER("Leer más") "</ul>",
     "<ul id=\"t\">" TEASER("today.") TEASER("today.") TEASER("today.") "</ul>"},
    {"teaser-list",
     "<ul id=\"t\">" TEASER("Leggi tutto") TEASER("Leggi tutto") TEASER("Leggi tutto") "</ul>",
     "<ul id=\"t\">" TEASER("today.") TEASER("today.") TEASER("today.") "</ul>"},
    {"teaser-list",
     "<ul id=\"t\">" TEASER("Lees meer") TEASER("Lees meer") TEASER("Lees meer") "</ul>",
     "<ul id=\"t\">" TEASER("today.") TEASER("today.") TEASER("today.") "</ul>"},
    {"teaser-list",
     "<ul id=\"t\">" TEASER("Leia mais") TEASER("Leia mais") TEASER("Leia mais") "</ul>",
     "<ul id=\"t\">" TEASER("today.") TEASER("today.") TEASER("today.") "</ul>"},
    {"teaser-list",
     "<ul id=\"t\">" TEASER("Czytaj więcej") TEASER("Czytaj więcej") TEASER("Czytaj więcej") "</ul>",
     "<ul id=\"t\">" TEASER("today.") TEASER("today.") TEASER("today.") "</ul>"},
    {"teaser-list",
     "<ul id=\"t\">" TEASER("Читать далее") TEASER("Читать далее") TEASER("Читать далее") "</ul>",
     "<ul id=\"t\">" TEASER("today.") TEASER("today.") TEASER("today.") "</ul>"},
    {"teaser-list",
     "<ul id=\"t\">" TEASER("Läs mer") TEASER("Läs mer") TEASER("Läs mer") "</ul>",
     "<ul id=\"t\">" TEASER("today.") TEASER("today.") TEASER("today.") "</ul>"},
    {"teaser-list",
     "<ul id=\"t\">" TEASER("Devamını oku") TEASER("Devamını oku") TEASER("Devamını oku") "</ul>",
     "<ul id=\"t\">" TEASER("today.") TEASER("today.") TEASER("today.") "</ul>"},
    {"teaser-list",
     "<ul id=\"t\">" TEASER("続きを読む") TEASER("続きを読む") TEASER("続きを読む") "</ul>",
     "<ul id=\"t\">" TEASER("today.") TEASER("today.") TEASER("today.") "</ul>"},
    /* replies of a forum thread, each headed by a link to its own anchor
     * (own_anchor_links), are posts, not teasers; the same linking to
     * other threads are */
    {"teaser-list",
     "<div id=\"t\">" REPLY("m1", "/boards/2/topics/6") REPLY("m2", "/boards/2/topics/7")
     REPLY("m3", "/boards/2/topics/8") "</div>",
     "<div id=\"t\">" REPLY("m1", "/boards/2/topics/5?r=1#m1") REPLY("m2", "/boards/2/topics/5?r=2#m2")
     REPLY("m3", "/boards/2/topics/5?r=3#m3") "</div>"},
    /* linked headlines with their summaries, in a list or as <dt> and <dd> */
    {"teaser-list", "<ul id=\"t\">" LINKED3("/s", "Man arrested in harbour crash") "</ul>",
     /* a link leaving the site names a source the article cites */
     "<ul id=\"t\">" LINKED3("https://other.example/s", "Man arrested in harbour crash") "</ul>"},
    {"teaser-list", "<ul id=\"t\">" LINKED3("/s", "Man arrested in harbour crash") "</ul>",
     /* a name of a word or two opening an item is no headline */
     "<ul id=\"t\">" LINKED3("/s", "Harbour trust") "</ul>"},
    {"teaser-list",
     "<dl id=\"t\"><dt><a href=\"/a\">Man arrested in harbour crash</a></dt><dd>" SUMMARY
     "</dd><dt><a href=\"/b\">Ferry fares to rise in the spring</a></dt><dd>" SUMMARY
     "</dd><dt><a href=\"/c\">Lighthouse reopens to the public</a></dt><dd>" SUMMARY "</dd></dl>",
     /* a glossary: its terms are not links */
     "<dl id=\"t\"><dt>Man arrested in harbour crash</dt><dd>" SUMMARY
     "</dd><dt>Ferry fares to rise in the spring</dt><dd>" SUMMARY
     "</dd><dt>Lighthouse reopens to the public</dt><dd>" SUMMARY "</dd></dl>"},
    /* a row of teasers whose linked headlines went as link lines: the
     * summaries left go with them; a row of captions under plain labels stays */
    {"teaser-residue",
     RESIDUE_ROW("<a href=\"/k\">BUSINESS</a>", "<a href=\"/s\">Bands in EMI revolt</a>"),
     RESIDUE_ROW("Business", "Bands in EMI revolt")},
    /* ...nor a data table's rows, linked names and figures: a summary ends a sentence */
    {"teaser-residue",
     RESIDUE_ROW("<a href=\"/k\">BUSINESS</a>", "<a href=\"/s\">Bands in EMI revolt</a>"),
     "<table><tbody id=\"t\">" DATA_ROW DATA_ROW DATA_ROW "</tbody></table>"},
    /* ...a box of units, each a headline linking to another of the site's
     * pages and a summary of a line, prose or without a full stop; not when
     * the headlines leave the site (sources the article cites) */
    {"teaser-residue", VIDEO_BOX("/v"), VIDEO_BOX("https://other.example/v")},
    /* a unit of text ads, each linked through the ad network's redirector;
     * a list of the same items linking straight to their pages stays */
    {"ad-list", TEXT_ADS("http://links.example/click?pos=1&url=http://www.funds.example/etf"),
     TEXT_ADS("http://www.funds.example/etf")},
    /* a box left with only the label of its list of links; a label after
     * the list labels something else */
    {"list-husk",
     "<table><tr><td id=\"t\"><div>External links</div><div><a href=\"/c\">Carling Cup</a>"
     "</div></td><td>" TU_PROSE1 "</td></tr></table>",
     "<table><tr><td id=\"t\"><div><a href=\"/c\">Carling Cup</a></div><div>External links"
     "</div></td><td>" TU_PROSE1 "</td></tr></table>"},
    /* ...its list gone item by item inside a wrapper left empty (a table
     * of contents); a wrapper empty of anything else (a picture), or left
     * empty by one link that went (a "Print" control), keeps it */
    {"list-husk", LABELLED_BOX("Table of Contents", TOC_LIST),
     LABELLED_BOX("Table of Contents", "<img src=\"toc.png\">")},
    {"list-husk", LABELLED_BOX("Table of Contents", TOC_LIST),
     LABELLED_BOX("People with longer legs", "<div><a href=\"/print\">Printer friendly version</a></div>")},
    {"link-density",
     "<ul id=\"t\"><li><a href=\"/n\">News</a></li><li><a href=\"/s\">Sport</a></li>"
     "<li><a href=\"/w\">Weather</a></li></ul>",
     "<ul id=\"t\"><li>Fixed the bug that dropped text, <a href=\"/1\">#1</a></li>"
     "<li>Fixed the bug that lost links, <a href=\"/2\">#2</a></li></ul>"},
    /* a paragraph whose links are set in its sentences, its own words
     * leading into them or going on after them, is prose however much of it
     * they are; the same links one after another are a box of links... */
    {"link-density",
     PAGE("<div>" P1 P2 "<div id=\"t\">Cited: <a href=\"https://buzz.example/a\">"
          "According to BuzzFeed</a> · Sources: <a href=\"https://cap.example/\">Center for "
          "American Progress Action Fund</a> · Pictures: <a href=\"/r\">Reuters</a></div>"
          P3 "</div>"),
     PAGE("<div>" P1 P2 "<div id=\"t\"><a href=\"https://buzz.example/a\">According to "
          "BuzzFeed</a>, it originated with this tweet from the <a href=\"https://cap.example/\">"
          "Center for American Progress Action Fund</a>:</div>" P3 "</div>")},
    /* ...and a meta line linking labels, a name or a category, in a sentence */
    {"link-density",
     PAGE("<div>" P1 P2 "<div id=\"t\">Article written by <a href=\"/a/steph\">Steph</a>, "
          "filed under <a href=\"/c/cities\">Cities</a> in the <a href=\"/c/arch\">"
          "Architecture</a> category</div>" P3 "</div>"),
     PAGE("<div>" P1 P2 "<div id=\"t\">Article written by <a href=\"/a/steph\">Steph</a>, "
          "filed under <a href=\"/c/cities\">Cities and their suburbs</a> in the "
          "<a href=\"/c/arch\">Architecture</a> category</div>" P3 "</div>")},
    /* a post whose headline links to the page itself (its permalink) is
     * not navigation for that link; the same box linking to another page is */
    {"link-density", PAGE("<div>" P1 P2 "<div id=\"t\">" SELF_POST("/2012/other-post") "</div>"
                          P3 "</div>"),
     PAGE("<div>" P1 P2 "<div id=\"t\">"
          SELF_POST("https://news.example/2012/zombie-logos") "</div>" P3 "</div>")},
    /* a forum reply whose subject links to the reply's own anchor (its
     * permalink on the thread's page, own_anchor_links) is not navigation
     * for that link; the same reply linking to another thread is */
    {"link-density", REPLY("t", "/boards/2/topics/6"), REPLY("t", "/boards/2/topics/5?r=6#t")},
    /* a box with paragraphs of prose beside its list of links is the
     * article's text with its list, not a box of links */
    {"link-density", "<div id=\"t\">" P1 INTERVIEWS "</div>",
     "<div id=\"t\">" P1 P2 INTERVIEWS "</div>"},
    /* links named at length leaving the site (deals, sources) are what the
     * article points at; the site's own are its menus and teasers */
    /* the same source line in a box of its own */
    {"link-density",
     "<div id=\"t\">Shares climb today: <a href=\"/o\">Harbour report</a> at <a href=\"/p\">"
     "the Gazette</a></div>",
     "<div id=\"t\">Continue reading at <a href=\"/p\">the Gazette</a>: <a href=\"/o\">"
     "Harbour shares climb</a></div>"},
    {"link-density", "<ul id=\"t\">" DEAL("news") DEAL("news") DEAL("news") "</ul>",
     "<ul id=\"t\">" DEAL("shop") DEAL("shop") DEAL("shop") "</ul>"},
    /* a roll of links to what other writers said, each named in a phrase
     * and leading to another site: a post's text; the same links all to
     * one other site are a box of links */
    {"link-density",
     "<ul id=\"t\">" ROLL_LINK("one", "1") ROLL_LINK("one", "2") ROLL_LINK("one", "3")
     ROLL_LINK("one", "4") ROLL_LINK("one", "5") "</ul>",
     "<ul id=\"t\">" ROLL_LINK("one", "1") ROLL_LINK("two", "2") ROLL_LINK("three", "3")
     ROLL_LINK("four", "4") ROLL_LINK("five", "5") "</ul>"},
    /* the body of the post its box heads with the page's headline is the
     * article, however linked: a week's links gathered in a post. The same
     * post under a heading that is not the page's title is a box of links */
    {"link-density",
     "<html><head><title>Links of the week - Harbour blog</title></head><body>"
     "<div class=\"post hentry\"><h3>Links from another week</h3><div class=\"entry-body\">"
     P1 "<ul id=\"t\">" INTERVIEW_ITEMS "</ul></div></div></body></html>",
     "<html><head><title>Links of the week - Harbour blog</title></head><body>"
     "<div class=\"post hentry\"><h3>Links of the week</h3><div class=\"entry-body\">"
     P1 "<ul id=\"t\">" INTERVIEW_ITEMS "</ul></div></div></body></html>"},
    /* a box holding only an embedded tweet is a quoted post, however dense
     * its hashtags and handles; the same links in a plain quote are a box
     * of links */
    {"link-density",
     PAGE("<div>" P1 P2 "<div id=\"t\"><blockquote class=\"quote\">" HASHTAGS
          "</blockquote></div>" P3 "</div>"),
     PAGE("<div>" P1 P2 "<div id=\"t\"><blockquote class=\"twitter-tweet\">" HASHTAGS
          "</blockquote></div>" P3 "</div>")},
    /* the article's notes, each named for its mark in the text and linking
     * back to it, are its sources however linked; the same items without
     * the way back are a box of links */
    {"link-density",
     PAGE("<div>" P1 P2 "<div id=\"t\" class=\"refs\"><ol>"
          "<li><a href=\"/wiki/Frankel\">Frankel, Theodore</a> (2004). <a href=\"/b\">"
          "The Geometry of Physics</a>.</li><li><a href=\"/n\">Course Notes</a> at "
          "<a href=\"/c\">Caltech</a></li></ol></div>" P3 "</div>"),
     PAGE("<div>" P1 P2 "<div id=\"t\" class=\"refs\"><ol>"
          "<li id=\"note-1\"><a href=\"#ref-1\">^</a> <a href=\"/wiki/Frankel\">Frankel, "
          "Theodore</a> (2004). <a href=\"/b\">The Geometry of Physics</a>.</li>"
          "<li id=\"note-2\"><a href=\"#ref-2\">^</a> <a href=\"/n\">Course Notes</a> at "
          "<a href=\"/c\">Caltech</a></li></ol></div>" P3 "</div>")},
    /* a list of bare links nested in an item that says something of its
     * own details the item; a submenu hangs from a one-word label */
    {"link-density",
     "<ul><li>Sport<ul id=\"t\"><li><a href=\"/f\">Football</a></li><li><a href=\"/c\">"
     "Cricket</a></li><li><a href=\"/r\">Rugby</a></li></ul></li></ul>",
     "<ul><li>Florian has some new views up for the hang dashboard, three of them<ul id=\"t\">"
     "<li><a href=\"/f\">showFrames</a></li><li><a href=\"/c\">onlyLeaf</a></li>"
     "<li><a href=\"/r\">skipKnownBugs</a></li></ul></li></ul>"},
    /* a list archive's navigation: its labels say where each link goes in
     * the sequence of messages, in the page's language; a line's own words
     * lead into its link */
    {"link-density",
     "<ul id=\"t\">" SEQUENCE_ITEM("Next message:") SEQUENCE_ITEM("Previous message:")
     SEQUENCE_ITEM("Messages sorted by:") "</ul>",
     "<ul id=\"t\">" SEQUENCE_ITEM("Study:") SEQUENCE_ITEM("Previous study:")
     SEQUENCE_ITEM("Messages sorted by:") "</ul>"},
    {"link-density",
     "<ul id=\"t\">" SEQUENCE_ITEM("Article précédent :") SEQUENCE_ITEM("Article suivant :")
     SEQUENCE_ITEM("Prev by Date:") "</ul>",
     "<ul id=\"t\">" SEQUENCE_ITEM("Next, the council heard that") SEQUENCE_ITEM("Study:")
     SEQUENCE_ITEM("Prev by Date:") "</ul>"},
    /* a box of a post's roll of links, a list of five lines or more each
     * opening with its own words, is not judged by those links: the list is
     * text when judged itself; a few such lines are a meta box's labels */
    {"link-density",
     PAGE("<div>" P1 P2 "<div id=\"t\"><ul>" ROLL_ITEM ROLL_ITEM ROLL_ITEM ROLL_ITEM
          "</ul></div>" P3 "</div>"),
     PAGE("<div>" P1 P2 "<div id=\"t\"><ul>" ROLL_ITEM ROLL_ITEM ROLL_ITEM ROLL_ITEM
          ROLL_ITEM "</ul></div>" P3 "</div>")},
    /* ...nor the post's body holding that list in its part before the fold */
    {"link-density",
     PAGE("<div>" P1 P2 "<div id=\"t\"><div><ul>" ROLL_ITEM ROLL_ITEM ROLL_ITEM ROLL_ITEM
          "</ul></div><div><a href=\"/more\">More</a></div></div>" P3 "</div>"),
     PAGE("<div>" P1 P2 "<div id=\"t\"><div><ul>" ROLL_ITEM ROLL_ITEM ROLL_ITEM ROLL_ITEM
          ROLL_ITEM "</ul></div><div><a href=\"/more\">More</a></div></div>" P3 "</div>")},
    /* ...nor a table of days whose cells hold such lines, five or more in
     * all, however few each list has; four lines are a few labelled links */
    {"link-density",
     PAGE("<div>" P1 P2 "<table id=\"t\"><tbody>" DAY_ROW("", "Monday", ROLL_ITEM ROLL_ITEM)
          DAY_ROW("", "Tuesday", ROLL_ITEM ROLL_ITEM) "</tbody></table>" P3 "</div>"),
     PAGE("<div>" P1 P2 "<table id=\"t\"><tbody>" DAY_ROW("", "Monday", ROLL_ITEM ROLL_ITEM)
          DAY_ROW("", "Tuesday", ROLL_ITEM ROLL_ITEM ROLL_ITEM) "</tbody></table>" P3 "</div>")},
    /* a shortcut to elsewhere on the page, beside blocks */
    {"skip-link",
     "<div><a id=\"t\" href=\"#story_continues\">Continue reading the main story</a>"
     "<h2>Analysis</h2>" P3 "</div>",
     "<div><a id=\"t\" href=\"/story\">Continue reading the main story</a>"
     "<h2>Analysis</h2>" P3 "</div>"},
    /* ...short: a longer link is a line of text */
    {"skip-link",
     "<div><a id=\"t\" href=\"#part2\">Skip to part two</a><h2>Part two</h2>" P3 "</div>",
     "<div><a id=\"t\" href=\"#part2\">Part two: what the engineers found in the old wall</a>"
     "<h2>Part two</h2>" P3 "</div>"},
    /* ...not an entry of a table of contents */
    {"skip-link",
     "<div><a id=\"t\" href=\"#part1\">Part one</a><p>What the commission heard from residents "
     "and engineers.</p></div>",
     "<ul><li><a id=\"t\" href=\"#part1\">Part one</a><p>What the commission heard from residents "
     "and engineers.</p></li><li><a href=\"#part2\">Part two</a><p>What the engineers found in the "
     "old wall, stone by stone.</p></li></ul>"},
    /* ...nor a link inside a sentence, set loose beside blocks */
    {"skip-link",
     "<div><a id=\"t\" href=\"#notes\">Notes</a><h2>Notes</h2>" P3 "</div>",
     "<div>The engineers' figures, given <a id=\"t\" href=\"#notes\">in the notes</a>, show "
     "that the cost rose by almost a third since the first survey of the wall." P3 "</div>"},
    /* the language a listing's box declares, printed over its code */
    {"code-label",
     "<div>" P1 "<div class=\"language-python\"><span id=\"t\">python</span>"
     "<pre><code>import harbour</code></pre></div>" P3 "</div>",
     "<div>" P1 "<div class=\"language-ruby\"><span id=\"t\">python</span>"
     "<pre><code>import harbour</code></pre></div>" P3 "</div>"},
    /* ...or its <pre>; a longer line is not a label */
    {"code-label",
     "<div>" P1 "<div><p id=\"t\">Perl</p><pre class=\"lang-perl\">print $tide;</pre></div>" P3
     "</div>",
     "<div>" P1 "<div><p id=\"t\">Perl prints the tide</p><pre class=\"lang-perl\">print $tide;"
     "</pre></div>" P3 "</div>"},
    /* the kind of a box its class names, printed over its text by a
     * documentation generator; a word of the text is not, nor a heading */
    {"box-label",
     "<div>" P1 "<div class=\"admonition note\"><p id=\"t\">Note</p>" P2 "</div>" P3 "</div>",
     "<div>" P1 "<div class=\"admonition note\"><p id=\"t\">Harbour</p>" P2 "</div>" P3 "</div>"},
    {"box-label",
     "<div>" P1 "<div class=\"hint-container tip\"><p id=\"t\">Tips</p>" P2 "</div>" P3 "</div>",
     "<div>" P1 "<div class=\"hint-container tip\"><h3 id=\"t\">Tips</h3>" P2 "</div>" P3 "</div>"},
    {"box-label",
     "<div>" P1 "<div class=\"theme-admonition theme-admonition-tip alert\"><div id=\"t\">"
     "<span><svg></svg></span>tip</div><div>" P2 "</div></div>" P3 "</div>",
     "<div>" P1 "<div class=\"theme-admonition theme-admonition-tip alert\"><div>" P2
     "</div><div id=\"t\">tip</div></div>" P3 "</div>"},
    /* white space before the label is no text; a word said before an
     * inline one makes it a word of a sentence */
    {"box-label",
     "<div>" P1 "<div class=\"admonition note\">\n  <p id=\"t\">Note</p>\n  " P2 "</div>" P3
     "</div>",
     "<div>" P1 "<div class=\"admonition note\">Write a <b id=\"t\">note</b> of the tide times "
     "before the ferry leaves the quay.</div>" P3 "</div>"},
    /* a heading's permalink, a symbol linking to its section */
    {"permalink-glyph",
     "<div>" P1 "<h2 id=\"setup\">Setup<a id=\"t\" href=\"#setup\">\xc2\xb6</a></h2>" P3 "</div>",
     "<div>" P1 "<h2 id=\"setup\">Setup<a id=\"t\" href=\"#setup\">\xc2\xa7" "2</a></h2>" P3
     "</div>"},
    /* ...in a heading: a marker in a sentence is the sentence's */
    {"permalink-glyph",
     "<div>" P1 "<dl><dt id=\"f\">load(path)<a id=\"t\" href=\"#f\">#</a></dt><dd>Loads "
     "it.</dd></dl>" P3 "</div>",
     "<div>" P1 "<p>The wall was built in 1921.<a id=\"t\" href=\"#note\">*</a> It has "
     "stood since.</p>" P3 "</div>"},
    {"widget-controls", "<div id=\"t\">" LEAVES5 LEAVES5 LEAF "</div>",
     "<div id=\"t\">" LEAVES5 "</div>"},
    {"index-headlines", PAGE("<div>" HEADLINES(SUMMARY) "</div>"),
     PAGE("<div>" HEADLINES(LONG_SUMMARY) "</div>")},
    /* headings linked to their own anchors head sections of this text */
    {"index-headlines", PAGE("<div>" HEADLINES(SUMMARY) "</div>"),
     PAGE("<div>" ANCHORED_SECTIONS(SUMMARY) "</div>")},
    {"index-cards", PAGE("<div>" CARDS(SUMMARY) "</div>"),
     PAGE("<div>" CARDS(LONG_SUMMARY) "</div>")},
    /* the posts of a thread are its own text, not links to stories */
    {"index-cards", PAGE("<div>" CARDS(SUMMARY) "</div>"), PAGE("<div>" THREAD(SUMMARY) "</div>")},
    /* a list of posts, each a linked heading over its excerpt: the items
     * are teasers, not an article's paragraphs however much they hold
     * together; the same items under plain headings are a list article's */
    {"index-headlines", PAGE("<div>" POST_LIST("<a href=\"/2021/post.html\">A post of the blog</a>") "</div>"),
     PAGE("<div>" POST_LIST("A point of the article") "</div>")},
    /* the items of a list of teasers are cards, not the paragraphs of one text */
    {"index-headlines", PAGE("<div>" LOOP(SUMMARY " " SUMMARY) "</div>"), PAGE("<div>" LOOP(LONG_SUMMARY) "</div>")},
    /* excerpts of a blog engine's 55 words (about 350 characters each) */
    {"index-headlines", PAGE("<div>" LOOP(SUMMARY " " SUMMARY " " SUMMARY " " SUMMARY " " SUMMARY) "</div>"),
     PAGE("<div>" LOOP(SUMMARY " " SUMMARY " " SUMMARY " " SUMMARY " " SUMMARY " " SUMMARY) "</div>")},
    /* a list of posts whose titles are <header>s set whole in links
     * (vuepress-theme-hope); the same bars unlinked head sections */
    {"index-headlines", PAGE("<div>" BAR_CARDS("a", SUMMARY) "</div>"),
     PAGE("<div>" BAR_CARDS("div", SUMMARY) "</div>")},
    /* an article's body beside a column of headlines */
    {"index-headlines", PAGE("<div>" HEADLINES(SUMMARY) "</div>"),
     PAGE("<div><div>" P1 P2 P3 P4 P1 P2 "</div>" HEADLINES(SUMMARY) HEADLINES(SUMMARY) "</div>")},
    /* cards cut short are teasers however long their excerpts: each
     * ending in an ellipsis, or in a link to its own title's post again;
     * the same cards whole (a job board's rows), or linking on elsewhere,
     * or titled by links off the site (a list article's shop links), are
     * an article's */
    {"index-cut-cards", PAGE("<div>" CUT_CARDS("/2023/12/24/post/", " and so the p...") "</div>"),
     PAGE("<div>" CUT_CARDS("/2023/12/24/post/", "") "</div>")},
    {"index-cut-cards", PAGE("<div>" CUT_CARDS("/2023/12/24/post/", " and so the p\xe2\x80\xa6") "</div>"),
     PAGE("<div>" CUT_CARDS("http://shop.example/item", " and so the p\xe2\x80\xa6") "</div>")},
    {"index-cut-cards", PAGE("<div>" MORE_CARDS("/2023/12/24/post/#more") "</div>"),
     PAGE("<div>" MORE_CARDS("/shop/item/") "</div>")},
    /* a post over its related posts' cards is a post */
    {"index-cut-cards", PAGE("<div>" MORE_CARDS("/2023/12/24/post/#more") "</div>"),
     PAGE("<div><div>" P1 P2 P3 P4 P1 P2 P3 P4 P1 P2 P3 P4 P1 P2 P3 P4 "</div>"
          MORE_CARDS("/2023/12/24/post/#more") "</div>")},
};

#define NCASES (DCX_COUNTOF(cases))

/* Parses html (a page, or a snippet for the article of the test page) and
 * runs the stages as dc_extract does. */
static dci_doc run_stages(const char *html)
{
    char *page = strstr(html, "<html>") ? tu_strdupf("%s", html) : tu_article_page(html);
    dci_doc doc = tu_parse(page);
    free(page);
    doc.site = "news.example";
    doc.site_len = strlen(doc.site);
    doc.url = "https://news.example/2012/zombie-logos";
    ck_assert_int_eq(dci_clean(&doc), DC_OK);
    dci_node *best = NULL;
    ck_assert_int_eq(dci_score(&doc, &best), DC_OK);
    ck_assert_ptr_nonnull(best);
    ck_assert_int_eq(dci_prune(&doc), DC_OK);
    int is_index;
    ck_assert_int_eq(dci_index_page(&doc, &is_index), DC_OK);
    return doc;
}

/* The element with a data-t attribute: the subject of a rule about plain
 * elements, which an id would change. */
static dci_node *find_data_t(dci_node *root)
{
    for (dci_node *n = root; n; n = dci_next(n, root))
        if (n->type == DCI_NODE_ELEMENT && dci_attr_get(n, "data-t"))
            return n;
    return NULL;
}

/* The node the case is about: "t" (or data-t), or the body for the page
 * rules. */
static dci_node *subject(dci_doc *doc, const dci_rule *rule)
{
    if (rule->stage == DCI_STAGE_INDEX)
        return doc->body;
    dci_node *t = tu_find_id(doc->html, "t");
    if (!t)
        t = find_data_t(doc->html);
    ck_assert_msg(t != NULL, "no element with id t");
    return t;
}

static void check_case(const rule_case *c, int hit)
{
    const dci_rule *rule = dci_rule_find(c->rule);
    ck_assert_msg(rule != NULL, "no rule %s", c->rule);
    dci_doc doc = run_stages(hit ? c->hit : c->miss);
    dci_node *n = subject(&doc, rule);
    if (hit) {
        ck_assert_msg(n->rule == rule, "%s: decided by %s", c->rule, n->rule ? n->rule->id : "none");
        if (dci_stages[rule->stage].action == DCI_ACT_DROP)
            ck_assert_msg(n->flags & DCI_DROPPED, "%s: not dropped", c->rule);
        if (dci_stages[rule->stage].action == DCI_ACT_KEEP)
            ck_assert_msg(n->flags & DCI_CONTENT, "%s: not kept", c->rule);
    } else {
        ck_assert_msg(n->rule != rule, "%s: the near miss matched", c->rule);
    }
    tu_doc_free(&doc);
}

START_TEST(test_rule_triggers)
{
    check_case(&cases[_i], 1);
}
END_TEST

START_TEST(test_rule_near_miss)
{
    check_case(&cases[_i], 0);
}
END_TEST

/* Adding a rule means adding its record and its case here. */
START_TEST(test_every_rule_has_a_case)
{
    for (size_t i = 0; i < dci_rule_count; i++) {
        int found = 0;
        for (size_t j = 0; j < NCASES; j++)
            found |= strcmp(cases[j].rule, dci_rules[i].id) == 0;
        ck_assert_msg(found, "rule %s has no case in check_rules.c", dci_rules[i].id);
    }
}
END_TEST

START_TEST(test_table_in_stage_order_with_unique_ids)
{
    for (size_t i = 0; i < dci_rule_count; i++) {
        ck_assert_msg(dci_rules[i].match != NULL, "%s has no predicate", dci_rules[i].id);
        if (i > 0)
            ck_assert_msg(dci_rules[i - 1].stage <= dci_rules[i].stage, "%s out of stage order",
                          dci_rules[i].id);
        ck_assert_ptr_eq(dci_rule_find(dci_rules[i].id), &dci_rules[i]);
    }
    ck_assert_ptr_null(dci_rule_find("no-such-rule"));
    size_t total = 0;
    for (int s = 0; s < DCI_STAGE_COUNT; s++) {
        size_t first, count = dci_stage_rules((dci_stage)s, &first);
        ck_assert_msg(count > 0, "stage %s has no rule", dci_stages[s].name);
        for (size_t i = first; i < first + count; i++)
            ck_assert_int_eq(dci_rules[i].stage, s);
        total += count;
    }
    ck_assert_uint_eq(total, dci_rule_count);
}
END_TEST

/* The tuning names a rule says it reads are settings that exist. */
START_TEST(test_rule_params_are_tuning_names)
{
    for (size_t i = 0; i < dci_rule_count; i++) {
        const char *p = dci_rules[i].params;
        while (*p) {
            size_t len = strcspn(p, " ");
            char spec[96];
            snprintf(spec, sizeof spec, "%.*s=1", (int)len, p);
            dci_tuning t = dci_tuning_defaults;
            char err[128] = "";
            dci_tuning_apply(&t, spec, err, sizeof err);
            ck_assert_msg(!strstr(err, "no such setting"), "%s: %s", dci_rules[i].id, err);
            p += len;
            p += strspn(p, " ");
        }
    }
}
END_TEST

/* ------------------------------------------------------------------ tuning */

START_TEST(test_tuning_overrides_by_name)
{
    dci_tuning t = dci_tuning_defaults;
    char err[128] = "";
    ck_assert_int_eq(dci_tuning_apply(&t, "phrase_max_chars=7,link_density_max=0.5,"
                                         "teaser_share=3/4", err, sizeof err), 0);
    ck_assert_uint_eq(t.phrase_max_chars, 7);
    ck_assert_float_eq(t.link_density_max, 0.5f);
    ck_assert_uint_eq(t.teaser_share.num, 3);
    ck_assert_uint_eq(t.teaser_share.den, 4);
    ck_assert_uint_eq(t.item_min_text, dci_tuning_defaults.item_min_text);
    ck_assert_int_eq(dci_tuning_apply(&t, "", err, sizeof err), 0);
}
END_TEST

static const struct bad_spec {
    const char *spec;
    const char *message;
} bad_specs[] = {
    {"no_such=1", "tuning: no such setting: 'no_such'"},
    {"phrase_max_chars", "tuning: no value in 'phrase_max_chars'"},
    {"phrase_max_chars=-1", "tuning: bad value in 'phrase_max_chars=-1'"},
    {"phrase_max_chars=12x", "tuning: bad value in 'phrase_max_chars=12x'"},
    {"teaser_share=2", "tuning: bad value in 'teaser_share=2'"},
    {"teaser_share=2/0", "tuning: bad value in 'teaser_share=2/0'"},
    {"link_density_max=", "tuning: bad value in 'link_density_max='"},
    {"item_min_text=99999999999", "tuning: bad value in 'item_min_text=99999999999'"},
};

START_TEST(test_tuning_rejects_bad_specs)
{
    dci_tuning t = dci_tuning_defaults;
    char err[128] = "";
    ck_assert_int_eq(dci_tuning_apply(&t, bad_specs[_i].spec, err, sizeof err), -1);
    ck_assert_str_eq(err, bad_specs[_i].message);
    ck_assert_int_eq(dc_tuning_check(bad_specs[_i].spec, err, sizeof err), -1);
}
END_TEST

/* An override reaches the rules through dc_options: with no line short
 * enough for the phrase table, the promo stays. */
START_TEST(test_tuning_reaches_extraction)
{
    char *page = tu_article_page("<p>Read more here.</p>");
    dc_options opt;
    dc_options_init(&opt);
    char *text = tu_render_opt(page, strlen(page), &opt, DC_FORMAT_TEXT, 0, NULL);
    ck_assert(!tu_contains(text, "Read more here."));
    free(text);
    opt.tuning = "phrase_max_chars=5";
    text = tu_render_opt(page, strlen(page), &opt, DC_FORMAT_TEXT, 0, NULL);
    ck_assert(tu_contains(text, "Read more here."));
    free(text);
    opt.tuning = "phrase_max_chars=x";
    dc_result *r = dc_extract(page, strlen(page), &opt);
    ck_assert_int_eq(dc_result_status(r), DC_BAD_TUNING);
    dc_result_free(r);
    free(page);
}
END_TEST

/* ------------------------------------------------------------------ walker */

/* A stage that meets the deadline stops with DC_TIMEOUT instead of going on
 * with rules that see nothing. The page is parsed on an arena without a
 * deadline; the walk runs on one whose deadline has passed. */
START_TEST(test_walker_stops_at_the_deadline)
{
    char *body = malloc(3000 * 8 + 1);
    ck_assert_ptr_nonnull(body);
    body[0] = '\0';
    for (int i = 0; i < 3000; i++)
        strcat(body, "<p>x</p>");
    char *page = tu_article_page(body);
    dci_doc doc = tu_parse(page);
    free(page);
    free(body);
    dci_arena *parsed_on = doc.arena;
    doc.arena = dci_arena_new(0, 1);
    ck_assert_ptr_nonnull(doc.arena);
    struct timespec pause = {0, 5 * 1000 * 1000};
    nanosleep(&pause, NULL);
    dci_walk w;
    dci_walk_init(&w, &doc);
    ck_assert_int_eq(dci_walk_stage(&w, DCI_STAGE_NEVER_TEXT, doc.html), DC_TIMEOUT);
    ck_assert_int_eq(dci_walk_stage(&w, DCI_STAGE_FURNITURE, doc.html), DC_TIMEOUT);
    dci_arena_free(doc.arena);
    doc.arena = parsed_on;
    dci_walk_init(&w, &doc);
    ck_assert_int_eq(dci_walk_stage(&w, DCI_STAGE_NEVER_TEXT, doc.html), DC_OK);
    tu_doc_free(&doc);
}
END_TEST

/* A post-order stage judges a node after its insides: the inner widget goes
 * first, then the outer one with it. */
START_TEST(test_walker_post_order_judges_inside_first)
{
    dci_doc doc = run_stages("<div id=\"outer\"><div id=\"inner\">" LEAVES5 LEAVES5 LEAF
                            "</div>" LEAVES5 "</div>");
    const dci_rule *widget = dci_rule_find("widget-controls");
    ck_assert_ptr_eq(tu_find_id(doc.html, "inner")->rule, widget);
    ck_assert_ptr_eq(tu_find_id(doc.html, "outer")->rule, widget);
    tu_doc_free(&doc);
}
END_TEST

/* Trails of sections, and lines that only look like them. */
START_TEST(test_crumb_trails)
{
    static const char *const yes[] = {"Home > News > Local", "Home > Advice > Sleep > The Crib",
                                      "Industries \xc2\xbb Engineering \xc2\xbb Power Jobs",
                                      "Home >> Guides >> Money", "A \xe2\x80\xba B \xe2\x80\xba C"};
    static const char *const no[] = {"Home > News", "a>b>c", "Home > > News",
                                     "Home > News > The Harbour Wall Named the Coast's Oldest",
                                     "Then click Analysis and then more > Compare > By"};
    size_t prefix;
    for (size_t i = 0; i < DCX_COUNTOF(yes); i++)
        ck_assert_msg(dci_is_crumb_trail(yes[i], 5, &prefix), "not a trail: %s", yes[i]);
    ck_assert(dci_is_crumb_trail("Home > News > Local", 5, &prefix));
    ck_assert_uint_eq(prefix, strlen("Home > News"));
    for (size_t i = 0; i < DCX_COUNTOF(no); i++)
        ck_assert_msg(!dci_is_crumb_trail(no[i], 5, &prefix), "a trail: %s", no[i]);
}
END_TEST

/* Slide counters, and lines that only look like them. */
START_TEST(test_slide_counters)
{
    static const char *const yes[] = {"1 of 6", "1 / 13", "Image 1 of 8", "Image 1 of / 13",
                                      " 12 of 40 ", "Photo 3 /  9"};
    static const char *const no[] = {"Dinner 10/20", "10/20", "9 of 6", "0 of 6", "1 of 1",
                                     "Page 1 of 6 results", "Top 10 of 2019", "one of 6",
                                     "Two words 1 of 6", "1 of 6000"};
    for (size_t i = 0; i < DCX_COUNTOF(yes); i++)
        ck_assert_msg(dci_is_slide_counter(yes[i]), "not a counter: %s", yes[i]);
    for (size_t i = 0; i < DCX_COUNTOF(no); i++)
        ck_assert_msg(!dci_is_slide_counter(no[i]), "a counter: %s", no[i]);
}
END_TEST

/* The page of a run of comment units after a forum's opening post of their
 * kind, with boxes a class word drops between them. */
static char *opening_post_page(int dropped)
{
    static const char box[] = "<div class=\"sidebar\">Side</div>";
    char *boxes = malloc(sizeof box * (size_t)dropped + 1);
    ck_assert_ptr_nonnull(boxes);
    boxes[0] = '\0';
    for (int i = 0; i < dropped; i++)
        strcat(boxes, box);
    char *page = tu_strdupf(PAGE("<div>" P1 P2 P3 "<div class=\"c x0\"><div><p>Anyone know when "
                                 "the quay reopens?</p></div></div>%s" CUNITS("Ann", "Bo", "Cy", "Di")
                                 "</div>"),
                            boxes);
    free(boxes);
    return page;
}

/* The look back from a unit for one of its kind before it reads at most
 * DCI_THREAD_SCAN siblings, dropped ones too: a page of thousands of
 * dropped boxes is not read again from each node after them. Under the
 * limit the dropped boxes are passed and the opening post is seen. */
START_TEST(test_thread_look_back_is_bounded)
{
    const dci_rule *rule = dci_rule_find("unit-thread"), *beside = dci_rule_find("beside-box");
    int counts[] = {DCI_THREAD_SCAN - 10, DCI_THREAD_SCAN + 10};
    for (int i = 0; i < 2; i++) {
        char *page = opening_post_page(counts[i]);
        dci_doc doc = run_stages(page);
        free(page);
        dci_node *t = tu_find_id(doc.html, "t");
        ck_assert_ptr_nonnull(t);
        if (i == 0)
            ck_assert_msg(!(t->flags & DCI_DROPPED), "the opening post was not seen");
        else   /* dropped as a thread: by unit-thread, or beside the story from the scorer */
            ck_assert_msg((t->flags & DCI_DROPPED) && (t->rule == rule || t->rule == beside),
                          "the look back read past DCI_THREAD_SCAN siblings (%s)",
                          t->rule ? t->rule->id : "kept");
        tu_doc_free(&doc);
    }
}
END_TEST

/* The page of a run of signed comment units, then others elements of
 * other kinds, then three unsigned boxes of the units' kind. */
static char *late_kind_page(int others)
{
    static const char box[] = "<div class=\"o\">Side</div>";
    char *boxes = malloc(sizeof box * (size_t)others + 1);
    ck_assert_ptr_nonnull(boxes);
    boxes[0] = '\0';
    for (int i = 0; i < others; i++)
        strcat(boxes, box);
    char *page = tu_strdupf(PAGE("<div>" P1 P2 P3 CUNITS("Ann", "Bo", "Cy", "Di") "%s"
                                 "<div class=\"c y\"><div><p>Just a line.</p></div></div>"
                                 "<div class=\"c y\"><div><p>Just a line.</p></div></div>"
                                 "<div class=\"c y\"><div><p>Just a line.</p></div></div></div>"),
                            boxes);
    free(boxes);
    return page;
}

/* A run of units reads on, and looks for more of its kind after it, up to
 * DCI_THREAD_SCAN elements of other kinds: thousands of runs of as many
 * kinds are not each read to the page's end. Nearer, the unsigned boxes of
 * the units' kind join the run, too few of it signed then to be a thread. */
START_TEST(test_unit_run_reads_are_bounded)
{
    const dci_rule *rule = dci_rule_find("unit-thread"), *beside = dci_rule_find("beside-box");
    int counts[] = {DCI_THREAD_SCAN - 10, DCI_THREAD_SCAN + 10};
    for (int i = 0; i < 2; i++) {
        char *page = late_kind_page(counts[i]);
        dci_doc doc = run_stages(page);
        free(page);
        dci_node *t = tu_find_id(doc.html, "t");
        ck_assert_ptr_nonnull(t);
        if (i == 0)
            ck_assert_msg(!(t->flags & DCI_DROPPED), "the boxes of the units' kind were not read");
        else
            ck_assert_msg((t->flags & DCI_DROPPED) && (t->rule == rule || t->rule == beside),
                          "the run was read past DCI_THREAD_SCAN elements (%s)",
                          t->rule ? t->rule->id : "kept");
        tu_doc_free(&doc);
    }
}
END_TEST

/* Whether a node under root has any of flags. */
static int any_flagged(dci_node *root, unsigned flags)
{
    for (dci_node *n = root; n; n = dci_next(n, root))
        if (n->flags & flags)
            return 1;
    return 0;
}

/* The post that headings repeating the <title> head is marked down to its
 * body however many of them its box holds (the line down from the box is
 * read once: DCI_POST_READ), and that mark leaves no trace. */
START_TEST(test_headline_post_read_once)
{
    dci_doc doc = tu_parse("<html><head><title>The harbour wall stands | Paper</title></head><body>"
                           "<div class=\"post hentry\"><h2>The harbour wall stands</h2>"
                           "<div id=\"b\"><div id=\"c\">" P1 P2 P3 "</div></div>"
                           "<h2>The harbour wall stands</h2><h2>The harbour wall stands</h2>"
                           "</div><div id=\"side\"><h2>The harbour wall stands</h2>" P4 "</div>"
                           "</body></html>");
    ck_assert_int_eq(dci_clean(&doc), DC_OK);
    ck_assert_int_eq(dci_mark_headline(&doc, 1), 0);
    ck_assert(tu_find_id(doc.html, "b")->flags & DCI_HOLDS_HEADLINE);
    ck_assert(tu_find_id(doc.html, "c")->flags & DCI_HOLDS_HEADLINE);
    ck_assert(!(tu_find_id(doc.html, "side")->flags & DCI_HOLDS_HEADLINE));
    ck_assert(!any_flagged(doc.html, DCI_POST_READ));
    dci_mark_headline(&doc, 0);
    ck_assert(!any_flagged(doc.body, DCI_HOLDS_HEADLINE));
    tu_doc_free(&doc);
}
END_TEST

static Suite *rules_suite(void)
{
    Suite *s = suite_create("rules");
    TCase *rules = tcase_create("rules");
    tcase_add_loop_test(rules, test_rule_triggers, 0, (int)NCASES);
    tcase_add_loop_test(rules, test_rule_near_miss, 0, (int)NCASES);
    tcase_add_test(rules, test_every_rule_has_a_case);
    tcase_add_test(rules, test_table_in_stage_order_with_unique_ids);
    tcase_add_test(rules, test_rule_params_are_tuning_names);
    tcase_add_test(rules, test_slide_counters);
    tcase_add_test(rules, test_crumb_trails);
    tcase_add_test(rules, test_thread_look_back_is_bounded);
    tcase_add_test(rules, test_headline_post_read_once);
    tcase_add_test(rules, test_unit_run_reads_are_bounded);
    suite_add_tcase(s, rules);
    TCase *tuning = tcase_create("tuning");
    tcase_add_test(tuning, test_tuning_overrides_by_name);
    tcase_add_loop_test(tuning, test_tuning_rejects_bad_specs, 0,
                        (int)(DCX_COUNTOF(bad_specs)));
    tcase_add_test(tuning, test_tuning_reaches_extraction);
    suite_add_tcase(s, tuning);
    TCase *walker = tcase_create("walker");
    tcase_add_test(walker, test_walker_stops_at_the_deadline);
    tcase_add_test(walker, test_walker_post_order_judges_inside_first);
    suite_add_tcase(s, walker);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(rules_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
