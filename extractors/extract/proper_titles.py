"""An initiative whose name has no kind noun, named by the page's title.

"euCONSENT: a pilot for ...", "PEGI Online: safer online gaming ...", "Positive Online
Content Campaign": the title (or its part before ":" or a spaced dash) is a proper name, and
the body takes it up as the subject of a launch, end or membership ("euCONSENT was a pilot
project ...", "PEGI Online was discontinued in 2020"), as a launch's object ("launched its
storybook X") or with its acronym in a launch sentence ("launched the Positive Online Content
Campaign (POCC)"). A title names a body, a network or an event as often ("BIK Youth Panel",
"EU Kids Online 2020"): a sentence that says it is one ("X is a network of ..."), a place or
an organisation the gazetteer knows is no initiative, and a name only ever read as who
launched something ("X started the helpdesk") stands only with a list of actions or
signatories (`Draft.needs_facts`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import NamedTuple

from extractors.extract.context import DocumentContext, Sentence
from extractors.extract.drafts import Draft, Mention
from extractors.extract.heading_names import heading_name
from extractors.extract.names import (
    ACRONYM_IN_PARENS,
    ARTICLE_ONLY,
    ARTICLES,
    DETERMINERS,
    scope_length,
    vocabulary,
)
from extractors.extract.roles import is_place

_MAX_NAME_WORDS = 6
# Where a title's head ends: "euCONSENT: a pilot ...", "Say No! - a campaign against ...".
_TITLE_HEAD_END = re.compile(r":\s|\s[-\u2013\u2014|]\s")
_CONFIRMING_CUES = frozenset({"LAUNCH", "LAUNCH_WEAK", "END", "SIGNATORY"})
# "X was a pilot project ...": the noun that says what the subject is.
# "X is a pilot ...", "X (XYZ), a new non-profit initiative, was ...": what the name is.
_IS_A = re.compile(
    r"(?:\s+(?:is|was)|\)?\s*,)\s+(?:an?|the)\s+(?P<phrase>(?:[\w-]+\s+){0,3}[\w-]+)"
)
# Nouns beyond the kind nouns of names that make the subject an initiative.
INITIATIVE_NOUNS = frozenset(
    {"project", "pilot", "campaign", "scheme", "label", "initiative", "blueprint"}
)
# "Commission makes available an age-verification blueprint": the title's new object.
_TITLE_OBJECT = re.compile(
    r"^[A-Z].*\s(?:an?)\s+(?P<name>(?:[a-z][\w-]*\s+){0,2}(?P<noun>[a-z]+))$"
)


@lru_cache(maxsize=1)
def initiative_words() -> frozenset[str]:
    """The kind nouns and the nouns of an initiative without a name's shape ("project")."""
    return vocabulary().kinds | INITIATIVE_NOUNS


# "Insafe is a network of ...": what the subject is when it is a body or an event, not an
# initiative, whatever the page later says it launched or who joined it.
NOT_INITIATIVE_NOUNS = frozenset(
    {
        "network", "centre", "center", "organisation", "organization", "association", "body",
        "group", "panel", "forum", "helpline", "hotline", "company", "foundation", "agency",
        "institute", "authority", "day", "event", "conference", "survey", "report", "study",
    }
)  # fmt: skip
# The verbs after which a lead introduces what the page is about.
LAUNCH_CUES = frozenset({"LAUNCH", "LAUNCH_WEAK"})
# A lower-case object: modifiers, a kind noun, its complement, up to the clause's end; "the
# launch of a coalition" is a noun's complement, not a verb's object.
_LEAD_OBJECT = re.compile(
    r"\s+(?:(?:a|an|the|new)\s+)?(?P<phrase>(?:(?!(?:of|a|an|the|to|on|for|by|in|with)\s)"
    r"[a-z][\w-]*\s+){0,2}?(?P<kind>[a-z]+)"
    r"\s+(?:on|for|of|to|against)\s+[^,;:.()]+)"
)
_MIN_OBJECT_WORDS = 4  # "principles on in-game currencies", not "rules on it"
# Words of a lead's whole phrase, kind noun and preposition included, that name a weak
# kind's text by its subject: "resolution on addictive design of online services". (A
# heading's own rule, `heading_names._SUBJECT_MIN_WORDS`, counts the subject alone: a
# heading that opens with its kind noun says more than a lead's object does.)
_LONG_SUBJECT = 6
DEFAULT_KIND = "initiative"
_NOT_AN_INITIATIVE = ""
_LAUNCHER = "launcher"  # the subject of a launch verb with an object: who launched


