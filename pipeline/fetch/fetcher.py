"""The fetcher: polite, bounded, conditional GETs of the configured sources.

One attempt walks the redirect chain hop by hop (each hop checked against the allowlist and
robots.txt, each request holding a per-host slot); attempts are retried with backoff only for
failures that may pass (network errors, 408/429/5xx), honouring the server's Retry-After.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from types import TracebackType
from typing import TypeVar

import httpx

from pipeline.fetch.body import (
    BoundedDecoder,
    check_declared_length,
    check_html_type,
    parse_content_type,
    read_capped,
)
from pipeline.fetch.errors import translated_httpx_errors
from pipeline.fetch.exchange import (
    conditional_headers,
    merged_validators,
    redirect_target,
    to_fetched_page,
)
from pipeline.fetch.hosts import GuardedTransport, HostPolicy, request_deadline
from pipeline.fetch.models import FetchedPage, Validators
from pipeline.fetch.retry import is_retryable_status, parse_retry_after, retry_wait
from pipeline.fetch.robots import ROBOTS_MAX_BYTES, RobotsAnswer, RobotsCache
from pipeline.fetch.settings import FetchSettings
from pipeline.fetch.slots import HostSlots
from schemas.errors import (
    ComeBackLaterError,
    FetchError,
    HostNotAllowedError,
    RobotsDisallowedError,
)

ACCEPT = "text/html,application/xhtml+xml;q=0.9"
# Only codings we can inflate under the size cap (see body.py); no br or zstd.
ACCEPT_ENCODING = "gzip, deflate"

Clock = Callable[[], datetime]
Sleep = Callable[[float], None]
Final = TypeVar("Final")


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class _RetryLater:
    error: FetchError
    retry_after: float | None = None


class _ServerAskedToRetry(Exception):
    """A 408/429/5xx answer; internal, turned into a `_RetryLater` by the attempt loop."""

    def __init__(self, error: FetchError, retry_after: float | None) -> None:
        super().__init__(str(error))
        self.error = error
        self.retry_after = retry_after


class Fetcher:
    """Fetches pages of the allowed hosts; thread-safe, meant to be shared by worker threads.

    `transport` replaces the network (tests may pass `httpx.MockTransport`, which skips the
    DNS-answer check); `clock` stamps `fetched_at`; `sleep` performs the waits between attempts.
    """

    def __init__(
        self,
        settings: FetchSettings,
        allowed_hosts: Iterable[str],
        *,
        transport: httpx.BaseTransport | None = None,
        clock: Clock = utc_now,
        sleep: Sleep = time.sleep,
        rng: random.Random | None = None,
    ) -> None:
        self.settings = settings
        self._policy = HostPolicy(allowed_hosts)
        self._clock = clock
        self._sleep = sleep
        self._rng = rng or random.Random()
        self._client = httpx.Client(
            transport=transport or GuardedTransport(self._policy),
            headers={
                "User-Agent": settings.user_agent,
                "Accept": ACCEPT,
                "Accept-Encoding": ACCEPT_ENCODING,
            },
            follow_redirects=False,
            trust_env=False,
        )
        self._slots = HostSlots(settings.per_host_concurrency)
        self._robots = RobotsCache(settings.user_agent, self._fetch_robots)

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def forget_unavailable_robots(self) -> None:
        """Before another round of retries: re-read robots.txt of hosts that were unreachable."""
        self._robots.forget_unavailable()

    def fetch(
        self, url: str, validators: Validators | None = None, *, defer_long_waits: bool = False
    ) -> FetchedPage:
        """GET `url`, conditionally when `validators` are given (a 304 gives `not_modified`).

        Raises HostNotAllowedError, RobotsDisallowedError or FetchError (`transient` when a later
        run may succeed, `status` when the server answered). A Retry-After beyond
        `retry_after_cap` is waited for as the cap, unless `defer_long_waits` (a scheduled run):
        then ComeBackLaterError at once, and the server is not asked again.
        """
        start = _parse_url(url)
        # One deadline for the source, all attempts and waits included.
        source_end = time.monotonic() + self.settings.source_deadline
        attempt = 1
        while True:
            outcome = self._attempt(start, validators or Validators(), attempt, source_end)
            if isinstance(outcome, FetchedPage):
                return outcome
            if defer_long_waits:
                _raise_if_asked_to_wait_long(outcome, self.settings.retry_after_cap)
            wait = retry_wait(self.settings, attempt, outcome.retry_after, self._rng)
            if attempt >= self.settings.max_attempts or time.monotonic() + wait >= source_end:
                raise FetchError(
                    f"{outcome.error} (gave up after {attempt} attempts)",
                    transient=True,
                    status=outcome.error.status,
                )
            self._sleep(wait)
            attempt += 1

    def _attempt(
        self, start: httpx.URL, validators: Validators, attempt: int, source_end: float
    ) -> FetchedPage | _RetryLater:
        deadline = min(time.monotonic() + self.settings.total_deadline, source_end)

        def complete(response: httpx.Response, hops: list[str]) -> FetchedPage:
            return self._complete(start, response, validators, attempt, hops, deadline)

        try:
            return self._walk(start, validators, deadline, complete, check_robots=True)
        except _ServerAskedToRetry as asked:
            return _RetryLater(asked.error, asked.retry_after)
        except RobotsDisallowedError:
            raise  # an unavailable robots.txt is cached for the run: retrying cannot help
        except FetchError as error:
            if not error.transient:
                raise
            return _RetryLater(error)

    def _walk(
        self,
        start: httpx.URL,
        validators: Validators,
        deadline: float,
        complete: Callable[[httpx.Response, list[str]], Final],
        *,
        check_robots: bool,
    ) -> Final:
        """Follow redirects from `start` and hand the last response to `complete`."""
        url, hops = start, list[str]()
        while True:
            self._policy.check_url(url)
            if check_robots and self.settings.respect_robots:
                self._robots.check(url)
            with self._slots.hold(url), _within(deadline, url):
                request = self._request(url, validators, deadline)
                response = self._client.send(request, stream=True)
                try:
                    target = redirect_target(response)
                    if target is None:
                        return complete(response, hops)
                finally:
                    response.close()
            url = self._next_hop(url, target, hops)

    def _request(self, url: httpx.URL, validators: Validators, deadline: float) -> httpx.Request:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchError(f"fetching {url} exceeded its total deadline", transient=True)
        timeout = httpx.Timeout(
            connect=min(self.settings.connect_timeout, remaining),
            read=min(self.settings.read_timeout, remaining),
            write=min(self.settings.read_timeout, remaining),
            pool=remaining,
        )
        return self._client.build_request(
            "GET", url, headers=conditional_headers(validators), timeout=timeout
        )

    def _next_hop(self, url: httpx.URL, target: httpx.URL, hops: list[str]) -> httpx.URL:
        hops.append(str(url))
        if str(target) in hops:
            raise FetchError(f"redirect loop: {url} leads back to {target}")
        if len(hops) > self.settings.max_redirects:
            raise FetchError(
                f"too many redirects from {hops[0]} (more than {self.settings.max_redirects})"
            )
        return target

    def _complete(
        self,
        start: httpx.URL,
        response: httpx.Response,
        validators: Validators,
        attempt: int,
        hops: list[str],
        deadline: float,
    ) -> FetchedPage:
        if response.status_code == 304:
            kept = merged_validators(validators, response)
            return to_fetched_page(start, response, b"", kept, attempt, hops, self._clock())
        _raise_for_status(response, self._clock)
        body = self._read_html_body(response, deadline)
        fresh = merged_validators(Validators(), response)
        return to_fetched_page(start, response, body, fresh, attempt, hops, self._clock())

    def _read_html_body(self, response: httpx.Response, deadline: float) -> bytes:
        url = str(response.url)
        media_type, _ = parse_content_type(response.headers.get("content-type"))
        check_html_type(media_type, url)
        check_declared_length(response.headers.get("content-length"), self.settings.max_bytes, url)
        encoding = response.headers.get("content-encoding")
        decoder = BoundedDecoder(encoding, self.settings.max_bytes, url)
        return read_capped(response.iter_raw(), decoder, deadline, url)

    def _fetch_robots(self, robots_url: httpx.URL) -> RobotsAnswer:
        """One attempt at robots.txt, through the same client, allowlist and host slots."""
        deadline = time.monotonic() + self.settings.total_deadline

        def answer(response: httpx.Response, hops: list[str]) -> RobotsAnswer:
            if not response.is_success:
                return RobotsAnswer(status=response.status_code, body=b"")
            url = str(response.url)
            encoding = response.headers.get("content-encoding")
            decoder = BoundedDecoder(encoding, 2 * ROBOTS_MAX_BYTES, url)
            body = read_capped(response.iter_raw(), decoder, deadline, url)
            return RobotsAnswer(status=response.status_code, body=body)

        return self._walk(robots_url, Validators(), deadline, answer, check_robots=False)


@contextmanager
def _within(deadline: float, url: httpx.URL) -> Iterator[None]:
    """The block's network operations end by `deadline` (connect, headers and body alike); any
    failure once it has passed is told as the deadline it is."""
    try:
        with translated_httpx_errors(url), request_deadline(deadline):
            yield
    except FetchError as error:
        if time.monotonic() < deadline or isinstance(error, HostNotAllowedError):
            raise
        raise FetchError(f"fetching {url} exceeded its total deadline", transient=True) from error


def _raise_if_asked_to_wait_long(outcome: _RetryLater, cap: float) -> None:
    """A Retry-After beyond what we wait in a run: asking again now would only annoy."""
    asked = outcome.retry_after
    if asked is not None and asked > cap:
        raise ComeBackLaterError(
            f"{outcome.error}; it asked to come back in {asked:.0f} s",
            retry_after=asked,
            status=outcome.error.status,
        )


def _parse_url(url: str) -> httpx.URL:
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as error:
        raise FetchError(f"invalid URL {url!r}: {error}") from error
    if not parsed.host:
        raise FetchError(f"invalid URL {url!r}: no host")
    return parsed.copy_with(fragment=None)


def _raise_for_status(response: httpx.Response, clock: Clock) -> None:
    status = response.status_code
    if 200 <= status < 300:
        return
    error = FetchError(
        f"{response.url} answered HTTP {status} {response.reason_phrase}".strip(),
        transient=is_retryable_status(status),
        status=status,
    )
    if error.transient:
        retry_after = parse_retry_after(response.headers.get("retry-after"), clock())
        raise _ServerAskedToRetry(error, retry_after)
    raise error
