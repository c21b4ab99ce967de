"""The Prefect flow `scrape`: the only module that imports Prefect.

The flow body is a list of steps; each task is a thin wrapper over a function of
`pipeline.run_steps`, which tests call without Prefect. `scrape` is the entry point (CLI,
`serve`, deployments): it runs `scrape_sources` on the task runner `[runner]` configures, so a
deployment picks threads or Dask from its sources file. Task arguments stay picklable for Dask;
the fetcher and the spaCy pipeline are built per worker process (`pipeline.task_resources`).

Sources go to tasks in batches (one source per task for a short watch list): Prefect records
every task run, and on thousands of pages one task per page would cost more than the pages.
A fetch that failed for a passing reason is retried by `run_steps.run_sources`, per source.
"""

from __future__ import annotations

from datetime import UTC, datetime
from logging import Logger, LoggerAdapter
from uuid import uuid4

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture
from prefect.runtime import flow_run
from prefect.task_runners import ThreadPoolTaskRunner

from pipeline import run_steps
from pipeline.config import Workspace, load_config
from pipeline.report import render_change_table
from pipeline.run_state import RunLock
from pipeline.run_steps import RunContext
from pipeline.runners import describe_task_runner, make_task_runner, unshared_stores
from pipeline.task_resources import process_nlp, release_fetcher, run_fetcher
from schemas.config import RunnerConfig, Source
from schemas.errors import RunFailedError
from schemas.run import Notice, RunReport, SourceOutcome

RunLogger = Logger | LoggerAdapter[Logger]

# The thread pool of `scrape` itself: the default `[runner]` runs on it, any other in a subflow.
DEFAULT_THREADS = RunnerConfig.model_fields["max_workers"].default


@task(name="fetch-and-process", cache_policy=NO_CACHE)
def sources_task(ctx: RunContext, sources: list[Source], taken_at: datetime) -> list[SourceOutcome]:
    """Fetch, clean, extract, compare and snapshot a batch of sources (see `run_steps`)."""
    return run_steps.run_sources(ctx, run_fetcher(ctx), sources, taken_at, process_nlp())


@task(name="source-health", cache_policy=NO_CACHE)
def notices_task(ctx: RunContext, outcomes: list[SourceOutcome], now: datetime) -> list[Notice]:
    return run_steps.source_notices(ctx, outcomes, now)


@task(name="publish", cache_policy=NO_CACHE, retries=1)
def publish_task(ctx: RunContext, report: RunReport) -> run_steps.Publication:
    return run_steps.publish(ctx, report)


@flow(name="scrape", task_runner=ThreadPoolTaskRunner(max_workers=DEFAULT_THREADS))  # type: ignore[arg-type]
def scrape(
    sources: str | None = None,
    snapshots: str | None = None,
    outbox: str | None = None,
    archive: str | None = None,
    state: str | None = None,
    feeds: str | None = None,
) -> RunReport:
    """Fetch every configured source, clean, extract, snapshot, diff, then alert once."""
    locations = {
        "sources": sources,
        "snapshots": snapshots,
        "outbox": outbox,
        "archive": archive,
        "state": state,
        "feeds": feeds,
    }
    logger = get_run_logger()
    ctx = _context(locations)
    runner = ctx.config.runner
    logger.info("tasks run on %s", describe_task_runner(runner))
    if runner.kind == "threads" and runner.max_workers == DEFAULT_THREADS:
        # This flow's own thread pool fits: a subflow would add a second to every run.
        return _run(ctx)
    for name in unshared_stores(runner, ctx.workspace):
        logger.warning("%s is a local folder but tasks run on a remote Dask cluster", name)
    return scrape_sources.with_options(task_runner=make_task_runner(runner))(**locations)


@flow(name="scrape-sources")
def scrape_sources(
    sources: str | None = None,
    snapshots: str | None = None,
    outbox: str | None = None,
    archive: str | None = None,
    state: str | None = None,
    feeds: str | None = None,
) -> RunReport:
    """The run itself, on the Dask runner `scrape` chose; same parameters as `scrape`."""
    return _run(
        _context(
            {
                "sources": sources,
                "snapshots": snapshots,
                "outbox": outbox,
                "archive": archive,
                "state": state,
                "feeds": feeds,
            }
        )
    )


def _run(ctx: RunContext) -> RunReport:
    """The steps of a run, inside a flow: batches of sources, health notices, publication."""
    logger = get_run_logger()
    with RunLock(ctx.workspace.state):
        started = datetime.now(UTC)
        sources_ = ctx.config.enabled_sources
        batches = run_steps.batches(sources_, ctx.config.runner.max_workers)
        # Each task gets its own copy of its batch; the context's caches are hidden from
        # Prefect's walk over task inputs (see `run_steps.RunCaches`).
        submitted = [(batch, sources_task.submit(ctx, list(batch), started)) for batch in batches]
        outcomes = [
            outcome for batch, future in submitted for outcome in _outcomes(logger, batch, future)
        ]
        for failed in (o for o in outcomes if o.outcome == "failed"):
            logger.warning("source %s failed: %s", failed.source_id, failed.error)
        release_fetcher(ctx)
        notices = notices_task(ctx, outcomes, datetime.now(UTC))
        report = RunReport(
            run_id=str(flow_run.id or uuid4()),
            started_at=started,
            finished_at=datetime.now(UTC),
            outcomes=outcomes,
            notices=notices,
        )
        published = publish_task(ctx, report)
    if published.delivery_failure:
        logger.warning("alert delivery failed: %s", published.delivery_failure)
        report = report.model_copy(update={"delivery_failure": published.delivery_failure})
    create_markdown_artifact(render_change_table(report), key="scrape-changes")
    logger.info("run finished: %s; alert: %s", _counts(outcomes), published.alert or "none")
    if outcomes and all(o.outcome == "failed" for o in outcomes):
        raise RunFailedError(f"every source failed ({len(outcomes)} sources)", report)
    return report


def _outcomes(
    logger: RunLogger, batch: list[Source], future: PrefectFuture[list[SourceOutcome]]
) -> list[SourceOutcome]:
    """A batch's outcomes; a task that crashed as a whole fails its sources, not the run."""
    try:
        return future.result()
    except Exception as exc:
        logger.warning("sources %s failed: %s", ", ".join(s.id for s in batch), exc)
        return [run_steps.failed_outcome(source, exc, internal=True) for source in batch]


def _context(locations: dict[str, str | None]) -> RunContext:
    workspace = Workspace.resolve(**locations)
    return RunContext(load_config(workspace.sources), workspace)


def _counts(outcomes: list[SourceOutcome]) -> str:
    tally: dict[str, int] = {}
    for outcome in outcomes:
        tally[outcome.outcome] = tally.get(outcome.outcome, 0) + 1
    return ", ".join(f"{n} {kind}" for kind, n in sorted(tally.items())) or "no sources"
