"""Names written in quotation marks beside the noun that says what they are: "the project
'Bibi and his friends'", "a Communication entitled "A more inclusive ..."", "a platform under
the banner "Don't look away!"", "the "Best children's online content" competition", ""Rett på
nett", its national strategy". Inside quotation marks a name may take any shape (a sentence, a
slogan, another language): the marks are its ends, and the noun beside them says it is an
initiative; a report, a study, a conference or a motto in quotation marks is not one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors.extract.names import DETERMINERS, NameCandidate, vocabulary
from extractors.extract.proper_titles import NOT_INITIATIVE_NOUNS, initiative_words
from extractors.extract.prose_names import not_describing
from extractors.extract.resources import load_toml
from extractors.extract.spans import OrderedSpans

# A quoted name: it opens with a capital, a digit or "#", holds no quotation mark of its own
# kind and stays short. A typographic apostrophe may stand inside ("Don\u2019t"): a closing
# single quote ends the name only where no letter follows it.
QUOTED = re.compile(
    r"(?:(?P<curly>\u201c)|(?P<straight>\")|\u2018)"
    r"(?P<name>[A-Z0-9#][^\u201c\u201d\"\u2018\n]{0,118}?)"
    r"(?(curly)\u201d|(?(straight)\"|\u2019(?![A-Za-z])))"
)
_WITHIN = 48  # how far before the quote the noun and its naming words may stand
# Before the quote: the noun that says what it is ("the campaign", "network,"), maybe with a
# word that gives the name after it ("a Communication entitled", "a platform under the
# banner"); not "so-called".
_BEFORE = re.compile(
    r"\b(?P<noun>[A-Za-z]+),?"
    r"(?:\s+(?:entitled|called|named|under\s+the\s+banner))?,?\s*$"
)
# After the quote: the noun, maybe after one modifier ("" reporting platform"), or an
# apposition that says what it is (", its national strategy for ...").
_AFTER = re.compile(
    r"\s+(?:(?P<modifier>[a-z][\w-]*)\s+)?(?P<noun>[a-z]+)\b"
    r"|,\s+(?:its|their|the|a|an|his|her)\s+(?P<apposed>(?:[a-z][\w-]*\s+){0,3}[a-z]+)\b"
)
_TRAILING = ",.;:"


@lru_cache(maxsize=1)
def quoted_kinds() -> frozenset[str]:
    """The nouns that make a quoted name an initiative's: the kind nouns, an initiative's
    nouns ("project", "campaign") and the extra ones a quoted title takes ("competition",
    "app"); not a body's, an event's or a study's ("network", "conference", "report"), nor a
    kind noun that needs its complement ("year")."""
    extra = frozenset(load_toml("kinds.toml")["quoted_kinds"])
    nouns = initiative_words() | extra
    return frozenset(nouns - NOT_INITIATIVE_NOUNS - vocabulary().complement_kinds)


def quoted_names(text: str) -> list[NameCandidate]:
    """The quoted initiative names of `text`, in order (offsets of the name, not its marks)."""
    if not any(mark in text for mark in ('"', "\u201c", "\u2018")):
        return []
    kinds = quoted_kinds()
    found = []
    for match in QUOTED.finditer(text):
        kind = _kind_beside(text, match.start(), match.end(), kinds)
        if kind is None:
            continue
        name = _name_of(match)
        start = match.start("name")
        found.append(NameCandidate(name, kind, start, start + len(name)))
    return found


def _kind_beside(text: str, start: int, end: int, kinds: frozenset[str]) -> str | None:
    before = _BEFORE.search(text, max(0, start - _WITHIN), start)
    if before is not None and before.group("noun").lower() in kinds:
        return before.group("noun").lower()
    after = _AFTER.match(text, end)
    if after is None:
        return None
    modifier = after.group("modifier")
    if modifier in kinds:
        return modifier  # "" campaign was ...": the first word is the noun
    if after.group("noun") in kinds and modifier not in not_describing() | DETERMINERS:
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
    spans = OrderedSpans([(q.start, q.end) for q in quoted])  # in order: by bisection
    kept = [c for c in by_shape if not spans.overlapping(c.start, c.end)]
    return sorted([*kept, *quoted], key=lambda candidate: candidate.start)


def quoted_at_start(text: str) -> str | None:
    """The quoted name that opens `text` (\u201cRett p\u00e5 nett\u201d, its ...), without its
    marks."""
    match = QUOTED.match(text)
    return _name_of(match) if match else None


def _name_of(match: re.Match[str]) -> str:
    """The quoted name without the punctuation the quote closes on: "Ponds First," said ..."""
    return match.group("name").rstrip(_TRAILING).strip()
