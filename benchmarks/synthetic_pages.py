"""A synthetic watch list for the scale benchmark: corpus pages varied deterministically.

Each synthetic page is a corpus page (the template) with its main content varied by a seeded
random generator: list items reordered, dropped, duplicated or renamed from a pool of
organisations, years shifted, paragraphs dropped or duplicated. The site furniture (header,
menus, banners, footer) is left alone, so cleaning and extraction do the work they do on the
real sites. A "revision" of a page adds one list item and drops another: the next capture of
a page that changed.
"""

from __future__ import annotations

import copy
import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import lxml.html
from lxml.html import HtmlElement

REPO = Path(__file__).resolve().parent.parent

# Organisations of the kind that sign the sites' codes and coalitions.
ORGANISATIONS = (
    "Aylo",
    "BT Group",
    "Bouygues Telecom",
    "Deutsche Telekom",
    "Dailymotion",
    "Discord",
    "Eurochild",
    "European Schoolnet",
    "Google",
    "INHOPE",
    "Insafe",
    "KPN",
    "LEGO Group",
    "Meta",
    "Microsoft",
    "Mozilla",
    "Nokia",
    "Orange",
    "Proximus",
    "Roblox",
    "Snap Inc.",
    "Sony Interactive Entertainment",
    "Spotify",
    "Swisscom",
    "Telefonica",
    "Telenor",
    "TikTok",
    "Twitch",
    "Vodafone",
    "Wikimedia Europe",
    "Yubo",
    "Zalando",
)
YEAR = re.compile(r"\b(?:199\d|20[0-2]\d)\b")
LATEST_YEAR = 2026  # a shifted year never lands after the corpus's own present
MIN_LIST_ITEMS = 3  # shorter lists are rarely enumerations worth varying
MAX_NAME_WORDS = 5  # an item this short reads as a name, so a pool name can replace it
MIN_PARAGRAPH_WORDS = 8
FURNITURE_TAGS = ("nav", "header", "footer", "aside")
HTML_CONTENT_TYPE = "text/html; charset=utf-8"


def corpus_dir() -> Path:
    """The repository's copy of the corpus."""
    return REPO / "tests" / "fixtures" / "corpus"


@dataclass(frozen=True)
class Template:
    site: str
    name: str  # the file name without `.html`
    url: str  # where the page lives on its site
    html: str


@dataclass(frozen=True)
class SyntheticPage:
    number: int
    template: Template
    html: str
    revised_html: str

    @property
    def source_id(self) -> str:
        return f"bench-{self.number:05d}"

    @property
    def path(self) -> str:
        """Where the replay server serves it."""
        return f"/{self.template.site}/{self.template.name}-{self.number:05d}"

    @property
    def public_url(self) -> str:
        """A plausible address on the page's own site, for extraction from saved files."""
        return f"{self.template.url.rstrip('/')}-{self.number:05d}"


def load_templates(root: Path) -> list[Template]:
    """Every corpus page, except later captures that are not the page (error, login pages)."""
    templates = []
    for path in sorted(root.glob("*/*.html")):
        page_id = path.name.removesuffix(".html").removesuffix(".v1").removesuffix(".v2")
        gold = path.with_name(f"{page_id}.gold.json")
        if not gold.exists():
            gold = path.with_name(f"{page_id}.diff.gold.json")
        meta = json.loads(gold.read_text(encoding="utf-8"))
        if path.name.endswith(".v2.html") and meta.get("health") is True:
            continue
        html = path.read_text(encoding="utf-8", errors="replace")
        templates.append(
            Template(path.parent.name, path.name.removesuffix(".html"), meta["url"], html)
        )
    if not templates:
        raise SystemExit(f"no corpus pages under {root}")
    return templates


def build_watch_list(templates: list[Template], count: int, seed: int) -> list[SyntheticPage]:
    """`count` pages cycling through the templates, each varied by its own seeded generator."""
    pages = []
    for number in range(1, count + 1):
        template = templates[(number - 1) % len(templates)]
        html = vary_page(template.html, random.Random(f"{seed}:{number}"))
        revised = revise_page(html, random.Random(f"{seed}:{number}:revision"))
        pages.append(SyntheticPage(number, template, html, revised))
    return pages


def vary_page(html: str, rng: random.Random) -> str:
    root = lxml.html.document_fromstring(html)
    content = _content_root(root)
    year_shift = rng.choice((-2, -1, 0, 0, 1))
    for items in _item_lists(content):
        _vary_list(items, rng)
    _vary_paragraphs(content, rng)
    if year_shift:
        _shift_years(content, year_shift)
    return _serialize(root)


