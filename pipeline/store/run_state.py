"""State kept between runs: the run lock, each source's health record, and run history."""

from __future__ import annotations

import fcntl
import json
import logging
import os
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import IO

from pydantic import ValidationError

from pipeline.compare.source_health import SourceHealthState
from pipeline.store.files import replace_file
from schemas.config import check_source_id
from schemas.errors import LockedError, StoreError
from schemas.run import RunReport
from schemas.snapshot import canonical_json

log = logging.getLogger("bikwatch.state")

# Health records and run records are small; anything far larger is not ours to read in full.
MAX_STATE_FILE_BYTES = 50_000_000


def _read_state_file(path: Path) -> str:
    """A state file's text; ValueError (naming no file: callers do) when it is too large."""
    size = path.stat().st_size
    if size > MAX_STATE_FILE_BYTES:
        raise ValueError(f"{size} bytes is larger than the {MAX_STATE_FILE_BYTES} limit")
    return path.read_text(encoding="utf-8")


class RunLock:
    """An exclusive lock on one workspace, so two runs never interleave their writes.

    flock is released by the kernel when the process dies, so a crashed run never leaves a
    stale lock behind.
    """

    def __init__(self, state_dir: Path):
        self.path = state_dir / "run.lock"
        self._stream: IO[str] | None = None

    def __enter__(self) -> RunLock:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            stream = open(self.path, "a+", encoding="utf-8")
        except OSError as exc:
            raise StoreError(f"cannot open lock {self.path}: {exc.strerror or exc}") from None
        try:
            fcntl.flock(stream.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            stream.seek(0)
            holder = stream.read().strip() or "another process"
            stream.close()
            raise LockedError(
                f"another bikwatch run is in progress on this workspace ({holder}); "
                "try again when it has finished"
            ) from None
        stream.seek(0)
        stream.truncate()
        stream.write(f"pid {os.getpid()}")
        stream.flush()
        self._stream = stream
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._stream is not None:
            fcntl.flock(self._stream.fileno(), fcntl.LOCK_UN)
            self._stream.close()
            self._stream = None


class StateStore:
    """Run state of one workspace: every source's health record in one file, and run history.

    One health file, written once per run, keeps an unchanged re-run of a large watch list
    from paying a write and its fsyncs per source.
    """

    def __init__(self, root: Path):
        self.root = root

    @property
    def _health_path(self) -> Path:
        return self.root / "sources.json"

    def all_source_health(self) -> dict[str, SourceHealthState]:
        path = self._health_path
        if not path.exists():
            return {}
        try:
            raw = json.loads(_read_state_file(path))
            return {key: SourceHealthState.model_validate(value) for key, value in raw.items()}
        except (OSError, ValidationError, ValueError, AttributeError, RecursionError) as exc:
            # A lost health record only delays a failure alert; never block a run on it.
            log.warning("resetting unreadable health records %s: %s", path, exc)
            return {}

    def save_all_source_health(self, states: dict[str, SourceHealthState]) -> None:
        for source_id in states:
            check_source_id(source_id)
        data = {key: state.model_dump(mode="json") for key, state in sorted(states.items())}
        replace_file(self._health_path, canonical_json(data).encode("utf-8"))

    def source_health(self, source_id: str) -> SourceHealthState | None:
        return self.all_source_health().get(check_source_id(source_id))

    def save_source_health(self, source_id: str, state: SourceHealthState) -> None:
        states = self.all_source_health()
        states[check_source_id(source_id)] = state
        self.save_all_source_health(states)

    # Snapshots written by a run that has not yet filed its alert. A run killed before that
    # leaves its marks behind, and its snapshots never become baselines: the next run compares
    # with the last confirmed ones and tells the change again. One empty file per mark,
    # `unconfirmed/<source>/<run stamp>@<snapshot stamp>`, so workers that write snapshots
    # concurrently never race on a shared file, and a source's marks are one small listing.
    def note_unconfirmed(self, source_id: str, run_stamp: str, snapshot_stamp: str) -> None:
        folder = self.root / "unconfirmed" / check_source_id(source_id)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{run_stamp}@{snapshot_stamp}").touch()
        except OSError as exc:
            raise StoreError(f"cannot write to {folder}: {exc.strerror or exc}") from None

    def unconfirmed_stamps(self, source_id: str) -> set[str]:
        """Stamps of the snapshots of `source_id` that no completed run has confirmed."""
        folder = self.root / "unconfirmed" / check_source_id(source_id)
        if not folder.is_dir():
            return set()
        return {path.name.rpartition("@")[2] for path in folder.iterdir()}

    def confirm_run(self, run_stamp: str) -> None:
        """The run's alert is filed: its snapshots count from now on."""
        folder = self.root / "unconfirmed"
        if folder.is_dir():
            for mark in folder.glob(f"*/{run_stamp}@*"):
                mark.unlink(missing_ok=True)

    # Sources whose server asked us to come back later (Retry-After): one small file each,
    # `come-back/<source>`, holding the time before which the source is not asked again.
    def note_come_back(self, source_id: str, until: datetime) -> None:
        path = self.root / "come-back" / check_source_id(source_id)
        replace_file(path, until.isoformat().encode("ascii"))

    def come_back_at(self, source_id: str, now: datetime) -> datetime | None:
        """When the source may be asked again, if that is still after `now`."""
        path = self.root / "come-back" / check_source_id(source_id)
        try:
            until = datetime.fromisoformat(path.read_text(encoding="ascii").strip())
        except (OSError, ValueError):
            return None  # none noted, or unreadable: asking once more is the safe side
        if until <= now:
            path.unlink(missing_ok=True)
            return None
        return until

    def save_run(self, report: RunReport) -> Path:
        path = self.root / "runs" / f"{report.started_at:%Y%m%dT%H%M%S}-{report.run_id[:8]}.json"
        replace_file(path, canonical_json(report.model_dump(mode="json")).encode("utf-8"))
        return path

    def runs(self, limit: int = 50) -> list[RunReport]:
        folder = self.root / "runs"
        reports = []
        for path in sorted(folder.glob("*.json"), reverse=True)[:limit]:
            try:
                reports.append(RunReport.model_validate(json.loads(_read_state_file(path))))
            except (OSError, ValueError, ValidationError, RecursionError) as exc:
                log.warning("skipping unreadable run record %s: %s", path, exc)
        return reports
