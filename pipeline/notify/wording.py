"""Changes, health problems and notices in plain words: what an alert, a feed or a summary says.

Every renderer (email text and HTML, Atom feed, run summary, markdown table) tells a source's
changes as the `AlertItem`s of `pipeline.notify.items`, so a change reads, and counts, the same
wherever a subscriber meets it.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.compare.matching import loose_key
from pipeline.notify.items import AlertItem, alert_items, format_partial_date, the
from schemas.changes import Change, HealthProblem
from schemas.run import SourceOutcome

__all__ = [
    "Sentence",
    "describe_changes",
    "describe_problem",
    "format_partial_date",
    "source_label",
    "telling_quote",
    "the",
]

NEEDS_A_LOOK_CONSEQUENCE = (
    "No removals were reported, and the next run is compared with the last good version."
)


@dataclass(frozen=True)
class Sentence:
    """One line of an alert: what happened, and the page's own words as evidence."""

    text: str
    quote: str | None = None
    kind: str | None = None  # the change kind it tells, for tables


def describe_changes(changes: list[Change]) -> list[Sentence]:
    """One sentence per change as the reader counts it (see `alert_items`)."""
    return [as_sentence(item) for item in alert_items(changes)]


def as_sentence(item: AlertItem) -> Sentence:
    return Sentence(item.sentence, telling_quote(item.sentence, item.quote), item.kind)


def telling_quote(said: str, quote: str | None) -> str | None:
    """The page's words, unless what is said already holds all of them ("> Super RTL")."""
    if quote is None or loose_key(quote) in loose_key(said):
        return None
    return quote


def describe_problem(problem: HealthProblem) -> str:
    return f"The page needs a look: {problem.message}. {NEEDS_A_LOOK_CONSEQUENCE}"


def source_label(outcome: SourceOutcome) -> str:
    """A one-line human name for a source: its name, else its id."""
    return " ".join((outcome.name or outcome.source_id).split())
