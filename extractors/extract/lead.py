"""What a page's lead says it is about, when its title names no initiative (or only the
day it happened on): who joined what, and what the lead's launch sentence names."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import pairwise

from extractors.extract.context import DocumentContext, Sentence
from extractors.extract.drafts import Draft, Mention
from extractors.extract.names import ARTICLE_ONLY
from extractors.extract.proper_titles import (
    LAUNCH_CUES,
    SUBJECT_DETERMINER,
    taken_up_as_subject,
)
from extractors.extract.registry_links import is_edition

LEAD_PARAGRAPHS = 2  # the lead may take two paragraphs: a general one, then the facts
_INTRO_PARAGRAPHS = 4  # an introduction before the first heading: context, then the facts
# "taken up by the Insafe network": the agent of the lead's verb, not what it launched.
_AGENT = re.compile(r"\bby\s+(?:the\s+)?$")
# "The day was set up under the Commission's X Programme": the framework it was launched
# under, not what was launched.
_FRAMEWORK = re.compile(
    r"\bunder\s+(?:the\s+)?(?:[A-Z][\w\u2019'-]*\s+){0,3}(?:[A-Z][\w-]*\s*\()?$"
)
# The EU's "Member States": countries, not members who joined something.
_MEMBER_STATES = re.compile(r"Member\s+States?\b")
# "The day was first set up under X and continues under Y": what was launched is the common
# noun the sentence opens with, not a name after it.
_PASSIVE_COMMON_SUBJECT = re.compile(r"(?:The|This|These)\s+[a-z]+\s+(?:was|were|has|have)\b")
# After a name: its acronym, then a verb ("X (XD) was celebrated", "X is held").
_SUBJECT_VERB = re.compile(r"(?:\s*\([^()]{1,12}\))?\s+(?:is|was|were|has|have|will)\s")
# Besides the launch cues ("today presents", "unveils" among them): a lead that says an act
# starts to apply or is proposed.
_TAKES_EFFECT = re.compile(r"\b(?:applies|apply|proposed|proposes|takes effect)\b")


# "to" as a word, in any case and before any space: what an invitation to join needs.
_TO_WORD = re.compile(r"\bto\s", re.IGNORECASE)


def joined_in_lead(drafts: list[Draft], context: DocumentContext) -> Draft | None:
    """ "TikTok and LinkedIn have joined the Code of conduct ...": the lead says who joined what."""
    # The lead may take two paragraphs: a general one, then "The Code ... was signed by".
    leads = context.paragraphs[:LEAD_PARAGRAPHS]
    for sentence in (s for lead in leads for s in context.sentences_of(lead)):
        joining = _tells_of_joining(context, sentence)
        if not joining and _TO_WORD.search(sentence.text) is None:
            continue  # neither a join told nor an invitation to join ("To sign the X, ...")
        for draft in drafts:
            first = next(
                (m.start for m in draft.mentions if sentence.start <= m.start < sentence.end), None
            )
            if first is not None and (joining or _invited_to_join(context, sentence, first)):
                return draft
    return None


# "... to ask every candidate to sign the Child Rights Manifesto": the lead invites readers or
# others to join the initiative it names, in a verb's base form that no signatory cue reads;
# "refused to sign the X", "did not ... to sign": no invitation.
_INVITED_TO_JOIN = re.compile(r"\bto\s+(?:sign|join|endorse|sign\s+up\s+to)\s+(?:the\s+)?$", re.I)
_REFUSED = re.compile(r"\b(?:refus|declin|fail)\w*\s+to\b|\b(?:not|never)\s+to\b", re.I)
_INVITATION_REACH = 30  # characters before the name in which the invitation stands


def _invited_to_join(context: DocumentContext, sentence: Sentence, mention: int) -> bool:
    """Whether the words right before the mention invite others to join what it names."""
    start = max(sentence.start, mention - _INVITATION_REACH)
    invited = _INVITED_TO_JOIN.search(context.text, start, mention)
    return invited is not None and not _REFUSED.search(context.text, start, mention)


def _tells_of_joining(context: DocumentContext, sentence: Sentence) -> bool:
    """A signatory cue other than the EU's "Member States", which name countries, not members."""
    return any(
        cue.label == "SIGNATORY" and not _MEMBER_STATES.match(context.text, cue.start)
        for cue in sentence.cues
    )


