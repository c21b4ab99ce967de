"""`bikwatch serve` for real: its own local Prefect server, scheduled runs, clean stops.

One Prefect server start for the module (about 25 s on a busy machine): the first `serve`
starts its own server; a second `serve` uses it through PREFECT_API_URL, makes its runs with
one source failing, and is stopped with SIGTERM (its runs also show what the Prefect UI
tells); then the first is stopped with SIGINT, and its server must be gone with it.
"""

from __future__ import annotations

import json
import os
import pty
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from pipeline.demo import DemoPage, demo_sources_toml, find_demo_pages, pages_of
from pipeline.replay_server import ReplayServer
from pipeline.run.local_server import SERVER_RECORD, is_healthy

INTERVAL_SECONDS = "3"
SERVER_START_TIMEOUT = 240.0
RUNS_TIMEOUT = 150.0
STOP_TIMEOUT = 60.0  # about 6 s here; more when a run is cancelled on a very busy machine
LOCATIONS = ("snapshots", "outbox", "archive", "state", "feeds")


@dataclass
class Served:
    """One `bikwatch serve` subprocess, its workspace and the replay it watches."""

    name: str
    root: Path
    replay: ReplayServer
    pages: list[DemoPage]
    process: subprocess.Popen[str]
    out: str = ""

    def stop(self, signum: int) -> tuple[int, str]:
        started = time.monotonic()
        self.process.send_signal(signum)
        self.out, err = self.process.communicate(timeout=STOP_TIMEOUT)
        print(f"serve {self.name} stopped in {time.monotonic() - started:.1f} s")
        return self.process.returncode, err

    def snapshot_counts(self) -> dict[str, int]:
        root = self.root / "snapshots"
        return {p.source_id: len(list((root / p.source_id).glob("*.json"))) for p in self.pages}


def serve_env(api_url: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "BIKWATCH_"))}
    env |= {"PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1"}
    env["PREFECT_RUNNER_POLL_FREQUENCY"] = "2"  # pick a due run up within seconds, not ten
    if api_url is not None:
        env["PREFECT_API_URL"] = api_url
    return env


