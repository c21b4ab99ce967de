"""Handlers of the commands that run the flow: `run` and `demo`."""

from __future__ import annotations

import argparse
import os
import shutil
from pathlib import Path

from schemas.errors import InputError, RunFailedError
from schemas.run import RunReport

DEMO_MARKER = ".bikwatch-demo"


def prepare_prefect() -> None:
    """Settings that must be in place before Prefect is imported."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_LOGGING_EXTRA_LOGGERS", "bikwatch")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")


def run_flow(**locations: str | None) -> RunReport:
    prepare_prefect()
    from pipeline.flow import scrape

    return scrape(**locations)


def run_command(args: argparse.Namespace) -> str:
    from pipeline.report import summarize_report

    locations = {
        name: getattr(args, name)
        for name in ("sources", "snapshots", "outbox", "archive", "state", "feeds")
    }
    try:
        report = run_flow(**locations)
    except RunFailedError as exc:
        if isinstance(exc.report, RunReport):
            print(summarize_report(exc.report))
        raise
    return summarize_report(report)


def demo_command(args: argparse.Namespace) -> str:
    from pipeline.demo import run_demo

    workdir: Path = args.workdir
    if workdir.exists():
        if not (workdir / DEMO_MARKER).exists():
            raise InputError(f"{workdir} exists and is not a bikwatch demo folder; choose another")
        shutil.rmtree(workdir)
    workdir.mkdir(parents=True)
    (workdir / DEMO_MARKER).write_text("made by `bikwatch demo`; safe to delete\n")
    prepare_prefect()
    return run_demo(workdir)
