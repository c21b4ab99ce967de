"""Reading a response body within limits: size (counted after decompression), time, and type.

httpx decompresses a whole network chunk at once, so a gzip bomb could expand far past any limit
before we get to count it. We therefore read the raw stream and inflate it ourselves, asking zlib
for no more output than the bytes we still accept.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Iterable
from email.message import Message

from schemas.errors import FetchError

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
GZIP_OR_ZLIB_WBITS = 32 + zlib.MAX_WBITS  # zlib detects either header itself
RAW_DEFLATE_WBITS = -zlib.MAX_WBITS


def parse_content_type(value: str | None) -> tuple[str | None, str | None]:
    """(media type, charset) of a Content-Type header; either is None when absent."""
    if not value or not value.strip():
        return None, None
    message = Message()
    message["content-type"] = value
    media_type = message.get_content_type() if "/" in value.split(";", 1)[0] else None
    charset = message.get_param("charset")
    return media_type, charset.strip().lower() if isinstance(charset, str) and charset else None


def check_html_type(media_type: str | None, url: str) -> None:
    """Refuse bodies that are not HTML; a missing type is let through for decoding to judge."""
    if media_type is not None and media_type not in HTML_TYPES:
        raise FetchError(f"refused {url}: content type {media_type} is not an HTML page")


def check_declared_length(content_length: str | None, max_bytes: int, url: str) -> None:
    declared = content_length.strip() if content_length else ""
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(
            f"refused {url}: Content-Length {declared} exceeds the cap of {max_bytes} bytes"
        )


class BoundedDecoder:
    """Undoes one Content-Encoding (identity, gzip or deflate) without ever exceeding a budget."""

    def __init__(self, content_encoding: str | None, max_bytes: int, url: str) -> None:
        coding = (content_encoding or "identity").strip().lower()
        if coding not in ("identity", "gzip", "x-gzip", "deflate"):
            raise FetchError(f"refused {url}: unsupported Content-Encoding {coding!r}")
        self._inflater = None if coding == "identity" else zlib.decompressobj(GZIP_OR_ZLIB_WBITS)
        self._is_deflate = coding == "deflate"
        self._remaining = max_bytes
        self._max_bytes = max_bytes
        self._url = url
        self._started = False

    def decode(self, chunk: bytes) -> bytes:
        if self._inflater is None:
            return self._take(chunk)
        try:
            output = self._inflater.decompress(chunk, self._remaining + 1)
        except zlib.error as error:
            output = self._retry_as_raw_deflate(chunk, error)
        self._started = True
        return self._take(output)

    def finish(self) -> bytes:
        if self._inflater is None:
            return b""
        if not self._inflater.eof:
            raise FetchError(f"compressed body of {self._url} ended early", transient=True)
        return self._take(self._inflater.flush())

    def _retry_as_raw_deflate(self, chunk: bytes, error: zlib.error) -> bytes:
        # "deflate" is often sent without its zlib wrapper; only the first chunk can tell.
        if not (self._is_deflate and not self._started):
            raise FetchError(f"corrupt compressed body of {self._url}: {error}") from error
        self._inflater = zlib.decompressobj(RAW_DEFLATE_WBITS)
        return self._inflater.decompress(chunk, self._remaining + 1)

    def _take(self, data: bytes) -> bytes:
        if len(data) > self._remaining:
            raise FetchError(
                f"refused {self._url}: body exceeds the cap of {self._max_bytes} bytes"
            )
        self._remaining -= len(data)
        return data


def read_capped(
    raw_chunks: Iterable[bytes], decoder: BoundedDecoder, deadline: float, url: str
) -> bytes:
    """Join a body's decoded chunks, stopping at the size cap or the monotonic `deadline`."""
    parts: list[bytes] = []
    for chunk in raw_chunks:
        if time.monotonic() > deadline:
            raise FetchError(f"fetching {url} exceeded its total deadline", transient=True)
        parts.append(decoder.decode(chunk))
    parts.append(decoder.finish())
    return b"".join(parts)
