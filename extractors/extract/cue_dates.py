"""The dates a cue gives: the one nearest it, leaving out years inside names, and the date of
an owned "Implementation period start: 2022" line."""

from __future__ import annotations

import re

from extractors.extract.context import Cue, DocumentContext, Sentence
from extractors.extract.drafts import Draft, MentionIndex


def _gap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, b_start - a_end, a_start - b_end)


def dates_near(
    context: DocumentContext, span: tuple[int, int], cue: Cue, index: MentionIndex
) -> str | None:
    """The date of `span` nearest the cue, leaving out years inside names ("the 2018 Code")."""
    dates = [d for d in context.dates_between(*span) if not index.contains(d.start, d.end)]
    if not dates:
        return None
    return min(dates, key=lambda d: _gap(d.start, d.end, cue.start, cue.end)).value


def labelled_date(context: DocumentContext, draft: Draft, label: re.Pattern[str]) -> str | None:
    """The date of an owned "Implementation period start: 2022" line, if any."""
    for index in sorted(draft.owned):
        block = context.blocks[index]
        match = label.match(block.text)
        if match:
            dates = context.dates_between(block.span.start + match.end(), block.span.end)
            if dates:
                return dates[0].value
    return None


def headline_lead_date(
    context: DocumentContext, draft: Draft, sentence: Sentence, cue: Cue, index: MentionIndex
) -> str | None:
    """The day the lead gives a headline's undated cue, told again with the same word: "Grand
    Pond Coalition launched in Brussels" over "On 4 March 2013, the town launched a pond
    partnership ...". Not when the lead's cue is nearer another initiative's name."""
    following = sentence.block + 1
    if context.blocks[sentence.block].kind not in _HEADLINES:
        return None
    if following >= len(context.blocks) or context.blocks[following].kind != "paragraph":
        return None
    word = context.text[cue.start : cue.end].lower()
    for lead in context.sentences_of(following):
        within = (lead.start, lead.end)
        for told in lead.cues:
            if told.label != cue.label or context.text[told.start : told.end].lower() != word:
                continue
            if index.nearest(told.start, told.end, within) not in (None, draft):
                continue
            date = dates_near(context, within, told, index)
            if date:
                return date
    return None


_HEADLINES = frozenset({"title", "heading"})
