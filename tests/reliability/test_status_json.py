"""`bikwatch status --format json`: what monitoring tools read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from pipeline.cli import main as cli
from pipeline.config import Workspace
from pipeline.replay_server import ReplayServer
from tests.reliability.runs import WatchedSource, context_for, corpus_page, run_day, run_once


def test_status_json_gives_each_source_and_the_waiting_alerts(
    tmp_path: Path, replay: ReplayServer, nlp: Language, capsys: pytest.CaptureFixture[str]
) -> None:
    good = WatchedSource("good", replay.url("/good"))
    broken = WatchedSource("broken", replay.url("/missing"))
    ctx = context_for(tmp_path, [good, broken])
    for day, version in ((0, "v1"), (1, "v2")):  # a change: one alert for the outbox
        page = corpus_page(f"commission/hate-speech-code-of-conduct.{version}.html")
        replay.set_page("/good", page)
        run_once(ctx, nlp, at=run_day(day))
    workspace = Workspace.under(tmp_path)
    args = ["status", "--format", "json", "--sources", str(workspace.sources)]
    for name in ("snapshots", "outbox", "archive", "state", "feeds"):
        args += [f"--{name}", str(getattr(workspace, name))]

    assert cli.main(args) == 0
    document = json.loads(capsys.readouterr().out)

    by_id = {source["id"]: source for source in document["sources"]}
    assert by_id["good"]["url"] == good.url
    assert by_id["good"]["last_success"] == run_day(1).isoformat()
    assert by_id["good"]["consecutive_failures"] == 0 and by_id["good"]["last_error"] is None
    assert by_id["broken"]["last_success"] is None
    assert by_id["broken"]["consecutive_failures"] == 2
    assert "404" in by_id["broken"]["last_error"]
    # No SMTP server configured: the run's alerts wait in the outbox as files.
    assert document["outbox"]["count"] == len(document["outbox"]["files"]) >= 1
    assert document["outbox"]["since"].startswith("20")
