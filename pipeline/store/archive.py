"""The raw archive: every fetched response kept as WARC, so extraction can be redone offline.

WARC (ISO 28500) is the web-archiving standard: any WARC tool (warcio, pywb, replayweb.page) can
read these files, and each record carries the URL, time, status, headers, body and digests.

Layout: `<root>/<source_id>/<UTC timestamp>-<body digest>.warc.gz`, one file per fetch, holding
a `warcinfo`, the `request` as sent and the `response` (or, for a 304, a `revisit` record with the
standard "server-not-modified" profile; and for a body identical to an earlier response of the
source, a `revisit` with the "identical-payload-digest" profile that refers to it: the check is
on record, no body is stored twice, and reading the revisit gives the original's body).
Local files are written to a temporary name and renamed, so a crash never leaves a visible half
file; the root may also be an fsspec URL (`s3://bucket/archive`) shared by several workers, where
an object appears whole or not at all (see `pipeline.store.blobs`).
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime
from io import BytesIO
from typing import Any

from pydantic import BaseModel, ConfigDict
from warcio.exceptions import ArchiveLoadFailed

from pipeline.fetch.models import FetchedPage
from pipeline.store.blobs import Location, open_blobs
from pipeline.store.files import STAMP_FORMAT
from pipeline.store.warc import Original, payload_digest, read_warc, write_warc
from schemas.config import SOURCE_ID, check_source_id
from schemas.errors import StoreError

logger = logging.getLogger(__name__)

ARCHIVE_FILE = re.compile(r"(?P<stamp>\d{8}T\d{12}Z)-(?P<digest>[0-9a-f]{12})\.warc\.gz")


class ArchiveRef(BaseModel):
    """Where one archived fetch lives, relative to the archive root."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    source_id: str
    name: str

    @property
    def path(self) -> str:
        return f"{self.source_id}/{self.name}"


class ArchivedPage(FetchedPage):
    """A fetch read back from the archive: the page as fetched, and where it is kept."""

    ref: ArchiveRef


