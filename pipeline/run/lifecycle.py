"""A run's process and what it starts: gone together, however the run ends.

Prefect starts a temporary API server (uvicorn) in a child process when no server is
configured, and stops it only from an `atexit` hook: a run killed with SIGKILL, or stuck in a
thread at exit, left it running. Here the run starts that server itself, asking the kernel to
kill it when the run's process dies (Linux's PR_SET_PDEATHSIG). And SIGTERM or SIGINT stop a
run within seconds: the flow runs in a worker thread, and the main thread, which receives the
signals, exits the process at once. Every store writes through a temporary file and a rename,
and a run's snapshots count only once its alert is filed, so nothing half-done is left; the
kernel releases the run lock with the process.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from types import FrameType
from typing import Any, TypeVar

Result = TypeVar("Result")

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


def die_with_parent(parent: int, sig: signal.Signals = signal.SIGKILL) -> Callable[[], None]:
    """A `preexec_fn`: the child gets `sig` when the process that started it dies, even when
    that process is killed with SIGKILL and cannot clean up (Linux; elsewhere a no-op)."""

    def arrange() -> None:
        if sys.platform.startswith("linux"):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, sig)
        if os.getppid() != parent:  # the parent died before the request took effect
            os._exit(1)

    return arrange


_server: Any = None  # this process's temporary Prefect server, once started
_server_lock = threading.Lock()


@contextlib.contextmanager
def prefect_server_of_this_process() -> Iterator[None]:
    """Prefect's temporary server for the block, bound to this process, unless one is
    configured (PREFECT_API_URL, or a test harness). Started once per process (the demo runs
    the flow twice) and stopped at exit, after the last log lines are sent."""
    # Deferred on purpose: only `pipeline.flow` imports Prefect at load (see the architecture).
    from prefect.settings import PREFECT_API_URL, get_current_settings, temporary_settings

    # PR_SET_PDEATHSIG follows the thread that started the child: only the main thread lasts
    # as long as the process.
    if get_current_settings().api.url or threading.current_thread() is not threading.main_thread():
        yield
        return
    with temporary_settings(updates={PREFECT_API_URL: _started_server().api_url}):
        yield


def _started_server() -> Any:
    global _server
    with _server_lock:
        if _server is None:
            _server = _bound_server_class()(port=None)
            _server.start()
            atexit.register(_stop_server, _server)
        return _server


def _stop_server(server: Any) -> None:
    _send_pending_logs()
    server.stop()


def _send_pending_logs() -> None:
    """Prefect ships log lines in the background: send the run's last ones while the server is
    still there to take them."""
    # Deferred on purpose, as above.
    from prefect.logging.handlers import APILogWorker

    APILogWorker.drain_all(timeout=5)


def _bound_server_class() -> type[Any]:
    # Deferred on purpose: Prefect's server modules take seconds, needed only without a server.
    import prefect
    from prefect.server.api.server import SubprocessASGIServer
    from prefect.settings import get_current_settings

    class BoundServer(SubprocessASGIServer):
        """Prefect's own temporary server, started with Prefect's command, but dying with us."""

        def _run_uvicorn_command(self) -> subprocess.Popen[Any]:
            app_dir = str(prefect.__module_path__.parent)
            command = [sys.executable, "-m", "uvicorn", "--app-dir", app_dir, "--factory"]
            command += ["prefect.server.api.server:create_app", "--host", "127.0.0.1"]
            command += ["--port", str(self.port), "--log-level", "error", "--lifespan", "on"]
            settings = get_current_settings().to_environment_variables(exclude_unset=True)
            server_env = {"PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1"}
            server_env["PREFECT__SERVER_FINAL"] = "1"
            return subprocess.Popen(
                command,
                env={**os.environ, **server_env, **settings},
                preexec_fn=die_with_parent(os.getpid()),  # main thread, before any task runs
            )

    return BoundServer


def run_until_signal(work: Callable[[], Result], on_stop: Callable[[str], None]) -> Result:
    """`work()` in a worker thread; SIGTERM or SIGINT call `on_stop(name)`, which ends the
    process. Outside the main thread (where no signal arrives) `work()` simply runs."""
    if threading.current_thread() is not threading.main_thread():
        return work()
    outcome: dict[str, Any] = {}

    def target() -> None:
        try:
            outcome["result"] = work()
        except BaseException as exc:  # handed to the main thread as is
            outcome["error"] = exc

    def stop(signum: int, frame: FrameType | None) -> None:
        on_stop(signal.Signals(signum).name)

    previous = {sig: signal.signal(sig, stop) for sig in STOP_SIGNALS}
    try:
        worker = threading.Thread(target=target, name="bikwatch-run", daemon=True)
        worker.start()
        while worker.is_alive():
            worker.join(0.2)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


def exit_now(message: str, code: int) -> None:
    """Leave at once, without waiting for threads stuck on the network."""
    sys.stdout.flush()
    sys.stderr.write(f"bikwatch: error: {message}\n")
    sys.stderr.flush()
    os._exit(code)
