"""Blocks to the `CleanedDocument`: the printed text, exact spans and renumbered lists."""

from __future__ import annotations

from extractors.clean.dates import parse_date
from extractors.clean.walk import RawBlock
from schemas.document import Block, CleanedDocument, Span

BLOCK_SEPARATOR = "\n\n"
_MAX_DATELINE_WORDS = 6


def assemble_document(
    *,
    url: str,
    site: str | None,
    title: str | None,
    published: str | None,
    blocks: list[RawBlock],
    warnings: list[str],
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
        text=BLOCK_SEPARATOR.join(parts),
        blocks=built,
        warnings=warnings,
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
    """A short line that only states a date (and maybe a place): "Brussels, 1 December 2011"."""
    if block.kind not in ("paragraph", "list_item"):
        return False
    return len(block.text.split()) <= _MAX_DATELINE_WORDS and parse_date(block.text) is not None
