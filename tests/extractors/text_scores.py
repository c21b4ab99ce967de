"""Token precision, recall and F1 of a cleaned text against a gold text (bag of words)."""

from __future__ import annotations

import re
from collections import Counter

_TOKEN = re.compile(r"\w+")


def token_f1(output: str, gold: str) -> float:
    produced = Counter(_TOKEN.findall(output.casefold()))
    expected = Counter(_TOKEN.findall(gold.casefold()))
    overlap = sum((produced & expected).values())
    if not overlap:
        return 0.0
    precision = overlap / sum(produced.values())
    recall = overlap / sum(expected.values())
    return 2 * precision * recall / (precision + recall)
