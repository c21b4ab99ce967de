"""Two runs started at once on one workspace: one runs, the other is refused clearly; one alert.

Both runs are forked processes released by one event. The run that takes the lock is held in
the middle of its fetches (a server asked it to retry later), so the other one certainly starts
while the first is still writing.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from pathlib import Path

import pytest
from spacy.language import Language

from pipeline.cli.main import main
from pipeline.notify.outbox import Outbox
from pipeline.replay_server import ReplayServer
from pipeline.run.context import RunContext
from pipeline.store.run_state import RunLock
from schemas.errors import LockedError
from tests.reliability.runs import (
    HTML_UTF8,
    WatchedSource,
    context_for,
    corpus_page,
    outcome_of,
    run_day,
    run_once,
)
from tests.support.fault_server import FaultServer

FORK = multiprocessing.get_context("fork")
LOCATIONS = ("sources", "snapshots", "outbox", "archive", "state", "feeds")
VERSIONS = "commission/hate-speech-code-of-conduct.v{}.html"


def start_run(
    ctx: RunContext, nlp: Language, go: multiprocessing.synchronize.Event, results: object
) -> None:
    """A child process's run; it reports "ran" or the lock's message, then leaves at once.

    `os._exit`: the at-exit machinery the fork copied from the parent (Prefect's, when its
    engine runs in the test session) is not the child's to run.
    """
    go.wait(10)
    try:
        # The busy source makes the run wait (really) between attempts, holding the lock.
        run_once(ctx, nlp, at=run_day(1), sleep=lambda seconds: time.sleep(0.5))
        said = "ran"
    except LockedError as exc:
        said = str(exc)
    except BaseException as exc:
        said = f"crashed: {exc!r}"
    results.put(said)  # type: ignore[attr-defined]  # SimpleQueue: written before returning
    os._exit(0)


def test_two_runs_at_once_one_is_refused_with_a_clear_message_and_one_alert_is_sent(
    tmp_path: Path, replay: ReplayServer, faults: FaultServer, nlp: Language
) -> None:
    replay.set_page("/watched", corpus_page(VERSIONS.format(1)), HTML_UTF8)
    watched = WatchedSource("watched", replay.url("/watched"))
    busy = WatchedSource("busy", faults.url("/503"))
    ctx = context_for(tmp_path, [watched, busy], fail_after=5)
    run_once(ctx, nlp, at=run_day(0))
    replay.set_page("/watched", corpus_page(VERSIONS.format(2)), HTML_UTF8)  # a change to tell
    go, results = FORK.Event(), FORK.SimpleQueue()
    runs = [FORK.Process(target=start_run, args=(ctx, nlp, go, results)) for _ in range(2)]
    for run in runs:
        run.start()

    go.set()
    for run in runs:
        run.join(20)

    said = sorted(results.get() for _ in runs if not results.empty())
    assert len(said) == 2 and said[1] == "ran"
    assert said[0].startswith("another bikwatch run is in progress on this workspace (")
    assert said[0].endswith("try again when it has finished")
    assert len(Outbox(ctx.workspace.outbox).pending()) == 1
    assert len(ctx.snapshots.paths("watched")) == 2
    assert all(s.is_sealed for _, s in ctx.snapshots.valid("watched"))
    assert len(list(ctx.workspace.state.glob("runs/*.json"))) == 2

    after = run_once(ctx, nlp, at=run_day(2))  # the lock is free again

    assert outcome_of(after, "watched").outcome in {"unchanged", "not_modified"}
    assert len(Outbox(ctx.workspace.outbox).pending()) == 1  # nothing new to tell


def test_bikwatch_run_on_a_locked_workspace_says_so_in_one_line_and_writes_nothing(
    tmp_path: Path, replay: ReplayServer, capsys: pytest.CaptureFixture[str]
) -> None:
    replay.set_page("/good", corpus_page("commission/safer-internet-day-2017.html"), HTML_UTF8)
    ctx = context_for(tmp_path, [WatchedSource("good", replay.url("/good"))])
    locations = {name: getattr(ctx.workspace, name) for name in LOCATIONS}
    argv = ["run", *(f"--{name}={value}" for name, value in locations.items())]

    with RunLock(ctx.workspace.state):  # another run of this workspace is in progress
        code = main(argv)

    _, err = capsys.readouterr()
    assert code == 1
    assert err.startswith("bikwatch: error: another bikwatch run is in progress on this workspace")
    assert err.count("\n") == 1  # refused before Prefect starts: not even its log line
    assert not Path(ctx.workspace.snapshots).exists() and not ctx.workspace.outbox.exists()
