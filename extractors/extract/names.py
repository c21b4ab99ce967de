"""Initiative names found in prose, and the words and spellings all names share.

A name is a phrase around an initiative-kind noun (`patterns/kinds.toml`: coalition, alliance,
code, strategy, act...) that the page writes as a name: capitalised somewhere before the kind
noun ("ICT Coalition", "European strategy for ..."), or with a capitalised kind noun that a
complement follows ("Alliance to Better Protect Minors Online"). "the Coalition" alone is a
back-reference, resolved by the initiatives stage, not a name. Prose names are found by
`prose_names`; headings and titles name initiatives their own way: `heading_names`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from extractors.extract.resources import load_toml

_TOKEN = re.compile(r"[#\w\u2019'][\w\u2019'.&/+-]*[\w+]|[\w+]|[^\w\s]")
# The Council of Europe's numbers for its texts: "CM/Rec(2019)10".
COUNCIL_OF_EUROPE_NUMBER = r"[A-Z]{1,4}/[A-Za-z]{2,4}\(\d{4}\)\d{1,3}"
# A document's number: "(EU) 2021/1232", "1/2025", "CM/Rec(2019)10", "No. 25 (2021)".
DOCUMENT_CODE = (
    r"(?:(?:\(EU\)\s+)?(?:No\.?\s+)?\d{1,4}/\d{1,4}"
    rf"|{COUNCIL_OF_EUROPE_NUMBER}"
    r"|No\.?\s+\d{1,4}(?:\s+\(\d{4}\))?)"
)
# A complement that says whom a text addresses, not what it is about: "to member States".
ADDRESSEE = r"(?:for|to)\s+(?:the\s+)?(?:EU\s+)?[Mm]ember\s+[Ss]tates"
# "(EU)" before a number is part of a document's number ("Regulation (EU) 2022/2065"), not an
# acronym.
ACRONYM = r"[A-Z][A-Za-z0-9+&.-]{1,12}"  # an acronym or short name in brackets: "(BIK+)"
ACRONYM_IN_PARENS = re.compile(rf"\s*\(({ACRONYM})\)(?!\s*(?:No\.?\s+)?\d+/\d)")
_ACRONYM_AT_END = re.compile(ACRONYM_IN_PARENS.pattern + r"\s*$")
# A name's acronym of three capitals or more in brackets, "(NCMEC)": no country code ("(FR)").
CAPITALS_IN_BRACKETS = re.compile(r"\(([A-Z]{3,10})\)")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
POSSESSIVE_S = re.compile(r"[\u2019']s\s+")  # "the Academy's ": a name in the possessive
# Compiled once: read for every word or name of a long page.
_QUOTES = re.compile(r"[\u2018'\"\u201c\u201d]")
_NOT_WORDS = re.compile(r"[^\w+&]+")
_SPACE_PLUS = re.compile(r"\s+\+")
YEAR = re.compile(r"(?:19|20)\d\d")
# A name's short form in brackets after it: three characters or more, two of them capitals
# ("(PSS+)", "(CSiS)", "(eu-LISA)"); not a country code ("(BE)") nor a word ("(Draft)").
SHORT_NAME = r"(?=[^()]*[A-Z][^()]*[A-Z])[A-Za-z][\w+&.-]{2,11}"
# A name's own number after its capitalised words: a version or a sequence number ("Cyber
# Scams 2.0", "EMMA 7", "HELP 112"), where a year would make it an edition.
NAME_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,2})?")
DASHES = frozenset({"\u2013", "\u2014", "-"})
# Plural nouns whose possessive is an attribute inside a name ("EU Children's Participation
# Platform", "Women's Rights Network"), not an owner.
PLURAL_POSSESSORS = frozenset({"children", "women", "men", "people"})
# Words that only point at a name before it: "the", "its", "these" (lower case).
ARTICLES = frozenset({"the", "a", "an"})
# Nothing but "the" before a name (`fullmatch` over the gap): "The X was ...", "X was ...".
ARTICLE_ONLY = re.compile(r"\s*(?:(?i:the)\s+)?")
# What may follow the last word of a name's complement or clause: the name's end.
COMPLEMENT_ENDS = frozenset({".", ",", ";", ":", "(", ")"})
# Connectors of names in other languages: "Bundeszentrale für Kinder- und Jugendmedienschutz".
FOREIGN_CONNECTORS = frozenset({"de", "des", "du", "la", "le", "der", "für", "und", "van", "voor"})
# Texts their parties make by signing: "concluded by" names the parties, not an end.
COVENANT_KINDS = frozenset({"treaty", "agreement", "convention", "pact", "protocol", "memorandum"})
# Texts their parties make by signing or adopting them: "The Declaration was adopted by A, B and
# C" names its parties. A law's "adopted by" names its legislator instead.
ADOPTED_COVENANT_KINDS = COVENANT_KINDS | {"declaration", "charter", "pledge", "compact", "call"}
DETERMINERS = ARTICLES | {"this", "these", "its", "their", "our"}
# Abbreviations before a number whose full stop ends no sentence nor name: "Law No. 2024-449",
# "Art. 28", "Guidelines ... of Art. 5(3) of ...".
ABBREVIATIONS_BEFORE_NUMBER = frozenset(
    {"No", "Nos", "Nr", "Art", "Arts", "Para", "para", "paras", "pp", "Vol", "vol", "Ref", "ref"}
)
PREPOSITIONS = frozenset(
    {"of", "for", "on", "to", "under", "against", "about", "by", "with", "from"}
)
# Words that continue a name after its kind noun: "Code of conduct on ...", "Alliance to ...".
COMPLEMENT_WORDS = frozenset({"of", "for", "on", "to", "against", "towards", "+"})


@dataclass(frozen=True)
class Vocabulary:
    kinds: frozenset[str]
    weak_kinds: frozenset[str]
    anaphor_modifiers: frozenset[str]
    # "the project website": a noun after a back-reference's kind that makes it a modifier
    compound_heads: frozenset[str]
    stop_words: frozenset[str]
    stop_function_words: frozenset[str]  # "is", "which": a clause's, never a title's
    non_name_starts: frozenset[str]
    common_noun_acronyms: frozenset[str]  # "NGO": a common noun, never a name
    connectors: frozenset[str]
    body_kinds: frozenset[str]
    purpose_words: frozenset[str]
    leading_kinds: frozenset[str]
    compound_tails: dict[str, tuple[str, ...]]  # "memorandum" -> ("of", "understanding")
    complement_scopes: tuple[tuple[str, ...], ...]  # ("in", "the", "digital", "environment")
    scope_people: frozenset[str]  # "persons": a "with disabilities" scope qualifies them
    compound_only: frozenset[str]  # "task": a kind noun only in "task force"
    complement_kinds: frozenset[str]  # "year": a kind noun only with its "of ..." complement
    capital_kinds: frozenset[str]  # "law": a kind noun only with its own capital
    legal_kinds: frozenset[str]  # "act": may be named by what it amends
    subject_named_kinds: frozenset[str]  # "directive": named by its subject alone
    legal_participles: tuple[tuple[str, ...], ...]  # ("laying", "down")
    generic_kinds: frozenset[str]  # "project": what "the project" may stand for


@dataclass(frozen=True)
class NameCandidate:
    """A name as written, its kind noun (lower case) and its offsets in the searched text."""

    name: str
    kind: str
    start: int
    end: int
    registry_id: str | None = None  # set when the name is a registered initiative's form


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    data = load_toml("kinds.toml")
    heads = {compound.split()[0] for compound in data["compound_kinds"]}
    return Vocabulary(
        kinds=frozenset(data["kinds"]),  # a compound's head ("task") is no kind alone
        weak_kinds=frozenset(data["weak_kinds"]),
        anaphor_modifiers=frozenset(data["anaphor_modifiers"]),
        compound_heads=frozenset(data["reference_compound_heads"]),
        stop_words=frozenset(data["name_stop_function_words"] + data["name_stop_verbs"]),
        stop_function_words=frozenset(data["name_stop_function_words"]),
        non_name_starts=frozenset(data["non_name_heading_starts"]),
        common_noun_acronyms=frozenset(data["common_noun_acronyms"]),
        connectors=frozenset(data["name_connectors"]),
        body_kinds=frozenset(data["body_kinds"]),
        purpose_words=frozenset(data["purpose_words"]),
        leading_kinds=frozenset(data["leading_kinds"]),
        compound_tails={
            head: tuple(tail) for head, *tail in (c.split() for c in data["compound_kinds"])
        },
        complement_scopes=tuple(tuple(phrase.split()) for phrase in data["complement_scopes"]),
        scope_people=frozenset(data["scope_people"]),
        compound_only=frozenset(heads - set(data["kinds"])),
        complement_kinds=frozenset(data["complement_kinds"]),
        capital_kinds=frozenset(data["capital_kinds"]),
        legal_kinds=frozenset(data["legal_kinds"]),
        subject_named_kinds=frozenset(data["legal_kinds"] + data["voted_kinds"]),
        legal_participles=tuple(tuple(p.split()) for p in data["legal_participles"]),
        generic_kinds=frozenset(data["generic_reference_kinds"]),
    )


def compound_end(words: Sequence[str], index: int) -> int:
    """The index of the last word of a compound kind noun starting at `index` ("Memorandum of
    Understanding", "Task Force"), or `index`."""
    tail = vocabulary().compound_tails.get(words[index].lower(), ())
    following = tuple(word.lower() for word in words[index + 1 : index + 1 + len(tail)])
    return index + len(tail) if tail and following == tail else index


def kind_label(words: Sequence[str], index: int) -> str:
    """The kind a kind noun at `index` gives its name: the word, or the whole compound whose
    head names no kind alone ("task force", "fitness check"); prose and headings alike."""
    head = words[index].lower()
    if head not in vocabulary().compound_only:
        return head
    return " ".join(words[index : compound_end(words, index) + 1]).lower()


def name_key(name: str) -> str:
    """What two spellings of one name share: case, articles, quotes and spacing aside, and the
    Union's two spellings ("European Union Youth Strategy" / "EU Youth Strategy")."""
    key = spelling_key(name)
    # (a look for the words first: most keys hold none, and a page asks for thousands)
    return _EUROPEAN_UNION.sub("eu", key) if "european union" in key else key


def spelling_key(name: str) -> str:
    """`name_key` with the Union spelled as written: two spellings a reader is shown apart."""
    text = name.casefold().replace("\u2019", "'")
    text = _QUOTES.sub("", text)
    text = _NOT_WORDS.sub(" ", text)
    text = _SPACE_PLUS.sub("+", text)
    return _ARTICLE.sub("", text.strip())


# The Union's two spellings, one name: the sites write "EU" and "European Union" alike.
_EUROPEAN_UNION = re.compile(r"\beuropean union\b")


def acronym_of(name: str) -> str | None:
    """The acronym a name carries in parentheses at its end: "... for kids (BIK+)" -> "BIK+";
    "Guidelines on prohibited artificial intelligence (AI) practices" abbreviates a term
    inside it, not the name."""
    match = _ACRONYM_AT_END.search(name)
    return match.group(1) if match else None


def short_form(name: str) -> str | None:
    """The name with a term it abbreviates inside it written as its acronym only: "Guidelines
    on prohibited artificial intelligence (AI) practices" -> "Guidelines on prohibited AI
    practices"; None where no acronym inside spells the words right before it."""
    for match in ACRONYM_IN_PARENS.finditer(name):
        letters = match.group(1)
        words = name[: match.start()].split()
        if match.end() < len(name.rstrip()) and spells_last_words(words, letters):
            head = " ".join(words[: -len(letters)])
            return f"{head} {letters}{name[match.end() :]}"
    return None


def spells_initials(name: str, short: str) -> bool:
    """Whether a short form's capitals are the initials of the name's capitalised words:
    "Child Safeguarding in Sport" and "CSiS"; not "Pro Safe Sport Toolkit" and "PDF"."""
    capitals = [char for char in short if char.isupper()]
    return capitals == [word[0] for word in name.split() if word[:1].isupper()]


def spells_last_words(words: list[str], letters: str) -> bool:
    """Whether an acronym spells only the last words before it, not all of them: "(AI)" after
    "on prohibited artificial intelligence" is a term's, not the name's."""
    if not letters.isalpha() or len(words) <= len(letters):
        return False
    return "".join(word[0] for word in words[-len(letters) :]).lower() == letters.lower()


def proper_part(name: str) -> str | None:
    """The proper name a lower-case kind noun describes: "Safer Seas Plus programme" ->
    "Safer Seas Plus"; None where the words before it are no name of two words or more."""
    head, _, kind = name.rpartition(" ")
    if kind not in vocabulary().kinds or len(head.split()) < 2:
        return None
    words = [token.group(0) for token in word_tokens(head)]
    connectors = vocabulary().connectors | DASHES
    if not (is_capitalised(words[0]) and is_capitalised(words[-1])):
        return None
    return head if all(is_capitalised(w) or w.lower() in connectors for w in words) else None


# A number joined to a capitalised word: "10-Point Plan", "24-Hour Helpline".
_NUMBERED_WORD = re.compile(r"\d{1,3}-[A-Z][a-z]+")


def is_capitalised(word: str) -> bool:
    return (
        word[:1].isupper()
        or (word[:1].isdigit() is False and any(c.isupper() for c in word))
        or _NUMBERED_WORD.fullmatch(word) is not None
    )


def is_year(word: str) -> bool:
    return YEAR.fullmatch(word) is not None


@lru_cache(maxsize=1)
def longest_scope() -> int:
    """The number of words of the longest `complement_scopes` phrase."""
    return max(len(scope) for scope in vocabulary().complement_scopes)


def scope_length(words: Sequence[str], start: int) -> int:
    """The number of words of the `complement_scopes` phrase that opens at `start` ("in the
    digital environment"), in any case; 0 when none does."""
    for scope in vocabulary().complement_scopes:
        said = tuple(word.lower() for word in words[start : start + len(scope)])
        if said == scope:
            return len(scope)
    return 0


def word_tokens(text: str) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(text))


def names_a_body(kind_word: str, complement: list[str]) -> bool:
    """Whether a body noun ("council", "centre", `body_kinds`) names an initiative: a name
    capitalises it and gives it a complement of purpose ("UK Council for Internet Safety",
    "Centre of Expertise for ..."); "the EU Telecommunications Council agreed" is a body that
    acts, "the EU hub for ..." a description."""
    purposes = vocabulary().purpose_words & {word.lower() for word in complement}
    return kind_word[:1].isupper() and bool(purposes)
