"""A short proper-name heading without a kind noun names an initiative when its section says
what kind of thing it is ("Safety Gate, the EU rapid alert system for ..."); a headline's
"New" before a title's name is no part of it when the page never writes it so."""

from __future__ import annotations

import pytest

from tests.extractors.extract_documents import extract_blocks, initiative_names


def _page(heading: str, opening: str) -> list[str]:
    return initiative_names(
        extract_blocks(
            ("title", "Harbour safety rules now apply"),
            ("paragraph", "The Harbour Safety Regulation applies from 13 December 2024."),
            ("paragraph", "It sets the safety rules of every harbour in the EU."),
            ("heading", heading),
            ("paragraph", opening),
        )
    )


@pytest.mark.parametrize(
    "opening",
    [
        "Since 2003, authorities have used the Quay Gate, the EU rapid alert system for "
        "unsafe boats, to share what they find.",
        "Quay Gate is a free tool that lets harbours share alerts.",
    ],
)
def test_a_proper_name_heading_its_section_says_is_a_system_names_an_initiative(
    opening: str,
) -> None:
    assert "Quay Gate" in _page("Quay Gate", opening)


@pytest.mark.parametrize(
    ("heading", "opening"),
    [
        # a body: "a charity" says no initiative
        ("Quay Watch", "Quay Watch, a UK charity, reports unsafe boats."),  # (a control)
        # a person or a place, described by a noun and its complement
        ("Jane Doe", "Jane Doe is the founder of the campaign."),
        ("Ireland", "Ireland is a member of the network."),
        # a heading of a section with no such sentence
        ("Quay Gate", "Authorities share alerts on unsafe boats every week."),
        # no proper name: a sentence's heading
        # (a control: a heading of lower-case words is no proper name)
        ("What changes for sellers", "What changes for sellers, the tool for harbours, is new."),
    ],
)
def test_a_heading_whose_section_says_no_kind_names_nothing(heading: str, opening: str) -> None:
    assert initiative_names(
        extract_blocks(
            ("title", "Harbour safety rules now apply"),
            ("paragraph", "The Harbour Safety Regulation applies from 13 December 2024."),
            ("heading", heading),
            ("paragraph", opening),
        )
    ) == ["Harbour Safety Regulation"]


def test_a_headlines_new_before_a_titles_name_is_dropped_when_the_page_never_writes_it() -> None:
    extraction = extract_blocks(
        ("title", "New Harbour Safety Regulation now applies"),
        ("paragraph", "The Harbour Safety Regulation (HSR) applies from 13 December 2024."),
        ("paragraph", "The Regulation was adopted on 10 May 2023."),
        ("heading", "Quay Gate"),
        ("paragraph", "Quay Gate, the EU rapid alert system for unsafe boats, runs since 2003."),
    )
    assert [(i.name, i.launched) for i in extraction.initiatives] == [
        ("Harbour Safety Regulation", "2023-05-10"),
        ("Quay Gate", None),  # "runs since" is no launch
    ]


def test_a_saying_in_a_list_item_is_no_sections_opening() -> None:
    extraction = extract_blocks(
        ("title", "Harbour safety rules now apply"),
        ("paragraph", "The Harbour Safety Regulation applies from 13 December 2024."),
        ("heading", "Quay Gate"),
        ("list_item", "Quay Gate, the EU alert system for boats, runs.", {"list_id": 1}),
    )
    assert "Quay Gate" not in initiative_names(extraction)


def test_a_heading_name_before_its_own_apposition_or_its_sections_is_an_initiative() -> None:
    extraction = extract_blocks(
        ("title", "Apps and websites to help children stay safe at ponds"),
        ("paragraph", "Charities have built tools of their own. Here are two of them."),
        ("heading", "Pond Pal, an app for worried children"),
        ("paragraph", "The app offers exercises that calm children down."),
        ("heading", "Warm Pond, for a new start in Denmark"),
        (
            "paragraph",
            "In March 2031, a charity launched Warm Pond, a public website with practical "
            "information for families.",
        ),
    )
    assert [i.name for i in extraction.initiatives] == ["Pond Pal", "Warm Pond"]


