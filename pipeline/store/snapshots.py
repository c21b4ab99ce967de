"""The snapshot store: `snapshots/<source-id>/<UTC time>.json`, written once, never overwritten.

The root is a local folder or an fsspec URL (`s3://bucket/snapshots`), see `pipeline.store.blobs`.

The newest valid, healthy snapshot of a source is the baseline of its next diff. A file that
does not parse, fails validation, fails its checksum or belongs to another source is skipped
with a warning, and the previous good one is used.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Collection, Iterator, Mapping
from datetime import UTC, datetime, timedelta
from itertools import islice
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from pipeline.store.blobs import Location, open_blobs
from pipeline.store.files import STAMP_FORMAT
from schemas.config import check_source_id
from schemas.errors import SnapshotError, StoreError
from schemas.snapshot import Snapshot, canonical_json

log = logging.getLogger("bikwatch.snapshots")


# Only files named by `snapshot_name` are snapshots: a note or stray file beside them is ignored.
SNAPSHOT_FILE = re.compile(r"^\d{8}T\d{12}Z(-\d+)?\.json$")


def snapshot_name(taken_at: datetime, attempt: int = 0) -> str:
    stamp = taken_at.astimezone(UTC).strftime(STAMP_FORMAT)
    return f"{stamp}.json" if attempt == 0 else f"{stamp}-{attempt}.json"


def read_snapshot(path: Path, *, source_id: str | None = None) -> Snapshot:
    """Load one local snapshot file, or raise SnapshotError saying what is wrong with it."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise SnapshotError(f"{path}: no such snapshot") from None
    except OSError as exc:
        raise SnapshotError(f"{path}: not a readable JSON snapshot: {exc}") from None
    return parse_snapshot(data, path, source_id=source_id)


def parse_snapshot(data: bytes, where: Location, *, source_id: str | None = None) -> Snapshot:
    """Validate the bytes of one snapshot (from `where`), or raise SnapshotError."""
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SnapshotError(f"{where}: not a readable JSON snapshot: {exc}") from None
    except RecursionError:
        raise SnapshotError(f"{where}: not a snapshot: JSON nested too deeply to read") from None
    if not isinstance(raw, dict) or raw.get("format") != 1:
        raise SnapshotError(f"{where}: not a bikwatch snapshot of a known format")
    try:
        snapshot = Snapshot.model_validate(raw)
    except ValidationError as exc:
        raise SnapshotError(f"{where}: invalid snapshot ({exc.error_count()} problems)") from None
    if not snapshot.is_sealed:
        raise SnapshotError(f"{where}: checksum mismatch (corrupt or edited by hand)")
    if source_id is not None and snapshot.source_id != source_id:
        raise SnapshotError(f"{where}: belongs to source {snapshot.source_id!r}, not {source_id!r}")
    return snapshot


def snapshot_stamp(taken_at: datetime) -> str:
    """The time stamp that names every snapshot a run taken at `taken_at` writes."""
    return snapshot_name(taken_at).removesuffix(".json")


def stamp_of(key: str) -> str:
    return key.rsplit("/", 1)[-1].removesuffix(".json").partition("-")[0]


def _time_order(name: str) -> tuple[str, int]:
    stamp, _, attempt = name.removesuffix(".json").partition("-")
    return stamp, int(attempt) if attempt.isdigit() else 0


