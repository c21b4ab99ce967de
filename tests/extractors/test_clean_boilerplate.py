"""Each kind of boilerplate, on small hand-written pages, is left out of the main text."""

from __future__ import annotations

import pytest

from extractors.clean import clean_html
from extractors.clean.dedupe import _nearly_same
from tests.extractors.corpus_pages import corpus_pages

URL = "https://example.org/page"
ARTICLE = """
<main><h1>Safer internet</h1>
<p>Children deserve a safe and empowering online environment across the whole Union.</p>
<p>The strategy sets out actions under three pillars agreed by the Member States.</p>
</main>
"""
KEPT = [
    "Safer internet",
    "Children deserve a safe and empowering online environment across the whole Union.",
    "The strategy sets out actions under three pillars agreed by the Member States.",
]

BOILERPLATE = {
    "cookie banner": """<div class="cck-banner" id="cookie-consent-banner">
        <h2>This site uses cookies</h2><p>We use cookies to give you a better experience.</p>
        <a href="#accept">Accept all cookies</a></div>""",
    "cookie banner without ECL classes": """<div id="cookie-notice">
        <p>We use cookies to give you a better experience on this site.</p></div>""",
    "login modal": """<div class="modal fade" id="loginModal" role="dialog" aria-hidden="true">
        <h2>Community Message</h2><p>Membership is only available to members.</p></div>""",
    "menu": """<nav class="ecl-menu"><ul><li><a href="/a">Home</a></li>
        <li><a href="/b">Knowledge hub</a></li></ul></nav>""",
    "menu by ARIA role": """<div role="navigation"><ul><li><a href="/a">Home</a></li>
        <li><a href="/b">Policy</a></li></ul></div>""",
    "breadcrumb": """<div class="ecl-breadcrumb"><ol><li><a href="/">Home</a></li>
        <li>Policy</li></ol></div>""",
    "share widget": """<div class="ecl-social-media-share"><p>Share this page</p>
        <ul><li><a href="#">Facebook</a></li><li><a href="#">X</a></li></ul></div>""",
    "related content": """<section class="bik-related"><h2>Related content</h2>
        <article><a href="/x">BIK policy overview and more</a></article></section>""",
    "related content by its heading": """<section><h2>Related news</h2>
        <article><a href="/x">Commission brokers a new alliance</a></article></section>""",
    "newsletter": """<section class="bik-newsletter"><h2>Stay informed</h2>
        <p>Read the quarterly bulletin for all the latest news.</p></section>""",
    "footer": """<footer class="ecl-site-footer"><p>European Commission website</p>
        <ul><li><a href="/legal">Legal notice</a></li></ul></footer>""",
    "page footer by role": """<div role="contentinfo"><p>Legal notice and privacy</p></div>""",
    "screen-reader text": """<p class="ecl-u-sr-only">You are here: a hidden note</p>""",
    "hidden print copy": """<div style="display:none">
        <p>Children deserve a print copy.</p></div>""",
    "hidden attribute": """<div hidden><p>A language overlay that nobody sees.</p></div>""",
    "sidebar": """<aside><h2>Keywords</h2>
        <ul><li><a href="#">EU: regulation</a></li></ul></aside>""",
    "press contacts": """<div class="contact-box"><h4>Press contacts:</h4>
        <ul><li>Ryan Heath +32 2 299 11 11</li></ul></div>""",
    "last update": """<div class="ecl-footer__last-update">Last update: 10/07/2019</div>""",
    "site notice": """<div class="ecl-notification" role="alert">
        <div class="ecl-notification__title">Scheduled maintenance</div>
        <div class="ecl-notification__description">The site may be slow tonight.</div></div>""",
    "status line by role": """<div role="status"><p>Saved to your reading list.</p></div>""",
}


def _page(extra_before: str, extra_after: str = "") -> str:
    return f"<html><body>{extra_before}{ARTICLE}{extra_after}</body></html>"


