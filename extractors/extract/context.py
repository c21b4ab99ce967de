"""The analysed document every extraction stage reads: blocks, sentences, cues, dates.

Built once per document from the cleaned document and one run of the spaCy pipeline, so
stages never re-run spaCy or re-find dates.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from spacy.language import Language

from extractors.budget import DEFAULT_BUDGET, PageBudget, check_within
from extractors.extract.dates import (
    FoundDate,
    find_dates,
    find_dates_needing_year,
    precision,
    year_of,
)
from extractors.extract.names import ADOPTED_COVENANT_KINDS, COVENANT_KINDS, FOREIGN_CONNECTORS
from extractors.extract.nlp import CUES_KEY, organisation_offsets, sentence_spans
from extractors.extract.published import publication_date
from extractors.extract.yearless import days_by_page_date, place_bare_months, reference_date
from schemas.document import Block, CleanedDocument

# A closing sentence that takes up the one before: "These include:", "They are:".
_TAKES_UP = re.compile(r"^(?:these|they|those|this|it|its|their)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Cue:
    label: str  # a label of patterns/cues.jsonl (LAUNCH, END, SIGNATORY, ...); PARTIES_BY is
    # decided in `_sentences` and never reaches a Sentence
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
    budget: PageBudget = DEFAULT_BUDGET
    publication: str | None = None  # `published.publication_date`, read once per page
    _opened_by: dict[re.Pattern[str], list[tuple[int, re.Match[str]]]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _announced: dict[int, list[Cue]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    # heading of a labelled group of members -> the paragraph before its run (`signatories`)
    paragraph_before_groups: dict[int, int | None] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    @property
    def blocks(self) -> list[Block]:
        return self.document.blocks

    @property
    def text(self) -> str:
        return self.document.text

    @cached_property
    def paragraphs(self) -> tuple[int, ...]:
        """The indexes of the page's paragraph blocks, in page order."""
        return tuple(i for i, block in enumerate(self.blocks) if block.kind == "paragraph")

    @property
    def first_paragraph(self) -> int | None:
        """The index of the page's first paragraph block, the lead, if any."""
        return self.paragraphs[0] if self.paragraphs else None

    def sentences_of(self, block: int) -> list[Sentence]:
        """The sentences of block `block`, in order (a shared list: do not change it)."""
        return self._sentences_by_block.get(block, [])

    def sentences_holding(self, offsets: list[int]) -> list[Sentence]:
        """The sentences that hold one of `offsets`, each once, in page order."""
        found = (self.sentence_at(offset) for offset in offsets)
        by_start = {sentence.start: sentence for sentence in found if sentence is not None}
        return [by_start[start] for start in sorted(by_start)]

    def block_holding(self, offset: int) -> int | None:
        """The block whose span holds `offset` (its end included), if any."""
        index = bisect_right(self._block_starts, offset) - 1
        if index >= 0 and offset <= self.blocks[index].span.end:
            return index
        return None

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that holds the character at `offset`, if any."""
        index = bisect_right(self._sentence_starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return self.sentences[index]
        return None

    def sentence_before(self, sentence: Sentence) -> Sentence | None:
        """The sentence before `sentence` in its block, if any."""
        index = bisect_left(self._sentence_starts, sentence.start) - 1
        before = self.sentences[index] if index >= 0 else None
        return before if before is not None and before.block == sentence.block else None

    def dates_between(self, start: int, end: int) -> list[FoundDate]:
        """The dates inside start..end, in the order of `dates`."""
        starts, order = self._date_index
        first, last = bisect_left(starts, start), bisect_left(starts, end)
        inside = sorted(i for i in order[first:last] if self.dates[i].end <= end)
        return [self.dates[i] for i in inside]

    def announcement_cues(self, index: int) -> list[Cue]:
        """The cues of what block `index` announces: its last sentence when it ends with a
        colon ("... DG CONNECT chairs the group, which assists it in:"), else all of it; not
        those of an aside (", as adopted by the members at ..., "). Read once per block."""
        if index not in self._announced:
            self._announced[index] = self._announcement_cues(index)
        return self._announced[index]

    def _announcement_cues(self, index: int) -> list[Cue]:
        block = self.blocks[index]
        sentences = self.sentences_of(index)
        if block.text.rstrip().endswith(":") and sentences:
            last = sentences[-1]
            if len(sentences) > 1 and _TAKES_UP.match(last.text):
                # "... measures ... These include:"
                return [*_outside_asides(sentences[-2]), *_outside_asides(last)]
            return _outside_asides(last)
        return self.cues_between(block.span.start, block.span.end)

    def organisations_from(self, start: int, end: int) -> list[tuple[int, int]]:
        """The organisations (start, end) that start inside start..end, in page order."""
        starts = self._organisation_starts
        return self.organisations[bisect_left(starts, start) : bisect_left(starts, end)]

    def cues_between(self, start: int, end: int) -> list[Cue]:
        cues, starts = self._cue_index
        return cues[bisect_left(starts, start) : bisect_left(starts, end)]

    def sentences_opened_by(self, pattern: re.Pattern[str]) -> list[tuple[int, re.Match[str]]]:
        """The positions in `sentences` of those `pattern` matches at their start, each with
        its opener, found once per pattern for every initiative that asks."""
        if pattern not in self._opened_by:
            matches = (
                (i, pattern.match(sentence.text)) for i, sentence in enumerate(self.sentences)
            )
            self._opened_by[pattern] = [(i, match) for i, match in matches if match is not None]
        return self._opened_by[pattern]

    # Indexes built on first use, so that every look-up costs a bisection, not a scan of the
    # page: scans per sentence or per block made long pages quadratic.
    @cached_property
    def _sentences_by_block(self) -> dict[int, list[Sentence]]:
        by_block: dict[int, list[Sentence]] = {}
        for sentence in self.sentences:
            by_block.setdefault(sentence.block, []).append(sentence)
        return by_block

    @cached_property
    def _block_starts(self) -> list[int]:
        return [block.span.start for block in self.blocks]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [sentence.start for sentence in self.sentences]

    @cached_property
    def _organisation_starts(self) -> list[int]:
        return [start for start, _ in self.organisations]  # spaCy's entities are in order

    @cached_property
    def _date_index(self) -> tuple[list[int], list[int]]:
        """Date starts in ascending order, and the position in `dates` of each."""
        order = sorted(range(len(self.dates)), key=lambda i: self.dates[i].start)
        return [self.dates[i].start for i in order], order

    @cached_property
    def _cue_index(self) -> tuple[list[Cue], list[int]]:
        """The cues of every sentence, in sentence order, which is the order of their starts."""
        cues = [cue for sentence in self.sentences for cue in sentence.cues]
        return cues, [cue.start for cue in cues]


# ", as adopted by the members at ...,": an aside inside the sentence that announces a list;
# what it names is not what the list holds.
_ASIDE = re.compile(r",\s+(?:as|which|whose)\b[^,:;]{0,150},")


def _outside_asides(sentence: Sentence) -> list[Cue]:
    asides = [
        (sentence.start + m.start(), sentence.start + m.end())
        for m in _ASIDE.finditer(sentence.text)
    ]
    kept, at = [], 0  # cues and asides both in order: one pass
    for cue in sentence.cues:
        while at < len(asides) and asides[at][1] <= cue.start:
            at += 1
        if not (at < len(asides) and asides[at][0] <= cue.start):
            kept.append(cue)
    return kept


def _end_phrases_win(cues: tuple[Cue, ...]) -> tuple[Cue, ...]:
    """The cues without a launch word inside an end phrase: "the project concluded at the
    end of 2024" ended it, though "concluded" alone launches ("concluded an agreement")."""
    ends = sorted((cue.start, cue.end) for cue in cues if cue.label == "END")
    if not ends:
        return cues
    starts, reach, furthest = [start for start, _ in ends], [], 0
    for _, end in ends:  # how far the end phrases starting so far reach
        furthest = max(furthest, end)
        reach.append(furthest)

    def inside_an_end(cue: Cue) -> bool:
        last = bisect_right(starts, cue.start) - 1
        return last >= 0 and reach[last] >= cue.end

    return tuple(c for c in cues if not (c.label.startswith("LAUNCH") and inside_an_end(c)))


