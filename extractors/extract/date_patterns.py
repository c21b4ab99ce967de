"""The date patterns `dates.find_dates` tries, and the vocabulary they are built from.

Month names and the plausible years come from `dates.toml`. Each pattern sits behind a
look-ahead for its first character, and `NEEDED` holds a fast scan a text must pass before a
pattern is tried on it: both change no match, only the cost on long texts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractors.extract.resources import load_toml


@dataclass(frozen=True)
class DateVocabulary:
    months: dict[str, int]
    earliest_year: int
    latest_year: int
    not_after_words: frozenset[str]
    not_before_words: frozenset[str]


@lru_cache(maxsize=1)
def date_vocabulary() -> DateVocabulary:
    data = load_toml("dates.toml")
    return DateVocabulary(
        months={name: int(number) for name, number in data["months"].items()},
        earliest_year=int(data["years"]["earliest"]),
        latest_year=int(data["years"]["latest"]),
        not_after_words=frozenset(data["not_dates"]["preceding_words"]),
        not_before_words=frozenset(data["not_dates"]["following_words"]),
    )


# A bare month is a date only after a word that makes it one: "in March", "until July",
# "back in February", "in early May"; "March" or "May" alone may be a verb or a name.
_MONTH_LEAD = "|".join(
    rf"(?<=\b{lead})"
    for lead in (
        "in ",
        "until ",
        "till ",
        "since ",
        "from ",
        "by ",
        "during ",
        "before ",
        "after ",
        "between ",
        "early ",
        "late ",
        "mid-",
        "end of ",
        "start of ",
    )
)


@lru_cache(maxsize=1)
def date_patterns() -> dict[str, re.Pattern[str]]:
    """Each pattern behind a look-ahead for the character every match starts with: tried at
    every place of a long text, a one-character test is twice as fast as the pattern's own
    start (a word boundary, look-behinds), and it changes no match."""
    names = sorted(date_vocabulary().months, key=len, reverse=True)
    initials = "".join(sorted({name.capitalize()[0] for name in names}))
    starts = {kind: "(?=[0-9])" for kind in _DIGIT_FIRST} | {
        kind: f"(?=[{initials}])" for kind in _MONTH_FIRST
    }
    starts["qualified_year"] = "(?=[mel])"  # "mid-", "early-", "late-", ignoring case
    return {
        kind: re.compile(starts[kind] + pattern.pattern, pattern.flags)
        for kind, pattern in bare_patterns(names).items()
    }


_DIGIT_FIRST = (
    *("range", "day_range", "day_month_year", "numeric", "iso", "year_range"),
    *("season_years", "day_month", "year"),
)


_MONTH_FIRST = ("month_day_year", "month_range", "month_year", "month_day", "month")


def bare_patterns(names: list[str]) -> dict[str, re.Pattern[str]]:
    """The date patterns, in the order they claim text, longest readings first."""
    # Capitalised month names only: "may" the verb is not May.
    month = "(?:" + "|".join(name.capitalize() for name in names) + r")\b\.?"
    # Only full names stand alone: "in Jan" may be a person.
    full = [name for name in names if len(name) > 4 or name in ("may", "june", "july")]
    full_month = "(?:" + "|".join(name.capitalize() for name in full) + ")"
    day = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
    year = r"(?:19|20)\d\d"
    dash = r"\s*(?:[-\u2013\u2014]|to|until|and)\s*"
    return {
        "range": re.compile(
            rf"\b(?P<d1>{day})(?:\s+(?P<m1>{month}))?(?:,?\s+(?P<y1>{year}))?{dash}"
            rf"(?P<d2>{day})\s+(?P<m2>{month}),?\s+(?P<y2>{year})\b"
        ),
        # "9-10 October", "25 and 26 October": both days, in the context's year.
        "day_range": re.compile(
            rf"\b(?P<d1>{day})(?:\s+(?P<m1>{month}))?{dash}(?P<d2>{day})\s+(?P<m2>{month})"
        ),
        "day_month_year": re.compile(
            rf"\b(?P<d>{day})\s+(?:of\s+)?(?P<m>{month}),?\s+(?P<y>{year})\b"
        ),
        "month_day_year": re.compile(rf"\b(?P<m>{month})\s+(?P<d>{day}),\s*(?P<y>{year})\b"),
        "numeric": re.compile(
            r"(?<![\w/.-])(?P<d>0?[1-9]|[12]\d|3[01])(?P<sep>[/.])(?P<mo>0?[1-9]|1[0-2])"
            rf"(?P=sep)(?P<y>{year})(?![\w/])"
        ),
        "iso": re.compile(rf"(?<![\w/.-])(?P<y>{year})-(?P<mo>0[1-9]|1[0-2])-(?P<d>[0-3]\d)\b"),
        "year_range": re.compile(
            rf"(?<![\w/.-])(?P<y1>{year})\s*[-\u2013]\s*(?P<y2>{year})(?![\w/%-])"
        ),
        # "2023/24", "2023-24", "2023/2024": a school or season year, both ends; "(2005-08)":
        # a period of years, both ends.
        "season_years": re.compile(
            rf"(?<![\w/.-])(?P<y1>{year})\s*(?P<sep>[/\u2013-])\s*(?P<y2>\d\d(?:\d\d)?)"
            r"(?![\w/%-])"
        ),
        "qualified_year": re.compile(rf"\b(?:mid|early|late)-(?P<y>{year})\b", re.IGNORECASE),
        # "between April and August 2010", "April-June 2021": both months, of the year stated.
        "month_range": re.compile(
            rf"\b(?P<m1>{month})\s*(?:[-\u2013\u2014]|to|until|and)\s*(?P<m2>{month}),?\s+"
            rf"(?P<y>{year})\b"
        ),
        "month_year": re.compile(rf"\b(?P<m>{month}),?\s+(?P<y>{year})\b"),
        "day_month": re.compile(rf"\b(?P<d>{day})\s+(?P<m>{month})"),
        "month_day": re.compile(rf"\b(?P<m>{month})\s+(?P<d>{day})\b(?![\d,/])"),
        # Month first, then its lead: twenty look-behinds tried at every character cost 12
        # times any other pattern; `date_patterns` puts a month's capital before them.
        "month": re.compile(rf"(?:{_MONTH_LEAD})(?P<m>{full_month})\b(?!\s*\d)"),
        # A year not glued to document-number punctuation: "(2011)" yes, "COM(2012) 196" and
        # "INFR(2024)2039" no.
        "year": re.compile(
            rf"(?<![\w/\\.,\u2013)-])(?<![A-Za-z]\()(?P<y>{year})(?![\w/%]|\)\s*\d|,\d|-\d)"
        ),
    }


# What a pattern's every match holds, found by a fast scan for its first character: a long
# text without it need not be searched with the whole pattern.
NEEDED = {
    "numeric": re.compile(r"[/.][0-9]"),  # "7.2.2009": a separator and a month's digit
    "iso": re.compile(r"-[01][0-9]-"),  # "2009-02-07"
    "year_range": re.compile(r"[-\u2013]\s*(?:19|20)"),  # "2009-2013"
    "season_years": re.compile(r"[/\u2013-]\s*\d\d"),  # "2023/24"
    "qualified_year": re.compile(r"-(?:19|20)"),  # "mid-2009"
    "month_day_year": re.compile(r",\s*(?:19|20)"),  # "February 7, 2009"
}


# Kinds whose every match holds a month's name, as `month_name` finds it.
MONTH_NAMED = frozenset(
    {"range", "day_range", "day_month_year", "month_day_year", "month_range", "month_year"}
    | {"day_month", "month_day", "month"}
)


@lru_cache(maxsize=1)
def month_name() -> re.Pattern[str]:
    """A capitalised month's name, as the patterns read one (behind its first letter's test)."""
    names = sorted(date_vocabulary().months, key=len, reverse=True)
    initials = "".join(sorted({name.capitalize()[0] for name in names}))
    alternatives = "|".join(name.capitalize() for name in names)
    return re.compile(rf"(?=[{initials}])(?:{alternatives})\b")
