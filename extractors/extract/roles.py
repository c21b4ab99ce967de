"""Role vocabulary of signatory extraction: who can be a signatory, and which cue words
open or close a list of them (data in patterns/roles.toml)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractors.extract.counts import number_value
from extractors.extract.names import (
    ARTICLES,
    CAPITALS_IN_BRACKETS,
    FOREIGN_CONNECTORS,
    is_capitalised,
)
from extractors.extract.names import vocabulary as name_vocabulary
from extractors.extract.resources import load_toml

_MAX_NAME_WORDS = 8
_OWN_COMPLEMENT = re.compile(r"\s(?:of|for|on)\s")
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")  # "NGOs": a group, not one organisation
_DOMAIN = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,4}")  # "jeuxvideo.com"
# Words that open or carry a clause: no organisation's name holds one.
CLAUSE_WORDS = (
    "is", "are", "was", "were", "will", "would", "has", "have", "had", "can", "should", "must",
    "to", "which", "that", "who",
)  # fmt: skip
# Behind a test of the first letter: tried at every place of every name of a list of
# thousands, a one-character test is cheaper than the word boundary, and changes no match.
_CLAUSE_WORDS = re.compile(
    r"(?=[iawhcsmt])\b(?:" + "|".join(CLAUSE_WORDS) + r")\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Roles:
    excluded: frozenset[str]
    openers: tuple[str, ...]
    closers: tuple[str, ...]
    clause_openers: frozenset[str]
    count_nouns: tuple[str, ...]
    working_bodies: re.Pattern[str]
    person_or_group: re.Pattern[str]
    office_titles: frozenset[str]


@lru_cache(maxsize=1)
def roles() -> Roles:
    data = load_toml("roles.toml")
    return Roles(
        excluded=frozenset(data["not_signatories"]),
        openers=tuple(data["list_openers"]),
        closers=tuple(data["list_closers"]),
        clause_openers=frozenset(data["clause_openers"]),
        count_nouns=tuple(data["count_nouns"]),
        working_bodies=re.compile(
            r"\b(?:" + "|".join(re.escape(noun) for noun in data["working_bodies"]) + r")\b",
            re.IGNORECASE,
        ),
        person_or_group=_person_or_group(data["person_titles"], data["group_endings"]),
        office_titles=frozenset(data["office_titles"]),
    )


def _person_or_group(titles: list[str], endings: list[str]) -> re.Pattern[str]:
    """A title anywhere in a name ("Commission President Anna Berg"), or a group ending.

    Whether it is found is what counts: a title between look-arounds for white space finds
    what one between white space or the ends found, and both behind a test of their first
    letters, cheaper than the alternations tried at every place of thousands of names."""
    title = "|".join(re.escape(word) for word in titles)
    ending = "|".join(re.escape(words) for words in endings)
    initials = "".join(sorted({re.escape(word[0].lower()) for word in [*titles, *endings]}))
    return re.compile(
        rf"(?=[{initials}])(?:(?<!\S)(?:{title})\.?(?!\S)|\b(?:{ending})$)", re.IGNORECASE
    )


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    return frozenset(load_toml("places.toml")["places"])


@lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    """The adjectives of Europe's countries ("Greek", "Luxembourgish")."""
    return frozenset(load_toml("places.toml")["demonyms"])


# A place's adjective by its ending: "European", "Nordic", "Portuguese", "Baltic".
_PLACE_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:ean|ian|ese|ish|ic)")


def is_proper_adjective(word: str) -> bool:
    """Whether a capitalised word is a place's adjective, which a sentence-case name keeps
    before a lower-case noun ("Guidelines on European works", "Strategy on Nordic
    cooperation"): the name goes on after it."""
    return word in demonyms() or _PLACE_ADJECTIVE.fullmatch(word) is not None


