"""`clean_html`: the main text of a page, once, with no boilerplate, as named stages.

parse -> read title and date -> prune chrome -> keep the main region -> read blocks -> drop
furniture lines -> typed lists -> drop template blocks (site profile) -> drop repeats ->
assemble.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from extractors.budget import DEFAULT_BUDGET, PageBudget, check_within
from extractors.clean.assemble import assemble_document
from extractors.clean.bullets import convert_typed_lists
from extractors.clean.dedupe import drop_repeated_blocks
from extractors.clean.metadata import fallback_title, find_published, find_title_element
from extractors.clean.parse import content_root, parse_html
from extractors.clean.profile import SiteProfile, default_profile, drop_template_blocks
from extractors.clean.prune import prune_boilerplate
from extractors.clean.region import drop_link_farms, keep_main_region
from extractors.clean.rules import load_rules
from extractors.clean.text import collapse_whitespace
from extractors.clean.walk import BlockReader, RawBlock
from extractors.gc_pause import cycle_collector_paused
from extractors.sites import site_for_url
from schemas.document import CleanedDocument
from schemas.errors import CleaningError


@cycle_collector_paused
def clean_html(
    html: str,
    url: str,
    *,
    site: str | None = None,
    profile: SiteProfile | None = None,
    budget: PageBudget = DEFAULT_BUDGET,
) -> CleanedDocument:
    """The page's title, publication date and main content blocks, each block once.

    `site` defaults to the site of `url`; `profile` to the profile shipped for that site.
    Raises `CleaningError` when the page has no main content, `InputError` when it is empty,
    `PageTooLargeError` when it is over `budget`.
    """
    check_within(url, "characters of HTML", len(html), budget.max_html_chars)
    site = site or site_for_url(url)
    rules = load_rules()
    root = parse_html(html)
    published = find_published(root)
    title_element = find_title_element(root, rules)
    metadata_title = fallback_title(root)  # read before pruning drops <head>
    prune_boilerplate(root, rules, title_element)
    body = content_root(root)
    if not keep_main_region(body, title_element):
        drop_link_farms(body, title_element, rules.link_farm)
    title = _title_text(title_element, root) or metadata_title
    reader = BlockReader(rules, skip=title_element)
    blocks = _after_title(reader.read(body), reader.title_position)
    # A heading is no widget's label: "Download" over a paragraph is content.
    blocks = [b for b in blocks if b.kind == "heading" or not rules.is_furniture_line(b.text)]
    blocks = convert_typed_lists(blocks)
    profile = profile or default_profile(site)
    if profile is not None:
        blocks = drop_template_blocks(blocks, profile)
    blocks = drop_repeated_blocks(blocks, title)
    if not blocks:
        raise CleaningError(f"no main content found in {url}")
    return assemble_document(
        url=url,
        site=site,
        title=title,
        published=published,
        blocks=blocks,
        warnings=_title_warnings(title_element, title),
    )


def _title_warnings(title_element: HtmlElement | None, title: str | None) -> list[str]:
    if title_element is not None:
        return []
    return ["page has no <h1>: title taken from its metadata" if title else "page has no title"]


def _after_title(blocks: list[RawBlock], title_position: int | None) -> list[RawBlock]:
    """Drop what precedes the title (site name, banners, breadcrumb) when it is the lesser part.

    An `<h1>` far down a page (a widget's heading) must not take the content before it along.
    """
    if not title_position:
        return blocks
    before, after = blocks[:title_position], blocks[title_position:]
    if _word_total(before) >= _word_total(after):
        return blocks
    return after


def _word_total(blocks: list[RawBlock]) -> int:
    return sum(len(block.text.split()) for block in blocks)


def _title_text(title_element: HtmlElement | None, root: HtmlElement) -> str | None:
    """The title's text after pruning, so screen-reader-only parts of it are gone."""
    if title_element is None or title_element.getroottree().getroot() is not root:
        return None
    return collapse_whitespace(title_element.text_content()) or None
