"""Linking a page's initiatives to the registry: found in any form, ids, warnings."""

from __future__ import annotations

import pytest

from extractors.extract.registry_links import registry_warnings
from extractors.extract.registry_mentions import registry_candidates, registry_matches
from tests.extractors.extract_documents import extract_blocks, items


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.entry_id) for m in registry_matches(text)]


def test_a_registered_name_is_found_in_any_case_and_ends_where_the_name_ends() -> None:
    text = "The alliance to better protect minors online announces commitments."
    assert _found(text) == [
        ("alliance to better protect minors online", "alliance-better-protect-minors-online")
    ]


def test_a_one_word_name_needs_its_capital_and_a_plus_is_part_of_the_name() -> None:
    assert _found("Insafe and INHOPE work with the BIK+ strategy.") == [
        ("Insafe", "insafe"),
        ("INHOPE", "inhope"),
        ("BIK+ strategy", "bik-plus"),
    ]
    assert _found("a safe and insafe idea") == []


def test_a_page_named_by_its_title_gets_the_registry_id() -> None:
    extraction = extract_blocks(
        ("title", "EU Internet Forum: governments and companies against terrorist content"),
        ("paragraph", "Today the Commission launches the EU Internet Forum in Brussels."),
        ("paragraph", "The Forum has two objectives:"),
        *items(1, "reducing access to terrorist content", "empowering civil society"),
    )
    (forum,) = extraction.initiatives
    assert (forum.name, forum.registry_id) == ("EU Internet Forum", "eu-internet-forum")
    assert len(forum.actions) == 2
    assert not any("not in the registry" in warning for warning in extraction.warnings)


def test_an_unregistered_initiative_is_still_found_with_a_warning() -> None:
    extraction = extract_blocks(
        ("title", "Pact for Safer Gaming"),
        ("paragraph", "The Pact for Safer Gaming was signed in 2019 by Alpha, Beta and Gamma."),
    )
    (pact,) = extraction.initiatives
    assert pact.registry_id is None
    assert [s.name for s in pact.signatories] == ["Alpha", "Beta", "Gamma"]
    assert extraction.warnings == [
        "Pact for Safer Gaming: not in the registry (add it if it is a new initiative)"
    ]


def test_two_registered_initiatives_in_a_title_are_both_described() -> None:
    extraction = extract_blocks(
        ("title", "Insafe and INHOPE"),
        ("paragraph", "Insafe is a network of awareness centres; INHOPE is a network of hotlines."),
    )
    assert [(i.name, i.registry_id) for i in extraction.initiatives] == [
        ("Insafe", "insafe"),
        ("INHOPE", "inhope"),
    ]


def test_each_of_two_registered_initiatives_in_a_title_owns_the_section_its_heading_opens() -> None:
    extraction = extract_blocks(
        ("title", "Insafe and INHOPE"),
        ("paragraph", "Insafe and INHOPE work together in the Safer Internet Centres."),
        ("heading", "Insafe", {"level": 3}),
        ("paragraph", "Insafe is a network of awareness centres and helplines."),
        ("heading", "INHOPE", {"level": 3}),
        (
            "paragraph",
            "INHOPE is a network of hotlines. Frogwell, Lakeside Ltd and Reedmark joined it.",
        ),
    )
    signatories = {i.name: [s.name for s in i.signatories] for i in extraction.initiatives}
    assert signatories == {"Insafe": [], "INHOPE": ["Frogwell", "Lakeside Ltd", "Reedmark"]}


@pytest.mark.parametrize(
    "title",
    ["EU safer internet programmes, 1999-2013", "The EU's Safer Internet Programmes, 1999-2013"],
)
def test_a_registered_name_in_the_plural_in_a_title_names_the_series(title: str) -> None:
    extraction = extract_blocks(
        ("title", title),
        ("paragraph", "The first Safer Internet Programme was launched in 1999."),
        ("heading", "Safer Internet Plus (2005-2008)", {"level": 2}),
        ("paragraph", "Safer Internet Plus fought illegal and harmful content."),
        ("heading", "Safer Internet Programme (2009-2013)", {"level": 2}),
        ("paragraph", "The third programme ran from 2009 to 2013."),
    )
    assert [i.name for i in extraction.initiatives] == [
        "Safer Internet Plus",
        "Safer Internet Programme",
    ]


