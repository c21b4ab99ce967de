"""An initiative while it is being extracted: its name variants, mentions and owned blocks.

Shared by the stages that find initiatives, resolve references to them and read their facts.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Hashable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from copy import copy
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from typing import TypeVar, cast

from extractors.extract.names import acronym_of, name_key, spelling_key, vocabulary

_T = TypeVar("_T")

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
    opened: str | None = None  # the day a rule of its own read its start ("has today opened")

    @property
    def keys(self) -> frozenset[str]:
        return _keys_of((self.name, *self.variants))

    @property
    def acronym_spellings(self) -> frozenset[str]:
        """ "BIK+" from "... (BIK+)", or a variant that is an acronym itself."""
        return _acronym_spellings_of(self.name, tuple(self.variants))

    @property
    def acronyms(self) -> frozenset[str]:
        return _casefolded(self.acronym_spellings)

    def aliases(self) -> list[str]:
        """Its other spellings, each once; "EU Internet Forum" beside "European Union Internet
        Forum" too (one key, two spellings a reader searches by)."""
        seen = {spelling_key(self.name)}
        aliases = []
        for variant in [*self.variants, *sorted(self.acronym_spellings)]:
            if spelling_key(variant) not in seen:
                seen.add(spelling_key(variant))
                aliases.append(variant)
        return aliases


# Clustering asks every draft for its keys and acronyms once per name found in the prose:
# cached on the spellings, as drafts change only by gaining spellings.
@lru_cache(maxsize=4096)
def _keys_of(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(name_key(name) for name in names)


@lru_cache(maxsize=4096)
def _acronym_spellings_of(name: str, variants: tuple[str, ...]) -> frozenset[str]:
    found = {acronym_of(v) for v in [name, *variants]}
    found |= {v for v in variants if _ACRONYM.fullmatch(v)}
    return frozenset(a for a in found if a)


@lru_cache(maxsize=4096)
def _casefolded(spellings: frozenset[str]) -> frozenset[str]:
    return frozenset(a.casefold() for a in spellings)


def plus_stripped(key: str) -> str:
    """A name key without its "+": "code of conduct+" -> "code of conduct"."""
    return key.rstrip("+").strip()


def variant_core(key: str) -> str:
    """What a shorter variant of name key `key` must begin: its words without the "+" and
    a leading year ("strengthened code of practice" for "2022 strengthened code of practice")."""
    return _LEADING_YEAR.sub("", plus_stripped(key))


# Words a page writes after a name to say what it is, not to name another thing: "the WiFi4EU
# initiative", "the Protech project" ("Pond Watch Alliance" may be another body than "Pond Watch").
DESCRIPTORS = frozenset(
    {"initiative", "project", "programme", "program", "campaign", "scheme", "pilot"}
)


@lru_cache(maxsize=65536)
def is_variant(short: str, long: str, long_acronyms: frozenset[str] = frozenset()) -> bool:
    """True when name key `short` names the same initiative as name key `long`."""
    if short == long:
        return True
    short_words = short.split()
    if short_words[0] in long_acronyms and len(short_words) <= 2:
        return True  # "BIK+ strategy" for "... (BIK+)"
    head, _, descriptor = variant_core(long).rpartition(" ")
    if head == short and descriptor in DESCRIPTORS:
        return True  # "Safe Internet for Children initiative", "Erasmus+ programme"
    if short.endswith("+") != long.endswith("+"):
        return False  # "Code of conduct+" is not the "Code of conduct" it replaced
    short_core, long_core = plus_stripped(short), variant_core(long)
    words = short_core.split()
    kinds = vocabulary().kinds
    if not (
        len(words) >= 2
        and any(word in kinds for word in words)
        and (long_core + " ").startswith(short_core + " ")
    ):
        return False
    # "EU Youth Strategy Platform" is the strategy's platform, another thing: a kind noun
    # that alone follows the shorter name heads a new name ("... for Children Online", "...
    # (Resolution No. 7/24/CONS)" do not).
    following = long_core[len(short_core) :].split()
    return not (len(following) == 1 and following[0] in kinds)


def one_of_kind(kind: str, drafts: Iterable[Draft]) -> Draft | None:
    """The one initiative among `drafts` of kind noun `kind` ("the Coalition"), if exactly
    one is: with two of a kind, "the Coalition" says not which."""
    of_kind = {id(draft): draft for draft in drafts if draft.kind == kind}
    return next(iter(of_kind.values())) if len(of_kind) == 1 else None


def _gap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, b_start - a_end, a_start - b_end)


