"""How a legal or official text's name runs on past its kind noun: its number and date
("Law No. 2023-566 of 7 July 2023", "Recommendation CM/Rec(2019)10"), the text it amends
("Act of 28 July 2023 amending the Youth Protection Act") and the purpose its official title
gives ("... aimed at securing and regulating the digital space"). `prose_names` asks these of
a kind noun's tokens (`names.word_tokens`)."""

from __future__ import annotations

import re

from extractors.extract.names import (
    ADDRESSEE,
    COMPLEMENT_ENDS,
    COUNCIL_OF_EUROPE_NUMBER,
    DOCUMENT_CODE,
    vocabulary,
)

# A text's day after its kind noun: "of 24 September 1998".
# "of 19 October 2020", or as US pages write it, "of October 19, 2020"
_DAY_OF = r"of\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2},)\s+\d{4}"
# After the kind noun: a document's number (and who adopted it and for whom) or its date.
_DOCUMENT_REFERENCE = re.compile(
    # after the number, who adopted it ("of the Committee of Ministers") and whom it addresses
    rf"\s+(?:{DOCUMENT_CODE}(?:\s+of\s+the(?:\s+(?:[A-Z][\w-]*|of)){{1,4}})?"
    rf"(?:\s+{ADDRESSEE})?"
    rf"|{_DAY_OF})"  # "of 24 September 1998"
    r"(?=\s+(?:on|for|to|against|of)\s)"
)


# A number's year: "Law No. 71 of 2017".
_YEAR_OF = r"of\s+(?:19|20)\d\d\b"
# A national text's number and date after its kind noun: "Law No. 2023-566 of 7 July 2023",
# "Act of 28 July 2023", "Decree No 2021-1234", a number over its year: "Decree-Law 28/2020".
_LEGAL_REFERENCE = re.compile(
    rf"\s+(?:No\.?\s+\d{{1,5}}(?:[-/]\d{{1,5}})?(?:\s+(?:{_DAY_OF}|{_YEAR_OF}))?|{_DAY_OF}"
    r"|\d{1,5}/(?:19|20)\d\d\b)"  # "Decree-Law 28/2020", "Legislative Decree 70/2003"
)
# What a participle's object may hold besides capitalised words: "the", "of", "and", "(EU)".
_OBJECT_WORDS = frozenset({"the", "of", "and", "for", "on", "&", "(", ")", "EU", "No", "No."})
# The words of an amended text's number after its kind noun: "(EU) No 1234/2011".
_NUMBER_WORDS = re.compile(r"No\.?|\d[\d/-]*")
_OTHER_ACTS = ("and", "certain", "other")
_MAX_OBJECT_TOKENS = 14


# A document's formal title: its issuer, its kind noun, its number or date, who adopted it and
# whom it addresses, then its subject ("Commission Recommendation of 14 July 2014 on principles
# for ...", "Directive (EU) 2019/713 of the European Parliament and of the Council of 17 April
# 2019 on combating ...", "Recommendation CM/Rec(2019)10 of the Committee of Ministers to member
# States on ...", "European Parliament resolution of 17 January 2024 on ...": after its issuer,
# the kind noun may be in lower case). Its number is one only the EU's or the Council of
# Europe's texts carry
# (`names.DOCUMENT_CODE` also takes a bare "2031/2035", which may be a period).
_FORMAL_NUMBER = (
    r"(?:\((?:EU|EC|EU,\s+Euratom)\)\s+(?:No\.?\s+)?\d{1,4}/\d{1,4}"
    r"|\d{4}/\d{1,4}/(?:EU|EC|EEC|JHA|CFSP)"
    rf"|{COUNCIL_OF_EUROPE_NUMBER})"
)
_ISSUER = r"(?:\s+(?:and\s+)?of\s+the(?:\s+(?:[A-Z][\w-]*|of)){1,4})*"
# Its subject opens with a preposition or a participle ("laying down harmonised rules on ...");
# a text that establishes or amends a named one is known by that one ("Decision (EU) 2022/2481
# establishing the Digital Decade Policy Programme 2030"), so a capital after the participle
# (past an article) ends the match.
_SUBJECT_OPENERS = (
    r"on|for|concerning|(?:establishing|laying\s+down|supplementing|amending|implementing"
    r"|repealing|introducing)(?=\s+(?:(?:the|a|an)\s+[a-z]|(?!(?:the|a|an)\s)[a-z]))"
)
_DOCUMENT_TITLE = re.compile(
    rf"(?:(?:[A-Z][\w-]*\s+){{0,2}}?(?P<kind>[A-Z][a-z]+)|(?:[A-Z][\w-]*\s+){{1,2}}?(?:[a-z][a-z-]*\s+)?(?P<lower>[a-z]+))\s+"
    rf"(?:{_FORMAL_NUMBER}{_ISSUER}(?:\s+{_DAY_OF})?|{_DAY_OF})(?:\s+{ADDRESSEE})?"
    rf"\s+(?P<subject>{_SUBJECT_OPENERS})\s"
)