@pytest.mark.parametrize("kind", sorted(BOILERPLATE))
def test_boilerplate_kind_is_left_out(kind: str) -> None:
    widget = BOILERPLATE[kind]
    document = clean_html(_page(widget, widget), URL)
    assert [block.text for block in document.blocks] == KEPT


def _article_texts(notice: str) -> list[str]:
    """The cleaned blocks of an article that holds `notice` between its title and its text."""
    html = f"""<html><body><main><article><h1>Safer internet</h1>{notice}
      <p>The Coalition was a self-regulatory initiative of the industry.</p></article></main>
      </body></html>"""
    return [block.text for block in clean_html(html, URL).blocks]


@pytest.mark.parametrize(
    "notice",
    [
        '<div class="ecl-notification ecl-notification--info"><div class="ecl-notification__'
        'description">The work under the Coalition came to an end in May 2015.</div></div>',
        '<div role="status"><p>The work under the Coalition came to an end in May 2015.</p></div>',
    ],
)
def test_an_editors_notice_inside_the_article_is_content(notice: str) -> None:
    assert _article_texts(notice) == [
        "Safer internet",
        "The work under the Coalition came to an end in May 2015.",
        "The Coalition was a self-regulatory initiative of the industry.",
    ]


@pytest.mark.parametrize(
    "notice",
    [
        '<div role="alert" hidden>Please enter a valid e-mail address.</div>',
        '<div class="ecl-notification" style="display:none">Please enter a valid e-mail.</div>',
        '<div role="status" aria-hidden="true">Please enter a valid e-mail address.</div>',
    ],
)
def test_a_hidden_notice_inside_the_article_is_left_out(notice: str) -> None:
    assert _article_texts(notice) == [
        "Safer internet",
        "The Coalition was a self-regulatory initiative of the industry.",
    ]


def test_duplicated_mobile_copy_appears_once() -> None:
    copy = ARTICLE.replace("<main>", "<div class='bik-content--mobile'>").replace(
        "</main>", "</div>"
    )
    copy = copy.replace("<h1>Safer internet</h1>", "<h2>Safer internet</h2>")
    document = clean_html(_page("", copy), URL)
    assert [block.text for block in document.blocks] == KEPT


def test_near_duplicate_in_a_repeated_copy_appears_once() -> None:
    items = [
        "Providing accessible and robust tools that are easy to use for everyone;",
        "Promoting the awareness and use of parental control tools in every home;",
        "Identifying emerging developments in technology such as connected devices;",
    ]
    desktop = "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
    mobile_items = [items[0], items[1].replace("every home", "every single home"), items[2]]
    mobile = "<ul>" + "".join(f"<li>{item}</li>" for item in mobile_items) + "</ul>"
    html = f"<html><body><h1>Actions</h1>{desktop}<div>{mobile}</div></body></html>"
    document = clean_html(html, URL)
    assert [block.text for block in document.blocks[1:]] == items


def test_similar_list_items_both_stay() -> None:
    html = """<html><body><h1>Commitments</h1><ul>
      <li>Promoting the awareness and use of parental control tools.</li>
      <li>Promoting the awareness and use of content classification tools.</li>
    </ul></body></html>"""
    document = clean_html(html, URL)
    assert len([block for block in document.blocks if block.kind == "list_item"]) == 2


def test_pulled_quote_repeating_the_body_is_left_out() -> None:
    quote = "This new Coalition should provide both children and parents with transparent tools."
    html = f"""<html><body><h1>Press release</h1>
      <p>The Vice-President said: "{quote}" at the launch in Brussels.</p>
      <div><blockquote><p>{quote}</p></blockquote></div></body></html>"""
    document = clean_html(html, URL)
    assert sum(quote in block.text for block in document.blocks) == 1


def test_heading_repeating_the_title_is_left_out() -> None:
    html = """<html><body><h1>Hotlines</h1><article><h2>Hotlines</h2>
      <p>INHOPE is a collaborative network of hotlines around the world.</p></article>
      </body></html>"""
    document = clean_html(html, URL)
    assert [block.text for block in document.blocks] == [
        "Hotlines",
        "INHOPE is a collaborative network of hotlines around the world.",
    ]


