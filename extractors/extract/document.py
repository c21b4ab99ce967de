"""`extract_document`: a cleaned document to its extraction, as a list of named stages.

analyse (spaCy, dates) -> find initiatives and the blocks each owns -> per initiative:
signatories, actions, lifecycle, count warnings -> publication date -> the models.
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache

from pydantic import TypeAdapter, ValidationError
from spacy.language import Language

from extractors import EXTRACTOR_VERSION
from extractors.budget import DEFAULT_BUDGET, PageBudget
from extractors.extract.action_lists import heading_says_more, is_action_list
from extractors.extract.actions import FoundAction, list_actions
from extractors.extract.checks import count_warnings
from extractors.extract.context import DocumentContext, analyse
from extractors.extract.drafts import MentionIndex, one_of_kind
from extractors.extract.initiatives import Draft, find_initiatives
from extractors.extract.lifecycle import Lifecycle, lifecycle
from extractors.extract.mergers import find_merger
from extractors.extract.names import ARTICLES, name_key, vocabulary
from extractors.extract.nlp import default_nlp
from extractors.extract.organisations import spelling_key
from extractors.extract.possessors import role_possessor
from extractors.extract.registry_links import registry_warnings, unregistered_warnings
from extractors.extract.relations import relation_signatories, withdrawn_members
from extractors.extract.signatories import FoundSignatory, inline_signatories, list_signatories
from extractors.extract.spans import SpanSet
from extractors.extract.status import only_active
from extractors.extract.structure import ItemList, intro_paragraph, item_lists, nearest_heading
from extractors.gc_pause import cycle_collector_paused
from schemas.document import CleanedDocument, Span
from schemas.errors import ExtractionError
from schemas.extraction import Action, DateMention, Extraction, Initiative, Signatory

_MAX_WORDS_BEFORE_SUBJECT = 2  # articles aside


def _unique_signatories(found: list[FoundSignatory]) -> list[Signatory]:
    seen: set[str] = set()
    fields = []
    for item in found:
        key = spelling_key(item.name)
        if key in seen:
            continue
        seen.add(key)
        evidence = {"start": item.start, "end": item.end}
        fields.append({"name": item.name, "role": item.role, "evidence": evidence})
    # One validation of them all (the same checks): a page may list thousands. A name that
    # fails is validated again alone, so that the error is the one it always was.
    try:
        return _signatory_list().validate_python(fields)
    except ValidationError:
        return [Signatory.model_validate(item) for item in fields]


@lru_cache(maxsize=1)  # built on first use: `bikwatch` commands that never extract skip it
def _signatory_list() -> TypeAdapter[list[Signatory]]:
    return TypeAdapter(list[Signatory])


def _lead_in(context: DocumentContext, item_list: ItemList) -> tuple[int, int] | None:
    """The sentence that introduces a list: the intro paragraph's last one."""
    intro = item_list.intro
    if intro is None or context.blocks[intro].kind not in ("paragraph", "list_item", "term"):
        return None
    sentences = context.sentences_of(intro)
    return (sentences[-1].start, sentences[-1].end) if sentences else None


_THE_KIND = re.compile(r"\bthe\s+([a-z]+)\b", re.IGNORECASE)


def _owner_by_kind(
    context: DocumentContext, item_list: ItemList, described: list[Draft]
) -> Draft | None:
    """ "How the programme supports civil society" over a list, on a page that describes a
    forum and its programme: the one initiative of the kind the heading names."""
    heading = nearest_heading(context.blocks, item_list.items[0])
    if heading is None or context.blocks[heading].kind != "heading":
        return None
    kinds = vocabulary().kinds
    for match in _THE_KIND.finditer(context.blocks[heading].text):
        kind = match.group(1).casefold()
        if kind not in kinds:
            continue
        owner = one_of_kind(kind, described)
        if owner is not None:
            return owner
    return None


def _list_owner(
    context: DocumentContext,
    item_list: ItemList,
    indexes: tuple[MentionIndex, MentionIndex],
    order: dict[int, int],
) -> Draft | None:
    """The initiative that opens the list's lead-in sentence ("The Strengthened Code
    contains ... in the following areas:"), else the one that owns the list's block.
    `indexes`: the mentions of the described initiatives, and of every initiative."""
    index, everyone = indexes
    described = index.drafts
    by_block = next((d for d in described if item_list.items[0] in d.owned), None)
    by_kind = _owner_by_kind(context, item_list, described)
    if by_kind is not None:
        return by_kind
    lead = _lead_in(context, item_list)
    if lead is None:
        return by_block
    possessed = role_possessor(context, lead, everyone)
    if possessed is not None:  # "The members of the Coalition are:" on a project's page
        return possessed if id(possessed) in order else None
    in_lead = index.between(*lead)
    openers = [
        order[id(draft)] for start, _, draft in in_lead if _opens(context.text[lead[0] : start])
    ]
    if openers:
        return described[min(openers)]  # the first draft, as listed
    # "Supporting members of the Alliance are listed apart:" over a list no section holds:
    # the one initiative its lead-in names.
    named = {id(draft) for _, _, draft in in_lead}
    return by_block or (in_lead[0][2] if len(named) == 1 else None)


