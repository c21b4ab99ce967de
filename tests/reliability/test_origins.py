"""Origins, not hosts: every redirect hop and every resolved address is checked against the
configured origins (scheme, host and port), never the host alone."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest

from pipeline.fetch.fetcher import Fetcher
from pipeline.fetch.hosts import HostPolicy
from pipeline.run.steps import fetch_source
from schemas.errors import HostNotAllowedError
from tests.reliability.runs import WatchedSource, context_for
from tests.support.fault_server import FaultServer
from tests.support.fetching import LOOPBACK, RecordedSleep, fast_settings


@pytest.fixture
def other() -> Iterator[FaultServer]:
    """A second server on another port of the same host: nothing may reach it."""
    with FaultServer() as server:
        yield server


def redirect(faults: FaultServer, target: str) -> str:
    return faults.url("/redirect-to?" + quote(target, safe=""))


def origin(faults: FaultServer) -> str:
    return f"http://{LOOPBACK}:{faults.port}"


def targets(faults: FaultServer, other: FaultServer) -> dict[str, str]:
    return {
        "another port": other.url("/html"),
        "another scheme": f"https://{LOOPBACK}:{faults.port}/html",
        "user info": f"http://user:secret@{LOOPBACK}:{faults.port}/html",
        "decimal address": f"http://2130706433:{faults.port}/html",
        "IPv6-mapped address": f"http://[::ffff:127.0.0.1]:{faults.port}/html",
    }


KINDS = ["another port", "another scheme", "user info", "decimal address", "IPv6-mapped address"]


@pytest.mark.parametrize("kind", KINDS)
def test_a_redirect_off_the_configured_origin_is_refused(
    faults: FaultServer, other: FaultServer, kind: str
) -> None:
    target = targets(faults, other)[kind]
    settings = fast_settings(respect_robots=False)
    with (
        Fetcher(settings, [origin(faults)], sleep=RecordedSleep()) as fetcher,
        pytest.raises(HostNotAllowedError),
    ):
        fetcher.fetch(redirect(faults, target))
    assert other.hits["/html"] == 0


@pytest.mark.parametrize("kind", ["another port", "user info", "decimal address"])
def test_a_start_url_off_the_configured_origin_is_refused(
    faults: FaultServer, other: FaultServer, kind: str
) -> None:
    settings = fast_settings(respect_robots=False)
    with (
        Fetcher(settings, [origin(faults)], sleep=RecordedSleep()) as fetcher,
        pytest.raises(HostNotAllowedError),
    ):
        fetcher.fetch(targets(faults, other)[kind])
    assert other.hits["/html"] == 0


def test_a_run_follows_no_redirect_to_another_port(
    tmp_path: Path, faults: FaultServer, other: FaultServer
) -> None:
    """The run's own fetcher is built from the sources' origins."""
    source = WatchedSource("moved", redirect(faults, other.url("/html")))
    ctx = context_for(tmp_path, [source], fetch={"respect_robots": "false"})
    with ctx.make_fetcher() as fetcher, pytest.raises(HostNotAllowedError):
        fetch_source(ctx, fetcher, ctx.config.sources[0])
    assert other.hits["/html"] == 0
    assert not (tmp_path / "archive").exists() or not list((tmp_path / "archive").rglob("*.warc*"))


def test_a_configured_address_is_allowed_on_its_own_port_only() -> None:
    policy = HostPolicy(["http://127.0.0.1:18407"])
    loopback = ipaddress.ip_address("127.0.0.1")
    assert policy.is_address_allowed(loopback, 18407)
    assert not policy.is_address_allowed(loopback, 18500)
    policy.check_url(httpx.URL("http://127.0.0.1:18407/page"))
    with pytest.raises(HostNotAllowedError, match="origin"):
        policy.check_url(httpx.URL("http://127.0.0.1:18500/secret"))
