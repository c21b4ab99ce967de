"""Remove page chrome from a parsed page, in place, by general signals and the ECL families."""

from __future__ import annotations

from collections.abc import Iterator

from lxml.html import HtmlElement

from extractors.clean.page_text import PageText
from extractors.clean.rules import BoilerplateRules, is_boilerplate_element, is_hidden
from extractors.clean.tags import HEADING_TAGS

# Elements whose removal would take the whole page with them.
_ROOT_TAGS = frozenset({"html", "body", "main", "article"})
# Short elements that can carry a section label ("Related topics" as a bold <div>).
_LABEL_TAGS = HEADING_TAGS | {"div", "p", "span", "strong", "b", "dt", "legend", "summary"}
_MAX_LABEL_CHARS = 40


def prune_boilerplate(
    root: HtmlElement, rules: BoilerplateRules, title: HtmlElement | None = None
) -> None:
    """Drop every section a boilerplate label heads, and every boilerplate element of `root`.

    Labelled sections are found first, on the whole tree: a label's own class or id may be
    boilerplate too ("related-content-title"), and dropping it alone would orphan its section.
    The page's `title` is never a label: a listing may be titled "Latest news".
    """
    page = PageText(root)
    sections = _labelled_sections(root, rules, title)
    doomed = [
        element for section in sections if not page.is_most_of(section) for element in section
    ]
    _collect(root, rules, doomed, page)
    headings = _headings_before(doomed)
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()
    for heading in headings + _headings_over_empty(root):
        if heading.getparent() is not None and _heads_nothing(heading):
            heading.drop_tree()


def _headings_before(doomed: list[HtmlElement]) -> list[HtmlElement]:
    """Headings directly followed by a doomed element: their section may be all chrome."""
    found = []
    for element in doomed:
        previous = element.getprevious()
        if previous is not None and previous.tag in HEADING_TAGS:
            found.append(previous)
    return found


def _headings_over_empty(root: HtmlElement) -> list[HtmlElement]:
    """Headings directly followed by an element without text: a logo wall, a gallery, a box
    whose widgets were pruned."""
    found = []
    for heading in root.iter(*HEADING_TAGS):
        following = heading.getnext()
        if (
            following is not None
            and isinstance(following.tag, str)
            and not (heading.tail or "").strip()
            and not following.text_content().strip()
        ):
            found.append(heading)
    return found


def _heads_nothing(heading: HtmlElement) -> bool:
    """No text between the heading and the next heading as high: "Documents" over download
    widgets only, "Partners" over logos. A content heading ("Documents" over a list of
    reports) keeps its section.
    """
    if (heading.tail or "").strip():
        return False
    for following in _following(heading):
        if following.tag in HEADING_TAGS and _rank(following) <= _rank(heading):
            return True
        if not isinstance(following.tag, str):
            continue
        if following.text_content().strip() or (following.tail or "").strip():
            return False
    return True


def _following(element: HtmlElement) -> Iterator[HtmlElement]:
    """The elements after `element` in page order, its siblings first, then its ancestors'."""
    yield from element.itersiblings()
    for ancestor in element.iterancestors():
        if (ancestor.tail or "").strip():
            yield ancestor  # text right after the section: its tail counts as text
        yield from ancestor.itersiblings()


def _collect(
    element: HtmlElement, rules: BoilerplateRules, doomed: list[HtmlElement], page: PageText
) -> None:
    for child in element:
        if not isinstance(child.tag, str):
            continue  # comments and processing instructions are dropped by the parser
        if (
            is_boilerplate_element(child, rules)
            and not _is_main_text(child, rules, page)
            and not _is_visible_heading(child)
        ):
            doomed.append(child)
        else:
            _collect(child, rules, doomed, page)


def _is_visible_heading(element: HtmlElement) -> bool:
    """A heading is judged by its text (the labelled sections above), not by its class or id:
    "related-initiatives" is the anchor of a heading over prose, and a heading over a box of
    chrome goes with that box (`_headings_before`)."""
    return element.tag in HEADING_TAGS and not is_hidden(element)


def _is_main_text(element: HtmlElement, rules: BoilerplateRules, page: PageText) -> bool:
    """An element a rule calls chrome that holds most of the page's text: a `<body>` whose
    class says "cookies-not-set", an article in a `<form>` or `<aside>`. No tag, role or class
    decides alone against that evidence; what no reader sees still goes."""
    if element.tag in rules.never_text_tags or is_hidden(element):
        return False
    return page.is_most_of([element])


def _labelled_sections(
    root: HtmlElement, rules: BoilerplateRules, title: HtmlElement | None
) -> list[list[HtmlElement]]:
    sections = []
    for element in root.iter(*_LABEL_TAGS):
        if not isinstance(element.tag, str) or element.tag not in _LABEL_TAGS:
            continue
        text = element.text_content()
        if len(text) > _MAX_LABEL_CHARS or not rules.is_section_label(text):
            continue
        if title is not None and _is_related(element, title):
            continue
        if element.tag not in HEADING_TAGS and not _stands_alone(element):
            continue
        sections.append(_section_of(element))
    return sections


def _is_related(element: HtmlElement, other: HtmlElement) -> bool:
    """`element` is `other`, inside it or around it."""
    if element is other:
        return True
    return any(a is other for a in element.iterancestors()) or any(
        a is element for a in other.iterancestors()
    )


def _stands_alone(element: HtmlElement) -> bool:
    """A label apart from running text: no block children, no sentence continuing after it."""
    if any(child.tag in {"div", "p", "ul", "ol", "table", "section"} for child in element):
        return False
    return not (element.tail or "").strip(" \t\n\r:")


def _section_of(label: HtmlElement) -> list[HtmlElement]:
    """The label's parent when the label opens it, else the label and what follows it."""
    parent = label.getparent()
    if parent is None:
        return [label]
    opens_parent = parent.tag not in _ROOT_TAGS and _is_first_text(label, parent)
    if opens_parent and not _holds_other_sections(parent, label):
        return [parent]
    following = [label]
    for sibling in label.itersiblings():
        if sibling.tag in HEADING_TAGS:
            break
        following.append(sibling)
    return following


def _rank(heading: HtmlElement) -> int:
    return int(heading.tag[1])


def _holds_other_sections(parent: HtmlElement, label: HtmlElement) -> bool:
    """True when `parent` also holds headings as high as the label: it is more than one box."""
    level = int(label.tag[1]) if label.tag in HEADING_TAGS else 6
    return any(
        heading is not label and int(heading.tag[1]) <= level
        for heading in parent.iterdescendants(*HEADING_TAGS)
    )


def _is_first_text(label: HtmlElement, parent: HtmlElement) -> bool:
    if (parent.text or "").strip():
        return False
    for child in parent:
        if child is label:
            return True
        if isinstance(child.tag, str) and child.text_content().strip():
            return False
        if (child.tail or "").strip():
            return False
    return False
