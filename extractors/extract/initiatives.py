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
from functools import lru_cache

from extractors.budget import check_within
from extractors.extract.acronym_subjects import acronym_subject_draft
from extractors.extract.context import DocumentContext
from extractors.extract.conversions import merge_converted
from extractors.extract.cue_owners import is_stated_fact
from extractors.extract.draft_matching import MatchingDrafts, matching_draft
from extractors.extract.drafts import Draft, Mention
from extractors.extract.formal_titles import formal_title_draft
from extractors.extract.heading_drafts import heading_drafts
from extractors.extract.heading_names import heading_name
from extractors.extract.initiative_spellings import (
    dash_parts,
    introduced_in_lead,
    name_dash_parts,
    prose_draft,
    short_name_after,
    title_respelled,
)
from extractors.extract.lead import (
    celebrated_occasion,
    introduction_subject,
    joined_in_lead,
    lead_subject,
    occasion_yields,
)
from extractors.extract.names import (
    NameCandidate,
    acronym_of,
    name_key,
    proper_part,
    spelling_key,
    vocabulary,
)
from extractors.extract.national_members import national_members
from extractors.extract.opening_names import opening_drafts
from extractors.extract.proceedings import proceedings_draft
from extractors.extract.prose_names import find_names
from extractors.extract.quoted_names import quoted_names, with_quoted_names
from extractors.extract.references import resolve_references
from extractors.extract.registry_links import (
    before_basis,
    link_drafts,
    merge_linked,
    title_occasion,
    title_registry_drafts,
)
from extractors.extract.registry_mentions import merge_candidates, registry_candidates
from extractors.extract.teasers import teaser_subjects
from extractors.extract.title_drafts import title_draft
from extractors.extract.title_subjects import subject_draft
from extractors.extract.titles import (
    used_as_verb,
)
from extractors.extract.topic import acting_launchers

# A relative clause right after a name that ends it: ", which was discontinued in 2022".
_ENDED_CLAUSE = re.compile(
    r"[^.;,]{0,30},\s*which\s+(?:was|were|has been|had been)\s+(?:discontinued|ended|closed|"
    r"terminated|dissolved|repealed|abandoned|wound up)\b"
)


def _prose_candidates(context: DocumentContext) -> list[tuple[NameCandidate, int]]:
    found = []
    for sentence in context.sentences:
        if context.blocks[sentence.block].kind == "title":
            continue
        text, start, block = sentence.text, sentence.start, sentence.block
        by_shape = with_quoted_names(find_names(text), quoted_names(text))
        registered = registry_candidates(text)
        for candidate in national_members(merge_candidates(by_shape, registered, text), text):
            absolute = NameCandidate(
                candidate.name,
                candidate.kind,
                candidate.start + start,
                candidate.end + start,
                candidate.registry_id,
            )
            found.append((absolute, block))
    return found


def _cluster(
    prose: list[tuple[NameCandidate, int]], drafts: list[Draft], context: DocumentContext
) -> list[Draft]:
    """Attach each prose name to its initiative, or start a new (mentioned) one."""
    matching = MatchingDrafts(drafts)
    for candidate, block in prose:
        key = name_key(candidate.name)
        if not key:
            continue
        draft = (
            matching(key, candidate.registry_id)
            or _acronym_kind_draft(candidate, matching)
            or _dash_part_draft(candidate.name, matching)
            or _shortened_draft(context.text, candidate, drafts)
            or _reworded_title_draft(candidate, key, drafts)
        )
        if draft is None:
            draft = prose_draft(candidate)
            drafts.append(draft)
            _check_name_count(context, len(drafts))
            matching.changed(draft)
        elif candidate.name not in draft.variants and spelling_key(candidate.name) != spelling_key(
            draft.name
        ):  # "EU Internet Forum" beside "European Union ..."
            _add_variant(draft, candidate.name)
            matching.changed(draft)
        if draft.registry_id is None and candidate.registry_id is not None:
            draft.registry_id = candidate.registry_id
            matching.changed(draft)
        draft.mentions.append(Mention(candidate.start, candidate.end, block))
        proper = proper_part(candidate.name)
        if proper and name_key(proper) not in draft.keys:
            draft.variants.append(proper)  # "the X Y campaign" is the campaign "X Y"
            matching.changed(draft)
        short = short_name_after(context.text, candidate.end)
        if short and name_key(short) not in draft.keys:
            draft.variants.append(short)  # "... design (the BIK Code)": the page's short name
            matching.changed(draft)
    return drafts


