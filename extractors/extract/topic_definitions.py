"""How a page's lead says what a named thing is: its definition ("X, a free service that
...", "X is a two-year project"), the initiative's noun before it ("the project kidSAFE"), a
short name in brackets after its long form, or a launch that names it ("The Commission set up
the X"). `topic` asks this of each spelling the title offers.
"""

from __future__ import annotations

import re

from extractors.extract.context import Sentence
from extractors.extract.names import ARTICLES, PREPOSITIONS, vocabulary
from extractors.extract.proper_titles import DEFAULT_KIND, INITIATIVE_NOUNS, LAUNCH_CUES
from extractors.extract.prose_names import find_names

# What the lead writes between the title's spelling and the definition: the rest of the
# name in capitals after a dash or colon ("KO:DE" + " - Kids Online: Data and Ethics"), an
# acronym, short name or long form in parentheses ("(EOSD)", "(the EU Hub)").
_REST_OF_NAME = re.compile(
    r"(?:\s+[\u2013-]\s+|:\s+)[A-Z#][\w.:'#-]*(?:\s+(?:[A-Z#][\w.:'#-]*|of|and|for|on|the|&))*"
)
_CLOSING_QUOTES = frozenset({'"', "\u201d", "\u2019"})
# A capitalised word right after the name: it is the start of a longer name.
_LONGER_NAME = re.compile(r"\s+[A-Z#]")
_PARENTHESIS = re.compile(r"\s*\((?:the\s+)?(?P<short>[A-Z#][^()]{0,80})\)")
# ", a free service that ...", " is a two-year project ...": what the lead says the name is,
# a common noun ("..., the Consumer Network" is another name, not a definition).
# The phrase may open with a compound modifier that has a capital ("an EU-funded project") or
# a proper adjective ("the Dutch system that ...").
_DEFINITION = re.compile(
    r"(?:,\s+|\s+(?:is|was|has been)\s+)(?:an?|the|its|their)\s+"
    # "a 24-month strategic partnership", "an Erasmus+ project": a number's or a name's modifier
    r"(?P<phrase>(?:\d[\w-]*\s+)?(?:[A-Z][\w+]*(?:-[a-z]+)?\s+)?[a-z][^,;.()\u2013]{0,80})"
)
_SUBJECT_SKIP = re.compile(r"^(?:The|the)\s+")
# "<Full name>, known as the SREN law": the name before it is the full one.
_KNOWN_AS = re.compile(
    r",\s+(?:(?:also|commonly|better)\s+)?(?:known|referred\s+to)\s+as\s+(?:the\s+)?$"
)
_KNOWN_AS_CHARACTERS = 40
_FULL_NAME_CHARACTERS = 300
_INDEFINITE_BEFORE = re.compile(r"(?:^|\s)(?:[Aa]n?)\s+$")
# Windows that keep each test per mention bounded: a page may be one sentence of megabytes.
_LONG_FORM_CHARACTERS = 200
_NOUN_WINDOW = 60
_OPENING_CHARACTERS = 12
_PASSIVE_CHARACTERS = 40
_ARTICLE_GAP = 8
# "The X (EOSD) was inaugurated": the name is what was launched; "The Commission launched"
# names who launched.
_PASSIVE = re.compile(r"^\s*(?:is|was|were|has been|have been|had been|will be)\s+(?:\w+ly\s+)?$")
# "Protech starts in March 2023", "X (SFC) kicked off spontaneously in the UK", "CC-DRIVER ran
# from 1 May 2020 to ...": a verb of beginning, or a run told, without an object after the
# name that opens the sentence ("ENOC launched the ..." has one: ENOC is who launched).
_BEGAN = re.compile(
    r"\s+(?:\w+ly\s+)?(?:kick(?:s|ed)\s+off|start(?:s|ed)|beg(?:an|ins)|ran)"
    r"(?=\s+(?:in|on|from|\w+ly)\s)"
)
# The subject's verb after a name: " goes on", " has grown" (not ", B and C" of a list).
_MAIN_VERB = re.compile(r"\s+(?!(?:and|or|nor)\b)[a-z]+\b")


