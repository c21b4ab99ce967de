"""Rules across registry entries that one entry's model cannot check alone.

Each function returns the problems as short phrases (empty when the data is sound), so a
reviewer sees every broken entry at once rather than the first one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from schemas.dates import is_not_after
from schemas.registry import Initiative, Organisation

Normalise = Callable[[str], str]


def initiative_problems(entries: Sequence[Initiative], normalise: Normalise) -> list[str]:
    return [
        *_duplicate_ids([entry.id for entry in entries]),
        *_broken_relations(entries),
        *_ambiguous_mentions(entries, normalise),
        *_contextual_clashes(entries, normalise),
        *_dates_out_of_order(entries),
        *[f"{entry.id} has no source URL" for entry in entries if not entry.source_urls],
    ]


def organisation_problems(entries: Sequence[Organisation], normalise: Normalise) -> list[str]:
    owners: dict[str, set[str]] = {}
    for entry in entries:
        for name in (entry.name, *entry.aliases):
            owners.setdefault(normalise(name), set()).add(entry.id)
    shared = [
        f"{key!r} names {', '.join(sorted(ids))}" for key, ids in owners.items() if len(ids) > 1
    ]
    return [*_duplicate_ids([entry.id for entry in entries]), *shared]


def _duplicate_ids(ids: list[str]) -> list[str]:
    return [f"id {id_} is used {count} times" for id_, count in Counter(ids).items() if count > 1]


def _broken_relations(entries: Sequence[Initiative]) -> list[str]:
    known = {entry.id for entry in entries}
    problems = []
    for entry in entries:
        targets = [entry.parent, entry.merged_into, *entry.predecessors]
        for target in filter(None, targets):
            if target == entry.id:
                problems.append(f"{entry.id} relates to itself")
            elif target not in known:
                problems.append(f"{entry.id} relates to unknown id {target}")
    return problems


def _ambiguous_mentions(entries: Sequence[Initiative], normalise: Normalise) -> list[str]:
    """A global mention must name one entry only, or resolving it would be a guess."""
    owners: dict[str, set[str]] = {}
    for entry in entries:
        for mention in entry.global_mentions:
            owners.setdefault(normalise(mention), set()).add(entry.id)
    return [
        f"global alias {key!r} names {', '.join(sorted(ids))}"
        for key, ids in owners.items()
        if len(ids) > 1
    ]


def _contextual_clashes(entries: Sequence[Initiative], normalise: Normalise) -> list[str]:
    """A contextual alias that the entry already resolves globally is a slip in the data."""
    return [
        f"{entry.id}: contextual alias {mention!r} is already one of its global names"
        for entry in entries
        for mention in entry.contextual_aliases
        if normalise(mention) in {normalise(own) for own in entry.global_mentions}
    ]


def _dates_out_of_order(entries: Sequence[Initiative]) -> list[str]:
    return [
        f"{entry.id} ended ({entry.ended.date}) before it launched ({entry.launched.date})"
        for entry in entries
        if entry.launched
        and entry.ended
        and not is_not_after(entry.launched.date, entry.ended.date)
    ]
