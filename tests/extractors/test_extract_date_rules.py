"""Dates on small synthetic texts: month ranges, periods of years told with two digits, and
months without a year, placed by their sentence and the page's date."""

from __future__ import annotations

import pytest

from extractors.extract import build_nlp, extract_document
from extractors.extract.dates import find_dates
from tests.extractors.extract_documents import BlockSpec, document

NLP = build_nlp()


def _dates(*blocks: BlockSpec, published: str | None = None) -> list[str]:
    extraction = extract_document(document(*blocks, published=published), nlp=NLP)
    return [mention.value for mention in extraction.dates]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The survey ran between May and September 2014 in six towns.", ["2014-05", "2014-09"]),
        ("Lessons were given from October to March 2019.", ["2018-10", "2019-03"]),
        ("a three-year plan (2011-14) for schools", ["2011", "2014"]),
        ("the 2031-32 school year", ["2031", "2032"]),
        ("Regulation 2011-14 applies", []),  # a document number
        ("It was agreed in June and reviewed in early September.", ["2030-06", "2030-09"]),
        ("March for safer apps! Each November, pupils meet.", []),  # a verb, a recurrence
        ("Talks with Jan and May went well.", []),  # names, not months
    ],
)
def test_month_ranges_periods_and_bare_months(text: str, values: list[str]) -> None:
    assert [found.value for found in find_dates(text, context_year=2030)] == values


def test_a_past_bare_month_is_the_last_one_before_the_pages_date() -> None:
    values = _dates(
        ("title", "Ministers agree a reading programme"),
        ("paragraph", "On 3 November 2015, ministers agreed on the Reading Plan (2016-19)."),
        ("paragraph", "The plan (2016-19), proposed by the ministry in May, costs 4 million."),
        ("paragraph", "Schools reported on their work until August; reports of 2016 follow."),
        published="2016-02-10",
    )
    assert "2015-05" in values and "2015-08" in values


def test_a_future_bare_month_is_the_next_one() -> None:
    values = _dates(
        ("title", "A call for youth projects"),
        ("paragraph", "The call opened on 2 November 2021 and will run until March."),
        ("paragraph", "Winners will be announced in October."),
        published="2021-11-05",
    )
    assert values[-2:] == ["2022-03", "2022-10"]


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Running until mid-February, the campaign reaches parents.", ["2025-02"]),
        ("The campaign runs until February and reaches parents.", ["2025-02"]),
        ("The campaign continues until February in 20 countries.", ["2025-02"]),
        # only the month the running lasts until looks forward: the one it opened in is past
        ("The consultation opened in November and runs until February.", ["2024-11", "2025-02"]),
        ("The campaign, running from November until February, helps.", ["2024-11", "2025-02"]),
        ("Registration opened in October; the course runs until February.", ["2024-10", "2025-02"]),
        # "Last" is no "lasts"; a year the sentence states keeps its month in the past
        ("Last year the campaign ran until February.", ["2024-02"]),
        ("In 2024 the campaign runs until February.", ["2024", "2024-02"]),
    ],
)
def test_a_bare_month_a_running_campaign_lasts_until_is_the_next_one(
    sentence: str, values: list[str]
) -> None:
    # what runs until a month now ends then, not in the month a year before the page
    found = _dates(
        ("title", "A campaign against in-game spending"),
        ("paragraph", sentence),
        published="2024-12-10",
    )
    assert found == values


def test_a_bare_month_after_a_dated_one_in_its_sentence_follows_it() -> None:
    values = _dates(
        ("title", "A report on reading"),
        ("paragraph", "The panel met on 4 May 2012 and again in June, before its report."),
        ("paragraph", "It met in October 2012 and again in February."),
        published="2019-06-01",
    )
    assert values == ["2012-05-04", "2012-06", "2012-10", "2013-02"]


def test_without_a_page_date_the_latest_stated_date_places_a_bare_month() -> None:
    values = _dates(
        ("title", "Members of the reading pact"),
        ("paragraph", "In October 2018, twelve publishers confirmed their pledges."),
        ("paragraph", "The pact was founded in 2009 (see the 2009 charter)."),
        ("paragraph", "After the charter was renewed back in April, members had six months."),
    )
    assert values[-1] == "2018-04"


def test_a_teaser_s_date_line_places_the_bare_months_below_it() -> None:
    values = _dates(
        ("title", "News"),
        ("dateline", "15 November 2022"),
        ("paragraph", "The network's members met in Washington."),
        ("dateline", "24 March 2021"),
        ("paragraph", "The committee published its comment, adopted in February."),
    )
    # The page's latest date (November 2022) would make it February 2022.
    assert values == ["2022-11-15", "2021-03-24", "2021-02"]


def test_a_day_told_before_any_year_of_its_block_takes_the_pages_year() -> None:
    values = _dates(
        ("title", "A new network for youth workers"),
        ("paragraph", "On 4 March, the ministry opened the Network, first planned in 2019."),
        ("paragraph", "A second meeting on 8 October 2018 and another on 2 December followed."),
        published="2025-03-05",
    )
    assert values == ["2025-03-04", "2019", "2018-10-08", "2018-12-02"]


def test_a_year_told_after_since_does_not_date_the_days_of_its_block() -> None:
    dates = _dates(
        ("title", "Games Forum 2031"),
        (
            "paragraph",
            "Held since 2009 and taking place online on 25 and 26 November, the "
            "Forum gathers studios.",
        ),
        published="2031-11-20",
    )
    assert dates == ["2031", "2009", "2031-11-25", "2031-11-26"]
