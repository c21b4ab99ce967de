"""Cleaning of probe pages: page types and components of the two sites the corpus lacks.

Each probe (`tests/fixtures/clean_probes/<site>/<id>.html`) is the real chrome of a corpus
page around new content (accordions, tabs, listings, tables, press releases, pages without
`<main>` or without any class); its `<id>.txt` is the main text written by hand under the
corpus conventions (`tests/fixtures/corpus/FORMAT.md`). `manifest.json` says what each covers.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from extractors.clean import clean_html
from extractors.clean.text import comparison_key
from tests.extractors.text_scores import token_f1

PROBES = Path(__file__).resolve().parents[1] / "fixtures" / "clean_probes"
MANIFEST = json.loads((PROBES / "manifest.json").read_text(encoding="utf-8"))
MIN_F1 = 0.97
# Shorter paragraphs (a teaser's type, "News article") repeat legitimately.
MIN_REPEAT_WORDS = 4


def _probe(entry: dict[str, str]) -> tuple[str, str]:
    html = (PROBES / f"{entry['page']}.html").read_text(encoding="utf-8")
    expected = (PROBES / f"{entry['page']}.txt").read_text(encoding="utf-8").rstrip("\n")
    return clean_html(html, entry["url"]).text, expected


@pytest.mark.parametrize("entry", MANIFEST, ids=[entry["page"] for entry in MANIFEST])
def test_probe_text_is_close_to_the_hand_written_text(entry: dict[str, str]) -> None:
    text, expected = _probe(entry)
    assert token_f1(text, expected) >= MIN_F1


@pytest.mark.parametrize("entry", MANIFEST, ids=[entry["page"] for entry in MANIFEST])
def test_probe_repeats_no_paragraph(entry: dict[str, str]) -> None:
    text, _ = _probe(entry)
    counts = Counter(comparison_key(paragraph) for paragraph in text.split("\n\n"))
    repeated = [key for key, n in counts.items() if n > 1 and len(key.split()) >= MIN_REPEAT_WORDS]
    assert repeated == []


@pytest.mark.parametrize("entry", MANIFEST, ids=[entry["page"] for entry in MANIFEST])
def test_probe_text_matches_exactly(entry: dict[str, str]) -> None:
    text, expected = _probe(entry)
    assert text == expected


def test_every_probe_file_is_in_the_manifest() -> None:
    listed = {entry["page"] for entry in MANIFEST}
    on_disk = {f"{path.parent.name}/{path.stem}" for path in PROBES.glob("*/*.html")}
    assert on_disk == listed
