"""Signatory and action rules that carry over to unseen pages (issue 16), on synthetic text."""

from __future__ import annotations

import pytest

from extractors.extract import build_nlp, extract_document
from schemas.extraction import Extraction
from tests.extractors.extract_documents import BlockSpec, document, items

NLP = build_nlp()


def _extract(*blocks: BlockSpec) -> Extraction:
    return extract_document(document(*blocks), nlp=NLP)


@pytest.mark.parametrize(
    "heading",
    ["Commitments of the Harbour Pact", "Harbour Pact for Young Sailors: four areas of work"],
)
def test_an_initiative_heading_that_names_a_strand_is_the_strand(heading: str) -> None:
    extraction = _extract(
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
    extraction = _extract(
        ("title", "Ports agree on online safety"),
        ("heading", "Harbour Pact for Young Sailors"),
        ("paragraph", "The Harbour Pact for Young Sailors sets out commitments in two areas:"),
        *items(1, "Safer chat rooms on board", "Clear reporting buttons in every app"),
    )
    (pact,) = extraction.initiatives
    assert [a.strand for a in pact.actions] == [None, None]