def lead_subject(
    drafts: list[Draft], context: DocumentContext, leads: Sequence[int] | None = None
) -> Draft | None:
    """The initiative the lead names first in a sentence that launches, adopts or applies it,
    when the title names none: "... today launch a Global Alliance against ..." is about it;
    "INHOPE, the association of hotlines, is ..." is not enough."""
    named = [(mention, order) for order, draft in enumerate(drafts) for mention in draft.mentions]
    first = first_launched(context, named, leads)
    return drafts[first] if first is not None else None


def first_launched(
    context: DocumentContext,
    named: Sequence[tuple[Mention, int]],
    leads: Sequence[int] | None = None,
    effects: bool = True,
) -> int | None:
    """Of (mention, key) pairs, the key of the first mention in a sentence of `leads` (the
    lead's paragraphs by default) that launches or adopts what it names (or, with `effects`,
    says it applies or is proposed), not as the launch's agent or framework."""
    if leads is None:
        leads = context.paragraphs[:LEAD_PARAGRAPHS]
    starts = [
        (sentence.start, sentence.end)
        for lead in leads
        for sentence in context.sentences_of(lead)
        if (
            _launches_a_named(context, sentence)
            or (effects and _TAKES_EFFECT.search(sentence.text))
        )
        and not _PASSIVE_COMMON_SUBJECT.match(sentence.text)
    ]
    begins = [start for start, _ in starts]  # in page order: a bisection per mention

    def in_launch_sentence(position: int) -> bool:
        at = bisect_right(begins, position) - 1
        return at >= 0 and position < starts[at][1]

    in_lead = [
        (mention.start, key)
        for mention, key in named
        if mention.is_name
        and in_launch_sentence(mention.start)
        and not _AGENT.search(context.text, max(0, mention.start - 12), mention.start)
        and not _FRAMEWORK.search(context.text, max(0, mention.start - 60), mention.start)
    ]
    return min(in_lead)[1] if in_lead else None


# "Decree No 2022-1212 set the date of its entry into force": a launch inside another noun's
# complement ("the date of its ...") is a fact about that noun, told of what "its" refers
# back to, not of the names of the sentence ("celebrated its launch", "Since its launch, the
# Alliance has ..." still tell of them).
_OF_BACK_REFERENCE = re.compile(r"\bof\s+(?:its|their)\s+$", re.IGNORECASE)
_BACK_REFERENCE_REACH = 12  # characters before a cue: "of their "


def _launches_a_named(context: DocumentContext, sentence: Sentence) -> bool:
    """Whether a launch cue of the sentence may tell of something the sentence names: not
    one inside another noun's complement ("the date of its entry into force")."""
    return any(
        cue.label in LAUNCH_CUES
        and not _OF_BACK_REFERENCE.search(
            context.text, max(0, cue.start - _BACK_REFERENCE_REACH), cue.start
        )
        for cue in sentence.cues
    )


def occasion_yields(
    context: DocumentContext, drafts: list[Draft], registered: list[Draft]
) -> list[Draft]:
    """A title's event or edition ("Safer Internet Day 2010: ...") gives way to the initiative
    the lead launches or publishes that day: the page is about that one."""
    title = context.document.title or ""
    if len(registered) != 1 or not is_edition(title, registered[0]):
        return registered
    subject = lead_subject([d for d in drafts if d is not registered[0]], context)
    if subject is None:
        return registered
    registered[0].source = "prose"
    return []


