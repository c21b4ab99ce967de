"""Signatories told by what they commit to: "A, B and C have today committed to ...", "A and
B commit to the following measures:", each organisation once however the page spells it."""

from __future__ import annotations

import pytest

from extractors.extract.organisations import spelling_key
from tests.extractors.extract_documents import (
    block_signatories,
    extract_blocks,
    items,
    prose_signatories,
)

PLEDGE = "Safe Shopping Pledge"


def test_those_who_commit_to_a_pledges_measures_are_its_signatories_once_each() -> None:
    found = block_signatories(
        ("title", f"Commission and three marketplaces sign a {PLEDGE}"),
        (
            "paragraph",
            "Brussels, 2 May 2019 \u2013 Three large marketplaces, Alpha Mart (for AlphaShop), "
            "Beta Store and Gamma Sales, have today committed to take unsafe goods down faster.",
        ),
        (
            "paragraph",
            "Alpha Mart Group (for AlphaShop), Beta Store and Gamma-Sales commit to the "
            "following measures:",
        ),
        *items(1, "React to notices within two days.", "Train their sellers."),
        (
            "paragraph",
            "The signatories will report every six months on how they implement the Pledge.",
        ),
    )
    # The second spellings ("... Group", "Gamma-Sales") are the same three organisations.
    assert [name for name, _ in found] == [
        "Alpha Mart (for AlphaShop)",
        "Beta Store",
        "Gamma Sales",
    ]


def test_an_opening_phrase_or_a_possessive_before_a_commitment_is_no_signatory() -> None:
    assert prose_signatories(
        f"The {PLEDGE}",
        f"The {PLEDGE} was launched in 2019. Among other things, the shops commit to checking "
        "their listings.",
        f"Its participants and Beta Store have signed the {PLEDGE}.",
    ) == [("Beta Store", "signatory")]


def test_spellings_of_one_organisation_share_a_key() -> None:
    assert spelling_key("Rakuten-France") == spelling_key("Rakuten France")
    assert spelling_key("Alibaba Group (for AliExpress)") == spelling_key(
        "Alibaba (for AliExpress)"
    )
    assert spelling_key("The Lego Group") == spelling_key("Lego")
    assert spelling_key("Beta Store") != spelling_key("Beta Stores")
    assert spelling_key("BIK+") != spelling_key("BIK")


def test_a_promise_or_a_commitment_of_something_else_is_no_signing() -> None:
    # (fails with a bare "have committed" or "pledged to" among the cues of roles.toml)
    assert (
        prose_signatories(
            f"The {PLEDGE}",
            f"The {PLEDGE} was launched in 2019.",
            "Alpha Mart and Beta Store have committed crimes in the past.",
            "Anna Berg and Tom Vale pledged to act quickly.",
        )
        == []
    )


def test_a_name_that_opens_like_a_phrase_is_still_a_signatory() -> None:
    assert prose_signatories(
        f"The {PLEDGE}",
        f"Our Kids Foundation, Among Us Studio and Beta Store have signed the {PLEDGE}.",
    ) == [
        ("Our Kids Foundation", "signatory"),
        ("Among Us Studio", "signatory"),
        ("Beta Store", "signatory"),
    ]


def test_no_list_ends_at_a_commitment_whose_subject_is_a_common_noun() -> None:
    assert (
        prose_signatories(
            f"The {PLEDGE}",
            f"The {PLEDGE} was launched in 2019.",
            f"Alongside the law, the Commission runs the {PLEDGE}, through which large "
            "marketplaces commit to going further.",
        )
        == []
    )


def test_an_adverb_before_commit_to_ends_no_name_and_an_among_phrase_is_none() -> None:
    assert prose_signatories(
        f"The {PLEDGE}",
        f"The {PLEDGE} was launched in 2019.",
        "Alpha Mart, Beta Store and Gamma Shop today commit to checking their listings.",
        f"Among Europe's largest shops, Delta Mart and Echo Store have signed the {PLEDGE}.",
    ) == [
        ("Alpha Mart", "signatory"),
        ("Beta Store", "signatory"),
        ("Gamma Shop", "signatory"),
        ("Delta Mart", "signatory"),
        ("Echo Store", "signatory"),
    ]


@pytest.mark.parametrize(
    ("sentence", "last"),
    [
        (
            "Alpha Mart, Beta Store and Gamma Shop (Westland) commit to checking their listings.",
            "Gamma Shop (Westland)",
        ),
        (
            "On Tuesday, Alpha Mart, Beta Store and Gamma Shop committed to offer filters.",
            "Gamma Shop",
        ),
        (
            "Alpha Mart, Beta Store and Gamma Shop committed to work on it with young people.",
            "Gamma Shop",
        ),
    ],
)
def test_a_list_of_names_before_commit_to_is_read(sentence: str, last: str) -> None:
    # a bracket closing the last name, an opening phrase of time, the verb in the past
    assert prose_signatories(f"The {PLEDGE}", f"The {PLEDGE} was presented in 2020.", sentence) == [
        ("Alpha Mart", "signatory"),
        ("Beta Store", "signatory"),
        (last, "signatory"),
    ]


def test_the_following_companies_announce_a_list_of_names_whatever_they_committed_to() -> None:
    extraction = extract_blocks(
        ("title", PLEDGE),
        ("paragraph", f"The {PLEDGE} was presented in 2020."),
        ("heading", "What the young people asked for"),
        ("paragraph", "The pledge concentrates on two points:"),
        *items(1, "Clear terms and conditions;", "Accessible privacy settings."),
        ("heading", "Companies that committed"),
        (
            "paragraph",
            "The following companies have committed to work on the pledge together with "
            "young people:",
        ),
        *items(2, "Alpha Mart", "Beta Store", "Gamma Shop"),
    )
    (pledge,) = extraction.initiatives
    assert [s.name for s in pledge.signatories] == ["Alpha Mart", "Beta Store", "Gamma Shop"]
    assert [a.text for a in pledge.actions] == [
        "Clear terms and conditions",
        "Accessible privacy settings",
    ]


def test_the_following_principles_after_the_companies_announce_actions() -> None:
    extraction = extract_blocks(
        ("title", PLEDGE),
        ("paragraph", f"The {PLEDGE} was presented in 2020."),
        ("paragraph", "The companies have committed to the following principles:"),
        *items(1, "Transparency", "Accountability"),
    )
    (pledge,) = extraction.initiatives
    assert pledge.signatories == []
    assert len(pledge.actions) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "It follows an agreement with the Government, under which each of the four Shops "
        "committed to offer filters.",
        "It follows an agreement between the Government and the four shops, under which each "
        "Shop committed to offer filters by the end of the year.",
        "According to the report, fraud that Alpha Mart, Beta Store and Gamma Shop committed "
        "to boost sales went unpunished.",
        "In 2031 the Commission, the Council and the Parliament committed to act on scams.",
    ],
)
def test_words_before_committed_to_that_are_not_only_names_list_nobody(sentence: str) -> None:
    assert (
        prose_signatories(f"The {PLEDGE}", f"The {PLEDGE} was presented in 2030.", sentence) == []
    )
