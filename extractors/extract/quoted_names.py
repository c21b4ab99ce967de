"""Names written in quotation marks beside the noun that says what they are: "the project
'Bibi and his friends'", "a Communication entitled "A more inclusive ..."", "under the banner
"Don't look away!"", "the "Best children's online content" competition", ""Rett på nett", its
national strategy". Inside quotation marks a name may take any shape (a sentence, a slogan,
another language): the marks are its ends, and the noun beside them says it is an initiative.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors.extract.names import NameCandidate, vocabulary
from extractors.extract.proper_titles import INITIATIVE_NOUNS, NOT_INITIATIVE_NOUNS
from extractors.extract.resources import load_toml

# A quoted name: it opens with a capital, a digit or "#", holds no quotation mark of its own
# kind and stays short. A typographic apostrophe may stand inside ("Don\u2019t"): a closing
# single quote ends the name only where no letter follows it.
_QUOTED = re.compile(
    r"(?:(?P<curly>\u201c)|(?P<straight>\")|(?P<single>\u2018)|(?P<angle>\u00ab)\s?)"
    r"(?P<name>[A-Z0-9#\u00a1\u00bf][^\u201c\u201d\"\u2018\u00ab\u00bb\n]{0,118}?)"
    r"(?(curly)\u201d|(?(straight)\"|(?(single)\u2019(?![A-Za-z])|\s?\u00bb)))"
)
_WITHIN = 48  # how far before the quote the noun or the naming verb may stand
# Before the quote: the noun that says what it is ("the campaign", "network ,") or a word that
# gives a name ("entitled", "under the banner"); not a slogan or a motto, which is an
# edition's theme.
_BEFORE = re.compile(
    r"(?:\b(?P<naming>entitled|titled|called|named|dubbed|banner)|\b(?P<noun>[A-Za-z]+))"
    r",?\s*$"
)
# After the quote: the noun, maybe after one modifier ("" reporting platform"), or an
# apposition that says what it is (", its national strategy for ...").
_AFTER = re.compile(
    r"(?:\s+(?:(?!(?:this|that|these|those|the|an?|its|their|in|on|at|for|to|of|and|or|is|was)\s)"
    r"[a-z][\w-]*\s+)?(?P<noun>[a-z]+)\b"
    r"|,\s+(?:its|their|the|a|an|his|her)\s+(?P<apposed>(?:[a-z][\w-]*\s+){0,3}[a-z]+)\b)"
)
_NAMING_DEFAULT = "initiative"
_TRAILING = ",.;:"


@lru_cache(maxsize=1)
def quoted_kinds() -> frozenset[str]:
    """The nouns that make a quoted name an initiative's: the kind nouns, an initiative's
    nouns ("project", "campaign") and the extra ones a quoted title takes ("competition",
    "tool"); not a body's, an event's or a study's ("network", "conference", "report")."""
    extra = load_toml("kinds.toml")["quoted_kinds"]
    words = vocabulary()
    nouns = words.kinds | INITIATIVE_NOUNS | frozenset(extra)
    # "year" and "protocol" name one only with their complement ("European Year of ...")
    return frozenset(nouns - NOT_INITIATIVE_NOUNS - words.complement_kinds)


def quoted_names(text: str) -> list[NameCandidate]:
    """The quoted initiative names of `text`, in order (offsets of the name, not its marks)."""
    if not any(mark in text for mark in ('"', "\u201c", "\u2018", "\u00ab")):
        return []
    kinds = quoted_kinds()
    found = []
    for match in _QUOTED.finditer(text):
        name = match.group("name").rstrip(_TRAILING).strip()
        if len(name) < 2:
            continue
        kind = _kind_beside(text, match.start(), match.end(), kinds)
        if kind is None:
            continue
        start = match.start("name")
        found.append(NameCandidate(name, kind, start, start + len(name)))
    return found


def _kind_beside(text: str, start: int, end: int, kinds: frozenset[str]) -> str | None:
    before = _BEFORE.search(text, max(0, start - _WITHIN), start)
    if before is not None:
        if before.group("naming"):
            return _NAMING_DEFAULT  # "entitled", "under the banner"
        if before.group("noun").lower() in kinds:
            return before.group("noun").lower()
    after = _AFTER.match(text, end)
    if after is None:
        return None
    if after.group("noun") in kinds:
        return after.group("noun")
    apposed = (after.group("apposed") or "").split()
    # ", its national strategy for ...": the first kind noun among the apposition's words
    return next((word for word in apposed if word in kinds), None)


def with_quoted_names(
    by_shape: list[NameCandidate], quoted: list[NameCandidate]
) -> list[NameCandidate]:
    """The names read by shape, with the quoted ones in place of those they overlap: the
    quotation marks are the name's ends ("Code for ..." inside "entitled "Code for ..."")."""
    if not quoted:
        return by_shape
    kept, at = [], 0  # both in order: one pass, not every pair (a page may hold thousands)
    for candidate in by_shape:
        while at < len(quoted) and quoted[at].end <= candidate.start:
            at += 1
        overlapped = at < len(quoted) and quoted[at].start < candidate.end
        if not overlapped:
            kept.append(candidate)
    return sorted([*kept, *quoted], key=lambda candidate: candidate.start)


def quoted_at_start(text: str) -> str | None:
    """The quoted name that opens `text` (\u201cRett p\u00e5 nett\u201d, its ...), without its
    marks."""
    match = _QUOTED.match(text)
    return match.group("name").rstrip(_TRAILING).strip() if match else None
