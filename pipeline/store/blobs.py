"""Where the snapshot store and the raw archive keep their files: a folder or object storage.

A store root is a local path or an fsspec URL (`s3://bucket/prefix`, `gs://...`, `memory://...`),
so several workers on several machines can share one set of stores. Both kinds offer the same
few operations on keys of the form `<folder>/<name>`:

- `names(folder)` / `folders()`: what is there, read afresh (another worker may have written);
- `read(key)`;
- `write_new(key, data)`: create, never overwrite (False when the key exists);
- `replace(key, data)`: create or replace.

Local writes keep the crash-safe temp-file + link/rename of `pipeline.store.files`. On object
storage a PUT is atomic (an object appears whole or not at all); `write_new` is a conditional
PUT (`If-None-Match: *`) where fsspec's backend supports it (s3fs does), else check-then-put,
and callers pick names that are unique in practice (time stamps, digests).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Protocol

from pipeline.store.files import TEMPORARY_PREFIX, replace_file, write_new_file
from schemas.errors import StoreError

# A store location: a local folder, or the URL of a prefix in remote storage.
Location = Path | str


def is_url(location: str | Path) -> bool:
    """True for `scheme://...` (but not a Windows drive letter); a Path is never a URL."""
    if isinstance(location, Path):
        return False
    scheme, sep, _ = location.partition("://")
    return bool(sep) and len(scheme) > 1 and scheme.replace("+", "").isalnum()


def as_location(value: str | Path) -> Location:
    """A configured store location: URLs stay strings, `file://` and paths become Paths."""
    if isinstance(value, Path):
        return value
    if value.startswith("file://"):
        return Path(value.removeprefix("file://"))
    return value if is_url(value) else Path(value)


class Blobs(Protocol):
    root: Location

    def location(self, key: str) -> Location: ...
    def names(self, folder: str) -> list[str]: ...
    def folders(self) -> list[str]: ...
    def read(self, key: str) -> bytes: ...
    def write_new(self, key: str, data: bytes) -> bool: ...
    def replace(self, key: str, data: bytes) -> None: ...


def open_blobs(root: Location, options: Mapping[str, Any] | None = None) -> Blobs:
    """The blob store at `root`; `options` are fsspec storage options for a URL root."""
    if isinstance(root, str) and is_url(root):
        return RemoteBlobs(root, dict(options or {}))
    return LocalBlobs(Path(root))


class LocalBlobs:
    """Files in a local folder, written crash-safely (see `pipeline.store.files`)."""

    def __init__(self, root: Path) -> None:
        self.root: Location = root
        self._root = root

    def location(self, key: str) -> Path:
        return self._root / key

    def names(self, folder: str) -> list[str]:
        return [name for name, is_dir in self._entries(self._root / folder) if not is_dir]

    def folders(self) -> list[str]:
        return [name for name, is_dir in self._entries(self._root) if is_dir]

    def read(self, key: str) -> bytes:
        """The file's bytes; FileNotFoundError when missing, StoreError when unreadable."""
        path = self._root / key
        try:
            return path.read_bytes()
        except FileNotFoundError:
            raise
        except OSError as exc:
            raise StoreError(f"cannot read {path}: {exc.strerror or exc}") from None

    def write_new(self, key: str, data: bytes) -> bool:
        return write_new_file(self._root / key, data)

    def replace(self, key: str, data: bytes) -> None:
        replace_file(self._root / key, data)

    @staticmethod
    def _entries(directory: Path) -> list[tuple[str, bool]]:
        """(name, is a folder) of finished entries; scandir knows the kind without a stat."""
        try:
            with os.scandir(directory) as entries:
                return [
                    (e.name, e.is_dir()) for e in entries if not e.name.startswith(TEMPORARY_PREFIX)
                ]
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise StoreError(f"cannot list {directory}: {exc.strerror or exc}") from None


class RemoteBlobs:
    """Objects under a URL prefix, through fsspec; any backend error becomes a StoreError."""

    def __init__(self, root: str, options: dict[str, Any]) -> None:
        from fsspec.core import url_to_fs  # only remote stores pay for importing fsspec

        self.root: Location = root.rstrip("/")
        self._options = options
        try:
            self._fs, self._prefix = url_to_fs(self.root, **options)
        except (ImportError, ValueError, TypeError) as exc:
            raise StoreError(f"cannot open store {self.root}: {exc}") from None
        self._prefix = self._prefix.rstrip("/")

    def __reduce__(self) -> tuple[type[RemoteBlobs], tuple[str, dict[str, Any]]]:
        # Rebuilt from its URL in another process (a Dask worker), not shipped with a client.
        return (RemoteBlobs, (str(self.root), self._options))

    def location(self, key: str) -> str:
        return f"{self.root}/{key}"

    def names(self, folder: str) -> list[str]:
        return [name for name, kind in self._listing(folder) if kind == "file"]

    def folders(self) -> list[str]:
        return [name for name, kind in self._listing("") if kind == "directory"]

    def read(self, key: str) -> bytes:
        """The object's bytes; FileNotFoundError when missing, StoreError when unreadable."""
        try:
            return bytes(self._fs.cat_file(f"{self._prefix}/{key}"))
        except FileNotFoundError:
            raise
        except Exception as exc:  # the backend's own errors (botocore, aiohttp, ...)
            raise _store_error("read", self.location(key), exc) from None

    def write_new(self, key: str, data: bytes) -> bool:
        try:
            self._fs.pipe_file(f"{self._prefix}/{key}", data, mode="create")
        except FileExistsError:
            return False
        except Exception as exc:
            if _is_precondition_failure(exc):
                return False
            raise _store_error("write", self.location(key), exc) from None
        return True

    def replace(self, key: str, data: bytes) -> None:
        try:
            self._fs.pipe_file(f"{self._prefix}/{key}", data)
        except Exception as exc:
            raise _store_error("write", self.location(key), exc) from None

    def _listing(self, folder: str) -> list[tuple[str, str]]:
        """(name, "file" | "directory") in `folder`, read afresh: fsspec caches listings."""
        path = f"{self._prefix}/{folder}".rstrip("/")
        try:
            self._fs.invalidate_cache(path)
            entries = self._fs.ls(path, detail=True)
        except FileNotFoundError:
            return []
        except Exception as exc:
            raise _store_error("list", self.location(folder), exc) from None
        found = []
        for entry in entries:
            name = os.path.basename(str(entry["name"]).rstrip("/"))
            if name and not name.startswith(TEMPORARY_PREFIX):
                found.append((name, str(entry.get("type", "file"))))
        return found


def _is_precondition_failure(exc: Exception) -> bool:
    """The backend refused a conditional PUT because the object exists (HTTP 412)."""
    text = f"{type(exc).__name__} {exc}"
    return "PreconditionFailed" in text or "412" in text


def _store_error(action: str, where: str, exc: Exception) -> StoreError:
    error = StoreError(f"cannot {action} {where}: {type(exc).__name__}: {exc}")
    # Object storage fails for passing reasons (network, throttling) far more than for lasting
    # ones; a later attempt may well succeed.
    error.transient = not isinstance(exc, PermissionError)
    return error