# A list's lead-in opened by a subject: "The X", "Article 5(1) of the X", then its verb
# ("prohibits"), not "In the Statement of Purpose companies agreed".
_SUBJECT_BEFORE = re.compile(r"\s*(?:(?:the|a|an)\s+|article\s+\S+\s+of\s+(?:the\s+)?)?", re.I)
_VERB_AFTER = re.compile(r"\s+(?!(?:and|or|of|for|to|in|on|with|the|a|an)\b)[a-z]+\b")
# "In the EU Strategy on the rights of the child, adopted on ..., the Commission committed to:"
# the text the lead-in's commitments are made in, on a page that describes no initiative ("In
# the Statement of Purpose, the companies commit to:" on the Alliance's page is the Alliance's).
_WITHIN_BEFORE = re.compile(r"\s*(?:in|under|through)\s+(?:the\s+|its\s+|their\s+)?", re.I)


def _list_openers(
    context: DocumentContext,
    lists: list[ItemList],
    everyone: MentionIndex,
    described: list[Draft],
    boundaries: Container[int],
) -> set[int]:
    """The ids of mentioned initiatives that open the lead-in of an action list no described
    one opens ("Article 5(1) of the AI Act prohibits ...:"): the page gives their actions,
    so it describes them."""
    described_ids = {id(draft) for draft in described}
    if len(described_ids) == len(everyone.drafts):
        return set()  # no initiative is only mentioned
    found: set[int] = set()
    for item_list in lists:
        lead = _lead_in(context, item_list)
        if lead is None:
            continue
        openers = [
            draft
            for start, end, draft in everyone.between(*lead)
            if (
                _SUBJECT_BEFORE.fullmatch(context.text[lead[0] : start])
                and _VERB_AFTER.match(context.text, end)
            )
            or (
                not described  # else the text is the described initiative's own
                and _WITHIN_BEFORE.fullmatch(context.text[lead[0] : start])
                and context.text.startswith(",", end)
            )
        ]
        if not openers or id(openers[0]) in described_ids:
            continue
        if is_action_list(context, item_list, boundaries):
            found.add(id(openers[0]))
    return found


def _opens(before: str) -> bool:
    """True when a mention after `before` opens its sentence: "The", "Under the", "In 2022,
    the", but not "In line with the"."""
    words = [w for w in before.split() if w.lower() not in ARTICLES]
    return len(words) <= _MAX_WORDS_BEFORE_SUBJECT or _SUBJECT_BEFORE.fullmatch(before) is not None


def _list_owners(
    context: DocumentContext, lists: list[ItemList], described: list[Draft], everyone: MentionIndex
) -> list[tuple[ItemList, Draft | None]]:
    """Every list of the page with its owner, found once for all initiatives."""
    index = MentionIndex(described)  # a lead-in's mentions, not every mention per list
    order: dict[int, int] = {}  # each draft's first place among the described, once per page
    for position, draft in enumerate(described):
        order.setdefault(id(draft), position)
    indexes = (index, everyone)
    return [(lst, _list_owner(context, lst, indexes, order)) for lst in lists]


def _signatories(
    context: DocumentContext,
    draft: Draft,
    lists: list[ItemList],
    drafts: list[Draft],
    index: MentionIndex,
) -> list[FoundSignatory]:
    found = inline_signatories(context, draft, drafts, index)
    for item_list in lists:
        found.extend(list_signatories(context, item_list, item_list.intro))
    related = [
        FoundSignatory(name, "signatory", start, end)
        for name, start, end in relation_signatories(context, draft)
    ]
    # A name told whole by a relation replaces the pieces a list split it into.
    # (Bisections, not a scan of every relation per name: a paragraph may hold thousands.)
    inside_related = SpanSet([(r.start, r.end) for r in related])
    found = [f for f in found if not inside_related.encloses(f.start, f.end)]
    inside_found = SpanSet([(f.start, f.end) for f in found])
    found += [r for r in related if not inside_found.encloses(r.start, r.end)]
    withdrawn = withdrawn_members(context, draft)
    found = [f for f in found if f.name.casefold() not in withdrawn]
    return sorted(found, key=lambda item: item.start)


def _actions(
    context: DocumentContext, lists: list[ItemList], boundaries: Container[int]
) -> tuple[list[FoundAction], set[int]]:
    """The actions of the lists that announce actions, and the blocks that announce them."""
    found: list[FoundAction] = []
    announcements: set[int] = set()
    for item_list in lists:
        if list_signatories(context, item_list, item_list.intro):
            continue
        if not is_action_list(context, item_list, boundaries):
            continue
        found.extend(list_actions(context, item_list, boundaries))
        for block in (item_list.intro, intro_paragraph(context.blocks, item_list, boundaries)):
            if block is not None:
                announcements.add(block)
    return sorted(found, key=lambda action: action.start), announcements


