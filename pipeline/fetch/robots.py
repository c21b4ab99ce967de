"""robots.txt, fetched once per host and run, read with the standard library's parser.

Status handling follows RFC 9309: a 4xx (no robots.txt) allows everything; a 5xx or a network
failure means the rules are unknown, so the host is treated as disallowed for this run and the
error is transient (the next run asks again).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from urllib.robotparser import RobotFileParser

import httpx

from pipeline.fetch.hosts import host_key
from schemas.errors import FetchError, RobotsDisallowedError

ROBOTS_MAX_BYTES = 500 * 1024  # RFC 9309 asks parsers to read at least 500 KiB


@dataclass(frozen=True)
class RobotsAnswer:
    status: int
    body: bytes


RobotsFetch = Callable[[httpx.URL], RobotsAnswer]


@dataclass(frozen=True)
class _HostRules:
    parser: RobotFileParser | None  # None: robots.txt unavailable, nothing may be fetched
    reason: str = ""


class RobotsCache:
    """Thread-safe: concurrent fetches of one host wait for a single robots.txt request."""

    def __init__(self, user_agent: str, fetch_robots: RobotsFetch) -> None:
        self._user_agent = user_agent
        self._fetch_robots = fetch_robots
        self._rules: dict[str, _HostRules] = {}
        self._host_locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def check(self, url: httpx.URL) -> None:
        """Raise RobotsDisallowedError unless the host's robots.txt lets us fetch `url`."""
        rules = self._rules_for(url)
        if rules.parser is None:
            # The reason names the cause (DNS, refused, TLS, timeout, HTTP status), not robots.
            raise RobotsDisallowedError(
                f"{rules.reason}; {url} not fetched this run", transient=True
            )
        if not rules.parser.can_fetch(self._user_agent, str(url)):
            raise RobotsDisallowedError(f"robots.txt of {url.host} disallows {url}")

    def forget_unavailable(self) -> None:
        """Ask again, next time, the hosts whose robots.txt could not be read: a later round
        of retries must not fail at once on a cached outage."""
        with self._lock:
            for key in [key for key, rules in self._rules.items() if rules.parser is None]:
                del self._rules[key]

    def _rules_for(self, url: httpx.URL) -> _HostRules:
        key = host_key(url)
        with self._lock:
            host_lock = self._host_locks.setdefault(key, threading.Lock())
        with host_lock:
            if key not in self._rules:
                self._rules[key] = self._load(url.copy_with(path="/robots.txt", query=None))
            return self._rules[key]

    def _load(self, robots_url: httpx.URL) -> _HostRules:
        try:
            answer = self._fetch_robots(robots_url)
        except FetchError as error:
            if error.transient:
                return _HostRules(None, str(error))
            answer = RobotsAnswer(status=error.status or 404, body=b"")
        if answer.status >= 500:
            return _HostRules(
                None, f"{robots_url} answered HTTP {answer.status}: rules unknown (RFC 9309)"
            )
        parser = RobotFileParser()
        # No robots.txt (4xx) parses as an empty file, which allows everything.
        text = answer.body[:ROBOTS_MAX_BYTES] if answer.status < 400 else b""
        parser.parse(text.decode("utf-8", errors="replace").splitlines())
        return _HostRules(parser)
