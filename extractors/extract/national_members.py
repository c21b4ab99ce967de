"""A national member of a registered network, named with its country: "the Greek Safer
Internet Centre", "the Safer Internet Centre in Ukraine" are that country's centres, not the
European network of Safer Internet Centres the registry holds."""

from __future__ import annotations

import re

from extractors.extract.names import NameCandidate, vocabulary
from extractors.extract.roles import demonyms, is_place

# A country's adjective right before a name, one word or two: "the Greek Safer Internet
# Centre", "the North Macedonian Safer Internet Centre".
_DEMONYM_BEFORE = re.compile(r"(?:([A-Z][a-z]+)\s+)?([A-Z][a-z]+)\s+$")
# A country right after a centre's name, its acronym or "in" between: "Safer Internet Centre
# in Ukraine", "Safer Internet Centre (SIC) Slovenia", "Safer Internet Center Türkiye".
_PLACE_AFTER = re.compile(
    r"\s+(?:in\s+(?:the\s+)?)?(?:\([A-Z+]{2,8}\)\s+)?"
    r"(?P<place>[A-Z][\w\u2019'-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3})"
)


def national_members(candidates: list[NameCandidate], text: str) -> list[NameCandidate]:
    """A centre's name with a country's adjective before it or the country after it names
    that country's centre: "the Greek Safer Internet Centre", "the Safer Internet Centre in
    Ukraine" are other initiatives than the European network of Safer Internet Centres, with
    their own names and no registry id. (A registered day or code after an adjective is the
    registered one: "the Serbian Safer Internet Day".)"""
    found = []
    for candidate in candidates:
        if candidate.kind in vocabulary().body_kinds:
            start = _demonym_start(text, candidate.start)
            # a country after a name only marks the registered network's national centre: an
            # unregistered centre "in the United States" is only located there, and "the BIK
            # Youth Panel in Belgium" only meets there
            national = candidate.registry_id and candidate.kind in _CENTRE_KINDS
            end = _place_end(text, candidate.end) if national else None
            if start is not None or end is not None:
                start = candidate.start if start is None else start
                end = candidate.end if end is None else end
                candidate = NameCandidate(text[start:end], candidate.kind, start, end)
        found.append(candidate)
    return found


def _demonym_start(text: str, at: int) -> int | None:
    """Where a country's adjective right before `at` starts, or None."""
    before = _DEMONYM_BEFORE.search(text, max(0, at - 30), at)
    if before is None:
        return None
    first, last = before.groups()
    if first is not None and f"{first} {last}" in demonyms():
        return before.start()
    return before.start(2) if last in demonyms() else None


def _place_end(text: str, at: int) -> int | None:
    """Where a country named right after `at` ends (its longest run of words that is one),
    or None; not where another capitalised word follows it ("Safer Internet Centre Malta
    Communications Authority", "... in Georgia Tech": another name goes on)."""
    after = _PLACE_AFTER.match(text, at)
    if after is None:
        return None
    words = after.group("place").split()
    for count in range(len(words), 0, -1):
        place = " ".join(words[:count])
        if is_place(place):
            end = after.start("place") + len(place)
            return None if _CAPITAL_NEXT.match(text, end) else end
    return None


_CENTRE_KINDS = frozenset({"centre", "center"})
_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")
