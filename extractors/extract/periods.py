"""The period of years a programme runs, told in brackets after its name or a word of it.

"The four-year programme (2005-08), proposed in March": the programme ran from 2005, so an
earlier agreement ("agreed on 9 December 2004") was a step before its start. A period after
another initiative's name ("building on the Safer Internet Plus programme (2005-2008)") is
that one's.
"""

from __future__ import annotations

import re
from itertools import chain, pairwise

from extractors.extract.context import DocumentContext, Sentence
from extractors.extract.drafts import Draft, MentionIndex
from extractors.extract.proper_titles import initiative_words

_WORD_BEFORE_BRACKET = re.compile(r"([\w-]+)\s*\(\s*$")
_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)
# "the project, which ran throughout 2013 and 2014", "lasted from 2010 to 2012": a run told
# in the past tense is over.
_RAN = re.compile(r"\b(?:ran|lasted)\s+(?:throughout|from|between|during|in)\s+$", re.I)
# "The iCOP project, which ran ...": the initiative's noun may follow its name, and so may
# its short name and an apposition that says what it is ("X (TOC), a 24-month strategic
# partnership (2021-1-IT03-...), ran from ...").
_SUBJECT_GAP = re.compile(
    r"\)?\s*(?:\([^()]{1,40}\)\s*)?"  # past the short name, or out of its brackets
    r"(?:,\s*an?\s[^,;()]{1,100}?(?:\s*\([^()]{1,60}\))?\s*,(?!\s*(?:which|that)\b)\s*)?"
    r"\s*(?:(?P<noun>(?!(?:which|that)\b)[a-z]+)\s*)?(?:,?\s*(?:which|that)\s*)?"
)
# How far before the verb the subject's name may end: past a short name and an apposition.
_SUBJECT_WINDOW = 200
# "from 9 May 2023 \u2013 Europe Day \u2013 to 8 May 2024": a dashed aside may stand before the end.
_RUN_JOIN = re.compile(
    r"\s*(?:[\u2013\u2014]\s[^\u2013\u2014]{1,40}\s[\u2013\u2014]\s*)?"
    r"(?:and|to|until|till|through)\s+",
    re.IGNORECASE,
)
# "It ran from ...": the pronoun that opens a sentence of the initiative's own blocks.
_PRONOUN_SUBJECT = re.compile(r"\s*(?:It|They)\s+$")


def stated_run(context: DocumentContext, draft: Draft) -> tuple[str, str] | None:
    """(start, end) of the first run told "from 18 to 22 March 2019" or "ran from 1 January
    2020 until 31 December 2022" in the initiative's own blocks: one range expression after
    "from" (a bare "(2018-2019)" is the period of something named before it)."""
    for block in sorted(draft.owned):
        span = context.blocks[block].span
        for first, second in pairwise(context.dates_between(span.start, span.end)):
            before = context.text[max(span.start, first.start - 8) : first.start]
            if first.start == second.start and _FROM.search(before):
                return first.value, second.value
    return None


def past_run(
    context: DocumentContext, sentences: list[Sentence], draft: Draft, index: MentionIndex
) -> tuple[str, str] | None:
    """(start, end) of the first run a sentence tells as over with the initiative as its
    subject: "the project, which ran throughout 2013 and 2014", "It lasted from 2010 to
    2012" (not "They followed a consultation that ran from 13 May to 10 June")."""
    told = {sentence.start for sentence in sentences}
    own = (s for block in sorted(draft.owned) for s in context.sentences_of(block))
    for sentence in chain(sentences, (s for s in own if s.start not in told)):
        for first, second in pairwise(context.dates_between(sentence.start, sentence.end)):
            verb = _RAN.search(context.text, max(sentence.start, first.start - 30), first.start)
            joined = first.start == second.start or _RUN_JOIN.fullmatch(
                context.text, first.end, second.start
            )
            if not (verb and joined):
                continue
            at = verb.start()
            named = sentence.start in told and _subject_is(context, draft, index, sentence, at)
            if named or _PRONOUN_SUBJECT.fullmatch(context.text, sentence.start, at):
                return first.value, second.value
    return None


