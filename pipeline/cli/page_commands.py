"""Handlers of the contract's page commands: clean and extract.

Each reads its input files, calls the plain functions and returns the whole output as a
string; `pipeline.cli.main` prints it or the one-line error.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from extractors.page import clean_page, extract_page
from schemas.config import is_http_url
from schemas.document import CleanedDocument
from schemas.errors import InputError
from schemas.extraction import Extraction

if TYPE_CHECKING:
    from spacy.language import Language

MAX_PAGE_BYTES = 50_000_000
MAX_MANIFEST_BYTES = 10_000_000


def read_page(path: Path) -> bytes:
    """A saved HTML page's bytes (decoded later by its meta charset or by detection)."""
    try:
        size = path.stat().st_size
        if size > MAX_PAGE_BYTES:
            raise InputError(f"{path}: {size} bytes is larger than the {MAX_PAGE_BYTES} limit")
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a page") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None


def _extract_file(path: Path, url: str | None, site: str | None, nlp: Language) -> Extraction:
    body = read_page(path)
    checked = _check_url(url)
    try:
        return extract_page(body, None, checked, site=site, nlp=nlp)
    except InputError as exc:
        raise InputError(f"{path}: {exc}") from None


def _check_url(url: str | None) -> str:
    if not url:
        raise InputError("--url is required: the page's address selects the site's rules")
    if not is_http_url(url):
        raise InputError(f"--url must be an http(s) URL: {url!r}")
    return url


def clean_command(args: argparse.Namespace) -> str:
    if args.manifest is not None:
        if args.file is not None or args.url is not None:
            raise InputError("--manifest lists each page with its URL: give no FILE or --url")
        return "\n".join(clean_manifest(args.manifest, args.site))
    if args.file is None:
        raise InputError("give a FILE to clean, or --manifest LIST.tsv")
    url = _check_url(args.url)
    try:
        document = clean_page(read_page(args.file), None, url, site=args.site)
    except InputError as exc:
        raise InputError(f"{args.file}: {exc}") from None
    if args.format == "jsonl":
        return json.dumps(cleaned_record(document), ensure_ascii=False)
    return document.text


def clean_manifest(manifest: Path, site: str | None) -> list[str]:
    """One JSON line per page of the manifest, in its order; a page that fails is a line
    with its error and the others go on."""
    lines = []
    for _, (path, url) in read_manifest(manifest):
        try:
            document = clean_page(read_page(path), None, _check_url(url), site=site)
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
    # Deferred on purpose: spaCy takes over a second to import; clean, diff and schema never
    # need it.
    from extractors.extract import default_nlp

    nlp = default_nlp()
    if args.manifest is not None:
        if args.file is not None or args.url is not None:
            raise InputError("--manifest lists each page with its URL: give no FILE or --url")
        lines = []
        for number, (path, url) in read_manifest(args.manifest):
            try:
                extraction = _extract_file(path, url, args.site, nlp)
            except InputError as exc:
                raise InputError(f"{args.manifest}:{number}: {exc}") from None
            lines.append(extraction.model_dump_json())
        return "\n".join(lines)
    if args.file is None:
        raise InputError("give a FILE to extract, or --manifest LIST.tsv")
    _check_url(args.url)
    extraction = _extract_file(args.file, args.url, args.site, nlp)
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
