"""Listing teasers, labelled titles and press titles' objects: the topic rules applied per
heading section, a series label before a title's own subject, and the object of
"join". Every page here is written for the test."""

from __future__ import annotations

from extractors.page import extract_page
from tests.extractors.extract_documents import extract_blocks, initiative_names


def test_each_teaser_heading_is_a_small_page_whose_text_defines_its_topic() -> None:
    extraction = extract_blocks(
        ("title", "News: research"),
        ("paragraph", "The latest articles on research about children online."),
        ("dateline", "03/02/2022"),
        ("heading", "KiDA \u2013 A pan-European view of children and data"),
        (
            "paragraph",
            "KiDA \u2013 Kids and Data Atlas is a two-year research project that maps how "
            "apps collect children's data.",
        ),
        ("dateline", "10/01/2022"),
        ("heading", "Safe Play Lisboa, two years on"),
        (
            "paragraph",
            "Parents gather again for the anniversary of Safe Play Lisboa, its scheme of "
            "evening classes on online safety.",
        ),
    )
    assert initiative_names(extraction) == ["KiDA \u2013 Kids and Data Atlas", "Safe Play Lisboa"]


def test_a_teaser_opened_by_its_founding_participle_names_its_subject() -> None:
    extraction = extract_blocks(
        ("title", "News: industry"),
        ("paragraph", "The latest articles on industry cooperation."),
        ("heading", "Belgium: Net Guardians carries on after a merger"),
        (
            "paragraph",
            "Set up in 2015 by Alpha, Beta and Gamma, Net Guardians goes on under a new board.",
        ),
    )
    assert initiative_names(extraction) == ["Net Guardians"]
    assert extraction.initiatives[0].launched == "2015"


def test_a_sections_comma_after_an_opening_phrase_defines_nothing() -> None:
    extraction = extract_blocks(
        ("title", "Telecom firms commit to safer phones"),
        ("paragraph", "Several firms met in Brussels on 3 March 2021."),
        ("heading", "Joint Letter"),
        ("paragraph", "In their Joint Letter, the firms commit to three things."),
        ("paragraph", "The firms that endorsed the Joint Letter meet again in 2022."),
    )
    assert (
        initiative_names(extraction) == []
    )  # the heading names nothing, and no rule gives it a topic


def test_a_registered_name_that_labels_the_title_yields_to_its_own_subject() -> None:
    extraction = extract_blocks(
        (
            "title",
            "European strategy for a better internet for kids (BIK+) - Report on the "
            "KidsVoice2030 consultation",
        ),
        (
            "paragraph",
            "The findings of the #KidsVoice2030 consultation, held from May to October 2022, "
            "are presented in a new report.",
        ),
        ("paragraph", "The findings fed into the European strategy for a better internet."),
    )
    assert initiative_names(extraction) == ["#KidsVoice2030 consultation"]


def test_what_a_press_title_says_companies_join_is_the_page_initiative() -> None:
    extraction = extract_blocks(
        ("title", "Alpha, Beta and Gamma join the Kids Tech Coalition"),
        (
            "paragraph",
            "Three more companies have joined the Kids Technology Coalition, the industry "
            "alliance against online grooming. On 5 May 2022, Alpha, Beta and Gamma became "
            "members of the Coalition.",
        ),
        ("paragraph", "The Kids Tech Coalition Research Fund will open in June 2022."),
    )
    initiative = extraction.initiatives[0]
    assert initiative.name == "Kids Technology Coalition"
    assert "Kids Tech Coalition" in initiative.aliases


def test_a_teaser_heading_that_launches_a_defined_name_gives_it_not_its_launcher() -> None:
    """A listing writes its teaser title as a bold link, the date on its own line, then a
    sentence that does not define the name: the heading's own apposition does."""
    html = (
        b"<html><body><main><h1>Partner news</h1><p>News from partners on safer rivers.</p>"
        b"<p><a href='/n/1'><strong>River Coalition launches Tidewatch, a cross-town signal "
        b"sharing programme</strong></a></p><p>8 November 2023</p>"
        b"<p>Tidewatch lets towns share signals about floods near schools.</p>"
        b"<p><a href='/n/2'><strong>Towns meet in Porto</strong></a></p><p>1 October 2023</p>"
        b"<p>Mayors met to compare notes on river safety.</p></main></body></html>"
    )
    extraction = extract_page(html, "utf-8", "https://better-internet-for-kids.europa.eu/en/news")
    assert initiative_names(extraction) == ["Tidewatch"]
