"""Who takes part in a scheme, told in prose or announced by a heading (synthetic pages)."""

from __future__ import annotations

from extractors.extract.namelists import split_names
from tests.extractors.extract_documents import extract_blocks, items


def _signatories(*blocks: tuple[str, str]) -> list[tuple[str, list[str]]]:
    extraction = extract_blocks(*blocks)  # type: ignore[arg-type]
    return [(i.name, [s.name for s in i.signatories]) for i in extraction.initiatives]


def test_a_company_that_partnered_with_a_scheme_and_those_working_with_it_take_part() -> None:
    assert _signatories(
        ("title", "Harbour Safety Pledge gains partners"),
        ("paragraph", "The Harbour Safety Pledge helps dock workers."),
        (
            "paragraph",
            "Dockside Ltd has partnered with the Harbour Safety Pledge. Other companies working "
            "with it are Quaywise, Crane Group and Anchor AG.",
        ),
    ) == [("Harbour Safety Pledge", ["Dockside Ltd", "Quaywise", "Crane Group", "Anchor AG"])]


def test_the_companies_in_an_initiative_are_its_members() -> None:
    assert _signatories(
        ("title", "Harbour Safety Coalition"),
        ("paragraph", "The Harbour Safety Coalition was founded in 2031 by port operators."),
        ("heading", "About"),
        (
            "paragraph",
            "The companies currently in the Coalition are Dockside Ltd, Quaywise, Crane Group "
            "and Anchor AG.",
        ),
    ) == [("Harbour Safety Coalition", ["Dockside Ltd", "Quaywise", "Crane Group", "Anchor AG"])]


def test_what_an_initiatives_members_made_is_no_list_of_members() -> None:
    assert _signatories(
        ("title", "Harbour Safety Coalition"),
        ("paragraph", "The Harbour Safety Coalition was founded in 2031 by port operators."),
        (
            "paragraph",
            "Tools developed by its members have spread: Dockside Scanner, Quaywise Filter and "
            "Crane Guard are used far beyond the companies that built them.",
        ),
    ) == [("Harbour Safety Coalition", [])]


def test_a_heading_over_participating_platforms_announces_them() -> None:
    extraction = extract_blocks(
        ("title", "Harbour Watch"),
        ("paragraph", "Harbour Watch is a free service that the Harbour Safety Board runs."),
        ("heading", "Participating platforms at launch"),
        *items(1, "Dockside", "Quaywise", "Anchor AG"),
    )
    (service,) = extraction.initiatives
    assert [s.name for s in service.signatories] == ["Dockside", "Quaywise", "Anchor AG"]


def test_an_and_before_an_article_separates_two_bodies() -> None:
    assert [
        p.name for p in split_names("the Harbour Board, the Council and the Quay Commission")
    ] == [
        "the Harbour Board",
        "the Council",
        "the Quay Commission",
    ]
    # A single word before "and" and a body's head noun after it is one body's name.
    assert [p.name for p in split_names("Film and Publication Board, Quaywise")] == [
        "Film and Publication Board",
        "Quaywise",
    ]
