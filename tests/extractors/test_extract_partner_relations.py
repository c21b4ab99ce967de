"""Who takes part in a scheme, told in prose or announced by a heading (synthetic pages)."""

from __future__ import annotations

import pytest

from extractors.extract.namelists import split_names
from tests.extractors.extract_documents import BlockSpec, extract_blocks, items


def _signatories(*blocks: BlockSpec) -> list[tuple[str, list[str]]]:
    extraction = extract_blocks(*blocks)
    return [(i.name, [s.name for s in i.signatories]) for i in extraction.initiatives]


def test_a_company_that_partnered_with_a_scheme_and_those_working_with_it_take_part() -> None:
    assert _signatories(
        ("title", "Harbour Safety Pledge gains partners"),
        ("paragraph", "The Harbour Safety Pledge helps dock workers."),
        (
            "paragraph",
            "Dockside Ltd has partnered with the Harbour Safety Pledge. Other companies working "
            "with it are Quaywise, Crane Group and Anchor AG.",
        ),
    ) == [("Harbour Safety Pledge", ["Dockside Ltd", "Quaywise", "Crane Group", "Anchor AG"])]


def test_the_companies_in_an_initiative_are_its_members() -> None:
    assert _signatories(
        ("title", "Harbour Safety Coalition"),
        ("paragraph", "The Harbour Safety Coalition was founded in 2031 by port operators."),
        ("heading", "About"),
        (
            "paragraph",
            "The companies currently in the Coalition are Dockside Ltd, Quaywise, Crane Group "
            "and Anchor AG.",
        ),
    ) == [("Harbour Safety Coalition", ["Dockside Ltd", "Quaywise", "Crane Group", "Anchor AG"])]


def test_what_an_initiatives_members_made_is_no_list_of_members() -> None:
    assert _signatories(
        ("title", "Harbour Safety Coalition"),
        ("paragraph", "The Harbour Safety Coalition was founded in 2031 by port operators."),
        (
            "paragraph",
            "Tools developed by its members have spread: Dockside Scanner, Quaywise Filter and "
            "Crane Guard are used far beyond the companies that built them.",
        ),
    ) == [("Harbour Safety Coalition", [])]


def test_a_heading_over_participating_platforms_announces_them() -> None:
    extraction = extract_blocks(
        ("title", "Harbour Watch"),
        ("paragraph", "Harbour Watch is a free service that the Harbour Safety Board runs."),
        ("heading", "Participating platforms at launch"),
        *items(1, "Dockside", "Quaywise", "Anchor AG"),
    )
    (service,) = extraction.initiatives
    assert [s.name for s in service.signatories] == ["Dockside", "Quaywise", "Anchor AG"]


def test_an_and_before_an_article_separates_two_bodies() -> None:
    assert [
        p.name for p in split_names("the Harbour Board, the Council and the Quay Commission")
    ] == [
        "the Harbour Board",
        "the Council",
        "the Quay Commission",
    ]
    # A single word before "and" and a body's head noun after it is one body's name.
    assert [p.name for p in split_names("Film and Publication Board, Quaywise")] == [
        "Film and Publication Board",
        "Quaywise",
    ]


@pytest.mark.parametrize(
    "opening",
    [
        "Other companies working with it are",
        "Companies that take part in it include",
        "Other platforms taking part in it are",
        "The other partners participating in it are",
    ],
)
def test_those_working_with_or_taking_part_in_it_are_listed(opening: str) -> None:
    assert _signatories(
        ("title", "Harbour Safety Pledge"),
        ("paragraph", "The Harbour Safety Pledge helps dock workers since 2031."),
        ("paragraph", f"{opening} Quaywise, Crane Group and Anchor AG."),
    ) == [("Harbour Safety Pledge", ["Quaywise", "Crane Group", "Anchor AG"])]


def test_those_working_with_another_sections_service_are_that_services() -> None:
    extraction = extract_blocks(
        ("title", "Harbour services"),
        ("heading", "Harbour Watch Service"),
        ("paragraph", "The Harbour Watch Service was set up in 2031. Dockside Ltd joined it."),
        ("heading", "Dock Guard Service"),
        (
            "paragraph",
            "The Dock Guard Service was set up in 2032. Other companies working with it are "
            "Quaywise, Crane Group and Anchor AG.",
        ),
    )
    by_name = {i.name: [s.name for s in i.signatories] for i in extraction.initiatives}
    assert "Quaywise" not in by_name["Harbour Watch Service"]
    assert by_name["Dock Guard Service"] == ["Quaywise", "Crane Group", "Anchor AG"]


