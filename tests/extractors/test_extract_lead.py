"""What a page is about when its title names no initiative: the one its introduction names and
its body takes up by kind (`extractors.extract.lead`). Every page here is written for the test."""

from __future__ import annotations

from tests.extractors.extract_documents import extract_blocks


def test_the_introductions_one_named_initiative_taken_up_by_its_kind_is_described() -> None:
    extraction = extract_blocks(
        ("title", "Parents' groups and online gaming"),
        (
            "paragraph",
            "Parents have long asked for safer games. Across Europe, many of their groups meet "
            "in the Nordic Parents Alliance for Fair Play Online (NPAFPO), a network of 12 "
            "associations.",
        ),
        ("paragraph", "The alliance was set up in 2015 with support from several ministries."),
    )
    names = [initiative.name for initiative in extraction.initiatives]
    assert names == ["Nordic Parents Alliance for Fair Play Online"]


def test_a_named_initiative_the_body_never_takes_up_is_only_mentioned() -> None:
    extraction = extract_blocks(
        ("title", "Parents' groups and online gaming"),
        (
            "paragraph",
            "Across Europe, many parents' groups meet in the Nordic Parents Alliance for Fair "
            "Play Online, a network of 12 associations.",
        ),
        ("paragraph", "Their members share advice on game settings and spending limits."),
    )
    assert extraction.initiatives == []
