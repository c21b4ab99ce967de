"""No shared mutable state across tasks: 50 sources on the default task runner, five runs.

The run context's caches change while the run's threads work; Prefect walks every task input
it is given. Before the context was handed over quoted (and its caches locked), healthy sources
failed with "dictionary changed size during iteration" or "Failed to resolve inputs in
parameter 'ctx'", and a false "failing" alert followed.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipeline.config import Workspace, load_config
from pipeline.replay_server import ReplayServer
from pipeline.run.context import RunContext
from pipeline.run.steps import failed_outcome, source_notices
from tests.reliability.runs import WatchedSource, write_sources

SOURCES = 50
RUNS = 5
HTML_UTF8 = "text/html; charset=utf-8"


def page(number: int, run: int) -> bytes:
    items = "".join(f"<li>Member organisation {i} of group {number}</li>" for i in range(12))
    return (
        f"<!doctype html><html><head><title>Initiative {number}</title></head><body><main>"
        f"<h1>Initiative {number}</h1><p>The initiative {number} was launched in 2019 by "
        f"the European Commission; revision {run % 2}.</p><ul>{items}</ul></main></body></html>"
    ).encode()


def scrape_in(workspace: Workspace):  # type: ignore[no-untyped-def]
    from pipeline.flow import scrape

    names = ("sources", "snapshots", "outbox", "archive", "state", "feeds")
    return scrape(**{name: str(getattr(workspace, name)) for name in names})


@pytest.mark.usefixtures("prefect_engine")
def test_fifty_sources_five_runs_on_the_default_runner_never_fail(tmp_path: Path) -> None:
    workspace = Workspace.under(tmp_path)
    with ReplayServer() as server:
        sources = [WatchedSource(f"s{n:02d}", server.url(f"/p/{n}")) for n in range(SOURCES)]
        write_sources(workspace.sources, sources, fail_after=1)
        failures, notices = [], []
        for run in range(RUNS):
            server.set_pages({f"/p/{n}": (page(n, run), HTML_UTF8) for n in range(SOURCES)})
            report = scrape_in(workspace)
            failures += [
                (run, o.source_id, o.error) for o in report.outcomes if o.outcome == "failed"
            ]
            notices += [n.message for n in report.notices if n.kind == "failing"]
            assert len(report.outcomes) == SOURCES
    assert failures == []
    assert notices == []


def test_a_crashed_task_is_not_a_failing_source(tmp_path: Path) -> None:
    """bikwatch's own failure (the task crashed before the source was asked) earns no
    "failing" alert, however many runs in a row it happens."""
    workspace = Workspace.under(tmp_path)
    write_sources(
        workspace.sources, [WatchedSource("control", "http://127.0.0.1:9/")], fail_after=2
    )
    ctx = RunContext(load_config(workspace.sources), workspace)
    [source] = ctx.config.sources
    crash = RuntimeError("dictionary changed size during iteration")
    told = []
    for day in (1, 2, 3):
        outcome = failed_outcome(source, crash, internal=True)
        told += source_notices(ctx, [outcome], datetime(2026, 3, day, tzinfo=UTC))
    assert told == []
    assert ctx.state.source_health("control").consecutive_failures == 0  # type: ignore[union-attr]
