"""Initiatives that headings name: each owns its section, less the sections of the
initiatives nested in it. A heading may name one by its registered name, by its shape, as "the
parts of" one ("Commitments of the Mobile Alliance"), by a hashtag spelled in words, or by the
initiative its section opens with."""

from __future__ import annotations

import re
from bisect import bisect_right

from extractors.extract.appositions import appositive_heading_draft, taken_up_heading_draft
from extractors.extract.context import DocumentContext
from extractors.extract.cue_dates import PERIOD_LINE
from extractors.extract.drafts import Draft, Mention
from extractors.extract.hashtags import hashtag_heading_draft, hashtags_by_spelling
from extractors.extract.heading_names import heading_name, heading_year
from extractors.extract.names import NameCandidate, is_capitalised, word_tokens
from extractors.extract.registry_links import heading_registry_name, heading_registry_names
from extractors.extract.section_subjects import (
    first_blocks,
    names_by_block,
    names_of_kind,
    section_subject_draft,
)
from extractors.extract.short_named_headings import short_named_draft
from extractors.extract.structure import section_end
from extractors.extract.titles import written_head
from extractors.extract.topic import section_topic_draft

_PERIOD = re.compile(r"\(((?:19|20)\d\d)\s*[-\u2013\u2014]\s*((?:19|20)\d\d)\)\s*$")
# What a heading may list of an initiative before naming it: "Commitments of the ...".
_PARTS_OF = re.compile(
    r"^(?:commitments|signatories|members|actions|principles|pledges|objectives)\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)


def heading_drafts(context: DocumentContext, prose: list[tuple[NameCandidate, int]]) -> list[Draft]:
    drafts = []
    hashtags = hashtags_by_spelling(prose)
    names = names_by_block(prose)
    first_named = first_blocks(names)
    of_kind = names_of_kind(first_named)
    named_ids: dict[str, str] = {}  # each registered initiative the page names: its first form
    for candidate, _ in prose:
        if candidate.registry_id:
            named_ids.setdefault(candidate.registry_id, candidate.name)
    for index, block in enumerate(context.blocks):
        if block.kind != "heading":
            continue
        registered = heading_registry_name(block.text)
        joined = [] if registered else heading_registry_names(block.text, named_ids)
        if joined:
            registered = joined[0]  # it owns the section; the others are described there too
            drafts += [_joined_draft(context, index, other) for other in joined[1:]]
        named = registered or heading_name(block.text) or _heading_of_parts(block.text)
        if named is None:
            named = _record_name(context, index)
        if named is None:
            spelled = hashtag_heading_draft(context, index, hashtags) if hashtags else None
            spelled = spelled or section_subject_draft(context, index, names, first_named, of_kind)
            spelled = spelled or appositive_heading_draft(context, index)
            spelled = spelled or short_named_draft(context, index)
            end = section_end(context.blocks, index)
            spelled = spelled or section_topic_draft(context, index, end)
            spelled = spelled or taken_up_heading_draft(context, index)
            drafts += [spelled] if spelled else []
            continue
        if not registered and not block.text.startswith(named[0]):
            named = (_as_section_writes(context, index, named[0]), named[1])
        period = _PERIOD.search(block.text)
        year = heading_year(block.text) or (period.group(1) if period else None)
        draft = Draft(named[0], named[1], "heading", index, year)
        draft.registry_id = registered[2] if registered else None
        draft.heading_end_year = period.group(2) if period else None
        draft.owned = set(range(index + 1, section_end(context.blocks, index)))
        draft.mentions.append(Mention(block.span.start, block.span.end, index))
        drafts.append(draft)
    headings = [draft.heading or 0 for draft in drafts]  # ascending: drafts are in page order
    for outer in drafts:
        # Only the drafts whose heading lies in `outer`'s section can be nested in it: a scan
        # of every draft per draft made pages of many headings quadratic.
        first = bisect_right(headings, outer.heading or 0)
        last = bisect_right(headings, max(outer.owned, default=-1))
        for inner in drafts[first:last]:
            if inner is not outer and inner.heading in outer.owned:
                outer.owned -= inner.owned | {inner.heading}  # a nested initiative's own blocks
    return drafts


def _joined_draft(context: DocumentContext, heading: int, named: tuple[str, str, str]) -> Draft:
    """A registered initiative a heading names after another ("... and Youth Ambassadors"):
    described by the section the first one owns."""
    draft = Draft(named[0], named[1], "heading", heading)
    draft.registry_id = named[2]
    block = context.blocks[heading]
    draft.mentions.append(Mention(block.span.start, block.span.end, heading))
    draft.owned = set(range(heading + 1, section_end(context.blocks, heading)))
    return draft


def _as_section_writes(context: DocumentContext, heading: int, name: str) -> str:
    """A sentence heading's name as its section writes it: "... sign the Jutland Declaration
    for a safer online world" is the "Jutland Declaration" that the text below signs."""
    end = section_end(context.blocks, heading)
    section = context.text[context.blocks[heading].span.end : context.blocks[end - 1].span.end]
    written = written_head(name, section)
    head = name[: len(written)] if written else name  # the heading's spelling of the head
    if head == name or heading_name(head) is None or name.casefold() in section.casefold():
        return name  # "Key principles" alone names nothing
    return head


def _heading_of_parts(text: str) -> tuple[str, str] | None:
    """ "Commitments of the Mobile Alliance": a heading over a part of a named initiative."""
    match = _PARTS_OF.match(text)
    rest = text[match.end() :] if match else ""
    # A proper name, not a period's programme ("Objectives of the 2009-2013 programme").
    return heading_name(rest) if rest[:1].isupper() else None


# How far into its section a record's period line stands: a card holds its type and topic
# lines, its summary and its country before it.
_RECORD_REACH = 6
_MAX_RECORD_WORDS = 14


def _record_name(context: DocumentContext, heading: int) -> tuple[str, str] | None:
    """A heading over a record of an initiative, whatever its name's shape: its section gives
    the initiative's own period ("Implemented 2016 - Ongoing") before any other heading, as
    the cards and entries of a knowledge base of laws and policies do ("eEducation Austria")."""
    text = context.blocks[heading].text.strip()
    tokens = [token.group(0) for token in word_tokens(text)]
    if not tokens or len(tokens) > _MAX_RECORD_WORDS or text[-1] in ".:;?!":
        return None
    if not is_capitalised(tokens[0]):
        return None
    end = min(section_end(context.blocks, heading), heading + 1 + _RECORD_REACH)
    blocks = context.blocks[heading + 1 : end]
    return (text, "initiative") if any(PERIOD_LINE.match(b.text) for b in blocks) else None
