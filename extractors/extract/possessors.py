"""Whose list a sentence opened by "Its" or "Their" gives: the initiative the sentence before
opens with ("The Coalition was formed in 2006. Its members today are A, B and C")."""

from __future__ import annotations

import re

from extractors.extract.context import DocumentContext, Sentence
from extractors.extract.drafts import Draft, MentionIndex
from extractors.extract.names import vocabulary
from extractors.extract.references import opens_sentence

_POSSESSIVE = re.compile(r"(?:its|their)\s", re.IGNORECASE)
_THE_KIND = re.compile(r"the\s+([a-z]+)\b", re.IGNORECASE)


def possessor(context: DocumentContext, sentence: Sentence, index: MentionIndex) -> Draft | None:
    """ "The Coalition was formed in 2006. Its members are A and B": the initiative that
    opens the sentence before one opened by "Its" or "Their" owns what it lists, named or
    told by its kind noun when one initiative of the page is of that kind."""
    if not _POSSESSIVE.match(sentence.text):
        return None
    previous = context.sentence_before(sentence)
    if previous is None:
        return None
    # The mention that opens the sentence before, read there alone: walking back through the
    # block for the last sentence with one made a block of many "Its ..." sentences quadratic.
    subject = index.first_between(previous.start, previous.end)
    if subject is not None and opens_sentence(context.text, previous.start, subject[0]):
        return subject[1]
    match = _THE_KIND.match(previous.text)
    kind = match.group(1).casefold() if match else None
    return index.one_of_kind(kind) if kind in vocabulary().kinds else None


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
) -> Draft | None:
    """The initiative a lead-in names as the one whose members, signatories or partners it
    lists ("The members of the Coalition are:"), described by the page or not: by one of its
    mentions, else by its kind noun when one initiative of `index` is of that kind."""
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
    return index.one_of_kind(kind)
