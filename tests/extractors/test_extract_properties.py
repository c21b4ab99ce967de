"""Hypothesis: extraction never crashes on a well-formed cleaned document, and validates."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.extract import build_nlp, extract_document
from schemas.document import BlockKind
from schemas.extraction import Extraction
from tests.extractors.extract_documents import BlockSpec, document

NLP = build_nlp()

WORDS = st.sampled_from(
    [
        "Alliance",
        "Coalition",
        "Code",
        "of",
        "conduct",
        "the",
        "to",
        "better",
        "protect",
        "minors",
        "signatories:",
        "members",
        "are",
        "Acme,",
        "Globex",
        "and",
        "UNICEF",
        "launched",
        "on",
        "7",
        "February",
        "2017",
        "in",
        "July",
        "2023",
        "disbanded",
        "nine",
        "actions",
        "areas:",
        "(2012)",
        "Strategy",
        "for",
        "Kids",
        "(BIK+)",
        "still",
        "active",
        "only",
        "Of",
        "these",
        "including:",
        "risks",
        "commit",
        "07/02/2017",
        "IP/11/1485",
        "Status:",
        "Ongoing",
        ";",
        ".",
    ]
)
TEXT = st.lists(WORDS, min_size=1, max_size=25).map(" ".join)
KINDS: st.SearchStrategy[BlockKind] = st.sampled_from(
    ["heading", "paragraph", "list_item", "table_row", "term", "dateline"]
)


@st.composite
def cleaned_documents(draw: st.DrawFn) -> Any:
    blocks: list[BlockSpec] = [("title", draw(TEXT), {"level": 1})]
    list_id = 0
    for index in range(1, draw(st.integers(0, 14)) + 1):
        kind = draw(KINDS)
        fields: dict[str, Any] = {}
        if kind == "heading":
            fields["level"] = draw(st.integers(2, 4))
        if kind == "list_item":
            previous_items = [i for i, b in enumerate(blocks) if b[0] == "list_item"]
            parent = (
                draw(st.one_of(st.none(), st.sampled_from(previous_items)))
                if previous_items
                else None
            )
            list_id += 0 if draw(st.booleans()) and previous_items else 1
            fields.update(
                list_id=list_id,
                ordinal=index,
                parent_item=parent,
                depth=1 if parent is not None else 0,
            )
        blocks.append((kind, draw(TEXT), fields))
    published = draw(st.one_of(st.none(), st.sampled_from(["2017", "2017-02", "2017-02-07"])))
    return document(*blocks, published=published)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cleaned_documents())
def test_extraction_never_crashes_and_validates(doc: Any) -> None:
    extraction = extract_document(doc, nlp=NLP)
    again = Extraction.model_validate_json(extraction.model_dump_json())
    assert again == extraction
    for initiative in extraction.initiatives:
        for action in initiative.actions:
            assert action.evidence is not None
            assert doc.text[action.evidence.start : action.evidence.end] == action.text
