"""bikwatch's `clean` beside trafilatura on trafilatura's own evaluation corpus, in one run.

The corpus is not shipped: take `tests/eval/` (and `tests/cache/`), `tests/evaldata.json` of
trafilatura's public repository into a folder and point `--eval-dir` at it. Scoring is the
one of trafilatura's `tests/evaluate.py` / `eval_common.py`: per page, each "with" snippet
found in the output (white space normalised) is a true positive, each "without" snippet found
a false positive; precision, recall and F1 over the summed counts. trafilatura runs with its
evaluate.py settings (`fast=False`, no comments, tables, no formatting). bikwatch cleans each
page as a page of an unknown host (general rules), from the raw bytes as `bikwatch clean`
does: decoding is timed too, as it is inside trafilatura's `extract`.

    uv run python benchmarks/clean_vs_trafilatura.py --eval-dir DIR [--limit N] [--details F]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import trafilatura

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from extractors.clean import clean_html  # noqa: E402
from extractors.decode import decode_html  # noqa: E402

# The settings of trafilatura's evaluate.py (eval_common.EXTRACT_OPTS, runner "fallback").
TRAFILATURA_OPTS: dict[str, Any] = {
    "fast": False,
    "include_comments": False,
    "include_tables": True,
    "include_formatting": False,
}


@dataclass
class Score:
    """Summed counts of one tool over the corpus, its failures and its time."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    failing: int = 0
    seconds: float = 0.0
    pages: int = 0
    failures: list[str] = field(default_factory=list)
    details: list[dict[str, Any]] = field(default_factory=list)

    def add(self, counts: tuple[int, int, int, int]) -> None:
        self.tp += counts[0]
        self.fp += counts[1]
        self.fn += counts[2]
        self.tn += counts[3]

    def row(self, name: str) -> str:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0
        ms = 1000 * self.seconds / self.pages if self.pages else 0.0
        return f"| {name} | {precision:.3f} | {recall:.3f} | {f1:.3f} | {self.failing} | {ms:.1f} |"


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def count_item(item: dict[str, Any], result: str | None) -> tuple[int, int, int, int]:
    """eval_common.count_item: (tp, fp, fn, tn) by normalised substring matching."""
    if isinstance(result, str):
        text = norm(result)
        tp = sum(1 for snippet in item["with"] if norm(snippet) in text)
        fp = sum(1 for snippet in item["without"] if norm(snippet) in text)
    else:
        tp = fp = 0
    return tp, fp, len(item["with"]) - tp, len(item["without"]) - fp


def run_bikwatch(body: bytes, url: str) -> str:
    return clean_html(decode_html(body), url).text


def run_trafilatura(body: bytes, url: str) -> str | None:
    return trafilatura.extract(body, **TRAFILATURA_OPTS)


TOOLS: dict[str, Callable[[bytes, str], str | None]] = {
    f"trafilatura {trafilatura.__version__} (evaluate.py settings)": run_trafilatura,
    "bikwatch clean, unknown host": run_bikwatch,
}


def resolve(eval_dir: Path, name: str) -> Path:
    for folder in (eval_dir / "cache", eval_dir / "eval"):
        if (folder / name).is_file():
            return folder / name
    raise SystemExit(f"{name}: not found under {eval_dir}/eval or {eval_dir}/cache")


def load_corpus(eval_dir: Path, limit: int | None) -> list[tuple[str, dict[str, Any], bytes]]:
    data = json.loads((eval_dir / "evaldata.json").read_text(encoding="utf-8"))
    urls = sorted(data)[:limit]
    return [(url, data[url], resolve(eval_dir, data[url]["file"]).read_bytes()) for url in urls]


def run_tools(
    tools: dict[str, Callable[[bytes, str], str | None]],
    corpus: list[tuple[str, dict[str, Any], bytes]],
) -> dict[str, Score]:
    """Every tool on every page, page by page, so that a busy moment of the machine weighs on
    all tools alike."""
    scores = {name: Score() for name in tools}
    for run in tools.values():
        run(b"<html><body><p>warm up</p></body></html>", "https://example.org/")
    for url, item, body in corpus:
        for name, run in tools.items():
            _run_one(run, url, item, body, scores[name])
    return scores


def _run_one(
    run: Callable[[bytes, str], str | None],
    url: str,
    item: dict[str, Any],
    body: bytes,
    score: Score,
) -> None:
    start = time.perf_counter()
    try:
        result: str | None = run(body, url)
        error = None
    except Exception as exc:  # a crash is a page failing, as evaluate.py counts it
        result, error = None, f"{type(exc).__name__}: {exc}"
    score.seconds += time.perf_counter() - start
    score.pages += 1
    counts = count_item(item, result)
    score.add(counts)
    score.details.append({"file": item["file"], "url": url, "counts": counts, "error": error})
    if not result:
        score.failing += 1
        score.failures.append(f"{item['file']}: {error or 'empty'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, required=True, help="holds evaldata.json, eval/")
    parser.add_argument("--limit", type=int, help="only the first N pages (by URL)")
    parser.add_argument("--only", choices=["bikwatch", "trafilatura"], help="run one tool")
    parser.add_argument("--details", type=Path, help="write per-page counts as JSON here")
    args = parser.parse_args()
    corpus = load_corpus(args.eval_dir, args.limit)
    tools = {name: run for name, run in TOOLS.items() if not args.only or args.only in name}
    scores = run_tools(tools, corpus)
    header = ["| tool | precision | recall | F1 | pages failing | ms/page |", "| --- " * 6 + "|"]
    for name, score in scores.items():
        for failure in score.failures[:10]:
            print(f"{name}: failing: {failure}", file=sys.stderr)
    print(f"{len(corpus)} pages")
    print("\n".join(header + [score.row(name) for name, score in scores.items()]))
    if args.details:
        details = {name: score.details for name, score in scores.items()}
        args.details.write_text(json.dumps(details, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
