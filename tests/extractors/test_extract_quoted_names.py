"""Names written in quotation marks beside the noun that says what they are
(`extractors.extract.quoted_names`): the marks are the name's ends, whatever its shape."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.extract.names import NameCandidate
from extractors.extract.quoted_names import quoted_names, with_quoted_names
from tests.extractors.extract_documents import extract_blocks, initiative_names


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The town entered its project \u2018Frogs and their friends\u2019 for the award.",
         [("Frogs and their friends", "project")]),
        ('The council adopted a Communication entitled "A greener town: ponds for everyone".',
         [("A greener town: ponds for everyone", "communication")]),
        ('Volunteers run a scheme called "Pond Watch" in ten towns.',
         [("Pond Watch", "scheme")]),
        ('Pupils use an app named "Frog Finder" on trips.', [("Frog Finder", "app")]),
        ("Volunteers built a platform under the banner \u201cDon\u2019t drain the pond!\u201d.",
         [("Don\u2019t drain the pond!", "platform")]),
        ('Schools sent 80 entries to the "Best pond pictures" competition, which closed.',
         [("Best pond pictures", "competition")]),
        ('Rangers run the "Pond Alert" reporting platform.', [("Pond Alert", "platform")]),
        ('Teachers took the MOOC "Ponds in Class" in May.', [("Ponds in Class", "mooc")]),
        ('Rangers use the "Newt Spotter" tool, which maps ponds.', [("Newt Spotter", "tool")]),
        ('The town presented "Ranar i dammen", its new strategy for ponds, on 3 May.',
         [("Ranar i dammen", "strategy")]),
        ('The mayor backed the campaign "Ponds First," and thanked its volunteers.',
         [("Ponds First", "campaign")]),
        ('The mayor said "We love frogs" at the opening.', []),  # no noun says what it is
        ('Pond Day runs under the motto "Be the frog" this year.', []),  # a theme
        ('Pupils read "Frog Tales" last year.', []),  # "year" needs its complement
        ("Pupils read the report \u201cFrogs in Town\u201d in class.", []),  # a study
        ('A study called "Frogs in Town" was published.', []),  # a study, however named
        ('The town joined the network "Pond Friends" in May.', []),  # a body
        ('The so-called "Frog effect" was measured.', []),
        ('Pupils sang "We love frogs" during project week.', []),  # no modifier
    ],
)  # fmt: skip
def test_a_quoted_name_needs_the_noun_that_says_what_it_is(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert [(c.name, c.kind) for c in quoted_names(sentence)] == expected


@pytest.mark.parametrize(("opening", "closing"), [('"', '"'), ("\u2018", "\u2019")])
def test_a_quoted_name_the_title_launches_is_the_page_topic(opening: str, closing: str) -> None:
    quoted = f"{opening}Trygg i dammen{closing}"
    extraction = extract_blocks(
        (
            "title",
            f"Norland launches {quoted}, its national strategy for a safe digital childhood",
        ),
        (
            "paragraph",
            f"The government presented {quoted}, its national strategy for a safe digital "
            "childhood, on 3 September 2021.",
        ),
    )
    assert initiative_names(extraction) == ["Trygg i dammen"]
    assert extraction.initiatives[0].launched == "2021-09-03"


def test_a_quoted_name_in_prose_is_an_initiative_mentioned() -> None:
    extraction = extract_blocks(
        ("title", "Town wins a prize for its pond work"),
        (
            "paragraph",
            "The town entered its project \u2018Frogs and their friends\u2019 for the Pond "
            "Prize, and came second.",
        ),
    )
    assert extraction.mentioned == ["Frogs and their friends"]


spans = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 12)), max_size=10)


def _candidates(pairs: list[tuple[int, int]]) -> list[NameCandidate]:
    """Ordered, non-overlapping candidates, as each finder gives them."""
    found, cursor = [], 0
    for start, length in sorted(pairs):
        if start >= cursor:
            found.append(NameCandidate("x", "code", start, start + length))
            cursor = start + length
    return found


@given(spans, spans)
def test_quoted_names_replace_the_shape_names_they_overlap_as_a_scan_would(shape, quoted):
    by_shape, by_quotes = _candidates(shape), _candidates(quoted)
    expected = [
        c for c in by_shape if not any(q.start < c.end and c.start < q.end for q in by_quotes)
    ]
    merged = with_quoted_names(by_shape, by_quotes)
    assert merged == sorted([*expected, *by_quotes], key=lambda c: c.start)
