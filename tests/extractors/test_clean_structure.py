"""The structure extraction relies on: headings, lists and nesting, rows, terms, dates."""

from __future__ import annotations

import pytest

from extractors.clean import clean_html
from schemas.document import CleanedDocument

URL = "https://example.org/page"


def _clean(body: str, head: str = "") -> CleanedDocument:
    return clean_html(f"<html><head>{head}</head><body>{body}</body></html>", URL)


def test_text_is_title_then_blocks_separated_by_one_blank_line() -> None:
    document = _clean("<h1>Title</h1><p>First  paragraph\n here.</p><h2>Part</h2><p>Second.</p>")
    assert document.text == "Title\n\nFirst paragraph here.\n\nPart\n\nSecond."
    assert [block.kind for block in document.blocks] == [
        "title",
        "paragraph",
        "heading",
        "paragraph",
    ]
    assert document.blocks[2].level == 2
    for block in document.blocks:
        assert document.text[block.span.start : block.span.end] == block.text


def test_nested_lists_keep_order_depth_and_parent() -> None:
    document = _clean(
        """<h1>Principles</h1><ol><li>Empowerment<ul><li>tools;</li><li>settings.</li></ul></li>
        <li>Collaboration</li></ol><ul><li>Other list</li></ul>"""
    )
    items = [block for block in document.blocks if block.kind == "list_item"]
    assert [item.text for item in items] == [
        "Empowerment",
        "tools;",
        "settings.",
        "Collaboration",
        "Other list",
    ]
    parent_index = document.blocks.index(items[0])
    assert [(i.list_id, i.ordered, i.ordinal, i.depth) for i in items] == [
        (1, True, 1, 0),
        (2, False, 1, 1),
        (2, False, 2, 1),
        (1, True, 2, 0),
        (3, False, 1, 0),
    ]
    assert items[1].parent_item == parent_index and items[2].parent_item == parent_index
    assert items[0].parent_item is None


def test_ordered_list_start_attribute_sets_ordinals() -> None:
    document = _clean("<h1>T</h1><ol start='4'><li>Four</li><li>Five</li></ol>")
    assert [block.ordinal for block in document.blocks[1:]] == [4, 5]


@pytest.mark.parametrize("bullet", ["\u2022", "\u2013", "-", "\u00b7", "\u25aa"])
def test_bullets_typed_into_paragraphs_become_list_items(bullet: str) -> None:
    document = _clean(
        f"<h1>T</h1><p>Intro text.</p><p>{bullet} first item;</p><p>{bullet} second item.</p>"
        "<p>After.</p>"
    )
    kinds = [(block.kind, block.text, block.list_id) for block in document.blocks[1:]]
    assert kinds == [
        ("paragraph", "Intro text.", None),
        ("list_item", "first item;", 1),
        ("list_item", "second item.", 1),
        ("paragraph", "After.", None),
    ]


def test_bulleted_lines_split_by_line_breaks_become_items() -> None:
    document = _clean("<h1>T</h1><p>• access control;<br>• awareness campaigns.</p>")
    assert [(b.kind, b.text, b.ordinal) for b in document.blocks[1:]] == [
        ("list_item", "access control;", 1),
        ("list_item", "awareness campaigns.", 2),
    ]


def test_numbers_typed_into_paragraphs_become_an_ordered_list() -> None:
    document = _clean("<h1>T</h1><p>1. Report tools;</p><p>2. Privacy settings.</p>")
    assert [(b.kind, b.text, b.ordered, b.ordinal) for b in document.blocks[1:]] == [
        ("list_item", "Report tools;", True, 1),
        ("list_item", "Privacy settings.", True, 2),
    ]


def test_a_lone_number_is_not_a_list() -> None:
    document = _clean("<h1>T</h1><p>1. Only one numbered line.</p><p>Text.</p>")
    assert document.blocks[1].kind == "paragraph"
    assert document.blocks[1].text == "1. Only one numbered line."


