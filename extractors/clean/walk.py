"""Read the blocks of a pruned page in order: headings, paragraphs, list items, rows, terms.

The walk keeps the structure extraction relies on: which items share a list, their order,
nesting depth and the item a nested list hangs under.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import count

from lxml.html import HtmlElement

from extractors.clean.markers import starts_with_marker
from extractors.clean.rules import BoilerplateRules
from extractors.clean.tags import BLOCK_TAGS, HEADING_TAGS, LIST_TAGS
from extractors.clean.text import collapse_whitespace
from schemas.document import BlockKind

LINE_BREAK = "\x1e"  # marks a <br>; source newlines are only white space


@dataclass
class RawBlock:
    """A block as read from the page, before de-duplication and numbering."""

    kind: BlockKind
    text: str
    level: int | None = None
    list_id: int | None = None
    ordered: bool = False
    ordinal: int | None = None
    depth: int = 0
    parent: RawBlock | None = field(default=None, repr=False)  # item a nested list hangs under
    element: HtmlElement | None = field(default=None, repr=False)


@dataclass
class _ListContext:
    list_id: int
    ordered: bool
    depth: int
    parent: RawBlock | None
    next_ordinal: int = 1


class BlockReader:
    """Walks one pruned tree once; `read` returns its blocks in page order."""

    def __init__(
        self, rules: BoilerplateRules | None = None, skip: HtmlElement | None = None
    ) -> None:
        self.blocks: list[RawBlock] = []
        self._rules = rules
        self._skip = skip  # the title element, emitted apart
        self.title_position: int | None = None  # how many blocks came before the title
        self._buffer: list[str] = []
        self._list_ids = count(1)
        self._lists: list[_ListContext] = []

    def read(self, root: HtmlElement) -> list[RawBlock]:
        self._container(root)
        return self.blocks

    def _emit(self, block: RawBlock) -> RawBlock:
        self.blocks.append(block)
        return block

    def _flush(self, element: HtmlElement | None = None) -> None:
        raw = "".join(self._buffer)
        self._buffer = []
        for text in paragraphs_of(raw):
            self._emit(RawBlock("paragraph", text, element=element))

    def _container(self, element: HtmlElement) -> None:
        self._flush()
        self._buffer.append(element.text or "")
        for child in element:
            self._node(child)
            self._buffer.append(child.tail or "")
        self._flush(element)

    def _node(self, element: HtmlElement) -> None:
        tag = element.tag
        if element is self._skip:
            self._flush()
            self.title_position = len(self.blocks)
            return
        if not isinstance(tag, str):
            return
        if tag in HEADING_TAGS:
            self._heading(element, collapse_whitespace(inline_text(element)))
        elif (label := _label_heading(element)) is not None:
            self._heading(element, label)
        elif tag in LIST_TAGS and not self._is_metadata_list(element):
            self._list(element)
        elif tag == "li":
            self._list_item(element)
        elif tag == "tr":
            self._row(element)
        elif tag == "dl":
            self._description_list(element)
        elif tag in BLOCK_TAGS:
            self._container(element)
        elif tag == "br":
            self._buffer.append(LINE_BREAK)
        else:
            self._inline(element)

    def _is_metadata_list(self, element: HtmlElement) -> bool:
        return self._rules is not None and self._rules.is_metadata_list(element)

    def _inline(self, element: HtmlElement) -> None:
        self._buffer.append(element.text or "")
        for child in element:
            self._node(child)
            self._buffer.append(child.tail or "")

    def _heading(self, element: HtmlElement, text: str) -> None:
        """An <h1>-<h6>, a paragraph that is wholly one bold label (`bold_label`), or a card's
        title (`card_title`)."""
        self._flush()
        if text:
            tag = element.tag
            level = int(tag[1]) if tag in HEADING_TAGS else LABEL_LEVELS[tag]
            self._emit(RawBlock("heading", text, level=level, element=element))

    def _list(self, element: HtmlElement, parent: RawBlock | None = None) -> None:
        self._flush()
        depth = self._lists[-1].depth + 1 if self._lists else 0
        parent_index = parent if parent is not None or not self._lists else self._current_item()
        start = element.attrib.get("start", "1")
        context = _ListContext(
            next(self._list_ids),
            element.tag == "ol",
            depth,
            parent_index,
            int(start) if start.strip().isdigit() else 1,
        )
        self._lists.append(context)
        try:
            self._container(element)
        finally:
            self._lists.pop()

    def _current_item(self) -> RawBlock | None:
        for block in reversed(self.blocks):
            if block.kind == "list_item":
                return block
        return None

    def _list_item(self, element: HtmlElement) -> None:
        self._flush()
        parent = element.getparent()
        in_list = parent is not None and parent.tag in LIST_TAGS
        if not self._lists or _holds_sections(element) or not in_list:
            self._container(element)  # a teaser card in a list: read as its own blocks
            return
        context = self._lists[-1]
        ordinal = context.next_ordinal
        context.next_ordinal += 1
        text = collapse_whitespace(inline_text(element, exclude=LIST_TAGS))
        item = None
        if text:
            item = self._emit(
                RawBlock(
                    "list_item",
                    text,
                    list_id=context.list_id,
                    ordered=context.ordered,
                    ordinal=ordinal,
                    depth=context.depth,
                    parent=context.parent,
                    element=element,
                )
            )
        for nested in _nested_lists(element):
            self._list(nested, parent=item)

    def _row(self, element: HtmlElement) -> None:
        self._flush()
        if any(_is_layout_cell(cell) for cell in element):
            self._container(element)  # a layout table: its cells hold paragraphs and lists
            return
        cells = [
            collapse_whitespace(inline_text(cell)) for cell in element if cell.tag in ("td", "th")
        ]
        text = " | ".join(cell for cell in cells if cell)
        if text:
            self._emit(RawBlock("table_row", text, element=element))

    def _description_list(self, element: HtmlElement) -> None:
        """Each term with its definition as one block; a definition made of paragraphs or
        lists (an accordion built on `<dl>`) is read as blocks, after its term alone."""
        self._flush()
        term: list[str] = []
        for child in element.iter("dt", "dd"):
            if child.tag == "dd" and _holds_blocks(child):
                self._emit_term(term)
                term = []
                self._container(child)
                continue
            text = collapse_whitespace(inline_text(child))
            if child.tag == "dt":
                self._emit_term(term)
                term = [text]
            else:
                term.append(text)
        self._emit_term(term)

    def _emit_term(self, parts: list[str]) -> None:
        text = " ".join(part for part in parts if part)
        if text:
            self._emit(RawBlock("term", text))


def paragraphs_of(raw: str) -> list[str]:
    """The paragraphs of a run of text whose `<br>`s are marked with `LINE_BREAK`.

    A `<br>` only breaks the line inside one paragraph (an address, a signature), so the
    lines are joined; an empty line (`<br><br>`) ends a paragraph, and a line typed as a
    list item ("• item", "2. item") starts a block of its own.
    """
    paragraphs: list[list[str]] = [[]]
    after_item = False
    for line in raw.split(LINE_BREAK):
        text = collapse_whitespace(line)
        is_item = starts_with_marker(text)
        if not text or is_item or after_item:
            paragraphs.append([])
        if text:
            paragraphs[-1].append(text)
            after_item = is_item
    return [" ".join(lines) for lines in paragraphs if lines]


def _holds_sections(element: HtmlElement) -> bool:
    """A list item that wraps headings or articles is a teaser card, not an item."""
    return any(
        not _is_inside_nested_list(descendant, element)
        for descendant in element.iterdescendants(*HEADING_TAGS, "article")
    )


def _holds_blocks(cell: HtmlElement) -> bool:
    return any(True for _ in cell.iterdescendants("p", "ul", "ol", "table", *HEADING_TAGS))


def _is_layout_cell(cell: HtmlElement) -> bool:
    """A cell laid out as a page part: lists, headings, tables or several paragraphs.

    Editors wrap a data cell's text in one `<p>`; that cell is still one value of its row.
    """
    if any(True for _ in cell.iterdescendants("ul", "ol", "table", *HEADING_TAGS)):
        return True
    return sum(1 for _ in cell.iterdescendants("p")) > 1


def _is_inside_nested_list(descendant: HtmlElement, item: HtmlElement) -> bool:
    for ancestor in descendant.iterancestors():
        if ancestor is item:
            return False
        if ancestor.tag in LIST_TAGS:
            return True
    return False


def _nested_lists(item: HtmlElement) -> list[HtmlElement]:
    """Lists inside `item` that are not inside a deeper list."""
    found = []
    for descendant in item.iterdescendants("ul", "ol"):
        if not _is_inside_nested_list(descendant, item):
            found.append(descendant)
    return found


def inline_text(element: HtmlElement, exclude: frozenset[str] = frozenset()) -> str:
    """The text of `element` and its descendants, skipping subtrees with an excluded tag.

    Block children are separated by a space so that "<p>a</p><p>b</p>" never reads "ab".
    """
    parts: list[str] = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and child.tag not in exclude:
            separator = " " if child.tag in BLOCK_TAGS or child.tag == "br" else ""
            parts.append(separator + inline_text(child, exclude) + separator)
        parts.append(child.tail or "")
    return "".join(parts)


# A bold paragraph used as a heading is the least of headings: it opens a section within any
# real heading's section. A card's title heads its card, below the listing's own headings.
BOLD_LABEL_LEVEL = 6
CARD_TITLE_LEVEL = 4
LABEL_LEVELS = {"p": BOLD_LABEL_LEVEL, "div": CARD_TITLE_LEVEL}
_BOLD_TAGS = frozenset({"strong", "b"})
_MAX_LABEL_WORDS = 20


def bold_label(paragraph: HtmlElement) -> str | None:
    """The text of a paragraph that is nothing but one bold phrase, perhaps inside a link
    ("<p><a><strong>Tech firms launch X</strong></a></p>", a listing's teaser title;
    "<p><b>Background</b></p>"): an editor's heading. A phrase that ends a sentence or leads
    into a list (".", ":") is none, and gives None."""
    element = paragraph
    while True:
        child = _sole_child(element)
        if child is None:
            return None
        element = child
        if element.tag in _BOLD_TAGS:
            return _label_text(element)
        if element.tag != "a":
            return None


def _sole_child(element: HtmlElement) -> HtmlElement | None:
    """The one element `element` holds with no text around it, or None."""
    children = list(element)
    if len(children) != 1 or not isinstance(children[0].tag, str):
        return None
    if (element.text or "").strip() or (children[0].tail or "").strip():
        return None
    return children[0]


def _label_text(element: HtmlElement) -> str | None:
    """The element's text as a heading: short, and not a sentence's or a lead-in's end."""
    text = collapse_whitespace(inline_text(element))
    is_label = bool(text) and len(text.split()) <= _MAX_LABEL_WORDS and text[-1] not in ".:;"
    return text if is_label else None


def _label_heading(element: HtmlElement) -> str | None:
    """The heading text of a block that is a heading by its markup, not its tag."""
    if element.tag == "p":
        return bold_label(element)
    return card_title(element) if element.tag == "div" else None


_TITLE_CLASS = re.compile(r"(?:^|[\s_-])title(?:$|\s)")


def card_title(element: HtmlElement) -> str | None:
    """The text of a block whose class names it a title and that holds one link and nothing
    else (`<div class="card__title"><a href=...>Child Protection Act</a></div>`): a listing
    card's title, a heading of the card's own blocks (its summary, its meta lines)."""
    if not _TITLE_CLASS.search(element.attrib.get("class", "")):
        return None
    link = _sole_child(element)
    return _label_text(link) if link is not None and link.tag == "a" else None
