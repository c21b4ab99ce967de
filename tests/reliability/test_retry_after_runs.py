"""Retry-After respected across runs: a server that asks us to come back in an hour is asked
once, then left alone, with a note, until that hour has passed."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from spacy.language import Language

from pipeline.run.steps import run_sources
from tests.reliability.runs import WatchedSource, context_for, make_fetcher, run_day
from tests.support.fault_server import FaultServer
from tests.support.fetching import RecordedSleep


def test_a_source_told_to_come_back_later_is_skipped_until_then(
    tmp_path: Path, faults: FaultServer, nlp: Language
) -> None:
    ctx = context_for(
        tmp_path,
        [WatchedSource("busy", faults.url("/429-long"))],
        # Patient timeouts: this test is about Retry-After, and a robots.txt read that a loaded
        # machine delays past the fast 0.2 s would fail the source before it is ever asked.
        fetch={"max_attempts": 4, "read_timeout": 5.0, "total_deadline": 10.0},
    )
    [source] = ctx.config.sources
    before, sleep = faults.hits["/429-long"], RecordedSleep()

    def run_at(moment):  # type: ignore[no-untyped-def]
        with make_fetcher(ctx, sleep) as fetcher:
            [outcome] = run_sources(ctx, fetcher, [source], moment, nlp, sleep=sleep)
        return outcome

    first = run_at(run_day(0))
    assert faults.hits["/429-long"] - before == 1  # asked once, not max_attempts times
    assert sleep.waits == []
    assert first.outcome == "deferred" and "3600 s" in (first.error or "")

    later = run_at(run_day(0) + timedelta(minutes=30))
    assert faults.hits["/429-long"] - before == 1
    assert later.outcome == "deferred" and "come back after" in (later.error or "")

    after = run_at(run_day(0) + timedelta(hours=1, minutes=1))
    assert faults.hits["/429-long"] - before == 2  # the hour has passed: asked again
    assert after.outcome == "deferred"
    health = ctx.state.source_health("busy")
    assert health is None or health.consecutive_failures == 0
