"""A loopback HTTP server that misbehaves on purpose, for the fetcher's reliability tests.

It speaks raw HTTP/1.1 over sockets (one request per connection) so that it can do what a
well-behaved server library refuses to: stall, drip, reset, lie about Content-Length, send a gzip
bomb. Each path names one fault; `hits` counts requests per path and `max_in_flight` records the
highest number of concurrent requests seen on `/hold`.
"""

from __future__ import annotations

import contextlib
import socket
import socketserver
import struct
import threading
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from types import TracebackType
from urllib.parse import unquote

HTML = b"<!doctype html><html><head><title>t</title></head><body><p>ok</p></body></html>"
LATIN1_HTML = "<html><body><p>Protection des mineurs \u00e0 l'\u00e9cole</p></body></html>".encode(
    "latin-1"
)
MB = 1024 * 1024
BOMB_DECODED_BYTES = 50 * MB
HUGE_BODY_BYTES = 50 * MB
CHUNK = 64 * 1024

Route = Callable[["_FaultHandler"], None]


class FaultServer:
    """Context manager; `url(path)` gives the address of a fault."""

    def __init__(self, *, speaks_tls_badly: bool = False) -> None:
        # True: every connection gets a TLS handshake that never ends, whatever it asks.
        self.speaks_tls_badly = speaks_tls_badly
        self.stopping = threading.Event()
        self.hits: Counter[str] = Counter()
        self.in_flight = 0
        self.max_in_flight = 0
        self.lock = threading.Lock()
        self._server = _FaultTCPServer(("127.0.0.1", 0), self)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def __enter__(self) -> FaultServer:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()


class _FaultTCPServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], owner: FaultServer) -> None:
        super().__init__(address, _FaultHandler)
        self.owner = owner


class _FaultHandler(socketserver.BaseRequestHandler):
    server: _FaultTCPServer
    request: socket.socket

    def handle(self) -> None:
        if self.owner.speaks_tls_badly:
            with contextlib.suppress(OSError):
                _dribble_tls(self)
            return
        self.path = self._read_request_path()
        owner = self.server.owner
        with owner.lock:
            owner.hits[self.path] += 1
        route = ROUTES.get(self.path, _not_found)
        if self.path.startswith("/redirect-to?"):
            route = _redirect_to
        with contextlib.suppress(OSError):  # the client gave up first: what many faults are for
            route(self)

    @property
    def owner(self) -> FaultServer:
        return self.server.owner

    def head(self, status: str, headers: dict[str, str]) -> None:
        lines = [
            f"HTTP/1.1 {status}",
            "Connection: close",
            *(f"{k}: {v}" for k, v in headers.items()),
        ]
        self.request.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))

    def respond(self, status: str, body: bytes, content_type: str, **extra: str) -> None:
        headers = {"Content-Type": content_type, "Content-Length": str(len(body))}
        self.head(status, headers | {k.replace("_", "-"): v for k, v in extra.items()})
        self.request.sendall(body)

    def redirect(self, location: str) -> None:
        self.respond("302 Found", b"", "text/plain", Location=location)

    def wait(self, seconds: float) -> None:
        self.owner.stopping.wait(seconds)

    def _read_request_path(self) -> str:
        data = b""
        while b"\r\n\r\n" not in data and len(data) < 65536:
            chunk = self.request.recv(4096)
            if not chunk:
                break
            data += chunk
        parts = data.split(b"\r\n", 1)[0].split()
        return parts[1].decode("latin-1") if len(parts) > 1 else ""


def _not_found(handler: _FaultHandler) -> None:
    handler.respond("404 Not Found", b"not found", "text/plain")


def _redirect_to(handler: _FaultHandler) -> None:
    """`/redirect-to?URL`: a 302 to URL (percent-encoded)."""
    handler.redirect(unquote(handler.path.partition("?")[2]))


def _chunked(parts: Iterator[bytes]) -> Iterator[bytes]:
    for part in parts:
        yield f"{len(part):x}\r\n".encode() + part + b"\r\n"
    yield b"0\r\n\r\n"


