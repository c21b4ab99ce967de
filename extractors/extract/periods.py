"""The period of years a programme runs, told in brackets after its name or a word of it.

"The four-year programme (2005-08), proposed in March": the programme ran from 2005, so an
earlier agreement ("agreed on 9 December 2004") was a step before its start. A period after
another initiative's name ("building on the Safer Internet Plus programme (2005-2008)") is
that one's.
"""

from __future__ import annotations

import re
from itertools import pairwise

from extractors.extract.context import DocumentContext
from extractors.extract.drafts import Draft, MentionIndex

_WORD_BEFORE_BRACKET = re.compile(r"([\w-]+)\s*\(\s*$")


def bracketed_period_start(
    context: DocumentContext, draft: Draft, index: MentionIndex
) -> str | None:
    """The first year of a "(2005-08)" period that follows the initiative's name, or a word
    of it, in one of its own blocks."""
    words = {word.lower() for word in re.findall(r"[\w-]+", draft.name)}
    for block in sorted(draft.owned):
        span = context.blocks[block].span
        dates = context.dates_between(span.start, span.end)
        for first, second in pairwise(dates):
            if first.start != second.start or len(first.value) != 4:
                continue  # a period's two years come from one expression
            start = max(span.start, first.start - 60)
            word = _WORD_BEFORE_BRACKET.search(context.text[start : first.start])
            if word is None or word.group(1).lower() not in words:
                continue
            named = index.first_ending_between(start + word.end(1) - 1, start + word.end(1))
            if named is None or named is draft:
                return first.value
    return None
