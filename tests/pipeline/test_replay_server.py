"""The loopback replay server behaves like a well-mannered origin, and can misbehave on request."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from pipeline.demo import SAMPLE_PAGES, find_demo_pages
from pipeline.replay_server import ALLOW_ALL_ROBOTS, ReplayServer

V1 = b"<html><body>v1</body></html>"
V2 = b"<html><body>v2</body></html>"
HTML = "text/html; charset=utf-8"
FROZEN_EPOCH = 1_767_225_600.0  # the clock never moves: swaps must still look newer


@pytest.fixture
def server() -> Iterator[ReplayServer]:
    with ReplayServer({"/page": (V1, HTML)}, clock=lambda: FROZEN_EPOCH) as running:
        yield running


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with httpx.Client(trust_env=False) as made:
        yield made


def test_serves_pages_with_validators(server: ReplayServer, client: httpx.Client) -> None:
    response = client.get(server.url("/page"))

    assert response.status_code == 200 and response.content == V1
    assert response.headers["content-type"] == HTML
    assert response.headers["etag"].startswith('"')
    assert response.headers["last-modified"].endswith("GMT")


def test_answers_304_to_a_matching_if_none_match(
    server: ReplayServer, client: httpx.Client
) -> None:
    etag = client.get(server.url("/page")).headers["etag"]

    response = client.get(server.url("/page"), headers={"If-None-Match": etag})

    assert response.status_code == 304 and response.content == b""
    assert response.headers["etag"] == etag


def test_answers_304_to_if_modified_since_only_when_unchanged(
    server: ReplayServer, client: httpx.Client
) -> None:
    last_modified = client.get(server.url("/page")).headers["last-modified"]
    unchanged = client.get(server.url("/page"), headers={"If-Modified-Since": last_modified})

    server.set_page("/page", V2)
    changed = client.get(server.url("/page"), headers={"If-Modified-Since": last_modified})

    assert unchanged.status_code == 304
    assert changed.status_code == 200 and changed.content == V2
    assert changed.headers["last-modified"] != last_modified


def test_swapping_the_page_map_serves_the_new_version(
    server: ReplayServer, client: httpx.Client
) -> None:
    first = client.get(server.url("/page"))
    server.set_pages({"/page": (V2, HTML), "/new": (V1, HTML)})

    second = client.get(server.url("/page"), headers={"If-None-Match": first.headers["etag"]})

    assert second.status_code == 200 and second.content == V2
    assert client.get(server.url("/new")).content == V1


def test_unchanged_pages_keep_their_validators_across_swaps(
    server: ReplayServer, client: httpx.Client
) -> None:
    before = client.get(server.url("/page")).headers
    server.set_pages({"/page": (V1, HTML)})
    after = client.get(server.url("/page")).headers

    assert (after["etag"], after["last-modified"]) == (before["etag"], before["last-modified"])


def test_unknown_and_removed_paths_answer_404(server: ReplayServer, client: httpx.Client) -> None:
    assert client.get(server.url("/nowhere")).status_code == 404
    server.set_pages({})
    assert client.get(server.url("/page")).status_code == 404


def test_serves_robots_txt_or_404(server: ReplayServer, client: httpx.Client) -> None:
    assert client.get(server.url("/robots.txt")).text == ALLOW_ALL_ROBOTS
    server.set_robots(None)
    assert client.get(server.url("/robots.txt")).status_code == 404


def test_fails_a_path_the_given_number_of_times(server: ReplayServer, client: httpx.Client) -> None:
    server.fail("/page", 503, times=2, retry_after="5")

    statuses = [client.get(server.url("/page")) for _ in range(3)]

    assert [r.status_code for r in statuses] == [503, 503, 200]
    assert statuses[0].headers["retry-after"] == "5"


def test_redirects_a_path_until_cleared(server: ReplayServer, client: httpx.Client) -> None:
    server.redirect("/old", "/page", status=301)

    moved = client.get(server.url("/old"))
    server.clear_overrides()

    assert moved.status_code == 301 and moved.headers["location"] == "/page"
    assert client.get(server.url("/old")).status_code == 404


def test_records_requests_with_their_headers(server: ReplayServer, client: httpx.Client) -> None:
    client.get(server.url("/page?x=1"), headers={"User-Agent": "probe/1"})
    client.head(server.url("/page"))

    seen = server.requests
    assert [(r.method, r.path) for r in seen] == [("GET", "/page"), ("HEAD", "/page")]
    assert seen[0].headers["user-agent"] == "probe/1"
    assert server.requests_for("/page") == seen


def test_head_sends_headers_without_a_body(server: ReplayServer, client: httpx.Client) -> None:
    response = client.head(server.url("/page"))

    assert response.status_code == 200 and response.content == b""
    assert response.headers["content-length"] == str(len(V1))


def test_binds_an_ephemeral_loopback_port() -> None:
    with ReplayServer() as first, ReplayServer() as second:
        assert first.host == "127.0.0.1"
        assert first.base_url != second.base_url


def test_the_demo_pages_are_the_corpus_version_pairs_and_ship_in_the_package() -> None:
    corpus = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
    pages = find_demo_pages()

    assert SAMPLE_PAGES.is_relative_to(Path(__file__).resolve().parents[2] / "pipeline")
    assert len(pages) == 6  # the six original pairs; the corpus has grown since
    for page in pages:
        for shipped in (page.before, page.after):
            assert shipped.read_bytes() == (corpus / page.site / shipped.name).read_bytes()
