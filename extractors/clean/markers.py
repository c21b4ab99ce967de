"""Bullets and numbers that editors type at the start of a line instead of using a list."""

from __future__ import annotations

import re

# Bullet signs (with or without a space after them) and dashes or "*" (with a space after).
BULLET = re.compile(
    "^(?:[\u2022\u00b7\u25aa\u25e6\u25cf\u25cb\u25a0\u25a1\u27a2\u25ba\u25b6\u2023\u2043\u2219]\\s*"
    "|[-\u2013\u2014*]\\s+)(?=\\S)"
)
NUMBER = re.compile(r"^\(?(\d{1,2}|[a-z])[.)]\s+(?=\S)")


def starts_with_marker(text: str) -> bool:
    """True for a line typed as a list item: "• item", "- item", "2. item", "(b) item"."""
    return bool(BULLET.match(text) or NUMBER.match(text))
