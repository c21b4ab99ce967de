"""Look-ups over many spans by bisection, for the passes that ask, per name or separator,
which spans of the same text overlap or hold it: a scan of every span per question made
pages of thousands of names quadratic."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import accumulate, pairwise


class SpanSet:
    """Spans (start, end) that may overlap, sorted by start with the furthest end so far."""

    def __init__(self, spans: Sequence[tuple[int, int]]):
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._ends_so_far = list(accumulate((end for _, end in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        """True when a span starting before `end` ends after `start`."""
        count = bisect_left(self._starts, end)
        return count > 0 and self._ends_so_far[count - 1] > start

    def encloses(self, start: int, end: int) -> bool:
        """True when a span holds start..end (its ends included)."""
        count = bisect_right(self._starts, start)
        return count > 0 and self._ends_so_far[count - 1] >= end


class OrderedSpans:
    """Spans in the order given, answering "which overlap start..end" in that order: by
    bisection when they come sorted and disjoint (a sentence's registered names), else by
    a scan."""

    def __init__(self, spans: Sequence[tuple[int, int]]):
        self._spans = list(spans)
        self._starts = [start for start, _ in self._spans]
        self._ends = [end for _, end in self._spans]
        self._sorted = all(a <= b for a, b in pairwise(self._starts)) and all(
            a <= b for a, b in pairwise(self._ends)
        )

    def overlapping(self, start: int, end: int) -> range | list[int]:
        """The positions of the spans that overlap start..end (not only touch it)."""
        if self._sorted:
            return range(bisect_right(self._ends, start), bisect_left(self._starts, end))
        return [i for i, (s, e) in enumerate(self._spans) if s < end and start < e]
