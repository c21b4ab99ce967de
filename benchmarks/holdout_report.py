"""Score cleaning, extraction and diff on the holdout pages, and say why each miss is a miss.

The holdout (tests/fixtures/holdout, same layout and gold conventions as the corpus) holds pages
written for this measure only: real page chrome of the two sites around new main content whose
structure differs on purpose from the corpus pages. Nothing under extractors/ or pipeline/ may
be tuned to it; it tells how well the general rules carry over to unseen pages.

Per page: token precision/recall/F1 of `clean_html` against the gold main text, with the gold
paragraphs it lost and the paragraphs it added; per-field P/R/F1 of the extraction
(`benchmarks/scoring.py`), with each missing, extra or wrong item. Per version pair: exact
match of `diff_extractions` against the diff gold (the matching of tests/pipeline).

    uv run python benchmarks/holdout_report.py [--holdout DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.clean_bench import token_scores  # noqa: E402
from benchmarks.scoring import (  # noqa: E402
    SET_FIELDS,
    Tally,
    is_similar,
    markdown_table,
    normalise,
    pair_up,
    same_initiative,
    score_page,
)
from extractors.clean.text import comparison_key  # noqa: E402
from extractors.decode import decode_html  # noqa: E402
from extractors.extract import build_nlp  # noqa: E402
from extractors.page import extract_page  # noqa: E402
from pipeline.compare.diff import diff_extractions  # noqa: E402
from schemas.errors import BikwatchError  # noqa: E402
from schemas.extraction import Extraction  # noqa: E402
from tests.pipeline.test_diff_corpus import unmatched  # noqa: E402

HOLDOUT = REPO / "tests" / "fixtures" / "holdout"
QUOTE = 70  # characters of an item quoted in a reason


@dataclass(frozen=True)
class HoldoutPage:
    site: str
    page_id: str
    html: str
    gold: dict[str, Any]


@dataclass(frozen=True)
class HoldoutPair:
    site: str
    pair_id: str
    old_html: str
    new_html: str
    gold: dict[str, Any]


def read_html(path: Path) -> str:
    """Bytes decoded as `bikwatch extract` decodes them: some holdout pages are not UTF-8."""
    return decode_html(path.read_bytes())


def holdout_pages(root: Path) -> list[HoldoutPage]:
    pages = []
    for gold_path in sorted(root.glob("*/*.gold.json")):
        if gold_path.name.endswith(".diff.gold.json"):
            continue
        page_id = gold_path.name.removesuffix(".gold.json")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        html = read_html(gold_path.with_name(f"{page_id}.html"))
        pages.append(HoldoutPage(gold_path.parent.name, page_id, html, gold))
    return pages


def holdout_pairs(root: Path) -> list[HoldoutPair]:
    pairs = []
    for gold_path in sorted(root.glob("*/*.diff.gold.json")):
        pair_id = gold_path.name.removesuffix(".diff.gold.json")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        old = read_html(gold_path.with_name(f"{pair_id}.v1.html"))
        new = read_html(gold_path.with_name(f"{pair_id}.v2.html"))
        pairs.append(HoldoutPair(gold_path.parent.name, pair_id, old, new, gold))
    return pairs


def _quote(text: Any) -> str:
    text = str(text)
    return repr(text if len(text) <= QUOTE else text[: QUOTE - 1] + "…")


def cleaning_misses(output: str, gold: str) -> list[str]:
    """Gold paragraphs the cleaned text lacks, and cleaned paragraphs the gold lacks."""
    produced = {comparison_key(p): p for p in output.split("\n\n") if p.strip()}
    expected = {comparison_key(p): p for p in gold.split("\n\n") if p.strip()}
    lost = [f"clean: lost {_quote(p)}" for key, p in expected.items() if key not in produced]
    added = [f"clean: added {_quote(p)}" for key, p in produced.items() if key not in expected]
    return lost + added


def _item_misses(label: str, gold: list[Any], found: list[Any], same: Any, show: Any) -> list[str]:
    _, missed, extra = pair_up(gold, found, same)
    return [f"{label}: missing {show(item)}" for item in missed] + [
        f"{label}: extra {show(item)}" for item in extra
    ]


def _value_misses(name: str, gold: dict[str, Any], found: dict[str, Any]) -> list[str]:
    return [
        f"{name}: {field} is {found.get(field)!r}, gold {gold.get(field)!r}"
        for field in ("launched", "ended", "status")
        if gold.get(field) != found.get(field)
    ]


def _initiative_misses(gold: dict[str, Any], found: dict[str, Any]) -> list[str]:
    name = gold["name"]
    reasons = _value_misses(name, gold, found)
    pairs, missed, extra = pair_up(
        gold["signatories"], found["signatories"], lambda g, p: is_similar(g["name"], p["name"])
    )
    reasons += [f"{name}: missing signatory {_quote(g['name'])}" for g in missed]
    reasons += [f"{name}: extra signatory {_quote(p['name'])}" for p in extra]
    reasons += [
        f"{name}: role of {g['name']!r} is {p['role']!r}, gold {g['role']!r}"
        for g, p in pairs
        if g["role"] != p["role"]
    ]
    pairs, missed, extra = pair_up(
        gold["actions"], found["actions"], lambda g, p: is_similar(g["text"], p["text"])
    )
    reasons += [f"{name}: missing action {_quote(g['text'])}" for g in missed]
    reasons += [f"{name}: extra action {_quote(p['text'])}" for p in extra]
    reasons += [
        f"{name}: strand of {_quote(g['text'])} is {p['strand']!r}, gold {g['strand']!r}"
        for g, p in pairs
        if normalise(g["strand"]) != normalise(p["strand"])
    ]
    return reasons


def extraction_misses(gold: dict[str, Any], found: dict[str, Any]) -> list[str]:
    reasons = []
    if gold.get("published") != found.get("published"):
        reasons.append(f"published is {found.get('published')!r}, gold {gold.get('published')!r}")
    mentioned = gold.get("mentioned", [])
    pairs, missed, extra = pair_up(gold["initiatives"], found["initiatives"], same_initiative)
    reasons += [f"missing initiative {_quote(g['name'])}" for g in missed]
    reasons += [
        f"extra initiative {_quote(p['name'])}"
        for p in extra
        if not any(is_similar(m, p["name"]) for m in mentioned)
    ]
    for wanted, got in pairs:
        reasons += _initiative_misses(wanted, got)
    gold_dates = set(gold.get("dates", []))
    found_dates = {mention["value"]: mention["text"] for mention in found.get("dates", [])}
    reasons += [f"missing date {d}" for d in sorted(gold_dates - set(found_dates))]
    reasons += [
        f"extra date {d} (from {found_dates[d]!r})" for d in sorted(set(found_dates) - gold_dates)
    ]
    return reasons


def _f1_cells(tally: Tally) -> str:
    return " | ".join(f"{tally.sets[name].f1:.2f}" for name in SET_FIELDS)


def report_pages(pages: list[HoldoutPage], nlp: Any) -> dict[str, Tally]:
    print("## Pages\n")
    print("| page | clean P | clean R | clean F1 | " + " | ".join(f"{n} F1" for n in SET_FIELDS))
    print("|---" * (4 + len(SET_FIELDS)) + "|")
    tallies: dict[str, Tally] = {}
    misses: dict[str, list[str]] = {}
    for page in pages:
        extraction = extract_page(page.html.encode(), "utf-8", page.gold["url"], nlp=nlp)
        found = extraction.model_dump(mode="json")
        precision, recall, f1 = token_scores(extraction.text, page.gold["main_text"])
        tally = score_page(page.gold, found)
        tallies.setdefault(page.site, Tally()).add(tally)
        name = f"{page.site}/{page.page_id}"
        print(f"| {name} | {precision:.3f} | {recall:.3f} | {f1:.3f} | {_f1_cells(tally)} |")
        misses[name] = cleaning_misses(extraction.text, page.gold["main_text"])
        misses[name] += extraction_misses(page.gold, found)
    print()
    for name, reasons in misses.items():
        if reasons:
            print(f"### {name}\n" + "\n".join(f"- {reason}" for reason in reasons) + "\n")
    return tallies


def _pair_result(pair: HoldoutPair, nlp: Any) -> tuple[list[Any], list[Any], bool, bool]:
    url = pair.gold["url"]
    try:
        old: Extraction = extract_page(pair.old_html.encode(), "utf-8", url, nlp=nlp)
        new: Extraction = extract_page(pair.new_html.encode(), "utf-8", url, nlp=nlp)
    except BikwatchError as error:  # a run reports the source as failed: no diff, no health
        print(f"<!-- {pair.site}/{pair.pair_id}: {error} -->", file=sys.stderr)
        return list(pair.gold["changes"]), [], False, bool(pair.gold["health"])
    result = diff_extractions(old, new)
    missing, extra = unmatched(result, pair.gold["changes"], old, new)
    return missing, extra, bool(result.health), bool(pair.gold["health"])


def pair_is_exact(pair: HoldoutPair, nlp: Any) -> bool:
    """Whether the diff of the pair's two versions is exactly its gold (changes and health)."""
    return _is_exact(*_pair_result(pair, nlp))


