"""The dates a cue gives: the one nearest it, leaving out years inside names, and the dates of
an owned "Implementation period start: 2022" or "Implemented 2018 - 2019" line."""

from __future__ import annotations

import re

from extractors.extract.context import Cue, DocumentContext, Sentence
from extractors.extract.dates import FoundDate
from extractors.extract.drafts import Draft, MentionIndex
from extractors.extract.structure import is_heading


def _gap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, b_start - a_end, a_start - b_end)


_NEAR = 200  # characters either side of a cue searched first for its date
_DATE_LENGTH = 50  # longer than any date's text: a date near the cue starts within the window


def dates_near(
    context: DocumentContext, span: tuple[int, int], cue: Cue, index: MentionIndex
) -> str | None:
    """The date of `span` nearest the cue, leaving out years inside names ("the 2018 Code").
    The dates within `_NEAR` of the cue are read first: scoring every date of a sentence per
    cue made a sentence of thousands of dated cues quadratic. Only when none is that near is
    the whole span read, which gives the same answer."""
    low = max(span[0], cue.start - _NEAR - _DATE_LENGTH)
    high = min(span[1], cue.end + _NEAR + _DATE_LENGTH)
    near = _nearest(context, (low, high), cue, index)
    if near is not None and _gap(near.start, near.end, cue.start, cue.end) <= _NEAR:
        return near.value
    found = _nearest(context, span, cue, index) if (low, high) != span else near
    return found.value if found is not None else None


def _nearest(
    context: DocumentContext, span: tuple[int, int], cue: Cue, index: MentionIndex
) -> FoundDate | None:
    dates = [d for d in context.dates_between(*span) if not index.contains(d.start, d.end)]
    if not dates:
        return None
    main = [d for d in dates if not _in_earlier_clause(context.text, d, cue)]
    dates = main or dates
    if cue.label == "END":
        # Of dates as near as each other, an end takes the later one (the first of equals
        # wins `min`): a range's two ends share its span, and "ran from 1 May 2031 to 30
        # April 2033 and has now been completed" ended on the second.
        dates.reverse()
    return min(dates, key=lambda d: _gap(d.start, d.end, cue.start, cue.end))


# A clause of its own before the cue, set off by commas or opening the sentence: "On 10
# January 2024, after a public consultation opened in July 2023, AGCOM adopted ...", "After a
# trial that started in 2016, the programme was launched ...": its date is the clause's.
_CLAUSE_OPENER = re.compile(
    r"(?:,\s*|(?<=[.!?:]\s)|(?<=\n)|\A)(?:after|before|following|once|when|while)\b[^,;.]*$",
    re.IGNORECASE,
)
_CLAUSE_REACH = 120  # characters read back from a date for its clause's opener


def _in_earlier_clause(text: str, date: FoundDate, cue: Cue) -> bool:
    """Whether the date stands in a clause opened by "after", "before", ... that a comma
    after the date closes before the cue: it dates something else than what the cue tells."""
    if date.end > cue.start:
        return False
    # The clause's closing comma is near its date (a bounded look: a cue may be far away).
    if text.find(",", date.end, min(cue.start, date.end + _CLAUSE_REACH)) < 0:
        return False
    return _CLAUSE_OPENER.search(text, max(0, date.start - _CLAUSE_REACH), date.start) is not None


def labelled_date(
    context: DocumentContext, draft: Draft, label: re.Pattern[str], last: bool = False
) -> str | None:
    """The date of an owned "Implementation period start: 2022" line, if any; with `last`,
    the end of a period line that gives two ("Implemented 2018 - 2019"; "Ongoing" is none)."""
    for index in sorted(draft.owned):
        block = context.blocks[index]
        match = label.match(block.text)
        if match:
            dates = context.dates_between(block.span.start + match.end(), block.span.end)
            if last:
                return dates[-1].value if len(dates) > 1 else None
            if dates:
                return dates[0].value
    return None


# A record's period field, as a knowledge base's cards and entries give it: "Implemented 2016 -
# Ongoing", "Implemented 2018 - 2019". The start is its first date, the end its last.
PERIOD_LINE = re.compile(
    r"^\s*implemented\s+(?=(?:19|20)\d\d\s*[-\u2013\u2014]\s*"
    r"(?:(?:19|20)\d\d|ongoing|present|today)\s*$)",
    re.IGNORECASE,
)


def headline_lead_date(
    context: DocumentContext, draft: Draft, sentence: Sentence, cue: Cue, index: MentionIndex
) -> str | None:
    """The day the lead gives a headline's undated cue, told again with the same word: "Grand
    Pond Coalition launched in Brussels" over "On 4 March 2013, the town launched a pond
    partnership ...". Only the lead's first such cue, and not when it is nearer another
    initiative's name (one look-up: a lead of many clauses stays linear)."""
    following = sentence.block + 1
    if not is_heading(context.blocks[sentence.block]):
        return None
    if following >= len(context.blocks) or context.blocks[following].kind != "paragraph":
        return None
    word = context.text[cue.start : cue.end].lower()
    for lead in context.sentences_of(following):
        told = next(
            (
                other
                for other in lead.cues
                if other.label == cue.label
                and context.text[other.start : other.end].lower() == word
            ),
            None,
        )
        if told is None:
            continue
        within = (max(lead.start, told.start - _LEAD_REACH), min(lead.end, told.end + _LEAD_REACH))
        if index.nearest(told.start, told.end, within) not in (None, draft):
            return None
        return dates_near(context, within, told, index)
    return None


_LEAD_REACH = 200  # characters either side of the lead's cue read for its subject and date
