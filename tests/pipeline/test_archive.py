"""The raw WARC archive: round trip through warcio, time order, crash safety, safe source ids."""

from __future__ import annotations

import base64
import hashlib
import logging
import os
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from pipeline.fetch.models import FetchedPage, Validators
from pipeline.store.archive import RawArchive
from pipeline.store.warc import NOT_MODIFIED_PROFILE
from schemas.errors import StoreError

REPO_ROOT = Path(__file__).resolve().parents[2]
T0 = datetime(2026, 3, 1, 9, 30, 15, 123456, tzinfo=UTC)
BODY = "<html><body><p>Alliance \u00e0 jour</p></body></html>".encode()
REQUEST_HEADERS = [("Host", "example.eu"), ("User-Agent", "bikwatch/0 (+https://x)")]


def page(body: bytes = BODY, at: datetime = T0, **changes: object) -> FetchedPage:
    values: dict[str, object] = {
        "requested_url": "https://example.eu/old",
        "final_url": "https://example.eu/page?lang=en",
        "status": 200,
        "reason": "OK",
        "headers": [("Content-Type", "text/html; charset=utf-8"), ("ETag", '"v1"')],
        "request_headers": REQUEST_HEADERS,
        "body": body,
        "fetched_at": at,
        "content_type": "text/html",
        "declared_charset": "utf-8",
        "validators": Validators(etag='"v1"'),
    }
    return FetchedPage.model_validate(values | changes)


def not_modified(at: datetime) -> FetchedPage:
    return page(b"", at, status=304, reason="Not Modified", not_modified=True, headers=[])


@pytest.fixture
def archive(tmp_path: Path) -> RawArchive:
    return RawArchive(tmp_path / "raw")


def test_a_fetch_is_stored_as_standard_warc_records(archive: RawArchive) -> None:
    ref = archive.record("bik.home", page())

    path = archive.root / ref.path
    assert path.name.startswith("20260301T093015123456Z-") and path.name.endswith(".warc.gz")
    with path.open("rb") as stream:
        records = [(record, record.content_stream().read()) for record in ArchiveIterator(stream)]
    assert [record.rec_type for record, _ in records] == ["warcinfo", "request", "response"]
    assert records[2][1] == BODY
    request, response = records[1][0], records[2][0]
    assert response.rec_headers.protocol == "WARC/1.1"
    assert response.rec_headers.get_header("WARC-Target-URI") == "https://example.eu/page?lang=en"
    assert response.rec_headers.get_header("WARC-Date") == "2026-03-01T09:30:15.123456Z"
    expected_digest = base64.b32encode(hashlib.sha1(BODY).digest()).decode()
    assert response.rec_headers.get_header("WARC-Payload-Digest") == f"sha1:{expected_digest}"
    assert request.rec_headers.get_header("WARC-Concurrent-To") == response.rec_headers.get_header(
        "WARC-Record-ID"
    )
    assert request.http_headers.get_header("User-Agent") == "bikwatch/0 (+https://x)"


def test_read_returns_what_was_recorded(archive: RawArchive) -> None:
    ref = archive.record("bik.home", page())

    archived = archive.read(ref)

    assert archived.body == BODY and archived.status == 200
    assert archived.url == "https://example.eu/page?lang=en"
    assert archived.fetched_at == T0
    assert archived.declared_charset == "utf-8"
    assert ("ETag", '"v1"') in archived.headers
    assert archived.ref == ref and not archived.not_modified


def test_a_content_encoded_body_is_archived_decoded_with_the_original_headers_kept(
    archive: RawArchive,
) -> None:
    wire_headers = [
        ("Content-Type", "text/html"),
        ("Content-Encoding", "gzip"),
        ("Content-Length", "9"),
    ]

    archived = archive.read(archive.record("bik.home", page(headers=wire_headers)))

    assert archived.body == BODY
    assert ("X-Archive-Orig-Content-Encoding", "gzip") in archived.headers
    assert ("Content-Length", str(len(BODY))) in archived.headers


def test_a_304_is_kept_as_a_server_not_modified_revisit_without_body(
    archive: RawArchive,
) -> None:
    archive.record("bik.home", page())
    ref = archive.record("bik.home", not_modified(T0 + timedelta(hours=1)))

    with (archive.root / ref.path).open("rb") as stream:
        revisit = next(r for r in ArchiveIterator(stream) if r.rec_type == "revisit")
    assert revisit.rec_headers.get_header("WARC-Profile") == NOT_MODIFIED_PROFILE
    assert archive.read(ref).not_modified and archive.read(ref).body == b""
    assert [r.status for r in archive.iter_responses("bik.home")] == [200]
    latest = archive.latest("bik.home")
    assert latest is not None and latest.fetched_at == T0