def test_a_date_that_disagrees_with_the_registry_is_a_warning_not_an_override() -> None:
    assert registry_warnings("european-framework-safer-mobile-use", "2007-02", None) == []
    assert registry_warnings("european-framework-safer-mobile-use", "2008-03", None) == [
        "launched 2008-03 on the page, 2007-02-06 in the registry"
    ]
    assert registry_warnings(None, "2008", None) == []


def test_a_period_in_a_heading_ends_the_initiative_when_the_page_speaks_of_later_years() -> None:
    extraction = extract_blocks(
        ("title", "Programmes for a safer internet"),
        ("heading", "Safer Internet Plus (2005-2008)", {"level": 2}),
        ("paragraph", "Safer Internet Plus fought illegal and harmful content."),
        ("heading", "What came next", {"level": 2}),
        ("paragraph", "From 2014 the work was funded under another programme."),
    )
    (plus,) = [i for i in extraction.initiatives if i.registry_id == "safer-internet-plus"]
    assert (plus.launched, plus.ended, plus.status) == ("2005", "2008", "ended")


def test_a_launch_in_another_initiative_section_is_not_the_one_it_builds_on() -> None:
    extraction = extract_blocks(
        ("title", "Self-regulation for a better internet"),
        ("heading", "CEO Coalition to make the internet a better place for kids", {"level": 2}),
        ("paragraph", "The CEO Coalition worked on five actions."),
        ("heading", "Alliance to better protect minors online", {"level": 2}),
        (
            "paragraph",
            "Launched on Safer Internet Day, 7 February 2017, building on the work of the CEO "
            "Coalition.",
        ),
    )
    launched = {i.registry_id: i.launched for i in extraction.initiatives}
    assert launched["ceo-coalition"] is None


def test_a_heading_that_introduces_a_registered_name_with_an_article_owns_its_section() -> None:
    extraction = extract_blocks(
        ("title", "Ministers meet on online safety"),
        ("paragraph", "Ministers discussed several topics in Brussels today."),
        ("heading", "An EU Crisis Protocol"),
        ("paragraph", "The protocol will guide a rapid response by governments and platforms."),
    )
    assert [(i.name, i.registry_id) for i in extraction.initiatives] == [
        ("EU Crisis Protocol", "eu-crisis-protocol")
    ]


def test_a_registered_service_number_is_named_written_alone() -> None:
    # a number a registered service is known by is its name, written with or without a space;
    # a one-word form otherwise needs its capital ("insafe" in a sentence is no name)
    assert _found("Call 116111 or 116\u00a0000; the 2031 report; insafe tips.") == [
        ("116111", "child-helplines-116111"),
        ("116\u00a0000", "missing-children-hotlines"),
    ]
    assert _found("run by La Strada (116111 or 0 800 500 225)") == [
        ("116111", "child-helplines-116111")
    ]
    # a name that opens with the number is the name whole, whatever stands before it
    assert _found("15 years of 116 000 hotlines for missing children") == [
        ("116 000 hotlines for missing children", "missing-children-hotlines")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The project received EUR 116 000 from the fund.",  # an amount
        "The grant of 1 116 000 covers two years.",  # a larger number
        "Some 116,000 children were reported missing.",  # a count's thousands
        "Some 116.000 children were reported missing.",
        "Call +32 2 116 000 10 for the press office.",  # a telephone number
        "Call 116 000 10 for the press office.",  # one that goes on after it
        "See https://example.org/items/116000 for details.",  # an address
        "Reference: Ares(2023)116111 of 10 January 2023.",  # a document number
    ],
)
def test_a_service_number_inside_another_number_names_nothing(text: str) -> None:
    assert _found(text) == []


def test_a_registered_acronym_inside_a_hyphenated_word_is_not_named() -> None:
    assert _found("SIP-Bench III tested tools; the SIP funded it; not the pre-SIP era.") == [
        ("SIP", "safer-internet-programme")
    ]


def test_a_registered_acronym_that_opens_another_proper_name_is_not_named() -> None:
    # A listing's "BIK Team" byline is the portal's team, not the BIK strategy: capitalised
    # words after the acronym that end in a noun heading a thing's name.
    assert _found("Posted by BIK Team on 3 May.") == []
    assert _found("The DSA Transparency Database opened. 160 SID Committees met.") == []
    # Other capitalised words after it leave the acronym its mention.
    assert _found("The SIP Programme and the DSA. Then INHOPE Members met.") == [
        ("SIP", "safer-internet-programme"),
        ("DSA", "digital-services-act"),
        ("INHOPE", "inhope"),
    ]
    assert _found("Under the DSA Member States act; the DSA Article 28 applies.") == [
        ("DSA", "digital-services-act"),
        ("DSA", "digital-services-act"),
    ]
    # A paragraph's end is no run-on: the next block's words are no part of a name.
    assert _found("Obligations under the DSA\n\nMap of national coordinators") == [
        ("DSA", "digital-services-act")
    ]
    # A registered name of more words than the acronym is never another thing's modifier.
    assert _found("The CEO Coalition Team met.") == [("CEO Coalition", "ceo-coalition")]


