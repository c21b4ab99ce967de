"""Revisits, not copies: a body identical to an earlier response of the source is archived as
a WARC `revisit` record (identical payload digest), and reads back with the original's body."""

from __future__ import annotations

import os
from datetime import timedelta
from io import BytesIO
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from pipeline.store.archive import RawArchive
from tests.pipeline.test_archive import BODY, T0, page

IDENTICAL_PAYLOAD = "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"


def records_of(archive: RawArchive, path: str) -> list[tuple[str, str | None]]:
    data = (archive.root / path).read_bytes()  # type: ignore[operator]
    return [
        (record.rec_type, record.rec_headers.get_header("WARC-Profile"))
        for record in ArchiveIterator(BytesIO(data))
    ]


def test_an_unchanged_body_is_archived_as_a_revisit_that_reads_back_whole(tmp_path: Path) -> None:
    archive = RawArchive(tmp_path / "raw")
    # Incompressible and big enough that a second copy would show in the file size.
    body = BODY + os.urandom(20_000).hex().encode()
    first = archive.record("bik.home", page(body, T0))
    second = archive.record("bik.home", page(body, T0 + timedelta(days=1)))
    third = archive.record("bik.home", page(body, T0 + timedelta(days=2)))

    assert records_of(archive, first.path)[-1] == ("response", None)
    assert records_of(archive, second.path)[-1] == ("revisit", IDENTICAL_PAYLOAD)
    assert records_of(archive, third.path)[-1] == ("revisit", IDENTICAL_PAYLOAD)
    sizes = [(archive.root / r.path).stat().st_size for r in (first, second)]  # type: ignore[operator]
    assert sizes[1] < sizes[0] / 2
    read = [archive.read(ref) for ref in (first, second, third)]
    assert [r.body for r in read] == [body, body, body]
    assert not any(r.not_modified for r in read)
    assert [r.body for r in archive.iter_responses("bik.home")] == [body] * 3
    latest = archive.latest("bik.home")
    assert latest is not None and latest.fetched_at == T0 + timedelta(days=2)


def test_a_changed_body_is_stored_in_full_and_other_sources_never_share(tmp_path: Path) -> None:
    archive = RawArchive(tmp_path / "raw")
    archive.record("bik.home", page(b"<p>1</p>", T0))
    changed = archive.record("bik.home", page(b"<p>2</p>", T0 + timedelta(days=1)))
    elsewhere = archive.record("bik.other", page(b"<p>1</p>", T0 + timedelta(days=1)))
    assert records_of(archive, changed.path)[-1] == ("response", None)
    assert records_of(archive, elsewhere.path)[-1] == ("response", None)
