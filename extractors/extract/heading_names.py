"""Initiative names that headings and press titles give: the whole heading as a name
("Code of conduct on ...", "CEO Coalition (2011)"), or the object of its verb ("ITU launches
new Guidelines on ...").
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import takewhile

from extractors.extract.counts import number_value
from extractors.extract.legal_names import MAX_FORMAL_TITLE_WORDS, document_title
from extractors.extract.names import (
    ACRONYM_IN_PARENS,
    ADDRESSEE,
    COMPLEMENT_WORDS,
    DETERMINERS,
    PREPOSITIONS,
    compound_end,
    is_capitalised,
    is_year,
    kind_label,
    longest_scope,
    names_a_body,
    scope_length,
    spells_last_words,
    vocabulary,
    word_tokens,
)
from extractors.extract.occasions import occasion_start
from extractors.extract.prose_names import find_names
from extractors.extract.resources import load_toml
from extractors.extract.roles import (
    is_place,
    is_proper_adjective,
    is_title_case_name,
    without_bracketed_place,
)

# "A new strategy: ProtectEU", "Our campaign: #PlayFair": a kind noun labels the name after it.
_LABELLED = re.compile(
    r"^(?:(?:a|an|the|our|its|their)\s+)?(?:(?:new|next|latest|first)\s+)?(?P<kind>[A-Za-z]+)"
    r"\s*:\s+(?P<name>\S.*)$",
    re.IGNORECASE,
)
_HEADING_YEAR = re.compile(r"\s*\((?:19|20)\d\d\)\s*$")
_INFINITIVE = re.compile(r"^to\s+[a-z]+\s+")  # "to <verb> ": the object follows it
# The verb's particle before its object: "reports on the X", "calls for a Y".
_PARTICLE = re.compile(r"^(?:on|about|for|into|over|against)\s+(?=(?:the|a|an|its|their)\s)")
_DETERMINER = re.compile(rf"^(?:{'|'.join(sorted(DETERMINERS))})\s+", re.IGNORECASE)
# "The Alliance ..., two years on": a comment after a comma is not part of the name ("..., and
# child pornography" goes on).
_COMMENT = re.compile(r",\s+(?!(?:and|or|&)\b)[a-z].*$")
# Words before a kind noun that do not make it a name: "Key principles", "Three pillars".
_GENERIC_MODIFIERS = frozenset(
    {
        "key",
        "core",
        "fundamental",
        "overarching",
        "main",
        "general",
        "guiding",
        "operational",  # "Operational principles": parts of the page's principles
        "underpinning",
        "our",
        "new",
        "revised",
        "other",
        "related",
        "previous",
        "these",
        "this",
        "its",
        "their",
        "first",
        "second",
        "common",
        "basic",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "national",
    }
)


# A title verb whose subject may be the initiative itself, when it welcomes no named one.
_WELCOMES = frozenset({"welcome", "welcomes"})


def _sentence_case(subtitle: str) -> bool:
    """Whether a subtitle is written as a sentence: it opens in lower case, or its first word
    past the connectors after the opening one is in lower case ("Think before you follow";
    not "Data and Ethics", "Connecting the Dots")."""
    words = subtitle.split()
    if not words or words[0][:1].islower():
        return bool(words)
    connectors = vocabulary().connectors
    rest = [word for word in words[1:] if word.lower() not in connectors]
    return bool(rest) and rest[0][:1].islower()


_THE_NAME = re.compile(r"[Tt]he\s+(?=[A-Z])")
# Kinds of a formal text whose title a name may follow ("Council resolution on ...: the X").
_TEXT_KINDS = frozenset(
    {"resolution", "recommendation", "conclusions", "communication", "decision", "declaration"}
    | {"regulation", "directive", "act", "law", "decree", "convention", "statement"}
)


def _known_by(head: str, subtitle: str) -> tuple[str, str] | None:
    """The name after a text's formal title and ": the ", when that is a title-case name with
    its kind noun, whole (no clause after it), and the title before it names a text too."""
    article = _THE_NAME.match(subtitle)
    if article is None or ": " in subtitle:
        return None
    rest = subtitle[article.end() :].strip()
    named = heading_name(rest)
    if named is None or named[0] != rest.rstrip(". "):
        return None
    text = heading_name(head)
    return named if text is not None and text[1] in _TEXT_KINDS else None


# A year that labels a heading, before a dash: "2023 \u2013 sweep on influencers".
_YEAR_LABEL = re.compile(r"\s*(?:19|20)\d\d\s+[-\u2013\u2014]\s+")


def heading_name(text: str) -> tuple[str, str] | None:
    """The initiative a heading names, as (name, kind), or None when it names none.

    The name is the heading without a trailing "(2009)"; its kind noun heads it (no verb,
    clause word or preposition before it) and something names it: a modifier before the
    kind noun ("CEO Coalition") or a complement after it ("Code of conduct on ...").
    "The strategy", "Key principles" and "Three pillars of the strategy" name nothing.
    """
    words = vocabulary()
    dated = _YEAR_LABEL.match(text)
    if dated is not None and text[dated.end() : dated.end() + 1].islower():
        return None  # "2023 - sweep on influencers": a year's entry, told in lower case
    head, colon, subtitle = text.partition(": ")
    while colon and is_place(head.strip()):  # "Poland: Act on ...": the country it concerns
        text = subtitle  # (a loop: a page may stack any number of "Place: " labels)
        head, colon, subtitle = text.partition(": ")
    # "Council resolution on a framework for ...: the European Union Youth Strategy 2019-2027":
    # a formal text's title, then the name it is known by, whole after "the"
    if colon and (known := _known_by(head, subtitle)) is not None:
        return known
    # "UN General Comment No. 25: children's rights apply ...", "Global Money Week 2025: Think
    # before you follow": a subtitle in sentence case is the title's, not the name's, unless it
    # names one itself ("Digital Agenda: Coalition of top tech ... companies"); one more colon
    # after it, and it is not read (a heading of many colons is read once, not once per colon)
    if (
        colon
        and _sentence_case(subtitle)
        and (before := heading_name(head)) is not None
        and (subtitle[:1].islower() or (": " not in subtitle and heading_name(subtitle) is None))
    ):
        return before
    labelled = _LABELLED.match(text.strip())
    if labelled and labelled.group("kind").lower() in words.kinds:
        named = labelled.group("name").rstrip(". ")
        if len(named.split()) <= 6 and (named[:1].isupper() or named.startswith("#")):
            return named, labelled.group("kind").lower()  # "A new strategy: ProtectEU"
    occasion = OCCASION_OF.match(text.strip())
    if occasion is not None:
        return heading_name(text.strip()[occasion.end() :])  # "Third meeting of the X": X
    legal = _legal_heading(without_bracketed_place(text.strip().rstrip(".:")))
    if legal is not None:
        return legal  # before `_heading_core` cuts "Regulation amending Regulation (EU) ..."
    name = _heading_core(text)
    matches = word_tokens(name)
    tokens = [token.group(0) for token in matches]
    if not tokens or name.endswith("?") or len(tokens) > 24:
        return None
    first = tokens[0]
    # "A new Toy Safety Regulation" reads as "The new ...": the article is gone (`_heading_core`)
    # and a lower-case "new" dates a name of its own capitals ("A New Skills Agenda" keeps its
    # "New"; "A new European strategy", "A new EU Strategy" name none).
    renewed = (
        _ARTICLE_LED.match(text.strip()) is not None
        and first in RENEWING_WORDS
        and _own_capitals_before_kind(tokens[1:])
    )
    # A name may start with its year: "2022 Strengthened Code of Practice on Disinformation".
    # "eSafety Label": a name's first word may carry its capital inside.
    if first.lower() in words.non_name_starts or not (
        is_capitalised(first) or is_year(first) or renewed
    ):
        return None
    if first.lower().endswith("ing") and len(tokens) > 1 and tokens[1].lower() in DETERMINERS:
        return None  # "Testing the Protocol": a section about work on a thing, not its name
    start = 1 if first.lower() == "the" or renewed else 0
    owner_until = -1  # "Council of Europe" before the kind noun it owns
    for index, word in enumerate(tokens):
        lowered = word.lower()
        following = tokens[index + 1].lower() if index + 1 < len(tokens) else ""
        if lowered in words.body_kinds and following in words.kinds:
            continue  # "Council conclusions on ...": the body's text is the name's head
        if lowered in words.body_kinds and (owned := _owned_kind(tokens, index)) is not None:
            owner_until = owned - 1  # "Council of Europe Strategy for ...": the owner's name
            continue
        if index <= owner_until:
            continue
        # "Task Force": a head that names a kind only with its tail heads the name's end
        kind_end = compound_end(tokens, index) if lowered in words.compound_only else index
        if lowered in words.compound_only and kind_end == index:
            continue  # "Task" without "Force" names no kind
        if lowered in words.kinds or kind_end > index:
            verb = tokens[kind_end + 1] if kind_end + 1 < len(tokens) else ""
            if verb in title_verbs():  # "Tech Coalition launches X": the launcher is no topic
                welcomed = object_name(name, verb)
                if welcomed is not None or verb not in _WELCOMES:
                    return welcomed  # "Tech Coalition welcomes five new members": its own
            named = _named_heading(name, matches, start, kind_end)
            return (named[0], kind_label(tokens, index)) if named and kind_end > index else named
        if index > 0 and word in title_verbs():
            return object_name(name, word)  # "ITU launches new Guidelines on ...": a sentence
        if _headline_verb_at(tokens, index):
            # "Denmark reaches political agreement on ...": news of who acted, not a name
            # (`title_subjects` reads a press title's news: "TikTok sets up a ...")
            return None
        if lowered == "and" and _joins_a_names_words(tokens, index):
            continue  # "Digital Skills and Jobs Coalition": one name
        is_clause = lowered in words.stop_words or word in (":", ",", ";")
        if index > 0 and (is_clause or lowered in PREPOSITIONS):
            return None
    return None


def _joins_a_names_words(tokens: list[str], at: int) -> bool:
    """Whether the "and" at `at` stands between capitalised words that run on to a kind noun
    ("Digital Skills and Jobs Coalition"), not between two names ("Alliance and Coalition")."""
    if at == 0 or not is_capitalised(tokens[at - 1]):
        return False
    kinds = vocabulary().kinds
    for offset, word in enumerate(tokens[at + 1 : at + 6]):
        if not is_capitalised(word):
            return False
        if word.lower() in kinds:
            return offset > 0  # a word of its own before the kind noun
    return False


# "Third meeting of the ...", "The 10th edition of the ...", "Second Ministerial Conference
# of the ...": an occasion of what follows.
OCCASION_OF = re.compile(
    r"^(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|"
    r"latest|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+)?(?:meeting|edition|session|plenary|conference|"
    r"anniversary|year)\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)
# Capitalised words before a kind noun that are no name of its own: an owner's ("EU
# Strategy") or the kind's usual partner ("Action Plan").
_NOT_OWN_WORDS = frozenset(
    {"eu", "european", "commission", "council", "union", "national", "action"}
)
_OWN_COMPLEMENT_CAPITALS = 2  # "Code of Practice on Disinformation", not "Code of Practice"


def _own_capitals_before_kind(tokens: list[str]) -> bool:
    """Whether a name of its own, with its capitals, follows "a new": a capitalised word of
    its own before a capitalised kind noun ("Toy Safety Regulation", "Data Act"; not "EU
    Strategy" nor "Action Plan"), or, after a kind noun that opens it, capitalised words of
    a complement ("Code of Practice on Disinformation"; not "Code of Practice")."""
    kinds = vocabulary().kinds
    own = 0
    for at, word in enumerate(tokens):
        if word.lower() in kinds:
            if not word[:1].isupper():
                return False
            after = sum(1 for later in tokens[at + 1 :] if is_capitalised(later))
            return own > 0 or (at == 0 and after >= _OWN_COMPLEMENT_CAPITALS)
        if not is_capitalised(word):
            return False  # "a new child Safety Pledge": no name's own capitals
        own += word.lower() not in _NOT_OWN_WORDS
    return False


# An indefinite article, and the words after it that date what a heading names as new.
_ARTICLE_LED = re.compile(r"^(?:a|an)\s+", re.IGNORECASE)
RENEWING_WORDS = frozenset({"new", "revised", "updated"})
# A complement that only says whom a text addresses.
_ADDRESSEE = re.compile(ADDRESSEE, re.IGNORECASE)


def _owned_kind(tokens: list[str], body_at: int) -> int | None:
    """The index of a capitalised kind noun that a body's name leads to ("Council of Europe
    Strategy"): only capitalised words and "of" between them; else None."""
    kinds = vocabulary().kinds
    for index in range(body_at + 1, min(len(tokens), body_at + 5)):
        word = tokens[index]
        if word.lower() in kinds and word[:1].isupper() and index > body_at + 2:
            return index
        if not (word[:1].isupper() or word == "of"):
            return None
    return None


@lru_cache(maxsize=1)
def title_verbs() -> frozenset[str]:
    return frozenset(load_toml("kinds.toml")["title_verbs"])


@lru_cache(maxsize=1)
def headline_verbs() -> tuple[frozenset[str], frozenset[str]]:
    """(every headline verb, those whose object is the news: "TikTok sets up a Global Youth
    Council"): the title verbs and kinds.toml's two lists of present-tense verbs."""
    data = load_toml("kinds.toml")
    introducing = title_verbs() | frozenset(data["introducing_headline_verbs"])
    return introducing | frozenset(data["headline_verbs"]), introducing


# Words after a plural noun that a headline verb is not followed by: "emerging issues of ...",
# "online safety issues for minors", "data sets for AI", "reports and studies" (a verb's
# particle is "to" or "into": "turns to young people", "enter into force").
_NOUN_FOLLOWERS = frozenset(
    {"of", "for", "in", "on", "at", "with", "from", "by", "about", "and", "or"}
    | {",", ")", "(", ";", ":"}
)
# Plural subjects' verbs that are read only with the words they take: "take effect", "enter
# into force" ("how platforms take down ...", "how children enter contests" are no news).
_BARE_VERBS = {"take": "effect", "enter": "into"}


def _headline_verb_at(tokens: list[str], index: int) -> bool:
    """Whether `tokens[index]` is a headline's present-tense verb after its subject, with the
    news after it ("... programme KiVa wins European ...", "... violence turns to young
    people"): a name ends before it. A known verb only, neither the heading's first nor its
    last word, nor a noun after an article or a preposition ("on emerging issues of ...")."""
    if not 0 < index < len(tokens) - 1 or tokens[index] not in headline_verbs()[0]:
        return False
    word, following = tokens[index], tokens[index + 1]
    if word in _BARE_VERBS:
        return following == _BARE_VERBS[word]
    before = tokens[index - 1].lower()
    if before in DETERMINERS or before in PREPOSITIONS:
        return False
    if following in _NOUN_FOLLOWERS:
        # "launches in Westland": where (a capital or a number after it); "issues for minors":
        # a noun
        after = tokens[index + 2] if index + 2 < len(tokens) else ""
        return following.isalpha() and (after[:1].isupper() or after[:1].isdigit())
    return True


def object_name(sentence: str, verb: str) -> tuple[str, str] | None:
    """The name a sentence heading or press title gives after its verb, without the article
    and the words that only date it ("the first", "new 2020"): "Key principles on ..." keeps
    its "Key"; "Regulators unveil the Pact against online scams" names the Pact."""
    _head, spaced, after = sentence.partition(f" {verb} ")
    if not spaced:
        return None  # "Press release: the X": the verb's word with no words after it
    rest = _INFINITIVE.sub("", after)  # "propose to recast the X"
    rest = _PARTICLE.sub("", rest)
    words = _DETERMINER.sub("", rest).split()
    while (
        len(words) > 2
        and words[0] in _GENERIC_MODIFIERS
        and words[1].lower() not in (vocabulary().kinds)
    ):
        words = words[1:]
    if not words or title_verbs() & set(words):
        return None
    if words[0] in vocabulary().weak_kinds:
        return None  # "France adopts a law to protect ...": a common noun's phrase, no name
    return heading_name(words[0][:1].upper() + " ".join(words)[1:])


# What may follow a legal text's name in its heading: a bracket (a translation, a short
# name), after a coordinated purpose ("... to establish a digital majority and combat online
# hate"), which a heading gives whole where a sentence's "and" may open another clause.
_LEGAL_HEADING_REST = re.compile(r"((?:\s+(?:and|or)\s+[a-z][a-z\s-]*?)?)\s*(?:\([^()]*\))?\s*$")
_LEGAL_SHAPE = re.compile(r"\s(?:amending|No\.?|of|laying\s+down)\s")
# "Proposal for a Regulation laying down ...": the title of the text the EU proposes, which
# names that text.
_PROPOSAL_FOR = re.compile(r"^Proposal\s+for\s+an?\s+(?=[A-Z])")


# What ends a formal title's subject in a heading that goes on as a headline or a table row:
# "...: Commission reports on ...", "... - Entry into force", "... | Focus on minors".
_CLAUSE_BREAK = re.compile(r":\s+[A-Z]|\s[-\u2013\u2014|]\s|;|\?\s*$")
_TRAILING_BRACKET = re.compile(r"\s*\(([^()]*)\)\s*$")


def _formal_title(name: str) -> tuple[str, str] | None:
    """(name, kind) of a heading that is a document's formal title whole ("Directive (EU)
    2019/713 of the European Parliament and of the Council of 17 April 2019 on combating
    ..."): no clause break, no headline's verb ("... on pond apps enters into force")."""
    titled = document_title(name)
    if titled is None or len(name.split()) > MAX_FORMAL_TITLE_WORDS:
        return None
    subject = name[titled[1] :]
    if _CLAUSE_BREAK.search(subject) or set(subject.split()) & headline_verbs()[0]:
        return None
    # a bracket that closes the heading is a note or a nickname ("(Lex Kamilek)", "(adopted by
    # the Council)"), as a legal text's heading reads it; a title-case name that ends in a kind
    # noun is the title's own short title, the name the text is known by ("... (European
    # Accessibility Act)")
    bracket = _TRAILING_BRACKET.search(name)
    if bracket is None:
        return name, titled[0]
    short = bracket.group(1).strip()
    kind = short.rsplit(" ", 1)[-1].lower()
    if " " in short and kind in vocabulary().kinds and is_title_case_name(short):
        return short, kind
    return name[: bracket.start()], titled[0]


def _legal_heading(name: str) -> tuple[str, str] | None:
    """A heading that is a legal text's name by its number and date or by what it amends
    ("Second Act amending the Youth Protection Act (Zweites Gesetz ...)"), read as prose
    reads it, when the name opens the heading and only a bracket follows it; or a document's
    formal title, whole, or the short title its closing bracket gives."""
    titled = _formal_title(name)
    if titled is not None:
        # "Directive (EU) 2023/2225 on credit agreements for consumers", or its short title
        return titled
    if not _LEGAL_SHAPE.search(name):
        return None  # the cheap test first: most headings are no legal text's name
    found = find_names(name)
    if len(found) != 1 or found[0].kind not in vocabulary().legal_kinds:
        return None
    candidate = found[0]
    rest = _LEGAL_HEADING_REST.match(name, candidate.end)
    proposal = _PROPOSAL_FOR.match(name)
    opening = proposal.end() if proposal else len(name) - len(name.removeprefix("The "))
    opens = candidate.start == opening
    if not (opens and rest and _LEGAL_SHAPE.search(candidate.name)):
        return None
    return name[candidate.start : candidate.end + len(rest.group(1))], candidate.kind


def _heading_core(text: str) -> str:
    name = _without_occasion(_HEADING_YEAR.sub("", text).strip().rstrip(".:"))
    name = without_bracketed_place(name)
    name = _COMMENT.sub("", name)
    acronym = ACRONYM_IN_PARENS.search(name)
    inline = acronym is not None and spells_last_words(
        name[: acronym.start()].split(), acronym.group(1)
    )
    if acronym and not inline and not _complement_follows(name[acronym.end() :]):
        # a name ends at its acronym ("... kids (BIK+) communication"), unless its complement
        # follows it: "High-Level Group (HLG) on access to data for ..."
        name = name[: acronym.end()]
    return re.sub(r"^(?:a|an)\s+", "", name, flags=re.IGNORECASE)


def _complement_follows(rest: str) -> bool:
    """Whether `rest` opens with a complement word ("on access to data ...")."""
    first = rest.split(maxsplit=1)[:1]
    return bool(first) and first[0].lower() in COMPLEMENT_WORDS


def _without_occasion(name: str) -> str:
    """ "X Pledge on Safer Internet Day 2020" -> "X Pledge": the occasion a heading's
    initiative was presented on is not part of its name (`occasions`)."""
    tokens = word_tokens(name)
    at = occasion_start(tokens, 0)
    return name[: tokens[at].start()].rstrip() if at is not None else name


def _named_heading(
    name: str, matches: list[re.Match[str]], start: int, kind_at: int
) -> tuple[str, str] | None:
    words = vocabulary()
    tokens = [token.group(0) for token in matches]
    kind = tokens[kind_at].lower()
    verbs = (i for i in range(kind_at + 1, len(tokens)) if _headline_verb_at(tokens, i))
    verb_at = next(verbs, None)
    if verb_at is not None:
        # "EU network on the prevention of ... turns to young people": the news after the name
        name = name[: matches[verb_at - 1].end()]
        matches, tokens = matches[:verb_at], tokens[:verb_at]
    clause_end = _clause_before(tokens, start, kind_at)
    if clause_end is not None:
        # "Tech firms back (the) Safe Design Principles on ...": a sentence; the name is what
        # follows its last lower-case word (the found one, not its first twin), its article aside.
        rest = _DETERMINER.sub("", name[matches[clause_end].end() :].lstrip())
        return heading_name(rest) if rest else None
    modifiers = [
        w
        for w in tokens[start:kind_at]
        if w.lower() not in _GENERIC_MODIFIERS
        and w.lower() not in words.compound_only
        and not (number_value(w) is not None and not is_year(w))
    ]  # "The 14 Fundamentals", "Eleven Guiding Principles" count them, they name none; "Task"
    # of "Task force" is its kind
    after = tokens[kind_at + 1 :]
    if after[:1] == [":"]:
        # "Digital Agenda: Coalition of ... to make ...": a rubric, when what follows names one
        named_after = heading_name(name[matches[kind_at + 1].end() :].strip())
        if named_after is not None:
            return named_after
        name, after = name[: matches[kind_at].end()], []
    if after and (after[0].lower() in ("and", "in", "&", "at", "as") or _runs_on(after[0])):
        # "The Digital Services Act and minors": the name ends at its kind noun.
        name, after = name[: matches[kind_at].end()], []
    elif len(after) > 1 and is_year(after[0]) and _runs_on(after[1]):
        # "Safer Internet Forum 2021 is here!": the name ends at its edition's year.
        name, after = name[: matches[kind_at + 1].end()], []
    has_complement = len(after) >= 2 and after[0].lower() in COMPLEMENT_WORDS - {"+"}
    if has_complement and _ADDRESSEE.fullmatch(" ".join(after)):
        return None  # "Principles for Member States": whom a text addresses, no name
    if has_complement:
        name = _title_case_end(name, matches, kind_at)  # "... Code of Practice now available"
    if kind in words.body_kinds and not names_a_body(tokens[kind_at], after):
        if not _introduced_with_acronym(name, matches[kind_at].end(), modifiers):
            return None  # "Regional Council hosts ...": a body that acts, as in prose
        return name, kind
    if not modifiers and not has_complement and not (after and after[0] == "+"):
        return None
    if kind in words.complement_kinds and not has_complement:
        return None  # "Happy New Year", "Internet Protocol": no "of ..." names them
    if (
        kind in words.weak_kinds
        and not modifiers
        and not _names_text_by_subject(kind, kind_at == start, matches[kind_at + 1 :], len(name))
    ):
        return None
    if kind in words.weak_kinds and tokens[kind_at].islower() and not has_complement:
        return None  # "Target group": a name capitalises its weak kind noun ("EU Internet Forum")
    name = name[matches[start].start() :] if start else name  # "The EU Youth Strategy"
    return _headline_words_off(name), kind


# A teaser's "First-ever EU Strategy on victims' rights adopted": news words around the name.
_HEADLINE_START = re.compile(r"^first[- ]ever\s+(?=[A-Z])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _headline_end() -> re.Pattern[str]:
    """A news word ending a teaser's name: "... rights adopted" (`headline_participles`)."""
    participles = load_toml("kinds.toml")["headline_participles"]
    return re.compile(rf"\s+(?:{'|'.join(participles)})$")


def _headline_words_off(name: str) -> str:
    return _headline_end().sub("", _HEADLINE_START.sub("", name))


# Lower-case words that go on after a capitalised word inside a name's complement (besides
# the connectors): "Code of Conduct on illegal ...".
_CONTINUING = PREPOSITIONS | {"at", "or", "between", "through"}


def _title_case_end(name: str, matches: list[re.Match[str]], kind_at: int) -> str:
    """The name up to a lower-case word (not a connector or preposition) right after a
    capitalised one, or up to a colon: "General-Purpose AI Code of Practice now available"
    ends at "Practice"; "Code of Conduct on illegal hate speech" runs on after its "on", and
    "... consumer protection in the EU single market" through its scope (`complement_scopes`)."""
    words = vocabulary()
    tokens = [match.group(0) for match in matches]
    for at in range(kind_at + 1, len(matches) - 1):
        previous, word = matches[at].group(0), matches[at + 1].group(0)
        if word == ":":
            return name[: matches[at].end()]
        ends = word.isalpha() and word.islower() and previous[:1].isupper()
        ends = ends and word not in words.connectors and word not in _CONTINUING
        # "... on European works": a place's adjective opens a sentence-case complement
        ends = ends and not is_proper_adjective(previous)
        if ends and not _inside_scope(tokens, at):
            return name[: matches[at].end()]
    return name


def _inside_scope(words: list[str], at: int) -> bool:
    """Whether word `at` lies inside a scope phrase of `complement_scopes`."""
    first = max(0, at - longest_scope() + 1)
    return any(start + scope_length(words, start) > at for start in range(first, at + 1))


def _names_text_by_subject(
    kind: str, opens: bool, after: list[re.Match[str]], name_end: int
) -> bool:
    """ "Directive on combating terrorism", "Resolution on the safety of ...": a legal or
    voted text's kind noun opening a heading, with "on" and a subject after it (its words as
    the name keeps them, up to `name_end`), names the text the section is about; "Regulation
    of online platforms", "Law on the books", "Regulation on it now in force" do not."""
    said = [match.group(0) for match in after if match.end() <= name_end]
    if not (opens and kind in vocabulary().subject_named_kinds) or said[:1] != ["on"]:
        return False
    stops = vocabulary().stop_words
    subject = list(takewhile(lambda word: word.lower() not in stops, said[1:]))
    if not subject or subject[0].lower() in _PRONOUNS:
        return False  # "on it now in force"
    # an article's noun is an idiom's ("on the books and in practice") unless more words
    # follow it before a clause word
    needed = _SUBJECT_MIN_WORDS + (subject[0].lower() in DETERMINERS)
    return len(subject) >= needed


_SUBJECT_MIN_WORDS = 2  # "on combating terrorism", "on electronic commerce"
_PRONOUNS = frozenset({"it", "them", "this", "that", "these", "those"})


def _introduced_with_acronym(name: str, kind_end: int, modifiers: list[str]) -> bool:
    """A heading that is only a body's capitalised name and its acronym ("Nordic Fraud Centre
    (NFC)") heads the section that describes that body: the body is the section's subject."""
    acronym = ACRONYM_IN_PARENS.match(name, kind_end)
    return bool(modifiers) and acronym is not None and acronym.end() == len(name)


def _clause_before(tokens: list[str], start: int, kind_at: int) -> int | None:
    """Where the last lower-case word (not a connector) before a capitalised kind noun is:
    a name in title case capitalises its modifiers, a sentence's verb is lower case."""
    if tokens[kind_at].islower():
        return None
    connectors = vocabulary().connectors
    lower = [
        i
        for i in range(start, kind_at)
        if tokens[i].islower() and tokens[i] not in connectors and tokens[i].isalpha()
    ]
    return lower[-1] if lower else None


def _runs_on(word: str) -> bool:
    """A lowercase word after the kind noun that is not its complement: the name has ended
    ("European Digital Media Observatory project kicks off")."""
    return word.islower() and word not in COMPLEMENT_WORDS


def heading_year(text: str) -> str | None:
    """The year a heading gives in parentheses at its end: "... Online (2012)" -> "2012"."""
    match = _HEADING_YEAR.search(text)
    return match.group(0).strip()[1:-1] if match else None
