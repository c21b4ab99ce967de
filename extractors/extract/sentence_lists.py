"""Lists of organisations written in a sentence around a role cue: "Company signatories:
A, B, C", "members of the Coalition are A, B and C", "A, B and C (who form the Alliance)",
"A and B joined the Forum, and C joined it later", "A and B today unveiled a code"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractors.extract.context import Cue, DocumentContext, Sentence
from extractors.extract.joins import joined_with_dates
from extractors.extract.namelists import NamePiece, lead_length, split_names
from extractors.extract.names import DASHES, vocabulary
from extractors.extract.proper_titles import LAUNCH_CUES
from extractors.extract.roles import is_organisation_name, is_place, roles

# "A, B and C are supporting members": a list before a role predicate.
_ROLE_PREDICATE = re.compile(
    r"\s+(?:are|were|became|have become|are now|remain(?:\s+as)?)\s+(?:the\s+|also\s+)?"
    r"(?:(?:founding|supporting|associated|associate|new)\s+)?(?:members|signatories|partners|supporters)\b"
)
# Words between a list of subjects and their launch verb: "A and B today unveiled".
_LAUNCH_ADVERBS = re.compile(r"(?:\s+(?:today|yesterday|jointly|also|have|has))*\s*$", re.I)
_RELATIVE_END = re.compile(r"\b(?:that|which)\s*$")
# A quotation opened and not closed before a colon: the colon is inside a title ("signed
# 'The Harbour Pact: Safer Seas for Children'"), it opens no list.
_OPEN_QUOTE = re.compile(r"(?:^|\s)['\"\u2018\u201c][^'\"\u2019\u201d]*$")
# Auxiliaries and adverbs between a list of subjects and its verb: "A and B have since joined".
_VERB_LEAD = re.compile(
    r"(?:\s+(?:have|has|had|since|now|also|already|recently|all|both|together|later|then|"
    r"subsequently|today|jointly))+\s*$",
    re.IGNORECASE,
)
# "Alpha Lines, one of the member companies, ...": a name set beside its membership.
_MEMBER_APPOSITION = re.compile(
    r"^(?P<names>[^,;:]{1,80}),\s+(?:"
    r"(?:one|two|three|both|each|another)\s+of\s+(?:the|its)\s+(?:[\w-]+\s+)?"
    r"(?:members|signatories|founders|(?:member|founding)\s+(?:companies|organisations))|"
    r"(?:an?|the\s+(?:first|latest|newest))\s+(?:[\w-]+\s+)?"
    r"(?:signatory|(?:member|founding)\s+(?:company|organisation)|founding\s+member))\b",
    re.IGNORECASE,
)
# Where an associated cue's own clause begins or ends: "A and B, with C among the associated".
CLAUSE_BREAK = re.compile(r",\s+(?:with|while|whereas|and)\b|;")


@lru_cache(maxsize=1)
def _opener_pattern() -> re.Pattern[str]:
    openers = "|".join(re.escape(word) for word in roles().openers)
    return re.compile(rf"\b(?:{openers})\s+(?:the\s+)?(?=[A-Z0-9])")  # "are the A, B and C"


@lru_cache(maxsize=1)
def _closer_pattern() -> re.Pattern[str]:
    closers = "|".join(re.escape(word) for word in roles().closers)
    # "has joined forces with partners to launch ...": cooperation, not membership.
    return re.compile(rf"\(?\s*\b(?:{closers})\b(?!\s+forces\b)")


# A list's head noun that says where the cue's members come from, not who they are.
_ORIGIN_BEFORE = re.compile(
    r"\bfrom\s+(?:[\w-]+\s+){0,2}(?:countries|nations|states|regions|cities),?\s*$", re.I
)
_COLON_AFTER_CUE = re.compile(r"[^:]{0,60}?\s*:\s*")
# "Tools developed by its members ...: A, B and C": the members made what the list names.
_MADE_BY = re.compile(
    r"\b(?:developed|built|created|designed|made|produced|invented)\s+by\s+(?:its|their|the)\s+$"
)
_BEFORE_CUE_REACH = 30  # characters before the cue read for `_MADE_BY` and `_FUTURE_BEFORE`
# "The Commission will be joined online by A, B and C": who will attend, not who has joined.
_FUTURE_BEFORE = re.compile(
    r"\b(?:will\s+(?:[a-z]+ly\s+|also\s+|soon\s+|then\s+)?(?:be\s+)?|set\s+to\s+be\s+)$",
    re.IGNORECASE,
)


def _list_after_cue(context: DocumentContext, sentence: Sentence) -> tuple[int, int] | None:
    """Offsets of the list a role cue opens: after a colon or after "are"/"by"/"include"."""
    cues = [
        cue
        for cue in sentence.cues
        if cue.label in ("SIGNATORY", "ASSOCIATED")
        and not _MADE_BY.search(
            context.text, max(sentence.start, cue.start - _BEFORE_CUE_REACH), cue.start
        )
        and not _FUTURE_BEFORE.search(
            context.text, max(sentence.start, cue.start - _BEFORE_CUE_REACH), cue.start
        )
    ]
    if not cues:
        return None
    for cue in cues:  # "from 27 Member States, joined by 21 countries: A, B": the nearest cue
        colon = _COLON_AFTER_CUE.match(context.text, cue.end, sentence.end)  # no copy per cue
        if colon and not _OPEN_QUOTE.search(colon.group(0)):
            return colon.end(), sentence.end
    after = cues[0].end
    end = _bracket_end(
        context.text, max(sentence.start, after - BRACKET_REACH), after, sentence.end
    )
    rest = context.text[after:end]
    opener = _opener_pattern().search(rest)
    if opener and _ORIGIN_BEFORE.search(rest, 0, opener.start()):
        return None  # "partners from ten countries, including A, B": where they come from
    listed = rest[opener.end() :] if opener else ""
    # "signed ... by A and B": after "by", two names joined by "and" are a list too.
    if opener and (
        listed.count(",") >= 1 or (opener.group(0).startswith("by") and " and " in listed)
    ):
        return after + opener.end(), end
    return None


BRACKET_REACH = 200  # how far back a list's opening bracket is looked for


def open_bracket(text: str, start: int, end: int) -> int:
    """Where the bracket opened in start..end and still open at `end` is, else -1."""
    opening = text.rfind("(", start, end)
    return opening if opening > text.rfind(")", start, end) else -1


def _bracket_end(text: str, start: int, cue: int, end: int) -> int:
    """Where a list after a cue ends: at the bracket that closes one opened before the cue
    ("The Charter (signed by A, B and C) protects ..."), else at `end`."""
    if open_bracket(text, start, cue) < 0:
        return end
    closing = text.find(")", cue, end)
    return closing if closing >= 0 else end


def _list_after_partner_cue(context: DocumentContext, sentence: Sentence) -> tuple[int, int] | None:
    """ "the Commission agreed a Code ... with A, B, C and D in May 2016": the partners."""
    launch = [cue for cue in sentence.cues if cue.label in LAUNCH_CUES]
    if not launch:
        return None
    rest = context.text[launch[0].end : sentence.end]
    partners = re.search(r"\bwith\s+(?=[A-Z])", rest)
    if partners is None or not re.search(r",|\band\b", rest[partners.end() :]):
        return None
    return launch[0].end + partners.end(), sentence.end


def _subjects_of_launch(context: DocumentContext, sentence: Sentence) -> list[NamePiece] | None:
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
    return pieces


# "The programme starts with a first group of companies: A, B and C": a colon list of names
# that a plural of organisations announces, in a sentence no role cue marks.
_NAMED_AFTER_NOUN = re.compile(
    r"\b(?i:companies|organisations|organizations|partners|participants|members)\s*:\s+(?=[A-Z0-9])"
)


def _names_after_noun(context: DocumentContext, sentence: Sentence) -> list[NamePiece] | None:
    """The list after "companies:", when it holds two names or more and every piece is one."""
    match = _NAMED_AFTER_NOUN.search(sentence.text)
    if match is None or _OPEN_QUOTE.search(sentence.text[: match.end()]):
        return None
    start = sentence.start + match.end()
    pieces = _pieces(context, start, sentence.end)
    if len(pieces) < 2 or not all(is_organisation_name(p.name.rstrip(". ")) for p in pieces):
        return None
    return pieces


def _member_apposition(context: DocumentContext, sentence: Sentence) -> list[NamePiece] | None:
    """ "Alpha Lines, one of the member companies, has ...": the names the sentence opens with,
    set beside their membership, when every one is a name."""
    match = _MEMBER_APPOSITION.match(sentence.text)
    if match is None:
        return None
    end = sentence.start + match.end("names")
    pieces = _pieces(context, sentence.start, end)
    if not pieces or not all(is_organisation_name(p.name) for p in pieces):
        return None
    return pieces


# "the four largest ISPs - BT, Sky, TalkTalk and Virgin Media - published a Code": a group
# named in a dashed aside, right before the verb that launches it.
_DASH = "[" + "".join(re.escape(dash) for dash in sorted(DASHES)) + "]"
_DASHED_NAMES = re.compile(
    rf"\s{_DASH}\s(?P<names>(?:(?!\s{_DASH}\s).){{3,200}}?)(?P<close>\s{_DASH}\s)"
)
# (a signing verb after an aside is read by `_lists_before_cues`, whose clause opens at a dash)
_VERB_AFTER_ASIDE = 16  # characters between the aside's closing dash and its verb


def _dashed_launchers(context: DocumentContext, sentence: Sentence) -> list[NamePiece] | None:
    """The names of a dashed aside that a launch verb follows, when every one is a name:
    "Spain's four mobile network operators - Telefonica, Vodafone, Orange and Yoigo -
    presented the Code"."""
    if not any(cue.label in LAUNCH_CUES for cue in sentence.cues):
        return None
    at = 0
    while (match := _DASHED_NAMES.search(sentence.text, at)) is not None:
        at = match.start("close")  # the closing dash may open the next aside
        after = sentence.start + match.end()
        verbs = context.cues_between(after, after + _VERB_AFTER_ASIDE + 1)
        if not any(cue.label in LAUNCH_CUES for cue in verbs):
            continue
        start = sentence.start + match.start("names")
        pieces = _pieces(context, start, sentence.start + match.end("names"))
        if len(pieces) >= 2 and all(is_organisation_name(p.name) for p in pieces):
            return pieces
    return None