def test_screen_reader_text_inside_a_paragraph_is_left_out() -> None:
    html = """<html><body><h1>Hotlines</h1><p>Go directly to the <a href="#">
      <span>INHOPE website</span><span class="ecl-u-sr-only">(opens in a new window)</span>
      </a>.</p></body></html>"""
    document = clean_html(html, URL)
    assert document.blocks[1].text == "Go directly to the INHOPE website ."


def test_edited_mobile_copy_of_a_corpus_page_appears_once() -> None:
    """The BIK mobile copy, with a few blocks edited in a row, still appears once."""
    page = next(p for p in corpus_pages() if p.page_id == "previous-initiatives")
    assert page.gold is not None
    desktop, mobile = page.html.split('<div class="bik-content--mobile', 1)
    edits = {
        "In the past, self-regulation": "Previously, self-regulation",
        "The entry into force of the": "The entry into application of the",
        "access control for adult content;": "access controls for adult content;",
        "Age-appropriate privacy settings.": "Age appropriate privacy settings",
        "Wider use of content classification.": "Wider use of content classifications.",
        "The Commission formally disbanded": "The Commission disbanded",
    }
    for old, new in edits.items():
        assert old in mobile
        mobile = mobile.replace(old, new, 1)
    document = clean_html(desktop + '<div class="bik-content--mobile' + mobile, page.url)
    assert document.text == page.gold["main_text"]


def test_unmarked_menu_of_short_links_is_left_out_when_no_main_is_marked() -> None:
    menu = "<div>" + "".join(f"<a href='/{n}'>Item {n}</a> " for n in range(6)) + "</div>"
    html = f"<html><body>{ARTICLE.replace('main', 'div')}{menu}</body></html>"
    assert [block.text for block in clean_html(html, URL).blocks] == KEPT


def test_list_of_links_inside_the_main_region_is_content() -> None:
    links = "<ul>" + "".join(f"<li><a href='/{n}'>Report {n}</a></li>" for n in range(4)) + "</ul>"
    html = f"<html><body>{ARTICLE.replace('</main>', links + '</main>')}</body></html>"
    texts = [block.text for block in clean_html(html, URL).blocks]
    assert texts == [*KEPT, "Report 0", "Report 1", "Report 2", "Report 3"]


def test_unknown_chrome_outside_the_main_region_is_left_out() -> None:
    survey = "<div class='survey-box'><p>Tell us what you think of this website today.</p></div>"
    assert [block.text for block in clean_html(_page(survey, survey), URL).blocks] == KEPT


def test_page_header_with_title_and_standfirst_outside_main_is_kept() -> None:
    html = """<html><body><div class="site-name">Digital strategy</div>
      <div class="page-header"><div><h1>Safer internet</h1>
      <p>A standfirst that introduces the page content.</p></div></div>
      <main><p>The body of the page, with several words in it.</p></main></body></html>"""
    texts = [block.text for block in clean_html(html, URL).blocks]
    assert texts == [
        "Safer internet",
        "A standfirst that introduces the page content.",
        "The body of the page, with several words in it.",
    ]


def test_short_lines_before_the_title_are_left_out() -> None:
    html = """<html><body><div>Better Internet for Kids</div><div>Home / Policy</div>
      <h1>Safer internet</h1><p>The body of the page, with several words in it.</p></body></html>"""
    texts = [block.text for block in clean_html(html, URL).blocks]
    assert texts == ["Safer internet", "The body of the page, with several words in it."]


def test_page_header_element_holding_the_title_is_kept() -> None:
    html = """<html><body><header><nav><a href="/">Home</a></nav><div>Site name</div></header>
      <header class="page-header"><h1>The title</h1><p>The standfirst of the page.</p></header>
      <main><p>The body of the page, with several words in it.</p></main>
      <footer><p>Legal notice</p></footer></body></html>"""
    texts = [block.text for block in clean_html(html, URL).blocks]
    assert texts == [
        "The title",
        "The standfirst of the page.",
        "The body of the page, with several words in it.",
    ]


