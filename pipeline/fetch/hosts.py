"""Where the fetcher may go: the hosts named in the sources, never a private network by accident.

Two checks, because either alone can be bypassed: every URL (the first and each redirect hop) must
be of an allowed origin (scheme, host and port, as the sources name them; no user info), and at
connect time every address the DNS answered must be public unless that address and port were
themselves configured (the demo's `127.0.0.1:PORT`). The second check happens inside the network
backend, on the very addresses the socket connects to, so a DNS answer cannot change in between.

The backend also holds each request to its deadline (`request_deadline`): every read, write and
TLS handshake gets at most the time left, so a server that dribbles its headers, its body or its
handshake one byte at a time cannot keep a request past it.
"""

from __future__ import annotations

import contextlib
import functools
import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Iterable, Iterator
from contextvars import ContextVar

import httpcore
import httpx

from schemas.errors import HostNotAllowedError

DEADLINE_EXCEEDED = "the request's total deadline passed"
# The monotonic time by which the current request (in this thread) must be done, if any.
_deadline: ContextVar[float | None] = ContextVar("bikwatch_request_deadline", default=None)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
FETCHABLE_SCHEMES = frozenset({"http", "https"})


def normalise_host(host: str) -> str:
    return host.strip().lower().rstrip(".")


def parse_address(host: str) -> IPAddress | None:
    """The IP address a host literal stands for, or None for a name."""
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def host_key(url: httpx.URL) -> str:
    """One key per origin server, for robots.txt and concurrency bookkeeping."""
    return f"{url.scheme}://{normalise_host(url.host)}:{url.port or _default_port(url.scheme)}"


def _default_port(scheme: str) -> int:
    return 443 if scheme == "https" else 80


Origin = tuple[str | None, str, int | None]  # scheme, host, port; None: any (a bare host)


def parse_origin(allowed: str) -> Origin:
    """`scheme://host[:port]` as an origin; a bare host name allows that host on any origin
    (what tools and tests that know only a host pass)."""
    if "://" not in allowed:
        return None, normalise_host(allowed), None
    url = httpx.URL(allowed)
    return url.scheme, normalise_host(url.host), url.port or _default_port(url.scheme)


class HostPolicy:
    """The allowlist of origins and of non-public addresses, built once from the sources."""

    def __init__(self, allowed: Iterable[str]) -> None:
        self.origins = frozenset(parse_origin(entry) for entry in allowed if entry.strip())
        self.hosts = frozenset(host for _, host, _ in self.origins)
        self.configured_addresses = frozenset(
            (address, port)
            for _, host, port in self.origins
            if (address := parse_address(host)) is not None
        )

    def check_url(self, url: httpx.URL) -> None:
        """Refuse a URL that is not HTTP(S), carries user info, or is of no allowed origin."""
        if url.scheme not in FETCHABLE_SCHEMES:
            raise HostNotAllowedError(f"refused {url}: scheme {url.scheme!r} is not http(s)")
        if url.userinfo:
            raise HostNotAllowedError(f"refused {url}: a URL with user info is never fetched")
        host = normalise_host(url.host)
        if host not in self.hosts:
            raise HostNotAllowedError(
                f"refused {url}: host {url.host!r} is not a configured source"
            )
        port = url.port or _default_port(url.scheme)
        if not any(self._admits(origin, url.scheme, host, port) for origin in self.origins):
            raise HostNotAllowedError(
                f"refused {url}: origin {url.scheme}://{url.host}:{port} is not a configured source"
            )

    @staticmethod
    def _admits(origin: Origin, scheme: str, host: str, port: int) -> bool:
        allowed_scheme, allowed_host, allowed_port = origin
        return (
            allowed_host == host
            and allowed_scheme in (None, scheme)
            and allowed_port in (None, port)
        )

    def is_address_allowed(self, address: IPAddress, port: int | None = None) -> bool:
        """Public addresses are fine; private, loopback and the like only where configured."""
        if address.is_global:
            return True
        return (address, None) in self.configured_addresses or (
            (address, port) in self.configured_addresses
        )


