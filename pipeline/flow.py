"""The Prefect flow `scrape`: the only module that imports Prefect.

The flow body is a list of steps; each task is a thin wrapper over a function of
`pipeline.run.steps`, which tests call without Prefect. `scrape` is the entry point (CLI,
`serve`, deployments): it runs `scrape_sources` on the task runner `[runner]` configures, so a
deployment picks threads or Dask from its sources file. Task arguments stay picklable for Dask;
the fetcher and the spaCy pipeline are built per worker process (`pipeline.run.worker_resources`).

Sources go to tasks in batches (one source per task for a short watch list): Prefect records
every task run, and on thousands of pages one task per page would cost more than the pages.
A fetch that failed for a passing reason is retried by `run_steps.run_sources`, per source.
"""

from __future__ import annotations

import logging
import signal
from datetime import UTC, datetime
from logging import Logger, LoggerAdapter
from typing import Any
from uuid import uuid4

from pipeline.run.prefect_env import prepare_prefect

prepare_prefect()

import prefect.main  # noqa: E402, F401  (sets up Prefect's logging, console handler included)
from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.artifacts import create_markdown_artifact  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.exceptions import MissingResult  # noqa: E402
from prefect.futures import PrefectFuture  # noqa: E402
from prefect.logging.handlers import PrefectConsoleHandler  # noqa: E402
from prefect.runtime import flow_run, task_run  # noqa: E402
from prefect.states import Completed  # noqa: E402
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner  # noqa: E402

from pipeline.config import Workspace, load_config  # noqa: E402
from pipeline.notify.change_table import render_change_table  # noqa: E402
from pipeline.run import progress  # noqa: E402
from pipeline.run import steps as run_steps  # noqa: E402
from pipeline.run.context import RunContext  # noqa: E402
from pipeline.run.lifecycle import (  # noqa: E402
    exit_now,
    prefect_server_of_this_process,
    run_until_signal,
)
from pipeline.run.runners import describe_task_runner, unshared_stores  # noqa: E402
from pipeline.run.worker_resources import process_nlp, release_fetcher, run_fetcher  # noqa: E402
from pipeline.store.locations import STORE_NAMES  # noqa: E402
from pipeline.store.run_state import RunLock, StateStore  # noqa: E402
from schemas.config import RunnerConfig, Source  # noqa: E402
from schemas.errors import ConfigError, RunFailedError  # noqa: E402
from schemas.run import Notice, RunReport, SourceOutcome  # noqa: E402

RunLogger = Logger | LoggerAdapter[Logger]

# bikwatch's own loggers; Prefect sends their records to the server (PREFECT_LOGGING_EXTRA_LOGGERS)
BIKWATCH_LOGGERS = ("bikwatch", "pipeline")

# The thread pool of `scrape` itself: the default `[runner]` runs on it, any other in a subflow.
DEFAULT_THREADS = RunnerConfig.model_fields["max_workers"].default


def _batch_run_name() -> str:
    """A task run named by the sources it carries, as the Prefect UI lists it."""
    return run_steps.batch_name(task_run.parameters.get("sources", []))


@task(name="fetch-and-process", task_run_name=_batch_run_name, cache_policy=NO_CACHE)
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
    locations = _locations(locals())
    logger = get_run_logger()
    _log_info_to_prefect()
    ctx = _context(locations)
    runner = ctx.config.runner
    logger.info("tasks run on %s", describe_task_runner(runner))
    if runner.kind == "threads" and runner.max_workers == DEFAULT_THREADS:
        # This flow's own thread pool fits: a subflow would add a second to every run.
        return _finished(_run(ctx))
    for name in unshared_stores(runner, ctx.workspace):
        logger.warning("%s is a local folder but tasks run on a remote Dask cluster", name)
    report = scrape_sources.with_options(task_runner=make_task_runner(runner))(**locations)
    return _finished(report)


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
    return _finished(_run(_context(_locations(locals()))))


def _locations(parameters: dict[str, Any]) -> dict[str, str | None]:
    """The flow's store parameters (one per row of `STORES`; Prefect needs them spelled out
    in the signatures above) as `Workspace.resolve` takes them."""
    return {name: parameters[name] for name in STORE_NAMES}


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
    failure = _all_failed(report)
    if failure is not None:
        raise failure
    return report


def _all_failed(report: RunReport) -> RunFailedError | None:
    """The error of a run in which every source failed, else None."""
    outcomes = report.outcomes
    if outcomes and all(o.outcome == "failed" for o in outcomes):
        return RunFailedError(f"every source failed ({len(outcomes)} sources)", report)
    return None


def _outcomes(
    logger: RunLogger, batch: list[Source], future: PrefectFuture[list[SourceOutcome]]
) -> list[SourceOutcome]:
    """A batch's outcomes; a task that crashed as a whole fails its sources, not the run."""
    try:
        return future.result()
    except Exception as exc:
        logger.warning("sources %s failed: %s", ", ".join(s.id for s in batch), exc)
        failed = [run_steps.failed_outcome(source, exc, internal=True) for source in batch]
        for outcome in failed:
            progress.announce(outcome)
        return failed


