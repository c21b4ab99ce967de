"""Extraction quality against the corpus gold answers: a floor per site and field."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from benchmarks.score_extraction import gold_pages, score_corpus
from benchmarks.scoring import Tally, is_similar, score_page

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
F1_FLOOR = 0.95
ACCURACY_FLOOR = 0.95


# The pages FORMAT.md lists as added in December 2026 were an unseen set when they came: the
# floors above hold for the pages the rules were written on; these pages have their own floors,
# the figures measured when they joined the corpus, raised as the rules improve.
# Measured after the registry work: F1 0.91 / 0.94 / 0.92 / 0.99, launched accuracy 0.75, every
# other accuracy 1.00 (blind, before it: 0.44 / 0.77 / 0.71 / 0.99, launched 0.29); launched
# 0.88 after the launch-date rules (start cues, programme periods, news told as it happens);
# 1.00 / 0.99 / 1.00 / 1.00, launched 0.94, after the rules of holdouts 6 and 7; launched 1.00
# after the rules of holdouts 11 and 12 (a launch the news plans after its own date).
ADDED_F1_FLOOR = {"initiatives": 0.98, "signatories": 0.97, "actions": 0.98, "dates": 0.99}


def _added_pages() -> set[str]:
    text = (CORPUS / "FORMAT.md").read_text(encoding="utf-8")
    section = text.split("## Pages added in December 2026", 1)[1].split("\n## ", 1)[0]
    added = set()
    for line in section.splitlines():
        site = re.match(r"- `(\w+)/`:", line)
        if site:
            added |= {f"{site.group(1)}/{page}" for page in re.findall(r"`([\w-]+)`", line)}
    return added


ADDED = _added_pages()


@pytest.fixture(scope="module")
def tallies() -> dict[str, Tally]:
    return score_corpus([p for p in gold_pages(CORPUS) if f"{p.site}/{p.page_id}" not in ADDED])


@pytest.fixture(scope="module")
def added_tallies() -> dict[str, Tally]:
    return score_corpus([p for p in gold_pages(CORPUS) if f"{p.site}/{p.page_id}" in ADDED])


def test_the_added_pages_are_found() -> None:
    assert len(ADDED) == 24
    assert {f"{p.site}/{p.page_id}" for p in gold_pages(CORPUS)} | {
        f"{path.parent.name}/{path.name.removesuffix('.diff.gold.json')}"
        for path in CORPUS.glob("*/*.diff.gold.json")
    } >= ADDED


def test_the_added_pages_meet_their_floors(added_tallies: dict[str, Tally]) -> None:
    sets = added_tallies["all"].sets
    low = {name: c.f1 for name, c in sets.items() if c.f1 < ADDED_F1_FLOOR[name]}
    assert not low, f"added pages: F1 below the floor: {low}"
    accuracies = added_tallies["all"].accuracies
    low_accuracy = {name: a.value for name, a in accuracies.items() if a.value < ACCURACY_FLOOR}
    assert not low_accuracy, f"added pages: accuracy below the floor: {low_accuracy}"


@pytest.mark.parametrize("site", ["bik", "commission"])
def test_f1_meets_the_floor(tallies: dict[str, Tally], site: str) -> None:
    low = {name: c.f1 for name, c in tallies[site].sets.items() if c.f1 < F1_FLOOR}
    assert not low, f"{site}: F1 below {F1_FLOOR}: {low}"


@pytest.mark.parametrize("site", ["bik", "commission"])
def test_accuracy_meets_the_floor(tallies: dict[str, Tally], site: str) -> None:
    accuracies = tallies[site].accuracies
    low = {name: a.value for name, a in accuracies.items() if a.value < ACCURACY_FLOOR}
    assert not low, f"{site}: accuracy below {ACCURACY_FLOOR}: {low}"


def test_similarity_forgives_case_and_punctuation_but_not_other_words() -> None:
    assert is_similar(
        "Alliance to Better Protect Minors Online", "alliance to better protect minors online."
    )
    assert is_similar("Promoting children’s access", "Promoting children's access")  # noqa: RUF001
    assert not is_similar("Alliance to better protect minors online", "CEO Coalition")


GOLD: dict[str, Any] = {
    "published": "2017-02-07",
    "initiatives": [
        {
            "name": "Example Alliance",
            "aliases": ["The Alliance"],
            "launched": "2017",
            "ended": None,
            "status": "active",
            "signatories": [
                {"name": "Acme", "role": "signatory"},
                {"name": "Hooli", "role": "associated"},
            ],
            "actions": [{"strand": None, "text": "Do one thing"}],
        }
    ],
    "mentioned": ["Digital Services Act"],
    "dates": ["2017", "2017-02-07"],
}


def test_score_page_counts_missing_and_extra_items() -> None:
    predicted = {
        "published": "2017-02-07",
        "initiatives": [
            {
                **GOLD["initiatives"][0],
                "name": "The Alliance",
                "aliases": [],  # matched by alias
                "signatories": [
                    {"name": "ACME", "role": "signatory"},
                    {"name": "Initech", "role": "signatory"},
                ],
            },
            {"name": "Digital Services Act", "aliases": [], "signatories": [], "actions": []},
            {"name": "Made-up Coalition", "aliases": [], "signatories": [], "actions": []},
        ],
        "dates": [{"text": "2017", "value": "2017"}],
    }
    tally = score_page(GOLD, predicted)
    initiatives, signatories, dates = (
        tally.sets[n] for n in ("initiatives", "signatories", "dates")
    )
    assert (initiatives.true_positive, initiatives.false_positive, initiatives.false_negative) == (
        1,
        1,
        0,
    )
    assert (signatories.true_positive, signatories.false_positive, signatories.false_negative) == (
        1,
        1,
        1,
    )
    assert (dates.true_positive, dates.false_negative) == (1, 1)
    assert tally.accuracies["status"].value == 1.0
