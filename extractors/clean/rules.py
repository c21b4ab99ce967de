"""The boilerplate rules of `boilerplate.toml`, loaded once, and the tests they drive."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from lxml.html import HtmlElement

from extractors.clean.tags import BLOCK_TAGS, HEADING_TAGS

_RULES_FILE = Path(__file__).with_name("boilerplate.toml")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_LABEL_PUNCTUATION = re.compile(r"[\s:.]+$")
_NOTICE_SCOPE = frozenset({"article"})  # where a notice box is the editor's word


@dataclass(frozen=True)
class LinkFarmLimits:
    min_links: int = 3
    min_share: float = 0.8
    max_words_per_link: float = 4


@dataclass(frozen=True)
class BoilerplateRules:
    drop_tags: frozenset[str]
    landmark_tags: frozenset[str]
    sectioning_tags: frozenset[str]
    drop_roles: frozenset[str]
    exact_classes: frozenset[str]
    class_prefixes: tuple[str, ...]
    class_substrings: tuple[str, ...]
    section_labels: frozenset[str]
    metadata_list_prefixes: tuple[str, ...] = ()
    revealable_prefixes: tuple[str, ...] = ()
    revealable_roles: frozenset[str] = frozenset()
    notice_roles: frozenset[str] = frozenset()
    notice_prefixes: tuple[str, ...] = ()
    never_text_tags: frozenset[str] = frozenset()
    furniture_lines: re.Pattern[str] | None = None
    link_farm: LinkFarmLimits = LinkFarmLimits()
    # Labels that open the tail of an article (related posts, comments, newsletter calls).
    tail_labels: re.Pattern[str] = re.compile(r"(?!)")

    def is_furniture_line(self, text: str) -> bool:
        """A whole block that is page furniture: "Last update: ...", "Back to top", "© ..."."""
        return self.furniture_lines is not None and bool(self.furniture_lines.match(text))

    def is_metadata_list(self, element: HtmlElement) -> bool:
        """A list that only lays out a teaser's date, type and tags."""
        names = element.attrib.get("class", "").lower().split()
        return any(name.startswith(self.metadata_list_prefixes) for name in names)

    def is_section_label(self, text: str) -> bool:
        """True for the text of a heading that opens a boilerplate section ("Related news")."""
        return normalise_label(text) in self.section_labels


def normalise_label(text: str) -> str:
    return _LABEL_PUNCTUATION.sub("", " ".join(text.split()).casefold())


def template_learning_rules(rules: BoilerplateRules) -> BoilerplateRules:
    """Rules that only drop what holds no visible text (scripts, styles, hidden elements).

    Template learning reads pages with these: a site profile then knows the site's header,
    menus and footer too, as a second line of defence for a page that marks them with no
    tag, role or class the rules know.
    """
    return replace(
        rules,
        drop_tags=rules.never_text_tags,
        landmark_tags=frozenset(),
        drop_roles=frozenset(),
        exact_classes=frozenset(),
        class_prefixes=(),
        class_substrings=(),
        section_labels=frozenset(),
    )


@cache
def load_rules() -> BoilerplateRules:
    data = tomllib.loads(_RULES_FILE.read_text(encoding="utf-8"))
    classes = data["classes"]
    return BoilerplateRules(
        drop_tags=frozenset(data["tags"]["drop"]),
        never_text_tags=frozenset(data["tags"]["never_text"]),
        landmark_tags=frozenset(data["tags"]["landmarks"]),
        sectioning_tags=frozenset(data["tags"]["sectioning"]),
        drop_roles=frozenset(data["roles"]["drop"]),
        exact_classes=frozenset(classes["exact"]),
        class_prefixes=tuple(classes["prefixes"]),
        class_substrings=tuple(classes["substrings"]),
        section_labels=frozenset(normalise_label(label) for label in data["labels"]["section"]),
        metadata_list_prefixes=tuple(data["lists"]["metadata_class_prefixes"]),
        revealable_prefixes=tuple(data["visibility"]["revealable_class_prefixes"]),
        revealable_roles=frozenset(data["visibility"]["revealable_roles"]),
        notice_roles=frozenset(data["notices"]["roles"]),
        notice_prefixes=tuple(data["notices"]["class_prefixes"]),
        link_farm=LinkFarmLimits(**data["links"]),
        tail_labels=re.compile(r"^\W*(?:{})\b".format("|".join(data["labels"]["tail"])), re.I),
        furniture_lines=re.compile("|".join(f"(?:{p})" for p in data["lines"]["patterns"]), re.I),
    )


