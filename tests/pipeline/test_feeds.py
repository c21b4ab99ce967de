"""Atom feeds: one for all sources, one per source, accumulated across runs without duplicates."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from pipeline.notify.feeds import ATOM, write_feeds
from schemas.changes import Change, DiffResult, HealthProblem
from schemas.errors import StoreError
from schemas.run import Notice, RunReport, SourceOutcome

NS = {"a": ATOM}
START = datetime(2025, 3, 1, 6, 0, tzinfo=UTC)


def report(run: int, *outcomes: SourceOutcome, notices: tuple[Notice, ...] = ()) -> RunReport:
    return RunReport(
        run_id=f"run-{run}",
        started_at=START + timedelta(days=run),
        outcomes=list(outcomes),
        notices=list(notices),
    )


def changed(source_id: str, signatory: str) -> SourceOutcome:
    change = Change(kind="signatory_added", initiative="Code", value=signatory)
    return SourceOutcome(
        source_id=source_id,
        url=f"https://example.eu/{source_id}",
        name=source_id.title(),
        outcome="changed",
        diff=DiffResult(changes=[change]),
    )


def entries(path: Path) -> list[tuple[str, str]]:
    root = ET.parse(path).getroot()
    return [
        (e.findtext("a:title", namespaces=NS) or "", e.findtext("a:content", namespaces=NS) or "")
        for e in root.findall("a:entry", NS)
    ]


def test_feeds_for_all_and_each_source(tmp_path: Path) -> None:
    written = write_feeds(
        report(1, changed("hate", "TikTok"), changed("alliance", "BBFC")), tmp_path
    )
    assert [p.name for p in written] == ["all.xml", "hate.xml", "alliance.xml"]
    assert [title for title, _ in entries(tmp_path / "all.xml")] == [
        "Hate: 1 change",
        "Alliance: 1 change",
    ]
    ((_, content),) = entries(tmp_path / "hate.xml")
    assert content == "<ul><li>TikTok joined the Code</li></ul>"
    root = ET.parse(tmp_path / "hate.xml").getroot()
    assert root.findtext("a:author/a:name", namespaces=NS) == "bikwatch"
    assert root.find("a:entry/a:link", NS).get("href") == "https://example.eu/hate"  # type: ignore[union-attr]


def test_entries_accumulate_newest_first_and_re_runs_do_not_duplicate(tmp_path: Path) -> None:
    write_feeds(report(1, changed("hate", "TikTok")), tmp_path)
    write_feeds(report(2, changed("hate", "LinkedIn")), tmp_path)
    write_feeds(report(2, changed("hate", "LinkedIn")), tmp_path)
    contents = [content for _, content in entries(tmp_path / "hate.xml")]
    assert contents == [
        "<ul><li>LinkedIn joined the Code</li></ul>",
        "<ul><li>TikTok joined the Code</li></ul>",
    ]


def test_old_entries_fall_off_past_the_limit(tmp_path: Path) -> None:
    for run in range(4):
        write_feeds(report(run, changed("hate", f"Org {run}")), tmp_path, max_entries=2)
    assert [c for _, c in entries(tmp_path / "all.xml")] == [
        "<ul><li>Org 3 joined the Code</li></ul>",
        "<ul><li>Org 2 joined the Code</li></ul>",
    ]


def test_health_and_notices_become_entries(tmp_path: Path) -> None:
    unhealthy = SourceOutcome(
        source_id="helplines",
        url="https://example.eu/helplines",
        outcome="unhealthy",
        diff=DiffResult(health=[HealthProblem(kind="maintenance_page", message="maintenance")]),
    )
    notice = Notice(
        kind="failing", source_id="dsa", url="https://x.eu", message="dsa failed 3 runs"
    )
    write_feeds(report(1, unhealthy, notices=(notice,)), tmp_path)
    titles = [t for t, _ in entries(tmp_path / "all.xml")]
    assert titles == ["helplines: the page needs a look", "dsa failed 3 runs"]
    assert (tmp_path / "dsa.xml").exists()


def test_a_quiet_run_keeps_existing_feeds_and_creates_the_all_feed(tmp_path: Path) -> None:
    write_feeds(report(0), tmp_path)
    assert entries(tmp_path / "all.xml") == []


def test_page_content_is_escaped_in_the_content(tmp_path: Path) -> None:
    write_feeds(report(1, changed("hate", "<script>x</script>")), tmp_path)
    raw = (tmp_path / "hate.xml").read_text(encoding="utf-8")
    assert "<script>" not in raw
    ((_, content),) = entries(tmp_path / "hate.xml")
    assert "&lt;script&gt;x&lt;/script&gt;" in content


def test_a_corrupt_feed_is_a_store_error(tmp_path: Path) -> None:
    (tmp_path / "all.xml").write_text("<feed", encoding="utf-8")
    with pytest.raises(StoreError, match="cannot read feed"):
        write_feeds(report(1, changed("hate", "TikTok")), tmp_path)
