#include "tuning.h"
#include "sizes.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const dci_tuning dci_tuning_defaults = {
    .prose_min_chars = 80,
    .prose_link_share = {1, 3},
    .field_min_bars = 3,
    .field_max_chars = 40,
    .prose_block_chars = 80,
    .wide_char_weight = 2,
    .prose_block_density = 0.25f,

    .sentence_min_chars = 60,
    .sentence_text_per_link = 3,
    .holder_own_prose = 1000,
    .layout_share = {1, 2},
    .most_of_share = {1, 2},
    .mostly_links_share = {1, 2},
    .body_block_prose = 200,
    .body_outside_gallery = 1,
    .body_block_share = {1, 4},
    .gallery_min_captions = 3,

    .class_weight = 25.0f,
    .class_bonus_share = {1, 4},
    .class_bonus_page_prose = 500,
    .tag_weight_container = 5.0f,
    .tag_weight_section = 3.0f,
    .tag_weight_list = -3.0f,
    .tag_weight_heading = -5.0f,
    .paragraph_min_chars = 25,
    .chars_per_point = 100,
    .chars_points_max = 3,
    .ancestor_levels = 5,
    .ancestor_divider = 3.0f,
    .runner_up_ratio = 0.875f,
    .aside_apart = 1,
    .aside_in_text = 1,
    .pull_quote_share = {1, 2},
    .runner_up_parts = 1,
    .climb_floor_divider = 3.0f,
    .climb_section = 1,
    .climb_wrapper_chars = 15,
    .climb_target_divider = 2.0f,
    .climb_prose_share = {1, 2},
    .winner_prose_share = {1, 4},
    .core_prose_share = {1, 20},
    .text_share_page_prose = 1000,
    .marker_prose_factor = 3,
    .holder_prose_factor = 1,
    .ldbody_min_pairs = 100,
    .ldbody_winner_share = {1, 3},
    .ldbody_cover_share = {2, 3},
    .ldbody_cover_precision = {1, 2},
    .beside_rival_ratio = 0.6f,
    .main_threads = 1,
    .beside_thread_ratio = 0.25f,
    .beside_headline_ratio = 0.25f,
    .thread_shape = 1,
    .thread_controls = 1,
    .signature_ages = 1,
    .beside_unit_runs = 1,
    .beside_signed_ratio = 0.05f,
    .beside_signed_prose = 500,
    .beside_headed_ratio = 0.05f,
    .headline_body_ratio = 0.3f,
    .headline_body_text = 0.25f,
    .headline_body_prose = 500,
    .headline_ahead_ratio = 0.05f,
    .post_slug_words = 3,
    .headline_thread_prose = 100,
    .blurb_min_groups = 3,
    .blurb_link_share = {1, 2},
    .blurb_rival_ratio = 0.5f,

    .sibling_score_ratio = 0.2f,
    .sibling_min_score = 10.0f,
    .same_class_bonus = 0.2f,
    .sibling_prose_share = {1, 3},
    .sibling_own_share = {1, 2},
    .sibling_wrapped_para = 1,
    .sibling_part_prose = 100,
    .wrapper_para_prose = 50,
    .wrapper_lead_parts = 1,
    .sibling_next_prose = 100,
    .sibling_meta_chars = 200,
    .gap_parts = 1,
    .gap_source_calls = 1,
    .quote_parent = 1,
    .code_parent = 1,
    .code_references = 1,
    .paragraph_parent = 1,
    .blind_look_words = 50,
    .sibling_rights = 1,
    .sibling_copyright = 1,
    .sibling_after_box = 1,
    .sibling_ruled_off = 1,
    .wrapper_part_share = {1, 5},
    .wrapper_twin_share = {2, 3},
    .cell_part_share = {1, 2},
    .cell_part_density = 0.1f,
    .wrapper_stray_chars = 8,
    .loose_part_prose = 100,
    .facts_min_items = 0,
    .standfirst_min_chars = 40,
    .standfirst_teasers = 1,
    .standfirst_headline = 1,
    .standfirst_captions = 1,
    .standfirst_max_chars = 400,
    .standfirst_levels = 1,
    .standfirst_siblings = 3,
    .twin_min_prose = 200,
    .twin_teasers = 1,
    .twin_max_density = 0.3f,
    .twin_gaps = 1,
    .twin_class_modifiers = 1,
    .twin_lead_lists = 1,
    .section_min_twins = 2,

    .phrase_max_chars = 300,
    .phrase_lines = 1,
    .slideshow_max_chars = 1000,
    .share_bar_chars = 300,
    .share_bar_links = 2,
    .crumb_item_words = 5,
    .text_menu_entries = 6,
    .text_menu_words = 3,
    .link_line_max_chars = 200,
    .link_lines_min = 3,
    .link_line_share = {4, 5},
    .link_line_text_share = {1, 2},
    .keep_citations = 1,
    .offsite_link_chars = 50,
    .offsite_share = {2, 3},
    .short_heading_chars = 40,
    .section_link_density = 0.5f,
    .section_teasers = 1,
    .section_prose_share = {1, 2},
    .thread_min_signatures = 3,
    .signature_max_chars = 120,
    .teaser_min_items = 3,
    .teaser_share = {2, 3},
    .teaser_headline_words = 4,
    .teaser_summary_chars = 60,
    .teaser_residue_chars = 150,
    .teaser_residue_prose = 1,
    .ad_list_items = 2,
    .ad_item_chars = 300,
    .drop_list_husks = 1,
    .item_min_text = 40,
    .leading_share = {2, 3},
    .link_heavy_max_commas = 10,
    .link_density_max = 0.33f,
    .link_density_max_positive = 0.5f,
    .link_box_prose = 300,
    .sentence_links = 2,
    .sentence_link_words = 2,
    .sentence_link_phrase = 3,
    .self_links_text = 1,
    .own_anchor_links = 1,
    .text_list_items = 5,
    .roll_hosts = 4,
    .tail_roll_list = 1,
    .widget_min_leaves = 10,
    .widget_leaf_chars = 12,
    .form_label_chars = 100,
    .comment_box_prose = 1000,

    .index_min_teasers = 5,
    /* a blog engine's excerpt is 55 words (WordPress's default), about 350 to 400 characters */
    .index_teaser_prose = 400,
    .index_headline_links = {1, 2},
    .index_teaser_share = {1, 2},
    .index_card_links = {1, 10},
    .index_article_prose = 800,
    .index_unit_ratio = 2,
    .index_cut_share = {1, 2},

    .join_siblings = 1,
    .join_standfirst = 1,
    .join_twins = 1,
    .join_wrapper_parts = 1,
    .winner_widen = 1,
    .winner_climb = 0,

    .tail_max_chars = 300,
    .tail_max_blocks = 8,
    .tail_rights = 0,
    .tail_comment_heading = 1,
    .tail_first_prose = 1,
    .tail_place_signatures = 3,
    .tail_link_words = 3,
    .tail_rule_max_chars = 300,
    .tail_rule_share = {1, 4},

    .repeat_prose_chars = 100,
    .repeat_sentences = 1,
    .repeat_label_chars = 40,
    .repeat_captions = 1,
    .repeat_boxes = 1,
    .hidden_class = 1,

    .block_model_min = 0.7f,
};

