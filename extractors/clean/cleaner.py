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
from extractors.clean.generic import MIN_GENERIC_WORDS, read_generic_blocks, strip_invisible
from extractors.clean.metadata import fallback_title, find_published, find_title_element
from extractors.clean.page_text import PageText
from extractors.clean.parse import content_root, parse_html
from extractors.clean.profile import SiteProfile, default_profile, drop_template_blocks
from extractors.clean.prune import prune_boilerplate
from extractors.clean.region import drop_link_farms, keep_main_region
from extractors.clean.rules import BoilerplateRules, load_rules
from extractors.clean.text import collapse_whitespace
from extractors.clean.walk import BlockReader, RawBlock
from extractors.gc_pause import cycle_collector_paused
from extractors.sites import site_for_url
from schemas.document import CleanedDocument, CleaningMode

# Below this share of the page's words, the general extractor's result is checked by the rules.
_MIN_GENERIC_SHARE = 0.03
NO_MAIN_CONTENT = "no main content found: only the page's title, if it has one"


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
    A watched site with a profile is cleaned by its rules ("profile" mode); any other page by
    the general extractor ("generic" mode), with the rules as a fallback when it finds nothing.
    A page with no main content (a sign-in or error page) gives its title alone and the
    warning `NO_MAIN_CONTENT`. Raises `InputError` when the page is empty, `PageTooLargeError`
    when it is over `budget`.
    """
    check_within(url, "characters of HTML", len(html), budget.max_html_chars)
    site = site or site_for_url(url)
    profile = profile or default_profile(site)
    mode = cleaning_mode(site, profile)
    rules = load_rules()
    root = parse_html(html)
    if mode == "generic":
        strip_invisible(root)  # JSON-LD and <meta> stay for the date and the title
    published, published_shown = find_published(root)
    page = PageText(root)
    title_element = find_title_element(root, rules, page)
    metadata_title = fallback_title(root)  # read before pruning drops <head>
    blocks, title = _main_blocks(root, rules, mode, page, title_element, metadata_title)
    # A heading is no widget's label: "Download" over a paragraph is content.
    blocks = [b for b in blocks if b.kind == "heading" or not rules.is_furniture_line(b.text)]
    blocks = convert_typed_lists(blocks)
    if profile is not None:
        blocks = drop_template_blocks(blocks, profile)
    blocks = drop_repeated_blocks(blocks, title)
    warnings = _title_warnings(title_element, title) + ([] if blocks else [NO_MAIN_CONTENT])
    return assemble_document(
        url=url,
        site=site,
        title=title,
        published=published,
        published_shown=published_shown,
        blocks=blocks,
        warnings=warnings,
        mode=mode,
    )


def cleaning_mode(site: str | None, profile: SiteProfile | None) -> CleaningMode:
    """ "profile" for a watched site that has a profile: its rules are exact; else "generic"."""
    return "profile" if site is not None and profile is not None else "generic"


def _main_blocks(
    root: HtmlElement,
    rules: BoilerplateRules,
    mode: CleaningMode,
    page: PageText,
    title_element: HtmlElement | None,
    metadata_title: str | None,
) -> tuple[list[RawBlock], str | None]:
    """The general extractor's blocks on a page of an unknown site with enough text to weigh;
    the rules' blocks on a known site, a short page, or when the extractor's result is a
    sliver of the page (content in a container it always drops, such as an `<aside>`) and
    the rules find more."""
    page_words = page.words
    blocks: list[RawBlock] = []
    title = None
    if mode == "generic" and page_words >= MIN_GENERIC_WORDS:
        blocks = read_generic_blocks(root, rules, page)
        title = _title_text(title_element, root) or metadata_title
    if blocks and _word_total(blocks) >= _MIN_GENERIC_SHARE * page_words:
        return blocks, title
    rule_blocks, rule_title = _rule_blocks(root, rules, title_element, metadata_title)
    if _word_total(rule_blocks) > _word_total(blocks):
        return rule_blocks, rule_title
    # A sign-in, error or emptied page keeps its title: the diff's health check must see it
    # (and tell the user) rather than the run failing the source.
    return blocks, title or rule_title


def _rule_blocks(
    root: HtmlElement,
    rules: BoilerplateRules,
    title_element: HtmlElement | None,
    metadata_title: str | None,
) -> tuple[list[RawBlock], str | None]:
    """The blocks the boilerplate rules keep, and the title after pruning."""
    prune_boilerplate(root, rules, title_element)
    body = content_root(root)
    if not keep_main_region(body, title_element):
        drop_link_farms(body, title_element, rules.link_farm)
    title = _title_text(title_element, root) or metadata_title
    reader = BlockReader(rules, skip=title_element)
    return _after_title(reader.read(body), reader.title_position), title


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
