"""Initiatives that merged into a new one: the old ones ended and the new one started then.

"C is the result of the merger between A and B" or "A and B merged to form C" name the
parties (A, B) and the result (C); the merger's date is the sentence's own, else that of a
later sentence that tells it of "the two" or "both" ("The two initiatives merged in 2016").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.extract.context import DocumentContext, Sentence
from extractors.extract.drafts import Draft, MentionIndex

# "the merger between A and B", "the merger of A and B": the parties follow.
_MERGER_OF = re.compile(r"\bmerger\s+(?:between|of)\b", re.IGNORECASE)
# "A and B merged to form C", "A and B merged into C": the parties come first.
_MERGED_INTO = re.compile(r"\bmerged\s+(?:into|to\s+form|to\s+create|as)\b", re.IGNORECASE)
# "The two initiatives merged in 2016", "Both merged in 2016": the date, told of the pair.
_PAIR_MERGED = re.compile(r"\b(?:two|both)\b.*\bmerged\b", re.IGNORECASE)


@dataclass(frozen=True)
class Merger:
    parties: tuple[Draft, ...]
    result: Draft | None
    date: str | None


def find_merger(context: DocumentContext, index: MentionIndex) -> Merger | None:
    """The first merger the page tells of two or more named initiatives, with its date."""
    found: Merger | None = None
    for sentence in context.sentences:
        if found is None:
            found = _merger_of(context, sentence, index)
            if found is not None and found.date is not None:
                return found
        elif _PAIR_MERGED.search(sentence.text):
            date = _sentence_date(context, sentence, index)
            if date is not None:
                return Merger(found.parties, found.result, date)
    return found


def _merger_of(context: DocumentContext, sentence: Sentence, index: MentionIndex) -> Merger | None:
    cue = _MERGER_OF.search(sentence.text) or _MERGED_INTO.search(sentence.text)
    if cue is None:
        return None
    at = sentence.start + cue.start()
    before, after = _drafts(index, sentence.start, at), _drafts(index, at, sentence.end)
    parties, results = (after, before) if cue.re is _MERGER_OF else (before, after)
    parties = [draft for draft in parties if draft not in results]
    if len(parties) < 2:
        return None
    result = results[0] if len(results) == 1 else None
    return Merger(tuple(parties), result, _sentence_date(context, sentence, index))


def _drafts(index: MentionIndex, start: int, end: int) -> list[Draft]:
    """The initiatives named in start..end, each once, in order."""
    named: list[Draft] = []
    for _, _, draft in index.between(start, end):
        if not any(draft is seen for seen in named):
            named.append(draft)
    return named


def _sentence_date(context: DocumentContext, sentence: Sentence, index: MentionIndex) -> str | None:
    """The first date of the sentence outside a name ("the 2018 Code")."""
    for found in context.dates_between(sentence.start, sentence.end):
        if not index.contains(found.start, found.end):
            return found.value
    return None