# "The Interstate Treaty on Pond Safety was concluded by the following Länder:", "The Call was
# unanimously adopted by A, B and C", "The Declaration adopted by A, B and C calls for ...": the
# verb's clause opens with the covenant's name ("In a call with journalists, the minister said
# the Strategy was adopted by ...", "The law ratifying the Treaty was adopted by ..." do not).
_COVENANT_REACH = 300  # characters read before the verb for its clause, and after it for a list


def _clause_opening(nouns: frozenset[str]) -> re.Pattern[str]:
    return re.compile(
        rf"\s*(?:(?i:the)\s+)?(?:[A-Z][\w'\u2019-]*\s+){{0,6}}(?i:{'|'.join(sorted(nouns))})\b"
        r"[^,;:]*?\s(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?(?:[a-z]+ly\s+)?"
    )


_CONCLUDED_BY = _clause_opening(COVENANT_KINDS)
_ADOPTED_BY = _clause_opening(ADOPTED_COVENANT_KINDS)


def _covenant_parties(text: str, span: tuple[int, int], cues: tuple[Cue, ...]) -> tuple[Cue, ...]:
    """The cues with each "concluded by"/"adopted by" a signatory cue where the verb's clause
    opens with a covenant's name and a list of names follows, and dropped elsewhere ("The
    conference was concluded by its chairs", "The Regulation was adopted by the Council":
    speakers and legislators)."""
    if not any(cue.label == "PARTIES_BY" for cue in cues):
        return cues

    def names_parties(cue: Cue) -> bool:
        opening = _CONCLUDED_BY if text.startswith("concluded", cue.start) else _ADOPTED_BY
        floor = max(span[0], cue.start - _COVENANT_REACH)
        mark = max(text.rfind(m, floor, cue.start) for m in ",;:")
        clause = mark + 1 if mark >= 0 else span[0]
        if clause < floor or opening.fullmatch(text, clause, cue.start) is None:
            return False
        return _names_a_list(text, cue.end, min(span[1], cue.end + _COVENANT_REACH))

    return tuple(
        cue
        if cue.label != "PARTIES_BY"
        else Cue("SIGNATORY", cue.start, cue.start + len(text[cue.start : cue.end].split()[0]))
        for cue in cues
        if cue.label != "PARTIES_BY" or names_parties(cue)
    )


