"""The cheaper ways that cut extraction's cost per word give what the plain ways gave.

Each replaced a plain way that cost much per word or name on long pages (the longest-first
choice among all gazetteer matches, date patterns tried at every character, a whole
sentence searched before each date, a loop over every character for parentheses); each is
checked here against that plain way on generated input. Where the plain way read a whole
block or sentence per date or sentence (the future tense of a yearless day's sentence, the
start preposition before a date, the subject of the sentence before "Its"), a long block
checks that the text is read a few times, counted, not timed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from extractors.extract import registry_links, relations, sentence_lists, starts, yearless
from extractors.extract.context import DocumentContext, Sentence
from extractors.extract.date_patterns import (
    MONTH_NAMED,
    NEEDED,
    bare_patterns,
    date_patterns,
    date_vocabulary,
    month_name,
)
from extractors.extract.dates import FoundDate, find_dates, find_dates_needing_year
from extractors.extract.document import _unique_signatories
from extractors.extract.drafts import Draft, Mention, MentionIndex
from extractors.extract.namelists import _SEPARATOR, _parenthesised
from extractors.extract.nlp import _longest_first
from extractors.extract.organisations import spelling_key
from extractors.extract.possessors import possessor
from extractors.extract.resources import load_toml
from extractors.extract.roles import _CLAUSE_WORDS, roles
from extractors.extract.signatories import FoundSignatory
from extractors.extract.starts import _START_PREPOSITION, _START_WORDS, _last_words_start
from extractors.extract.yearless import days_by_page_date
from schemas.document import Block, CleanedDocument, Span
from schemas.extraction import Signatory

token_spans = st.lists(
    st.tuples(st.integers(0, 40), st.integers(1, 6)).map(lambda s: (s[0], s[0] + s[1])),
    max_size=14,
).map(lambda found: sorted(set(found)))

# Pieces of dates and of what surrounds them, so that generated text holds many near-dates.
_PIECES = (
    *("7", "07", "21st", "2009", "1999", "24", "08", "mid", "Early", "in", "since", "from"),
    *("May", "June", "Feb", "February", "Sept.", "and", "to", "until", "of", "first"),
    *(
        "edition",
        "today,",
        "first edition in",
        "since today,",
        "since its pilot in",
        "since their launch on",
        "-",
        "\u2013",
        "/",
        ".",
    ),
    *(",", "(", ")", " ", "  ", "\n", "x"),
)
texts = st.lists(st.sampled_from(_PIECES), max_size=30).map(" ".join) | st.lists(
    st.sampled_from(_PIECES), max_size=30
).map("".join)


def _plain_longest_first(matches: list[tuple[int, int]]) -> list[tuple[int, int]]:
    by_length = sorted(matches, key=lambda match: (match[1] - match[0], -match[0]), reverse=True)
    chosen: list[tuple[int, int]] = []
    seen: set[int] = set()
    for start, end in by_length:
        if start not in seen and end - 1 not in seen:
            chosen.append((start, end))
            seen.update(range(start, end))
    return sorted(chosen)


@given(token_spans)
def test_longest_first_by_groups_chooses_as_among_all(matches):
    assert _longest_first(matches) == _plain_longest_first(matches)


@given(texts)
def test_date_patterns_behind_look_aheads_match_as_before(text):
    names = sorted(date_vocabulary().months, key=len, reverse=True)
    for kind, bare in bare_patterns(names).items():
        found = [m.span() for m in date_patterns()[kind].finditer(text)]
        assert found == [m.span() for m in bare.finditer(text)], kind
        if found and kind in NEEDED:
            assert NEEDED[kind].search(text), kind
        if found and kind in MONTH_NAMED:
            assert month_name().search(text), kind


@given(texts, st.integers(0, 200))
def test_start_preposition_read_in_the_last_words_as_in_the_whole_sentence(text, start):
    text, start = text + " ", min(start, len(text))  # a date would follow
    tail = _last_words_start(text, start, len(text), _START_WORDS)
    in_tail = _START_PREPOSITION.search(text[tail:]) is not None
    assert in_tail == (_START_PREPOSITION.search(text[start:]) is not None)


@given(texts)
def test_parentheses_found_by_a_scan_as_by_every_character(text):
    spans, depth, opened = [], 0, 0
    for index, char in enumerate(text):
        if char == "(":
            opened = index if depth == 0 else opened
            depth += 1
        elif char == ")" and depth:
            depth -= 1
            if depth == 0:
                spans.append((opened, index + 1))
    assert _parenthesised(text) == spans


# Pieces of names: titles, group endings and clause words in their cases, with letters that
# match others ignoring case ("\u017f" is "s", "\u212a" is "k"), dots, and white space.
_NAME_PIECES = (
    *("President", "vice-president", "MR", "Mrs", "Ms.", "prime minister", "Minister"),
    *("member states", "Agencies", "authorities", "is", "WHO", "That", "can", "to", "has"),
    *("must", "Would", "were", "Are", "which", "Chancellor", "secretary-general", "ministries"),
    *(";", "&", "or", "AND", ", ", " ; "),
    *("Google", "Nokia 12", "\u017f", "\u212a", "\u0130", "mr.", ".", "-", "s", "a", "\n", " "),
)
names = st.lists(st.sampled_from(_NAME_PIECES), max_size=8).map(" ".join) | st.lists(
    st.sampled_from(_NAME_PIECES), max_size=8
).map("".join)


@given(names)
def test_role_patterns_behind_first_letters_find_as_before(name):
    data = load_toml("roles.toml")
    title = "|".join(re.escape(word) for word in data["person_titles"])
    ending = "|".join(re.escape(words) for words in data["group_endings"])
    plain = re.compile(rf"(?:^|\s)(?:{title})\.?(?:\s|$)|\b(?:{ending})$", re.IGNORECASE)
    assert (roles().person_or_group.search(name) is None) == (plain.search(name) is None)
    clause = re.compile(
        r"\b(?:is|are|was|were|will|would|has|have|had|can|should|must|to|which|that|who)\b",
        re.IGNORECASE,
    )
    assert [m.span() for m in _CLAUSE_WORDS.finditer(name)] == [
        m.span() for m in clause.finditer(name)
    ]


@given(names | texts)
def test_list_separators_behind_their_first_character_split_as_before(text):
    plain = re.compile(r"\s*[,;]\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", re.IGNORECASE)
    assert [m.span() for m in _SEPARATOR.finditer(text)] == [m.span() for m in plain.finditer(text)]


@given(
    st.lists(st.tuples(st.sampled_from(_NAME_PIECES), st.sampled_from(["signatory", "associated"])))
)
def test_signatories_validated_together_as_one_by_one(pieces):
    found = [FoundSignatory(name, role, at, at + 1) for at, (name, role) in enumerate(pieces)]
    seen: set[str] = set()
    plain: list[Signatory] | ValidationError = []
    for item in found:
        if spelling_key(item.name) in seen:
            continue
        seen.add(spelling_key(item.name))
        evidence = {"start": item.start, "end": item.end}
        fields = {"name": item.name, "role": item.role, "evidence": evidence}
        try:
            plain.append(Signatory.model_validate(fields))
        except ValidationError as error:  # " " or "\n": an empty name, the first one fails
            plain = error
            break
    try:
        assert _unique_signatories(found) == plain
    except ValidationError as error:
        assert isinstance(plain, ValidationError) and str(error) == str(plain)


class _CountingPattern:
    """A compiled pattern that counts the characters its searches were given to read."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.read = pattern, 0

    def _count(self, text: str, pos: int = 0, endpos: int | None = None) -> tuple[int, int]:
        end = len(text) if endpos is None else min(endpos, len(text))
        self.read += max(0, end - pos)
        return pos, end

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return self.pattern.search(text, *self._count(text, pos, endpos))

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return self.pattern.match(text, *self._count(text, pos, endpos))

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Any]:
        return self.pattern.finditer(text, *self._count(text, pos, endpos))