def test_a_country_or_a_persons_heading_with_an_apposition_names_no_initiative() -> None:
    extraction = extract_blocks(
        ("title", "Good practice from the Member States"),
        ("paragraph", "Countries have built tools of their own."),
        ("heading", "Ireland, the Pondwise website for parents"),
        ("paragraph", "Parents find advice on pond safety there."),
        ("heading", "Anna Berg"),
        ("paragraph", "Anna Berg is a pond guide with ten years of experience."),
    )
    assert extraction.initiatives == []


def test_a_coined_name_heading_its_section_takes_up_as_the_project_is_an_initiative() -> None:
    extraction = extract_blocks(
        ("title", "Research on children at ponds"),
        ("paragraph", "The Commission funds two projects on children and ponds."),
        ("heading", "PondGen"),
        (
            "paragraph",
            "PondGen, which started on 1 February 2030, looks at how children play near ponds. "
            "The project is coordinated by a university in Oslo.",
        ),
        ("heading", "ySWIM \u2013 Youth Swimming"),
        (
            "paragraph",
            "ySWIM studies swimming skills. The project is led by a university in Ghent.",
        ),
        ("heading", "Certification"),
        (
            "paragraph",
            "Certification of ponds is voluntary. The project to make it binding failed.",
        ),
    )
    assert [(i.name, i.launched) for i in extraction.initiatives] == [
        ("PondGen", "2030-02-01"),
        ("ySWIM", None),
    ]


def test_a_coined_name_spelled_out_after_a_hyphen_or_a_colon_is_its_short_name() -> None:
    extraction = extract_blocks(
        ("title", "Research on children at ponds"),
        ("paragraph", "The Commission funds two projects on children and ponds."),
        ("heading", "ySWIM - Youth Swimming"),
        ("paragraph", "ySWIM studies swimming skills. The project is led by a university."),
        ("heading", "PondGen: Pond Generations"),
        ("paragraph", "PondGen looks at ponds. The project runs until 2033."),
    )
    assert [i.name for i in extraction.initiatives] == ["ySWIM", "PondGen"]


def test_words_of_a_name_the_section_writes_with_its_noun_name_an_initiative() -> None:
    extraction = extract_blocks(
        ("title", "Laptops for pupils: national programmes"),
        ("paragraph", "Schools closed and pupils needed laptops."),
        ("heading", "Escola Lagoa"),
        (
            "paragraph",
            "In Portugal, the Escola Lagoa (Pond School) programme lends laptops to pupils. "
            "The programme is built on two pillars.",
        ),
    )
    assert [i.name for i in extraction.initiatives] == ["Escola Lagoa"]


@pytest.mark.parametrize(
    ("heading", "section", "names"),
    [
        # an adverb may stand before the project's verb
        ("PondGen", ["PondGen looks at ponds. The project also studies swimming."], ["PondGen"]),
        # named in the first paragraph, taken up in the second
        (
            "PONDEX",
            ["PONDEX, which started in 2030, maps ponds.", "The project will develop two tools."],
            ["PONDEX"],
        ),
        # a person's names are no coined name
        ("Anna Berg", ["Anna Berg leads the research team. The project looks at ponds."], []),
        # "the project partners" is no clause's subject
        ("PondKidsNet", ["PondKidsNet works with schools, the project partners and parents."], []),
        # the heading's name inside a longer word is not its name
        ("PondGen", ["PondGenerations grow up online. The project looks at them."], []),
        # a country's capitals are no coined name
        ("UK", ["The UK regulator reaches parents. The campaign runs on social media."], []),
        # a brand's app is no project
        ("PondTok", ["PondTok lets users share videos. The app is rated 13+."], []),
    ],
)
def test_what_a_coined_heading_is_taken_up_as_decides(
    heading: str, section: list[str], names: list[str]
) -> None:
    extraction = extract_blocks(
        ("title", "Research on children at ponds"),
        ("paragraph", "The Commission funds research on children and ponds."),
        ("heading", heading),
        *(("paragraph", text) for text in section),
        # a described neighbour: no fallback for a page that describes nothing reads the heading
        ("heading", "Pond Pal, an app for worried children"),
        ("paragraph", "The app offers exercises that calm children down."),
    )
    assert [i.name for i in extraction.initiatives] == [*names, "Pond Pal"]
