"""Organisations that joined one after another, the verb written once.

"Microsoft joined in May 2019 and TikTok in June 2020": "joined" carries over to every
"NAME in DATE" part that follows it in the sentence, so both are signatories.
"""

from __future__ import annotations

import re

from extractors.extract.namelists import NamePiece

_NAME = r"[A-Z][\w.&'+-]*(?:\s+(?:[A-Z][\w.&'+-]*|of|for|and the))*"
_WHEN = (
    r"(?:in|on|since)\s+(?:(?:early|mid|late)[\s-]+)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\.?\s+)?"
    r"(?:19|20)\d\d"
)
_FIRST = re.compile(
    rf"(?:^|[,;:]\s+)(?P<name>{_NAME})\s+(?:(?:has|have|also|then|later)\s+)*joined\s+"
    rf"(?:the\s+[^,]{{1,60}}?\s+)?{_WHEN}"
)
_ELIDED = re.compile(rf"(?:,\s*(?:and\s+)?|\s+and\s+)(?P<name>{_NAME})\s+{_WHEN}")


def joined_with_dates(text: str) -> list[NamePiece]:
    """The names of "A joined in DATE, B in DATE and C in DATE", with offsets in `text`."""
    if "joined" not in text:
        return []  # what `_FIRST` needs, found far faster than the pattern's scan
    first = _FIRST.search(text)
    if first is None:
        return []
    pieces = [NamePiece(first.group("name"), first.start("name"), first.end("name"))]
    cursor = first.end()
    while (elided := _ELIDED.match(text, cursor)) is not None:
        pieces.append(NamePiece(elided.group("name"), elided.start("name"), elided.end("name")))
        cursor = elided.end()
    return pieces
