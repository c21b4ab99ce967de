"""A list under a heading that only repeats its initiative's name has no strand (FORMAT.md:
"null when the only heading above is the page title or the initiative's own name"); a press
title's shortened name takes the full name the page gives (synthetic pages)."""

from __future__ import annotations

import pytest

from tests.extractors.extract_documents import extract_blocks, items


def test_a_heading_repeating_the_initiatives_name_is_no_strand() -> None:
    extraction = extract_blocks(
        ("title", "Commission adopts Harbour Safety Strategy and Dock Guarantee"),
        ("paragraph", "Today the Commission adopted the Harbour Safety Strategy."),
        ("heading", "Harbour Safety Strategy"),
        ("paragraph", "The Harbour Safety Strategy sets out actions in three areas:"),
        *items(1, "Safer quays", "Brighter cranes", "Calmer tides"),
    )
    strategy = next(i for i in extraction.initiatives if i.name == "Harbour Safety Strategy")
    assert [(a.strand, a.text) for a in strategy.actions] == [
        (None, "Safer quays"),
        (None, "Brighter cranes"),
        (None, "Calmer tides"),
    ]


def test_a_heading_that_says_more_than_the_name_is_the_strand() -> None:
    # (a control: it passed before the own-heading rule too, and pins that the rule stays narrow)
    extraction = extract_blocks(
        ("title", "Harbour Safety Strategy"),
        ("paragraph", "The Harbour Safety Strategy was adopted on 3 May 2031."),
        ("heading", "Harbour Safety Strategy: first steps"),
        ("paragraph", "The Harbour Safety Strategy sets out actions in two areas:"),
        *items(1, "Safer quays", "Brighter cranes"),
    )
    (strategy,) = extraction.initiatives
    assert {a.strand for a in strategy.actions} == {"Harbour Safety Strategy: first steps"}


def test_a_press_titles_shortened_name_takes_the_full_name_the_lead_gives() -> None:
    extraction = extract_blocks(
        ("title", "Commission adopts Recommendation on safe harbour cranes"),
        (
            "paragraph",
            "On 3 May 2031 the Commission adopted its Recommendation on designing and "
            "maintaining safe harbour cranes.",
        ),
        ("heading", "Key elements of the Recommendation"),
        *items(1, "Checking every crane each year", "Training every crane driver"),
    )
    assert [i.name for i in extraction.initiatives] == [
        "Recommendation on designing and maintaining safe harbour cranes"
    ]


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        # an acronym the title left out, inside the name
        (
            "Harbour Safety Code of Conduct",
            "The Harbour Safety (HS) Code of Conduct was signed on 3 May 2031 by ports.",
        ),
        # a purpose after the name
        (
            "Harbour Safety Action Plan",
            "The Harbour Safety Action Plan to support quay workers was adopted on 3 May 2031.",
        ),
    ],
)
def test_a_title_that_leaves_out_an_acronym_or_a_tail_keeps_its_name(title: str, lead: str) -> None:
    extraction = extract_blocks(("title", title), ("paragraph", lead))
    assert [i.name for i in extraction.initiatives] == [title]


def test_a_title_name_the_prose_writes_as_it_is_is_not_replaced_by_a_longer_one() -> None:
    extraction = extract_blocks(
        ("title", "Parliament backs Regulation on the safety of harbour cranes"),
        (
            "paragraph",
            "Members backed the Regulation on the safety of harbour cranes on 3 May 2031.",
        ),
        (
            "paragraph",
            "It replaces the Regulation on the temporary use of technologies for the safety of "
            "harbour cranes.",
        ),
        ("paragraph", "The Regulation asks ports to:"),
        *items(1, "check cranes", "train drivers"),
    )
    assert [i.name for i in extraction.initiatives] == [
        "Regulation on the safety of harbour cranes"
    ]


def test_a_sentence_case_title_the_body_calls_by_its_initials_names_the_initiative() -> None:
    extraction = extract_blocks(
        ("title", "General harbour safety regulation"),
        ("paragraph", "EU rules that make sure only safe boats leave the harbour."),
        ("paragraph", "The GHSR entered into force on 12 June 2023."),
        ("paragraph", "The regulation:"),
        *items(1, "sets safety checks for boats;", "makes recalls work better."),
    )
    (regulation,) = extraction.initiatives
    assert (regulation.name, regulation.launched) == (
        "General harbour safety regulation",
        "2023-06-12",
    )
    assert len(regulation.actions) == 2
    # Without its initials in the body, the title is no name: "the regulation" is a common noun.
    unnamed = extract_blocks(
        ("title", "General harbour safety regulation"),
        ("paragraph", "EU rules that make sure only safe boats leave the harbour."),
    )
    assert unnamed.initiatives == []


def test_three_initials_confirm_a_title_only_in_brackets_after_their_words() -> None:
    # "EPR" spells too many things: written alone it is no sign of the title's name.
    coincidence = extract_blocks(
        ("title", "European Parliament resolution"),
        ("paragraph", "The EPR scheme for packaging started on 1 May 2020."),
    )
    assert coincidence.initiatives == []
    introduced = extract_blocks(
        ("title", "Harbour safety regulation"),
        ("paragraph", "The rules on harbour safety (HSR) apply from 1 May 2020."),
    )
    assert [i.name for i in introduced.initiatives] == ["Harbour safety regulation"]
