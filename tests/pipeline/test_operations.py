"""Operator commands over stored data: re-extraction, status, validation of a new source."""

import hashlib
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from extractors import EXTRACTOR_VERSION
from extractors.extract import build_nlp
from pipeline.cli.status import describe_status
from pipeline.config import Workspace, parse_config
from pipeline.fetch.models import FetchedPage
from pipeline.fetch.settings import FetchSettings
from pipeline.replay_server import ReplayServer
from pipeline.run.context import RunContext
from pipeline.run.reextract import reextract_source
from pipeline.run.steps import process_source
from pipeline.run.validate import describe_validation, validate_page
from pipeline.store.snapshots import snapshot_stamp

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
PAGE = CORPUS / "commission" / "hate-speech-code-of-conduct.v2.html"
URL = "https://ec.europa.eu/info/hate-speech-code"
T0 = datetime(2026, 10, 1, 6, 0, tzinfo=UTC)


@pytest.fixture
def ctx(tmp_path) -> RunContext:
    config = parse_config({"sources": [{"id": "code", "url": URL, "site": "commission"}]})
    return RunContext(config, Workspace.under(tmp_path))


def fetched(at: datetime, page: Path = PAGE) -> FetchedPage:
    return FetchedPage(
        requested_url=URL,
        final_url=URL,
        status=200,
        headers=[("Content-Type", "text/html; charset=utf-8"), ("ETag", '"v2"')],
        body=page.read_bytes(),
        fetched_at=at,
        content_type="text/html",
        declared_charset="utf-8",
    )


def run_once(ctx: RunContext, at: datetime, file: Path = PAGE):
    source = ctx.config.sources[0]
    page = fetched(at, file)
    ctx.archive.record(source.id, page)
    outcome = process_source(ctx, source, page, at, build_nlp())
    ctx.state.confirm_run(snapshot_stamp(at))  # as the run's publish step does
    return outcome


def age_snapshot_as_older_extractor(path: Path, drop_signatory: str) -> None:
    """Make a stored snapshot look as if an older extractor had missed one signatory."""
    from schemas.snapshot import Snapshot

    snapshot = Snapshot.model_validate(json.loads(path.read_text()))
    initiatives = []
    for initiative in snapshot.extraction.initiatives:
        kept = [s for s in initiative.signatories if s.name != drop_signatory]
        initiatives.append(initiative.model_copy(update={"signatories": kept}))
    extraction = snapshot.extraction.model_copy(update={"initiatives": initiatives})
    older = snapshot.model_copy(update={"extractor_version": "0.0.1", "extraction": extraction})
    path.write_text(json.dumps(older.sealed().model_dump(mode="json")))


def test_reextraction_reports_extractor_differences_and_moves_the_baseline(ctx):
    first = run_once(ctx, T0)
    age_snapshot_as_older_extractor(Path(first.snapshot), "TikTok")
    source = ctx.config.sources[0]
    result = reextract_source(ctx, source, since=None, now=T0 + timedelta(days=1), nlp=build_nlp())
    assert result.responses == 1
    assert len(result.snapshots) == 1
    assert any("TikTok" in difference for difference in result.extractor_differences)
    path, baseline = ctx.snapshots.baseline(source.id)
    assert str(path) == result.snapshots[0]
    assert baseline.extractor_version == EXTRACTOR_VERSION

    # The next scheduled run sees the same page: no change is reported to users.
    assert run_once(ctx, T0 + timedelta(days=2)).outcome == "unchanged"
    again = reextract_source(ctx, source, since=None, now=T0 + timedelta(days=3), nlp=build_nlp())
    assert (again.current, again.snapshots) == (2, [])


def test_reextraction_since_a_date_skips_older_responses(ctx):
    run_once(ctx, T0)
    source = ctx.config.sources[0]
    result = reextract_source(
        ctx, source, since=T0 + timedelta(hours=1), now=T0 + timedelta(days=1), nlp=build_nlp()
    )
    assert result.responses == 0


def test_status_shows_last_fetch_change_error_and_baseline(ctx):
    run_once(ctx, T0)
    text = describe_status(ctx)
    assert "code: https://ec.europa.eu/info/hate-speech-code" in text
    assert "baseline:     " in text and "none yet" not in text
    assert "last change:  never" in text


def test_validate_reports_a_stable_page_and_what_it_found():
    with ReplayServer({"/code": (PAGE.read_bytes(), "text/html; charset=utf-8")}) as server:
        settings = FetchSettings(max_attempts=1)
        result = validate_page(
            server.url("/code"), "commission", settings, server.host, build_nlp()
        )
    assert result.is_stable
    report = describe_validation(result)
    assert "stable across two fetches: yes" in report
    assert "verdict: ready to watch" in report
    assert "initiatives: " in report and "initiatives: 0;" not in report
    assert "cleaned in profile mode" in report


def test_validate_says_a_page_of_an_unknown_site_is_cleaned_in_generic_mode():
    with ReplayServer({"/code": (PAGE.read_bytes(), "text/html; charset=utf-8")}) as server:
        settings = FetchSettings(max_attempts=1)
        result = validate_page(server.url("/code"), None, settings, server.host, build_nlp())
    assert result.mode == "generic"
    assert "cleaned in generic mode" in describe_validation(result)


def test_reextraction_leaves_the_newest_page_version_as_the_baseline(ctx):
    older = CORPUS / "commission" / "hate-speech-code-of-conduct.v1.html"
    first = run_once(ctx, T0, older)
    age_snapshot_as_older_extractor(Path(first.snapshot), "TikTok")
    run_once(ctx, T0 + timedelta(days=1))  # the newer page, by the current extractor
    source = ctx.config.sources[0]
    result = reextract_source(ctx, source, since=None, now=T0 + timedelta(days=2), nlp=build_nlp())
    assert result.current == 1 and len(result.snapshots) == 2  # the old page, then the newest again
    _, baseline = ctx.snapshots.baseline(source.id)
    assert baseline.raw.sha256 == hashlib.sha256(PAGE.read_bytes()).hexdigest()