@lru_cache(maxsize=1)
def _place_forms() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A place as an owner ("Australia's"), as a location ("in the UK"), in brackets."""
    places = sorted(_places(), key=len, reverse=True)
    alternatives = "|".join(re.escape(place) for place in places)
    return (
        re.compile(rf"^(?:the\s+)?(?:{alternatives})['\u2019]s\s+(?=\S)"),
        re.compile(rf"\s+(?:in|from)\s+(?:the\s+)?(?:{alternatives})$"),
        re.compile(rf"\((?:{alternatives})\)"),
    )


def is_place(name: str) -> bool:
    """Whether `name` is a country or region ("Poland", "The Netherlands")."""
    return re.sub(r"^the\s+", "", name, flags=re.IGNORECASE) in _places()


def without_bracketed_place(name: str) -> str:
    """An initiative's name without the country a heading adds in brackets: "Basic Online
    Safety Expectations (Australia)" (a member keeps it: "Ofcom (UK)" is how pages list it)."""
    opening = name.rfind("(")
    if not name.endswith(")") or opening < 1 or _place_forms()[2].fullmatch(name, opening) is None:
        return name
    return name[:opening].rstrip()


def without_place(name: str) -> str:
    """The organisation a name gives without the place that situates it: "Australia's
    eSafety Commissioner" and "Ofcom in the UK" name the Commissioner and Ofcom."""
    possessor, location, _ = _place_forms()
    if "'" not in name and "\u2019" not in name and " in " not in name and " from " not in name:
        return name  # the cheap test first: most names have neither
    name = possessor.sub("", name)
    found = location.search(name)
    if found is None:
        return name
    if _OWN_COMPLEMENT.search(name, 0, found.start()) and not name[: found.start()].endswith(")"):
        return name  # "Network of Ombudsmen in Europe": the place is the name's own, unless
        # the name's acronym in brackets closes it first ("Center for ... (NCMEC) in the US")
    return name[: found.start()]


def count_nouns() -> list[str]:
    return list(roles().count_nouns)


# A proper adjective of origin before lower-case words only: a description, not a name.
_DESCRIBED_BY_ORIGIN = re.compile(r"[A-Z][a-z]+(?:an|ish|ese)(?:\s+[a-z][a-z-]*)+")
# Words that open an approximate count: "More than 15 companies", "Over 15 companies".
_APPROXIMATE = frozenset({"more than", "over", "around", "about", "some", "nearly", "almost"})


_PART_LABEL = re.compile(
    r"(?i:module|step|week|phase|part|pillar|stage|level|goal|chapter|section|day|session|"
    r"unit|lesson|objective|priority|strand|principle|commitment|annex|round|wave)"
    r"\s+(?:\d{1,3}[a-z]?|[IVXLC]{1,6})"
)


def is_organisation_name(name: str) -> bool:
    """A short capitalised name, not a clause, a generic group or the broker."""
    words = name.split()
    # Its acronym in brackets is no word of the name ("... Exploited Children (NCMEC)").
    counted = sum(1 for word in words if CAPITALS_IN_BRACKETS.fullmatch(word) is None)
    if not words or counted > _MAX_NAME_WORDS or _CLAUSE_WORDS.search(name):
        return False
    if words[-1].lower() in _OPEN_ENDS:
        return False  # "NGOs and": a piece of a list cut before its last member
    vocabulary = roles()  # read once: a written list may hold thousands of names
    if name.casefold() in vocabulary.excluded or _PLURAL_ACRONYM.fullmatch(name):
        return False
    if _is_person_or_group(name, vocabulary) or _is_common_noun_phrase(words):
        return False
    if _counted_group(words, vocabulary):
        return False  # "Civil society organisations", "Tech companies": whom, not one body
    if words[0].lower() in vocabulary.clause_openers and len(words) > 1:
        return False
    if words[0].lower() in _POSSESSIVES and len(words) > 1 and words[1][:1].islower():
        return False  # "Its participants": another's ("Our Kids Foundation" is a name)
    if words[0].lower() == "among" and not all(is_capitalised(word) for word in words):
        return False  # "Among other things", "Among Europe's largest ..." ("Among Us Studio")
    opening = next((n for n in (2, 1) if " ".join(words[:n]).lower() in _APPROXIMATE), 0)
    if opening and len(words) > opening and number_value(words[opening]) is not None:
        return False  # "More than 15 companies", "Over 15 companies"
    if number_value(words[0]) is not None and len(words) > 1:
        return False  # "21 companies", "Twenty-eight leading companies"
    if _PART_LABEL.fullmatch(name):
        return False  # "Module 1", "Pillar II": a numbered part of a whole, not a body
    if _DESCRIBED_BY_ORIGIN.fullmatch(name):
        return False  # "European small (and medium-sized enterprises)", "German operators"
    return any(char.isupper() for char in words[0]) or _DOMAIN.fullmatch(words[0]) is not None


