/*
 * rules_internal: what the rule table's files share. rules.c holds the table,
 * its guards and the elements a rule looks at; the predicates live by family
 * in rules_furniture.c (clean), rules_parts.c (score), rules_threads.c,
 * rules_links.c and rules_lists.c (prune). The table names every
 * predicate, so each is declared here, and so is a helper one family
 * borrows from another.
 */
#ifndef DCI_RULES_INTERNAL_H
#define DCI_RULES_INTERNAL_H

#include "rules.h"
#include "walk.h"

/* Bytes of text the text rules read: a heading's first words, a line, the
 * end of a teaser. Limits of the work per node, not heuristics. */
#define DCI_HEADING_TEXT_BYTES 200
#define DCI_TEASER_TEXT_BYTES 4096
/* The longest text before a link read as a sequence label ("Next message:") */
#define DCI_SEQUENCE_LABEL_BYTES 64

/* The element after n among its siblings, dropped or not, or NULL. */
static inline dci_node *dci_next_sibling_element(const dci_node *n)
{
    for (n = n->next; n; n = n->next)
        if (n->type == DCI_NODE_ELEMENT)
            return (dci_node *)n;
    return NULL;
}

/* The element after n among its siblings that is not dropped, or NULL. */
static inline dci_node *dci_next_element(dci_node *n)
{
    do
        n = dci_next_sibling_element(n);
    while (n && (n->flags & DCI_DROPPED));
    return n;
}

/* rules.c */

/* Most of the content root's text, and not mostly links: the content itself
 * (ASP.NET wraps whole pages in one form). */
int dci_holds_most_of(const dci_node *n, const dci_walk *w);

/* Whether top, an inline child of a block, is alone on its line of loose
 * text: no sibling with text before the blocks or <br>s around it. The scan
 * stops at the first such sibling: a run of links is not scanned once for
 * each of its links. */
int dci_alone_on_line(const dci_node *top);

/* rules_furniture.c */

/* Whether all of n's text is in embedded tweets (blockquote.twitter-tweet):
 * a wrapper named for the embed ("social-media-embed") holds the article's
 * quoted statement, not a share bar. */
int dci_wraps_only_tweets(const dci_node *n);

/* Whether all of n's text is in lists of notes: the references and
 * footnotes of the article, its sources however linked (the human-marked
 * texts keep reference lists), not navigation. */
int dci_holds_only_notes(const dci_node *n);

/* the predicates and actions of its rules */
const char *dci_match_never_text(const dci_node *n, dci_walk *w);
const char *dci_match_hidden(const dci_node *n, dci_walk *w);
const char *dci_match_aria_hidden(const dci_node *n, dci_walk *w);
const char *dci_match_hidden_class(const dci_node *n, dci_walk *w);
const char *dci_match_furniture_tag(const dci_node *n, dci_walk *w);
const char *dci_match_furniture_role(const dci_node *n, dci_walk *w);
const char *dci_match_fixed_overlay(const dci_node *n, dci_walk *w);
const char *dci_match_class_word(const dci_node *n, dci_walk *w);
const char *dci_match_caption(const dci_node *n, dci_walk *w);
void dci_drop_furniture(dci_node *n, const dci_rule *rule, const char *why, dci_walk *w);

/* rules_parts.c */

/* A block that reads as prose: a paragraph of its own with few links. */
int dci_reads_as_prose(const dci_node *n, const dci_tuning *t);

/* A table of data, as its markup says: a caption, or header cells in its
 * first row (layout tables have neither). */
int dci_is_marked_data_table(const dci_node *table);

/* Same element, same non-empty class: the same part of the page template. */
int dci_same_kind(const dci_node *a, const dci_node *b);

/* the predicates and actions of its rules */
const char *dci_match_beside_box(const dci_node *n, dci_walk *w);
const char *dci_match_winner(const dci_node *n, dci_walk *w);
const char *dci_match_sibling(const dci_node *s, dci_walk *w);
const char *dci_match_wrapper_part(const dci_node *s, dci_walk *w);
const char *dci_match_intro_heading(const dci_node *s, dci_walk *w);
const char *dci_match_between_parts(const dci_node *s, dci_walk *w);
const char *dci_match_standfirst(const dci_node *n, dci_walk *w);
const char *dci_match_twin(const dci_node *n, dci_walk *w);
const char *dci_match_twin_gap(const dci_node *n, dci_walk *w);

