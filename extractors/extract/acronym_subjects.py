"""A page's initiative known by its shape and its role alone: a title-case name that the lead
writes with its own short form in brackets, and that the title names too.

"Germany wins the 2024 European Cybersecurity Challenge in Turin" over "... at the European
Cybersecurity Challenge (ECSC), which ran from ...": the page is about the challenge, whatever
its head noun ("Challenge", "Month", "Quiz" are no kind nouns). Who acts or a body (a place,
an organisation the gazetteer knows, "... Agency", "... Network") is none, as for a heading
written so (`short_named_headings`).
"""

from __future__ import annotations

import re
from functools import cache

from extractors.extract.context import DocumentContext
from extractors.extract.drafts import Draft
from extractors.extract.lead import is_listing
from extractors.extract.namelists import BODY_HEAD
from extractors.extract.names import ACRONYM_IN_PARENS, vocabulary
from extractors.extract.proper_titles import DEFAULT_KIND
from extractors.extract.roles import is_place
from extractors.extract.short_named_headings import head_noun, names_no_initiative
from extractors.extract.title_subjects import subject_draft_of

_LEAD_PARAGRAPHS = 3
# Bounds that keep the reading linear: the short forms read per paragraph, the words before
# each that may be its name.
_SHORT_FORMS_PER_PARAGRAPH = 8
_MAX_NAME_WORDS = 10
_MIN_NAME_WORDS = 2
_MIN_SHORT_FORM = 3
_WINDOW = 400  # characters before a bracket that hold its name's ten words
_NAME_WORD = re.compile(r"[\w&+'\u2019-]+")  # a word of a name: no punctuation


def acronym_subject_draft(context: DocumentContext) -> Draft | None:
    """The page's one initiative, named so, owning the page; None on a listing."""
    if not context.blocks or is_listing(context):
        return None
    found = acronym_subject(context)
    if found is None:
        return None
    name, kind, short = found
    draft = subject_draft_of(context, name, kind)
    if draft is not None:
        draft.variants.append(short)
    return draft


def acronym_subject(context: DocumentContext) -> tuple[str, str, str] | None:
    """(name, kind, short form) of the first name the lead writes as "Name (SHORT)" that the
    title writes whole, or None."""
    title = context.document.title or ""
    if not title:
        return None
    spaced_title = " ".join(title.split())
    for index in context.paragraphs[:_LEAD_PARAGRAPHS]:
        text = context.blocks[index].text
        for count, match in enumerate(ACRONYM_IN_PARENS.finditer(text)):
            if count >= _SHORT_FORMS_PER_PARAGRAPH:
                break
            short = match.group(1)
            name = _spelled_name(text[max(0, match.start() - _WINDOW) : match.start()], short)
            if name is None or _names_a_body(name, short):
                continue
            # In the title whole, in its own capitals: "... on online child sexual
            # exploitation" writes a term, not the name "Online Child Sexual Exploitation
            # (OCSE)"; a title that writes only the short form ("CSAM online doubled") names a
            # term as often as an initiative.
            if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", spaced_title):
                last = name.split()[-1].lower()
                return name, last if last in vocabulary().kinds else DEFAULT_KIND, short
    return None


def _names_a_body(name: str, short: str) -> bool:
    """Who acts or a body: a place, an organisation the gazetteer knows, a body's head noun
    ("African Union (AU)", "... Intellectual Property Office (EUIPO)")."""
    if len(short) < _MIN_SHORT_FORM:  # "(AI)", "(EU)": a term's or a union's
        return True
    # the head is the last word before the complement: "Office of Communications" is a body,
    # "European Union Contest for Young Scientists" a contest
    head = BODY_HEAD.search(head_noun(name)) is not None
    return names_no_initiative(name, short) or is_place(name) or head


def _spelled_name(before: str, short: str) -> str | None:
    """The longest run of title-case words right before the bracket that the short form
    abbreviates: "the European Cybersecurity Challenge (ECSC)" -> "European Cybersecurity
    Challenge"."""
    words = before.split()[-_MAX_NAME_WORDS:]
    connectors = vocabulary().connectors
    # Where the run of capitalised words and connectors before the bracket begins.
    start = len(words)
    while start > 0 and _NAME_WORD.fullmatch(words[start - 1]):
        start -= 1
    for first in range(start, len(words) - _MIN_NAME_WORDS + 1):
        run = words[first:]
        opens = run[0][:1].isupper() and run[0].lower() not in connectors  # not "The ..."
        if opens and abbreviates(short, tuple(run)):
            return " ".join(run)
    return None


def abbreviates(short: str, words: tuple[str, ...]) -> bool:
    """Whether the short form's letters are the capitalised words' initials in order, each
    word giving its first letter and maybe later ones of its own ("ECSM" of "European
    Cybersecurity Month", "ICC" of "International Cybersecurity Challenge"); a connector
    ("of", "for") may give its initial or none."""
    letters = "".join(char for char in short if char.isalpha()).upper()
    if len(letters) < 2 or not short[:1].isupper():
        return False
    connectors = vocabulary().connectors

    @cache
    def spells(word_at: int, letter_at: int) -> bool:
        if word_at == len(words):
            return letter_at == len(letters)
        word = words[word_at].strip(",;:")
        small = word.lower() in connectors
        if small and spells(word_at + 1, letter_at):
            return True
        if letter_at == len(letters) or word[:1].upper() != letters[letter_at]:
            return False
        # The word's first letter, then each longer run of its later letters in order.
        reached, position = letter_at + 1, 1
        while True:
            if spells(word_at + 1, reached):
                return True
            if reached == len(letters):
                return False
            found = word.upper().find(letters[reached], position)
            if found < 0:
                return False
            reached, position = reached + 1, found + 1

    return spells(0, 0)