def definition_in(
    sentence: Sentence, name: str, noun_after: bool = True
) -> tuple[str, str, list[str]] | None:
    """(name, kind, short names) when the sentence defines `name` or launches it; with
    `noun_after`, also when an initiative's noun follows it ("The iCOP project")."""
    text = sentence.text
    for at in occurrences(text, name):
        bracketed = (
            _bracketed_definition(text, at, name)
            or _named_after_noun(text, at, name)
            or (_named_before_noun(text, at, name) if noun_after else None)
        )
        if bracketed is not None:
            return bracketed
        rest = _REST_OF_NAME.match(text, at + len(name))
        end = rest.end() if rest else at + len(name)
        if _LONGER_NAME.match(text, end):
            continue  # "Safe Play Plus" is not "Safe Play"
        short = _PARENTHESIS.match(text, end)
        after = short.end() if short else end
        if text[after : after + 1] in _CLOSING_QUOTES:
            after += 1  # ""Rett p\u00e5 nett", its national strategy": past the name's quotes
        shorts = [short.group("short").strip()] if short else []
        definition = _DEFINITION.match(text, after)
        if definition is not None:
            return text[at:end], _head_noun(definition.group("phrase")), shorts
        if _launched_here(sentence, at, after):
            return text[at:end], DEFAULT_KIND, shorts
    return None


def _bracketed_definition(text: str, at: int, name: str) -> tuple[str, str, list[str]] | None:
    """ "Kids Safety Evidence (kidSAFE), a new research project, ...": the title's short name, which
    the lead gives in brackets after its long form before defining it; the long form is
    another spelling."""
    end = at + len(name)
    if text[at - 1 : at] != "(" or text[end : end + 1] != ")":
        return None
    definition = _DEFINITION.match(text, end + 1)
    if definition is None:
        return None
    words = text[max(0, at - 1 - _LONG_FORM_CHARACTERS) : at - 1].split()  # not the sentence
    if _abbreviates_common_words(words, name):
        return None  # "The MoU on ... intellectual property rights (IPR) is ...": not the IPR
    long_form: list[str] = []
    connectors = vocabulary().connectors
    while words and (words[-1][:1].isupper() or (long_form and words[-1] in connectors)):
        long_form.insert(0, words.pop())
    while long_form and long_form[0] in connectors:
        long_form.pop(0)
    return name, _head_noun(definition.group("phrase")), [" ".join(long_form)] if long_form else []


def _abbreviates_common_words(words: list[str], acronym: str) -> bool:
    """Whether the lower-case words right before "(ACRONYM)" are what it abbreviates, inside a
    longer phrase (a connector or preposition before them): a common noun's short form within
    the subject ("... advertising and intellectual property rights (IPR) is ...", "... and
    key performance indicators (KPIs)"), not a name the sentence defines ("The frog safety
    code (FSC) is ..."). A connector between the words spells no letter ("information and
    communication technologies (ICT)")."""
    letters = acronym.lower()
    if acronym.endswith("s") and acronym[:-1].isupper():
        letters = letters[:-1]  # "KPIs": the plural of "KPI"
    if not letters.isalpha():
        return False
    connectors = vocabulary().connectors
    initials: list[str] = []
    at = len(words)
    while at > 0 and len(initials) < len(letters):
        at -= 1
        if not words[at].islower():
            return False
        if initials and words[at] in connectors:
            continue
        initials.insert(0, words[at][0])
    if "".join(initials) != letters or at == 0:
        return False
    before = words[at - 1]
    return before not in ARTICLES and (before in connectors or before in PREPOSITIONS)


def _named_after_noun(text: str, at: int, name: str) -> tuple[str, str, list[str]] | None:
    """ "The Horizon 2020 project kidSAFE held ...": the initiative's noun right before the
    name says what it is."""
    before = text[max(0, at - _NOUN_WINDOW) : at].split()  # the last words, not the sentence
    # "A new accreditation scheme, Friendly WiFi, was launched": the noun in apposition
    noun = before[-1].removesuffix(",") if before else ""
    if len(before) < 2 or noun not in INITIATIVE_NOUNS:
        return None
    return name, noun, []


