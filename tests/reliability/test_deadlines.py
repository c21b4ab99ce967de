"""Deadlines that hold whatever the server does: headers, body or TLS handshake dribbled."""

from __future__ import annotations

import time

import pytest

from pipeline.fetch.fetcher import Fetcher
from schemas.errors import FetchError
from tests.support.fault_server import FaultServer
from tests.support.fetching import LOOPBACK, RecordedSleep, fast_settings

# Each read beats `read_timeout`; only the deadline over the whole request can end these.
DRIBBLE = {"read_timeout": 1.0, "total_deadline": 2.0, "max_attempts": 1}


def _timed_fetch(fetcher: Fetcher, url: str) -> tuple[float, FetchError]:
    began = time.monotonic()
    with pytest.raises(FetchError) as caught:
        fetcher.fetch(url)
    return time.monotonic() - began, caught.value


def test_headers_dribbled_end_at_the_total_deadline(faults: FaultServer) -> None:
    settings = fast_settings(respect_robots=False, **DRIBBLE)
    with Fetcher(settings, [LOOPBACK], sleep=RecordedSleep()) as fetcher:
        elapsed, error = _timed_fetch(fetcher, faults.url("/dribble-headers"))
    assert elapsed < 3.0
    assert "total deadline" in str(error) and error.transient


def test_body_dribbled_ends_at_the_total_deadline(faults: FaultServer) -> None:
    settings = fast_settings(respect_robots=False, **DRIBBLE)
    with Fetcher(settings, [LOOPBACK], sleep=RecordedSleep()) as fetcher:
        elapsed, error = _timed_fetch(fetcher, faults.url("/slow-body"))
    assert elapsed < 3.0
    assert "total deadline" in str(error)


def test_tls_handshake_that_never_ends_stops_at_the_deadline() -> None:
    settings = fast_settings(respect_robots=False, connect_timeout=5.0, **DRIBBLE)
    with (
        FaultServer(speaks_tls_badly=True) as server,
        Fetcher(settings, [LOOPBACK], sleep=RecordedSleep()) as fetcher,
    ):
        elapsed, error = _timed_fetch(fetcher, f"https://{LOOPBACK}:{server.port}/")
    assert elapsed < 3.0
    assert "total deadline" in str(error)


def test_one_deadline_covers_all_attempts_of_a_source(faults: FaultServer) -> None:
    settings = fast_settings(
        respect_robots=False,
        max_attempts=10,
        backoff_base=0.0,
        source_deadline=3.0,
        **{k: v for k, v in DRIBBLE.items() if k != "max_attempts"},
    )
    with Fetcher(settings, [LOOPBACK]) as fetcher:
        elapsed, error = _timed_fetch(fetcher, faults.url("/dribble-headers"))
    assert elapsed < 4.0
    assert "gave up after 2 attempts" in str(error)