def test_label_word_opening_a_sentence_is_not_a_section_label() -> None:
    html = """<html><body><h1>Consultation</h1>
      <p><strong>Share</strong> your views with us on the consultation page.</p>
      <div><div><b>Related topics</b></div><div><a href="/d">Digital economy</a></div></div>
      </body></html>"""
    texts = [block.text for block in clean_html(html, URL).blocks]
    assert texts == ["Consultation", "Share your views with us on the consultation page."]


def test_tags_shared_by_consecutive_teasers_stay() -> None:
    teasers = "".join(
        f"<article><p>{day}/06/2024</p><p>News</p><p>BIK Team</p>"
        f"<h3>Safer Internet Day {year} in review</h3></article>"
        for day, year in ((23, 2024), (17, 2023))
    )
    html = f"<html><body><h1>Latest</h1>{teasers}</body></html>"
    texts = [block.text for block in clean_html(html, URL).blocks]
    assert texts.count("BIK Team") == 2 and texts.count("News") == 2
    assert "Safer Internet Day 2023 in review" in texts


@pytest.mark.parametrize(
    ("tag", "author"),
    [
        ("awareness", "Ingrida Milkaite and Eva Lievens, Ghent University"),
        ("National: national initiative, strategy or policy", "Implemented 2021 - Ongoing"),
    ],
)
def test_longer_metadata_shared_by_consecutive_teasers_stays(tag: str, author: str) -> None:
    # a card's tag and byline may run to several words and repeat from card to card: each
    # card keeps them, and its date with them
    cards = (
        ("05/05/2018", "Counting down to 25 May 2018"),
        ("08/02/2018", "Updated mapping of the age of consent"),
        ("12/10/2017", "Age of consent: a first mapping"),
    )
    teasers = "".join(
        f"<article><p>{date}</p><p>{tag}</p><p>{author}</p><h3>{title}</h3></article>"
        for date, title in cards
    )
    html = f"<html><body><h1>Privacy</h1>{teasers}</body></html>"
    texts = [block.text for block in clean_html(html, URL).blocks]
    assert texts.count(tag) == 3 and texts.count(author) == 3
    assert "08/02/2018" in texts and "12/10/2017" in texts


def test_a_byline_shared_by_the_two_cards_before_it_stays() -> None:
    # the third card's byline repeats the second's, its tag the first's: the tag it follows
    # is no copy of the block before the second card's byline (a tag is too short to tell)
    bylines = ("Ingrida Milkaite and Eva Lievens, Ghent University",) + (
        "Eva Lievens and Ingrida Milkaité, Ghent University",
    ) * 2
    cards = zip(("05/05/2018", "12/10/2017", "19/06/2017"), bylines, strict=True)
    teasers = "".join(
        f"<article><p>{date}</p><p>awareness</p><p>{byline}</p><h3>Mapping {date}</h3></article>"
        for date, byline in cards
    )
    html = f"<html><body><h1>Privacy</h1>{teasers}</body></html>"
    texts = [block.text for block in clean_html(html, URL).blocks]
    assert texts.count(bylines[1]) == 2 and texts.count("awareness") == 3


def test_a_mobile_copy_of_a_listing_goes_whole_and_each_card_keeps_its_metadata() -> None:
    # in the copy, the second card's tag and byline repeat the second card's, where they
    # stood, not the first card's, where the same words were first seen
    byline = "Ingrida Milkaite and Eva Lievens, Ghent University"
    cards = "".join(
        f"<article><p>{date}</p><p>awareness</p><p>{byline}</p><h3>{title}</h3></article>"
        for date, title in (
            ("05/05/2018", "Counting down to the GDPR in the Member States"),
            ("08/02/2018", "Updated mapping of the age of consent in Europe"),
            ("12/10/2017", "A first mapping of the age of digital consent"),
        )
    )
    html = f"<html><body><h1>Privacy</h1>{cards}<div class='mobile'>{cards}</div></body></html>"
    texts = [block.text for block in clean_html(html, URL).blocks]
    assert texts.count(byline) == 3 and texts.count("awareness") == 3
    assert texts.count("08/02/2018") == 1


