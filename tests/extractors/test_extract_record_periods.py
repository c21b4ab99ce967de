"""Records of a knowledge base of laws and policies: a card or entry heading with the
initiative's own period line ("Implemented 2016 - Ongoing") names and dates an initiative."""

from __future__ import annotations

from schemas.extraction import Initiative
from tests.extractors.extract_documents import extract_blocks, initiative_names, named


def _card(title: str, period: str) -> list[tuple[str, str] | tuple[str, str, dict[str, int]]]:
    return [
        ("paragraph", "National: national initiative, strategy or policy"),
        ("heading", title, {"level": 4}),
        ("paragraph", "A school programme that builds pupils' digital skills."),
        ("paragraph", "Lakeland"),
        ("paragraph", period),
    ]


def _listing(*cards: list) -> list[Initiative]:  # type: ignore[type-arg]
    blocks = [("title", "Rules and guidelines")]
    for card in cards:
        blocks += card
    return extract_blocks(*blocks).initiatives  # type: ignore[arg-type]


def test_a_card_s_period_line_names_dates_and_ends_its_initiative() -> None:
    found = _listing(
        _card("eSkills Lakeland", "Implemented 2016 - Ongoing"),
        _card("Action Plan for Lake Safety 2018-2019", "Implemented 2018 - 2019"),
    )
    assert [i.name for i in found] == ["eSkills Lakeland", "Action Plan for Lake Safety 2018-2019"]
    ongoing, ended = found
    assert (ongoing.launched, ongoing.ended, ongoing.status) == ("2016", None, "active")
    assert (ended.launched, ended.ended, ended.status) == ("2018", "2019", "ended")


def test_a_line_that_is_no_period_field_names_nothing() -> None:
    extraction = extract_blocks(
        ("title", "News"),
        ("heading", "eSkills Lakeland", {"level": 4}),
        ("paragraph", "A school programme that builds pupils' digital skills."),
        ("paragraph", "Implemented by schools - with the help of NGOs - since 2012 and in 2015."),
    )
    assert initiative_names(extraction) == []


def test_a_planned_end_is_no_end_on_a_page_written_before_it() -> None:
    extraction = extract_blocks(
        ("title", "Lakeland Reading Strategy"),
        ("paragraph", "The Lakeland Reading Strategy sets out how schools teach safe reading."),
        ("paragraph", "Implemented 2020 - 2030"),
        published="2024-05-01",
    )
    strategy = named(extraction, "Lakeland Reading Strategy")
    assert (strategy.launched, strategy.ended) == ("2020", None)


def test_a_record_heading_is_a_short_capitalised_name_right_above_its_period_line() -> None:
    headings = [
        "Schools in Lakeland have for many years taught pupils to keep ponds clean and safe",
        "What the programme does:",
        "eskills lakeland",
    ]
    for heading in headings:
        assert heading not in [
            i.name for i in _listing(_card(heading, "Implemented 2016 - Ongoing"))
        ]
    far = [
        ("paragraph", "National: national initiative, strategy or policy"),
        ("heading", "eSkills Lakeland", {"level": 4}),
        *[("paragraph", f"Line {n} of the record's summary.") for n in range(7)],
        ("paragraph", "Implemented 2016 - Ongoing"),
    ]
    assert "eSkills Lakeland" not in [i.name for i in _listing(far)]
