"""Whose list a sentence opened by "Its" or "Their" gives: the initiative the sentence before
opens with ("The Coalition was formed in 2006. Its members today are A, B and C")."""

from __future__ import annotations

import re

from extractors.extract.context import DocumentContext, Sentence
from extractors.extract.drafts import Draft, MentionIndex
from extractors.extract.names import vocabulary

_POSSESSIVE = re.compile(r"(?:its|their)\s", re.IGNORECASE)
_SUBJECT_LEAD = re.compile(r"(?:(?:the|a|an|in|on|\d{4},?)\s+){0,3}$", re.IGNORECASE)


def possessor(
    context: DocumentContext,
    sentence: Sentence,
    index: MentionIndex,
    draft: Draft,
    by_kind: dict[str, Draft | None],
) -> Draft | None:
    """ "The Coalition was formed in 2006. Its members are A and B": the initiative that
    opens the sentence before one opened by "Its" or "Their" owns what it lists.
    `by_kind`: the answers by kind noun so far, kept by the caller for one draft's page (a
    scan of every initiative per sentence would grow with the page)."""
    if not _POSSESSIVE.match(sentence.text):
        return None
    previous = next(
        (p for gap in range(1, 4) if (p := context.sentence_at(sentence.start - gap)) is not None),
        None,
    )
    if previous is None or previous.block != sentence.block:
        return None
    for start, _, subject in index.between(previous.start, previous.end)[:1]:
        if _SUBJECT_LEAD.fullmatch(context.text, previous.start, start):
            return subject
    match = _THE_KIND.match(previous.text)
    if match is None or match.group(1).casefold() not in vocabulary().kinds:
        return None
    kind = match.group(1).casefold()
    if kind not in by_kind:
        by_kind[kind] = _named_by_kind(kind, [draft, *index.drafts])
    return by_kind[kind]


_THE_KIND = re.compile(r"the\s+([a-z]+)\b", re.IGNORECASE)


def _named_by_kind(kind: str, drafts: list[Draft]) -> Draft | None:
    """ "The Coalition was formed in 2006": the first initiative (the draft being read comes
    first) whose name holds the kind noun the sentence opens with."""
    return next((d for d in drafts if kind in d.name.casefold().split()), None)


# "The current members of the Coalition are:", "the Coalition's members are:": the list's
# names belong to the initiative the role noun is of, whichever section they sit in.
_ROLES = r"(?:members?|signator(?:y|ies)|partners?|participants?|founders?)"
_ROLE_OF = re.compile(rf"\b{_ROLES}\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_ROLE_OF_WINDOW = 40  # longer than any "participants of the " with its spaces
_ROLE_AFTER = re.compile(rf"(?:'|\u2019)s\s+(?:\w+\s+)?{_ROLES}\b", re.IGNORECASE)
# The same with a reference by kind noun ("of the Coalition"), capitalised as a name is.
_ROLE_OF_KIND = re.compile(
    rf"\b(?i:{_ROLES})\s+of\s+(?i:the)\s+([A-Z][a-z]+)\b|\b(?i:the)\s+([A-Z][a-z]+)(?:'|\u2019)s\s+"
    rf"(?:\w+\s+)?(?i:{_ROLES})\b"
)


def role_possessor(
    context: DocumentContext,
    lead: tuple[int, int],
    index: MentionIndex,
    first: Draft | None = None,
) -> Draft | None:
    """The initiative a lead-in names as the one whose members, signatories or partners it
    lists ("The members of the Coalition are:"), described by the page or not: by one of its
    mentions, else by its kind noun (the first initiative with it in its name, `first` and
    then those of `index`)."""
    text = context.text
    for start, end, draft in index.between(*lead):
        # A window before each mention: a sentence may hold thousands of them.
        window = max(lead[0], start - _ROLE_OF_WINDOW)
        if _ROLE_OF.search(text, window, start) or _ROLE_AFTER.match(text, end, lead[1]):
            return draft
    match = _ROLE_OF_KIND.search(text, lead[0], lead[1])
    kind = (match.group(1) or match.group(2)).casefold() if match else None
    if kind is None or kind not in vocabulary().kinds:
        return None
    return _named_by_kind(kind, [first, *index.drafts] if first else index.drafts)
