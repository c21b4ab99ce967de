"""Which lists are actions, and the count warnings announcements give."""

from __future__ import annotations

import pytest

from tests.extractors.extract_documents import extract_blocks, items


@pytest.mark.parametrize(
    ("phases", "are_actions"),
    [
        (
            [
                "Kids Online (2001-2004), with a budget of 20 million",
                "Kids Online plus (2005-2008)",
            ],
            False,
        ),
        (["2001-2004: the first phase", "2005-2008: the second phase"], False),
        (["Raising awareness of safe play", "Fighting illegal content in games"], True),
    ],
)
def test_a_timeline_of_phases_is_not_a_list_of_actions(
    phases: list[str], are_actions: bool
) -> None:
    extraction = extract_blocks(
        ("title", "Kids Online Programme"),
        ("paragraph", "The Kids Online Programme supported actions in successive areas:"),
        *items(1, *phases),
    )
    (programme,) = extraction.initiatives
    assert bool(programme.actions) is are_actions


@pytest.mark.parametrize(
    ("intro", "are_actions"),
    [
        ("The pact sets out measures against risks such as grooming. These include:", True),
        ("The pact sets out measures. Its risks include:", False),
        ("The pact tackles risks that players face, including:", False),
    ],
)
def test_these_include_takes_up_the_sentence_before(intro: str, are_actions: bool) -> None:
    extraction = extract_blocks(
        ("title", "Pact for Safer Gaming"),
        ("paragraph", "The Pact for Safer Gaming was signed in 2019."),
        ("paragraph", intro),
        *items(1, "Age checks for chat", "Reporting buttons in every game"),
    )
    (pact,) = extraction.initiatives
    assert bool(pact.actions) is are_actions


def test_a_count_of_another_group_or_of_commitments_in_areas_gives_no_warning() -> None:
    extraction = extract_blocks(
        ("title", "Pact for Safer Gaming"),
        ("paragraph", "The Pact for Safer Gaming was signed in 2019 by Alpha, Beta and Gamma."),
        ("paragraph", "An expert group drafted it. Its 14 members were appointed in 2018."),
        ("paragraph", "The pact holds 30 commitments and 90 measures in the following areas:"),
        *items(1, "Safer chat", "Fair purchases"),
    )
    (pact,) = extraction.initiatives
    assert [s.name for s in pact.signatories] == ["Alpha", "Beta", "Gamma"]
    assert len(pact.actions) == 2
    assert pact.warnings == []


def test_a_count_of_the_initiative_that_disagrees_warns() -> None:
    extraction = extract_blocks(
        ("title", "Pact for Safer Gaming"),
        (
            "paragraph",
            "The Pact for Safer Gaming was signed by 4 companies: Alpha, Beta and Gamma.",
        ),
        ("paragraph", "The pact sets out its commitments in the following three areas:"),
        *items(1, "Safer chat", "Fair purchases"),
    )
    (pact,) = extraction.initiatives
    assert pact.warnings == [
        "the page announces 3 actions, 2 found",
        "the page announces 4 signatories, 3 found",
    ]
