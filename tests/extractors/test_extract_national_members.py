"""A registered network's name with a country's adjective before it or the country after it
names that country's member: "the Greek Safer Internet Centre", "the Safer Internet Centre in
Ukraine" are other initiatives than the European network of Safer Internet Centres, with
their own names and no registry id. A registered event or text after an adjective ("the
Serbian Safer Internet Day") is still the registered one."""

from __future__ import annotations

import pytest

from tests.extractors.extract_documents import extract_blocks


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Greek Safer Internet Centre", "Greek Safer Internet Centre"),
        # an adjective of two words
        ("North Macedonian Safer Internet Centre", "North Macedonian Safer Internet Centre"),
        ("Safer Internet Centre in Ukraine", "Safer Internet Centre in Ukraine"),
        ("Safer Internet Centre Slovenia", "Safer Internet Centre Slovenia"),
        # its acronym before the country, kept as an alias
        ("Safer Internet Centre (SIC) Slovenia", "Safer Internet Centre Slovenia"),
        # a country of several words
        (
            "Safer Internet Centre in Bosnia and Herzegovina",
            "Safer Internet Centre in Bosnia and Herzegovina",
        ),
    ],
)
def test_a_national_centre_is_named_with_its_country_and_has_no_registry_id(
    written: str, name: str
) -> None:
    extraction = extract_blocks(
        ("title", "Pond stories for toddlers"),
        (
            "paragraph",
            f"The {written} published a fairy tale about ponds in 2031. The {written} runs a "
            "helpline.",
        ),
    )
    assert [(i.name, i.registry_id) for i in extraction.initiatives] == [(name, None)]


def test_a_national_centre_the_title_names_is_not_the_registered_network() -> None:
    extraction = extract_blocks(
        ("title", "Safer Internet Centre Serbia"),
        ("paragraph", "The Safer Internet Centre Serbia opened in 2031 and runs a helpline."),
    )
    assert [i.registry_id for i in extraction.initiatives] == [None]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a registered panel in a country only meets there
        ("The BIK Youth Panel in Belgium met in 2031.", "BIK Youth Panel"),
        # a country that another capitalised word goes on from starts another name
        (
            "The Safer Internet Centre Malta Communications Authority opened in 2031.",
            "Safer Internet Centre",
        ),
    ],
)
def test_a_country_after_a_registered_name_may_not_make_it_national(
    sentence: str, name: str
) -> None:
    extraction = extract_blocks(("title", "Pond stories for toddlers"), ("paragraph", sentence))
    assert extraction.mentioned == [name]


def test_an_unregistered_centre_in_a_country_is_only_located_there() -> None:
    extraction = extract_blocks(
        ("title", "Pond stories for toddlers"),
        (
            "paragraph",
            "The National Centre for Pond Safety in Ukraine published a fairy tale about ponds "
            "in 2031. The National Centre for Pond Safety in Ukraine runs a helpline.",
        ),
    )
    assert [i.name for i in extraction.initiatives] == ["National Centre for Pond Safety"]


def test_a_national_edition_of_a_registered_day_stays_the_day() -> None:
    extraction = extract_blocks(
        ("title", "Pond stories for toddlers"),
        (
            "paragraph",
            "Westland marked the Serbian Safer Internet Day with a fairy tale about ponds in 2031.",
        ),
    )
    assert extraction.mentioned == ["Safer Internet Day"]


def test_a_word_that_is_no_countrys_adjective_is_not_taken_in() -> None:
    extraction = extract_blocks(
        ("title", "Pond stories for toddlers"),
        (
            "paragraph",
            "Last year Westland's Safer Internet Centre published a fairy tale about ponds. "
            "Parents praised the Westland Safer Internet Centre.",
        ),
    )
    names = [i.name for i in extraction.initiatives] + list(extraction.mentioned)
    assert not any(name.startswith("Westland Safer") for name in names)
