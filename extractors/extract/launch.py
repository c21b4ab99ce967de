"""When an initiative started: the date of its strongest launch cue, made precise.

`launched`: the date of the first sentence that mentions the initiative with a launch cue
("Adopted on 11 May 2022", "was published on 26 September 2018"), made as precise as a
later cue date that agrees with it ("Feb. 2009", then "signed on 10 February 2009"); strong
cues before weak ones ("endorsed"). A cue sentence without a date takes its paragraph's, or
for "to mark the day" the last day stated before; else a "Start date:" line, the year its
heading gives "(2012)", or a start the prose states ("has funded ... since 1999"). A
heading's period "(2005-2008)" starts the programme: earlier dates were steps before it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors.extract.context import Cue, DocumentContext, Sentence
from extractors.extract.counts import number_words
from extractors.extract.cue_dates import (
    PERIOD_LINE,
    dates_near,
    headline_lead_date,
    labelled_date,
)
from extractors.extract.cue_owners import (
    generic_subject,
    is_planned,
    names_noun,
    owned_cues,
    participle_subject_names,
    points_back,
)
from extractors.extract.dates import find_dates, precision
from extractors.extract.drafts import Draft, MentionIndex
from extractors.extract.lead import LEAD_PARAGRAPHS, intro_paragraphs
from extractors.extract.legal_names import document_title
from extractors.extract.names import DETERMINERS, vocabulary
from extractors.extract.periods import bracketed_period_start
from extractors.extract.starts import _last_words_start, starts_owned, stated_start
from schemas.dates import is_not_after

_TODAY = re.compile(r"\btoday\b", re.IGNORECASE)
_SAME_TIME = re.compile(r"(?:alongside\s+(?:it|this|them)|at\s+the\s+same\s+time)\b", re.I)
_TODAY_AFTER = re.compile(r"\s+today\b", re.IGNORECASE)  # "was adopted today"
_TODAY_OPENING = re.compile(r"\s*today\s+", re.IGNORECASE)
_TODAY_REACH = 60  # characters from an opening "Today" to the cue of its clause
# "are presenting a self-regulatory initiative": a launch the news tells as it happens.
_ONGOING = re.compile(r"\b(?:is|are)\s+(?:now\s+)?\w+ing$", re.IGNORECASE)
_ONGOING_REACH = 60  # characters read for it before the cue's end
_THE_DAY = re.compile(
    r"\b(?:(?:the|that|this|same)\s+(?:day|date|occasion)|same\s+time)\b", re.IGNORECASE
)
# What is written about an initiative, whose publication is not the initiative's launch.
_DOCUMENT_NOUNS = (
    r"(?:reports?|evaluations?|assessments?|reviews?|results|findings|study|summary|conclusions)"
)
# "The report of the 2022 edition of the Forum has been published": the report's launch.
# "A Strategic Plan for implementing the Declaration was published": the plan's launch.
_DOCUMENT_SUBJECT = re.compile(
    rf"^(?:the|a|an|its|their)\s+(?:\w+\s+){{0,2}}{_DOCUMENT_NOUNS}\s+(?:of|on)\b|"
    r"^(?:the|a|an|its|their)\s+(?:\w+\s+){1,3}(?:for\s+implementing|to\s+implement)\b|"
    # "The current version 2.0 of the guidance, published in 2021", "A draft of the Bill"
    r"^(?:(?:the|a|an|its|their)\s+)?(?:\w+\s+){0,2}(?:version|edition|draft)(?:\s+[\d.]+)?"
    r"\s+of\b",
    re.IGNORECASE,
)
# "released a child-friendly version of the Declaration", "released version 2.0 of its
# Guidance", "published an evaluation of the Code", "issued its first report on the
# Guidelines", "adopted a report on the implementation of the Regulation": a new form of it
# or a document about it, not its launch.
_DETERMINER = r"(?:a|an|the|its|their)\s+"
_DERIVED_OBJECT = re.compile(
    rf"^\s+(?:{_DETERMINER})?(?:[\w-]+\s+){{0,2}}"
    rf"(?:version|edition|translation|adaptation|update|{_DOCUMENT_NOUNS})(?:\s+[\d.]+)?"
    r"\s+(?:of|on)\s+(?:(?:the\s+)?[a-z-]+\s+(?:of|on)\s+)?(?:the\s+|its\s+|their\s+)?$",
    re.IGNORECASE,
)
# "Mila signed a partnership with ROOST": an agreement with the initiative, not its launch.
_WITH_PARTNER = re.compile(r"^\s+(?:an?|the)\s+(?:[\w-]+\s+){1,2}with\s+(?:the\s+)?$")
# "It launched its final report on 6 July", told of a group under its heading: a document it
# presented, not its start (the determiner is required: "set up to review ..." is a verb).
_PRESENTS_DOCUMENT = re.compile(
    rf"\s+(?:{_DETERMINER}|(?:{'|'.join(number_words())}|\d+)\s+)(?:[\w-]+\s+){{0,2}}"
    rf"{_DOCUMENT_NOUNS}\b",
    re.IGNORECASE,
)
_NAME_WORD = re.compile(r"[\w-]{3,}")  # "key principles", not "of", "on"
# "It", "The group held its", "The first meeting of the group": no other name, no clause.
_START_LINE = re.compile(
    r"^\s*(?:implementation period start|start date|launch date|date of adoption|adopted|"
    r"launched|signed|entry into force)\s*:\s*",
    re.IGNORECASE,
)


# "adopted" before "endorsed" before "proposed"; a sentence that names the initiative before
# one that points back to it ("The rules agreed in 2011" on a page about their recast).
_CUE_ORDER = (
    ("LAUNCH", True),
    ("LAUNCH_WEAK", True),
    ("LAUNCH_PROPOSAL", True),
    ("LAUNCH", False),
    ("LAUNCH_WEAK", False),
)


def first_made_precise(values: list[str]) -> str | None:
    """The first date, made as precise as a later one that agrees with it ("Feb. 2009" and
    then "10 February 2009" give "2009-02-10")."""
    if not values:
        return None
    agreeing = [value for value in values if value.startswith(values[0])]
    return max(agreeing, key=precision)


def _today_in_clause(text: str, sentence_start: int, cue: Cue) -> bool:
    """Whether "today" stands in the cue or in its clause's last words before it ("the EU
    today presents", "was adopted today"), read in a window: a sentence may hold many cues."""
    window = _last_words_start(text, sentence_start, cue.start, 3)
    breaks = [text.rfind(mark, window, cue.start) for mark in ",;:"]
    before = _TODAY.search(text, max(window, *breaks), cue.end)
    if before is not None or _TODAY_AFTER.match(text, cue.end) is not None:
        return True
    # "Today the European Commission put forward ...": the day opens the cue's own clause.
    opening = _TODAY_OPENING.match(text, sentence_start, cue.start)
    if opening is None or cue.start - opening.end() > _TODAY_REACH:
        return False
    return not any(mark in text[opening.end() : cue.start] for mark in ",;:")


