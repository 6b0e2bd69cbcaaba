/*
 * The rule table and the engine's side of it: the guards that keep nodes
 * from rules, and the elements a rule looks at. The predicates behind the
 * records live by family (rules_furniture.c, rules_parts.c, rules_threads.c,
 * rules_links.c, rules_lists.c); each looks at one node (its statistics,
 * its attributes, its text) and says why it matches, the walker having
 * already checked the stage, the elements and the guards.
 */
#include "rules.h"

#include <string.h>

#include "rules_internal.h"
#include "sizes.h"

/* ------------------------------------------------------------ guards */

static int is_protected_tag(GumboTag tag)
{
    return tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY ||
           tag == GUMBO_TAG_MAIN || tag == GUMBO_TAG_ARTICLE;
}

/* n neither holds the article's body (clean's body block) nor is in it:
 * n is not the layout around the article but a box beside it, such as a
 * comment thread longer than the story. The body must still hold its
 * paragraphs: one found in a menu of teasers, dropped since, is no body. */
static int apart_from_body(const dci_node *n, const dci_walk *w)
{
    const dci_node *body = w->body_block;
    return body && body != n && !dci_is_inside(body, n) && !dci_is_inside(n, body) &&
           dci_own_paragraph_prose(w->tuning, body) >= w->tuning->body_block_prose;
}

/* n sits in the body block beside its paragraphs, in a block that is not
 * one of them (inline text is part of the body's loose paragraphs), and the
 * body keeps an article's worth of them besides n: a comment thread after
 * the story, in the story's own box. */
static int beside_body_paragraphs(const dci_node *n, const dci_walk *w)
{
    const dci_node *body = w->body_block;
    if (!body || !dci_is_inside(n, body))
        return 0;
    const dci_node *child = n;
    while (child->parent != body)
        child = child->parent;
    return dci_tag_is_block(child->tag) && !dci_tag_is_paragraph(child->tag) &&
           dci_own_paragraph_prose(w->tuning, body) >= w->tuning->holder_own_prose;
}

/*
 * A class or id word alone does not drop a node that holds most of the
 * page's remaining prose: "page-content and-w-sidebar" names the layout, not
 * a sidebar. The prose left is kept up to date as furniture goes, so a large
 * menu earlier in the page does not hide the article from this guard. Inside
 * the article holder that keeps paragraphs of its own besides the node, the
 * node is part of the article, not its layout: a photo gallery or a comment
 * thread longer than the story is dropped all the same. So is a node apart
 * from the article's body, or a block beside the body's paragraphs in the
 * body's own box, whether or not an element marks the article.
 */
static int spared_as_layout(const dci_node *n, const dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    if (!(w->prose_left > 0 && dci_share_exceeded(n->prose, w->prose_left, t->layout_share)))
        return 0;
    if (apart_from_body(n, w) || beside_body_paragraphs(n, w))
        return 0;
    const dci_node *holder = w->holder;
    return !(holder && dci_is_inside(n, holder) && holder->prose >= n->prose + t->holder_own_prose);
}

/* Most of the content root's text, and not mostly links: the content itself
 * (ASP.NET wraps whole pages in one form). */
int dci_holds_most_of(const dci_node *n, const dci_walk *w)
{
    const dci_tuning *t = w->tuning;
    return dci_share_exceeded(n->chars, w->root->chars, t->most_of_share) &&
           !dci_share_reached(n->link_chars, n->chars, t->mostly_links_share);
}

/* An inline element around a MathML formula (MathJax's container): what its
 * class says is about the widget's menus, not about the formula. */
static int wraps_formula(const dci_node *n)
{
    if (dci_tag_is_block(n->tag))
        return 0;
    for (const dci_node *d = n; d; d = dci_next(d, n))
        if (d->type == DCI_NODE_ELEMENT && d->tag == GUMBO_TAG_MATH)
            return 1;
    return 0;
}

/* A block, or a <br>: where a line of loose text ends. */
static int ends_line(const dci_node *n)
{
    return n->type == DCI_NODE_ELEMENT && (dci_tag_is_block(n->tag) || n->tag == GUMBO_TAG_BR);
}

/* Whether the line of loose text that holds top, an inline child of a
 * block (its inline siblings up to the blocks or <br>s around it), reaches
 * need characters, counting have for top's own. The scan stops once they
 * are reached: a run of links is not summed once for each of its links. */