class RawArchive:
    """One WARC file per fetch under `root`; `options` are fsspec options for a URL root."""

    def __init__(self, root: Location, options: Mapping[str, Any] | None = None) -> None:
        self.root = root
        self._blobs = open_blobs(root, options)

    def record(self, source_id: str, page: FetchedPage) -> ArchiveRef:
        """Archive one fetch atomically and return where it went."""
        fetched_at = as_utc(page.fetched_at)
        digest = hashlib.sha256(page.body).hexdigest()[:12]
        ref = ArchiveRef(
            source_id=check_source_id(source_id),
            name=f"{fetched_at.strftime(STAMP_FORMAT)}-{digest}.warc.gz",
        )
        original = None if page.not_modified else self._original_of(ref, page.body)
        # Same fetch time and body means the same content: replacing it loses nothing.
        self._blobs.replace(ref.path, write_warc(page, fetched_at, ref.name, original))
        return ref

    def _original_of(self, ref: ArchiveRef, body: bytes) -> Original | None:
        """The newest earlier full response of the source with exactly this body, if any."""
        for found in self._full_responses_like(ref, payload_digest(body)):
            if found.body == body:
                return Original(found.final_url, _warc_date(found.fetched_at), payload_digest(body))
        return None

    def _full_responses_like(self, ref: ArchiveRef, digest: str) -> Iterator[FetchedPage]:
        """Full (non-revisit) responses of `ref`'s source with `ref`'s body digest, newest
        first; the file name carries the digest, so only those files are opened."""
        wanted = ref.name[-len("0123456789ab.warc.gz") :]
        for other in reversed(self._refs(ref.source_id, None)):
            if other.name == ref.name or not other.name.endswith(wanted):
                continue
            try:
                page, duplicate_of = read_warc(BytesIO(self._blobs.read(other.path)))
            except (OSError, ArchiveLoadFailed, ValueError):
                continue
            is_full = duplicate_of is None and not page.not_modified
            if is_full and payload_digest(page.body) == digest:
                yield page

    def location(self, ref: ArchiveRef) -> Location:
        """Where the file of `ref` is: a Path, or a URL for a remote archive."""
        return self._blobs.location(ref.path)

    def read(self, ref: ArchiveRef) -> ArchivedPage:
        """The fetch stored under `ref`; StoreError when it is missing or unreadable."""
        check_source_id(ref.source_id)
        if not ARCHIVE_FILE.fullmatch(ref.name):
            raise StoreError(f"not a raw archive file name: {ref.name!r}")
        where = self.location(ref)
        try:
            page, duplicate_of = read_warc(BytesIO(self._blobs.read(ref.path)))
        except (OSError, ArchiveLoadFailed, ValueError) as error:
            raise StoreError(f"cannot read raw archive file {where}: {error}") from error
        if duplicate_of is not None:
            page = self._with_original_body(ref, page, duplicate_of)
        return _archived(page, ref)

    def _with_original_body(
        self, ref: ArchiveRef, revisit: FetchedPage, original: Original
    ) -> FetchedPage:
        for found in self._full_responses_like(ref, original.digest):
            if _warc_date(found.fetched_at) == original.warc_date:
                return revisit.model_copy(update={"body": found.body})
        where = self.location(ref)
        raise StoreError(f"raw archive file {where} refers to a response that is missing")

    def iter_responses(
        self, source_id: str | None = None, since: datetime | None = None
    ) -> Iterator[ArchivedPage]:
        """Archived responses with a body, oldest first, skipping (with a warning) broken files."""
        return self._with_body(self._refs(source_id, since))

    def latest(self, source_id: str) -> ArchivedPage | None:
        """The most recent readable response with a body for `source_id`, if any."""
        return next(self._with_body(reversed(self._refs(source_id, None))), None)

    def latest_before(self, source_id: str, moment: datetime) -> ArchivedPage | None:
        """The most recent readable response with a body fetched before `moment`."""
        cutoff = as_utc(moment)
        earlier = [ref for ref in self._refs(source_id, None) if _stamp_of(ref.name) < cutoff]
        return next(self._with_body(reversed(earlier)), None)

    def _with_body(self, refs: Iterable[ArchiveRef]) -> Iterator[ArchivedPage]:
        for ref in refs:
            try:
                archived = self.read(ref)
            except StoreError as error:
                logger.warning("skipping unreadable archive file: %s", error)
                continue
            if not archived.not_modified:
                yield archived

    def _refs(self, source_id: str | None, since: datetime | None) -> list[ArchiveRef]:
        """Refs in time order; the file name's timestamp is the fetch time, so no file is opened."""
        source_ids = [check_source_id(source_id)] if source_id is not None else self._source_ids()
        refs = []
        for each_id in source_ids:
            for name in self._blobs.names(each_id):
                if not ARCHIVE_FILE.fullmatch(name):
                    continue  # a temporary file of a write in progress, or a stranger
                if since is None or _stamp_of(name) >= as_utc(since):
                    refs.append(ArchiveRef(source_id=each_id, name=name))
        return sorted(refs, key=lambda ref: (ref.name[:22], ref.source_id, ref.name))

    def _source_ids(self) -> list[str]:
        return sorted(name for name in self._blobs.folders() if SOURCE_ID.match(name))


def as_utc(moment: datetime) -> datetime:
    """Naive datetimes are taken as UTC, the only zone bikwatch stamps with."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _archived(page: FetchedPage, ref: ArchiveRef) -> ArchivedPage:
    return ArchivedPage(**dict(page), ref=ref)


def _warc_date(moment: datetime) -> str:
    return as_utc(moment).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _stamp_of(name: str) -> datetime:
    return datetime.strptime(name[:22], STAMP_FORMAT).replace(tzinfo=UTC)
