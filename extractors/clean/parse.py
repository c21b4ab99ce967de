"""Text to an lxml tree that every later stage can walk safely."""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement, HTMLParser, document_fromstring

from schemas.errors import InputError

# Deeper elements are unwrapped: the recursive stages stay far below Python's recursion limit.
_MAX_DEPTH = 120
# lxml refuses str input that carries an XML encoding declaration.
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
# Characters XML 1.0 forbids (C0 controls, noncharacters): no page means them as text, and
# libxml2 builds trees from them that later stages cannot serialise or read.
_NOT_XML_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def parse_html(html: str) -> HtmlElement:
    """The page as an lxml tree; `InputError` when there is nothing to parse."""
    if not html or not html.strip():
        raise InputError("page is empty")
    parser = HTMLParser(remove_comments=True, remove_pis=True, no_network=True, huge_tree=True)
    try:
        root = document_fromstring(
            _NOT_XML_CHARS.sub("", _XML_DECLARATION.sub("", html, count=1)), parser=parser
        )
    except (etree.ParserError, ValueError) as exc:
        raise InputError(f"page cannot be parsed as HTML: {exc}") from exc
    if root is None:
        raise InputError("page cannot be parsed as HTML")
    _limit_depth(root)
    return root


# Any element deeper than `_MAX_DEPTH` below the root.
_BELOW_MAX_DEPTH = etree.XPath("/*" + "/*" * (_MAX_DEPTH + 1))


def _limit_depth(root: HtmlElement) -> None:
    """Unwrap elements nested deeper than any real page nests, keeping their text.

    Broken pages (thousands of unclosed `<b>` or `<div>`) nest deeper than the recursive
    stages can follow; past `_MAX_DEPTH` only the text matters.
    """
    if not _BELOW_MAX_DEPTH(root):
        return  # the common case, found by libxml2 rather than a walk in Python
    too_deep: list[HtmlElement] = []
    stack = [(root, 0)]
    while stack:
        element, depth = stack.pop()
        for child in element:
            if isinstance(child.tag, str):
                if depth + 1 > _MAX_DEPTH:
                    too_deep.append(child)
                stack.append((child, depth + 1))
    for element in reversed(too_deep):
        element.drop_tag()


def content_root(root: HtmlElement) -> HtmlElement:
    body = root.find("body")
    return body if body is not None else root
