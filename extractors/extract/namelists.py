"""Splitting written lists of organisation names: "A, B, and C", "A; B; C", "A and B".

A name keeps what the page writes: an ampersand ("Kreativitet & Kommunikation"), a slash
("Super RTL/Mediengruppe RTL Deutschland") or a parenthesis ("TIM (Telecom Italia)") never
splits, and a name of the gazetteer is never cut even when it contains "and" ("Child and
Youth Finance International").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.language import Language

from extractors.extract.names import CAPITALS_IN_BRACKETS
from extractors.extract.nlp import default_nlp, organisation_offsets
from extractors.extract.organisations import canonical_organisation
from extractors.extract.roles import is_place
from extractors.extract.spans import SpanSet

# Behind a test of its first character (every separator starts with a space, comma or
# semicolon): cheaper than both alternatives tried at every place of a long list.
_SEPARATOR = re.compile(
    r"(?=[\s,;])(?:\s*[,;]\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)", re.IGNORECASE
)
_ABBREVIATION = re.compile(r"\b(?:Inc|Ltd|Co|Corp|Bros|plc|S\.A|N\.V|B\.V|GmbH\.?)$")
_PARENTHESIS = re.compile(r"[()]")
_LEADING_CONJUNCTION = re.compile(r"^(?:and|or)\s+", re.IGNORECASE)
_TRIM = " \t\n.;:,·•\u2013-"
# "including Arto", "other companies such as Snap", "as well as Adobe", "with UNICEF", "with
# support from the Authority", "The Heads of EASO": what leads into a name.
_LIST_LEAD = re.compile(
    r"^(?:(?:[a-z]+\s+){0,3}(?i:including|namely|such as|notably|e\.g\.|as well as)|"
    r"(?i:(?:together\s+)?with(?:\s+(?:the\s+)?support\s+(?:of|from)(?:\s+the)?)?)|"
    r"(?i:(?:the\s+)?(?:heads|directors|representatives|leaders|chief executives)\s+of"
    r"(?:\s+the)?))\s+"
)


@dataclass(frozen=True)
class NamePiece:
    """One name of a written list, with its offsets in the list's text."""

    name: str
    start: int
    end: int


def _parenthesised(text: str) -> list[tuple[int, int]]:
    spans, depth, opened = [], 0, 0
    for paren in _PARENTHESIS.finditer(text):  # not every character of a long list
        index, char = paren.start(), paren.group(0)
        if char == "(":
            if depth == 0:
                opened = index
            depth += 1
        elif char == ")" and depth:
            depth -= 1
            if depth == 0:
                spans.append((opened, index + 1))
    return spans


def _piece(text: str, start: int, end: int) -> NamePiece | None:
    raw = text[start:end]
    left = len(raw) - len(raw.lstrip(_TRIM))
    # Keep a closing parenthesis or a name's own final dot ("Snap Inc.") unless it ends the list.
    stripped, right_stripped = raw.strip(_TRIM), raw.rstrip()
    if right_stripped.endswith(")") and not stripped.endswith(")"):
        stripped += ")"
    stripped = _LEADING_CONJUNCTION.sub("", stripped)
    # The cheap test first: a list of thousands of names splits into as many pieces.
    if right_stripped.endswith(stripped + ".") and _ABBREVIATION.search(stripped):
        stripped += "."  # "Snap Inc." keeps its dot
    if not stripped:
        return None
    offset = start + raw.find(stripped, left if left < len(raw) else 0)
    return NamePiece(stripped, offset, offset + len(stripped))


def lead_length(piece: str) -> int:
    """How many characters lead into the name of a list's piece ("such as Snap" -> 8)."""
    lead = _LIST_LEAD.match(piece)
    return lead.end() if lead else 0


def split_names(text: str, protected: Sequence[tuple[int, int]] = ()) -> list[NamePiece]:
    """The names of a written list, in order; `protected` spans (known names) never split."""
    keep = SpanSet([*protected, *_parenthesised(text)])  # a bisection per separator
    pieces: list[NamePiece] = []
    cursor = 0
    for separator in _SEPARATOR.finditer(text):
        if keep.overlaps(separator.start(), separator.end()):
            continue
        piece = _piece(text, cursor, separator.start())
        if piece is not None:
            pieces.append(piece)
        cursor = separator.end()
    last = _piece(text, cursor, len(text))
    if last is not None:
        pieces.append(last)
    return _rejoin_and(text, pieces)


# The head nouns of bodies: "Film and Publication Board" is one body, not "Film" and a Board.
BODY_HEAD = re.compile(
    r"\b(?:Board|Commission|Authority|Council|Association|Institute|Foundation|Agency|Office|"
    r"Centre|Center|Committee|Federation|Union|Network|Ministry|Trust|Society)"
    r"(?:\s*\([^()]*\))?$"
)


_LEADING_THE = re.compile(r"^(?:the|The)\s+")


def _acronym_of_both(first: str, second: str) -> bool:
    """Whether the acronym in brackets after `second` is the initials of both pieces as one
    name, not of `second` alone: "National Center for Missing" and "Exploited Children
    (NCMEC)" are one body."""
    acronym = CAPITALS_IN_BRACKETS.search(second)
    if acronym is None or canonical_organisation(_LEADING_THE.sub("", first)) is not None:
        return False  # "Google and Frog Watch (GFW)": a known body is a name of its own
    words = f"{_LEADING_THE.sub('', first)} and {second[: acronym.start()]}".split()
    return "".join(word[0] for word in words if word[:1].isupper()) == acronym.group(1)


def _rejoin_and(text: str, pieces: list[NamePiece]) -> list[NamePiece]:
    """Pieces split at an "and" that joins a body's own words: a single word the gazetteer
    does not know, then words that end in a body's head noun; two pieces whose bracketed
    acronym stands for both; or the two halves of a country's name ("Bosnia and
    Herzegovina")."""
    joined: list[NamePiece] = []
    for piece in pieces:
        previous = joined[-1] if joined else None
        word = previous.name.removeprefix("the ") if previous else ""
        joined_by_and = previous is not None and text[previous.end : piece.start].strip() == "and"
        if (
            previous is not None
            and joined_by_and
            and (
                (
                    " " not in word
                    and word[:1].isupper()
                    and not _LEADING_THE.match(piece.name)  # "the Council and the X": two
                    and BODY_HEAD.search(piece.name)
                    and canonical_organisation(word) is None
                )
                or _acronym_of_both(previous.name, piece.name)
                or is_place(f"{word} and {piece.name}")  # "Trinidad and Tobago": one country
            )
        ):
            name = text[previous.start : piece.end]
            joined[-1] = NamePiece(name, previous.start, piece.end)
            continue
        joined.append(piece)
    return joined


def split_signatory_list(text: str, *, nlp: Language | None = None) -> list[NamePiece]:
    """The organisation names of a written list, keeping gazetteer names whole."""
    doc = (nlp or default_nlp())(text)
    return split_names(text, organisation_offsets(doc))