def title_proper_name(title: str) -> str | None:
    """The proper name a title (or its part before ":" or a spaced dash) is, or None: every
    word but small connectors has a capital, no year or number, and one plain word
    ("Hotlines") is no name."""
    head = re.sub(r"^The\s+", "", _TITLE_HEAD_END.split(title, 1)[0].strip())
    words = head.split()
    connectors = vocabulary().connectors
    if not 1 <= len(words) <= _MAX_NAME_WORDS or words[-1].lower() in connectors:
        return None
    if any(any(char.isdigit() for char in word) for word in words):
        return None  # "EU Kids Online 2020", "Safer Internet Day 2025": an edition or event
    if not all(_has_capital(word) or word.lower() in connectors for word in words):
        return None
    if len(words) == 1 and not _has_capital(words[0][1:]):
        return None
    return None if is_place(head) else head  # "UK - NSPCC's campaign secures ..."


def _has_capital(word: str) -> bool:
    return any(char.isupper() for char in word)


def _confirming_kind(sentence: Sentence, match: re.Match[str], cues: _SentenceCues) -> str | None:
    """The kind the sentence gives the name when it takes it up as an initiative, "" when it
    says the name is a body or an event, else None. `cues`: the sentence's confirming and
    launch cues, read once per sentence, not per match."""
    last_cue = cues.last
    is_a = _IS_A.match(sentence.text, match.end())
    phrase = is_a.group("phrase").lower().split() if is_a else []
    if set(phrase) & NOT_INITIATIVE_NOUNS:
        return _NOT_AN_INITIATIVE
    nouns = [word for word in phrase if word in initiative_words()]
    if nouns:
        return nouns[-1]  # "a pilot project funded by ...": the project
    is_subject = ARTICLE_ONLY.fullmatch(sentence.text, 0, match.start()) is not None
    if is_subject and last_cue[0] > match.start():
        # "X was discontinued in 2020"; "Lumen Trust started the helpdesk": who launched;
        # "X was founded in 2019": bodies are founded far more often than initiatives
        acted_on = _acts_on_object(sentence.text, last_cue[1])
        founded = _FOUNDING.match(sentence.text, last_cue[0]) is not None
        return _LAUNCHER if acted_on or founded else DEFAULT_KIND
    if last_cue[0] >= 0 and ACRONYM_IN_PARENS.match(sentence.text, match.end()):
        return DEFAULT_KIND  # "... launched X (XYZ)"
    launched = _launched_object(sentence.text, cues.launch_ends, match.start())
    if launched is not None:
        # "Childnet launched its illustrated storybook X": what the object's nouns call it
        return next((w for w in reversed(launched) if w in initiative_words()), DEFAULT_KIND)
    return None


# What may stand between a launch verb and its object, the name: an article or possessive
# and up to three lower-case words ("launched its illustrated storybook <Name>").
_OBJECT_DETERMINERS = "|".join(sorted(DETERMINERS | {"his", "her", "that"}))
_BEFORE_OBJECT = re.compile(
    rf"\s+(?:(?:{_OBJECT_DETERMINERS})\s+)?(?:new\s+)?(?P<words>(?:[a-z][\w-]*\s+){{0,3}})"
)


@lru_cache(maxsize=1)
def _not_in_object() -> frozenset[str]:
    """Words that end a launch verb's object before the name: "launched by <Person>", "in
    <Place>", "with <Partners>" name who or where, not what; so does a clause word."""
    words = vocabulary()
    return (words.connectors | words.stop_words | {"from", "across", "among"}) - ARTICLES


