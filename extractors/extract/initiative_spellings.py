"""How a page spells an initiative's name besides the name itself: without the acronym it
gives in brackets, the short name after it ("... (the BIK Code)"), both halves of "SHORT -
Long form", the lead's sentence-case name with its acronym, the body's respelling of a
title that is a name.
"""

from __future__ import annotations

import re

from extractors.extract.context import DocumentContext
from extractors.extract.drafts import Draft
from extractors.extract.heading_names import heading_name
from extractors.extract.names import (
    ACRONYM,
    ACRONYM_IN_PARENS,
    NameCandidate,
    name_key,
    short_form,
    vocabulary,
)

_SHORT_NAME = re.compile(
    r"\s*\((?:the\s+)?[\u2018'\"\u201c]?([A-Z][^()\u2019'\"\u201d]{1,40}?)[\u2019'\"\u201d]?\)"
)
# "memorandum of understanding on the sale of ... (MoU)": a name in sentence case, introduced
# with its acronym.
_SENTENCE_CASE_WITH_ACRONYM = re.compile(rf"[a-z][^A-Z()]*\({ACRONYM}\)")
# "KINDLE - Kids Network for ...": a short name, a dash, the long form it stands for.
# "KINDLE - Kids ...", "ProtectEU \u2013 a European Internal Security Strategy".
_SHORT_DASH_LONG = re.compile(
    r"([A-Z][\w:+.]*[A-Z][\w:+.]*)\s+[\u2013-]\s+(?:(?:a|an)\s+)?([A-Z].+)"
)


def prose_draft(candidate: NameCandidate) -> Draft:
    """A prose name's initiative, named without the acronym the page gives it in brackets
    ("UK Council for Safer Seas (UKCSS)"): the acronym is another of its spellings."""
    bare = ACRONYM_IN_PARENS.sub("", candidate.name).strip()
    if bare == candidate.name or not bare:
        return Draft(candidate.name, candidate.kind, "prose")
    return Draft(bare, candidate.kind, "prose", variants=[candidate.name])


def short_name_after(text: str, end: int) -> str | None:
    match = _SHORT_NAME.match(text, end)
    if match is None or not any(w.lower() in vocabulary().kinds for w in match.group(1).split()):
        return None
    return match.group(1)


def dash_parts(draft: Draft) -> list[str]:
    """Both halves of a name written "SHORT - Long form" (hyphen or en dash) are its
    spellings: the page and others call it by either ("KINDLE is coordinated by ...")."""
    short = short_form(draft.name)  # "... prohibited AI practices" of "... (AI) practices"
    parts = [*name_dash_parts(draft.name), *([short] if short else [])]
    return [part for part in parts if name_key(part) not in draft.keys]


def name_dash_parts(name: str) -> tuple[str, ...]:
    """("SHORT", "Long form") of a name written "SHORT - (a) Long form", else ()."""
    match = _SHORT_DASH_LONG.fullmatch(name)
    return match.groups() if match else ()


def introduced_in_lead(
    title: Draft | None, prose: list[tuple[NameCandidate, int]], context: DocumentContext
) -> Draft | None:
    """A press title's sentence-case object ("... sign agreement to help fight fakes") is the
    instrument the lead introduces by its sentence-case name and acronym ("the memorandum of
    understanding (MoU) on the sale of ..."): the lead's words are its name."""
    if title is None or title.body_spelling is None:
        return None
    lead = context.first_paragraph
    for candidate, block in prose:
        if block == lead and _SENTENCE_CASE_WITH_ACRONYM.fullmatch(candidate.name):
            return Draft(candidate.name, candidate.kind, "title", title.heading)
    return None


def title_respelled(
    context: DocumentContext, prose: list[tuple[NameCandidate, int]]
) -> Draft | None:
    """A title that is a name by its shape, which the body spells another way with the same
    first word and kind ("High-Level Group on X" / "the High-Level Expert Group (HLEG)"), when
    that is the body's only name of its kind: the title spells the page's initiative."""
    named = heading_name(context.document.title or "")
    if named is None:
        return None
    same_kind = {_key_without_acronym(c.name): c for c, _ in prose if c.kind == named[1]}
    if len(same_kind) != 1:
        return None
    (candidate,) = same_kind.values()
    if candidate.name.split()[0] != named[0].split()[0]:
        return None
    heading = 0 if context.blocks else None
    return Draft(named[0], named[1], "title", heading, variants=[candidate.name])


def _key_without_acronym(name: str) -> str:
    return name_key(ACRONYM_IN_PARENS.sub("", name))
