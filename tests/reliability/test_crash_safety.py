"""A process killed with SIGKILL mid-write leaves every store readable; the next run carries on.

Writers are forked children (no import cost) that write snapshots, raw archive files and alerts
in a loop until the parent kills them: at a random moment, or exactly between writing a
temporary file and publishing it (on the k-th fsync). Then every store is read back in full and
a normal run follows. Corrupt or hand-edited snapshots are skipped with a warning and the
previous good one is the baseline.
"""

from __future__ import annotations

import email
import itertools
import logging
import multiprocessing
import os
import random
import signal
import time
from collections.abc import Callable
from datetime import timedelta
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from pipeline.cli.status import describe_status
from pipeline.compare.source_health import SourceHealthState
from pipeline.fetch.models import FetchedPage
from pipeline.notify.outbox import RUN_HEADER, Outbox
from pipeline.replay_server import ReplayServer
from pipeline.run.context import RunContext
from schemas.errors import StoreError
from schemas.run import RunReport
from schemas.snapshot import canonical_json
from tests.reliability.runs import (
    HTML_UTF8,
    WatchedSource,
    context_for,
    corpus_page,
    outcome_of,
    run_day,
    run_once,
)

FORK = multiprocessing.get_context("fork")
VERSIONS = "commission/hate-speech-code-of-conduct.v{}.html"


@pytest.fixture
def ctx(tmp_path: Path, replay: ReplayServer, nlp: Language) -> RunContext:
    """A workspace with a baseline of `watched`, its page still served."""
    replay.set_page("/watched", corpus_page(VERSIONS.format(1)), HTML_UTF8)
    made = context_for(tmp_path, [WatchedSource("watched", replay.url("/watched"))])
    assert outcome_of(run_once(made, nlp, at=run_day(0)), "watched").outcome == "baseline"
    return made


def write_forever(ctx: RunContext, before_write: Callable[[], None], rounds: Any) -> None:
    """The child's loop: a snapshot, an archived response, an alert and run state, again;
    `rounds` counts the loops done, for the parent to see."""
    found = ctx.snapshots.latest("watched")
    assert found is not None
    body = corpus_page(VERSIONS.format(1))
    outbox = Outbox(ctx.workspace.outbox)
    for i in itertools.count(1):
        before_write()
        at = run_day(1) + timedelta(seconds=i)
        ctx.snapshots.write(found[1], at)
        page = FetchedPage(
            requested_url="https://example.eu/watched",
            final_url="https://example.eu/watched",
            status=200,
            headers=[("Content-Type", HTML_UTF8)],
            body=body + f"<!-- {i} -->".encode(),
            fetched_at=at,
        )
        ctx.archive.record("watched", page)
        alert = EmailMessage()
        alert[RUN_HEADER] = f"crash-test-{i}"
        alert["Subject"] = f"alert {i}"
        alert.set_content(body.decode("utf-8"))
        outbox.put(alert)
        health = SourceHealthState(source_id="watched", url=page.final_url, last_attempt_at=at)
        ctx.state.save_source_health("watched", health)
        ctx.state.save_run(RunReport(run_id=f"crash-test-{i}", started_at=at))
        rounds.value = i


def die_on_fsync(after: int) -> Callable[[], None]:
    """Make the child SIGKILL itself at its `after`-th fsync: a temporary file written in full
    or in part, never published."""
    calls = itertools.count(1)
    real_fsync = os.fsync

    def fsync(descriptor: Any) -> None:
        if next(calls) >= after:
            os.kill(os.getpid(), signal.SIGKILL)
        real_fsync(descriptor)

    def install() -> None:
        os.fsync = fsync  # type: ignore[assignment]  # only in the forked child

    return install


def kill_child(
    ctx: RunContext, *, before_write: Callable[[], None], wait: float, after_rounds: int = 0
) -> None:
    """Kill the child `wait` seconds after it has written everything `after_rounds` times
    (a slow machine must not leave every kill before the first archive write)."""
    rounds = FORK.Value("i", 0)
    child = FORK.Process(target=write_forever, args=(ctx, before_write, rounds), daemon=True)
    child.start()
    deadline = time.monotonic() + 30
    while rounds.value < after_rounds and child.is_alive() and time.monotonic() < deadline:
        time.sleep(0.005)
    child.join(wait)
    if child.is_alive():
        os.kill(child.pid or 0, signal.SIGKILL)
        child.join(5)
    assert child.exitcode == -signal.SIGKILL


