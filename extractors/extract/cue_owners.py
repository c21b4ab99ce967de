"""Which initiative a cue of a sentence is about, and whether it states a fact.

A cue belongs to the initiative whose mention is nearest, except the agent of an end ("by
the new strategy"), a bracketed second name ("(Regulation (EU) 2021/1232)"), a thing named
after the initiative ("Safer Internet Day Committees") and a cue in a planned clause. A
sentence that names no initiative may still tell of it through a subject that points back
("It was signed", "The group held its first meeting").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise

from extractors.extract.context import Cue, DocumentContext, Sentence
from extractors.extract.drafts import DESCRIPTORS, Draft, MentionIndex
from extractors.extract.names import ARTICLE_ONLY, POSSESSIVE_S, vocabulary, word_tokens
from extractors.extract.occasions import OCCASION_PREPOSITIONS, occasion_follows
from extractors.extract.references import reference_words

_NOT_A_FACT = re.compile(
    r"\b(?:until|unless|once|before|if|whether|will|would|could|should|(?-i:may)|might|"
    r"can|cannot|must|shall|"
    r"expected to|to be|planned|scheduled|aims? to|intends? to)\b",
    re.IGNORECASE,
)
# "to be created in March 2019", "will be set up next year": a step the page plans.
_PLANNED = re.compile(
    r"\b(?:will|shall|to be|planned|scheduled|expected to|due to)\b", re.IGNORECASE
)
_AGENT = re.compile(r"\bby\s+(?:(?:the|a|an|its|their|new|revised)\s+)*$", re.IGNORECASE)
_NAME_GOES_ON = re.compile(r" +[A-Z][a-z]")
# "It", "The group held its", "The first meeting of the group": no other name, no clause.
# Matched from the sentence's start to the cue's (pos and endpos), without copying the text.
# "The group, which held": a relative clause on that subject tells of it too.
# No capitalised word but inside a hyphenated one ("The first pan-European collaboration ...").
_NO_NAME = r"(?:[^A-Z0-9,;:()]|(?<=-)[A-Z])*"
_ANAPHOR = re.compile(rf"(?i:the|this|it|its|their)\b{_NO_NAME}(?:,\s*(?i:which)\b{_NO_NAME})?$")
_PRONOUN = re.compile(r"(?i:it|its|their)\b")
_DEFINITE_NOUN = re.compile(r"\b(?i:the|this)\s+(\w+)")
_WHICH = re.compile(r",\s*which\b")
_BE_FORMS = r"(?:is|are|was|were|be|been|being)"
# A clause that ends in a form of "be": a passive verb follows.
PASSIVE_ENDING = re.compile(rf"\b{_BE_FORMS}\s*$", re.IGNORECASE)
# "published key principles on ...", "signed up to the Pledge": words before the object
# ("signed a partnership with X" is told apart by `launch._WITH_PARTNER`).
_TO_OBJECT = re.compile(r"^\s+(?!(?:by|on|at|during|in)\b)(?:[a-z-]+\s+){0,3}$")
_BE = re.compile(rf"^{_BE_FORMS}\b", re.IGNORECASE)
# "The COVID-19 monitoring programme was": "the" and a few words, then the verb.
_SHORT_FORM = re.compile(rf"(?i:the)\s+((?:[\w-]+\s+){{1,4}}?){_BE_FORMS}?\s*$")
# "its plan of action launched", "their funding ended": a possessed thing as the subject.
_POSSESSED = re.compile(r"^\s*(?:its|their)\s+(?P<thing>[^()]*)$", re.IGNORECASE)
# The subject of a main clause after an opening participle: "the eleven Principles".
_MAIN_SUBJECT = re.compile(r"\s*(?i:the|its|their)\s+((?:[\w-]+\s+){0,3}[\w-]+)")
_PRONOUN_SUBJECT = re.compile(r"\s*(?i:it|they)\s")
# What may stand before an opening participle ("First launched in 2004, the Day ..."), for
# every reader of an opening participle (the owner of its cue, the subject it tells of).
_OPENING = re.compile(r"\s*(?:(?:First|Originally|Initially|Officially|Formally|Jointly)\s+)?")


def _agents(context: DocumentContext, sentence: Sentence, index: MentionIndex) -> set[int]:
    """Mentions after "by" ("replaced by the new strategy"): the agent, not what ended."""
    return {
        start
        for start, _, _ in index.between(sentence.start, sentence.end)
        if _AGENT.search(context.text[max(sentence.start, start - 40) : start])
    }


def owned_cues(
    context: DocumentContext,
    sentence: Sentence,
    labels: tuple[str, ...],
    draft: Draft,
    index: MentionIndex,
    fact: Callable[[Sentence, int], bool] | None = None,
) -> list[Cue]:
    """The sentence's cues of `labels` nearer a mention of `draft` than of any other, that
    `fact` accepts (by default a stated fact; `is_planned`: a step to come, "to be created
    in March 2019").

    "BIK+ follows on from the first European Strategy ..., published in 2012": the
    publication is the other strategy's. An end cue is never the agent's ("It was replaced
    by the new strategy"), and a cue in a planned or conditional clause is no fact.
    """
    if not any(cue.label in labels for cue in sentence.cues):
        return []  # read nothing more: most sentences hold no cue of `labels`
    within = (sentence.start, sentence.end)
    agents = _agents(context, sentence, index) if "END" in labels else set()
    own = _own_mentions(sentence, draft, index)
    prefixes = _name_prefixes(context, own)
    agents |= _appositions(context, sentence, draft, index, own) | prefixes
    agents |= _in_comma_apposition(context, sentence, draft, index, own)
    agents |= _another_names_noun(context, draft, own)
    # The same for every initiative of the sentence: read once per sentence, whichever
    # initiative's copy of the index asks.
    key = ("occasions", sentence.start)
    agents |= index.memo(key, lambda: _occasions_told(context, sentence, index))
    key = ("possessors", sentence.start)
    possessors = index.memo(key, lambda: _possessors_of_names(context, sentence, index))
    # the same skip set without the possessors, built once per call, not per cue
    unpossessed = agents | possessors if possessors else agents
    own_from = _own_clause_start(sentence, draft, index, own)
    owners = (
        (
            cue,
            _opening_participle_owner(context, sentence, cue, index)
            or _relative_clause_owner(context, sentence, cue, index)
            or _object_owner(context, sentence, cue, index)
            or index.nearest(cue.start, cue.end, within, agents),
        )
        for cue in sentence.cues
        if cue.label in labels and cue.start >= own_from
    )
    return [
        cue
        for cue, owner in owners
        if owner is not None
        # its own, or the first of two objects joined by "and" of which it is the second
        and (owner is draft or _second_object(context, sentence, cue, index, owner) is draft)
        # nearest only by a possessive before another name: that name's ("the Academy's
        # Industry-Academia Network on 25 November")
        and not (
            possessors
            and owner is draft
            and index.nearest(cue.start, cue.end, within, unpossessed) is not draft
        )
        and (fact or is_stated_fact)(sentence, cue.start)
        and not _points_elsewhere(context, draft, sentence, cue)
        and index.last_start_between(sentence.start, cue.start) not in prefixes  # its subject
        and not _possessed_subject(context, sentence, cue, index)
        and not _indefinite_subject(context, sentence, cue)
        and not _starts_without_it(context, sentence, cue, draft, index)
        and not _ends_a_thing_named_before(context, sentence, cue, index)
        and not _ends_a_procedure(context, sentence, cue)
    ]


# "launched on Safer Internet Day 2020", "signed during the European Pond Week": when, not what.
_OCCASION_BEFORE = re.compile(rf"\b(?:{'|'.join(OCCASION_PREPOSITIONS)})\s+(?:the\s+)?$")


def _occasions_told(context: DocumentContext, sentence: Sentence, index: MentionIndex) -> set[int]:
    """Mentions that only tell when something happened: a named day or week after "on"."""
    found = set()
    for start, end, _ in index.between(sentence.start, sentence.end):
        before = context.text[max(sentence.start, start - 12) : start]
        if _OCCASION_BEFORE.search(before) and occasion_follows(
            word_tokens(context.text[start:end]), 0
        ):
            found.add(start)
    return found


# "a 12-month transition period that has now come to an end": a relative clause's subject.
_THAT_CLAUSE = re.compile(r"\b[a-z][\w-]*\s+(?:that|which)\s+(?:[a-z]+\s+){0,3}$")


_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+)?$")
# "its first call for Safer Internet Centres, which closed on 22 February 2022": a name in
# the complement of a procedure's noun, before the "which" clause that tells its end.
# "the call for proposals under the X, which closed ...": a short complement may come first.
_PROCEDURE_FOR_NAME = re.compile(
    r"\b(?i:calls?|consultations?|deadlines?|applications?|tenders?|competitions?|registrations?|"
    r"surveys?|votes?|voting|submissions?)\s+(?:(?i:for|on|of|to|under)\s+[a-z]+\s+){0,2}"
    r"(?i:for|on|of|to|under)\s+(?:the\s+)?[A-Z][^,;:()]*$"
)
_PROCEDURE_REACH = 120  # characters before the "which" clause read for the procedure's noun


def _ends_a_procedure(context: DocumentContext, sentence: Sentence, cue: Cue) -> bool:
    """Whether an end cue opens a "which" clause about a procedure whose complement names
    the initiative ("the call for X, which closed ..."): the call closed, not X."""
    if cue.label != "END":
        return False
    which = _which_clause_comma(context, sentence, cue)
    if which is None:
        return False
    floor = max(sentence.start, which - _PROCEDURE_REACH)
    return _PROCEDURE_FOR_NAME.search(context.text, floor, which) is not None


def _ends_a_thing_named_before(
    context: DocumentContext, sentence: Sentence, cue: Cue, index: MentionIndex
) -> bool:
    """Whether an end cue opens a "that" clause about a common noun right before it: the
    period ends, not the initiative the sentence names elsewhere."""
    if cue.label != "END":
        return False
    clause = _THAT_CLAUSE.search(context.text, max(sentence.start, cue.start - 60), cue.start)
    if clause is None:
        return False
    noun = clause.group(0).split()[0]
    window = max(sentence.start, clause.start() - 40)
    words = vocabulary()
    named_kind = noun in words.kinds  # not "task" alone: a compound's head is no kind
    if named_kind or _APPOSITION.search(context.text, window, clause.start()):
        return False  # "The X Programme, a scheme that ended in 2019": the initiative itself
    noun_end = clause.start() + len(noun)
    return index.first_ending_between(noun_end, noun_end) is None


def _possessed_subject(
    context: DocumentContext, sentence: Sentence, cue: Cue, index: MentionIndex
) -> bool:
    """Whether the cue's clause tells of a thing the initiative has, not of it: "the
    anniversary of X, its plan of action launched in June 2020", "its funding ended" (but
    "its first meeting was held" dates the body, and "its members signed the Code" the Code)."""
    clause = _last_clause(sentence, cue.start, ",;:\u2013\u2014(")
    possessed = _POSSESSED.match(clause)
    if possessed is None or _is_first_meeting(possessed.group("thing"), context, cue):
        return False
    return _object_owner(context, sentence, cue, index) is None


# "... builds on the cooperation developed since a first statement was signed in 2011": the
# clause tells of another thing of the kind, which a name would not introduce with "a".
_INDEFINITE_PASSIVE = re.compile(
    r"\b(?:since|when|after|before|until|as|that|which|where)\s+(?:a|an)\s+(?:[\w-]+\s+){1,3}"
    rf"(?:{_BE_FORMS}|had\s+been|has\s+been)\s+$",
    re.IGNORECASE,
)


_PASSIVE_REACH = 80  # characters before a passive verb read for its clause's subject


def _indefinite_subject(context: DocumentContext, sentence: Sentence, cue: Cue) -> bool:
    """Whether the cue is the passive verb of a clause whose subject opens with "a"/"an"."""
    window = context.text[max(sentence.start, cue.start - _PASSIVE_REACH) : cue.start]
    return _INDEFINITE_PASSIVE.search(window) is not None


# "The project starts in March 2023", "The Pond Watch initiative begins on 1 June": a start
# verb has no object, so what starts is its clause's subject. "The new chapter starts on 17
# February, when the Act applies", "Enforcement of the Act starts in 2032" and "Pond Watch
# registration starts on 1 May" start no name.
_START_ON = frozenset({("starts", "on"), ("starts", "in"), ("begins", "on"), ("begins", "in")})
# What may stand before the subject's name: "the", "this year's", "the EU's".
_SUBJECT_OPENING = re.compile(r"\s*(?:(?i:the|this|its)\s+)?(?:[\w-]+['\u2019]s\s+)?")


def _starts_without_it(
    context: DocumentContext, sentence: Sentence, cue: Cue, draft: Draft, index: MentionIndex
) -> bool:
    """Whether a start verb's subject is no mention of `draft` (with its acronym in brackets
    or a descriptor after it: "Pond Watch (PW)", "the Pond Watch project") nor "the <kind>"."""
    if tuple(context.text[cue.start : cue.end].lower().split()[:2]) not in _START_ON:
        return False  # ("starts today" is told of its subject by the sentence's apposition)
    if generic_subject(context, sentence, cue):
        return False  # "The three-year project starts ..."
    clause = _clause_start(sentence, cue.start, ",;:\u2013\u2014")
    for start, end, owner in index.between(clause, cue.start):
        if owner is draft and _subject_tail(context.text, end, cue.start):
            return _SUBJECT_OPENING.fullmatch(context.text, clause, start) is None
    return True


_TAIL = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:(?P<word>[a-z]+)\s+)?")


def _subject_tail(text: str, end: int, verb: int) -> bool:
    """Whether only an acronym in brackets or a descriptor stands between a name and its verb."""
    tail = _TAIL.fullmatch(text, end, verb)
    return tail is not None and (tail.group("word") is None or tail.group("word") in DESCRIPTORS)


def _is_first_meeting(subject: str, context: DocumentContext, cue: Cue) -> bool:
    """Whether the cue, or the subject right before it, tells a first meeting ("its first
    meeting was held", "held its first meeting"): that dates the body itself."""
    return subject.lower().startswith("first") or _cue_is_first(context, cue)


def _cue_is_first(context: DocumentContext, cue: Cue) -> bool:
    """Whether the cue tells a first meeting ("held its first meeting", "met for the first
    time")."""
    return "first" in context.text[cue.start : cue.end].lower().split()


def _own_mentions(sentence: Sentence, draft: Draft, index: MentionIndex) -> list[tuple[int, int]]:
    """(start, end) of the mentions of `draft` that start in the sentence: what the cue
    tests read of the draft's mentions (a scan of all of them per sentence was quadratic)."""
    return [(s, e) for s, e, other in index.between(sentence.start, sentence.end) if other is draft]


def _appositions(
    context: DocumentContext,
    sentence: Sentence,
    draft: Draft,
    index: MentionIndex,
    own: list[tuple[int, int]],
) -> set[int]:
    """Mentions in brackets right after the draft's name ("The Interim Regulation
    (Regulation (EU) 2021/1232) was adopted"): another name of the same thing."""
    ends = {end for _, end in own}
    found = set()
    for start, _, other in index.between(sentence.start, sentence.end):
        if other is draft:
            continue
        # The text before the mention, right-stripped, read back from the mention only.
        bracket = _stripped_end(context.text, sentence.start, start) - 1
        if bracket >= sentence.start and context.text[bracket] == "(":
            found |= (
                {start} if _stripped_end(context.text, sentence.start, bracket) in ends else set()
            )
    return found


# ", a pilot project organised by ENISA (ENISA) with the support of the Commission, ": a
# description between the name and its verb. Bounded: no sentence's rest is read.
_COMMA_APPOSITION = re.compile(r"\)?\s*,\s+(?:a|an)\s+[^,;:]{1,300}?,(?!\s*(?:and|or|but)\b)")


def _in_comma_apposition(
    context: DocumentContext,
    sentence: Sentence,
    draft: Draft,
    index: MentionIndex,
    own: list[tuple[int, int]],
) -> set[int]:
    """Mentions inside a comma apposition right after the draft's name ("The Pond Month, a
    pilot project organised by the Frog Agency, starts today"): they describe the subject,
    they are not it."""
    found: set[int] = set()
    for _, end in own:
        apposition = _COMMA_APPOSITION.match(context.text, end, sentence.end)
        if apposition is not None:
            found |= {
                start
                for start, _, other in index.between(end, apposition.end())
                if other is not draft
            }
    return found


# "#KindWords4All, the campaign the Council launched": "the campaign" is that name's.
# The name goes on a sentence ("Today, the campaign ..." is no apposition).
_AFTER_OTHER_NAME = re.compile(r"(?<=[\w,] )(?:#\w+|[A-Z][\w-]*)\s*,\s*$")


def _another_names_noun(
    context: DocumentContext, draft: Draft, own: list[tuple[int, int]]
) -> set[int]:
    """The draft's back-references ("the campaign") that stand right after another name and
    a comma, with a noun its own name lacks: an apposition to that other thing."""
    words = name_words(draft.name)
    found = set()
    for start, end in own:
        reference = context.text[start:end]
        if not reference.startswith("the ") or reference.split()[-1].lower() in words:
            continue
        if _AFTER_OTHER_NAME.search(context.text[max(0, start - 40) : start]):
            found.add(start)
    return found


def _possessors_of_names(
    context: DocumentContext, sentence: Sentence, index: MentionIndex
) -> set[int]:
    """Mentions in the possessive right before another initiative's name ("the meeting of the
    Academy's Industry-Academia Network on 25 November"): a cue nearest to them is told of
    the thing they own, not of them."""
    found = set()
    mentions = list(index.iter_between(sentence.start, sentence.end))
    for (start, end, owner), (after, _, named) in pairwise(mentions):
        possessive = POSSESSIVE_S.match(context.text, end)
        if possessive is not None and possessive.end() == after and named is not owner:
            found.add(start)
    return found


def _stripped_end(text: str, floor: int, offset: int) -> int:
    """Where `text[floor:offset].rstrip()` ends."""
    while offset > floor and text[offset - 1].isspace():
        offset -= 1
    return offset


def _name_prefixes(context: DocumentContext, own: list[tuple[int, int]]) -> set[int]:
    """Mentions a longer name goes on from ("Safer Internet Day Committees were introduced"):
    that is another thing, named after the initiative."""
    return {start for start, end in own if _NAME_GOES_ON.match(context.text, end)}


def _own_clause_start(
    sentence: Sentence, draft: Draft, index: MentionIndex, own: list[tuple[int, int]]
) -> int:
    """In a section another initiative heads, a cue before the draft's name is the owner's:
    "Launched on 7 February 2017, building on the work of the CEO Coalition" under the
    Alliance's heading tells when the Alliance started."""
    if sentence.block in draft.owned:
        return sentence.start
    if not index.in_section_of_other(sentence.block, draft):
        return sentence.start
    return min((start for start, _ in own), default=sentence.end)


def _opening_participle_owner(
    context: DocumentContext, sentence: Sentence, cue: Cue, index: MentionIndex
) -> Draft | None:
    """ "Set up in 2022 as a milestone of the X strategy, the Y Platform welcomes ...": a
    launch participle that opens the sentence tells of the main clause's subject, the name
    right after the first comma, not of a name inside the participle clause."""
    if not cue.label.startswith("LAUNCH") or not _opens_sentence(context, sentence, cue):
        return None
    comma = context.text.find(",", cue.end, sentence.end)
    if comma < 0:
        return None
    for start, _, draft in index.between(comma, min(comma + 12, sentence.end)):
        return draft if ARTICLE_ONLY.fullmatch(context.text, comma + 1, start) else None
    return None


def _relative_clause_owner(
    context: DocumentContext, sentence: Sentence, cue: Cue, index: MentionIndex
) -> Draft | None:
    """ "the X, which ran in 2012 and is no longer active, and the Y": a cue inside a
    "which" clause is about the name the clause follows."""
    which = _which_clause_comma(context, sentence, cue)
    return index.first_ending_between(which - 2, which) if which is not None else None


def _which_clause_comma(context: DocumentContext, sentence: Sentence, cue: Cue) -> int | None:
    """Where the ", which" clause that holds the cue opens: the last comma before the cue,
    within `_CLAUSE_REACH`, when "which" follows it."""
    floor = max(sentence.start, cue.start - _CLAUSE_REACH)
    which = context.text.rfind(",", floor, cue.start)
    if which < 0 or _WHICH.match(context.text, which, cue.start) is None:
        return None
    return which


_AUXILIARY_REACH = 24  # characters before a verb read for its auxiliary: "... has been "


def _object_owner(
    context: DocumentContext, sentence: Sentence, cue: Cue, index: MentionIndex
) -> Draft | None:
    """ "the Network published key principles on ...": an active launch verb's object is
    what was launched, not its subject (the body that launched it)."""
    if not cue.label.startswith("LAUNCH"):
        return None
    cue_text = context.text[cue.start : cue.end]
    before = max(sentence.start, cue.start - _AUXILIARY_REACH)
    if PASSIVE_ENDING.search(context.text, before, cue.start) or _BE.match(cue_text):
        return None
    for start, _, draft in index.between(cue.end, min(cue.end + 40, sentence.end)):
        return draft if _TO_OBJECT.match(context.text[cue.end : start]) else None
    return None


# "adopted the Recommendation on A and the Recommendation on B": a second object of the verb.
_AND_THE = re.compile(r"\s+and\s+(?:(?:the|an?)\s+)?")  # "A and the B", "a A and a B"
_COORDINATED_REACH = 400  # characters after a cue read for its objects: a bounded look per cue


def _second_object(
    context: DocumentContext, sentence: Sentence, cue: Cue, index: MentionIndex, owner: Draft
) -> Draft | None:
    """The second object of an active launch verb whose first object is `owner`, joined to it
    by "and" ("the Council adopted the Recommendation on A and the Recommendation on B"): the
    cue is told of both. Found once per cue and owner, whichever initiative asks."""
    return index.memo(
        ("second object", cue.start, id(owner)),
        lambda: _joined_object(context, sentence, cue, index, owner),
    )


def _joined_object(
    context: DocumentContext, sentence: Sentence, cue: Cue, index: MentionIndex, owner: Draft
) -> Draft | None:
    if _object_owner(context, sentence, cue, index) is not owner:
        return None
    reach = min(sentence.end, cue.end + _COORDINATED_REACH)
    for (_, end, before), (start, _, after) in pairwise(index.between(cue.end, reach)):
        if before is owner:
            return after if _AND_THE.fullmatch(context.text, end, start) is not None else None
    return None


def _clause_before(sentence: Sentence, cue_start: int) -> str:
    """The words of the cue's clause before it (from the last comma, colon or dash)."""
    return _last_clause(sentence, cue_start, ",;:\u2013\u2014")


_CLAUSE_REACH = 300  # characters before a cue read for its clause: a sentence may hold thousands


def _clause_start(sentence: Sentence, cue_start: int, marks: str) -> int:
    """Where the clause before `cue_start` starts: after the last of `marks`, within the last
    `_CLAUSE_REACH` characters and at a word's start (one scan of the sentence per cue was
    quadratic); at the cue itself when that reach holds no word's start."""
    floor = max(sentence.start, cue_start - _CLAUSE_REACH)
    text = sentence.text
    end, low = cue_start - sentence.start, floor - sentence.start
    mark = max(text.rfind(m, low, end) for m in marks)
    if mark >= 0:
        return sentence.start + mark + 1
    if low == 0:
        return sentence.start
    space = text.find(" ", low, end)  # not from inside a word
    return sentence.start + (space + 1 if space >= 0 else end)


def _last_clause(sentence: Sentence, cue_start: int, marks: str) -> str:
    """The words of the clause before `cue_start` (`_clause_start`)."""
    start = _clause_start(sentence, cue_start, marks)
    return sentence.text[start - sentence.start : cue_start - sentence.start]


def is_stated_fact(sentence: Sentence, cue_start: int) -> bool:
    """False for a cue in a planned or conditional clause: "until the Code is adopted"."""
    return _NOT_A_FACT.search(_clause_before(sentence, cue_start)) is None


def is_planned(sentence: Sentence, cue_start: int) -> bool:
    """True for a cue in a clause that plans it: "a new group, to be created in March"."""
    clause = _clause_before(sentence, cue_start)
    return (
        _PLANNED.search(clause) is not None and _NOT_A_FACT.search(_PLANNED.sub("", clause)) is None
    )


def _clause_end(sentence: Sentence, offset: int) -> int:
    """Where the clause holding `offset` ends: the next comma, semicolon or the sentence end."""
    rest = re.search(r"[,;:]", sentence.text[offset - sentence.start :])
    return offset + rest.start() if rest else sentence.end


def points_back(context: DocumentContext, draft: Draft, sentence: Sentence, cue: Cue) -> bool:
    """Whether the cue's clause is a stated fact about `draft` told by a subject that points
    back to it: "It", or "The group" when the name is a group's (not another body's)."""
    clause_end = _clause_end(sentence, cue.end)
    return (
        (
            _ANAPHOR.match(context.text, sentence.start, cue.start) is not None
            or participle_subject_names(context, draft, sentence, cue)
        )
        and is_stated_fact(sentence, clause_end)
        and not _points_elsewhere(context, draft, sentence, cue)
    )


def participle_subject_names(
    context: DocumentContext, draft: Draft, sentence: Sentence, cue: Cue
) -> bool:
    """Whether a sentence opening with the cue ("Launched on 5 March 2030 by ministers, the
    eleven Principles were ...") has a main clause whose subject, "the" and up to four
    words, holds a word of `draft`'s name or its kind noun ("First launched in 2004, the Day
    is ..."): the participle tells of that subject."""
    if not _opens_sentence(context, sentence, cue):
        return False
    comma = context.text.find(",", cue.end, sentence.end)
    if comma > 0 and _PRONOUN_SUBJECT.match(context.text, comma + 1, sentence.end):
        return True  # "Launched on 29 October 2030, it is ...": the initiative of its block
    subject = _MAIN_SUBJECT.match(context.text, comma + 1, sentence.end) if comma > 0 else None
    if subject is None:
        return False
    words = set(subject.group(1).lower().split())
    # "the Day" is "Safer Internet Day"; a name's connectors ("the", "for") say nothing of it
    named = words & (name_words(draft.name, shortest=3) - vocabulary().connectors)
    return bool(named) or draft.kind in words


def _opens_sentence(context: DocumentContext, sentence: Sentence, cue: Cue) -> bool:
    """Whether only white space, or an adverb of time or manner, stands before the cue in its
    sentence."""
    opening = _OPENING.match(context.text, sentence.start, cue.start)
    return opening is not None and opening.end() == cue.start


@lru_cache(maxsize=1024)
def name_words(name: str, shortest: int = 1) -> frozenset[str]:
    """The lower-case words of `name` of at least `shortest` letters, read once per name."""
    return frozenset(word for word in name.lower().split() if len(word) >= shortest)


def generic_subject(context: DocumentContext, sentence: Sentence, cue: Cue) -> bool:
    """Whether the cue's subject is "the" and a few words ending in a noun that refers back
    to the page's initiative whatever its name ("The three-year project started on ...")."""
    match = _SHORT_FORM.match(context.text, sentence.start, cue.start)
    return match is not None and match.group(1).split()[-1].lower() in reference_words()[0]


def _points_elsewhere(context: DocumentContext, draft: Draft, sentence: Sentence, cue: Cue) -> bool:
    """True when a body's first meeting is told of a back-reference `draft`'s name does not
    fit: "The group held its first meeting ... until the Code is adopted" is the group's."""
    if (
        not _cue_is_first(context, cue)
        or not _ANAPHOR.match(context.text, sentence.start, cue.start)
        or _PRONOUN.match(context.text, sentence.start, cue.start)
    ):
        return False  # "The agreement was signed": any word may stand for what was signed
    return not names_noun(context, draft, sentence, cue)


def names_noun(context: DocumentContext, draft: Draft, sentence: Sentence, cue: Cue) -> bool:
    """Whether "the X" before or just after the cue is a word of `draft`'s name: the
    subject, or the phrase the cue heads ("The first meeting of the group")."""
    phrase = context.text[sentence.start : min(cue.end + 20, sentence.end)]
    nouns = {word.lower() for word in _DEFINITE_NOUN.findall(phrase)}
    return bool(nouns & name_words(draft.name))
