"""A name that opens a paragraph and is defined right after it, in a closed apposition or
after a label's colon: "Family Pairing, which TikTok introduced in April 2020, lets ...",
"KiVa, the anti-bullying programme of Finnish schools, has won ...", "It Takes A Village
(Ireland): a community well-being initiative in Greystones ...". The paragraph is about it,
so it is an initiative the page describes, even without a kind noun in its name.

Not one: what the apposition or the sentence calls a body ("the International Association of
...", "EPRA, set up in 1995, is the oldest network of ..."), a name whose own last word is a
body's or an event's ("... Day"), a thing "founded" or "established" outside a definition
list (bodies are founded far more often than initiatives), a numbered label ("Pillar 1: ..."),
and a sentence's opening words ("Furthermore, the campaign ...", "Last year, ...")."""

from __future__ import annotations

import re
from functools import lru_cache

from extractors.extract.context import DocumentContext
from extractors.extract.date_patterns import date_vocabulary
from extractors.extract.drafts import Draft, Mention
from extractors.extract.names import POSSESSIVE_S, vocabulary
from extractors.extract.proper_titles import (
    DEFAULT_KIND,
    FOUNDING_VERBS,
    INITIATIVE_NOUNS,
    NOT_INITIATIVE_NOUNS,
)
from extractors.extract.roles import is_place

# The name: up to six words of bounded length before a comma, a bracketed note and a colon,
# or a colon (`_is_name` says whether they make a name).
_WORD = r"[\w'\u2019.&+#-]{1,40}"
_OPENING = re.compile(
    rf"(?P<name>{_WORD}(?:\s+{_WORD}){{0,5}}?)(?P<mark>,\s+|\s+\([^()]{{1,40}}\):\s+|:\s+)"
)
# A launch told with its date: "launched in November 2017", "first introduced on Instagram in
# September 2024", "which TikTok introduced in April 2020", "which was launched on May 5,
# 2031", "started by parents in Barcelona in 2023".
_LAUNCH_VERBS = r"launched|started|introduced|rolled\s+out|unveiled|relaunched"
_LAUNCH_DATE = (
    r"\b[^.;:]{0,60}?\b(?:in|on|since)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?"
    r"(?:\d{1,2},\s+)?(?:19|20)\d\d\b"
)
_LAUNCHED = re.compile(
    rf"(?:(?:first\s+)?(?:{_LAUNCH_VERBS})"
    rf"|which\s+(?:was\s+)?(?:[\w-]+\s+){{0,3}}?(?:{_LAUNCH_VERBS}|{FOUNDING_VERBS})){_LAUNCH_DATE}"
)
_FOUNDED = re.compile(rf"(?:{FOUNDING_VERBS}){_LAUNCH_DATE}")
_DESCRIBED = re.compile(
    r"(?:(?:an?|the)\s+)?(?P<phrase>(?:[A-Z][\w-]*\s+)?"
    r"(?:(?!(?:a|an|the|and|or|is|are|was|were)\b)[a-z][\w'\u2019-]*\s+){0,3}?(?P<noun>[a-z]+))"
    r"(?=\s+(?:that|which|who|in|on|for|of|to|against|with|by|from|[a-z]+ed)\b|\s*[,;.]|$)"
)
# What the sentence goes on to say the name is, after its apposition: "..., is the oldest
# network of regulators".
_THEN_CALLED = re.compile(
    r"[^.;]{0,160}?,\s+(?:is|was|has\s+been)\s+(?:an?|the)\s+(?:[\w'\u2019-]+\s+){0,4}?"
    r"(?P<noun>[a-z]+)\b(?=\s+(?:of|for|in|that|which|who|with|to)\b|\s*[,;.])"
)
# An apposition is closed by a comma before the sentence goes on ("KiVa, the ... programme of
# Finnish schools, has won"): "Furthermore, the campaign reached ..." opens a clause instead.
_CLOSED = re.compile(r"[^.;:]{0,160}?,\s")
# Bodies and events: what an apposition or the sentence may call a name that is no initiative.
_BODY_NOUNS = NOT_INITIATIVE_NOUNS | {
    "consortium", "board", "council", "hub", "regulator", "regulators", "charity", "ngo",
    "company", "member", "partner", "office", "commission", "ministry", "university", "city",
    "country",
}  # fmt: skip
# Nouns a definition may give an initiative beside the kind nouns and the rules' own.
_OPENING_NOUNS = frozenset({"movement", "pact", "game", "toolkit"})
# Blocks a name may open and be defined in: paragraphs, a definition list's terms ("Name
# (Country): a parents' movement ..."), and list items.
_DEFINING_KINDS = frozenset({"paragraph", "term", "list_item"})
_PARTICLE_LETTERS = 3
# "Pillar 1", "Step 2", "Session 3": a numbered part of something, not its name.
_NUMBERED_LABEL = re.compile(r"[A-Z][a-z]+\s+\d+")
# Words that open a sentence before its subject, capitalised there: "Today, the ...".
_NOT_NAME_OPENINGS = frozenset(
    {"a", "an", "the", "today", "yesterday", "meanwhile", "however", "moreover", "finally",
     "first", "second", "third", "here", "there", "together", "instead", "overall", "since",
     "from", "for", "by", "on", "in", "at", "after", "before", "during", "last", "next",
     "this", "these", "each", "every", "many", "most", "some", "all", "its", "their", "our",
     "your", "his", "her", "yet", "still", "hence", "indeed", "afterwards", "earlier", "later",
     "dear", "mr", "ms", "mrs", "according", "furthermore", "nonetheless", "nevertheless",
     "also", "besides", "thus", "therefore", "otherwise"}
)  # fmt: skip


