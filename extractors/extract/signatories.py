"""Organisations that signed, joined or endorsed an initiative.

Two shapes: a list written in a sentence after or before a role cue ("Company signatories:
A, B, C", "founding members of the Coalition are A, B and C", "A, B and C (who form the
Alliance)", "A joined in May 2019 and B in June 2020"), and a bulleted list or table of
names that a role cue announces ("signed by the following services:"). `associated` when
the cue is an associated/supporting one. A name need not be in the gazetteer: the
gazetteer only keeps names with "and" whole.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from extractors.extract.action_lists import MODAL_ENDING
from extractors.extract.context import DocumentContext, Sentence
from extractors.extract.counts import counts_as_actions
from extractors.extract.drafts import Draft, MentionIndex
from extractors.extract.namelists import NamePiece
from extractors.extract.names import SHORT_NAME, vocabulary
from extractors.extract.possessors import possessor, role_possessor
from extractors.extract.roles import (
    CLAUSE_WORDS,
    count_nouns,
    is_organisation_name,
    is_place,
    is_title_case_name,
    is_working_body,
    role_of,
    roles,
    without_place,
)
from extractors.extract.sentence_lists import (
    BRACKET_REACH,
    CLAUSE_BREAK,
    open_bracket,
    taken_up_list,
    written_list,
)
from extractors.extract.structure import ItemList, is_heading, nearest_heading

__all__ = [
    "FoundSignatory",
    "count_nouns",
    "inline_signatories",
    "is_organisation_name",
    "list_signatories",
]

_DATED_TAIL = re.compile(
    r"\s*(?:\([^()]*\d{4}[^()]*\)|,?\s+(?:since|from|joined|in|as of)\s+[^,]*\d{4}.*)$",
    re.IGNORECASE,
)
# A role cue written after a name in a list: "C among the associated organisations".
_CUE_TAIL = re.compile(
    r"\s+(?:among|as)\s+(?:the\s+|its\s+|an?\s+)?(?:associated|associate|supporting|founding|"
    r"new|observer|members?\b|partners?\b|signator).*$",
    re.IGNORECASE,
)
_HEADER_CELLS = frozenset(
    {
        "name",
        "company",
        "companies",
        "signatory",
        "signatories",
        "organisation",
        "organization",
        "member",
        "members",
        "platform",
        "partner",
        "partners",
        "service",
        "services",
        "regulator",
        "regulators",
        "authority",
        "authorities",
        "institution",
        "institutions",
        "organisations",
        "organizations",
        "coordinator",
        "body",
    }
)
# Table headers of the columns beside the names: where, when and what kind.
_OTHER_HEADER_CELLS = frozenset(
    {
        "country",
        "countries",
        "member state",
        "state",
        "location",
        "city",
        "region",
        "year",
        "date",
        "since",
        "joined",
        "type",
        "sector",
        "role",
        "website",
        "territory",
    }
)


@dataclass(frozen=True)
class FoundSignatory:
    name: str
    role: str  # "signatory" | "associated"
    start: int
    end: int


def inline_signatories(
    context: DocumentContext, draft: Draft, drafts: list[Draft], index: MentionIndex | None = None
) -> list[FoundSignatory]:
    """Signatories of `draft` written as lists inside the sentences of the blocks it owns.

    A list nearer to another initiative's name than to the draft's ("..., which was signed
    by A and B in 2009") is that other initiative's.
    """
    found: list[FoundSignatory] = []
    found_in_block = -1
    index = (index or MentionIndex(drafts)).led_by(draft)  # `index`: of `drafts`, shared
    owned_by_any = set().union(*(d.owned for d in drafts))
    working_body = is_working_body(draft.name)
    for sentence in _sentences_to_read(context, draft, owned_by_any):
        if working_body and not _SIGNING.search(sentence.text):
            continue  # "made up of experts of A, joined by B": members, not signatories
        pieces = written_list(context, sentence, follows_list=found_in_block == sentence.block)
        if not pieces:
            continue
        span = (pieces[0].start, pieces[-1].end)
        if index.covers(span[0]):
            continue  # "Framework for Safer Mobile Use by Teenagers and Children"
        if _in_a_bracketed_note(
            context.text, max(sentence.start, span[0] - BRACKET_REACH), span[0]
        ):
            continue  # "NLkabel (..., whose members include A, B and C)": the item's members
        owner = index.nearest(*span, (sentence.start, sentence.end))
        taken = taken_up_list(context, sentence) if owner is None else None
        if taken is not None:
            # "The Pact's first list of signatories ... It includes A, B and C": the Pact's
            role, before = taken.role, taken.before
            owner = index.nearest(role.start, role.end, (before.start, before.end))
        owner = owner or possessor(context, sentence, index)
        owner = owner or role_possessor(context, (sentence.start, span[0]), index)
        if owner is not None and owner is not draft and not _is_document_of(owner, draft):
            continue
        names = [
            (piece, name)
            for piece, name in _names_among(pieces)
            if not (piece.start == sentence.start and _ADVERB_OPENING.match(piece.name))
        ]  # "Shortly after the signature, ... FORTA joined": the sentence's adverb clause
        if names:
            found_in_block = sentence.block
            piece_roles = _PieceRoles(context, sentence)
            found.extend(
                FoundSignatory(name, piece_roles.of(p), *_bare_span(p, name)) for p, name in names
            )
    return found


# Words that make a lower-case piece of a list a common noun phrase, not a brand's name.
_COMMON_WORDS = re.compile(r"\b(?:the|a|an|of|for|and|or|other|their|its|our|all|many|some)\b")


def _names_among(pieces: list[NamePiece]) -> list[tuple[NamePiece, str]]:
    """The pieces that are names, each with its bare name (computed once: a list may hold
    thousands); a short lower-case piece between two names in a list of four or more is a
    brand written in lower case ("A, mobilkom austria, B and C")."""
    bare = [_bare(p.name) for p in pieces]
    is_name = [is_organisation_name(name) for name in bare]
    kept = []
    for position, piece in enumerate(pieces):
        if is_name[position] or (
            0 < position < len(pieces) - 1
            and len(pieces) >= 4
            and is_name[position - 1]
            and is_name[position + 1]
            and _is_lower_case_brand(piece.name)
        ):
            kept.append((piece, bare[position]))
    return kept


def _is_lower_case_brand(name: str) -> bool:
    words = name.split()
    return (
        len(words) <= 3
        and not any(char.isdigit() for char in name)  # "in December 2004": a date
        and not words[-1].endswith("s")
        and _COMMON_WORDS.search(name) is None
        and name.casefold() not in roles().excluded
    )


class _PieceRoles:
    """ "members include A and B, with C among the associated organisations": an associated
    cue marks only the names of its own clause when the sentence also has a signatory cue;
    "A and B founded it, with the support of C": one in a later clause marks only the names
    after it. The sentence's clause breaks are found once, for all its names (once per name
    was quadratic in a sentence of thousands of names)."""

    def __init__(self, context: DocumentContext, sentence: Sentence):
        self.context, self.sentence = context, sentence
        self.labels = [cue.label for cue in sentence.cues]
        self.mixed = "ASSOCIATED" in self.labels and "SIGNATORY" in self.labels
        self.breaks = (
            [sentence.start + b.start() for b in CLAUSE_BREAK.finditer(sentence.text)]
            if "ASSOCIATED" in self.labels
            else []
        )
        self.sentence_role = role_of(self.labels)
        self.first_associated = min(
            (cue.start for cue in sentence.cues if cue.label == "ASSOCIATED"), default=-1
        )

    def of(self, piece: NamePiece) -> str:
        after = bisect_left(self.breaks, piece.end)  # the first break at or after its end
        clause_end = self.breaks[after] if after < len(self.breaks) else self.sentence.end
        if not self.mixed:
            before_associated = clause_end < self.first_associated
            return "signatory" if before_associated else self.sentence_role
        before = bisect_left(self.breaks, piece.start)  # the breaks before the name
        clause_start = self.breaks[before - 1] if before else self.sentence.start
        in_clause = self.context.cues_between(clause_start, clause_end)
        return role_of([cue.label for cue in in_clause if cue.start < clause_end])


def _is_document_of(other: Draft, draft: Draft) -> bool:
    """ "The Alliance declaration was signed by ...": a document named after the draft's own
    kind noun ("Alliance") is the draft's, and so are those who signed it."""
    words = other.name.split()
    own_words = {word.casefold() for word in draft.name.split()}
    kinds = vocabulary().kinds
    return (
        len(words) == 2
        and words[0].casefold() in kinds
        and words[0].casefold() in own_words
        and words[1].casefold() in kinds
    )


