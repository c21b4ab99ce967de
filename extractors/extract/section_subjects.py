"""A heading that names no initiative, over a section that opens with one as its subject and
that the heading echoes: "Rights and principles for the decade" over "The European
Declaration on Rights and Principles contains ...", or that is only the kind noun of the one
initiative of that kind its first paragraph names ("Expert group" over "... with the support of
the Commission Expert Group on ..."). The section tells of that initiative: it owns the section
as if the heading had named it. A heading that does not echo the name ("Background" over "The
Network brings together ...") only places it."""

from __future__ import annotations

import re

from extractors.extract.context import DocumentContext
from extractors.extract.drafts import Draft
from extractors.extract.names import NameCandidate, name_key
from extractors.extract.roles import is_place
from extractors.extract.structure import section_end

_ARTICLE_ONLY = re.compile(r"^\s*(?:the\s+)?$", re.IGNORECASE)
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
_ECHOED_WORDS = 2  # of the name's content words the heading must repeat


def _names_only_its_kind(words: list[str], candidate: NameCandidate) -> bool:
    """Whether a short heading's words are the candidate's kind noun and words of its name
    only: "Expert group" for "Commission Expert Group on tackling ..."."""
    if not " ".join(words).endswith(candidate.kind):
        return False  # "task force" ends a heading as two words
    return set(words) <= set(candidate.name.casefold().split())


def _echoes(heading: str, name: str) -> bool:
    words = {word.casefold() for word in _CONTENT_WORD.findall(name)}
    return (
        len(words & {word.casefold() for word in _CONTENT_WORD.findall(heading)}) >= _ECHOED_WORDS
    )


def first_blocks(names: dict[int, list[NameCandidate]]) -> dict[str, tuple[int, NameCandidate]]:
    """The first block and mention of each name (by `name_key`), in page order: one pass for
    the page, so that a page of many headings does not read every earlier name per heading."""
    first: dict[str, tuple[int, NameCandidate]] = {}
    for block in sorted(names):
        for candidate in names[block]:
            first.setdefault(name_key(candidate.name), (block, candidate))
    return first


def names_by_block(
    prose: list[tuple[NameCandidate, int]],
) -> dict[int, list[NameCandidate]]:
    """The names each block holds, in order: one pass over the prose names."""
    found: dict[int, list[NameCandidate]] = {}
    for candidate, block in prose:
        found.setdefault(block, []).append(candidate)
    return found


def section_subject_draft(
    context: DocumentContext,
    index: int,
    names: dict[int, list[NameCandidate]],
    first_named: dict[str, tuple[int, NameCandidate]],
    of_kind: dict[str, list[tuple[int, NameCandidate]]],
) -> Draft | None:
    """The initiative that opens the first paragraph of heading `index`'s section, or the
    one initiative of the kind a heading of a kind noun only names ("Expert group" over
    "... drawn up with the support of the Commission Expert Group on ...")."""
    opening = index + 1
    in_opening = names.get(opening, [])
    if not in_opening and opening < len(context.blocks):
        ordinal = _ORDINAL_SUBJECT.match(context.blocks[opening].text)
        if ordinal is not None and context.blocks[opening].kind == "paragraph":
            # "The second recommendation calls on ...": the second of that kind named above
            return _ordinal_draft(context, index, of_kind, ordinal)
    if not in_opening or context.blocks[opening].kind != "paragraph":
        return None  # a heading's next block is in its section: a block, not a heading
    named = in_opening[0]
    before = context.text[context.blocks[opening].span.start : named.start]
    heading = context.blocks[index].text
    opens = _ARTICLE_ONLY.match(before) is not None and _echoes(heading, named.name)
    if not opens and is_place(heading.strip()) and named.registry_id is None:
        # "Italy" over "... AGCOM adopted guidelines. The AGCOM guidelines make ...": a page
        # told country by country; the section's first initiative is the country's own (not a
        # registered EU one it applies), unless the page named it before.
        opens = first_named.get(name_key(named.name), (index, named))[0] >= index
    if not opens:
        words = heading.casefold().split()
        if not 0 < len(words) <= 3:
            return None  # only a short heading can be a kind noun and words of a name
        kind_named = [c for c in in_opening if _names_only_its_kind(words, c)]
        if len(kind_named) != 1:
            return None
        named = kind_named[0]
    # Checked last: most headings fail the cheap tests above, and this walks the section.
    return _section_draft(context, index, named)


def _section_draft(context: DocumentContext, heading: int, named: NameCandidate) -> Draft:
    """The draft of the initiative a heading's section tells of, owning that section."""
    draft = Draft(named.name, named.kind, "heading", heading)
    draft.registry_id = named.registry_id
    draft.owned = set(range(heading + 1, section_end(context.blocks, heading)))
    return draft


# A paragraph that opens with an ordinal back-reference and its verb: "The second
# recommendation calls on", not "The first act of its kind".
_ORDINAL_SUBJECT = re.compile(
    r"(?i:the)\s+(first|second|third|fourth|fifth)\s+([a-z]+)\s+[a-z]+s\b"
)
_ORDINALS = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4}


def _ordinal_draft(
    context: DocumentContext,
    index: int,
    of_kind: dict[str, list[tuple[int, NameCandidate]]],
    ordinal: re.Match[str],
) -> Draft | None:
    """The draft for "the second <kind>": the second distinct name of that kind the page
    gives before heading `index`, owning the section; None when the page named fewer."""
    position = _ORDINALS[ordinal.group(1).lower()]
    named_of_kind = of_kind.get(ordinal.group(2).removesuffix("s"), [])
    if len(named_of_kind) <= position or named_of_kind[position][0] >= index:
        return None
    return _section_draft(context, index, named_of_kind[position][1])


# The first ordinal places a page's distinct names of each kind hold, for "the fifth ...".
_ORDINAL_PLACES = len(_ORDINALS)


def names_of_kind(
    first_named: dict[str, tuple[int, NameCandidate]],
) -> dict[str, list[tuple[int, NameCandidate]]]:
    """The page's first few distinct names of each kind (singular), in page order, with their
    blocks: built once per page, for every heading that opens "The second <kind> ..."."""
    by_kind: dict[str, list[tuple[int, NameCandidate]]] = {}
    for block, candidate in first_named.values():
        listed = by_kind.setdefault(candidate.kind.removesuffix("s"), [])
        if len(listed) < _ORDINAL_PLACES:
            listed.append((block, candidate))
    return by_kind
