"""Lifecycle on small synthetic documents: phases, runs, occasions and teaser launches."""

from __future__ import annotations

from schemas.extraction import Extraction, Initiative
from tests.extractors.extract_documents import extract_blocks


def _named(extraction: Extraction, name: str) -> Initiative:
    return next(i for i in extraction.initiatives if i.name == name)


def _hub_page(last: str) -> Initiative:
    extraction = extract_blocks(
        ("title", "Nordic Hub for Reading Support"),
        (
            "paragraph",
            "Ministers set up the Nordic Hub for Reading Support (the Hub) in May 2030, as a "
            "two-year pilot, to advise schools on reading apps.",
        ),
        ("paragraph", last),
    )
    return _named(extraction, "Nordic Hub for Reading Support")


def test_the_end_of_a_pilot_is_not_the_end_of_the_initiative() -> None:
    hub = _hub_page("The pilot project ended in June 2032. Its work resumed in 2033.")
    assert (hub.launched, hub.ended, hub.status) == ("2030-05", None, "active")


def test_the_end_of_the_initiative_itself_still_ends_it() -> None:
    hub = _hub_page("The Hub ended in June 2032.")
    assert (hub.ended, hub.status) == ("2032-06", "ended")
