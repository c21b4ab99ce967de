"""When an initiative started and ended, and whether the page presents it as active.

`launched`: the date of the first sentence that mentions the initiative with a launch cue
("Adopted on 11 May 2022", "was published on 26 September 2018"), made as precise as a
later cue date that agrees with it ("Feb. 2009", then "signed on 10 February 2009"); strong
cues before weak ones ("endorsed"). A cue sentence without a date takes its paragraph's, or
for "to mark the day" the last day stated before; else a "Start date:" line, the year its
heading gives "(2012)", or a start the prose states ("has funded ... since 1999").
`ended`: the date nearest an end cue of the initiative ("formally disbanded the Alliance in
July 2023", "It was replaced by ... on 16 June 2022"), never the agent's ("by the new
strategy") nor a year inside a name ("the 2018 Code"). `status`: "ended" on an end cue, or
when the page says only another one is still active, or when the page lists it among
previous initiatives; "active" otherwise (as the corpus answers do), or from a "Status:" line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.extract.context import Cue, DocumentContext, Sentence
from extractors.extract.dates import precision
from extractors.extract.drafts import Draft, MentionIndex
from extractors.extract.published import publication_date
from extractors.extract.status import in_the_making, status_line
from schemas.dates import is_not_after

_PAST_LISTING = re.compile(r"\b(?:previous|past|former|earlier|archived)\b", re.IGNORECASE)
_NOT_A_FACT = re.compile(
    r"\b(?:until|unless|once|before|if|whether|will|would|could|should|may|might|"
    r"expected to|to be|planned|scheduled|aims? to|intends? to)\b",
    re.IGNORECASE,
)
_AGENT = re.compile(r"\bby\s+(?:(?:the|a|an|its|their|new|revised)\s+)*$", re.IGNORECASE)
_TODAY = re.compile(r"\btoday\b", re.IGNORECASE)
# "are presenting a self-regulatory initiative": a launch the news tells as it happens.
_ONGOING = re.compile(r"\b(?:is|are)\s+(?:now\s+)?\w+ing$", re.IGNORECASE)
_NAME_GOES_ON = re.compile(r" +[A-Z][a-z]")
_THE_DAY = re.compile(r"\b(?:the|that|this|same)\s+(?:day|date|occasion)\b", re.IGNORECASE)
# "since 1999", "from 1 January 2009", "From today, 7 June 2022".
_START_PREPOSITION = re.compile(r"\b(?:since|from)\s+(?:today,?\s+)?$", re.IGNORECASE)
# "It", "The group held its", "The first meeting of the group": no other name, no clause.
_ANAPHOR = re.compile(r"^(?i:the|this|it|its|their)\b[^A-Z0-9,;:()]*$")
_PRONOUN = re.compile(r"(?i:it|its|their)\b")
_DEFINITE_NOUN = re.compile(r"\b(?i:the|this)\s+(\w+)")
_WHICH = re.compile(r",\s*which\b")
_START_LINE = re.compile(
    r"^\s*(?:implementation period start|start date|launch date|date of adoption|adopted|"
    r"launched|signed|entry into force)\s*:\s*",
    re.IGNORECASE,
)
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


def _gap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, b_start - a_end, a_start - b_end)


def _agents(context: DocumentContext, sentence: Sentence, index: MentionIndex) -> set[int]:
    """Mentions after "by" ("replaced by the new strategy"): the agent, not what ended."""
    return {
        start
        for start, _, _ in index.between(sentence.start, sentence.end)
        if _AGENT.search(context.text[max(sentence.start, start - 40) : start])
    }


def _owned_cues(
    context: DocumentContext,
    sentence: Sentence,
    labels: tuple[str, ...],
    draft: Draft,
    index: MentionIndex,
) -> list[Cue]:
    """The sentence's cues of `labels` nearer a mention of `draft` than of any other.

    "BIK+ follows on from the first European Strategy ..., published in 2012": the
    publication is the other strategy's. An end cue is never the agent's ("It was replaced
    by the new strategy"), and a cue in a planned or conditional clause is no fact.
    """
    within = (sentence.start, sentence.end)
    agents = _agents(context, sentence, index) if "END" in labels else set()
    prefixes = _name_prefixes(context, draft)
    agents |= _appositions(context, sentence, draft, index) | prefixes
    own_from = _own_clause_start(sentence, draft, index.drafts)
    return [
        cue
        for cue in sentence.cues
        if cue.label in labels
        and cue.start >= own_from
        and (
            _relative_clause_owner(context, sentence, cue, index)
            or index.nearest(cue.start, cue.end, within, agents)
        )
        is draft
        and _is_stated_fact(sentence, cue.start)
        and not _points_elsewhere(context, draft, sentence, cue)
        and not _subject_in(index.between(sentence.start, cue.start), prefixes)
    ]


def _appositions(
    context: DocumentContext, sentence: Sentence, draft: Draft, index: MentionIndex
) -> set[int]:
    """Mentions in brackets right after the draft's name ("The Interim Regulation
    (Regulation (EU) 2021/1232) was adopted"): another name of the same thing."""
    ends = {m.end for m in draft.mentions if sentence.start <= m.start < sentence.end}
    found = set()
    for start, _, other in index.between(sentence.start, sentence.end):
        before = context.text[sentence.start : start].rstrip()
        if other is not draft and before.endswith("("):
            found |= {start} if sentence.start + len(before[:-1].rstrip()) in ends else set()
    return found


def _name_prefixes(context: DocumentContext, draft: Draft) -> set[int]:
    """Mentions a longer name goes on from ("Safer Internet Day Committees were introduced"):
    that is another thing, named after the initiative."""
    return {m.start for m in draft.mentions if _NAME_GOES_ON.match(context.text, m.end)}


def _subject_in(before: list[tuple[int, int, Draft]], starts: set[int]) -> bool:
    """Whether the last mention before a cue, its subject, starts at one of `starts`."""
    return bool(before) and before[-1][0] in starts


def _own_clause_start(sentence: Sentence, draft: Draft, others: list[Draft]) -> int:
    """In a section another initiative heads, a cue before the draft's name is the owner's:
    "Launched on 7 February 2017, building on the work of the CEO Coalition" under the
    Alliance's heading tells when the Alliance started."""
    if sentence.block in draft.owned:
        return sentence.start
    sections = [o for o in others if o is not draft and o.source == "heading"]
    if not any(sentence.block in other.owned for other in sections):
        return sentence.start
    inside = [m.start for m in draft.mentions if sentence.start <= m.start < sentence.end]
    return min(inside, default=sentence.end)


def _relative_clause_owner(
    context: DocumentContext, sentence: Sentence, cue: Cue, index: MentionIndex
) -> Draft | None:
    """ "the X, which ran in 2012 and is no longer active, and the Y": a cue inside a
    "which" clause is about the name the clause follows."""
    before = context.text[sentence.start : cue.start]
    clauses = list(_WHICH.finditer(before))
    if not clauses or "," in before[clauses[-1].end() :]:
        return None
    which = sentence.start + clauses[-1].start()
    return index.first_ending_between(which - 2, which)


def _is_stated_fact(sentence: Sentence, cue_start: int) -> bool:
    """False for a cue in a planned or conditional clause: "until the Code is adopted"."""
    clause = re.split(r"[,;:\u2013\u2014]", sentence.text[: cue_start - sentence.start])[-1]
    return _NOT_A_FACT.search(clause) is None


def _clause_end(sentence: Sentence, offset: int) -> int:
    """Where the clause holding `offset` ends: the next comma, semicolon or the sentence end."""
    rest = re.search(r"[,;:]", sentence.text[offset - sentence.start :])
    return offset + rest.start() if rest else sentence.end


def _dates_near(
    context: DocumentContext, span: tuple[int, int], cue: Cue, index: MentionIndex
) -> str | None:
    """The date of `span` nearest the cue, leaving out years inside names ("the 2018 Code")."""
    dates = [d for d in context.dates_between(*span) if not index.contains(d.start, d.end)]
    if not dates:
        return None
    return min(dates, key=lambda d: _gap(d.start, d.end, cue.start, cue.end)).value


def _first_made_precise(values: list[str]) -> str | None:
    """The first date, made as precise as a later one that agrees with it ("Feb. 2009" and
    then "10 February 2009" give "2009-02-10")."""
    if not values:
        return None
    agreeing = [value for value in values if value.startswith(values[0])]
    return max(agreeing, key=precision)


def _cue_date(
    context: DocumentContext, sentence: Sentence, cue: Cue, index: MentionIndex
) -> tuple[str | None, str | None]:
    """(the date the cue's sentence states, else its paragraph's or, for "to mark the day",
    the last one stated before it; for "today" or "are presenting", the page's date)."""
    stated = _dates_near(context, (sentence.start, sentence.end), cue, index)
    if stated:
        return stated, stated
    ongoing = _ONGOING.search(context.text[sentence.start : cue.end])
    if _TODAY.search(sentence.text) or ongoing:
        published = publication_date(context.document)
        if published:
            # "Today the Commission published ...", "are presenting ...": the page's day
            return published, published
    block = context.blocks[sentence.block].span
    nearby = _dates_near(context, (block.start, block.end), cue, index)
    if nearby is None and _THE_DAY.search(sentence.text):
        days = [d for d in context.dates_between(0, sentence.start) if precision(d.value) == 3]
        nearby = days[-1].value if days else None  # "the day" was a day
    return None, nearby


def _launched(
    context: DocumentContext, draft: Draft, sentences: list[Sentence], index: MentionIndex
) -> str | None:
    """The launch the cues give, else a start line, the heading's year, or a start the prose
    states ("has funded ... since 1999"); kept within the period its heading gives."""
    launched, stated = _cue_launch(context, draft, sentences, index)
    launched = launched or (
        _labelled_date(context, draft, _START_LINE)
        or draft.heading_year
        or _stated_start(context, draft, sentences, index)
        or _date_of_name(context, draft)
    )
    return _in_heading_period(context, draft, launched, stated)


def _cue_launch(
    context: DocumentContext, draft: Draft, sentences: list[Sentence], index: MentionIndex
) -> tuple[str | None, list[str]]:
    """(the date of the first of the strongest launch cues of the initiative ("was signed
    on", "was published on"; then "endorsed", "presented"), every date those cues state)."""
    for label in ("LAUNCH", "LAUNCH_WEAK"):  # "adopted" before "endorsed"
        stated, nearby = _named_cue_dates(context, draft, sentences, index, label)
        if not stated and not nearby:
            stated = _unnamed_launch_dates(context, draft, index, label)
        # A date of the cue's own sentence is evidence; its paragraph's only a fallback.
        if stated or nearby:
            launched = _first_made_precise(stated) or nearby[0]
            start = _stated_start(context, draft, sentences, index)
            # "signed ... in 2021" and "ran from Mar. 2021": the start made precise.
            precise = _first_made_precise([launched, start] if start else [launched])
            owned = _launch_dates_owned(context, draft)
            return _first_made_precise([precise or launched, *owned]), stated
    return None, []


def _in_heading_period(
    context: DocumentContext, draft: Draft, launched: str | None, stated: list[str]
) -> str | None:
    """A programme headed "(2005-2008)" started in 2005: an earlier date ("agreed on 9
    December 2004") was a step before it. The period's first year is made as precise as a
    date of that year the section gives ("established ... of 11 May 2005", "running from
    1 January 2009")."""
    year = draft.heading_year
    if not year or (launched is not None and launched[:4] > year):
        return launched
    if launched is not None and launched[:4] == year and launched != year:
        return launched  # already a date of the period's first year
    dates = [*stated, *_launch_dates_owned(context, draft), *_starts_owned(context, draft)]
    return _first_made_precise([year, *(d for d in dates if d.startswith(year))])


def _starts_owned(context: DocumentContext, draft: Draft) -> list[str]:
    """The "from 1 January 2009" and "since 2004" dates of the initiative's own blocks."""
    return [
        found.value
        for index in sorted(draft.owned)
        for sentence in context.sentences_of(index)
        for found in context.dates_between(sentence.start, sentence.end)
        if _START_PREPOSITION.search(context.text[sentence.start : found.start])
    ]


def _named_cue_dates(
    context: DocumentContext,
    draft: Draft,
    sentences: list[Sentence],
    index: MentionIndex,
    label: str,
) -> tuple[list[str], list[str]]:
    """(the dates the sentences naming `draft` give its `label` cues, the dates their
    paragraphs give when the sentence has none)."""
    stated, nearby = [], []
    for sentence in sentences:
        for cue in _owned_cues(context, sentence, (label,), draft, index):
            in_sentence, around = _cue_date(context, sentence, cue, index)
            stated += [in_sentence] if in_sentence else []
            nearby += [around] if around else []
    return stated, nearby


def _unnamed_launch_dates(
    context: DocumentContext, draft: Draft, index: MentionIndex, label: str
) -> list[str]:
    """Dates of launch cues in the initiative's own blocks told of a subject that points back
    to it: "The group held its first meeting on 6 March 2019" under the group's title. A
    weak cue needs a word of the name ("The day started ... in 2004"), not only "It"."""
    found = []
    for block in sorted(draft.owned):
        for sentence in context.sentences_of(block):
            if any(d is draft for _, _, d in index.between(sentence.start, sentence.end)):
                continue  # told by name: the named cues are read first
            for cue in sentence.cues:
                if cue.label != label or not _points_back(context, draft, sentence, cue):
                    continue
                if label == "LAUNCH" or _names_noun(context, draft, sentence, cue):
                    value = _dates_near(context, (sentence.start, sentence.end), cue, index)
                    found += [value] if value else []
    return found


def _points_back(context: DocumentContext, draft: Draft, sentence: Sentence, cue: Cue) -> bool:
    """Whether the cue's clause is a stated fact about `draft` told by a subject that points
    back to it: "It", or "The group" when the name is a group's (not another body's)."""
    subject = context.text[sentence.start : cue.start]
    clause_end = _clause_end(sentence, cue.end)
    return (
        _ANAPHOR.match(subject) is not None
        and _is_stated_fact(sentence, clause_end)
        and not _points_elsewhere(context, draft, sentence, cue)
    )


def _points_elsewhere(context: DocumentContext, draft: Draft, sentence: Sentence, cue: Cue) -> bool:
    """True when a body's first meeting is told of a back-reference `draft`'s name does not
    fit: "The group held its first meeting ... until the Code is adopted" is the group's."""
    subject = context.text[sentence.start : cue.start]
    is_a_meeting = context.text[cue.start : cue.end].lower().startswith("first")
    if not is_a_meeting or not _ANAPHOR.match(subject) or _PRONOUN.match(subject):
        return False  # "The agreement was signed": any word may stand for what was signed
    return not _names_noun(context, draft, sentence, cue)


def _names_noun(context: DocumentContext, draft: Draft, sentence: Sentence, cue: Cue) -> bool:
    """Whether "the X" before or just after the cue is a word of `draft`'s name: the
    subject, or the phrase the cue heads ("The first meeting of the group")."""
    phrase = context.text[sentence.start : min(cue.end + 20, sentence.end)]
    nouns = {word.lower() for word in _DEFINITE_NOUN.findall(phrase)}
    return bool(nouns & set(draft.name.lower().split()))


def _launch_dates_owned(context: DocumentContext, draft: Draft) -> list[str]:
    """Dates of launch sentences in the initiative's own blocks, named or not ("It was signed
    in Brussels on 6 February 2007"): they may make the launch month a day."""
    return [
        found.value
        for index in sorted(draft.owned)
        for sentence in context.sentences_of(index)
        if sentence.has_cue("LAUNCH") or sentence.has_cue("LAUNCH_WEAK")
        for found in context.dates_between(sentence.start, sentence.end)
    ]


def _date_of_name(context: DocumentContext, draft: Draft) -> str | None:
    """ "the European Strategy for ... of May 2012": the date a name is known by."""
    for mention in draft.mentions:
        for found in context.dates_between(mention.end, mention.end + 12):
            if re.fullmatch(r"\s+of\s+", context.text[mention.end : found.start]):
                return found.value
    return None


def _stated_start(
    context: DocumentContext, draft: Draft, sentences: list[Sentence], index: MentionIndex
) -> str | None:
    """The first "since 1999" or "from 1999 to 2013" of a sentence about the initiative."""
    for sentence in sentences:
        for found in context.dates_between(sentence.start, sentence.end):
            before = context.text[sentence.start : found.start]
            if not _START_PREPOSITION.search(before):
                continue
            within = (sentence.start, sentence.end)
            if index.nearest(found.start, found.end, within) is draft:
                return found.value
    return None


def _ended(
    context: DocumentContext, draft: Draft, sentences: list[Sentence], index: MentionIndex
) -> tuple[bool, str | None]:
    """Whether an end cue of the initiative stands, and the first date one gives."""
    has_ended = False
    for sentence in sentences:
        for cue in _owned_cues(context, sentence, ("END",), draft, index):
            has_ended = True
            value = _dates_near(context, (sentence.start, sentence.end), cue, index)
            if value:
                return True, value
    finished = _labelled_date(context, draft, _FINISH_LINE) or _period_end(context, draft)
    return has_ended or finished is not None, finished


def _period_end(context: DocumentContext, draft: Draft) -> str | None:
    """The end of the period a heading gives, when the page was written after it."""
    end = draft.heading_end_year
    # Without a publication date, the latest date the page speaks of says when it was written.
    latest = context.document.published or max((d.value for d in context.dates), default=None)
    return end if end and latest and end < latest[:4] else None


def _labelled_date(context: DocumentContext, draft: Draft, label: re.Pattern[str]) -> str | None:
    """The date of an owned "Implementation period start: 2022" line, if any."""
    for index in sorted(draft.owned):
        block = context.blocks[index]
        match = label.match(block.text)
        if match:
            dates = context.dates_between(block.span.start + match.end(), block.span.end)
            if dates:
                return dates[0].value
    return None


def lifecycle(
    context: DocumentContext,
    draft: Draft,
    the_only_active: Draft | None,
    others: list[Draft],
    index: MentionIndex | None = None,
) -> Lifecycle:
    """Launch, end and status of `draft`; `others` are every other initiative of the page,
    `index` the `MentionIndex` of `others` when the caller has one."""
    sentences = _mention_sentences(context, draft)
    # `draft` first: ties between initiatives equally near a cue go to it.
    index = (index or MentionIndex(others)).led_by(draft)
    launched = _launched(context, draft, sentences, index)
    has_ended, ended = _ended(context, draft, sentences, index)
    if launched and ended and not is_not_after(launched, ended):
        launched = None
    if has_ended:
        return Lifecycle(launched, ended, "ended")
    if the_only_active is not None:
        return Lifecycle(launched, None, "active" if draft is the_only_active else "ended")
    status = status_line(context, draft)
    if status is None and launched is None and in_the_making(sentences):
        status = "unknown"
    if status is None:
        past = _PAST_LISTING.search(context.document.title or "")
        status = "ended" if past and draft.source == "heading" else "active"
    return Lifecycle(launched, None, status)
