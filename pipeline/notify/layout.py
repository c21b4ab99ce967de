"""What one alert says, in reading order, before any markup: the text and the HTML part are
two renderings of this one layout, so they can never tell different things or counts.

Changes are grouped by initiative; within a group, changes proved by one sentence of the page
share that one quote.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC

from pipeline.compare.matching import loose_key
from pipeline.notify.counts import (
    changed_pages,
    items_of,
    pages_to_look_at,
    subject_counts,
    summary_line,
    tally,
)
from pipeline.notify.items import AlertItem
from pipeline.notify.marking import fragment_link
from pipeline.notify.wording import source_label, telling_quote
from schemas.run import RunReport, SourceOutcome

SOURCES_DEFAULT = "sources.toml"


@dataclass(frozen=True)
class Proof:
    """Changes shown together under the page's sentence that proves them all."""

    items: list[AlertItem]
    quote: str | None  # shown once; None when the lines already say all of it
    quote_is_old: bool
    link: str  # the page, scrolled to the sentence where the browser can


@dataclass(frozen=True)
class Group:
    """The changes of one initiative on one page."""

    initiative: str | None
    page: str
    url: str
    proofs: list[Proof] = field(default_factory=list)


@dataclass(frozen=True)
class PageToLookAt:
    page: str
    url: str
    problems: list[str]


@dataclass(frozen=True)
class AlertLayout:
    subject: str
    summary: str
    run_time: str
    groups: list[Group]
    to_look_at: list[PageToLookAt]
    notices: list[tuple[str, str]]  # (message, url)
    footer: list[str]


def alert_layout(report: RunReport, sources_file: str | None = None) -> AlertLayout:
    counts = tally(report)
    return AlertLayout(
        subject=f"bikwatch: {subject_counts(counts)}",
        summary=summary_line(counts),
        run_time=run_time(report),
        groups=[group for o in changed_pages(report) for group in page_groups(o)],
        to_look_at=[
            PageToLookAt(source_label(o), o.url, [p.message for p in o.diff.health])
            for o in pages_to_look_at(report)
            if o.diff is not None
        ],
        notices=[(n.message, n.url) for n in report.notices],
        footer=footer(report, sources_file or SOURCES_DEFAULT),
    )


def run_time(report: RunReport) -> str:
    when = report.finished_at or report.started_at
    when = when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)
    return f"{when.day} {when:%B %Y, %H:%M} UTC"


def page_groups(outcome: SourceOutcome) -> list[Group]:
    """The page's changes by initiative, in the diff's order."""
    groups: dict[str | None, list[AlertItem]] = {}
    for item in items_of(outcome):
        groups.setdefault(item.initiative, []).append(item)
    label = source_label(outcome)
    return [
        Group(initiative, label, outcome.url, proofs(items, outcome.url))
        for initiative, items in groups.items()
    ]


def proofs(items: list[AlertItem], url: str) -> list[Proof]:
    """Items bundled by the sentence that proves them: one quote per sentence."""
    bundles: dict[str, list[AlertItem]] = {}
    for index, item in enumerate(items):
        shown = telling_quote(_said(item), item.quote)
        key = f"quote:{loose_key(shown)}:{item.quote_is_old}" if shown else f"item:{index}"
        bundles.setdefault(key, []).append(item)
    result = []
    for bundled in bundles.values():
        first = bundled[0]
        shown = telling_quote(_said(first), first.quote)
        evidence = first.new if first.new else first.quote or first.what
        link = url if first.quote_is_old else fragment_link(url, evidence)
        result.append(Proof(bundled, shown, first.quote_is_old, link))
    return result


def _said(item: AlertItem) -> str:
    """Everything the line itself shows, so a quote that adds nothing is left out."""
    return " ".join(filter(None, [item.what, item.old, item.new, item.sentence]))


def footer(report: RunReport, sources_file: str) -> list[str]:
    return [
        f"bikwatch run {report.run_id}, finished {run_time(report)}. Sources: {sources_file}.",
        "You get this alert because your address is among the recipients under [alerts] in "
        f"{sources_file}. To stop or change alerts, edit that list (or set enabled = false on "
        "a source); the same changes are in the Atom feeds of bikwatch's feeds folder.",
    ]
