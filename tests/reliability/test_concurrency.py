"""Two runs started at once on one workspace: one runs, the other is refused clearly; one alert.

Both runs are forked processes released by one event. The run that takes the lock is held in
the middle of its fetches (a server asked it to retry later), so the other one certainly starts
while the first is still writing.
"""

from __future__ import annotations

import multiprocessing
import time
from pathlib import Path

from spacy.language import Language

from pipeline.alerts import Outbox
from pipeline.replay_server import ReplayServer
from pipeline.run_steps import RunContext
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
VERSIONS = "commission/hate-speech-code-of-conduct.v{}.html"
REFUSED = 3


def start_run(
    ctx: RunContext, nlp: Language, go: multiprocessing.synchronize.Event, messages: object
) -> None:
    """A child process's run; exit status REFUSED (and the message) when the lock is taken."""
    go.wait(10)
    import traceback, os, sys
    log = open(f"/tmp/child-{os.getpid()}.log", "w", buffering=1)
    log.write("started\n")
    try:
        # The busy source makes the run wait (really) between attempts, holding the lock.
        log.write("running\n")
        run_once(ctx, nlp, at=run_day(1), sleep=lambda seconds: (log.write(f"sleep {seconds}\n"), time.sleep(0.5)))
        log.write("finished\n")
    except BaseException as exc0:
        log.write("exc " + traceback.format_exc())
        if not isinstance(exc0, LockedError):
            raise
        exc = exc0
        messages.put(str(exc))  # type: ignore[attr-defined]
        raise SystemExit(REFUSED) from None


def test_two_runs_at_once_one_is_refused_with_a_clear_message_and_one_alert_is_sent(
    tmp_path: Path, replay: ReplayServer, faults: FaultServer, nlp: Language
) -> None:
    replay.set_page("/watched", corpus_page(VERSIONS.format(1)), HTML_UTF8)
    watched = WatchedSource("watched", replay.url("/watched"))
    busy = WatchedSource("busy", faults.url("/503"))
    ctx = context_for(tmp_path, [watched, busy], fail_after=5)
    run_once(ctx, nlp, at=run_day(0))
    replay.set_page("/watched", corpus_page(VERSIONS.format(2)), HTML_UTF8)  # a change to tell
    go, messages = FORK.Event(), FORK.SimpleQueue()
    runs = [FORK.Process(target=start_run, args=(ctx, nlp, go, messages)) for _ in range(2)]
    for run in runs:
        run.start()

    go.set()
    for run in runs:
        run.join(20)

    assert sorted(run.exitcode or 0 for run in runs) == [0, REFUSED]
    message = messages.get()
    assert message.startswith("another bikwatch run is in progress on this workspace (pid ")
    assert message.endswith("try again when it has finished")
    assert len(Outbox(ctx.workspace.outbox).pending()) == 1
    assert len(ctx.snapshots.paths("watched")) == 2
    assert all(s.is_sealed for _, s in ctx.snapshots.valid("watched"))
    assert len(list(ctx.workspace.state.glob("runs/*.json"))) == 2

    after = run_once(ctx, nlp, at=run_day(2))  # the lock is free again

    assert outcome_of(after, "watched").outcome in {"unchanged", "not_modified"}
    assert len(Outbox(ctx.workspace.outbox).pending()) == 1  # nothing new to tell
