"""Security end to end: hostile page content, the SMTP password, store paths, fetched hosts.

- Page text can reach the alert email, the feeds and the run's change table, but never as
  markup or as a header.
- The SMTP password, used for real against a TLS server on loopback, appears in no log line,
  snapshot, archive file, state file, feed, alert or run report.
- A source id can never name a path outside its store's folder, whichever store.
- Only configured hosts are contacted, whatever the DNS answers.
"""

from __future__ import annotations

import gzip
import logging
import socket
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from pipeline.compare.source_health import SourceHealthState
from pipeline.fetch.models import FetchedPage
from pipeline.notify.change_table import render_change_table
from pipeline.replay_server import ReplayServer
from pipeline.store.archive import RawArchive
from pipeline.store.run_state import StateStore
from pipeline.store.snapshots import SnapshotStore
from schemas.errors import StoreError
from schemas.run import RunReport
from tests.pipeline.test_smtp import (  # a real STARTTLS + AUTH server on loopback
    PASSWORD,
    USER,
    Certificate,
    Inbox,
    certificate,
    free_port,
    start_server,
)
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

__all__ = ["certificate"]  # the module-scoped fixture, shared with the SMTP tests

VERSIONS = "commission/hate-speech-code-of-conduct.v{}.html"
TITLE = "The EU Code of conduct on countering illegal hate speech online"
HOSTILE = "&lt;script&gt;alert(1)&lt;/script&gt;&#13;&#10;Bcc: victim@example.org"
PASSWORD_ENV = "BIKWATCH_RELIABILITY_SMTP_PASSWORD"
WRONG_PASSWORD = "wrong-Zq81-not-the-password"
ALERT_HEADERS = {
    "subject", "from", "to", "date", "message-id", "x-bikwatch-run", "mime-version",
    "content-type", "auto-submitted", "x-auto-response-suppress", "list-id",
}  # fmt: skip


def hostile_version() -> bytes:
    """Version 2 of the page, its title and a new signatory's name carrying markup and CRLF."""
    page = corpus_page(VERSIONS.format(2)).decode("utf-8")
    page = page.replace(f'title">{TITLE}', f'title">{TITLE} {HOSTILE}')
    page = page.replace("TikTok", "TikTok&lt;img src=x onerror=alert(1)&gt;&#13;&#10;Bcc: x@y.eu")
    return page.encode("utf-8")


def run_with_a_change(
    tmp_path: Path, replay: ReplayServer, nlp: Language, v2: bytes, **options: Any
) -> list[RunReport]:
    replay.set_page("/watched", corpus_page(VERSIONS.format(1)), HTML_UTF8)
    ctx = context_for(tmp_path, [WatchedSource("watched", replay.url("/watched"))], **options)
    first = run_once(ctx, nlp, at=run_day(0))
    replay.set_page("/watched", v2, HTML_UTF8)
    return [first, run_once(ctx, nlp, at=run_day(1))]


def test_page_content_never_becomes_markup_or_headers_of_the_alert_or_feeds(
    tmp_path: Path, replay: ReplayServer, nlp: Language
) -> None:
    _, changed = run_with_a_change(tmp_path, replay, nlp, hostile_version())
    assert outcome_of(changed, "watched").outcome == "changed"
    [alert_file] = (tmp_path / "outbox").glob("*.eml")
    raw = alert_file.read_bytes()
    message = message_from_bytes(raw, policy=policy.default)
    assert isinstance(message, EmailMessage)

    head = raw.split(b"\r\n\r\n", 1)[0].decode("ascii")
    assert {name.lower() for name in message} == ALERT_HEADERS
    assert not any(line.lower().startswith("bcc") for line in head.splitlines())
    html_part = message.get_body(("html",))
    text_part = message.get_body(("plain",))
    assert html_part is not None and text_part is not None
    html = html_part.get_content()
    assert "TikTok&lt;img" in html and "<img" not in html and "<script" not in html
    assert "TikTok<img src=x onerror=alert(1)>" in text_part.get_content()
    for feed in (tmp_path / "feeds").glob("*.xml"):
        assert b"<img" not in feed.read_bytes() and b"<script" not in feed.read_bytes()


def test_page_content_never_becomes_html_in_the_prefect_change_table(
    tmp_path: Path, replay: ReplayServer, nlp: Language
) -> None:
    _, changed = run_with_a_change(tmp_path, replay, nlp, hostile_version())

    table = render_change_table(changed)

    assert "TikTok" in table and "<img" not in table and "<script" not in table


@pytest.fixture
def smtp_server(certificate: Certificate) -> Any:
    inbox, port = Inbox(), free_port()
    controller = start_server(certificate, inbox, port, implicit_tls=False)
    yield inbox, port
    controller.stop()


def smtp_table(port: int, certificate: Certificate) -> str:
    return "\n".join(
        [
            "[smtp]",
            'host = "127.0.0.1"',
            f"port = {port}",
            'security = "starttls"',
            f'username = "{USER}"',
            f'password_env = "{PASSWORD_ENV}"',
            f'ca_file = "{certificate.cert_file}"',
            "timeout = 5",
            "retries = 1",
            "retry_delay = 0",
        ]
    )


