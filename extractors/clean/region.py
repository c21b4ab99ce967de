"""Keep the region a page marks as its main content, with the header section of its title.

Pages of both sites mark their content with `<main>` or `role="main"`; unknown chrome around
it (a new banner, a survey box, a theme's site switcher) is then dropped without needing a
rule of its own. The page title often sits outside it, in a page header that also holds the
standfirst, so the section around the title is kept too. Pages that mark nothing, or whose
marked region holds little of the text, are left whole.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from extractors.clean.rules import LinkFarmLimits
from extractors.clean.tags import HEADING_TAGS

# The marked region must hold at least this share of the page's text to be trusted.
_MIN_MAIN_SHARE = 0.25


def keep_main_region(body: HtmlElement, title: HtmlElement | None) -> bool:
    """Drop what lies outside the marked main region and the title's section.

    Returns False, leaving the page whole, when the page marks no usable main region.
    """
    mains = _outermost(body.xpath(".//main | .//*[@role='main']"))
    if not mains or _text_length(mains) < _MIN_MAIN_SHARE * _text_length([body]):
        return False
    kept = list(mains)
    if title is not None and not any(_contains(main, title) for main in mains):
        kept.append(_title_section(title, mains, body))
    _drop_outside(body, kept)
    return True


def _outermost(elements: list[HtmlElement]) -> list[HtmlElement]:
    chosen = set(elements)
    return [e for e in elements if not any(a in chosen for a in e.iterancestors())]


def _text_length(elements: list[HtmlElement]) -> int:
    return sum(len("".join(element.itertext()).split()) for element in elements)


def _contains(ancestor: HtmlElement, element: HtmlElement) -> bool:
    return ancestor is element or any(a is ancestor for a in element.iterancestors())


def _title_section(title: HtmlElement, mains: list[HtmlElement], body: HtmlElement) -> HtmlElement:
    """The largest ancestor of the title below `body` that holds no main region."""
    section = title
    for ancestor in title.iterancestors():
        if ancestor is body or any(_contains(ancestor, main) for main in mains):
            break
        section = ancestor
    return section


def _drop_outside(body: HtmlElement, kept: list[HtmlElement]) -> None:
    keep = set(kept)
    on_path = {ancestor for element in kept for ancestor in element.iterancestors()}
    doomed: list[HtmlElement] = []
    stack = [body]
    while stack:
        for child in stack.pop():
            if child in keep or not isinstance(child.tag, str):
                continue
            if child in on_path:
                stack.append(child)
            else:
                doomed.append(child)
    for element in doomed:
        element.drop_tree()


def drop_link_farms(body: HtmlElement, title: HtmlElement | None, limits: LinkFarmLimits) -> None:
    """Drop containers made of short links: menus and footers a page does not mark as such.

    Only for pages without a marked main region: inside one, lists of links are content
    (reports, documents, the initiatives of a listing).
    """
    doomed: list[HtmlElement] = []
    stack = list(body)
    while stack:
        element = stack.pop()
        if not isinstance(element.tag, str) or element.tag not in _LINK_FARM_TAGS:
            continue
        if _is_link_farm(element, limits) and not _contains_element(element, title):
            doomed.append(element)
        else:
            stack.extend(element)
    for element in doomed:
        element.drop_tree()


_LINK_FARM_TAGS = frozenset({"div", "section", "ul", "ol", "table", "tbody", "tr", "td", "p"})


def _is_link_farm(element: HtmlElement, limits: LinkFarmLimits) -> bool:
    """Mostly short links; headings do not count against it, as footer columns have titles."""
    links = [" ".join(link.itertext()).split() for link in element.iter("a")]
    if len(links) < limits.min_links:
        return False
    link_words = sum(len(words) for words in links)
    other_words = _words(element) - sum(
        _words(heading)
        for heading in element.iterdescendants(*HEADING_TAGS)
        if heading.find(".//a") is None
    )
    if other_words <= 0 or link_words < limits.min_share * other_words:
        return False
    return link_words / len(links) <= limits.max_words_per_link


def _words(element: HtmlElement) -> int:
    return len(" ".join(element.itertext()).split())


def _contains_element(ancestor: HtmlElement, element: HtmlElement | None) -> bool:
    return element is not None and _contains(ancestor, element)
