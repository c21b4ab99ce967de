"""The main content of a page of a site bikwatch has no profile for, by trafilatura.

trafilatura scores every container of the page by link density, text density and position
(and, for a short result, checks it against readability and jusText); it is the best-kept
general extractor there is, so bikwatch builds on it for unknown sites rather than compete
with it. Its output tree is read back into bikwatch's blocks, so the stages after it (typed
lists, each block once, template blocks of a learned profile) apply as for the known sites.

The main extractor alone is trusted when it finds a long text or most of a short page; a
short part of a long page (where it most often misses a part of it) is redone with the
external comparison, as trafilatura's default mode does on every page.
"""

from __future__ import annotations

from typing import Any, cast

from lxml import etree
from lxml.html import HtmlElement

from extractors.clean.page_text import PageText
from extractors.clean.rules import BoilerplateRules
from extractors.clean.teasers import drop_teasers, link_keys
from extractors.clean.walk import BlockReader, RawBlock

# From this many characters, or this share of the page's text, on, the main extractor's
# result is kept without comparison.
_TRUSTED_LENGTH = 1000
_TRUSTED_SHARE = 0.1
# Pages with fewer words than this are read by the rules alone: on a page of a few sentences
# every block is "dense" or "sparse" by chance, and density statistics tell nothing.
MIN_GENERIC_WORDS = 200
_OPTIONS: dict[str, Any] = {
    "include_comments": False,  # comments are no part of the page's own text
    "include_tables": True,
    "include_formatting": False,
    "include_links": False,  # with links kept, trafilatura keeps fewer of the text's blocks
    "include_images": False,
    "with_metadata": False,  # title and date are read by bikwatch's own rules
}
# trafilatura's output elements, as the HTML elements the block reader knows.
_AS_HTML = {
    "list": "ul",
    "item": "li",
    "row": "tr",
    "cell": "td",
    "lb": "br",
    "quote": "blockquote",
    "code": "pre",
    "hi": "span",
    "ref": "span",
    "del": "span",
    "div": "div",
}
_INVISIBLE_TAGS = ("style", "svg", "template", "canvas", "math", "object", "embed", "iframe")
_HEADING_RENDS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def strip_invisible(root: HtmlElement) -> None:
    """Drop, in place, what no reader sees and every stage after this would walk: scripts
    (but the JSON-LD metadata that trafilatura reads an article body from), styles, SVG
    drawings and embeds. One pass in libxml2 spares each later pass over the tree."""
    for script in root.iter("script"):
        if script.get("type", "").strip().lower() != "application/ld+json":
            script.text = None  # emptied here, removed with the others below
            script.tag = "style"
    etree.strip_elements(root, *_INVISIBLE_TAGS, with_tail=False)


def read_generic_blocks(
    root: HtmlElement, rules: BoilerplateRules, page: PageText
) -> list[RawBlock]:
    """The main content blocks trafilatura finds in `root` (left untouched), maybe none."""
    links = link_keys(link.text_content() for link in root.iter("a"))
    body = _main_content(root, page)
    if body is None:
        return []
    blocks = BlockReader(rules).read(cast(HtmlElement, _as_html(body)))
    return drop_teasers(blocks, links, rules.tail_labels)


def _main_content(root: HtmlElement, page: PageText) -> etree._Element | None:
    import trafilatura  # imported when first needed: it loads several models' worth of code

    document = trafilatura.bare_extraction(root, fast=True, **_OPTIONS)
    found = len(getattr(document, "text", None) or "")
    if found < _TRUSTED_LENGTH and found < _TRUSTED_SHARE * page.characters:
        document = trafilatura.bare_extraction(root, fast=False, **_OPTIONS) or document
    return getattr(document, "body", None)


def _as_html(body: etree._Element) -> etree._Element:
    """trafilatura's output tree (ours to change) in the HTML tags the block reader knows."""
    etree.strip_elements(body, "graphic", with_tail=False)
    for element in body.iter():
        if isinstance(element.tag, str) and element is not body:
            element.tag = _html_tag(element)
    return body


def _html_tag(element: etree._Element) -> str:
    tag = str(element.tag)
    if tag == "head":
        rend = element.get("rend", "")
        return rend if rend in _HEADING_RENDS else "h2"
    if tag == "list":
        return "ol" if element.get("rend") == "ol" else "ul"
    if tag == "cell" and element.get("role") == "head":
        return "th"
    return _AS_HTML.get(tag, tag)
