"""Whole runs against a misbehaving site: the faulty source fails alone, clearly, boundedly.

Each test seeds a workspace with a good run of two sources, then points one of them at a fault
of the loopback fault server and runs again through the real run steps. The other source must
complete, the failing one must be reported with its reason, retries must stay bounded in count
and time, memory must stay bounded, and no snapshot or archive file may change.
"""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pytest
from spacy.language import Language

from pipeline.replay_server import ReplayServer
from pipeline.run.context import RunContext
from tests.reliability.runs import (
    HTML_UTF8,
    RUN_FETCH,
    STALL_FETCH,
    WatchedSource,
    context_for,
    corpus_page,
    fingerprint,
    outcome_of,
    removals,
    run_day,
    run_once,
)
from tests.support.fault_server import FaultServer
from tests.support.fetching import RecordedSleep

MB = 1024 * 1024
WATCHED_V1 = "commission/hate-speech-code-of-conduct.v1.html"
GOOD_PAGE = "commission/safer-internet-day-2017.html"


def seeded(root: Path, replay: ReplayServer, nlp: Language) -> RunContext:
    """A workspace after one good run of `good` and `watched`, both served by `replay`."""
    replay.set_page("/good", corpus_page(GOOD_PAGE), HTML_UTF8)
    replay.set_page("/watched", corpus_page(WATCHED_V1), HTML_UTF8)
    ctx = context_for(root, sources(replay, replay.url("/watched")))
    first = run_once(ctx, nlp, at=run_day(0))
    assert {o.outcome for o in first.outcomes} == {"baseline"}
    return ctx


def sources(replay: ReplayServer, watched_url: str) -> list[WatchedSource]:
    return [WatchedSource("good", replay.url("/good")), WatchedSource("watched", watched_url)]


def stores(ctx: RunContext) -> dict[str, object]:
    return {
        "snapshots": fingerprint(Path(ctx.workspace.snapshots)),
        "archive/watched": fingerprint(Path(ctx.workspace.archive) / "watched"),
    }


# The faults that only a short timeout ends: a stalled or dripping server.
STALL_REASONS = {"timed out", "total deadline"}
FAULTS = [
    ("/stall-headers", "timed out"),
    ("/stall-body", "timed out"),
    ("/slow-body", "total deadline"),
    ("/reset", "network error"),
    ("/truncated", "incomplete response"),
    ("/429", "HTTP 429"),
    ("/503", "HTTP 503"),
    ("/gzip-bomb", "exceeds the cap"),
    ("/huge-chunked", "exceeds the cap"),
    ("/huge-declared", "exceeds the cap"),
    ("/pdf", "application/pdf is not an HTML page"),
    ("/json", "application/json is not an HTML page"),
    ("/image", "image/png is not an HTML page"),
    ("/loop-a", "redirect loop"),
    ("/to-other-host", "host 'localhost' is not a configured source"),
    ("/to-private", "host '10.1.2.3' is not a configured source"),
    ("/to-metadata", "host '169.254.169.254' is not a configured source"),
    ("/to-file", "scheme 'file' is not http(s)"),
    ("/404", "HTTP 404"),
    ("/410", "HTTP 410"),
]


@pytest.mark.parametrize(("path", "reason"), FAULTS)
def test_a_fault_fails_its_source_alone_with_a_reason_and_changes_no_snapshot(
    tmp_path: Path, replay: ReplayServer, faults: FaultServer, nlp: Language, path: str, reason: str
) -> None:
    ctx = seeded(tmp_path, replay, nlp)
    patience = STALL_FETCH if reason in STALL_REASONS else {}
    faulty = context_for(tmp_path, sources(replay, faults.url(path)), fetch=patience)
    before, hits_before, sleep = stores(ctx), faults.hits.copy(), RecordedSleep()
    started = time.monotonic()

    report = run_once(faulty, nlp, at=run_day(1), sleep=sleep)

    elapsed = time.monotonic() - started
    watched = outcome_of(report, "watched")
    assert watched.outcome == "failed" and reason in (watched.error or "")
    assert outcome_of(report, "good").outcome in {"unchanged", "not_modified"}
    assert stores(faulty) == before
    assert faults.hits[path] - hits_before[path] <= RUN_FETCH["max_attempts"]
    assert len(sleep.waits) < RUN_FETCH["max_attempts"]
    assert all(wait <= RUN_FETCH["retry_after_cap"] for wait in sleep.waits)
    assert elapsed < 3.0
    assert faults.hits["/html"] == hits_before["/html"]  # no redirect target was ever fetched
    assert list(faulty.workspace.outbox.glob("*.eml")) == []  # one failure is not news


@pytest.mark.parametrize(("path", "asked"), [("/429", 7.0), ("/503", 2.0)])
def test_retry_after_is_honoured_up_to_the_cap(
    tmp_path: Path,
    replay: ReplayServer,
    faults: FaultServer,
    nlp: Language,
    path: str,
    asked: float,
) -> None:
    seeded(tmp_path, replay, nlp)
    faulty = context_for(tmp_path, sources(replay, faults.url(path)))
    sleep = RecordedSleep()

    run_once(faulty, nlp, at=run_day(1), sleep=sleep)

    assert sleep.waits == [min(asked, RUN_FETCH["retry_after_cap"])]