def test_a_short_run_whose_next_block_is_an_edited_copy_of_its_originals_goes() -> None:
    # only the block after the run mirrors its original's (edited): the run is a copy's
    first = "The alliance brings together the leading companies of the whole sector today."
    after = "Its members meet twice a year to review the progress made on each commitment."
    edited = after.replace("twice a year", "twice every year")
    middle = "Status of the alliance: active since May 2017"
    html = f"""<html><body><h1>Alliance</h1><p>{first}</p><p>{middle}</p><p>{after}</p>
      <div><p>Pond news</p><p>{middle}</p><p>{edited}</p></div></body></html>"""
    texts = [block.text for block in clean_html(html, URL).blocks]
    assert texts.count(middle) == 1


def test_a_long_edited_paragraph_beside_a_short_run_marks_it_a_copy() -> None:
    # past a few hundred characters two paragraphs are compared by their runs of words: one
    # pass each, where an alignment of two long paragraphs cost the product of their lengths
    after = " ".join(
        f"Its members meet in town number {n} to review the commitments." for n in range(8)
    )
    edited = after.replace("town number 3", "city number 3")
    middle = "Status of the alliance: active since May 2017"
    html = f"""<html><body><h1>Alliance</h1><p>{middle}</p><p>{after}</p>
      <div><p>Pond news</p><p>{middle}</p><p>{edited}</p></div></body></html>"""
    texts = [block.text for block in clean_html(html, URL).blocks]
    assert len(after) > 300 and texts.count(middle) == 1 and edited not in texts


def test_a_cards_four_tags_that_repeat_an_earlier_cards_stay() -> None:
    # the fourth card's tags repeat the second card's, four short blocks in a row, between a
    # title and a date of its own: metadata, not a copy
    cards = (
        ("Guide to apps for parents", "05/05/2018", ("Guide", "Parents", "English", "Ireland")),
        ("Report on gaming", "08/02/2018", ("Report", "Teachers", "English", "Ireland")),
        ("Report on parents online", "12/03/2019", ("Report", "Parents", "English", "Ireland")),
        (
            "Report on sexting in schools",
            "01/04/2019",
            ("Report", "Teachers", "English", "Ireland"),
        ),
    )
    html = (
        "<html><body><h1>Resources</h1>"
        + "".join(
            f"<div><h3>{title}</h3><p>{date}</p>"
            + "".join(f"<p>{tag}</p>" for tag in tags)
            + "</div>"
            for title, date, tags in cards
        )
        + "</body></html>"
    )
    texts = [block.text for block in clean_html(html, URL).blocks]
    assert texts.count("Teachers") == 2 and texts.count("Ireland") == 4


def test_an_edited_copy_of_a_long_paragraph_with_its_dates_rewritten_goes() -> None:
    dates = ("6 February 2024", "11 February 2025", "10 February 2026", "9 February 2027")
    numeric = ("06/02/2024", "11/02/2025", "10/02/2026", "09/02/2027")
    common = (
        "The campaign asks young people, parents, carers, teachers, educators and social "
        "workers to join together to help create a better internet for everyone."
    )
    original = " ".join(f"An edition took place on {d}." for d in dates) + " " + common
    edited = " ".join(f"An edition took place on {d}." for d in numeric) + " " + common
    intro = "Safer Internet Day is celebrated each year in more than 180 countries worldwide."
    html = f"""<html><body><h1>SID</h1><p>{intro}</p><p>{original}</p>
      <div><p>{intro}</p><p>{edited}</p></div></body></html>"""
    texts = [block.text for block in clean_html(html, URL).blocks]
    assert len(original) > 300 and edited not in texts


def test_two_different_long_tokens_are_no_copies_of_each_other() -> None:
    assert not _nearly_same("a" * 400, "b" * 400)
    # the same two long tokens in another order: no runs of three words to compare
    assert not _nearly_same("a" * 200 + " " + "b" * 200, "b" * 200 + " " + "a" * 200)


