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
from dataclasses import dataclass
from functools import lru_cache

from extractors.extract.context import DocumentContext, Sentence
from extractors.extract.counts import number_value
from extractors.extract.drafts import Draft, nearest_initiative
from extractors.extract.joins import joined_with_dates
from extractors.extract.namelists import NamePiece, split_names
from extractors.extract.names import vocabulary
from extractors.extract.resources import load_toml
from extractors.extract.structure import ItemList, nearest_heading

_MAX_NAME_WORDS = 8
# "A, B and C are supporting members": a list before a role predicate.
_ROLE_PREDICATE = re.compile(
    r"\s+(?:are|were|became|have become|are now)\s+(?:the\s+|also\s+)?(?:(?:founding|supporting|"
    r"associated|associate|new)\s+)?(?:members|signatories|partners|supporters)\b"
)
_DATED_TAIL = re.compile(
    r"\s*(?:\([^()]*\d{4}[^()]*\)|,?\s+(?:since|from|joined|in|as of)\s+[^,]*\d{4}.*)$",
    re.IGNORECASE,
)
# Words between a list of subjects and their launch verb: "A and B today unveiled".
_LAUNCH_ADVERBS = re.compile(r"(?:\s+(?:today|yesterday|jointly|also|have|has))*\s*$", re.I)
_DOMAIN = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,4}")  # "jeuxvideo.com"
_LIST_LEAD = re.compile(r"^(?:including|namely|such as|notably|e\.g\.)\s+", re.IGNORECASE)
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
    }
)
_CLAUSE_WORDS = re.compile(
    r"\b(?:is|are|was|were|will|would|has|have|had|can|should|must|to|which|that|who)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class FoundSignatory:
    name: str
    role: str  # "signatory" | "associated"
    start: int
    end: int


@dataclass(frozen=True)
class _Roles:
    excluded: frozenset[str]
    openers: tuple[str, ...]
    closers: tuple[str, ...]
    clause_openers: frozenset[str]
    count_nouns: tuple[str, ...]


@lru_cache(maxsize=1)
def _roles() -> _Roles:
    data = load_toml("roles.toml")
    return _Roles(
        excluded=frozenset(data["not_signatories"]),
        openers=tuple(data["list_openers"]),
        closers=tuple(data["list_closers"]),
        clause_openers=frozenset(data["clause_openers"]),
        count_nouns=tuple(data["count_nouns"]),
    )


def count_nouns() -> list[str]:
    return list(_roles().count_nouns)


def is_organisation_name(name: str) -> bool:
    """A short capitalised name, not a clause, a generic group or the broker."""
    words = name.split()
    if not words or len(words) > _MAX_NAME_WORDS or _CLAUSE_WORDS.search(name):
        return False
    if name.casefold() in _roles().excluded or re.fullmatch(r"[A-Z]{2,}s", name):
        return False
    if words[0].lower() in _roles().clause_openers and len(words) > 1:
        return False
    if number_value(words[0]) is not None and len(words) > 1:
        return False  # "21 companies", "Twenty-eight leading companies"
    return any(char.isupper() for char in words[0]) or _DOMAIN.fullmatch(words[0]) is not None


def _role_of(sentence_cues: list[str]) -> str:
    return "associated" if "ASSOCIATED" in sentence_cues else "signatory"


def _list_after_cue(context: DocumentContext, sentence: Sentence) -> tuple[int, int] | None:
    """Offsets of the list a role cue opens: after a colon or after "are"/"by"/"include"."""
    cues = [cue for cue in sentence.cues if cue.label in ("SIGNATORY", "ASSOCIATED")]
    if not cues:
        return None
    after = cues[0].end
    rest = context.text[after : sentence.end]
    colon = re.match(r"[^:]{0,60}?\s*:\s*", rest)
    if colon:
        return after + colon.end(), sentence.end
    openers = "|".join(re.escape(word) for word in _roles().openers)
    opener = re.search(rf"\b(?:{openers})\s+(?=[A-Z0-9])", rest)
    listed = rest[opener.end() :] if opener else ""
    # "signed ... by A and B": after "by", two names joined by "and" are a list too.
    if opener and (
        listed.count(",") >= 1 or (opener.group(0).startswith("by") and " and " in listed)
    ):
        return after + opener.end(), sentence.end
    return None


def _list_after_partner_cue(context: DocumentContext, sentence: Sentence) -> tuple[int, int] | None:
    """ "the Commission agreed a Code ... with A, B, C and D in May 2016": the partners."""
    launch = [cue for cue in sentence.cues if cue.label in ("LAUNCH", "LAUNCH_WEAK")]
    if not launch:
        return None
    rest = context.text[launch[0].end : sentence.end]
    partners = re.search(r"\bwith\s+(?=[A-Z])", rest)
    if partners is None or not re.search(r",|\band\b", rest[partners.end() :]):
        return None
    return launch[0].end + partners.end(), sentence.end


def _subjects_of_launch(context: DocumentContext, sentence: Sentence) -> tuple[int, int] | None:
    """ "A, B and C today unveiled a code of conduct ...": the names the sentence opens with,
    when every one is a name and the launch's object is an initiative."""
    launch = [cue for cue in sentence.cues if cue.label == "LAUNCH"]
    if not launch:
        return None
    head = context.text[sentence.start : launch[0].start]
    head = _LAUNCH_ADVERBS.sub("", head)
    after = context.text[launch[0].end : sentence.end].lower().split()
    if not re.search(r",|\band\b", head) or not set(after) & vocabulary().kinds:
        return None
    pieces = _pieces(context, sentence.start, sentence.start + len(head))
    if len(pieces) < 2 or not all(is_organisation_name(p.name) for p in pieces):
        return None
    return sentence.start, sentence.start + len(head)


def _list_before_cue(context: DocumentContext, sentence: Sentence) -> tuple[int, int] | None:
    """Offsets of a list right before "(who form the ..." or "have signed"."""
    closers = "|".join(re.escape(word) for word in _roles().closers)
    match = re.search(rf"\(?\s*\b(?:{closers})\b", sentence.text) or _ROLE_PREDICATE.search(
        sentence.text
    )
    if match is None or not re.search(r",|\band\b", sentence.text[: match.start()]):
        return None
    head = sentence.text[: match.start()]
    clause_start = max(head.rfind(":"), head.rfind(" \u2013 "), head.rfind(" \u2014 ")) + 1
    return sentence.start + clause_start, sentence.start + match.start()


def _pieces(context: DocumentContext, start: int, end: int) -> list[NamePiece]:
    protected = [(s - start, e - start) for s, e in context.organisations if start <= s < end]
    text = context.text[start:end]
    pieces = []
    for piece in split_names(text, protected):
        lead = _LIST_LEAD.match(piece.name)
        skip = lead.end() if lead else 0  # "including Arto" -> "Arto"
        pieces.append(NamePiece(piece.name[skip:], piece.start + start + skip, piece.end + start))
    return pieces


def inline_signatories(
    context: DocumentContext, draft: Draft, drafts: list[Draft]
) -> list[FoundSignatory]:
    """Signatories of `draft` written as lists inside the sentences of the blocks it owns.

    A list nearer to another initiative's name than to the draft's ("..., which was signed
    by A and B in 2009") is that other initiative's.
    """
    found: list[FoundSignatory] = []
    found_in_block = -1
    ranked = [draft, *(other for other in drafts if other is not draft)]
    for sentence in context.sentences:
        if sentence.block not in draft.owned:
            continue
        pieces = _written_list(context, sentence, follows_list=found_in_block == sentence.block)
        if not pieces:
            continue
        span = (pieces[0].start, pieces[-1].end)
        if _is_inside_a_name(span[0], ranked):
            continue  # "Framework for Safer Mobile Use by Teenagers and Children"
        owner = nearest_initiative(ranked, *span, (sentence.start, sentence.end))
        if owner is not None and owner is not draft:
            continue
        role = _role_of([cue.label for cue in sentence.cues])
        names = [p for p in pieces if is_organisation_name(_bare(p.name))]
        if names:
            found_in_block = sentence.block
            found.extend(FoundSignatory(_bare(p.name), role, *_bare_span(p)) for p in names)
    return found


def _is_inside_a_name(offset: int, drafts: list[Draft]) -> bool:
    return any(m.start <= offset < m.end for draft in drafts for m in draft.mentions)


def _written_list(
    context: DocumentContext, sentence: Sentence, *, follows_list: bool
) -> list[NamePiece]:
    """The names a sentence lists around a role cue, with absolute offsets."""
    joined = joined_with_dates(sentence.text)
    if joined:
        return [NamePiece(p.name, p.start + sentence.start, p.end + sentence.start) for p in joined]
    span = (
        _list_after_cue(context, sentence)
        or _list_before_cue(context, sentence)
        or _list_after_partner_cue(context, sentence)
        or _subjects_of_launch(context, sentence)
        or (_follow_up_span(sentence) if follows_list else None)
    )
    return [_trim_date(p) for p in _pieces(context, *span)] if span else []


def _follow_up_span(sentence: Sentence) -> tuple[int, int] | None:
    """ "X followed in January 2019, Y in September 2020 and Z in June 2021", after a list."""
    if not re.search(r"\b(?:followed|later|also joined|were added)\b", sentence.text):
        return None
    return sentence.start, sentence.end


def _trim_date(piece: NamePiece) -> NamePiece:
    """ "YouTube in May 2016" -> "YouTube"; "TikTok followed in 2020" -> "TikTok"."""
    match = re.search(
        r"\s+(?:followed\s+)?(?:in|on|since|from|at|as of)\s+[^,]*\d[^,]*$", piece.name
    )
    match = match or re.search(r"\s+followed\b.*$", piece.name)
    if match is None:
        return piece
    name = piece.name[: match.start()]
    return NamePiece(name, piece.start, piece.start + len(name))


def _bare(name: str) -> str:
    return re.sub(r"^the\s+", "", name)


def _bare_span(piece: NamePiece) -> tuple[int, int]:
    trimmed = len(piece.name) - len(_bare(piece.name))
    return piece.start + trimmed, piece.end


def _item_name(text: str) -> str:
    """The name an item of a list of names gives: "Google - since 2018" -> "Google"."""
    name = re.split(r"\s+[\u2013\u2014-]\s+|:\s| \| ", text, maxsplit=1)[0]
    name = _DATED_TAIL.sub("", name.strip().rstrip(";,."))  # "Google (since 2016)"
    return name.strip()


def announces_signatories(context: DocumentContext, index: int) -> str | None:
    """The role a block announces for the list after it, when its last cue is a role cue."""
    cues = context.announcement_cues(index)
    labels = [cue.label for cue in cues if cue.label in ("SIGNATORY", "ASSOCIATED", "ACTIONS")]
    if not labels or labels[-1] == "ACTIONS":
        return None
    return _role_of(labels)


def list_signatories(
    context: DocumentContext, item_list: ItemList, intro: int | None
) -> list[FoundSignatory]:
    """The items of a list as signatories, when its intro or heading announces names."""
    role = announces_signatories(context, intro) if intro is not None else None
    heading = nearest_heading(context.blocks, item_list.items[0])
    if role is None and heading is not None and heading != intro:
        role = announces_signatories(context, heading)
    if role is None:
        return []
    found = []
    for position, index in enumerate(item_list.items):
        block = context.blocks[index]
        name = _item_name(block.text)
        if position == 0 and block.kind == "table_row" and name.casefold() in _HEADER_CELLS:
            continue  # the header row of a table of signatories
        if not is_organisation_name(name):
            return []  # a list of sentences is not a list of names
        start = block.span.start + block.text.index(name)
        found.append(FoundSignatory(name, role, start, start + len(name)))
    return found
