"""`bikwatch extract --manifest` against `trafilatura.extract` on the same saved pages.

Over one set of pages written to a folder with a manifest: the CLI command in its own process
(start-up included, and measured alone on a one-page manifest), then the same clean-and-extract
function and trafilatura's extraction alone, side by side in this process on the same text.
"""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import trafilatura
from spacy.language import Language
from trafilatura.deduplication import LRU_TEST

from benchmarks.synthetic_pages import REPO, SyntheticPage
from extractors.decode import decode_html
from extractors.extract import build_nlp
from extractors.page import extract_page
from pipeline.cli.page_commands import read_page


@dataclass(frozen=True)
class SavedPages:
    manifest: Path
    pages: list[SyntheticPage]


@dataclass(frozen=True)
class ToolTiming:
    pages: int
    seconds: float
    failures: int = 0
    note: str = ""

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0


def save_pages(pages: list[SyntheticPage], folder: Path, name: str = "manifest.tsv") -> SavedPages:
    """Each page as `<source id>.html` plus a manifest of `FILE<TAB>URL` lines."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = []
    for page in pages:
        file = folder / f"{page.source_id}.html"
        file.write_text(page.html, encoding="utf-8")
        lines.append(f"{file.name}\t{page.public_url}")
    manifest = folder / name
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return SavedPages(manifest, pages)


def time_cli(saved: SavedPages) -> ToolTiming:
    """`uv run bikwatch extract --manifest ... --format jsonl` as a user would run it."""
    command = [
        "uv",
        "run",
        "--quiet",
        "bikwatch",
        "extract",
        "--manifest",
        str(saved.manifest),
        "--format",
        "jsonl",
    ]
    started = time.perf_counter()
    try:
        done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        return ToolTiming(len(saved.pages), 0.0, len(saved.pages), "failed: `uv` is not on PATH")
    seconds = time.perf_counter() - started
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    if done.returncode != 0:
        error = (done.stderr.strip().splitlines() or ["no message"])[-1]
        return ToolTiming(len(saved.pages), seconds, len(saved.pages), f"failed: {error[:160]}")
    return ToolTiming(len(lines), seconds, len(saved.pages) - len(lines))


@dataclass(frozen=True)
class SideBySide:
    bikwatch: ToolTiming  # clean + extract, as `extract --manifest` does per page
    trafilatura: ToolTiming  # `trafilatura.extract` alone; its failures: pages with no text


def time_side_by_side(saved: SavedPages) -> SideBySide:
    """Both tools page by page, taking turns to go first, so a busy machine slows both alike."""
    nlp = build_nlp()
    tools: dict[str, Callable[[str, str], bool]] = {
        "bikwatch": lambda html, url: _bikwatch(html, url, nlp),
        "trafilatura": _trafilatura,
    }
    seconds = {"bikwatch": 0.0, "trafilatura": 0.0}
    failures = {"bikwatch": 0, "trafilatura": 0}
    for number, page in enumerate(saved.pages):
        html = decode_html(read_page(saved.manifest.parent / f"{page.source_id}.html"))
        for name in sorted(tools, reverse=number % 2 == 1):
            started = time.perf_counter()
            succeeded = tools[name](html, page.public_url)
            seconds[name] += time.perf_counter() - started
            failures[name] += not succeeded
    count = len(saved.pages)
    return SideBySide(
        bikwatch=ToolTiming(count, seconds["bikwatch"], failures["bikwatch"]),
        trafilatura=ToolTiming(count, seconds["trafilatura"], failures["trafilatura"]),
    )


def _bikwatch(html: str, url: str, nlp: Language) -> bool:
    try:
        extract_page(html.encode(), "utf-8", url, nlp=nlp).model_dump_json()
    except Exception:  # counted: work in progress elsewhere may break a page
        return False
    return True


def _trafilatura(html: str, url: str) -> bool:
    # Its deduplication cache spans calls; forget it so each page is judged alone, as ours is.
    LRU_TEST.clear()
    return bool(trafilatura.extract(html, url=url, deduplicate=True))
