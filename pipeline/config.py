"""Reading `sources.toml` and resolving where each store lives.

Every store location has a default, an environment variable and a CLI flag, in rising priority
(the table is `pipeline.store.locations.STORES`).
The snapshot store and the raw archive may be fsspec URLs (`s3://bucket/prefix`), so workers on
several machines share them; the other stores are local folders.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from pipeline.store.blobs import Location, as_location, is_url
from pipeline.store.locations import STORES
from schemas.config import Config
from schemas.errors import ConfigError


@dataclass(frozen=True)
class Workspace:
    """Where one installation keeps its configuration and stores."""

    sources: Path
    snapshots: Location
    outbox: Path
    archive: Location
    state: Path
    feeds: Path

    @classmethod
    def resolve(cls, **overrides: str | Path | None) -> Workspace:
        locations: dict[str, Location] = {}
        for store in STORES:
            chosen = overrides.get(store.name) or os.environ.get(store.env) or store.default
            if is_url(chosen) and not store.remote:
                raise ConfigError(f"{store.name} must be a local folder, not a URL: {chosen}")
            locations[store.name] = as_location(chosen)
        return cls(**locations)  # type: ignore[arg-type]

    def absolute(self, name: str) -> str:
        """The location `name` as an absolute path or a URL: what a deployment is given."""
        location: Location = getattr(self, name)
        return str(location.resolve()) if isinstance(location, Path) else location

    @classmethod
    def under(cls, root: Path, sources: Path | None = None) -> Workspace:
        """All stores in one folder (the demo's and the tests' layout)."""
        locations = {store.name: root / store.default for store in STORES}
        return cls(**{**locations, "sources": sources or locations["sources"]})


def load_config(path: Path) -> Config:
    """Read and validate a sources file; any problem is one ConfigError naming the field."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such sources file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    return parse_config(raw, origin=str(path))


def parse_config(raw: dict[str, object], *, origin: str = "config") -> Config:
    try:
        return Config.model_validate(raw)
    except ValidationError as exc:
        raise ConfigError(f"{origin}: {describe_validation_error(exc)}") from None


def describe_validation_error(exc: ValidationError) -> str:
    """The first problem of a pydantic error as `field.path: message`, on one line."""
    first = exc.errors()[0]
    where = ""
    for part in first["loc"]:
        where += f"[{part}]" if isinstance(part, int) else (f".{part}" if where else str(part))
    message = first["msg"].removeprefix("Value error, ")
    more = len(exc.errors()) - 1
    suffix = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
    return f"{where or 'value'}: {message}{suffix}"
