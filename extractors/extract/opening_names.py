"""A name that opens a paragraph and is defined right after it, in an apposition or after a
label's colon: "Smarter Start ab 14, founded in Hamburg in 2019, connects parents ...",
"It Takes A Village (Ireland): a community well-being initiative in Greystones ...",
"#DontBeAMule, launched in November 2017, warns students ...". The paragraph is about it,
so it is an initiative the page describes, even without a kind noun in its name. What the
apposition calls a body ("the International Association of ...", "the not-for-profit
organisation that ...") is not one."""

from __future__ import annotations

import re

from extractors.extract.context import DocumentContext
from extractors.extract.date_patterns import date_vocabulary
from extractors.extract.drafts import Draft, Mention
from extractors.extract.names import vocabulary
from extractors.extract.proper_titles import DEFAULT_KIND, INITIATIVE_NOUNS, NOT_INITIATIVE_NOUNS
from extractors.extract.roles import is_place

# The name: up to six words before a comma, a bracketed note and a colon, or a colon. Its
# first word has a capital, a digit or "#"; no word ends a clause inside it.
_OPENING = re.compile(
    r"(?P<name>[#A-Z0-9][\w'\u2019.&+-]*(?:\s+[\w'\u2019.&+-]+){0,5}?)"
    r"(?P<mark>,\s+|\s+\([^()]{1,40}\):\s+|:\s+)"
)
# What the apposition or the label says: a launch told with its date ("launched in November
# 2017", "which TikTok introduced in April 2020", "started by parents in Barcelona in 2023"),
# or a noun phrase whose head is an initiative's noun ("a parents' movement that ...").
_LAUNCHED = re.compile(
    r"(?:(?:first\s+)?(?:launched|started|founded|created|set\s+up|introduced|established)"
    r"|which\s+(?:[A-Z][\w-]*\s+){1,3}(?:launched|introduced|set\s+up|started|created))"
    r"\b[^.;:]{0,60}?\b(?:in|on|since)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b"
)
_DESCRIBED = re.compile(
    r"(?:(?:an?|the)\s+)?(?P<phrase>(?:[A-Z][\w-]*\s+)?"
    r"(?:(?!(?:a|an|the|and|or|is|are|was|were)\b)[a-z][\w'\u2019-]*\s+){0,3}?(?P<noun>[a-z]+))"
    r"(?=\s+(?:that|which|who|in|on|for|of|to|against|with|by|from|[a-z]+ed)\b|\s*[,;.]|$)"
)
# Nouns a definition may give an initiative beside the kind nouns and the rules' own.
_OPENING_NOUNS = frozenset({"movement", "movements", "pact", "pacts", "game", "toolkit"})
_MAX_NAME_CHARACTERS = 60
# Blocks a name may open and be defined in: paragraphs, a definition list's terms ("Name
# (Country): a parents' movement ..."), and list items.
_DEFINING_KINDS = frozenset({"paragraph", "term", "list_item"})
_PARTICLE_LETTERS = 3
# Words that open a sentence before its subject, capitalised there: "Today, the ...".
_NOT_NAME_OPENINGS = frozenset(
    {"a", "an", "the", "today", "yesterday", "meanwhile", "however", "moreover", "finally",
     "first", "second", "third", "here", "there", "together", "instead", "overall", "recently",
     "currently", "since", "from", "for", "by", "on", "in", "at", "after", "before", "during",
     "last", "next", "this", "these", "each", "every", "many", "most", "some", "all", "its",
     "their", "our", "your", "his", "her"}
)  # fmt: skip


def opening_drafts(context: DocumentContext) -> list[Draft]:
    """The names defined at the opening of the page's paragraphs and list items, each owning
    its block."""
    drafts = []
    for index, block in enumerate(context.blocks):
        if index == 0 or block.kind not in _DEFINING_KINDS:
            continue
        # A list item's label is more often an action's ("Live the Golden Rule: act with
        # ..."): only a launch told in its apposition defines a name there.
        found = _defined_opening(block.text, launched_only=block.kind == "list_item")
        if found is None:
            continue
        name, kind = found
        start = block.span.start + block.text.index(name)
        if any(s == start for s, _ in context.organisations_from(start, start + 1)):
            continue  # "Europol, set up in 1999, ...": a body
        draft = Draft(name, kind, "prose", None)
        draft.owned = {index}
        draft.mentions.append(Mention(start, start + len(name), index))
        drafts.append(draft)
    return drafts


def _defined_opening(text: str, launched_only: bool = False) -> tuple[str, str] | None:
    """(name, kind) of a paragraph that opens with a name and defines it; with
    `launched_only`, only by telling its launch."""
    opening = _OPENING.match(text)
    if opening is None or len(opening.group("name")) > _MAX_NAME_CHARACTERS:
        return None
    name = opening.group("name")
    if not _is_name(name):
        return None
    rest = text[opening.end() :]
    if _LAUNCHED.match(rest):
        return name, DEFAULT_KIND
    if launched_only:
        return None
    mark = opening.group("mark")
    if mark.startswith(":") and len(name.split()) < 2:
        return None  # "National: ...", "Advocacy: ...": a label, not a name
    with_article = re.match(r"(?:an?|the)\s", rest) is not None
    if mark.startswith(",") and not with_article:
        return None  # "Germany, France and Italy ...": a list, not an apposition
    described = _DESCRIBED.match(rest)
    if described is None or (not with_article and len(described.group("phrase").split()) < 2):
        return None  # "Live the Golden Rule: act with empathy ...": a verb, no noun phrase
    noun = described.group("noun")
    singular = noun[:-1] if noun.endswith("s") else noun
    if noun in NOT_INITIATIVE_NOUNS or singular in NOT_INITIATIVE_NOUNS:
        return None
    nouns = vocabulary().kinds | INITIATIVE_NOUNS | _OPENING_NOUNS
    if noun in nouns or singular in nouns:
        return name, singular if singular in vocabulary().kinds else DEFAULT_KIND
    return None


def _is_name(name: str) -> bool:
    """A proper name, not a sentence's opening words ("In 2019", "Last year", "Pupils met in
    France"), a place or a date: each word has a capital, a digit or "#", or is a connector
    ("of") or a short particle of another language's name ("Smarter Start ab 14", "Lliure de
    Mòbil") that is no clause word."""
    words = name.split()
    if "by" in words:
        return False  # "Coordinated by Unicef": a participle's agent
    first = words[0].lower()
    if first in vocabulary().stop_words or first in _NOT_NAME_OPENINGS or is_place(name):
        return False
    if first in date_vocabulary().months:
        return False
    connectors, stops = vocabulary().connectors, vocabulary().stop_words
    return all(  # "Pupils met in France, a project ...": "met" is a clause's verb
        word[:1].isupper()
        or word[:1].isdigit()
        or word[:1] == "#"
        or word in connectors
        or (word.isalpha() and len(word) <= _PARTICLE_LETTERS and word not in stops)
        for word in words
    )
