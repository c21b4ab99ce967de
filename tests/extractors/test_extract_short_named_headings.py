"""A heading that is a proper name with its own short name in brackets ("Pro Pond Play
(PPP)") heads the section of the thing it names, when the section's first paragraph writes
the name or the short name (synthetic pages, invented facts)."""

from __future__ import annotations

import pytest

from tests.extractors.extract_documents import extract_blocks, initiative_names, items

_INTRO = (
    "paragraph",
    "The Pond Board works with keepers' clubs to protect young keepers from abuse at ponds.",
)


def test_each_short_named_heading_heads_its_own_initiative() -> None:
    extraction = extract_blocks(
        ("title", "Safeguarding young keepers"),
        _INTRO,
        ("heading", "Pro Pond Play (PPP)"),
        ("paragraph", "From January 2031 to June 2032, Pro Pond Play trained pond wardens."),
        ("heading", "Young Keepers at Ponds (YKaP)"),
        (
            "paragraph",
            "Since 2033, YKaP helps clubs to write rules. Three clubs joined the project as "
            "partners: Frogmore Club, Newtside Club and Lilypad Club. The project works on:",
        ),
        *items(1, "drafting club rules", "training club officers"),
    )
    assert initiative_names(extraction) == ["Pro Pond Play", "Young Keepers at Ponds"]
    plays, keepers = extraction.initiatives
    assert plays.aliases == ["PPP"]
    assert [a.text for a in keepers.actions] == ["drafting club rules", "training club officers"]
    assert plays.actions == []


def test_a_short_named_heading_its_section_never_writes_names_nothing() -> None:
    extraction = extract_blocks(
        ("title", "Safeguarding young keepers"),
        _INTRO,
        ("heading", "Pro Pond Play (PPP)"),
        ("paragraph", "Wardens were trained in every region from 2031."),
    )
    assert initiative_names(extraction) == []


@pytest.mark.parametrize(
    ("heading", "paragraph"),
    [
        # who acts: a ministry
        ("Pond Ministry for Keepers (PMK)", "The PMK gathers evidence on ponds."),
        # a body by its head noun
        ("Pond Keepers Foundation (PKF)", "PKF brings 40 clubs together."),
    ],
)
def test_a_body_heads_no_initiative(heading: str, paragraph: str) -> None:
    extraction = extract_blocks(
        ("title", "Safeguarding young keepers"),
        _INTRO,
        ("heading", heading),
        ("paragraph", paragraph),
    )
    assert initiative_names(extraction) == []
