"""Whole runs over a watch list without Prefect: the plain `run_steps` loop, bare or clocked.

`plain_run` does what the `scrape` flow does, step for step, as plain calls in one thread: the
baseline that Prefect's overhead is measured against, and the memory probe's workload.
`staged_run` is the same loop with a clock on each function the run calls (fetch, archive,
clean, extract, diff, snapshot reads and writes, source health, publish), so the shares are
those of the real code path, not of a copy of it that could drift.
"""

from __future__ import annotations

import importlib
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from uuid import uuid4

from spacy.language import Language

from pipeline.config import Workspace, load_config
from pipeline.fetch.fetcher import Fetcher
from pipeline.run import steps as run_steps
from pipeline.run.context import RunContext
from pipeline.run.worker_resources import process_nlp, release_fetcher, run_fetcher
from pipeline.store.run_state import RunLock
from schemas.run import RunReport, SourceOutcome

STAGES = (
    "setup",
    "fetch",
    "archive",
    "snapshot reads",
    "clean",
    "extract",
    "diff",
    "snapshot write",
    "health",
    "publish",
)
# Module functions the run calls, wrapped where the calling module looks them up.
CLOCKED_FUNCTIONS = (
    ("extractors.page", "decode_html", "clean"),
    ("extractors.page", "clean_html", "clean"),
    ("extractors.extract", "extract_document", "extract"),
    ("pipeline.run.decide", "compare_with_baseline", "diff"),
)
# Methods of the run's own store objects, wrapped on the instances: (store, method, stage).
CLOCKED_METHODS = (
    ("archive", "record", "archive"),
    ("snapshots", "baseline", "snapshot reads"),
    ("snapshots", "made_from", "snapshot reads"),
    ("snapshots", "latest", "snapshot reads"),
    ("snapshots", "write", "snapshot write"),
)


@dataclass
class StageClock:
    """Seconds spent in each stage; a call inside a clocked call counts for the outer one."""

    seconds: dict[str, float] = field(default_factory=lambda: dict.fromkeys(STAGES, 0.0))
    failures: Counter[str] = field(default_factory=Counter)
    _active: bool = False

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        if self._active:
            yield
            return
        self._active = True
        started = time.perf_counter()
        try:
            yield
        except Exception:
            self.failures[name] += 1
            raise
        finally:
            self.seconds[name] += time.perf_counter() - started
            self._active = False

    def timed(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def clocked(*args: Any, **kwargs: Any) -> Any:
            with self.stage(name):
                return function(*args, **kwargs)

        return clocked


@dataclass(frozen=True)
class StagedRun:
    pages: int
    wall_seconds: float
    clock: StageClock
    outcomes: Counter[str]
    errors: list[str]  # the first few failed sources' errors

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.wall_seconds

    @property
    def other_seconds(self) -> float:
        """Time outside every clocked call: the glue, hashing and model building between them."""
        return self.wall_seconds - sum(self.clock.seconds.values())

    def share(self, stage: str) -> float:
        return self.clock.seconds[stage] / self.wall_seconds


def plain_run(workspace: Workspace) -> RunReport:
    """What the `scrape` flow does, step for step, as plain calls in one thread."""
    ctx = RunContext(load_config(workspace.sources), workspace)
    with RunLock(workspace.state):
        started_at = datetime.now(UTC)
        outcomes = _each_source(ctx, run_fetcher(ctx), process_nlp(), started_at)
        release_fetcher(ctx)
        return _publish(ctx, outcomes, started_at)


def staged_run(workspace: Workspace) -> StagedRun:
    """`plain_run` with a clock on each stage; failures are counted, never raised."""
    clock = StageClock()
    started_at = datetime.now(UTC)
    started = time.perf_counter()
    with clock.stage("setup"):
        ctx = RunContext(load_config(workspace.sources), workspace)
        nlp, fetcher = process_nlp(), run_fetcher(ctx)
    with RunLock(workspace.state), clocks_on(clock, ctx, fetcher):
        outcomes = _each_source(ctx, fetcher, nlp, started_at)
        release_fetcher(ctx)
        _publish(ctx, outcomes, started_at, clock)
    wall = time.perf_counter() - started
    errors = [f"{o.source_id}: {o.error}" for o in outcomes if o.outcome == "failed"][:3]
    return StagedRun(len(outcomes), wall, clock, Counter(o.outcome for o in outcomes), errors)


@contextmanager
def clocks_on(clock: StageClock, ctx: RunContext, fetcher: Fetcher) -> Iterator[None]:
    """Wrap the run's functions with the clock for the duration of the block."""
    with ExitStack() as undo:
        for module_name, name, stage in CLOCKED_FUNCTIONS:
            module = importlib.import_module(module_name)
            undo.enter_context(_replaced(module, name, clock.timed(stage, getattr(module, name))))
        targets = {"fetcher": fetcher, "archive": ctx.archive, "snapshots": ctx.snapshots}
        for target, name, stage in (("fetcher", "fetch", "fetch"), *CLOCKED_METHODS):
            owner = targets[target]
            undo.enter_context(_replaced(owner, name, clock.timed(stage, getattr(owner, name))))
        yield


@contextmanager
def _replaced(owner: object, name: str, replacement: object) -> Iterator[None]:
    if not hasattr(owner, name):  # the run no longer calls it: the table would be wrong
        raise AttributeError(f"{owner!r} has no {name}: update the clocked functions")
    original = owner.__dict__.get(name) if hasattr(owner, "__dict__") else None
    setattr(owner, name, replacement)
    try:
        yield
    finally:
        if original is None:
            delattr(owner, name)  # back to the class's method
        else:
            setattr(owner, name, original)


def _each_source(
    ctx: RunContext, fetcher: Fetcher, nlp: Language, started_at: datetime
) -> list[SourceOutcome]:
    outcomes = []
    for source in ctx.config.enabled_sources:
        try:
            page = run_steps.fetch_source(ctx, fetcher, source)
            outcomes.append(run_steps.process_source(ctx, source, page, started_at, nlp))
        except Exception as exc:  # one failing source never stops the others
            outcomes.append(run_steps.failed_outcome(source, exc))
    return outcomes


def _publish(
    ctx: RunContext,
    outcomes: list[SourceOutcome],
    started_at: datetime,
    clock: StageClock | None = None,
) -> RunReport:
    """Source-health notices, the run record, feeds and the alert: the end of every run."""
    clock = clock or StageClock()
    with clock.stage("health"):
        notices = run_steps.source_notices(ctx, outcomes, datetime.now(UTC))
    report = RunReport(
        run_id=str(uuid4()),
        started_at=started_at,
        finished_at=datetime.now(UTC),
        outcomes=outcomes,
        notices=notices,
    )
    with clock.stage("publish"):
        run_steps.publish(ctx, report)
    return report


def outcome_counts(report: RunReport) -> dict[str, int]:
    return dict(Counter(outcome.outcome for outcome in report.outcomes))
