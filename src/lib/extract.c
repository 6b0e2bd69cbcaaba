/*
 * extract: the pipeline, from bytes to a result, and the public API.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "block_model.h"
#include "buf.h"
#include "charset.h"
#include "clock.h"
#include "clean.h"
#include "content.h"
#include "decruft.h"
#include "emit.h"
#include "explain.h"
#include "explain_html.h"
#include "index_page.h"
#include "meta.h"
#include "nesting.h"
#include "parse.h"
#include "prune.h"
#include "repair.h"
#include "result.h"
#include "score.h"
#include "sizes.h"
#include "tail.h"
#include "tuning.h"
#include "url.h"
#include "walk.h"
#include "words.h"

/* gumbo's tree takes several times the page; this leaves room for the worst
 * real pages while stopping the quadratic ones long before the machine does. */
#define DEFAULT_BUDGET_BASE ((size_t)256 << 20)
#define DEFAULT_BUDGET_PER_BYTE 24
#define DEFAULT_TIMEOUT_MS 30000u

void dc_options_init(dc_options *opt)
{
    memset(opt, 0, sizeof *opt);
}

static size_t parse_budget(const dc_options *opt, size_t len)
{
    if (opt->max_bytes)
        return opt->max_bytes;
    if (len > ((size_t)-1 - DEFAULT_BUDGET_BASE) / DEFAULT_BUDGET_PER_BYTE)
        return (size_t)-1;
    return DEFAULT_BUDGET_BASE + len * DEFAULT_BUDGET_PER_BYTE;
}

/* The excerpt of a page that declares no description: its first paragraph,
 * as readers show it: up to its first blank line (pages that part their
 * paragraphs with <br><br> give one block for all of them), on one line.
 * A copy in a, or NULL. */
static const char *first_paragraph(dci_arena *a, const dci_block *root)
{
    for (const dci_block *b = root; b; b = dci_block_next(b, root)) {
        if (b->kind != DCI_BLOCK_PARAGRAPH || b->text_len == 0)
            continue;
        size_t len = 0;
        while (len < b->text_len && !(b->text[len] == '\n' && len + 1 < b->text_len &&
                                      b->text[len + 1] == '\n'))
            len++;
        dci_buf line = DCI_BUF_INIT;
        dci_buf_put_folded(&line, b->text, len);
        dci_buf_rtrim(&line);
        const char *excerpt =
            line.len && !line.failed ? dci_arena_strndup(a, line.data, line.len) : NULL;
        dci_buf_free(&line);
        return excerpt;
    }
    return NULL;
}

static size_t count_words(const dci_block *root)
{
    size_t words = 0;
    for (const dci_block *b = root; b; b = dci_block_next(b, root))
        words += dci_count_words(b->text ? b->text : "", b->text_len);
    return words;
}

/* The host the page's links are judged against: the URL it was fetched
 * from, else the one it declares. */
static void note_site(dci_doc *doc, const char *url)
{
    doc->url = url;
    if (url && dci_url_host(url, &doc->site, &doc->site_len))
        return;
    doc->site = NULL;
    doc->site_len = 0;
}

/* Whether n or one of its ancestors was dropped. */
static int dropped_on_the_way(const dci_node *n)
{
    for (; n; n = n->parent)
        if (n->flags & DCI_DROPPED)
            return 1;
    return 0;
}

/* Runs the stages that find the article; sets *best to the winner, or NULL
 * when the page has none. */
static dc_status find_article(dc_result *r, dci_doc *doc, const dc_options *opt, dci_node **best)
{
    dc_status st = dci_clean(doc);
    if (st != DC_OK)
        return st;
    dci_meta_extract(r->arena, doc, opt->url, &r->meta);
    doc->title = r->meta.title;
    doc->article_body = r->meta.article_body;
    if (dci_arena_out_of_time(doc->arena))
        return DC_TIMEOUT;
    note_site(doc, opt->url ? opt->url : r->meta.canonical_url);
    st = dci_score(doc, best);
    if (st != DC_OK || !*best)
        return st;
    r->winner_prose = (*best)->prose;
    if (!r->meta.byline)
        dci_meta_byline_near(r->arena, doc, *best, &r->meta);
    if (dci_arena_out_of_time(doc->arena))
        return DC_TIMEOUT;
    int is_index = 0;
    st = dci_prune(doc);
    if (st == DC_OK)
        st = dci_index_page(doc, &is_index);
    r->kept_winner = is_index || ((*best)->chars > 0 && !dropped_on_the_way(*best));
    if (is_index)
        *best = NULL;
    return st;
}