static int loose_line_reaches(const dci_node *top, unsigned have, unsigned need)
{
    unsigned chars = have;
    for (const dci_node *s = top->prev; s && !ends_line(s) && chars < need; s = s->prev)
        chars += s->chars;
    for (const dci_node *s = top->next; s && !ends_line(s) && chars < need; s = s->next)
        chars += s->chars;
    return chars >= need;
}

/* Whether top, an inline child of a block, is alone on its line of loose
 * text: no sibling with text before the blocks or <br>s around it. The scan
 * stops at the first such sibling: a run of links is not scanned once for
 * each of its links. */
int dci_alone_on_line(const dci_node *top)
{
    for (const dci_node *s = top->prev; s && !ends_line(s); s = s->prev)
        if (s->chars > 0)
            return 0;
    for (const dci_node *s = top->next; s && !ends_line(s); s = s->next)
        if (s->chars > 0)
            return 0;
    return 1;
}

/* A link inside a paragraph of other text: words of the sentence, whose
 * class ("meta-org", "popup") says how the link is styled or what it opens,
 * not that it is furniture. (A span there may well be a caption or a widget.)
 * The paragraph is a p, li or dd, or else the line of loose text around the
 * link: old pages write their prose straight into a <td> or <div>. */
static int link_in_sentence(const dci_node *n, const dci_tuning *t)
{
    if (n->tag != GUMBO_TAG_A)
        return 0;
    const dci_node *top = n, *b = n->parent;
    while (b && b->type == DCI_NODE_ELEMENT && !dci_tag_is_block(b->tag)) {
        top = b;
        b = b->parent;
    }
    if (!b || b->type != DCI_NODE_ELEMENT)
        return 0;
    int paragraph = b->tag == GUMBO_TAG_P || b->tag == GUMBO_TAG_LI || b->tag == GUMBO_TAG_DD;
    unsigned need = n->chars * t->sentence_text_per_link;
    if (need < t->sentence_min_chars)
        need = t->sentence_min_chars;
    if (paragraph)
        return b->chars - n->chars >= need;
    return loose_line_reaches(top, top->chars - n->chars, need);
}

int dci_rule_guarded(const dci_node *n, unsigned guards, const dci_walk *w)
{
    if ((guards & DCI_GUARD_PROTECTED) && is_protected_tag(n->tag))
        return 1;
    if ((guards & (DCI_GUARD_HOLDER | DCI_GUARD_CONTENT)) && (n->flags & DCI_SPINE))
        return 1;
    if ((guards & DCI_GUARD_LAYOUT) && spared_as_layout(n, w))
        return 1;
    if ((guards & DCI_GUARD_HEADLINE) && (n->flags & DCI_HOLDS_HEADLINE))
        return 1;
    if ((guards & DCI_GUARD_MOST_OF) && dci_holds_most_of(n, w))
        return 1;
    if ((guards & DCI_GUARD_FORMULA) && wraps_formula(n))
        return 1;
    if ((guards & DCI_GUARD_CODE) && dci_in_code(n))
        return 1;
    return (guards & DCI_GUARD_SENTENCE) && link_in_sentence(n, w->tuning);
}

/* ------------------------------------------------------------ elements */

/* A heading, or a short line standing alone as one ("You may also like...",
 * a bold "More Film" paragraph). */
static int reads_as_heading(const dci_node *n, const dci_tuning *t)
{
    return dci_is_heading(n) ||
           (dci_is_leaf_block(n) && n->chars > 0 && n->chars <= t->short_heading_chars);
}

static int is_list_box(GumboTag tag)
{
    return tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL || tag == GUMBO_TAG_DIV ||
           tag == GUMBO_TAG_SECTION || tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_TBODY ||
           tag == GUMBO_TAG_DL;
}

int dci_rule_applies(const dci_rule *rule, const dci_node *n, const dci_tuning *t)
{
    if (n->type != DCI_NODE_ELEMENT)
        return 0;
    switch (rule->elements) {
    case DCI_ON_ELEMENT: return 1;
    case DCI_ON_HEADING: return dci_is_heading(n);
    case DCI_ON_LEAF_BLOCK: return dci_is_leaf_block(n);
    case DCI_ON_HEADING_LIKE: return reads_as_heading(n, t);
    case DCI_ON_LIST_BOX: return is_list_box(n->tag);
    case DCI_ON_TAG: return n->tag == rule->tag;
    }
    return 0;
}