def _name_in_full(context: DocumentContext, draft: Draft) -> None:
    """A short name the page also writes in full with a title-case complement (a heading's
    "EU Strategy: six thematic areas ..." over the prose's "the EU Strategy on the Rights of
    the Child"): the full spelling is the name, the short one a variant."""
    words = draft.name.split()
    written = [context.text[m.start : m.end] for m in draft.mentions if m.is_name]
    for spelling in [*draft.variants, *written]:
        spelling = _TRAILING_ACRONYM.sub("", spelling)
        longer = spelling.split()
        if (
            longer[: len(words)] == words
            and len(longer) > len(words) + 1
            and longer[len(words)] in _OWN_COMPLEMENTS
            and _title_case_tail(longer[len(words) + 1 :])
        ):
            draft.variants = [v for v in draft.variants if v != spelling] + [draft.name]
            draft.name = spelling
            return


# A name's own complement ("on the Rights of the Child", "against Commercial Sexual
# Exploitation ..."); "to" and "for" also open whom the prose hands it to ("the Youth Pledge to
# the European Parliament") or what for.
_OWN_COMPLEMENTS = frozenset({"on", "of", "against"})
_TRAILING_ACRONYM = re.compile(r"\s+\([A-Z][A-Za-z+]*\)$")


def _title_case_tail(words: list[str]) -> bool:
    """Whether a complement is written in title case (a number is not): the name's own ("on
    the Rights of the Child"), not a purpose or an occasion the prose adds ("to lower roaming
    costs", "on Safer Internet Day 2020")."""
    connectors = vocabulary().connectors
    return all(word[:1].isupper() or word.lower() in connectors for word in words)


def _shortened_draft(text: str, candidate: NameCandidate, drafts: list[Draft]) -> Draft | None:
    """ "The Action plan rests on ..." after "the EU Action plan against cyberbullying": a name
    after "the" whose words all belong to one longer name of its kind is that name, short."""
    if text[max(0, candidate.start - 4) : candidate.start].lower() != "the ":
        return None
    head = _first_kind(candidate.name)
    if head is None:
        return None
    words = _name_words(candidate.name)
    longer = [
        draft
        for draft in drafts
        # the same head, not "the Digital Services Act" of "guidelines ... under the DSA"
        if _first_kind(draft.name) == head
        and words < _name_words(draft.name)
        and draft.mentions
        and draft.mentions[0].start < candidate.start
    ]
    return longer[0] if len(longer) == 1 else None


# Words a long name's opening must share with the title's name to be the same text worded
# again ("Joint Statement of commitment to working together to address ..." / "... against ...").
_SHARED_OPENING_WORDS = 6


def _reworded_title_draft(candidate: NameCandidate, key: str, drafts: list[Draft]) -> Draft | None:
    """The title's initiative when a longer prose name (`key`) opens with the same six words
    or more, the kind noun among them: one text, its complement worded twice."""
    opening = key.split()[:_SHARED_OPENING_WORDS]
    if len(opening) < _SHARED_OPENING_WORDS or _first_kind(candidate.name) not in opening:
        return None
    for draft in drafts:
        if draft.source != "title":
            continue
        if name_key(draft.name).split()[:_SHARED_OPENING_WORDS] != opening:
            continue
        # Registered texts may open alike ("European strategy for a better internet for
        # kids" and "... for children"): the registry spells each of them, not this rule.
        return draft if candidate.registry_id is None and draft.registry_id is None else None
    return None


@lru_cache(maxsize=4096)  # each draft's name, read once per prose name
def _name_words(name: str) -> frozenset[str]:
    return frozenset(name_key(name).split())


@lru_cache(maxsize=4096)
def _first_kind(name: str) -> str | None:
    kinds = vocabulary().kinds
    return next((word for word in name_key(name).split() if word in kinds), None)


def _check_name_count(context: DocumentContext, count: int) -> None:
    limit = context.budget.max_initiative_names
    check_within(context.document.url, "distinct initiative names", count, limit)