class _HeadingsWithoutStrand(Container[int]):
    """The boundaries of every initiative's heading, and the headings that only repeat the
    initiative's name: a list under one has no strand (FORMAT.md). A heading of another
    spelling is a strand ("The Code of Conduct on ..." over the Code of Practice's list)."""

    def __init__(self, own: set[int], boundaries: Container[int]):
        self._own = own
        self._boundaries = boundaries

    def __contains__(self, index: object) -> bool:
        return index in self._own or index in self._boundaries


def _headings_by_name(context: DocumentContext) -> dict[str, set[int]]:
    """The page's headings by their name key, found once for every initiative."""
    found: dict[str, set[int]] = {}
    for index, block in enumerate(context.blocks):
        if block.kind == "heading":
            found.setdefault(name_key(block.text), set()).add(index)
    return found


def _evidence(draft: Draft) -> Span | None:
    names = [m for m in draft.mentions if m.is_name] or draft.mentions
    return Span(start=names[0].start, end=names[0].end) if names else None


def _initiative(
    context: DocumentContext,
    draft: Draft,
    boundaries: Container[int],
    life: Lifecycle,
    owners: list[tuple[ItemList, Draft | None]],
    everyone: list[Draft],
    index: MentionIndex,
    headings: dict[str, set[int]],
) -> Initiative:
    lists = [item_list for item_list, owner in owners if owner is draft]
    signatories = _unique_signatories(_signatories(context, draft, lists, everyone, index))
    own = _HeadingsWithoutStrand(headings.get(name_key(draft.name), set()), boundaries)
    found_actions, announcements = _actions(context, lists, own)
    actions = [
        Action(strand=a.strand, text=a.text, evidence=Span(start=a.start, end=a.end))
        for a in found_actions
    ]
    warnings = count_warnings(context, draft, len(signatories), found_actions, announcements)
    return Initiative(
        name=draft.name,
        registry_id=draft.registry_id,
        aliases=draft.aliases(),
        launched=life.launched,
        ended=life.ended,
        status=life.status,  # type: ignore[arg-type]
        signatories=signatories,
        actions=actions,
        evidence=_evidence(draft),
        warnings=[*warnings, *registry_warnings(draft.registry_id, life.launched, life.ended)],
    )


def _dates(context: DocumentContext) -> list[DateMention]:
    return [
        DateMention(
            text=found.text, value=found.value, evidence=Span(start=found.start, end=found.end)
        )
        for found in context.dates
    ]


@cycle_collector_paused
def extract_document(
    document: CleanedDocument, *, nlp: Language | None = None, budget: PageBudget = DEFAULT_BUDGET
) -> Extraction:
    """The initiatives, signatories, actions and dates of one cleaned document.

    Pure: no I/O, no clock. Raises `ExtractionError` when the result does not validate,
    `PageTooLargeError` when the document is over `budget`.
    """
    context = analyse(document, nlp or default_nlp(), budget)
    described, mentioned = find_initiatives(context)
    boundaries = {0} | {
        d.heading
        for d in described
        if d.heading is not None and not heading_says_more(context, d.heading, d.mentions)
    }
    lists = item_lists(context.blocks)
    index = MentionIndex([*described, *mentioned])
    opening = _list_openers(context, lists, index, described, boundaries)
    if opening:
        described += [draft for draft in mentioned if id(draft) in opening]
        mentioned = [draft for draft in mentioned if id(draft) not in opening]
        index = MentionIndex([*described, *mentioned])
    the_only_active = only_active(context, described)
    everyone = [*described, *mentioned]
    # `index`, built once for every initiative: the mentions are final once they are found.
    owners = _list_owners(context, lists, described, index)
    merger = find_merger(context, index)
    headings = _headings_by_name(context)
    try:
        initiatives = [
            _initiative(
                context,
                draft,
                boundaries,
                lifecycle(context, draft, the_only_active, everyone, index, merger),
                owners,
                everyone,
                index,
                headings,
            )
            for draft in described
        ]
        initiatives = [
            initiative
            for draft, initiative in zip(described, initiatives, strict=True)
            if not draft.needs_facts or initiative.signatories or initiative.actions
        ]
        return Extraction(
            url=document.url,
            title=document.title,
            published=context.publication,
            text=document.text,
            initiatives=initiatives,
            mentioned=list(dict.fromkeys(draft.name for draft in mentioned)),
            dates=_dates(context),
            warnings=[
                *document.warnings,
                *unregistered_warnings([i.name for i in initiatives if i.registry_id is None]),
            ],
            extractor_version=EXTRACTOR_VERSION,
        )
    except ValidationError as exc:
        first = exc.errors()[0]
        raise ExtractionError(f"extraction of {document.url} is invalid: {first['msg']}") from exc
