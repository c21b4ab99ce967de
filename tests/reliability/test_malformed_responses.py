"""Responses that break HTTP itself: each fails its source with a reason, never the run.

A raw socket server on loopback answers each path with fixed bytes (no HTTP library would send
them). The fault server covers the faults of well-formed HTTP; these are the broken ones.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

from tests.reliability.runs import WatchedSource, context_for, outcome_of, run_day, run_once

HTML_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
ANSWERS = {
    "/bad-location": b"HTTP/1.1 302 Found\r\nLocation: http://[::1\r\nContent-Length: 0\r\n\r\n",
    "/huge-header": b"HTTP/1.1 200 OK\r\nX-Big: " + b"a" * 200_000 + b"\r\n\r\nok",
    "/not-http": b"\x00\x01\x02 not http at all\r\n\r\n",
    "/bad-status": b"HTTP/1.1 99999 Weird\r\nContent-Length: 0\r\n\r\n",
    "/negative-length": HTML_HEAD + b"Content-Length: -5\r\n\r\n<p>x</p>",
    "/two-lengths": HTML_HEAD + b"Content-Length: 3\r\nContent-Length: 9\r\n\r\n<p>x</p>",
    "/bad-chunk": HTML_HEAD + b"Transfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n",
    "/not-gzip": HTML_HEAD + b"Content-Encoding: gzip\r\nContent-Length: 10\r\n\r\nnotgzip!!!",
    "/brotli": HTML_HEAD + b"Content-Encoding: br\r\nContent-Length: 2\r\n\r\n\x0b\x01",
    "/redirect-without-location": b"HTTP/1.1 301 Moved\r\nContent-Length: 0\r\n\r\n",
    "/empty-body": HTML_HEAD + b"Content-Length: 0\r\n\r\n",
    "/closed-at-once": b"",
}
NOT_FOUND = b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"


class RawServer:
    """Answers each request with the fixed bytes of its path, then closes the connection."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self.listener.accept()
            except OSError:  # closed: the test module is done
                return
            with connection:
                request = connection.recv(65536)
                path = request.split(b" ")[1].decode("latin-1") if b" " in request else ""
                connection.sendall(ANSWERS.get(path, NOT_FOUND))


@pytest.fixture(scope="module")
def raw() -> Iterator[RawServer]:
    server = RawServer()
    yield server
    server.listener.close()


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/bad-location", "Invalid URL in location header"),
        ("/huge-header", "incomplete response"),
        ("/not-http", "illegal status line"),
        ("/bad-status", "illegal status line"),
        ("/negative-length", "bad Content-Length"),
        ("/two-lengths", "conflicting Content-Length"),
        ("/bad-chunk", "illegal chunk header"),
        ("/not-gzip", "corrupt compressed body"),
        ("/brotli", "unsupported Content-Encoding 'br'"),
        ("/redirect-without-location", "HTTP 301"),
        ("/empty-body", "page is empty"),
        ("/closed-at-once", "incomplete response"),
    ],
)
def test_a_malformed_response_fails_its_source_with_a_reason(
    tmp_path: Path, raw: RawServer, nlp: Language, path: str, reason: str
) -> None:
    ctx = context_for(tmp_path, [WatchedSource("watched", raw.url(path))])

    report = run_once(ctx, nlp, at=run_day(0))

    watched = outcome_of(report, "watched")
    assert watched.outcome == "failed" and reason in (watched.error or ""), watched.error
    assert ctx.snapshots.paths("watched") == []
