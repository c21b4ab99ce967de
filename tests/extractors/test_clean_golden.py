"""Cleaning of every corpus page: exact golden output per site, and the gold main text.

Golden files are our own reviewed output; regenerate them after an intended change with
`BIKWATCH_UPDATE_GOLDEN=1 uv run pytest tests/extractors`.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from extractors.clean import SiteProfile, clean_html
from tests.extractors.corpus_pages import CorpusPage, corpus_pages
from tests.extractors.text_scores import token_f1

GOLDEN = Path(__file__).resolve().parents[1] / "fixtures" / "golden" / "clean"
UPDATE = os.environ.get("BIKWATCH_UPDATE_GOLDEN") == "1"
PAGES = corpus_pages()
GOLD_PAGES = [page for page in PAGES if page.gold is not None]
MIN_F1 = 0.97


def _ids(pages: list[CorpusPage]) -> list[str]:
    return [f"{page.site}/{page.page_id}" for page in pages]


@pytest.mark.parametrize("page", PAGES, ids=_ids(PAGES))
def test_output_matches_golden_file(page: CorpusPage) -> None:
    text = clean_html(page.html, page.url).text + "\n"
    golden = GOLDEN / page.site / f"{page.page_id}.txt"
    if UPDATE:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert golden.exists(), f"no golden file; run with BIKWATCH_UPDATE_GOLDEN=1: {golden}"
    assert text == golden.read_text(encoding="utf-8")


def _structure(page: CorpusPage) -> str:
    """One line per block: kind, list fields and the start of the text."""
    lines = []
    for block in clean_html(page.html, page.url).blocks:
        fields = [block.kind]
        if block.level is not None:
            fields.append(f"level={block.level}")
        if block.kind == "list_item":
            fields.append(
                f"list={block.list_id} ordered={block.ordered} ordinal={block.ordinal} "
                f"depth={block.depth} parent={block.parent_item}"
            )
        lines.append(" ".join(fields) + " | " + block.text[:60])
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("page", PAGES, ids=_ids(PAGES))
def test_structure_matches_golden_file(page: CorpusPage) -> None:
    structure = _structure(page)
    golden = GOLDEN / page.site / f"{page.page_id}.blocks.txt"
    if UPDATE:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(structure, encoding="utf-8")
    assert golden.exists(), f"no golden file; run with BIKWATCH_UPDATE_GOLDEN=1: {golden}"
    assert structure == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("page", GOLD_PAGES, ids=_ids(GOLD_PAGES))
def test_main_text_is_close_to_gold(page: CorpusPage) -> None:
    assert page.gold is not None
    document = clean_html(page.html, page.url)
    assert token_f1(document.text, page.gold["main_text"]) >= MIN_F1


@pytest.mark.parametrize("page", GOLD_PAGES, ids=_ids(GOLD_PAGES))
def test_title_and_published_match_gold(page: CorpusPage) -> None:
    assert page.gold is not None
    document = clean_html(page.html, page.url)
    assert document.title == page.gold["title"]
    assert document.published == page.gold["published"]
    assert document.blocks[0].kind == "title"


@pytest.mark.parametrize("page", PAGES, ids=_ids(PAGES))
def test_no_paragraph_is_repeated(page: CorpusPage) -> None:
    document = clean_html(page.html, page.url)
    long_blocks = [block.text for block in document.blocks if len(block.text.split()) >= 6]
    assert len(long_blocks) == len(set(long_blocks))


@pytest.mark.parametrize("page", PAGES, ids=_ids(PAGES))
def test_cleaning_without_profile_is_as_good(page: CorpusPage) -> None:
    """The shipped profiles are a second line of defence: the rules alone must suffice."""
    empty = SiteProfile(site=page.site, pages=0)
    with_profile = clean_html(page.html, page.url).text
    assert clean_html(page.html, page.url, profile=empty).text == with_profile


def _boilerplate_only_pairs() -> list[tuple[CorpusPage, CorpusPage]]:
    """v1/v2 captures whose diff gold says nothing changed but boilerplate."""
    by_id = {(page.site, page.page_id): page for page in PAGES}
    pairs = []
    for (site, page_id), first in by_id.items():
        if not page_id.endswith(".v1"):
            continue
        base = page_id.removesuffix(".v1")
        diff = json.loads(first.path.with_name(f"{base}.diff.gold.json").read_text("utf-8"))
        if not diff["changes"] and not diff["health"]:
            pairs.append((first, by_id[(site, f"{base}.v2")]))
    return pairs


@pytest.mark.parametrize("pair", _boilerplate_only_pairs(), ids=lambda pair: pair[0].page_id)
def test_boilerplate_only_change_gives_the_same_text(pair: tuple[CorpusPage, CorpusPage]) -> None:
    first, second = pair
    assert clean_html(first.html, first.url).text == clean_html(second.html, second.url).text
