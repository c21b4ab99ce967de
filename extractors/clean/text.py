"""Whitespace and comparison helpers shared by the cleaning stages."""

from __future__ import annotations

import re

# Invisible characters, and characters XML 1.0 forbids (C0 controls, noncharacters): no page
# means them as text, and they would break every XML the text later goes into (the feeds).
_INVISIBLE = re.compile(
    "[\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]"
)
_NON_WORD = re.compile(r"[\W_]+")


def collapse_whitespace(text: str) -> str:
    """One space between words (no-break spaces included), nothing at the ends."""
    return " ".join(_INVISIBLE.sub("", text).split())


def comparison_key(text: str) -> str:
    """Case, punctuation and spacing removed: two renderings of one block share a key."""
    return _NON_WORD.sub(" ", text.casefold()).strip()


def word_count(text: str) -> int:
    return len(text.split())
