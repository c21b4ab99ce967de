"""Dates as pages print them ("07/02/2017", "1 December 2011", "2017-02-07") as partial ISO."""

from __future__ import annotations

import re
from collections.abc import Callable

from schemas.dates import partial_date

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
    """A publication date: a partial ISO date, in a plausible range."""
    return partial_date(year, month, day) if 1900 <= year <= 2100 else None


def find_date(text: str) -> tuple[str, re.Match[str]] | None:
    """The first full or month-precise date in `text` and where it stands, or None."""
    for pattern, to_iso in _READERS:
        match = pattern.search(text)
        if match and (value := to_iso(match)):
            return value, match
    return None


def parse_date(text: str) -> str | None:
    """The first full or month-precise date in `text`, as a partial ISO date, or None."""
    found = find_date(text)
    return found[0] if found else None


def _month(name: str) -> int:
    return _MONTHS[name.lower().rstrip(".")]


_READERS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str | None]], ...] = (
    (_ISO, lambda m: _iso(int(m[1]), int(m[2]), int(m[3]) if m[3] else None)),
    (_NUMERIC, lambda m: _iso(int(m[3]), int(m[2]), int(m[1]))),
    (_DAY_MONTH_YEAR, lambda m: _iso(int(m[3]), _month(m[2]), int(m[1]))),
    (_MONTH_DAY_YEAR, lambda m: _iso(int(m[3]), _month(m[1]), int(m[2]))),
    (_MONTH_YEAR, lambda m: _iso(int(m[2]), _month(m[1]))),
)