def _finished(report: RunReport) -> Any:
    """The run's final state: Completed, with a message that tells how many sources failed.

    Prefect makes a returned state the flow run's state and hands callers its data (the
    report). A run where every source failed raised before, and is Failed.
    """
    total = len(report.outcomes)
    failed = sum(outcome.outcome == "failed" for outcome in report.outcomes)
    told = f"{failed} of {total} sources failed" if failed else f"{total} sources, none failed"
    return Completed(message=f"Completed: {told}", data=report)


def _log_info_to_prefect() -> None:
    """Let bikwatch's INFO lines through to the Prefect server. Left unset, these loggers
    inherit the root logger's WARNING; an operator's explicit level is kept. The CLI keeps
    its terminal quiet at the console handler instead (`quiet_console_tracebacks`)."""
    for name in BIKWATCH_LOGGERS:
        logger = logging.getLogger(name)
        if logger.level == logging.NOTSET:
            logger.setLevel(logging.INFO)


def _context(locations: dict[str, str | None]) -> RunContext:
    workspace = Workspace.resolve(**locations)
    return RunContext(load_config(workspace.sources), workspace)


def _counts(outcomes: list[SourceOutcome]) -> str:
    tally: dict[str, int] = {}
    for outcome in outcomes:
        tally[outcome.outcome] = tally.get(outcome.outcome, 0) + 1
    return ", ".join(f"{n} {kind}" for kind, n in sorted(tally.items())) or "no sources"


def run_flow(**locations: str | None) -> RunReport:
    """Run `scrape` once, in this process, with a quiet console (see below), on a Prefect
    server that dies with this process (unless one is configured), stopped within seconds by
    SIGTERM or SIGINT (see `pipeline.run.lifecycle`)."""
    quiet_console_tracebacks()
    with prefect_server_of_this_process():
        return run_until_signal(lambda: _scrape_report(**locations), _stop_run)


def _scrape_report(**locations: str | None) -> RunReport:
    """The report of one `scrape` run. Prefect hands back the data of the state the flow
    returned; when the server answers that final state with its own copy, which carries no
    data (results are not persisted), the report is read back from the run record the run
    itself saved (`publish`), by the flow run's id."""
    state = scrape(**locations, return_state=True)
    try:
        report: RunReport = state.result()
    except MissingResult:
        run_id = str(state.state_details.flow_run_id)
        workspace = Workspace.resolve(**locations)
        saved = [r for r in StateStore(workspace.state).runs() if r.run_id == run_id]
        if not saved:
            raise
        report = saved[0]
        if state.is_failed():
            raise failed_run_error(report, state.message) from None
    return report


def failed_run_error(report: RunReport, message: str | None) -> RunFailedError:
    """The error of a flow run that failed after saving its record: every source failed, or
    the flow's own failure (Prefect's state message), with the record."""
    return _all_failed(report) or RunFailedError(message or "the run failed", report)


def _stop_run(signal_name: str) -> None:
    code = 128 + int(getattr(signal, signal_name))
    exit_now(f"interrupted by {signal_name}: the run stopped before its end", code)


class _WithoutTraceback(logging.Filter):
    """Console records as one line: a failing source is an outcome the summary reports, not a
    crash. The record reaches Prefect's API handler (on its own logger) before the console's, so
    the Prefect UI keeps the full traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        return True


def quiet_console_tracebacks(level: int = logging.ERROR + 1) -> None:
    """Keep Prefect's console quiet in a CLI run: the CLI prints its own summary on stdout and,
    when the run fails, one `bikwatch: error:` line (the CLI contract). Prefect's API handler
    is untouched, so the Prefect UI keeps every log line with its traceback."""
    for handler in logging.getLogger().handlers:
        if not isinstance(handler, PrefectConsoleHandler):
            continue  # another handler (a test's capture, an operator's file) keeps it all
        handler.setLevel(max(handler.level, level))
        if not any(isinstance(f, _WithoutTraceback) for f in handler.filters):
            handler.addFilter(_WithoutTraceback())


def make_task_runner(config: RunnerConfig) -> TaskRunner[Any]:
    """A fresh, not yet started task runner for one flow run."""
    if config.kind == "threads":
        return ThreadPoolTaskRunner(max_workers=config.max_workers)
    try:  # deferred on purpose: Dask is optional, and slow to import for a run on threads
        from prefect_dask import DaskTaskRunner
    except ImportError as exc:
        raise ConfigError(f'runner kind "dask" needs prefect-dask installed: {exc}') from None
    if config.dask_address is not None:
        return DaskTaskRunner(address=config.dask_address)
    return DaskTaskRunner(
        cluster_class="distributed.LocalCluster",
        cluster_kwargs={
            "n_workers": config.dask_workers,
            "threads_per_worker": config.max_workers,
            "processes": config.dask_processes,
            # No dashboard: it needs bokeh, and a scheduled job has nobody to look at it.
            "dashboard_address": None,
        },
    )
