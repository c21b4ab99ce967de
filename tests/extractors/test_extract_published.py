"""The publication date: what the page shows wins over its metadata; a listing has none."""

from __future__ import annotations

from extractors.clean import clean_html
from extractors.extract.published import publication_date
from tests.extractors.extract_documents import document

URL = "https://better-internet-for-kids.europa.eu/en/news/example"


def _page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def test_the_header_date_wins_over_metadata_stamped_by_a_template() -> None:
    html = _page(
        '<meta property="article:published_time" content="2016-01-05T09:00:00+01:00">'
        '<script type="application/ld+json">{"datePublished": "2016-01-05"}</script>',
        '<ul class="ecl-page-header__meta"><li>News</li><li>Published on 14/09/2023</li></ul>'
        "<h1>Schools try a new game</h1><p>Pupils in ten towns tested the game.</p>",
    )
    document = clean_html(html, URL)
    assert (document.published, document.published_shown) == ("2023-09-14", True)
    assert publication_date(document) == "2023-09-14"


def test_a_date_only_the_metadata_states_is_not_shown() -> None:
    html = _page(
        '<script type="application/ld+json">{"datePublished": "2016-01-05"}</script>',
        "<h1>Past conferences</h1><p>The conference has met every year since 2004.</p>",
    )
    document = clean_html(html, URL)
    assert (document.published, document.published_shown) == ("2016-01-05", False)
    assert publication_date(document) is None


def test_several_bare_date_lines_are_a_listings_teaser_dates() -> None:
    listing = document(
        ("title", "Latest news"),
        ("paragraph", "A selection of stories, newest first."),
        ("dateline", "12/05/2022"),
        ("heading", "A new guide for parents"),
        ("dateline", "03/03/2021"),
        ("heading", "Teachers meet in Vienna"),
    )
    assert publication_date(listing) is None


def test_a_weekday_or_today_opening_a_sentence_is_no_dateline_place() -> None:
    shown = document(
        ("title", "Regulators agree rules for game coins"),
        ("paragraph", "On Wednesday, 10 May 2023, regulators agreed four rules."),
        published="2023-05-11",
    )
    assert publication_date(shown) == "2023-05-11"


def test_an_agenda_heading_that_opens_with_a_weekday_is_no_dateline() -> None:
    agenda = document(
        ("title", "Nordic Pond Forum 2021"),
        ("paragraph", "The forum was held online on 6-7 October 2021."),
        ("heading", "Tuesday, 5 October 2021 \u2013 pre-event"),
        ("paragraph", "A report was launched on the evening before the forum."),
    )
    assert publication_date(agenda) is None
    assert publication_date(document(("paragraph", "Tuesday, 5 October 2021: pond day"))) is None


def test_a_heading_with_a_place_and_a_date_is_no_dateline() -> None:
    agenda = document(
        ("title", "Nordic Pond Forum 2021"),
        ("paragraph", "The forum was held online on 6-7 October 2021."),
        ("heading", "Workshop, 5 October 2021 \u2013 pre-event"),
    )
    assert publication_date(agenda) is None