/* Measured on every dev corpus: see README.md, "Modes". */
const char dci_tuning_precision[] =
    "winner_widen=0,join_siblings=0,join_standfirst=0,join_twins=0,tail_rights=1,"
    "link_line_share=1/2,link_line_max_chars=400,link_density_max=0.2,"
    "link_density_max_positive=0.3";
const char dci_tuning_recall[] =
    "winner_climb=1,index_min_teasers=100000,tail_max_chars=0,facts_min_items=3,"
    "block_model_min=0";

typedef enum field_kind { FIELD_COUNT, FIELD_WEIGHT, FIELD_SHARE } field_kind;

typedef struct field {
    const char *name;
    field_kind kind;
    size_t offset;
} field;

#define COUNT_FIELD(f) {#f, FIELD_COUNT, offsetof(dci_tuning, f)}
#define WEIGHT_FIELD(f) {#f, FIELD_WEIGHT, offsetof(dci_tuning, f)}
#define SHARE_FIELD(f) {#f, FIELD_SHARE, offsetof(dci_tuning, f)}

static const field fields[] = {
    COUNT_FIELD(prose_min_chars), SHARE_FIELD(prose_link_share),
    COUNT_FIELD(field_min_bars), COUNT_FIELD(field_max_chars),
    COUNT_FIELD(prose_block_chars), WEIGHT_FIELD(prose_block_density),
    COUNT_FIELD(wide_char_weight),
    COUNT_FIELD(sentence_min_chars), COUNT_FIELD(sentence_text_per_link),
    COUNT_FIELD(holder_own_prose), COUNT_FIELD(body_outside_gallery), SHARE_FIELD(layout_share),
    SHARE_FIELD(most_of_share), SHARE_FIELD(mostly_links_share),
    COUNT_FIELD(body_block_prose), SHARE_FIELD(body_block_share),
    COUNT_FIELD(gallery_min_captions),
    WEIGHT_FIELD(class_weight), SHARE_FIELD(class_bonus_share),
    COUNT_FIELD(class_bonus_page_prose), WEIGHT_FIELD(tag_weight_container),
    WEIGHT_FIELD(tag_weight_section), WEIGHT_FIELD(tag_weight_list),
    WEIGHT_FIELD(tag_weight_heading), COUNT_FIELD(paragraph_min_chars),
    COUNT_FIELD(chars_per_point), COUNT_FIELD(chars_points_max),
    COUNT_FIELD(ancestor_levels), WEIGHT_FIELD(ancestor_divider),
    WEIGHT_FIELD(runner_up_ratio), COUNT_FIELD(aside_apart), COUNT_FIELD(aside_in_text),
    SHARE_FIELD(pull_quote_share), COUNT_FIELD(runner_up_parts),
    WEIGHT_FIELD(climb_floor_divider), COUNT_FIELD(climb_section), COUNT_FIELD(climb_wrapper_chars),
    WEIGHT_FIELD(climb_target_divider), SHARE_FIELD(climb_prose_share),
    SHARE_FIELD(winner_prose_share), SHARE_FIELD(core_prose_share),
    COUNT_FIELD(text_share_page_prose),
    COUNT_FIELD(marker_prose_factor), COUNT_FIELD(holder_prose_factor),
    COUNT_FIELD(ldbody_min_pairs), SHARE_FIELD(ldbody_winner_share),
    SHARE_FIELD(ldbody_cover_share), SHARE_FIELD(ldbody_cover_precision),
    WEIGHT_FIELD(beside_rival_ratio), COUNT_FIELD(main_threads), WEIGHT_FIELD(beside_thread_ratio),
    WEIGHT_FIELD(beside_headline_ratio), COUNT_FIELD(thread_shape), COUNT_FIELD(thread_controls),
    COUNT_FIELD(signature_ages),
    COUNT_FIELD(beside_unit_runs),
    WEIGHT_FIELD(beside_signed_ratio),
    COUNT_FIELD(beside_signed_prose), WEIGHT_FIELD(beside_headed_ratio),
    WEIGHT_FIELD(headline_body_ratio), WEIGHT_FIELD(headline_body_text),
    COUNT_FIELD(headline_body_prose), WEIGHT_FIELD(headline_ahead_ratio), COUNT_FIELD(post_slug_words),
    COUNT_FIELD(headline_thread_prose), COUNT_FIELD(blurb_min_groups),
    SHARE_FIELD(blurb_link_share), WEIGHT_FIELD(blurb_rival_ratio),
    WEIGHT_FIELD(sibling_score_ratio), WEIGHT_FIELD(sibling_min_score),
    WEIGHT_FIELD(same_class_bonus), SHARE_FIELD(sibling_prose_share),
    SHARE_FIELD(sibling_own_share), COUNT_FIELD(sibling_wrapped_para), COUNT_FIELD(sibling_part_prose), COUNT_FIELD(wrapper_para_prose),
    COUNT_FIELD(wrapper_lead_parts),
    COUNT_FIELD(sibling_next_prose), COUNT_FIELD(sibling_meta_chars), COUNT_FIELD(gap_parts), COUNT_FIELD(gap_source_calls),
    COUNT_FIELD(quote_parent), COUNT_FIELD(code_parent), COUNT_FIELD(code_references), COUNT_FIELD(paragraph_parent),
    COUNT_FIELD(blind_look_words),
    COUNT_FIELD(sibling_rights), COUNT_FIELD(sibling_copyright), COUNT_FIELD(sibling_after_box), COUNT_FIELD(sibling_ruled_off),
    SHARE_FIELD(wrapper_part_share), SHARE_FIELD(wrapper_twin_share), SHARE_FIELD(cell_part_share), WEIGHT_FIELD(cell_part_density),
    COUNT_FIELD(wrapper_stray_chars), COUNT_FIELD(loose_part_prose),
    COUNT_FIELD(facts_min_items),
    COUNT_FIELD(standfirst_min_chars), COUNT_FIELD(standfirst_teasers),
    COUNT_FIELD(standfirst_headline), COUNT_FIELD(standfirst_captions),
    COUNT_FIELD(standfirst_max_chars), COUNT_FIELD(standfirst_levels),
    COUNT_FIELD(standfirst_siblings), COUNT_FIELD(twin_min_prose), COUNT_FIELD(twin_teasers),
    WEIGHT_FIELD(twin_max_density), COUNT_FIELD(twin_gaps), COUNT_FIELD(twin_class_modifiers), COUNT_FIELD(twin_lead_lists), COUNT_FIELD(section_min_twins),
    COUNT_FIELD(phrase_max_chars), COUNT_FIELD(phrase_lines), COUNT_FIELD(slideshow_max_chars), COUNT_FIELD(share_bar_chars), COUNT_FIELD(share_bar_links), COUNT_FIELD(crumb_item_words), COUNT_FIELD(text_menu_entries),
    COUNT_FIELD(text_menu_words), COUNT_FIELD(link_line_max_chars), COUNT_FIELD(link_lines_min),
    SHARE_FIELD(link_line_share), SHARE_FIELD(link_line_text_share), COUNT_FIELD(keep_citations),
    COUNT_FIELD(offsite_link_chars), SHARE_FIELD(offsite_share),
    COUNT_FIELD(short_heading_chars),
    WEIGHT_FIELD(section_link_density), COUNT_FIELD(section_teasers), SHARE_FIELD(section_prose_share),
    COUNT_FIELD(thread_min_signatures), COUNT_FIELD(signature_max_chars),
    COUNT_FIELD(teaser_min_items), SHARE_FIELD(teaser_share),
    COUNT_FIELD(teaser_headline_words), COUNT_FIELD(teaser_summary_chars),
    COUNT_FIELD(teaser_residue_chars), COUNT_FIELD(teaser_residue_prose), COUNT_FIELD(drop_list_husks),
    COUNT_FIELD(ad_list_items), COUNT_FIELD(ad_item_chars),
    COUNT_FIELD(item_min_text), SHARE_FIELD(leading_share),
    COUNT_FIELD(link_heavy_max_commas), WEIGHT_FIELD(link_density_max),
    WEIGHT_FIELD(link_density_max_positive), COUNT_FIELD(link_box_prose),
    COUNT_FIELD(sentence_links), COUNT_FIELD(sentence_link_words),
    COUNT_FIELD(sentence_link_phrase), COUNT_FIELD(self_links_text),
    COUNT_FIELD(own_anchor_links),
    COUNT_FIELD(text_list_items), COUNT_FIELD(roll_hosts), COUNT_FIELD(tail_roll_list),
    COUNT_FIELD(widget_min_leaves),
    COUNT_FIELD(widget_leaf_chars), COUNT_FIELD(form_label_chars),
    COUNT_FIELD(comment_box_prose),
    COUNT_FIELD(index_min_teasers), COUNT_FIELD(index_teaser_prose),
    SHARE_FIELD(index_headline_links), SHARE_FIELD(index_teaser_share),
    SHARE_FIELD(index_card_links), COUNT_FIELD(index_article_prose),
    COUNT_FIELD(index_unit_ratio), SHARE_FIELD(index_cut_share),
    COUNT_FIELD(join_siblings), COUNT_FIELD(join_standfirst),
    COUNT_FIELD(join_twins), COUNT_FIELD(join_wrapper_parts),
    COUNT_FIELD(winner_widen), COUNT_FIELD(winner_climb),
    COUNT_FIELD(tail_max_chars), COUNT_FIELD(tail_max_blocks), COUNT_FIELD(tail_rights),
    COUNT_FIELD(tail_comment_heading), COUNT_FIELD(tail_first_prose),
    COUNT_FIELD(tail_place_signatures),
    COUNT_FIELD(tail_link_words), COUNT_FIELD(tail_rule_max_chars),
    SHARE_FIELD(tail_rule_share),
    WEIGHT_FIELD(block_model_min),
    COUNT_FIELD(repeat_prose_chars), COUNT_FIELD(repeat_sentences), COUNT_FIELD(repeat_label_chars),
    COUNT_FIELD(repeat_captions),
    COUNT_FIELD(repeat_boxes),
    COUNT_FIELD(hidden_class),
};

