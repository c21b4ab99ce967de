"""Reading the block structure of a cleaned document: sections under headings, lists, intros.

Everything here works on block indices of `CleanedDocument.blocks`, so that the stages of
extraction share one vocabulary of positions.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass

from schemas.document import Block

_HEADING_KINDS = frozenset({"title", "heading"})


@dataclass(frozen=True)
class ItemList:
    """The items of one list (one `list_id`), in order, and the block that introduces it."""

    items: tuple[int, ...]
    intro: int | None  # the block right before the first item, or the parent item


def parent_of(blocks: list[Block], index: int) -> int | None:
    """The item a nested list item hangs under; None when it has none (or a broken link)."""
    parent = blocks[index].parent_item
    if parent is None or not 0 <= parent < index or blocks[parent].kind != "list_item":
        return None
    return parent


def heading_level(block: Block) -> int:
    """A heading's level; the title counts as level 1, an unlevelled heading as 2."""
    if block.kind == "title":
        return 1
    return block.level or 2


def is_heading(block: Block) -> bool:
    return block.kind in _HEADING_KINDS


def section_end(blocks: list[Block], heading: int) -> int:
    """The index after the last block of the section that heading `heading` opens."""
    level = heading_level(blocks[heading])
    for index in range(heading + 1, len(blocks)):
        if is_heading(blocks[index]) and heading_level(blocks[index]) <= level:
            return index
    return len(blocks)


def nearest_heading(blocks: list[Block], index: int) -> int | None:
    """The closest heading (or title) above block `index`."""
    for candidate in range(index - 1, -1, -1):
        if is_heading(blocks[candidate]):
            return candidate
    return None


def item_lists(blocks: list[Block]) -> list[ItemList]:
    """Every list of the document, and every run of table rows, in page order."""
    members: dict[int, list[int]] = {}
    for index, block in enumerate(blocks):
        if block.kind == "list_item" and block.list_id is not None:
            members.setdefault(block.list_id, []).append(index)
    lists = []
    for items in members.values():
        parent = parent_of(blocks, items[0])
        intro = parent if parent is not None else items[0] - 1
        lists.append(ItemList(tuple(items), intro if intro >= 0 else None))
    lists.extend(_table_runs(blocks))
    return sorted(lists, key=lambda item_list: item_list.items[0])


def _table_runs(blocks: list[Block]) -> list[ItemList]:
    runs: list[ItemList] = []
    run: list[int] = []
    for index, block in enumerate([*blocks, None]):
        if block is not None and block.kind == "table_row":
            run.append(index)
            continue
        if run:
            runs.append(ItemList(tuple(run), run[0] - 1 if run[0] > 0 else None))
            run = []
    return runs


def intro_paragraph(
    blocks: list[Block], item_list: ItemList, boundaries: Container[int]
) -> int | None:
    """The paragraph that announces a list, looking back over strand headings and sibling lists.

    "defined nine actions under three main strands:" announces each list under the strand
    headings that follow it. The search stops at a `boundaries` block (an initiative's heading).
    """
    index = item_list.intro
    while index is not None and index >= 0 and index not in boundaries:
        block = blocks[index]
        if block.kind not in ("heading", "list_item"):
            return index
        parent = parent_of(blocks, index) if block.kind == "list_item" else None
        if parent is not None:
            index = parent
        else:
            index -= 1
    return None