def _sentences_to_read(
    context: DocumentContext, draft: Draft, owned_by_any: set[int]
) -> list[Sentence]:
    """The sentences of the blocks `draft` owns, and those naming it in a block no initiative
    owns (it still speaks of the one it names), in page order: reading every sentence of the
    page once per initiative made pages with many initiatives quadratic."""
    chosen = [s for block in draft.owned for s in context.sentences_of(block)]
    for start in _mention_sentence_starts(context, draft):
        sentence = context.sentence_at(start)
        if sentence is None or sentence.block in owned_by_any or sentence.block in draft.owned:
            continue
        chosen.append(sentence)
    return sorted(chosen, key=lambda sentence: sentence.start)


def _mention_sentence_starts(context: DocumentContext, draft: Draft) -> set[int]:
    """Where the sentences that hold a mention of `draft` start."""
    return {s.start for s in context.sentences_holding([m.start for m in draft.mentions])}


def _bare(name: str) -> str:
    """ "the BBFC among the associated organisations" -> "BBFC"."""
    return without_place(_CUE_TAIL.sub("", _LEADING_THE.sub("", name)))


_LEADING_THE = re.compile(r"^the\s+")


def _bare_span(piece: NamePiece, bare: str) -> tuple[int, int]:
    start = piece.start + piece.name.index(bare)
    return start, start + len(bare)


