"""A heading that is a short proper name without a kind noun ("Safety Gate", "Lantern"), over a
section whose opening sentence says what it is, in an apposition or with "is": "Through the
Safety Gate, the EU rapid alert system for dangerous products, ...", "Lantern is a
cross-platform signal-sharing programme". The noun that says so is its kind; the heading's
initiative owns its section as a named heading's does."""

from __future__ import annotations

import re

from extractors.extract.context import DocumentContext
from extractors.extract.drafts import Draft, Mention
from extractors.extract.names import PREPOSITIONS, is_capitalised, vocabulary, word_tokens
from extractors.extract.roles import is_place, is_title_case_name
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


def taken_up_heading_draft(context: DocumentContext, index: int) -> Draft | None:
    """The thing a coined-name heading names ("DigiGen", "ySKILLS - Youth Skills"), when its
    section names it, then takes it up as a clause's subject, "The project is ...", "the tool
    helps ...": the last reading of a heading, after those that find its kind in its words."""
    heading = context.blocks[index].text.strip()
    short, spelled = _spelled_out(heading)
    name = short if spelled and is_title_case_name(spelled) else heading
    if not _short_proper_name(name) or is_place(name):
        return None  # "UK" over "... The campaign runs ...": a country's section
    end = section_end(context.blocks, index)
    written = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    if _coined(name):
        taken_up = _taken_up_in(context, index + 1, end, written)
    else:
        # "Escola Digital" over "the Escola Digital (Digital School) programme ... The
        # programme is built on ...": words of a name, not a person's ("Sonia Livingstone")
        # or a topic's ("Key Findings"), when the section writes them with the noun
        taken_up = _named_with_noun(context, index + 1, end, name)
        if taken_up is not None and _taken_up_in(context, index + 1, end, written) != taken_up:
            taken_up = None
    if taken_up is None:
        return None
    draft = _owning_draft(context, index, end, name, taken_up)
    # its name in its section's prose: no kind noun makes it a prose name there
    for block in range(index + 1, end):
        span = context.blocks[block].span
        for found in written.finditer(context.text, span.start, span.end):
            draft.mentions.append(Mention(found.start(), found.end(), block))
    return draft


# What separates a coined name from its spelling out: any dash, or a colon.
_SPELLING_OUT = re.compile(r"\s+[-\u2013\u2014]\s+|:\s+")


def _spelled_out(heading: str) -> tuple[str, str]:
    """("ySKILLS", "Youth Skills") of "ySKILLS - Youth Skills"; (heading, "") without one."""
    parts = _SPELLING_OUT.split(heading, maxsplit=1)
    return (parts[0], parts[1]) if len(parts) == 2 else (heading, "")


def _coined(name: str) -> bool:
    """A coined name, as a project's is: one word with a capital or a digit inside it, or in
    capitals ("DigiGen", "ySKILLS", "RAYUELA", "CO:RE"); not a word any heading opens with
    ("Certification") nor a person's first and last names. A brand may be written so too
    ("TikTok"): the section must take it up as a project, programme, campaign or tool."""
    words = name.split()
    if len(words) != 1:
        return False
    word = words[0]
    inner = word[1:]
    return word.isupper() or any(c.isupper() or c.isdigit() for c in inner)


# Nouns by which a section takes up the thing its heading names ("DigiGen" over "... The
# project is coordinated by ..."): a project or a tool is a scheme of its own; "the network",
# "the organisation" may be a body that acts, and "the app" a brand's ("TikTok").
_TAKEN_UP_NOUNS = "|".join(sorted({"project", "programme", "campaign", "tool"}))
# As a clause's subject: a sentence's "The project ...", or ", the project runs ..." after an
# opening phrase; not a complement's ("the founder of the campaign").
_TAKEN_UP = re.compile(
    rf"(?:(?:^|[.!?]\s+)The|,\s+the)\s+({_TAKEN_UP_NOUNS})\s+"
    r"(?:(?:also|currently|further|now|still|then)\s+)?"
    r"(?:is|was|are|were|has|had|have|will|would|can|may|could|should|does|did|runs|ran|aims|"
    r"looks|studies|started|began|brings|develops|developed|offers|helps|builds|focuses|works|"
    r"covers|gives|provides|uses|includes|supports|ended|finished|received|involves|gathers|"
    r"explores|tests|seeks|allows|enables|lets|addresses|investigates|examines|encourages|"
    r"promotes|targets|consists|launched|produced|created|reached|trains|lends|funds)\b"
)


def _named_with_noun(context: DocumentContext, first: int, end: int, name: str) -> str | None:
    """The noun the section's first paragraph writes right after the name, past a bracketed
    translation ("the Escola Digital (Digital School) programme"), if one of `_TAKEN_UP_NOUNS`."""
    block = context.blocks[first] if first < end else None
    if block is None or block.kind != "paragraph":
        return None
    found = re.search(
        rf"(?<![\w-]){re.escape(name)}(?:\s*\([^()]{{1,60}}\))?\s+({_TAKEN_UP_NOUNS})\b",
        block.text,
    )
    return found.group(1) if found else None


def _taken_up_in(
    context: DocumentContext, first: int, end: int, written: re.Pattern[str]
) -> str | None:
    """The noun by which the section's opening paragraphs, the first of which names it
    (`written`), refer back to it ("DigiGen looks at ... Coordinated by OsloMet, the project
    runs from ...")."""
    after = None  # where the look starts in each paragraph: after the name in the first
    for block in context.blocks[first : min(end, first + _OPENING_BLOCKS)]:
        if block.kind != "paragraph":
            continue
        if after is None:
            named = written.search(block.text)
            if named is None:
                return None
            after = named.end()
        noun = _TAKEN_UP.search(block.text, after)
        if noun is not None:
            return noun.group(1)
        after = 0
    return None


def _owning_draft(context: DocumentContext, index: int, end: int, name: str, kind: str) -> Draft:
    draft = Draft(name, kind, "heading", index)
    draft.owned = set(range(index + 1, end))
    block = context.blocks[index]
    draft.mentions.append(Mention(block.span.start, block.span.end, index))
    return draft
