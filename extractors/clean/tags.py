"""HTML element families the cleaning stages reason about."""

from __future__ import annotations

HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
LIST_TAGS = frozenset({"ul", "ol"})
# Elements that end the paragraph before them and start a new one.
# fmt: off
BLOCK_TAGS = HEADING_TAGS | frozenset({
    "address", "article", "blockquote", "body", "caption", "center", "dd", "details", "div",
    "dl", "dt", "fieldset", "figure", "footer", "header", "hgroup", "hr", "html", "li", "main",
    "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
    "tr", "ul",
})
# fmt: on
