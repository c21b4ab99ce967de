"""When an initiative started and ended, and whether the page presents it as active.

`launched`: the date of the first sentence that mentions the initiative with a launch cue
("Adopted on 11 May 2022", "launched the Alliance on Safer Internet Day 2017"); a cue
sentence without a date takes its paragraph's; else the year its heading gives "(2012)".
`ended`: the date of a sentence with an end cue ("formally disbanded the Alliance in July
2023"). `status`: "ended" on an end cue, or when the page says only another one is still
active, or when the page lists it among previous initiatives; "active" otherwise, or from a
"Status: ..." line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.extract.context import DocumentContext, Sentence
from extractors.extract.dates import FoundDate, precision
from extractors.extract.initiatives import Draft
from schemas.dates import is_not_after

_PAST_LISTING = re.compile(r"\b(?:previous|past|former|earlier|archived)\b", re.IGNORECASE)
_STATUS_LINE = re.compile(r"^\s*(?:status|implementation period finish)\s*:\s*(.+)$", re.I)
_ACTIVE_VALUES = re.compile(r"\b(?:ongoing|implemented|active|in force|running|open)\b", re.I)
_ENDED_VALUES = re.compile(r"\b(?:ended|completed|closed|expired|finished|repealed)\b", re.I)
_ONLY_ACTIVE = re.compile(r"\bonly\b", re.IGNORECASE)


@dataclass(frozen=True)
class Lifecycle:
    launched: str | None
    ended: str | None
    status: str


def _mention_sentences(context: DocumentContext, draft: Draft) -> list[Sentence]:
    starts = [mention.start for mention in draft.mentions]
    return [
        sentence
        for sentence in context.sentences
        if context.blocks[sentence.block].kind != "title"
        and any(sentence.start <= start < sentence.end for start in starts)
    ]


def _dates_of(context: DocumentContext, sentence: Sentence) -> list[FoundDate]:
    return context.dates_between(sentence.start, sentence.end)


def _block_dates(context: DocumentContext, sentence: Sentence) -> list[FoundDate]:
    span = context.blocks[sentence.block].span
    return context.dates_between(span.start, span.end)


def _launched(context: DocumentContext, draft: Draft, sentences: list[Sentence]) -> str | None:
    for sentence in sentences:
        if not sentence.has_cue("LAUNCH"):
            continue
        dates = _dates_of(context, sentence) or _block_dates(context, sentence)
        if dates:
            return max(dates[:2], key=lambda found: precision(found.value)).value
    return draft.heading_year


def _ended(context: DocumentContext, sentences: list[Sentence]) -> tuple[bool, str | None]:
    for sentence in sentences:
        if sentence.has_cue("END"):
            dates = _dates_of(context, sentence)
            return True, dates[0].value if dates else None
    return False, None


def _status_line(context: DocumentContext, draft: Draft) -> str | None:
    """A "Status: Implemented" or "Implementation period finish: Ongoing" line it owns."""
    for index in sorted(draft.owned):
        match = _STATUS_LINE.match(context.blocks[index].text)
        if match and _ENDED_VALUES.search(match.group(1)):
            return "ended"
        if match and _ACTIVE_VALUES.search(match.group(1)):
            return "active"
    return None


def only_active(context: DocumentContext, described: list[Draft]) -> Draft | None:
    """The one initiative a sentence says is the only one still active, if any."""
    for sentence in context.sentences:
        if not (sentence.has_cue("ACTIVE") and _ONLY_ACTIVE.search(sentence.text)):
            continue
        for draft in described:
            if any(sentence.start <= m.start < sentence.end for m in draft.mentions):
                return draft
    return None


def lifecycle(context: DocumentContext, draft: Draft, the_only_active: Draft | None) -> Lifecycle:
    sentences = _mention_sentences(context, draft)
    launched = _launched(context, draft, sentences)
    has_ended, ended = _ended(context, sentences)
    if launched and ended and not is_not_after(launched, ended):
        launched = None
    if has_ended:
        return Lifecycle(launched, ended, "ended")
    if the_only_active is not None:
        return Lifecycle(launched, None, "active" if draft is the_only_active else "ended")
    status = _status_line(context, draft)
    if status is None:
        past = _PAST_LISTING.search(context.document.title or "")
        status = "ended" if past and draft.source == "heading" else "active"
    return Lifecycle(launched, None, status)
