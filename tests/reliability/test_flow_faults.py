"""The same guarantees through Prefect's engine: the real `scrape` flow and `bikwatch run`.

A few checks only (the engine costs seconds); the plain run steps carry the detailed matrix.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.cli.main import main
from pipeline.replay_server import ReplayServer
from pipeline.run.context import RunContext
from tests.reliability.runs import HTML_UTF8, WatchedSource, context_for, corpus_page
from tests.support.fault_server import FaultServer

pytestmark = pytest.mark.usefixtures("prefect_engine")

PASSWORD_ENV = "BIKWATCH_RELIABILITY_FLOW_PASSWORD"
SECRET = "flow-secret-7Qx-never-shown"
LOCATIONS = ("sources", "snapshots", "outbox", "archive", "state", "feeds")


def location_args(ctx: RunContext) -> dict[str, str]:
    return {name: str(getattr(ctx.workspace, name)) for name in LOCATIONS}


def unused_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def smtp_table() -> str:
    return "\n".join(
        [
            "[smtp]",
            'host = "127.0.0.1"',
            f"port = {unused_port()}",  # nobody listens: delivery fails, the alert is kept
            'username = "bikwatch"',
            f'password_env = "{PASSWORD_ENV}"',
            "timeout = 2",
            "retries = 1",
            "retry_delay = 0",
        ]
    )


def prefect_records(marker: str) -> list[str]:
    """This run's change-table artifacts (found by `marker`) and every log line on the server."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (
        ArtifactFilter,
        ArtifactFilterKey,
        FlowRunFilter,
        TaskRunFilter,
    )
    from prefect.client.schemas.sorting import ArtifactSort, LogSort
    from prefect.logging.handlers import APILogWorker

    APILogWorker.drain_all(timeout=5)  # logs reach the server in batches
    with get_client(sync_client=True) as client:
        key = ArtifactFilter(key=ArtifactFilterKey(any_=["scrape-changes"]))
        found = client.read_artifacts(  # the sync client sends every field: give them all
            artifact_filter=key,
            flow_run_filter=FlowRunFilter(),
            task_run_filter=TaskRunFilter(),
            sort=ArtifactSort.CREATED_DESC,
            limit=200,
            offset=0,
        )
        artifacts = [str(artifact.data) for artifact in found]
        newest = client.read_logs(limit=200, offset=0, sort=LogSort.TIMESTAMP_DESC)
        logs = [log.message for log in newest]
    return [a for a in artifacts if marker in a] + logs


def test_the_flow_completes_reports_each_failure_and_shows_no_secret(
    tmp_path: Path, replay: ReplayServer, faults: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline.flow import scrape

    monkeypatch.setenv(PASSWORD_ENV, SECRET)
    replay.set_page("/good", corpus_page("commission/safer-internet-day-2017.html"), HTML_UTF8)
    ctx = context_for(
        tmp_path,
        [
            WatchedSource("good", replay.url("/good")),
            WatchedSource("reset", faults.url("/reset")),
            WatchedSource("gone", faults.url("/410")),
        ],
        extra=smtp_table(),
        fail_after=1,  # so this very run alerts, and tries to send with the password
    )

    report = scrape(**location_args(ctx))

    outcomes = {o.source_id: o for o in report.outcomes}
    assert outcomes["good"].outcome == "baseline"
    assert outcomes["reset"].outcome == "failed" and "network error" in (
        outcomes["reset"].error or ""
    )
    assert outcomes["gone"].outcome == "failed" and "HTTP 410" in (outcomes["gone"].error or "")
    assert ctx.snapshots.paths("reset") == [] and ctx.snapshots.paths("gone") == []
    assert len(list(ctx.workspace.outbox.glob("*.eml"))) == 1  # kept: the server is down
    records = prefect_records(faults.url("/reset"))
    assert any(faults.url("/reset") in record for record in records)  # the table was found
    assert not any(SECRET in record for record in records)


def test_bikwatch_run_with_a_failing_source_prints_no_traceback(
    tmp_path: Path, replay: ReplayServer, faults: FaultServer, capfd: pytest.CaptureFixture[str]
) -> None:
    replay.set_page("/good", corpus_page("commission/safer-internet-day-2017.html"), HTML_UTF8)
    gone = WatchedSource("gone", faults.url("/404"))
    sources = [WatchedSource("good", replay.url("/good")), gone]
    ctx = context_for(tmp_path, sources)
    argv = ["run", *(f"--{name}={value}" for name, value in location_args(ctx).items())]

    code = main(argv)

    out, err = capfd.readouterr()
    assert code == 0
    assert "gone (failed): " in out and "HTTP 404" in out
    assert "Traceback" not in err and "Traceback" not in out
