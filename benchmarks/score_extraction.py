"""Score `clean_html` + `extract_document` against every corpus page with a `<id>.gold.json`.

Prints a markdown table per site and overall: precision/recall/F1 of initiatives,
signatories, actions and dates; accuracy of published, launched, ended, status, role and
strand; pages per second and peak memory (resident set size of the process).

    uv run python benchmarks/score_extraction.py [--corpus DIR] [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.scoring import Tally, markdown_table, score_page  # noqa: E402
from extractors.clean import clean_html  # noqa: E402
from extractors.extract import build_nlp, extract_document  # noqa: E402


def corpus_dir() -> Path:
    return REPO / "tests" / "fixtures" / "corpus"


@dataclass(frozen=True)
class GoldPage:
    site: str
    page_id: str
    html: str
    gold: dict[str, Any]


def gold_pages(root: Path) -> list[GoldPage]:
    pages = []
    for gold_path in sorted(root.glob("*/*.gold.json")):
        if gold_path.name.endswith(".diff.gold.json"):
            continue
        page_id = gold_path.name.removesuffix(".gold.json")
        html_path = gold_path.with_name(f"{page_id}.html")
        if not html_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        html = html_path.read_text(encoding="utf-8", errors="replace")
        pages.append(GoldPage(gold_path.parent.name, page_id, html, gold))
    return pages


def score_corpus(pages: list[GoldPage]) -> dict[str, Tally]:
    """Per-site and overall ("all") tallies of the extraction of `pages`."""
    nlp = build_nlp()
    tallies: dict[str, Tally] = {}
    for page in pages:
        document = clean_html(page.html, page.gold["url"])
        extraction = extract_document(document, nlp=nlp)
        page_tally = score_page(page.gold, extraction.model_dump(mode="json"))
        tallies.setdefault(page.site, Tally()).add(page_tally)
    overall = Tally()
    for tally in tallies.values():
        overall.add(tally)
    tallies["all"] = overall
    return tallies


def _throughput(pages: list[GoldPage], rounds: int) -> float:
    nlp = build_nlp()
    started = time.perf_counter()
    for _ in range(rounds):
        for page in pages:
            extract_document(clean_html(page.html, page.gold["url"]), nlp=nlp)
    elapsed = time.perf_counter() - started
    return rounds * len(pages) / elapsed if elapsed else float("inf")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=None, help="corpus directory")
    parser.add_argument("--rounds", type=int, default=3, help="rounds for pages per second")
    args = parser.parse_args(argv)
    root = args.corpus or corpus_dir()
    pages = gold_pages(root)
    if not pages:
        print(f"no gold pages under {root}", file=sys.stderr)
        return 1
    tallies = score_corpus(pages)
    rate = _throughput(pages, args.rounds)
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {root} ({len(pages)} pages with gold)\n")
    print(markdown_table(tallies))
    print(f"\npages per second (clean + extract): {rate:.1f}")
    print(f"peak memory (max RSS): {peak_mib:.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
