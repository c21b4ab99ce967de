"""Signatories told by a relation in prose, names kept whole."""

from __future__ import annotations

import pytest

from tests.extractors.extract_documents import extract_blocks, prose_signatories


def _signatories(*paragraphs: str) -> list[str]:
    return [name for name, _ in prose_signatories("Pact for Safer Gaming", *paragraphs)]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Microsoft became the 13th signatory of the Pact for Safer Gaming.", ["Microsoft"]),
        (
            "Kreativitet & Kommunikation signed the Pact for Safer Gaming.",
            ["Kreativitet & Kommunikation"],
        ),
        (
            "Goldbach Audience (Switzerland) AG and TIM (Telecom Italia) joined the Pact for "
            "Safer Gaming.",
            ["Goldbach Audience (Switzerland) AG", "TIM (Telecom Italia)"],
        ),
        (
            "Today the French platform Jeuxvideo.com joins the Pact for Safer Gaming.",
            ["Jeuxvideo.com"],
        ),
        (
            "Acme, Globex and Initech are among the founding partners of the Pact for Safer "
            "Gaming.",
            ["Acme", "Globex", "Initech"],
        ),
        (
            "In 2026, the Pond Intelligence Institute signed a partnership with the Pact for "
            "Safer Gaming.",
            ["Pond Intelligence Institute"],
        ),
    ],
)
def test_the_subject_of_a_signing_verb_is_a_signatory(sentence: str, names: list[str]) -> None:
    assert _signatories("The Pact for Safer Gaming was agreed in 2019.", sentence) == names


def test_names_listed_after_a_count_of_members_are_signatories() -> None:
    assert _signatories(
        "In 2019, 22 companies of the Pact for Safer Gaming announced their commitments. "
        "Among them are Alpha, The Beta Group and Gamma (Delta)."
    ) == ["Alpha", "The Beta Group", "Gamma (Delta)"]


def test_a_relative_clause_is_not_the_verb_of_a_list() -> None:
    names = _signatories(
        "The Pact for Safer Gaming was signed by Alpha and Beta.",
        "Commissioner for Justice, Consumers and Gender Equality Ann Smith welcomed the progress "
        "made by the platforms that signed up earlier.",
    )
    assert names == ["Alpha", "Beta"]


def test_a_subject_name_keeps_its_lower_case_connectors() -> None:
    assert _signatories(
        "The Pact for Safer Gaming was agreed in 2019.",
        "Since October 2020 the European Committee for Game Education (ECGE) has been a "
        "partner in the Pact for Safer Gaming. In 2021 the Federation of Nordic Game Studios "
        "joined the Pact for Safer Gaming. Ministers meeting in Rivertown signed the Pact "
        "for Safer Gaming.",
    ) == ["European Committee for Game Education (ECGE)", "Federation of Nordic Game Studios"]


def test_a_list_after_are_the_names_the_new_signatories() -> None:
    assert _signatories(
        "Three more companies today signed the Pact for Safer Gaming.",
        "The new signatories are the Nordic Games Association, Kettle & Pot Ltd and Lumen.",
    ) == ["Nordic Games Association", "Kettle & Pot Ltd", "Lumen"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Three members of the Town Guild \u2013 Acme, Globex and Initech \u2013 are among the "
        "pledgers.",
        "Acme, Globex and Initech, all members of the Town Guild, are among the organisations "
        "that have pledged.",
    ],
)
def test_names_said_to_be_among_the_pledgers_are_members(sentence: str) -> None:
    assert _signatories("The Pact for Safer Gaming was agreed in 2019.", sentence) == [
        "Acme",
        "Globex",
        "Initech",
    ]


def test_names_among_the_pledgers_belong_to_the_initiative_whose_section_tells_them() -> None:
    extraction = extract_blocks(
        ("title", "Pact for Safer Gaming"),
        ("paragraph", "The Pact for Safer Gaming was agreed in 2019."),
        ("heading", "Frog Skills Coalition"),
        ("paragraph", "The Frog Skills Coalition was launched in 2016."),
        (
            "paragraph",
            "Three members of the Town Guild \u2013 Acme, Globex and Initech \u2013 are among "
            "the pledgers.",
        ),
    )
    members = {i.name: [s.name for s in i.signatories] for i in extraction.initiatives}
    assert members == {
        "Pact for Safer Gaming": [],
        "Frog Skills Coalition": ["Acme", "Globex", "Initech"],
    }
