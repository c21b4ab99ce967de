"""The `scrape` flow end to end on Prefect's engine, against a real HTTP server on loopback."""

import email
from datetime import UTC, datetime
from email import policy
from pathlib import Path

import pytest

from pipeline.config import Workspace
from pipeline.flow import failed_run_error
from pipeline.replay_server import ReplayServer
from pipeline.store.snapshots import SnapshotStore
from schemas.run import RunReport, SourceOutcome

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
PAGES = {
    "/bik/previous-initiatives": ("bik", "bik/previous-initiatives.html"),
    "/commission/safer-internet-day": ("commission", "commission/safer-internet-day-2017.html"),
    "/commission/hate-speech-code": (
        "commission",
        "commission/hate-speech-code-of-conduct.v1.html",
    ),
}
HTML = "text/html; charset=utf-8"
LOCATIONS = ("sources", "snapshots", "outbox", "archive", "state", "feeds")

pytestmark = pytest.mark.usefixtures("prefect_engine")


def source_id(path: str) -> str:
    return path.strip("/").replace("/", "-")


def write_sources(root: Path, base_url: str) -> Path:
    lines = []
    for path, (site, _) in PAGES.items():
        lines += ["[[sources]]", f'id = "{source_id(path)}"', f'url = "{base_url}{path}"']
        lines += [f'site = "{site}"', ""]
    # Fast retries: the behaviour under test is that they happen, not how long they wait.
    lines += ["[fetch]", "max_attempts = 2", "backoff_base = 0", "task_retries = 1"]
    lines += ["task_retry_delay_seconds = 0", ""]
    sources = root / "sources.toml"
    sources.write_text("\n".join(lines), encoding="utf-8")
    return sources


def serve_corpus(server: ReplayServer) -> None:
    server.set_pages(
        {path: ((CORPUS / file).read_bytes(), HTML) for path, (_, file) in PAGES.items()}
    )


def run(workspace: Workspace):
    from pipeline.flow import scrape

    return scrape(
        sources=str(workspace.sources),
        snapshots=str(workspace.snapshots),
        outbox=str(workspace.outbox),
        archive=str(workspace.archive),
        state=str(workspace.state),
        feeds=str(workspace.feeds),
    )


def change_table_artifact(run_id: str) -> str:
    """The markdown change table the flow run published as a Prefect artifact."""
    from prefect.client.orchestration import get_client

    query = {
        "artifacts": {"key": {"any_": ["scrape-changes"]}},
        "flow_runs": {"id": {"any_": [run_id]}},
        "limit": 10,
        "offset": 0,
        "sort": "CREATED_DESC",
    }
    with get_client(sync_client=True) as client:
        # A raw query: this client version sends nulls for absent filters, which the server refuses.
        artifacts = client.request("POST", "/artifacts/filter", json=query).json()
    [table] = artifacts
    return str(table["data"])


def task_run_names(run_id: str, at_least: int) -> set[str]:
    """The names of a flow run's task runs; they reach the server as events, a moment later."""
    import time

    from prefect.client.orchestration import get_client

    query = {"flow_runs": {"id": {"any_": [run_id]}}, "limit": 200, "offset": 0, "sort": "ID_DESC"}
    deadline = time.monotonic() + 30
    with get_client(sync_client=True) as client:
        while True:
            names = {
                run["name"]
                for run in client.request("POST", "/task_runs/filter", json=query).json()
            }
            if len(names) >= at_least or time.monotonic() > deadline:
                return names
            time.sleep(0.2)


def outcomes_of(report) -> dict[str, str]:
    return {o.source_id: o.outcome for o in report.outcomes}


def alerts(workspace: Workspace) -> list[Path]:
    return sorted(workspace.outbox.glob("*.eml"))


@pytest.fixture
def server():
    with ReplayServer() as replay:
        serve_corpus(replay)
        yield replay


@pytest.fixture
def workspace(tmp_path, server) -> Workspace:
    return Workspace.under(tmp_path, write_sources(tmp_path, server.base_url))


