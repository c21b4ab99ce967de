"""Cross-page template learning: blocks that recur across many pages of a site are boilerplate.

A `SiteProfile` is plain data (JSON round-trip through `model_dump_json`), learned from raw
pages by `learn_site_profile` and shipped for the watched sites under `profiles/<site>.json`.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from extractors.clean.parse import content_root, parse_html
from extractors.clean.prune import prune_boilerplate
from extractors.clean.rules import load_rules, template_learning_rules
from extractors.clean.text import comparison_key
from extractors.clean.walk import BlockReader, RawBlock
from extractors.sites import site_for_url

PROFILES_DIR = Path(__file__).with_name("profiles")
# A block is template when it recurs on at least this many distinct pages...
MIN_PAGES = 3
# ...and on at least this share of the pages the profile was learned from.
MIN_SHARE = 0.3


def block_fingerprint(text: str) -> str:
    """A short stable hash of a block's normalised text."""
    return hashlib.sha1(comparison_key(text).encode("utf-8")).hexdigest()[:16]


def list_fingerprint(items: list[str]) -> str:
    """A short stable hash of a whole list: its items' normalised texts, in order."""
    return block_fingerprint("\n".join(comparison_key(item) for item in items))


class SiteProfile(BaseModel):
    """What one site's template looks like: fingerprints of its recurring blocks and lists."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    site: str | None = None
    pages: int = Field(ge=0)  # distinct URLs the profile was learned from
    template_blocks: list[str] = Field(default_factory=list)  # sorted block fingerprints
    template_lists: list[str] = Field(default_factory=list)  # sorted whole-list fingerprints

    def is_template(self, block: RawBlock) -> bool:
        return block_fingerprint(block.text) in _as_set(tuple(self.template_blocks))

    def is_template_list(self, items: list[str]) -> bool:
        return list_fingerprint(items) in _as_set(tuple(self.template_lists))


@cache
def _as_set(fingerprints: tuple[str, ...]) -> frozenset[str]:
    return frozenset(fingerprints)


def drop_template_blocks(blocks: list[RawBlock], profile: SiteProfile) -> list[RawBlock]:
    """Drop template blocks, but only where their whole container is template.

    Short blocks recur in content too (an author's name in a teaser): one such block among
    content blocks of its container is content. List items are dropped only as a whole
    list that recurs as it stands (a footer's link column): single items are not, since a
    list of signatories ("Facebook", "X", "LinkedIn", ...) can share items with a share widget.
    """
    groups: defaultdict[object, list[bool]] = defaultdict(list)
    template_lists = {
        list_id for list_id, items in _lists(blocks).items() if profile.is_template_list(items)
    }
    flags = [
        block.list_id in template_lists if block.kind == "list_item" else profile.is_template(block)
        for block in blocks
    ]
    for block, flag in zip(blocks, flags, strict=True):
        groups[_group_of(block)].append(flag)
    return [
        block
        for block, flag in zip(blocks, flags, strict=True)
        if not (flag and all(groups[_group_of(block)]))
    ]


def _lists(blocks: list[RawBlock]) -> dict[int, list[str]]:
    """The items of each list of two items or more, by list id (nested lists apart)."""
    items: defaultdict[int, list[str]] = defaultdict(list)
    for block in blocks:
        if block.kind == "list_item" and block.list_id is not None:
            items[block.list_id].append(block.text)
    return {list_id: texts for list_id, texts in items.items() if len(texts) >= 2}


def _group_of(block: RawBlock) -> object:
    # The element itself is the key: lxml reuses a node's proxy only while it is referenced.
    if block.list_id is not None:
        return ("list", block.list_id)
    parent = block.element.getparent() if block.element is not None else None
    return ("element", parent) if parent is not None else ("block", id(block))


def learn_site_profile(pages: Iterable[tuple[str, str]]) -> SiteProfile:
    """Learn a site's template from (html, url) pairs of its pages.

    Each URL counts once, however many captures of it are given, so that two versions of one
    page do not make its content look like template.
    """
    blocks_on: defaultdict[str, set[str]] = defaultdict(set)
    lists_on: defaultdict[str, set[str]] = defaultdict(set)
    sites: Counter[str | None] = Counter()
    urls: set[str] = set()
    for html, url in pages:
        sites[site_for_url(url)] += 1
        urls.add(url)
        blocks = read_candidate_blocks(html)
        for block in blocks:
            if block.kind != "list_item":  # items count as whole lists only
                blocks_on[block_fingerprint(block.text)].add(url)
        for items in _lists(blocks).values():
            lists_on[list_fingerprint(items)].add(url)
    threshold = max(MIN_PAGES, math.ceil(MIN_SHARE * len(urls)))
    site = sites.most_common(1)[0][0] if sites else None
    return SiteProfile(
        site=site,
        pages=len(urls),
        template_blocks=_recurring(blocks_on, threshold),
        template_lists=_recurring(lists_on, threshold),
    )


def _recurring(seen_on: dict[str, set[str]], threshold: int) -> list[str]:
    return sorted(key for key, on in seen_on.items() if len(on) >= threshold)


def read_candidate_blocks(html: str) -> list[RawBlock]:
    """The blocks of every element that shows text: what template learning counts."""
    root = parse_html(html)
    rules = template_learning_rules(load_rules())
    prune_boilerplate(root, rules)
    return BlockReader(rules).read(content_root(root))


@cache
def default_profile(site: str | None) -> SiteProfile | None:
    """The profile shipped for a watched site, or None for a site without one."""
    if site is None or not site.isidentifier():
        return None
    path = PROFILES_DIR / f"{site}.json"
    if not path.is_file():
        return None
    return SiteProfile.model_validate_json(path.read_text(encoding="utf-8"))
