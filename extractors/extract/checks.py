"""Warnings when an initiative's extraction disagrees with the counts its page announces.

"sets out nine actions under three main strands" with eight actions found, or "signed by
21 companies" with 20 found: the page or the extractor is wrong, and a reader should look.
A count speaks of the initiative only in a sentence that mentions it ("Its 21 members" of
a working group does not), and "44 commitments in the following areas:" counts areas.
"""

from __future__ import annotations

import re

from extractors.extract.actions import FoundAction
from extractors.extract.context import DocumentContext
from extractors.extract.counts import (
    action_count_nouns,
    announced_counts,
    count_warning,
    strand_count_nouns,
)
from extractors.extract.drafts import Draft
from extractors.extract.roles import count_nouns

_FOLLOWING = re.compile(r"\bthe following\b", re.IGNORECASE)


def _role_text(context: DocumentContext, draft: Draft) -> str:
    """The sentences of the draft's blocks that mention it beside a role or launch cue."""
    return " ".join(
        s.text
        for s in context.sentences_holding([mention.start for mention in draft.mentions])
        if s.block in draft.owned
        and any(s.has_cue(label) for label in ("SIGNATORY", "LAUNCH", "LAUNCH_WEAK"))
    )


def _action_counts(text: str) -> list[tuple[int, str]]:
    """The counts an announcement gives of what its list holds."""
    nouns = action_count_nouns()
    announced = announced_counts(text, nouns)
    following = _FOLLOWING.search(text)
    if following is None:
        return announced
    listed = [w.lower() for w in re.findall(r"\w+", text[following.end() :]) if w.lower() in nouns]
    return [(number, noun) for number, noun in announced if listed and noun == listed[0]]


def count_warnings(
    context: DocumentContext,
    draft: Draft,
    signatory_count: int,
    actions: list[FoundAction],
    announcements: set[int],
) -> list[str]:
    """One warning per announced count of actions, strands or signatories not found."""
    action_text = " ".join(context.blocks[index].text for index in sorted(announcements))
    strands = {action.strand for action in actions if action.strand}
    announced = _action_counts(action_text)
    by_strand = len(strands) > 1
    strand_nouns = strand_count_nouns()
    action_counts = [n for n, noun in announced if not (by_strand and noun in strand_nouns)]
    strand_counts = [n for n, noun in announced if by_strand and noun in strand_nouns]
    signatory_counts = [n for n, _ in announced_counts(_role_text(context, draft), count_nouns())]
    warnings = [
        count_warning("actions", len(actions), action_counts),
        count_warning("strands", len(strands), strand_counts),
        count_warning("signatories", signatory_count, signatory_counts),
    ]
    return [warning for warning in warnings if warning]