/* ------------------------------------------------------------ the tables */

const dci_stage_def dci_stages[DCI_STAGE_COUNT] = {
    [DCI_STAGE_NEVER_TEXT] = {"never-text", DCI_ACT_DROP, 0, DCI_SCOPE_SUBTREE, DCI_JUDGE_ROOT, 1},
    [DCI_STAGE_FURNITURE] = {"furniture", DCI_ACT_DROP, 0, DCI_SCOPE_SUBTREE, DCI_JUDGE_ROOT, 1},
    [DCI_STAGE_CLASS] = {"class", DCI_ACT_DROP, 0, DCI_SCOPE_SUBTREE, DCI_JUDGE_ROOT, 1},
    [DCI_STAGE_BESIDE] = {"beside", DCI_ACT_DROP, 0, DCI_SCOPE_SUBTREE, DCI_JUDGE_NOT_ROOT, 1},
    [DCI_STAGE_JOIN] = {"join", DCI_ACT_KEEP, 0, DCI_SCOPE_CHILDREN, DCI_JUDGE_ROOT, 0},
    [DCI_STAGE_INTRO] = {"intro", DCI_ACT_KEEP, 0, DCI_SCOPE_CHILDREN, DCI_JUDGE_ROOT, 0},
    [DCI_STAGE_GAP] = {"gap", DCI_ACT_KEEP, 0, DCI_SCOPE_ROOT, DCI_JUDGE_ROOT, 0},
    [DCI_STAGE_WRAPPER] = {"wrapper", DCI_ACT_KEEP, 0, DCI_SCOPE_CHILDREN, DCI_JUDGE_ROOT, 0},
    [DCI_STAGE_STANDFIRST] = {"standfirst", DCI_ACT_KEEP, 0, DCI_SCOPE_SUBTREE, DCI_JUDGE_ROOT, 0},
    [DCI_STAGE_TWINS] = {"twins", DCI_ACT_KEEP, 0, DCI_SCOPE_SUBTREE, DCI_JUDGE_ROOT, 0},
    [DCI_STAGE_TWIN_GAPS] = {"twin-gaps", DCI_ACT_KEEP, 0, DCI_SCOPE_ROOT, DCI_JUDGE_ROOT, 0},
    [DCI_STAGE_BOILERPLATE] = {"boilerplate", DCI_ACT_DROP, 0, DCI_SCOPE_SUBTREE, DCI_JUDGE_NOT_ROOT, 1},
    /* the lines are judged with the counts from before the sections went */
    [DCI_STAGE_SECTIONS] = {"sections", DCI_ACT_DROP, 0, DCI_SCOPE_SUBTREE, DCI_JUDGE_NOT_ROOT, 0},
    /* a content root that is a single line is judged like any other */
    [DCI_STAGE_LINES] = {"lines", DCI_ACT_DROP, 0, DCI_SCOPE_SUBTREE, DCI_JUDGE_LEAF_ROOT, 1},
    /* after the lines: a block's own lines of loose text, judged on its exit
     * (it is not dropped, its lines are: the walk goes on into it) */
    [DCI_STAGE_LOOSE_LINES] = {"loose-lines", DCI_ACT_DROP, 1, DCI_SCOPE_SUBTREE, DCI_JUDGE_ROOT, 1},
    [DCI_STAGE_LISTS] = {"lists", DCI_ACT_DROP, 0, DCI_SCOPE_SUBTREE, DCI_JUDGE_NOT_ROOT, 1},
    [DCI_STAGE_WIDGETS] = {"widgets", DCI_ACT_DROP, 1, DCI_SCOPE_SUBTREE, DCI_JUDGE_NOT_ROOT, 1},
    [DCI_STAGE_INDEX] = {"index", DCI_ACT_NOTE, 0, DCI_SCOPE_ROOT, DCI_JUDGE_ROOT, 0},
};

#define GUARDS_OF_CLASS_WORDS (DCI_GUARD_FORMULA | DCI_GUARD_SENTENCE | DCI_GUARD_CODE)