def test_companies_in_an_initiative_that_are_described_are_no_list() -> None:
    # (a control: a description after "are" holds no capitalised name)
    assert _signatories(
        ("title", "Harbour Safety Coalition"),
        ("paragraph", "The Harbour Safety Coalition was founded in 2031 by port operators."),
        ("paragraph", "The companies in the Coalition are committed to safety, trust and care."),
    ) == [("Harbour Safety Coalition", [])]


def test_children_participating_in_a_campaign_are_no_signatories() -> None:
    assert _signatories(
        ("title", "Harbour Safety Campaign"),
        ("paragraph", "The Harbour Safety Campaign started in 2031 in ten ports."),
        (
            "paragraph",
            "Children participating in the Campaign told us what matters to them: Safe quays, "
            "Clean water and Friendly crews.",
        ),
    ) == [("Harbour Safety Campaign", [])]


def test_those_who_launched_it_are_a_list_of_its_founders() -> None:
    assert _signatories(
        ("title", "Harbour Safety Coalition"),
        (
            "paragraph",
            "The Harbour Safety Coalition was launched by its founders: Dockside Ltd, Quaywise "
            "and Crane Group.",
        ),
    ) == [("Harbour Safety Coalition", ["Dockside Ltd", "Quaywise", "Crane Group"])]


def test_its_members_named_between_dashes_are_its_signatories() -> None:
    assert _signatories(
        ("title", "Harbour Code of Conduct on quay advertising"),
        ("paragraph", "The Harbour Board published the Code on 3 May 2031."),
        (
            "paragraph",
            "The Code applies to all of its members \u2013 Dockside Ltd, Quaywise and Crane "
            "Group \u2013 and is open for signature by other ports.",
        ),
    ) == [
        ("Harbour Code of Conduct on quay advertising", ["Dockside Ltd", "Quaywise", "Crane Group"])
    ]


def test_the_signing_bodies_a_statement_lists_are_its_signatories() -> None:
    # A body's long name in sentence case keeps its place in the list by its short name in
    # brackets ("... for the safety of quays and docks (QS-Dock)").
    extraction = extract_blocks(
        ("title", "Harbour agencies commit to working together"),
        (
            "paragraph",
            "On 3 May 2031 the heads of three harbour agencies signed a Joint Statement on "
            "Quay Safety. The signing agencies are:",
        ),
        *items(
            1,
            "Harbour Pilots Office (HPO)",
            "European Agency for the operational safety of quays and docks (qs-DOCK)",
            "Quay Inspection Unit (Quayinspect)",
        ),
    )
    (statement,) = extraction.initiatives
    assert statement.name == "Joint Statement on Quay Safety"
    assert [s.name for s in statement.signatories] == [
        "Harbour Pilots Office (HPO)",
        "European Agency for the operational safety of quays and docks (qs-DOCK)",
        "Quay Inspection Unit (Quayinspect)",
    ]


@pytest.mark.parametrize(
    "item",
    [
        "The inspection of quays starts in May. More checks follow (QSD)",  # sentences
        # long names in sentence case: a name and its apposition, a country code, a word
        "Quaywatch, the network of harbour clubs and pilots of the north coast (QNHC)",
        "Association of harbour pilots and boatmen of the north coast and islands (BE)",
        "Association of harbour pilots and boatmen of the north coast and islands (Pilots)",
    ],
)
def test_a_sentence_or_a_bracket_of_no_short_name_is_no_listed_body(item: str) -> None:
    extraction = extract_blocks(
        ("title", "Harbour agencies commit to working together"),
        (
            "paragraph",
            "On 3 May 2031 the heads of three harbour agencies signed a Joint Statement on "
            "Quay Safety. The signing agencies are:",
        ),
        *items(1, "Harbour Pilots Office (HPO)", item),
    )
    (statement,) = extraction.initiatives
    assert statement.signatories == []


@pytest.mark.parametrize("intro", ["also asked for:", "are calling for:"])
def test_signing_bodies_that_ask_for_things_announce_no_list_of_them(intro: str) -> None:
    extraction = extract_blocks(
        ("title", "Pond clubs sign the Jutland Pond Declaration"),
        (
            "paragraph",
            "On 3 May 2031 twelve clubs signed the Jutland Pond Declaration. The signing "
            f"parties {intro}",
        ),
        *items(1, "Stronger rules for very large pond operators (VLPOs)", "Safer ponds (SPC)"),
    )
    (declaration,) = extraction.initiatives
    assert declaration.signatories == []
