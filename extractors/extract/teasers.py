"""A listing's teasers, each a short news item of its own: a date line, a headline and a
summary. A teaser that no initiative's heading owns is about the initiative its summary
launches, adopts or applies, as a page's lead would be, when its headline echoes that name:
"Council adopts two Recommendations on digital education and skills" over "On 23 November
2023, the Council adopted a Recommendation on ...". That initiative is described there, not
only mentioned."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from extractors.extract.context import DocumentContext
from extractors.extract.drafts import Draft
from extractors.extract.lead import first_launched, is_listing
from extractors.extract.names import vocabulary

_CONTENT_WORD = re.compile(r"[^\W\d_][\w-]{3,}")
# Words that half the field's names and headlines share: an echo of one of them says nothing.
_COMMON_WORDS = frozenset(
    {"online", "internet", "digital", "children", "child", "minors", "european"}
)
_TAGS_BEFORE_HEADLINE = 4  # a date line, then a topic, an author or a country line


def _teasers(context: DocumentContext) -> list[tuple[int, list[int]]]:
    """Each teaser's headline and summary paragraphs: a heading that a date line shortly
    precedes, then its paragraphs up to the next date line or heading of any level."""
    blocks = context.blocks
    found = []
    for index, block in enumerate(blocks):
        above = blocks[max(0, index - _TAGS_BEFORE_HEADLINE) : index]
        if block.kind != "heading" or not any(b.kind == "dateline" for b in above):
            continue
        summary = []
        for after in range(index + 1, len(blocks)):
            if blocks[after].kind in ("dateline", "heading"):
                break  # the next teaser, or a block after the teasers ("Related", "About us")
            if blocks[after].kind == "paragraph":
                summary.append(after)
        if summary:
            found.append((index, summary))
    return found


def _stem(word: str) -> str:
    return word.casefold().removesuffix("s")


@lru_cache(maxsize=1)
def _unechoing() -> frozenset[str]:
    """Words whose echo says nothing: function words, connectors, kind nouns, the field's."""
    words = vocabulary()
    return words.stop_words | words.connectors | words.kinds | _COMMON_WORDS


def _echoes(headline: str, name: str) -> bool:
    """Whether the headline repeats a word of the name other than its kind noun or a
    connector ("two Recommendations on digital education" and "Recommendation on improving
    ... digital skills"): a kind noun or "online" alone may be any initiative's."""
    common = _unechoing()
    own = {_stem(w) for w in _CONTENT_WORD.findall(name) if w.casefold() not in common}
    return bool(own & {_stem(w) for w in _CONTENT_WORD.findall(headline)})


def teaser_subjects(
    context: DocumentContext, described: list[Draft], mentioned: list[Draft]
) -> tuple[list[Draft], list[Draft]]:
    """(described with each unowned teaser's subject added, mentioned without them). Only on a
    listing that describes nothing above its teasers: a policy page's "Latest news" teasers
    tell of other things than the page's initiatives."""
    if not mentioned or not is_listing(context):
        return described, mentioned
    teasers = _teasers(context)
    owned = set().union(*(d.owned for d in described)) if described else set()
    if not teasers or any(block < teasers[0][0] for block in owned):
        return described, mentioned
    # Each teaser asks only the names its own summary holds: a listing of thousands of teasers
    # must not read every name once per teaser.
    named_at = sorted(
        ((m, order) for order, d in enumerate(mentioned) for m in d.mentions),
        key=lambda named: named[0].start,
    )
    starts = [mention.start for mention, _ in named_at]
    taken: dict[int, Draft] = {}
    for headline, summary in teasers:
        if owned & set(summary):
            continue
        span = (context.blocks[summary[0]].span.start, context.blocks[summary[-1]].span.end)
        within = named_at[bisect_left(starts, span[0]) : bisect_left(starts, span[1])]
        free = [(m, order) for m, order in within if id(mentioned[order]) not in taken]
        first = first_launched(context, free, summary, effects=False) if free else None
        if first is None:
            continue
        subject = mentioned[first]
        if not _echoes(context.blocks[headline].text, subject.name):
            continue
        subject.owned |= set(summary)
        taken[id(subject)] = subject
    if not taken:
        return described, mentioned
    return [*described, *taken.values()], [d for d in mentioned if id(d) not in taken]
