"""Enforcement proceedings a page's title is about ("Commission opens formal proceedings
against TikTok under the Digital Services Act"). The sites follow the Commission's proceedings
against a platform as initiatives of their own, with an opening day, the areas they cover and
an end; the law they enforce is only mentioned. They are named as the title writes them, up to
the parties ("formal proceedings against TikTok"), without the law or the topic that follows.
"""

from __future__ import annotations

import re

from extractors.extract.context import DocumentContext
from extractors.extract.drafts import Draft

# A party: capitalised words ("TikTok", "Meta Platforms"), coordinated with commas and "and"
# ("Pornhub, Stripchat, XNXX and XVideos").
_PARTY = r"[A-Z][\w.&'+-]*(?:\s+[A-Z][\w.&'+-]*)*"
_PROCEEDINGS = re.compile(
    rf"\b(?:[Ff]ormal\s+proceedings|[Pp]roceedings)\s+against\s+{_PARTY}"
    rf"(?:(?:,\s+|,?\s+and\s+){_PARTY})*"
)
# The parties end at the first lower-case word ("... against Meta under the ..."); a run that
# ends in a law's kind noun is a law, not a party ("proceedings against Online Safety Act
# breaches" is not read).
_LAW_WORDS = frozenset({"Act", "Regulation", "Directive", "Code", "Law"})


def proceedings_in_title(title: str, body: str) -> str | None:
    """The proceedings the title names, when the body tells of proceedings too ("opened formal
    proceedings to assess whether TikTok ..."): a title that only names them in passing is
    about something else, and its body would not come back to them."""
    found = _PROCEEDINGS.search(title)
    if found is None or found.group(0).split()[-1] in _LAW_WORDS:
        return None
    if re.search(r"\bproceedings\b", body) is None:
        return None
    return found.group(0)


def proceedings_draft(context: DocumentContext, body: str) -> Draft | None:
    """The proceedings the page's title names, as the title's initiative, opened on the day
    the page tells ("The Commission has today opened formal proceedings ...")."""
    name = proceedings_in_title(context.document.title or "", body)
    if name is None:
        return None
    draft = Draft(name, "proceedings", "title", 0 if context.blocks else None)
    draft.opened = _opening_day(context)
    return draft


# "has today opened formal proceedings", "opened proceedings against ... on 16 May 2024"
_OPENED = re.compile(
    r"\bopen(?:s|ed)\s+(?:\w+\s+){0,2}?proceedings\b|\bopening\s+of\s+(?:\w+\s+)?proceedings\b"
)
_TODAY = re.compile(r"\btoday\b", re.IGNORECASE)
_NEWS = re.compile(r"\btoday\b|\bha(?:s|ve)\s+(?:\w+\s+)?opened\b|\bopens\b", re.IGNORECASE)


def _opening_day(context: DocumentContext) -> str | None:
    """The day of the first sentence that tells the proceedings' opening: the date it gives,
    or the page's date where it tells the opening as the day's news ("has today opened", "has
    opened", "opens"); none where it tells it as past without a date."""
    for sentence in context.sentences:
        if context.blocks[sentence.block].kind == "title":
            continue
        opened = _OPENED.search(sentence.text)
        if opened is None:
            continue
        days = context.dates_between(sentence.start, sentence.end)
        if days and _TODAY.search(sentence.text) is None:
            return days[0].value
        # "has today opened", "has opened": the news of the page's own day
        return context.publication if _NEWS.search(sentence.text) is not None else None
    return None
