"""An initiative while it is being extracted: its name variants, mentions and owned blocks.

Shared by the stages that find initiatives, resolve references to them and read their facts.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from extractors.extract.names import acronym_of, name_key, vocabulary

_ACRONYM = re.compile(r"[A-Z][A-Z0-9+&]{1,11}")
_LEADING_YEAR = re.compile(r"^(?:19|20)\d\d\s+")


@dataclass
class Mention:
    start: int
    end: int
    block: int
    is_name: bool = True  # False for a back-reference ("the Coalition")


@dataclass
class Draft:
    """An initiative while it is being extracted."""

    name: str
    kind: str
    source: str  # "title" | "heading" | "prose"
    heading: int | None = None
    heading_year: str | None = None
    variants: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    owned: set[int] = field(default_factory=set)  # block indices
    # A short spelling the body uses ("code of conduct"), added as a variant only after the
    # prose names are clustered, so that it does not pull in longer names of other codes.
    body_spelling: str | None = None
    # True for a name without a kind noun read from the title: it stands only with a list of
    # actions or signatories, as a title names bodies and events as often as initiatives.
    needs_facts: bool = False
    registry_id: str | None = None  # the registered initiative it is, once linked
    heading_end_year: str | None = None  # "Safer Internet Plus (2005-2008)": it ran until 2008

    @property
    def keys(self) -> set[str]:
        return {name_key(variant) for variant in [self.name, *self.variants]}

    @property
    def acronym_spellings(self) -> set[str]:
        """ "BIK+" from "... (BIK+)", or a variant that is an acronym itself."""
        found = {acronym_of(v) for v in [self.name, *self.variants]}
        found |= {v for v in self.variants if _ACRONYM.fullmatch(v)}
        return {a for a in found if a}

    @property
    def acronyms(self) -> set[str]:
        return {a.casefold() for a in self.acronym_spellings}

    def aliases(self) -> list[str]:
        seen = {name_key(self.name)}
        aliases = []
        for variant in [*self.variants, *sorted(self.acronym_spellings)]:
            if name_key(variant) not in seen:
                seen.add(name_key(variant))
                aliases.append(variant)
        return aliases


def _strip_plus(key: str) -> tuple[str, bool]:
    return key.rstrip("+").strip(), key.endswith("+")


def is_variant(short: str, long: str, long_acronyms: AbstractSet[str] = frozenset()) -> bool:
    """True when name key `short` names the same initiative as name key `long`."""
    if short == long:
        return True
    short_words = short.split()
    if short_words[0] in long_acronyms and len(short_words) <= 2:
        return True  # "BIK+ strategy" for "... (BIK+)"
    short_core, short_plus = _strip_plus(short)
    long_core, long_plus = _strip_plus(long)
    if short_plus != long_plus:
        return False  # "Code of conduct+" is not the "Code of conduct" it replaced
    # "Strengthened Code of Practice" for "2022 Strengthened Code of Practice".
    long_core = _LEADING_YEAR.sub("", long_core)
    words = short_core.split()
    return (
        len(words) >= 2
        and any(word in vocabulary().kinds for word in words)
        and (long_core + " ").startswith(short_core + " ")
    )


def _gap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, b_start - a_end, a_start - b_end)


def nearest_initiative(
    drafts: list[Draft],
    start: int,
    end: int,
    within: tuple[int, int],
    skip: AbstractSet[int] = frozenset(),
) -> Draft | None:
    """The initiative whose mention inside `within` (a sentence) is nearest to start..end.

    Mentions inside start..end itself do not count: a list of members may name an initiative
    ("ICT Coalition") without being about it, nor mentions starting at a `skip` offset.
    Ties go to the earlier draft of `drafts`.
    """
    best: tuple[int, int] | None = None
    chosen = None
    for order, draft in enumerate(drafts):
        for mention in draft.mentions:
            if not within[0] <= mention.start < within[1] or start <= mention.start < end:
                continue
            if mention.start in skip:
                continue
            key = (_gap(mention.start, mention.end, start, end), order)
            if best is None or key < best:
                best, chosen = key, draft
    return chosen
