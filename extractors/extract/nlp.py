"""The spaCy pipeline of extraction: rule-based, on `spacy.blank("en")`, built once per process.

Components: a sentencizer; `block_boundaries`, which starts a sentence at every block (blocks
are separated by blank lines, and a heading has no full stop to end it); an entity ruler
tagging the organisation gazetteer as ORG (case-sensitive, so "orange" is not Orange); and
`cue_matcher`, which puts the cue phrases of `patterns/cues.jsonl` (launch, end, roles,
action lists) into `doc.spans["cues"]`, labelled.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from extractors.extract.resources import load_jsonl

CUES_KEY = "cues"


@Language.component("block_boundaries")
def _block_boundaries(doc: Doc) -> Doc:
    """A token after a blank line starts a sentence: blocks never share one."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if not token.is_space and (previous.is_space and "\n" in previous.text):
            token.is_sent_start = True
    return doc


class CueMatcher:
    """Tags the cue phrases of `patterns/cues.jsonl` into `doc.spans["cues"]`."""

    def __init__(self, nlp: Language):
        self.matcher = Matcher(nlp.vocab)
        for record in load_jsonl("cues.jsonl"):
            self.matcher.add(record["label"], [record["pattern"]])

    def __call__(self, doc: Doc) -> Doc:
        spans = [
            Span(doc, start, end, label=match_id) for match_id, start, end in self.matcher(doc)
        ]
        doc.spans[CUES_KEY] = spans
        return doc


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
