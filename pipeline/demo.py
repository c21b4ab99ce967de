"""`bikwatch demo`: the real `scrape` flow on a replay of shipped pages, with no network.

The sample pages shipped with the package (`pipeline/demo_pages/`) are served by a real HTTP
server on loopback; a first run makes the baseline snapshots, a second run on the later
versions of the pages produces a change alert in the outbox.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pipeline.notify.change_table import summarize_report
from pipeline.replay_server import ReplayServer
from pipeline.store.locations import STORES
from schemas.errors import InputError
from schemas.run import RunReport

DEMO_MARKER = ".bikwatch-demo"
FlowRunner = Callable[..., RunReport]

# Version pairs of corpus pages, shipped in the package (`<site>/<id>.v1.html`, `.v2.html`).
SAMPLE_PAGES = Path(__file__).resolve().with_name("demo_pages")


@dataclass(frozen=True)
class DemoPage:
    site: str
    page_id: str
    before: Path
    after: Path

    @property
    def path(self) -> str:
        return f"/{self.site}/{self.page_id}"

    @property
    def source_id(self) -> str:
        return f"{self.site}-{self.page_id}"


def find_demo_pages(root: Path = SAMPLE_PAGES) -> list[DemoPage]:
    """Every page pair (`<id>.v1.html`, `<id>.v2.html`) of the shipped sample pages."""
    pages = []
    for before in sorted(root.glob("*/*.v1.html")):
        after = before.with_name(before.name.replace(".v1.html", ".v2.html"))
        if after.exists():
            page_id = before.name.removesuffix(".v1.html")
            pages.append(DemoPage(before.parent.name, page_id, before, after))
    if not pages:
        raise InputError(f"no sample page pairs under {root}: is the package installed whole?")
    return pages


def demo_sources_toml(pages: list[DemoPage], base_url: str) -> str:
    lines = ["# Written by `bikwatch demo`: the shipped sample pages, served on loopback.", ""]
    for page in pages:
        lines += [
            "[[sources]]",
            f'id = "{page.source_id}"',
            f'url = "{base_url}{page.path}"',
            f'site = "{page.site}"',
            "",
        ]
    # The replay answers at once; no need to wait a minute before the second fetch round.
    lines += ["[fetch]", "task_retry_delay_seconds = 1", ""]
    return "\n".join(lines)


def pages_of(pages: list[DemoPage], version: str) -> dict[str, tuple[bytes, str]]:
    served = {}
    for page in pages:
        file = page.before if version == "before" else page.after
        served[page.path] = (file.read_bytes(), "text/html; charset=utf-8")
    return served


def prepare_demo_folder(workdir: Path) -> None:
    """An empty demo folder; one not made by the demo is never deleted."""
    if workdir.exists():
        if not (workdir / DEMO_MARKER).exists():
            raise InputError(f"{workdir} exists and is not a bikwatch demo folder; choose another")
        shutil.rmtree(workdir)
    workdir.mkdir(parents=True)
    (workdir / DEMO_MARKER).write_text("made by `bikwatch demo`; safe to delete\n")


def run_demo(workdir: Path, run_flow: FlowRunner) -> str:
    """Two runs of the flow (`run_flow`, given by the CLI) on the replay, before and after."""
    pages = find_demo_pages()
    locations = {
        store.name: str(workdir / store.default) for store in STORES if store.name != "sources"
    }
    with ReplayServer(pages_of(pages, "before")) as server:
        sources = workdir / "sources.toml"
        sources.write_text(demo_sources_toml(pages, server.base_url), encoding="utf-8")
        first = run_flow(sources=str(sources), **locations)
        server.set_pages(pages_of(pages, "after"))
        second = run_flow(sources=str(sources), **locations)
    return _demo_summary(workdir, first, second, summarize_report(second))


def _demo_summary(workdir: Path, first: RunReport, second: RunReport, detail: str) -> str:
    alerts = sorted((workdir / "outbox").rglob("*.eml"))
    lines = [
        f"First run: {len(first.outcomes)} sources fetched from the replay; baselines made.",
        "Second run, on the later versions of the pages:",
        detail.rstrip(),
        "",
        f"Snapshots: {workdir / 'snapshots'}/<source-id>/",
        f"Raw archive (WARC): {workdir / 'archive'}/",
        f"Atom feeds: {workdir / 'feeds'}/",
    ]
    lines += [f"Alert: {path}" for path in alerts] or ["Alert: none (nothing changed)"]
    return "\n".join(lines)
