"""The analysed document every extraction stage reads: blocks, sentences, cues, dates.

Built once per document from the cleaned document and one run of the spaCy pipeline, so
stages never re-run spaCy or re-find dates.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.language import Language

from extractors.extract.dates import FoundDate, find_dates, year_of
from extractors.extract.nlp import CUES_KEY
from schemas.document import Block, CleanedDocument

# A closing sentence that takes up the one before: "These include:", "They are:".
_TAKES_UP = re.compile(r"^(?:these|they|those|this|it|its|their)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Cue:
    label: str  # LAUNCH, END, ACTIVE, SIGNATORY, ASSOCIATED, ACTIONS, NOT_ACTIONS
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    """One sentence of one block, with absolute offsets into the document text."""

    start: int
    end: int
    block: int
    text: str
    cues: tuple[Cue, ...] = ()

    def has_cue(self, label: str) -> bool:
        return any(cue.label == label for cue in self.cues)


@dataclass
class DocumentContext:
    document: CleanedDocument
    sentences: list[Sentence]
    dates: list[FoundDate]  # absolute offsets
    organisations: list[tuple[int, int]] = field(default_factory=list)

    @property
    def blocks(self) -> list[Block]:
        return self.document.blocks

    @property
    def text(self) -> str:
        return self.document.text

    def sentences_of(self, block: int) -> list[Sentence]:
        return [sentence for sentence in self.sentences if sentence.block == block]

    def dates_between(self, start: int, end: int) -> list[FoundDate]:
        return [found for found in self.dates if start <= found.start and found.end <= end]

    def announcement_cues(self, index: int) -> list[Cue]:
        """The cues of what block `index` announces: its last sentence when it ends with a
        colon ("... DG CONNECT chairs the group, which assists it in:"), else all of it."""
        block = self.blocks[index]
        sentences = self.sentences_of(index)
        if block.text.rstrip().endswith(":") and sentences:
            last = sentences[-1]
            if len(sentences) > 1 and _TAKES_UP.match(last.text):
                return [*sentences[-2].cues, *last.cues]  # "... measures ... These include:"
            return list(last.cues)
        return self.cues_between(block.span.start, block.span.end)

    def cues_between(self, start: int, end: int) -> list[Cue]:
        return [cue for s in self.sentences for cue in s.cues if start <= cue.start < end]


def _block_of(starts: list[int], offset: int) -> int:
    return max(0, bisect_right(starts, offset) - 1)


def _sentences(document: CleanedDocument, nlp: Language) -> tuple[list[Sentence], list]:
    doc = nlp(document.text)
    starts = [block.span.start for block in document.blocks]
    cues = [Cue(span.label_, span.start_char, span.end_char) for span in doc.spans[CUES_KEY]]
    sentences = []
    for span in doc.sents:
        text = span.text.strip()
        if not text or not starts:
            continue
        start = span.start_char + span.text.index(text)
        end = start + len(text)
        inside = tuple(cue for cue in cues if start <= cue.start and cue.end <= end)
        sentences.append(Sentence(start, end, _block_of(starts, start), text, inside))
    organisations = [(entity.start_char, entity.end_char) for entity in doc.ents]
    return sentences, organisations


def _document_dates(document: CleanedDocument) -> list[FoundDate]:
    """Dates of every block; a day and month without year take the block's or page's year."""
    found: list[FoundDate] = []
    last_year = int(document.published[:4]) if document.published else None
    for block in document.blocks:
        explicit = find_dates(block.text)
        context_year = next((year_of(d.value) for d in explicit), None)
        if context_year is None:
            context_year = int(document.published[:4]) if document.published else last_year
        for date in find_dates(block.text, context_year=context_year):
            offset = block.span.start
            found.append(FoundDate(date.text, date.value, date.start + offset, date.end + offset))
        if explicit:
            last_year = year_of(explicit[-1].value)
    return found


def analyse(document: CleanedDocument, nlp: Language) -> DocumentContext:
    sentences, organisations = _sentences(document, nlp)
    return DocumentContext(document, sentences, _document_dates(document), organisations)
