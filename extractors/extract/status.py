"""Whether the page presents an initiative as active, ended or still in the making: a
"Status:" line, "the only one still active", "the group will draft the Code"."""

from __future__ import annotations

import re
from bisect import bisect_left

from extractors.extract.context import DocumentContext, Sentence
from extractors.extract.drafts import Draft
from extractors.extract.names import PREPOSITIONS

_STATUS_LINE = re.compile(r"^\s*(?:status|implementation period finish)\s*:\s*(.+)$", re.I)
_ACTIVE_VALUES = re.compile(r"\b(?:ongoing|implemented|active|in force|running|open)\b", re.I)
_ENDED_VALUES = re.compile(r"\b(?:ended|completed|closed|expired|finished|repealed)\b", re.I)
_ONLY_ACTIVE = re.compile(r"\bonly\b", re.IGNORECASE)
# An initiative still being made: neither active nor ended yet. The verb's object is the
# initiative ("will draft the Code"), or the initiative is told of as not made ("the Code,
# not yet adopted"); "launched the Partnership to develop best practices" is its purpose.
_TO_MAKE = re.compile(
    r"\b(?:(?:will|to)\s+(?:draft|prepare|develop|negotiate)"
    r"|(?:is|are)\s+(?:drafting|preparing|developing|negotiating))\b",
    re.IGNORECASE,
)
# A launch still to come, whose object is the initiative: "The Commission will present a
# dedicated EU action plan on ...", "will propose a Digital Fairness Act". Only a name right
# after the verb is its object ("will present the 2025 review of the Strategy" is not).
_TO_LAUNCH = re.compile(
    r"\bwill\s+(?:present|propose|launch|put\s+forward|set\s+up)\b", re.IGNORECASE
)
# What may stand between the verb and the name: an article and one lower-case modifier ("a
# dedicated ", "a new "), no preposition ("will present data on the X" is not the X's launch).
_BEFORE_OBJECT = re.compile(
    r"\s+(?:(?:a|an|the)\s+)?"
    rf"(?:(?!(?:{'|'.join(sorted(PREPOSITIONS | {'in'}))})\s)[a-z-]+\s+)?"
)
_POSSESSIVE = re.compile(r"[\u2019']s\b")  # "will launch the X's first report": not the X
_NOT_MADE = re.compile(
    r"\bbeing\s+(?:drafted|prepared|negotiated)\b|\bnot\s+yet\s+(?:adopted|signed|agreed|"
    r"in force|launched)\b|\bunder\s+(?:preparation|negotiation)\b",
    re.IGNORECASE,
)


def status_line(context: DocumentContext, draft: Draft) -> str | None:
    """A "Status: Implemented" or "Implementation period finish: Ongoing" line it owns."""
    for index in sorted(draft.owned):
        match = _STATUS_LINE.match(context.blocks[index].text)
        if match and _ENDED_VALUES.search(match.group(1)):
            return "ended"
        if match and _ACTIVE_VALUES.search(match.group(1)):
            return "active"
    return None


def in_the_making(sentences: list[Sentence], draft: Draft) -> bool:
    """True when the page says the initiative is still to be drafted or adopted: "the group
    will draft the Code", "the Code, not yet adopted"."""
    mentions = sorted((m.start, m.end, m.is_name) for m in draft.mentions)
    starts = [start for start, _, _ in mentions]
    for sentence in sentences:
        first, last = bisect_left(starts, sentence.start), bisect_left(starts, sentence.end)
        named = starts[first:last]
        for verb in _TO_MAKE.finditer(sentence.text):
            if any(start >= sentence.start + verb.end() for start in named):
                return True
        for verb in _TO_LAUNCH.finditer(sentence.text):
            # "will present a dedicated X": the name right after the verb is its object (a
            # name, not a back-reference: "will put forward a new initiative")
            if any(
                _launched_object(sentence, verb.end(), start, end)
                for start, end, is_name in mentions[first:last]
                if is_name
            ):
                return True
        for told in _NOT_MADE.finditer(sentence.text):
            if any(start < sentence.start + told.start() for start in named):
                return True
        for start, end, _ in mentions[first:last]:
            if _a_new_one_that_will(sentence.text, start - sentence.start, end - sentence.start):
                return True
    return False


def _launched_object(sentence: Sentence, verb_end: int, start: int, end: int) -> bool:
    """Whether the name at start..end (page offsets) is the object right after the verb that
    ends at `verb_end` (a sentence offset), and not a possessive ("the X's report")."""
    offset = sentence.start
    if start < offset + verb_end:
        return False
    if _BEFORE_OBJECT.fullmatch(sentence.text, verb_end, start - offset) is None:
        return False
    # the possessive may close the mention itself, a name the page ran on to its noun
    return _POSSESSIVE.search(sentence.text, start - offset, end - offset + 2) is None


_A_NEW = re.compile(r"\b[Aa]\s+new\s+$")
_WILL_REACH = 40  # characters after the name in which its verb is "will"


def _a_new_one_that_will(text: str, start: int, end: int) -> bool:
    """ "A new European Centre for ... will pool expertise": an initiative the page
    introduces as new and tells only in the future is not running yet."""
    return _A_NEW.search(text, max(0, start - 8), start) is not None and (
        text.find(" will ", end, end + _WILL_REACH) >= 0
    )


def only_active(context: DocumentContext, described: list[Draft]) -> Draft | None:
    """The one initiative a sentence says is the only one still active, if any."""
    for sentence in context.sentences:
        if not (sentence.has_cue("ACTIVE") and _ONLY_ACTIVE.search(sentence.text)):
            continue
        for draft in described:
            if any(sentence.start <= m.start < sentence.end for m in draft.mentions):
                return draft
    return None


# "a proposal for a Recommendation establishing a Child Guarantee", "The proposed Regulation
# also establishes the Centre": what a proposal would set up does not exist yet. The proposal,
# the verb and the name stand in one clause (no ".", ";" or ":" between them).
_PROPOSAL = re.compile(r"\bpropos(?:al|ed)\b", re.IGNORECASE)
_ESTABLISHING = re.compile(r"\bestablish(?:ing|es)\s+(?:a|an|the)\s", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;:]")


def proposal_setting_up(context: DocumentContext, draft: Draft) -> int | None:
    """Where the first sentence that names the initiative as what a proposal would establish
    ends, if one does."""
    stretches: dict[int, list[tuple[int, int]]] = {}  # each sentence read once, not per mention
    for mention in draft.mentions:
        sentence = context.sentence_at(mention.start)
        if sentence is None:
            continue
        if sentence.start not in stretches:
            stretches[sentence.start] = _established_stretches(
                context.text, sentence.start, sentence.end
            )
        # Up to the mention's end: a mention may take in words before the name itself.
        if any(start <= mention.end <= end for start, end in stretches[sentence.start]):
            return sentence.end
    return None


def _established_stretches(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The stretches of a sentence where a name is what a proposal would establish: from
    "establishing the " after a "proposal" to the end of that clause."""
    found = []
    clause_start = start
    for clause_end in [*(m.start() for m in _CLAUSE_END.finditer(text, start, end)), end]:
        proposal = _PROPOSAL.search(text, clause_start, clause_end)
        verb = proposal and _ESTABLISHING.search(text, proposal.end(), clause_end)
        if verb:
            found.append((verb.end(), clause_end))
        clause_start = clause_end + 1
    return found
