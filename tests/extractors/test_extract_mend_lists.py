"""Probes of the review of the lists and lifecycle rules (issue 16): a stated launch outweighs
a proposal's wording, a leading day without a year follows the sentence's tense, and a colon
list after a plural of organisations may open its block."""

from __future__ import annotations

from tests.extractors.extract_documents import extract_blocks, prose_signatories


def test_an_adopted_initiative_a_proposal_first_set_up_is_active() -> None:
    extraction = extract_blocks(
        ("title", "Nordic Reading Guarantee"),
        (
            "paragraph",
            "In 2020 the Council received a proposal for a Recommendation establishing a "
            "Nordic Reading Guarantee. The Council adopted the Nordic Reading Guarantee on "
            "14 June 2021. It has been running since then.",
        ),
    )
    (initiative,) = extraction.initiatives
    assert (initiative.launched, initiative.status) == ("2021-06-14", "active")


def test_a_proposal_in_another_sentence_does_not_make_a_named_initiative_unknown() -> None:
    extraction = extract_blocks(
        ("title", "Nordic Reading Guarantee"),
        (
            "paragraph",
            "Why did the ministers discuss a proposal establishing a fund for libraries? Alpha "
            "Net and Beta Mobile signed the Nordic Reading Guarantee.",
        ),
    )
    (initiative,) = extraction.initiatives
    assert initiative.status == "active"


def test_what_a_proposal_would_establish_is_still_unknown() -> None:
    extraction = extract_blocks(
        ("title", "Nordic Reading Guarantee"),
        (
            "paragraph",
            "The Commission tabled a proposal for a Recommendation establishing a Nordic "
            "Reading Guarantee.",
        ),
    )
    (initiative,) = extraction.initiatives
    assert initiative.status == "unknown"


def test_a_leading_day_without_a_year_is_not_after_the_page_in_a_past_sentence() -> None:
    extraction = extract_blocks(
        ("title", "Harbour Safety Network"),
        (
            "paragraph",
            "On 17 December, the ministry opened the Harbour Safety Network, first planned "
            "in 2024.",
        ),
        published="2025-03-05",
    )
    assert [date.value for date in extraction.dates] == ["2024-12-17", "2024"]


def test_a_leading_day_without_a_year_in_a_future_sentence_is_the_next_one() -> None:
    extraction = extract_blocks(
        ("title", "Harbour Safety Network"),
        (
            "paragraph",
            "On 17 December, the ministry will open the Harbour Safety Network, first planned "
            "in 2024.",
        ),
        published="2025-03-05",
    )
    assert [date.value for date in extraction.dates] == ["2025-12-17", "2024"]


def test_a_colon_list_after_companies_may_open_its_block() -> None:
    extraction = extract_blocks(
        ("title", "Harbour Safety Pledge"),
        ("paragraph", "The Harbour Safety Pledge was signed in Oslo on 3 May 2021."),
        ("paragraph", "Companies: Alpha Net, Beta Mobile and Gamma Play."),
    )
    (initiative,) = extraction.initiatives
    assert [s.name for s in initiative.signatories] == ["Alpha Net", "Beta Mobile", "Gamma Play"]


def test_a_member_that_withdrew_and_later_joined_again_is_a_member() -> None:
    names = prose_signatories(
        "News of the Kids Online Alliance",
        "Members of the Kids Online Alliance are Alpha Net, Beta Mobile and Delta Cable.",
        "Beta Mobile withdrew from the Kids Online Alliance in 2020.",
        "Beta Mobile joined the Kids Online Alliance again in 2023.",
    )
    assert [name for name, _ in names] == ["Alpha Net", "Beta Mobile", "Delta Cable"]
