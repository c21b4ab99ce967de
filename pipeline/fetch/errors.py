"""httpx exceptions become bikwatch's FetchError here, and only here."""

from __future__ import annotations

import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager

import httpx

from schemas.errors import FetchError

TIMEOUT_PHASES: dict[type[Exception], str] = {
    httpx.ConnectTimeout: "while connecting",
    httpx.ReadTimeout: "waiting for data",
    httpx.WriteTimeout: "while sending the request",
    httpx.PoolTimeout: "waiting for a free connection",
}


def describe(error: BaseException) -> str:
    # Several httpx exceptions (timeouts above all) carry an empty message.
    return str(error) or type(error).__name__


def _causes(error: BaseException) -> Iterator[BaseException]:
    """The error and what it wraps, outermost first. httpx raises from httpcore's error, which
    holds the OS error as its argument (its connection pool drops the `__cause__`)."""
    seen: set[int] = set()
    pending: list[BaseException] = [error]
    while pending:
        current = pending.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        wrapped = [current.__cause__, current.__context__, *current.args[:1]]
        pending += [item for item in wrapped if isinstance(item, BaseException)]


def network_cause(error: BaseException, url: httpx.URL) -> str | None:
    """What really went wrong below HTTP, in words an operator acts on, or None if unknown."""
    where = f"{url.host}:{url.port or (443 if url.scheme == 'https' else 80)}"
    for cause in _causes(error):
        if isinstance(cause, socket.gaierror):
            return f"cannot resolve host {url.host} ({cause.strerror or cause})"
        if isinstance(cause, ConnectionRefusedError):
            return f"connection refused by {where}"
        if isinstance(cause, ssl.SSLCertVerificationError):
            return f"TLS certificate of {url.host} not accepted ({cause.verify_message})"
        if isinstance(cause, ssl.SSLError):
            return f"TLS handshake with {where} failed ({cause.reason or cause})"
    return None


@contextmanager
def translated_httpx_errors(url: httpx.URL | str) -> Iterator[None]:
    """Turn any httpx failure inside the block into a FetchError that knows it is transient."""
    try:
        yield
    except httpx.TimeoutException as error:
        phase = TIMEOUT_PHASES.get(type(error), describe(error))
        raise FetchError(f"timed out fetching {url} ({phase})", transient=True) from error
    except httpx.RemoteProtocolError as error:
        # Includes bodies shorter than their Content-Length and connections closed mid-body.
        raise FetchError(
            f"incomplete response from {url}: {describe(error)}", transient=True
        ) from error
    except httpx.TransportError as error:
        cause = network_cause(error, httpx.URL(url))
        if cause is not None:
            raise FetchError(f"{cause}, fetching {url}", transient=True) from error
        raise FetchError(
            f"network error fetching {url}: {describe(error)}", transient=True
        ) from error
    except (httpx.HTTPError, httpx.InvalidURL) as error:
        raise FetchError(f"cannot fetch {url}: {describe(error)}") from error