# Once per sentence, not per cue (a sentence may hold thousands); two entries, so that no
# page's text outlives its extraction by more than one sentence.
@lru_cache(maxsize=2)
def _says(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.search(text) is not None


def _cue_date(
    context: DocumentContext, sentence: Sentence, cue: Cue, index: MentionIndex
) -> tuple[str | None, str | None]:
    """(the date the cue's sentence states, else its paragraph's or, for "to mark the day",
    the last one stated before it; for "today" or "are presenting", the page's date)."""
    if _today_in_clause(context.text, sentence.start, cue) and context.publication:
        # "the EU today presents an Action Plan ... with the 2019 elections ahead": the day.
        return context.publication, context.publication
    stated = dates_near(context, (sentence.start, sentence.end), cue, index)
    if stated:
        return stated, stated
    ongoing = _ONGOING.search(context.text, max(sentence.start, cue.end - _ONGOING_REACH), cue.end)
    if ongoing or _says(_TODAY, sentence.text):
        published = context.publication
        if published:
            # "Today the Commission published ...", "are presenting ...": the page's day
            return published, published
    block = context.blocks[sentence.block].span
    same_time = _SAME_TIME.match(sentence.text) is not None and context.publication
    if same_time and _TODAY.search(context.text, block.start, sentence.start):
        # "... have today presented the Shield. Alongside it, the Commission adopted ..."
        return context.publication, context.publication
    nearby = dates_near(context, (block.start, block.end), cue, index)
    if nearby is None and _says(_THE_DAY, sentence.text):
        days = [d for d in context.dates_between(0, sentence.start) if precision(d.value) == 3]
        nearby = days[-1].value if days else None  # "the day" was a day
    return None, nearby


def launched_date(
    context: DocumentContext, draft: Draft, sentences: list[Sentence], index: MentionIndex
) -> str | None:
    """The launch the cues give, else a start line, the heading's year, or a start the prose
    states ("has funded ... since 1999"); kept within the period its heading gives."""
    named = _legal_name_date(draft) or draft.opened
    if named is not None:
        # "Act of 28 July 2023 amending ...": the day the text is known by; or the day a rule of
        # its own read (proceedings "opened today")
        return named
    start = stated_start(context, draft, sentences, index)  # read once: every date of the page
    launched, stated = _cue_launch(context, draft, sentences, index, start)
    first = _first_edition(context, draft)
    if first is not None and (launched is None or not is_not_after(launched, first)):
        launched = first  # "its first, pilot edition took place in October 2012"
    bracketed = bracketed_period_start(context, draft, index)
    period = draft.heading_year or _to_come(context, bracketed)
    launched = launched or (
        labelled_date(context, draft, _START_LINE)
        or labelled_date(context, draft, PERIOD_LINE)
        or period
        or start
        or bracketed  # with no launch told: "a two-year project (2017-2019)" began in 2017
        or _date_of_name(context, draft)
        or _launched_today(context, draft)
        or _launched_in_title(context, draft)
        or _planned_launch(context, draft, sentences, index)
    )
    return _in_period(context, draft, launched, stated, period)


# "Its first, pilot edition took place in October 2012", "held every October since its pilot
# in 2012": when a recurring initiative began.
_FIRST_EDITION = re.compile(
    r"\bfirst\b(?:[\s,]+[\w-]+){0,2}?[\s,]+edition\b|\b(?:its|their)\s+pilot\b", re.IGNORECASE
)


def _first_edition(context: DocumentContext, draft: Draft) -> str | None:
    """The date of the first edition the initiative's own blocks tell, if any."""
    for block in sorted(draft.owned):
        for sentence in context.sentences_of(block):
            found = _FIRST_EDITION.search(sentence.text)
            if found is None:
                continue
            after = sentence.start + found.end()
            dates = context.dates_between(after, sentence.end)
            if dates:
                return dates[0].value
    return None


def _cue_launch(
    context: DocumentContext,
    draft: Draft,
    sentences: list[Sentence],
    index: MentionIndex,
    start: str | None,
) -> tuple[str | None, list[str]]:
    """(the date of the first of the strongest launch cues of the initiative ("was signed
    on", "was published on"; then "endorsed", "presented"), every date those cues state)."""
    for label, named in _CUE_ORDER:
        if label == "LAUNCH_PROPOSAL" and start:
            continue  # "proposed in 2018" and "From today, 7 June 2022, it applies"
        if named:
            stated, nearby = _named_cue_dates(context, draft, sentences, index, label)
        else:
            stated, nearby = _unnamed_launch_dates(context, draft, index, label), []
        # A date of the cue's own sentence is evidence; its paragraph's only a fallback.
        if stated or nearby:
            launched = first_made_precise(stated) or nearby[0]
            if _to_come(context, start) and not is_not_after(str(start), launched):
                launched = str(start)  # "adopted today", "will run from 1 January 2009"
            if start and not named and not is_not_after(launched, start):
                # "CO:RE runs from 1 January 2020" told by name before "The partners met
                # for the first time on 16 January 2020": it ran before that first meeting.
                launched = start
            # "signed ... in 2021" and "ran from Mar. 2021": the start made precise.
            precise = first_made_precise([launched, start] if start else [launched])
            owned = _launch_dates_owned(context, draft)
            return first_made_precise([precise or launched, *owned]), stated
    return None, []


def _to_come(context: DocumentContext, start: str | None) -> str | None:
    """`start` when it is after the page's date: a news page that tells of an adoption and
    of a start to come ("will have a new programme from 1 January 2009") dates the launch
    by the start; a later page that recounts both ("adopted on 29 April 2021 ... has applied
    since 7 June 2022") by the adoption."""
    published = context.publication or context.document.published
    return start if start and published and not is_not_after(start, published) else None


def _in_period(
    context: DocumentContext,
    draft: Draft,
    launched: str | None,
    stated: list[str],
    year: str | None,
) -> str | None:
    """A programme headed "(2005-2008)" or told "the programme (2005-08)" started in 2005
    (`year`): an earlier date ("agreed on 9 December 2004") was a step before it, and a later
    one a step within it ("A two-year extension, adopted ... on 16 June 2007"). The
    period's first year is made as precise as a date of that year the section gives
    ("established ... of 11 May 2005", "running from 1 January 2009")."""
    if not year:
        return launched
    if launched is not None and launched[:4] > year and not draft.heading_end_year:
        return launched  # a heading's year, not a period: "Alliance ... (2016)" launched in 2017
    if launched is not None and launched[:4] == year and launched != year:
        return launched  # already a date of the period's first year
    dates = [*stated, *_launch_dates_owned(context, draft), *starts_owned(context, draft)]
    return first_made_precise([year, *(d for d in dates if d.startswith(year))])


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
        if _DOCUMENT_SUBJECT.match(sentence.text) and not _its_own_edition(sentence, draft):
            continue  # a report of the initiative was published, not the initiative
        for cue in owned_cues(context, sentence, (label,), draft, index):
            if _launches_a_form_of(context, draft, sentence, cue, index):
                continue
            if _presents_a_document(context, draft, sentence, cue, index):
                continue
            in_sentence, around = _cue_date(context, sentence, cue, index)
            if in_sentence is None and around is None:
                around = headline_lead_date(context, draft, sentence, cue, index)
            stated += [in_sentence] if in_sentence else []
            nearby += [around] if around else []
    return stated, nearby


_EDITION_OF = re.compile(r"^(?:the\s+)?(\d{4})\s+edition\s+of\b", re.IGNORECASE)


def _its_own_edition(sentence: Sentence, draft: Draft) -> bool:
    """Whether the sentence opens with the edition the draft is: "The 2021 edition of the
    annual Forum kicks off" tells of "Forum 2021"."""
    edition = _EDITION_OF.match(sentence.text)
    return edition is not None and draft.name.endswith(edition.group(1))


def _launches_a_form_of(
    context: DocumentContext, draft: Draft, sentence: Sentence, cue: Cue, index: MentionIndex
) -> bool:
    """Whether the cue's object is a version or report of `draft` ("released a child-friendly
    version of the Declaration", "published an evaluation of the Code") or an agreement with it
    ("signed a partnership with ROOST")."""
    for start, _, named in index.iter_between(cue.end, sentence.end):
        if named is draft:
            between = context.text[cue.end : start]
            return (
                _DERIVED_OBJECT.match(between) is not None
                or _WITH_PARTNER.match(between) is not None
            )
    return False


def _presents_a_document(
    context: DocumentContext, draft: Draft, sentence: Sentence, cue: Cue, index: MentionIndex
) -> bool:
    """Whether `draft`, named before the cue, is its subject and a document its object: "the
    experts of the Observatory published three draft progress reports" is no launch of it."""
    if _PRESENTS_DOCUMENT.match(context.text, cue.end, sentence.end) is None:
        return False
    return not any(d is draft for _, _, d in index.iter_between(cue.end, sentence.end))


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
                if cue.label != label:
                    continue
                if _PRESENTS_DOCUMENT.match(context.text, cue.end, sentence.end):
                    continue  # the cheap test first
                if not points_back(context, draft, sentence, cue):
                    continue
                if label == "LAUNCH" or _names_it(context, draft, sentence, cue):
                    value = dates_near(context, (sentence.start, sentence.end), cue, index)
                    found += [value] if value else []
    return found


def _names_it(context: DocumentContext, draft: Draft, sentence: Sentence, cue: Cue) -> bool:
    """Whether a weak cue's subject says which initiative it is: a word of the name ("The
    first meeting of the group"), a generic noun ("The project started"), or the subject
    after an opening participle ("Presented in 2030, the Pledge ...")."""
    return (
        names_noun(context, draft, sentence, cue)
        or generic_subject(context, sentence, cue)
        or participle_subject_names(context, draft, sentence, cue)
    )


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


def _planned_launch(
    context: DocumentContext, draft: Draft, sentences: list[Sentence], index: MentionIndex
) -> str | None:
    """The date a news page gives a launch it plans, after the page's own date: "a new
    Expert Group, to be created in March 2019" told on 5 February 2019."""
    published = context.publication
    if published is None:
        return None
    for sentence in sentences:
        for cue in owned_cues(context, sentence, ("LAUNCH",), draft, index, fact=is_planned):
            value = dates_near(context, (sentence.start, sentence.end), cue, index)
            if value and not is_not_after(value, published):
                return value
    return None


_OF_DAY = re.compile(r"\s+of\s+$")


def _legal_name_date(draft: Draft) -> str | None:
    """The day a legal text's or a document's formal title gives ("Law No. 2023-566 of 7 July
    2023 to ...", "Commission Recommendation of 14 July 2014 on ..."): the day it was made,
    before any date it entered into force or applied from."""
    words = vocabulary()
    titled = document_title(draft.name)
    if draft.kind not in words.legal_kinds and titled is None:
        return None
    # its own day stands before what it amends: "... amending the X Act of 1 April 2003" is X's;
    # a formal title's, before its subject
    participles = "|".join(" ".join(p) for p in words.legal_participles)
    own = draft.name[: titled[1]] if titled else draft.name
    own = re.split(rf"\s(?:{participles})\s", own, maxsplit=1)[0]
    for found in find_dates(own):
        if precision(found.value) == 3 and _OF_DAY.search(own, 0, found.start):
            return found.value
    return None


def _date_of_name(context: DocumentContext, draft: Draft) -> str | None:
    """ "the European Strategy for ... of May 2012": the date a name is known by."""
    for mention in draft.mentions:
        for found in context.dates_between(mention.end, mention.end + 12):
            if re.fullmatch(r"\s+of\s+", context.text[mention.end : found.start]):
                return found.value
    return None


# A press title's verb in the present tense that tells a launch as the day's news:
# "Presidents ... sign European declaration", "Commission proposes a declaration on ...".
_TITLE_LAUNCH = re.compile(
    r"\b(?:announces?|unveils?|launch(?:es)?|adopts?|presents?|publish(?:es)?|signs?|"
    r"proposes?|releases?|puts?\s+forward)\s+(?P<object>.+)$",
    re.IGNORECASE,
)
# What makes a title's verb no launch of the day: "to sign", "must sign", "refuse to sign".
_NOT_DONE_BEFORE = re.compile(
    r"\b(?:to|must|will|shall|should|would|could|may|might|cannot|can)\s+$", re.IGNORECASE
)
_NOT_DONE_REACH = 12
_HEAD_ARTICLES = DETERMINERS | {"new", "first"}


_OBJECT_ENDS = "to|as|with|by|for|at|after|of|on|about|against|into"
_OBJECT_END = re.compile(rf"\s+(?:{_OBJECT_ENDS})\s+|,\s*")
# Where a lead's launched object ends, beyond `_OBJECT_END`: "guidelines in 24 languages",
# "guidelines under the Act", "guidelines that set out ...", "guidelines explaining ...".
_HEAD_END = re.compile(
    rf"\s+(?:{_OBJECT_ENDS}|in|under|from|that|which|who|setting|laying|aimed|designed|"
    r"meant|explaining|including)\s+|,\s*"
)
# An "and" between objects, or before a second verb in the past and its object: "guidelines
# and a report", "guidelines and published a report"; past a preposition, only the second.
_PAST_VERB = r"\w+ed\s+"
_AND = re.compile(rf"\s+and\s+(?:{_PAST_VERB})?")
_SECOND_VERB = re.compile(rf"\s+and\s+{_PAST_VERB}")
# A quantity before the object's noun: "a (new) set of guidelines", "a package of measures".
_QUANTITY = re.compile(
    r"^(?:(?:a|an|the)\s+)?(?:new\s+)?(?:set|package|series|number|range)\s+of\s+"
)


def _launched_in_title(context: DocumentContext, draft: Draft) -> str | None:
    """The page's date when the title tells the launch in the present tense and its object
    is the initiative's kind ("... sign European declaration", "... sign a charter on ..."),
    as `_launched_today` does for "today"."""
    title = context.document.title or ""
    published = context.publication
    told = _TITLE_LAUNCH.search(title) if published else None
    if told is None or _NOT_DONE_BEFORE.search(
        title, max(0, told.start() - _NOT_DONE_REACH), told.start()
    ):
        return None
    # The object up to its first preposition, its kind noun last: "sign administrative
    # arrangements with ... to support enforcement of Digital Services Act" launches
    # arrangements, "publishes child-friendly versions of the BIK+ strategy" versions, and
    # "publishes declaration progress report" a report.
    name_words = {word.lower() for word in _NAME_WORD.findall(draft.name)}
    head = _OBJECT_END.split(told.group("object"), maxsplit=1)[0].lower()
    for part in head.split(" and "):  # "presents new EU Drugs Strategy and Action Plan"
        words = part.split()
        modifiers = [w for w in words[:-1] if w not in _HEAD_ARTICLES]
        # "sign European declaration": its words are the name's, not another declaration's
        if words and words[-1] == draft.kind and all(w in name_words for w in modifiers):
            return published
    return None


def _launched_today(context: DocumentContext, draft: Draft) -> str | None:
    """The page's date when one of its own sentences tells the launch as today's news with
    words of the name after the cue: "Today the Commission published ... an age-verification
    app, a blueprint", "the Network is today publishing key principles". Its kind noun ("a
    charter") or two of its words: one other shared word ("launched a consultation on
    internet safety" under "Safer Internet Day") tells of another thing. The lead, above the
    first heading, tells it too for a text of the kind its launch's object heads ("The
    Commission today adopted guidelines to ..."; not "today published a report on the
    implementation of the Strategy"): any text of that kind the page describes."""
    published = context.publication
    words = {word.lower() for word in _NAME_WORD.findall(draft.name)}
    if published is None or not words:
        return None
    lead = set(intro_paragraphs(context, LEAD_PARAGRAPHS)) - draft.owned
    for block in sorted(draft.owned | lead):
        for sentence in context.sentences_of(block):
            if not _TODAY.search(sentence.text):
                continue
            # the first launch cue only, read once (a sentence may hold thousands): its
            # objects, joined by "and", are what the sentence launches
            cue = next((c for c in sentence.cues if c.label.startswith("LAUNCH")), None)
            if cue is None:
                continue
            if block in lead:
                if draft.kind in _object_heads(context.text[cue.end : sentence.end]):
                    return published
                continue
            after = context.text[cue.end : sentence.end].lower()
            shared = words & {w.lower() for w in _NAME_WORD.findall(after)}
            if len(shared) >= 2 or bool(shared & vocabulary().kinds):
                return published
    return None


def _object_heads(told: str) -> list[str]:
    """The head nouns of a launch's objects, each before its first preposition, relative word
    or comma, lower-cased and without a plural's "s" where its kind nouns have none, through a
    quantity's "of": "guidelines that set out ..." and "a set of guidelines to help ..." give
    "guidelines", "guidelines and published a report on ..." gives "guidelines" and "report"."""
    kinds = vocabulary().kinds
    heads = []
    # the objects before the first preposition: an "and" after it is that phrase's ("a report
    # on the Strategy and the Plan" launches a report), except a second verb's object
    front, *rest = _HEAD_END.split(_QUANTITY.sub("", told.strip()), maxsplit=1)
    parts = _AND.split(front)
    if rest and len(parts) == 1:
        second = _SECOND_VERB.search(rest[0])
        if second is not None:  # "guidelines to help ... and published a report on ..."
            parts.append(rest[0][second.end() :])
    for part in parts:
        words = _HEAD_END.split(part, maxsplit=1)[0].split()
        if not words:
            continue
        word = words[-1].lower().strip(".,;:")
        heads.append(word if word in kinds or word[:-1] not in kinds else word[:-1])
    return heads
