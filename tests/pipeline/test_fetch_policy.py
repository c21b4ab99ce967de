"""The fetcher's small rules, table-driven: retry timing, content types, decoding, host checks."""

from __future__ import annotations

import gzip
import random
import zlib
from datetime import UTC, datetime

import httpx
import pytest

from pipeline.fetch.body import BoundedDecoder, parse_content_type
from pipeline.fetch.hosts import HostPolicy, parse_address
from pipeline.fetch.retry import backoff_delay, is_retryable_status, parse_retry_after
from schemas.errors import FetchError, HostNotAllowedError
from tests.support.fetching import fast_settings

NOW = datetime(2026, 3, 1, 12, 0, 0, tzinfo=UTC)
TEXT = b"<p>" + b"bonjour " * 200 + b"</p>"


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("120", 120.0),
        (" 7 ", 7.0),
        ("Sun, 01 Mar 2026 12:00:30 GMT", 30.0),
        ("Sun, 01 Mar 2026 11:00:00 GMT", 0.0),
        ("soon", None),
        ("-5", None),
        ("", None),
        (None, None),
    ],
)
def test_retry_after_is_read_as_seconds_or_http_date(
    header: str | None, seconds: float | None
) -> None:
    assert parse_retry_after(header, NOW) == seconds


@pytest.mark.parametrize(
    ("status", "retryable"),
    [(408, True), (429, True), (500, True), (502, True), (503, True), (504, True),
     (501, False), (505, False), (400, False), (403, False), (404, False), (410, False)],
)  # fmt: skip
def test_only_statuses_that_may_pass_are_retried(status: int, retryable: bool) -> None:
    assert is_retryable_status(status) is retryable


def test_backoff_grows_exponentially_with_jitter_up_to_the_cap() -> None:
    settings = fast_settings(backoff_base=1.0, backoff_cap=8.0)
    rng = random.Random(3)

    for failed, step in [(1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (5, 8.0), (9, 8.0)]:
        delays = {backoff_delay(settings, failed, rng) for _ in range(20)}
        assert all(step / 2 <= delay <= step for delay in delays)
        assert len(delays) > 1  # jittered, so parallel sources do not retry in lockstep


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("text/html; charset=UTF-8", ("text/html", "utf-8")),
        ('text/html;charset="ISO-8859-1"', ("text/html", "iso-8859-1")),
        ("TEXT/HTML", ("text/html", None)),
        ("application/xhtml+xml; charset=windows-1252", ("application/xhtml+xml", "windows-1252")),
        ("text/html; charset=", ("text/html", None)),
        ("nonsense", (None, None)),
        ("", (None, None)),
        (None, (None, None)),
    ],
)
def test_content_type_gives_media_type_and_declared_charset(
    header: str | None, expected: tuple[str | None, str | None]
) -> None:
    assert parse_content_type(header) == expected


def raw_deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


@pytest.mark.parametrize(
    ("encoding", "encoded"),
    [
        (None, TEXT),
        ("identity", TEXT),
        ("gzip", gzip.compress(TEXT)),
        ("x-gzip", gzip.compress(TEXT)),
        ("deflate", zlib.compress(TEXT)),
        ("deflate", raw_deflate(TEXT)),
    ],
)
def test_decoder_undoes_each_supported_content_encoding_in_small_chunks(
    encoding: str | None, encoded: bytes
) -> None:
    decoder = BoundedDecoder(encoding, len(TEXT), "http://x/")

    chunks = [encoded[i : i + 7] for i in range(0, len(encoded), 7)]
    decoded = b"".join(decoder.decode(chunk) for chunk in chunks) + decoder.finish()

    assert decoded == TEXT


@pytest.mark.parametrize("encoding", ["identity", "gzip"])
def test_decoder_refuses_one_byte_past_the_cap(encoding: str) -> None:
    encoded = gzip.compress(TEXT) if encoding == "gzip" else TEXT
    decoder = BoundedDecoder(encoding, len(TEXT) - 1, "http://x/")

    with pytest.raises(FetchError, match="exceeds the cap") as raised:
        decoder.decode(encoded)
        decoder.finish()
    assert not raised.value.transient


def test_decoder_reports_a_truncated_compressed_body_as_transient() -> None:
    decoder = BoundedDecoder("gzip", len(TEXT), "http://x/")
    decoder.decode(gzip.compress(TEXT)[:30])

    with pytest.raises(FetchError, match="ended early") as raised:
        decoder.finish()
    assert raised.value.transient


@pytest.mark.parametrize("encoding", ["br", "zstd", "gzip, br"])
def test_decoder_refuses_encodings_it_cannot_bound(encoding: str) -> None:
    with pytest.raises(FetchError, match="unsupported Content-Encoding"):
        BoundedDecoder(encoding, 100, "http://x/")


@pytest.mark.parametrize(
    "url",
    [
        "https://ec.europa.eu/page",
        "http://BETTER-INTERNET-FOR-KIDS.europa.eu./x",
        "http://127.0.0.1:8080/",
    ],
)
def test_urls_on_configured_hosts_pass(url: str) -> None:
    policy = HostPolicy({"ec.europa.eu", "better-internet-for-kids.europa.eu", "127.0.0.1"})

    policy.check_url(httpx.URL(url))


@pytest.mark.parametrize(
    "url",
    ["https://evil.example/", "https://ec.europa.eu.evil.example/", "ftp://ec.europa.eu/x",
     "http://10.0.0.7/", "http://[::1]/", "http://localhost/"],
)  # fmt: skip
def test_urls_elsewhere_are_refused(url: str) -> None:
    policy = HostPolicy({"ec.europa.eu", "127.0.0.1"})

    with pytest.raises(HostNotAllowedError, match="refused"):
        policy.check_url(httpx.URL(url))


@pytest.mark.parametrize(
    ("address", "allowed"),
    [("147.67.34.30", True), ("10.1.2.3", False), ("192.168.0.1", False),
     ("169.254.169.254", False), ("100.64.0.1", False), ("::1", False), ("fd00::1", False),
     ("127.0.0.1", True),
     ("::ffff:127.0.0.1", True), ("127.0.0.2", False)],
)  # fmt: skip
def test_non_public_addresses_pass_only_when_configured_literally(
    address: str, allowed: bool
) -> None:
    policy = HostPolicy({"ec.europa.eu", "127.0.0.1"})
    parsed = parse_address(address)

    assert parsed is not None and policy.is_address_allowed(parsed) is allowed
