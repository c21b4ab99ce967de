"""Content the page repeats appears once.

Pages repeat themselves: the BIK portal serves its whole article twice (desktop and mobile
copies), article templates repeat the page title as a heading, press releases repeat a quote
of the body in a "Quote(s)" box. The rules, all by text and order rather than class names:

- a block whose text recurs exactly is dropped when it is long enough to be unambiguous, or
  when it sits in a run of repeated blocks (a repeated sequence, i.e. a repeated subtree);
- a block that only resembles an earlier one is dropped only inside such a run, aligned with
  its counterpart, so two different list items that share most words both stay;
- a long block contained in an earlier one (a pulled quote) is dropped.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from extractors.clean.text import comparison_key
from extractors.clean.walk import RawBlock

# Below this many words a repeated block may be legitimate ("Status: Active", a tag).
_UNAMBIGUOUS_WORDS = 6
_NEAR_DUPLICATE_RATIO = 0.8
# At most this many edited blocks in a row are matched up between two copies.
_MAX_EDITED_RUN = 4
# A block whose every run of this many words occurred earlier is a repeat (a pulled quote).
_SHINGLE_WORDS = 8


def drop_repeated_blocks(blocks: list[RawBlock], title: str | None) -> list[RawBlock]:
    keys = [comparison_key(block.text) for block in blocks]
    twin = _earlier_twins(keys)
    title_key = comparison_key(title) if title else None
    seen = _SeenText()
    keep = []
    for index, block in enumerate(blocks):
        is_title = keys[index] == title_key and block.kind in ("heading", "paragraph")
        is_pulled_quote = twin[index] is None and seen.contains(keys[index])
        seen.add(keys[index])
        if not (is_title or is_pulled_quote or _is_repeat(index, keys, twin)):
            keep.append(block)
    return keep


def _earlier_twins(keys: list[str]) -> list[int | None]:
    """For each block, the first earlier block with the same key."""
    first_seen: dict[str, int] = {}
    twins: list[int | None] = []
    for index, key in enumerate(keys):
        twins.append(first_seen.get(key))
        first_seen.setdefault(key, index)
    return twins


def _is_repeat(index: int, keys: list[str], twin: list[int | None]) -> bool:
    counterpart = twin[index]
    if counterpart is not None:
        return len(keys[index].split()) >= _UNAMBIGUOUS_WORDS or _in_repeated_run(index, twin)
    counterpart = _aligned_counterpart(index, twin)
    if counterpart is None:
        return False
    ratio = SequenceMatcher(None, keys[index], keys[counterpart], autojunk=False).ratio()
    return ratio >= _NEAR_DUPLICATE_RATIO


def _in_repeated_run(index: int, twin: list[int | None]) -> bool:
    """True when a neighbour is also a repeat of the neighbour of this block's twin."""
    counterpart = twin[index]
    assert counterpart is not None
    for step in (-1, 1):
        neighbour = index + step
        if 0 <= neighbour < len(twin) and twin[neighbour] == counterpart + step:
            return True
    return False


def _aligned_counterpart(index: int, twin: list[int | None]) -> int | None:
    """The block this one mirrors when the exact repeats around it are in step.

    In a repeated copy, a few edited blocks sit between blocks that repeat exactly; when the
    nearest exact repeats before and after are as far apart as their originals, the edited
    block stands where its original stood. At either end of the page one side suffices.
    """
    before = _nearest_repeat(index, twin, step=-1)
    after = _nearest_repeat(index, twin, step=1)
    if before is not None and after is not None:
        offset_before = before - _twin_of(before, twin)
        if after - _twin_of(after, twin) != offset_before:
            return None
        return index - offset_before
    if before is not None and not _has_blocks_after(index, twin):
        counterpart = index - (before - _twin_of(before, twin))
        return counterpart if counterpart < before else None
    return None


def _twin_of(index: int, twin: list[int | None]) -> int:
    counterpart = twin[index]
    assert counterpart is not None
    return counterpart


def _nearest_repeat(index: int, twin: list[int | None], step: int) -> int | None:
    for distance in range(1, _MAX_EDITED_RUN + 1):
        neighbour = index + step * distance
        if not 0 <= neighbour < len(twin):
            return None
        if twin[neighbour] is not None:
            return neighbour
    return None


def _has_blocks_after(index: int, twin: list[int | None]) -> bool:
    return index + _MAX_EDITED_RUN < len(twin)


class _SeenText:
    """Word n-grams of the blocks read so far: finds a block whose every n-gram was seen."""

    def __init__(self) -> None:
        self._shingles: set[tuple[str, ...]] = set()

    def contains(self, key: str) -> bool:
        shingles = _shingles(key)
        return bool(shingles) and all(shingle in self._shingles for shingle in shingles)

    def add(self, key: str) -> None:
        self._shingles.update(_shingles(key))


def _shingles(key: str) -> list[tuple[str, ...]]:
    words = key.split()
    return [tuple(words[i : i + _SHINGLE_WORDS]) for i in range(len(words) - _SHINGLE_WORDS + 1)]
