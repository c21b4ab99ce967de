"""A refused alert delivery is loud and retried: a WARNING in the run's output and in Prefect,
a non-zero exit of `bikwatch run`, a line in `status`; the next run delivers it, once.

Real pieces: an aiosmtpd server on loopback that refuses, then accepts; the CLI in process on
Prefect's own engine; a replay server with pages that change between the runs.
"""

from __future__ import annotations

import re
import socket
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from pipeline.cli import main as cli
from pipeline.config import Workspace
from pipeline.replay_server import ReplayServer
from tests.reliability.runs import WatchedSource, corpus_page, write_sources

HTML_UTF8 = "text/html; charset=utf-8"
PAGES = (
    "commission/hate-speech-code-of-conduct.v1.html",
    "commission/hate-speech-code-of-conduct.v2.html",
)


@dataclass
class Gatekeeper:
    """An SMTP handler that refuses every message while `refusing`, then keeps them."""

    refusing: bool = True
    received: list[bytes] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.refusing:
            return "554 5.7.1 Message refused by policy"
        self.received.append(envelope.original_content)
        return "250 Message accepted"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def bikwatch(workspace: Workspace, *command: str) -> list[str]:
    args = [*command, "--sources", str(workspace.sources)]
    for name in ("snapshots", "outbox", "archive", "state", "feeds"):
        args += [f"--{name}", str(getattr(workspace, name))]
    return args


def prefect_warnings(run_id: str) -> list[str]:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import LogFilter, LogFilterFlowRunId, LogFilterLevel
    from prefect.logging.handlers import APILogHandler

    APILogHandler().flush()
    wanted = LogFilter(flow_run_id=LogFilterFlowRunId(any_=[run_id]), level=LogFilterLevel(ge_=30))
    with get_client(sync_client=True) as client:
        return [log.message for log in client.read_logs(log_filter=wanted, limit=200, offset=0)]


@pytest.mark.usefixtures("prefect_engine")
def test_a_refused_delivery_is_loud_and_the_next_run_delivers_it_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace = Workspace.under(tmp_path)
    gate, port = Gatekeeper(), free_port()
    smtp = f'[smtp]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "none"\nretries = 1\n'
    controller = Controller(gate, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        with ReplayServer() as server:
            source = WatchedSource("code", server.url("/code"))
            write_sources(workspace.sources, [source], extra=smtp)
            server.set_page("/code", corpus_page(PAGES[0]), HTML_UTF8)
            assert cli.main(bikwatch(workspace, "run")) == 0  # the baseline
            capsys.readouterr()
            server.set_page("/code", corpus_page(PAGES[1]), HTML_UTF8)  # a change to tell

            refused = cli.main(bikwatch(workspace, "run"))
            out, err = capsys.readouterr()
            assert refused != 0
            assert "WARNING: alert delivery failed" in out and "554" in out
            assert err.startswith("bikwatch: error: alert delivery failed")
            run_id = re.search(r"bikwatch run (\S+):", out).group(1)  # type: ignore[union-attr]
            assert any("alert delivery failed" in m for m in prefect_warnings(run_id))
            assert cli.main(bikwatch(workspace, "status")) == 0
            assert re.search(
                r"^1 alert waiting in the outbox since \d{4}-", capsys.readouterr().out, re.M
            )

            gate.refusing = False
            for _ in range(2):  # the waiting alert goes with the next run, and only with it
                assert cli.main(bikwatch(workspace, "run")) == 0
            assert len(gate.received) == 1
            assert b"joined" in gate.received[0] or b"no longer listed" in gate.received[0]
            capsys.readouterr()
            cli.main(bikwatch(workspace, "status"))
            assert "waiting in the outbox" not in capsys.readouterr().out
    finally:
        controller.stop()
