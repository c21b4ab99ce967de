"""Partial ISO 8601 dates: as precise as the page is (`2012`, `2023-07`, `2017-02-07`)."""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated

from pydantic import AfterValidator

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def partial_date(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """The partial ISO date of these parts, or None when they name no calendar day.

    The one place a partial date is made: cleaning, extraction and the models all use it.
    """
    try:
        date(year, month or 1, day or 1)
    except ValueError:
        return None
    if month is None:
        return f"{year:04d}"
    return f"{year:04d}-{month:02d}" if day is None else f"{year:04d}-{month:02d}-{day:02d}"


def check_partial_date(value: str) -> str:
    """Accept `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real calendar date."""
    match = _PARTIAL_DATE.match(value)
    if not match:
        raise ValueError(f"not a partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
    year, month, day = (int(part) if part else None for part in match.groups())
    if year is None or partial_date(year, month, day) is None:
        raise ValueError(f"not a calendar date: {value!r}")
    return value


PartialDate = Annotated[str, AfterValidator(check_partial_date)]


def partial_date_bounds(value: str) -> tuple[str, str]:
    """The earliest and latest full dates a partial date may stand for, as ISO strings.

    `2023` spans 2023-01-01..2023-12-31; used to compare dates of unequal precision
    (`launched` 2017-02-07 is not after `ended` 2017).
    """
    parts = value.split("-")
    if len(parts) == 3:
        return value, value
    if len(parts) == 2:
        return f"{value}-01", f"{value}-31"
    return f"{value}-01-01", f"{value}-12-31"


def is_not_after(earlier: str, later: str) -> bool:
    """True when `earlier` can be on or before `later`, given their precision."""
    return partial_date_bounds(earlier)[0] <= partial_date_bounds(later)[1]
