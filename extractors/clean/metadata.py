"""The page's title and publication date, read from markup and metadata before pruning.

Both come from places pruning removes (the page header, `<meta>` tags, the header's meta
line), so they are read from the whole tree first.
"""

from __future__ import annotations

import json
import re

from lxml import etree
from lxml.html import HtmlElement

from extractors.clean.dates import parse_date
from extractors.clean.page_text import PageText
from extractors.clean.rules import BoilerplateRules, is_boilerplate_element
from extractors.clean.text import collapse_whitespace

_PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.created",
    "dcterms.date",
    "publication_date",
    "citation_publication_date",
    "pubdate",
    "publishdate",
)
# Labels that introduce a publication date in the page header or a record's details.
_LABELS = (
    r"(published(?: on)?|publication date|date of publication|record created|"
    r"date created|posted on|released on)\s*:?\s*"
)
_PUBLISHED_LABEL = re.compile(r"\b" + _LABELS, re.I)
# The page's whole text glues elements together ("NewsPublished on"): no word boundary.
_ANY_PUBLISHED_LABEL = re.compile(_LABELS, re.I)
# A header date that says when the page changed, not when it was published.
_UPDATED = re.compile(r"\b(updated?|modified|revised|last)\b", re.I)
# Class fragments of the page header and its meta line (ECL and common CMS themes).
_HEADER_CLASSES = ("page-header", "meta--header", "dateline", "article-meta", "byline")
_META_ITEM_CLASSES = ("meta__item", "meta-item")
_TIMES_AND_META_ITEMS = etree.XPath(
    "//*[self::time or @itemprop='datePublished'"
    " or contains(@class, 'meta__item') or contains(@class, 'meta-item')]"
)
_SITE_SUFFIX = re.compile("\\s+[-|\u2013\u2014:]\\s+[^-|\u2013\u2014:]+$")


def find_title_element(
    root: HtmlElement, rules: BoilerplateRules, page: PageText | None = None
) -> HtmlElement | None:
    """The first visible `<h1>` outside page chrome: the page's own title.

    A container holding most of the page's text is no chrome, whatever its class says.
    """
    for heading in root.iter("h1"):
        if not collapse_whitespace(heading.text_content()):
            continue
        page = page or PageText(root)
        if not _is_in_chrome(heading, rules, page):
            return heading
    return None


def _is_in_chrome(element: HtmlElement, rules: BoilerplateRules, page: PageText) -> bool:
    chain = [element, *element.iterancestors()]
    return any(
        is_boilerplate_element(node, rules) and not page.is_most_of([node]) for node in chain
    )


def fallback_title(root: HtmlElement) -> str | None:
    """og:title or <title>, without the " - Site name" suffix, for pages with no `<h1>`."""
    for value in root.xpath("//meta[@property='og:title']/@content | //title/text()"):
        title = collapse_whitespace(str(value))
        if title:
            return _SITE_SUFFIX.sub("", title) or title
    return None


def find_published(root: HtmlElement) -> tuple[str | None, bool]:
    """The publication date the page shows in its header or record details, and True; else
    the one only its metadata states, and False. What the page shows wins: sites stamp
    meta tags and JSON-LD with a template's or a re-issue's date ("Published on 21/03/2025"
    in the header, `datePublished` 2011-12-01 in the JSON-LD)."""
    shown = _from_header_times(root) or _from_labelled_text(root)
    if shown:
        return shown, True
    return _from_meta_tags(root) or _from_json_ld(root), False


def _from_meta_tags(root: HtmlElement) -> str | None:
    for meta in root.iter("meta"):
        name = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if name in _PUBLISHED_META and (value := parse_date(meta.get("content") or "")):
            return value
    return None


def _from_json_ld(root: HtmlElement) -> str | None:
    for script in root.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            published = item.get("datePublished") if isinstance(item, dict) else None
            if isinstance(published, str) and (value := parse_date(published)):
                return value
    return None


def _from_header_times(root: HtmlElement) -> str | None:
    """A `<time>` or meta item in the page header; times in listings are teasers' dates."""
    found = _TIMES_AND_META_ITEMS(root)  # one pass over the page for both kinds
    for element in found:
        # A `<meta itemprop>` is metadata, not shown: `_from_meta_tags` reads it.
        is_published = element.get("itemprop") == "datePublished" and element.tag != "meta"
        if is_published or (element.tag == "time" and _is_in_header(element)):
            value = parse_date(element.get("datetime") or element.get("content") or "")
            if value or (value := parse_date(element.text_content())):
                return value
    for element in found:
        if not any(name in element.get("class", "") for name in _META_ITEM_CLASSES):
            continue
        text = element.text_content()
        if _is_in_header(element) and not _UPDATED.search(text) and (value := parse_date(text)):
            return value
    return None


def _is_in_header(element: HtmlElement) -> bool:
    for node in [element, *element.iterancestors()]:
        classes = node.get("class", "").lower()
        if any(fragment in classes for fragment in _HEADER_CLASSES):
            return True
    return False


def _from_labelled_text(root: HtmlElement) -> str | None:
    """A "Published on 01/12/2011" line, or a "Record created:" term of a description list."""
    if not _ANY_PUBLISHED_LABEL.search(root.text_content()):
        return None  # one pass over the page's text spares one per element
    for element in root.iter("li", "span", "p", "div", "dt", "small"):
        own = collapse_whitespace(element.text_content())
        if len(own) > 80 or not (match := _PUBLISHED_LABEL.search(own)):
            continue
        rest = own[match.end() :]
        if element.tag == "dt":
            definition = element.getnext()
            rest = definition.text_content() if definition is not None else ""
        if value := parse_date(rest):
            return value
    return None
