"""A registered network's name after a country's adjective names that country's member: "the
Greek Safer Internet Centre" is another initiative than the European network of Safer
Internet Centres, with its own name and no registry id. A registered event or text after one
("the Serbian Safer Internet Day") is still the registered one."""

from __future__ import annotations

from tests.extractors.extract_documents import extract_blocks


def test_a_national_centre_is_named_with_its_country_and_has_no_registry_id() -> None:
    extraction = extract_blocks(
        ("title", "Pond stories for toddlers"),
        (
            "paragraph",
            "The Greek Safer Internet Centre published a fairy tale about ponds in 2031. The "
            "Greek Safer Internet Centre runs a helpline.",
        ),
    )
    assert [(i.name, i.registry_id) for i in extraction.initiatives] == [
        ("Greek Safer Internet Centre", None)
    ]


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