class GuardedNetworkBackend(httpcore.SyncBackend):
    """httpcore's socket backend, resolving names itself and connecting to allowed addresses."""

    def __init__(self, policy: HostPolicy) -> None:
        self._policy = policy

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = self._vetted_addresses(host, port)
        last_error: Exception | None = None
        for address in addresses:
            try:
                stream = super().connect_tcp(
                    str(address),
                    port,
                    _time_left(timeout, httpcore.ConnectTimeout),
                    local_address,
                    socket_options,
                )
                return DeadlineStream(stream)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as error:
                last_error = error
        # The last address's own error: it carries the OS error that names the cause.
        assert last_error is not None  # `_vetted_addresses` never answers an empty list
        raise last_error

    def _vetted_addresses(self, host: str, port: int) -> list[IPAddress]:
        try:
            answers = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as error:
            raise httpcore.ConnectError(error) from error  # `errors.network_cause` reads it
        resolved = list(dict.fromkeys(_address_of(str(answer[4][0])) for answer in answers))
        allowed = [a for a in resolved if self._policy.is_address_allowed(a, port)]
        if not allowed:
            shown = ", ".join(map(str, resolved))
            raise HostNotAllowedError(
                f"refused {host}:{port}: it resolves to non-public address {shown}, "
                "not configured on that port"
            )
        return allowed


@contextlib.contextmanager
def request_deadline(deadline: float) -> Iterator[None]:
    """Hold every network operation of this thread inside the block to the monotonic `deadline`."""
    token = _deadline.set(deadline)
    try:
        yield
    finally:
        _deadline.reset(token)


def _time_left(timeout: float | None, timed_out: type[Exception]) -> float | None:
    """`timeout` shortened to what is left before the deadline; `timed_out` when none is."""
    deadline = _deadline.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise timed_out(DEADLINE_EXCEEDED)
    return left if timeout is None else min(timeout, left)


class DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose every operation ends by the request's deadline."""

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _time_left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _time_left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        left = _time_left(timeout, httpcore.ConnectTimeout)
        # A handshake dribbled byte by byte beats any per-read timeout: shut the socket at the
        # deadline instead, which ends the handshake at once.
        raw: socket.socket = self._stream.get_extra_info("socket")
        watchdog = threading.Timer(left or 0.0, _shut, (raw,)) if left is not None else None
        if watchdog is not None:
            watchdog.daemon = True
            watchdog.start()
        try:
            return DeadlineStream(self._stream.start_tls(ssl_context, server_hostname, left))
        finally:
            if watchdog is not None:
                watchdog.cancel()

    def get_extra_info(self, info: str) -> object:
        return self._stream.get_extra_info(info)


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


def _address_of(text: str) -> IPAddress:
    address = parse_address(text.split("%", 1)[0])  # drop an IPv6 zone id
    if address is None:  # getaddrinfo only ever answers numeric addresses
        raise httpcore.ConnectError(f"unexpected address {text!r} from the resolver")
    return address


class GuardedTransport(httpx.HTTPTransport):
    """httpx's default transport, with the address check of `GuardedNetworkBackend`.

    Proxies from the environment are ignored on purpose: through a proxy the check would vet the
    proxy's address instead of the source's.
    """

    def __init__(self, policy: HostPolicy, limits: httpx.Limits | None = None) -> None:
        limits = limits or httpx.Limits()
        ssl_context = _default_ssl_context()
        super().__init__(verify=ssl_context, trust_env=False, limits=limits)
        # httpx offers no hook for httpcore's `network_backend`, so the pool it just built is
        # replaced by an equivalent one that has it.
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl_context,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=GuardedNetworkBackend(policy),
        )


@functools.cache
def _default_ssl_context() -> ssl.SSLContext:
    # Loading the CA bundle takes tens of milliseconds; one verifying context serves all clients.
    return httpx.create_ssl_context(trust_env=False)
