"""Where the fetcher may go: the hosts named in the sources, never a private network by accident.

Two checks, because either alone can be bypassed: every URL (the first and each redirect hop) must
name an allowed host, and at connect time every address the DNS answered must be public unless that
address was itself configured (the demo's `127.0.0.1`). The second check happens inside the network
backend, on the very addresses the socket connects to, so a DNS answer cannot change in between.
"""

from __future__ import annotations

import functools
import ipaddress
import socket
import ssl
from collections.abc import Iterable

import httpcore
import httpx

from schemas.errors import HostNotAllowedError

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


class HostPolicy:
    """The allowlist of hosts and of non-public addresses, built once from the sources."""

    def __init__(self, allowed_hosts: Iterable[str]) -> None:
        self.hosts = frozenset(normalise_host(host) for host in allowed_hosts if host.strip())
        self.configured_addresses = frozenset(
            address for address in map(parse_address, self.hosts) if address is not None
        )

    def check_url(self, url: httpx.URL) -> None:
        """Refuse a URL whose scheme is not HTTP(S) or whose host is not in the allowlist."""
        if url.scheme not in FETCHABLE_SCHEMES:
            raise HostNotAllowedError(f"refused {url}: scheme {url.scheme!r} is not http(s)")
        if normalise_host(url.host) not in self.hosts:
            raise HostNotAllowedError(
                f"refused {url}: host {url.host!r} is not a configured source"
            )

    def is_address_allowed(self, address: IPAddress) -> bool:
        """Public addresses are fine; private, loopback and the like only when configured."""
        return address.is_global or address in self.configured_addresses


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
                return super().connect_tcp(
                    str(address), port, timeout, local_address, socket_options
                )
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
        allowed = [address for address in resolved if self._policy.is_address_allowed(address)]
        if not allowed:
            shown = ", ".join(map(str, resolved))
            raise HostNotAllowedError(
                f"refused {host}: it resolves to non-public address {shown}, not configured"
            )
        return allowed


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