def test_two_long_paragraphs_that_share_only_their_opening_are_no_copies() -> None:
    shared = " ".join(f"The alliance met in town number {n} to review its work." for n in range(5))
    first = shared + " " + " ".join(f"Pond {n} reported frogs and toads." for n in range(8))
    second = shared + " " + " ".join(f"Lake {n} counted herons and ducks." for n in range(8))
    assert min(len(first), len(second)) > 300
    assert not _nearly_same(first, second)


def test_a_repeated_sentence_of_prose_goes_even_in_a_short_run() -> None:
    # ten words or more repeated in step with the block before them: a copy, not metadata
    sentence = "The Coalition brings together the leading companies of the whole sector"
    html = f"""<html><body><h1>Coalition</h1><p>Launched</p><p>{sentence}</p>
      <h2>More</h2><p>Other facts of the page.</p><div><p>Launched</p><p>{sentence}</p></div>
      </body></html>"""
    texts = [block.text for block in clean_html(html, URL).blocks]
    assert texts.count(sentence) == 1 and texts.count("Launched") == 1


def test_short_list_repeated_in_a_mobile_copy_appears_once() -> None:
    names = "".join(f"<li>{name}</li>" for name in ("ASKfm", "BT Group", "Disney", "Google"))
    html = f"<html><body><h1>Members</h1><ul>{names}</ul><div><ul>{names}</ul></div></body></html>"
    texts = [block.text for block in clean_html(html, URL).blocks]
    assert texts == ["Members", "ASKfm", "BT Group", "Disney", "Google"]


@pytest.mark.parametrize("label", ["Documents", "Download", "Downloads"])
def test_documents_heading_over_named_reports_is_content(label: str) -> None:
    html = f"""<html><body><main><h1>Policy monitor</h1><p>The monitor's main outputs.</p>
      <h2>{label}</h2><ul><li><a href="/r.pdf">Policy monitor report 2024 (PDF)</a></li>
      <li><a href="/s.pdf">Policy monitor report 2023 (PDF)</a></li></ul></main></body></html>"""
    texts = [block.text for block in clean_html(html, URL).blocks]
    assert texts[2:] == [
        label,
        "Policy monitor report 2024 (PDF)",
        "Policy monitor report 2023 (PDF)",
    ]


def test_heading_over_download_widgets_only_is_left_out() -> None:
    html = """<html><body><main><h1>Code</h1><p>The code in brief.</p>
      <h2>Documents</h2>
      <div class="ecl-file"><div>Factsheet</div><a href="/f.pdf">Download</a></div>
      <h2>Monitoring</h2><p>Checked every year.</p></main></body></html>"""
    texts = [block.text for block in clean_html(html, URL).blocks]
    assert texts == ["Code", "The code in brief.", "Monitoring", "Checked every year."]


def test_footer_columns_with_titles_are_left_out_when_nothing_is_marked() -> None:
    column = (
        "<div><h4>{0}</h4><ul><li><a href='/a'>{0} home</a></li>"
        "<li><a href='/b'>About</a></li></ul></div>"
    )
    footer = (
        "<div>"
        + "".join(column.format(name) for name in ("Commission", "Union", "Follow"))
        + "</div>"
    )
    body = "<div><h1>Topic</h1><p>The body of the topic page, in a few words.</p></div>"
    html = f"<html><body>{body}{footer}</body></html>"
    texts = [block.text for block in clean_html(html, URL).blocks]
    assert texts == ["Topic", "The body of the topic page, in a few words."]


def test_edited_first_block_of_a_repeated_copy_appears_once() -> None:
    body = "".join(
        f"<p>Paragraph {n} of the article, long enough to be unambiguous.</p>" for n in range(3)
    )
    edited = "<p>Parental controls are tools which help parents manage devices.</p>"
    original = "<p>Parental controls are tools that help parents manage devices.</p>"
    html = f"""<html><body><h1>Guide</h1><div>{original}{body}</div>
      <div class="copy">{edited}{body}</div></body></html>"""
    texts = [block.text for block in clean_html(html, URL).blocks]
    assert texts[:2] == ["Guide", "Parental controls are tools that help parents manage devices."]
    assert len(texts) == 5


