"""Initiative names: read from the title, from headings and from prose, and compared.

A name is a phrase around an initiative-kind noun (`patterns/kinds.toml`: coalition, alliance,
code, strategy, act...) that the page writes as a name: capitalised somewhere before the kind
noun ("ICT Coalition", "European strategy for ..."), or with a capitalised kind noun that a
complement follows ("Alliance to Better Protect Minors Online"). "the Coalition" alone is a
back-reference, resolved by the initiatives stage, not a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractors.extract.resources import load_toml

_TOKEN = re.compile(r"[#\w\u2019'][\w\u2019'.&/+-]*[\w+]|[\w+]|[^\w\s]")
_ACRONYM_PAREN = re.compile(r"\s*\(([A-Z][A-Za-z0-9+&.-]{1,12})\)")
_HEADING_YEAR = re.compile(r"\s*\((?:19|20)\d\d\)\s*$")
_INFINITIVE = re.compile(r"^to\s+[a-z]+\s+")  # "to <verb> ": the object follows it
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
# Compiled once: read for every word or name of a long page.
_QUOTES = re.compile(r"[\u2018'\"\u201c\u201d]")
_NOT_WORDS = re.compile(r"[^\w+&]+")
_SPACE_PLUS = re.compile(r"\s+\+")
_YEAR = re.compile(r"(?:19|20)\d\d")
_WORD_START = re.compile(r"\w")
_MAX_COMPLEMENT_WORDS = 14
_MAX_WORDS_AFTER_HASHTAG = 2  # "#SayNo! awareness campaign", "#Tag online safety campaign"
_OCCASION_WORDS = frozenset({"day", "days", "week", "anniversary", "occasion", "behalf"})
_PREPOSITIONS = frozenset(
    {"of", "for", "on", "to", "under", "against", "about", "by", "with", "from"}
)
# Words before a kind noun that do not make it a name: "Key principles", "Three pillars".
_GENERIC_MODIFIERS = frozenset(
    {
        "key",
        "main",
        "general",
        "guiding",
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


# Words that continue a name after its kind noun: "Code of conduct on ...", "Alliance to ...".
_COMPLEMENT_WORDS = frozenset({"of", "for", "on", "to", "against", "+"})


@dataclass(frozen=True)
class Vocabulary:
    kinds: frozenset[str]
    weak_kinds: frozenset[str]
    anaphor_modifiers: frozenset[str]
    stop_words: frozenset[str]
    non_name_starts: frozenset[str]
    connectors: frozenset[str]


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
    return Vocabulary(
        kinds=frozenset(data["kinds"]),
        weak_kinds=frozenset(data["weak_kinds"]),
        anaphor_modifiers=frozenset(data["anaphor_modifiers"]),
        stop_words=frozenset(data["name_stop_words"]),
        non_name_starts=frozenset(data["non_name_heading_starts"]),
        connectors=frozenset(data["name_connectors"]),
    )


def name_key(name: str) -> str:
    """What two spellings of one name share: case, articles, quotes and spacing aside."""
    text = name.casefold().replace("\u2019", "'")
    text = _QUOTES.sub("", text)
    text = _NOT_WORDS.sub(" ", text)
    text = _SPACE_PLUS.sub("+", text)
    return _ARTICLE.sub("", text.strip())


def acronym_of(name: str) -> str | None:
    """The acronym a name carries in parentheses: "... for kids (BIK+)" -> "BIK+"."""
    match = _ACRONYM_PAREN.search(name)
    return match.group(1) if match else None


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() or (word[:1].isdigit() is False and any(c.isupper() for c in word))


def _is_year(word: str) -> bool:
    return _YEAR.fullmatch(word) is not None


def _tokens(text: str) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(text))


def _left_edge(tokens: list[re.Match[str]], kind_at: int, sentence_starts: set[int]) -> int:
    """The first token of the name: capitalised words (and connectors between them) leftwards."""
    connectors = vocabulary().connectors
    first = kind_at
    index = kind_at - 1
    while index >= 0:
        word = tokens[index].group(0)
        if word.endswith(("'s", "\u2019s")):
            break  # "the Commission's commitment" is a possession, not a name
        if _is_capitalised(word) and word.lower() not in ("the", "a", "an"):
            if index in sentence_starts and word.lower() in vocabulary().stop_words | {"in", "on"}:
                break
            first = index
        elif _is_year(word) and first < kind_at:
            first = index  # "2022 Strengthened Code of Practice", not "the 2016 Code"
            break
        elif not (
            word.lower() in connectors - {"the", "a", "an"}
            and index > 0
            and _is_capitalised(tokens[index - 1].group(0))
        ):
            break
        index -= 1
    return first


def _right_edge(tokens: list[re.Match[str]], kind_at: int, text: str) -> int:
    """The last token of the name: a complement "of/for/on/to ..." up to a verb or clause break."""
    words = vocabulary()
    last = kind_at
    if kind_at + 1 >= len(tokens) or tokens[kind_at + 1].group(0).lower() not in (
        "of",
        "for",
        "on",
        "to",
        "against",
        "+",
    ):
        return last
    title_case = False
    for index in range(kind_at + 1, min(len(tokens), kind_at + 1 + _MAX_COMPLEMENT_WORDS)):
        word = tokens[index].group(0)
        if word[:1].isdigit():
            break  # "framework on 20 January": a date, not the name
        if word[:1].isupper():
            title_case = True
        elif title_case and word.lower() not in words.connectors:
            break  # "Code of Conduct on Disinformation followed ...": the name was title case
        if word == "+":
            last = index
            continue
        if word.endswith("+") and index > kind_at + 1:
            last = index
            break  # "Code of conduct+" ends at its plus
        if not _WORD_START.match(word) or word.lower() in words.stop_words:
            break
        if word.lower() in words.kinds and word[:1].isupper() and index > kind_at + 1:
            break  # the start of another name
        last = index
    while last > kind_at and tokens[last].group(0).lower() in words.connectors:
        last -= 1
    return last


def _extend_acronym(text: str, end: int) -> int:
    match = _ACRONYM_PAREN.match(text, end)
    return match.end() if match else end


def find_names(text: str, sentence_starts: set[int] | None = None) -> list[NameCandidate]:
    """Initiative names written in `text`, in order; `sentence_starts` are token indices."""
    words = vocabulary()
    tokens = _tokens(text)
    starts = sentence_starts if sentence_starts is not None else {0}
    found: list[NameCandidate] = []
    # The kind nouns found in one pass: a loop step per word cost more than the names.
    kinds_at = [i for i, token in enumerate(tokens) if token.group(0).lower() in words.kinds]
    next_free = 0
    for index in kinds_at:
        if index < next_free:
            continue  # inside the name found before
        word = tokens[index].group(0)
        first = _left_edge(tokens, index, starts)
        last = _right_edge(tokens, index, text)
        hashtag = _hashtag_before(tokens, index) if first == index else None
        if hashtag is not None:
            found.append(NameCandidate(hashtag.group(0), word.lower(), *hashtag.span()))
        elif _looks_like_name(tokens, first, index, last, starts):
            end = _extend_acronym(text, tokens[last].end())
            start = tokens[first].start()
            found.append(NameCandidate(text[start:end], word.lower(), start, end))
        next_free = max(index, last) + 1
    return found


def _hashtag_before(tokens: list[re.Match[str]], kind_at: int) -> re.Match[str] | None:
    """ "the #SayNo! awareness campaign": a hashtag a few common words before a kind noun is
    the initiative's name, without the words that only describe it."""
    # The describing words, then the "!" the tokens split off the hashtag, then the hashtag.
    nearest_hashtag = kind_at - 1 - _MAX_WORDS_AFTER_HASHTAG - 2
    for index in range(kind_at - 1, max(-1, nearest_hashtag), -1):
        word = tokens[index].group(0)
        if word.startswith("#") and len(word) > 1:
            return tokens[index]
        describes = word.islower() and word not in _not_describing()
        if not describes and word != "!":
            return None
    return None


