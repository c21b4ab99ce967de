"""What one fetch produced: the response as received plus what the next fetch needs.

`FetchedPage` is the one shape of a page from fetching to the raw archive (which reads it back
as an `ArchivedPage`, the same page plus where it lives) to re-extraction.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from pydantic import BaseModel, ConfigDict

HeaderList = list[tuple[str, str]]


class Validators(BaseModel):
    """Cache validators kept from a previous fetch, sent back as a conditional request."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    etag: str | None = None
    last_modified: str | None = None

    @property
    def is_empty(self) -> bool:
        return self.etag is None and self.last_modified is None


class FetchedPage(BaseModel):
    """One completed fetch of a source URL (after redirects).

    `body` is the entity after content decoding (gzip/deflate), i.e. the bytes extraction reads;
    `headers` are the response headers exactly as the server sent them. A 304 answer has
    `not_modified=True`, an empty body and the validators still in force.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    requested_url: str
    final_url: str
    status: int
    reason: str = ""
    http_version: str = "HTTP/1.1"
    headers: HeaderList
    request_headers: HeaderList = []
    body: bytes
    fetched_at: datetime
    content_type: str | None = None
    declared_charset: str | None = None
    validators: Validators = Validators()
    not_modified: bool = False
    attempts: int = 1
    redirects: list[str] = []

    @property
    def url(self) -> str:
        """Where the page was found, after redirects: the address its links resolve against."""
        return self.final_url

    @property
    def sha256(self) -> str:
        """The digest of the body: the key of the extraction cache and of the snapshot's raw."""
        return hashlib.sha256(self.body).hexdigest()

    def header(self, name: str) -> str | None:
        """The first response header called `name` (case-insensitive), if any."""
        wanted = name.lower()
        return next((value for key, value in self.headers if key.lower() == wanted), None)
