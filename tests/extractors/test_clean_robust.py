"""Cleaning never crashes: odd, broken, huge and empty pages, and generated HTML."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.clean import clean_html
from extractors.clean.cleaner import NO_MAIN_CONTENT
from schemas.document import CleanedDocument
from schemas.errors import InputError

URL = "https://better-internet-for-kids.europa.eu/en/page"


def _assert_spans_match(document: CleanedDocument) -> None:
    for block in document.blocks:
        assert document.text[block.span.start : block.span.end] == block.text
    parents = [block.parent_item for block in document.blocks if block.parent_item is not None]
    assert all(document.blocks[parent].kind == "list_item" for parent in parents)


def test_page_without_body_or_html_element() -> None:
    document = clean_html("<h1>Hotlines</h1><p>Report illegal content to a hotline.</p>", URL)
    assert document.text == "Hotlines\n\nReport illegal content to a hotline."


def test_broken_nesting_is_repaired() -> None:
    html = "<html><body><h1>T<p>First <b>bold <i>both</b> italic</i><ul><li>one<li>two</ul><p>end"
    document = clean_html(html, URL)
    assert [block.kind for block in document.blocks].count("list_item") == 2
    _assert_spans_match(document)


def test_xml_declaration_is_accepted() -> None:
    html = '<?xml version="1.0" encoding="utf-8"?><html><body><h1>T</h1><p>Text.</p></body></html>'
    assert clean_html(html, URL).text == "T\n\nText."


@pytest.mark.parametrize("html", ["", "   ", "\n"])
def test_empty_page_is_an_input_error(html: str) -> None:
    with pytest.raises(InputError):
        clean_html(html, URL)


@pytest.mark.parametrize(
    "html",
    [
        "<html><body></body></html>",
        "<html><body><nav><a href='/'>Home</a></nav><footer>Legal notice</footer></body></html>",
        "<html><head><script>var x = 1;</script></head><body><!-- nothing --></body></html>",
    ],
)
def test_page_with_no_main_content_is_cleaned_to_nothing_with_a_warning(html: str) -> None:
    document = clean_html(html, URL)
    assert (document.text, document.blocks, document.title) == ("", [], None)
    assert document.warnings[-1] == NO_MAIN_CONTENT


def test_a_sign_in_page_keeps_its_metadata_title_for_the_health_check() -> None:
    """Its form sits in a login box that cleaning drops: the page title is all that is left."""
    html = (
        "<html><head><title>Sign in - Safer Web Portal</title></head><body><main>"
        "<div class='portlet-login'><h1>Sign in</h1><form><label>Email address</label>"
        "<input name='e'><button>Sign in</button></form></div></main></body></html>"
    )
    document = clean_html(html, URL)
    assert (document.title, document.text) == ("Sign in", "Sign in")
    assert document.warnings[-1] == NO_MAIN_CONTENT


def test_several_megabyte_page_is_cleaned_quickly() -> None:
    paragraph = (
        "<p>Paragraph {n} about child online safety and the measures taken to improve it.</p>"
    )
    body = "".join(paragraph.format(n=n) for n in range(25_000))
    html = f"<html><body><h1>Big</h1><div>{body}</div></body></html>"
    assert len(html) > 2_000_000
    started = time.perf_counter()
    document = clean_html(html, URL)
    assert time.perf_counter() - started < 20
    assert len(document.blocks) == 25_001


@pytest.mark.parametrize("tag", ["div", "b", "li"])
def test_thousands_of_unclosed_tags_do_not_exhaust_recursion(tag: str) -> None:
    html = "<h1>Deep</h1>" + f"<{tag}>word " * 1500 + "<p>The end of the page text.</p>"
    document = clean_html(html, URL)
    assert document.text.startswith("Deep\n\nword")
    _assert_spans_match(document)


_TAGS = st.sampled_from(
    [
        "p",
        "div",
        "ul",
        "ol",
        "li",
        "h1",
        "h2",
        "h3",
        "table",
        "tr",
        "td",
        "dl",
        "dt",
        "dd",
        "span",
        "a",
        "b",
        "br",
        "nav",
        "footer",
        "section",
        "article",
        "script",
        "blockquote",
    ]
)
_ATTRIBUTES = st.sampled_from(
    [
        "",
        ' class="ecl-u-sr-only"',
        " hidden",
        ' role="navigation"',
        ' class="bik-content--mobile"',
        ' style="display:none"',
        ' class="ecl-unordered-list"',
        ' start="3"',
    ]
)
_TEXT = st.sampled_from(
    [
        "",
        "Safer Internet Day 2017",
        "• typed bullet",
        "1. numbered",
        "Related news",
        "&amp; <",
        "Published on 01/12/2011",
        " ",
        "Statement of Purpose",
        "x" * 50,
        "\u00a0",
        "\u00e9\u2013\u201c\u201d",
    ]
)


@st.composite
def html_fragments(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        if depth < 4 and draw(st.booleans()):
            tag, attributes = draw(_TAGS), draw(_ATTRIBUTES)
            inner = draw(html_fragments(depth + 1))
            closing = "" if draw(st.integers(0, 5)) == 0 else f"</{tag}>"  # sometimes unclosed
            parts.append(f"<{tag}{attributes}>{inner}{closing}")
        else:
            parts.append(draw(_TEXT))
    return "".join(parts)


@settings(
    max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(html_fragments())
def test_generated_html_never_crashes_and_spans_match(html: str) -> None:
    try:
        document = clean_html(html, URL)
    except InputError:
        return
    _assert_spans_match(document)
    assert document.blocks or document.warnings[-1] == NO_MAIN_CONTENT
    assert document.text == "\n\n".join(block.text for block in document.blocks)