def test_a_press_title_that_names_a_registered_initiative_after_its_verb_describes_it() -> None:
    # "<Who> welcomes new members of the <Name>" is no part of the initiative named like
    # "Special group on the <Name>": the words before the complement hold the title's verb.
    extraction = extract_blocks(
        ("title", "Commission welcomes new members of the EU Internet Forum"),
        ("paragraph", "Two platforms joined the EU Internet Forum on 3 March 2031."),
    )
    assert [(i.name, i.registry_id) for i in extraction.initiatives] == [
        ("EU Internet Forum", "eu-internet-forum")
    ]


@pytest.mark.parametrize(
    "title",
    [
        "Commission refers Spain, Cyprus and Poland to the Court over lack of implementation "
        "of the Digital Services Act",  # its length
        "Forum members take stock of the first year of the EU Internet Forum",
        "What does the work mean for the EU Internet Forum",  # a finite verb
    ],
)
def test_a_press_titles_clause_before_a_registered_name_names_no_part_of_it(title: str) -> None:
    # a part's name before its whole's is a short noun phrase ("Special group on the"); a
    # clause of a press title before "of the <Name>" is no name, whatever its verb
    name = "Digital Services Act" if "Services" in title else "EU Internet Forum"
    extraction = extract_blocks(
        ("title", title),
        ("paragraph", f"On 3 March 2031 the {name} was the subject of the day."),
    )
    # the registered whole is the page's initiative, under its own name and nothing more
    assert [i.name for i in extraction.initiatives] == [name]
    assert extraction.mentioned == []


@pytest.mark.parametrize(
    "part", ["Special expert group", "Civil Society Advisory Group", "Expert Group on Pond Safety"]
)
def test_a_part_named_before_a_registered_name_is_still_the_pages_initiative(part: str) -> None:
    # up to five words before the "of the" or "on the" that links the part to its whole
    link = "on" if part == "Special expert group" else "of"
    name = f"{part} {link} the EU Internet Forum"
    extraction = extract_blocks(
        ("title", name),
        ("paragraph", f"The {name} met in May 2031."),
    )
    assert [i.name for i in extraction.initiatives] == [name]


def test_a_registered_name_that_ends_what_the_titles_verb_announces_is_only_mentioned() -> None:
    # "<Who> sign a cooperation agreement on the <Name>": the page is about the agreement
    extraction = extract_blocks(
        ("title", "Two regulators sign a cooperation agreement on the Digital Services Act"),
        (
            "paragraph",
            "On 3 March 2031 the pond and lake regulators signed a cooperation agreement on "
            "the Digital Services Act.",
        ),
    )
    assert [i.name for i in extraction.initiatives] == [
        "Cooperation agreement on the Digital Services Act"
    ]
    assert "Digital Services Act" in extraction.mentioned


def test_a_registered_owner_of_a_thing_without_a_complement_is_the_pages_initiative() -> None:
    # "the <Forum>'s new programme" names no programme by its own words: the Forum is the topic
    extraction = extract_blocks(
        ("title", "The EU Internet Forum's new programme"),
        ("paragraph", "The EU Internet Forum launched its new programme on 3 March 2031."),
    )
    assert [i.registry_id for i in extraction.initiatives] == ["eu-internet-forum"]


def test_a_registered_form_does_not_run_out_of_a_bracket() -> None:
    # "BIK) portal": the acronym in brackets and the noun after them are no "BIK portal"
    text = "Read more on the Better Internet for Kids (BIK) portal. The BIK portal has news."
    assert [c.name for c in registry_candidates(text)] == ["Better Internet for Kids", "BIK portal"]
    # a form's own brackets stay in it
    assert [c.name for c in registry_candidates("Regulation (EU) 2022/2065 applies.")] == [
        "Regulation (EU) 2022/2065"
    ]


def test_plural_contents_before_a_registered_name_are_no_part_of_it() -> None:
    # "First rules of the <Act>" names what the Act holds, not a body of it: the Act is the
    # page's initiative (a "Special group on the <Code>" still names the group).
    extraction = extract_blocks(
        ("title", "First rules of the Digital Services Act are now applicable"),
        ("paragraph", "Since 3 March 2031 the first rules of the Digital Services Act apply."),
    )
    assert [(i.name, i.registry_id) for i in extraction.initiatives] == [
        ("Digital Services Act", "digital-services-act")
    ]


