"""Scale-out: stores on S3-compatible object storage shared by workers, tasks on a Dask cluster.

The object store is moto's S3 server on loopback; the pages come from the loopback replay.
"""

from __future__ import annotations

import logging
import pickle
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

import pytest
import s3fs

from pipeline.config import Workspace
from pipeline.replay_server import ReplayServer
from pipeline.store.archive import RawArchive
from pipeline.store.blobs import RemoteBlobs, as_location, is_url, open_blobs
from pipeline.store.snapshots import SnapshotStore
from schemas.errors import ConfigError, StoreError
from tests.pipeline.test_archive import T0 as FETCH_TIME
from tests.pipeline.test_archive import not_modified, page
from tests.pipeline.test_snapshot_store import T0, make_snapshot
from tests.support.s3_server import S3Server, running_s3_server

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"


@pytest.fixture(scope="module")
def s3() -> Iterator[S3Server]:
    with running_s3_server() as server:
        yield server


@pytest.fixture
def bucket(s3: S3Server) -> str:
    return s3.new_bucket()


def raw_fs(s3: S3Server) -> s3fs.S3FileSystem:
    """A client of its own, as another worker would have, with no shared listing cache."""
    return s3fs.S3FileSystem(endpoint_url=s3.endpoint_url, skip_instance_cache=True)


# --- the snapshot store on S3 -------------------------------------------------------------


def test_snapshots_on_s3_are_written_once_and_listed_newest_first(s3: S3Server, bucket: str):
    store = SnapshotStore(f"{bucket}/snapshots", s3.options)
    first = store.write(make_snapshot(), T0)
    second = store.write(make_snapshot(), T0)  # same time stamp: a new name, not a rewrite
    third = store.write(make_snapshot(names=("B",)), T0 + timedelta(days=1))

    assert first != second
    assert all(
        isinstance(url, str) and url.startswith(f"{bucket}/snapshots/bik-page/")
        for url in (first, second, third)
    )
    assert raw_fs(s3).cat_file(str(first)) == raw_fs(s3).cat_file(str(second))
    assert store.paths("bik-page") == [third, second, first]
    assert store.paths("never-written") == []


def test_baseline_on_s3_skips_unhealthy_corrupt_and_foreign_snapshots(
    s3: S3Server, bucket: str, caplog: pytest.LogCaptureFixture
):
    root = f"{bucket}/snapshots"
    store = SnapshotStore(root, s3.options)
    good = store.write(make_snapshot(names=("A",)), T0)
    store.write(make_snapshot(names=(), healthy=False), T0 + timedelta(days=1))
    edited = store.write(make_snapshot(names=("B",)), T0 + timedelta(days=2))
    fs = raw_fs(s3)
    fs.pipe_file(str(edited), fs.cat_file(str(edited)).replace(b'"B"', b'"C"'))
    fs.pipe_file(f"{root}/bik-page/20991231T000000000000Z.json", b'{"format": 1, "half')
    foreign = SnapshotStore(f"{bucket}/elsewhere", s3.options).write(
        make_snapshot(source_id="other"), T0 + timedelta(days=3)
    )
    fs.copy(str(foreign), f"{root}/bik-page/20991231T000000000001Z.json")

    with caplog.at_level(logging.WARNING, logger="bikwatch.snapshots"):
        found = SnapshotStore(root, s3.options).baseline("bik-page")

    assert found is not None
    assert found[0] == good
    assert [i.name for i in found[1].extraction.initiatives] == ["A"]
    assert "checksum mismatch" in caplog.text
    assert "not a readable JSON snapshot" in caplog.text
    assert "belongs to source 'other'" in caplog.text


def test_a_snapshot_written_by_another_worker_is_seen_at_once(s3: S3Server, bucket: str):
    reader = SnapshotStore(f"{bucket}/snapshots", s3.options)
    assert reader.baseline("bik-page") is None  # fills fsspec's listing cache, if it would
    writer = SnapshotStore(f"{bucket}/snapshots", s3.options)
    written = writer.write(make_snapshot(), T0)

    found = reader.baseline("bik-page")

    assert found is not None and found[0] == written


