"""Which initiatives a page describes, their name variants, and the blocks each one owns.

Sources, strongest first: a heading that names an initiative (it owns its section), the
title when the prose confirms it (or, in sentence case, the kind noun that heads the title:
"Commission publishes guidelines on ..."; the name after a press title's verb: "... announce
Code of Conduct on ..."; a proper name without a kind noun that the body takes up:
`proper_titles`), then names in prose. Variants merge under one name:
same words ("ICT Coalition" / "The ICT Coalition for Children Online" by prefix), acronym
("BIK+"), case. The page's primary initiative owns the blocks no heading initiative owns;
names that own nothing are only mentioned. References that do not spell a name ("the
Strengthened Code", "It") are resolved by `references`.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from extractors.budget import check_within
from extractors.extract.context import DocumentContext
from extractors.extract.conversions import merge_converted
from extractors.extract.draft_matching import MatchingDrafts, matching_draft
from extractors.extract.drafts import Draft, Mention
from extractors.extract.hashtags import hashtag_heading_draft, hashtags_by_spelling
from extractors.extract.lead import (
    introduction_subject,
    joined_in_lead,
    lead_subject,
    occasion_yields,
)
from extractors.extract.names import (
    NameCandidate,
    acronym_of,
    find_names,
    heading_name,
    heading_year,
    name_key,
    vocabulary,
)
from extractors.extract.proper_titles import (
    lead_object_draft,
    proper_title_draft,
    title_object_draft,
)
from extractors.extract.references import resolve_references
from extractors.extract.registry_links import (
    heading_registry_name,
    link_drafts,
    merge_candidates,
    merge_linked,
    registry_candidates,
    title_occasion,
    title_registry_drafts,
)
from extractors.extract.section_subjects import first_names_by_block, section_subject_draft
from extractors.extract.structure import section_end
from extractors.extract.titles import (
    shortened_in,
    title_head_name,
    title_name_parts,
    title_verb_name,
    used_as_verb,
    written_head,
)

_SHORT_NAME = re.compile(
    r"\s*\((?:the\s+)?[\u2018'\"\u201c]?([A-Z][^()\u2019'\"\u201d]{1,40}?)[\u2019'\"\u201d]?\)"
)


# A relative clause right after a name that ends it: ", which was discontinued in 2022".
_ENDED_CLAUSE = re.compile(
    r"[^.;,]{0,30},\s*which\s+(?:was|were|has been|had been)\s+(?:discontinued|ended|closed|"
    r"terminated|dissolved|repealed|abandoned|wound up)\b"
)


# A heading's period: "Safer Internet Plus (2005-2008)".
_PERIOD = re.compile(r"\(((?:19|20)\d\d)\s*[-\u2013\u2014]\s*((?:19|20)\d\d)\)\s*$")
# What a heading may list of an initiative before naming it: "Commitments of the ...".
_PARTS_OF = re.compile(
    r"^(?:commitments|signatories|members|actions|principles|pledges|objectives)\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _heading_drafts(
    context: DocumentContext, prose: list[tuple[NameCandidate, int]]
) -> list[Draft]:
    drafts = []
    hashtags = hashtags_by_spelling(prose)
    first_names = first_names_by_block(prose)
    for index, block in enumerate(context.blocks):
        if block.kind != "heading":
            continue
        registered = heading_registry_name(block.text)
        named = registered or heading_name(block.text) or _heading_of_parts(block.text)
        if named is None:
            spelled = hashtag_heading_draft(context, index, hashtags) if hashtags else None
            spelled = spelled or section_subject_draft(context, index, first_names)
            drafts += [spelled] if spelled else []
            continue
        if not registered and not block.text.startswith(named[0]):
            named = (_as_section_writes(context, index, *named), named[1])
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


def _as_section_writes(context: DocumentContext, heading: int, name: str, kind: str) -> str:
    """A sentence heading's name as its section writes it: "... sign the Jutland Declaration
    for a safer online world" is the "Jutland Declaration" that the text below signs."""
    head = re.match(rf"(?:\S+\s+)*?(?i:{re.escape(kind)})\b", name)
    if head is None or head.group(0) == name or heading_name(head.group(0)) is None:
        return name  # "Key principles" alone names nothing
    end = section_end(context.blocks, heading)
    section = context.text[context.blocks[heading].span.end : context.blocks[end - 1].span.end]
    writes_head = re.search(rf"(?<!\w){re.escape(head.group(0))}(?!\w)", section, re.IGNORECASE)
    return head.group(0) if writes_head and name.casefold() not in section.casefold() else name


