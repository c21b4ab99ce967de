"""When an initiative started and ended, and whether the page presents it as active.

`launched`: see `launch.py`; whose a cue is: see `cue_owners.py`.
`ended`: the date nearest an end cue of the initiative ("formally disbanded the Alliance in
July 2023", "It was replaced by ... on 16 June 2022"), never the agent's ("by the new
strategy") nor a year inside a name ("the 2018 Code"). `status`: "ended" on an end cue, or
when the page says only another one is still active, or when the page lists it among
previous initiatives; "active" otherwise (as the corpus answers do), or from a "Status:" line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractors.extract.context import DocumentContext, Sentence
from extractors.extract.cue_dates import PERIOD_LINE, dates_near, labelled_date
from extractors.extract.cue_owners import PASSIVE_ENDING, owned_cues
from extractors.extract.drafts import Draft, MentionIndex
from extractors.extract.launch import first_made_precise, launched_date
from extractors.extract.mergers import Merger
from extractors.extract.names import COVENANT_KINDS
from extractors.extract.periods import edition_days, past_run, stated_run
from extractors.extract.status import in_the_making, proposal_setting_up, status_line
from schemas.dates import is_not_after

_PAST_LISTING = re.compile(r"\b(?:previous|past|former|earlier|archived)\b", re.IGNORECASE)
# "The pilot project ended in December 2021": a phase of the initiative ended, not the
# initiative (its work may go on), unless the initiative is itself the pilot.
_PHASE_SUBJECT = re.compile(r"\b(pilot|trial|phase|stage)\b[^,;:]*$", re.IGNORECASE)
# Kinds of initiative that are held over a few days: a range in their own blocks is their run.
_OCCASION_KINDS = frozenset({"week", "day", "days", "month", "festival", "conference", "summit"})
_FINISH_LINE = re.compile(
    r"^\s*(?:implementation period finish|end date|ended|closed|expired)\s*:\s*", re.IGNORECASE
)


@dataclass(frozen=True)
class Lifecycle:
    launched: str | None
    ended: str | None
    status: str


def _mention_sentences(context: DocumentContext, draft: Draft) -> list[Sentence]:
    """The sentences that hold a mention of `draft`, in page order, titles aside."""
    found = context.sentences_holding([mention.start for mention in draft.mentions])
    return [sentence for sentence in found if context.blocks[sentence.block].kind != "title"]


def _ended(
    context: DocumentContext, draft: Draft, sentences: list[Sentence], index: MentionIndex
) -> tuple[bool, str | None]:
    """Whether an end cue of the initiative stands, and the first date one gives."""
    has_ended = False
    for sentence in sentences:
        for cue in owned_cues(context, sentence, ("END",), draft, index):
            if _ends_a_phase(context, draft, sentence, cue.start):
                continue
            if _MEMBERSHIP_AFTER.match(context.text, cue.end, sentence.end):
                continue  # "X is no longer part of the network": a member left, it goes on
            if _NO_END_AFTER.match(context.text, cue.end, sentence.end):
                continue  # "It has now concluded that ...": decided; "complete with": holding
            if _ends_another_object(context, draft, sentence, cue.end, index):
                continue  # "It ended a consultation in 2033": it ended something else
            if draft.kind in COVENANT_KINDS and _made_by_concluding(context.text, cue.start):
                continue  # "The treaty was concluded by all sixteen Länder": it was made
            has_ended = True
            value = dates_near(context, (sentence.start, sentence.end), cue, index)
            if value:
                return True, value
    replaced, when = _replaced_by_another(context, draft)
    if replaced:
        return True, when
    finished = _labelled_finish(context, draft) or _period_end(context, draft)
    if has_ended and finished is None:
        # "The project has now ended": the end of the run the page states for it.
        run = stated_run(context, draft)
        finished = run[1] if run else None
    return has_ended or finished is not None, finished


# A treaty or an agreement "is concluded" (by its parties) when they make it; one that
# "concluded in December", "concluded its work" or "concluded by the end of 2031" has ended.
_CONCLUDED = re.compile(r"concluded\b", re.IGNORECASE)
_BY_PARTIES = re.compile(r"\s+by\s+(?!the\s+end\b)(?!\d)", re.IGNORECASE)


def _made_by_concluding(text: str, cue: int) -> bool:
    """Whether the end cue at `cue` is a covenant's making: "concluded by" its parties, or a
    passive "was concluded"."""
    concluded = _CONCLUDED.match(text, cue)
    if concluded is None:
        return False
    if _BY_PARTIES.match(text, concluded.end()):
        return True
    return PASSIVE_ENDING.search(text, max(0, cue - 8), cue) is not None


# "The Media Board, which replaced ERGA in February 2025": an active verb of succession
# right before the initiative, its object ("was replaced by X" puts "by" between: an END cue).
_REPLACED_OBJECT = re.compile(r"\b(?:replaced|superseded|succeeded)\s+(?:the\s+)?$")
_REPLACED_REACH = 24  # characters before a mention read for the verb
# "has not replaced", "would have replaced", "partly replaced": no end told.
_NOT_REPLACED = re.compile(
    r"\b(?:not|never|partly|partially|largely|(?:would|could|might|should)\s+have)\s+$",
    re.IGNORECASE,
)
_POSSESSIVE_AFTER = re.compile(r"[\u2019']s\b")


_CLAUSE_END = re.compile(r"[,;.]\s")


def _replaced_by_another(context: DocumentContext, draft: Draft) -> tuple[bool, str | None]:
    """Whether another initiative replaced the draft, and the first date its clause gives
    after the mention ("which replaced ERGA in February 2025" gives "2025-02")."""
    for mention in draft.mentions:
        before = context.text[max(0, mention.start - _REPLACED_REACH) : mention.start]
        verb = _REPLACED_OBJECT.search(before)
        if verb is None or _NOT_REPLACED.search(before, 0, verb.start()):
            continue
        if _POSSESSIVE_AFTER.match(context.text, mention.end):
            continue  # "replaced the Code's rules on fishing": a part of it
        sentence = context.sentence_at(mention.start)
        verb_at = mention.start - len(before) + verb.start()
        if sentence is not None and _subject_of(draft, context.text, sentence.start, verb_at):
            continue  # "SFC has since replaced it": it replaced something else, not itself
        end = sentence.end if sentence is not None else mention.end
        clause = _CLAUSE_END.search(context.text, mention.end, end)
        dates = context.dates_between(mention.end, clause.start() if clause else end)
        return True, dates[0].value if dates else None
    return False, None


def _subject_of(draft: Draft, text: str, start: int, verb_at: int) -> bool:
    """Whether the draft, by its name, a variant or an acronym, is the subject right before
    the verb at `verb_at` (auxiliaries and adverbs between): "SFC has since replaced"."""
    spellings = frozenset({draft.name, *draft.variants, *draft.acronym_spellings})
    subject = _subject_pattern(spellings)
    return subject.search(text, max(start, verb_at - _REPLACED_REACH * 4), verb_at) is not None


@lru_cache(maxsize=256)
def _subject_pattern(spellings: frozenset[str]) -> re.Pattern[str]:
    """Any of the spellings, longest first, then auxiliaries, right before a verb: built once
    per initiative, not per "replaced it" read."""
    alternatives = "|".join(re.escape(s) for s in sorted(spellings, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives}){_AUXILIARIES}\s*$")


# What may stand between a subject and its verb: "has since", "later", "quickly".
_AUXILIARIES = r"(?:\s+(?:has|have|had|since|now|then|also|later|soon|\w+ly))*"


# An end verb's object: "ended a consultation", "closed the call" ("closed its doors" ends it).
_OBJECT_AFTER = re.compile(
    r"(?:(?<=ended)|(?<=closed)|(?<=stopped)|(?<=finished))\s+(?:a|an|the|this|these)\s"
)
_OBJECT_REACH = 40  # characters after the article read for the initiative's name


def _ends_another_object(
    context: DocumentContext, draft: Draft, sentence: Sentence, cue_end: int, index: MentionIndex
) -> bool:
    """Whether an end verb has an object other than the initiative: "It ended a
    consultation", but "The event closed the two-year CESAGRAM project" ended CESAGRAM."""
    article = _OBJECT_AFTER.match(context.text, cue_end, sentence.end)
    if article is None:
        return False
    reach = min(sentence.end, article.end() + _OBJECT_REACH)
    return not any(owner is draft for _, _, owner in index.iter_between(article.end(), reach))


