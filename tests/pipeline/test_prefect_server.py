"""Which Prefect server `bikwatch run` talks to, the progress lines, and a server child that
cannot outlive its parent. A server's health check is played by a real loopback HTTP server."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.cli.prefect_server import NO_SERVER_HINT, ProgressLines, server_for_run
from pipeline.replay_server import ReplayServer
from pipeline.run.local_server import SERVER_RECORD, ServerError, is_healthy
from schemas.changes import DiffResult
from schemas.run import SourceOutcome


@pytest.fixture
def healthy() -> Iterator[str]:
    """The API address of something that answers Prefect's health check."""
    with ReplayServer({"/api/health": (b"true", "application/json")}) as server:
        yield server.url("/api")


@pytest.fixture(autouse=True)
def no_api_url(monkeypatch: pytest.MonkeyPatch) -> None:
    # Set, then deleted: so that monkeypatch also undoes what `server_for_run` sets.
    monkeypatch.setenv("PREFECT_API_URL", "")
    monkeypatch.delenv("PREFECT_API_URL")


def write_record(state: Path, api_url: str) -> None:
    state.mkdir(parents=True, exist_ok=True)
    (state / SERVER_RECORD).write_text(json.dumps({"api_url": api_url}), encoding="utf-8")


def test_run_reuses_the_server_serve_recorded(
    tmp_path: Path, healthy: str, capsys: pytest.CaptureFixture[str]
) -> None:
    write_record(tmp_path, healthy)

    assert server_for_run(tmp_path, quiet=False) == healthy
    assert os.environ["PREFECT_API_URL"] == healthy
    assert capsys.readouterr().err == ""


def test_a_dead_recorded_server_is_ignored_and_the_hint_said_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with ReplayServer() as gone:
        dead = gone.url("/api")
    write_record(tmp_path, dead)

    assert server_for_run(tmp_path, quiet=False) is None
    assert capsys.readouterr().err == NO_SERVER_HINT
    assert server_for_run(tmp_path, quiet=True) is None
    assert capsys.readouterr().err == ""


def test_prefect_api_url_wins_and_must_answer(
    tmp_path: Path, healthy: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PREFECT_API_URL", healthy)
    assert server_for_run(tmp_path, quiet=False) == healthy

    with ReplayServer() as gone:
        dead = gone.url("/api")
    monkeypatch.setenv("PREFECT_API_URL", dead)
    with pytest.raises(ServerError, match="does not answer"):
        server_for_run(tmp_path, quiet=False)
    assert not is_healthy(dead)


def test_progress_lines_tell_each_source_as_it_completes() -> None:
    stream = io.StringIO()
    lines = ProgressLines(3, stream)
    url = "http://127.0.0.1/page"

    lines(SourceOutcome(source_id="a", url=url, name="Page A", outcome="unchanged"))
    lines(SourceOutcome(source_id="b", url=url, outcome="failed", error="cannot resolve host x"))
    lines(SourceOutcome(source_id="c", url=url, outcome="changed", diff=DiffResult()))

    assert stream.getvalue().splitlines() == [
        "[1/3] Page A: unchanged",
        "[2/3] b: failed: cannot resolve host x",
        "[3/3] c: changed (0 changes)",
    ]


PARENT = """
import functools, os, subprocess, sys, time
import signal
from pipeline.run.lifecycle import die_with_parent
die = die_with_parent(os.getpid(), signal.SIGTERM)
child = subprocess.Popen(["sleep", "60"], preexec_fn=die)
print(child.pid, flush=True)
time.sleep(60)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")
def test_a_server_child_dies_with_its_parent_even_on_sigkill() -> None:
    parent = subprocess.Popen([sys.executable, "-c", PARENT], stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    child = int(parent.stdout.readline())

    parent.send_signal(signal.SIGKILL)
    parent.wait()

    deadline = time.monotonic() + 10
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(child)


def _alive(pid: int) -> bool:
    """Running, as opposed to gone or a zombie awaiting its reaper."""
    try:
        status = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return status != "Z"
