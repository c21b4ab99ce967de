"""Where the misses of a set come from: which initiatives were not found, only mentioned or
misnamed, and how many signatories and actions were lost with a missed initiative.

The scores of `holdout_report.py` say how much is missed; this says which stage to look at.
An initiative missed because the page's extraction lists it as only mentioned is a decision
on its role; one whose name overlaps a name found is a boundary of its name; the rest were not
found at all. A signatory or action missed under a missed initiative is lost with it, one
missed under a found initiative is the list or relation reading's. "Extra" counts follow the
scoring: an initiative the gold lists as mentioned is no extra.

    uv run python benchmarks/miss_causes.py [SET_FOLDER ...]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.holdout_report import holdout_pages  # noqa: E402
from benchmarks.scoring import (  # noqa: E402
    is_similar,
    names_of,
    normalise,
    not_mentioned,
    pair_up,
    same_initiative,
)
from benchmarks.sets_summary import default_sets  # noqa: E402
from extractors.extract import build_nlp  # noqa: E402
from extractors.page import extract_page  # noqa: E402

INITIATIVE_MISSES = ("only mentioned", "name cut or run on", "not found")
INITIATIVE_EXTRAS = ("name cut or run on", "not in gold")
CAUSES = (
    *(f"initiative missed: {cause}" for cause in INITIATIVE_MISSES),
    *(f"initiative extra: {cause}" for cause in INITIATIVE_EXTRAS),
    "initiative found",
    "signatory missed: with its initiative",
    "signatory missed: under a found initiative",
    "signatory extra: under an extra initiative",
    "signatory extra: under a found initiative",
    "action missed: with its initiative",
    "action missed: under a found initiative",
    "action extra: under an extra initiative",
    "action extra: under a found initiative",
)


def _overlaps(names: list[str], others: list[str]) -> bool:
    """Whether one name holds another, in the scoring's normal form ("Code of Practice" and
    "Code of Practice on parental controls")."""
    keys = [normalise(name) for name in names]
    return any(
        key and other and (key in other or other in key)
        for key in keys
        for other in (normalise(name) for name in others)
    )


_ITEM_FIELDS = (("signatories", "name", "signatory"), ("actions", "text", "action"))


def miss_causes(gold: dict[str, Any], predicted: dict[str, Any]) -> Counter[str]:
    """The causes of one page's misses and extras, counted (keys of `CAUSES`)."""
    causes: Counter[str] = Counter()
    pairs, missed, extra = pair_up(gold["initiatives"], predicted["initiatives"], same_initiative)
    mentioned_in_gold = gold.get("mentioned", [])
    extra = not_mentioned(gold, extra)
    only_mentioned = predicted.get("mentioned", [])
    every_name = [
        *only_mentioned,
        *(n for found in predicted["initiatives"] for n in names_of(found)),
    ]
    for wanted in missed:
        names = names_of(wanted)
        if any(is_similar(name, m) for name in names for m in only_mentioned):
            cause = "only mentioned"
        elif _overlaps(names, every_name):
            cause = "name cut or run on"
        else:
            cause = "not found"
        causes[f"initiative missed: {cause}"] += 1
        causes["signatory missed: with its initiative"] += len(wanted["signatories"])
        causes["action missed: with its initiative"] += len(wanted["actions"])
    gold_names = [n for wanted in gold["initiatives"] for n in names_of(wanted)]
    for found in extra:
        overlapping = _overlaps(names_of(found), [*gold_names, *mentioned_in_gold])
        causes[f"initiative extra: {'name cut or run on' if overlapping else 'not in gold'}"] += 1
        causes["signatory extra: under an extra initiative"] += len(found["signatories"])
        causes["action extra: under an extra initiative"] += len(found["actions"])
    causes["initiative found"] += len(pairs)
    for wanted, found in pairs:
        for field, key, label in _ITEM_FIELDS:
            _, lost, added = pair_up(
                wanted[field], found[field], lambda g, p, key=key: is_similar(g[key], p[key])
            )
            causes[f"{label} missed: under a found initiative"] += len(lost)
            causes[f"{label} extra: under a found initiative"] += len(added)
    return causes


def set_causes(folder: Path, nlp: object) -> Counter[str]:
    causes: Counter[str] = Counter()
    for page in holdout_pages(folder):
        extraction = extract_page(page.html.encode(), "utf-8", page.gold["url"], nlp=nlp)  # type: ignore[arg-type]
        causes += miss_causes(page.gold, extraction.model_dump(mode="json"))
    return causes


def role_ceiling(causes: Counter[str]) -> tuple[float, float]:
    """Initiatives F1 as found, and as it would be if every gold initiative the extraction
    only mentions were described: what a better decision on roles alone could reach."""
    found = causes["initiative found"]
    extras = sum(causes[f"initiative extra: {cause}"] for cause in INITIATIVE_EXTRAS)
    misses = sum(causes[f"initiative missed: {cause}"] for cause in INITIATIVE_MISSES)
    promoted = causes["initiative missed: only mentioned"]

    def f1(true: int, false_positive: int, false_negative: int) -> float:
        return 2 * true / (2 * true + false_positive + false_negative) if true else 0.0

    return f1(found, extras, misses), f1(found + promoted, extras, misses - promoted)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", type=Path, help="set folders (default: all)")
    folders = parser.parse_args(argv).sets or default_sets()
    nlp = build_nlp()
    pooled: Counter[str] = Counter()
    for folder in folders:
        causes = set_causes(folder, nlp)
        pooled += causes
        print(f"## {folder.name}: " + ", ".join(f"{c} {causes[c]}" for c in CAUSES if causes[c]))
    print("\n| cause | count |\n| --- | --- |")
    for cause in CAUSES:
        print(f"| {cause} | {pooled[cause]} |")
    now, ceiling = role_ceiling(pooled)
    described = "with every only-mentioned gold initiative described"
    print(f"\ninitiatives F1 {now:.3f}; {described} {ceiling:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