def _dash_part_draft(name: str, matching: MatchingDrafts) -> Draft | None:
    """ "ProtectEU \u2013 a European ... Strategy" is the "ProtectEU" a heading named."""
    parts = name_dash_parts(name)
    return next((d for d in map(matching, map(name_key, parts)) if d is not None), None)


def _acronym_kind_draft(candidate: NameCandidate, matching: MatchingDrafts) -> Draft | None:
    """ "European strategy for safer apps (SA+)" is "the SA+ strategy" named in full."""
    acronym = acronym_of(candidate.name)
    if not acronym:
        return None
    return matching(name_key(f"{acronym} {candidate.kind}"))


def _add_variant(draft: Draft, name: str) -> None:
    """A new spelling; the longest prose spelling names a prose initiative."""
    longer = len(name_key(name)) > len(name_key(draft.name))
    completes = draft.source == "title" and _completes(draft.name, name)
    if completes or name_dash_parts(name)[:1] == (draft.name,):
        # the title gave the name's start only; "ProtectEU" is "ProtectEU \u2013 a ... Strategy"
        draft.variants.append(draft.name)
        draft.name = name
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


# A complement with a preposition of topic, in any case: " on countering illegal hate speech
# online" (" to restore habitats" is a purpose, not the name).
_OBJECT_COMPLEMENT = re.compile(r"\s+(?:of|for|on|against)\s+\S")


def _completes(title_name: str, prose_name: str) -> bool:
    """Whether the prose writes the title's name in full: the title's words, then a
    complement whose words are capitalised ("GSMA Mobile Alliance" / "GSMA Mobile Alliance
    to combat Digital Child Exploitation") or that a preposition of topic opens ("EU Code of
    Conduct" / "... on countering illegal hate speech online"); a lower-case run-on is a
    purpose or a verb, not the name."""
    if not prose_name.casefold().startswith(title_name.casefold()):
        return False
    rest = prose_name[len(title_name) :]
    return bool(_TITLE_CASE_COMPLEMENT.fullmatch(rest) or _OBJECT_COMPLEMENT.match(rest))


def _title_kinds(context: DocumentContext) -> set[str]:
    """The kind nouns of the title, not a kind word it uses as a verb ("... act to ..."), nor
    one of a rubric before a colon when what follows names an initiative ("Digital Agenda:
    Coalition of top tech ... companies ...")."""
    title = before_basis(context.document.title or "")
    _rubric, colon, rest = title.partition(":")
    if colon and heading_name(rest.strip()) is not None:
        title = rest
    words = re.findall(r"\w+", title)
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
            _first_named(joined_in_lead(drafts, context), lead_subject(drafts, context))
            or introduction_subject(drafts, context)
            or celebrated_occasion(drafts, context)
        )
    return max(named_in_title, key=lambda draft: len(draft.mentions))


def _first_named(joined: Draft | None, launched: Draft | None) -> Draft | None:
    """Who joined what and what was launched, both in the lead: the one it names first is the
    news ("presents a Plan against X ... monitoring of the Pact signed by ...")."""
    if joined is None or launched is None:
        return joined or launched
    return min((joined, launched), key=lambda d: min(m.start for m in d.mentions))


def _said_to_have_ended(context: DocumentContext, draft: Draft) -> bool:
    """ "It replaced the X of May 2012, which was discontinued in 2022": a named initiative
    whose end the page states is one the page gives facts about, not a passing mention."""
    return any(
        _ENDED_CLAUSE.match(context.text, mention.end, mention.end + 80)
        for mention in draft.mentions
    )


# "The Network formally launched a Technology Working Group": a new initiative the page tells.
_NEW_OBJECT = re.compile(r"\s+(?:a|an)\s+(?:new\s+)?$")


def _launched_new(context: DocumentContext, draft: Draft) -> bool:
    """Whether a launch cue has the initiative's proper name as its new object: the page
    gives the fact of its launch, so it describes it ("set up a European network of
    hotlines" tells of a thing, not of a named initiative)."""
    proper_kind = draft.kind[:1].upper() + draft.kind[1:]
    for mention in draft.mentions:
        sentence = context.sentence_at(mention.start)
        if sentence is None or not mention.is_name:
            continue
        if proper_kind not in context.text[mention.start : mention.end]:
            continue
        # The cues ending just before the mention, by bisection (not all the sentence's).
        for cue in context.cues_between(max(sentence.start, mention.start - 30), mention.start):
            if (
                cue.label == "LAUNCH"
                and cue.end <= mention.start
                and _NEW_OBJECT.fullmatch(context.text, cue.end, mention.start)
            ):
                return is_stated_fact(sentence, cue.start)  # not "would set up a X"
    return False


