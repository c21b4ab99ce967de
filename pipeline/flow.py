"""The Prefect flow `scrape`: the only module that imports Prefect.

The flow body is a list of steps; each task is a thin wrapper over a function of
`pipeline.run_steps`, which tests call without Prefect. `scrape` is the entry point (CLI,
`serve`, deployments): it runs `scrape_sources` on the task runner `[runner]` configures, so a
deployment picks threads or Dask from its sources file. Task arguments stay picklable for Dask;
the fetcher and the spaCy pipeline are built per worker process (`pipeline.task_resources`).
"""

from __future__ import annotations

from datetime import UTC, datetime
from logging import Logger, LoggerAdapter
from pathlib import Path
from uuid import uuid4

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture
from prefect.runtime import flow_run
from prefect.task_runners import ThreadPoolTaskRunner

from pipeline import run_steps
from pipeline.config import Workspace, load_config
from pipeline.fetch import FetchedPage
from pipeline.report import render_change_table
from pipeline.run_state import RunLock
from pipeline.run_steps import RunContext
from pipeline.runners import describe_task_runner, make_task_runner, unshared_stores
from pipeline.task_resources import process_nlp, release_fetcher, run_fetcher
from schemas.config import Source
from schemas.errors import BikwatchError, RunFailedError
from schemas.run import Notice, RunReport, SourceOutcome

RunLogger = Logger | LoggerAdapter[Logger]


def _is_transient(task: object, task_run: object, state: object) -> bool:
    """Retry a fetch task only when the failure may pass (timeouts, 5xx, 429)."""
    try:
        state.result()  # type: ignore[attr-defined]
    except BikwatchError as exc:
        return exc.transient
    except Exception:
        return True
    return False


@task(name="fetch", cache_policy=NO_CACHE, retry_condition_fn=_is_transient)
def fetch_task(ctx: RunContext, source: Source) -> FetchedPage:
    return run_steps.fetch_source(ctx, run_fetcher(ctx), source)


@task(name="clean-extract-compare", cache_policy=NO_CACHE)
def process_task(
    ctx: RunContext, source: Source, page: FetchedPage, taken_at: datetime
) -> SourceOutcome:
    return run_steps.process_source(ctx, source, page, taken_at, process_nlp())


@task(name="source-health", cache_policy=NO_CACHE)
def notices_task(ctx: RunContext, outcomes: list[SourceOutcome], now: datetime) -> list[Notice]:
    return run_steps.source_notices(ctx, outcomes, now)


@task(name="publish", cache_policy=NO_CACHE, retries=1)
def publish_task(ctx: RunContext, report: RunReport) -> Path | None:
    return run_steps.publish(ctx, report)


@flow(name="scrape")
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
    for name in unshared_stores(runner, ctx.workspace):
        logger.warning("%s is a local folder but tasks run on a remote Dask cluster", name)
    return scrape_sources.with_options(task_runner=make_task_runner(runner))(**locations)


@flow(name="scrape-sources", task_runner=ThreadPoolTaskRunner(max_workers=4))  # type: ignore[arg-type]
def scrape_sources(
    sources: str | None = None,
    snapshots: str | None = None,
    outbox: str | None = None,
    archive: str | None = None,
    state: str | None = None,
    feeds: str | None = None,
) -> RunReport:
    """The run itself, on the task runner `scrape` chose; same parameters as `scrape`."""
    ctx = _context(
        {
            "sources": sources,
            "snapshots": snapshots,
            "outbox": outbox,
            "archive": archive,
            "state": state,
            "feeds": feeds,
        }
    )
    logger = get_run_logger()
    with RunLock(ctx.workspace.state):
        started = datetime.now(UTC)
        fetch = fetch_task.with_options(
            retries=ctx.config.fetch.task_retries,
            retry_delay_seconds=ctx.config.fetch.task_retry_delay_seconds,
        )
        sources_ = ctx.config.enabled_sources
        fetched = {source.id: fetch.submit(ctx, source) for source in sources_}
        # Prefect hands a future argument over as its result, once the fetch is done.
        processed = {
            source.id: process_task.submit(ctx, source, fetched[source.id], started)  # type: ignore[call-overload]
            for source in sources_
        }
        outcomes = [
            _outcome(logger, source, fetched[source.id], processed[source.id])
            for source in sources_
        ]
        release_fetcher(ctx)
        notices = notices_task(ctx, outcomes, datetime.now(UTC))
        report = RunReport(
            run_id=str(flow_run.id or uuid4()),
            started_at=started,
            finished_at=datetime.now(UTC),
            outcomes=outcomes,
            notices=notices,
        )
        alert = publish_task(ctx, report)
    create_markdown_artifact(render_change_table(report), key="scrape-changes")
    logger.info("run finished: %s; alert: %s", _counts(outcomes), alert or "none")
    if outcomes and all(o.outcome == "failed" for o in outcomes):
        raise RunFailedError(f"every source failed ({len(outcomes)} sources)", report)
    return report


def _outcome(
    logger: RunLogger,
    source: Source,
    fetched: PrefectFuture[FetchedPage],
    processed: PrefectFuture[SourceOutcome],
) -> SourceOutcome:
    """One source's outcome; any failure is confined to its source."""
    try:
        fetched.result()  # a failed fetch is the source's error, not "upstream failed"
        return processed.result()
    except Exception as exc:  # one failing source never stops the others
        logger.warning("source %s failed: %s", source.id, exc)
        return run_steps.failed_outcome(source, exc)


def _context(locations: dict[str, str | None]) -> RunContext:
    workspace = Workspace.resolve(**locations)
    return RunContext(load_config(workspace.sources), workspace)


def _counts(outcomes: list[SourceOutcome]) -> str:
    tally: dict[str, int] = {}
    for outcome in outcomes:
        tally[outcome.outcome] = tally.get(outcome.outcome, 0) + 1
    return ", ".join(f"{n} {kind}" for kind, n in sorted(tally.items())) or "no sources"
