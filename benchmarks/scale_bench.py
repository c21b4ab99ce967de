"""The scale benchmark: a synthetic watch list of 1,000 pages served on loopback.

Measures the cold run (pages per second, share of each stage), an unchanged re-run answered
with 304s, a re-run after every page changed, peak memory at a small and the full size (each
in a fresh process), `extract --manifest` against `trafilatura.extract`, and Prefect's
overhead over the plain functions. Prints markdown tables, each figure beside its target.

    uv run python benchmarks/scale_bench.py [--pages 1000] [--flow-pages 200] [--quick]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks import scale_extract  # noqa: E402
from benchmarks.replay_process import ReplayProcess  # noqa: E402
from benchmarks.scale_report import (  # noqa: E402
    ChildResult,
    ExtractionFigures,
    RunFigures,
    ScaleFigures,
    render,
)
from benchmarks.scale_runs import staged_run  # noqa: E402
from benchmarks.synthetic_pages import (  # noqa: E402
    SyntheticPage,
    build_watch_list,
    corpus_dir,
    load_templates,
    sources_toml,
)
from pipeline.config import Workspace  # noqa: E402

CHILD = Path(__file__).resolve().parent / "scale_child.py"
SMALL_MEMORY_SIZE = 10


@dataclass(frozen=True)
class Plan:
    pages: int
    flow_pages: int  # the Prefect comparison runs the flow on this many of the pages
    seed: int = 2024
    prefect: bool = True
    cli: bool = True

    @property
    def memory_sizes(self) -> tuple[int, int]:
        # At least twice as many pages in the large run, so growth could show.
        return min(SMALL_MEMORY_SIZE, max(1, self.pages // 2)), self.pages


def progress(message: str) -> None:
    print(f"[scale] {time.strftime('%H:%M:%S')} {message}", file=sys.stderr, flush=True)


def make_workspace(root: Path, pages: list[SyntheticPage], base_url: str) -> Workspace:
    """A fresh workspace under `root` whose sources are `pages` on the replay server."""
    root.mkdir(parents=True)
    workspace = Workspace.under(root)
    workspace.sources.write_text(sources_toml(pages, base_url), encoding="utf-8")
    return workspace


def run_child(*args: str) -> ChildResult:
    """One child measurement; a failure is reported as its last line of stderr."""
    done = subprocess.run(
        [sys.executable, str(CHILD), *args], capture_output=True, text=True, check=False, cwd=REPO
    )
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        error = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return {"error": f"exit {done.returncode}: {error[:200]}"}
    result: ChildResult = json.loads(lines[-1])
    return result


def measure_memory(
    plan: Plan, pages: list[SyntheticPage], base: str, tmp: Path
) -> dict[int, ChildResult]:
    memory = {}
    for size in plan.memory_sizes:
        progress(f"peak memory of a plain run over {size} pages, in a fresh process")
        workspace = make_workspace(tmp / f"memory-{size}", pages[:size], base)
        memory[size] = run_child("memory", str(workspace.sources.parent))
    return memory


def measure_prefect(plan: Plan, pages: list[SyntheticPage], base: str, tmp: Path) -> ChildResult:
    count = min(plan.flow_pages, plan.pages)
    progress(f"Prefect: first flow call, then plain loop and `scrape` flow on {count} pages")
    roots = [
        make_workspace(tmp / "prefect-warmup", pages[:1], base).sources.parent,
        make_workspace(tmp / "prefect-one-page", pages[1:2] or pages[:1], base).sources.parent,
        make_workspace(tmp / "prefect-plain", pages[:count], base).sources.parent,
        make_workspace(tmp / "prefect-flow", pages[:count], base).sources.parent,
    ]
    return run_child("prefect", *(str(root) for root in roots))


def measure_runs(plan: Plan, pages: list[SyntheticPage], tmp: Path) -> RunFigures:
    """Cold, unchanged and changed runs on one workspace, with the child measurements between."""
    with ReplayProcess(corpus_dir(), len(pages), plan.seed) as server:
        workspace = make_workspace(tmp / "staged", pages, server.base_url)
        progress(f"cold run over {len(pages)} pages, stage by stage")
        cold = staged_run(workspace)
        progress("unchanged re-run (conditional requests)")
        unchanged = staged_run(workspace)
        memory = measure_memory(plan, pages, server.base_url, tmp)
        prefect = measure_prefect(plan, pages, server.base_url, tmp) if plan.prefect else None
        progress("changed re-run: every page revised")
        server.serve_revised()
        changed = staged_run(workspace)
    return RunFigures(cold, unchanged, changed, memory, prefect)


def measure_extraction(plan: Plan, pages: list[SyntheticPage], tmp: Path) -> ExtractionFigures:
    saved = scale_extract.save_pages(pages, tmp / "saved")
    cli = cli_startup = None
    if plan.cli:
        progress(f"`bikwatch extract --manifest` on one saved page (twice), then on {len(pages)}")
        one = scale_extract.save_pages(pages[:1], tmp / "saved", "manifest-one.tsv")
        # The first `uv run` may pay for checking the environment: keep the faster of two.
        cli_startup = min(
            (scale_extract.time_cli(one) for _ in range(2)), key=lambda timing: timing.seconds
        )
        cli = scale_extract.time_cli(saved)
    progress("clean + extract and trafilatura.extract side by side, page by page")
    both = scale_extract.time_side_by_side(saved)
    return ExtractionFigures(both.bikwatch, both.trafilatura, cli, cli_startup)


def run_benchmark(plan: Plan, tmp: Path) -> ScaleFigures:
    started = time.perf_counter()
    templates = load_templates(corpus_dir())
    pages = build_watch_list(templates, plan.pages, plan.seed)
    generation = time.perf_counter() - started
    progress(f"{len(pages)} synthetic pages from {len(templates)} templates in {generation:.1f} s")
    return ScaleFigures(
        pages=len(pages),
        templates=len(templates),
        generation_seconds=generation,
        runs=measure_runs(plan, pages, tmp),
        extraction=measure_extraction(plan, pages, tmp),
    )


def parse_plan(argv: list[str] | None = None) -> Plan:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000, help="size of the watch list")
    parser.add_argument(
        "--flow-pages",
        type=int,
        default=200,
        help="pages of the Prefect flow comparison (the flow is the slow part)",
    )
    parser.add_argument("--quick", action="store_true", help="a smoke run: 20 pages, flow on 5")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--no-prefect", action="store_true", help="skip the Prefect comparison")
    parser.add_argument("--no-cli", action="store_true", help="skip the CLI subprocess timing")
    args = parser.parse_args(argv)
    pages, flow_pages = (20, 5) if args.quick else (args.pages, args.flow_pages)
    if pages < 1 or flow_pages < 1:
        parser.error("--pages and --flow-pages must be at least 1")
    return Plan(pages, flow_pages, args.seed, not args.no_prefect, not args.no_cli)


def main(argv: list[str] | None = None) -> None:
    plan = parse_plan(argv)
    with tempfile.TemporaryDirectory(prefix="bikwatch-scale-") as tmp:
        figures = run_benchmark(plan, Path(tmp))
    if plan.prefect and plan.flow_pages < plan.pages:
        print(
            f"Prefect comparison on the first {min(plan.flow_pages, plan.pages)} pages only "
            "(the flow on all pages takes too long for a routine run).\n"
        )
    print(render(figures))


if __name__ == "__main__":
    main()
