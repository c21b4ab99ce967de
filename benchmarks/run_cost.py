"""What one `bikwatch run` costs, with and without a running Prefect server.

Serves the shipped sample pages (the demo's) on loopback, and times `bikwatch run` in a fresh
workspace (baseline run: every page fetched, extracted and snapshotted) as a new process, the
way cron or a person runs it: first with no server (Prefect starts a temporary one), then with
a local Prefect server started beforehand, as `bikwatch serve` does. Prints a markdown table.

    uv run python benchmarks/run_cost.py [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pipeline.demo import demo_sources_toml, find_demo_pages, pages_of
from pipeline.replay_server import ReplayServer
from pipeline.run.local_server import LocalPrefectServer

STORES = ("snapshots", "outbox", "archive", "state", "feeds")


def timed_run(root: Path, sources: Path, api_url: str | None) -> float:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "BIKWATCH_"))}
    if api_url is not None:
        env["PREFECT_API_URL"] = api_url
    stores = [f"--{store}={root / store}" for store in STORES]
    command = [sys.executable, "-m", "pipeline.cli.main", "run", f"--sources={sources}", *stores]
    started = time.monotonic()
    subprocess.run(command, env=env, check=True, capture_output=True, text=True)
    return time.monotonic() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2)
    repeat = parser.parse_args().repeat
    pages = find_demo_pages()
    with tempfile.TemporaryDirectory() as tmp, ReplayServer(pages_of(pages, "before")) as web:
        base = Path(tmp)
        sources = base / "sources.toml"
        sources.write_text(demo_sources_toml(pages, web.base_url), encoding="utf-8")
        without = [timed_run(base / f"no-server-{i}", sources, None) for i in range(repeat)]
        started = time.monotonic()
        with LocalPrefectServer(base / "prefect") as server:
            startup = time.monotonic() - started
            with_server = [
                timed_run(base / f"server-{i}", sources, server.api_url) for i in range(repeat)
            ]
    load = os.getloadavg()[0]
    print(f"{len(pages)} sources, {os.cpu_count()} cores, load average {load:.1f}\n")
    print("| bikwatch run | seconds per run |")
    print("| --- | --- |")
    print(f"| no Prefect server (a temporary one per run) | {_seconds(without)} |")
    print(f"| with a running local Prefect server | {_seconds(with_server)} |")
    print(f"| starting that server, once | {startup:.1f} |")


def _seconds(values: list[float]) -> str:
    return ", ".join(f"{value:.1f}" for value in values)


if __name__ == "__main__":
    main()
