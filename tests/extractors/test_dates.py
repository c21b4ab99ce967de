"""The date normaliser: table-driven cases, hard ones first."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.extract.dates import find_dates, parse_date
from schemas.dates import check_partial_date

FOUND = [
    # (text, context year, the values found in order)
    ("On 7 February, millions marked the day.", 2017, ["2017-02-07"]),
    ("07/02/2017", None, ["2017-02-07"]),
    ("7.2.2017", None, ["2017-02-07"]),
    ("Feb. 2009", None, ["2009-02"]),
    ("The ICT Coalition for Children Online (2011)", None, ["2011"]),
    ("to take positive action throughout 2012 in five areas", None, ["2012"]),
    ("from 31 July – 30 September 2024", None, ["2024-07-31", "2024-09-30"]),  # noqa: RUF001
    ("7-8 February 2017", None, ["2017-02-07", "2017-02-08"]),
    ("Brussels, 7 February 2017 – Today the Commission", None, ["2017-02-07"]),  # noqa: RUF001
    ("Record created: 01 March 2024", None, ["2024-03-01"]),
    ("in May 2016 and in June 2024", None, ["2016-05", "2024-06"]),
    ("May 3, 2021", None, ["2021-05-03"]),
    ("on the 1st of December 2011", None, ["2011-12-01"]),
    ("the 2022 Strengthened Code", None, ["2022"]),
    ("Quarter 1, 2024", None, ["2024"]),
    ("the 2014-2020 programme", None, ["2014", "2020"]),
    ("2017-02-07", None, ["2017-02-07"]),
    ("In 1999, the first programme", None, ["1999"]),
    ("planned for mid-2023", None, ["2023"]),
    ("in spring 2024 and in late-2025", None, ["2024", "2025"]),
    ("the 2023/24 school year", None, ["2023", "2024"]),
    ("the 2023-24 and 2019/2020 seasons", None, ["2023", "2024", "2019", "2020"]),
    ("The meeting ran on 12-13 May, in Oslo.", 2021, ["2021-05-12", "2021-05-13"]),
    ("held on 4 and 5 March at the venue", 2019, ["2019-03-04", "2019-03-05"]),
    ("the 3 and 4 June 2026 sessions", None, ["2026-06-03", "2026-06-04"]),
    # not dates
    ("IP/11/1485", None, []),
    ("COM(2012) 196 final", None, []),
    ("Czechia (INFR(2024)2039) and Spain (INFR(2024)2165)", None, []),
    ("Council Framework Decision 2008/913/JHA", None, []),
    ("Regulation (EU) 2022/2065", None, []),
    ("Regulation 2019/20", None, []),
    ("13-year-olds and 68% of 9-16 year olds", None, []),
    ("the companies announced today", 2017, []),
    ("last year", 2017, []),
    ("Article 2022 of the Regulation", None, []),
    ("it reached 2,8 million children and 2000 children", None, []),
    ("online platforms may rely on it", 2020, []),
    ("7 February", None, []),  # no year to give it: skipped, not guessed
    ("14-15 April", None, []),
    ("31/02/2017", None, []),  # no such day
]


@pytest.mark.parametrize(("text", "context_year", "values"), FOUND)
def test_find_dates(text: str, context_year: int | None, values: list[str]) -> None:
    found = find_dates(text, context_year=context_year)
    assert [date.value for date in found] == values
    for date in found:
        assert text[date.start : date.end] == date.text


PARSED = [
    ("Feb. 2009", None, "2009-02"),
    ("(2011)", None, "2011"),
    ("7 February", 2017, "2017-02-07"),
    ("07/02/2017", None, "2017-02-07"),
    ("1st December 2011", None, "2011-12-01"),
    ("today", 2020, None),
    ("IP/11/1485", None, None),
    ("7 February 2017 and 2018", None, None),  # more than one date is not one expression
]


@pytest.mark.parametrize(("expression", "context_year", "value"), PARSED)
def test_parse_date(expression: str, context_year: int | None, value: str | None) -> None:
    assert parse_date(expression, context_year=context_year) == value


@given(st.text(max_size=200), st.one_of(st.none(), st.integers(1950, 2099)))
def test_every_found_date_is_a_valid_partial_date(text: str, context_year: int | None) -> None:
    for found in find_dates(text, context_year=context_year):
        assert check_partial_date(found.value) == found.value
        assert text[found.start : found.end] == found.text


def test_one_partial_date_maker_for_cleaning_extraction_and_models() -> None:
    from schemas.dates import check_partial_date, partial_date

    assert partial_date(2023) == "2023"
    assert partial_date(2023, 7) == "2023-07"
    assert partial_date(2017, 2, 7) == "2017-02-07"
    assert partial_date(2023, 2, 30) is None and partial_date(2023, 13) is None
    assert check_partial_date("2024-02-29") == "2024-02-29"
