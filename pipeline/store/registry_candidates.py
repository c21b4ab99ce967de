"""Initiatives the snapshots describe that the registry does not know: candidates to add.

Each source's newest readable snapshot is read; every described initiative without a
`registry_id` is listed once per name, with the sources that describe it.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from pydantic import BaseModel

from pipeline.store.snapshots import SnapshotStore
from schemas.errors import InputError


class RegistryCandidate(BaseModel):
    name: str
    sources: list[str]  # source ids whose newest snapshot describes it
    urls: list[str]


def unregistered_initiatives(
    store: SnapshotStore, source_ids: Iterable[str]
) -> list[RegistryCandidate]:
    """Per name, in first-seen order: the unregistered initiatives of the newest snapshots."""
    found: dict[str, RegistryCandidate] = {}
    for source_id in source_ids:
        newest = store.latest(source_id)
        if newest is None:
            continue
        snapshot = newest[1]
        for initiative in snapshot.extraction.initiatives:
            if initiative.registry_id is not None:
                continue
            fresh = RegistryCandidate(name=initiative.name, sources=[], urls=[])
            entry = found.setdefault(initiative.name.casefold(), fresh)
            if source_id not in entry.sources:
                entry.sources.append(source_id)
                entry.urls.append(snapshot.url)
    return list(found.values())


def snapshot_source_ids(root: Path) -> list[str]:
    """The source folders of a local snapshot store."""
    if not root.is_dir():
        raise InputError(f"{root}: no snapshot folder here")
    return sorted(path.name for path in root.iterdir() if path.is_dir())


def render_candidates(candidates: list[RegistryCandidate]) -> str:
    if not candidates:
        return "Every initiative the snapshots describe is in the registry."
    lines = [f"{len(candidates)} initiatives not in the registry:"]
    for candidate in candidates:
        lines.append(f"- {candidate.name} ({', '.join(candidate.sources)}: {candidate.urls[0]})")
    return "\n".join(lines)