# A whole name in a list: capitalised words, and the small words a name's own words join with
# ("Ministry of Education", "Bundeszentrale f\u00fcr ...").
_NAME_JOINERS = "|".join(sorted(FOREIGN_CONNECTORS | {"of", "for", "the", "von"}))
_WHOLE_NAME = re.compile(
    r"\s*(?:the\s+)?[A-Z][\w&.'\u2019/-]*"
    rf"(?:\s+(?:(?:{_NAME_JOINERS})\s+)*[A-Z0-9][\w&.'\u2019/-]*)*"
    r"(?:\s*\([^()]{1,60}\))?\s*"
)
# What may follow a list's last name: the sentence's end or punctuation, or a date or an aside.
_AFTER_LAST_NAME = re.compile(r"\s*(?:$|[.,;]|(?:in|on|at|since|from|during|together|as)\b)")
_LIST_COLON = re.compile(r"[^,;:]{0,120}:\s*")


def _names_a_list(text: str, start: int, end: int) -> bool:
    """Whether "by" opens a list of names: "A, B and C" (or "A, B, and C"), three names or more
    before `end`, or a colon that the list follows ("... adopted by the Heads of State of:").
    Two names joined by "and" are none ("the Ministry of Education and Research"), nor one body
    with an aside ("UNESCO, the UN agency for education, in 2031"), a place ("Europol, Brussels,
    in May") or a clause ("the Council on 3 May and Parliament approved it")."""
    colon = _LIST_COLON.match(text, start, end)
    if colon is not None:
        if colon.end() == end or not text[colon.end() : end].strip():
            return True  # the list is the blocks that follow
        start = colon.end()
    segment = text[start:end]
    head, joined, tail = segment.partition(" and ")
    pieces = [piece for piece in head.split(",") if piece.strip()]
    if joined:
        last = _WHOLE_NAME.match(tail)
        if len(pieces) < 2 or last is None or not _AFTER_LAST_NAME.match(tail, last.end()):
            return False
    elif len(pieces) > 3:
        pieces.pop()  # the last piece may run past the reach
    else:
        return False
    return all(_WHOLE_NAME.fullmatch(piece) for piece in pieces)


