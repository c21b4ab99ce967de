"""Prefect's settings that bikwatch sets, before Prefect is imported (it reads them at import).

Kept apart from `pipeline.flow` so that the CLI can settle them, and choose the server, without
importing Prefect; `pipeline.flow` calls it first thing too.
"""

from __future__ import annotations

import os


def prepare_prefect() -> None:
    """Settings that must be in place before Prefect is imported."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    # bikwatch's own log lines (INFO up) reach the Prefect server with the flow's; the CLI's
    # terminal stays quiet through its console handler (`quiet_console_tracebacks`).
    os.environ.setdefault("PREFECT_LOGGING_EXTRA_LOGGERS", "bikwatch,pipeline")
    # The same loggers also speak outside a flow run (a command reading the stores, the demo
    # between its runs): there they stay local, without a warning that they cannot reach it.
    os.environ.setdefault("PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW", "ignore")
    # The run's own Prefect server starts in a subprocess; on a busy machine it can take more
    # than Prefect's default 20 s, which would fail the whole scheduled run.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