_NOUN_AFTER = re.compile(r"\s+([a-z]+)(?![\w-])")  # not "project-based learning"


def known_as_in(sentence: Sentence, name: str) -> tuple[str, str, list[str]] | None:
    """(full name, kind, short names) when the sentence gives `name` as what a full name is
    known as: "Law No. 2024-449 of ... aimed at securing ... the digital space, known as the
    SREN law" (the short name with the kind noun that follows it is a short name too)."""
    text = sentence.text
    for at in occurrences(text, name):
        found = _known_as(text, at, name)
        if found is not None:
            return found
    return None


def _known_as(text: str, at: int, name: str) -> tuple[str, str, list[str]] | None:
    known = _KNOWN_AS.search(text, max(0, at - _KNOWN_AS_CHARACTERS), at)
    if known is None:
        return None
    start = max(0, known.start() - _FULL_NAME_CHARACTERS)
    before = text[start : known.start()]
    full = next((c for c in find_names(before) if c.end == len(before)), None)
    if full is None:
        return None
    kind = _NOUN_AFTER.match(text, at + len(name))
    shorts = [name]
    if kind is not None and kind.group(1) in vocabulary().kinds:
        shorts.insert(0, f"{name} {kind.group(1)}")
    return full.name, full.kind, shorts


def _named_before_noun(text: str, at: int, name: str) -> tuple[str, str, list[str]] | None:
    """ "The iCOP project, which ran ...", "the MIRACLE project": the initiative's noun right
    after the name says what it is."""
    after = _NOUN_AFTER.match(text, at + len(name))
    if after is None or after.group(1) not in INITIATIVE_NOUNS:
        return None
    if _INDEFINITE_BEFORE.search(text, max(0, at - _ARTICLE_GAP), at):
        return None  # "A Nordic project led by ...": a project described, not named
    return name, after.group(1), []


def _launched_here(sentence: Sentence, at: int, after: int) -> bool:
    """The name opens the sentence and a launch verb follows it ("The X (EOSD) was
    inaugurated", "X kicked off in 2024"), a launch verb governs it ("The Commission set up
    the X"), or the participle that opens the sentence tells of the name, its subject ("Set
    up in 2014 by A, B and C, X goes on with ...")."""
    text = sentence.text
    opens = at < _OPENING_CHARACTERS and _SUBJECT_SKIP.sub("", text[:at]) == ""
    if opens and _BEGAN.match(text, after):
        return True
    for cue in sentence.cues:
        if cue.label not in LAUNCH_CUES:
            continue
        start, end = cue.start - sentence.start, cue.end - sentence.start
        if start == 0 and text.endswith(", ", 0, at) and _MAIN_VERB.match(text, after):
            return True
        if (
            opens
            and 0 <= start - after <= _PASSIVE_CHARACTERS
            and _PASSIVE.match(text[after:start])
        ):
            return True
        if 0 <= at - end <= _ARTICLE_GAP and text[end:at].strip().lower() in ARTICLES | {""}:
            return True
    return False


def occurrences(text: str, name: str) -> list[int]:
    """Where `name` stands as whole words in `text` (no regex built per name)."""
    found, at = [], text.find(name)
    while at >= 0:
        before = text[at - 1] if at > 0 else " "
        end = at + len(name)
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or after.isalnum()):
            found.append(at)
        at = text.find(name, at + 1)
    return found


def _head_noun(phrase: str) -> str:
    """The noun a definition says the name is: "free service that helps" -> "service",
    "two-year project funded by" -> "project"; its last word before a clause or complement."""
    words = phrase.split()
    stops = vocabulary().stop_words | PREPOSITIONS
    cut = next(
        (i for i, w in enumerate(words) if i and (w in stops or w.endswith("ed"))), len(words)
    )
    head = words[cut - 1] if cut else ""
    return head.lower() if head.isalpha() and head.islower() else DEFAULT_KIND
