"""Handlers of the contract's one-shot commands: clean, extract, diff, schema.

Each reads its input files, calls the plain functions and returns the whole output as a
string; `pipeline.cli` prints it or the one-line error.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from pydantic import ValidationError

from pipeline.config import describe_validation_error
from schemas.config import is_http_url
from schemas.document import CleanedDocument
from schemas.errors import InputError
from schemas.extraction import Extraction, read_extraction

MAX_PAGE_BYTES = 50_000_000
MAX_MANIFEST_BYTES = 10_000_000


def read_page(path: Path) -> str:
    """A saved HTML page as text: decoded by its meta charset or by detection."""
    from extractors.decode import decode_html

    try:
        size = path.stat().st_size
        if size > MAX_PAGE_BYTES:
            raise InputError(f"{path}: {size} bytes is larger than the {MAX_PAGE_BYTES} limit")
        body = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a page") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        return decode_html(body)
    except InputError as exc:
        raise InputError(f"{path}: {exc}") from None


def _check_url(url: str | None) -> str:
    if not url:
        raise InputError("--url is required: the page's address selects the site's rules")
    if not is_http_url(url):
        raise InputError(f"--url must be an http(s) URL: {url!r}")
    return url


def clean_command(args: argparse.Namespace) -> str:
    from extractors.clean import clean_html

    if args.manifest is not None:
        if args.file is not None or args.url is not None:
            raise InputError("--manifest lists each page with its URL: give no FILE or --url")
        return "\n".join(clean_manifest(args.manifest, args.site))
    if args.file is None:
        raise InputError("give a FILE to clean, or --manifest LIST.tsv")
    document = clean_html(read_page(args.file), _check_url(args.url), site=args.site)
    if args.format == "jsonl":
        return json.dumps(cleaned_record(document), ensure_ascii=False)
    return document.text


def clean_manifest(manifest: Path, site: str | None) -> list[str]:
    """One JSON line per page of the manifest, in its order; a page that fails is a line
    with its error and the others go on."""
    from extractors.clean import clean_html

    lines = []
    for _, (path, url) in read_manifest(manifest):
        try:
            document = clean_html(read_page(path), _check_url(url), site=site)
            record: dict[str, object] = cleaned_record(document)
        except Exception as exc:  # one broken page must not cost the others their line
            record = {"url": url, "error": _one_line(exc)}
        lines.append(json.dumps(record, ensure_ascii=False))
    return lines


def cleaned_record(document: CleanedDocument) -> dict[str, object]:
    return {
        "url": document.url,
        "title": document.title,
        "text": document.text,
        "mode": document.mode,
        "warnings": document.warnings,
    }


def _one_line(exc: Exception) -> str:
    message = " ".join(str(exc).split())
    return message if isinstance(exc, InputError) else f"{type(exc).__name__}: {message}"


def extract_command(args: argparse.Namespace) -> str:
    from extractors.extract import default_nlp
    from pipeline.process import extract_html

    nlp = default_nlp()
    if args.manifest is not None:
        if args.file is not None or args.url is not None:
            raise InputError("--manifest lists each page with its URL: give no FILE or --url")
        lines = []
        for number, (path, url) in read_manifest(args.manifest):
            try:
                extraction = extract_html(read_page(path), _check_url(url), site=args.site, nlp=nlp)
            except InputError as exc:
                raise InputError(f"{args.manifest}:{number}: {exc}") from None
            lines.append(extraction.model_dump_json())
        return "\n".join(lines)
    if args.file is None:
        raise InputError("give a FILE to extract, or --manifest LIST.tsv")
    url = _check_url(args.url)
    extraction = extract_html(read_page(args.file), url, site=args.site, nlp=nlp)
    if args.format == "jsonl":
        return extraction.model_dump_json()
    return json.dumps(extraction.model_dump(mode="json"), ensure_ascii=False, indent=2)


def read_manifest(path: Path) -> list[tuple[int, tuple[Path, str]]]:
    """Numbered `FILE<TAB>URL` lines; a relative file is taken from the manifest's folder when
    it is not found from the current one."""
    entries = []
    for number, line in _manifest_lines(path):
        name, tab, url = line.partition("\t")
        if not tab or not url.strip():
            raise InputError(f"{path}:{number}: expected FILE<TAB>URL")
        if "\x00" in name:  # no file system takes it; Path.exists() would raise ValueError
            raise InputError(f"{path}:{number}: a file name cannot contain a NUL byte")
        file = Path(name.strip())
        if not file.is_absolute() and not file.exists() and (path.parent / file).exists():
            file = path.parent / file
        entries.append((number, (file, url.strip())))
    if not entries:
        raise InputError(f"{path}: the manifest lists no pages")
    return entries


def _manifest_lines(path: Path) -> list[tuple[int, str]]:
    """The manifest's numbered lines, without blank and `#` comment lines."""
    try:
        size = path.stat().st_size
        if size > MAX_MANIFEST_BYTES:
            raise InputError(f"{path}: {size} bytes is larger than the {MAX_MANIFEST_BYTES} limit")
        text = path.read_text(encoding="utf-8-sig")  # a BOM is not part of the first file name
    except FileNotFoundError:
        raise InputError(f"{path}: no such manifest") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read manifest: {exc}") from None
    return [
        (number, line)
        for number, line in enumerate(text.splitlines(), start=1)
        if line.strip() and not line.startswith("#")
    ]


def load_extraction(path: Path) -> Extraction:
    """An extraction JSON file, or a snapshot file (its extraction is used).

    A snapshot is checked in full (format, schema, checksum), so a snapshot of another schema
    version or one edited by hand is refused rather than half-read.
    """
    from pipeline.cli import read_json_file
    from pipeline.snapshot_store import read_snapshot

    data = read_json_file(path)
    if isinstance(data, dict) and "extraction" in data:
        return read_snapshot(path).extraction
    try:
        return read_extraction(data, lenient=True)
    except ValidationError as exc:
        raise InputError(f"{path}: not an extraction: {describe_validation_error(exc)}") from None


def diff_command(args: argparse.Namespace) -> str:
    from pipeline.diff import diff_extractions

    old, new = load_extraction(args.old), load_extraction(args.new)
    if _page_key(old.url) != _page_key(new.url):
        raise InputError(f"the two extractions are of different pages: {old.url} and {new.url}")
    result = diff_extractions(old, new)
    if args.format == "text":
        from pipeline.alerts.wording import describe_changes, describe_problem

        lines = [sentence.text for sentence in describe_changes(result.changes)]
        lines += [describe_problem(problem) for problem in result.health]
        return "\n".join(lines) or "no changes"
    return json.dumps(result.model_dump(mode="json"), ensure_ascii=False, indent=2)


def _page_key(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return f"{(parts.hostname or '').removeprefix('www.')}{parts.path.rstrip('/')}"


def schema_command(args: argparse.Namespace) -> str:
    from schemas.extraction import extraction_json_schema

    return json.dumps(extraction_json_schema(), indent=2, sort_keys=True)
