"""One row per evaluation set: the extraction scores and exact version pairs of each, side by side.

Each set is a folder in the corpus layout (`<site>/<id>.html` + `<id>.gold.json`, pairs as
`<id>.v1.html`, `<id>.v2.html` + `<id>.diff.gold.json`): by default the corpus and every
holdout under `tests/fixtures`. `benchmarks/holdout_report.py --holdout DIR` says why each
miss of one set is a miss; this script is the table the README and the closing notes quote.

    uv run python benchmarks/sets_summary.py [SET_FOLDER ...]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.holdout_report import holdout_pages, holdout_pairs, pair_is_exact  # noqa: E402
from benchmarks.scoring import ACCURACY_FIELDS, SET_FIELDS, Tally, score_page  # noqa: E402
from extractors.extract import build_nlp  # noqa: E402
from extractors.page import extract_page  # noqa: E402

FIXTURES = REPO / "tests" / "fixtures"


def default_sets() -> list[Path]:
    return [FIXTURES / "corpus", *sorted(FIXTURES.glob("holdout*"), key=_set_order)]


def _set_order(folder: Path) -> int:
    suffix = folder.name.removeprefix("holdout")
    return int(suffix) if suffix.isdigit() else 1


def score_set(folder: Path, nlp: object) -> tuple[Tally, int, int]:
    """The set's overall tally, its exact pairs and its pair count."""
    overall = Tally()
    for page in holdout_pages(folder):
        extraction = extract_page(page.html.encode(), "utf-8", page.gold["url"], nlp=nlp)  # type: ignore[arg-type]
        overall.add(score_page(page.gold, extraction.model_dump(mode="json")))
    pairs = holdout_pairs(folder)
    return overall, sum(pair_is_exact(pair, nlp) for pair in pairs), len(pairs)


def summary_row(name: str, tally: Tally, exact: int, pairs: int) -> str:
    cells = [name, str(tally.pages)]
    cells += [f"{tally.sets[field].f1:.2f}" for field in SET_FIELDS]
    cells += [f"{tally.accuracies[field].value:.2f}" for field in ACCURACY_FIELDS]
    cells.append(f"{exact}/{pairs}")
    return "| " + " | ".join(cells) + " |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", type=Path, help="set folders (default: all)")
    folders = parser.parse_args(argv).sets or default_sets()
    header = ["set", "pages", *(f"{f} F1" for f in SET_FIELDS)]
    header += [*(f"{f} acc" for f in ACCURACY_FIELDS), "pairs exact"]
    print("| " + " | ".join(header) + " |\n|" + "---|" * len(header))
    nlp = build_nlp()
    for folder in folders:
        print(summary_row(folder.name, *score_set(folder, nlp)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