@lru_cache(maxsize=1)
def _not_describing() -> frozenset[str]:
    """Lower-case words that tie a phrase together rather than describe a campaign."""
    words = vocabulary()
    return frozenset(words.stop_words | _PREPOSITIONS | words.connectors)


def _looks_like_name(
    tokens: list[re.Match[str]], first: int, kind_at: int, last: int, starts: set[int]
) -> bool:
    words = vocabulary()
    kind = tokens[kind_at].group(0)
    left = [tokens[i].group(0) for i in range(first, kind_at)]
    complement = [tokens[i].group(0) for i in range(kind_at + 1, last + 1)]
    if kind.lower() in words.weak_kinds and not left:
        return False
    if any(_is_capitalised(word) and (i + first) not in starts for i, word in enumerate(left)):
        return True
    if left and any(word.isupper() or not word.isalpha() for word in left):
        return True  # an acronym or "BIK+" before the kind noun
    kind_is_capital = kind[:1].isupper() and kind_at not in starts
    if complement and complement[0].lower() == "on" and _is_occasion(complement[1:]):
        return False  # "launched the Alliance on Safer Internet Day": a date, not a name
    return kind_is_capital and len(complement) >= 2


def _is_occasion(words: list[str]) -> bool:
    """ "Safer Internet Day", "its tenth anniversary", "7 February": when, not what about."""
    if words and all(word[:1].isupper() for word in words):
        return True  # a named day or event
    return any(word[:1].isdigit() or word.lower() in _OCCASION_WORDS for word in words)