class SnapshotStore:
    """Snapshots of every source under one root; `options` are fsspec options for a URL root.

    Locations it returns are Paths for a local root and URLs for a remote one.
    """

    def __init__(self, root: Location, options: Mapping[str, Any] | None = None):
        self.root = root
        self._blobs = open_blobs(root, options)

    def folder(self, source_id: str) -> Location:
        return self._blobs.location(check_source_id(source_id))

    def write(self, snapshot: Snapshot, taken_at: datetime) -> Location:
        data = canonical_json(snapshot.sealed().model_dump(mode="json")).encode("utf-8")
        folder = check_source_id(snapshot.source_id)
        for attempt in range(100):
            key = f"{folder}/{snapshot_name(taken_at, attempt)}"
            if self._blobs.write_new(key, data):
                return self._blobs.location(key)
        raise StoreError(f"{self.folder(folder)}: too many snapshots with the same time stamp")

    def next_time(self, source_id: str, taken_at: datetime) -> datetime:
        """When the next snapshot is stamped: `taken_at`, unless a snapshot already bears a
        later stamp (the clock was ahead, then corrected); then just after that one, so names
        never go backwards and the newest snapshot is always the last written."""
        keys = self._keys(source_id)
        if not keys:
            return taken_at
        newest = datetime.strptime(stamp_of(keys[0]), STAMP_FORMAT).replace(tzinfo=UTC)
        return max(taken_at, newest + timedelta(microseconds=1))

    def paths(self, source_id: str) -> list[Location]:
        """Snapshot files of a source, newest first (names sort by time)."""
        return [self._blobs.location(key) for key in self._keys(source_id)]

    def valid(
        self, source_id: str, *, ignore: Collection[str] = ()
    ) -> Iterator[tuple[Location, Snapshot]]:
        """Readable snapshots of a source, newest first; bad files are logged and skipped.

        `ignore` names time stamps (`snapshot_stamp`) of runs whose snapshots do not count.
        """
        for key in self._keys(source_id):
            if ignore and stamp_of(key) in ignore:
                continue
            where = self._blobs.location(key)
            try:
                yield where, parse_snapshot(self._read(key), where, source_id=source_id)
            except SnapshotError as exc:
                log.warning("skipping snapshot: %s", exc)

    def baseline(
        self, source_id: str, *, ignore: Collection[str] = ()
    ) -> tuple[Location, Snapshot] | None:
        """The newest valid snapshot of a healthy page: what the next run compares with."""
        return next(((p, s) for p, s in self.valid(source_id, ignore=ignore) if s.healthy), None)

    def latest(
        self, source_id: str, *, ignore: Collection[str] = ()
    ) -> tuple[Location, Snapshot] | None:
        return next(self.valid(source_id, ignore=ignore), None)

    def newest_if_unreadable(
        self, source_id: str, *, ignore: Collection[str] = (), read: Location | None = None
    ) -> Location | None:
        """The newest snapshot file of the source when it cannot be read (truncated, corrupt).

        `read` is a snapshot the caller has already read: when it is the newest, nothing is
        read again (the usual case, so a run pays one listing per source for this check)."""
        for key in self._keys(source_id):
            if ignore and stamp_of(key) in ignore:
                continue
            where = self._blobs.location(key)
            if read is not None and str(where) == str(read):
                return None
            try:
                parse_snapshot(self._read(key), where, source_id=source_id)
            except SnapshotError:
                return where
            return None
        return None

    def made_from(
        self,
        source_id: str,
        body_sha256: str,
        *,
        extractor_version: str | None = None,
        look_back: int = 20,
    ) -> Snapshot | None:
        """The newest snapshot extracted from this exact raw body (by this extractor version).

        The body digest is the cache key of extraction: a page served again unchanged is not
        cleaned and extracted again by the same extractor.
        """
        for _, snapshot in islice(self.valid(source_id), look_back):
            if snapshot.raw.sha256 != body_sha256:
                continue
            if extractor_version is None or snapshot.extractor_version == extractor_version:
                return snapshot
        return None

    def _keys(self, source_id: str) -> list[str]:
        folder = check_source_id(source_id)
        names = [name for name in self._blobs.names(folder) if SNAPSHOT_FILE.match(name)]
        return [f"{folder}/{name}" for name in sorted(names, key=_time_order, reverse=True)]

    def _read(self, key: str) -> bytes:
        try:
            return self._blobs.read(key)
        except FileNotFoundError:  # removed since it was listed
            raise SnapshotError(f"{self._blobs.location(key)}: no such snapshot") from None
        except StoreError as exc:
            raise SnapshotError(str(exc)) from None