# The longest formal title read as one ("Directive (EU) 2019/713 of the European Parliament
# and of the Council of 17 April 2019 on combating fraud ..." runs to over 30 words).
MAX_FORMAL_TITLE_WORDS = 60


def document_title(name: str) -> tuple[str, int] | None:
    """(kind, where its subject starts) of a document's formal title, or None: a number or a
    date without the subject right after it names none ("the Recommendation of 31 May 2021",
    "Directive 2031/93/EU transposition status on ...")."""
    found = _DOCUMENT_TITLE.match(name)
    if found is None:
        return None
    kind = (found.group("kind") or found.group("lower")).lower()
    words = vocabulary()
    if kind not in words.kinds and kind not in words.legal_kinds:
        return None
    return kind, found.start("subject")


def is_legal_named(tokens: list[re.Match[str]], kind_at: int, text: str) -> bool:
    """Whether a legal text's number, date or amended text names it, even where it opens a
    sentence: "Act of 28 July 2023 amending ...", "Law No. 2023-566 to establish ..."."""
    if not is_legal_kind(tokens[kind_at].group(0)):
        return False
    dated = legal_reference_end(tokens, kind_at, text) > kind_at
    return dated or amended_object_end(tokens, kind_at) is not None  # "Second Act amending"


def is_legal_kind(word: str) -> bool:
    """A capitalised kind noun of a legal text ("Act", "Law"): one that may be named by its
    number, its date or what it amends."""
    return word[:1].isupper() and word.lower() in vocabulary().legal_kinds


def legal_reference_end(tokens: list[re.Match[str]], kind_at: int, text: str) -> int:
    """The last token of a legal text's number and date after its kind noun ("Law No.
    2023-566 of 7 July 2023"), else `kind_at`. The caller checks `is_legal_kind`."""
    return _last_token_within(tokens, kind_at, _LEGAL_REFERENCE.match(text, tokens[kind_at].end()))


def _last_token_within(tokens: list[re.Match[str]], at: int, found: re.Match[str] | None) -> int:
    """The last token that starts inside `found`, a match right after token `at`; else `at`."""
    while found and at + 1 < len(tokens) and tokens[at + 1].start() < found.end():
        at += 1
    return at


def amended_object_end(tokens: list[re.Match[str]], last: int) -> int | None:
    """The end of "amending the Youth Protection Act" after token `last`: a participle of
    `legal_participles` and a name that ends with a kind noun, with "and certain other acts"."""
    words = vocabulary()
    at = last + 1
    for participle in words.legal_participles:
        said = tuple(t.group(0).lower() for t in tokens[at : at + len(participle)])
        if said == participle:
            at += len(participle)
            break
    else:
        return None
    end = None
    for index in range(at, min(len(tokens), at + _MAX_OBJECT_TOKENS)):
        word = tokens[index].group(0)
        if word.lower() in words.legal_kinds and word[:1].isupper():
            end = index  # the amended text's kind noun
        elif end is not None and index > end and _NUMBER_WORDS.fullmatch(word):
            end = index  # its number: "Regulation (EU) No 1234/2011"
        elif not (word[:1].isupper() or word in _OBJECT_WORDS or word[:1].isdigit()):
            break
    if end is None:
        return None
    tail = tuple(t.group(0).lower() for t in tokens[end + 1 : end + 5])
    if tail[:3] == _OTHER_ACTS and len(tail) > 3 and tail[3] in ("acts", "laws"):
        return end + 4
    return end


