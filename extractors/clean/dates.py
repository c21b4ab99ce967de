"""Dates as pages print them ("07/02/2017", "1 December 2011", "2017-02-07") as partial ISO."""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = "(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_ISO = re.compile(r"\b(\d{4})-(\d{2})(?:-(\d{2}))?")
_NUMERIC = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")  # day first, as in the EU
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}\s+(\d{{4}})\b", re.I)
_MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.I)
_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+(\d{{4}})\b", re.I)


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    try:
        date(year, month or 1, day or 1)
    except ValueError:
        return None
    if not 1900 <= year <= 2100:
        return None
    if month is None:
        return f"{year:04d}"
    return f"{year:04d}-{month:02d}" if day is None else f"{year:04d}-{month:02d}-{day:02d}"


def parse_date(text: str) -> str | None:
    """The first full or month-precise date in `text`, as a partial ISO date, or None."""
    if match := _ISO.search(text):
        year, month, day = match.groups()
        return _iso(int(year), int(month), int(day) if day else None)
    if match := _NUMERIC.search(text):
        day, month, year = (int(part) for part in match.groups())
        return _iso(year, month, day)
    if match := _DAY_MONTH_YEAR.search(text):
        return _iso(int(match.group(3)), _MONTHS[match.group(2).lower()], int(match.group(1)))
    if match := _MONTH_DAY_YEAR.search(text):
        return _iso(int(match.group(3)), _MONTHS[match.group(1).lower()], int(match.group(2)))
    if match := _MONTH_YEAR.search(text):
        return _iso(int(match.group(2)), _MONTHS[match.group(1).lower()])
    return None
