"""The year of a month stated without one ("in March", "until July", "back in February").

A bare month after a dated month or day of its sentence is the first such month on or after
it ("on 9 May 2022 and again in June", "opened on 2 November 2021 and runs until March").
Else the page's date places it: news tells what happened, so the month is the last such
month on or before the page's date ("proposed by the Commission in March" on a page of 9
December 2004 is March 2004; "until July" on one of 28 January 2021 is July 2020), unless
the sentence speaks of the future ("will run until July"), or it is the month something now
running lasts until ("running until mid-February"): the next such month. Without a
page date, the latest date the page states stands for it. Under a date line of its own (a
listing's teaser, "24 March 2021"), that date places it, not the page's.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from extractors.extract.dates import FoundDate, precision
from schemas.dates import partial_date

_FUTURE = re.compile(
    r"\b(?:will|shall|going\s+to|(?:is|are)\s+(?:due|expected|scheduled|planned|set|open)|"
    r"next|upcoming|remains?\s+open)\b",
    re.IGNORECASE,
)


# What now runs, until the month right after it: "running until mid-February", "runs from
# November until February", "continues until March". Only that month looks forward; another
# of its sentence ("opened in November and runs until February") keeps the page's past.
_RUNNING_UNTIL = re.compile(
    r"\b(?:runs?|running|lasts|lasting|continues?|continuing)\b[^.;]{0,40}?\buntil\s+"
    r"(?:(?:the\s+)?(?:mid-?|early\s+|late\s+|end\s+of\s+|beginning\s+of\s+))?$",
    re.IGNORECASE,
)
_UNTIL_REACH = 64  # characters read back from a bare month for `_RUNNING_UNTIL`
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def reference_date(published: str | None, dates: list[FoundDate]) -> str | None:
    """The page's date, else the latest date it states (it was written after it)."""
    return published or max((d.value for d in dates if not d.yearless), default=None)


def is_bare_month(found: FoundDate) -> bool:
    return found.yearless and precision(found.value) == 2


def year_by_tense(month: int, reference: str, future: bool) -> int:
    """The year that puts `month` last on or before `reference` (first on or after it
    when `future`)."""
    year = int(reference[:4])
    reference_month = int(reference[5:7]) if precision(reference) > 1 else 12
    if future:
        return year if month >= reference_month else year + 1
    return year if month <= reference_month else year - 1


def place_bare_months(
    text: str,
    dates: list[FoundDate],
    sentence_spans: list[tuple[int, int]],
    reference: str | None,
    datelines: Sequence[tuple[int, str]] = (),
) -> list[FoundDate]:
    """`dates` (in page order, absolute offsets into `text`) with each bare month given the
    year its sentence, the date line above it or the page's `reference` date gives.
    `datelines`: (offset, date) of the page's date lines, in page order."""
    starts = [start for start, _ in sentence_spans]
    line_starts = [start for start, _ in datelines]
    future: dict[int, bool] = {}  # per sentence: each is searched once
    placed: list[FoundDate] = []
    dated: tuple[int, str] | None = None  # (sentence, value) of the last dated month or day
    for found in dates:
        sentence = bisect_right(starts, found.start) - 1
        if not is_bare_month(found):
            if not found.yearless and precision(found.value) > 1:
                dated = (sentence, found.value)
            placed.append(found)
            continue
        if sentence not in future:
            start, end = sentence_spans[sentence] if sentence >= 0 else (found.start, found.end)
            future[sentence] = _FUTURE.search(text, start, end) is not None
        line = bisect_right(line_starts, found.start) - 1
        above = datelines[line][1] if line >= 0 else reference
        reach = max(0, found.start - _UNTIL_REACH)
        running = _RUNNING_UNTIL.search(text, reach, found.start)
        if running and _YEAR.search(text, reach, found.start):
            running = None  # "In 2024 the campaign runs until February": the year it states
        year = _year_of(found, sentence, dated, above, future[sentence] or running is not None)
        value = partial_date(year, int(found.value[5:7])) if year else found.value
        placed.append(FoundDate(found.text, value or found.value, found.start, found.end, True))
    return placed


def _year_of(
    found: FoundDate,
    sentence: int,
    dated: tuple[int, str] | None,
    reference: str | None,
    future: bool,
) -> int | None:
    if dated is not None and dated[0] == sentence:
        # "opened on 2 November 2021 and will run until March": the story runs forward.
        return year_by_tense(int(found.value[5:7]), dated[1], future=True)
    if reference is None:
        return None
    return year_by_tense(int(found.value[5:7]), reference, future)


PageDates = tuple[str | None, str | None]
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


class _FutureSentences:
    """Whether the sentence of a block holding an offset speaks of the future: the sentence
    ends are found in one pass and each sentence searched once (searching from the block's
    start for every day made a block of many days quadratic)."""

    def __init__(self, text: str) -> None:
        self.text = text
        ends = list(_SENTENCE_END.finditer(text))
        self.starts = [end.start() for end in ends]
        self.ends = [end.end() for end in ends]
        self.future: dict[tuple[int, int], bool] = {}

    def holds(self, offset: int) -> bool:
        text, ends = self.text, self.ends
        before = bisect_right(ends, offset) - 1
        start = ends[before] if before >= 0 else 0
        if offset and text[offset - 1] in ".!?":  # a stop just before: it ends a sentence
            start = offset
        after = bisect_left(self.starts, offset)
        end = ends[after] if after < len(ends) else len(text)
        if (start, end) not in self.future:
            self.future[start, end] = _FUTURE.search(text, start, end) is not None
        return self.future[start, end]


def days_by_page_date(
    text: str, dates: list[FoundDate], explicit: list[FoundDate], page_dates: PageDates
) -> list[FoundDate]:
    """The block's days without a year placed by the page's date. One told before any dated
    expression of its block is the last such day on or before the page's date, or the next
    one in a sentence of the future: "On 17 June, the Commission launched the Hub announced in
    the Agenda of 2020" on a page of June 2024 is 17 June 2024, not 2020. One a later year of
    the block would put after the page's date takes the page's year when that is not after
    it: "voted on 23 October" in a release of 9 December 2008 that then says "from 1 January
    2009" is 23 October 2008. A day after a dated one ("on 9 May 2022 and again on 3 June")
    otherwise keeps the block's year. `page_dates`: (the page's date, the issue date it
    states itself): only a stated issue date bounds a later year's days (a listing's page
    date may be that of its last update). `explicit`: the block's dated expressions, not
    empty."""
    published, issued = page_dates
    first_stated = explicit[0].start  # the caller has one
    future_sentences = _FutureSentences(text)
    placed = []
    for found in dates:
        value = found.value
        is_day = found.yearless and precision(value) == 3
        if is_day and published and found.start < first_stated:
            future = future_sentences.holds(found.start)
            year = year_by_tense(int(value[5:7]), published, future)
            value = partial_date(year, int(value[5:7]), int(value[8:10])) or value
        elif is_day and issued and value > issued:
            own_year = partial_date(int(issued[:4]), int(value[5:7]), int(value[8:10]))
            value = own_year if own_year and own_year <= issued else value
        placed.append(FoundDate(found.text, value, found.start, found.end, found.yearless))
    return placed