def _plain_in_future_sentence(text: str, offset: int) -> bool:
    start = max((m.end() for m in yearless._SENTENCE_END.finditer(text, 0, offset)), default=0)
    end_match = yearless._SENTENCE_END.search(text, offset)
    end = end_match.end() if end_match else len(text)
    return yearless._FUTURE.search(text, start, end) is not None


@given(texts | st.lists(st.sampled_from([*_PIECES, "will", "!", "?", ". "])).map("".join))
def test_future_sentences_found_once_answer_as_each_day_searching_its_block(text):
    future = yearless._FutureSentences(text)
    for offset in range(len(text) + 1):
        assert future.holds(offset) == _plain_in_future_sentence(text, offset), offset


def test_a_block_of_many_yearless_days_reads_its_text_a_few_times(monkeypatch):
    text = "On 3 June, and " * 2000 + "in 2019."
    counters = {name: _CountingPattern(getattr(yearless, name)) for name in _YEARLESS_PATTERNS}
    for name, counter in counters.items():
        monkeypatch.setattr(yearless, name, counter)
    explicit, _ = find_dates_needing_year(text)
    days = find_dates(text, context_year=2019)
    placed = days_by_page_date(text, days, explicit, ("2024-06-10", None))
    assert placed[0].value == "2024-06-03"
    assert sum(counter.read for counter in counters.values()) <= 3 * len(text)


