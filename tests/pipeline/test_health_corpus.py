"""Health checks on the real pages of the corpus: no false alarm on a real page.

Every page of the corpus is a real version except the v2 captures whose diff gold says
`"health": true`; those must be flagged, the rest must not.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest
from spacy.language import Language

from extractors.extract import build_nlp
from extractors.page import extract_page
from pipeline.compare.page_health import assess_health

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"


def _pages() -> list[tuple[str, Path, str, bool]]:
    """(id, page, url, whether the page is unsound) for every page of the corpus."""
    pages = []
    for path in sorted(CORPUS.glob("*/*.html")):
        base = path.name.removesuffix(".html").removesuffix(".v1").removesuffix(".v2")
        single = path.with_name(f"{base}.gold.json")
        gold = json.loads(
            (single if single.exists() else path.with_name(f"{base}.diff.gold.json")).read_text(
                encoding="utf-8"
            )
        )
        unsound = path.name.endswith(".v2.html") and gold.get("health") is True
        pages.append((f"{path.parent.name}/{path.name}", path, gold["url"], unsound))
    return pages


@cache
def _nlp() -> Language:
    return build_nlp()


@pytest.mark.parametrize(
    ("page_id", "path", "url", "unsound"), [pytest.param(*p, id=p[0]) for p in _pages()]
)
def test_only_the_error_pages_are_flagged(
    page_id: str, path: Path, url: str, unsound: bool
) -> None:
    extraction = extract_page(path.read_bytes(), None, url, nlp=_nlp())
    problems = assess_health(extraction, None)
    assert bool(problems) == unsound, (page_id, problems)
