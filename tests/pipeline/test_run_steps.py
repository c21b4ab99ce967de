"""The per-source steps of a run, without Prefect: outcomes, baselines and what gets alerted."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from extractors.extract import build_nlp
from pipeline.config import Workspace, parse_config
from pipeline.fetch.models import FetchedPage
from pipeline.run.context import RunContext
from pipeline.run.steps import process_source
from pipeline.store.snapshots import snapshot_stamp

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
URL = "https://better-internet-for-kids.europa.eu/en/helplines"
T0 = datetime(2026, 10, 1, 6, 0, tzinfo=UTC)


@pytest.fixture
def ctx(tmp_path) -> RunContext:
    config = parse_config({"sources": [{"id": "helplines", "url": URL, "site": "bik"}]})
    return RunContext(config, Workspace.under(tmp_path))


def serve(ctx: RunContext, file: str, day: int):
    page = FetchedPage(
        requested_url=URL,
        final_url=URL,
        status=200,
        headers=[("Content-Type", "text/html; charset=utf-8")],
        body=(CORPUS / "bik" / file).read_bytes(),
        fetched_at=T0 + timedelta(days=day),
        declared_charset="utf-8",
    )
    outcome = process_source(ctx, ctx.config.sources[0], page, page.fetched_at, build_nlp())
    ctx.state.confirm_run(snapshot_stamp(page.fetched_at))  # as the run's publish step does
    return outcome


def test_a_maintenance_page_is_told_once_and_never_becomes_the_baseline(ctx):
    first = serve(ctx, "helplines.v1.html", 0)
    assert first.outcome == "baseline"

    broken = serve(ctx, "helplines.v2.html", 1)
    assert broken.outcome == "unhealthy"
    assert broken.diff.health and not broken.diff.changes

    still_broken = serve(ctx, "helplines.v2.html", 2)
    assert still_broken.outcome == "unhealthy"
    assert still_broken.diff.health == []  # already alerted: the run stays quiet

    back = serve(ctx, "helplines.v1.html", 3)
    assert back.outcome == "unchanged"  # compared with the last good version
    assert back.baseline == first.snapshot


def test_a_second_fetch_round_waits_only_for_sources_that_may_pass(ctx, tmp_path):
    from pipeline.replay_server import ReplayServer
    from pipeline.run.steps import run_sources

    waits: list[float] = []
    body = (CORPUS / "bik" / "helplines.v1.html").read_bytes()
    with ReplayServer({"/ok": (body, "text/html; charset=utf-8")}) as server:
        config = parse_config(
            {
                "sources": [
                    {"id": "ok", "url": server.url("/ok"), "site": "bik"},
                    {"id": "flaky", "url": server.url("/flaky"), "site": "bik"},
                ],
                "fetch": {"max_attempts": 1, "task_retries": 1, "task_retry_delay_seconds": 7},
            }
        )
        run = RunContext(config, Workspace.under(tmp_path / "run"))
        server.set_page("/flaky", body)
        with run.make_fetcher() as fetcher:
            quiet = run_sources(run, fetcher, config.sources, T0, build_nlp(), sleep=waits.append)
        assert [o.outcome for o in quiet] == ["baseline", "baseline"]
        assert waits == []  # nothing failed: no second round, no wait
        run.state.confirm_run(snapshot_stamp(T0))  # as the run's publish step does

        server.fail("/flaky", 503, times=1)
        with run.make_fetcher() as fetcher:
            later = T0 + timedelta(days=1)
            retried = run_sources(
                run, fetcher, config.sources, later, build_nlp(), sleep=waits.append
            )
        assert [o.outcome for o in retried] == ["not_modified", "not_modified"]
        assert waits == [7]  # one round more, for the source that failed for a passing reason


def html_page(title: str, body: str) -> bytes:
    head = f"<head><title>{title}</title></head>"
    return f"<html>{head}<body><main><h1>{title}</h1>{body}</main></body></html>".encode()


def test_a_collapse_that_lasts_fail_after_runs_is_told_with_its_removals_and_accepted(tmp_path):
    url = "https://digital-strategy.ec.europa.eu/en/library/code"
    config = parse_config({"sources": [{"id": "code", "url": url, "site": "commission"}]})
    run = RunContext(config, Workspace.under(tmp_path))
    name = "Code of conduct on countering illegal hate speech online"
    signed = "Facebook, Microsoft, Twitter, YouTube, Instagram, Snapchat, Dailymotion and TikTok"
    whole = html_page(name, f"<p>The {name} was signed in May 2016 by {signed}.</p>")
    emptied = html_page(name, f"<p>The {name} was signed in May 2016 by Facebook and Twitter.</p>")

    def serve_version(body: bytes, day: int):
        at = T0 + timedelta(days=day)
        page = FetchedPage(
            requested_url=url, final_url=url, status=200, headers=[], body=body, fetched_at=at
        )
        outcome = process_source(run, config.sources[0], page, at, build_nlp())
        run.state.confirm_run(snapshot_stamp(at))
        return outcome

    assert serve_version(whole, 0).outcome == "baseline"
    first, second = serve_version(emptied, 1), serve_version(emptied, 2)
    assert (first.outcome, second.outcome) == ("unhealthy", "unhealthy")
    assert [p.kind for p in first.diff.health] == ["collapse"]
    assert not any(c.kind.endswith("_removed") for c in first.diff.changes)

    accepted = serve_version(emptied, 3)  # the third run in a row (fail_after = 3)
    assert accepted.outcome == "changed"
    removed = {c.value for c in accepted.diff.changes if c.kind == "signatory_removed"}
    assert removed == {
        "Microsoft",
        "YouTube",
        "Instagram",
        "Snapchat",
        "Dailymotion",
        "TikTok",
    }
    assert serve_version(emptied, 4).outcome == "unchanged"  # the new version is the baseline
