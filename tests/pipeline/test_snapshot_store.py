import json
from datetime import UTC, datetime, timedelta

import pytest

from pipeline.store.snapshots import SnapshotStore, read_snapshot
from schemas.changes import HealthProblem
from schemas.errors import SnapshotError, StoreError
from schemas.extraction import Extraction, Initiative
from schemas.snapshot import RawRef, Snapshot

T0 = datetime(2026, 11, 1, 6, 0, tzinfo=UTC)


def make_snapshot(source_id="bik-page", names=("ICT Coalition",), healthy=True) -> Snapshot:
    extraction = Extraction(
        url="https://example.org/page",
        title="Page",
        published=None,
        text="Page",
        initiatives=[Initiative(name=name) for name in names],
    )
    return Snapshot(
        source_id=source_id,
        url="https://example.org/page",
        extractor_version="test",
        raw=RawRef(sha256="0" * 64, url="https://example.org/page", status=200, etag='"v1"'),
        healthy=healthy,
        health=[] if healthy else [HealthProblem(kind="error_page", message="404 page")],
        extraction=extraction,
    )


def test_snapshots_are_never_overwritten_and_equal_content_is_equal_bytes(tmp_path):
    store = SnapshotStore(tmp_path)
    first = store.write(make_snapshot(), T0)
    second = store.write(make_snapshot(), T0)  # same time stamp: a new name, not a rewrite
    assert first != second
    assert first.read_bytes() == second.read_bytes()
    assert [p.name for p in store.paths("bik-page")] == [second.name, first.name]


def test_baseline_is_the_newest_valid_healthy_snapshot(tmp_path):
    store = SnapshotStore(tmp_path)
    good = store.write(make_snapshot(names=("A",)), T0)
    store.write(make_snapshot(names=(), healthy=False), T0 + timedelta(days=1))
    found = store.baseline("bik-page")
    assert found is not None
    assert found[0] == good
    assert [i.name for i in found[1].extraction.initiatives] == ["A"]


def test_a_hand_edited_snapshot_is_skipped_and_the_previous_good_one_used(tmp_path, caplog):
    store = SnapshotStore(tmp_path)
    good = store.write(make_snapshot(names=("A",)), T0)
    edited = store.write(make_snapshot(names=("B",)), T0 + timedelta(days=1))
    data = json.loads(edited.read_text())
    data["extraction"]["initiatives"][0]["name"] = "C"
    edited.write_text(json.dumps(data))
    assert store.baseline("bik-page")[0] == good
    assert "checksum mismatch" in caplog.text
    with pytest.raises(SnapshotError, match="checksum mismatch"):
        read_snapshot(edited)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not a readable JSON snapshot"),
        (b"\x00\xff\xfe", "not a readable JSON snapshot"),
        (b'{"format": 2}', "known format"),
        (b'{"format": 1, "source_id": "x"}', "invalid snapshot"),
        (b"[1, 2]", "known format"),
    ],
)
def test_bad_snapshot_files_are_reported_in_one_line(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(SnapshotError, match=message) as caught:
        read_snapshot(path)
    assert "\n" not in str(caught.value)


def test_a_snapshot_of_another_source_is_refused(tmp_path):
    store = SnapshotStore(tmp_path)
    path = store.write(make_snapshot(source_id="other"), T0)
    with pytest.raises(SnapshotError, match="belongs to source 'other'"):
        read_snapshot(path, source_id="bik-page")


def test_source_ids_cannot_escape_the_store(tmp_path):
    with pytest.raises(StoreError):
        SnapshotStore(tmp_path).folder("../outside")


def test_temporary_files_of_an_interrupted_write_are_ignored(tmp_path):
    store = SnapshotStore(tmp_path)
    good = store.write(make_snapshot(), T0)
    (good.parent / ".tmp-abc.part").write_text('{"format": 1, "half')
    assert store.paths("bik-page") == [good]
