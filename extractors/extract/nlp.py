"""The spaCy pipeline of extraction: rule-based, on `spacy.blank("en")`, built once per process.

Components: `sentence_starts`, spaCy's sentencizer (its default punctuation) that also starts
a sentence at every block (blocks are separated by blank lines, and a heading has no full stop
to end it), read on token arrays: a pass over every token as a Python object cost more than
the rule itself on long pages; `organisation_matcher`,
which finds the names of the organisation gazetteer (case-sensitive, so "orange" is not
Orange) as spaCy's entity ruler would, longest first, and keeps their character offsets
(entity spans cost more than the matching on long pages); and
`cue_matcher`, which puts the cue phrases of `patterns/cues.jsonl` (launch, end, roles,
action lists) into `doc.spans["cues"]`, labelled.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache, partial
from itertools import product
from typing import Any

import spacy
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, LOWER, ORTH, SENT_START
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc, Span

from extractors.extract.date_patterns import date_vocabulary
from extractors.extract.names import ABBREVIATIONS_BEFORE_NUMBER
from extractors.extract.resources import load_jsonl
from extractors.gc_pause import cycle_collector_paused

CUES_KEY = "cues"
ORGANISATIONS_KEY = "organisations"


_SENTENCE_END_CHARS = frozenset(Sentencizer.default_punct_chars)  # single characters
# Abbreviations whose full stop the tokenizer splits off, before a number
# (`names.ABBREVIATIONS_BEFORE_NUMBER`: "Law No. 2024-449", "Art. 28") or a name ("Dr. Berg"):
# the stop ends no sentence. Lower-case "no." only after a document's noun ("decision no.
# 2024-866 DC"): "art", "no" and "p" end sentences too ("The children made digital art. 20
# schools took part."); "para.", "pp.", "vol." never do.
LOWER_CASE_NUMBER_SIGNS = frozenset({"no", "nos", "nr"})
NUMBERED_DOCUMENTS = frozenset(
    {"decision", "decree", "law", "act", "order", "case", "judgment", "regulation", "directive",
     "resolution", "opinion", "recommendation", "communication", "notice", "report", "article"}
)  # fmt: skip
ABBREVIATIONS_BEFORE_NAME = frozenset({"Mr", "Mrs", "Ms", "Dr", "Prof"})


def _abbreviation_stop(strings: Any, orths: list[int], at: int) -> bool:
    """Whether the token at `at` is the full stop of an abbreviation, not a sentence's end."""
    if at == 0 or at + 1 >= len(orths) or strings[orths[at]] != ".":
        return False  # (at 0, the token "before" would be the text's last)
    before, after = strings[orths[at - 1]], strings[orths[at + 1]]
    if before in ABBREVIATIONS_BEFORE_NUMBER:
        return after[:1].isdigit()
    if before in LOWER_CASE_NUMBER_SIGNS and at >= 2:
        document = strings[orths[at - 2]].lower()
        numbered = document in NUMBERED_DOCUMENTS or document[:1].isdigit()  # "Article 5 no. 3"
        return numbered and after[:1].isdigit()
    return before in ABBREVIATIONS_BEFORE_NAME and after[:1].isupper()


def _exclaimed_names(strings: Any, orths: list[int], ends: list[int], punct: Any) -> set[int]:
    """The "!" and "?" of `ends` (in order) that end a name, not a sentence: the sentence
    goes on with a plain lower-case word ("Say No! is an awareness campaign", "Are you
    sure?! was launched in 2019"; not "Have your say! euCONSENT ...", nor "... ! no", whose
    marks follow other punctuation, not a word). One pass: a run of marks is read once."""
    joined: set[int] = set()
    index = 0
    while index < len(ends):
        if strings[orths[ends[index]]] not in _NAME_MARKS:
            index += 1
            continue
        run = index + 1
        while (
            run < len(ends)
            and ends[run] == ends[run - 1] + 1
            and strings[orths[ends[run]]] in _NAME_MARKS
        ):
            run += 1
        after = ends[run - 1] + 1
        word = strings[orths[after]] if after < len(orths) else ""
        follows_a_word = ends[index] == 0 or not punct[ends[index] - 1]
        if follows_a_word and word.isalpha() and word.islower():
            joined.update(ends[index:run])
        index = run
    return joined


