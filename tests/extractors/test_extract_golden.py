"""Extraction of every corpus page, compared exactly with our reviewed golden output.

Regenerate after an intended change with `BIKWATCH_UPDATE_GOLDEN=1 uv run pytest
tests/extractors/test_extract_golden.py`, and review the diff before committing it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from extractors.extract import build_nlp
from extractors.page import extract_page
from tests.extractors.corpus_pages import CorpusPage, corpus_pages

GOLDEN = Path(__file__).resolve().parents[1] / "fixtures" / "golden" / "extract"
UPDATE = os.environ.get("BIKWATCH_UPDATE_GOLDEN") == "1"
PAGES = corpus_pages()
NLP = build_nlp()


def _rendered(page: CorpusPage) -> str:
    extraction = extract_page(page.body, None, page.url, nlp=NLP)
    # The text itself is the cleaning golden files' business; the spans here point into it.
    content = extraction.model_dump(mode="json", exclude={"text"})
    return json.dumps(content, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


@pytest.mark.parametrize("page", PAGES, ids=[f"{p.site}/{p.page_id}" for p in PAGES])
def test_extraction_matches_golden_file(page: CorpusPage) -> None:
    rendered = _rendered(page)
    golden = GOLDEN / page.site / f"{page.page_id}.json"
    if UPDATE:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(rendered, encoding="utf-8")
    assert golden.exists(), f"no golden file; run with BIKWATCH_UPDATE_GOLDEN=1: {golden}"
    assert rendered == golden.read_text(encoding="utf-8")


def test_evidence_spans_quote_what_was_extracted() -> None:
    for page in PAGES:
        extraction = extract_page(page.body, None, page.url, nlp=NLP)
        text = extraction.text
        for mention in extraction.dates:
            assert mention.evidence is not None
            assert text[mention.evidence.start : mention.evidence.end] == mention.text
        for initiative in extraction.initiatives:
            for signatory in initiative.signatories:
                assert signatory.evidence is not None
                assert text[signatory.evidence.start : signatory.evidence.end] == signatory.name
            for action in initiative.actions:
                assert action.evidence is not None
                assert text[action.evidence.start : action.evidence.end] == action.text
