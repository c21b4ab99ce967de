"""The fetcher against the real loopback replay server: politeness, conditionals, retries."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import timedelta
from email.utils import format_datetime

import pytest

from pipeline.fetch.fetcher import Fetcher
from pipeline.fetch.models import Validators
from pipeline.fetch.settings import FetchSettings, default_user_agent
from pipeline.replay_server import ReplayServer
from schemas.errors import FetchError, HostNotAllowedError, RobotsDisallowedError
from tests.support.fetching import (
    FIXED_TIME,
    LOOPBACK,
    RecordedSleep,
    fast_settings,
    fixed_clock,
)

PAGE_V1 = b"<html><head><title>v1</title></head><body><p>first</p></body></html>"
PAGE_V2 = b"<html><head><title>v2</title></head><body><p>second</p></body></html>"
HTML = "text/html; charset=utf-8"


@pytest.fixture
def server() -> Iterator[ReplayServer]:
    with ReplayServer({"/page": (PAGE_V1, HTML), "/other": (PAGE_V2, HTML)}) as running:
        yield running


@pytest.fixture
def sleep() -> RecordedSleep:
    return RecordedSleep()


def make_fetcher(sleep: RecordedSleep, **overrides: object) -> Fetcher:
    return Fetcher(
        fast_settings(**overrides), {LOOPBACK}, clock=fixed_clock, sleep=sleep, rng=random.Random(7)
    )


@pytest.fixture
def fetcher(sleep: RecordedSleep) -> Iterator[Fetcher]:
    with make_fetcher(sleep) as made:
        yield made


def test_fetch_sends_identifying_user_agent_and_returns_the_page(
    server: ReplayServer, fetcher: Fetcher
) -> None:
    page = fetcher.fetch(server.url("/page"))

    assert page.status == 200 and page.body == PAGE_V1 and not page.not_modified
    assert page.final_url == page.requested_url == server.url("/page")
    assert page.fetched_at == FIXED_TIME
    assert (page.content_type, page.declared_charset) == ("text/html", "utf-8")
    assert page.validators.etag and page.validators.last_modified
    sent = server.requests_for("/page")[0].headers
    assert sent["user-agent"] == default_user_agent()
    assert "+https://" in sent["user-agent"]
    assert ("User-Agent", default_user_agent()) in page.request_headers


def test_kept_validators_make_a_conditional_request_and_304_is_not_modified(
    server: ReplayServer, fetcher: Fetcher
) -> None:
    first = fetcher.fetch(server.url("/page"))
    second = fetcher.fetch(server.url("/page"), first.validators)

    sent = server.requests_for("/page")[1].headers
    assert sent["if-none-match"] == first.validators.etag
    assert sent["if-modified-since"] == first.validators.last_modified
    assert second.not_modified and second.status == 304 and second.body == b""
    assert second.validators == first.validators


def test_a_changed_page_answers_200_with_new_validators(
    server: ReplayServer, fetcher: Fetcher
) -> None:
    first = fetcher.fetch(server.url("/page"))
    server.set_page("/page", PAGE_V2)

    second = fetcher.fetch(server.url("/page"), first.validators)

    assert not second.not_modified and second.body == PAGE_V2
    assert second.validators.etag != first.validators.etag


def test_server_error_is_retried_then_reported_as_transient(
    server: ReplayServer, fetcher: Fetcher, sleep: RecordedSleep
) -> None:
    server.fail("/page", 500, times=None)

    with pytest.raises(FetchError) as raised:
        fetcher.fetch(server.url("/page"))

    assert raised.value.transient and raised.value.status == 500
    assert "gave up after 3 attempts" in str(raised.value)
    assert len(server.requests_for("/page")) == 3
    assert len(sleep.waits) == 2
    assert 0.25 <= sleep.waits[0] <= 0.5 and 0.5 <= sleep.waits[1] <= 1.0  # exponential, jittered


def test_a_passing_failure_is_retried_until_success(server: ReplayServer, fetcher: Fetcher) -> None:
    server.fail("/page", 503, times=1)

    page = fetcher.fetch(server.url("/page"))

    assert page.body == PAGE_V1 and page.attempts == 2


def test_retry_after_seconds_is_honoured_up_to_the_cap(
    server: ReplayServer, fetcher: Fetcher, sleep: RecordedSleep
) -> None:
    server.fail("/page", 429, times=1, retry_after="2")
    server.fail("/other", 429, times=1, retry_after="3600")

    fetcher.fetch(server.url("/page"))
    fetcher.fetch(server.url("/other"))

    assert sleep.waits == [2.0, 5.0]


def test_retry_after_as_http_date_is_honoured(
    server: ReplayServer, fetcher: Fetcher, sleep: RecordedSleep
) -> None:
    server.fail(
        "/page",
        503,
        times=1,
        retry_after=format_datetime(FIXED_TIME + timedelta(seconds=3), usegmt=True),
    )

    fetcher.fetch(server.url("/page"))

    assert sleep.waits == [pytest.approx(3.0, abs=0.2)]  # HTTP dates have whole seconds


def test_client_errors_are_not_retried(server: ReplayServer, fetcher: Fetcher) -> None:
    with pytest.raises(FetchError) as raised:
        fetcher.fetch(server.url("/missing"))

    assert not raised.value.transient and raised.value.status == 404
    assert len(server.requests_for("/missing")) == 1


def test_redirects_within_allowed_hosts_are_followed(
    server: ReplayServer, fetcher: Fetcher
) -> None:
    server.redirect("/old", "/page", status=301)

    page = fetcher.fetch(server.url("/old"))

    assert page.final_url == server.url("/page") and page.body == PAGE_V1
    assert page.redirects == [server.url("/old")]
    assert page.requested_url == server.url("/old")


def test_redirect_to_a_host_not_in_the_sources_is_refused(
    server: ReplayServer, fetcher: Fetcher
) -> None:
    server.redirect("/away", server.url("/page").replace(LOOPBACK, "localhost"))

    with pytest.raises(HostNotAllowedError, match="localhost"):
        fetcher.fetch(server.url("/away"))

    assert len(server.requests_for("/page")) == 0


def test_url_of_a_host_not_in_the_sources_is_refused_without_a_request(
    server: ReplayServer, fetcher: Fetcher
) -> None:
    with pytest.raises(HostNotAllowedError):
        fetcher.fetch("https://example.org/")
    assert server.requests == []


def test_a_configured_name_resolving_to_loopback_is_refused(
    server: ReplayServer, sleep: RecordedSleep
) -> None:
    with Fetcher(fast_settings(), {"localhost"}, sleep=sleep) as fetcher:
        local_url = server.url("/page").replace(LOOPBACK, "localhost")
        with pytest.raises(HostNotAllowedError, match="non-public address"):
            fetcher.fetch(local_url)
    assert server.requests == []


def test_robots_disallow_is_honoured(server: ReplayServer, fetcher: Fetcher) -> None:
    server.set_robots("User-agent: bikwatch\nDisallow: /page\n\nUser-agent: *\nAllow: /\n")

    with pytest.raises(RobotsDisallowedError) as raised:
        fetcher.fetch(server.url("/page"))

    assert not raised.value.transient
    assert server.requests_for("/page") == []
    assert fetcher.fetch(server.url("/other")).body == PAGE_V2


def test_robots_is_fetched_once_per_host(server: ReplayServer, fetcher: Fetcher) -> None:
    for path in ("/page", "/other", "/page"):
        fetcher.fetch(server.url(path))

    assert len(server.requests_for("/robots.txt")) == 1


def test_missing_robots_allows_everything(server: ReplayServer, fetcher: Fetcher) -> None:
    server.set_robots(None)

    assert fetcher.fetch(server.url("/page")).body == PAGE_V1


def test_robots_server_error_disallows_the_host_for_the_run(
    server: ReplayServer, fetcher: Fetcher
) -> None:
    server.fail("/robots.txt", 503, times=1)

    for _ in range(2):
        with pytest.raises(RobotsDisallowedError) as raised:
            fetcher.fetch(server.url("/page"))
        assert raised.value.transient

    assert len(server.requests_for("/robots.txt")) == 1
    assert server.requests_for("/page") == []


def test_robots_can_be_ignored_by_setting(server: ReplayServer, sleep: RecordedSleep) -> None:
    server.set_robots("User-agent: *\nDisallow: /\n")

    with make_fetcher(sleep, respect_robots=False) as fetcher:
        assert fetcher.fetch(server.url("/page")).body == PAGE_V1
    assert server.requests_for("/robots.txt") == []


def test_a_body_over_the_size_cap_is_refused(server: ReplayServer, sleep: RecordedSleep) -> None:
    fetcher = make_fetcher(sleep, max_bytes=len(PAGE_V1) - 1)
    with fetcher, pytest.raises(FetchError, match="exceeds the cap") as raised:
        fetcher.fetch(server.url("/page"))
    assert not raised.value.transient


def test_validators_default_to_an_unconditional_request(
    server: ReplayServer, fetcher: Fetcher
) -> None:
    fetcher.fetch(server.url("/page"), Validators())

    sent = server.requests_for("/page")[0].headers
    assert "if-none-match" not in sent and "if-modified-since" not in sent


def test_default_settings_are_polite() -> None:
    settings = FetchSettings()

    assert settings.max_attempts == 4 and settings.per_host_concurrency == 2
    assert settings.max_bytes == 10 * 1024 * 1024 and settings.respect_robots
    assert settings.user_agent.startswith("bikwatch/")


def test_redirect_chains_are_bounded(server: ReplayServer, sleep: RecordedSleep) -> None:
    for hop in range(3):
        server.redirect(f"/hop{hop}", f"/hop{hop + 1}")
    server.redirect("/hop3", "/page")

    with make_fetcher(sleep, max_redirects=4) as fetcher:
        assert fetcher.fetch(server.url("/hop0")).redirects == [
            server.url(f"/hop{hop}") for hop in range(4)
        ]
    strict = make_fetcher(sleep, max_redirects=3)
    with strict, pytest.raises(FetchError, match="too many redirects") as raised:
        strict.fetch(server.url("/hop0"))
    assert not raised.value.transient
