"""A heading that names no initiative, over a section that opens with one as its subject and
that the heading echoes: "Rights and principles for the decade" over "The European
Declaration on Rights and Principles contains ...". The section tells of that initiative: it
owns the section as if the heading had named it. A heading that does not echo the name
("Background" over "The Network brings together ...") only places it."""

from __future__ import annotations

import re

from extractors.extract.context import DocumentContext
from extractors.extract.drafts import Draft
from extractors.extract.names import NameCandidate
from extractors.extract.structure import section_end

_ARTICLE_ONLY = re.compile(r"^\s*(?:the\s+)?$", re.IGNORECASE)
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
_ECHOED_WORDS = 2  # of the name's content words the heading must repeat


def _echoes(heading: str, name: str) -> bool:
    words = {word.casefold() for word in _CONTENT_WORD.findall(name)}
    return (
        len(words & {word.casefold() for word in _CONTENT_WORD.findall(heading)}) >= _ECHOED_WORDS
    )


def first_names_by_block(
    prose: list[tuple[NameCandidate, int]],
) -> dict[int, NameCandidate]:
    """The first name each block holds: one pass over the prose names."""
    found: dict[int, NameCandidate] = {}
    for candidate, block in prose:
        found.setdefault(block, candidate)
    return found


def section_subject_draft(
    context: DocumentContext, index: int, first_names: dict[int, NameCandidate]
) -> Draft | None:
    """The initiative that opens the first paragraph of heading `index`'s section."""
    opening = index + 1
    named = first_names.get(opening)
    if named is None or context.blocks[opening].kind != "paragraph":
        return None  # a heading's next block is in its section: a block, not a heading
    before = context.text[context.blocks[opening].span.start : named.start]
    if not _ARTICLE_ONLY.match(before) or not _echoes(context.blocks[index].text, named.name):
        return None
    draft = Draft(named.name, named.kind, "heading", index)
    draft.registry_id = named.registry_id
    # Checked last: most headings fail the cheap tests above, and this walks the section.
    draft.owned = set(range(opening, section_end(context.blocks, index)))
    return draft