def is_hidden(element: HtmlElement) -> bool:
    """Hidden from every reader: `hidden`, `aria-hidden="true"` or an inline display:none."""
    attrib = element.attrib
    if "hidden" in attrib or attrib.get("aria-hidden", "").strip().lower() == "true":
        return True
    style = attrib.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def has_boilerplate_class(element: HtmlElement, rules: BoilerplateRules) -> bool:
    names = element.attrib.get("class", "").lower().split()
    element_id = element.attrib.get("id", "").lower()
    if element_id:
        names.append(element_id)
    for name in names:
        if name in rules.exact_classes or name.startswith(rules.class_prefixes):
            return True
        if any(part in name for part in rules.class_substrings):
            return True
    return False


def is_boilerplate_element(element: HtmlElement, rules: BoilerplateRules) -> bool:
    """An element that is page chrome by its tag, ARIA role, visibility or class."""
    tag = element.tag
    if tag in rules.drop_tags:
        return not (tag == "button" and _is_panel_title(element, rules))
    if tag in rules.landmark_tags and not _is_inside(element, rules.sectioning_tags):
        return not _is_page_header(element)
    role = element.attrib.get("role", "").strip().lower()
    if _is_article_notice(element, role, rules):
        return False
    if role in rules.drop_roles:
        return True
    if _is_collapsed_panel(element, rules):
        return has_boilerplate_class(element, rules)  # content, until the reader opens it
    if is_hidden(element):
        return True  # hidden from every reader: icons, decorative duplicates, print copies
    return has_boilerplate_class(element, rules)


def _is_article_notice(element: HtmlElement, role: str, rules: BoilerplateRules) -> bool:
    """A visible notice box, or a part of one, that an editor put inside the article."""
    names = element.attrib.get("class", "").lower().split()
    if role not in rules.notice_roles and not any(
        name.startswith(rules.notice_prefixes) for name in names
    ):
        return False
    return not is_hidden(element) and _is_inside(element, _NOTICE_SCOPE)


def _is_collapsed_panel(element: HtmlElement, rules: BoilerplateRules) -> bool:
    """A revealable panel; inline parts of a widget (its icons) stay hidden when marked so."""
    if not _is_revealable(element, rules):
        return False
    aria_hidden = element.attrib.get("aria-hidden", "").strip().lower() == "true"
    return not aria_hidden or element.tag in BLOCK_TAGS


def _is_revealable(element: HtmlElement, rules: BoilerplateRules) -> bool:
    if element.attrib.get("role", "").strip().lower() in rules.revealable_roles:
        return True
    names = element.attrib.get("class", "").lower().split()
    return any(name.startswith(rules.revealable_prefixes) for name in names)


def _is_panel_title(button: HtmlElement, rules: BoilerplateRules) -> bool:
    """An accordion's toggle, which names its panel; an expandable's "Show more" does not.

    The title sits in a heading or a `<dt>`, or carries the accordion's class.
    """
    if not _is_revealable(button, rules):
        return False
    if "accordion" in button.attrib.get("class", "").lower():
        return True
    return any(ancestor.tag in _TITLE_TAGS for ancestor in button.iterancestors())


_TITLE_TAGS = HEADING_TAGS | {"dt"}


def _is_page_header(element: HtmlElement) -> bool:
    """A `<header>` holding the page's `<h1>` and no navigation: the page's own header."""
    if element.tag != "header" or element.find(".//h1") is None:
        return False
    return element.find(".//nav") is None and element.find(".//form") is None


def _is_inside(element: HtmlElement, tags: frozenset[str]) -> bool:
    return any(ancestor.tag in tags for ancestor in element.iterancestors())