/* rules_threads.c */

/* the predicates and actions of its rules */
const char *dci_match_comment_thread(const dci_node *n, dci_walk *w);
const char *dci_match_unit_thread(const dci_node *n, dci_walk *w);
void dci_drop_unit_thread(dci_node *n, const dci_rule *rule, const char *why, dci_walk *w);
void dci_drop_thread(dci_node *n, const dci_rule *rule, const char *why, dci_walk *w);
const char *dci_match_always(const dci_node *n, dci_walk *w);
const char *dci_match_comment_form(const dci_node *n, dci_walk *w);
void dci_drop_form_widget(dci_node *form, const dci_rule *rule, const char *why, dci_walk *w);
void dci_drop_comment_form(dci_node *form, const dci_rule *rule, const char *why, dci_walk *w);

/* rules_links.c */

/* Whether n's text names the site where the story goes on ("Read it at New
 * Scientist"): the source of an excerpt, however linked (patterns.c). */
int dci_names_source(const dci_node *n, dci_walk *w);

/* the predicates and actions of its rules */
const char *dci_match_section_rule(const dci_node *n, dci_walk *w);
void dci_drop_section(dci_node *heading, const dci_rule *rule, const char *why, dci_walk *w);
const char *dci_match_tweet_embed(const dci_node *n, dci_walk *w);
const char *dci_match_tweet_picture(const dci_node *n, dci_walk *w);
const char *dci_match_share_bar(const dci_node *n, dci_walk *w);
const char *dci_match_skip_link(const dci_node *n, dci_walk *w);
const char *dci_match_code_label(const dci_node *n, dci_walk *w);
const char *dci_match_box_label(const dci_node *n, dci_walk *w);
const char *dci_match_permalink_glyph(const dci_node *n, dci_walk *w);
void dci_drop_tweet_residue(dci_node *quote, const dci_rule *rule, const char *why, dci_walk *w);
const char *dci_match_link_line(const dci_node *n, dci_walk *w);
const char *dci_match_phrase_rule(const dci_node *n, dci_walk *w);
const char *dci_match_slideshow(const dci_node *n, dci_walk *w);
void dci_drop_slideshow(dci_node *n, const dci_rule *rule, const char *why, dci_walk *w);
const char *dci_match_crumb_trail(const dci_node *n, dci_walk *w);
const char *dci_match_phrase_link(const dci_node *n, dci_walk *w);
const char *dci_match_heading_control(const dci_node *n, dci_walk *w);
void dci_drop_heading_control(dci_node *n, const dci_rule *rule, const char *why, dci_walk *w);
const char *dci_match_phrase_lines(const dci_node *n, dci_walk *w);
void dci_drop_phrase_lines(dci_node *n, const dci_rule *rule, const char *why, dci_walk *w);
const char *dci_match_text_menu(const dci_node *n, dci_walk *w);

/* rules_lists.c */

/* head opens with a link to another of the site's stories, named at
 * headline length, and summary (head itself, or the <dd> after a <dt>)
 * goes on with a summary in words of its own: "<a>Man arrested in
 * hit-and-run</a> A 24-year-old man from Surrey has been charged...". A
 * link leaving the site names a source, as a list in an article does; not
 * in_section, under a heading that names the section other stories, where
 * the summary may be a line short. */
int dci_opens_with_headline(const dci_node *head, const dci_node *summary, dci_walk *w,
                            int in_section);

/* A list of other stories: several items, most with a link and a summary
 * cut short ("[...]") or a linked headline and its summary, or nothing but
 * links. */
const char *dci_match_teaser_list(const dci_node *n, dci_walk *w);

/* the predicates and actions of its rules */
const char *dci_match_ad_list(const dci_node *n, dci_walk *w);
const char *dci_match_teaser_residues(const dci_node *n, dci_walk *w);
const char *dci_match_list_husk(const dci_node *n, dci_walk *w);
const char *dci_match_link_heavy(const dci_node *n, dci_walk *w);
const char *dci_match_widget_controls(const dci_node *n, dci_walk *w);
const char *dci_match_linked_headlines(const dci_node *n, dci_walk *w);
const char *dci_match_story_cards(const dci_node *n, dci_walk *w);
const char *dci_match_cut_cards(const dci_node *n, dci_walk *w);

#endif