_OPEN_ENDS = frozenset({"and", "or", "&", "of", "the"})
_MAX_TITLE_CASE_WORDS = 20
_POSSESSIVES = frozenset({"its", "their", "our", "his", "her", "your", "my"})


def is_title_case_name(name: str) -> bool:
    """A long organisation's name in title case, as a list item writes it whole: "Luxembourg
    Institute for Standardisation, Accreditation, Safety and Quality of Products and Services
    (ILNAS)". It opens with a capital, every word is capitalised or a name's connector, and
    no clause word stands in it."""
    words = [word.strip(",()") for word in name.split()]
    if not words or len(words) > _MAX_TITLE_CASE_WORDS or _CLAUSE_WORDS.search(name):
        return False
    connectors = name_vocabulary().connectors | FOREIGN_CONNECTORS
    if not is_capitalised(words[0]) or _is_person_or_group(name, roles()):
        return False  # "Mr Smith And Mrs Jones"
    return all(is_capitalised(word) or word in connectors for word in words)


def _is_person_or_group(name: str, vocabulary: Roles) -> bool:
    """A person by a title ("Commissioner Anna Berg") or a generic group ("EU institutions"),
    not an office a title ends ("eSafety Commissioner")."""
    found = vocabulary.person_or_group.search(name)
    if found is None:
        return False
    rest = name[found.end() :].strip()  # "eSafety Commissioner (Australia)": its place
    ends_in_office = found.start() > 0 and (not rest or (rest[0] == "(" and rest[-1] == ")"))
    # `found` is the leftmost title or ending: nothing before it names a person.
    title = found.group(0).rstrip(".").casefold()
    return not (ends_in_office and title in vocabulary.office_titles)


def _counted_group(words: list[str], vocabulary: Roles) -> bool:
    """A capital only where a sentence opens, then lower-case words ending in a noun that
    counts bodies: a kind of body, not one by name."""
    last = words[-1].lower()
    plural = last.endswith("s")  # "Telefonica company" is one
    return plural and last in vocabulary.count_nouns and all(word.islower() for word in words[1:])


def _is_common_noun_phrase(words: list[str]) -> bool:
    """ "The third implementation report", "The first 20 schools": an article opens it and no
    other word is a name's (a capital or a number written into a word, "5Rights", is one's;
    a number alone is not)."""
    return (
        len(words) > 1
        and words[0].casefold() in ARTICLES
        and not any(_is_name_word(word) for word in words[1:])
    )


# A number as a count writes it: "20", "2,000", "1.5", "20th", "10%".
_BARE_NUMBER = re.compile(r"\d[\d,.]*(?:st|nd|rd|th|%)?")


def _is_name_word(word: str) -> bool:
    has_digit = any(char.isdigit() for char in word)
    return any(char.isupper() for char in word) or (
        has_digit and _BARE_NUMBER.fullmatch(word) is None
    )


def is_working_body(name: str) -> bool:
    """An initiative that is a body drafting or advising ("Expert Group on ..."): its
    members are not signatories (FORMAT.md), unless the page says they signed."""
    return roles().working_bodies.search(name) is not None


def role_of(sentence_cues: list[str]) -> str:
    return "associated" if "ASSOCIATED" in sentence_cues else "signatory"
