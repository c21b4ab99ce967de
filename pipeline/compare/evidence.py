"""The sentence of a page that proves a change: what an alert quotes and links to.

An item's evidence span says where the item stands; for a status or a date the span is the
initiative's name, whose sentence rarely states the new status ("The Alliance was a
self-regulatory initiative..."). So a status or date change looks for the sentence that
states it: the new date as the page writes it, an end or launch cue of the extraction's own
vocabulary (`extractors/extract/patterns/cues.jsonl`), and the initiative named. Pure functions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from extractors.extract.resources import load_jsonl
from schemas.document import Span

QUOTE_LIMIT = 600  # a longer "sentence" is a run-on list; the alert cuts what it shows anyway
# A sentence ends at . ! ? or an ellipsis, maybe with a closing quote or bracket, before a capital.
_SENTENCE_END = re.compile(r"(?<=[.!?\u2026])[\"\u201d\u2019)]?\s+(?=[\"\u201c\u2018(]?[A-Z0-9])")
_NAME_WORD = re.compile(r"\b[A-Z][\w'\u2019-]{3,}\b")
_GENERIC_NAME_WORDS = frozenset({"code", "online", "european", "conduct", "this", "that"})

# Which cue labels state a status or a date field (see cues.jsonl).
STATUS_CUES = {"ended": ("END",), "active": ("ACTIVE", "LAUNCH")}
FIELD_CUES = {"ended": ("END",), "launched": ("LAUNCH",)}


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence: paragraphs split at sentence ends."""
    spans = []
    for paragraph in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]*)*", text):
        start = paragraph.start()
        for boundary in _SENTENCE_END.finditer(paragraph.group()):
            spans.append((start, paragraph.start() + boundary.start()))
            start = paragraph.start() + boundary.end()
        spans.append((start, paragraph.end()))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def sentence_at(text: str, span: Span | None) -> str | None:
    """The sentence (or sentences) of `text` holding `span`, on one line."""
    if span is None or span.end > len(text):
        return None
    covering = [(s, e) for s, e in sentence_spans(text) if s < max(span.end, span.start + 1)]
    covering = [(s, e) for s, e in covering if e > span.start]
    if not covering:
        return None
    return _one_line(text[covering[0][0] : covering[-1][1]])


def stating_sentence(
    text: str,
    anchor: Span | None,
    *,
    cue_labels: Iterable[str] = (),
    date_spans: Iterable[Span] = (),
    name: str | None = None,
) -> str | None:
    """The sentence stating a status or date: it holds the date, a cue and the initiative's
    name (best two of three); else the sentence at `anchor`."""
    cues = cue_pattern(tuple(cue_labels))
    dates = list(date_spans)
    names = _name_words(name)
    best, best_score = None, 1
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        score = 2 * any(start <= d.start and d.end <= end for d in dates)
        score += 2 * bool(cues and cues.search(sentence))
        score += any(word in sentence for word in names)
        if score > best_score:
            best, best_score = _one_line(sentence), score
    return best or sentence_at(text, anchor)


def _name_words(name: str | None) -> set[str]:
    words = set(_NAME_WORD.findall(name or ""))
    return {w for w in words if w.casefold() not in _GENERIC_NAME_WORDS}


@cache
def cue_pattern(labels: tuple[str, ...]) -> re.Pattern[str] | None:
    """The cue phrases of `labels` as one word-bounded, case-blind pattern."""
    records = [r for r in load_jsonl("cues.jsonl") if r["label"] in labels]
    phrases = [phrase for record in records for phrase in _phrases(record["pattern"])]
    if not phrases:
        return None
    alternatives = "|".join(sorted({re.escape(p) for p in phrases}, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


def _phrases(pattern: list[dict[str, object]]) -> list[str]:
    """The phrases a token pattern of simple LOWER / LOWER-IN tokens matches."""
    phrases = [""]
    for token in pattern:
        lower = token.get("LOWER")
        options = lower.get("IN") if isinstance(lower, dict) else [lower]
        if not isinstance(options, list) or not all(isinstance(o, str) for o in options):
            return []
        phrases = [f"{p} {o}".strip() for p in phrases for o in options]
    return phrases


def _one_line(text: str) -> str | None:
    line = " ".join(text.split())
    return line[:QUOTE_LIMIT] or None
