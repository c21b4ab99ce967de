"""Blocks to the `CleanedDocument`: the printed text, exact spans and renumbered lists."""

from __future__ import annotations

import re
from itertools import islice

from extractors.clean.dates import find_date
from extractors.clean.walk import RawBlock
from schemas.document import Block, CleanedDocument, CleaningMode, Span

BLOCK_SEPARATOR = "\n\n"
_MAX_PLACE_WORDS = 2
# A date and two place names are far shorter: longer blocks are not searched for a date.
_MAX_DATELINE_CHARS = 120
_MAX_DATE_WORDS = 3  # the most words one date of `find_date` touches: "December 1, 2011"
_WORD = re.compile(r"\S+")
_WORD_EDGES = ",.:;()-\u2013"


def assemble_document(
    *,
    url: str,
    site: str | None,
    title: str | None,
    published: str | None,
    published_shown: bool,  # False: only metadata states the date, which is no dateline
    blocks: list[RawBlock],
    warnings: list[str],
    mode: CleaningMode = "generic",
) -> CleanedDocument:
    if title:
        blocks = [RawBlock("title", title, level=1), *blocks]
    new_index = {id(block): index for index, block in enumerate(blocks)}
    list_numbers: dict[int, int] = {}
    parts: list[str] = []
    built: list[Block] = []
    offset = 0
    for block in blocks:
        if parts:
            offset += len(BLOCK_SEPARATOR)
        span = Span(start=offset, end=offset + len(block.text))
        offset = span.end
        parts.append(block.text)
        built.append(_to_block(block, span, new_index, list_numbers))
    return CleanedDocument(
        url=url,
        site=site,
        title=title,
        published=published,
        published_shown=published_shown,
        text=BLOCK_SEPARATOR.join(parts),
        blocks=built,
        warnings=warnings,
        mode=mode,
    )


def _to_block(
    block: RawBlock,
    span: Span,
    new_index: dict[int, int],
    list_numbers: dict[int, int],
) -> Block:
    if is_dateline(block):
        return Block(kind="dateline", text=block.text, span=span)
    if block.kind != "list_item" or block.list_id is None:
        return Block(kind=block.kind, text=block.text, span=span, level=block.level)
    # Lists are numbered 1, 2, ... in page order, whatever ids the walk gave them.
    list_id = list_numbers.setdefault(block.list_id, len(list_numbers) + 1)
    parent = new_index.get(id(block.parent)) if block.parent is not None else None
    return Block(
        kind="list_item",
        text=block.text,
        span=span,
        list_id=list_id,
        ordered=block.ordered,
        ordinal=block.ordinal,
        depth=block.depth,
        parent_item=parent,
    )


def is_dateline(block: RawBlock) -> bool:
    """A line that only states a date, maybe after a place: "Brussels, 1 December 2011".

    A sentence around a date ("Adopted on 11 May 2022") is no dateline: what is left beside
    the date must be at most a capitalised name or two.
    """
    if block.kind not in ("paragraph", "list_item") or len(block.text) > _MAX_DATELINE_CHARS:
        return False
    if _has_too_many_words(block.text):
        return False
    found = find_date(block.text)
    if found is None:
        return False
    _, match = found
    if block.text[: match.start()].rstrip().endswith("("):
        return False  # "Instagram (January 2018)": a name with its date, not a dateline
    rest = (block.text[: match.start()] + " " + block.text[match.end() :]).split()
    words = [word.strip(_WORD_EDGES) for word in rest]
    words = [word for word in words if word]
    return len(words) <= _MAX_PLACE_WORDS and all(word[0].isupper() for word in words)


def _has_too_many_words(text: str) -> bool:
    """True when `text` has more words than a date and a place: a date touches at most
    three of them ("December 1, 2011"), so the rest would be over the limit. Reads only the
    first few words, so a long paragraph costs no date search."""
    words = (match.group(0).strip(_WORD_EDGES) for match in _WORD.finditer(text))
    limit = _MAX_PLACE_WORDS + _MAX_DATE_WORDS
    return len([word for word in islice((w for w in words if w), limit + 1)]) > limit
