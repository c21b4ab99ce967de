"""The scale benchmark's measurements that need a process of their own; prints one JSON object.

    python benchmarks/scale_child.py memory WORKSPACE
    python benchmarks/scale_child.py prefect WARMUP ONE_PAGE PLAIN FLOW  (four workspaces)

`memory`: a plain run over the workspace's sources, then the process's peak resident memory,
so each size is measured from a fresh interpreter. `prefect`: the first flow call (Prefect's
ephemeral server start) on a one-page warm-up workspace, a second one-page call (the fixed cost
of a run once the server is up), then the plain loop and the `scrape` flow on two fresh
workspaces with the same sources. Each workspace folder holds a `sources.toml`.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.scale_runs import outcome_counts, plain_run  # noqa: E402
from pipeline.config import Workspace  # noqa: E402
from schemas.run import RunReport  # noqa: E402

MIB = 1024  # ru_maxrss is in KiB on Linux
PROC = Path("/proc")


def own_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def children_cpu_seconds() -> float:
    """CPU time of this process's live children (Prefect's server); 0 where /proc is missing.

    RUSAGE_CHILDREN would only count children that have ended, and the server runs on.
    """
    ticks, total = os.sysconf("SC_CLK_TCK"), 0.0
    for entry in PROC.glob("[0-9]*/stat") if PROC.is_dir() else ():
        try:
            fields = entry.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # the process ended meanwhile
        if int(fields[1]) == os.getpid():  # fields after the name: state, ppid, ...
            total += (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
    return total


def cpu_clocks() -> tuple[float, float, float]:
    return time.perf_counter(), own_cpu_seconds(), children_cpu_seconds()


def cpu_since(start: tuple[float, float, float]) -> dict[str, float]:
    wall, own, children = (now - then for now, then in zip(cpu_clocks(), start, strict=True))
    return {"seconds": wall, "cpu_seconds": own, "server_cpu_seconds": children}


def measure_memory(root: Path) -> dict[str, object]:
    started = time.perf_counter()
    report = plain_run(Workspace.under(root))
    return {
        "pages": len(report.outcomes),
        "seconds": time.perf_counter() - started,
        "outcomes": outcome_counts(report),
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / MIB,
    }


def prepare_prefect(home: Path) -> None:
    """Settings Prefect reads at import: a private home, no telemetry, a patient server start."""
    os.environ["PREFECT_HOME"] = str(home)
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "ERROR")
    # Two busy cores and a fresh database: the default 20 s is not always enough.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")


def run_scrape(root: Path) -> tuple[float, RunReport]:
    from pipeline.flow import scrape

    workspace = Workspace.under(root)
    started = time.perf_counter()
    report = scrape(
        sources=str(workspace.sources),
        snapshots=str(workspace.snapshots),
        outbox=str(workspace.outbox),
        archive=str(workspace.archive),
        state=str(workspace.state),
        feeds=str(workspace.feeds),
    )
    return time.perf_counter() - started, report


def measure_prefect(warmup: Path, one_page: Path, plain: Path, flow: Path) -> dict[str, object]:
    prepare_prefect(warmup / "prefect-home")
    started = time.perf_counter()
    import pipeline.flow  # noqa: F401  (timed: importing Prefect is part of its fixed cost)

    import_seconds = time.perf_counter() - started
    first_call_seconds, _ = run_scrape(warmup)
    one_page_seconds, _ = run_scrape(one_page)
    start = cpu_clocks()
    plain_report = plain_run(Workspace.under(plain))
    plain_cost = cpu_since(start)
    start = cpu_clocks()
    _, flow_report = run_scrape(flow)
    flow_cost = cpu_since(start)
    return {
        "import_seconds": import_seconds,
        "first_call_seconds": first_call_seconds,
        "one_page_seconds": one_page_seconds,
        "pages": len(flow_report.outcomes),
        "plain_seconds": plain_cost["seconds"],
        "flow_seconds": flow_cost["seconds"],
        "plain_cpu_seconds": plain_cost["cpu_seconds"],
        "flow_cpu_seconds": flow_cost["cpu_seconds"],
        "server_cpu_seconds": flow_cost["server_cpu_seconds"],
        "plain_outcomes": outcome_counts(plain_report),
        "flow_outcomes": outcome_counts(flow_report),
    }


def main(argv: list[str]) -> None:
    if len(argv) == 2 and argv[0] == "memory":
        result = measure_memory(Path(argv[1]))
    elif len(argv) == 5 and argv[0] == "prefect":
        result = measure_prefect(*(Path(arg) for arg in argv[1:]))
    else:
        raise SystemExit(__doc__)
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
