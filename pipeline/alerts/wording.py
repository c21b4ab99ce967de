"""Changes, health problems and notices in plain words: what an alert, a feed or a summary says.

Every renderer (email text and HTML, Atom feed, run summary, markdown table) uses these
sentences, so a change reads the same wherever a subscriber meets it.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from typing import Any

from pipeline.matching import loose_key
from schemas.changes import (
    ActionAdded,
    ActionRemoved,
    ActionReworded,
    Change,
    ChangeEvent,
    FieldChanged,
    HealthProblem,
    InitiativeAdded,
    InitiativeRemoved,
    SignatoryJoined,
    SignatoryLeft,
    StatusChanged,
    as_event,
)
from schemas.run import SourceOutcome

FIELD_LABELS = {"launched": "launch date", "ended": "end date", "title": "page title"}
ROLE_LABELS = {"signatory": "signatory", "associated": "associated member"}


@dataclass(frozen=True)
class Sentence:
    """One line of an alert: what happened, and the page's own words as evidence."""

    text: str
    quote: str | None = None
    kind: str | None = None  # the change kind it tells, for tables


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


def describe_changes(changes: list[Change]) -> list[Sentence]:
    """Sentences for one source's changes; an end date folds into its status change."""
    events = [as_event(change) for change in changes]
    folded = _end_dates_beside_status(events)
    sentences = []
    for event in events:
        if isinstance(event, FieldChanged) and event.field == "ended" and event in folded.values():
            continue
        end = folded.get(event.initiative) if isinstance(event, StatusChanged) else None
        text = describe_event(event, end)
        sentences.append(Sentence(text, _telling_quote(text, event.quote), event.to_change().kind))
    return sentences


def _telling_quote(sentence: str, quote: str | None) -> str | None:
    """The page's words, unless the sentence already says all of them ("> Super RTL")."""
    if quote is None or loose_key(quote) in loose_key(sentence):
        return None
    return quote


def _end_dates_beside_status(events: list[ChangeEvent]) -> dict[str | None, FieldChanged]:
    with_status = {e.initiative for e in events if isinstance(e, StatusChanged)}
    return {
        e.initiative: e
        for e in events
        if isinstance(e, FieldChanged)
        and e.field == "ended"
        and e.new is not None
        and e.initiative in with_status
    }


def describe_event(event: ChangeEvent, end: FieldChanged | None = None) -> str:
    name = event.initiative
    match event:
        case SignatoryJoined():
            return f"{event.signatory} joined {the(name)}"
        case SignatoryLeft():
            return f"{event.signatory} is no longer listed in {the(name)}"
        case InitiativeAdded():
            return f"New initiative on the page: {name}"
        case InitiativeRemoved():
            return f"Initiative no longer on the page: {name}"
        case ActionAdded():
            return f"New action in {the(name)}{_strand(event.strand)}: “{event.text}”"
        case ActionRemoved():
            return f"Action dropped from {the(name)}{_strand(event.strand)}: “{event.text}”"
        case ActionReworded():
            return f"Action reworded in {the(name)}: “{event.old}” → “{event.new}”"
        case StatusChanged():
            suffix = f", {format_partial_date(end.new)}" if end is not None else ""
            return f"{name}: status {event.old} → {event.new}{suffix}"
        case FieldChanged():
            return _describe_field(event)
    raise AssertionError(f"unhandled change event {event!r}")


def _describe_field(event: FieldChanged) -> str:
    if event.field == "name":
        return f"{event.old} was renamed {event.new}"
    if event.field == "role":
        old, new = ROLE_LABELS.get(str(event.old), event.old), ROLE_LABELS.get(str(event.new))
        return f"{event.value} moved from {old} to {new} in {the(event.initiative)}"
    label = FIELD_LABELS.get(event.field, event.field)
    if event.field == "title":
        return f"Page title: “{event.old or ''}” → “{event.new or ''}”"
    old, new = format_partial_date(event.old), format_partial_date(event.new)
    return f"{event.initiative}: {label} {old} → {new}"


def _strand(strand: str | None) -> str:
    return f" ({strand})" if strand else ""


def describe_problem(problem: HealthProblem) -> str:
    return (
        f"The page needs a look: {problem.message}. No removals were reported, and the next "
        "run is compared with the last good version."
    )


def source_label(outcome: SourceOutcome) -> str:
    """A one-line human name for a source: its name, else its id."""
    return " ".join((outcome.name or outcome.source_id).split())