@pytest.mark.parametrize("path", ["/gzip-bomb", "/huge-chunked", "/huge-declared"])
def test_a_whole_run_stays_in_bounded_memory_against_a_50_mb_body(
    tmp_path: Path, replay: ReplayServer, faults: FaultServer, nlp: Language, path: str
) -> None:
    seeded(tmp_path, replay, nlp)
    faulty = context_for(tmp_path, sources(replay, faults.url(path)))
    tracemalloc.start()
    try:
        report = run_once(faulty, nlp, at=run_day(1))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert outcome_of(report, "watched").outcome == "failed"
    assert peak < 16 * MB  # the pages are 50 MB; the cap is 1 MB


def test_a_page_gone_for_several_runs_is_one_health_alert_never_removals(
    tmp_path: Path, replay: ReplayServer, faults: FaultServer, nlp: Language
) -> None:
    ctx = seeded(tmp_path, replay, nlp)
    baseline = fingerprint(Path(ctx.workspace.snapshots) / "watched")
    reports = []
    for day, path in enumerate(["/404", "/410", "/404", "/410"], start=1):
        gone = context_for(tmp_path, sources(replay, faults.url(path)))
        reports.append(run_once(gone, nlp, at=run_day(day)))

    assert all(outcome_of(r, "watched").outcome == "failed" for r in reports)
    assert [len(r.notices) for r in reports] == [0, 0, 1, 0]  # once, at fail_after = 3
    [notice] = reports[2].notices
    assert notice.kind == "failing" and "failed 3 runs in a row" in notice.message
    assert "HTTP 404" in notice.message
    assert all(removals(r) == [] for r in reports)
    [alert] = ctx.workspace.outbox.glob("*.eml")
    assert "removed" not in alert.read_text(encoding="utf-8").lower()
    assert fingerprint(Path(ctx.workspace.snapshots) / "watched") == baseline

    back = run_once(ctx, nlp, at=run_day(5))

    assert outcome_of(back, "watched").outcome in {"unchanged", "not_modified"}
    assert [n.kind for n in back.notices] == ["recovered"]


def test_an_error_page_served_as_200_is_unhealthy_and_never_becomes_the_baseline(
    tmp_path: Path, replay: ReplayServer, nlp: Language
) -> None:
    replay.set_page("/good", corpus_page(GOOD_PAGE), HTML_UTF8)
    versions = "commission/safer-mobile-use-framework.v{}.html"
    replay.set_page("/watched", corpus_page(versions.format(1)), HTML_UTF8)
    ctx = context_for(tmp_path, sources(replay, replay.url("/watched")))
    run_once(ctx, nlp, at=run_day(0))
    baseline = ctx.snapshots.baseline("watched")

    replay.set_page("/watched", corpus_page(versions.format(2)), HTML_UTF8)
    broken = run_once(ctx, nlp, at=run_day(1))
    replay.set_page("/watched", corpus_page(versions.format(1)), HTML_UTF8)
    restored = run_once(ctx, nlp, at=run_day(2))

    watched = outcome_of(broken, "watched")
    assert watched.outcome == "unhealthy" and watched.diff is not None and watched.diff.health
    assert removals(broken) == []
    assert outcome_of(restored, "watched").outcome in {"unchanged", "not_modified"}
    assert removals(restored) == [] and restored.notices == []
    after = ctx.snapshots.baseline("watched")
    assert baseline is not None and after is not None and after[0] == baseline[0]


@pytest.mark.parametrize("path", ["/wrong-charset", "/no-charset"])
def test_a_page_with_a_wrong_or_missing_charset_is_decoded_and_processed(
    tmp_path: Path, faults: FaultServer, nlp: Language, path: str
) -> None:
    ctx = context_for(tmp_path, [WatchedSource("watched", faults.url(path))])

    report = run_once(ctx, nlp, at=run_day(0))

    found = ctx.snapshots.latest("watched")
    assert outcome_of(report, "watched").outcome != "failed"
    assert found is not None and "Protection des mineurs" in found[1].extraction.text
    assert "\ufffd" not in found[1].extraction.text


def test_a_latin_1_page_declared_as_utf_8_keeps_its_accents(
    tmp_path: Path, faults: FaultServer, nlp: Language
) -> None:
    ctx = context_for(tmp_path, [WatchedSource("watched", faults.url("/wrong-charset"))])

    run_once(ctx, nlp, at=run_day(0))

    found = ctx.snapshots.latest("watched")
    assert found is not None and "à l'école" in found[1].extraction.text


def test_a_page_with_over_a_million_characters_of_text_is_extracted(
    tmp_path: Path, replay: ReplayServer, nlp: Language
) -> None:
    paragraphs = "".join(
        f"<p>Item {n}: Safer Internet Day took place on 7 February 2017.</p>" for n in range(17_000)
    )
    body = f"<html><body><main><h1>Long</h1>{paragraphs}</main></body></html>"
    replay.set_page("/long", body.encode("utf-8"), HTML_UTF8)
    ctx = context_for(
        tmp_path, [WatchedSource("long", replay.url("/long"))], fetch={"max_bytes": 4 * MB}
    )

    report = run_once(ctx, nlp, at=run_day(0))

    long = outcome_of(report, "long")
    assert "E088" not in (long.error or "")
    assert long.outcome == "baseline", long.error
