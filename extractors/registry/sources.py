"""The watch list the registry implies: one source per BIK or Commission page of its entries.

The URLs live in the registry only; `sources.toml` is generated from it (`bikwatch registry
sources --update sources.toml`), so a page is typed once. Pure functions: registry in, sources
and TOML text out; writing the file is the command's job.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterator
from urllib.parse import parse_qsl, urlsplit

from extractors.registry.loader import Registry, load_initiatives
from extractors.sites import site_for_url
from schemas.config import Source
from schemas.errors import RegistryError
from schemas.registry import Initiative, WatchedPage

# Child online safety proper; the default watch list adds the neighbouring fields too.
CHILD_SAFETY_AREAS = frozenset({"child-safety", "child-sexual-abuse"})
SITE_LABELS = {"bik": "BIK", "commission": "Commission"}
# Path segments that name a site's sections, not the page: dropped from derived source ids.
_NOISE_SEGMENTS = {
    *("en", "web", "portal", "detail", "content", "policy", "policies", "news", "library"),
    *("commission", "presscorner"),
}
# The Commission's former Digital Single Market site still serves pages of the same names as its
# current one: keep the two apart, briefly.
_SHORT_SEGMENTS = {"digital-single-market": "dsm"}
_MAX_ID = 80  # what schemas.config allows a source id


def registry_sources(
    registry: Registry | None = None, areas: Collection[str] | None = None
) -> list[Source]:
    """One source per watched-site page of the entries in `areas` (all areas when None).

    Registry order; a page that several entries share is watched once, named after the first.
    """
    registry = registry or load_initiatives()
    sources: dict[str, Source] = {}
    for entry, page in _pages(registry, areas):
        if page.url not in sources:
            sources[page.url] = _source(entry, page)
    _check_unique_ids(list(sources.values()))
    return list(sources.values())


def _pages(
    registry: Registry, areas: Collection[str] | None
) -> Iterator[tuple[Initiative, WatchedPage]]:
    for entry in registry.entries:
        if areas is None or entry.area in areas:
            for page in entry.pages:
                if site_for_url(page.url) is not None:
                    yield entry, page


def _source(entry: Initiative, page: WatchedPage) -> Source:
    site = site_for_url(page.url) or ""
    return Source(
        id=page.source_id or source_id_for_url(page.url),
        name=page.source_name or f"{SITE_LABELS[site]}: {entry.name}",
        url=page.url,
        site=site,
    )


def source_id_for_url(url: str) -> str:
    """A stable folder name from the URL alone: its site, then the tail of its path and query.

    `https://digital-strategy.ec.europa.eu/en/policies/safer-internet-forum` becomes
    `commission-safer-internet-forum`: section names, the language segment and `_en` drop.
    """
    parts = urlsplit(url)
    segments = [re.sub(r"_[a-z]{2}$", "", segment) for segment in parts.path.split("/")]
    words = [
        _SHORT_SEGMENTS.get(s.lower(), s)
        for s in segments
        if s and s.lower() not in _NOISE_SEGMENTS
    ]
    words += [value for _, value in parse_qsl(parts.query) if len(value) < 20]
    slug = re.sub(r"[^a-z0-9]+", "-", "-".join(words).lower()).strip("-")
    site = site_for_url(url)
    room = _MAX_ID - len(f"{site}-")
    if len(slug) > room:  # keep the tail: the last segment names the page
        slug = slug[-room:].split("-", 1)[-1]
    return f"{site}-{slug}"


def _check_unique_ids(sources: list[Source]) -> None:
    ids = [source.id for source in sources]
    clashes = sorted({source_id for source_id in ids if ids.count(source_id) > 1})
    if clashes:
        raise RegistryError(f"two registry pages make one source id: {', '.join(clashes)}")


def render_sources(sources: list[Source]) -> str:
    """The `[[sources]]` tables of `sources.toml`, in its own layout."""
    blocks = []
    for source in sources:
        blocks.append(
            "\n".join(
                [
                    "[[sources]]",
                    f"id = {_toml_string(source.id)}",
                    f"name = {_toml_string(source.name or source.id)}",
                    f"url = {_toml_string(source.url)}",
                    f"site = {_toml_string(source.site)}",
                ]
            )
        )
    return "\n\n".join(blocks) + "\n"


def _toml_string(value: str) -> str:
    # A JSON string is a valid TOML basic string: the same quotes and escapes.
    return json.dumps(value, ensure_ascii=False)


def replace_sources(text: str, sources: list[Source]) -> str:
    """`text` (a sources.toml) with its `[[sources]]` tables replaced by `sources`.

    The header comment, every other table and the comments above them stay as they are.
    """
    lines = text.splitlines()
    starts = [i for i, line in enumerate(lines) if line.strip() == "[[sources]]"]
    if not starts:
        raise RegistryError("the file has no [[sources]] table to replace")
    end = next(
        (i for i, line in enumerate(lines) if i > starts[-1] and line.startswith("[")),
        len(lines),
    )
    while end > starts[-1] and (not lines[end - 1].strip() or lines[end - 1].startswith("#")):
        end -= 1  # comments and blank lines just above the next table belong to it
    head, tail = lines[: starts[0]], lines[end:]
    while tail and not tail[0].strip():
        tail = tail[1:]
    rendered = render_sources(sources).rstrip("\n").split("\n")
    return "\n".join([*head, *rendered, *(["", *tail] if tail else [])]) + "\n"