def opening_drafts(context: DocumentContext) -> list[Draft]:
    """The names defined at the opening of the page's paragraphs, definition terms and list
    items, each owning its block."""
    drafts = []
    for index, block in enumerate(context.blocks):
        if block.kind not in _DEFINING_KINDS:
            continue
        # A list item's label is more often an action's ("Live the Golden Rule: act with
        # ..."): only a launch told in its apposition defines a name there. "Founded" and
        # "established" define one only in a definition list, where each term is a name.
        found = _defined_opening(
            block.text, launched_only=block.kind == "list_item", founded=block.kind == "term"
        )
        if found is None:
            continue
        name, kind = found
        start = block.span.start + block.text.index(name)
        end = start + len(name)
        if (start, end) in context.organisations_from(start, start + 1):
            continue  # "Europol, set up in 1999, ...": a body the gazetteer knows
        draft = Draft(name, kind, "prose", None)
        draft.owned = {index}
        draft.mentions.append(Mention(start, end, index))
        drafts.append(draft)
    return drafts


def _defined_opening(
    text: str, launched_only: bool = False, founded: bool = False
) -> tuple[str, str] | None:
    """(name, kind) of a paragraph that opens with a name and defines it; with
    `launched_only`, only by telling its launch; with `founded`, its founding tells it too."""
    opening = _OPENING.match(text)
    if opening is None:
        return None
    name = _without_owner(opening.group("name"))
    if not _is_name(name):
        return None
    at, mark = opening.end(), opening.group("mark")
    launched = _LAUNCHED.match(text, at) or (_FOUNDED.match(text, at) if founded else None)
    if launched is not None:
        called = _THEN_CALLED.match(text, launched.end())
        if called is not None and _is_body(called.group("noun")):
            return None  # "EPRA, set up in 1995, is the oldest network of ..."
        return name, DEFAULT_KIND
    if launched_only:
        return None
    if mark.startswith(":") and (len(name.split()) < 2 or _NUMBERED_LABEL.fullmatch(name)):
        return None  # "National: ...", "Pillar 1: ...": a label, not a name
    with_article = re.match(r"(?:an?|the)\s", text[at : at + 4]) is not None
    if mark.startswith(",") and not with_article:
        return None  # "Germany, France and Italy ...": a list, not an apposition
    described = _DESCRIBED.match(text, at)
    if described is None or (not with_article and len(described.group("phrase").split()) < 2):
        return None  # "Live the Golden Rule: act with empathy ...": a verb, no noun phrase
    if mark.startswith(",") and _CLOSED.match(text, described.end()) is None:
        return None  # "Furthermore, the campaign reached ...": no apposition
    noun = described.group("noun")
    singular = noun.removesuffix("s")
    nouns = _initiative_nouns()  # without the bodies' nouns
    if noun in nouns or singular in nouns:
        return name, singular if singular in vocabulary().kinds else DEFAULT_KIND
    return None


@lru_cache(maxsize=1)
def _initiative_nouns() -> frozenset[str]:
    return (vocabulary().kinds | INITIATIVE_NOUNS | _OPENING_NOUNS) - _BODY_NOUNS


def _is_body(noun: str) -> bool:
    return noun in _BODY_NOUNS or noun.removesuffix("s") in _BODY_NOUNS


def _without_owner(name: str) -> str:
    """ "TikTok's Family Pairing": the name without its owner's possessive."""
    owner = POSSESSIVE_S.search(name)
    return name[owner.end() :] if owner is not None and owner.end() < len(name) else name


def _is_name(name: str) -> bool:
    """A proper name, not a sentence's opening words ("In 2019", "Last year", "Pupils met in
    France", "Furthermore"), a place, a date, or a body's or an event's name ("Safer Internet
    Day"): each word has a capital, a digit or "#", or is a connector ("of") or a short
    particle of another language's name ("Smarter Start ab 14", "Lliure de Mòbil") that is no
    clause word."""
    words = name.split()
    if "by" in words:
        return False  # "Coordinated by Unicef": a participle's agent
    first, last = words[0].lower(), words[-1].lower()
    if first in vocabulary().stop_words or first in _NOT_NAME_OPENINGS or is_place(name):
        return False
    if first in date_vocabulary().months or (len(words) == 1 and first.endswith("ly")):
        return False  # "June 2031", "Furthermore", "Additionally"
    if _is_body(last):
        return False  # "Safer Internet Day, launched in 2004, ...": an event
    connectors, stops = vocabulary().connectors, vocabulary().stop_words
    return all(  # "Pupils met in France, a project ...": "met" is a clause's verb
        word[:1].isupper()
        or word[:1].isdigit()
        or word[:1] == "#"
        or word in connectors
        or (word.isalpha() and len(word) <= _PARTICLE_LETTERS and word not in stops)
        for word in words
    )