_YEARLESS_PATTERNS = ("_SENTENCE_END", "_FUTURE")


def _context(text: str, dates: list[FoundDate], spans: list[tuple[int, int]]) -> DocumentContext:
    """One block of `text` cut into sentences at `spans`."""
    block = Block(kind="paragraph", text=text, span=Span(start=0, end=len(text)))
    page = CleanedDocument(url="https://example.org/", title=None, text=text, blocks=[block])
    sentences = [Sentence(start, end, 0, text[start:end]) for start, end in spans]
    return DocumentContext(page, sentences, dates)


def test_a_sentence_of_many_start_dates_reads_a_few_words_before_each(monkeypatch):
    text = "It has run from 2019, " * 2000
    dates = [FoundDate("2019", "2019", m.start(), m.end()) for m in re.finditer("2019", text)]
    counter = _CountingPattern(starts._START_PREPOSITION)
    monkeypatch.setattr(starts, "_START_PREPOSITION", counter)
    draft = Draft("Safer Internet Programme", "programme", "prose", owned={0})
    found = starts.starts_owned(_context(text, dates, [(0, len(text))]), draft)
    assert found == ["2019"] * 2000
    assert counter.read <= 2 * len(text)


class _CountingIndex:
    """A mention index that counts its look-ups of the first mention in a span."""

    def __init__(self, index: MentionIndex) -> None:
        self.index, self.look_ups = index, 0

    def first_between(self, start: int, end: int) -> tuple[int, Draft] | None:
        self.look_ups += 1
        return self.index.first_between(start, end)

    def one_of_kind(self, kind: str) -> Draft | None:
        return self.index.one_of_kind(kind)


def test_a_block_of_many_its_sentences_looks_at_the_sentence_before_each():
    text = "Its members met. " * 2000
    spans = [m.span() for m in re.finditer(r"Its[^.]*\.", text)]
    context = _context(text, [], spans)
    index = _CountingIndex(MentionIndex([]))
    owners = [possessor(context, s, index) for s in context.sentences]  # type: ignore[arg-type]
    assert owners == [None] * 2000
    assert index.look_ups <= len(context.sentences)


