"""The page's publication date: the markup's, or the one the page itself shows.

A dateline block ("Brussels, 7 February 2017") earlier than the markup's date wins over it;
the fallbacks, in order: a dateline, then a labelled line ("Published on 3 May 2024",
"Record created: 01 March 2024", "Date: 12/02/2019").
"""

from __future__ import annotations

import re

from extractors.extract.dates import find_dates
from schemas.document import CleanedDocument

_LABELLED = re.compile(
    r"^\s*(?:published(?: on)?|publication date|date of publication|record created|date)\s*:?\s*",
    re.IGNORECASE,
)
_DATELINE = re.compile(r"^[A-Z][A-Za-z .'-]{1,40},\s*")  # a place name, then the date
_DATELINE_BLOCKS = 4


def publication_date(document: CleanedDocument) -> str | None:
    """A dateline's full date when the markup has none or a later one (an archive that
    re-issued "Brussels, 9 December 2008" in 2017 keeps the day it was issued), else
    `document.published`, else a "Published on" line's full date."""
    dateline = _dateline_date(document)
    if dateline and (not document.published or dateline < document.published):
        return dateline
    if document.published:
        return document.published
    for block in document.blocks:
        label = _LABELLED.match(block.text)
        if label:
            found = find_dates(block.text[label.end() :])
            if found and found[0].start == 0:
                return found[0].value
    return None


def _dateline_date(document: CleanedDocument) -> str | None:
    """The full date of a dateline block ("Brussels, 7 February 2017") near the top."""
    for block in document.blocks[:_DATELINE_BLOCKS]:
        place = _DATELINE.match(block.text)
        if block.kind == "dateline" or place:
            found = find_dates(block.text[:60])
            at = place.end() if place else found[0].start if found else -1
            if found and found[0].value.count("-") == 2 and found[0].start == at:
                return found[0].value
    return None
