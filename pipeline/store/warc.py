"""One fetch as WARC/1.1 records and back, with warcio; the raw archive's file format."""

from __future__ import annotations

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


def write_warc(page: FetchedPage, fetched_at: datetime, filename: str) -> bytes:
    """A gzipped WARC/1.1 file: warcinfo, then the request, then the response or revisit."""
    buffer = BytesIO()
    writer = WARCWriter(buffer, gzip=True, warc_version="1.1")
    warc_date = fetched_at.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    response = _response_record(writer, page, warc_date)
    response_id = response.rec_headers.get_header("WARC-Record-ID")
    writer.write_record(_warcinfo_record(writer, filename, warc_date))
    writer.write_record(_request_record(writer, page, warc_date, response_id))
    writer.write_record(response)
    return buffer.getvalue()


def read_warc(stream: BinaryIO) -> FetchedPage:
    """The page of one archive file (its response or revisit record); ValueError when none."""
    for record in ArchiveIterator(stream):
        if record.rec_type not in ("response", "revisit") or record.http_headers is None:
            continue
        http = record.http_headers
        url = record.rec_headers.get_header("WARC-Target-URI")
        media_type, charset = parse_content_type(http.get_header("content-type"))
        return FetchedPage(
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
            not_modified=record.rec_type == "revisit",
        )
    raise ValueError("no response record")


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
