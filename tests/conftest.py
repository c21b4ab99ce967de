"""Shared test set-up. Prefect's settings must be in place before anything imports Prefect."""

import os

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")

import pytest


@pytest.fixture(scope="session")
def prefect_engine():
    """Prefect's own engine on a temporary local server, started once per test session."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield
