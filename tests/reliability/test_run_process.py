"""A `bikwatch run` process stuck beside a dribbling server: SIGTERM, SIGINT and SIGKILL.

Real processes: the CLI in a child process with Prefect's own temporary server, a raw-socket
server that dribbles its headers. The run must stop within seconds of SIGTERM or SIGINT, write
no snapshot, free its lock; and after a SIGKILL no process it started may stay behind.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.config import Workspace
from pipeline.store.run_state import RunLock
from tests.reliability.runs import WatchedSource, write_sources
from tests.support.fault_server import FaultServer

ROOT = Path(__file__).resolve().parents[2]
# Patient settings: without a deadline over the headers the run would wait for ever.
PATIENT = {"read_timeout": 30.0, "total_deadline": 600.0, "max_attempts": 1}


def start_run(tmp_path: Path, faults: FaultServer) -> subprocess.Popen[bytes]:
    workspace = Workspace.under(tmp_path)
    source = WatchedSource("slow", faults.url("/dribble-headers"))
    write_sources(workspace.sources, [source], fetch={**PATIENT, "respect_robots": "false"})
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    command = [
        sys.executable,
        "-m",
        "pipeline.cli.main",
        "run",
        "--sources",
        str(workspace.sources),
    ]
    for name in ("snapshots", "outbox", "archive", "state", "feeds"):
        command += [f"--{name}", str(workspace.absolute(name))]
    # A file, not a pipe: a server left behind would hold a pipe open for ever.
    with open(tmp_path / "stderr.txt", "wb") as stderr:
        return subprocess.Popen(command, cwd=ROOT, env=env, stderr=stderr)


def wait_for_fetch(faults: FaultServer, run: subprocess.Popen[bytes]) -> None:
    """Until the run is stuck in the dribbled headers (Prefect's cold start comes first)."""
    give_up = time.monotonic() + 180
    while faults.hits["/dribble-headers"] == 0:
        assert run.poll() is None, "the run ended before fetching"
        assert time.monotonic() < give_up, "the run never fetched"
        time.sleep(0.2)
    time.sleep(1.0)


def children_of(pid: int) -> list[int]:
    """Every living descendant of `pid`, from /proc."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rpartition(")")[2].split()[1])
    found, frontier = [], [pid]
    while frontier:
        parent = frontier.pop()
        kids = [child for child, ppid in parents.items() if ppid == parent]
        found += kids
        frontier += kids
    return found


def is_alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_stops_a_stuck_run_within_seconds(tmp_path: Path, stop: signal.Signals) -> None:
    with FaultServer() as faults:
        run = start_run(tmp_path, faults)
        wait_for_fetch(faults, run)
        started = children_of(run.pid)
        began = time.monotonic()
        run.send_signal(stop)
        try:
            run.wait(timeout=30)
        finally:
            took = time.monotonic() - began
            run.kill()
            for pid in filter(is_alive, started):
                os.kill(pid, signal.SIGKILL)
    stderr = (tmp_path / "stderr.txt").read_text()
    assert took < 5.0, f"the run took {took:.1f} s to stop"
    assert run.returncode == 128 + stop
    assert stderr.strip().splitlines()[-1].startswith("bikwatch: error: interrupted")
    assert not list((tmp_path / "snapshots").rglob("*.json"))
    with RunLock(Workspace.under(tmp_path).state):
        pass  # free again


def test_no_process_outlives_a_killed_run(tmp_path: Path) -> None:
    with FaultServer() as faults:
        run = start_run(tmp_path, faults)
        wait_for_fetch(faults, run)
        started = children_of(run.pid)
        assert started, "the run should have started Prefect's temporary server"
        run.kill()
        run.wait(timeout=30)
        give_up = time.monotonic() + 10
        while any(map(is_alive, started)) and time.monotonic() < give_up:
            time.sleep(0.2)
    left = [pid for pid in started if is_alive(pid)]
    for pid in left:  # do not leave them to the next test
        os.kill(pid, signal.SIGKILL)
    assert left == []