def assert_every_store_readable(ctx: RunContext, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        snapshots = list(ctx.snapshots.valid("watched"))
        archived = list(ctx.archive.iter_responses("watched"))
    assert [r.message for r in caplog.records if "skipping" in r.message] == []
    assert len(snapshots) == len(ctx.snapshots.paths("watched")) > 1
    assert all(s.is_sealed for _, s in snapshots)
    assert len(archived) > 1
    assert len(ctx.state.runs()) > 1 and ctx.state.source_health("watched") is not None
    assert "watched" in describe_status(ctx)  # what `bikwatch status` prints
    pending = Outbox(ctx.workspace.outbox).pending()
    for path in pending:
        message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        assert message[RUN_HEADER] and message.get_content_type() == "text/plain"


def test_writers_killed_at_random_moments_leave_every_store_readable(
    ctx: RunContext, nlp: Language, caplog: pytest.LogCaptureFixture
) -> None:
    chance = random.Random(20260302)
    for _ in range(6):
        kill_child(ctx, before_write=lambda: None, wait=chance.uniform(0.0, 0.3), after_rounds=1)
    for after in (1, 2, 3, chance.randint(4, 12)):  # inside each kind of write
        kill_child(ctx, before_write=die_on_fsync(after), wait=5)
    root = ctx.workspace.sources.parent
    assert list(root.rglob("*.part"))  # some kills did land between writing and publishing

    assert_every_store_readable(ctx, caplog)
    report = run_once(ctx, nlp, at=run_day(2))

    assert outcome_of(report, "watched").outcome in {"unchanged", "not_modified"}
    assert report.notices == []


def corrupt_truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def corrupt_hand_edited(path: Path) -> None:
    path.write_text(path.read_text(encoding="utf-8").replace("TikTok", "TokTik"), "utf-8")


def corrupt_other_schema(path: Path) -> None:
    path.write_text(path.read_text(encoding="utf-8").replace('"format": 1', '"format": 2'))


def corrupt_emptied(path: Path) -> None:
    path.write_bytes(b"")


def corrupt_binary(path: Path) -> None:
    path.write_bytes(bytes(range(256)))


@pytest.mark.parametrize(
    "corrupt",
    [corrupt_truncated, corrupt_hand_edited, corrupt_other_schema, corrupt_emptied, corrupt_binary],
)
def test_a_corrupt_newest_snapshot_is_replaced_by_its_page_and_its_change_not_told_again(
    ctx: RunContext,
    replay: ReplayServer,
    nlp: Language,
    caplog: pytest.LogCaptureFixture,
    corrupt: Callable[[Path], None],
) -> None:
    # Issue 15: the older baseline would tell the lost run's change a second time; the page
    # that run fetched, read back from the raw archive, stands in for its snapshot.
    replay.set_page("/watched", corpus_page(VERSIONS.format(2)), HTML_UTF8)
    changed = outcome_of(run_once(ctx, nlp, at=run_day(1)), "watched")
    assert changed.outcome == "changed" and changed.snapshot is not None
    corrupt(Path(changed.snapshot))

    with caplog.at_level(logging.WARNING):
        report = run_once(ctx, nlp, at=run_day(2))

    again = outcome_of(report, "watched")
    assert again.outcome in {"unchanged", "not_modified"}
    assert again.diff is None or not again.diff.changes
    warnings = [r.message for r in caplog.records if r.levelno == logging.WARNING]
    assert any(changed.snapshot in message for message in warnings)
    assert Path(changed.snapshot).exists()  # kept as evidence, never deleted


def test_a_snapshot_of_another_source_slipped_into_the_folder_is_ignored(
    ctx: RunContext, tmp_path: Path, nlp: Language, caplog: pytest.LogCaptureFixture
) -> None:
    found = ctx.snapshots.latest("watched")
    assert found is not None
    stranger = found[1].model_copy(update={"source_id": "elsewhere"}).sealed()
    intruder = Path(str(found[0])).with_name("29991231T000000000000Z.json")
    intruder.write_text(canonical_json(stranger.model_dump(mode="json")), encoding="utf-8")

    with caplog.at_level(logging.WARNING):
        baseline = ctx.snapshots.baseline("watched")
        report = run_once(ctx, nlp, at=run_day(1))

    assert baseline is not None and str(baseline[0]) == str(found[0])
    assert outcome_of(report, "watched").outcome in {"unchanged", "not_modified"}
    assert any("belongs to source 'elsewhere'" in r.message for r in caplog.records)


def test_a_killed_run_leaves_its_lock_free_for_the_next_run(ctx: RunContext, nlp: Language) -> None:
    from pipeline.store.run_state import RunLock

    def hold_lock_forever() -> None:
        with RunLock(ctx.workspace.state):
            time.sleep(60)

    holder = FORK.Process(target=hold_lock_forever, daemon=True)
    holder.start()
    deadline = time.monotonic() + 5
    while "pid" not in _lock_text(ctx) and time.monotonic() < deadline:
        time.sleep(0.01)
    os.kill(holder.pid or 0, signal.SIGKILL)
    holder.join(5)

    report = run_once(ctx, nlp, at=run_day(1))  # flock died with its holder

    assert outcome_of(report, "watched").outcome in {"unchanged", "not_modified"}


def _lock_text(ctx: RunContext) -> str:
    path = ctx.workspace.state / "run.lock"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def test_leftover_temporary_files_do_not_disturb_a_run(ctx: RunContext, nlp: Language) -> None:
    found = ctx.snapshots.latest("watched")
    assert found is not None
    folder = Path(str(found[0])).parent
    (folder / ".tmp-half.part").write_bytes(b'{"format": 1, "sou')

    report = run_once(ctx, nlp, at=run_day(1))

    assert outcome_of(report, "watched").outcome in {"unchanged", "not_modified"}


def test_unreadable_state_records_are_reset_and_the_run_carries_on(
    ctx: RunContext, nlp: Language, caplog: pytest.LogCaptureFixture
) -> None:
    records = sorted(ctx.workspace.state.rglob("*.json"))
    assert records  # health records and the run record of the first run
    for record in records:
        record.write_bytes(b'{"source_id": "watched", "consec' + bytes(range(32)))

    with caplog.at_level(logging.WARNING):
        report = run_once(ctx, nlp, at=run_day(1))
        status = describe_status(ctx)

    assert outcome_of(report, "watched").outcome in {"unchanged", "not_modified"}
    assert "watched" in status
    assert any("unreadable health record" in r.message for r in caplog.records)
    assert any("unreadable run record" in r.message for r in caplog.records)


def test_a_corrupt_feed_never_costs_the_alert_of_the_run(
    ctx: RunContext, replay: ReplayServer, nlp: Language
) -> None:
    """The run's snapshots are already written when it publishes: an alert lost there is a
    change never told, as the next run compares with the new baseline."""
    feeds = ctx.workspace.feeds
    feeds.mkdir(parents=True, exist_ok=True)
    for feed in [*feeds.glob("*.xml"), feeds / "all.xml"]:
        feed.write_text("<feed><entry>half", encoding="utf-8")
    replay.set_page("/watched", corpus_page(VERSIONS.format(2)), HTML_UTF8)

    with pytest.raises(StoreError, match="feed"):  # the run still fails loudly
        run_once(ctx, nlp, at=run_day(1))

    [alert] = Outbox(ctx.workspace.outbox).pending()
    assert "TikTok" in alert.read_text(encoding="utf-8")
    assert len(ctx.state.runs()) == 2  # the run is recorded too


def run_killed_before_publishing(ctx: RunContext, nlp: Language) -> None:
    """A run that dies (SIGKILL) after its snapshots are written, before its alert is queued."""
    import pipeline.run.steps

    def die(*args: object) -> None:
        os.kill(os.getpid(), signal.SIGKILL)

    pipeline.run.steps.publish = die  # type: ignore[assignment]  # only in the forked child
    run_once(ctx, nlp, at=run_day(1))


def test_a_run_killed_between_snapshot_and_alert_still_gets_its_change_told(
    ctx: RunContext, replay: ReplayServer, nlp: Language
) -> None:
    replay.set_page("/watched", corpus_page(VERSIONS.format(2)), HTML_UTF8)
    child = FORK.Process(target=run_killed_before_publishing, args=(ctx, nlp), daemon=True)
    child.start()
    child.join(20)
    assert child.exitcode == -signal.SIGKILL and len(ctx.snapshots.paths("watched")) == 2

    run_once(ctx, nlp, at=run_day(2))

    [alert] = Outbox(ctx.workspace.outbox).pending()
    assert "TikTok" in alert.read_text(encoding="utf-8")


def test_a_clock_that_jumped_back_does_not_repeat_an_alert(
    tmp_path: Path, replay: ReplayServer, nlp: Language
) -> None:
    replay.set_page("/watched", corpus_page(VERSIONS.format(1)), HTML_UTF8)
    ctx = context_for(tmp_path, [WatchedSource("watched", replay.url("/watched"))])
    run_once(ctx, nlp, at=run_day(30))  # the machine's clock was a month ahead
    replay.set_page("/watched", corpus_page(VERSIONS.format(2)), HTML_UTF8)

    told = run_once(ctx, nlp, at=run_day(1))  # clock corrected; the page changed
    again = run_once(ctx, nlp, at=run_day(2))  # nothing new

    assert outcome_of(told, "watched").outcome == "changed"
    assert outcome_of(again, "watched").outcome in {"unchanged", "not_modified"}