def _subjects_read_whole(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The plain way: the sentence's whole text before the verb, tokenised once per verb."""
    tokens = list(re.finditer(r"\S+", text[start:end]))
    first = relations._first_subject_word(tokens)
    if first > 0 and tokens[first - 1].group(0) in relations._NOT_A_SUBJECT_BEFORE:
        return []
    while first < len(tokens) and tokens[first].group(0).lower().strip(",") in (
        relations._SUBJECT_OPENERS
    ):
        first += 1
    if first >= len(tokens):
        return []
    return relations._split(text, start + tokens[first].start(), end)


_SUBJECT_PIECES = ("Alpha", "Net", "Ltd", "and", "&", ",", "the", "of", "(", ")", "in", "x" * 30)


@given(st.lists(st.sampled_from(_SUBJECT_PIECES), max_size=120).map(" ".join))
def test_subjects_read_back_in_windows_as_from_the_sentence_start(text: str) -> None:
    assert relations._subjects(text, 0, len(text)) == _subjects_read_whole(text, 0, len(text))


class _CountingRe:
    """Stands in for `re` in `relations`: counts the characters `finditer` is given."""

    def __init__(self) -> None:
        self.read = 0

    def finditer(self, pattern: str, string: str) -> Iterator[re.Match[str]]:
        self.read += len(string)
        return re.finditer(pattern, string)

    def __getattr__(self, name: str) -> Any:
        return getattr(re, name)


def test_a_long_run_of_names_before_one_verb_is_read_a_few_times(monkeypatch) -> None:
    text = ", ".join(f"Alpha Beta {i}" for i in range(4000)) + " have endorsed it."
    counter = _CountingRe()
    monkeypatch.setattr(relations, "re", counter)
    names = relations._subjects(text, 0, text.index(" have"))
    assert names and counter.read <= 4 * len(text)


def test_a_sentence_of_many_joining_clauses_reads_each_clause_once(monkeypatch) -> None:
    text = ", ".join(f"Alpha and Beta Gamma{i} joined" for i in range(2000)) + "."
    relative = _CountingPattern(sentence_lists._RELATIVE_END)
    lead = _CountingPattern(sentence_lists._VERB_LEAD)
    monkeypatch.setattr(sentence_lists, "_RELATIVE_END", relative)
    monkeypatch.setattr(sentence_lists, "_VERB_LEAD", lead)
    sentence = Sentence(0, len(text), 0, text)
    spans = sentence_lists._lists_before_cues(_context(text, [], [(0, len(text))]), sentence)
    assert spans and relative.read + lead.read <= 2 * len(text)


def test_a_sentences_occasions_are_read_once_whichever_initiative_asks(monkeypatch) -> None:
    from extractors.extract import cue_owners
    from tests.extractors.extract_documents import extract_blocks

    calls: list[int] = []
    read = cue_owners._occasions_told

    def counted(context: DocumentContext, sentence: Sentence, index: MentionIndex) -> set[int]:
        calls.append(sentence.start)
        return read(context, sentence, index)

    monkeypatch.setattr(cue_owners, "_occasions_told", counted)
    extract_blocks(
        ("title", "Pond news"),
        ("heading", "Pond Alliance"),
        ("paragraph", "The Pond Alliance and the Frog Coalition were launched on 4 May 2020."),
        ("heading", "Frog Coalition"),
        ("paragraph", "The Frog Coalition and the Pond Alliance met on 5 May 2020."),
    )
    assert calls and len(calls) == len(set(calls))  # two initiatives, one read per sentence


def test_a_sentence_of_many_member_clauses_is_split_once(monkeypatch):
    clause = "the companies in the Coalition are Dock Ltd and Quay Group, while "
    text = clause * 2000 + "it grows."
    draft = Draft("Harbour Coalition", "coalition", "prose", owned={0})
    draft.mentions = [Mention(m.start(), m.end(), 0) for m in re.finditer("Coalition", text)]
    read = []
    split = relations._split

    def counting_split(whole: str, start: int, end: int) -> list[tuple[str, int, int]]:
        read.append(end - start)
        return split(whole, start, end)

    monkeypatch.setattr(relations, "_split", counting_split)
    found = relations._members_in_it(_context(text, [], [(0, len(text))]), draft)
    assert len(found) == 4000
    assert sum(read) <= len(text)


def test_a_title_of_thousands_of_registered_names_reads_a_dozen(monkeypatch) -> None:
    # Each registered name a title holds is read against the whole title: a dozen at most.
    calls = []
    plain = registry_links._names_a_part
    monkeypatch.setattr(registry_links, "_names_a_part", lambda p: calls.append(p) or plain(p))
    title = "Guidelines on the DSA and " * 2000
    registry_links.title_registry_drafts(title, "The DSA applies.")
    assert 0 < len(calls) <= registry_links._TITLE_CANDIDATES
