"""How much a run changed, counted once: the subject, the summary line, the feeds, the run
summary and the Prefect artifact all read these numbers, in `AlertItem`s."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.notify.items import AlertItem, alert_items
from schemas.run import RunReport, SourceOutcome


@dataclass(frozen=True)
class RunTally:
    changes: int  # AlertItems over every changed page
    initiatives: int  # distinct initiatives those changes are about
    pages_changed: int
    pages_to_look_at: int
    notices: int
    only_page: str | None = None  # the label of the one changed page, when there is one


def items_of(outcome: SourceOutcome) -> list[AlertItem]:
    return alert_items(outcome.diff.changes) if outcome.diff is not None else []


def changed_pages(report: RunReport) -> list[SourceOutcome]:
    return [o for o in report.outcomes if o.diff is not None and o.diff.changes]


def pages_to_look_at(report: RunReport) -> list[SourceOutcome]:
    return [o for o in report.outcomes if o.diff is not None and o.diff.health]


def tally(report: RunReport) -> RunTally:
    changed = changed_pages(report)
    items = [(o.source_id, item) for o in changed for item in items_of(o)]
    initiatives = {(source, i.initiative) for source, i in items if i.initiative is not None}
    only = changed[0] if len(changed) == 1 else None
    return RunTally(
        changes=len(items),
        initiatives=len(initiatives),
        pages_changed=len(changed),
        pages_to_look_at=len(pages_to_look_at(report)),
        notices=len(report.notices),
        only_page=" ".join((only.name or only.source_id).split()) if only else None,
    )


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """`1 change`, `2 changes`."""
    return f"{number} {noun if number == 1 else plural or noun + 's'}"


def subject_counts(t: RunTally, label_limit: int = 80) -> str:
    """ "7 changes on 2 pages; 2 pages need a look": what the subject says."""
    parts = []
    if t.changes:
        where = t.only_page[:label_limit] if t.only_page else counted(t.pages_changed, "page")
        parts.append(f"{counted(t.changes, 'change')} on {where}")
    return "; ".join(parts + _other_counts(t))


def summary_line(t: RunTally) -> str:
    """ "2 initiatives changed on 2 pages (7 changes); 1 page needs a look": the first line."""
    parts = []
    if t.changes and t.initiatives:
        changed = f"{counted(t.initiatives, 'initiative')} changed"
        parts.append(
            f"{changed} on {counted(t.pages_changed, 'page')} ({counted(t.changes, 'change')})"
        )
    elif t.changes:
        parts.append(f"{counted(t.changes, 'change')} on {counted(t.pages_changed, 'page')}")
    return "; ".join(parts + _other_counts(t)) or "nothing changed"


def _other_counts(t: RunTally) -> list[str]:
    parts = []
    if t.pages_to_look_at:
        verb = "needs" if t.pages_to_look_at == 1 else "need"
        parts.append(f"{counted(t.pages_to_look_at, 'page')} {verb} a look")
    if t.notices:
        parts.append(counted(t.notices, "source notice"))
    return parts


def source_counts(outcome: SourceOutcome) -> str:
    """ "3 changes", "the page needs a look", or both: what one source's feed entry says."""
    parts = []
    if outcome.diff is not None and outcome.diff.changes:
        parts.append(counted(len(items_of(outcome)), "change"))
    if outcome.diff is not None and outcome.diff.health:
        parts.append("the page needs a look")
    return "; ".join(parts)
