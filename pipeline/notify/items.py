"""The unit every count of bikwatch counts: one change as a reader tells it.

A page's diff is a list of contract-shaped `Change`s; a reader counts differently: a status
change and the end date that came with it are one change ("ended, July 2023"), and a removed
plus an added name of one organisation are one rename. `alert_items` makes that fold once;
the subject, the summary line, the mail body, the feeds, the run summary and the Prefect
artifact all count `AlertItem`s.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from typing import Any, Literal

from schemas.changes import (
    ActionAdded,
    ActionRemoved,
    ActionReworded,
    Change,
    ChangeEvent,
    FieldChanged,
    InitiativeAdded,
    InitiativeRemoved,
    SignatoryJoined,
    SignatoryLeft,
    StatusChanged,
    as_event,
)

Sign = Literal["added", "removed", "changed"]
FIELD_LABELS = {"launched": "launch date", "ended": "end date", "title": "page title"}
ROLE_LABELS = {"signatory": "signatory", "associated": "associated member"}

# The sign of an item in both parts: words say it too, these survive a text-only client.
MARKERS = {"added": "+", "removed": "\u2212", "changed": "~"}


@dataclass(frozen=True)
class AlertItem:
    """One change as a reader counts it, with the page's sentence that proves it."""

    initiative: str | None
    sign: Sign  # added, removed or changed: told by marker, colour and verb
    verb: str  # short, first on the line: "joined", "left", "ended", "renamed", "reworded"
    what: str  # what the verb is about: a name, a date, an action's text
    sentence: str  # the whole change in one plain sentence (summaries, tables)
    kind: str  # the contract kind of the first change it stands for
    quote: str | None = None  # the page's sentence that states it
    quote_is_old: bool = False  # the sentence is of the earlier version (a removal)
    note: str | None = None  # a short aside: "no longer listed", "was active"
    old: str | None = None  # the two wordings of a reworded text
    new: str | None = None


def format_partial_date(value: Any) -> str:
    """`2023-07` reads "July 2023"; `2017-02-07` reads "7 February 2017"; None reads "none"."""
    if value is None:
        return "none"
    parts = str(value).split("-")
    if len(parts) == 1 or not all(part.isdigit() for part in parts):
        return str(value)
    month = calendar.month_name[int(parts[1])]
    if len(parts) == 2:
        return f"{month} {parts[0]}"
    return f"{int(parts[2])} {month} {parts[0]}"


def the(name: str | None) -> str:
    """An initiative named in a sentence: "the Alliance ...", not "the The ..."."""
    if not name:
        return "the page"
    return name if name.casefold().startswith("the ") else f"the {name}"


def alert_items(changes: list[Change]) -> list[AlertItem]:
    """One source's changes as the reader counts them, in the diff's order."""
    events = [as_event(change) for change in changes]
    status_of = {e.initiative: e for e in events if isinstance(e, StatusChanged)}
    renames = _renames(events)
    told_with_removal = {id(joined) for joined in renames.values()}
    items = []
    for event in events:
        if isinstance(event, FieldChanged) and _folds_into(event, status_of):
            continue
        if id(event) in told_with_removal:
            continue
        if isinstance(event, SignatoryLeft) and id(event) in renames:
            items.append(_rename_item(event, renames[id(event)]))
            continue
        end = _end_date(events, event) if isinstance(event, StatusChanged) else None
        items.append(describe_item(event, end))
    return items


def _renames(events: list[ChangeEvent]) -> dict[int, SignatoryJoined]:
    """Removals (by id) whose linked addition is in the same list: one rename each."""
    joined: dict[tuple[str | None, str | None, str | None], SignatoryJoined] = {
        (e.initiative, e.renamed_from, e.signatory): e
        for e in events
        if isinstance(e, SignatoryJoined) and e.renamed_from
    }
    return {
        id(e): joined[(e.initiative, e.signatory, e.renamed_to)]
        for e in events
        if isinstance(e, SignatoryLeft) and (e.initiative, e.signatory, e.renamed_to) in joined
    }


def _folds_into(event: FieldChanged, status_of: dict[str | None, StatusChanged]) -> bool:
    """An end date given with a status change is told on the status's line."""
    return event.field == "ended" and event.new is not None and event.initiative in status_of