def intro_paragraphs(context: DocumentContext, limit: int) -> list[int]:
    """The first `limit` paragraphs above the page's first heading: its introduction, read
    only as far as it goes (a page of no heading is not read whole for it)."""
    intro: list[int] = []
    for index, block in enumerate(context.blocks):
        if block.kind == "heading" or len(intro) == limit:
            break
        if block.kind == "paragraph":
            intro.append(index)
    return intro


def introduction_subject(drafts: list[Draft], context: DocumentContext) -> Draft | None:
    """ "In May 2012 the Commission set out a European Strategy for ..." in the paragraphs
    before the first heading, then "The strategy proposes ...": the page is about the
    initiative its introduction launches and its body takes up as a subject."""
    intro = intro_paragraphs(context, _INTRO_PARAGRAPHS)
    subject = lead_subject(drafts, context, intro)
    if subject is None:
        return _named_and_taken_up(drafts, context, intro)
    return subject if taken_up_as_subject(context, subject.kind) else None


def _named_and_taken_up(
    drafts: list[Draft], context: DocumentContext, intro: list[int]
) -> Draft | None:
    """ "... work together in the Nordic Parents Alliance for X (NPA), a network of ..." then
    "The alliance was set up in 2008": the one initiative the introduction names, which the
    body takes up as a subject by its kind noun, is what the page is about."""
    spans = [(b.span.start, b.span.end) for i, b in enumerate(context.blocks) if i in intro]
    named = [
        draft
        for draft in drafts
        if any(m.is_name and any(s <= m.start < e for s, e in spans) for m in draft.mentions)
    ]
    subject_of_intro = False
    if len(named) > 1 and not is_listing(context):
        # "The Recommendation on ... covers ..., building on the X and the Y": the one the
        # introduction makes a sentence's subject, the others named in passing.
        opening = [draft for draft in named if _opens_an_intro_sentence(context, draft, spans)]
        if not opening:
            # "... a proposal for a Directive on X ... in her Political Guidelines", then
            # "The Directive is a milestone": the one a later sentence opens with by its kind.
            openings = _intro_openings(context, intro)
            opening = [draft for draft in named if _taken_up_by_kind(openings, draft)]
        named = opening
        if len(named) > 1:
            # "Law No ... requires ... Decree No ... set the date ...", then "The law seeks
            # to ...": of those opening its sentences, the one the body takes up by its kind.
            nouns = _opening_nouns(context)
            named = [draft for draft in named if draft.kind in nouns]
        subject_of_intro = True
    if len(named) != 1 or sum(d.kind == named[0].kind for d in drafts) != 1:
        return None
    if subject_of_intro:
        return named[0]
    if taken_up_as_subject(context, named[0].kind) or _opens_a_later_sentence(context, named[0]):
        return named[0]
    return named[0] if _taken_up_after(context, intro, named[0]) else None


# "The law seeks ...", "The Law sets ...": the noun a sentence opens with after a determiner.
_OPENING_NOUN = re.compile(rf"{SUBJECT_DETERMINER}([\w-]+)")  # "The Decree-Law seeks"


def _opening_nouns(context: DocumentContext) -> set[str]:
    """The nouns, lower-cased, that the page's sentences open with after "The", "This" or
    "These": `taken_up_as_subject` for every kind at once and in either case, read once per
    page for any number of names."""
    return {
        opening.group(1).lower()
        for sentence in context.sentences
        if (opening := _OPENING_NOUN.match(sentence.text)) is not None
    }


def is_listing(context: DocumentContext) -> bool:
    """Whether the page's blocks hold several date lines: teasers of a listing, whose first
    paragraphs introduce no one initiative."""
    return sum(block.kind == "dateline" for block in context.blocks) >= 2


def _opens_an_intro_sentence(
    context: DocumentContext, draft: Draft, spans: list[tuple[int, int]]
) -> bool:
    """Whether a mention of `draft` in the introduction opens its sentence ("The X ...")."""
    for mention in draft.mentions:
        if not any(s <= mention.start < e for s, e in spans):
            continue
        sentence = context.sentence_at(mention.start)
        if sentence is not None and ARTICLE_ONLY.fullmatch(
            context.text, sentence.start, mention.start
        ):
            return True
    return False


