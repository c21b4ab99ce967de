"""Running bikwatch's real run steps without Prefect, and looking at what the stores hold.

`run_once` strings together the plain functions of `pipeline.run.steps` the way the flow does
(lock, fetch and process each source with failures confined to it, health notices, publish), so
the reliability tests exercise the same code paths in milliseconds instead of Prefect's seconds.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from spacy.language import Language

from pipeline.config import Workspace, load_config
from pipeline.fetch.fetcher import Fetcher
from pipeline.run import steps as run_steps
from pipeline.run.context import RunContext
from pipeline.store.run_state import RunLock
from schemas.run import RunReport, SourceOutcome
from tests.support.fetching import RecordedSleep, fast_settings

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
FIRST_RUN = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)
HTML_UTF8 = "text/html; charset=utf-8"

# Runs fail fast by retrying little (two attempts, no backoff), not by timing out quickly: the
# timeouts are patient, as a loopback answer can take over half a second on a loaded machine.
RUN_FETCH = {
    "connect_timeout": 5.0,
    "read_timeout": 5.0,
    "total_deadline": 10.0,
    "max_attempts": 2,
    "backoff_base": 0.0,
    "retry_after_cap": 5.0,
    "max_bytes": 1024 * 1024,
}
# Only where a stalled server is the fault under test: short enough that it ends in a second.
STALL_FETCH = {"read_timeout": 0.3, "total_deadline": 0.6}


@dataclass(frozen=True)
class WatchedSource:
    id: str
    url: str
    site: str = "commission"


def corpus_page(name: str) -> bytes:
    return (CORPUS / name).read_bytes()


def write_sources(
    path: Path,
    sources: list[WatchedSource],
    *,
    extra: str = "",
    fail_after: int = 3,
    fetch: Mapping[str, object] | None = None,
) -> Path:
    """A sources.toml with the fast fetch settings (`fetch` overrides some) and `extra` TOML."""
    lines = []
    for source in sources:
        lines += ["[[sources]]", f'id = "{source.id}"', f'url = "{source.url}"']
        lines += [f'site = "{source.site}"', ""]
    settings = {**RUN_FETCH, **(fetch or {})}
    lines += ["[fetch]", *(f"{key} = {value}" for key, value in settings.items())]
    lines += ["task_retries = 0", "", "[alerts]", f"fail_after = {fail_after}", "", extra]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def context_for(root: Path, sources: list[WatchedSource], **options: object) -> RunContext:
    """A run context whose stores all live under `root`, with `sources` as its watch list."""
    workspace = Workspace.under(root)
    write_sources(workspace.sources, sources, **options)  # type: ignore[arg-type]
    return RunContext(load_config(workspace.sources), workspace)


Sleep = Callable[[float], None]


def make_fetcher(ctx: RunContext, sleep: Sleep | None = None) -> Fetcher:
    settings = fast_settings(**ctx.config.fetch.fetcher_settings())
    return Fetcher(settings, ctx.config.allowed_hosts, sleep=sleep or RecordedSleep())


def run_once(
    ctx: RunContext, nlp: Language, *, at: datetime, sleep: Sleep | None = None
) -> RunReport:
    """One scheduled run through the real steps, as `pipeline.flow.scrape` orders them."""
    with RunLock(ctx.workspace.state), make_fetcher(ctx, sleep) as fetcher:
        outcomes = []
        for source in ctx.config.enabled_sources:
            try:
                page = run_steps.fetch_source(ctx, fetcher, source)
                outcomes.append(run_steps.process_source(ctx, source, page, at, nlp))
            except Exception as exc:  # the flow confines every failure to its source too
                outcomes.append(run_steps.failed_outcome(source, exc))
        notices = run_steps.source_notices(ctx, outcomes, at)
        report = RunReport(
            run_id=f"run-{at:%Y%m%dT%H%M%S}",
            started_at=at,
            finished_at=at + timedelta(seconds=1),
            outcomes=outcomes,
            notices=notices,
        )
        run_steps.publish(ctx, report)
    return report


def run_day(day: int) -> datetime:
    """The time of the scheduled run `day` days after the first one."""
    return FIRST_RUN + timedelta(days=day)


def fingerprint(folder: Path) -> Mapping[str, str]:
    """Every file under `folder` (relative path -> sha256), to prove a store was not touched."""
    if not folder.exists():
        return {}
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def outcome_of(report: RunReport, source_id: str) -> SourceOutcome:
    return next(o for o in report.outcomes if o.source_id == source_id)


def removals(report: RunReport) -> list[str]:
    """Every removal any source's diff reported in this run."""
    return [
        change.kind
        for outcome in report.outcomes
        if outcome.diff is not None
        for change in outcome.diff.changes
        if change.kind.endswith("_removed")
    ]