# After "concluded", what was decided; after the adjective "complete", what it holds ("is now
# complete with a map"), not after "completed with a final report", which tells how it ended.
_NO_END_AFTER = re.compile(r"(?<=concluded)\s+(?:that|whether|how)\b|(?<=complete)\s+with\b")
_MEMBERSHIP_AFTER = re.compile(
    r"\s+(?:part\s+of|a\s+(?:member|signatory|partner)\s+(?:of|to|in)|among)\b", re.IGNORECASE
)


def _ends_a_phase(context: DocumentContext, draft: Draft, sentence: Sentence, cue: int) -> bool:
    """Whether the end cue's subject is a phase the initiative's name does not call it."""
    phase = _PHASE_SUBJECT.search(context.text[sentence.start : cue])
    return phase is not None and phase.group(1).lower() not in draft.name.lower()


def _labelled_finish(context: DocumentContext, draft: Draft) -> str | None:
    """An "Implementation period finish: 2025" or "Implemented 2018 - 2025" line, unless the
    page's own date is before it: a record created in 2020 gives the end it plans."""
    finish = labelled_date(context, draft, _FINISH_LINE) or labelled_date(
        context, draft, PERIOD_LINE, last=True
    )
    published = context.publication or context.document.published
    if finish is None or published is None:
        return finish
    written = published[: len(finish)]
    return None if written != finish and is_not_after(written, finish) else finish


