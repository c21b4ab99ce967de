"""The repository's copy of the evaluation corpus, page by page, for cleaning tests."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"


@dataclass(frozen=True)
class CorpusPage:
    site: str
    page_id: str  # file name without ".html", e.g. "helplines.v2"
    path: Path
    url: str
    gold: dict | None  # the page's <id>.gold.json, None for v1/v2 captures

    @property
    def body(self) -> bytes:
        """The page's bytes, as a fetch would give them to `extract_page`."""
        return self.path.read_bytes()

    @property
    def html(self) -> str:
        return self.path.read_text(encoding="utf-8")


def corpus_pages() -> list[CorpusPage]:
    pages = []
    for path in sorted(CORPUS.glob("*/*.html")):
        page_id = path.name.removesuffix(".html")
        base = page_id.removesuffix(".v1").removesuffix(".v2")
        gold_path = path.with_name(f"{base}.gold.json")
        gold = json.loads(gold_path.read_text(encoding="utf-8")) if gold_path.exists() else None
        meta = gold or json.loads(path.with_name(f"{base}.diff.gold.json").read_text("utf-8"))
        pages.append(CorpusPage(path.parent.name, page_id, path, meta["url"], gold))
    return pages