def _heading_of_parts(text: str) -> tuple[str, str] | None:
    """ "Commitments of the Mobile Alliance": a heading over a part of a named initiative."""
    match = _PARTS_OF.match(text)
    rest = text[match.end() :] if match else ""
    # A proper name, not a period's programme ("Objectives of the 2009-2013 programme").
    return heading_name(rest) if rest[:1].isupper() else None


def _prose_candidates(context: DocumentContext) -> list[tuple[NameCandidate, int]]:
    found = []
    for start, end, block in _name_runs(context):
        text = context.text[start:end]
        by_shape = find_names(text)
        registered = registry_candidates(text)
        for candidate in merge_candidates(by_shape, registered, text):
            absolute = NameCandidate(
                candidate.name,
                candidate.kind,
                candidate.start + start,
                candidate.end + start,
                candidate.registry_id,
            )
            found.append((absolute, block))
    return found


def _name_runs(context: DocumentContext) -> list[tuple[int, int, int]]:
    """(start, end, block) of the text searched for names: each sentence, but one that goes
    on in lower case after a "!" joins the one before ("the #SayNo! awareness campaign")."""
    runs: list[tuple[int, int, int]] = []
    for sentence in context.sentences:
        if context.blocks[sentence.block].kind == "title":
            continue
        last = runs[-1] if runs else None
        if (
            last is not None
            and last[2] == sentence.block
            and context.text[last[0] : last[1]].endswith("!")
            and sentence.text[:1].islower()
        ):
            runs[-1] = (last[0], sentence.end, sentence.block)
        else:
            runs.append((sentence.start, sentence.end, sentence.block))
    return runs


def _title_draft(context: DocumentContext, prose: list[tuple[NameCandidate, int]]) -> Draft | None:
    """The title's initiative, when the prose names it too (by name, variant or acronym)."""
    title = context.document.title or ""
    named = heading_name(title) or next(
        filter(None, map(heading_name, title_name_parts(title))), None
    )
    body = context.text[context.blocks[0].span.end :] if context.blocks else ""
    if named is None:
        return _title_verb_draft(title, body) or _other_title_draft(context, title, body)
    # A page title's article is the title's, not the name's: "The Code of conduct on ...".
    name = re.sub(r"^The\s+", "", named[0])
    draft = Draft(name, named[1], "title", 0 if context.blocks else None)
    body_key = name_key(context.text[context.blocks[0].span.end :]) if context.blocks else ""
    acronym = acronym_of(draft.name)
    body_words = (
        set(context.text[context.blocks[0].span.end :].split()) if context.blocks else set()
    )
    confirmed = (
        name_key(draft.name) in body_key
        or acronym in body_words
        or any(matching_draft(name_key(candidate.name), [draft]) for candidate, _ in prose)
    )
    if not confirmed and not any(candidate.kind == draft.kind for candidate, _ in prose):
        # No other name of its kind in the prose: "the Alliance" or a shortened name ("the
        # COVID-19 monitoring programme") can only be the title's.
        the_kind = re.search(rf"\b[Tt]he {re.escape(draft.kind.capitalize())}\b", body)
        confirmed = the_kind is not None or shortened_in(draft.name, body)
    return draft if confirmed else _other_title_draft(context, title, body)


