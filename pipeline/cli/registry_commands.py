"""`bikwatch registry ...`: what the initiative registry implies for the watch list.

`registry sources` prints the `[[sources]]` tables of every BIK and Commission page the registry
lists, for an operator's own file; `--update FILE` rewrites the tables of that file in place,
keeping its comments and settings (this is how the shipped `sources.toml` is made).
"""

from __future__ import annotations

import argparse
import os
import tempfile
import tomllib
from pathlib import Path

from extractors.registry.sources import (
    CHILD_SAFETY_AREAS,
    registry_sources,
    render_sources,
    replace_sources,
)
from pipeline.config import parse_config
from pipeline.store.locations import STORES
from pipeline.store.registry_candidates import (
    render_candidates,
    snapshot_source_ids,
    unregistered_initiatives,
)
from pipeline.store.snapshots import SnapshotStore
from schemas.errors import ConfigError

SNAPSHOTS = next(store for store in STORES if store.name == "snapshots")


def registry_candidates_command(args: argparse.Namespace) -> str:
    root = Path(args.snapshots or os.environ.get(SNAPSHOTS.env) or SNAPSHOTS.default)
    source_ids = snapshot_source_ids(root)
    return render_candidates(unregistered_initiatives(SnapshotStore(root), source_ids))


def registry_sources_command(args: argparse.Namespace) -> str:
    areas = CHILD_SAFETY_AREAS if args.child_safety_only else None
    sources = registry_sources(areas=areas)
    if args.update is None:
        return render_sources(sources)
    path: Path = args.update
    try:
        old = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    new = replace_sources(old, sources)
    parse_config(tomllib.loads(new), origin=str(path))  # never write a file `run` would refuse
    _replace_file(path, new)
    return f"{path}: {len(sources)} sources from the registry"


def _replace_file(path: Path, text: str) -> None:
    """Write beside the file, then rename over it: a reader sees the old file or the new one."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise ConfigError(f"{path}: cannot write: {exc.strerror or exc}") from None
