"""A listing's teasers, each a small news item: the initiative a teaser's summary launches or
adopts, echoed by its headline, is described there (`extractors.extract.teasers`). Every page
here is written for the test."""

from __future__ import annotations

from tests.extractors.extract_documents import extract_blocks, initiative_names, named


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


def test_a_policy_pages_latest_news_teasers_stay_mentions() -> None:
    # The page describes its strategy first: its news teasers tell of other things.
    extraction = extract_blocks(
        ("title", "Pond safety"),
        ("heading", "Pond Safety Strategy"),
        ("paragraph", "The Pond Safety Strategy was adopted in 2029 and runs until 2035."),
        ("heading", "Latest news"),
        *_teaser("12/05/2031", "Pond Watch: a coalition for safer ponds in every school", _SUMMARY),
        *_OTHER,
    )
    assert initiative_names(extraction) == ["Pond Safety Strategy"]
