"""Between httpx and our models: request headers out, FetchedPage and redirect targets in."""

from __future__ import annotations

from datetime import datetime

import httpx

from pipeline.fetch.body import parse_content_type
from pipeline.fetch.models import FetchedPage, HeaderList, Validators

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


def redirect_target(response: httpx.Response) -> httpx.URL | None:
    location = response.headers.get("location")
    if response.status_code not in REDIRECT_STATUSES or not location:
        return None
    return response.url.join(location).copy_with(fragment=None)


def conditional_headers(validators: Validators) -> dict[str, str]:
    headers = {}
    if validators.etag:
        headers["If-None-Match"] = validators.etag
    if validators.last_modified:
        headers["If-Modified-Since"] = validators.last_modified
    return headers


def merged_validators(previous: Validators, response: httpx.Response) -> Validators:
    """Validators of `response`, falling back to `previous` for any it does not repeat."""
    return Validators(
        etag=response.headers.get("etag") or previous.etag,
        last_modified=response.headers.get("last-modified") or previous.last_modified,
    )


def header_pairs(headers: httpx.Headers) -> HeaderList:
    return [(name.decode("latin-1"), value.decode("latin-1")) for name, value in headers.raw]


def to_fetched_page(
    start: httpx.URL,
    response: httpx.Response,
    body: bytes,
    validators: Validators,
    attempt: int,
    hops: list[str],
    fetched_at: datetime,
) -> FetchedPage:
    media_type, charset = parse_content_type(response.headers.get("content-type"))
    return FetchedPage(
        requested_url=str(start),
        final_url=str(response.url),
        status=response.status_code,
        reason=response.reason_phrase,
        http_version=response.http_version,
        headers=header_pairs(response.headers),
        request_headers=header_pairs(response.request.headers),
        body=body,
        fetched_at=fetched_at,
        content_type=media_type,
        declared_charset=charset,
        validators=validators,
        not_modified=response.status_code == 304,
        attempts=attempt,
        redirects=hops,
    )