def test_racing_workers_never_overwrite_one_snapshot(s3: S3Server, bucket: str):
    stores = [SnapshotStore(f"{bucket}/snapshots", s3.options) for _ in range(4)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        written = list(pool.map(lambda store: store.write(make_snapshot(), T0), stores))

    assert len(set(written)) == 4
    assert sorted(stores[0].paths("bik-page")) == sorted(written)


def test_write_new_refuses_an_existing_object(s3: S3Server, bucket: str):
    blobs = open_blobs(f"{bucket}/blobs", s3.options)
    assert blobs.write_new("a/one.json", b"first")
    assert not blobs.write_new("a/one.json", b"second")
    blobs.replace("a/one.json", b"third")

    assert blobs.read("a/one.json") == b"third"
    assert blobs.names("a") == ["one.json"]
    assert blobs.folders() == ["a"]
    with pytest.raises(FileNotFoundError):
        blobs.read("a/missing.json")


def test_an_unreachable_object_store_is_one_store_error(s3: S3Server):
    no_retries = {"retries": {"max_attempts": 1}}  # botocore would retry for seconds
    options = {"endpoint_url": "http://127.0.0.1:9", "config_kwargs": no_retries}
    store = SnapshotStore("s3://nowhere/snapshots", options)
    with pytest.raises(StoreError, match="cannot list s3://nowhere/snapshots/bik-page") as caught:
        store.paths("bik-page")
    assert caught.value.transient
    assert "\n" not in str(caught.value)


def test_stores_travel_to_other_processes_by_url(s3: S3Server, bucket: str):
    store = SnapshotStore(f"{bucket}/snapshots", s3.options)
    written = store.write(make_snapshot(), T0)

    copy = pickle.loads(pickle.dumps(store))

    assert isinstance(copy._blobs, RemoteBlobs)
    assert copy.paths("bik-page") == [written]


# --- the raw archive on S3 ----------------------------------------------------------------


def test_the_raw_archive_on_s3_round_trips_in_time_order(s3: S3Server, bucket: str):
    archive = RawArchive(f"{bucket}/archive", s3.options)
    ref = archive.record("bik.home", page())
    archive.record("commission.dsa", page(b"<p>3</p>", FETCH_TIME + timedelta(minutes=3)))
    archive.record("bik.home", not_modified(FETCH_TIME + timedelta(minutes=4)))

    archived = archive.read(ref)

    assert archive.location(ref) == f"{bucket}/archive/bik.home/{ref.name}"
    assert archived.body == page().body and archived.status == 200
    assert archived.url == "https://example.eu/page?lang=en"
    assert [r.body for r in archive.iter_responses()] == [page().body, b"<p>3</p>"]
    latest = archive.latest("bik.home")
    assert latest is not None and latest.ref == ref  # the 304 has no body to redo


def test_a_broken_archive_object_is_skipped(
    s3: S3Server, bucket: str, caplog: pytest.LogCaptureFixture
):
    archive = RawArchive(f"{bucket}/archive", s3.options)
    archive.record("bik.home", page(b"<p>good</p>"))
    broken = archive.record("bik.home", page(b"<p>broken</p>", FETCH_TIME + timedelta(seconds=1)))
    raw_fs(s3).pipe_file(str(archive.location(broken)), b"not a warc file")

    with caplog.at_level(logging.WARNING, logger="pipeline.store.archive"):
        bodies = [r.body for r in archive.iter_responses("bik.home")]

    assert bodies == [b"<p>good</p>"]
    assert broken.name in caplog.text
    with pytest.raises(StoreError, match="cannot read raw archive file s3://"):
        archive.read(broken)


# --- configuration ------------------------------------------------------------------------


def test_snapshot_and_archive_locations_may_be_urls_the_others_not():
    workspace = Workspace.resolve(snapshots="s3://b/snaps", archive="file:///srv/archive")
    assert workspace.snapshots == "s3://b/snaps"
    assert workspace.archive == Path("/srv/archive")
    assert workspace.absolute("snapshots") == "s3://b/snaps"
    with pytest.raises(ConfigError, match="outbox must be a local folder"):
        Workspace.resolve(outbox="s3://b/outbox")
    assert is_url("gs://bucket") and not is_url("C:\\data") and not is_url("snapshots")
    assert as_location("snapshots") == Path("snapshots")


# --- the flow on a Dask cluster, with its stores on S3 ------------------------------------

PAGES = {
    "/bik/previous-initiatives": ("bik", "bik/previous-initiatives.html"),
    "/commission/hate-speech-code": (
        "commission",
        "commission/hate-speech-code-of-conduct.v1.html",
    ),
}


def dask_sources(root: Path, base_url: str, s3: S3Server) -> Path:
    lines = []
    for path, (site, _) in PAGES.items():
        source_id = path.strip("/").replace("/", "-")
        lines += ["[[sources]]", f'id = "{source_id}"', f'url = "{base_url}{path}"']
        lines += [f'site = "{site}"', ""]
    lines += ["[fetch]", "max_attempts = 1", "task_retries = 0", ""]
    # Thread workers keep the test light; the tasks' arguments are pickled all the same.
    lines += ["[runner]", 'kind = "dask"', "dask_workers = 2", "max_workers = 2"]
    lines += ["dask_processes = false", ""]
    lines += ["[storage.options]", f'endpoint_url = "{s3.endpoint_url}"', ""]
    sources = root / "sources.toml"
    sources.write_text("\n".join(lines), encoding="utf-8")
    return sources


@pytest.mark.usefixtures("prefect_engine")
def test_the_flow_runs_on_a_dask_cluster_with_its_stores_on_s3(
    tmp_path: Path, s3: S3Server, bucket: str
):
    from pipeline.flow import scrape

    html = "text/html; charset=utf-8"
    served = {path: ((CORPUS / file).read_bytes(), html) for path, (_, file) in PAGES.items()}
    with ReplayServer(served) as server:
        sources = dask_sources(tmp_path, server.base_url, s3)
        report = scrape(
            sources=str(sources),
            snapshots=f"{bucket}/snapshots",
            archive=f"{bucket}/archive",
            outbox=str(tmp_path / "outbox"),
            state=str(tmp_path / "state"),
            feeds=str(tmp_path / "feeds"),
        )

    assert {o.source_id: o.outcome for o in report.outcomes} == {
        "bik-previous-initiatives": "baseline",
        "commission-hate-speech-code": "baseline",
    }
    fs = raw_fs(s3)
    for outcome in report.outcomes:
        assert (outcome.snapshot or "").startswith(f"{bucket}/snapshots/{outcome.source_id}/")
        assert fs.exists(outcome.snapshot)
        store = SnapshotStore(f"{bucket}/snapshots", s3.options)
        found = store.baseline(outcome.source_id)
        assert found is not None and found[1].extraction.initiatives
    archived = RawArchive(f"{bucket}/archive", s3.options).iter_responses()
    assert sorted(r.ref.source_id for r in archived) == sorted(o.source_id for o in report.outcomes)
