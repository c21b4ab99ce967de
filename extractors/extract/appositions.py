"""A heading that is a short proper name without a kind noun ("Safety Gate", "Lantern"), over a
section whose opening sentence says what it is, in an apposition or with "is": "Through the
Safety Gate, the EU rapid alert system for dangerous products, ...", "Lantern is a
cross-platform signal-sharing programme". The noun that says so is its kind; the heading's
initiative owns its section as a named heading's does."""

from __future__ import annotations

import re

from extractors.extract.context import DocumentContext
from extractors.extract.drafts import Draft
from extractors.extract.names import PREPOSITIONS, is_capitalised, vocabulary, word_tokens
from extractors.extract.roles import is_place
from extractors.extract.structure import section_end

# Nouns that say what a thing is, beside the kind nouns: a tool or a system is a scheme of its
# own; any other noun ("a UK charity", "a member of the network") says no initiative.
_DESCRIPTOR_NOUNS = frozenset(
    {"system", "tool", "service", "portal", "app", "scheme", "website", "helpline"}
)
_PREPOSITIONS = "|".join(sorted(PREPOSITIONS | {"in", "at"}))
_MAX_NAME_WORDS = 4
_MAX_DESCRIPTOR_WORDS = 7  # words of "the EU rapid alert system" before its noun
_OPENING_BLOCKS = 2  # blocks of the section read for the sentence that says what it is


def _described_as(name: str) -> re.Pattern[str]:
    """ "<name>, the/a ... <noun>," or "<name> is a/the ... <noun>"."""
    # The noun heads the descriptor: no preposition stands before it ("the founder of the
    # campaign" is a person's description, its head "founder").
    modifier = rf"(?!(?:{_PREPOSITIONS})\b)[\w-]+\s+"
    return re.compile(
        rf"\b{re.escape(name)}\s*(?:,|\s(?:is|was)\s)\s*(?:the|an?)\s+"
        rf"(?:{modifier}){{0,{_MAX_DESCRIPTOR_WORDS}}}?(?P<noun>[a-z]+)\b\s*"
        r"(?=[,.;(]|(?:for|to|that|which|with|from|in|on|of|by)\b)"
    )


def _short_proper_name(text: str) -> bool:
    tokens = [token.group(0) for token in word_tokens(text)]
    words = vocabulary()
    if not 0 < len(tokens) <= _MAX_NAME_WORDS:
        return False
    if tokens[0].lower() in words.non_name_starts or tokens[0].lower() in words.stop_words:
        return False
    if any(token.lower() in words.kinds for token in tokens):
        return False  # a kind noun's heading is read by its name's shape
    return all(is_capitalised(t) or t.lower() in words.connectors for t in tokens)


def appositive_heading_draft(context: DocumentContext, index: int) -> Draft | None:
    """The initiative a short proper-name heading names, when its section's opening (or the
    heading's own apposition, "Safe Place, an app for worried children") says what kind of
    initiative it is."""
    heading = context.blocks[index].text.strip()
    name, comma, _apposition = heading.partition(", ")
    if not _short_proper_name(name) or is_place(name):
        return None  # "Ireland, the Webwise website for parents": a country's section
    end = section_end(context.blocks, index)
    kinds = vocabulary().kinds | _DESCRIPTOR_NOUNS
    pattern = _described_as(name)
    if comma:
        # the heading says it itself, else its section must: "Warm Welcome, for a new start"
        # over "... launched Warm Welcome, a public website with ..."
        own = pattern.search(heading)
        if own is not None and own.group("noun") in kinds:
            return _owning_draft(context, index, end, name, own.group("noun"))
    for block in context.blocks[index + 1 : min(end, index + 1 + _OPENING_BLOCKS)]:
        if block.kind != "paragraph":
            continue
        described = pattern.search(block.text)
        if described is not None and described.group("noun") in kinds:
            return _owning_draft(context, index, end, name, described.group("noun"))
    return None


def _owning_draft(context: DocumentContext, index: int, end: int, name: str, kind: str) -> Draft:
    draft = Draft(name, kind, "heading", index)
    draft.owned = set(range(index + 1, end))
    return draft