def start_serve(root: Path, name: str, replay: ReplayServer, api_url: str | None) -> Served:
    pages = find_demo_pages()
    root.mkdir(parents=True)
    sources = root / "sources.toml"
    sources.write_text(demo_sources_toml(pages, replay.base_url), encoding="utf-8")
    stores = [f"--{store}={root / store}" for store in LOCATIONS]
    command = [sys.executable, "-m", "pipeline.cli.main", "serve", f"--sources={sources}", *stores]
    command += ["--name", name, "--interval", INTERVAL_SECONDS]
    process = subprocess.Popen(
        command, env=serve_env(api_url), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    return Served(name, root, replay, pages, process)


def wait_for(what: str, check: Callable[[], Any], timeout: float, served: list[Served]) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for one in served:
            if one.process.poll() is not None:
                pytest.fail(f"serve {one.name} exited early: {one.process.communicate()}")
        try:
            found = check()
        except httpx.HTTPError:  # a busy server may answer late: ask again
            found = None
        if found:
            return found
        time.sleep(0.5)
    pytest.fail(f"timed out waiting for {what}")


def api(api_url: str, path: str, body: dict[str, Any]) -> Any:
    response = httpx.post(f"{api_url}{path}", json=body, timeout=30)
    response.raise_for_status()
    return response.json()


def flow_runs(api_url: str, deployment: str) -> list[dict[str, Any]]:
    query = {"deployments": {"name": {"any_": [deployment]}}, "sort": "START_TIME_ASC"}
    return list(api(api_url, "/flow_runs/filter", query))


def completed(api_url: str, deployment: str) -> list[dict[str, Any]]:
    return [run for run in flow_runs(api_url, deployment) if run["state_type"] == "COMPLETED"]


@pytest.fixture(scope="module")
def replays() -> Iterator[tuple[ReplayServer, ReplayServer]]:
    pages = find_demo_pages()
    with (
        ReplayServer(pages_of(pages, "before")) as first,
        ReplayServer(pages_of(pages, "before")) as second,
    ):
        yield first, second


def test_serve_runs_on_schedule_on_its_own_server_and_stops_cleanly(
    tmp_path: Path, replays: tuple[ReplayServer, ReplayServer]
) -> None:
    own = start_serve(tmp_path / "own", "own", replays[0], api_url=None)
    try:
        record_path = own.root / "state" / SERVER_RECORD
        record = wait_for(
            "serve's own Prefect server",
            lambda: record_path.exists() and json.loads(record_path.read_text()),
            SERVER_START_TIMEOUT,
            [own],
        )
        api_url = record["api_url"]
        assert is_healthy(api_url, timeout=20)
        failing = find_demo_pages()[0]
        replays[1].fail(failing.path, 404, times=None)
        guest = start_serve(tmp_path / "guest", "guest", replays[1], api_url=api_url)
        try:
            check_own_runs_snapshot_both_page_versions(own, api_url)
            check_guest_runs_tell_their_failure(guest, failing, api_url)
            check_run_on_a_terminal_shows_progress_and_the_run(
                tmp_path / "run", replays[0], api_url
            )
        finally:
            code, err = guest.stop(signal.SIGTERM)
        assert code == 0, err
        assert "never awaited" not in err
        assert is_healthy(api_url, timeout=20)  # the guest stops only itself
    finally:
        code, err = own.stop(signal.SIGINT)
    assert code == 0, err
    assert "never awaited" not in err
    assert f"Prefect UI at {api_url.removesuffix('/api')}\n" in own.out
    assert not record_path.exists()
    assert not is_healthy(api_url)
    with pytest.raises(ProcessLookupError):
        os.kill(record["server_pid"], 0)


def check_own_runs_snapshot_both_page_versions(own: Served, api_url: str) -> None:
    wait_for("a first run", lambda: completed(api_url, own.name), RUNS_TIMEOUT, [own])
    assert set(own.snapshot_counts().values()) == {1}
    own.replay.set_pages(pages_of(own.pages, "after"))
    wait_for(
        "a completed run that snapshot the later pages",
        lambda: (
            set(own.snapshot_counts().values()) == {2} and len(completed(api_url, own.name)) >= 2
        ),
        RUNS_TIMEOUT,
        [own],
    )
    assert list((own.root / "outbox").glob("*.eml"))  # the changes were alerted


def check_guest_runs_tell_their_failure(guest: Served, failing: DemoPage, api_url: str) -> None:
    """What the Prefect UI shows of a run with one failed source."""
    runs = wait_for(
        "two runs of the guest",
        lambda: len(done := completed(api_url, guest.name)) >= 2 and done,
        RUNS_TIMEOUT,
        [guest],
    )
    run = runs[-1]
    total = len(guest.pages)
    assert run["state_name"] == "Completed"
    assert run["state"]["message"] == f"Completed: 1 of {total} sources failed"
    # Task runs reach the server as events, recorded a moment after the flow run ends.
    expected_tasks = {f"fetch {page.source_id}" for page in guest.pages}
    wait_for(
        "the run's task runs, named by their sources",
        lambda: (
            expected_tasks <= {t["name"] for t in api(api_url, "/task_runs/filter", _of_run(run))}
        ),
        RUNS_TIMEOUT,
        [guest],
    )

    def run_logs() -> list[dict[str, Any]] | None:
        # Log lines reach the server in batches, after the run's state: ask until they are in.
        logs = api(api_url, "/logs/filter", {"logs": {"flow_run_id": {"any_": [run["id"]]}}})
        warned = any(failing.source_id in log["message"] for log in logs if log["level"] == 30)
        return logs if warned and any(log["level"] == 20 for log in logs) else None

    logs = wait_for("the run's log lines", run_logs, RUNS_TIMEOUT, [guest])
    warnings = [log["message"] for log in logs if log["level"] == 30]
    assert any(failing.source_id in w and "HTTP 404" in w for w in warnings)
    assert any(log["name"].startswith("bikwatch") and log["level"] == 20 for log in logs)
    [table] = api(api_url, "/artifacts/filter", _of_run(run) | {"artifacts": {"type": {}}})
    assert f"]({guest.replay.url(failing.path)})" in table["data"]


def _of_run(run: dict[str, Any]) -> dict[str, Any]:
    return {"flow_runs": {"id": {"any_": [run["id"]]}}}


def check_run_on_a_terminal_shows_progress_and_the_run(
    root: Path, replay: ReplayServer, api_url: str
) -> None:
    """`bikwatch run` on a terminal, with a server: a line per source, then the run's address."""
    pages = find_demo_pages()
    root.mkdir()
    sources = root / "sources.toml"
    sources.write_text(demo_sources_toml(pages, replay.base_url), encoding="utf-8")
    stores = [f"--{store}={root / store}" for store in LOCATIONS]
    command = [sys.executable, "-m", "pipeline.cli.main", "run", f"--sources={sources}", *stores]
    controller, terminal = pty.openpty()
    process = subprocess.Popen(
        command, env=serve_env(api_url), stdout=terminal, stderr=subprocess.PIPE, text=True
    )
    os.close(terminal)
    shown = _read_all(controller)
    _, err = process.communicate(timeout=RUNS_TIMEOUT)
    assert process.returncode == 0, err
    lines = shown.replace("\r\n", "\n").splitlines()
    assert [line.split("] ")[0] for line in lines[: len(pages)]] == [
        f"[{n}/{len(pages)}" for n in range(1, len(pages) + 1)
    ]
    assert f"Prefect UI: {api_url.removesuffix('/api')}/runs/flow-run/" in shown
    assert err == ""  # no hint: a server was there


def _read_all(fd: int) -> str:
    """Everything written to a pseudo-terminal until its last writer closes it."""
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # EIO: the other side is closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(fd)
    return b"".join(chunks).decode()
