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


def test_an_opening_participle_launches_the_subject_it_tells_of() -> None:
    extraction = extract_blocks(
        ("title", "Reading news"),
        ("heading", "Publishers endorse the Nordic Principles for Reading Apps"),
        (
            "paragraph",
            "Launched on 4 May 2031 by three ministries, the nine Principles were endorsed "
            "the same week by twelve publishers.",
        ),
    )
    principles = _named(extraction, "Nordic Principles for Reading Apps")
    assert principles.launched == "2031-05-04"


def test_an_opening_participle_of_another_subject_launches_nothing() -> None:
    extraction = extract_blocks(
        ("title", "Reading news"),
        ("heading", "Publishers endorse the Nordic Principles for Reading Apps"),
        (
            "paragraph",
            "Launched on 4 May 2031 by three ministries, the survey asked pupils about apps.",
        ),
    )
    assert _named(extraction, "Nordic Principles for Reading Apps").launched is None


def test_the_project_that_started_is_the_page_s_initiative() -> None:
    extraction = extract_blocks(
        ("title", "Nordic Reading Research Alliance"),
        (
            "paragraph",
            "The Nordic Reading Research Alliance is funded by three ministries. The three-year "
            "project started on 1 March 2031 and gathers research on reading apps.",
        ),
    )
    assert extraction.initiatives[0].launched == "2031-03-01"
