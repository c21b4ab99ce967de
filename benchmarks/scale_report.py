"""The scale benchmark's figures and their markdown tables, each figure beside its target."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from benchmarks.scale_extract import ToolTiming
from benchmarks.scale_runs import STAGES, StagedRun

UNCHANGED_RERUN_LIMIT = 0.10  # of the cold run's wall time
MEMORY_GROWTH_LIMIT = 1.5  # peak at the full size over the peak at the small size
PREFECT_OVERHEAD_LIMIT = 0.25  # of the plain loop's wall time on the same pages

ChildResult = dict[str, Any]
NOTES = (
    "- Stages are clocks on the functions the real run calls (`run_steps.fetch_source`, "
    "`process_source`, `source_notices`, `publish`), in one thread; the replay server runs in "
    "a process of its own.",
    "- `setup` reads the sources and builds the spaCy pipeline (once per process: later runs "
    "reuse it); `snapshot reads` are the baseline and extraction-cache look-ups; `health` "
    "writes each source's failure record.",
    "- Peak memory is the resident set of a fresh process doing one plain run over the pages.",
    "- Prefect's fixed cost uses a fresh Prefect home (a new database is migrated); the "
    "per-run overhead compares a later flow call with the plain loop on the same pages.",
)


@dataclass(frozen=True)
class RunFigures:
    """The staged runs on one workspace, and the child-process measurements beside them."""

    cold: StagedRun
    unchanged: StagedRun
    changed: StagedRun
    memory: dict[int, ChildResult] = field(default_factory=dict)
    prefect: ChildResult | None = None


@dataclass(frozen=True)
class ExtractionFigures:
    in_process: ToolTiming
    trafilatura: ToolTiming
    cli: ToolTiming | None = None
    cli_startup: ToolTiming | None = None


@dataclass(frozen=True)
class ScaleFigures:
    pages: int
    templates: int
    generation_seconds: float
    runs: RunFigures
    extraction: ExtractionFigures


def verdict(passed: bool) -> str:
    return "pass" if passed else "FAIL"


def render(figures: ScaleFigures) -> str:
    sections = [
        f"Synthetic watch list: {figures.pages} pages from {figures.templates} corpus templates "
        f"(generated in {figures.generation_seconds:.1f} s), served on loopback.",
        "",
        stage_table(figures),
        "",
        target_table(figures),
        "",
        *outcome_lines(figures),
        "",
        *NOTES,
    ]
    return "\n".join(sections)


def stage_table(figures: ScaleFigures) -> str:
    runs = {
        "cold": figures.runs.cold,
        "unchanged re-run": figures.runs.unchanged,
        "changed re-run": figures.runs.changed,
    }
    header = "| stage | " + " | ".join(f"{name} s | {name} %" for name in runs) + " |"
    rows = [header, "| --- |" + " --- | --- |" * len(runs)]
    for stage in STAGES:
        cells = [
            f"{run.clock.seconds[stage]:.2f} | {100 * run.share(stage):.1f}%"
            for run in runs.values()
        ]
        rows.append(f"| {stage} | " + " | ".join(cells) + " |")
    other = [
        f"{run.other_seconds:.2f} | {100 * run.other_seconds / run.wall_seconds:.1f}%"
        for run in runs.values()
    ]
    rows.append("| other (glue between the stages) | " + " | ".join(other) + " |")
    totals = [f"{run.wall_seconds:.2f} | 100%" for run in runs.values()]
    rows.append("| total (wall) | " + " | ".join(totals) + " |")
    speeds = [f"{run.pages_per_second:.1f} pages/s | -" for run in runs.values()]
    rows.append("| end to end | " + " | ".join(speeds) + " |")
    return "\n".join(rows)


def target_table(figures: ScaleFigures) -> str:
    rows = ["| figure | measured | target | result |", "| --- | --- | --- | --- |"]
    cold, unchanged = figures.runs.cold, figures.runs.unchanged
    rows.append(
        f"| cold run, end to end | {cold.pages_per_second:.1f} pages/s "
        f"({cold.pages} pages in {cold.wall_seconds:.1f} s) | - | - |"
    )
    ratio = unchanged.wall_seconds / cold.wall_seconds
    rows.append(
        f"| unchanged re-run, conditional requests | {unchanged.wall_seconds:.2f} s"
        f" = {100 * ratio:.1f}% of the cold run | < {100 * UNCHANGED_RERUN_LIMIT:.0f}% "
        f"| {verdict(ratio < UNCHANGED_RERUN_LIMIT)} |"
    )
    rows += memory_rows(figures.runs.memory)
    rows += extraction_rows(figures.extraction)
    rows += prefect_rows(figures.runs.prefect)
    return "\n".join(rows)


def memory_rows(memory: dict[int, ChildResult]) -> list[str]:
    if len(memory) < 2:
        return ["| peak memory | not measured | - | - |"]
    small, large = sorted(memory)
    if "error" in memory[small] or "error" in memory[large]:
        error = memory[small].get("error") or memory[large].get("error")
        return [f"| peak memory | failed: {error} | - | FAIL |"]
    small_mib, large_mib = memory[small]["peak_rss_mib"], memory[large]["peak_rss_mib"]
    growth = large_mib / small_mib
    passed = verdict(growth <= MEMORY_GROWTH_LIMIT)
    plain_speed = memory[large]["pages"] / memory[large]["seconds"]
    return [
        f"| cold run as plain `run_steps` calls, {large} pages, fresh process (cross-check) "
        f"| {plain_speed:.1f} pages/s | - | - |",
        f"| peak memory (RSS), {small} pages | {small_mib:.0f} MiB | - | - |",
        f"| peak memory (RSS), {large} pages | {large_mib:.0f} MiB = {growth:.2f}x the "
        f"{small}-page peak | <= {MEMORY_GROWTH_LIMIT}x | {passed} |",
    ]


def extraction_rows(figures: ExtractionFigures) -> list[str]:
    ours, theirs, cli = figures.in_process, figures.trafilatura, figures.cli
    rows = []
    if cli is not None:
        rows.append(
            f"| `extract --manifest` CLI, {cli.pages} pages | {_cli_speed(figures)} "
            f"| - | {cli.note or '-'} |"
        )
    ratio = ours.pages_per_second / theirs.pages_per_second
    rows += [
        f"| clean + extract in process | {ours.pages_per_second:.1f} pages/s "
        f"({ours.failures} failed) | - | - |",
        f"| `trafilatura.extract` alone | {theirs.pages_per_second:.1f} pages/s "
        f"({theirs.failures} with no output) | - | - |",
        f"| bikwatch over trafilatura speed | {ratio:.2f}x | >= 1.00x | {verdict(ratio >= 1.0)} |",
    ]
    return rows


def _cli_speed(figures: ExtractionFigures) -> str:
    cli, startup = figures.cli, figures.cli_startup
    assert cli is not None
    text = f"{cli.pages_per_second:.1f} pages/s ({cli.seconds:.1f} s"
    if startup is None:
        return text + ")"
    if startup.note:
        return text + f"; one-page run {startup.note})"
    net = cli.seconds - startup.seconds
    after = f"{(cli.pages - 1) / net:.1f} pages/s after it" if net > 0 else "too few pages to tell"
    return text + f"; a one-page run takes {startup.seconds:.1f} s: {after})"


def prefect_rows(prefect: ChildResult | None) -> list[str]:
    if prefect is None:
        return ["| Prefect overhead | not measured | - | - |"]
    if "error" in prefect:
        return [f"| Prefect overhead | failed: {prefect['error']} | < 25% | FAIL |"]
    overhead = prefect["flow_seconds"] / prefect["plain_seconds"] - 1
    pages = prefect["pages"]
    extra = prefect["flow_seconds"] - prefect["plain_seconds"]
    # What is left once a run's fixed cost is taken out: two task runs per source.
    per_source = 1000 * (extra - prefect["one_page_seconds"]) / pages
    return [
        f"| Prefect fixed cost: import + first flow call (1 page; starts the ephemeral server) "
        f"| {prefect['import_seconds']:.1f} s + {prefect['first_call_seconds']:.1f} s "
        f"| reported apart | - |",
        f"| Prefect: a one-page flow call once the server is up (a run's fixed cost) "
        f"| {prefect['one_page_seconds']:.2f} s | - | - |",
        f"| Prefect per-run overhead, {pages} pages: `scrape` flow vs plain loop "
        f"| {prefect['flow_seconds']:.1f} s vs {prefect['plain_seconds']:.1f} s = "
        f"{100 * overhead:+.1f}% (beyond the fixed cost, ~{per_source:.0f} ms per source) "
        f"| < {100 * PREFECT_OVERHEAD_LIMIT:.0f}% "
        f"| {verdict(overhead < PREFECT_OVERHEAD_LIMIT)} |",
        f"| Prefect's CPU in that flow call | flow process {prefect['flow_cpu_seconds']:.1f} s "
        f"(plain loop {prefect['plain_cpu_seconds']:.1f} s); Prefect's server process "
        f"{prefect['server_cpu_seconds']:.1f} s | - | - |",
    ]


def outcome_lines(figures: ScaleFigures) -> list[str]:
    lines = []
    runs = figures.runs
    for name, run in (
        ("cold", runs.cold),
        ("unchanged re-run", runs.unchanged),
        ("changed re-run", runs.changed),
    ):
        counts = ", ".join(f"{n} {kind}" for kind, n in sorted(run.outcomes.items()))
        lines.append(f"- {name} outcomes: {counts}")
        for stage, count in sorted(run.clock.failures.items()):
            lines.append(f"  - {count} failed in the {stage} stage")
        lines += [f"  - e.g. {error[:200]}" for error in run.errors]
    if runs.prefect and "error" not in runs.prefect:
        lines.append(
            f"- Prefect comparison outcomes: flow {runs.prefect['flow_outcomes']}, "
            f"plain {runs.prefect['plain_outcomes']}"
        )
    return lines