/* Builds the content tree from the winner best, trims its end, then lets
 * the block model judge its first and last blocks; when drops is not
 * NULL, *drops and *ndrops get what the trimmer and the model dropped (in
 * r's arena). DC_OK, DC_NO_CONTENT when no text is left, or the failure. */
static dc_status build_content(dc_result *r, dci_doc *doc, const dci_node *best,
                               dci_tail_drop **drops, size_t *ndrops)
{
    r->content = dci_content_build(r->arena, doc, r->meta.title, r->meta.url);
    if (!r->content)
        return dci_walk_arena_status(doc->arena);
    int dropped = dci_tail_trim(r->content, doc->tuning, r->arena, drops);
    if (dropped < 0)
        return DC_NOMEM;
    *ndrops = (size_t)dropped;
    if (dci_block_model_trim(r->content, doc->tuning, r->arena, drops, ndrops) < 0)
        return DC_NOMEM;
    r->words = count_words(r->content);
    if (!r->meta.image)
        dci_meta_image_near(r->arena, best, &r->meta);
    if (!r->meta.excerpt)
        r->meta.excerpt = first_paragraph(r->arena, r->content);
    return dci_content_blocks(r->content) > 0 ? DC_OK : DC_NO_CONTENT;
}

/* Runs the stages on a parsed document. The explanation is made last, so
 * that it shows what the tail trimmer dropped from the content tree too;
 * the page is marked only when an explanation is asked for, once the
 * article and its metadata are done. */
static dc_status extract_parsed(dc_result *r, dci_doc *doc, const dc_options *opt)
{
    dci_node *best = NULL;
    dc_status st = find_article(r, doc, opt, &best);
    if (st != DC_OK)
        return st;
    if (dci_arena_out_of_time(doc->arena))
        return DC_TIMEOUT;
    int explaining = (opt->flags & (DC_OPT_EXPLAIN | DC_OPT_EXPLAIN_HTML)) != 0;
    dci_tail_drop *drops = NULL;
    size_t ndrops = 0;
    st = best ? build_content(r, doc, best, explaining ? &drops : NULL, &ndrops) : DC_NO_CONTENT;
    if (explaining && dci_explain_tail(r->arena, doc, drops, ndrops) < 0)
        return DC_NOMEM;
    if (opt->flags & DC_OPT_EXPLAIN) {
        r->explain = dci_explain(r->arena, doc);
        if (!r->explain)
            return DC_NOMEM;
    }
    return st;
}

/* The HTML report of a page extracted with status st (DC_OK or
 * DC_NO_CONTENT) into r; 0, or -1 when memory ran out. */
static int report(dc_result *r, const dci_doc *doc, const dc_options *opt, dc_status st)
{
    dci_buf text = DCI_BUF_INIT;
    char status[96];
    if (st == DC_OK) {
        dci_emit_text(r, 0, &text);
        snprintf(status, sizeof status, "article: %zu words", r->words);
    } else {
        snprintf(status, sizeof status, "%s", dc_strerror(st));
    }
    dci_report_page page = {opt->url, (opt->flags & DC_OPT_EXPLAIN_REMOTE) != 0, status,
                            st == DC_OK ? text.data : NULL};
    r->explain_html = text.failed ? NULL : dci_explain_html(r->arena, doc, &page);
    dci_buf_free(&text);
    return r->explain_html ? 0 : -1;
}

/* The stages, then the report when asked for: of a page without an
 * article too. */
static dc_status extract_and_report(dc_result *r, dci_doc *doc, const dc_options *opt)
{
    dc_status st = extract_parsed(r, doc, opt);
    if (!(opt->flags & DC_OPT_EXPLAIN_HTML) || (st != DC_OK && st != DC_NO_CONTENT))
        return st;
    return report(r, doc, opt, st) == 0 ? st : DC_NOMEM;
}

typedef int (*input_fix)(const char *html, size_t len, char **out, size_t *out_len);

/* Swaps *utf8 for the copy fix makes of it, if it makes one. */
static dc_status apply_fix(input_fix fix, char **utf8, size_t *len)
{
    char *fixed;
    size_t fixed_len;
    int rc = fix(*utf8, *len, &fixed, &fixed_len);
    if (rc < 0)
        return DC_NOMEM;
    if (rc > 0) {
        free(*utf8);
        *utf8 = fixed;
        *len = fixed_len;
    }
    return DC_OK;
}

/* The page as gumbo can take it: its title closed, its script tags' lost
 * quotes closed, nesting no deeper than gumbo's tree builder can walk in
 * time. */