def _name_column(row: str) -> tuple[bool, int]:
    """(whether a table's first row is its header, the column that holds the names): the
    first column headed as names ("Country | Regulator"), else the first one."""
    cells = [cell.strip().casefold() for cell in row.split(" | ")]
    named = [i for i, cell in enumerate(cells) if cell in _HEADER_CELLS]
    if named:
        return True, named[0]  # "Signatory | Signed on", "Company | Headquarters"
    if all(cell in _OTHER_HEADER_CELLS for cell in cells):
        return True, 0
    # "Rating authority | Territory", "State | Date of signature": short phrases of header
    # words, every cell of the row one (a first row "Frog Safety Authority | North" is a member)
    every = _HEADER_CELLS | _OTHER_HEADER_CELLS
    if all(cell in every or _header_phrase(cell, every) for cell in cells):
        named = [i for i, cell in enumerate(cells) if _header_phrase(cell, _HEADER_CELLS)]
        return True, named[0] if named else 0
    return False, 0


_HEADER_CELL_WORDS = 3


def _header_phrase(cell: str, words: frozenset[str]) -> bool:
    """A short phrase a header word ends ("rating authority") or opens before "of" ("date of
    signature")."""
    parts = cell.split()
    if not 1 < len(parts) <= _HEADER_CELL_WORDS:
        return False
    return parts[-1] in words or (parts[0] in words and parts[1] == "of")


def _item_name(text: str, column: int = 0) -> str:
    """The name an item of a list of names gives: "Google - since 2018" -> "Google", "Serbia -
    Net Patrol" -> "Net Patrol"; a table row's name is in its `column`."""
    cells = text.split(" | ")
    text = cells[column] if column < len(cells) else cells[0]
    parts = re.split(r"\s+[\u2013\u2014-]\s+|:\s", text, maxsplit=1)
    # "Albania \u2013 CRCA/ECPAT Albania": a list of members by country names each after it;
    # "Austria \u2013 15 December 2022" dates the country's own signature
    by_country = len(parts) == 2 and is_place(parts[0].strip())
    if by_country and _is_listed_name(_item_tail(parts[1])):
        return _item_tail(parts[1])
    return _item_tail(parts[0])


# "The following companies have committed to work on the pledge ...:": what "the following"
# points to last is what the list after the block holds, when the block tells of joining,
# signing or committing ("proceedings against the following firms:" lists no members).
_THE_FOLLOWING = re.compile(r"\bthe\s+following\s+([a-z]+)", re.IGNORECASE)
# Verbs by which bodies become members or signatories.
_JOINING = re.compile(
    r"\b(?:joined|join|joins|signed|sign|signs|endorsed|endorses|committed|commit|commits|"
    r"pledged|subscribed|adhered)\b",
    re.IGNORECASE,
)


def announces_signatories(context: DocumentContext, index: int) -> str | None:
    """The role a block announces for the list after it: the bodies its last "the following
    ..." counts ("the following companies"), or else its last cue's, when that is a role's."""
    text = context.blocks[index].text
    following = [match.group(1).lower() for match in _THE_FOLLOWING.finditer(text)]
    if following and following[-1] in roles().count_nouns and _JOINING.search(text):
        return None if _names_a_working_body(context, index) else "signatory"
    cues = context.announcement_cues(index)
    wanted = ("SIGNATORY", "ASSOCIATED", "ACTIONS", "NOT_ACTIONS")
    labels = [cue.label for cue in cues if cue.label in wanted]
    # "members discussed ... other efforts, such as:": what the block names last is listed
    if (
        not labels
        or labels[-1] in ("ACTIONS", "NOT_ACTIONS")
        or _names_a_working_body(context, index)
    ):
        return None
    return role_of(labels)


