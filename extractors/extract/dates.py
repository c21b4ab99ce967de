"""Calendar dates stated in text, normalised to partial ISO 8601 (`2012`, `2023-07`, `2017-02-07`).

Numeric dates are day-first, as everywhere in the EU. A day and month without a year take
the year the context gives (the caller's `context_year`, usually from the same block or the
page's publication date). Relative expressions ("today", "last year"), ages, durations and
document numbers (IP/11/1485, COM(2012) 196, 2008/913/JHA) are not dates.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from extractors.extract.date_patterns import (
    MONTH_NAMED,
    NEEDED,
    date_patterns,
    date_vocabulary,
    month_name,
)
from schemas.dates import partial_date


@dataclass(frozen=True)
class FoundDate:
    """One date expression: its text, its value and where it stands in the searched text."""

    text: str
    value: str
    start: int
    end: int
    yearless: bool = False  # the year came from the caller's context, not the text


# Kinds whose value takes the caller's `context_year`; every other kind states its year.
_YEARLESS_KINDS = frozenset({"day_range", "day_month", "month_day", "month"})
_ANY_DIGIT = re.compile(r"[0-9]")  # each pattern but "month" holds an ASCII day or year


def _month_number(name: str) -> int:
    return date_vocabulary().months[name.rstrip(".").lower()]


def _day(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _is_number_not_year(text: str, start: int, end: int) -> bool:
    vocabulary = date_vocabulary()
    before = text[max(0, start - 20) : start].split()
    after = text[end : end + 20].split()
    if before and before[-1].lower() in vocabulary.not_after_words:
        return True
    return bool(after) and after[0].lower().strip(",.;:") in vocabulary.not_before_words


def _values(kind: str, match: re.Match[str], context_year: int | None) -> list[str | None]:
    """The partial dates one match of pattern `kind` stands for (two for a range)."""
    parts = match.groupdict()
    if kind in ("range", "day_range"):
        return _range_values(parts, context_year)
    if kind == "month_range":
        return _month_range_values(parts)
    if kind == "year_range":
        return [partial_date(int(parts["y1"])), partial_date(int(parts["y2"]))]
    if kind == "season_years":
        first, last = int(parts["y1"]), int(parts["y2"])
        last = last if last > 99 else first + (last - first) % 100  # "2099-00" ends in 2100
        return [partial_date(first), partial_date(last)]
    if kind in ("numeric", "iso"):
        return [partial_date(int(parts["y"]), int(parts["mo"]), int(parts["d"]))]
    if kind in ("year", "qualified_year"):
        return [partial_date(int(parts["y"]))]
    year = int(parts["y"]) if parts.get("y") else context_year
    if year is None:
        return [None]
    day = _day(parts["d"]) if parts.get("d") else None
    return [partial_date(year, _month_number(parts["m"]), day)]


def _range_values(parts: dict[str, str | None], context_year: int | None) -> list[str | None]:
    """Both ends of "9-10 October 2025" or "31 July - 30 September 2024"; without a year,
    both take `context_year`."""
    stated2, stated1 = parts.get("y2"), parts.get("y1")
    year2 = int(stated2) if stated2 else context_year
    month2 = _month_number(str(parts["m2"]))
    month1 = _month_number(parts["m1"]) if parts["m1"] else month2
    year1 = int(stated1) if stated1 else year2
    if year1 is None or year2 is None:
        return [None]
    return [
        partial_date(year1, month1, _day(str(parts["d1"]))),
        partial_date(year2, month2, _day(str(parts["d2"]))),
    ]


def _month_range_values(parts: dict[str, str | None]) -> list[str | None]:
    """Both months of "April-August 2010"; "December-February 2010" starts the year before."""
    year, first, last = (
        int(str(parts["y"])),
        _month_number(str(parts["m1"])),
        _month_number(str(parts["m2"])),
    )
    return [partial_date(year - (first > last), first), partial_date(year, last)]


def _is_plausible(kind: str, match: re.Match[str], text: str) -> bool:
    if kind == "season_years":
        first, second = int(match.group("y1")), match.group("y2")
        if _is_number_not_year(text, match.start(), match.end()):
            return False  # "Regulation 2019/20"
        if int(second) == (first + 1 if len(second) == 4 else (first + 1) % 100):
            return True
        # "(2005-08)": a short period within one century, told with a dash.
        short = len(second) == 2 and match.group("sep") != "/"
        return short and 1 < int(second) - first % 100 <= 9
    if kind == "year":
        vocabulary = date_vocabulary()
        year = int(match.group("y"))
        if not vocabulary.earliest_year <= year <= vocabulary.latest_year:
            return False
        return not _is_number_not_year(text, match.start(), match.end())
    return True


def find_dates(text: str, *, context_year: int | None = None) -> list[FoundDate]:
    """Every date expression of `text`, in text order, the longest reading of each place.

    `context_year` completes a day and month without a year ("7 February"); without it such
    an expression is skipped rather than guessed.
    """
    return find_dates_needing_year(text, context_year=context_year)[0]


def find_dates_needing_year(
    text: str, *, context_year: int | None = None
) -> tuple[list[FoundDate], bool]:
    """`find_dates`, and whether a day and month without a year was read: only then can
    another `context_year` give another answer, so a caller need not search twice."""
    has_month = month_name().search(text) is not None
    if not has_month and _ANY_DIGIT.search(text) is None:
        return [], False  # every date has a day or a year, or a month's name ("in March")
    taken = _TakenSpans()
    found: list[FoundDate] = []
    needs_year = False
    for kind, pattern in date_patterns().items():
        needed = NEEDED.get(kind)
        if needed is not None and needed.search(text) is None:
            continue  # a scan for one character is cheaper than the pattern's
        if kind in MONTH_NAMED and not has_month:
            continue  # a text of many numbers and no month: one scan, not one per pattern
        for match in pattern.finditer(text):
            start, end = match.span()
            if taken.overlaps(start, end):
                continue
            if not _is_plausible(kind, match, text):
                continue
            needs_year = needs_year or kind in _YEARLESS_KINDS
            values = [v for v in _values(kind, match, context_year) if v is not None]
            if not values:
                continue
            taken.add(start, end)
            yearless = kind in _YEARLESS_KINDS
            found.extend(FoundDate(match.group(0), value, start, end, yearless) for value in values)
    return sorted(found, key=lambda item: (item.start, item.value)), needs_year


class _TakenSpans:
    """Disjoint spans kept in order, so that an overlap test is a bisection, not a scan
    (a paragraph with thousands of dates made the scan quadratic)."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        # Disjoint spans: the last one starting before `end` also ends last among them.
        before = bisect_left(self._starts, end) - 1
        return before >= 0 and self._ends[before] > start

    def add(self, start: int, end: int) -> None:
        position = bisect_left(self._starts, start)
        self._starts.insert(position, start)
        self._ends.insert(position, end)


def parse_date(expression: str, *, context_year: int | None = None) -> str | None:
    """The partial ISO date one whole expression states ("Feb. 2009" -> "2009-02"), else None."""
    stripped = expression.strip()
    found = find_dates(stripped, context_year=context_year)
    if len(found) == 1 and found[0].text.strip(" .") == stripped.strip(" .()"):
        return found[0].value
    return None


def year_of(value: str) -> int:
    """The year of a partial ISO date."""
    return int(value[:4])


def precision(value: str) -> int:
    """1 for a year, 2 for a month, 3 for a day: how precise a partial ISO date is."""
    return value.count("-") + 1
