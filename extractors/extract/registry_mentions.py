"""Where a text names a registered initiative, in any of its global forms.

The registry (`extractors/registry/initiatives.toml`) ships with the code, so reading it is not
page I/O. Mentions are found by looking up runs of words in a table of every name, alias and
acronym, keyed the way `normalise_mention` keys them: one pass over the words, each trying at
most as many words as the longest registered form, so the cost stays linear in the page's size.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from extractors.extract.names import NameCandidate, vocabulary
from extractors.extract.spans import OrderedSpans
from extractors.registry import load_initiatives

# Words that make what follows them a name's complement: "Expert group on", "Special group on".
COMPLEMENT = re.compile(r"\b(?:on|of|for|against|to)\s+(?:the\s+|an?\s+)?$", re.IGNORECASE)
# Words that make a registered event a date: "signed on Safer Internet Day, 10 February".
_TEMPORAL = re.compile(r"\b(?:on|at|during|for|since)\s+(?:the\s+)?(?:\d{4}\s+)?$", re.IGNORECASE)


# The capitalised words after an acronym that make it a modifier of another thing's name:
# "BIK Team", "DSA Transparency Database", "SID Committees" (not "DSA Article 28", "the DSA
# Member States must ...": the acronym's own mention before other words).
_NEXT_CAPITALISED = re.compile(r"[ \t]+(?:[A-Z][a-z]+[ \t]+){0,2}([A-Z][a-z]+)\b")
# Nouns that head such a thing's name, besides `reference_compound_heads` ("team", "website").
_NAMED_THING_HEADS = frozenset(
    {"database", "panel", "committee", "committees", "gallery", "ambassadors", "portal"}
    | {"monitor", "corner", "map"}
)

# A word as `normalise_mention` keeps it: letters and digits, a trailing '+', or '&' ("and").
_WORD = re.compile(r"[^\W_]+(?:\s?\+)?|&")


@dataclass(frozen=True)
class RegistryMatch:
    start: int
    end: int
    entry_id: str
    kind: str


@dataclass(frozen=True)
class _Table:
    ids: dict[tuple[str, ...], str]
    # The lengths of the registered forms that start with each word, longest first: most words
    # of a page start none, and each place is then one look-up, not one per registered length.
    sizes_by_first: dict[str, tuple[int, ...]]


@cache
def _table() -> _Table:
    registry = load_initiatives()
    ids = {tuple(key.split()): entry_id for key, entry_id in registry.global_mentions().items()}
    sizes: dict[str, set[int]] = {}
    for words in ids:
        sizes.setdefault(words[0], set()).add(len(words))
    by_first = {word: tuple(sorted(found, reverse=True)) for word, found in sizes.items()}
    return _Table(ids, by_first)


@lru_cache(maxsize=65_536)  # a page repeats its words; the normal form is pure
def _plain(word: str) -> str:
    if word == "&":
        return "and"
    decomposed = unicodedata.normalize("NFKD", word.casefold().replace(" ", ""))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _written_as_name(words: list[str]) -> bool:
    """A one-word form must carry a capital ("Insafe", "INHOPE"), not be a common word; or be
    a number the registry gives as a name, which no common word spells: the registry holds
    service numbers ("116111") only, never a year, and `_inside_a_number` refuses one that is
    part of another number."""
    return len(words) > 1 or words[0].isdigit() or any(char.isupper() for char in words[0])


def registry_matches(text: str) -> list[RegistryMatch]:
    """The registered initiatives `text` names, longest form first at each place, in order."""
    table = _table()
    tokens = list(_WORD.finditer(text))
    keys = [_plain(token.group(0)) for token in tokens]
    registry = load_initiatives()
    found: list[RegistryMatch] = []
    # Most words start no registered name: one pass keeps those that may.
    firsts = [i for i, key in enumerate(keys) if key in table.sizes_by_first]
    next_free = 0
    for index in firsts:
        match = _longest_at(table, keys, index) if index >= next_free else None
        if match is None:
            continue
        size, entry_id = match
        written = [token.group(0) for token in tokens[index : index + size]]
        entry = registry.get(entry_id)
        start, end = tokens[index].start(), tokens[index + size - 1].end()
        if (
            entry is not None
            and _written_as_name(written)
            and not _inside_a_number(text, start, end)
            and not _in_compound(text, start, end)
            and not _modifies_another_name(text, written, end)
            and not _closes_an_outer_bracket(text[start:end])
        ):
            if (
                text.count("(", start, end) > text.count(")", start, end)
                and text[end : end + 1] == ")"
            ):
                end += 1  # "Safer Internet Programme (2009-2013)": the name closes its parenthesis
            found.append(RegistryMatch(start, end, entry_id, entry.kind))
        next_free = index + size
    return found


# A registered number written as a service's: digit groups apart by one space at most (a
# no-break space too), never a comma or a point.
_SERVICE_NUMBER = re.compile(r"\d+(?:\s\d+)*")
# What makes it part of another number: a digit group, a separator, a sign, a closing bracket
# or a currency before it ("EUR 116 000", "1 116 000", "+32 2 116 000", "items/116000",
# "Ares(2023)116111"; not an opening bracket: "(116111 or 0 800 500 225)"), a digit or a
# separator and a digit after it ("116 000 10", "116,000", "116.000").
_NUMBER_BEFORE = re.compile(r"(?:\d\s?|[.,/+)\-]|\b(?:EUR|USD|GBP)\s|[€$£]\s?)$", re.IGNORECASE)
_NUMBER_AFTER = re.compile(r"[.,]?\s?\d|[.,/)\-]\w")


def _inside_a_number(text: str, start: int, end: int) -> bool:
    """Whether a registered form made only of digits is part of an amount, a count's
    thousands, a telephone or a document number rather than the service it names ("116 000
    hotline" is the service; "EUR 116 000", "116,000 children", "Ares(2023)116111" are not)."""
    written = text[start:end]
    if not written[:1].isdigit() or any(char.isalpha() for char in written):
        return False  # a name ("116 000 hotlines for missing children"), not a number alone
    if _SERVICE_NUMBER.fullmatch(written) is None:
        return True  # "116,000", "116.000": a count's thousands, not the number written alone
    before = _NUMBER_BEFORE.search(text, max(0, start - 4), start) is not None
    return before or _NUMBER_AFTER.match(text, end) is not None


def _closes_an_outer_bracket(written: str) -> bool:
    """Whether a form's words run out of a bracket they started in: "BIK) portal" in "Better
    Internet for Kids (BIK) portal" is no "BIK portal"; "Regulation (EU) 2022/2065" is one."""
    depth = 0
    for char in written:
        depth += (char == "(") - (char == ")")
        if depth < 0:
            return True
    return False


def _in_compound(text: str, start: int, end: int) -> bool:
    """Whether the form is part of a hyphenated word ("SIP-Bench III" is no "SIP")."""
    after = text[end : end + 2]
    before = text[max(0, start - 2) : start]
    return (after[:1] == "-" and after[1:].isalnum()) or (
        before[1:] == "-" and before[:1].isalnum()
    )


def _modifies_another_name(text: str, written: list[str], end: int) -> bool:
    """Whether a lone acronym is the first word of another thing's name ("BIK Team" is the
    portal's editorial team, not the BIK strategy): capitalised words after it end in a noun
    that heads such a name."""
    if len(written) > 1 or not written[0].isupper():
        return False
    following = _NEXT_CAPITALISED.match(text, end)
    if following is None:
        return False
    head = following.group(1).lower()
    return head in _NAMED_THING_HEADS or head in vocabulary().compound_heads


def _longest_at(table: _Table, keys: list[str], index: int) -> tuple[int, str] | None:
    for size in table.sizes_by_first.get(keys[index], ()):
        if size > len(keys) - index:
            continue
        entry_id = table.ids.get(tuple(keys[index : index + size]))
        if entry_id is not None:
            return size, entry_id
    return None


def _shape_wins(candidate: NameCandidate, registered: list[NameCandidate], text: str) -> bool:
    """Whether a name read by shape stands over the registered names it overlaps: when they
    only overlap it partly ("(BIK) Quality Assurance Programme"), or the registered name is
    its complement ("European strategy for a Better Internet for Kids")."""
    first = registered[0]
    inside = all(candidate.start <= r.start and r.end <= candidate.end for r in registered)
    covered = any(r.start <= candidate.start and candidate.end <= r.end for r in registered)
    if covered:
        return False
    if not inside:
        return True
    prefix = text[candidate.start : first.start]
    return candidate.start < first.start and COMPLEMENT.search(prefix) is not None


def registry_candidates(text: str) -> list[NameCandidate]:
    """The registered names of `text` as name candidates, their kind noun as written."""
    kinds = vocabulary().kinds
    candidates = []
    for match in registry_matches(text):
        if match.kind == "event" and _temporal(text, match.start):
            continue  # a day named as a date says when, not what the sentence is about
        written = text[match.start : match.end]
        nouns = [word.lower() for word in written.split() if word.lower() in kinds]
        kind = nouns[-1] if nouns else match.kind
        candidates.append(NameCandidate(written, kind, match.start, match.end, match.entry_id))
    return candidates


def merge_candidates(
    found: list[NameCandidate], registered: list[NameCandidate], text: str
) -> list[NameCandidate]:
    """Names read by shape, with the registered names in place of the ones they overlap.

    A registered name ends where the name ends ("... Online announces commitments" stops at
    "Online"); a longer name read by shape stands only when the registered one is its
    complement ("Special group on the EU Code of conduct ...": a group about the Code).
    """
    kept_found = []
    dropped: set[int] = set()
    spans = OrderedSpans([(r.start, r.end) for r in registered])
    for candidate in found:
        overlapping = [
            (i, registered[i]) for i in spans.overlapping(candidate.start, candidate.end)
        ]
        if not overlapping or _shape_wins(candidate, [r for _, r in overlapping], text):
            kept_found.append(candidate)
            dropped.update(i for i, _ in overlapping)
    kept = [r for i, r in enumerate(registered) if i not in dropped]
    return sorted([*kept_found, *kept], key=lambda candidate: candidate.start)


def _temporal(text: str, start: int) -> bool:
    return _TEMPORAL.search(text, max(0, start - 12), start) is not None