def _lists_before_cues(context: DocumentContext, sentence: Sentence) -> list[tuple[int, int]]:
    """Offsets of the lists right before "(who form the ..." or "have signed": one per
    clause ("A and B joined the Forum, and C and D joined it later")."""
    text = sentence.text
    matches = list(_closer_pattern().finditer(text))
    matches = matches or list(_ROLE_PREDICATE.finditer(text))[:1]
    spans = []
    # Positions, not copies: a sentence of thousands of "A and B joined" clauses was copied
    # and searched from its start once per clause. Each look reads the clause or a short tail.
    for number, match in enumerate(matches):
        end = match.start()
        if _RELATIVE_END.search(text, max(0, end - _TAIL), end):
            continue  # "... progress made by the platforms that signed up": not a list's verb
        if number > 0:  # a later clause opens after the previous cue, at ", and" or ";"
            clause_break = CLAUSE_BREAK.search(text, matches[number - 1].end(), end)
            if clause_break is None:
                continue
            clause_start = clause_break.end()
        else:
            breaks = (text.rfind(mark, 0, end) for mark in (":", " \u2013 ", " \u2014 "))
            clause_start = max(breaks) + 1
        lead = _VERB_LEAD.search(text, max(clause_start, end - _LEAD_TAIL), end)
        head = text[clause_start : lead.start() if lead else end]
        if not _is_relative(match.group(0)):
            head = _without_apposition(head)
        if _COMMITTING.search(match.group(0)) and not _names_only(head):
            continue  # "... through which online marketplaces commit to": no name before it
        if re.search(r",|\band\b", head):
            spans.append((sentence.start + clause_start, sentence.start + clause_start + len(head)))
    return spans


