"""Keep the region a page marks as its main content, with the header section of its title.

Pages of both sites mark their content with `<main>` or `role="main"`; unknown chrome around
it (a new banner, a survey box, a theme's site switcher) is then dropped without needing a
rule of its own. The page title often sits outside it, in a page header that also holds the
standfirst, so the section around the title is kept too. Pages that mark nothing, or whose
marked region holds little of the text, are left whole.
"""

from __future__ import annotations

from lxml.html import HtmlElement

# The marked region must hold at least this share of the page's text to be trusted.
_MIN_MAIN_SHARE = 0.25


def keep_main_region(body: HtmlElement, title: HtmlElement | None) -> None:
    mains = _outermost(body.xpath(".//main | .//*[@role='main']"))
    if not mains or _text_length(mains) < _MIN_MAIN_SHARE * _text_length([body]):
        return
    kept = list(mains)
    if title is not None and not any(_contains(main, title) for main in mains):
        kept.append(_title_section(title, mains, body))
    _drop_outside(body, kept)


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
