"""The page's publication date: the one the page itself shows, or null.

A dateline block ("Brussels, 7 February 2017") earlier than the header's date wins over it;
the fallbacks, in order: a dateline, then a labelled line ("Published on 3 May 2024",
"Record created: 01 March 2024", "Date: 12/02/2019"). A date only the page's metadata
states is no answer: the page shows none.
"""

from __future__ import annotations

import re

from extractors.extract.dates import find_dates
from schemas.document import CleanedDocument

_LABELLED = re.compile(
    r"^\s*(?:published(?: on)?|publication date|date of publication|record created|date)\s*:?\s*",
    re.IGNORECASE,
)
# A place name, then the date; "On Tuesday, 5 February", "Today, 7 February" are prose.
_DATELINE = re.compile(
    r"^(?!(?:On|In|At|By|From|Since|Until|Today|Tomorrow|Yesterday|This|Last|Next|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"[A-Z][A-Za-z .'-]{1,40},\s*"
)
_DATELINE_BLOCKS = 4


def publication_date(document: CleanedDocument) -> str | None:
    """A dateline's full date when the markup has none or a later one (an archive that
    re-issued "Brussels, 9 December 2008" in 2017 keeps the day it was issued), else
    `document.published`, else a "Published on" line's full date."""
    shown = document.published if document.published_shown else None
    dateline = _dateline_date(document)
    if dateline and (not shown or dateline < shown):
        return dateline
    if shown:
        return shown
    for block in document.blocks:
        label = _LABELLED.match(block.text)
        if label:
            found = find_dates(block.text[label.end() :])
            if found and found[0].start == 0:
                return found[0].value
    return None


def _dateline_date(document: CleanedDocument) -> str | None:
    """The full date of a dateline block ("Brussels, 7 February 2017") near the top. Bare
    date lines are a listing's teaser dates, not the page's, where there are several."""
    date_lines = sum(block.kind == "dateline" for block in document.blocks)
    for block in document.blocks[:_DATELINE_BLOCKS]:
        if block.kind in ("title", "heading"):
            continue  # "Tuesday, 5 October 2021 \u2013 pre-event": an agenda's heading
        place = _DATELINE.match(block.text)
        if place or (block.kind == "dateline" and date_lines == 1):
            found = find_dates(block.text[:60])
            at = place.end() if place else found[0].start if found else -1
            if found and found[0].value.count("-") == 2 and found[0].start == at:
                return found[0].value
    return None