# Nouns that head a label of a group of members ("EU Member States", "Countries outside the
# EU", "Industry partners"), besides roles.toml's count nouns.
_MEMBER_GROUPS = frozenset({"countries", "states", "governments", "participants"})
_MAX_LABEL_WORDS = 6


def _group_noun(heading: str) -> str | None:
    """The plural noun of bodies a short heading labels a group of members by, if any."""
    if heading.count(" ") >= _MAX_LABEL_WORDS:
        return None  # the cheap test first: a label is a few words
    return _group_noun_in(heading)


def _members_told_before(context: DocumentContext, heading: int) -> str | None:
    """The role the paragraph before a run of member groups tells of the group that heading
    `heading` labels ("They were joined by 21 countries from outside the EU." / "EU Member
    States" / its list / "Countries outside the EU" / its list): a joining or signing verb
    there, a group of bodies named, and no cue of actions. Each run is walked once per page."""
    if _group_noun(context.blocks[heading].text) is None:
        return None
    paragraph = _paragraph_before_groups(context, heading)
    if paragraph is None:
        return None
    text = context.blocks[paragraph].text
    if not _JOINING.search(text) or _group_noun_in(text) is None:
        return None  # "Norway joined the network." over "Platforms most used by children"
    labels = [cue.label for cue in context.announcement_cues(paragraph)]
    told = "SIGNATORY" in labels or "ASSOCIATED" in labels
    return role_of(labels) if told and "ACTIONS" not in labels else None


def _group_noun_in(text: str) -> str | None:
    """The first plural noun of bodies a text names ("joined by 21 countries"), if any."""
    nouns = _group_nouns()
    return next((w for w in re.findall(r"[\w-]+", text.lower()) if w in nouns), None)


@lru_cache(maxsize=1)
def _group_nouns() -> frozenset[str]:
    return _MEMBER_GROUPS | frozenset(roles().count_nouns)


def _paragraph_before_groups(context: DocumentContext, heading: int) -> int | None:
    """The paragraph right before the run of labelled groups that heading `heading` is in,
    or None; remembered per heading of the run, so that a page of many groups is walked
    once (a walk back per list was quadratic)."""
    known = context.paragraph_before_groups
    blocks, walked, before = context.blocks, [heading], heading - 1
    while before >= 0:
        if before in known:
            found = known[before]
            break
        if blocks[before].kind == "list_item":
            before -= 1
        elif is_heading(blocks[before]) and _group_noun(blocks[before].text) is not None:
            walked.append(before)  # an earlier group of the run, and its label
            before -= 1
        else:
            found = before if blocks[before].kind == "paragraph" else None
            break
    else:
        found = None
    for label in walked:
        known[label] = found
    return found


def _names_a_working_body(context: DocumentContext, index: int) -> bool:
    """ "Members of the drafting group": a body that drafts or advises, whose members are
    not signatories, unless the block also says they signed or joined."""
    text = context.blocks[index].text
    if not is_working_body(text):
        return False
    return re.search(r"\b(?:signed|signatories|joined|endorsed)\b", text, re.I) is None


_SIGNING = re.compile(r"\b(?:signed|signs|signatory|signatories|endorsed|endorses)\b", re.I)


# A note in brackets that tells of its own head's members: "(..., whose members include".
_WHOSE = re.compile(r"\bwhose\b")
# An adverb that opens a sentence before lower-case words ("Shortly after", "Recently the").
_ADVERB_OPENING = re.compile(r"[A-Z][a-z]+ly\s+[a-z]")


def _in_a_bracketed_note(text: str, start: int, end: int) -> bool:
    """Whether `end` stands in a bracket opened in start..end whose note tells of its own
    head's members ("NLkabel (association of cable companies, whose members include "), not
    of the initiative ("The Charter (which was signed in 2030 by A, B and C)")."""
    opening = open_bracket(text, start, end)
    return opening >= 0 and _WHOSE.search(text, opening, end) is not None


def _without_bracketed_note(name: str) -> str:
    """The name before a trailing note in brackets, for an item that is no name whole:
    "NLkabel" of "NLkabel (association of cable companies, whose members include UPC ...)"."""
    head, bracket, _ = name.partition(" (")
    return head if bracket and name.endswith(")") else name