class MentionIndex:
    """Every mention of `drafts`, sorted by start, for look-ups by position.

    Build it once the mentions are final (after `resolve_references`): a scan of every
    mention per sentence or per cue made long pages quadratic.
    """

    def __init__(self, drafts: list[Draft]):
        self.drafts = drafts
        entries = sorted(
            (mention.start, mention.end, order)
            for order, draft in enumerate(drafts)
            for mention in draft.mentions
        )
        self._starts = [start for start, _, _ in entries]
        self._entries = entries
        self._ends_so_far = list(accumulate((end for _, end, _ in entries), max))
        self._by_end = sorted((end, order) for _, end, order in entries)
        self._ends = [end for end, _ in self._by_end]
        self._first: int | None = None  # the order that ranks before every other
        self._of_kind: dict[str, Draft | None] = {}  # `one_of_kind` answers, shared by copies
        self._memo: dict[Hashable, object] = {}  # `memo` answers, shared by copies too
        # The heading drafts whose section holds each block, for "is this block in another
        # initiative's section" per sentence without a scan of every draft.
        self._sections: dict[int, list[Draft]] = {}
        for draft in drafts:
            if draft.source == "heading":
                for block in draft.owned:
                    self._sections.setdefault(block, []).append(draft)

    def led_by(self, draft: Draft) -> MentionIndex:
        """This index with `draft` ranked first, so that ties go to it: the same answers as
        `MentionIndex([draft, *others])`, sharing the sorted mentions (an index built per
        initiative made pages with many initiatives slow)."""
        position = next((i for i, other in enumerate(self.drafts) if other is draft), None)
        if position is None:
            return MentionIndex([draft, *self.drafts])
        led = copy(self)
        led._first = position
        return led

    def memo(self, key: Hashable, compute: Callable[[], _T]) -> _T:
        """`compute()` once for `key` across this index and its `led_by` copies: what every
        initiative asks of one sentence ("which mentions there only tell a date")."""
        if key not in self._memo:
            self._memo[key] = compute()
        return cast(_T, self._memo[key])

    def one_of_kind(self, kind: str) -> Draft | None:
        """`one_of_kind` of the index's drafts, found once per kind noun."""
        if kind not in self._of_kind:
            self._of_kind[kind] = one_of_kind(kind, self.drafts)
        return self._of_kind[kind]

    def first_between(self, start: int, end: int) -> tuple[int, Draft] | None:
        """(start, draft) of the first mention that starts inside start..end, if any."""
        first = bisect_left(self._starts, start)
        if first < len(self._starts) and self._starts[first] < end:
            return self._starts[first], self.drafts[self._entries[first][2]]
        return None

    def in_section_of_other(self, block: int, draft: Draft) -> bool:
        """True when a heading draft other than `draft` owns block `block`."""
        return any(other is not draft for other in self._sections.get(block, ()))

    def _rank(self, order: int) -> int:
        return -1 if order == self._first else order

    def between(self, start: int, end: int) -> list[tuple[int, int, Draft]]:
        """(start, end, draft) of the mentions that start inside start..end, in page order."""
        return list(self.iter_between(start, end))

    def iter_between(self, start: int, end: int) -> Iterator[tuple[int, int, Draft]]:
        """`between`, one mention at a time: for a search that stops at the first it wants
        (a list of every mention to the sentence's end, per cue, was quadratic)."""
        first, last = bisect_left(self._starts, start), bisect_left(self._starts, end)
        for at in range(first, last):
            s, e, order = self._entries[at]
            yield s, e, self.drafts[order]

    def last_start_between(self, start: int, end: int) -> int | None:
        """Where the last mention that starts inside start..end starts, if any."""
        last = bisect_left(self._starts, end)
        return self._starts[last - 1] if last > 0 and self._starts[last - 1] >= start else None

    def covers(self, offset: int) -> bool:
        """True when `offset` is inside a mention."""
        count = bisect_right(self._starts, offset)
        return count > 0 and self._ends_so_far[count - 1] > offset

    def contains(self, start: int, end: int) -> bool:
        """True when start..end lies inside a mention ("2018" in "the 2018 Code")."""
        count = bisect_right(self._starts, start)
        return count > 0 and self._ends_so_far[count - 1] >= end

    def first_ending_between(self, low: int, high: int) -> Draft | None:
        """The earliest draft of `drafts` with a mention ending in low..high (both included)."""
        first, last = bisect_left(self._ends, low), bisect_right(self._ends, high)
        orders = [order for _, order in self._by_end[first:last]]
        return self.drafts[min(orders, key=self._rank)] if orders else None

    def nearest(
        self, start: int, end: int, within: tuple[int, int], skip: AbstractSet[int] = frozenset()
    ) -> Draft | None:
        """The initiative whose mention inside `within` (a sentence) is nearest to start..end.

        Mentions inside start..end itself do not count: a list of members may name an
        initiative ("ICT Coalition") without being about it, nor mentions starting at a `skip`
        offset. Ties go to the earlier draft of `drafts`.
        """
        first = bisect_left(self._starts, within[0])
        last = bisect_left(self._starts, within[1])
        pivot = bisect_left(self._starts, start, first, last)
        # Outwards from `start`, only as far as a mention may still be as near as the best:
        # scoring every mention of the sentence per look-up made a sentence that names the
        # initiative in each of its thousands of clauses quadratic.
        best: tuple[int, int, int] | None = None
        for at in range(pivot, last):  # (an index, not a slice: a slice copies to the end)
            m_start, m_end, order = self._entries[at]
            if best is not None and m_start - end > best[0]:
                break  # every later mention starts further away
            if start <= m_start < end or m_start in skip:
                continue
            found = (_gap(m_start, m_end, start, end), self._rank(order), order)
            best = found if best is None or found < best else best
        for at in range(pivot - 1, first - 1, -1):
            if best is not None and start - self._ends_so_far[at] > best[0]:
                break  # no earlier mention ends nearer
            m_start, m_end, order = self._entries[at]
            if m_start in skip:
                continue
            found = (_gap(m_start, m_end, start, end), self._rank(order), order)
            best = found if best is None or found < best else best
        return self.drafts[best[2]] if best is not None else None


def nearest_initiative(
    drafts: list[Draft],
    start: int,
    end: int,
    within: tuple[int, int],
    skip: AbstractSet[int] = frozenset(),
) -> Draft | None:
    """`MentionIndex.nearest` for a single look-up."""
    return MentionIndex(drafts).nearest(start, end, within, skip)
