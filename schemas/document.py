"""The cleaned document: what cleaning hands to extraction.

`text` is exactly what `bikwatch clean` prints; `blocks` keep the structure (headings, list
items with their list and depth, table rows) with their character spans in `text`, so that
extractors never re-parse the HTML.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from schemas.dates import PartialDate

BlockKind = Literal[
    "title",  # the page title: always the first block
    "heading",
    "paragraph",
    "list_item",
    "table_row",
    "term",  # a description-list term with its definition
    "dateline",
]
# How a page was cleaned: by a watched site's rules and profile, or by the general extractor.
CleaningMode = Literal["profile", "generic"]


class Span(BaseModel):
    """Where something was found: `text[start:end]` of the cleaned document."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError("span end before start")
        return self


class Block(BaseModel):
    """One block of the main content, in page order."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: BlockKind
    text: str = Field(min_length=1)
    span: Span
    level: int | None = None  # heading level 1-6 for headings and the title
    list_id: int | None = None  # list items of one <ul>/<ol> share an id
    ordered: bool = False  # the item belongs to a numbered list
    ordinal: int | None = None  # 1-based position of the item in its list
    depth: int = 0  # nesting depth of the list item (0 = top-level list)
    parent_item: int | None = None  # index in `blocks` of the item a nested list hangs under


class CleanedDocument(BaseModel):
    """The main content of one page, once, with its structure."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    url: str
    site: str | None = None  # "bik" | "commission" | None for an unknown site
    title: str | None
    published: PartialDate | None = None  # from markup/metadata/header, when the page shows one
    # False when `published` comes only from metadata the page does not show (meta tags,
    # JSON-LD): sites stamp those with a template's date, and the page's answer is then null.
    published_shown: bool = True
    text: str
    blocks: list[Block]
    warnings: list[str] = Field(default_factory=list)
    # "profile": a watched site's rules and profile; "generic": the general extractor
    mode: CleaningMode = "generic"

    @model_validator(mode="after")
    def _spans_match_text(self) -> CleanedDocument:
        for block in self.blocks:
            if self.text[block.span.start : block.span.end] != block.text:
                raise ValueError(f"block span does not match text: {block.text[:40]!r}")
        return self
