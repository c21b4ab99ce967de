"""A listing's teasers, each a small news item: the initiative a teaser's summary launches or
adopts, echoed by its headline, is described there (`extractors.extract.teasers`). Every page
here is written for the test."""

from __future__ import annotations

import pytest

from tests.extractors.extract_documents import BlockSpec, extract_blocks, initiative_names, named


def _teaser(date: str, headline: str, summary: str) -> list[tuple[str, str]]:
    return [
        ("dateline", date),
        ("paragraph", "policy"),
        ("heading", headline),
        ("paragraph", summary),
    ]


_SUMMARY = (
    "Formed in 2029 by the Pond Society and Aqua Europe, the Pond Watch Coalition met "
    "ministers in Lisbon on 2 March 2031 to plan its next steps."
)
_OTHER = _teaser(
    "02/03/2030",
    "Ministers meet on water play",
    "Ministers met in Lisbon to share their experience of supervised water play.",
)


def test_the_initiative_a_teasers_summary_launches_is_described() -> None:
    extraction = extract_blocks(
        ("title", "Pond safety in schools"),
        ("paragraph", "A selection of articles on pond safety for children."),
        *_teaser("12/05/2031", "Pond Watch: a coalition for safer ponds in every school", _SUMMARY),
        *_OTHER,
    )
    assert initiative_names(extraction) == ["Pond Watch Coalition"]
    assert named(extraction, "Pond Watch Coalition").launched == "2029"
    assert extraction.mentioned == []


def test_a_teaser_subject_its_headline_does_not_echo_is_only_mentioned() -> None:
    extraction = extract_blocks(
        ("title", "Pond safety in schools"),
        ("paragraph", "A selection of articles on pond safety for children."),
        *_teaser("12/05/2031", "Ministers meet in Lisbon", _SUMMARY),
        *_OTHER,
    )
    assert extraction.initiatives == []
    assert extraction.mentioned == ["Pond Watch Coalition"]


@pytest.mark.parametrize(
    ("above", "headline", "described"),
    [
        (  # a policy page describes its strategy first: its news teasers tell of other things
            (
                ("title", "Pond safety"),
                ("heading", "Pond Safety Strategy"),
                ("paragraph", "The Pond Safety Strategy was adopted in 2029 and runs until 2035."),
                ("heading", "Latest news"),
            ),
            "Pond Watch: a coalition for safer ponds in every school",
            "Pond Safety Strategy",
        ),
        (  # a news page's own launch keeps the page over its related teasers
            (
                ("title", "Commission steps up protection of children at ponds"),
                (
                    "paragraph",
                    "Today the Commission launched the Pond Watch Alliance with ten cities.",
                ),
                ("paragraph", "The Alliance will meet twice a year."),
                ("heading", "Related news"),
            ),
            "Pond Society acts on fences",
            "Pond Watch Alliance",
        ),
    ],
)
def test_a_page_that_describes_its_own_initiative_keeps_its_teasers_mentions(
    above: tuple[BlockSpec, ...], headline: str, described: str
) -> None:
    extraction = extract_blocks(*above, *_teaser("12/05/2031", headline, _SUMMARY), *_OTHER)
    assert initiative_names(extraction) == [described]


def test_a_teasers_summary_ends_at_any_heading() -> None:
    extraction = extract_blocks(
        ("title", "Pond safety in schools"),
        ("paragraph", "A selection of articles on pond safety for children."),
        *_OTHER,
        ("dateline", "01/02/2030"),
        ("heading", "Pond safety week ends"),
        ("paragraph", "The week of events ended in Lisbon."),
        ("heading", "About us", {"level": 4}),
        ("paragraph", "Formed in 2029, the Pond Watch Coalition works for safer ponds."),
    )
    assert extraction.initiatives == []


def test_a_headline_sharing_only_a_common_word_echoes_nothing() -> None:
    extraction = extract_blocks(
        ("title", "Pond safety in schools"),
        ("paragraph", "A selection of articles on pond safety for children."),
        *_teaser(
            "12/05/2031",
            "Children discuss online wellbeing",
            "Formed in 2029, the Online Pond Coalition met pupils in Lisbon.",
        ),
        *_OTHER,
    )
    assert extraction.initiatives == []


def test_one_dated_section_is_no_listing() -> None:
    extraction = extract_blocks(
        ("title", "Pond safety in schools"),
        ("paragraph", "A note on pond safety for children."),
        *_teaser("12/05/2031", "Pond Watch: a coalition for safer ponds in every school", _SUMMARY),
    )
    assert extraction.initiatives == []
