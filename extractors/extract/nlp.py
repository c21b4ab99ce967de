"""The spaCy pipeline of extraction: rule-based, on `spacy.blank("en")`, built once per process.

Components: a sentencizer; `block_boundaries`, which starts a sentence at every block (blocks
are separated by blank lines, and a heading has no full stop to end it); an entity ruler
tagging the organisation gazetteer as ORG (case-sensitive, so "orange" is not Orange); and
`cue_matcher`, which puts the cue phrases of `patterns/cues.jsonl` (launch, end, roles,
action lists) into `doc.spans["cues"]`, labelled.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import product
from typing import Any

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from extractors.extract.resources import load_jsonl

CUES_KEY = "cues"


@Language.component("block_boundaries")
def _block_boundaries(doc: Doc) -> Doc:
    """A token after a blank line starts a sentence: blocks never share one.

    The starts are written in one pass: setting `token.is_sent_start` makes spaCy check
    every token of the Doc each time, which made long pages quadratic.
    """
    starts = doc.to_array("SENT_START")
    after_break = False
    for token in doc:
        if after_break and not token.is_space:
            starts[token.i] = 1
        after_break = token.is_space and "\n" in token.text
    doc.from_array("SENT_START", starts)  # type: ignore[arg-type]  # spaCy types it as floats
    return doc


class CueMatcher:
    """Tags the cue phrases of `patterns/cues.jsonl` into `doc.spans["cues"]`.

    The cues are literal word sequences (token patterns on LOWER only), so they run on a
    PhraseMatcher, which is several times faster than the token Matcher on long pages.
    """

    def __init__(self, nlp: Language):
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for record in load_jsonl("cues.jsonl"):
            choices = [_lower_choices(token) for token in record["pattern"]]
            phrases = [Doc(nlp.vocab, words=list(words)) for words in product(*choices)]
            self.matcher.add(record["label"], phrases)

    def __call__(self, doc: Doc) -> Doc:
        matches = sorted(self.matcher(doc), key=lambda match: (match[1], match[2]))
        doc.spans[CUES_KEY] = [
            Span(doc, start, end, label=match_id) for match_id, start, end in matches
        ]
        return doc


def _lower_choices(token: dict[str, Any]) -> list[str]:
    """The words one token of a cue pattern may be: `{"LOWER": w}` or `{"LOWER": {"IN": [...]}}`."""
    value = token.get("LOWER") if set(token) == {"LOWER"} else None
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and set(value) == {"IN"}:
        return list(value["IN"])
    raise ValueError(f"cue patterns take LOWER words or LOWER IN lists only, not {token}")


@Language.factory("cue_matcher")
def _create_cue_matcher(nlp: Language, name: str) -> CueMatcher:
    return CueMatcher(nlp)


def _organisation_patterns() -> list[dict[str, str]]:
    patterns = []
    for record in load_jsonl("organisations.jsonl"):
        for surface in [record["name"], *record.get("aliases", [])]:
            patterns.append({"label": "ORG", "pattern": surface, "id": record["name"]})
    return patterns


def build_nlp() -> Language:
    """A fresh extraction pipeline. Build it once per process and pass it around."""
    nlp = spacy.blank("en")
    # spaCy's 1,000,000-character cap guards parsers' memory; a rule-based pipeline needs no such
    # guard, and a long page must be extracted, not fail. Cleaning's size cap bounds the input.
    nlp.max_length = 50_000_000
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("block_boundaries")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH"})
    ruler.add_patterns(_organisation_patterns())  # type: ignore[attr-defined]
    nlp.add_pipe("cue_matcher")
    return nlp


@lru_cache(maxsize=1)
def default_nlp() -> Language:
    """The process-wide pipeline, for callers that do not pass one."""
    return build_nlp()
