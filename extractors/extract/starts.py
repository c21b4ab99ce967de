"""A start the prose states for an initiative: "has funded ... since 1999", "running from 1
January 2009", "since its first edition in 2004"."""

from __future__ import annotations

import re

from extractors.extract.context import DocumentContext, Sentence
from extractors.extract.drafts import Draft, MentionIndex

# "since 1999", "from 1 January 2009", "From today, 7 June 2022", "since its first edition
# in 2004", "since its creation in 2012": a start the prose states.
_START_PREPOSITION = re.compile(
    r"\b(?:(?:since|from)\s+(?:today,?\s+)?|first\s+edition\s+(?:in|on)\s+"
    r"|since\s+(?:its|their)\s+(?:launch|creation|inception|establishment|founding)"
    r"\s+(?:in|on)\s+)$",
    re.IGNORECASE,
)
_START_WORDS = 4  # the longest start phrase above, "since its launch in", in words


def starts_owned(context: DocumentContext, draft: Draft) -> list[str]:
    """The "from 1 January 2009" and "since 2004" dates of the initiative's own blocks."""
    return [
        found.value
        for index in sorted(draft.owned)
        for sentence in context.sentences_of(index)
        for found in context.dates_between(sentence.start, sentence.end)
        if _follows_start_preposition(context.text, sentence.start, found.start)
    ]


def _follows_start_preposition(text: str, sentence_start: int, date_start: int) -> bool:
    """Whether "since", "from" or "first edition in" ends the sentence before the date. The
    preposition is in the last few words: searching the whole sentence before each date
    made a long sentence of many numbers quadratic."""
    tail = _last_words_start(text, sentence_start, date_start, _START_WORDS)
    return _START_PREPOSITION.search(text[tail:date_start]) is not None


def stated_start(
    context: DocumentContext, draft: Draft, sentences: list[Sentence], index: MentionIndex
) -> str | None:
    """The first "since 1999" or "from 1999 to 2013" of a sentence about the initiative."""
    for sentence in sentences:
        for found in context.dates_between(sentence.start, sentence.end):
            if not _follows_start_preposition(context.text, sentence.start, found.start):
                continue
            within = (sentence.start, sentence.end)
            if index.nearest(found.start, found.end, within) is draft:
                return found.value
    return None


def _last_words_start(text: str, start: int, end: int, count: int) -> int:
    """Where the last `count` words of `text[start:end]` begin, counting the whitespace
    before them (a word boundary looks at it), or `start` if there are fewer."""
    position = end
    for _ in range(count):
        while position > start and text[position - 1].isspace():
            position -= 1
        while position > start and not text[position - 1].isspace():
            position -= 1
    return max(start, position - 1)