def test_table_rows_read_as_cells_joined_by_bars() -> None:
    document = _clean(
        "<h1>T</h1><table><tr><th>Company</th><th>Joined</th></tr>"
        "<tr><td>TikTok</td><td>2020</td></tr></table>"
    )
    assert [(b.kind, b.text) for b in document.blocks[1:]] == [
        ("table_row", "Company | Joined"),
        ("table_row", "TikTok | 2020"),
    ]


def test_description_list_term_and_definition_are_one_block() -> None:
    document = _clean(
        "<h1>T</h1><dl><dt>Status:</dt><dd>Implemented</dd><dt>Start:</dt><dd>2022</dd></dl>"
    )
    assert [(b.kind, b.text) for b in document.blocks[1:]] == [
        ("term", "Status: Implemented"),
        ("term", "Start: 2022"),
    ]


def test_a_line_stating_only_a_date_is_a_dateline() -> None:
    document = _clean("<h1>T</h1><p>Brussels, 1 December 2011</p><p>Twenty-eight companies.</p>")
    assert document.blocks[1].kind == "dateline"


def test_list_of_teaser_cards_reads_as_headings_and_paragraphs() -> None:
    document = _clean(
        "<h1>News</h1><ul><li><h3>First story</h3><p>Summary one.</p></li>"
        "<li><h3>Second story</h3><p>Summary two.</p></li></ul>"
    )
    assert [b.kind for b in document.blocks[1:]] == ["heading", "paragraph", "heading", "paragraph"]


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        (
            '<meta property="article:published_time" content="2017-02-07T10:00:00+01:00">',
            "",
            "2017-02-07",
        ),
        (
            '<script type="application/ld+json">{"datePublished": "2011-12-01"}</script>',
            "",
            "2011-12-01",
        ),
        (
            "",
            '<div class="ecl-page-header"><time datetime="2019-05-03">3 May</time></div>',
            "2019-05-03",
        ),
        (
            "",
            '<ul class="ecl-page-header__meta"><li>Published on 01/12/2011</li></ul>',
            "2011-12-01",
        ),
        (
            "",
            '<div class="ecl-page-header-core__meta">'
            '<span class="ecl-meta__item">1 December 2011</span></div>',
            "2011-12-01",
        ),
        ("", "<dl><dt>Record created:</dt><dd>01 March 2024</dd></dl>", "2024-03-01"),
        (
            "",
            "<p>The first report on the Code was published on 1 June 2017 by the Commission,"
            " with the figures of six weeks of monitoring.</p>",
            None,
        ),
        (
            "",
            '<article><time datetime="2024-06-23">23/06/2024</time><p>A teaser.</p></article>',
            None,
        ),
    ],
)
def test_published_date_comes_from_markup_and_header(
    head: str, body: str, expected: str | None
) -> None:
    document = _clean(f"{body}<h1>Title</h1><p>Some content of the page.</p>", head)
    assert document.published == expected


def test_title_falls_back_to_og_title_without_site_suffix() -> None:
    document = _clean(
        "<p>Content without a heading.</p>",
        '<meta property="og:title" content="Hotlines - Better Internet for Kids">',
    )
    assert document.title == "Hotlines"
    assert document.text == "Hotlines\n\nContent without a heading."


def test_site_defaults_to_the_site_of_the_url() -> None:
    html = "<html><body><h1>T</h1><p>Text.</p></body></html>"
    assert clean_html(html, "https://better-internet-for-kids.europa.eu/en/x").site == "bik"
    assert clean_html(html, "http://127.0.0.1:8000/x").site is None
    assert clean_html(html, "http://127.0.0.1:8000/x", site="commission").site == "commission"