def test_heading_over_images_only_is_left_out() -> None:
    html = """<html><body><main><h1>News</h1><p>The story itself.</p><h3>Partners</h3>
      <div><a href="/a"><img src="a.png" alt="Insafe logo"></a></div>
      <h3>Next steps</h3><p>A review in 2027.</p></main></body></html>"""
    texts = [block.text for block in clean_html(html, URL).blocks]
    assert texts == ["News", "The story itself.", "Next steps", "A review in 2027."]


def test_list_item_naming_a_report_the_text_mentions_stays() -> None:
    html = """<html><body><main><h1>Strategy</h1><p>The Commission adopted an EU strategy for
      a more effective fight against child sexual abuse in July 2020.</p><h2>Publications</h2>
      <ul><li><a href="/s">EU strategy for a more effective fight against child sexual abuse</a>
      </li><li><a href="/r">Implementation report</a></li></ul></main></body></html>"""
    texts = [block.text for block in clean_html(html, URL).blocks]
    assert "EU strategy for a more effective fight against child sexual abuse" in texts


def test_page_titled_like_a_boilerplate_label_keeps_its_header() -> None:
    html = """<html><body><div class="ecl-page-header"><h1><span>Latest news</span></h1>
      <p>News on the digital transition, most recent first.</p></div>
      <main><article><h3><a href="/n">Proceedings opened</a></h3><p>The Commission acts.</p>
      </article></main></body></html>"""
    texts = [block.text for block in clean_html(html, URL).blocks]
    assert texts == [
        "Latest news",
        "News on the digital transition, most recent first.",
        "Proceedings opened",
        "The Commission acts.",
    ]


def test_a_heading_over_prose_is_kept_whatever_its_anchor_id_says() -> None:
    page = """<main><h1>Safer internet</h1>
    <p>Children deserve a safe and empowering online environment across the whole Union.</p>
    <h2 id="related-initiatives">Related initiatives</h2>
    <p>The Digital Services Act complements these rules for very large online platforms.</p>
    </main>"""

    blocks = clean_html(page, URL).text.split("\n\n")

    assert "Related initiatives" in blocks
    assert "The Digital Services Act complements these rules for very large online platforms." in (
        blocks
    )


def test_a_heading_naming_what_the_text_mentioned_is_no_pulled_quote() -> None:
    name = "The Global Alliance against Child Sexual Abuse Online"
    page = f"""<main><h1>Safer internet</h1>
    <p>The new alliance merged We Protect and {name.lower()} in the course of 2016.</p>
    <h2>{name}</h2>
    <p>It was launched by the Commission and the United States to unite efforts worldwide.</p>
    </main>"""

    assert name in clean_html(page, URL).text.split("\n\n")


def test_a_copyright_notice_is_furniture_and_an_item_about_copyright_is_content() -> None:
    html = """<html><body><main><h1>Three chapters</h1><ul>
      <li>Transparency: the documentation providers keep about their models</li>
      <li>Copyright: a copyright policy and respect for opt-outs</li></ul>
      <p>© European Union, 2031</p><p>Copyright 2031 Example Network. All rights reserved.</p>
      </main></body></html>"""
    texts = [block.text for block in clean_html(html, URL).blocks]
    assert texts == [
        "Three chapters",
        "Transparency: the documentation providers keep about their models",
        "Copyright: a copyright policy and respect for opt-outs",
    ]


@pytest.mark.parametrize(
    "label",
    ["Print friendly pdf", "Print-friendly PDF", "Print friendly", "Print-friendly version"],
)
def test_a_print_button_s_label_is_furniture_however_it_is_spelled(label: str) -> None:
    html = f"""<html><body><main><h1>Safer ponds</h1>
      <p><a href="/print"><span>{label}</span></a></p>
      <p>The towns adopted a pond code on 3 May 2031.</p></main></body></html>"""
    texts = [block.text for block in clean_html(html, URL).blocks]
    assert texts == ["Safer ponds", "The towns adopted a pond code on 3 May 2031."]