def _block_of(starts: list[int], offset: int) -> int:
    return max(0, bisect_right(starts, offset) - 1)


def _sentences(document: CleanedDocument, nlp: Language) -> tuple[list[Sentence], list]:
    doc = nlp(document.text)
    starts = [block.span.start for block in document.blocks]
    # Sorted by start (the cue matcher sorts its matches), so each sentence bisects for its own.
    cues = [Cue(span.label_, span.start_char, span.end_char) for span in doc.spans[CUES_KEY]]
    cue_starts = [cue.start for cue in cues]
    sentences = []
    for span_start, span_end in sentence_spans(doc):
        raw = document.text[span_start:span_end]
        text = raw.strip()
        if not text or not starts:
            continue
        start = span_start + raw.index(text)
        end = start + len(text)
        candidates = cues[bisect_left(cue_starts, start) : bisect_left(cue_starts, end)]
        inside = _end_phrases_win(tuple(cue for cue in candidates if cue.end <= end))
        inside = _covenant_parties(document.text, (start, end), inside)
        sentences.append(Sentence(start, end, _block_of(starts, start), text, inside))
    organisations = organisation_offsets(doc)
    return sentences, organisations


# "Organised since 2004 and held on 25 and 26 November": a start, not the year of the block's
# days. Matched at the date's start (endpos), without copying the text.
_SINCE = re.compile(r"\b(?i:since)\s+$")


def _document_dates(document: CleanedDocument, issued: str | None) -> list[FoundDate]:
    """Dates of every block; a day and month without year take the block's or page's year."""
    found: list[FoundDate] = []
    last_year = year_of(document.published) if document.published else None
    for block in document.blocks:
        explicit, needs_year = find_dates_needing_year(block.text)
        anchors = [
            d for d in explicit if not _SINCE.search(block.text, max(0, d.start - 8), d.start)
        ]
        context_year = next((year_of(d.value) for d in anchors), None)
        if context_year is None:
            context_year = year_of(document.published) if document.published else last_year
        in_block = find_dates(block.text, context_year=context_year) if needs_year else explicit
        if needs_year and anchors:
            in_block = days_by_page_date(
                block.text, in_block, anchors, (document.published, issued)
            )
        for date in in_block:
            offset = block.span.start
            start, end = date.start + offset, date.end + offset
            found.append(FoundDate(date.text, date.value, start, end, date.yearless))
        if explicit:
            last_year = year_of(explicit[-1].value)
    return found


def _datelines(document: CleanedDocument, dates: list[FoundDate]) -> list[tuple[int, str]]:
    """(offset, date) of each date line's full date (month or day), in page order."""
    lines = [b.span for b in document.blocks if b.kind == "dateline"]
    if not lines:
        return []
    starts = [span.start for span in lines]
    found = []
    for date in dates:
        line = bisect_right(starts, date.start) - 1
        if line >= 0 and date.end <= lines[line].end and precision(date.value) > 1:
            found.append((date.start, date.value))
    return found


def analyse(
    document: CleanedDocument, nlp: Language, budget: PageBudget = DEFAULT_BUDGET
) -> DocumentContext:
    """Checks the text against the budget before spaCy runs, then analyses it."""
    check_within(document.url, "characters of text", len(document.text), budget.max_text_chars)
    sentences, organisations = _sentences(document, nlp)
    publication = publication_date(document)
    dates = _document_dates(document, publication)
    reference = reference_date(publication or document.published, dates)
    spans = [(sentence.start, sentence.end) for sentence in sentences]
    dates = place_bare_months(document.text, dates, spans, reference, _datelines(document, dates))
    return DocumentContext(document, sentences, dates, organisations, budget, publication)
