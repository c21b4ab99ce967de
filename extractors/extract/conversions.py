"""One initiative under two names: a page that tells a conversion or a rename.

"The signatories asked to turn it into a Code of Conduct under the DSA", on a page about the
Code of Practice, tells of one code that changes its name: the registry keeps the new form as
a successor entry (for the diff of a page that renames it), but this page describes one
initiative, named as the page names it first, the new name an alias.
"""

from __future__ import annotations

import re

from extractors.extract.drafts import Draft
from extractors.registry import Registry, load_initiatives

# What comes right before the new name when a page tells a conversion or a rename:
# "turn it into a", "converted into the", "became a", "renamed (as/to) the", "now called".
_CONVERSION_CUE = re.compile(
    r"\b(?:(?:turn|turns|turned|turning|convert|converts|converted|converting|transform|"
    r"transforms|transformed|transforming)(?:\s+\w+)?\s+into|became|becomes|become|"
    r"renamed(?:\s+(?:as|to|into))?|now\s+called|now\s+known\s+as)\s+(?:the\s+|an?\s+)?$",
    re.IGNORECASE,
)
_CUE_REACH = 50  # characters before a mention that may hold its cue


def _told_as_conversion(text: str, draft: Draft) -> bool:
    return any(
        _CONVERSION_CUE.search(text, max(0, mention.start - _CUE_REACH), mention.start)
        for mention in draft.mentions
    )


def _absorb(keeper: Draft, other: Draft) -> None:
    forms = [other.name, *other.variants]
    keeper.variants.extend(form for form in forms if form not in keeper.variants)
    keeper.mentions = sorted([*keeper.mentions, *other.mentions], key=lambda m: m.start)
    keeper.owned |= other.owned


def merge_converted(
    text: str, described: list[Draft], registry: Registry | None = None
) -> list[Draft]:
    """Described drafts with each registered successor the page tells the conversion to
    folded into its described predecessor (the one described first keeps its name)."""
    registry = registry or load_initiatives()
    by_id = {d.registry_id: d for d in described if d.registry_id}
    later = {entry_id: registry.later_entries(entry_id) for entry_id in by_id}  # walked once
    folded: set[int] = set()
    for draft in described:
        if id(draft) in folded or draft.registry_id is None:
            continue
        if not _told_as_conversion(text, draft):
            continue  # the cheap test first
        earlier = [
            other
            for other_id, other in by_id.items()
            if id(other) not in folded and draft.registry_id in later[other_id]
        ]
        if len(earlier) != 1:
            continue
        first, second = sorted((earlier[0], draft), key=described.index)
        _absorb(first, second)
        folded.add(id(second))
    return [d for d in described if id(d) not in folded]