def revise_page(html: str, rng: random.Random) -> str:
    """The next capture of a page: one organisation joins a list, another item leaves.

    A page without lists gets a new closing paragraph instead, so every page changes.
    """
    root = lxml.html.document_fromstring(html)
    content = _content_root(root)
    lists = _item_lists(content)
    newcomer = rng.choice(ORGANISATIONS)
    if not lists:
        paragraph = lxml.html.fragment_fromstring(
            f"<p>In {LATEST_YEAR}, {newcomer} joined the initiative.</p>"
        )
        paragraphs = [p for p in content.iter("p") if not _in_furniture(p)]
        (paragraphs[-1].addnext if paragraphs else content.append)(paragraph)
        return _serialize(root)
    items = rng.choice(lists)
    present = {_text(item) for item in items}
    added = copy.deepcopy(items[-1])
    _set_text(added, newcomer if newcomer not in present else f"{newcomer} Foundation")
    items[-1].addnext(added)
    leaving = rng.choice(rng.choice(lists)[:-1] or items[:1])
    leaving.drop_tree()
    return _serialize(root)


def _content_root(root: HtmlElement) -> HtmlElement:
    main = root.find(".//main")
    return main if main is not None else root.body


def _in_furniture(element: HtmlElement) -> bool:
    return any(ancestor.tag in FURNITURE_TAGS for ancestor in element.iterancestors())


def _item_lists(content: HtmlElement) -> list[list[HtmlElement]]:
    """The `li` children of each content list long enough to be an enumeration."""
    found = []
    for element in content.iter("ul", "ol"):
        items = [child for child in element if child.tag == "li"]
        if len(items) >= MIN_LIST_ITEMS and not _in_furniture(element):
            found.append(items)
    return found


def _vary_list(items: list[HtmlElement], rng: random.Random) -> None:
    parent = items[0].getparent()
    if rng.random() < 0.5:
        shuffled = rng.sample(items, len(items))
        for item in items:
            parent.remove(item)
        for item in shuffled:
            parent.append(item)
        items = shuffled
    for item in items:
        if len(_text(item).split()) <= MAX_NAME_WORDS and rng.random() < 0.3:
            _set_text(item, rng.choice(ORGANISATIONS))
    if rng.random() < 0.3:
        rng.choice(items).drop_tree()
    elif rng.random() < 0.2:
        original = rng.choice(items)
        original.addnext(copy.deepcopy(original))


def _vary_paragraphs(content: HtmlElement, rng: random.Random) -> None:
    paragraphs = [
        p
        for p in content.iter("p")
        if len(_text(p).split()) >= MIN_PARAGRAPH_WORDS and not _in_furniture(p)
    ]
    if len(paragraphs) < 2:
        return
    if rng.random() < 0.4:
        rng.choice(paragraphs).drop_tree()
    if rng.random() < 0.3:
        original = rng.choice(paragraphs)
        original.addnext(copy.deepcopy(original))


def _shift_years(content: HtmlElement, shift: int) -> None:
    def shifted(match: re.Match[str]) -> str:
        return str(min(int(match.group()) + shift, LATEST_YEAR))

    for element in _text_elements(content):
        if element.text:
            element.text = YEAR.sub(shifted, element.text)
        if element.tail:
            element.tail = YEAR.sub(shifted, element.tail)


def _text_elements(content: HtmlElement) -> Iterator[HtmlElement]:
    for element in content.iter():
        if isinstance(element.tag, str) and element.tag not in ("script", "style"):
            yield element


def _text(element: HtmlElement) -> str:
    return " ".join(element.text_content().split())


def _set_text(item: HtmlElement, text: str) -> None:
    for child in list(item):
        item.remove(child)
    item.text = text


def _serialize(root: HtmlElement) -> str:
    return lxml.html.tostring(root, encoding="unicode", doctype="<!DOCTYPE html>")


def served_pages(pages: list[SyntheticPage], *, revised: bool) -> dict[str, tuple[bytes, str]]:
    """The replay server's path -> (body, content type) map of the watch list."""
    return {
        page.path: (
            (page.revised_html if revised else page.html).encode("utf-8"),
            HTML_CONTENT_TYPE,
        )
        for page in pages
    }


def sources_toml(pages: list[SyntheticPage], base_url: str) -> str:
    """A sources file watching `pages` on the replay server at `base_url`."""
    lines = ["# Written by benchmarks/scale_bench.py: synthetic pages served on loopback.", ""]
    for page in pages:
        lines += [
            "[[sources]]",
            f'id = "{page.source_id}"',
            f'url = "{base_url}{page.path}"',
            f'site = "{page.template.site}"',
            "",
        ]
    # Loopback answers at once: a retried fetch need not wait.
    lines += ["[fetch]", "task_retry_delay_seconds = 0", ""]
    return "\n".join(lines)
