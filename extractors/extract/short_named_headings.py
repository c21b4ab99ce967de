"""A heading that is a name with its own short form in brackets ("Pro Safe Sport (PSS)",
"Child Safeguarding in Sport (CSiS)") heads the section of the thing it names, when the
section's first paragraph writes the name or the short form.

A glossary or a who's who is written the same way ("Very Large Online Platforms (VLOPs)",
"Digital Services Coordinator (DSC)", "Freiwillige Selbstkontrolle Multimedia-Diensteanbieter
(FSM)"): a short form that does not spell the name's initials or is a plural, a name of who acts
or a body the gazetteer knows, a body's or a role's head noun, and a paragraph that says the
name is something else than an initiative ("... (CSAM) is any image ...") name none.
"""

from __future__ import annotations

import re

from extractors.extract.context import DocumentContext, Sentence
from extractors.extract.drafts import Draft, Mention
from extractors.extract.names import SHORT_NAME, spells_initials, vocabulary
from extractors.extract.organisations import canonical_organisation
from extractors.extract.proper_titles import DEFAULT_KIND, NOT_INITIATIVE_NOUNS, initiative_words
from extractors.extract.structure import section_end
from extractors.extract.title_subjects import is_actor
from extractors.extract.topic_definitions import definition_in

_CAPITALISED = r"[A-Z][\w+'\u2019.-]*"
# Capitalised words with the short lower-case words between them ("in", "at", "for the").
_SHORT_NAMED = re.compile(
    rf"(?P<name>{_CAPITALISED}(?:\s+(?:[a-z]{{1,4}}\s+|&\s+)*{_CAPITALISED})*)"
    rf"\s+\((?P<short>{SHORT_NAME})\)"
)


def short_named_draft(context: DocumentContext, heading: int) -> Draft | None:
    """The initiative a "Name (SHORT)" heading names, owning its section, or None."""
    blocks = context.blocks
    found = _SHORT_NAMED.fullmatch(blocks[heading].text.strip())
    end = section_end(blocks, heading)
    if found is None or heading + 1 >= end or blocks[heading + 1].kind != "paragraph":
        return None  # a term over a list or another heading: no prose about it
    name, short = found.group("name", "short")
    if not spells_initials(name, short) or names_no_initiative(name, short):
        return None
    sentences = context.sentences_of(heading + 1)
    written = re.compile(rf"(?<![\w-])(?:{re.escape(name)}|{re.escape(short)})(?![\w-])")
    if not any(written.search(sentence.text) for sentence in sentences):
        return None
    if _defined_as_something_else(sentences, (name, short)):
        return None
    last = name.split()[-1].lower()
    draft = Draft(name, last if last in vocabulary().kinds else DEFAULT_KIND, "heading", heading)
    draft.variants = [short]
    draft.owned = set(range(heading + 1, end))
    draft.mentions.append(Mention(blocks[heading].span.start, blocks[heading].span.end, heading))
    return draft


# Head nouns of a body or of a role, beyond those of a network or a group: "European Board
# for Digital Services", "Digital Services Coordinator".
_BODY_OR_ROLE_HEADS = frozenset({"board", "committee", "coordinator", "officer", "ombudsman"})


def names_no_initiative(name: str, short: str) -> bool:
    """Who acts ("Pond Ministry for Keepers"), a place or a body the gazetteer knows (by its
    name or its short form: "... (FSM)"), a body or a role by its head noun ("... Foundation",
    "... Networks", "... Coordinator") or a class of things, whose short form is a plural
    ("Very Large Online Platforms (VLOPs)")."""
    if is_actor(name.split()) or canonical_organisation(short) is not None:
        return True
    if short.endswith("s") and short[:-1].isupper():
        return True
    head = head_noun(name).lower()
    singular = head[:-1] if head.endswith("s") and not head.endswith(("ss", "us", "is")) else head
    return singular in NOT_INITIATIVE_NOUNS or singular in _BODY_OR_ROLE_HEADS


def head_noun(name: str) -> str:
    """The last capitalised word before the name's complement: "Network" of "European Network
    of Pond Keepers", "Sport" of "Pro Safe Sport"."""
    words = name.split()
    first_small = next((i for i, word in enumerate(words) if word[:1].islower()), len(words))
    return words[max(first_small - 1, 0)]


# How a glossary defines a term: "X (XYZ) is any image ...", "X refers to ...".
_TERM_DEFINITION = re.compile(
    r"(?:\s*\([^()]{1,20}\))?\s+"
    r"(?:(?:is|are)\s+(?:defined\s+as|any|all|every)|means|refers?\s+to|describes?)\b"
)


def _defined_as_something_else(sentences: list[Sentence], forms: tuple[str, str]) -> bool:
    """Whether the paragraph says what the name is, and it is no initiative: "Child Sexual
    Abuse Material (CSAM) is any image ..." is a term, "X is a federation of ..." a body;
    "..., a nine-month initiative" is one."""
    for sentence in sentences:
        for form in forms:
            at = sentence.text.find(form)
            if at >= 0 and _TERM_DEFINITION.match(sentence.text, at + len(form)):
                return True
            defined = definition_in(sentence, form, noun_after=False)
            if defined is not None:
                kind = defined[1]
                return kind != DEFAULT_KIND and kind not in initiative_words()
    return False