static const field *find_field(const char *name, size_t len)
{
    for (size_t i = 0; i < DCX_COUNTOF(fields); i++)
        if (strlen(fields[i].name) == len && memcmp(fields[i].name, name, len) == 0)
            return &fields[i];
    return NULL;
}

static int parse_count(const char *s, char **end, unsigned *out)
{
    if (*s < '0' || *s > '9')
        return -1;
    errno = 0;
    unsigned long v = strtoul(s, end, 10);
    if (errno || v > UINT_MAX)
        return -1;
    *out = (unsigned)v;
    return 0;
}

/* Parses the value of f at s (up to ',' or the end) into t. */
static int parse_value(dci_tuning *t, const field *f, const char *s)
{
    char *end = NULL;
    void *slot = (char *)t + f->offset;
    if (f->kind == FIELD_WEIGHT) {
        errno = 0;
        float v = strtof(s, &end);
        if (end == s || errno)
            return -1;
        memcpy(slot, &v, sizeof v);
    } else if (f->kind == FIELD_COUNT) {
        unsigned v;
        if (parse_count(s, &end, &v) < 0)
            return -1;
        memcpy(slot, &v, sizeof v);
    } else {
        dci_share v;
        if (parse_count(s, &end, &v.num) < 0 || *end != '/' ||
            parse_count(end + 1, &end, &v.den) < 0 || v.den == 0)
            return -1;
        memcpy(slot, &v, sizeof v);
    }
    return *end == '\0' || *end == ',' ? 0 : -1;
}

static int fail(char *err, size_t errsize, const char *what, const char *part, size_t len)
{
    snprintf(err, errsize, "tuning: %s '%.*s'", what, (int)(len < 64 ? len : 64), part);
    return -1;
}

int dci_tuning_apply(dci_tuning *t, const char *spec, char *err, size_t errsize)
{
    for (const char *part = spec; *part;) {
        size_t len = strcspn(part, ",");
        const char *eq = memchr(part, '=', len);
        if (!eq)
            return fail(err, errsize, "no value in", part, len);
        const field *f = find_field(part, (size_t)(eq - part));
        if (!f)
            return fail(err, errsize, "no such setting:", part, (size_t)(eq - part));
        if (parse_value(t, f, eq + 1) < 0)
            return fail(err, errsize, "bad value in", part, len);
        part += len;
        if (*part == ',')
            part++;
    }
    return 0;
}
