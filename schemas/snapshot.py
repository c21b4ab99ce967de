"""A snapshot: one run's extraction of one source, as stored under `snapshots/<source-id>/`.

Run times live in the file name, not the content, so two runs that saw the same page write
byte-identical files. The raw page is referred to by its body digest, which finds it in the
raw archive; the checksum detects a corrupt or hand-edited file.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from schemas.changes import HealthProblem
from schemas.extraction import Extraction

SNAPSHOT_FORMAT: Literal[1] = 1


class RawRef(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    sha256: str
    url: str  # the final URL after redirects
    status: int
    etag: str | None = None
    last_modified: str | None = None


class Snapshot(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    format: Literal[1] = SNAPSHOT_FORMAT
    source_id: str
    url: str
    extractor_version: str
    raw: RawRef
    healthy: bool = True
    health: list[HealthProblem] = Field(default_factory=list)
    extraction: Extraction
    checksum: str = ""

    def content(self) -> dict[str, Any]:
        return self.model_dump(mode="json", exclude={"checksum"})

    def sealed(self) -> Snapshot:
        return self.model_copy(update={"checksum": content_checksum(self.content())})

    @property
    def is_sealed(self) -> bool:
        return self.checksum == content_checksum(self.content())


def canonical_json(data: Any) -> str:
    """The one serialisation used for stored JSON: sorted keys, so equal data is equal bytes."""
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def content_checksum(data: Any) -> str:
    return "sha256:" + hashlib.sha256(canonical_json(data).encode("utf-8")).hexdigest()
