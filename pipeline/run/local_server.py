"""A local Prefect server that `bikwatch serve` starts for itself, and `bikwatch run` reuses.

Prefect's scheduler needs a real server: its temporary in-process one cannot schedule, and
starting it costs each `bikwatch run` half a minute. `serve` therefore starts
`prefect server start` as a child process, with SQLite under the state folder, on a free
loopback port, and records its address in the state folder while it lives. The child dies with
its parent however the parent ends (Linux: the kernel sends it SIGTERM), and is terminated on a
normal exit. Prefect is not imported here: the server is another process, checked over HTTP.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import httpx

from pipeline.run.lifecycle import die_with_parent
from schemas.errors import BikwatchError

LOOPBACK = "127.0.0.1"
SERVER_RECORD = "prefect-server.json"  # in the state folder, while `serve` runs
SERVER_HOME = "prefect"  # under the state folder: the server's database and log
STARTUP_TIMEOUT_SECONDS = 180.0  # about 25 s on a busy 2-core machine
STOP_TIMEOUT_SECONDS = 5.0  # then SIGKILL: SQLite's journal keeps the database sound


class ServerError(BikwatchError):
    """A Prefect server could not be started or does not answer."""


def is_healthy(api_url: str, timeout: float = 2.0) -> bool:
    """Whether a Prefect API answers its health check."""
    try:
        response = httpx.get(f"{api_url.rstrip('/')}/health", timeout=timeout, trust_env=False)
    except httpx.HTTPError:
        return False
    return response.status_code == 200


def free_loopback_port() -> int:
    with socket.socket() as probe:
        probe.bind((LOOPBACK, 0))
        return int(probe.getsockname()[1])


def server_environment(home: Path) -> dict[str, str]:
    """The child's environment: its own home and SQLite database, no analytics."""
    env = {key: value for key, value in os.environ.items() if key != "PREFECT_API_URL"}
    database = f"sqlite+aiosqlite:///{home / 'prefect.db'}"
    env |= {
        "PREFECT_HOME": str(home),
        # Both names Prefect 3 reads: one set in the environment must not point elsewhere.
        "PREFECT_API_DATABASE_CONNECTION_URL": database,
        "PREFECT_SERVER_DATABASE_CONNECTION_URL": database,
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
    }
    return env


@dataclass
class LocalPrefectServer:
    """`prefect server start` as a child process, for as long as the `with` block lasts."""

    home: Path
    port: int = 0
    process: subprocess.Popen[bytes] | None = None

    @property
    def api_url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}/api"

    @property
    def log_path(self) -> Path:
        return self.home / "server.log"

    def start(self, timeout: float = STARTUP_TIMEOUT_SECONDS) -> LocalPrefectServer:
        self.home.mkdir(parents=True, exist_ok=True)
        self.port = self.port or free_loopback_port()
        command = [sys.executable, "-m", "prefect", "server", "start"]
        command += ["--host", LOOPBACK, "--port", str(self.port), "--analytics-off"]
        with self.log_path.open("wb") as log:
            # Its own process group: a Ctrl-C in the terminal reaches `serve` alone, which
            # stops serving first and the server after.
            self.process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=server_environment(self.home),
                preexec_fn=die_with_parent(
                    os.getpid(), signal.SIGTERM
                ),  # SIGTERM: shut down cleanly
                process_group=0,
            )
        try:
            self._wait_until_healthy(timeout)
        except BaseException:  # Ctrl-C or SIGTERM while it starts: no server left behind
            self.stop()
            raise
        return self

    def _wait_until_healthy(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while not is_healthy(self.api_url, timeout=1.0):
            if self.process is not None and self.process.poll() is not None:
                raise ServerError(f"the Prefect server exited at start; see {self.log_path}")
            if time.monotonic() > deadline:
                raise ServerError(f"the Prefect server did not start in {timeout:.0f} s")
            time.sleep(0.25)

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(STOP_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def __enter__(self) -> LocalPrefectServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()


def record_server(state: Path, server: LocalPrefectServer) -> Path:
    """Note the server's address in the state folder, for `bikwatch run` to reuse."""
    state.mkdir(parents=True, exist_ok=True)
    path = state / SERVER_RECORD
    temporary = path.with_suffix(".tmp")
    pid = server.process.pid if server.process else None
    record = {"api_url": server.api_url, "server_pid": pid, "serve_pid": os.getpid()}
    temporary.write_text(json.dumps(record), encoding="utf-8")
    temporary.replace(path)
    return path


def forget_server(state: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        (state / SERVER_RECORD).unlink()


def recorded_server(state: Path) -> str | None:
    """The API address `serve` recorded in the state folder, if that server answers."""
    try:
        api_url = json.loads((state / SERVER_RECORD).read_text(encoding="utf-8"))["api_url"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return api_url if isinstance(api_url, str) and is_healthy(api_url) else None