_NAME_MARKS = frozenset("!?")


@Language.component("sentence_starts")
def _sentence_starts(doc: Doc) -> Doc:
    """Sentence starts as spaCy's sentencizer sets them, and at every token after a blank
    line: blocks never share a sentence.

    The sentencizer starts a sentence at the first token after a sentence-end character that
    is not punctuation; those characters are punctuation themselves, so that token is the next
    non-punctuation token. The starts are written in one pass: setting `token.is_sent_start`
    makes spaCy check every token of the Doc each time, which made long pages quadratic.
    """
    if not len(doc):
        return doc
    is_punct, is_space, orths, lengths = doc.to_array([IS_PUNCT, IS_SPACE, ORTH, LENGTH]).T
    # Token texts read from the string store: `doc.text` joins every token's text again.
    strings, orth_list, length_list = doc.vocab.strings, orths.tolist(), lengths.tolist()
    ends = [
        i
        for i in is_punct.nonzero()[0].tolist()
        if length_list[i] == 1
        and strings[orth_list[i]] in _SENTENCE_END_CHARS
        and not _abbreviation_stop(strings, orth_list, i)
    ]
    exclaimed = _exclaimed_names(strings, orth_list, ends, is_punct)
    ends = [i for i in ends if i not in exclaimed]
    words = (is_punct == 0).nonzero()[0].tolist()
    starts = doc.to_array("SENT_START").view("int64")
    starts[:] = -1
    starts[[words[k] for k in map(partial(bisect_right, words), ends) if k < len(words)]] = 1
    for i in is_space.nonzero()[0].tolist():
        if i + 1 < len(doc) and not is_space[i + 1] and "\n" in strings[orth_list[i]]:
            starts[i + 1] = 1
    starts[0] = 1
    doc.from_array("SENT_START", starts.view("uint64"))  # type: ignore[arg-type]  # typed as floats
    return doc


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) characters of every sentence of `doc`: `doc.sents` without its Spans."""
    if not len(doc):
        return []
    starts, offsets, lengths = doc.to_array([SENT_START, IDX, LENGTH]).T
    firsts = [0, *((starts[1:] == 1).nonzero()[0] + 1).tolist()]
    lasts = [*firsts[1:], len(doc)]
    offset_list, length_list = offsets.tolist(), lengths.tolist()
    return [
        (offset_list[first], offset_list[last - 1] + length_list[last - 1])
        for first, last in zip(firsts, lasts, strict=True)
    ]


class OrganisationMatcher:
    """The gazetteer's names in `doc.user_data[ORGANISATIONS_KEY]`: (start, end) characters,
    in page order, never overlapping. Of overlapping names the longest wins, then the first,
    as with spaCy's entity ruler."""

    def __init__(self, nlp: Language):
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        surfaces = {s for r in load_jsonl("organisations.jsonl") for s in _surfaces(r)}
        self.matcher.add("ORG", [nlp.make_doc(surface) for surface in sorted(surfaces)])

    def __call__(self, doc: Doc) -> Doc:
        # Unique in the matcher's order, which is near page order: a set's order made the
        # sort a third of the component's time on a list of thousands of names.
        spans = dict.fromkeys((start, end) for _, start, end in self.matcher(doc) if start != end)
        matches = sorted(spans)
        offsets, lengths = doc.to_array([IDX, LENGTH]).T.tolist() if len(doc) else ([], [])
        doc.user_data[ORGANISATIONS_KEY] = [
            (offsets[start], offsets[end - 1] + lengths[end - 1])
            for start, end in _longest_first(matches)
        ]
        return doc


