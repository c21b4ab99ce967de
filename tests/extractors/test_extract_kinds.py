"""Kind nouns of institutional instruments and bodies (recommendation, memorandum, hub, centre,
council, week...), on synthetic sentences: which of them name an initiative, and which name an
organisation that acts."""

from __future__ import annotations

import pytest

from extractors.extract.prose_names import find_names
from tests.extractors.extract_documents import extract_blocks


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "The Recommendation on measures to protect hikers of mountain parks covers all trails.",
            ["Recommendation on measures to protect hikers of mountain parks"],
        ),
        (
            "Ten shops signed the Memorandum of Understanding on the sale of fake lamps online.",
            ["Memorandum of Understanding on the sale of fake lamps online"],
        ),
        (
            "The Nordic Knowledge Hub on River Safety opened.",
            ["Nordic Knowledge Hub on River Safety"],
        ),
        ("The Baltic Centre for Quiet Harbours opened.", ["Baltic Centre for Quiet Harbours"]),
        ("The Island Council for Safer Ferries met.", ["Island Council for Safer Ferries"]),
        ("The first Alpine Bird Week starts on Monday.", ["Alpine Bird Week"]),
    ],
)
def test_kind_nouns_of_instruments_and_bodies_make_names(sentence: str, names: list[str]) -> None:
    assert [candidate.name for candidate in find_names(sentence)] == names


@pytest.mark.parametrize(
    "sentence",
    [
        "Meeting in May, the EU Fisheries Council agreed on the new quotas.",
        "The Joint Coastal Research Centre measured the tides.",
        "The Nordic Council of the Harbour States met in Oslo.",
    ],
)
def test_a_body_kind_without_a_purpose_names_an_organisation_not_an_initiative(
    sentence: str,
) -> None:
    assert find_names(sentence) == []


def test_a_council_that_acts_in_the_lead_is_not_the_page_initiative() -> None:
    extraction = extract_blocks(
        ("title", "EU gives ferry passengers new safety tools"),
        (
            "paragraph",
            "Meeting on 9 May 2004, the EU Transport Council agreed on the Safer Ferries Plus "
            "programme, which gives passengers tools to travel safely.",
        ),
        ("paragraph", "The four-year programme has a budget of 10 million euro."),
    )
    assert [initiative.name for initiative in extraction.initiatives] == [
        "Safer Ferries Plus programme"
    ]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Harbour owners unveil Project Lighthouse to guide boats.", ["Project Lighthouse"]),
        ("The project partners met in Oslo.", []),
        ("The EU-funded Harbour Watch project ended.", []),
    ],
)
def test_a_leading_kind_noun_names_only_the_capitalised_words_it_carries(
    sentence: str, names: list[str]
) -> None:
    assert [candidate.name for candidate in find_names(sentence)] == names


def test_a_name_told_on_an_occasion_ends_before_the_occasion() -> None:
    sentence = "Pupils presented the Youth Charter for Cleaner Rivers on World Water Day 2021."
    assert [c.name for c in find_names(sentence)] == ["Youth Charter for Cleaner Rivers"]
    assert [c.name for c in find_names("The Code of Practice on Clean Rivers was signed.")] == [
        "Code of Practice on Clean Rivers"
    ]
    # A date a few words further on is not the name's occasion: the topic stays in the name.
    later = "the Code of Conduct on Rivers followed on 13 May 2025."
    assert [c.name for c in find_names(later)] == ["Code of Conduct on Rivers"]


def test_a_listing_teaser_heading_names_neither_its_verb_nor_its_occasion() -> None:
    extraction = extract_blocks(
        ("title", "News: rivers"),
        ("heading", "Ferry companies endorse Voluntary Principles to keep rivers clean"),
        ("paragraph", "Six ferry companies endorsed the principles on 3 March 2021."),
        ("heading", "Youth Charter for Cleaner Rivers on World Water Day 2021"),
        ("paragraph", "Pupils from ten schools wrote the charter."),
    )
    names = [initiative.name for initiative in extraction.initiatives]
    assert names == [
        "Voluntary Principles to keep rivers clean",
        "Youth Charter for Cleaner Rivers",
    ]


def test_a_body_noun_in_lower_case_describes_rather_than_names() -> None:
    assert find_names("Visit the EU hub for safer river trips.") == []


def test_a_name_told_on_a_named_week_does_not_run_into_it() -> None:
    """The week is an occasion of the name before it and a name of its own: two names that
    do not overlap."""
    sentence = "Schools joined the Youth Pledge on Nordic River Safety Week."
    assert [c.name for c in find_names(sentence)] == ["Youth Pledge", "Nordic River Safety Week"]


def test_a_body_noun_names_with_a_purpose_anywhere_in_its_complement() -> None:
    sentence = "The Baltic Centre of Expertise for Quiet Harbours opened."
    assert [c.name for c in find_names(sentence)] == [
        "Baltic Centre of Expertise for Quiet Harbours"
    ]


def test_the_head_of_a_compound_kind_alone_names_nothing() -> None:
    extraction = extract_blocks(
        ("title", "Ministers agree on the task of cleaning the old town ponds"),
        ("paragraph", "Ministers agree on the task of cleaning the old town ponds by 2030."),
    )
    assert extraction.initiatives == []
    named = extract_blocks(("title", "Pond news"), ("paragraph", "The Nordic Pond Task Force met."))
    assert named.mentioned == ["Nordic Pond Task Force"]  # with its tail, the head names a kind


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "The regulators signed the Cooperation Arrangement on ferry safety services.",
            ["Cooperation Arrangement on ferry safety services"],
        ),
        (
            "The authorities adopted the CPC common position on in-app purchases.",
            ["CPC common position on in-app purchases"],
        ),
        ("Twelve authorities took part in the 2031 Pond Sweep.", ["2031 Pond Sweep"]),
    ],
)
def test_arrangements_common_positions_and_sweeps_are_kinds(
    sentence: str, names: list[str]
) -> None:
    assert [candidate.name for candidate in find_names(sentence)] == names


def test_a_common_position_without_its_tail_names_nothing() -> None:
    # "common" alone is no kind noun: "the common interest" names nothing
    assert find_names("The Common Interest of Ferry Users is plain.") == []