static dc_status prepare_input(char **utf8, size_t *len)
{
    dc_status st = apply_fix(dci_close_title, utf8, len);
    if (st == DC_OK)
        st = apply_fix(dci_close_script_quote, utf8, len);
    return st == DC_OK ? apply_fix(dci_cap_nesting, utf8, len) : st;
}

int dc_tuning_check(const char *spec, char *err, size_t errsize)
{
    dci_tuning t = dci_tuning_defaults;
    return dci_tuning_apply(&t, spec ? spec : "", err, errsize);
}

/* The tuning of opt: the defaults, the mode's preset, then opt's overrides.
 * -1 when they are not valid. */
static int choose_tuning(dci_tuning *t, const dc_options *opt)
{
    char err[DCX_ERRSIZE];
    unsigned modes = opt->flags & (DC_OPT_PRECISION | DC_OPT_RECALL);
    *t = dci_tuning_defaults;
    if (modes == (DC_OPT_PRECISION | DC_OPT_RECALL))
        return -1;
    const char *preset = modes == DC_OPT_PRECISION ? dci_tuning_precision
                         : modes == DC_OPT_RECALL  ? dci_tuning_recall
                                                   : "";
    if (dci_tuning_apply(t, preset, err, sizeof err) < 0)
        return -1;
    return opt->tuning ? dci_tuning_apply(t, opt->tuning, err, sizeof err) : 0;
}

/* Parses utf8 into a document of its own and extracts its article into r
 * within timeout_ms; with blind, under class and id names no table knows. */
static dc_status extract_once(dc_result *r, const char *utf8, size_t len, const dc_options *opt,
                              const dci_tuning *tuning, unsigned timeout_ms, int blind)
{
    dci_doc doc;
    memset(&doc, 0, sizeof doc);
    doc.tuning = tuning;
    doc.arena = dci_arena_new(parse_budget(opt, len), timeout_ms);
    if (!doc.arena)
        return DC_NOMEM;
    dc_status st = dci_parse(&doc, utf8, len);
    if (st == DC_OK && blind)
        st = dci_blind_names(&doc);
    if (st == DC_OK)
        st = extract_and_report(r, &doc, opt);
    dci_arena_free(doc.arena);
    return st;
}

/*
 * A page on which the scorer found no winner, or whose winner the rules then
 * dropped or emptied, gets a second look with
 * its class and id names hidden: when the names misled the rules (every
 * listing unit named a teaser, the page's wrapper named an ad), the article
 * is found by its text alone, as on a site whose names are hashes. Taken
 * only when it finds an article of blind_look_words words, its winner
 * holding prose: an empty output costs less than a line of junk (an
 * archive's dated entries left by the link rules, "Untitled Posted Mon Sep
 * 6 10:32:00 2021 by Sam Writer", are no article however many words). A winner whose text the rules emptied
 * (comments dropped under a bare headline), or an index page, keeps its
 * verdict. The first look's metadata stays (names help find a byline); so
 * does its explanation when the second look is not taken. It has what is
 * left of the page's time: a page costs its deadline at most, one look or two.
 */
#define SECOND_LOOK_NOTE "second look: no article with the page's class and id names; read without them\n"

static dc_status second_look(dc_result *r, const char *utf8, size_t len, const dc_options *opt,
                             const dci_tuning *tuning, unsigned timeout_ms)
{
    dc_result first = *r;
    dc_status st = extract_once(r, utf8, len, opt, tuning, timeout_ms, 1);
    if (st != DC_OK || r->words < tuning->blind_look_words || r->winner_prose == 0) {
        *r = first;   /* whatever stopped the second look (its deadline too) */
        return DC_NO_CONTENT;
    }
    if (r->explain) {
        size_t n = strlen(SECOND_LOOK_NOTE) + strlen(r->explain) + 1;
        char *note = dci_arena_alloc(r->arena, n);
        if (!note)
            return DC_NOMEM;
        snprintf(note, n, "%s%s", SECOND_LOOK_NOTE, r->explain);
        r->explain = note;
    }
    const char *excerpt = r->meta.excerpt, *image = r->meta.image;
    r->meta = first.meta;
    if (!r->meta.excerpt)
        r->meta.excerpt = excerpt;
    if (!r->meta.image)
        r->meta.image = image;
    return DC_OK;
}

