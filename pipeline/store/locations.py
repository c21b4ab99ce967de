"""The one table of bikwatch's stores: name, default, command-line flag, environment variable.

The CLI's flags, `Workspace`, the flow's parameters, the demo's layout and the README's table
("Where data goes", checked by a test) are all read from it. Plain data: the parser reads it
without importing pydantic.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StoreLocation:
    name: str  # the Workspace field, the flow parameter and the flag's name
    label: str  # how the README names it
    default: str  # relative to the working directory
    env: str
    remote: bool = False  # may be an fsspec URL (s3://...) shared by several workers

    @property
    def flag(self) -> str:
        return f"--{self.name}"


STORES = (
    StoreLocation("sources", "sources file", "sources.toml", "BIKWATCH_SOURCES"),
    StoreLocation("snapshots", "snapshots", "snapshots", "BIKWATCH_SNAPSHOTS", remote=True),
    StoreLocation("outbox", "outbox", "outbox", "BIKWATCH_OUTBOX"),
    StoreLocation("archive", "raw archive", "archive", "BIKWATCH_ARCHIVE", remote=True),
    StoreLocation("state", "state", "state", "BIKWATCH_STATE"),
    StoreLocation("feeds", "feeds", "feeds", "BIKWATCH_FEEDS"),
)
STORE_NAMES = tuple(store.name for store in STORES)