def _other_title_draft(context: DocumentContext, title: str, body: str) -> Draft | None:
    return (
        _title_head_draft(title, body)
        or proper_title_draft(context)
        or title_object_draft(context)
        or lead_object_draft(context)
    )


def _title_verb_draft(title: str, body: str) -> Draft | None:
    """ "<Who> announce Code of Conduct on ...", when the body writes "a code of conduct"."""
    announced = title_verb_name(title)
    spelling = written_head(announced[0], body) if announced else None
    if announced is None or spelling is None:
        return None
    return Draft(announced[0], announced[1], "title", 0, body_spelling=spelling)


def _title_head_draft(title: str, body: str) -> Draft | None:
    """ "Commission publishes guidelines on ...": a sentence-case name the body repeats."""
    named = title_head_name(title, body)
    return Draft(named[0], named[1], "title", 0) if named else None


def _cluster(
    prose: list[tuple[NameCandidate, int]], drafts: list[Draft], context: DocumentContext
) -> list[Draft]:
    """Attach each prose name to its initiative, or start a new (mentioned) one."""
    matching = MatchingDrafts(drafts)
    for candidate, block in prose:
        key = name_key(candidate.name)
        if not key:
            continue
        draft = matching(key, candidate.registry_id) or _acronym_kind_draft(candidate, matching)
        if draft is None:
            draft = Draft(candidate.name, candidate.kind, "prose")
            drafts.append(draft)
            _check_name_count(context, len(drafts))
            matching.changed(draft)
        elif candidate.name not in draft.variants and key != name_key(draft.name):
            _add_variant(draft, candidate.name)
            matching.changed(draft)
        if draft.registry_id is None and candidate.registry_id is not None:
            draft.registry_id = candidate.registry_id
            matching.changed(draft)
        draft.mentions.append(Mention(candidate.start, candidate.end, block))
        short = _short_name_after(context.text, candidate.end)
        if short and name_key(short) not in draft.keys:
            draft.variants.append(short)  # "... design (the BIK Code)": the page's short name
            matching.changed(draft)
    return drafts


def _check_name_count(context: DocumentContext, count: int) -> None:
    limit = context.budget.max_initiative_names
    check_within(context.document.url, "distinct initiative names", count, limit)


def _acronym_kind_draft(candidate: NameCandidate, matching: MatchingDrafts) -> Draft | None:
    """ "European strategy for safer apps (SA+)" is "the SA+ strategy" named in full."""
    acronym = acronym_of(candidate.name)
    if not acronym:
        return None
    return matching(name_key(f"{acronym} {candidate.kind}"))


def _add_variant(draft: Draft, name: str) -> None:
    """A new spelling; the longest prose spelling names a prose initiative."""
    longer = len(name_key(name)) > len(name_key(draft.name))
    if draft.source == "title" and _completes(draft.name, name):
        draft.variants.append(draft.name)
        draft.name = name  # the title gave the name's start only
        return
    if draft.source != "prose" and longer:
        # A heading or title is the name; prose that runs longer ran over a verb, but the
        # acronym it gives ("Digital Services Act (DSA)") names the initiative too.
        acronym = acronym_of(name)
        if acronym and acronym not in draft.variants:
            draft.variants.append(acronym)
        return
    if draft.source == "prose" and longer:
        draft.variants.append(draft.name)
        draft.name = name
    else:
        draft.variants.append(name)


# The rest of a name in title case after its start: " to combat Digital Child Exploitation".
_TITLE_CASE_COMPLEMENT = re.compile(
    r"\s+(?:of|for|on|to|against)\b(?:\s+[a-z]+)?(?:\s+(?:[A-Z][\w-]*|and|of|the|for|on))*"
    r"\s+[A-Z][\w-]*"
)


def _completes(title_name: str, prose_name: str) -> bool:
    """Whether the prose writes the title's name in full: the title's words, then a
    complement whose words are capitalised ("GSMA Mobile Alliance" / "GSMA Mobile Alliance
    to combat Digital Child Exploitation"); a lower-case run-on is a verb, not the name."""
    if not prose_name.casefold().startswith(title_name.casefold()):
        return False
    return _TITLE_CASE_COMPLEMENT.fullmatch(prose_name[len(title_name) :]) is not None


