"""Texts an assembly adopts, named by their subject in sentence case: resolutions, their
headings and titles, and what they call for (synthetic pages)."""

from __future__ import annotations

import pytest

from extractors.extract.heading_names import heading_name
from extractors.extract.prose_names import find_names
from tests.extractors.extract_documents import extract_blocks, items


def test_headline_words_after_an_acronym_end_the_name() -> None:
    assert heading_name("Guidelines on the protection of minors under the DSA published today") == (
        "Guidelines on the protection of minors under the DSA",
        "guidelines",
    )


def test_a_sentence_case_subject_goes_on_after_an_acronym() -> None:
    assert heading_name("Harbour Assembly resolution on quay safety in the EU single market") == (
        "Harbour Assembly resolution on quay safety in the EU single market",
        "resolution",
    )
    # A complement without a lower-case word of its own ends at its acronym.
    assert heading_name("Guidelines on AI now available") == ("Guidelines on AI", "guidelines")


def test_a_heading_that_opens_with_resolution_and_its_subject_names_it() -> None:
    assert heading_name("Resolution on the safety of harbour cranes") == (
        "Resolution on the safety of harbour cranes",
        "resolution",
    )


def test_a_title_named_text_the_body_calls_this_resolution_is_described() -> None:
    extraction = extract_blocks(
        ("title", "Harbour Assembly resolution on quay safety in the EU single market"),
        ("paragraph", "In this resolution, adopted on 3 May 2031, the Assembly warns of risks."),
        ("heading", "Calls to the Commission"),
        *items(1, "propose rules on cranes", "fund safer quays"),
    )
    (resolution,) = extraction.initiatives
    assert resolution.name == "Harbour Assembly resolution on quay safety in the EU single market"
    assert [a.text for a in resolution.actions] == ["propose rules on cranes", "fund safer quays"]


def test_a_coordinated_compound_and_the_markets_scope_stay_in_the_name() -> None:
    sentence = (
        "The Assembly adopted the Resolution on addictive design of online services and "
        "consumer protection in the EU single market, with 545 votes."
    )
    assert [c.name for c in find_names(sentence)] == [
        "Resolution on addictive design of online services and consumer protection in the EU "
        "single market"
    ]


def _lead_names(lead: str) -> list[str]:
    extraction = extract_blocks(
        ("title", "Pond news"),
        ("paragraph", lead),
        ("paragraph", "The principles ask keepers to:"),
        *items(1, "feed less", "feed better"),
        ("paragraph", "The resolution calls on keepers to:"),
        *items(2, "clean ponds", "count frogs"),
    )
    return [initiative.name for initiative in extraction.initiatives]


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        (
            "The Pond Assembly adopted a resolution on the safety of frogs and toads in the EU "
            "single market, with 40 votes.",
            "Resolution on the safety of frogs and toads in the EU single market",
        ),
        (
            "The Pond Assembly adopted a resolution on the safety of frogs and toads in the "
            "plenary session on Tuesday.",
            "Resolution on the safety of frogs and toads",
        ),
        (
            "The Pond Assembly adopted a resolution on the safety of frogs and welcomes new rules.",
            "Resolution on the safety of frogs",
        ),
        (
            "The Pond Network today set out key principles on paid frog food in March 2031.",
            "Key principles on paid frog food",
        ),
        (
            "The Pond Network today set out key principles on paid frog food and called for "
            "action.",
            "Key principles on paid frog food",
        ),
    ],
)
def test_a_lead_names_a_text_by_its_subject_up_to_a_date_or_a_clause(lead: str, name: str) -> None:
    assert _lead_names(lead) == [name]


@pytest.mark.parametrize(
    ("title", "launched"),
    [
        ("Harbour chiefs sign European declaration on quay safety", "2031-05-03"),
        ("Harbour Board puts forward declaration on quay safety", "2031-05-03"),
        ("Harbour Chiefs Sign European Declaration on Quay Safety", "2031-05-03"),
        ("Harbour Board signs declaration, pledges funds", "2031-05-03"),
        # The object is something else: versions, arrangements, a report.
        ("Harbour Board publishes child-friendly versions of the declaration", None),
        ("Harbour Board signs arrangements to support the declaration", None),
        ("Harbour Board publishes declaration progress report", None),
        ("Harbour chiefs sign Ocean declaration", None),  # another declaration
        # No launch of the day: to come, refused, asked for.
        ("Harbour chiefs to sign European declaration on quay safety next month", None),
        ("Harbour chiefs refuse to sign European declaration on quay safety", None),
        ("Why harbour chiefs must sign the declaration", None),
    ],
)
def test_a_press_title_that_launches_the_initiative_dates_it_by_the_page(
    title: str, launched: str | None
) -> None:
    extraction = extract_blocks(
        ("title", title),
        (
            "paragraph",
            "The Harbour Board President signed the European Declaration on quay safety with "
            "the heads of the two port unions.",
        ),
        ("paragraph", "The Declaration sets out commitments for every port:"),
        *items(1, "safe quays for all", "bright cranes at night"),
        published="2031-05-03",
    )
    (declaration,) = extraction.initiatives
    assert declaration.launched == launched