def test_a_registered_law_a_titled_text_rests_on_is_only_mentioned() -> None:
    # "<Kind> on ... established by / as defined by <law>": the page is about that text,
    # and the law's bracketed short form after it is the same law.
    formal = (
        "Commission Guidelines on pond safety practices established by Regulation (EU) "
        "2022/2065 (DSA)"
    )
    for title, name in (
        (formal, formal),  # a formal title is its text's name whole
        (
            "Commission publishes the Guidelines on pond safety practices, as defined by the "
            "Digital Services Act",
            "Guidelines on pond safety practices",
        ),
    ):
        extraction = extract_blocks(
            ("title", title),
            (
                "paragraph",
                "On 3 March 2031 the Commission published guidelines on pond safety practices "
                "under the Digital Services Act (DSA).",
            ),
        )
        assert [(i.name, i.registry_id) for i in extraction.initiatives] == [(name, None)], title
        assert extraction.mentioned == ["Digital Services Act"], title


def test_a_registered_law_a_title_names_after_a_participle_without_a_text_is_the_topic() -> None:
    # "designated under the <Act>" with no kind noun before it: no other text is named, so the
    # law stays the page's initiative.
    extraction = extract_blocks(
        ("title", "Four pond platforms designated under the Digital Services Act"),
        ("paragraph", "On 3 March 2031 four pond platforms were designated under the DSA."),
    )
    assert [i.registry_id for i in extraction.initiatives] == ["digital-services-act"]


def test_the_ai_act_and_the_ai_pact_are_registered_and_read_whole() -> None:
    text = (
        "Firms apply the AI Act on a voluntary basis under the EU AI Pact and "
        "Regulation (EU) 2024/1689."
    )
    assert _found(text) == [
        ("AI Act", "artificial-intelligence-act"),
        ("EU AI Pact", "ai-pact"),
        ("Regulation (EU) 2024/1689", "artificial-intelligence-act"),
    ]


def test_plural_bodies_before_a_registered_name_are_still_its_parts() -> None:
    # "Subgroups of the <Code>" are bodies of it, as a "Special group on the <Code>" is.
    extraction = extract_blocks(
        ("title", "Subgroups of the EU Internet Forum meet in Lakeville"),
        ("paragraph", "On 3 March 2031 the subgroups of the EU Internet Forum met."),
    )
    assert extraction.initiatives[0].name == "Subgroups of the EU Internet Forum"


def test_only_the_words_right_before_a_registered_name_make_it_a_basis() -> None:
    # A kind noun far before and a participle clause right before: "Platform company fined
    # under the <Act>" has no text the Act is the basis of only if no kind noun precedes.
    for title in (
        "Pond company fined under the Digital Services Act",
        # "platform" and "year" are kind nouns only as names' heads: weak, no text is named
        "Platform company fined under the Digital Services Act",
    ):
        extraction = extract_blocks(
            ("title", title),
            ("paragraph", "On 3 March 2031 a company was fined under the Digital Services Act."),
        )
        assert [i.registry_id for i in extraction.initiatives] == ["digital-services-act"], title


def test_a_text_named_under_a_registered_law_is_the_pages_and_the_law_only_mentioned() -> None:
    extraction = extract_blocks(
        ("title", "Guidelines on pond safety under the Digital Services Act"),
        (
            "paragraph",
            "On 3 March 2031 the Commission published guidelines on pond safety under the "
            "Digital Services Act.",
        ),
    )
    assert extraction.initiatives and extraction.initiatives[0].registry_id is None
    assert "Digital Services Act" in extraction.mentioned


def test_a_law_a_titled_text_rests_on_is_no_kind_of_what_the_page_is_about() -> None:
    # The body writes the law otherwise than the title ("DSA" / "Regulation (EU) 2022/2065"):
    # the law is still not the page's initiative for the title's "Act".
    extraction = extract_blocks(
        (
            "title",
            "Commission Guidelines on pond safety established by Regulation (EU) 2022/2065 "
            "(Digital Services Act)",
        ),
        ("paragraph", "On 3 March 2031 the Commission published guidelines under the DSA."),
    )
    assert all(i.registry_id != "digital-services-act" for i in extraction.initiatives)
    assert "DSA" in extraction.mentioned  # the law is still told, as mentioned
