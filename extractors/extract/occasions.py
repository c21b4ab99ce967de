"""When a name was told, not what it is about: "launched the Alliance on Safer Internet Day",
"the Pledge ... on the occasion of its tenth anniversary", "... on 7 February". The one occasion
test that prose names and headings share: an occasion names a day, a week or a date."""

from __future__ import annotations

import re

_OCCASION_WORDS = frozenset({"day", "days", "week", "anniversary", "occasion", "behalf"})
_OCCASION_LEADS = frozenset({"the", "a", "its", "their"})
OCCASION_PREPOSITIONS = ("on", "at", "during")
_MAX_OCCASION_WORDS = 4
_MAX_DAY_DIGITS = 2  # "on 7 February" is a date; "on 5G networks", "on the 2030 Agenda" are not


def _is_day_number(word: str) -> bool:
    return word.isdigit() and len(word) <= _MAX_DAY_DIGITS


def is_occasion(words: list[str]) -> bool:
    """ "Safer Internet Day", "its tenth anniversary", "7 February": when, not what about."""
    if words and all(word[:1].isupper() for word in words):
        return True  # a named day or event
    return any(_is_day_number(word) or word.lower() in _OCCASION_WORDS for word in words)


def occasion_follows(tokens: list[re.Match[str]], start: int) -> bool:
    """Whether the few words from `start` name a day, a week or a date: what leads to the
    occasion word may only be capitalised or an article ("on Safer Internet Day", "on the
    occasion of"), so "on Disinformation followed on 13 May" is no occasion."""
    for token in tokens[start : start + _MAX_OCCASION_WORDS]:
        word = token.group(0)
        if _is_day_number(word) or word.lower() in _OCCASION_WORDS:
            return True
        if not (word[:1].isupper() or word.lower() in _OCCASION_LEADS):
            return False
    return False


def occasion_start(tokens: list[re.Match[str]], first: int) -> int | None:
    """The token index of an "on/at/during <occasion>" after token `first`, or None."""
    for index in range(first + 1, len(tokens)):
        word = tokens[index].group(0).lower()
        if word in OCCASION_PREPOSITIONS and occasion_follows(tokens, index + 1):
            return index
    return None