def _zeros(total: int) -> Iterator[bytes]:
    block = b"a" * CHUNK
    for _ in range(total // CHUNK):
        yield block


def _gzip_bomb() -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = bytes(MB)
    parts = [compressor.compress(zeros) for _ in range(BOMB_DECODED_BYTES // MB)]
    return b"".join(parts) + compressor.flush()


_BOMB = _gzip_bomb()


def _stall_headers(handler: _FaultHandler) -> None:
    handler.wait(30)


def _stall_body(handler: _FaultHandler) -> None:
    handler.head("200 OK", {"Content-Type": "text/html", "Content-Length": "1000"})
    handler.request.sendall(HTML[:20])
    handler.wait(30)


def _slow_body(handler: _FaultHandler) -> None:
    handler.head("200 OK", {"Content-Type": "text/html", "Content-Length": "100000"})
    while not handler.owner.stopping.is_set():
        handler.request.sendall(b"<p>drip</p>")
        handler.wait(0.05)


def _dribble_headers(handler: _FaultHandler) -> None:
    """A status line, then one header byte every 0.2 s: each read beats any read timeout."""
    handler.request.sendall(b"HTTP/1.1 200 OK\r\nX-Slow: ")
    while not handler.owner.stopping.is_set():
        handler.request.sendall(b"a")
        handler.wait(0.2)


def _dribble_tls(handler: _FaultHandler) -> None:
    """A TLS record header announcing 16 kB of handshake, then its bytes one by one."""
    handler.request.sendall(b"\x16\x03\x03\x40\x00")
    while not handler.owner.stopping.is_set():
        handler.request.sendall(b"\x00")
        handler.wait(0.2)


def _reset(handler: _FaultHandler) -> None:
    # SO_LINGER with a zero timeout makes close() send RST instead of FIN.
    handler.request.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    handler.request.close()


def _truncated(handler: _FaultHandler) -> None:
    handler.head("200 OK", {"Content-Type": "text/html", "Content-Length": str(len(HTML) * 10)})
    handler.request.sendall(HTML)


def _huge_chunked(handler: _FaultHandler) -> None:
    handler.head("200 OK", {"Content-Type": "text/html", "Transfer-Encoding": "chunked"})
    for piece in _chunked(_zeros(HUGE_BODY_BYTES)):
        handler.request.sendall(piece)


def _huge_declared(handler: _FaultHandler) -> None:
    handler.head("200 OK", {"Content-Type": "text/html", "Content-Length": str(HUGE_BODY_BYTES)})
    for piece in _zeros(HUGE_BODY_BYTES):
        handler.request.sendall(piece)


def _gzip_bomb_route(handler: _FaultHandler) -> None:
    handler.respond("200 OK", _BOMB, "text/html", Content_Encoding="gzip")


def _hold(handler: _FaultHandler) -> None:
    owner = handler.owner
    with owner.lock:
        owner.in_flight += 1
        owner.max_in_flight = max(owner.max_in_flight, owner.in_flight)
    time.sleep(0.15)
    with owner.lock:
        owner.in_flight -= 1
    handler.respond("200 OK", HTML, "text/html; charset=utf-8")


def _other_host(handler: _FaultHandler) -> None:
    handler.redirect(handler.owner.url("/html", host="localhost"))


ROUTES: dict[str, Route] = {
    "/robots.txt": lambda h: h.respond("200 OK", b"User-agent: *\nAllow: /\n", "text/plain"),
    "/html": lambda h: h.respond("200 OK", HTML, "text/html; charset=utf-8"),
    "/hold": _hold,
    "/stall-headers": _stall_headers,
    "/stall-body": _stall_body,
    "/slow-body": _slow_body,
    "/reset": _reset,
    "/dribble-headers": _dribble_headers,
    "/429": lambda h: h.respond(
        "429 Too Many Requests", b"slow down", "text/plain", Retry_After="7"
    ),
    "/429-long": lambda h: h.respond(
        "429 Too Many Requests", b"come back in an hour", "text/plain", Retry_After="3600"
    ),
    "/503": lambda h: h.respond("503 Service Unavailable", b"later", "text/plain", Retry_After="2"),
    "/truncated": _truncated,
    "/gzip-bomb": _gzip_bomb_route,
    "/huge-chunked": _huge_chunked,
    "/huge-declared": _huge_declared,
    "/wrong-charset": lambda h: h.respond("200 OK", LATIN1_HTML, "text/html; charset=utf-8"),
    "/no-charset": lambda h: h.respond("200 OK", LATIN1_HTML, "text/html"),
    "/pdf": lambda h: h.respond("200 OK", b"%PDF-1.7\n", "application/pdf"),
    "/json": lambda h: h.respond("200 OK", b'{"a": 1}', "application/json"),
    "/image": lambda h: h.respond("200 OK", b"\x89PNG\r\n\x1a\n", "image/png"),
    "/loop-a": lambda h: h.redirect("/loop-b"),
    "/loop-b": lambda h: h.redirect("/loop-a"),
    "/to-other-host": _other_host,
    "/to-private": lambda h: h.redirect("http://10.1.2.3/admin"),
    "/to-metadata": lambda h: h.redirect("http://169.254.169.254/latest/meta-data/"),
    "/to-file": lambda h: h.redirect("file:///etc/passwd"),
    "/404": lambda h: h.respond("404 Not Found", b"missing", "text/html"),
    "/410": lambda h: h.respond("410 Gone", b"gone", "text/html"),
}
