"""Content the page repeats appears once.

Pages repeat themselves: the BIK portal serves its whole article twice (desktop and mobile
copies), article templates repeat the page title as a heading, press releases repeat a quote
of the body in a "Quote(s)" box. The rules, all by text and order rather than class names:

- a repeated copy shows as a run of blocks that repeat earlier blocks in the same order (a
  repeated sequence, i.e. a repeated subtree); a run that holds a sentence of prose, or four
  blocks or more, or a block of a few words where a long block beside the run repeats the
  one beside its original, is unambiguous and all of it goes, short blocks ("Status:
  Active") included;
- a short block that repeats outside such a run stays: teasers share tags and bylines, some
  of several words, between dates and titles of their own;
- a block that only resembles an earlier one goes only inside such a run, standing where its
  counterpart stood (an edited copy), so two different list items that share most words
  both stay;
- a long block whose every phrase occurred earlier (a pulled quote) goes, unless it is a
  list item (a report's name that the text quotes) or a heading (a name the text mentioned).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any

from extractors.clean.text import comparison_key
from extractors.clean.walk import RawBlock

# From this many words on, a repeated block is a sentence of prose: a run that holds it is
# unambiguous.
_UNAMBIGUOUS_WORDS = 10
# From this many words on, a repeated block is unambiguous where a neighbour of its run
# mirrors the neighbour of the original too; below it, or where nothing around it mirrors
# anything, it is a card's metadata: tags and bylines repeat from card to card and run to
# about eight words ("National: national initiative, strategy or policy", "Ingrida
# Milkaite and Eva Lievens, Ghent University"), between dates and titles that differ.
_LONG_WORDS = 6
# From this many blocks on, a repeated run of short blocks is unambiguous too.
_UNAMBIGUOUS_RUN = 4
_NEAR_DUPLICATE_RATIO = 0.8
# At most this many edited blocks in a row are matched up between two copies.
_MAX_EDITED_RUN = 4
# A block whose every run of this many words occurred earlier is a repeat (a pulled quote).
_SHINGLE_WORDS = 8


@dataclass
class _Repeats:
    keys: list[str]
    # the earlier block with the same key: where the copy it is in stood, else the first
    twin: list[int | None]
    anchored: list[bool]  # an exact repeat inside an unambiguous repeated run

    def is_repeat(self, index: int) -> bool:
        if self.twin[index] is not None:
            return self.anchored[index]
        counterpart = self._aligned_counterpart(index)
        if counterpart is None:
            return False
        return _nearly_same(self.keys[index], self.keys[counterpart])

    def _aligned_counterpart(self, index: int) -> int | None:
        """The block this one mirrors when the anchored repeats around it are in step.

        In a repeated copy, a few edited blocks sit between blocks that repeat exactly; when
        the nearest repeats before and after are as far apart as their originals, the edited
        block stands where its original stood. At the end of the page one side suffices.
        """
        before = self._nearest_anchor(index, step=-1)
        after = self._nearest_anchor(index, step=1)
        if before is None:
            return self._counterpart_at_copy_start(index, after)
        offset = before - self._twin_of(before)
        if after is not None:
            return index - offset if after - self._twin_of(after) == offset else None
        if index + _MAX_EDITED_RUN < len(self.keys):
            return None  # not the end of the page: the copy ended before this block
        return index - offset if index - offset < before else None

    def _counterpart_at_copy_start(self, index: int, after: int | None) -> int | None:
        """An edited first block of a copy: the repeats after it give its original's place."""
        if after is None:
            return None
        counterpart = index - (after - self._twin_of(after))
        return counterpart if counterpart >= 0 else None

    def _twin_of(self, index: int) -> int:
        counterpart = self.twin[index]
        assert counterpart is not None
        return counterpart

    def _nearest_anchor(self, index: int, step: int) -> int | None:
        for distance in range(1, _MAX_EDITED_RUN + 1):
            neighbour = index + step * distance
            if not 0 <= neighbour < len(self.keys):
                return None
            if self.twin[neighbour] is not None:
                return neighbour if self.anchored[neighbour] else None
        return None


def drop_repeated_blocks(blocks: list[RawBlock], title: str | None) -> list[RawBlock]:
    repeats = _analyse([comparison_key(block.text) for block in blocks])
    title_key = comparison_key(title) if title else None
    seen = _SeenText()
    keep = []
    for index, block in enumerate(blocks):
        key = repeats.keys[index]
        is_title = key == title_key and block.kind in ("heading", "paragraph")
        # A list item naming a report or an organisation often repeats words of the text, and
        # a heading the name of something the text mentioned: neither is a pulled quote.
        shingles = _shingles(key)
        is_pulled_quote = (
            block.kind not in ("list_item", "heading")
            and repeats.twin[index] is None
            and seen.contains(shingles)
        )
        seen.add(shingles)
        if not (is_title or is_pulled_quote or repeats.is_repeat(index)):
            keep.append(block)
    _counted_words.cache_clear()  # one page's blocks: a long-running process keeps none
    return keep


