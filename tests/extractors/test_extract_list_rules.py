"""Signatory and action rules that carry over to unseen pages (issue 16), on synthetic text."""

from __future__ import annotations

import pytest

from tests.extractors.extract_documents import (
    BlockSpec,
    extract_blocks,
    items,
    prose_signatories,
)


@pytest.mark.parametrize(
    "heading",
    ["Commitments of the Harbour Pact", "Harbour Pact for Young Sailors: four areas of work"],
)
def test_an_initiative_heading_that_names_a_strand_is_the_strand(heading: str) -> None:
    extraction = extract_blocks(
        ("title", "Ports agree on online safety for young sailors"),
        ("paragraph", "The Harbour Pact for Young Sailors was signed in 2020 by Alpha and Beta."),
        ("heading", heading),
        *items(1, "Safer chat rooms on board", "Clear reporting buttons in every app"),
    )
    (pact,) = extraction.initiatives
    assert [(a.strand, a.text) for a in pact.actions] == [
        (heading, "Safer chat rooms on board"),
        (heading, "Clear reporting buttons in every app"),
    ]


def test_a_heading_that_is_only_the_name_is_no_strand() -> None:
    extraction = extract_blocks(
        ("title", "Ports agree on online safety"),
        ("heading", "Harbour Pact for Young Sailors"),
        ("paragraph", "The Harbour Pact for Young Sailors sets out commitments in two areas:"),
        *items(1, "Safer chat rooms on board", "Clear reporting buttons in every app"),
    )
    (pact,) = extraction.initiatives
    assert [a.strand for a in pact.actions] == [None, None]


def _signatories(*paragraphs: str, title: str = "Harbour Pact for Young Sailors") -> list[str]:
    return [name for name, _ in prose_signatories(title, *paragraphs)]


@pytest.mark.parametrize(
    "sentence",
    [
        "On 3 May 2021, transport ministers meeting in Rivertown, Westland, signed 'The "
        "Harbour Pact for Young Sailors', a statement of intent.",
        "Forty ferry lines active in Northland signed the Harbour Pact for Young Sailors.",
        "Port Authority Chair Anna van der Berg signed the Harbour Pact for Young Sailors.",
    ],
)
def test_a_place_or_a_persons_name_before_the_signing_verb_is_no_signatory(
    sentence: str,
) -> None:
    assert _signatories("The Harbour Pact for Young Sailors dates from 2020.", sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Presidents of the Port Board, the Harbour Council and the Ferry Council have "
            "signed the Harbour Pact for Young Sailors.",
            ["Harbour Council", "Ferry Council"],
        ),
        (
            "Ministers from the Northern Member States have signed the Harbour Pact for Young "
            "Sailors.",
            [],
        ),
        (
            "It was prepared with representatives of Coastal ministries and Northern "
            "institutions, who form the Harbour Pact for Young Sailors.",
            [],
        ),
        (
            "The second progress report, published by Alpha Ferries in 2021, found that 40 "
            "operators had signed up to the Harbour Pact for Young Sailors.",
            [],
        ),
    ],
)
def test_people_groups_of_bodies_and_common_nouns_are_no_signatories(
    sentence: str, expected: list[str]
) -> None:
    names = _signatories("The Harbour Pact for Young Sailors dates from 2020.", sentence)
    assert names == expected


def test_a_colon_inside_a_quoted_title_opens_no_list() -> None:
    assert (
        _signatories(
            "In 2020, transport ministers signed 'The Harbour Pact: Safer Seas for Young "
            "Sailors', a statement of intent.",
            title="The Harbour Pact",
        )
        == []
    )


def test_the_colon_of_the_nearest_cue_opens_the_list() -> None:
    names = _signatories(
        "Officials from 12 Member States take part in the Harbour Pact for Young Sailors, "
        "joined by three countries outside the region: Westland, Northland and Eastland."
    )
    assert names == ["Westland", "Northland", "Eastland"]


def test_members_of_a_working_body_are_no_signatories() -> None:
    assert (
        _signatories(
            "The Expert Group on Young Sailors was created in 2020. Made up of officials of "
            "the coastal regions, joined by Westland and Northland, it advises the ports.",
            title="Expert Group on Young Sailors",
        )
        == []
    )


def _actions(*blocks: BlockSpec) -> list[tuple[str | None, str]]:
    extraction = extract_blocks(("title", "Harbour Pact for Young Sailors"), *blocks)
    (pact,) = extraction.initiatives
    return [(action.strand, action.text) for action in pact.actions]


def test_a_list_the_initiative_calls_for_is_of_actions() -> None:
    assert _actions(
        ("paragraph", "The Harbour Pact for Young Sailors was signed in 2020."),
        ("heading", "What the pact asks"),
        ("paragraph", "Among other points, the signatories call for:"),
        *items(1, "checking ages on ferry apps;", "closing chat rooms at night."),
    ) == [
        ("What the pact asks", "checking ages on ferry apps"),
        ("What the pact asks", "closing chat rooms at night"),
    ]


def test_activities_under_a_heading_are_actions() -> None:
    assert _actions(
        ("paragraph", "The Harbour Pact for Young Sailors was signed in 2020."),
        ("heading", "How the pact helps crews"),
        *items(1, "training crews to spot grooming;", "funding helplines in ports."),
    ) == [
        ("How the pact helps crews", "training crews to spot grooming"),
        ("How the pact helps crews", "funding helplines in ports"),
    ]


def test_working_groups_are_areas_of_work() -> None:
    assert _actions(
        ("paragraph", "The Harbour Pact for Young Sailors was signed in 2020."),
        ("paragraph", "The pact runs four thematic working groups:"),
        *items(1, "HP CHAT - safer chat on board;", "HP PAY - fair payments in games."),
    ) == [(None, "HP CHAT - safer chat on board"), (None, "HP PAY - fair payments in games")]


def test_a_short_bold_line_above_the_intro_is_the_strand() -> None:
    assert _actions(
        ("paragraph", "The Harbour Pact for Young Sailors was signed in 2020."),
        ("paragraph", "What the pact will change"),
        ("paragraph", "From 2021, the pact will:"),
        *items(1, "close chat rooms at night;", "check ages on ferry apps."),
    ) == [
        ("What the pact will change", "close chat rooms at night"),
        ("What the pact will change", "check ages on ferry apps"),
    ]


def test_the_chapters_of_a_code_are_its_actions() -> None:
    extraction = extract_blocks(
        ("title", "Harbour Code of Practice for Young Sailors"),
        ("paragraph", "The Harbour Code of Practice for Young Sailors was published in 2031."),
        ("heading", "Two chapters"),
        *items(1, "Chat: safer chat rooms on board", "Copyright: respect for sailors' songs"),
    )
    (code,) = extraction.initiatives
    assert [a.text for a in code.actions] == [
        "Chat: safer chat rooms on board",
        "Copyright: respect for sailors' songs",
    ]


def test_a_paragraph_ending_in_the_following_areas_announces_the_lists_under_headings() -> None:
    extraction = extract_blocks(
        ("title", "Oslo Convention on fair play"),
        (
            "paragraph",
            "The Oslo Convention on fair play binds its parties. Parties undertake to take "
            "measures in the following areas.",
        ),
        ("heading", "Prevention"),
        *items(1, "players should be told of the risks", "studios should be screened"),
        ("heading", "Protection"),
        *items(2, "helplines should be set up"),
    )
    (convention,) = extraction.initiatives
    assert [(a.strand, a.text) for a in convention.actions] == [
        ("Prevention", "players should be told of the risks"),
        ("Prevention", "studios should be screened"),
        ("Protection", "helplines should be set up"),
    ]
