"""A real HTTP server on loopback that replays saved pages: the demo's "web" and the tests' too.

It serves a mapping `path -> (body, content type)` that can be swapped while running (v1, then
v2), answers conditional requests with 304 like a well-behaved origin, serves `/robots.txt`, and
can be told to fail or redirect a path. It records every request it sees so tests can check what
the fetcher sent.
"""

from __future__ import annotations

import hashlib
import sys
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from email.utils import formatdate, parsedate_to_datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from urllib.parse import urlsplit

SHUTDOWN_POLL_SECONDS = 0.05  # how soon stop() returns; the stdlib default is half a second
ALLOW_ALL_ROBOTS = "User-agent: *\nAllow: /\n"
HTML_UTF8 = "text/html; charset=utf-8"
PageMap = Mapping[str, tuple[bytes, str]]


@dataclass(frozen=True)
class SeenRequest:
    method: str
    path: str
    headers: dict[str, str]  # names in lower case


@dataclass(frozen=True)
class _Page:
    body: bytes
    content_type: str
    etag: str
    last_modified: int  # whole seconds since the epoch, as HTTP dates carry no more


@dataclass
class _Override:
    status: int
    remaining: int | None  # None: for ever
    location: str | None = None
    retry_after: str | None = None


class _State:
    """Everything the handler threads share, behind one lock."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self.lock = threading.Lock()
        self.clock = clock
        self.pages: dict[str, _Page] = {}
        self.robots_txt: str | None = ALLOW_ALL_ROBOTS
        self.overrides: dict[str, _Override] = {}
        self.seen: list[SeenRequest] = []

    def store(self, path: str, body: bytes, content_type: str) -> None:
        etag = '"' + hashlib.sha256(body).hexdigest()[:20] + '"'
        previous = self.pages.get(path)
        modified = int(self.clock())
        if previous is not None and previous.etag != etag:
            # A new version must look newer even when swapped within the same second.
            modified = max(modified, previous.last_modified + 1)
        elif previous is not None:
            modified = previous.last_modified
        self.pages[path] = _Page(body, content_type, etag, modified)

    def take_override(self, path: str) -> _Override | None:
        override = self.overrides.get(path)
        if override is None:
            return None
        if override.remaining is not None:
            override.remaining -= 1
            if override.remaining <= 0:
                del self.overrides[path]
        return override


class ReplayServer:
    """Context manager running the server in a background thread; `port=0` picks a free port."""

    def __init__(
        self,
        pages: PageMap | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._state = _State(clock)
        self.set_pages(pages or {})
        self._httpd = _ReplayHTTPServer((host, port), self._state)
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def host(self) -> str:
        return str(self._httpd.server_address[0])

    def url(self, path: str) -> str:
        return self.base_url + path

    def start(self) -> ReplayServer:
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": SHUTDOWN_POLL_SECONDS},
            name="replay-server",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join()
            self._thread = None
        self._httpd.server_close()

    def __enter__(self) -> ReplayServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def set_pages(self, pages: PageMap) -> None:
        """Serve exactly `pages` from now on (paths absent from it answer 404)."""
        with self._state.lock:
            kept = {path: self._state.pages[path] for path in pages if path in self._state.pages}
            self._state.pages = kept
            for path, (body, content_type) in pages.items():
                self._state.store(path, body, content_type)

    def set_page(self, path: str, body: bytes, content_type: str = HTML_UTF8) -> None:
        with self._state.lock:
            self._state.store(path, body, content_type)

    def set_robots(self, text: str | None) -> None:
        """The robots.txt to serve; None answers 404 (no robots.txt at all)."""
        with self._state.lock:
            self._state.robots_txt = text

    def fail(
        self, path: str, status: int, *, times: int | None = 1, retry_after: str | None = None
    ) -> None:
        """Answer `path` with `status` the next `times` requests (None: until cleared)."""
        with self._state.lock:
            self._state.overrides[path] = _Override(status, times, retry_after=retry_after)

    def redirect(self, path: str, location: str, *, status: int = 302) -> None:
        """Redirect `path` to `location` (absolute URL or path) until cleared."""
        with self._state.lock:
            self._state.overrides[path] = _Override(status, None, location=location)

    def clear_overrides(self) -> None:
        with self._state.lock:
            self._state.overrides.clear()

    @property
    def requests(self) -> list[SeenRequest]:
        with self._state.lock:
            return list(self._state.seen)

    def requests_for(self, path: str) -> list[SeenRequest]:
        return [request for request in self.requests if request.path == path]


class _ReplayHTTPServer(ThreadingHTTPServer):
    daemon_threads = True  # idle keep-alive connections must not hold up shutdown

    def __init__(self, address: tuple[str, int], state: _State) -> None:
        super().__init__(address, _ReplayHandler)
        self.state = state

    def handle_error(self, request: object, client_address: object) -> None:
        # A client that drops its keep-alive connection is no error of the server's: the
        # default handler printed a traceback for it.
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)  # type: ignore[arg-type]


class _ReplayHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as the fetcher's connection pool expects
    server: _ReplayHTTPServer
    timeout = 10  # seconds an idle keep-alive connection is kept
    # Headers and body go out in two writes; with Nagle on, the body waits for a delayed ACK.
    disable_nagle_algorithm = True

    def do_GET(self) -> None:
        self._answer(include_body=True)

    def do_HEAD(self) -> None:
        self._answer(include_body=False)

    def log_message(self, format: str, *args: object) -> None:
        """Silence the per-request log lines on stderr."""

    def _answer(self, *, include_body: bool) -> None:
        state = self.server.state
        path = urlsplit(self.path).path
        with state.lock:
            state.seen.append(SeenRequest(self.command, path, _lower_headers(self.headers.items())))
            override = state.take_override(path)
            page = state.pages.get(path)
            robots = state.robots_txt
        if override is not None:
            self._send_override(override, include_body)
        elif path == "/robots.txt" and robots is not None:
            self._send(200, robots.encode(), "text/plain; charset=utf-8", {}, include_body)
        elif page is None:
            self._send_status(404, include_body)
        elif self._is_not_modified(page):
            self._send(304, b"", None, _validator_headers(page), include_body=False)
        else:
            self._send(200, page.body, page.content_type, _validator_headers(page), include_body)

    def _is_not_modified(self, page: _Page) -> bool:
        if_none_match = self.headers.get("If-None-Match")
        if if_none_match is not None:  # RFC 9110: it takes precedence over If-Modified-Since
            tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
            return page.etag in tags or "*" in tags
        if_modified_since = self.headers.get("If-Modified-Since")
        if if_modified_since is None:
            return False
        try:
            since = parsedate_to_datetime(if_modified_since).timestamp()
        except (TypeError, ValueError):
            return False
        return page.last_modified <= since

    def _send_override(self, override: _Override, include_body: bool) -> None:
        headers = {}
        if override.location is not None:
            headers["Location"] = override.location
        if override.retry_after is not None:
            headers["Retry-After"] = override.retry_after
        body = HTTPStatus(override.status).phrase.encode()
        self._send(override.status, body, "text/plain; charset=utf-8", headers, include_body)

    def _send_status(self, status: int, include_body: bool) -> None:
        body = HTTPStatus(status).phrase.encode()
        self._send(status, body, "text/plain; charset=utf-8", {}, include_body)

    def _send(
        self,
        status: int,
        body: bytes,
        content_type: str | None,
        headers: Mapping[str, str],
        include_body: bool,
    ) -> None:
        self.send_response(status)
        if content_type is not None:
            self.send_header("Content-Type", content_type)
        for name, value in headers.items():
            self.send_header(name, value)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if include_body and status != 304:
            self.wfile.write(body)


def _validator_headers(page: _Page) -> dict[str, str]:
    return {"ETag": page.etag, "Last-Modified": formatdate(page.last_modified, usegmt=True)}


def _lower_headers(items: Iterable[tuple[str, str]]) -> dict[str, str]:
    return {name.lower(): value for name, value in items}
