"""Whether the page presents an initiative as active, ended or still in the making: a
"Status:" line, "the only one still active", "the group will draft the Code"."""

from __future__ import annotations

import re

from extractors.extract.context import DocumentContext, Sentence
from extractors.extract.drafts import Draft

_STATUS_LINE = re.compile(r"^\s*(?:status|implementation period finish)\s*:\s*(.+)$", re.I)
_ACTIVE_VALUES = re.compile(r"\b(?:ongoing|implemented|active|in force|running|open)\b", re.I)
_ENDED_VALUES = re.compile(r"\b(?:ended|completed|closed|expired|finished|repealed)\b", re.I)
_ONLY_ACTIVE = re.compile(r"\bonly\b", re.IGNORECASE)
# An initiative still being made: neither active nor ended yet ("will draft the Code").
_IN_THE_MAKING = re.compile(
    r"\b(?:will|to)\s+(?:draft|prepare|develop|negotiate)\b|\bbeing\s+(?:drafted|prepared|"
    r"negotiated)\b|\bnot\s+yet\s+(?:adopted|signed|agreed|in force|launched)\b|"
    r"\bunder\s+(?:preparation|negotiation)\b",
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


def in_the_making(sentences: list[Sentence]) -> bool:
    """True when the page says the initiative is still to be drafted or adopted: "the group
    will draft the Code", "the Code, not yet adopted"."""
    return any(_IN_THE_MAKING.search(sentence.text) for sentence in sentences)


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
# also establishes the Centre": what a proposal would set up does not exist yet.
_PROPOSED_SETUP = re.compile(
    r"\bpropos(?:al|ed)\b[^.;:]*\bestablish(?:ing|es)\s+(?:a|an|the)\s+[^.;:]*$", re.IGNORECASE
)


def proposal_setting_up(context: DocumentContext, draft: Draft) -> int | None:
    """Where the first sentence that names the initiative as what a proposal would establish
    ends, if one does."""
    for mention in draft.mentions:
        sentence = context.sentence_at(mention.start)
        # Up to the mention's end: a mention may take in words before the name itself.
        if sentence is not None and _PROPOSED_SETUP.search(
            context.text, sentence.start, mention.end
        ):
            return sentence.end
    return None