# "visant à" in a French law's official title, as the sites translate it: "Law No 2022-300 of
# 2 March 2022 aimed at strengthening parental control over ...", "Law No. 2023-566 of 7 July
# 2023 aiming to establish a digital majority ...". The clause ends where the sentence goes
# on: a comma, a bracket, a full stop, a relative pronoun or the sentence's own verb ("...
# the digital space was published").
# ("aimed to" is left out: "Law No. 5 aimed to establish ..." is the sentence's own verb.)
_PURPOSE_OPENINGS = frozenset(
    {("aimed", "at"), ("aiming", "at"), ("aiming", "to"), ("laying", "down")}
)
_CLAUSE_BREAKS = COMPLEMENT_ENDS | {"which", "that", "who", "\u2013"}
_FINITE_VERBS = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may",
     "might", "should", "must", "shall"}
)  # fmt: skip
_MAX_PURPOSE_TOKENS = 24


# The verbs a sentence goes on with after a law's official title ("... entered into force",
# "... took effect", "... applies"): finite forms only, never a noun ("offers", "aims") or a
# participle that may describe ("published harmful content").
_SENTENCE_VERBS = _FINITE_VERBS | {
    "entered", "enters", "took", "takes", "came", "comes", "applies", "applied", "became",
    "becomes", "began", "begins", "remains", "remained", "introduced", "introduces",
    # and, after a purpose clause, a verb of what the text does, none of them also a plural
    # noun that the clause may hold ("special offers", "covers", "aims"): "Law No ... aimed at
    # protecting frogs from online traders requires ..."
    "requires", "obliges", "establishes", "prohibits", "regulates", "governs", "allows",
    "ensures", "empowers", "bans", "amends", "transposes", "lays", "makes", "creates", "gives",
    "provides", "defines", "strengthens", "extends",
}  # fmt: skip


def purpose_clause_end(tokens: list[re.Match[str]], reference: int) -> int | None:
    """The last token of "aimed at <-ing> ..." or "aiming to <verb> ..." right after a legal
    text's number or date: up to a clause break, the sentence's own verb or its end."""
    at = reference + 1
    opening = tuple(t.group(0).lower() for t in tokens[at : at + 2])
    if opening not in _PURPOSE_OPENINGS or at + 2 >= len(tokens):
        return None
    verb = tokens[at + 2].group(0)
    if not (verb.endswith("ing") if opening[1] == "at" else verb.isalpha() and verb.islower()):
        return None
    end = at + 2
    for index in range(at + 3, min(len(tokens), at + 2 + _MAX_PURPOSE_TOKENS)):
        word = tokens[index].group(0).lower()
        if word in _CLAUSE_BREAKS or word in _SENTENCE_VERBS:
            return _without_trailing_connectors(tokens, end, at + 2)
        end = index
    return end if end + 1 >= len(tokens) else None


def laid_down_end(tokens: list[re.Match[str]], kind_at: int) -> int | None:
    """The last token of "laying down rules to ..." right after a legal text's kind noun with
    no number ("a Regulation laying down rules to prevent and combat child sexual abuse"): the
    EU's formula for what a proposed text does, which is its name."""
    opening = tuple(t.group(0).lower() for t in tokens[kind_at + 1 : kind_at + 3])
    return purpose_clause_end(tokens, kind_at) if opening == ("laying", "down") else None


def _without_trailing_connectors(tokens: list[re.Match[str]], end: int, first: int) -> int:
    """`end`, moved back over connectors and articles ("... aiming to support the"): a name
    never ends on one."""
    connectors = vocabulary().connectors
    while end > first and tokens[end].group(0).lower() in connectors:
        end -= 1
    return end


def document_reference_end(tokens: list[re.Match[str]], kind_at: int, text: str) -> int:
    """The last token of a document reference right after the kind noun, else `kind_at`."""
    if kind_at + 1 >= len(tokens):
        return kind_at
    return _last_token_within(
        tokens, kind_at, _DOCUMENT_REFERENCE.match(text, tokens[kind_at].end())
    )