/* In stage order; within a stage, the first rule that matches decides. */
const dci_rule dci_rules[] = {
    {"never-text", DCI_STAGE_NEVER_TEXT, DCI_ON_ELEMENT, 0, 0, dci_match_never_text, NULL, ""},
    {"hidden", DCI_STAGE_NEVER_TEXT, DCI_ON_ELEMENT, 0, DCI_GUARD_PROTECTED, dci_match_hidden,
     NULL, ""},
    {"hidden-class", DCI_STAGE_FURNITURE, DCI_ON_ELEMENT, 0, DCI_GUARD_PROTECTED,
     dci_match_hidden_class, NULL, "hidden_class layout_share"},
    {"aria-hidden", DCI_STAGE_FURNITURE, DCI_ON_ELEMENT, 0, DCI_GUARD_PROTECTED | DCI_GUARD_HOLDER,
     dci_match_aria_hidden, NULL, "layout_share"},
    {"furniture-tag", DCI_STAGE_FURNITURE, DCI_ON_ELEMENT, 0,
     DCI_GUARD_PROTECTED | DCI_GUARD_HOLDER, dci_match_furniture_tag, NULL,
     "holder_own_prose prose_link_share aside_in_text pull_quote_share"},
    {"furniture-role", DCI_STAGE_FURNITURE, DCI_ON_ELEMENT, 0,
     DCI_GUARD_PROTECTED | DCI_GUARD_HOLDER, dci_match_furniture_role, NULL, ""},
    {"fixed-overlay", DCI_STAGE_FURNITURE, DCI_ON_ELEMENT, 0,
     DCI_GUARD_PROTECTED | DCI_GUARD_HOLDER, dci_match_fixed_overlay, NULL, "layout_share"},
    {"class-furniture", DCI_STAGE_CLASS, DCI_ON_ELEMENT, 0,
     DCI_GUARD_PROTECTED | DCI_GUARD_HOLDER | DCI_GUARD_LAYOUT | GUARDS_OF_CLASS_WORDS,
     dci_match_class_word, dci_drop_furniture,
     "layout_share holder_own_prose sentence_min_chars "
     "sentence_text_per_link body_block_prose body_block_share "
     "gallery_min_captions"},
    {"beside-box", DCI_STAGE_BESIDE, DCI_ON_ELEMENT, 0, 0, dci_match_beside_box, NULL,
     "beside_rival_ratio main_threads beside_thread_ratio beside_headline_ratio thread_shape "
     "beside_signed_ratio "
     "beside_signed_prose beside_headed_ratio"},
    {"winner", DCI_STAGE_JOIN, DCI_ON_ELEMENT, 0, 0, dci_match_winner, NULL,
     "headline_body_ratio headline_body_text post_slug_words"},
    {"sibling", DCI_STAGE_JOIN, DCI_ON_ELEMENT, 0, 0, dci_match_sibling, NULL,
     "sibling_score_ratio sibling_min_score same_class_bonus sibling_prose_share "
     "sibling_own_share sibling_part_prose sibling_next_prose sibling_meta_chars prose_block_chars "
     "prose_block_density facts_min_items"},
    {"intro-heading", DCI_STAGE_INTRO, DCI_ON_HEADING, 0, 0, dci_match_intro_heading, NULL, ""},
    {"between-parts", DCI_STAGE_GAP, DCI_ON_ELEMENT, 0, 0, dci_match_between_parts, NULL,
     "gap_parts prose_block_density gap_source_calls"},
    {"wrapper-part", DCI_STAGE_WRAPPER, DCI_ON_ELEMENT, 0, 0, dci_match_wrapper_part, NULL,
     "join_wrapper_parts wrapper_part_share wrapper_twin_share cell_part_share cell_part_density wrapper_stray_chars "
     "wrapper_para_prose wrapper_lead_parts sibling_part_prose sibling_prose_share prose_block_density "
     "twin_max_density"},
    {"standfirst", DCI_STAGE_STANDFIRST, DCI_ON_ELEMENT, 0, 0, dci_match_standfirst, NULL,
     "standfirst_min_chars standfirst_max_chars standfirst_levels standfirst_siblings "
     "standfirst_headline standfirst_captions"},
    {"twin", DCI_STAGE_TWINS, DCI_ON_ELEMENT, 0, DCI_GUARD_CONTENT, dci_match_twin, NULL,
     "twin_min_prose twin_max_density section_min_twins twin_class_modifiers"},
    {"twin-gap", DCI_STAGE_TWIN_GAPS, DCI_ON_ELEMENT, 0, DCI_GUARD_CONTENT, dci_match_twin_gap, NULL,
     "twin_gaps twin_max_density twin_class_modifiers"},
    {"class-boilerplate", DCI_STAGE_BOILERPLATE, DCI_ON_ELEMENT, 0,
     DCI_GUARD_MOST_OF | DCI_GUARD_CONTENT | GUARDS_OF_CLASS_WORDS, dci_match_class_word, NULL,
     "most_of_share mostly_links_share sentence_min_chars sentence_text_per_link "
     "body_block_prose"},
    {"section-heading", DCI_STAGE_SECTIONS, DCI_ON_HEADING_LIKE, 0, 0, dci_match_section_rule,
     dci_drop_section,
     "short_heading_chars section_link_density section_prose_share "
     "prose_block_chars prose_block_density section_teasers teaser_headline_words"},
    {"comment-thread", DCI_STAGE_SECTIONS, DCI_ON_ELEMENT, 0, 0, dci_match_comment_thread,
     dci_drop_thread, "thread_min_signatures signature_max_chars body_block_prose"},
    {"unit-thread", DCI_STAGE_SECTIONS, DCI_ON_ELEMENT, 0, 0, dci_match_unit_thread,
     dci_drop_unit_thread,
     "thread_shape thread_controls thread_min_signatures signature_max_chars body_block_prose"},
    {"figure-caption", DCI_STAGE_LINES, DCI_ON_TAG, GUMBO_TAG_FIGCAPTION, 0, dci_match_caption,
     NULL, "gallery_min_captions"},
    {"comment-form", DCI_STAGE_LINES, DCI_ON_TAG, GUMBO_TAG_FORM, 0, dci_match_comment_form,
     dci_drop_comment_form, "holder_own_prose form_label_chars comment_box_prose body_block_prose "
                            "most_of_share"},
    {"form", DCI_STAGE_LINES, DCI_ON_TAG, GUMBO_TAG_FORM, DCI_GUARD_MOST_OF, dci_match_always,
     dci_drop_form_widget, "form_label_chars most_of_share"},
    {"tweet-residue", DCI_STAGE_LINES, DCI_ON_TAG, GUMBO_TAG_BLOCKQUOTE, 0, dci_match_tweet_embed,
     dci_drop_tweet_residue, ""},
    {"tweet-picture", DCI_STAGE_LINES, DCI_ON_TAG, GUMBO_TAG_A, 0, dci_match_tweet_picture, NULL,
     ""},
    {"link-line", DCI_STAGE_LINES, DCI_ON_LEAF_BLOCK, 0, 0, dci_match_link_line, NULL,
     "link_line_max_chars link_line_share link_lines_min keep_citations"},
    {"phrase", DCI_STAGE_LINES, DCI_ON_LEAF_BLOCK, 0, 0, dci_match_phrase_rule, NULL,
     "phrase_max_chars"},
    {"crumb-trail", DCI_STAGE_LINES, DCI_ON_LEAF_BLOCK, 0, 0, dci_match_crumb_trail, NULL,
     "crumb_item_words link_line_max_chars"},
    {"slideshow", DCI_STAGE_LINES, DCI_ON_LEAF_BLOCK, 0, DCI_GUARD_MOST_OF, dci_match_slideshow,
     dci_drop_slideshow, "slideshow_max_chars most_of_share gallery_min_captions"},
    {"heading-control", DCI_STAGE_LINES, DCI_ON_TAG, GUMBO_TAG_A, 0, dci_match_heading_control,
     dci_drop_heading_control, ""},
    {"phrase-link", DCI_STAGE_LINES, DCI_ON_TAG, GUMBO_TAG_A, 0, dci_match_phrase_link, NULL,
     "phrase_max_chars"},
    {"text-menu", DCI_STAGE_LINES, DCI_ON_LEAF_BLOCK, 0, 0, dci_match_text_menu, NULL,
     "text_menu_entries text_menu_words link_line_max_chars"},
    {"phrase-line", DCI_STAGE_LOOSE_LINES, DCI_ON_ELEMENT, 0, 0, dci_match_phrase_lines,
     dci_drop_phrase_lines, "phrase_lines phrase_max_chars"},
    {"ad-list", DCI_STAGE_LISTS, DCI_ON_LIST_BOX, 0, DCI_GUARD_MOST_OF, dci_match_ad_list, NULL,
     "ad_list_items ad_item_chars teaser_share most_of_share"},
    {"teaser-list", DCI_STAGE_LISTS, DCI_ON_LIST_BOX, 0, DCI_GUARD_MOST_OF, dci_match_teaser_list,
     NULL, "teaser_min_items teaser_share teaser_headline_words teaser_summary_chars own_anchor_links"},
    {"teaser-residue", DCI_STAGE_LISTS, DCI_ON_ELEMENT, 0, DCI_GUARD_MOST_OF,
     dci_match_teaser_residues,
     NULL, "teaser_residue_chars teaser_residue_prose teaser_min_items teaser_share most_of_share"},
    {"link-density", DCI_STAGE_LISTS, DCI_ON_LIST_BOX, 0, DCI_GUARD_MOST_OF | DCI_GUARD_HEADLINE,
     dci_match_link_heavy, NULL,
     "link_heavy_max_commas item_min_text leading_share link_density_max "
     "link_density_max_positive offsite_link_chars offsite_share link_box_prose sentence_links "
     "sentence_link_words sentence_link_phrase self_links_text own_anchor_links text_list_items "
     "roll_hosts"},
    {"list-husk", DCI_STAGE_WIDGETS, DCI_ON_ELEMENT, 0, DCI_GUARD_MOST_OF | DCI_GUARD_HEADLINE,
     dci_match_list_husk, NULL, "drop_list_husks short_heading_chars"},
    {"share-bar", DCI_STAGE_WIDGETS, DCI_ON_ELEMENT, 0, DCI_GUARD_MOST_OF, dci_match_share_bar, NULL,
     "share_bar_chars share_bar_links"},
    {"widget-controls", DCI_STAGE_WIDGETS, DCI_ON_ELEMENT, 0, DCI_GUARD_MOST_OF,
     dci_match_widget_controls, NULL, "widget_min_leaves widget_leaf_chars"},
    {"skip-link", DCI_STAGE_WIDGETS, DCI_ON_TAG, GUMBO_TAG_A, 0, dci_match_skip_link, NULL,
     "short_heading_chars"},
    {"code-label", DCI_STAGE_WIDGETS, DCI_ON_ELEMENT, 0, 0, dci_match_code_label, NULL, ""},
    {"box-label", DCI_STAGE_WIDGETS, DCI_ON_ELEMENT, 0, 0, dci_match_box_label, NULL, ""},
    {"permalink-glyph", DCI_STAGE_WIDGETS, DCI_ON_TAG, GUMBO_TAG_A, 0, dci_match_permalink_glyph,
     NULL, ""},
    {"index-headlines", DCI_STAGE_INDEX, DCI_ON_ELEMENT, 0, 0, dci_match_linked_headlines, NULL,
     "index_min_teasers index_teaser_prose index_headline_links index_teaser_share "
     "index_article_prose"},
    {"index-cards", DCI_STAGE_INDEX, DCI_ON_ELEMENT, 0, 0, dci_match_story_cards, NULL,
     "index_min_teasers index_teaser_prose index_teaser_share index_card_links "
     "index_article_prose"},
    {"index-cut-cards", DCI_STAGE_INDEX, DCI_ON_ELEMENT, 0, 0, dci_match_cut_cards, NULL,
     "index_min_teasers index_cut_share index_teaser_share index_article_prose"},
};

const size_t dci_rule_count = DCX_COUNTOF(dci_rules);

const dci_rule *dci_rule_find(const char *id)
{
    for (size_t i = 0; i < dci_rule_count; i++)
        if (strcmp(dci_rules[i].id, id) == 0)
            return &dci_rules[i];
    return NULL;
}

size_t dci_stage_rules(dci_stage stage, size_t *first)
{
    size_t i = 0;
    while (i < dci_rule_count && dci_rules[i].stage < stage)
        i++;
    *first = i;
    while (i < dci_rule_count && dci_rules[i].stage == stage)
        i++;
    return i - *first;
}
