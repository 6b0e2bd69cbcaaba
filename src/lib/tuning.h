/*
 * tuning: every threshold and weight the extraction rules use, in one
 * struct, with its defaults in one place (tuning.c).
 *
 * Experiments override any of them by name at run time ("name=value,..."
 * in dc_options.tuning) so that an evaluation or a tuning script can sweep
 * them without recompiling. The names are not a stable interface.
 *
 * Shares are exact fractions, not floats: "at least 4/5 of the text is
 * links" must mean the same to every page of every length.
 */
#ifndef DCI_TUNING_H
#define DCI_TUNING_H

#include <stddef.h>
#include <stdint.h>

typedef struct dci_share {
    unsigned num, den;
} dci_share;

typedef struct dci_tuning {
    /* What a paragraph of prose is (the DOM's statistics). */
    unsigned prose_min_chars;        /* a sentence or more */
    dci_share prose_link_share;       /* at or above it, a list of links */
    unsigned field_min_bars;         /* a line with this many "|" ... (0: off) */
    unsigned field_max_chars;        /* ... and fewer characters a field is not prose */
    unsigned prose_block_chars;      /* a block "reads as prose" above this... */
    unsigned wide_char_weight;       /* characters a Han, kana or Hangul one counts for */
    float prose_block_density;       /* ...with a link density below this */

    /* Guards. */
    unsigned sentence_min_chars;     /* text around a link that makes a sentence */
    unsigned sentence_text_per_link; /* and at least this many times the link */
    unsigned holder_own_prose;       /* holder's prose besides a node: an article of its own */
    dci_share layout_share;           /* more of the prose left than this: layout, not furniture */
    dci_share most_of_share;          /* more of the content root than this: the content... */
    dci_share mostly_links_share;     /* ...unless at least this share of it is links */
    unsigned body_outside_gallery;   /* 1: a body in a gallery gives way to one outside it */
    unsigned body_block_prose;       /* the article's body: its own paragraphs hold this... */
    dci_share body_block_share;       /* ...and this share of the most any element holds */
    unsigned gallery_min_captions;    /* captions holding more text than the prose
                                         around them, at least this many, tell the story */

    /* Scoring. */
    float class_weight;              /* per positive or negative class/id word */
    dci_share class_bonus_share;     /* a positive word's full bonus needs this share of the
                                        page's prose or text, a parent with that share of
                                        its prose, or the headline's post... */
    unsigned class_bonus_page_prose; /* ...on a page with this much prose (0: always full) */
    float tag_weight_container;      /* div, article, main */
    float tag_weight_section;        /* section, pre, td, blockquote */
    float tag_weight_list;           /* lists, items, forms, address */
    float tag_weight_heading;        /* headings, th */
    unsigned paragraph_min_chars;    /* a block scores its ancestors from here */
    unsigned chars_per_point;        /* a point per this many characters... */
    unsigned chars_points_max;       /* ...up to this many */
    unsigned ancestor_levels;        /* ancestors a paragraph scores */
    float ancestor_divider;          /* the score shrinks by level * this from the third */
    float runner_up_ratio;           /* of the best score: a close runner-up */
    unsigned runner_up_parts;        /* runners-up nested in one another count once */
    unsigned aside_apart;            /* the climb stops under an ancestor adding
                                        mostly an <aside> to best (0: off) */
    unsigned aside_in_text;          /* an <aside> between paragraphs of prose, with
                                        prose of its own, is a note of the text (0: off) */
    dci_share pull_quote_share;      /* ...unless this share of its word runs stands
                                        elsewhere on the page: a pull quote */
    float climb_floor_divider;       /* a parent below best / this stops the climb */
    unsigned climb_section;          /* ...unless it is a section's box: a heading
                                        beside best's line, no prose added (0: off) */
    unsigned climb_wrapper_chars;    /* a wrapper adding no prose, this much text at most, never stops the climb */
    float climb_target_divider;      /* an ancestor climbed to scores best / this */
    dci_share climb_prose_share;     /* a box this much prose climbs only to an
                                        ancestor adding prose (0/1: any ancestor) */
    dci_share winner_prose_share;     /* a winner holds at least this share of the page's prose */
    dci_share core_prose_share;       /* ...and the best-scored container it was widened
                                         from at least this share */
    unsigned text_share_page_prose;  /* on a page with this much prose, a linked box
                                        without prose holds no share by its unlinked text */
    unsigned marker_prose_factor;    /* <main> with this many times the winner's prose wins */
    unsigned holder_prose_factor;    /* so does the article holder beside the winner (0: off) */
    unsigned ldbody_min_pairs;       /* a declared articleBody of this many word pairs (0: off)... */
    dci_share ldbody_winner_share;   /* ...of which the winner holds less than this share... */
    dci_share ldbody_cover_share;    /* ...and another element at least this share... */
    dci_share ldbody_cover_precision; /* ...this share of its own pairs declared: it wins */
    float beside_rival_ratio;        /* a candidate outside comments and side columns scoring
                                        this share of the best keeps them from winning (0: off) */
    unsigned main_threads;           /* 1: a thread told by its shape in the page's main
                                        landmark holding no other prose is the page (0: off) */
    float beside_thread_ratio;       /* ...this share when the box is a thread of comments:
                                        a list of comment units (0: as beside_rival_ratio) */
    float beside_headline_ratio;     /* ...this share when the candidate is the post the
                                        page's headline heads (0: as beside_rival_ratio) */
    unsigned thread_shape;           /* 1: a thread of signed comment units is such a box
                                        whatever its class (0: off) */
    unsigned thread_controls;        /* 1: a run of comment units after the story, each
                                        holding a line of its controls ("Report abuse |
                                        Quote"), is a thread however it is signed (0: off) */
    unsigned signature_ages;         /* 1: a comment unit opening with a name, a verb or a
                                        separator and a relative age ("Ann added 1 day ago")
                                        is signed as by a time of day (0: off) */
    unsigned beside_unit_runs;       /* 1: a run of signed comment units among the story's
                                        siblings (rule unit-thread) is such a thread, so
                                        that it does not score their parent (0: off) */
    float beside_signed_ratio;       /* ...this share when the box is such a thread of signed
                                        comments (0: as beside_thread_ratio) */
    float beside_headed_ratio;       /* ...this share when the box is a run of comment
                                        units under a heading naming comments, or a box
                                        under "About Me" (0: off) */
    unsigned beside_signed_prose;    /* ...when the candidate holds this much prose outside it */
    float headline_body_ratio;       /* a candidate in the box the page's headline heads,
                                        scoring this share of a best outside every such box,
                                        wins (0: off) */
    float headline_body_text;        /* ...when its text outside links is this share of
                                        the best's (a header's date line is not the post) */
    unsigned headline_body_prose;    /* ...or when it holds this much prose (0: off) */
    float headline_ahead_ratio;      /* ...or this share when the best ends before the
                                        page's first headline: an article follows its
                                        headline, a profile above it is beside it (0: off) */
    unsigned headline_thread_prose;  /* ...or this much prose when the best is a run of
                                        comment units after the headline (0: off) */
    unsigned blurb_min_groups;       /* a best made of this many blurbs, each a heading and
                                        a few lines... (0: off) */
    dci_share blurb_link_share;      /* ...this share of them ending in a line of links
                                        ("Find out more about X"), is a box of teasers: a
                                        candidate beside it with more prose... */
    float blurb_rival_ratio;         /* ...scoring this share of it wins */
    unsigned post_slug_words;        /* a one-folder link ("/a-b-c/") whose folder is this
                                        many words joined by - or _ is a post's address,
                                        not a front page's: its heading is no site name
                                        (0: every one-folder link is a front page) */

    /* Joining the winner's relatives. */
    float sibling_score_ratio;       /* of the best score, for a sibling to join */
    float sibling_min_score;         /* but at least this */
    float same_class_bonus;          /* of the best score, for a sibling of its class */
    dci_share sibling_prose_share;    /* a scored sibling joins if this much is prose */
    dci_share sibling_own_share;      /* its own text must be at least this much of it */
    unsigned sibling_wrapped_para;    /* 1: a box wrapping one <p> is judged by its text (0: off) */
    dci_share wrapper_twin_share;     /* an unscored part beside the wrapper, built as it is, holds this much of its prose down the winner's line (0: off) */
    dci_share wrapper_part_share;     /* a part beside the winner's wrapper holds this much of its prose */
    dci_share cell_part_share;        /* a linkless cell beside the winner's cell holding this much of its prose joins (0/1: off) */
    float cell_part_density;         /* that cell's links are less than this share of its text */
    unsigned wrapper_stray_chars;    /* the winner's wrapper may hold fewer characters than this outside its text (0: none) */
    unsigned loose_part_prose;       /* the winner's parent with this much more prose, as loose text, wins (0: off) */
    unsigned sibling_ruled_off;      /* 1: a box after the winner opening with an <hr> stays out (0: off) */
    unsigned sibling_rights;         /* 1: a box after the winner holding only a rights line stays out (0: off) */
    unsigned sibling_copyright;      /* 1: a short box after the winner holding a copyright notice with its year stays out (0: off) */
    unsigned sibling_after_box;      /* 1: no sibling joins past a named box with text left out after the winner */
    unsigned sibling_part_prose;     /* a plain sibling of the winner's tag with this much prose joins (0: off) */
    unsigned wrapper_para_prose;     /* a paragraph after the wrapper like the winner's last, this much prose, joins (0: off) */
    unsigned wrapper_lead_parts;     /* 1: a plain box of the wrapper's tag before it, read as a part, joins unscored (0: off) */
    unsigned blind_look_words;       /* a page without a winner is looked at again, names hidden; taken at this many words (0: off) */
    unsigned quote_parent;           /* a winning <blockquote>, <ul> or <ol> gives way to its parent saying a line of its own (0: off) */
    unsigned code_references;        /* a link whose text is one <code> is text, not a link (0: off) */
    unsigned code_parent;            /* a winning code listing gives way to the box around it saying two lines (0: off) */
    unsigned paragraph_parent;       /* a winning block of text alone gives way to its parent holding another line of prose (0: off) */
    unsigned gap_parts;              /* 1: a plain block between two joined parts joins (0: off) */
    unsigned gap_source_calls;       /* 1: a linked source call between two parts joins (0: off) */
    unsigned sibling_next_prose;     /* the box after the winner named the post's rest (entry-more) joins with this much prose (0: off) */
    unsigned sibling_meta_chars;     /* a sibling this short naming a reading time or a word count (a post's meta line) joins on no score (0: off) */
    unsigned facts_min_items;        /* a linkless list this long is the article's facts (0: off) */
    unsigned standfirst_min_chars;   /* a standfirst (dek) before the winner is at least this long... */
    unsigned standfirst_teasers;     /* 1: no standfirst under a linked headline shortly before it (a teaser's summary; 0: off) */
    unsigned standfirst_captions;    /* 1: no standfirst in a <figure> or right after a picture (a caption; 0: off) */
    unsigned standfirst_headline;    /* 1: a dek right under the page's headline needs no full stop (0: off) */
    unsigned standfirst_max_chars;   /* ...and at most this long */
    unsigned standfirst_levels;      /* ancestors of the winner it is looked for before */
    unsigned standfirst_siblings;    /* blocks looked at before each */
    unsigned twin_min_prose;         /* a twin (a box of the winner's kind) holds this much prose */
    unsigned twin_teasers;           /* 1: no twin opening with a linked title when the winner holds the headline (0: off) */
    float twin_max_density;          /* a twin's (and a section's) link density is below this */
    unsigned twin_gaps;              /* 1: a short box of the winner's kind between joined twins joins (0: off) */
    unsigned twin_class_modifiers;   /* 1: a twin beside the winner may add classes to its (0: off) */
    unsigned twin_lead_lists;        /* 1: a box of the winner's kind before it holding
                                        only a list is a summary, no twin (0: off) */
    unsigned section_min_twins;      /* boxes like the winner's wrapper beside it: the article's sections (0: off) */

    /* Pruning inside the content. */
    unsigned phrase_max_chars;       /* longest line matched against the phrase table */
    unsigned phrase_lines;           /* a block's loose lines judged one by one by the phrase table (0: off) */
    unsigned crumb_item_words;       /* a trail's items have at most this many words (0: off) */
    unsigned slideshow_max_chars;    /* a slide counter ("1 of 8") takes the box around it up to this long (0: off) */
    unsigned share_bar_chars;        /* a box this short of links carrying one address is a share bar (0: off) */
    unsigned share_bar_links;        /* ...with this many such links or more */
    unsigned text_menu_entries;      /* a line of this many entries set apart by bars */
    unsigned text_menu_words;        /* of at most this many words each is a menu */
    unsigned link_line_max_chars;    /* the longest a link line (a paragraph that is a link) is */
    unsigned link_lines_min;         /* a longer block of this many lines, each a link, is a link list */
    dci_share link_line_share;        /* of a line in links: a pointer to another page */
    dci_share link_line_text_share;   /* at most this share of a link line's bytes outside its links */
    unsigned keep_citations;         /* links showing their address are text */
    unsigned offsite_link_chars;     /* a list of links this long leaving the site is */
    dci_share offsite_share;          /* kept when this share of its links are so */
    unsigned short_heading_chars;    /* a short line alone reads as a heading */
    float section_link_density;      /* above it, a block continues a boilerplate section */
    unsigned section_teasers;        /* 1: a related section runs on through teaser paragraphs */
    unsigned thread_min_signatures;  /* this many signed comments after a text are its thread (0: off) */
    unsigned signature_max_chars;    /* the longest a comment's signature line is */
    dci_share section_prose_share;    /* a section box with less prose than this goes whole */
    unsigned teaser_min_items;       /* a teaser list has at least this many items */
    dci_share teaser_share;           /* of the items cut short: a teaser list */
    unsigned teaser_headline_words;  /* a link this long opening an item is a headline */
    unsigned teaser_summary_chars;   /* ...and this much unlinked text its summary */
    unsigned drop_list_husks;        /* a box left with only the label of its dropped list goes */
    unsigned teaser_residue_chars;   /* at most this much text left of a teaser whose
                                        linked headline went as a link line (0: off) */
    unsigned teaser_residue_prose;    /* 1: a residue may hold prose or end without a
                                        full stop when its headline stays on the site */
    unsigned ad_list_items;          /* this many text ads (a link through a redirector
                                        opening a short item) make a unit of ads (0: off) */
    unsigned ad_item_chars;          /* the longest a text ad is */
    unsigned item_min_text;          /* unlinked text per item of a list of text */
    dci_share leading_share;          /* of the items opening with words: a list of text */
    unsigned link_heavy_max_commas;  /* a block with this many commas is prose */
    float link_density_max;          /* above it a block is navigation... */
    float link_density_max_positive; /* ...or above this when its class says content */
    unsigned link_box_prose;         /* a box with this much prose is not judged by its links */
    unsigned sentence_links;         /* a paragraph with this many links inside its sentences
                                        is prose, not navigation (0: off) */
    unsigned sentence_link_words;    /* words of its own leading into or on from a link */
    unsigned sentence_link_phrase;   /* one of those links this many words long: a phrase */
    unsigned self_links_text;        /* 1: links to the page itself are not counted as links */
    unsigned own_anchor_links;       /* 1: a box's links to its own anchor (a post's permalink,
                                        "...#m6" in <div id="m6">) are no links, and an item
                                        whose headline is one is no teaser (0: off) */
    unsigned text_list_items;        /* a box's own list of text items (this many) does not count
                                        its links (0: off) */
    unsigned roll_hosts;             /* a list linking off the site to this many hosts is a roll (0: off) */
    unsigned tail_roll_list;         /* 1: lines of links stay when their list is most of the text (0: off) */
    unsigned widget_min_leaves;      /* a box of this many leaves without prose... */
    unsigned widget_leaf_chars;      /* fewer characters than this per leaf: controls */
    unsigned form_label_chars;       /* text around a form that is still its widget */
    unsigned comment_box_prose;      /* prose of a comment form's box that goes with it (0: off) */

    /* Index pages. */
    unsigned index_min_teasers;      /* an index page shows at least this many teasers */
    unsigned index_teaser_prose;     /* less prose than this per teaser: an index */
    dci_share index_headline_links;   /* over this share linked: a headline */
    dci_share index_teaser_share;     /* teasers to paragraphs, at least */
    dci_share index_card_links;       /* an <article> this much linked points away: a card */
    unsigned index_article_prose;    /* one block's own paragraphs this long: an article */
    unsigned index_unit_ratio;       /* content in a run of cards is one of them: at most this times another (0: off) */
    dci_share index_cut_share;       /* this share of a run's cards cut short: an index at any length (0: off) */

    /* What joins the winner (0 or 1), and how far up it climbs: the levers
     * of the precision and recall presets. */
    unsigned join_siblings;          /* siblings that score or read as prose */
    unsigned join_standfirst;        /* the dek just before the winner */
    unsigned join_twins;             /* containers of the winner's tag and class */
    unsigned join_wrapper_parts;     /* plain parts beside the winner's wrapper (a row, a cell) */
    unsigned winner_widen;           /* 0: the best-scored container, as it is */
    unsigned winner_climb;           /* ancestors the winner is widened to */

    /* The tail trimmer (tail.c); 0 in tail_max_chars or tail_max_blocks turns it off. */
    unsigned tail_max_chars;         /* longer blocks are prose: the trimmer stops */
    unsigned tail_max_blocks;        /* blocks looked at, up from the end */
    unsigned tail_rights;            /* 1: copyright and rights lines go too */
    unsigned tail_comment_heading;   /* 1: a heading naming comments goes among the closing blocks */
    unsigned tail_first_prose;       /* the article's first prose line is no tail */
    unsigned tail_place_signatures;  /* a closing thread signed "Name, Town" this many times goes (0: off) */
    unsigned tail_rule_max_chars;    /* the blocks under the last <hr> go when this short (0: off) */
    dci_share tail_rule_share;       /* ...and holding less than this share of the text */
    unsigned tail_link_words;        /* a line or two of links this long go (0: no lines of links) */

    /* What is hidden (rules_furniture.c) and what repeats in the text tree (content.c). */
    unsigned repeat_prose_chars;     /* a linkless paragraph this long may repeat (0: every repeat goes) */
    unsigned repeat_sentences;       /* 1: a shorter one may too when it ends a sentence */
    unsigned repeat_label_chars;     /* a linkless label ending in ':' this short may repeat (0: off) */
    unsigned repeat_captions;        /* 1: a line right after a picture never repeats (0: off) */
    unsigned repeat_boxes;           /* 1: a line of a box copying its sibling box never repeats (0: off) */
    unsigned hidden_class;           /* 1: an element classed "hidden" is hidden */

    /* The block model (block_model.c). */
    float block_model_min;           /* a leaf block scored this likely boilerplate goes (0: off) */
} dci_tuning;

/* The defaults: what decruft runs with. */
extern const dci_tuning dci_tuning_defaults;

/* The presets of DC_OPT_PRECISION and DC_OPT_RECALL, as overrides of the
 * defaults (a spec for dci_tuning_apply): less kept that may be
 * boilerplate, or more kept that may be the article. */
extern const char dci_tuning_precision[];
extern const char dci_tuning_recall[];

/*
 * Applies overrides "name=value[,name=value...]" to *t; a share is "N/D".
 * On a bad spec returns -1 with a message naming the part in err (at most
 * errsize bytes, NUL-terminated) and leaves *t partly changed.
 */
int dci_tuning_apply(dci_tuning *t, const char *spec, char *err, size_t errsize);

/* Whether part is at least the share s of whole (part/whole >= num/den). */
static inline int dci_share_reached(unsigned part, unsigned whole, dci_share s)
{
    return (uint64_t)part * s.den >= (uint64_t)whole * s.num;
}

/* Whether part is more than the share s of whole. */
static inline int dci_share_exceeded(unsigned part, unsigned whole, dci_share s)
{
    return (uint64_t)part * s.den > (uint64_t)whole * s.num;
}

#endif
