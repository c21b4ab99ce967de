"""Showing texts briefly: word-level diffs of rewordings, long texts cut, links that scroll
the page to a sentence (URL text fragments)."""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal
from urllib.parse import quote

TEXT_DIRECTIVE = ":~:text="
FRAGMENT_WORDS = 5  # a long sentence is linked as its first and last words (start,end form)
LONG_SENTENCE_WORDS = 12
CUT_WORDS = 40  # texts longer than this are cut, the rest one click away
CONTEXT_WORDS = 4  # unchanged words kept either side of a change in a word diff


@dataclass(frozen=True)
class Piece:
    """A run of words of a word diff: kept, inserted or deleted."""

    op: Literal["same", "ins", "del", "cut"]
    text: str


def word_diff(old: str, new: str) -> list[Piece]:
    """The words deleted from `old` and inserted in `new`, and those kept, in order."""
    before, after = old.split(), new.split()
    pieces = []
    matcher = SequenceMatcher(None, before, after, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            pieces.append(Piece("same", " ".join(before[i1:i2])))
            continue
        if i2 > i1:
            pieces.append(Piece("del", " ".join(before[i1:i2])))
        if j2 > j1:
            pieces.append(Piece("ins", " ".join(after[j1:j2])))
    return pieces


def shorten_kept(pieces: list[Piece], context: int = CONTEXT_WORDS) -> list[Piece]:
    """Long kept runs cut down to the words next to a change ("… "); changes stay whole."""
    shortened = []
    for index, piece in enumerate(pieces):
        words = piece.text.split()
        if piece.op != "same" or len(words) <= 2 * context + 1:
            shortened.append(piece)
            continue
        head = words[:context] if index > 0 else []
        tail = words[-context:] if index < len(pieces) - 1 else []
        if head:
            shortened.append(Piece("same", " ".join(head)))
        shortened.append(Piece("cut", "…"))
        if tail:
            shortened.append(Piece("same", " ".join(tail)))
    return shortened


def diff_as_text(pieces: list[Piece]) -> str:
    """A word diff for a text-only reader: [-deleted-] {+inserted+}."""
    marks = {"same": "{}", "cut": "{}", "del": "[-{}-]", "ins": "[+{}+]"}
    return " ".join(marks[piece.op].format(piece.text) for piece in pieces)


def cut(text: str, limit: int = CUT_WORDS) -> tuple[str, bool]:
    """The text, or its first `limit` words and "…"; and whether it was cut."""
    words = text.split()
    if len(words) <= limit:
        return " ".join(words), False
    return " ".join(words[:limit]) + " …", True


def fragment_link(url: str, sentence: str | None) -> str:
    """The page's URL with a text fragment that makes a browser scroll to `sentence`."""
    words = (sentence or "").split()
    if not words:
        return url
    base, _, fragment = url.partition("#")
    fragment = fragment.partition(TEXT_DIRECTIVE)[0].removesuffix(":~:")
    if len(words) > LONG_SENTENCE_WORDS:
        start = _term(" ".join(words[:FRAGMENT_WORDS]))
        end = _term(" ".join(words[-FRAGMENT_WORDS:]))
        directive = f"{start},{end}"
    else:
        directive = _term(" ".join(words))
    return f"{base}#{fragment}{TEXT_DIRECTIVE}{directive}"


def _term(text: str) -> str:
    """Percent-encoded for a text directive: "-", "," and "&" are its syntax, so encoded too."""
    return quote(text, safe="").replace("-", "%2D")