def _launched_object(text: str, launch_ends: list[int], at: int) -> list[str] | None:
    """The lower-case words before the name at `at` when the name is the object of the
    nearest launch verb before it (`launch_ends`: where the sentence's launch cues end, in
    order), else None."""
    nearest = bisect_right(launch_ends, at) - 1
    if nearest < 0:
        return None
    between = _BEFORE_OBJECT.fullmatch(text, launch_ends[nearest], at)
    if between is None:
        return None
    words = between.group("words").split()
    return None if _not_in_object() & set(words) else words


class _SentenceCues(NamedTuple):
    last: tuple[int, int]  # where the last confirming cue starts and ends, or (-1, -1)
    launch_ends: list[int]  # where each launch cue ends, in order


def _sentence_cues(sentence: Sentence) -> _SentenceCues:
    cues = [cue for cue in sentence.cues if cue.label in _CONFIRMING_CUES]
    launch_ends = sorted(c.end - sentence.start for c in sentence.cues if c.label in LAUNCH_CUES)
    if not cues:
        return _SentenceCues((-1, -1), launch_ends)
    last = max(cues, key=lambda cue: cue.start)
    return _SentenceCues((last.start - sentence.start, last.end - sentence.start), launch_ends)


# A launch verb's object: "started the helpdesk", "launched its new game", "launched
# helplines in 2019" (a plural noun), not "began almost by accident" nor "ended in 2020".
_DETERMINED_OBJECT = re.compile(rf"\s+(?:{_OBJECT_DETERMINERS})\s")
_PLURAL_OBJECT = re.compile(r"\s+([a-z][a-z-]*[a-z]s)\b")
# The verbs that found a body as often as they launch an initiative (`opening_names` too).
FOUNDING_VERBS = r"founded|established|set\s+up|created"
_FOUNDING = re.compile(rf"(?:co-)?(?:{FOUNDING_VERBS})\b", re.IGNORECASE)


def _acts_on_object(text: str, cue_end: int) -> bool:
    """Whether the launch verb ending at `cue_end` has an object right after it."""
    if _DETERMINED_OBJECT.match(text, cue_end):
        return True
    plural = _PLURAL_OBJECT.match(text, cue_end)
    return plural is not None and plural.group(1) not in vocabulary().stop_words


def proper_title_draft(context: DocumentContext) -> Draft | None:
    """The title's proper name as the page's initiative, with its mentions, when confirmed."""
    title = context.document.title or ""
    name = title_proper_name(title)
    if name is None:
        return None
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    verdicts: list[str | None] = []
    mentions = []
    acronyms = []
    long_forms: list[str] = []  # "Robust Open Online Safety Tools (ROOST)" for "ROOST"
    for sentence in context.sentences:
        if context.blocks[sentence.block].kind == "title":
            continue
        cues: _SentenceCues | None = None
        for match in pattern.finditer(sentence.text):
            if cues is None:
                cues = _sentence_cues(sentence)
            start = sentence.start + match.start()
            mentions.append(Mention(start, start + len(name), sentence.block))
            spelled = _spelled_out_before(sentence.text, match) or _spelled_out_after(
                sentence.text, match
            )
            long_forms += [spelled] if spelled else []
            acronym = ACRONYM_IN_PARENS.match(sentence.text, match.end())
            acronyms += [acronym.group(1)] if acronym else []
            verdicts.append(_confirming_kind(sentence, match, cues))
    kinds = [verdict for verdict in verdicts if verdict is not None]
    if not kinds or _NOT_AN_INITIATIVE in kinds:
        return None  # never taken up as an initiative, or said to be a body or an event
    bodies = set(context.organisations)
    if any((mention.start, mention.end) in bodies for mention in mentions):
        return None  # "BBFC - ... takes on new role": an organisation the gazetteer knows
    # Only ever the subject that launched something: a body as often as an initiative, so
    # it stands only with a list of actions or signatories.
    needs_facts = all(kind == _LAUNCHER for kind in kinds)
    kind = next((kind for kind in kinds if kind != _LAUNCHER), DEFAULT_KIND)
    last = name.split()[-1].lower()
    kind = last if kind == DEFAULT_KIND and last in INITIATIVE_NOUNS else kind
    prefix = _always_prefixed(context.text, mentions)
    if prefix is not None:  # "Code Week" that the body always calls "Europe Code Week"
        name = f"{prefix} {name}"
        mentions = [
            Mention(m.start - len(prefix) - 1, m.end, m.block, is_name=m.is_name) for m in mentions
        ]
    variants = acronyms
    if long_forms:  # the page spells the title's acronym out: that is the name
        name, variants = long_forms[0], [name, *acronyms]
    draft = Draft(name, kind, "title", 0, needs_facts=needs_facts)
    draft.mentions = mentions
    draft.variants = list(dict.fromkeys(variants))
    return draft