def test_collapsed_accordion_content_is_kept() -> None:
    document = _clean(
        '<h1>FAQ</h1><div class="ecl-accordion"><h3 class="ecl-accordion__title">'
        '<button class="ecl-accordion__toggle"><span>Who can sign?</span>'
        '<span class="ecl-accordion__toggle-icon" aria-hidden="true">+</span></button></h3>'
        '<div class="ecl-accordion__content" hidden><p>Any online platform.</p></div></div>'
    )
    assert [(b.kind, b.text) for b in document.blocks[1:]] == [
        ("heading", "Who can sign?"),
        ("paragraph", "Any online platform."),
    ]


def test_layout_table_cells_read_as_paragraphs() -> None:
    document = _clean(
        "<h1>T</h1><table><tr><td><p>First part.</p><p>Second part.</p></td></tr></table>"
    )
    assert [(b.kind, b.text) for b in document.blocks[1:]] == [
        ("paragraph", "First part."),
        ("paragraph", "Second part."),
    ]


def test_list_item_wrapping_paragraphs_stays_one_item() -> None:
    document = _clean("<h1>T</h1><ul><li><p>Reporting tools:</p><p>easy to find.</p></li></ul>")
    assert [(b.kind, b.text) for b in document.blocks[1:]] == [
        ("list_item", "Reporting tools: easy to find.")
    ]


def test_line_breaks_inside_a_paragraph_keep_it_one_paragraph() -> None:
    document = _clean("<h1>T</h1><p>European Schoolnet<br>Rue de Trèves 61<br/>1040 Brussels</p>")
    assert [(b.kind, b.text) for b in document.blocks[1:]] == [
        ("paragraph", "European Schoolnet Rue de Trèves 61 1040 Brussels")
    ]


def test_a_blank_line_of_breaks_ends_a_paragraph() -> None:
    document = _clean("<h1>T</h1><div>First paragraph.<br><br>Second paragraph.</div>")
    assert [b.text for b in document.blocks[1:]] == ["First paragraph.", "Second paragraph."]


def test_typed_items_after_a_lead_in_line_become_items() -> None:
    document = _clean("<h1>T</h1><p>Remember to:<br>• keep the link;<br>• block the sender.</p>")
    assert [(b.kind, b.text) for b in document.blocks[1:]] == [
        ("paragraph", "Remember to:"),
        ("list_item", "keep the link;"),
        ("list_item", "block the sender."),
    ]


def test_definitions_made_of_blocks_read_as_blocks_after_their_term() -> None:
    document = _clean(
        "<h1>T</h1><dl><dt>Awareness</dt><dd><p>Centres inform.</p><ul><li>Insafe;</li>"
        "<li>helplines.</li></ul></dd><dt>Date</dt><dd>1 May 2024</dd></dl>"
    )
    assert [(b.kind, b.text) for b in document.blocks[1:]] == [
        ("term", "Awareness"),
        ("paragraph", "Centres inform."),
        ("list_item", "Insafe;"),
        ("list_item", "helplines."),
        ("term", "Date 1 May 2024"),
    ]


def test_every_tab_panel_is_content_and_tab_labels_are_not() -> None:
    document = _clean(
        '<h1>T</h1><ul role="tablist"><li role="tab">Parents</li><li role="tab">Teachers</li>'
        '</ul><div role="tabpanel"><p>For parents.</p></div>'
        '<div role="tabpanel" hidden><p>For teachers.</p></div>'
    )
    assert [b.text for b in document.blocks[1:]] == ["For parents.", "For teachers."]


def test_collapsed_panels_marked_aria_hidden_are_content() -> None:
    document = _clean(
        '<h1>T</h1><dl class="ecl-accordion"><dt class="ecl-accordion__title">'
        '<button class="ecl-accordion__button">Funding</button></dt>'
        '<dd class="ecl-accordion__panel" aria-hidden="true"><p>Grants for centres.</p></dd></dl>'
    )
    assert [b.text for b in document.blocks[1:]] == ["Funding", "Grants for centres."]


