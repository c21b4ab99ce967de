"""Signatory and action rules of the fourth round of issue 16, on synthetic text."""

from __future__ import annotations

from tests.extractors.extract_documents import BlockSpec, extract_blocks, items, prose_signatories


def test_what_parties_should_do_under_an_instrument_are_its_actions() -> None:
    extraction = extract_blocks(
        ("title", "Harbour Recommendation on Safe Play"),
        (
            "paragraph",
            "On 3 June 2022, the Council adopted the Harbour Recommendation on Safe Play.",
        ),
        ("heading", "What member states are invited to do"),
        ("paragraph", "Under the Recommendation, member states should:"),
        *items(1, "Fund play research", "Train youth workers", "Publish yearly figures"),
    )
    (initiative,) = extraction.initiatives
    assert [(a.strand, a.text) for a in initiative.actions] == [
        ("What member states are invited to do", "Fund play research"),
        ("What member states are invited to do", "Train youth workers"),
        ("What member states are invited to do", "Publish yearly figures"),
    ]


def test_the_same_list_after_those_who_signed_names_signatories() -> None:
    extraction = extract_blocks(
        ("title", "Harbour Recommendation on Safe Play"),
        (
            "paragraph",
            "On 3 June 2022, the Council adopted the Harbour Recommendation on Safe Play.",
        ),
        ("heading", "Who endorsed it"),
        ("paragraph", "The Recommendation was endorsed by the following member states:"),
        *items(1, "Austria", "Belgium", "Croatia"),
    )
    (initiative,) = extraction.initiatives
    assert [s.name for s in initiative.signatories] == ["Austria", "Belgium", "Croatia"]
    assert initiative.actions == []


def _programme_signatories(*blocks: BlockSpec) -> list[str]:
    extraction = extract_blocks(
        ("title", "The Shield Programme"),
        (
            "paragraph",
            "In June 2020, the Harbour Coalition launched the Shield Programme, a plan to renew "
            "its work against online abuse.",
        ),
        *blocks,
    )
    assert extraction.mentioned == ["Harbour Coalition"]
    (initiative,) = extraction.initiatives
    return [s.name for s in initiative.signatories]


NAMES = ("Alpha Net", "Beta Mobile", "Gamma Play")


def test_a_list_of_the_members_of_another_initiative_is_not_the_pages() -> None:
    for lead_in in ("The current members of the Coalition are:", "The Coalition's members are:"):
        assert _programme_signatories(("paragraph", lead_in), *items(1, *NAMES)) == []
    assert (
        _programme_signatories(
            (
                "paragraph",
                "The current members of the Coalition are Alpha Net, Beta Mobile and Gamma Play.",
            )
        )
        == []
    )


def test_a_list_of_the_members_of_the_pages_initiative_stays_its() -> None:
    lead_in = "The members of the Programme are:"
    assert _programme_signatories(("paragraph", lead_in), *items(1, *NAMES)) == list(NAMES)
    assert _programme_signatories(
        ("paragraph", "The members of the Programme are Alpha Net, Beta Mobile and Gamma Play.")
    ) == list(NAMES)


def test_a_lower_case_article_in_a_list_is_not_part_of_the_name() -> None:
    """The article is the sentence's, not the name's (holdout3's Global Alliance page keeps
    "Philippines" and "United States"); a capitalised "The" that is part of a brand stays."""
    countries = prose_signatories(
        "News of the Harbour Alliance",
        "The Harbour Alliance was launched in 2012. Its founding members are Chile, Ghana, the "
        "Philippines, the United States and Vietnam.",
    )
    assert [name for name, _ in countries] == [
        "Chile",
        "Ghana",
        "Philippines",
        "United States",
        "Vietnam",
    ]
    brands = prose_signatories(
        "News of the Harbour Alliance",
        "The Harbour Alliance was signed by The LEGO Group, Alpha Net and Beta Mobile in 2012.",
    )
    assert [name for name, _ in brands] == ["The LEGO Group", "Alpha Net", "Beta Mobile"]
