"""Which Prefect server a command talks to, `bikwatch serve`, and the progress of `bikwatch run`.

`serve` uses the server of PREFECT_API_URL, or else starts a local one for as long as it runs
and records it in the state folder; `run` uses PREFECT_API_URL, or the server `serve` recorded,
or else Prefect's temporary server (about half a minute more per run, which it says once).
These choices are made before Prefect is imported: its settings are read at import.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from pathlib import Path
from types import FrameType
from typing import TextIO

from pipeline.config import Workspace, load_config
from pipeline.notify.wording import source_label
from pipeline.run.local_server import (
    SERVER_HOME,
    LocalPrefectServer,
    ServerError,
    forget_server,
    is_healthy,
    record_server,
    recorded_server,
)
from pipeline.run.prefect_env import prepare_prefect
from pipeline.run.serving import FlowLoader, ServeSchedule, serve_scrape
from pipeline.store.locations import STORE_NAMES
from schemas.run import SourceOutcome

NO_SERVER_HINT = (
    "bikwatch: no Prefect server is running, so this run starts a temporary one (about 30 s "
    "more); keep `bikwatch serve` running, or run `prefect server start` and set "
    "PREFECT_API_URL, and runs reuse it\n"
)


def configured_server() -> str | None:
    """The server of PREFECT_API_URL, checked; None when the variable is not set."""
    api_url = os.environ.get("PREFECT_API_URL")
    if not api_url:
        return None
    if not is_healthy(api_url):
        raise ServerError(f"the Prefect server at PREFECT_API_URL={api_url} does not answer")
    return api_url


def server_for_run(state: Path, *, quiet: bool) -> str | None:
    """The running server `bikwatch run` talks to (set in PREFECT_API_URL), or None."""
    api_url = configured_server() or recorded_server(state)
    if api_url is None:
        if not quiet:
            sys.stderr.write(NO_SERVER_HINT)
        return None
    os.environ["PREFECT_API_URL"] = api_url
    return api_url


def prefect_ui_url() -> str:
    """The Prefect UI of the server in use (Prefect's own rule: right for Prefect Cloud too).
    Imports Prefect: only once PREFECT_API_URL is settled."""
    # Deferred on purpose: Prefect reads PREFECT_API_URL at import, and takes seconds.
    from prefect.settings import PREFECT_UI_URL

    return str(PREFECT_UI_URL.value())


def flow_run_url(run_id: str) -> str:
    """Where the Prefect UI shows a flow run."""
    return f"{prefect_ui_url()}/runs/flow-run/{run_id}"


class ProgressLines:
    """One line per source as it completes, with its outcome: `[3/8] Helplines: unchanged`."""

    def __init__(self, total: int, stream: TextIO) -> None:
        self._total = total
        self._stream = stream
        self._done = 0
        self._lock = threading.Lock()

    def __call__(self, outcome: SourceOutcome) -> None:
        with self._lock:
            self._done += 1
            line = f"[{self._done}/{self._total}] {source_label(outcome)}: {_told(outcome)}"
            self._stream.write(line + "\n")
            self._stream.flush()


def _told(outcome: SourceOutcome) -> str:
    diff = outcome.diff
    if outcome.outcome == "failed":
        return f"failed: {outcome.error or 'unknown error'}"
    if outcome.outcome == "changed" and diff is not None:
        return f"changed ({len(diff.changes)} change{'s' if len(diff.changes) != 1 else ''})"
    if outcome.outcome == "unhealthy" and diff is not None and diff.health:
        return f"needs a look ({diff.health[0].kind})"
    return outcome.outcome.replace("_", " ")


def serve_with_server(args: argparse.Namespace, load_flow: FlowLoader) -> str:
    """`bikwatch serve`: `load_flow` imports the flow once the server is settled."""
    workspace = Workspace.resolve(**{name: getattr(args, name) for name in STORE_NAMES})
    config = load_config(workspace.sources)
    schedule = ServeSchedule(config.schedule.cron, config.schedule.timezone, args.interval)
    parameters = {name: workspace.absolute(name) for name in STORE_NAMES}
    prepare_prefect()
    # Until the runner takes the signals over, SIGTERM stops like Ctrl-C: the server is stopped.
    signal.signal(signal.SIGTERM, _interrupt)
    api_url = configured_server()
    if api_url is not None:
        _serve(load_flow, args.name, schedule, parameters, lasting=True)
        return "bikwatch: stopped"
    home = workspace.state / SERVER_HOME
    print(f"bikwatch: starting a local Prefect server (SQLite in {home})", flush=True)
    with LocalPrefectServer(home) as server:
        os.environ["PREFECT_API_URL"] = server.api_url
        record_server(workspace.state, server)
        try:
            _serve(load_flow, args.name, schedule, parameters, lasting=False)
        finally:
            forget_server(workspace.state)
    return "bikwatch: stopped; the local Prefect server too"


def _serve(
    load_flow: FlowLoader,
    name: str,
    schedule: ServeSchedule,
    parameters: dict[str, str],
    *,
    lasting: bool,
) -> None:
    print(f"bikwatch: Prefect UI at {prefect_ui_url()}", flush=True)
    print(f"bikwatch: serving the scrape flow {schedule.describe()}; Ctrl-C stops", flush=True)
    serve_scrape(load_flow, name, schedule, parameters, pause_on_stop=lasting)


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt
