"""The benchmark against trafilatura on a tiny corpus of our own in its format, so it cannot rot."""

import json
import subprocess
import sys
from pathlib import Path

from benchmarks.clean_vs_trafilatura import count_item, load_corpus

REPO = Path(__file__).resolve().parents[2]
SENTENCES = " ".join(f"Sentence number {n} of the article says something new." for n in range(40))


def _write_corpus(root: Path) -> None:
    (root / "eval").mkdir()
    page = (
        "<html><body><nav><a href='/'>Home</a> <a href='/x'>Other</a></nav>"
        f"<article><h1>A title</h1><p>{SENTENCES}</p></article>"
        "<footer><p>Imprint and privacy of the site</p></footer></body></html>"
    )
    (root / "eval" / "page.html").write_text(page, encoding="utf-8")
    evaldata = {
        "https://news.example.org/a": {
            "file": "page.html",
            "with": ["Sentence number 3 of the article"],
            "without": ["Imprint and privacy"],
        }
    }
    (root / "evaldata.json").write_text(json.dumps(evaldata), encoding="utf-8")


def test_counts_follow_trafilaturas_evaluate_py() -> None:
    item = {"with": ["a  b", "c"], "without": ["d", "e f"]}
    assert count_item(item, "x a b y e\nf") == (1, 1, 1, 1)
    assert count_item(item, None) == (0, 0, 2, 2)


def test_benchmark_prints_the_table_for_both_tools(tmp_path: Path) -> None:
    _write_corpus(tmp_path)
    assert [url for url, _, _ in load_corpus(tmp_path, None)] == ["https://news.example.org/a"]
    script = REPO / "benchmarks" / "clean_vs_trafilatura.py"
    result = subprocess.run(
        [sys.executable, str(script), "--eval-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    rows = [line for line in result.stdout.splitlines() if line.startswith("| ")]
    assert rows[0].startswith("| tool | precision | recall | F1 | pages failing | ms/page |")
    bikwatch = next(row for row in rows if row.startswith("| bikwatch"))
    assert "| 1.000 | 1.000 | 1.000 | 0 |" in bikwatch