# A body's long name in sentence case that its short name in brackets closes: "European
# Agency for the operational management of ... (eu-LISA)"; no sentence's stop inside, and no
# apposition (", the network of ... (BE)": a name, then what it is).
_NAMED_BY_SHORT_NAME = re.compile(
    rf"[A-Z](?![^()]*,\s+(?:the|a|an)\s)[^.;:!?()]*\s\({SHORT_NAME}\)"
)


def _item_tail(text: str) -> str:
    """A list item's text without its closing punctuation and dated tail ("Google (since
    2016)")."""
    return _DATED_TAIL.sub("", text.strip().rstrip(";,.")).strip()


def _is_listed_name(name: str) -> bool:
    """An item of a list of names; a country keeps its lower-case article ("the Netherlands");
    an item may be a long name in title case, which a list item writes whole, or one in
    sentence case with its short name in brackets."""
    bare = _LEADING_THE.sub("", name)
    named = is_organisation_name(bare) or is_title_case_name(bare)
    named = named or _NAMED_BY_SHORT_NAME.fullmatch(bare) is not None
    return named and (bare == name or bare[:1].isupper())


def list_signatories(
    context: DocumentContext, item_list: ItemList, intro: int | None
) -> list[FoundSignatory]:
    """The items of a list as signatories, when its intro or heading announces names."""
    if intro is not None and MODAL_ENDING.search(context.blocks[intro].text):
        return []  # "member states should:": what they should do follows, not who they are
    if intro is not None and counts_as_actions(context.blocks[intro].text, len(item_list.items)):
        return []  # "focuses on four areas:" over four items: areas, not names
    role = announces_signatories(context, intro) if intro is not None else None
    heading = nearest_heading(context.blocks, item_list.items[0])
    if role is None and heading is not None and heading != intro:
        role = announces_signatories(context, heading)
    if role is None and heading is not None:
        role = _members_told_before(context, heading)
    if role is None:
        return []
    found = []
    first = context.blocks[item_list.items[0]]
    header, column = _name_column(first.text) if first.kind == "table_row" else (False, 0)
    odd = 0
    for position, index in enumerate(item_list.items):
        if position == 0 and header:
            continue  # the header row of a table of signatories
        block = context.blocks[index]
        name = _item_name(block.text, column)
        if not _is_listed_name(name):
            name = _without_bracketed_note(name)
        if not _is_listed_name(name):
            if not _reads_as_a_name(name):
                return []  # a list of sentences is not a list of names
            odd += 1
        start = block.span.start + block.text.index(name)
        found.append(FoundSignatory(name, role, start, start + len(name)))
    if odd and len(found) - odd < _FEW_ODD_NAMES * odd:
        return []  # names too odd to be sure of without most of the list plainly names
    return found


# A list is taken whole where at least this many plain names stand for each odd one.
_FEW_ODD_NAMES = 4
_MAX_ODD_NAME_WORDS = 12
# Inside a name, a lower-case word that opens a clause or a sentence's stop: a sentence.
_SENTENCE_INSIDE = re.compile(r"\b(?:" + "|".join(CLAUSE_WORDS) + r")\b|[.;:!?]\s")
# A lower-case opening word that counts, qualifies or joins: "numerous providers", "other
# members", "with the support of Insafe", "plus national helplines", "a number of NGOs".
_QUALIFYING_OPENING = re.compile(
    r"(?:numerous|several|many|various|other|others|some|all|most|each|every|further|more|"
    r"a|an|the|with|plus|and|or|including|by|for|of|from|among|as|also)\b",
    re.IGNORECASE,
)


def _reads_as_a_name(name: str) -> bool:
    """An item that is a name by its shape though not by the rules of one ("mobilkom
    austria" in lower case, "10993 S.r.l", "BeLong To", a long name in its own language):
    a few words, no lower-case clause word or sentence stop, no opening word that counts or
    joins, and not a description of bodies in lower case ("national helplines",
    "representatives of civil society"). Taken only among items that plainly are names, so
    one brand's odd spelling does not make a list of names a list of sentences."""
    words = name.split()
    if not words or len(words) > _MAX_ODD_NAME_WORDS or _SENTENCE_INSIDE.search(name):
        return False
    if _QUALIFYING_OPENING.match(name):
        return False
    # "national Safer Internet Centres", "representatives of civil society": bodies described
    return not (words[0].islower() and (words[-1].endswith("s") or _LOWER_OF.search(name)))


_LOWER_OF = re.compile(r"\b[a-z]+\s+of\s+[a-z]")