def _analyse(keys: list[str]) -> _Repeats:
    first_seen: dict[str, int] = {}
    twin: list[int | None] = []
    for index, key in enumerate(keys):
        # A block right after a repeated one repeats the block after that one's original when
        # it can: a copy of a listing repeats its second card's tag where that card stood,
        # not where the tag was first seen.
        before = twin[-1] if twin else None
        if before is not None and keys[before + 1] == key:
            twin.append(before + 1)
        else:
            twin.append(first_seen.get(key))
        first_seen.setdefault(key, index)
    words = [len(key.split()) for key in keys]
    anchored = [False] * len(keys)
    for run in _in_step_runs(twin):
        longest = max(words[index] for index in run)
        # A card's tags may repeat another card's, four in a row, between a date and a title of
        # its own: a run of four blocks or more is a copy where it follows its original right
        # away or repeats what stood around it too; one of a few words, where a long block
        # beside it repeats or nearly repeats the one beside its original.
        original_end = twin[run.stop - 1]
        is_copy = (
            longest >= _UNAMBIGUOUS_WORDS
            or (
                len(run) >= _UNAMBIGUOUS_RUN
                and (original_end == run.start - 1 or _mirrored_around(keys, words, twin, run, 1))
            )
            or (longest >= _LONG_WORDS and _mirrored_around(keys, words, twin, run, _LONG_WORDS))
        )
        if is_copy:
            for index in run:
                anchored[index] = True
    return _Repeats(keys, twin, anchored)


def _mirrored_around(
    keys: list[str], words: list[int], twin: list[int | None], run: range, least_words: int
) -> bool:
    """Whether the block before or after a repeated run repeats, or (a long one) nearly
    repeats, the block before or after its original: the run is part of a copy, not a card's
    metadata. Blocks shorter than `least_words` say nothing: cards repeat their tags, and two
    cards' dates ("05/05/2018", "08/02/2018") are as alike by their characters as an edit."""
    first, last = twin[run.start], twin[run.stop - 1]
    assert first is not None and last is not None
    return any(
        0 <= original < index < len(keys)
        and min(words[index], words[original]) >= least_words
        and (
            keys[index] == keys[original]
            or (
                min(words[index], words[original]) >= _LONG_WORDS
                and _nearly_same(keys[index], keys[original])
            )
        )
        for index, original in ((run.start - 1, first - 1), (run.stop, last + 1))
    )


# Up to this many characters, two blocks are compared character by character; beyond, by the
# words and the runs of three words they share, each block's counted once: an alignment costs
# the product of the two lengths.
_ALIGNED_CHARACTERS = 300
# Beyond it, an edited copy shares most of its words and at least this share of its runs of
# three: four dates rewritten in a paragraph of sixty words keep about two thirds.
_SHARED_RUNS = 0.5


def _nearly_same(key: str, other: str) -> bool:
    """Whether two different blocks are copies, one of them edited: "Status: Active since
    2031" and "Status: Active since 2032", a long paragraph with a few words changed."""
    if 2 * min(len(key), len(other)) < _NEAR_DUPLICATE_RATIO * (len(key) + len(other)):
        return False  # their lengths alone tell them apart
    if max(len(key), len(other)) <= _ALIGNED_CHARACTERS:
        matcher = SequenceMatcher(None, key, other, autojunk=False)
        return matcher.ratio() >= _NEAR_DUPLICATE_RATIO
    words, runs = _counted_words(key)
    other_words, other_runs = _counted_words(other)
    if not runs or not other_runs:
        return False  # a long token or two, not prose: only an exact repeat counts
    return _overlap(words, other_words) >= _NEAR_DUPLICATE_RATIO and (
        _overlap(runs, other_runs) >= _SHARED_RUNS
    )


def _overlap(counted: Counter[Any], other: Counter[Any]) -> float:
    return 2 * (counted & other).total() / (counted.total() + other.total())


@lru_cache(maxsize=256)
def _counted_words(key: str) -> tuple[Counter[str], Counter[tuple[str, ...]]]:
    """A block's words and runs of three words, counted once per block however many short
    runs stand beside it; the cache lives for one page (`drop_repeated_blocks` clears it)."""
    words = key.split()
    return Counter(words), Counter(zip(words, words[1:], words[2:], strict=False))


def _in_step_runs(twin: list[int | None]) -> list[range]:
    """Maximal runs of consecutive blocks that repeat consecutive earlier blocks."""
    runs = []
    start = 0
    while start < len(twin):
        if twin[start] is None:
            start += 1
            continue
        end = start + 1
        while end < len(twin) and _continues_run(twin, end):
            end += 1
        runs.append(range(start, end))
        start = end
    return runs


def _continues_run(twin: list[int | None], index: int) -> bool:
    previous, current = twin[index - 1], twin[index]
    return previous is not None and current is not None and current == previous + 1


class _SeenText:
    """Word n-grams of the blocks read so far: finds a block whose every n-gram was seen."""

    def __init__(self) -> None:
        self._shingles: set[tuple[str, ...]] = set()

    def contains(self, shingles: list[tuple[str, ...]]) -> bool:
        return bool(shingles) and self._shingles.issuperset(shingles)

    def add(self, shingles: list[tuple[str, ...]]) -> None:
        self._shingles.update(shingles)


def _shingles(key: str) -> list[tuple[str, ...]]:
    """Every run of `_SHINGLE_WORDS` words of `key`, built by `zip` (one pass, in C)."""
    words = key.split()
    return list(zip(*(words[i:] for i in range(_SHINGLE_WORDS)), strict=False))