def _subject_is(
    context: DocumentContext, draft: Draft, index: MentionIndex, sentence: Sentence, verb: int
) -> bool:
    """Whether the mention right before the verb, with at most its initiative noun and ",
    which" between ("The iCOP project, which ran ..."), is the draft's."""
    before = index.between(max(sentence.start, verb - _SUBJECT_WINDOW), verb)
    if not before or before[-1][2] is not draft:
        return False
    gap = _SUBJECT_GAP.fullmatch(context.text, before[-1][1], verb)
    return gap is not None and (gap["noun"] is None or gap["noun"] in initiative_words())


# How far back the subject a kind noun's period tells of may stand: "X (its long form) is a
# two-year project (2017-2019)".
_SUBJECT_REACH = 200


def _told_of(draft: Draft, index: MentionIndex, at: int) -> bool:
    """Whether the draft is the last initiative named in the reach before `at`."""
    before = index.between(max(0, at - _SUBJECT_REACH), at)
    return bool(before) and before[-1][2] is draft


def bracketed_period_start(
    context: DocumentContext, draft: Draft, index: MentionIndex
) -> str | None:
    """The first year of a "(2005-08)" period that follows the initiative's name, a word of
    it, or the kind noun the page gives it ("X is a two-year project (2017-2019)"), in one of
    its own blocks."""
    words = {word.lower() for word in re.findall(r"[\w-]+", draft.name)}
    for block in sorted(draft.owned):
        span = context.blocks[block].span
        dates = context.dates_between(span.start, span.end)
        for first, second in pairwise(dates):
            if first.start != second.start or len(first.value) != 4:
                continue  # a period's two years come from one expression
            start = max(span.start, first.start - 60)
            word = _WORD_BEFORE_BRACKET.search(context.text[start : first.start])
            if word is None:
                continue
            said = word.group(1).lower()
            if said not in words and not (
                said == draft.kind and _told_of(draft, index, first.start)
            ):
                continue  # the kind noun the page gives it: "X is a two-year project (2017-19)"
            named = index.first_ending_between(start + word.end(1) - 1, start + word.end(1))
            if named is None or named is draft:
                return first.value
    return None


def edition_days(
    context: DocumentContext, sentences: list[Sentence], draft: Draft
) -> tuple[str, str] | None:
    """(first, last) day of the edition of a recurring initiative the title names by its year
    or its number ("Germany wins the 2024 European Pond Challenge", "... after Europol's 14th
    Victim Identification Taskforce"), as a sentence about it gives them ("held from 29 April
    to 10 May 2024"), or None: those days date the edition, not the initiative."""
    mark = _edition_mark(context.document.title or "", draft.name)
    if mark is None or (mark.isdigit() and _RECURS.search(context.text) is None):
        return None  # "the 2031 Pond Keepers Strategy" that runs through 2031 is no edition
    for sentence in sentences:
        for first, second in pairwise(context.dates_between(sentence.start, sentence.end)):
            if first.start != second.start:
                continue  # a range is one span of two days: "from 29 April to 10 May 2031"
            if mark.isdigit() and not (first.value[:4] == second.value[:4] == mark):
                continue  # a run in other years than the edition's is the initiative's
            return first.value, second.value
    return None


# A later edition's number ("14th", "second"): the first edition's days are the launch.
_ORDINAL = (
    r"(?!1st)\d{1,3}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
)
# "the 2024 edition of the X": the mark, then the name.
_EDITION_OF = r"\s+edition\s+of\s+(?:the\s+)?"
# What says an initiative recurs, for a year to mark one of its editions.
_RECURS = re.compile(r"\b(?:edition|editions|annual|every\s+year|each\s+year)\b", re.IGNORECASE)


def _edition_mark(title: str, name: str) -> str | None:
    """The year the title writes right before or after the name, "ordinal" for a number
    before it, in any case; else None."""
    written = re.escape(name)
    found = re.search(
        rf"(?<![\w-])(?:(?P<before>(?:19|20)\d\d)(?:{_EDITION_OF}|\s+){written}"
        rf"|{written}\s+(?P<after>(?:19|20)\d\d)"
        rf"|(?P<ordinal>{_ORDINAL})(?:{_EDITION_OF}|\s+){written})(?![\w-])",
        title,
        re.IGNORECASE,
    )
    if found is None:
        return None
    return found.group("before") or found.group("after") or "ordinal"