def heading_name(text: str) -> tuple[str, str] | None:
    """The initiative a heading names, as (name, kind), or None when it names none.

    The name is the heading without a trailing "(2009)"; its kind noun heads it (no verb,
    clause word or preposition before it) and something names it: a modifier before the
    kind noun ("CEO Coalition") or a complement after it ("Code of conduct on ...").
    "The strategy", "Key principles" and "Three pillars of the strategy" name nothing.
    """
    words = vocabulary()
    name = _heading_core(text)
    tokens = [token.group(0) for token in _tokens(name)]
    if not tokens or name.endswith("?") or len(tokens) > 24:
        return None
    first = tokens[0]
    # A name may start with its year: "2022 Strengthened Code of Practice on Disinformation".
    # "eSafety Label": a name's first word may carry its capital inside.
    if first.lower() in words.non_name_starts or not (_is_capitalised(first) or _is_year(first)):
        return None
    start = 1 if first.lower() == "the" else 0
    for index, word in enumerate(tokens):
        lowered = word.lower()
        if lowered in words.kinds:
            return _named_heading(name, tokens, start, index)
        if index > 0 and word in _title_verbs():
            return _object_name(name, word)  # "ITU launches new Guidelines on ...": a sentence
        is_clause = lowered in words.stop_words or word in (":", ",", ";")
        if index > 0 and (is_clause or lowered in _PREPOSITIONS):
            return None
    return None


@lru_cache(maxsize=1)
def _title_verbs() -> frozenset[str]:
    return frozenset(load_toml("kinds.toml")["title_verbs"])


def _object_name(heading: str, verb: str) -> tuple[str, str] | None:
    """The name a sentence heading gives after its verb, without the article and the words
    that only date it ("the first", "new 2020"): "Key principles on ..." keeps its "Key"."""
    rest = _INFINITIVE.sub("", heading.split(f" {verb} ", 1)[-1])  # "propose to recast the X"
    words = _ARTICLE.sub("", rest).split()
    while (
        len(words) > 2
        and words[0] in _GENERIC_MODIFIERS
        and words[1].lower() not in (vocabulary().kinds)
    ):
        words = words[1:]
    if not words or _title_verbs() & set(words):
        return None
    return heading_name(words[0][:1].upper() + " ".join(words)[1:])


def _heading_core(text: str) -> str:
    name = _HEADING_YEAR.sub("", text).strip().rstrip(".:")
    acronym = _ACRONYM_PAREN.search(name)
    if acronym:
        name = name[: acronym.end()]  # a name ends at its acronym: "... kids (BIK+) communication"
    return re.sub(r"^(?:a|an)\s+", "", name, flags=re.IGNORECASE)


def _named_heading(
    name: str, tokens: list[str], start: int, kind_at: int
) -> tuple[str, str] | None:
    words = vocabulary()
    kind = tokens[kind_at].lower()
    modifiers = [w for w in tokens[start:kind_at] if w.lower() not in _GENERIC_MODIFIERS]
    after = tokens[kind_at + 1 :]
    if after and (after[0].lower() in ("and", "in", "&", "at", "as") or _runs_on(after[0])):
        # "The Digital Services Act and minors": the name ends at its kind noun.
        cut = re.search(rf"\b{re.escape(tokens[kind_at])}\b", name)
        name, after = (name[: cut.end()] if cut else name), []
    has_complement = len(after) >= 2 and after[0].lower() in ("of", "for", "on", "to", "against")
    if not modifiers and not has_complement and not (after and after[0] == "+"):
        return None
    if kind in words.weak_kinds and not modifiers:
        return None
    if kind in words.weak_kinds and tokens[kind_at].islower() and not has_complement:
        return None  # "Target group": a name capitalises its weak kind noun ("EU Internet Forum")
    return name, kind


def _runs_on(word: str) -> bool:
    """A lowercase word after the kind noun that is not its complement: the name has ended
    ("European Digital Media Observatory project kicks off")."""
    return word.islower() and word not in _COMPLEMENT_WORDS


def heading_year(text: str) -> str | None:
    """The year a heading gives in parentheses at its end: "... Online (2012)" -> "2012"."""
    match = _HEADING_YEAR.search(text)
    return match.group(0).strip()[1:-1] if match else None
