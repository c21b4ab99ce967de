"""Names that headings and press titles give (`extractors.extract.heading_names`), on
headings written for the test."""

from __future__ import annotations

from extractors.extract.heading_names import heading_name


def test_a_sentence_heading_names_what_follows_its_last_lower_case_word() -> None:
    """A title-case name capitalises its modifiers; the lower-case words before a capitalised
    kind noun are the sentence around the name ("Game studios endorse ...")."""
    assert heading_name("Game studios endorse Fair Play Principles to protect young players") == (
        "Fair Play Principles to protect young players",
        "principles",
    )


def test_a_sentence_case_name_keeps_its_lower_case_modifiers() -> None:
    assert heading_name("European strategy for safer games") == (
        "European strategy for safer games",
        "strategy",
    )


def test_an_events_edition_at_the_end_of_a_heading_is_not_part_of_the_name() -> None:
    assert heading_name("Gamers Pledge for Fair Play on Safer Gaming Day 2024") == (
        "Gamers Pledge for Fair Play",
        "pledge",
    )
    assert heading_name("Safer Gaming Day 2024") is None