def _spelled_out_before(text: str, match: re.Match[str]) -> str | None:
    """The capitalised words before "(ACRONYM)" that the acronym spells: "Robust Open Online
    Safety Tools (ROOST)"."""
    acronym = match.group(0)
    if not (acronym.isupper() and text[match.start() - 1 : match.start()] == "("):
        return None
    words = text[max(0, match.start() - 120) : match.start() - 1].split()[-len(acronym) :]
    if len(words) != len(acronym) or not all(word[:1].isupper() for word in words):
        return None
    spelled = "".join(word[0] for word in words)
    return " ".join(words) if spelled == acronym else None


def _always_prefixed(text: str, mentions: list[Mention]) -> str | None:
    """The one capitalised word the body writes before every mention, or None: "Europe" where
    the title says "Code Week" and the body always "Europe Code Week"; not a determiner that
    opens a sentence ("The", "Its")."""
    prefixes = set()
    for mention in mentions:
        before = _CAPITAL_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        word = before.group(1) if before else ""
        prefixes.add("" if word.lower() in DETERMINERS else word)
    if len(prefixes) != 1:
        return None
    return prefixes.pop() or None


def _spelled_out_after(text: str, match: re.Match[str]) -> str | None:
    """The words of an apposition after the acronym that the acronym spells, with or without
    its small connectors' initials: "EMPACT, the European Multidisciplinary Platform Against
    Criminal Threats, was ...", "SAFE, the Shared Action for Education, ..."."""
    apposition = _APPOSITION.match(text, match.end())
    if apposition is None:
        return None
    words = apposition.group("words").split()
    spellings = {
        "".join(word[0] for word in words).upper(),  # "Shared Action for Education": SAFE
        "".join(word[0] for word in words if word[0].isupper()),  # "Office for Youth": OY
    }
    return " ".join(words) if match.group(0) in spellings else None


_APPOSITION = re.compile(
    r",\s+the\s+(?P<words>(?:[A-Z][\w-]*\s+(?:(?:for|of|on|and|against|in|to)\s+)?){1,11}"
    r"[A-Z][\w-]*)\s*,"
)


# The capitalised word right before a name: "Europe" of "Europe Code Week".
_CAPITAL_BEFORE = re.compile(r"(?:^|(?<=\s))([A-Z][\w-]*) $")


def title_object_draft(context: DocumentContext) -> Draft | None:
    """ "<Who> <verb> an age-verification blueprint": the thing the title introduces, when
    the body takes it up as a subject ("The blueprint is built on ..."). Every "a/the
    (word) blueprint" of the body is a mention: the title introduced it."""
    found = _TITLE_OBJECT.match(context.document.title or "")
    nouns = initiative_words()
    if found is None or found.group("noun") not in nouns:
        return None
    noun = found.group("noun")
    if not taken_up_as_subject(context, noun):
        return None
    draft = Draft(found.group("name"), noun, "title", 0, needs_facts=True)
    _add_references(context, draft)
    return draft


