"""Regenerate the shipped site profiles (`extractors/clean/profiles/<site>.json`) from the corpus.

Every `*.html` page of each site folder of the corpus is a sample of that site's template;
the corpus is the repository's copy in `tests/fixtures/corpus`.

    uv run python benchmarks/learn_profiles.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from extractors.clean.profile import PROFILES_DIR, learn_site_profile  # noqa: E402


def corpus_dir() -> Path:
    return REPO / "tests" / "fixtures" / "corpus"


def page_url(path: Path) -> str:
    """The URL a page was captured from, as its gold file records it."""
    page_id = path.name.removesuffix(".html").removesuffix(".v1").removesuffix(".v2")
    for suffix in (".gold.json", ".diff.gold.json"):
        gold = path.with_name(page_id + suffix)
        if gold.exists():
            return str(json.loads(gold.read_text(encoding="utf-8"))["url"])
    raise SystemExit(f"no gold file gives the URL of {path}")


def main() -> None:
    corpus = corpus_dir()
    for site_dir in sorted(p for p in corpus.iterdir() if p.is_dir()):
        pages = [
            (path.read_text(encoding="utf-8", errors="replace"), page_url(path))
            for path in sorted(site_dir.glob("*.html"))
        ]
        profile = learn_site_profile(pages)
        target = PROFILES_DIR / f"{site_dir.name}.json"
        target.write_text(profile.model_dump_json(indent=2) + "\n", encoding="utf-8")
        blocks, lists = len(profile.template_blocks), len(profile.template_lists)
        print(f"{site_dir.name}: {profile.pages} pages, {blocks} template blocks, {lists} lists")


if __name__ == "__main__":
    main()
