"""Scoring an extraction against a corpus gold answer, with the matching rules of FORMAT.md.

Matching forgives case, white space, punctuation and small wording differences (about 90%
similar text) but not a missing or an extra item. Initiatives match by name or alias,
signatories by name, actions by text, in order. A predicted initiative that the gold lists
only as `mentioned` is neither right nor wrong. Counts are summed (micro-averaged) over
pages, so `Tally.add` can fold many pages into one score per site.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

SIMILARITY = 0.9
SET_FIELDS = ("initiatives", "signatories", "actions", "dates")
ACCURACY_FIELDS = ("published", "launched", "ended", "status", "role", "strand")


def normalise(text: str | None) -> str:
    """Case, accents of quotes, punctuation and spacing aside."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFKC", text).casefold().replace("\u2019", "'")
    text = re.sub(r"[^\w+&]+", " ", text)
    return " ".join(text.split())


def is_similar(a: str | None, b: str | None) -> bool:
    left, right = normalise(a), normalise(b)
    if left == right:
        return True
    if not left or not right:
        return False
    return SequenceMatcher(None, left, right, autojunk=False).ratio() >= SIMILARITY


@dataclass
class Counts:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0

    def add(self, other: Counts) -> None:
        self.true_positive += other.true_positive
        self.false_positive += other.false_positive
        self.false_negative += other.false_negative

    @property
    def precision(self) -> float:
        found = self.true_positive + self.false_positive
        return self.true_positive / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positive + self.false_negative
        return self.true_positive / wanted if wanted else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0

    def record(self, is_right: bool) -> None:
        self.right += int(is_right)
        self.total += 1

    def add(self, other: Accuracy) -> None:
        self.right += other.right
        self.total += other.total

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 1.0


@dataclass
class Tally:
    """The scores of one page, or of many pages summed."""

    sets: dict[str, Counts] = field(default_factory=lambda: {f: Counts() for f in SET_FIELDS})
    accuracies: dict[str, Accuracy] = field(
        default_factory=lambda: {f: Accuracy() for f in ACCURACY_FIELDS}
    )
    pages: int = 0

    def add(self, other: Tally) -> None:
        for name, counts in other.sets.items():
            self.sets[name].add(counts)
        for name, accuracy in other.accuracies.items():
            self.accuracies[name].add(accuracy)
        self.pages += other.pages


def names_of(item: dict[str, Any]) -> list[str]:
    return [item["name"], *item.get("aliases", [])]


def pair_up(
    gold: list[Any], predicted: list[Any], same: Any
) -> tuple[list[tuple[Any, Any]], list[Any], list[Any]]:
    """Greedy one-to-one matching in order: (pairs, unmatched gold, unmatched predicted)."""
    free = list(predicted)
    pairs, missed = [], []
    for wanted in gold:
        match = next((candidate for candidate in free if same(wanted, candidate)), None)
        if match is None:
            missed.append(wanted)
        else:
            free.remove(match)
            pairs.append((wanted, match))
    return pairs, missed, free


def same_initiative(gold: dict[str, Any], predicted: dict[str, Any]) -> bool:
    return any(is_similar(g, p) for g in names_of(gold) for p in names_of(predicted))


def _score_initiative(tally: Tally, gold: dict[str, Any], predicted: dict[str, Any]) -> None:
    for name in ("launched", "ended", "status"):
        tally.accuracies[name].record(gold.get(name) == predicted.get(name))
    signatories = pair_up(
        gold["signatories"], predicted["signatories"], lambda g, p: is_similar(g["name"], p["name"])
    )
    _count(tally.sets["signatories"], signatories)
    for g, p in signatories[0]:
        tally.accuracies["role"].record(g["role"] == p["role"])
    actions = pair_up(
        gold["actions"], predicted["actions"], lambda g, p: is_similar(g["text"], p["text"])
    )
    _count(tally.sets["actions"], actions)
    for g, p in actions[0]:
        tally.accuracies["strand"].record(normalise(g["strand"]) == normalise(p["strand"]))


def _count(counts: Counts, matching: tuple[list[Any], list[Any], list[Any]]) -> None:
    pairs, missed, extra = matching
    counts.true_positive += len(pairs)
    counts.false_negative += len(missed)
    counts.false_positive += len(extra)


def not_mentioned(gold: dict[str, Any], extra: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The extra initiatives that count as errors: one the gold lists as only mentioned is
    none (FORMAT.md: extracting a mentioned initiative is allowed)."""
    mentioned = gold.get("mentioned", [])
    return [p for p in extra if not any(is_similar(m, n) for m in mentioned for n in names_of(p))]


def score_page(gold: dict[str, Any], predicted: dict[str, Any]) -> Tally:
    """The scores of one extraction (as JSON) against its gold answer."""
    tally = Tally(pages=1)
    tally.accuracies["published"].record(gold.get("published") == predicted.get("published"))
    pairs, missed, extra = pair_up(gold["initiatives"], predicted["initiatives"], same_initiative)
    extra = not_mentioned(gold, extra)
    _count(tally.sets["initiatives"], (pairs, missed, extra))
    for wanted, found in pairs:
        _score_initiative(tally, wanted, found)
    for wanted in missed:
        tally.sets["signatories"].false_negative += len(wanted["signatories"])
        tally.sets["actions"].false_negative += len(wanted["actions"])
    for found in extra:
        tally.sets["signatories"].false_positive += len(found["signatories"])
        tally.sets["actions"].false_positive += len(found["actions"])
    gold_dates = set(gold.get("dates", []))
    found_dates = {mention["value"] for mention in predicted.get("dates", [])}
    dates = tally.sets["dates"]
    dates.true_positive += len(gold_dates & found_dates)
    dates.false_negative += len(gold_dates - found_dates)
    dates.false_positive += len(found_dates - gold_dates)
    return tally


def markdown_table(tallies: dict[str, Tally]) -> str:
    """One row per site (and "all"): P/R/F1 of the set fields, accuracy of the others."""
    header = ["site", "pages"]
    header += [f"{name} P/R/F1" for name in SET_FIELDS]
    header += [f"{name} acc" for name in ACCURACY_FIELDS]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for site, tally in tallies.items():
        cells = [site, str(tally.pages)]
        for name in SET_FIELDS:
            c = tally.sets[name]
            cells.append(f"{c.precision:.2f}/{c.recall:.2f}/{c.f1:.2f}")
        cells += [f"{tally.accuracies[name].value:.2f}" for name in ACCURACY_FIELDS]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)
