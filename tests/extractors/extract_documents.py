"""Building small `CleanedDocument`s block by block, for extraction tests."""

from __future__ import annotations

from typing import Any

from schemas.document import Block, BlockKind, CleanedDocument, Span

SEPARATOR = "\n\n"
BlockSpec = tuple[BlockKind, str] | tuple[BlockKind, str, dict[str, Any]]


def document(
    *blocks: BlockSpec,
    url: str = "https://digital-strategy.ec.europa.eu/en/policies/example",
    published: str | None = None,
) -> CleanedDocument:
    """A document of (kind, text[, block fields]) blocks; the first block is the title."""
    built: list[Block] = []
    offset = 0
    for spec in blocks:
        kind, text = spec[0], spec[1]
        fields: dict[str, Any] = dict(spec[2]) if len(spec) == 3 else {}
        if built:
            offset += len(SEPARATOR)
        span = Span(start=offset, end=offset + len(text))
        built.append(Block(kind=kind, text=text, span=span, **fields))
        offset += len(text)
    title = built[0].text if built and built[0].kind == "title" else None
    return CleanedDocument(
        url=url,
        title=title,
        published=published,
        text=SEPARATOR.join(block.text for block in built),
        blocks=built,
    )


def items(list_id: int, *texts: str, **fields: Any) -> list[BlockSpec]:
    """The blocks of one list."""
    return [
        ("list_item", text, {"list_id": list_id, "ordinal": number, **fields})
        for number, text in enumerate(texts, start=1)
    ]
