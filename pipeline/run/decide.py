"""The per-source decision, in one place: what a new extraction of a page means.

Given the page, its extraction and the source's confirmed history (`SnapshotHistory`):
- no baseline yet: the first snapshot becomes it (`baseline`);
- an error, maintenance or login page, or a collapse (most initiatives gone at once): the page
  "needs a look" (`unhealthy`); its snapshot is marked unhealthy and never becomes a baseline;
- a collapse that looked exactly the same for `fail_after` runs in a row is no glitch: its
  changes, removals included, are told and it becomes the baseline (`changed`);
- the same unhealthy page as last run was already told: the run stays quiet about it;
- otherwise `changed` or `unchanged`, by the diff against the baseline.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from extractors import EXTRACTOR_VERSION
from pipeline.compare.diff import compare_extractions, diff_extractions
from pipeline.compare.page_health import assess_health
from pipeline.fetch.models import FetchedPage
from pipeline.store.blobs import Location
from schemas.changes import DiffResult, HealthProblem
from schemas.config import Source
from schemas.extraction import Extraction
from schemas.run import Outcome, SourceOutcome
from schemas.snapshot import RawRef, Snapshot

if TYPE_CHECKING:  # annotations only: the callers build the context
    from pipeline.run.context import RunContext


@dataclass(frozen=True)
class Comparison:
    outcome: Outcome
    diff: DiffResult
    snapshot: Snapshot


@dataclass(frozen=True)
class Decision:
    """What to write (the snapshot) and what to tell (the outcome) for one source."""

    comparison: Comparison
    told: DiffResult
    baseline: Location | None
    label: str | None

    def outcome(self, source: Source, snapshot_at: Location) -> SourceOutcome:
        return SourceOutcome(
            source_id=source.id,
            url=source.url,
            name=source.name or self.label,
            outcome=self.comparison.outcome,
            diff=self.told,
            snapshot=str(snapshot_at),
            baseline=str(self.baseline) if self.baseline is not None else None,
        )


def decide(
    ctx: RunContext,
    source: Source,
    page: FetchedPage,
    extraction: Extraction,
    *,
    stand_in: tuple[Location, Snapshot] | None = None,
) -> Decision:
    """The decision for one fetched page of a source (see the module's docstring).

    `stand_in` replaces the baseline when the newest snapshot was lost (see
    `pipeline.run.extraction.stand_in_baseline`)."""
    version = ctx.extractor_version(source.site)
    found = stand_in or ctx.baseline(source.id)
    baseline = found[1] if found else None
    comparison = compare_with_baseline(
        source, page, extraction, baseline, extractor_version=version
    )
    if baseline is not None and _collapse_lasts(ctx, source, comparison, extraction):
        comparison = accept_lasting_collapse(
            source, page, extraction, baseline, extractor_version=version
        )
    already_told = comparison.outcome == "unhealthy" and _same_unhealthy_page(ctx, source, page)
    return Decision(
        comparison=comparison,
        # The same error page as last run was already alerted: keep the run quiet about it.
        told=DiffResult() if already_told else comparison.diff,
        baseline=found[0] if found else None,
        label=_page_label(extraction, baseline, comparison),
    )


def compare_with_baseline(
    source: Source,
    page: FetchedPage,
    extraction: Extraction,
    baseline: Snapshot | None,
    *,
    extractor_version: str = EXTRACTOR_VERSION,
) -> Comparison:
    """Diff a new extraction against the baseline and decide the source's outcome.

    An unhealthy page (error or login page, collapse) gets a snapshot marked unhealthy, which
    never becomes a baseline: the next good run is compared with the last good one.
    """
    if baseline is None:
        diff = DiffResult(health=assess_health(extraction, None, http_status=page.status))
    else:
        diff = diff_extractions(baseline.extraction, extraction, http_status=page.status)
    if diff.health:
        outcome: Outcome = "unhealthy"
    elif baseline is None:
        outcome = "baseline"
    else:
        outcome = "changed" if diff.changes else "unchanged"
    snapshot = make_snapshot(source, page, extraction, diff.health, extractor_version)
    return Comparison(outcome=outcome, diff=diff, snapshot=snapshot)


def make_snapshot(
    source: Source,
    page: FetchedPage,
    extraction: Extraction,
    health: list[HealthProblem],
    extractor_version: str = EXTRACTOR_VERSION,
) -> Snapshot:
    """The snapshot of one extraction, tied to the raw body it was made from."""
    return Snapshot(
        source_id=source.id,
        url=source.url,
        extractor_version=extractor_version,
        raw=RawRef(
            sha256=page.sha256,
            url=page.url,
            status=page.status,
            etag=page.validators.etag,
            last_modified=page.validators.last_modified,
        ),
        healthy=not health,
        health=health,
        extraction=extraction,
    )


def accept_lasting_collapse(
    source: Source,
    page: FetchedPage,
    extraction: Extraction,
    baseline: Snapshot,
    *,
    extractor_version: str = EXTRACTOR_VERSION,
) -> Comparison:
    """A page that has looked collapsed, the same way, for several runs has really changed:
    tell every change, removals included, and make it the baseline."""
    changes = [event.to_change() for event in compare_extractions(baseline.extraction, extraction)]
    snapshot = make_snapshot(source, page, extraction, [], extractor_version)
    return Comparison(outcome="changed", diff=DiffResult(changes=changes), snapshot=snapshot)


def _collapse_lasts(
    ctx: RunContext, source: Source, comparison: Comparison, extraction: Extraction
) -> bool:
    """The page looks collapsed, and looked exactly so on the runs before, `fail_after` runs in
    all: not a glitch of the site but the page as it now is."""
    if comparison.outcome != "unhealthy":
        return False
    if {problem.kind for problem in comparison.diff.health} != {"collapse"}:
        return False
    runs = (source.fail_after or ctx.config.alerts.fail_after) - 1
    earlier = ctx.history.recent(source.id, runs)
    return len(earlier) == runs and all(
        not s.healthy
        and {p.kind for p in s.health} == {"collapse"}
        and not compare_extractions(s.extraction, extraction)
        for s in earlier
    )


def _same_unhealthy_page(ctx: RunContext, source: Source, page: FetchedPage) -> bool:
    latest = ctx.history.latest(source.id)
    return latest is not None and not latest[1].healthy and latest[1].raw.sha256 == page.sha256


def _page_label(
    extraction: Extraction, baseline: Snapshot | None, comparison: Comparison
) -> str | None:
    """The page's title; an error or maintenance page's own title would mislabel the source."""
    if comparison.outcome == "unhealthy" and baseline is not None:
        return baseline.extraction.title
    return extraction.title