def test_baseline_then_one_change_then_conditional_requests_only(server, workspace):
    first = run(workspace)
    assert set(outcomes_of(first).values()) == {"baseline"}
    store = SnapshotStore(workspace.snapshots)
    assert all(len(store.paths(source_id(path))) == 1 for path in PAGES)
    assert alerts(workspace) == []
    assert len(list(workspace.archive.rglob("*.warc.gz"))) == len(PAGES)

    server.set_page(
        "/commission/hate-speech-code",
        (CORPUS / "commission/hate-speech-code-of-conduct.v2.html").read_bytes(),
    )
    second = run(workspace)
    assert outcomes_of(second) == {
        "bik-previous-initiatives": "not_modified",
        "commission-safer-internet-day": "not_modified",
        "commission-hate-speech-code": "changed",
    }
    [alert] = alerts(workspace)
    message = email.message_from_bytes(alert.read_bytes(), policy=policy.default)
    assert "+ joined  TikTok" in message.get_body(("plain",)).get_content()
    assert "TikTok" in change_table_artifact(second.run_id)

    seen_before = len(server.requests)
    third = run(workspace)
    assert set(outcomes_of(third).values()) == {"not_modified"}
    third_requests = [r for r in server.requests[seen_before:] if r.path in PAGES]
    assert len(third_requests) == len(PAGES)
    assert all(
        "if-none-match" in r.headers or "if-modified-since" in r.headers for r in third_requests
    )
    assert alerts(workspace) == [alert]  # nothing changed: no new alert
    assert all(len(store.paths(source_id(path))) <= 2 for path in PAGES)


def test_a_failing_source_is_retried_then_reported_while_the_others_complete(server, workspace):
    server.fail("/bik/previous-initiatives", 500, times=None)
    server.redirect("/commission/safer-internet-day", "http://outside.example/page")
    report = run(workspace)
    outcomes = {o.source_id: o for o in report.outcomes}
    failed = outcomes["bik-previous-initiatives"]
    assert failed.outcome == "failed"
    assert "500" in (failed.error or "")
    # The fetcher's own attempts, then one more round by Prefect.
    assert len(server.requests_for("/bik/previous-initiatives")) == 4
    refused = outcomes["commission-safer-internet-day"]
    assert refused.outcome == "failed"
    assert "outside.example" in (refused.error or "")
    assert len(server.requests_for("/commission/safer-internet-day")) == 1
    assert outcomes["commission-hate-speech-code"].outcome == "baseline"
    assert SnapshotStore(workspace.snapshots).paths("bik-previous-initiatives") == []


def test_prefect_shows_how_many_sources_failed_and_fails_a_run_where_all_did(server, workspace):
    from pipeline.flow import scrape

    locations = {name: str(getattr(workspace, name)) for name in LOCATIONS}
    server.fail("/bik/previous-initiatives", 404, times=None)
    some_failed = scrape(**locations, return_state=True)
    assert some_failed.name == "Completed"
    assert some_failed.message == f"Completed: 1 of {len(PAGES)} sources failed"
    expected = {f"fetch {source_id(path)}" for path in PAGES}
    assert expected <= task_run_names(str(some_failed.state_details.flow_run_id), len(expected))

    for path in PAGES:
        server.fail(path, 404, times=None)
    all_failed = scrape(**locations, return_state=True)
    assert all_failed.is_failed()
    assert "every source failed" in (all_failed.message or "")


def _report(*outcomes: str) -> RunReport:
    return RunReport(
        run_id="run-1",
        started_at=datetime(2026, 3, 2, 6, 0, tzinfo=UTC),
        outcomes=[
            SourceOutcome(source_id=f"s{n}", url=f"https://example.org/{n}", outcome=o)
            for n, o in enumerate(outcomes)
        ],
    )


def test_a_run_that_failed_after_saving_its_record_says_why_with_its_report() -> None:
    every = failed_run_error(_report("failed", "failed"), None)
    assert str(every) == "every source failed (2 sources)" and every.report is not None
    other = failed_run_error(_report("failed", "unchanged"), "Flow run crashed: out of memory")
    assert str(other) == "Flow run crashed: out of memory"
    assert other.report == _report("failed", "unchanged")
    assert str(failed_run_error(_report("unchanged"), None)) == "the run failed"
