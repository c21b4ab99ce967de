"""One fetch as WARC/1.1 records and back, with warcio; the raw archive's file format."""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO
from typing import BinaryIO
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.recordbuilder import RecordBuilder
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders
from warcio.timeutils import iso_date_to_datetime
from warcio.warcwriter import WARCWriter

from pipeline.fetch.body import parse_content_type
from pipeline.fetch.models import FetchedPage, Validators
from pipeline.fetch.settings import package_version

NOT_MODIFIED_PROFILE = "http://netpreserve.org/warc/1.1/revisit/server-not-modified"
REQUESTED_URI = "WARC-X-Bikwatch-Requested-URI"
# The body is archived decoded (it is what extraction read), so the headers that describe the
# wire encoding would make WARC readers decode it again; they are kept under the prefix
# `X-Archive-Orig-` that web archives use for such headers.
ENCODING_HEADERS = frozenset({"content-encoding", "transfer-encoding"})
WIRE_HEADERS = ENCODING_HEADERS | {"content-length"}
ORIGINAL_PREFIX = "X-Archive-Orig-"


@dataclass(frozen=True)
class Original:
    """The earlier response a revisit record stands for (WARC "identical-payload-digest")."""

    url: str
    warc_date: str
    digest: str  # WARC-Payload-Digest of the body both share


def payload_digest(body: bytes) -> str:
    """WARC-Payload-Digest as warcio writes it: base32 SHA-1."""
    return "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode("ascii")


def write_warc(
    page: FetchedPage, fetched_at: datetime, filename: str, duplicate_of: Original | None = None
) -> bytes:
    """A gzipped WARC/1.1 file: warcinfo, then the request, then the response or revisit
    (a 304, or a body identical to the `duplicate_of` response: stored once, referred to)."""
    buffer = BytesIO()
    writer = WARCWriter(buffer, gzip=True, warc_version="1.1")
    warc_date = fetched_at.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if duplicate_of is not None and not page.not_modified:
        response = _revisit_record(writer, page, warc_date, duplicate_of)
    else:
        response = _response_record(writer, page, warc_date)
    response_id = response.rec_headers.get_header("WARC-Record-ID")
    writer.write_record(_warcinfo_record(writer, filename, warc_date))
    writer.write_record(_request_record(writer, page, warc_date, response_id))
    writer.write_record(response)
    return buffer.getvalue()


def read_warc(stream: BinaryIO) -> tuple[FetchedPage, Original | None]:
    """The page of one archive file (its response or revisit record), and the earlier response
    whose body it shares when it is an identical-payload revisit (its own body is then empty);
    ValueError when there is none."""
    for record in ArchiveIterator(stream):
        if record.rec_type not in ("response", "revisit") or record.http_headers is None:
            continue
        http = record.http_headers
        duplicate_of = _refers_to(record)
        url = record.rec_headers.get_header("WARC-Target-URI")
        media_type, charset = parse_content_type(http.get_header("content-type"))
        page = FetchedPage(
            requested_url=record.rec_headers.get_header(REQUESTED_URI) or url,
            final_url=url,
            status=int(http.get_statuscode()),
            reason=http.statusline.partition(" ")[2],
            http_version=http.protocol or "HTTP/1.1",
            headers=list(http.headers),
            body=record.content_stream().read(),
            fetched_at=iso_date_to_datetime(
                record.rec_headers.get_header("WARC-Date"), tz_aware=True
            ),
            content_type=media_type,
            declared_charset=charset,
            validators=Validators(
                etag=http.get_header("etag"), last_modified=http.get_header("last-modified")
            ),
            not_modified=record.rec_type == "revisit" and duplicate_of is None,
        )
        return page, duplicate_of
    raise ValueError("no response record")


def _refers_to(record: ArcWarcRecord) -> Original | None:
    """The earlier response an identical-payload revisit stands for; None for any other record
    (a response, or a revisit of the server-not-modified profile)."""
    profile = record.rec_headers.get_header("WARC-Profile")
    if record.rec_type != "revisit" or profile == NOT_MODIFIED_PROFILE:
        return None
    return Original(
        record.rec_headers.get_header("WARC-Refers-To-Target-URI"),
        record.rec_headers.get_header("WARC-Refers-To-Date"),
        record.rec_headers.get_header("WARC-Payload-Digest"),
    )


def _response_record(builder: RecordBuilder, page: FetchedPage, warc_date: str) -> ArcWarcRecord:
    http_headers = StatusAndHeaders(
        f"{page.status} {page.reason}".strip(), _archived_headers(page), protocol=page.http_version
    )
    extra = {"WARC-Date": warc_date, REQUESTED_URI: page.requested_url}
    if page.not_modified:
        record = builder.create_warc_record(
            page.final_url, "revisit", http_headers=http_headers, warc_headers_dict=extra
        )
        record.rec_headers.add_header("WARC-Profile", NOT_MODIFIED_PROFILE)
        return record
    return builder.create_warc_record(
        page.final_url,
        "response",
        payload=BytesIO(page.body),
        length=len(page.body),
        http_headers=http_headers,
        warc_headers_dict=extra,
    )


def _revisit_record(
    builder: RecordBuilder, page: FetchedPage, warc_date: str, original: Original
) -> ArcWarcRecord:
    http_headers = StatusAndHeaders(
        f"{page.status} {page.reason}".strip(), _archived_headers(page), protocol=page.http_version
    )
    extra = {"WARC-Date": warc_date, REQUESTED_URI: page.requested_url}
    return builder.create_revisit_record(
        page.final_url,
        original.digest,
        original.url,
        original.warc_date,
        http_headers=http_headers,
        warc_headers_dict=extra,
    )


def _request_record(
    builder: RecordBuilder, page: FetchedPage, warc_date: str, response_id: str
) -> ArcWarcRecord:
    parts = urlsplit(page.final_url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    http_headers = StatusAndHeaders(
        f"GET {target} {page.http_version}", page.request_headers, is_http_request=True
    )
    return builder.create_warc_record(
        page.final_url,
        "request",
        http_headers=http_headers,
        warc_headers_dict={"WARC-Date": warc_date, "WARC-Concurrent-To": response_id},
    )


def _warcinfo_record(builder: RecordBuilder, filename: str, warc_date: str) -> ArcWarcRecord:
    fields = f"software: bikwatch/{package_version()}\r\nformat: WARC File Format 1.1\r\n"
    payload = fields.encode()
    return builder.create_warc_record(
        "",
        "warcinfo",
        payload=BytesIO(payload),
        length=len(payload),
        warc_content_type="application/warc-fields",
        warc_headers_dict={"WARC-Date": warc_date, "WARC-Filename": filename},
    )


def _archived_headers(page: FetchedPage) -> list[tuple[str, str]]:
    if not any(name.lower() in ENCODING_HEADERS for name, _ in page.headers):
        return list(page.headers)
    headers = [
        (ORIGINAL_PREFIX + name if name.lower() in WIRE_HEADERS else name, value)
        for name, value in page.headers
    ]
    return [*headers, ("Content-Length", str(len(page.body)))]