def _period_end(context: DocumentContext, draft: Draft) -> str | None:
    """The end of the period a heading gives, when the page was written after it."""
    end = draft.heading_end_year
    if not end:
        return None  # (before the latest date: a scan of every date of the page per draft)
    return end if _written_after(context, end) else None


def _written_after(context: DocumentContext, end: str) -> bool:
    """Whether the page was written after `end` (a year, month or day)."""
    # Without a publication date, the latest date the page speaks of says when it was written.
    latest = context.document.published or max((d.value for d in context.dates), default=None)
    return latest is not None and not is_not_after(latest[: len(end)], end)


def _occasion_run(context: DocumentContext, draft: Draft) -> tuple[str | None, str | None]:
    """(start, end) of an occasion ("European Reading Week"): the run its own blocks state
    ("From 18 to 22 March 2019, events took place ..."), the end once the page is later."""
    if draft.kind not in _OCCASION_KINDS:
        return None, None
    run = stated_run(context, draft)
    if run is None:
        return None, None
    return run[0], run[1] if _written_after(context, run[1]) else None


def _still_proposed(
    context: DocumentContext, draft: Draft, sentences: list[Sentence], index: MentionIndex
) -> bool:
    """Whether the page names the initiative as what a proposal would establish and no later
    sentence tells its adoption ("The Council adopted the Guarantee on 14 June 2021")."""
    proposed = proposal_setting_up(context, draft)
    return proposed is not None and not any(
        owned_cues(context, sentence, ("LAUNCH",), draft, index)
        for sentence in sentences
        if sentence.start >= proposed
    )


def lifecycle(
    context: DocumentContext,
    draft: Draft,
    the_only_active: Draft | None,
    others: list[Draft],
    index: MentionIndex | None = None,
    merger: Merger | None = None,
) -> Lifecycle:
    """Launch, end and status of `draft`; `others` are every other initiative of the page,
    `index` the `MentionIndex` of `others` when the caller has one; `merger` the page's
    merger of initiatives, if any: its parties ended, its result started then."""
    sentences = _mention_sentences(context, draft)
    # `draft` first: ties between initiatives equally near a cue go to it.
    index = (index or MentionIndex(others)).led_by(draft)
    launched = launched_date(context, draft, sentences, index)
    has_ended, ended = _ended(context, draft, sentences, index)
    if merger is not None and any(draft is party for party in merger.parties):
        has_ended, ended = True, ended or merger.date
    if merger is not None and draft is merger.result:
        launched = launched or merger.date
    ran = past_run(context, sentences, draft, index)
    edition = edition_days(context, sentences, draft)
    if edition is not None:
        # the days of the edition the title names: not the initiative's run nor its launch
        launched = None if launched == edition[0] else launched
        ran = None if ran == edition else ran
    if ran is not None:
        # The run the page tells as over dates it: a later launch cue was another thing's.
        launched = first_made_precise([ran[0], *([launched] if launched else [])])
        has_ended, ended = True, ended or ran[1]
    run_start, run_end = _occasion_run(context, draft)
    if edition is not None and run_start == edition[0]:
        run_start = None  # the edition's first day again, read from its blocks
    launched, ended = launched or run_start, ended or run_end
    has_ended = has_ended or run_end is not None
    if launched and ended and not is_not_after(launched, ended):
        launched = None
    if has_ended:
        return Lifecycle(launched, ended, "ended")
    if the_only_active is not None:
        return Lifecycle(launched, None, "active" if draft is the_only_active else "ended")
    status = status_line(context, draft)
    if status is None and launched is None and in_the_making(sentences, draft):
        status = "unknown"
    if status is None and _still_proposed(context, draft, sentences, index):
        status = "unknown"
    if status is None:
        past = _PAST_LISTING.search(context.document.title or "")
        status = "ended" if past and draft.source == "heading" else "active"
    return Lifecycle(launched, None, status)
