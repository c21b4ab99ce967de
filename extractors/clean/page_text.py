"""How much of a page's text a part of it holds: the evidence that outranks any single rule."""

from __future__ import annotations

from lxml.html import HtmlElement

# A part holding at least this share of the page's words is its main text.
MOST_OF_THE_PAGE = 0.5
# ...and at least this many: a footer's "Legal notice" is not the text of an empty page.
MIN_MAIN_WORDS = 10


class PageText:
    """The word count of one page, measured once, to weigh its parts against."""

    def __init__(self, root: HtmlElement) -> None:
        body = root.find("body")
        text = (body if body is not None else root).text_content()
        self.characters = len(text)
        self.words = len(text.split())

    def is_most_of(self, elements: list[HtmlElement]) -> bool:
        """The elements together hold most of the page's words, and a paragraph's worth."""
        if self.words < MIN_MAIN_WORDS:
            return False
        held = sum(_words(element) for element in elements)
        return held >= MIN_MAIN_WORDS and held >= MOST_OF_THE_PAGE * self.words


def _words(element: HtmlElement) -> int:
    return len(element.text_content().split())
