"""The actions of a list known to announce them, each with its strand.

The strand is the nearest heading above the list (not the initiative's own heading or the
title), or the label of the parent item in a nested list ("Privacy by default:"); a parent
item that is a label or a lead-in ending with ":" is not itself an action.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass

from extractors.extract.context import DocumentContext
from extractors.extract.structure import ItemList, nearest_heading, parent_of
from schemas.document import Block

_LABEL_MAX_WORDS = 8
_CLAUSE_WORDS = re.compile(
    r"\b(?:is|are|was|were|will|shall|must|should|can|may|to|commits?|includes?|following)\b",
    re.IGNORECASE,
)
_CLOSING = re.compile(r"(?:\s*[;,.]\s*(?:and|or)?|\s+(?:and|or))\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class FoundAction:
    strand: str | None
    text: str
    start: int
    end: int


def action_text(item: str) -> str:
    """An item without its closing ";" or "." (or "; and"): what the action says."""
    text = item.strip()
    previous = None
    while text != previous:
        previous = text
        text = _CLOSING.sub("", text).strip()
    return text


def is_strand_label(text: str) -> bool:
    """A parent item that names a strand ("User empowerment", "Privacy by default:"), not a
    sentence or a clause the children complete ("Signatories commit to:")."""
    words = text.split()
    if not 0 < len(words) <= _LABEL_MAX_WORDS or re.search(r"[.;]\s*$", text):
        return False
    return not text.rstrip().endswith(":") or not _CLAUSE_WORDS.search(text)


def _label_text(text: str) -> str:
    return text.strip().rstrip(":").rstrip()


def _strand(
    context: DocumentContext, item_list: ItemList, boundaries: Container[int]
) -> str | None:
    blocks = context.blocks
    parent = parent_of(blocks, item_list.items[0])
    if parent is not None and is_strand_label(blocks[parent].text):
        return _label_text(blocks[parent].text)
    heading = nearest_heading(blocks, item_list.items[0])
    lead_line = _lead_line_above(blocks, item_list.intro)
    if lead_line is not None and (heading is None or lead_line > heading):
        return blocks[lead_line].text.strip()
    if heading is None or heading in boundaries or blocks[heading].kind == "title":
        return None
    return blocks[heading].text.strip()


def _lead_line_above(blocks: list[Block], intro: int | None) -> int | None:
    """A short line without closing punctuation right above the list's intro paragraph
    ("What the new programme will do"): a heading the page set in bold, not as a heading."""
    if intro is None or intro < 1 or blocks[intro].kind != "paragraph":
        return None
    line = blocks[intro - 1]
    words = line.text.split()
    if line.kind != "paragraph" or not 0 < len(words) <= _LABEL_MAX_WORDS:
        return None
    return intro - 1 if line.text[:1].isupper() and line.text[-1:].isalnum() else None


def list_actions(
    context: DocumentContext, item_list: ItemList, boundaries: Container[int]
) -> list[FoundAction]:
    """The list's items as actions, with their strand, in page order."""
    strand = _strand(context, item_list, boundaries)
    found = []
    for index in item_list.items:
        block = context.blocks[index]
        has_children = (
            index + 1 < len(context.blocks) and parent_of(context.blocks, index + 1) == index
        )
        if has_children and (is_strand_label(block.text) or block.text.rstrip().endswith(":")):
            continue  # a strand label or a lead-in over a nested list is not itself an action
        text = action_text(block.text)
        if text:
            found.append(FoundAction(strand, text, block.span.start, block.span.start + len(text)))
    return found
