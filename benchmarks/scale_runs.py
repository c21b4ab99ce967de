"""Whole runs over a watch list, without Prefect: timed stage by stage, or as one plain loop.

`staged_run` does what one scheduled run does (`pipeline.run_steps`: fetch, archive, clean,
extract, compare with the baseline, snapshot, then source health and publish) with a clock
around each stage. `plain_run` calls the `run_steps` functions themselves in a loop: the
baseline that Prefect's overhead is measured against, and the memory probe's workload.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from uuid import uuid4

from spacy.language import Language

from extractors.clean import clean_html
from extractors.decode import decode_html
from extractors.extract import build_nlp, extract_document
from pipeline import run_steps
from pipeline.config import Workspace, load_config
from pipeline.fetch import Fetcher
from pipeline.process import compare_with_baseline
from pipeline.run_state import RunLock
from schemas.config import Source
from schemas.run import RunReport, SourceOutcome

# "setup" reads the sources and builds the NLP pipeline, as every run does; "validators" reads
# the baseline snapshot for the conditional request; "health" updates each source's failure
# record; "publish" writes the run record and feeds and queues the alert.
STAGES = (
    "setup", "validators", "fetch", "archive", "clean", "extract", "diff", "snapshot", "health",
    "publish",
)


@dataclass
class StageClock:
    """Seconds spent in each stage, and the stage each failure happened in."""

    seconds: dict[str, float] = field(default_factory=lambda: dict.fromkeys(STAGES, 0.0))
    failures: Counter[str] = field(default_factory=Counter)
    failure_examples: dict[str, str] = field(default_factory=dict)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        except Exception as exc:
            self.failures[name] += 1
            self.failure_examples.setdefault(name, f"{type(exc).__name__}: {exc}"[:160])
            raise
        finally:
            self.seconds[name] += time.perf_counter() - started


@dataclass(frozen=True)
class StagedRun:
    pages: int
    wall_seconds: float
    clock: StageClock
    outcomes: Counter[str]

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.wall_seconds

    def share(self, stage: str) -> float:
        return self.clock.seconds[stage] / self.wall_seconds


def staged_run(workspace: Workspace) -> StagedRun:
    """One run of every source of the workspace, each stage timed; failures are counted."""
    clock = StageClock()
    started_at = datetime.now(UTC)
    started = time.perf_counter()
    with clock.stage("setup"):
        ctx = run_steps.RunContext(load_config(workspace.sources), workspace)
        nlp = build_nlp()
    outcomes: list[SourceOutcome] = []
    with ctx.make_fetcher() as fetcher:
        for source in ctx.config.enabled_sources:
            try:
                outcomes.append(_staged_source(ctx, fetcher, source, nlp, started_at, clock))
            except Exception as exc:  # counted by the clock; the run goes on, as the flow's does
                outcomes.append(run_steps.failed_outcome(source, exc))
    _publish(ctx, outcomes, started_at, clock)
    wall = time.perf_counter() - started
    return StagedRun(len(outcomes), wall, clock, Counter(o.outcome for o in outcomes))


def _staged_source(
    ctx: run_steps.RunContext,
    fetcher: Fetcher,
    source: Source,
    nlp: Language,
    taken_at: datetime,
    clock: StageClock,
) -> SourceOutcome:
    """`run_steps.fetch_source` then `run_steps.process_source`, split at each stage."""
    with clock.stage("validators"):
        validators = run_steps.baseline_validators(ctx, source)
    with clock.stage("fetch"):
        page = fetcher.fetch(source.url, validators)
    if page.not_modified:
        return SourceOutcome(source_id=source.id, url=source.url, outcome="not_modified")
    with clock.stage("archive"):
        ctx.archive.record(source.id, page)
    raw = run_steps.raw_page(page)
    with clock.stage("clean"):
        document = clean_html(decode_html(raw.body, raw.declared_charset), raw.url,
                              site=source.site)
    with clock.stage("extract"):
        extraction = extract_document(document, nlp=nlp)
    with clock.stage("diff"):
        found = ctx.snapshots.baseline(source.id)
        comparison = compare_with_baseline(source, raw, extraction, found[1] if found else None)
    with clock.stage("snapshot"):
        path = ctx.snapshots.write(comparison.snapshot, taken_at)
    return SourceOutcome(
        source_id=source.id, url=source.url, name=extraction.title, outcome=comparison.outcome,
        diff=comparison.diff, snapshot=str(path), baseline=str(found[0]) if found else None,
    )


def _publish(
    ctx: run_steps.RunContext,
    outcomes: list[SourceOutcome],
    started_at: datetime,
    clock: StageClock | None = None,
) -> RunReport:
    """Source-health notices, the run record, feeds and the alert: the end of every run."""
    clock = clock or StageClock()
    with clock.stage("health"):
        notices = run_steps.source_notices(ctx, outcomes, datetime.now(UTC))
    report = RunReport(
        run_id=str(uuid4()), started_at=started_at, finished_at=datetime.now(UTC),
        outcomes=outcomes, notices=notices,
    )
    with clock.stage("publish"):
        run_steps.publish(ctx, report)
    return report


def plain_run(workspace: Workspace) -> RunReport:
    """What the `scrape` flow does, step for step, as plain calls in one thread."""
    ctx = run_steps.RunContext(load_config(workspace.sources), workspace)
    with RunLock(workspace.state), ctx.make_fetcher() as fetcher:
        started_at = datetime.now(UTC)
        nlp = build_nlp()
        outcomes = []
        for source in ctx.config.enabled_sources:
            try:
                page = run_steps.fetch_source(ctx, fetcher, source)
                outcomes.append(run_steps.process_source(ctx, source, page, started_at, nlp))
            except Exception as exc:  # one failing source never stops the others
                outcomes.append(run_steps.failed_outcome(source, exc))
        return _publish(ctx, outcomes, started_at)


def outcome_counts(report: RunReport) -> dict[str, int]:
    return dict(Counter(outcome.outcome for outcome in report.outcomes))