def _end_date(events: list[ChangeEvent], status: StatusChanged) -> FieldChanged | None:
    return next(
        (
            e
            for e in events
            if isinstance(e, FieldChanged) and _folds_into(e, {status.initiative: status})
        ),
        None,
    )


def _rename_item(left: SignatoryLeft, joined: SignatoryJoined) -> AlertItem:
    return AlertItem(
        initiative=left.initiative,
        sign="changed",
        verb="renamed",
        what=f"{left.signatory} → {joined.signatory}",
        sentence=f"{left.signatory} is now listed as {joined.signatory} in {the(left.initiative)}",
        kind="signatory_renamed",
        quote=joined.quote,
    )


def describe_item(event: ChangeEvent, end: FieldChanged | None = None) -> AlertItem:
    """The item of one event (a status change with its end date folded into it)."""
    name = event.initiative
    match event:
        case SignatoryJoined():
            return _item(
                event, "added", "joined", event.signatory, f"{event.signatory} joined {the(name)}"
            )
        case SignatoryLeft():
            sentence = f"{event.signatory} is no longer listed in {the(name)}"
            return _item(event, "removed", "left", event.signatory, sentence, "no longer listed")
        case InitiativeAdded():
            return _item(
                event, "added", "new initiative", str(name), f"New initiative on the page: {name}"
            )
        case InitiativeRemoved():
            return _item(
                event,
                "removed",
                "dropped",
                str(name),
                f"Initiative no longer on the page: {name}",
                "no longer on the page",
            )
        case ActionAdded():
            sentence = f"New action in {the(name)}{_strand(event.strand)}: “{event.text}”"
            return _item(event, "added", "new action", event.text, sentence, event.strand)
        case ActionRemoved():
            sentence = f"Action dropped from {the(name)}{_strand(event.strand)}: “{event.text}”"
            return _item(event, "removed", "dropped action", event.text, sentence, event.strand)
        case ActionReworded():
            sentence = f"Action reworded in {the(name)}: “{event.old}” → “{event.new}”"
            item = _item(event, "changed", "reworded", "action", sentence, event.strand)
            return _with(item, old=event.old, new=event.new)
        case StatusChanged():
            return _status_item(event, end)
        case FieldChanged():
            return _field_item(event)
    raise AssertionError(f"unhandled change event {event!r}")


def _item(
    event: ChangeEvent, sign: Sign, verb: str, what: str, sentence: str, note: str | None = None
) -> AlertItem:
    return AlertItem(
        initiative=event.initiative,
        sign=sign,
        verb=verb,
        what=what,
        sentence=sentence,
        kind=event.to_change().kind,
        quote=event.quote,
        quote_is_old=sign == "removed",
        note=note,
    )


def _with(item: AlertItem, **values: Any) -> AlertItem:
    return AlertItem(**{**item.__dict__, **values})


def _status_item(event: StatusChanged, end: FieldChanged | None) -> AlertItem:
    when = format_partial_date(end.new) if end is not None else ""
    sentence = f"{event.initiative}: status {event.old} → {event.new}"
    sentence += f", {when}" if when else ""
    verb = "ended" if event.new == "ended" else f"now {event.new}"
    return _item(event, "changed", verb, when, sentence, f"status was {event.old}")


def _field_item(event: FieldChanged) -> AlertItem:
    if event.field == "name":
        what = f"{event.old} → {event.new}"
        return _item(event, "changed", "renamed", what, f"{event.old} was renamed {event.new}")
    if event.field == "role":
        old = ROLE_LABELS.get(str(event.old), event.old)
        new = ROLE_LABELS.get(str(event.new), event.new)
        sentence = f"{event.value} moved from {old} to {new} in {the(event.initiative)}"
        return _item(event, "changed", "moved", f"{event.value}: {old} → {new}", sentence)
    if event.field == "title":
        what = f"“{event.old or ''}” → “{event.new or ''}”"
        return _item(event, "changed", "retitled", what, f"Page title: {what}")
    label = FIELD_LABELS.get(event.field, event.field)
    what = f"{format_partial_date(event.old)} → {format_partial_date(event.new)}"
    return _item(event, "changed", label, what, f"{event.initiative}: {label} {what}")


def _strand(strand: str | None) -> str:
    return f" ({strand})" if strand else ""