static dc_status run(dc_result *r, const char *bytes, size_t len, const dc_options *opt)
{
    dci_tuning tuning;
    if (choose_tuning(&tuning, opt) < 0)
        return DC_BAD_TUNING;
    char *utf8 = NULL;
    size_t utf8_len = 0;
    dc_status st = dci_charset_decode(bytes, len, opt->charset, opt->force_charset, &utf8,
                                     &utf8_len, &r->charset);
    if (st != DC_OK)
        return st;
    unsigned limit = opt->timeout_ms ? opt->timeout_ms : DEFAULT_TIMEOUT_MS;
    double start = dcx_now_ms();
    st = prepare_input(&utf8, &utf8_len);
    if (st == DC_OK)
        st = extract_once(r, utf8, utf8_len, opt, &tuning, limit, 0);
    double left = limit - (dcx_now_ms() - start);
    if (st == DC_NO_CONTENT && !r->kept_winner && tuning.blind_look_words && left >= 1)
        st = second_look(r, utf8, utf8_len, opt, &tuning, (unsigned)left);
    free(utf8);
    return st;
}

dc_result *dc_extract(const char *bytes, size_t len, const dc_options *opt)
{
    dc_options defaults;
    if (!opt) {
        dc_options_init(&defaults);
        opt = &defaults;
    }
    dci_arena *arena = dci_arena_new(0, 0);
    if (!arena)
        return NULL;
    dc_result *r = dci_arena_calloc(arena, sizeof *r);
    if (!r) {
        dci_arena_free(arena);
        return NULL;
    }
    r->arena = arena;
    r->status = run(r, bytes ? bytes : "", bytes ? len : 0, opt);
    if (r->status != DC_OK)
        r->content = NULL;
    return r;
}

void dc_result_free(dc_result *r)
{
    if (r)
        dci_arena_free(r->arena);
}

dc_status dc_result_status(const dc_result *r) { return r->status; }
const char *dc_result_title(const dc_result *r) { return r->meta.title; }
const char *dc_result_byline(const dc_result *r) { return r->meta.byline; }
const char *dc_result_date(const dc_result *r) { return r->meta.date; }
const char *dc_result_site_name(const dc_result *r) { return r->meta.site_name; }
const char *dc_result_lang(const dc_result *r) { return r->meta.lang; }
const char *dc_result_url(const dc_result *r) { return r->meta.url; }
const char *dc_result_excerpt(const dc_result *r) { return r->meta.excerpt; }
const char *dc_result_charset(const dc_result *r) { return r->charset; }
size_t dc_result_author_count(const dc_result *r) { return r->meta.nauthors; }
const char *dc_result_author(const dc_result *r, size_t i)
{
    return i < r->meta.nauthors ? r->meta.authors[i] : NULL;
}
const char *dc_result_canonical_url(const dc_result *r) { return r->meta.canonical_url; }
const char *dc_result_image(const dc_result *r) { return r->meta.image; }
const char *dc_result_description(const dc_result *r) { return r->meta.description; }
const char *dc_result_section(const dc_result *r) { return r->meta.section; }
size_t dc_result_tag_count(const dc_result *r) { return r->meta.ntags; }
const char *dc_result_tag(const dc_result *r, size_t i)
{
    return i < r->meta.ntags ? r->meta.tags[i] : NULL;
}
size_t dc_result_word_count(const dc_result *r) { return r->words; }

char *dc_render(const dc_result *r, dc_format format, unsigned flags, size_t *len)
{
    dci_buf out = DCI_BUF_INIT;
    switch (format) {
    case DC_FORMAT_TEXT:
        dci_emit_text(r, flags, &out);
        break;
    case DC_FORMAT_MARKDOWN:
        dci_emit_markdown(r, flags, &out);
        break;
    case DC_FORMAT_HTML:
        dci_emit_html(r, flags, &out);
        break;
    case DC_FORMAT_JSON:
        dci_emit_json(r, flags, &out);
        break;
    case DC_FORMAT_EXPLAIN:
        if (r->explain)
            dci_buf_puts(&out, r->explain);
        break;
    case DC_FORMAT_EXPLAIN_HTML:
        if (r->explain_html)
            dci_buf_puts(&out, r->explain_html);
        break;
    default:
        return NULL;
    }
    return dci_buf_detach(&out, len);
}

const char *dc_strerror(dc_status status)
{
    static const char *const messages[DC_STATUS_COUNT] = {
        [DC_OK] = "ok",
        [DC_NO_CONTENT] = "no article found on the page",
        [DC_TOO_LARGE] = "page too large or too complex to parse within the memory budget",
        [DC_TIMEOUT] = "page took too long to parse and clean",
        [DC_NOMEM] = "out of memory",
        [DC_BAD_CHARSET] = "unknown character set",
        [DC_BAD_TUNING] = "invalid tuning overrides",
    };
    if ((unsigned)status >= DC_STATUS_COUNT)
        return "unknown status";
    return messages[status];
}

const char *dc_version(void)
{
    return DC_VERSION;
}
