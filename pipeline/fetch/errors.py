"""httpx exceptions become bikwatch's FetchError here, and only here."""

from __future__ import annotations

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
        raise FetchError(
            f"network error fetching {url}: {describe(error)}", transient=True
        ) from error
    except (httpx.HTTPError, httpx.InvalidURL) as error:
        raise FetchError(f"cannot fetch {url}: {describe(error)}") from error
