"""Score `clean_html` against the corpus gold `main_text`, beside `trafilatura.extract`.

Per page: token precision, recall and F1 against the gold main text (pages with a
`<id>.gold.json`), and how many paragraphs the output repeats; for v1/v2 captures without gold
only the repeats. Pages per second of each tool. Prints a markdown table and the means, then
the same scores on the cleaning probes (`tests/fixtures/clean_probes`: page types and
components the corpus lacks, each with a hand-written main text).

    uv run python benchmarks/clean_bench.py [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import trafilatura
from trafilatura.deduplication import LRU_TEST

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from extractors.clean import clean_html  # noqa: E402
from extractors.clean.text import comparison_key  # noqa: E402

_TOKEN = re.compile(r"\w+")
_MIN_REPEAT_WORDS = 4  # shorter lines (tags, "Status: Active") may repeat legitimately


def corpus_dir() -> Path:
    return REPO / "tests" / "fixtures" / "corpus"


@dataclass
class Page:
    site: str
    name: str
    html: str
    url: str
    gold: str | None


def load_pages(root: Path) -> list[Page]:
    pages = []
    for path in sorted(root.glob("*/*.html")):
        page_id = path.name.removesuffix(".html").removesuffix(".v1").removesuffix(".v2")
        gold_path = path.with_name(f"{page_id}.gold.json")
        diff_path = path.with_name(f"{page_id}.diff.gold.json")
        meta_path = gold_path if gold_path.exists() else diff_path
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        gold = meta.get("main_text") if gold_path.exists() else None
        html = path.read_text(encoding="utf-8", errors="replace")
        pages.append(Page(path.parent.name, path.name, html, meta["url"], gold))
    return pages


def load_probes(root: Path = REPO / "tests" / "fixtures" / "clean_probes") -> list[Page]:
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    pages = []
    for entry in manifest:
        site, name = entry["page"].split("/")
        html = (root / f"{entry['page']}.html").read_text(encoding="utf-8")
        gold = (root / f"{entry['page']}.txt").read_text(encoding="utf-8").rstrip("\n")
        pages.append(Page(site, name, html, entry["url"], gold))
    return pages


def token_scores(output: str, gold: str) -> tuple[float, float, float]:
    produced = Counter(_TOKEN.findall(output.casefold()))
    expected = Counter(_TOKEN.findall(gold.casefold()))
    overlap = sum((produced & expected).values())
    precision = overlap / max(1, sum(produced.values()))
    recall = overlap / max(1, sum(expected.values()))
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def repeated_paragraphs(output: str, gold: str | None) -> int:
    """Gold paragraphs the output shows more often than the gold (any long paragraph twice,
    without gold)."""
    counts = Counter(comparison_key(line) for line in re.split(r"\n\s*\n|\n", output))
    if gold is None:
        return sum(
            1 for key, n in counts.items() if n > 1 and len(key.split()) >= _MIN_REPEAT_WORDS
        )
    gold_counts = Counter(comparison_key(paragraph) for paragraph in gold.split("\n\n"))
    return sum(1 for key, n in gold_counts.items() if key and counts[key] > n)


def run_ours(page: Page) -> str:
    return clean_html(page.html, page.url).text


def run_trafilatura(page: Page) -> str:
    # deduplicate=True also drops text seen in earlier calls (v1/v2 captures, earlier rounds);
    # forget it so each page is judged alone, as ours is.
    LRU_TEST.clear()
    return trafilatura.extract(page.html, url=page.url, deduplicate=True) or ""


def timed(tool, pages: list[Page], rounds: int) -> tuple[list[str], float]:
    outputs: list[str] = []
    started = time.perf_counter()
    for _ in range(rounds):
        outputs = [tool(page) for page in pages]
    elapsed = time.perf_counter() - started
    return outputs, len(pages) * rounds / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="timing rounds over the corpus")
    args = parser.parse_args()
    pages = load_pages(corpus_dir())
    ours, our_speed = timed(run_ours, pages, args.rounds)
    theirs, their_speed = timed(run_trafilatura, pages, args.rounds)
    print_scores(pages, ours, theirs)
    print(f"pages/s: ours {our_speed:.1f}, trafilatura {their_speed:.1f}")
    print("\n## Cleaning probes\n")
    probes = load_probes()
    print_scores(probes, [run_ours(p) for p in probes], [run_trafilatura(p) for p in probes])


def print_scores(pages: list[Page], ours: list[str], theirs: list[str]) -> None:
    print("| page | P | R | F1 | exact | repeats | trafilatura F1 | trafilatura repeats |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    f1s, their_f1s, exact = [], [], 0
    for page, mine, reference in zip(pages, ours, theirs, strict=True):
        repeats = repeated_paragraphs(mine, page.gold)
        their_repeats = repeated_paragraphs(reference, page.gold)
        if page.gold is None:
            print(f"| {page.site}/{page.name} | - | - | - | - | {repeats} | - | {their_repeats} |")
            continue
        precision, recall, f1 = token_scores(mine, page.gold)
        their_f1 = token_scores(reference, page.gold)[2]
        f1s.append(f1)
        their_f1s.append(their_f1)
        exact += mine == page.gold
        print(
            f"| {page.site}/{page.name} | {precision:.3f} | {recall:.3f} | {f1:.3f} "
            f"| {'yes' if mine == page.gold else 'no'} | {repeats} | {their_f1:.3f} "
            f"| {their_repeats} |"
        )
    print()
    mean, their_mean = sum(f1s) / len(f1s), sum(their_f1s) / len(their_f1s)
    print(f"mean F1: ours {mean:.3f}, trafilatura {their_mean:.3f}")
    print(f"min F1: ours {min(f1s):.3f}, trafilatura {min(their_f1s):.3f}")
    print(f"exact: ours {exact}/{len(f1s)}")


if __name__ == "__main__":
    main()
