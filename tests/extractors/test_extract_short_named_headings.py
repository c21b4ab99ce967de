"""A heading that is a proper name with its own short form in brackets ("Pro Pond Play
(PPP)") heads the section of the thing it names, when the section's first paragraph writes
the name or the short form; a glossary's or a who's who's headings name nothing (synthetic
pages, invented facts)."""

from __future__ import annotations

import pytest

from extractors.extract.context import analyse
from extractors.extract.short_named_headings import short_named_draft
from tests.extractors.extract_documents import (
    BlockSpec,
    document,
    extract_blocks,
    initiative_names,
    items,
    shared_nlp,
)

_TITLE = ("title", "Safeguarding young keepers")
_INTRO = (
    "paragraph",
    "The Pond Board works with keepers' clubs to protect young keepers from abuse at ponds.",
)


def test_each_short_named_heading_heads_its_own_initiative() -> None:
    extraction = extract_blocks(
        _TITLE,
        _INTRO,
        ("heading", "Pro Pond Play (PPP)"),
        ("paragraph", "From January 2031 to June 2032, Pro Pond Play trained pond wardens."),
        ("heading", "Safe Keeping at Ponds (SKaP)"),
        (
            "paragraph",
            "Since 2033, SKaP helps clubs to write rules. Three clubs joined the project as "
            "partners: Frogmore Club, Newtside Club and Lilypad Club. The project works on:",
        ),
        *items(1, "drafting club rules", "training club officers"),
    )
    assert initiative_names(extraction) == ["Pro Pond Play", "Safe Keeping at Ponds"]
    plays, keeping = extraction.initiatives
    assert plays.aliases == ["PPP"]
    assert [a.text for a in keeping.actions] == ["drafting club rules", "training club officers"]
    assert plays.actions == []


def _heading_names(*blocks: BlockSpec) -> list[str]:
    return initiative_names(extract_blocks(_TITLE, _INTRO, *blocks))


@pytest.mark.parametrize(
    ("heading", "paragraph"),
    [
        # the section never writes it
        ("Pro Pond Play (PPP)", "Wardens were trained in every region from 2031."),
        # who acts: a ministry; a body the gazetteer knows
        ("Pond Ministry for Keepers (PMK)", "The PMK gathers evidence on ponds."),
        ("Council of Europe (CoE)", "The CoE adopted a pond convention in 2031."),
        # a body by its head noun, in the singular or the plural
        ("Pond Keepers Foundation (PKF)", "PKF brings 40 clubs together."),
        ("Child Pond Networks (CPN)", "The CPN link clubs across the region."),
        # a class of things: its short form a plural
        ("Very Large Pond Operators (VLPOs)", "VLPOs must assess risks to children."),
        # a role or a committee by its head noun
        ("Pond Services Coordinator (PSC)", "Each region designates a Pond Services Coordinator."),
        ("Pond Safety Committee (PSC)", "The PSC advises the Commission on ponds."),
        # terms a glossary defines
        ("Pond Harm Material (PHM)", "Pond Harm Material (PHM) is defined as any image."),
        ("Pond Grooming Risk (PGR)", "Pond Grooming Risk describes a stranger's approach."),
        # a term the paragraph defines as no initiative; a body it defines
        ("Child Pond Harm Material (CPHM)", "Child Pond Harm Material (CPHM) is any image."),
        ("Pond Keepers Europe (PKE)", "Pond Keepers Europe is a federation of 30 clubs."),
        # a short form that does not spell the name: a file type, a country
        ("Pro Pond Play Toolkit (PDF)", "The Pro Pond Play Toolkit lists safe games."),
    ],
)
def test_a_glossary_or_a_whos_who_heading_names_no_initiative(heading: str, paragraph: str) -> None:
    assert _heading_names(("heading", heading), ("paragraph", paragraph)) == []


def test_a_term_over_a_list_heads_no_section_of_prose() -> None:
    assert _heading_names(("heading", "Pro Pond Play (PPP)"), *items(1, "PPP games", "PPP")) == []


def test_a_body_the_gazetteer_knows_by_its_short_form_is_no_initiative() -> None:
    # its short form spells its name's initials: only the gazetteer tells it is a body
    assert (
        _heading_names(
            ("heading", "Freiwillige Selbstkontrolle Multimedia-Diensteanbieter (FSM)"),
            ("paragraph", "Since 2031, the FSM checks pond apps for children."),
        )
        == []
    )


def test_a_plural_name_of_one_thing_heads_its_section() -> None:
    # a plural head with a short form that is no plural: the name of one scheme
    assert _heading_names(
        ("heading", "Youth Pond Games (YPG)"),
        ("paragraph", "Since 2031, the Youth Pond Games bring clubs together every summer."),
    ) == ["Youth Pond Games"]


def test_the_names_kind_noun_is_its_kind() -> None:
    context = analyse(
        document(
            _TITLE,
            ("heading", "Pond Keepers Pledge (PKP)"),
            ("paragraph", "Since 2031, the Pond Keepers Pledge asks clubs to train wardens."),
        ),
        shared_nlp(),
    )
    draft = short_named_draft(context, 1)
    assert draft is not None and (draft.name, draft.kind) == ("Pond Keepers Pledge", "pledge")
    context = analyse(
        document(
            _TITLE,
            ("heading", "Pro Pond Play (PPP)"),
            ("paragraph", "Since 2031, Pro Pond Play trains wardens."),
        ),
        shared_nlp(),
    )
    draft = short_named_draft(context, 1)
    assert draft is not None and draft.kind == "initiative"
