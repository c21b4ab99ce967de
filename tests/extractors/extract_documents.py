"""Building small `CleanedDocument`s block by block, and extracting them, for extraction tests."""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.language import Language

from extractors.extract import build_nlp, extract_document
from schemas.document import Block, BlockKind, CleanedDocument, Span
from schemas.extraction import Extraction, Initiative

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


@cache
def shared_nlp() -> Language:
    """One extraction pipeline for every test module: building one per module is slow."""
    return build_nlp()


def extract_blocks(*blocks: BlockSpec, published: str | None = None) -> Extraction:
    """The extraction of a document of (kind, text[, block fields]) blocks."""
    return extract_document(document(*blocks, published=published), nlp=shared_nlp())


def block_signatories(*blocks: BlockSpec) -> list[tuple[str, str]]:
    """(name, role) of each signatory of the one initiative the blocks describe."""
    (initiative,) = extract_blocks(*blocks).initiatives
    return [(signatory.name, signatory.role) for signatory in initiative.signatories]


def prose_signatories(title: str, *paragraphs: str) -> list[tuple[str, str]]:
    """`block_signatories` of a page of a title and paragraphs."""
    return block_signatories(("title", title), *(("paragraph", p) for p in paragraphs))


def initiative_names(extraction: Extraction) -> list[str]:
    """The described initiatives' names, in the extraction's order."""
    return [initiative.name for initiative in extraction.initiatives]


def named(extraction: Extraction, name: str) -> Initiative:
    """The described initiative called exactly `name`."""
    return next(i for i in extraction.initiatives if i.name == name)