def _short_name_after(text: str, end: int) -> str | None:
    match = _SHORT_NAME.match(text, end)
    if match is None or not any(w.lower() in vocabulary().kinds for w in match.group(1).split()):
        return None
    return match.group(1)


def _title_kinds(context: DocumentContext) -> set[str]:
    """The kind nouns of the title, not a kind word it uses as a verb ("... act to ...")."""
    words = re.findall(r"\w+", context.document.title or "")
    nouns = {word.lower() for i, word in enumerate(words) if not used_as_verb(words, i)}
    return nouns & vocabulary().kinds


def _primary(drafts: list[Draft], context: DocumentContext) -> Draft | None:
    """The initiative the whole page is about, when no heading splits it into sections."""
    titled = [draft for draft in drafts if draft.source == "title"]
    if titled:
        return titled[0]
    if any(draft.source == "heading" for draft in drafts):
        return None
    kinds = _title_kinds(context)
    named_in_title = [d for d in drafts if d.kind in kinds and d.mentions]
    if not named_in_title:
        return (
            joined_in_lead(drafts, context)
            or lead_subject(drafts, context)
            or introduction_subject(drafts, context)
        )
    return max(named_in_title, key=lambda draft: len(draft.mentions))


def _said_to_have_ended(context: DocumentContext, draft: Draft) -> bool:
    """ "It replaced the X of May 2012, which was discontinued in 2022": a named initiative
    whose end the page states is one the page gives facts about, not a passing mention."""
    return any(
        _ENDED_CLAUSE.match(context.text, mention.end, mention.end + 80)
        for mention in draft.mentions
    )


def find_initiatives(context: DocumentContext) -> tuple[list[Draft], list[Draft]]:
    """The initiatives the page describes (owning blocks) and those it only mentions."""
    prose = _prose_candidates(context)
    drafts = _heading_drafts(context, prose)
    body = context.text[context.blocks[0].span.end :] if context.blocks else ""
    registered = title_registry_drafts(context.document.title or "", body)
    title = registered[0] if registered else _title_draft(context, prose)
    occasion = title_occasion(context.document.title or "")
    if title is not None and occasion and title.name.startswith(occasion):
        title = None  # the title's event is when the news happened, not what it is about
    for titled in reversed(registered or ([title] if title else [])):
        # "Members of the Code" under the Code's own title is a section, not a second Code.
        drafts = [d for d in drafts if matching_draft(name_key(d.name), [titled]) is None]
        drafts.insert(0, titled)
    _check_name_count(context, len(drafts))
    drafts = _cluster(prose, drafts, context)
    for draft in drafts:
        if draft.body_spelling and name_key(draft.body_spelling) not in draft.keys:
            draft.variants.append(draft.body_spelling)
    registered = occasion_yields(context, drafts, registered)
    primary = _primary(drafts, context)
    if primary is not None:
        owned_by_headings = set().union(*(d.owned for d in drafts if d.source == "heading"))
        primary.owned = set(range(1, len(context.blocks))) - owned_by_headings
    described = [d for d in drafts if d.owned or d is primary or d in registered]
    organisations = {context.text[start:end] for start, end in context.organisations}
    # By identity: `in` compared whole drafts field by field, every draft with every other.
    taken = {id(d) for d in described}
    mentioned = [d for d in drafts if id(d) not in taken and d.name not in organisations]
    ended = [d for d in mentioned if _said_to_have_ended(context, d)]
    described += ended
    taken = {id(d) for d in ended}
    mentioned = [d for d in mentioned if id(d) not in taken]
    resolve_references(context, described, mentioned)
    link_drafts([*described, *mentioned])
    described, mentioned = merge_linked(described, mentioned)
    return merge_converted(context.text, described), mentioned