# A closer of commitment ("commit to") is said of anyone, not only of members: the words
# before it must be names only (`_names_only`).
_COMMITTING = re.compile(r"commit", re.IGNORECASE)


def _names_only(head: str) -> bool:
    """Whether the words before a commitment are a list of names only, after a description
    of them ("Three large marketplaces, A, B and C have today committed to"): "under which each
    ISP", "fraud that A, B and C", "In 2031 the Commission, ..." list nobody."""
    listed = head.strip(" ,\u2013\u2014-")  # a clause after a dash: "Brussels, ... \u2013 A, B"
    pieces = [_LEADING_THE.sub("", piece) for piece in _LIST_SEPARATORS.split(listed)]
    if len(pieces) > 1 and (
        _PLURAL_DESCRIPTION.fullmatch(pieces[0]) or _WHEN_ONLY.fullmatch(pieces[0])
    ):
        pieces = pieces[1:]  # "Three large marketplaces, A, ...", "On Tuesday, A, B and C"
    return all(piece and is_organisation_name(piece) for piece in pieces)


# A description in lower case (a number or an adjective may open it) ending in a plural noun,
# set before the names it describes.
_PLURAL_DESCRIPTION = re.compile(r"(?:[A-Z][a-z]*\s+)?(?:[a-z-]+\s+){0,3}[a-z-]+s")
# An opening phrase of time only: "On Tuesday", "Today", "In 2019", "On 3 May 2031".
_WHEN_ONLY = re.compile(
    r"(?:(?:on|in|since|by)\s+)?(?:today|yesterday|this\s+week|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:\d{1,2}\s+)?[A-Z][a-z]+\s+\d{4}|\d{4})",
    re.IGNORECASE,
)
_LIST_SEPARATORS = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