def test_an_expandable_toggle_is_no_content_but_its_panel_is() -> None:
    document = _clean(
        '<h1>T</h1><div class="ecl-expandable"><p>Shown.</p>'
        '<button class="ecl-expandable__toggle">Show more</button>'
        '<div class="ecl-expandable__content" hidden><p>Revealed.</p></div></div>'
    )
    assert [b.text for b in document.blocks[1:]] == ["Shown.", "Revealed."]


def test_data_cells_wrapping_their_text_in_a_paragraph_stay_one_row() -> None:
    document = _clean(
        "<h1>T</h1><table><tr><th>Country</th><th>Helpline</th></tr>"
        "<tr><td><p>Austria</p></td><td><p>147 Rat auf Draht</p></td></tr></table>"
    )
    assert [(b.kind, b.text) for b in document.blocks[1:]] == [
        ("table_row", "Country | Helpline"),
        ("table_row", "Austria | 147 Rat auf Draht"),
    ]


def test_a_list_item_of_a_name_with_its_date_in_brackets_is_no_dateline() -> None:
    html = (
        "<html><body><main><h1>Members</h1><p>The following services have joined since 2018:</p>"
        "<ul><li>Instagram (January 2018)</li><li>Snapchat (May 2018)</li></ul>"
        "<p>Brussels, 1 December 2011</p></main></body></html>"
    )
    document = clean_html(html, "https://digital-strategy.ec.europa.eu/en/news/x")
    kinds = {block.text: block.kind for block in document.blocks}
    assert kinds["Instagram (January 2018)"] == "list_item"
    assert kinds["Snapchat (May 2018)"] == "list_item"
    assert kinds["Brussels, 1 December 2011"] == "dateline"


@pytest.mark.parametrize(
    ("paragraph", "kind"),
    [
        ("<p><a href='/n/1'><strong>Rivers Pact launched by towns</strong></a></p>", "heading"),
        ("<p><b>Background</b></p>", "heading"),
        ("<p><strong>The towns signed it.</strong></p>", "paragraph"),  # a sentence
        ("<p><strong>The towns commit to:</strong></p>", "paragraph"),  # a list's lead-in
        ("<p><strong>Rivers Pact</strong> was launched by towns</p>", "paragraph"),
        ("<p>Read: <a href='/x'><strong>the report</strong></a></p>", "paragraph"),
    ],
)
def test_a_paragraph_that_is_one_bold_label_is_a_heading(paragraph: str, kind: str) -> None:
    """Editors (and listings' teaser titles) write headings as bold paragraphs: the least of
    headings, so that it opens a section within any real heading's."""
    document = _clean(f"<h1>News</h1><h2>Latest</h2>{paragraph}<p>The towns agreed.</p>")
    block = document.blocks[2]
    assert block.kind == kind
    assert block.level == (6 if kind == "heading" else None)


def test_a_cards_title_block_of_one_link_is_a_heading_over_its_card() -> None:
    document = _clean(
        "<h1>Laws</h1><article><ul><li>National: national law</li></ul>"
        '<div class="ecl-content-block__title"><a href="/x">Lakeland Media Act</a></div>'
        "<p>The Act sets rules for screens.</p></article>"
        '<article><div class="card-title"><a href="/y">Reading Pledge</a> (draft)</div>'
        "<p>A pledge of schools.</p></article>"
    )
    kinds = [(b.kind, b.text) for b in document.blocks[1:]]
    assert ("heading", "Lakeland Media Act") in kinds
    card = next(b for b in document.blocks if b.text == "Lakeland Media Act")
    assert card.level == 4  # below the listing's own headings
    # a title block that holds more than its link is text
    assert ("paragraph", "Reading Pledge (draft)") in kinds


def test_a_block_of_one_link_whose_class_names_no_title_is_text() -> None:
    document = _clean(
        "<h1>Laws</h1><article>"
        '<div class="summary"><a href="/x">Lakeland Media Act in force</a></div>'
        "<p>The Act sets rules for screens.</p></article>"
    )
    assert ("paragraph", "Lakeland Media Act in force") in [
        (b.kind, b.text) for b in document.blocks
    ]
