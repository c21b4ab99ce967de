"""Each fault of the loopback fault server ends in the right error, in bounded time and memory."""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

from pipeline.fetch.fetcher import Fetcher
from schemas.errors import FetchError, HostNotAllowedError
from tests.support.fault_server import HTML, LATIN1_HTML, FaultServer
from tests.support.fetching import LOOPBACK, RecordedSleep, fast_settings

MB = 1024 * 1024


@pytest.fixture(scope="module")
def faults() -> Iterator[FaultServer]:
    with FaultServer() as server:
        yield server


@pytest.fixture
def sleep() -> RecordedSleep:
    return RecordedSleep()


@pytest.fixture
def fetcher(sleep: RecordedSleep) -> Iterator[Fetcher]:
    settings = fast_settings(
        read_timeout=0.2, total_deadline=0.5, max_attempts=2, max_bytes=MB, per_host_concurrency=2
    )
    with Fetcher(settings, {LOOPBACK}, sleep=sleep) as made:
        yield made


def fetch_error(fetcher: Fetcher, url: str) -> FetchError:
    with pytest.raises(FetchError) as raised:
        fetcher.fetch(url)
    return raised.value


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/stall-headers", "timed out"),
        ("/stall-body", "timed out"),
        ("/slow-body", "total deadline"),
        ("/reset", "network error"),
        ("/truncated", "incomplete response"),
    ],
)
def test_network_faults_are_transient_and_retried_a_bounded_number_of_times(
    faults: FaultServer, fetcher: Fetcher, sleep: RecordedSleep, path: str, reason: str
) -> None:
    hits_before = faults.hits[path]
    started = time.monotonic()

    error = fetch_error(fetcher, faults.url(path))

    assert error.transient and reason in str(error)
    assert faults.hits[path] - hits_before == 2
    assert len(sleep.waits) == 1
    assert time.monotonic() - started < 2.5


@pytest.mark.parametrize(("path", "asked"), [("/429", 7.0), ("/503", 2.0)])
def test_busy_servers_are_waited_for_as_asked_within_the_cap(
    faults: FaultServer, fetcher: Fetcher, sleep: RecordedSleep, path: str, asked: float
) -> None:
    error = fetch_error(fetcher, faults.url(path))

    assert error.transient and error.status == int(path[1:])
    assert sleep.waits == [min(asked, fetcher.settings.retry_after_cap)]


@pytest.mark.parametrize("path", ["/huge-chunked", "/huge-declared", "/gzip-bomb"])
def test_oversized_bodies_stop_at_the_cap_in_bounded_memory(
    faults: FaultServer, fetcher: Fetcher, path: str
) -> None:
    tracemalloc.start()
    try:
        error = fetch_error(fetcher, faults.url(path))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert not error.transient and "exceeds the cap" in str(error)
    assert peak < 8 * MB


@pytest.mark.parametrize(
    ("path", "media_type"),
    [("/pdf", "application/pdf"), ("/json", "application/json"), ("/image", "image/png")],
)
def test_non_html_content_is_refused_with_its_type(
    faults: FaultServer, fetcher: Fetcher, path: str, media_type: str
) -> None:
    error = fetch_error(fetcher, faults.url(path))

    assert not error.transient and f"content type {media_type} is not an HTML page" in str(error)


@pytest.mark.parametrize(("path", "declared"), [("/wrong-charset", "utf-8"), ("/no-charset", None)])
def test_the_declared_charset_is_carried_as_sent_for_decoding_to_judge(
    faults: FaultServer, fetcher: Fetcher, path: str, declared: str | None
) -> None:
    page = fetcher.fetch(faults.url(path))

    assert page.body == LATIN1_HTML and page.declared_charset == declared


def test_redirect_loops_are_cut(faults: FaultServer, fetcher: Fetcher) -> None:
    error = fetch_error(fetcher, faults.url("/loop-a"))

    assert not error.transient and "redirect loop" in str(error)


@pytest.mark.parametrize("path", ["/to-other-host", "/to-private", "/to-metadata", "/to-file"])
def test_redirects_off_the_allowlist_are_refused(
    faults: FaultServer, fetcher: Fetcher, path: str
) -> None:
    with pytest.raises(HostNotAllowedError, match="refused"):
        fetcher.fetch(faults.url(path))


@pytest.mark.parametrize("status", [404, 410])
def test_gone_pages_are_permanent_errors(
    faults: FaultServer, fetcher: Fetcher, status: int
) -> None:
    hits_before = faults.hits[f"/{status}"]

    error = fetch_error(fetcher, faults.url(f"/{status}"))

    assert not error.transient and error.status == status
    assert faults.hits[f"/{status}"] - hits_before == 1


def test_concurrent_fetches_share_one_robots_and_stay_within_the_per_host_bound(
    faults: FaultServer, fetcher: Fetcher
) -> None:
    robots_before = faults.hits["/robots.txt"]

    with ThreadPoolExecutor(max_workers=6) as pool:
        pages = list(pool.map(lambda _: fetcher.fetch(faults.url("/hold")), range(6)))

    assert all(page.body == HTML for page in pages)
    assert faults.max_in_flight == 2
    assert faults.hits["/robots.txt"] == robots_before + 1  # one robots.txt for all threads