def test_responses_come_back_in_time_order_across_sources(archive: RawArchive) -> None:
    archive.record("commission.dsa", page(b"<p>3</p>", T0 + timedelta(minutes=3)))
    archive.record("bik.home", page(b"<p>1</p>", T0 + timedelta(minutes=1)))
    archive.record("bik.home", page(b"<p>2</p>", T0 + timedelta(minutes=2)))

    every = [r.body for r in archive.iter_responses()]
    recent = [r.body for r in archive.iter_responses(since=T0 + timedelta(minutes=2))]
    one_source = [r.body for r in archive.iter_responses("bik.home")]

    assert every == [b"<p>1</p>", b"<p>2</p>", b"<p>3</p>"]
    assert recent == [b"<p>2</p>", b"<p>3</p>"]
    assert one_source == [b"<p>1</p>", b"<p>2</p>"]
    latest = archive.latest("bik.home")
    assert latest is not None and latest.body == b"<p>2</p>"


def test_an_empty_archive_has_nothing(archive: RawArchive) -> None:
    assert list(archive.iter_responses()) == []
    assert archive.latest("bik.home") is None


def test_unreadable_files_are_skipped_with_a_warning(
    archive: RawArchive, caplog: pytest.LogCaptureFixture
) -> None:
    good = archive.record("bik.home", page(b"<p>good</p>"))
    broken = archive.record("bik.home", page(b"<p>broken</p>", T0 + timedelta(seconds=1)))
    broken_path = archive.root / broken.path
    broken_path.write_bytes(broken_path.read_bytes()[:40])

    with caplog.at_level(logging.WARNING, logger="pipeline.store.archive"):
        bodies = [r.body for r in archive.iter_responses("bik.home")]
        latest = archive.latest("bik.home")

    assert bodies == [b"<p>good</p>"]
    assert latest is not None and latest.ref == good
    assert broken.name in caplog.text
    with pytest.raises(StoreError, match="cannot read raw archive file"):
        archive.read(broken)


def test_a_failed_write_leaves_no_file_behind(
    archive: RawArchive, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing_fsync(descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", failing_fsync)

    with pytest.raises(StoreError, match="No space left"):
        archive.record("bik.home", page())

    assert list((archive.root / "bik.home").iterdir()) == []


def test_a_writer_killed_mid_write_leaves_nothing_visible(archive: RawArchive) -> None:
    archive.record("bik.home", page(b"<p>before</p>"))
    crashing_writer = textwrap.dedent(
        f"""
        import os, sys
        from datetime import datetime, timezone
        from pathlib import Path
        sys.path.insert(0, {str(REPO_ROOT)!r})
        from pipeline.store.archive import RawArchive
        from pipeline.fetch.models import FetchedPage
        os.replace = lambda *args: os._exit(9)  # die between writing and publishing the file
        RawArchive(Path({str(archive.root)!r})).record("bik.home", FetchedPage(
            requested_url="https://example.eu/", final_url="https://example.eu/", status=200,
            headers=[], body=b"<p>half</p>", fetched_at=datetime.now(timezone.utc)))
        """
    )

    finished = subprocess.run([sys.executable, "-c", crashing_writer], check=False)

    assert finished.returncode == 9
    leftovers = [p.name for p in (archive.root / "bik.home").iterdir()]
    assert any(name.endswith(".part") for name in leftovers)
    assert [r.body for r in archive.iter_responses()] == [b"<p>before</p>"]


@pytest.mark.parametrize("bad_id", ["", "../etc", "a/b", "Bik", "-x", ".", "..", ".hidden", "a b"])
def test_source_ids_that_could_escape_or_collide_are_refused(
    archive: RawArchive, bad_id: str
) -> None:
    with pytest.raises(StoreError, match="invalid source id"):
        archive.record(bad_id, page())
    with pytest.raises(StoreError, match="invalid source id"):
        list(archive.iter_responses(bad_id))
    assert not archive.root.exists()


def test_a_valid_source_id_may_use_dots_dashes_and_underscores(archive: RawArchive) -> None:
    ref = archive.record("bik.code_age-2", page())

    assert (archive.root / "bik.code_age-2" / ref.name).is_file()
