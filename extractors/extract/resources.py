"""The pattern data files of extraction, read once per process.

Vocabulary (month names, initiative kinds, role cues, the organisation gazetteer) lives in
`patterns/` as data so that it can grow without code changes; this module only parses it.
Reading package data is not page I/O: the files ship with the code.
"""

from __future__ import annotations

import json
import tomllib
from functools import cache
from importlib import resources
from typing import Any

from schemas.errors import ExtractionError

_PACKAGE = "extractors.extract.patterns"


def _read_text(name: str) -> str:
    try:
        return resources.files(_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    except (OSError, ModuleNotFoundError) as exc:
        raise ExtractionError(f"pattern file {name} cannot be read: {exc}") from exc


@cache
def load_toml(name: str) -> dict[str, Any]:
    """One TOML data file of `patterns/`, parsed."""
    try:
        return tomllib.loads(_read_text(name))
    except tomllib.TOMLDecodeError as exc:
        raise ExtractionError(f"pattern file {name} is not valid TOML: {exc}") from exc


@cache
def load_jsonl(name: str) -> tuple[dict[str, Any], ...]:
    """One JSON-lines data file of `patterns/`: one object per non-empty line."""
    records = []
    for number, line in enumerate(_read_text(name).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise ExtractionError(f"pattern file {name} line {number} is not JSON: {exc}") from exc
    return tuple(records)