def _opens_a_later_sentence(context: DocumentContext, draft: Draft) -> bool:
    """ "... tackled through the European Platform X (EPX)", then "EPX was first set up in
    2012": the body takes the initiative up as the subject of a sentence of its own."""
    first = min(m.start for m in draft.mentions)
    for mention in draft.mentions:
        sentence = context.sentence_at(mention.start)
        if (
            mention.start > first
            and sentence is not None
            and ARTICLE_ONLY.fullmatch(context.text, sentence.start, mention.start)
        ):
            return True  # "EPX was ...", "The EU Youth Dialogue runs ..."
    acronyms = draft.acronym_spellings
    return bool(acronyms) and any(  # acronyms are not mentions yet: the sentences' openings
        sentence.start > first and _opens_with(sentence.text, acronyms)
        for sentence in context.sentences
    )


def _opens_with(text: str, words: frozenset[str]) -> bool:
    """Whether `text` starts with one of `words` as a whole word ("EPX was ...")."""
    head = text[: len(text) - len(text.lstrip())]
    opening = text[len(head) :].split(" ", 1)[0].rstrip(",;:.")
    return opening in words


def _taken_up_after(context: DocumentContext, intro: list[int], draft: Draft) -> bool:
    """ "... from Project X, which ... . Y coordinates the project with ...": a later sentence
    of the introduction refers back to the initiative by its kind noun."""
    first = min(m.start for m in draft.mentions if m.is_name)
    return any(
        sentence.start > first and _names_kind(sentence.text, draft.kind)
        for block in intro
        for sentence in context.sentences_of(block)
    )


def _intro_openings(context: DocumentContext, intro: list[int]) -> dict[str, int]:
    """The nouns the introduction's sentences open with after "The", "This" or "These", as
    written, each with the start of the last sentence it opens: read once for every name."""
    found: dict[str, int] = {}
    for block in intro:
        for sentence in context.sentences_of(block):
            opening = _OPENING_NOUN.match(sentence.text)
            if opening is not None:
                found[opening.group(1)] = sentence.start
    return found


def _taken_up_by_kind(openings: dict[str, int], draft: Draft) -> bool:
    """Whether a later sentence of the introduction opens with "The <Kind>" of `draft`,
    capitalised as a name's short form is ("The Directive is ..."; "The strategy" may be any
    strategy). Two names of one kind taken up so are told apart by no one: the caller keeps
    neither."""
    first = min(m.start for m in draft.mentions if m.is_name)
    return openings.get(draft.kind[:1].upper() + draft.kind[1:], -1) > first


def _names_kind(text: str, kind: str) -> bool:
    words = [word.strip(".,;:!?") for word in text.lower().split()]
    return any(a == "the" and b == kind for a, b in pairwise(words))


def celebrated_occasion(drafts: list[Draft], context: DocumentContext) -> Draft | None:
    """ "... on Kindness Day 2031" over "On 6 February, Kindness Day (KD) was
    celebrated ...": the event the title dates the news by is what the page is about when the
    lead's first sentence makes it its subject (a name followed by its verb, not "on X")."""
    title = context.document.title or ""
    lead = context.first_paragraph
    sentences = context.sentences_of(lead) if lead is not None else []
    if not sentences:
        return None
    first = sentences[0]
    for draft in drafts:
        if draft.kind != "event" or draft.name not in title:
            continue
        for mention in draft.mentions:
            if first.start <= mention.start < first.end and _subject_at(context.text, mention):
                return draft
    return None


def _subject_at(text: str, mention: Mention) -> bool:
    before = text[max(0, mention.start - 4) : mention.start].lower()
    return not before.endswith(("on ", "of ", "for ")) and bool(
        _SUBJECT_VERB.match(text, mention.end)
    )
