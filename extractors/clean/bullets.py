"""Bullets and numbers typed into the text: "• item" paragraphs become list items, markers go.

Editors often type a bullet, a dash or "1." at the start of `<p>` lines instead of using a list;
extraction needs those lines as list items, and the cleaned text never shows the marker.
"""

from __future__ import annotations

from itertools import count

from extractors.clean.markers import BULLET as _BULLET
from extractors.clean.markers import NUMBER as _NUMBER
from extractors.clean.walk import RawBlock


def typed_marker_ordinal(text: str) -> int | None:
    """The ordinal of a typed "3." / "(c)" marker at the start of `text`, if any."""
    match = _NUMBER.match(text)
    if not match:
        return None
    token = match.group(1)
    return int(token) if token.isdigit() else ord(token) - ord("a") + 1


def strip_marker(text: str, numbered: bool) -> str:
    pattern = _NUMBER if numbered else _BULLET
    return pattern.sub("", text, count=1)


def convert_typed_lists(blocks: list[RawBlock]) -> list[RawBlock]:
    """Bulleted paragraphs as list items; typed numbers and bullets stripped from items.

    Blocks are changed in place, so nested items keep pointing at their parent item.
    """
    next_id = count(max((b.list_id or 0 for b in blocks), default=0) + 1)
    _convert_bullets(blocks, next_id)
    _convert_numbered_runs(blocks, next_id)
    return blocks


def _convert_bullets(blocks: list[RawBlock], next_id: count[int]) -> None:
    list_id = None
    ordinal = 0
    for block in blocks:
        if not _BULLET.match(block.text):
            list_id = None
            continue
        text = strip_marker(block.text, numbered=False)
        if block.kind == "list_item":
            block.text = text
            continue
        if block.kind != "paragraph":
            continue
        if list_id is None:
            list_id, ordinal = next(next_id), 0
        ordinal += 1
        block.kind, block.text, block.list_id, block.ordinal = "list_item", text, list_id, ordinal


def _convert_numbered_runs(blocks: list[RawBlock], next_id: count[int]) -> None:
    """Runs of two or more blocks typed "1.", "2.", ... (paragraphs or items of one list)."""
    index = 0
    while index < len(blocks):
        run = _numbered_run(blocks, index)
        if len(run) >= 2:
            list_id = next(next_id) if blocks[index].kind == "paragraph" else None
            for ordinal, position in enumerate(run, start=1):
                block = blocks[position]
                block.kind, block.text = "list_item", strip_marker(block.text, numbered=True)
                block.ordered, block.ordinal = True, ordinal
                block.list_id = list_id or block.list_id
            index = run[-1] + 1
        else:
            index += 1


def _numbered_run(blocks: list[RawBlock], start: int) -> list[int]:
    first = blocks[start]
    if first.kind not in ("paragraph", "list_item") or typed_marker_ordinal(first.text) != 1:
        return []
    run = [start]
    for position in range(start + 1, len(blocks)):
        block = blocks[position]
        same_kind = block.kind == first.kind and block.list_id == first.list_id
        if not same_kind or typed_marker_ordinal(block.text) != len(run) + 1:
            break
        run.append(position)
    return run
