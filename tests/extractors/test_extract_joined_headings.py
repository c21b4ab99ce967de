"""A heading that joins registered initiatives with "and" ("BIK Youth Panel and Youth
Ambassadors") heads a section that describes each of them; a contextual form ("Youth
Ambassadors") counts where the page names the initiative in full, under that full name. A
registered name before a dash subtitle heads its section too, and a text that "took effect"
on a day was launched that day."""

from __future__ import annotations

import pytest

from extractors.extract.registry_links import heading_registry_names
from tests.extractors.extract_documents import extract_blocks, initiative_names, named

_SECTION = (
    "paragraph",
    "Each year, Safer Internet Centres nominate young people to the BIK Youth Panel. "
    "Panellists can go on to become BIK Youth Ambassadors.",
)


def test_each_registered_initiative_a_heading_joins_is_described() -> None:
    extraction = extract_blocks(
        ("title", "Young people in the work of the portal"),
        ("paragraph", "Children and young people help shape the work for a better internet."),
        ("heading", "BIK Youth Panel and Youth Ambassadors"),
        _SECTION,
    )
    assert initiative_names(extraction)[-2:] == ["BIK Youth Ambassadors", "BIK Youth Panel"]


def test_a_contextual_form_counts_only_where_the_page_names_it_in_full() -> None:
    full = {"bik-youth-ambassadors": "BIK Youth Ambassadors"}
    assert [
        name for name, _, _ in heading_registry_names("BIK Youth Panel and Youth Ambassadors", full)
    ] == [
        "BIK Youth Panel",
        "BIK Youth Ambassadors",
    ]
    assert heading_registry_names("BIK Youth Panel and Youth Ambassadors", {}) == []


def test_a_joined_headings_names_keep_their_kind_nouns_and_lose_their_articles() -> None:
    full = {"bik-youth-ambassadors": "BIK Youth Ambassadors"}
    # the kind noun as written ("Panel"), else the registry's kind; articles are no words
    assert heading_registry_names("The BIK Youth Panel and the Youth Ambassadors", full) == [
        ("BIK Youth Panel", "panel", "bik-youth-panel"),
        ("BIK Youth Ambassadors", "network", "bik-youth-ambassadors"),
    ]
    # one initiative named twice is no pair
    assert heading_registry_names("BIK Youth Panel and BIK Youth Panel", {}) == []


def test_a_heading_that_joins_a_name_and_anything_else_names_no_pair() -> None:
    assert heading_registry_names("BIK Youth Panel and its partners", {}) == []
    assert heading_registry_names("BIK Youth Panel", {}) == []


def test_a_registered_name_before_a_dash_subtitle_heads_its_section() -> None:
    extraction = extract_blocks(
        ("title", "Looking back on a year of youth participation"),
        ("paragraph", "Young people took part in many activities this year."),
        ("heading", "BIK Youth Panel 2020 \u2013 a new format"),
        ("paragraph", "Because of the pandemic, this year's panel met entirely online."),
    )
    assert "BIK Youth Panel" in initiative_names(extraction)


@pytest.mark.parametrize("verb", ["took effect", "came into effect", "entered into effect"])
def test_a_code_that_took_effect_on_a_day_was_launched_then(verb: str) -> None:
    extraction = extract_blocks(
        ("title", "National codes"),
        ("paragraph", "Several countries apply codes of their own."),
        ("heading", "United Kingdom: Harbour design code"),
        (
            "paragraph",
            f"Prepared by the Westland regulator, the code sets 15 standards. It {verb} on "
            "2 September 2020, and services were given a year to conform.",
        ),
    )
    assert named(extraction, "Harbour design code").launched == "2020-09-02"
