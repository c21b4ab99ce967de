"""Handlers of the contract's commands on extractions: diff and schema.

Apart from the page commands, so that neither imports what the other needs (lxml and the
cleaner; the diff, its wording and the snapshot reader).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import ValidationError

from pipeline.compare.diff import diff_extractions
from pipeline.config import describe_validation_error
from pipeline.notify.wording import describe_changes, describe_problem
from pipeline.store.snapshots import read_snapshot
from schemas.errors import InputError
from schemas.extraction import Extraction, extraction_json_schema, read_extraction


def load_extraction(path: Path) -> Extraction:
    """An extraction JSON file, or a snapshot file (its extraction is used).

    A snapshot is checked in full (format, schema, checksum), so a snapshot of another schema
    version or one edited by hand is refused rather than half-read.
    """
    data = read_json_file(path)
    if isinstance(data, dict) and "extraction" in data:
        return read_snapshot(path).extraction
    try:
        return read_extraction(data, lenient=True)
    except ValidationError as exc:
        raise InputError(f"{path}: not an extraction: {describe_validation_error(exc)}") from None


def diff_command(args: argparse.Namespace) -> str:
    old, new = load_extraction(args.old), load_extraction(args.new)
    if _page_key(old.url) != _page_key(new.url):
        raise InputError(f"the two extractions are of different pages: {old.url} and {new.url}")
    result = diff_extractions(old, new)
    if args.format == "text":
        lines = [sentence.text for sentence in describe_changes(result.changes)]
        lines += [describe_problem(problem) for problem in result.health]
        return "\n".join(lines) or "no changes"
    return json.dumps(result.model_dump(mode="json"), ensure_ascii=False, indent=2)


def _page_key(url: str) -> str:
    parts = urlsplit(url)
    return f"{(parts.hostname or '').removeprefix('www.')}{parts.path.rstrip('/')}"


def schema_command(args: argparse.Namespace) -> str:
    return json.dumps(extraction_json_schema(), indent=2, sort_keys=True)


MAX_JSON_BYTES = 50_000_000


def read_json_file(path: Path) -> object:
    try:
        size = path.stat().st_size
        if size > MAX_JSON_BYTES:  # refused before reading: a huge file must not fill memory
            raise InputError(f"{path}: {size} bytes is larger than the {MAX_JSON_BYTES} limit")
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a JSON file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read: {exc}") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not valid JSON: {exc}") from None
    except RecursionError:
        raise InputError(f"{path}: JSON nested too deeply to read") from None
