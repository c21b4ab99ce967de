"""The snapshot store: `snapshots/<source-id>/<UTC time>.json`, written once, never overwritten.

The newest valid, healthy snapshot of a source is the baseline of its next diff. A file that
does not parse, fails validation, fails its checksum or belongs to another source is skipped
with a warning, and the previous good one is used.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path

from pydantic import ValidationError

from pipeline.storage import is_temporary, write_new_file
from schemas.config import SOURCE_ID
from schemas.errors import SnapshotError, StoreError
from schemas.snapshot import Snapshot, canonical_json

log = logging.getLogger("bikwatch.snapshots")


def snapshot_name(taken_at: datetime, attempt: int = 0) -> str:
    stamp = taken_at.astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return f"{stamp}.json" if attempt == 0 else f"{stamp}-{attempt}.json"


def read_snapshot(path: Path, *, source_id: str | None = None) -> Snapshot:
    """Load one snapshot file, or raise SnapshotError saying what is wrong with it."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SnapshotError(f"{path}: no such snapshot") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SnapshotError(f"{path}: not a readable JSON snapshot: {exc}") from None
    if not isinstance(raw, dict) or raw.get("format") != 1:
        raise SnapshotError(f"{path}: not a bikwatch snapshot of a known format")
    try:
        snapshot = Snapshot.model_validate(raw)
    except ValidationError as exc:
        raise SnapshotError(f"{path}: invalid snapshot ({exc.error_count()} problems)") from None
    if not snapshot.is_sealed:
        raise SnapshotError(f"{path}: checksum mismatch (corrupt or edited by hand)")
    if source_id is not None and snapshot.source_id != source_id:
        raise SnapshotError(f"{path}: belongs to source {snapshot.source_id!r}, not {source_id!r}")
    return snapshot


def _time_order(path: Path) -> tuple[str, int]:
    stamp, _, attempt = path.stem.partition("-")
    return stamp, int(attempt) if attempt.isdigit() else 0


class SnapshotStore:
    def __init__(self, root: Path):
        self.root = root

    def folder(self, source_id: str) -> Path:
        if not SOURCE_ID.match(source_id):
            raise StoreError(f"unsafe source id for a store folder: {source_id!r}")
        return self.root / source_id

    def write(self, snapshot: Snapshot, taken_at: datetime) -> Path:
        data = canonical_json(snapshot.sealed().model_dump(mode="json"))
        folder = self.folder(snapshot.source_id)
        for attempt in range(100):
            path = folder / snapshot_name(taken_at, attempt)
            if write_new_file(path, data.encode("utf-8")):
                return path
        raise StoreError(f"{folder}: too many snapshots with the same time stamp")

    def paths(self, source_id: str) -> list[Path]:
        """Snapshot files of a source, newest first (names sort by time)."""
        folder = self.folder(source_id)
        if not folder.is_dir():
            return []
        files = [p for p in folder.glob("*.json") if not is_temporary(p)]
        return sorted(files, key=_time_order, reverse=True)

    def valid(self, source_id: str) -> Iterator[tuple[Path, Snapshot]]:
        """Readable snapshots of a source, newest first; bad files are logged and skipped."""
        for path in self.paths(source_id):
            try:
                yield path, read_snapshot(path, source_id=source_id)
            except SnapshotError as exc:
                log.warning("skipping snapshot: %s", exc)

    def baseline(self, source_id: str) -> tuple[Path, Snapshot] | None:
        """The newest valid snapshot of a healthy page: what the next run compares with."""
        return next(((p, s) for p, s in self.valid(source_id) if s.healthy), None)

    def latest(self, source_id: str) -> tuple[Path, Snapshot] | None:
        return next(self.valid(source_id), None)

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
