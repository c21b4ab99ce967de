"""Pages of unknown sites: the failure kinds of the general rules, on small pages of our own.

Each case runs twice: on a short page (a few sentences: read by the boilerplate rules) and on
a long one (read by the general extractor), since a page of either size must survive a body
class, a wrapping `<form>` or `<aside>`, and must lose its comments and prev/next links.
"""

from __future__ import annotations

import pytest

from extractors.clean import clean_html
from extractors.clean.cleaner import cleaning_mode
from extractors.clean.profile import default_profile

URL = "https://blog.example.org/2026/12/a-post"
TITLE = "Schools adopt the new online safety curriculum"
SENTENCES = [
    "Teachers in twelve regions began the pilot lessons in September after a year of work.",
    "The curriculum covers privacy settings, reporting tools and how to spot grooming.",
    "Parents received a short guide that explains each lesson in plain language.",
    "An evaluation by the university found that pupils reported abuse more often.",
    "The ministry plans to extend the programme to every secondary school next year.",
    "Youth panels reviewed the material and asked for more examples from gaming platforms.",
    "Helplines saw a rise in calls from pupils who recognised the warning signs.",
    "Head teachers said the lessons fitted well into existing citizenship classes.",
]


def _article(long: bool) -> str:
    sentences = SENTENCES * 4 if long else SENTENCES[:3]
    paragraphs = [
        f"<p>{' '.join(sentences[i : i + 2])} Paragraph {i // 2 + 1}.</p>"
        for i in range(0, len(sentences), 2)
    ]
    return f"<h1>{TITLE}</h1>" + "".join(paragraphs)


def _page(
    body_attrs: str = "",
    wrap: tuple[str, str] = ("<article>", "</article>"),
    extra="",
    *,
    long: bool,
) -> str:
    start, end = wrap
    return (
        f"<html><head><title>{TITLE} | Example blog</title></head><body {body_attrs}>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/about'>About</a></nav>"
        f"{start}{_article(long)}{end}{extra}"
        "<footer><p>Example blog. All rights reserved.</p></footer></body></html>"
    )


def _kept(html: str) -> str:
    return clean_html(html, URL).text


SIZES = pytest.mark.parametrize("long", [False, True], ids=["short page", "long page"])


@SIZES
@pytest.mark.parametrize(
    "body_class",
    [
        "cookies-not-set",
        "genesis-breadcrumbs-visible",
        "has-single-pagination",
        "pageLayout--related",
    ],
)
def test_body_whose_class_names_a_widget_keeps_its_content(body_class: str, long: bool) -> None:
    text = _kept(_page(f'class="home blog {body_class}"', long=long))
    assert TITLE in text
    assert SENTENCES[0] in text and SENTENCES[2] in text


@SIZES
@pytest.mark.parametrize(
    "wrap",
    [
        ("<header class='entry-header'>", "</header>"),
        ("<form id='aspnetForm' action='/post'>", "</form>"),
        ("<aside class='content-column'>", "</aside>"),
        ("<article class='post sharebar-enabled'>", "</article>"),
        ("<div class='related-wrapper'><article>", "</article></div>"),
    ],
    ids=["header", "form", "aside", "sharebar article", "related wrapper"],
)
def test_main_text_inside_a_chrome_element_survives(wrap: tuple[str, str], long: bool) -> None:
    text = _kept(_page(wrap=wrap, long=long))
    assert SENTENCES[0] in text and SENTENCES[2] in text


COMMENTS = """<section id="comments" class="comments-area"><h2>3 comments</h2>
<ol class="comment-list">
<li class="comment"><p>Great post, thanks for sharing this with us!</p></li>
<li class="comment"><p>My daughter's school started the lessons last week already.</p></li></ol>
<div id="respond"><h3>Leave a reply</h3><p>Your email address will not be published.</p></div>
</section>"""
PREV_NEXT = """<nav class="post-navigation"><div class="nav-previous">
<a href="/2026/11/older" rel="prev">Previous post: Older news about the helpline network</a></div>
<div class="nav-next">
<a href="/2027/01/newer" rel="next">Next post: Newer news about youth panels</a>
</div></nav>"""


@SIZES
def test_comments_and_previous_next_links_are_left_out(long: bool) -> None:
    text = _kept(_page(extra=PREV_NEXT + COMMENTS, long=long))
    assert SENTENCES[0] in text
    for chrome in ("Great post", "My daughter", "Leave a reply", "Previous post", "Next post"):
        assert chrome not in text


@SIZES
def test_comments_inside_the_article_are_left_out(long: bool) -> None:
    wrap = ("<article class='post'>", PREV_NEXT + COMMENTS + "</article>")
    text = _kept(_page(wrap=wrap, long=long))
    assert SENTENCES[0] in text
    for chrome in ("Great post", "Leave a reply", "Previous post"):
        assert chrome not in text


@SIZES
def test_each_block_appears_once(long: bool) -> None:
    html = _page(
        wrap=("<article>", "</article>" + f"<div class='mobile'>{_article(long)}</div>"), long=long
    )
    blocks = [b.text for b in clean_html(html, URL).blocks if len(b.text.split()) > 4]
    assert len(blocks) == len(set(blocks))


def test_lists_and_tables_keep_their_structure_in_generic_mode() -> None:
    extra = (
        "<ol><li>Privacy settings on every app the pupils use.</li>"
        "<li>Reporting tools of the five largest platforms.</li></ol>"
        "<table><tr><th>Region</th><th>Schools</th></tr><tr><td>North</td><td>41</td></tr></table>"
    )
    html = _page(wrap=("<article>", extra + "</article>"), long=True)
    document = clean_html(html, URL)
    items = [b for b in document.blocks if b.kind == "list_item"]
    assert [b.ordinal for b in items] == [1, 2] and items[0].ordered
    assert "North | 41" in [b.text for b in document.blocks if b.kind == "table_row"]


def test_mode_tells_a_watched_site_from_an_unknown_one() -> None:
    assert clean_html(_page(long=True), URL).mode == "generic"
    assert cleaning_mode("bik", default_profile("bik")) == "profile"
    assert cleaning_mode(None, None) == "generic"