def everything_written(root: Path) -> bytes:
    """Every byte under `root`, compressed archive files inflated."""
    parts = []
    for path in sorted(root.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            parts.append(gzip.decompress(data) if path.name.endswith(".gz") else data)
    return b"\n".join(parts)


def test_the_smtp_password_reaches_no_log_store_alert_or_report(
    tmp_path: Path,
    replay: ReplayServer,
    nlp: Language,
    certificate: Certificate,
    smtp_server: tuple[Inbox, int],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    inbox, port = smtp_server
    caplog.set_level(logging.DEBUG)
    monkeypatch.setenv(PASSWORD_ENV, WRONG_PASSWORD)
    extra = smtp_table(port, certificate)
    workspace = tmp_path / "workspace"
    workspace.mkdir()
    reports = run_with_a_change(
        workspace, replay, nlp, corpus_page(VERSIONS.format(2)), extra=extra
    )
    refused_logs = caplog.text
    assert len(list((workspace / "outbox").glob("*.eml"))) == 1  # refused login: kept
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    ctx = context_for(workspace, [WatchedSource("watched", replay.url("/watched"))], extra=extra)

    reports.append(run_once(ctx, nlp, at=run_day(2)))

    assert len(inbox.messages) == 1  # delivered with the right password
    assert "535" in refused_logs  # the refusal is logged, by the server's answer
    written = everything_written(workspace)
    said = [caplog.text, *(r.model_dump_json() for r in reports)]
    said += [m.as_string() for m in inbox.messages]
    for secret in (WRONG_PASSWORD, PASSWORD):
        assert secret.encode() not in written
        assert not any(secret in text for text in said)


ESCAPING_IDS = ["../escape", "..", "/etc/passwd", "a/../../b", "page\n", "Page", ".hidden", ""]


@pytest.mark.parametrize("source_id", ESCAPING_IDS)
def test_no_store_accepts_a_source_id_that_could_leave_its_folder(
    tmp_path: Path, source_id: str
) -> None:
    root = tmp_path / "stores"
    page = FetchedPage(
        requested_url="https://x.eu/",
        final_url="https://x.eu/",
        status=200,
        headers=[],
        body=b"<p>x</p>",
        fetched_at=run_day(0),
    )
    health = SourceHealthState(source_id=source_id, url="https://x.eu/")

    with pytest.raises(StoreError):
        RawArchive(root / "archive").record(source_id, page)
    with pytest.raises(StoreError):
        SnapshotStore(root / "snapshots").paths(source_id)
    with pytest.raises(StoreError):
        StateStore(root / "state").save_source_health(source_id, health)
    with pytest.raises(StoreError):
        StateStore(root / "state").source_health(source_id)

    outside = [p for p in tmp_path.rglob("*") if p.is_file() and root not in p.parents]
    assert outside == []
    assert not root.exists() or all(p.is_dir() for p in root.rglob("*"))


def test_a_configured_name_that_resolves_to_loopback_is_never_contacted(
    tmp_path: Path, faults: FaultServer, nlp: Language
) -> None:
    ctx = context_for(tmp_path, [WatchedSource("watched", faults.url("/html", host="localhost"))])
    hits_before = sum(faults.hits.values())

    report = run_once(ctx, nlp, at=run_day(0))

    watched = outcome_of(report, "watched")
    assert watched.outcome == "failed" and "non-public address" in (watched.error or "")
    assert sum(faults.hits.values()) == hits_before


def test_a_dns_answer_that_turns_private_is_refused_at_connect_time(
    tmp_path: Path, faults: FaultServer, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """DNS rebinding: the configured name now answers a private address (the fault server's)."""
    real_getaddrinfo = socket.getaddrinfo

    def rebound(host: str, port: Any, *args: Any, **kwargs: Any) -> Any:
        if host == "policy.example.eu":
            return real_getaddrinfo("127.0.0.1", port, *args, **kwargs)
        return real_getaddrinfo(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebound)
    url = faults.url("/html", host="policy.example.eu")
    ctx = context_for(tmp_path, [WatchedSource("watched", url)])
    hits_before = sum(faults.hits.values())

    report = run_once(ctx, nlp, at=run_day(0))

    watched = outcome_of(report, "watched")
    assert watched.outcome == "failed" and "non-public address 127.0.0.1" in (watched.error or "")
    assert sum(faults.hits.values()) == hits_before
    assert list((tmp_path / "archive").rglob("*.warc.gz")) == []


def test_control_characters_in_a_page_never_break_the_feeds_of_later_runs(
    tmp_path: Path, replay: ReplayServer, nlp: Language
) -> None:
    page = corpus_page(VERSIONS.format(2)).decode("utf-8").replace("TikTok", "Tik&#x1;Tok")
    run_with_a_change(tmp_path, replay, nlp, page.encode("utf-8"))
    ctx = context_for(tmp_path, [WatchedSource("watched", replay.url("/watched"))])
    replay.set_page("/watched", corpus_page(VERSIONS.format(1)), HTML_UTF8)

    report = run_once(ctx, nlp, at=run_day(2))  # raises StoreError "cannot read feed" today

    assert outcome_of(report, "watched").outcome == "changed"
