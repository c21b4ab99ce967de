"""Crash-safe file writes shared by every store.

A reader never sees a half-written file: data goes to a temporary file in the same folder,
is flushed to disk, then linked or renamed into place.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from schemas.errors import StoreError

TEMPORARY_PREFIX = ".tmp-"
# How every store names a moment in a file name (UTC, to the microsecond): names sort by time.
STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"


def _write_temp(folder: Path, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(dir=folder, prefix=TEMPORARY_PREFIX, suffix=".part")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(name)
        raise
    return Path(name)


def write_new_file(path: Path, data: bytes) -> bool:
    """Create `path` atomically; never overwrite. False when the file already exists."""
    try:
        temp = _write_temp(path.parent, data)
    except OSError as exc:
        raise StoreError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        os.link(temp, path)  # atomic, and fails rather than replacing an existing file
    except FileExistsError:
        return False
    except OSError as exc:
        raise StoreError(f"cannot write {path}: {exc.strerror or exc}") from None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temp)
    _fsync_directory(path.parent)
    return True


def replace_file(path: Path, data: bytes) -> None:
    """Write `path` atomically, replacing any previous version (state files, feeds, archive)."""
    try:
        temp = _write_temp(path.parent, data)
        os.replace(temp, path)
    except OSError as exc:
        raise StoreError(f"cannot write {path}: {exc.strerror or exc}") from None
    _fsync_directory(path.parent)


def _fsync_directory(folder: Path) -> None:
    # Makes the rename itself durable; not every platform can open a directory.
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        # The data is written; only the rename's durability across a power cut is at stake.
        with contextlib.suppress(OSError):
            os.fsync(descriptor)
    finally:
        os.close(descriptor)
