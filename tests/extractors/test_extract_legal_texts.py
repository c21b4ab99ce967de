"""Legal texts a page names by their kind noun and subject, and the provisions they list
(synthetic pages written for the test)."""

from __future__ import annotations

from extractors.extract.heading_names import heading_name
from extractors.extract.prose_names import find_names
from tests.extractors.extract_documents import extract_blocks, items


def test_a_heading_that_opens_with_a_legal_kind_and_its_subject_names_the_text() -> None:
    assert heading_name("Directive on protecting harbour workers and their families") == (
        "Directive on protecting harbour workers and their families",
        "directive",
    )
    assert heading_name("Regulation on the safety of harbour cranes") == (
        "Regulation on the safety of harbour cranes",
        "regulation",
    )


def test_another_weak_kind_opening_a_heading_still_needs_a_name_around_it() -> None:
    assert heading_name("Network on the prevention of harbour accidents") is None
    assert heading_name("Platform for harbour workers") is None


def test_a_press_titles_lower_case_law_is_a_common_noun_not_a_name() -> None:
    assert heading_name("Harbourland adopts a law to protect dock workers") is None
    assert heading_name("Harbourland adopts a directive on quay safety") is None


def test_the_offences_a_law_defines_are_its_provisions() -> None:
    extraction = extract_blocks(
        ("title", "Harbour news"),
        ("heading", "Directive on combating harbour crime"),
        (
            "paragraph",
            "Adopted on 3 May 2031, the Directive sets minimum rules. Among the offences it "
            "defines are three forms of harbour crime:",
        ),
        *items(1, "Smuggling through container yards", "Theft of cargo", "Bribing pilots"),
    )
    (directive,) = extraction.initiatives
    assert directive.name == "Directive on combating harbour crime"
    assert [action.text for action in directive.actions] == [
        "Smuggling through container yards",
        "Theft of cargo",
        "Bribing pilots",
    ]


def test_a_list_of_provisions_under_a_law_holds_its_actions() -> None:
    extraction = extract_blocks(
        ("title", "Harbour Safety Act"),
        ("paragraph", "The Harbour Safety Act entered into force on 1 June 2031."),
        ("paragraph", "Its main provisions:"),
        *items(1, "Helmets on every quay", "Night lighting of all cranes"),
    )
    (act,) = extraction.initiatives
    assert [action.text for action in act.actions] == [
        "Helmets on every quay",
        "Night lighting of all cranes",
    ]


def test_a_hyphenated_modifier_before_and_joins_the_noun_after_it() -> None:
    sentence = (
        "In 2031 the Commission set up the EU network on the prevention of gender-based and "
        "domestic violence, where Member States meet."
    )
    assert [name.name for name in find_names(sentence)] == [
        "EU network on the prevention of gender-based and domestic violence"
    ]
    # A noun before "and" still ends the complement where a clause goes on.
    assert [
        name.name for name in find_names("The Harbour Code on safety and the Commission met.")
    ] == ["Harbour Code on safety"]
