"""More signatory and action rules that carry over to unseen pages (issue 16, second round),
on synthetic text."""

from __future__ import annotations

import pytest

from tests.extractors.extract_documents import (
    extract_blocks,
    items,
    prose_signatories,
)

PACT = "Harbour Pact for Young Sailors"


def _signatories(*paragraphs: str) -> list[tuple[str, str]]:
    return prose_signatories(PACT, *paragraphs)


def test_auxiliaries_and_adverbs_before_the_verb_are_not_part_of_a_name() -> None:
    assert _signatories(
        f"The {PACT} dates from 2020.", "Alpha Lines and Beta Ferries have since joined the Pact."
    ) == [("Alpha Lines", "signatory"), ("Beta Ferries", "signatory")]


def test_an_apposition_before_the_verb_is_no_signatory() -> None:
    assert (
        _signatories(
            f"The {PACT} dates from 2020.",
            f"Transport ministers meeting in Rivertown, Westland, signed the {PACT}.",
        )
        == []
    )


def test_a_list_keeps_its_names_before_an_apposition() -> None:
    assert _signatories(
        f"The {PACT} dates from 2020.",
        f"Alpha Lines, Beta Ferries and Gamma Shipping, all ferry lines, signed the {PACT}.",
    ) == [
        ("Alpha Lines", "signatory"),
        ("Beta Ferries", "signatory"),
        ("Gamma Shipping", "signatory"),
    ]


@pytest.mark.parametrize("relative", ["who together form", "which together make up", "who make up"])
def test_a_list_before_who_or_which_forms_the_initiative(relative: str) -> None:
    assert _signatories(
        f"In that spirit, ferry lines, port NGOs and Sea Rescue, {relative} the {PACT}, "
        "are unveiling a plan."
    ) == [("Sea Rescue", "signatory")]


@pytest.mark.parametrize(
    "apposition", ["one of the member companies", "a signatory of the Pact", "one of its founders"]
)
def test_a_name_set_beside_its_membership_is_a_signatory(apposition: str) -> None:
    assert _signatories(
        f"The {PACT} dates from 2020.",
        f"Alpha Lines, {apposition}, has turned the Pact's commitments into a policy.",
    ) == [("Alpha Lines", "signatory")]


def test_a_person_set_beside_a_membership_is_no_signatory() -> None:
    assert (
        _signatories(
            f"The {PACT} dates from 2020.",
            "Anna Berg, a member of the Harbour Council, said the Pact works.",
        )
        == []
    )


def test_such_as_leads_into_the_names_a_sentence_lists_after_a_count() -> None:
    assert _signatories(
        f"In 2021, the signatories of the {PACT} sent their reports. "
        "They include large ferry lines and port operators, such as Alpha Lines, Beta "
        "Ferries and Gamma Shipping.",
    ) == [
        ("Alpha Lines", "signatory"),
        ("Beta Ferries", "signatory"),
        ("Gamma Shipping", "signatory"),
    ]


def test_names_listed_after_another_initiatives_members_are_not_its_own() -> None:
    extraction = extract_blocks(
        ("title", PACT),
        ("paragraph", f"The {PACT} was signed in 2018."),
        ("heading", "Maritime Services Act"),
        ("paragraph", "The Maritime Services Act was adopted in 2019 and applies since 2020."),
        (
            "paragraph",
            f"In 2021, the signatories of the {PACT} asked to turn it into a code under the "
            "Maritime Services Act. They include Alpha Lines, Beta Ferries and Gamma Shipping.",
        ),
    )
    by_name = {i.name: [s.name for s in i.signatories] for i in extraction.initiatives}
    assert by_name == {
        PACT: ["Alpha Lines", "Beta Ferries", "Gamma Shipping"],
        "Maritime Services Act": [],
    }


def test_a_list_no_section_holds_belongs_to_the_initiative_its_lead_in_names() -> None:
    extraction = extract_blocks(
        ("title", "Sailing week looks back at port initiatives"),
        ("paragraph", "The Harbour Alliance for Young Sailors was signed by Alpha and Beta."),
        ("paragraph", "Supporting members of the Harbour Alliance are listed apart:"),
        *items(1, "Sea Rescue", "Coastal Helpline"),
        ("heading", "Commitments of the Harbour Alliance"),
        *items(2, "Close chat rooms at night;", "Check ages on ferry apps."),
    )
    (alliance,) = extraction.initiatives
    assert [(s.name, s.role) for s in alliance.signatories] == [
        ("Alpha", "signatory"),
        ("Beta", "signatory"),
        ("Sea Rescue", "associated"),
        ("Coastal Helpline", "associated"),
    ]


@pytest.mark.parametrize(
    ("middle", "kept"),
    [("seaways norway", True), ("port authorities", False), ("law enforcement", False)],
)
def test_a_lower_case_name_between_names_is_a_brand(middle: str, kept: bool) -> None:
    names = [
        name
        for name, _ in _signatories(
            f"The {PACT} was signed by Alpha Lines, {middle}, Beta Ferries and Gamma Shipping."
        )
    ]
    assert names == ["Alpha Lines", *([middle] if kept else []), "Beta Ferries", "Gamma Shipping"]


def test_a_heading_naming_an_initiatives_kind_gives_it_the_list() -> None:
    # The list's section belongs to the page's forum by position; its heading names the kind
    # of the one programme the page describes, so the programme gets the list.
    extraction = extract_blocks(
        ("title", "Harbour Safety Forum"),
        ("paragraph", "The Harbour Safety Forum has brought ports together since 2015."),
        ("heading", "Harbour Crew Programme"),
        ("paragraph", "The Harbour Crew Programme was launched by the Forum in 2016."),
        ("heading", "How the programme helps crews"),
        *items(1, "training crews to spot grooming;", "funding helplines in ports."),
    )
    actions = {i.name: [a.text for a in i.actions] for i in extraction.initiatives}
    assert actions == {
        "Harbour Safety Forum": [],
        "Harbour Crew Programme": [
            "training crews to spot grooming",
            "funding helplines in ports",
        ],
    }


@pytest.mark.parametrize(
    ("heading", "is_actions"),
    [
        ("What the pact offers", True),
        ("What the pact will do", True),
        ("How the pact is run", False),
    ],
)
def test_a_heading_saying_what_the_initiative_offers_announces_actions(
    heading: str, is_actions: bool
) -> None:
    extraction = extract_blocks(
        ("title", PACT),
        ("paragraph", f"The {PACT} was signed in 2020 to make ferries safer for children."),
        ("heading", heading),
        *items(1, "Awards for crews that protect children;", "A network of safety officers."),
    )
    (pact,) = extraction.initiatives
    expected = ["Awards for crews that protect children", "A network of safety officers"]
    assert [a.text for a in pact.actions] == (expected if is_actions else [])


def test_what_members_report_on_is_a_list_of_actions() -> None:
    extraction = extract_blocks(
        ("title", PACT),
        ("paragraph", f"The {PACT} was signed in 2020 to make ferries safer for children."),
        (
            "paragraph",
            f"The ferry lines taking part, all of them signatories to the {PACT}, regularly "
            "report on:",
        ),
        *items(1, "checks of passengers' ages;", "tools to report grooming on board."),
    )
    (pact,) = extraction.initiatives
    assert [a.text for a in pact.actions] == [
        "checks of passengers' ages",
        "tools to report grooming on board",
    ]