# "Civil society organisations from Denmark, Finland and Sweden have agreed ...": the list
# after "from" says where the subjects come from, not who they are.
_FROM_PLACE = re.compile(r"\sfrom\s")


def _without_origins(pieces: list[NamePiece]) -> list[NamePiece]:
    """The pieces before a piece whose "from" opens a list of places, which are where the
    members come from, not members: "Civil society organisations from Denmark", "Finland",
    "Sweden"; "..., and members from Albania", "Ghana", "Kosovo" (the pieces before are the
    sentence's clauses or other members)."""
    for at, piece in enumerate(pieces):
        found = _FROM_PLACE.search(piece.name)
        if found is not None:
            # "members from": a group of bodies; "Frog Corp from Ireland" a member and its place
            before = piece.name[: found.start()].split()
            group = bool(before) and before[-1].islower()
            if group and all(is_place(other.name) for other in pieces[at + 1 :]):
                return pieces[:at]
            return pieces
    return pieces


_TAIL = 16  # characters before a cue read for "that"/"which"
_LEAD_TAIL = 200  # characters before a cue read for its auxiliaries ("have since")


def _is_relative(closer: str) -> bool:
    return re.match(r"\(?\s*(?:who|which)\b", closer) is not None


def _without_apposition(head: str) -> str:
    """ "Ministers meeting in Rivertown, Westland, signed": a comma before the verb closes an
    apposition, which is not one of the subjects, unless it ends the list ("A, and B, signed")."""
    stripped = head.rstrip()
    if not stripped.endswith(","):
        return head
    body = stripped[:-1]
    previous = body.rfind(",")
    if previous < 0 or re.search(r"\band\b|&", body[previous:]):
        return body
    return body[:previous]


def _pieces(context: DocumentContext, start: int, end: int) -> list[NamePiece]:
    protected = [(s - start, e - start) for s, e in context.organisations_from(start, end)]
    text = context.text[start:end]
    pieces = []
    for piece in split_names(text, protected):
        skip = lead_length(piece.name)  # "including Arto" -> "Arto"
        pieces.append(NamePiece(piece.name[skip:], piece.start + start + skip, piece.end + start))
    return pieces


def written_list(
    context: DocumentContext, sentence: Sentence, *, follows_list: bool
) -> list[NamePiece]:
    """The names a sentence lists around a role cue, with absolute offsets."""
    joined = joined_with_dates(sentence.text)
    if joined:
        return [NamePiece(p.name, p.start + sentence.start, p.end + sentence.start) for p in joined]
    after = _list_after_cue(context, sentence)
    spans = [after] if after else _lists_before_cues(context, sentence)
    if not spans:
        partner = _list_after_partner_cue(context, sentence)
        if partner is None:
            # The rules that test every piece of their list return the pieces they built.
            checked = (
                _subjects_of_launch(context, sentence)
                or _member_apposition(context, sentence)
                or _names_after_noun(context, sentence)
                or _dashed_launchers(context, sentence)
            )
            if checked:
                return _without_origins([_trim_tail(p) for p in checked])
        span = (
            partner
            or _taken_up_span(context, sentence)
            or (_follow_up_span(sentence) if follows_list else None)
        )
        spans = [span] if span else []
    return _without_origins([_trim_tail(p) for span in spans for p in _pieces(context, *span)])


