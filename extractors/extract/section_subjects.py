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


def first_blocks(names: dict[int, list[NameCandidate]]) -> dict[str, int]:
    """The first block that names each name (by `name_key`): one pass for the page, so that a
    page of many country headings does not read every earlier name once per heading."""
    first: dict[str, int] = {}
    for block in sorted(names):
        for candidate in names[block]:
            first.setdefault(name_key(candidate.name), block)
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
    first_named: dict[str, int],
) -> Draft | None:
    """The initiative that opens the first paragraph of heading `index`'s section, or the
    one initiative of the kind a heading of a kind noun only names ("Expert group" over
    "... drawn up with the support of the Commission Expert Group on ...")."""
    opening = index + 1
    in_opening = names.get(opening, [])
    if opening < len(context.blocks) and context.blocks[opening].kind == "paragraph":
        ordinal = _ORDINAL_SUBJECT.match(context.blocks[opening].text)
        if ordinal is not None:
            # "The second recommendation calls on ...": the second of that kind named above
            return _ordinal_draft(context, index, names, ordinal)
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
        opens = first_named.get(name_key(named.name), index) >= index
    if not opens:
        words = heading.casefold().split()
        if not 0 < len(words) <= 3:
            return None  # only a short heading can be a kind noun and words of a name
        of_kind = [c for c in in_opening if _names_only_its_kind(words, c)]
        if len(of_kind) != 1:
            return None
        named = of_kind[0]
    draft = Draft(named.name, named.kind, "heading", index)
    draft.registry_id = named.registry_id
    # Checked last: most headings fail the cheap tests above, and this walks the section.
    draft.owned = set(range(opening, section_end(context.blocks, index)))
    return draft


# A paragraph that opens with an ordinal back-reference: "The second recommendation calls on".
_ORDINAL_SUBJECT = re.compile(r"(?i:the)\s+(first|second|third|fourth|fifth)\s+([a-z]+)\b")
_ORDINALS = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4}


def _ordinal_draft(
    context: DocumentContext,
    index: int,
    names: dict[int, list[NameCandidate]],
    ordinal: re.Match[str],
) -> Draft | None:
    """The draft for "the second <kind>": the second distinct name of that kind the page
    gives before heading `index`, owning the section; None when the page named fewer."""
    kind = ordinal.group(2).removesuffix("s")
    seen: list[NameCandidate] = []
    for block in sorted(names):
        if block >= index:
            break
        for candidate in names[block]:
            if candidate.kind.removesuffix("s") == kind and all(
                name_key(candidate.name) != name_key(other.name) for other in seen
            ):
                seen.append(candidate)
    position = _ORDINALS[ordinal.group(1).lower()]
    if position >= len(seen):
        return None
    named = seen[position]
    draft = Draft(named.name, named.kind, "heading", index)
    draft.registry_id = named.registry_id
    draft.owned = set(range(index + 1, section_end(context.blocks, index)))
    return draft
