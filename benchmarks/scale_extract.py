"""`bikwatch extract --manifest` against `trafilatura.extract` on the same saved pages.

Three timings over one set of pages written to a folder with a manifest: the CLI command in
its own process (start-up included, and measured alone on a one-page manifest), the same
clean-and-extract functions in a loop in this process, and trafilatura's extraction alone.
"""

from __future__ import annotations

import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import trafilatura
from trafilatura.deduplication import LRU_TEST

from benchmarks.synthetic_pages import REPO, SyntheticPage
from extractors.extract import build_nlp
from pipeline.commands import read_page
from pipeline.process import extract_html


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
    command = ["uv", "run", "--quiet", "bikwatch", "extract", "--manifest", str(saved.manifest),
               "--format", "jsonl"]
    started = time.perf_counter()
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    if done.returncode != 0:
        error = (done.stderr.strip().splitlines() or ["no message"])[-1]
        return ToolTiming(len(saved.pages), seconds, len(saved.pages), f"failed: {error[:160]}")
    return ToolTiming(len(lines), seconds, len(saved.pages) - len(lines))


def time_in_process(saved: SavedPages) -> ToolTiming:
    """The CLI's own loop (read, decode, clean, extract) without its process start-up."""
    nlp = build_nlp()
    failures = 0
    started = time.perf_counter()
    for page in saved.pages:
        try:
            html = read_page(saved.manifest.parent / f"{page.source_id}.html")
            extract_html(html, page.public_url, nlp=nlp).model_dump_json()
        except Exception:  # counted: other work in progress may break a page
            failures += 1
    return ToolTiming(len(saved.pages), time.perf_counter() - started, failures)


def time_trafilatura(saved: SavedPages) -> ToolTiming:
    """trafilatura's extraction alone, on the same files, read the same way."""
    empty = 0
    started = time.perf_counter()
    for page in saved.pages:
        html = read_page(saved.manifest.parent / f"{page.source_id}.html")
        # Its deduplication cache spans calls; forget it so each page is judged alone.
        LRU_TEST.clear()
        if not trafilatura.extract(html, url=page.public_url, deduplicate=True):
            empty += 1
    return ToolTiming(len(saved.pages), time.perf_counter() - started, empty,
                      "failures: pages with no output")