def _longest_first(matches: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Of token spans sorted by start, those the longest-first choice keeps, in page order.
    The choice is made within each group of overlapping spans (a span's fate depends only on
    those it overlaps), and a span that overlaps none is kept: on a list of thousands of
    names, choosing among all of them cost more than the matching."""
    kept: list[tuple[int, int]] = []
    group: list[tuple[int, int]] = []
    group_end = 0
    for span in matches:
        if group and span[0] >= group_end:
            kept += group if len(group) == 1 else _choose_longest(group)
            group = []
        group_end = max(group_end, span[1]) if group else span[1]
        group.append(span)
    if group:
        kept += group if len(group) == 1 else _choose_longest(group)
    return kept


def _choose_longest(group: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest first, then the first; a span with an end on a chosen one's tokens is out."""
    by_length = sorted(group, key=lambda match: (match[1] - match[0], -match[0]), reverse=True)
    chosen: list[tuple[int, int]] = []
    seen_tokens: set[int] = set()
    for start, end in by_length:
        if start not in seen_tokens and end - 1 not in seen_tokens:
            chosen.append((start, end))
            seen_tokens.update(range(start, end))
    return sorted(chosen)


def organisation_offsets(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) characters of the gazetteer's organisations in `doc`, in page order."""
    found: list[tuple[int, int]] = doc.user_data[ORGANISATIONS_KEY]
    return found


def _surfaces(record: dict[str, Any]) -> list[str]:
    return [record["name"], *record.get("aliases", [])]


@Language.factory("organisation_matcher")
def _create_organisation_matcher(nlp: Language, name: str) -> OrganisationMatcher:
    return OrganisationMatcher(nlp)


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
            Span(doc, start, end, label=match_id)
            for match_id, start, end in matches
            if not _member_states(doc, start, end)
        ]
        return doc


def _member_states(doc: Doc, start: int, end: int) -> bool:
    """ "Member States", "each Member State": the EU's countries, not an initiative's members."""
    return (
        end - start == 1
        and doc[start].lower_ == "member"
        and end < len(doc)
        and doc[end].lower_ in ("state", "states")
    )


def _lower_choices(token: dict[str, Any]) -> list[str]:
    """The words one token of a cue pattern may be: `{"LOWER": w}`, `{"LOWER": {"IN": [...]}}`
    or `{"DATE_WORD": true}`, the first word of a date (a month, a day or a year of dates.toml:
    "starts in March 2023", "begins on 1 June")."""
    if token == {"DATE_WORD": True}:
        return _date_words()
    value = token.get("LOWER") if set(token) == {"LOWER"} else None
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and set(value) == {"IN"}:
        return list(value["IN"])
    raise ValueError(f"cue patterns take LOWER words or LOWER IN lists only, not {token}")


def _date_words() -> list[str]:
    words = date_vocabulary()
    years = range(words.earliest_year, words.latest_year + 1)
    return [*words.months, *(str(day) for day in range(1, 32)), *(str(year) for year in years)]


@Language.factory("cue_matcher")
def _create_cue_matcher(nlp: Language, name: str) -> CueMatcher:
    return CueMatcher(nlp)


# The lexical attributes extraction reads (sentence starts, cue matching). spaCy computes 23
# for every new word; the other 20 cost about 10 µs a word on a page of many distinct words
# (numbers, names) and nothing reads them.
_READ_ATTRIBUTES = (LOWER, IS_PUNCT, IS_SPACE)


def _keep_read_attributes(nlp: Language) -> None:
    vocab: Any = nlp.vocab  # spaCy's type stub omits `lex_attr_getters`, a public attribute
    vocab.lex_attr_getters = {attr: vocab.lex_attr_getters[attr] for attr in _READ_ATTRIBUTES}


def build_nlp() -> Language:
    """A fresh extraction pipeline. Build it once per process and pass it around."""
    nlp = spacy.blank("en")
    # spaCy's 1,000,000-character cap guards parsers' memory; a rule-based pipeline needs no such
    # guard, and a long page must be extracted, not fail. Cleaning's size cap bounds the input.
    nlp.max_length = 50_000_000
    _keep_read_attributes(nlp)
    nlp.add_pipe("sentence_starts")
    nlp.add_pipe("organisation_matcher")
    nlp.add_pipe("cue_matcher")
    return nlp


@lru_cache(maxsize=1)
@cycle_collector_paused  # what it builds lives as long as the process: nothing to collect
def default_nlp() -> Language:
    """The process-wide pipeline, for callers that do not pass one."""
    return build_nlp()
