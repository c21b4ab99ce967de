"""A failed fetch names its real cause: name resolution, refused connection, TLS, not robots.txt."""

from __future__ import annotations

import socket

import pytest

from pipeline.fetch.fetcher import Fetcher
from pipeline.replay_server import ReplayServer
from schemas.errors import FetchError
from tests.support.fetching import LOOPBACK, RecordedSleep, fast_settings

UNRESOLVABLE = "bikwatch-test.invalid"  # RFC 6761: never resolves, on any network


def failure(url: str, host: str, *, respect_robots: bool = True) -> FetchError:
    settings = fast_settings(max_attempts=1, respect_robots=respect_robots)
    with (
        Fetcher(settings, {host}, sleep=RecordedSleep()) as fetcher,
        pytest.raises(FetchError) as raised,
    ):
        fetcher.fetch(url)
    return raised.value


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind((LOOPBACK, 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize("respect_robots", [True, False])
def test_an_unresolvable_host_is_named_as_such(respect_robots: bool) -> None:
    error = failure(f"http://{UNRESOLVABLE}/page", UNRESOLVABLE, respect_robots=respect_robots)

    assert str(error).startswith(f"cannot resolve host {UNRESOLVABLE}")
    assert "treated as disallowed" not in str(error) and error.transient


@pytest.mark.parametrize("respect_robots", [True, False])
def test_a_refused_connection_is_named_as_such(respect_robots: bool) -> None:
    port = closed_port()

    error = failure(f"http://{LOOPBACK}:{port}/page", LOOPBACK, respect_robots=respect_robots)

    assert str(error).startswith(f"connection refused by {LOOPBACK}:{port}")


def test_a_failed_tls_handshake_is_named_as_such() -> None:
    with ReplayServer({"/page": (b"<p>plain HTTP</p>", "text/html")}) as plain:
        port = plain.base_url.rsplit(":", 1)[1]
        error = failure(f"https://{LOOPBACK}:{port}/page", LOOPBACK)

    assert str(error).startswith(f"TLS handshake with {LOOPBACK}:{port} failed")


def test_an_unreadable_robots_txt_names_its_http_status() -> None:
    with ReplayServer({"/page": (b"<p>page</p>", "text/html")}) as server:
        server.fail("/robots.txt", 503, times=None)
        error = failure(server.url("/page"), LOOPBACK)

    assert f"{server.url('/robots.txt')} answered HTTP 503" in str(error)