def _add_references(context: DocumentContext, draft: Draft) -> None:
    """Every "a/the/this (word) <kind>" of the body is a mention of the introduced draft."""
    noun = re.escape(draft.kind)
    reference = re.compile(rf"\b(?:an?|the|this)\s+(?:[\w-]+\s+)?{noun}\b", re.IGNORECASE)
    for sentence in context.sentences:
        if context.blocks[sentence.block].kind == "title":
            continue
        for match in reference.finditer(sentence.text):
            start = sentence.start + match.start()
            end = start + len(match.group(0))
            draft.mentions.append(Mention(start, end, sentence.block, is_name=False))


def lead_object_draft(context: DocumentContext) -> Draft | None:
    """ "The Network has today set out key principles on in-game virtual currencies, ...":
    when the title names nothing, the lower-case kind noun and its complement that the
    lead's launch sentence introduces, taken up later as a subject ("The principles ...")."""
    lead = context.first_paragraph
    launches = [
        cue
        for sentence in (context.sentences_of(lead) if lead is not None else [])
        for cue in sentence.cues
        if cue.label in LAUNCH_CUES
    ]
    for cue in launches:
        named = _introduced_name(context.text, cue.end, context.blocks[lead or 0].span.end)
        if named is not None and taken_up_as_subject(context, named[1]):
            draft = Draft(named[0], named[1], "title", 0, needs_facts=True)
            _add_references(context, draft)
            return draft
    return None


def _introduced_name(text: str, verb_end: int, block_end: int) -> tuple[str, str] | None:
    """(name, kind) of a verb's object written in lower case: "key principles on X".
    Matched in place: a copy of the rest of the block per launch cue was quadratic."""
    found = _LEAD_OBJECT.match(text, verb_end, block_end)
    if found is None:
        return None
    words = found.group("phrase").split()
    stops = vocabulary().stop_words
    cut = next(
        (i for i, word in enumerate(words) if word in stops and not _goes_on(words, i)),
        len(words),
    )
    phrase = " ".join(words[:cut])
    kind = found.group("kind")
    strong_kinds = vocabulary().kinds - vocabulary().weak_kinds
    # "a resolution on addictive design of online services": a text named by its long subject
    subject_named = kind in vocabulary().subject_named_kinds and len(words[:cut]) >= _LONG_SUBJECT
    if not (kind in strong_kinds or subject_named) or len(words[:cut]) < _MIN_OBJECT_WORDS:
        return None
    return heading_name(phrase[:1].upper() + phrase[1:])


def _goes_on(words: list[str], at: int) -> bool:
    """Whether the "and" or "in" at `at` goes on inside the subject: "services and consumer
    protection in the EU single market" (a scope of `complement_scopes`), not "... and called
    for", "... and welcomes new rules", "... in March 2031", "... in the plenary session"."""
    following = words[at + 1 : at + 3]
    if words[at] == "and" and following:
        noun, after = following[0], following[1:2]
        plain = noun.isalpha() and noun.islower() and noun not in vocabulary().stop_words
        clause = noun.endswith("ed") or bool(set(after) & _CLAUSE_OBJECT_OPENERS)
        return plain and not clause
    return words[at] == "in" and scope_length(words, at) > 0


# Words after "and <word>" that make <word> a verb with its object: "and welcomes new rules".
_CLAUSE_OBJECT_OPENERS = frozenset({"new", "the", "a", "an", "its", "their", "all", "every"})


# The determiner a sentence opens with before the noun that takes up a thing named before:
# "The blueprint is built on ...", "These guidelines ...".
SUBJECT_DETERMINER = r"(?:The|These|This)\s+"


def taken_up_as_subject(context: DocumentContext, noun: str) -> bool:
    """Whether a sentence of the page opens with "The/This/These <noun>": the body takes up
    as its subject the thing the title or lead introduced ("The blueprint is built on ...")."""
    subject = re.compile(rf"^{SUBJECT_DETERMINER}{re.escape(noun)}\b")
    return any(subject.match(sentence.text) for sentence in context.sentences)