def _is_exact(missing: list[Any], extra: list[Any], health: bool, wanted: bool) -> bool:
    return not missing and not extra and health == wanted


def report_pairs(pairs: list[HoldoutPair], nlp: Any) -> int:
    print("## Version pairs\n\n| pair | gold changes | health ok | exact |\n|---|---|---|---|")
    details, exact = [], 0
    for pair in pairs:
        missing, extra, health, wanted = _pair_result(pair, nlp)
        is_exact = _is_exact(missing, extra, health, wanted)
        exact += is_exact
        name = f"{pair.site}/{pair.pair_id}"
        print(f"| {name} | {len(pair.gold['changes'])} | {health == wanted} | {is_exact} |")
        reasons = [f"missed change {change}" for change in missing]
        reasons += [f"change beyond the gold {change}" for change in extra]
        if health != wanted:
            reasons.append(f"health reported {health}, gold {wanted}")
        if reasons:
            details.append(f"### {name}\n" + "\n".join(f"- {r}" for r in reasons) + "\n")
    print("\n" + "\n".join(details))
    return exact


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--holdout", type=Path, default=HOLDOUT, help="holdout directory")
    args = parser.parse_args(argv)
    pages, pairs = holdout_pages(args.holdout), holdout_pairs(args.holdout)
    if not pages and not pairs:
        print(f"no holdout pages under {args.holdout}", file=sys.stderr)
        return 1
    nlp = build_nlp()
    tallies = report_pages(pages, nlp)
    overall = Tally()
    for tally in tallies.values():
        overall.add(tally)
    print("## Extraction by site\n\n" + markdown_table({**tallies, "all": overall}) + "\n")
    exact = report_pairs(pairs, nlp)
    print(f"version pairs exactly right: {exact}/{len(pairs)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
