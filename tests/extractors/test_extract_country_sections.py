"""A page told country by country: each country's section belongs to the first initiative
its opening paragraph names, unless the page named that one before; and the date of a clause
set off before a launch's verb ("after a consultation opened in July 2023,") is not the
launch's. A section opening "The second recommendation ..." is the second one named above,
and two names joined by "and" after "adopted" were both adopted then."""

from __future__ import annotations

from tests.extractors.extract_documents import extract_blocks, items


def _page(italy_opening: str) -> dict[str, tuple[str | None, int]]:
    extraction = extract_blocks(
        ("title", "Influencer marketing: new national rules in Westland and Eastland"),
        ("paragraph", "Some countries have adopted rules of their own on commercial influence."),
        ("heading", "France"),
        ("paragraph", "The Harbour Influence Act was adopted on 9 June 2023."),
        ("paragraph", "Influencers may no longer promote:"),
        *items(1, "cosmetic procedures;", "products containing nicotine."),
        ("heading", "Italy"),
        ("paragraph", italy_opening),
        ("paragraph", "Its tasks include:"),
        *items(2, "drawing up a list of influencers;", "promoting information campaigns."),
    )
    return {i.name: (i.launched, len(i.actions)) for i in extraction.initiatives}


def test_a_countrys_section_belongs_to_the_initiative_its_opening_names() -> None:
    found = _page(
        "On 10 January 2024, after a public consultation opened in July 2023, the authority "
        "adopted the Quay Influence Guidelines. They apply at once."
    )
    assert found == {
        "Harbour Influence Act": ("2023-06-09", 2),
        "Quay Influence Guidelines": ("2024-01-10", 2),
    }


def test_an_initiative_named_before_the_country_heading_does_not_take_its_section() -> None:
    extraction = extract_blocks(
        ("title", "Harbour Influence Act adopted"),
        ("paragraph", "The Harbour Influence Act was adopted on 9 June 2023."),
        ("paragraph", "It builds on the Quay Consumer Directive."),
        ("heading", "Italy"),
        ("paragraph", "In Italy, the Quay Consumer Directive applies to large influencers."),
    )
    assert [i.name for i in extraction.initiatives] == ["Harbour Influence Act"]


def test_a_registered_eu_initiative_a_country_applies_does_not_take_its_section() -> None:
    extraction = extract_blocks(
        ("title", "National rules on influencers"),
        ("paragraph", "Some countries have adopted rules of their own."),
        ("heading", "Italy"),
        (
            "paragraph",
            "Italy transposed the Audiovisual Media Services Directive in 2021 through a decree.",
        ),
        *items(1, "rule one;", "rule two."),
    )
    assert extraction.initiatives == []


def test_the_second_recommendation_opening_a_section_is_the_second_one_named() -> None:
    extraction = extract_blocks(
        ("title", "Council adopts two recommendations on pond education"),
        (
            "paragraph",
            "On 23 November 2031 the Council adopted the Recommendation on safer school ponds "
            "and the Recommendation on frog skills in education and training.",
        ),
        ("heading", "Safer school ponds"),
        ("paragraph", "The first recommendation calls on towns to fence school ponds."),
        ("heading", "Better frog skills"),
        ("paragraph", "The second recommendation calls on towns to teach frog care:"),
        *items(1, "Offer frog courses;", "Train teachers."),
        ("heading", "Fourth pillar"),
        ("paragraph", "The fourth recommendation is not yet drafted."),
    )
    first, second = extraction.initiatives
    assert len(second.actions) == 2
    # both objects of "adopted" were adopted that day
    assert (first.launched, second.launched) == ("2031-11-23", "2031-11-23")
    assert extraction.mentioned == [] or all("frog skills" not in m for m in extraction.mentioned)


def test_a_name_after_the_object_but_not_joined_by_and_was_not_adopted_then() -> None:
    extraction = extract_blocks(
        ("title", "Council adopts a recommendation on pond education"),
        (
            "paragraph",
            "On 23 November 2031 the Council adopted the Recommendation on safer school ponds, "
            "replacing the Recommendation on frog care in parks.",
        ),
        ("heading", "Recommendation on frog care in parks"),
        ("paragraph", "The Recommendation on frog care in parks asked towns to build ponds."),
    )
    (frog_care,) = extraction.initiatives
    assert (frog_care.name, frog_care.launched) == ("Recommendation on frog care in parks", None)


def test_an_ordinal_counts_distinct_names_above_the_heading_and_of_its_kind_only() -> None:
    extraction = extract_blocks(
        ("title", "Council adopts two recommendations on pond education"),
        (
            "paragraph",
            "On 23 November 2031 the Council adopted the Recommendation on safer school ponds "
            "and the Recommendation on frog skills in education and training. The Recommendation "
            "on safer school ponds follows the Westland Pond Strategy.",
        ),
        ("heading", "Better frog skills"),
        ("paragraph", "The second recommendation calls on towns to teach frog care:"),
        *items(1, "Offer frog courses;", "Train teachers."),
        ("heading", "Newt care"),
        ("paragraph", "The third recommendation aims to protect newts:"),
        *items(2, "Count newts;", "Build newt ponds."),
        ("paragraph", "The Council will adopt the Recommendation on newt care next year."),
    )
    frog = next(i for i in extraction.initiatives if "frog skills" in i.name)
    assert len(frog.actions) == 2
    # the third is named only below its heading: no section of its own
    assert all(not i.actions for i in extraction.initiatives if "newt" in i.name)


def test_an_ordinal_phrase_that_is_no_subject_leaves_the_section_to_the_name_it_opens_with() -> (
    None
):
    extraction = extract_blocks(
        ("title", "Influencer rules in Westland and Eastland"),
        ("paragraph", "Some countries have adopted rules of their own."),
        ("heading", "Italy"),
        (
            "paragraph",
            "The first guidelines of their kind, the Quay Influence Guidelines were adopted on "
            "10 January 2024.",
        ),
        ("paragraph", "Its tasks include:"),
        *items(1, "drawing up a list of influencers;", "promoting campaigns."),
    )
    quay = next(i for i in extraction.initiatives if i.name == "Quay Influence Guidelines")
    assert len(quay.actions) == 2