# "It includes A, B and C", "They are A, B and C": the list the sentence before published.
_TAKEN_UP_LIST = re.compile(
    r"\s*(?:It|They|These|The\s+list)\s+(?:includes?|are|comprises?|names?)\s+(?=[A-Z0-9])"
)
# "the first list of signatories": a list of the people of a role, not of anything else.
_LIST_OF = re.compile(r"\blist\s+of\s+$", re.IGNORECASE)
_LIST_OF_REACH = 12  # characters before the role noun read for "list of"
# The role nouns such a list may be of.
_LIST_NOUNS = frozenset({"signatories", "members", "participants", "partners", "founders"})


@dataclass(frozen=True)
class TakenUpList:
    """A sentence's names after "It includes" and the role noun of the sentence before that
    it takes up: the list's owner is that noun's."""

    names_start: int
    role: Cue
    before: Sentence


def taken_up_list(context: DocumentContext, sentence: Sentence) -> TakenUpList | None:
    """The list a sentence gives after "It includes" when the sentence before told of a list
    of signatories ("... the first list of signatories was published the same day. It
    includes A, B and C.")."""
    opening = _TAKEN_UP_LIST.match(context.text, sentence.start, sentence.end)
    if opening is None or context.text.find(",", opening.end(), sentence.end) < 0:
        return None
    before = context.sentence_before(sentence)
    if before is None:
        return None
    for cue in before.cues:
        noun = context.text[cue.start : cue.end].lower()
        if cue.label != "SIGNATORY" or noun not in _LIST_NOUNS:
            continue
        if _LIST_OF.search(context.text, max(before.start, cue.start - _LIST_OF_REACH), cue.start):
            return TakenUpList(opening.end(), cue, before)
    return None


def _taken_up_span(context: DocumentContext, sentence: Sentence) -> tuple[int, int] | None:
    taken = taken_up_list(context, sentence)
    return (taken.names_start, sentence.end) if taken is not None else None


def _follow_up_span(sentence: Sentence) -> tuple[int, int] | None:
    """ "X followed in January 2019, Y in September 2020 and Z in June 2021", after a list."""
    if not re.search(r"\b(?:followed|later|also joined|were added)\b", sentence.text):
        return None
    return sentence.start, sentence.end


_DATE_TAIL_REACH = 80
_DATE_TAIL = re.compile(r"\s+(?:followed\s+)?(?:in|on|since|from|at|as of)\s+[^,]*\d[^,]*$")
# "TikTok followed", "Iceland also joined": the clause's verb after the list's last name.
_VERB_TAIL = re.compile(
    r"\s+(?:(?:also|later|then|too|subsequently)\s+)?"
    r"(?:followed|joined|signed|endorsed|acceded|adhered)\b.*$"
)
# "Sweden \u2013 25 Member States in all \u2013": an aside after the name, opened by a spaced dash
# and a number or a lower-case word (a name's own dash is followed by a name: "X \u2013 Y").
_DASHED_ASIDE = re.compile(r"\s(?:[\u2013\u2014]|-(?=\s))\s*(?=[a-z0-9]).*$")


def _trim_tail(piece: NamePiece) -> NamePiece:
    """ "YouTube in May 2016" -> "YouTube"; "TikTok followed in 2020" -> "TikTok"; "Iceland
    also joined" -> "Iceland"; "Sweden \u2013 25 Member States in all" -> "Sweden"."""
    name = piece.name
    # A date's tail is short: read the end only (a 35 KB "piece" of "from x from x ..." made
    # the search quadratic, each "from" scanning to the end for a digit).
    match = _DATE_TAIL.search(name, max(0, len(name) - _DATE_TAIL_REACH))
    # Substring tests first, in C: a list may hold hundreds of thousands of names. Each tail's
    # verb ends in "-ed"; an aside's dash is spaced (a hyphen before a tab or a line break is
    # not looked for: the cleaner leaves single spaces).
    if match is None and "ed" in name:
        match = _VERB_TAIL.search(name)
    if match is None and ("\u2013" in name or "\u2014" in name or " - " in name):
        match = _DASHED_ASIDE.search(name)
    if match is None:  # (every tail opens with white space: none matches at the start)
        return piece
    name = name[: match.start()]
    return NamePiece(name, piece.start, piece.start + len(name))