def _defined_openings(context: DocumentContext, drafts: list[Draft]) -> list[Draft]:
    """The names defined where a paragraph opens (`opening_names`) that no heading names,
    each once (its other paragraphs are found by its spelling), with one indexed look-up per
    name: a long page may open thousands of paragraphs so."""
    matching = MatchingDrafts(list(drafts))
    found: dict[str, Draft] = {}
    for draft in opening_drafts(context):
        key = name_key(draft.name)
        if key not in found and matching(key) is None:
            found[key] = draft
    return list(found.values())


def find_initiatives(context: DocumentContext) -> tuple[list[Draft], list[Draft]]:
    """The initiatives the page describes (owning blocks) and those it only mentions."""
    prose = _prose_candidates(context)
    drafts = heading_drafts(context, prose)
    drafts += _defined_openings(context, drafts)
    body = context.text[context.blocks[0].span.end :] if context.blocks else ""
    title = proceedings_draft(context, body)
    registered: list[Draft] = []
    if title is None:
        # (with proceedings in its title, "Commission opens formal proceedings against TikTok
        # under the Digital Services Act", the page is about them, not about the law it names)
        registered = title_registry_drafts(context.document.title or "", body)
        title = registered[0] if registered else title_draft(context, prose)
        title = (
            introduced_in_lead(title, prose, context)
            or title
            or title_respelled(context, prose)
            or formal_title_draft(context)
        )
    occasion = title_occasion(context.document.title or "")
    if title is not None and occasion and title.name.startswith(occasion):
        title = None  # the title's event is when the news happened, not what it is about
    for titled in reversed(registered or ([title] if title else [])):
        # "Members of the Code" under the Code's own title is a section, not a second Code.
        same = [d for d in drafts if matching_draft(name_key(d.name), [titled]) is not None]
        if len(registered) > 1:
            # "Insafe and INHOPE" over an "INHOPE" heading: the section is that one's.
            titled.owned |= set().union(*(d.owned for d in same if d.source == "heading"))
        taken = {id(d) for d in same}
        drafts = [d for d in drafts if id(d) not in taken]
        drafts.insert(0, titled)
    _check_name_count(context, len(drafts))
    for draft in drafts:
        draft.variants.extend(dash_parts(draft))
    drafts = _cluster(prose, drafts, context)
    for draft in drafts:
        _name_in_full(context, draft)
    for draft in drafts:
        if draft.body_spelling and name_key(draft.body_spelling) not in draft.keys:
            draft.variants.append(draft.body_spelling)
    registered = occasion_yields(context, drafts, registered)
    primary = _primary(drafts, context)
    if primary is not None:
        # Every block but the sections of the others (headings', or a second title name's).
        owned_by_others = set().union(*(d.owned for d in drafts if d is not primary))
        primary.owned = set(range(1, len(context.blocks))) - owned_by_others
    described = [d for d in drafts if d.owned or d is primary or d in registered]
    described += acting_launchers(context, primary, drafts)
    organisations = {context.text[start:end] for start, end in context.organisations}
    # By identity: `in` compared whole drafts field by field, every draft with every other.
    taken = {id(d) for d in described}
    mentioned = [d for d in drafts if id(d) not in taken and d.name not in organisations]
    told_of = [d for d in mentioned if _said_to_have_ended(context, d) or _launched_new(context, d)]
    described += told_of
    taken = {id(d) for d in told_of}
    mentioned = [d for d in mentioned if id(d) not in taken]
    described, mentioned = teaser_subjects(context, described, mentioned)
    if not described:
        subject = acronym_subject_draft(context) or subject_draft(context)
        if subject is not None:
            described = [subject]
            mentioned = [
                d for d in mentioned if matching_draft(name_key(d.name), [subject]) is None
            ]
    resolve_references(context, described, mentioned)
    link_drafts([*described, *mentioned])
    described, mentioned = merge_linked(described, mentioned)
    return merge_converted(context.text, described), mentioned
