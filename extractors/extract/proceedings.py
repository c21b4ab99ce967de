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
from extractors.extract.names import vocabulary

# A party: up to six capitalised words ("TikTok", "Meta Platforms", "Amazon.com"), up to ten
# coordinated with commas and "and" ("Pornhub, Stripchat, XNXX and XVideos"): bounded, as a
# name is (a title may list thousands).
_PARTY = r"[A-Z][\w&'+-]*(?:\.[\w&'+-]+)*(?:\s+[A-Z][\w&'+-]*(?:\.[\w&'+-]+)*){0,5}"
_PROCEEDINGS = re.compile(
    rf"\b(?:(?:[Ff]ormal|[Ii]nfringement)\s+[Pp]roceedings|[Pp]roceedings)\s+[Aa]gainst\s+"
    rf"{_PARTY}(?:(?:,\s+|,?\s+and\s+){_PARTY}){{0,9}}"
)


def proceedings_in_title(title: str, body: str) -> str | None:
    """The proceedings the title names, when the body tells of proceedings too ("opened formal
    proceedings to assess whether TikTok ..."): a title that only names them in passing is
    about something else, and its body would not come back to them."""
    found = _PROCEEDINGS.search(title)
    # the parties end at the first lower-case word ("... against Meta under the ..."); a run
    # that ends in a law's kind noun is a law, not a party ("... against Pond Act breaches")
    if found is None or found.group(0).split()[-1].lower() in vocabulary().legal_kinds:
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


# "has today opened formal proceedings", "decided to open proceedings", "initiated
# infringement proceedings", "the opening of formal proceedings"
_OPENED = re.compile(
    r"\b(?:open(?:s|ed)?|initiat(?:es|ed)|launch(?:es|ed))\s+(?:\w+\s+){0,2}?proceedings\b"
    r"|\bopening\s+of\s+(?:\w+\s+)?proceedings\b"
)
# The opening told as the page's own news: "today", "has opened", "has decided to open", "opens".
_NEWS = re.compile(
    r"\btoday\b|\bha(?:s|ve)\s+(?:\w+\s+){0,3}?(?:opened|open|initiated|launched)\b|\bopens\b",
    re.IGNORECASE,
)
# A day told with the opening: "On 12 January 2031 the Commission opened ...", "opened ...
# proceedings on 22 April 2031".
_ON_DAY = re.compile(r"\b[Oo]n\s+$")


def _opening_day(context: DocumentContext) -> str | None:
    """The day of the first sentence that tells the proceedings' opening: the page's date
    where the sentence tells it as the day's news, else the day it gives the opening ("on
    <day>"); none where it tells it as past without one. Other dates in the sentence (a
    designation, a rule that applies since) are not the opening's."""
    for sentence in context.sentences:
        if context.blocks[sentence.block].kind == "title":
            continue
        opened = _OPENED.search(sentence.text)
        if opened is None:
            continue
        if _NEWS.search(sentence.text) is not None:
            return context.publication
        verb = sentence.start + opened.start()
        for day in context.dates_between(sentence.start, sentence.end):
            before = context.text[max(sentence.start, day.start - 4) : day.start]
            # before the verb, or after it in the same clause ("..., designated on ..." is not)
            same_clause = day.start < verb or "," not in context.text[verb : day.start]
            if _ON_DAY.search(before) is not None and same_clause:
                return day.value
        return None
    return None
