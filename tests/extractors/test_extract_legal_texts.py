"""Legal texts a page names by their kind noun and subject, and the provisions they list
(synthetic pages written for the test)."""

from __future__ import annotations

import pytest

from extractors.extract.heading_names import heading_name
from extractors.extract.legal_names import document_title
from extractors.extract.prose_names import find_names
from tests.extractors.extract_documents import extract_blocks, items


@pytest.mark.parametrize(
    "heading", ["Directive on combating harbour crime", "Directive on electronic commerce"]
)
def test_a_two_word_subject_after_on_names_a_directive(heading: str) -> None:
    assert heading_name(heading) == (heading, "directive")


def test_a_heading_that_opens_with_a_legal_kind_and_its_subject_names_the_text() -> None:
    assert heading_name("Directive on protecting harbour workers and their families") == (
        "Directive on protecting harbour workers and their families",
        "directive",
    )
    assert heading_name("Regulation on the safety of harbour cranes") == (
        "Regulation on the safety of harbour cranes",
        "regulation",
    )


@pytest.mark.parametrize(
    "heading",
    [
        "Network on the prevention of harbour accidents",  # control: another weak kind
        "Platform for harbour workers",  # control
        "Regulation of online platforms",  # a subject of two words: a phrase
        "Law on the books",
        "Regulation to protect children",
        "Key regulation on the safety of harbour cranes",  # the kind noun does not open it
        "Law on the books and in practice",  # an article's noun before a clause word
        "Regulation on it now in force",  # a pronoun
        "Resolution on AI adopted by MEPs today",  # one word the name keeps
    ],
)
def test_a_heading_names_no_text_without_an_opening_kind_and_a_subject(heading: str) -> None:
    assert heading_name(heading) is None


def test_a_press_titles_lower_case_law_is_a_common_noun_not_a_name() -> None:
    title = "Harbourland adopts a law to protect dock workers from falling cargo"
    assert heading_name(title) is None
    assert heading_name("Harbourland adopts a directive on the safety of its quays") is None


def test_the_offences_a_law_defines_are_its_provisions() -> None:
    extraction = extract_blocks(
        ("title", "Harbour news"),
        ("heading", "Directive on combating crime in harbours and ports"),
        (
            "paragraph",
            "Adopted on 3 May 2031, the Directive sets minimum rules. Among the offences it "
            "defines are three forms of harbour crime:",
        ),
        *items(1, "Smuggling through container yards", "Theft of cargo", "Bribing pilots"),
    )
    (directive,) = extraction.initiatives
    assert directive.name == "Directive on combating crime in harbours and ports"
    assert [action.text for action in directive.actions] == [
        "Smuggling through container yards",
        "Theft of cargo",
        "Bribing pilots",
    ]


def test_a_list_of_provisions_under_a_law_holds_its_actions() -> None:
    extraction = extract_blocks(
        ("title", "Harbour Safety Act"),
        ("paragraph", "The Harbour Safety Act entered into force on 1 June 2031."),
        ("paragraph", "Its main provisions:"),
        *items(1, "Helmets on every quay", "Night lighting of all cranes"),
    )
    (act,) = extraction.initiatives
    assert [action.text for action in act.actions] == [
        "Helmets on every quay",
        "Night lighting of all cranes",
    ]


def test_a_hyphenated_modifier_before_and_joins_the_noun_after_it() -> None:
    sentence = (
        "In 2031 the Commission set up the EU network on the prevention of gender-based and "
        "domestic violence, where Member States meet."
    )
    assert [name.name for name in find_names(sentence)] == [
        "EU network on the prevention of gender-based and domestic violence"
    ]
    # A noun before "and" still ends the complement where a clause goes on.
    assert [
        name.name for name in find_names("The Harbour Code on safety and the Commission met.")
    ] == ["Harbour Code on safety"]


@pytest.mark.parametrize(
    "intro",
    [
        "The Harbour Safety Act defines the following terms:",
        "Offences reported to the harbour police in 2031:",
        "Its provisions are explained by the following experts:",
        "The Harbour Safety Act gives these definitions:",
    ],
)
def test_terms_reported_offences_and_experts_are_no_actions(intro: str) -> None:
    extraction = extract_blocks(
        ("title", "Harbour Safety Act"),
        ("paragraph", "The Harbour Safety Act entered into force on 1 June 2031."),
        ("paragraph", intro),
        *items(1, "Quay: a place where ships dock", "Crane: a machine that lifts cargo"),
    )
    (act,) = extraction.initiatives
    assert act.actions == []


def test_a_hyphenated_modifier_joins_only_a_lower_case_noun_after_and() -> None:
    assert [
        n.name for n in find_names("The Code on the design of the test-bed and Member States met.")
    ] == ["Code on the design of the test-bed"]
    assert [
        n.name for n in find_names("The Code on age-appropriate and safe design was signed.")
    ] == ["Code on age-appropriate and safe design"]
    assert [n.name for n in find_names("The Code on evidence-informed and safe design met.")] == [
        "Code on evidence-informed and safe design"
    ]


def test_terms_in_ordinary_use_leave_the_actions_announced() -> None:
    extraction = extract_blocks(
        ("title", "Harbour Safety Code"),
        ("paragraph", "The Harbour Safety Code was signed on 1 June 2031 by ten ports."),
        ("paragraph", "Under the terms of the Code, signatories commit to:"),
        *items(1, "light every quay", "check every crane"),
    )
    (code,) = extraction.initiatives
    assert [a.text for a in code.actions] == ["light every quay", "check every crane"]


def test_a_law_dated_as_us_pages_write_it_keeps_its_day_in_its_name_and_launch() -> None:
    title = "Law of October 19, 2020 aimed at regulating the work of children on online platforms"
    assert heading_name(title) == (title, "law")
    extraction = extract_blocks(
        ("title", title),
        ("paragraph", "The law gives child influencers the protection of the Labour Code."),
    )
    assert [(i.name, i.launched) for i in extraction.initiatives] == [(title, "2020-10-19")]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Decree No 2031-738 of 4 May 2031 requires labels.", "Decree No 2031-738 of 4 May 2031"),
        ("It implements the Lakeland Decree of 2031.", "Lakeland Decree"),
        (
            "Royal Decree 1/2031 on the protection of frogs applies.",
            "Royal Decree 1/2031 on the protection of frogs",
        ),
    ],
)
def test_a_government_decree_is_named_like_a_law(sentence: str, name: str) -> None:
    assert [(c.name, c.kind) for c in find_names(sentence)] == [(name, "decree")]


def test_a_lower_case_decree_names_none() -> None:
    assert find_names("The government decree requires labels on every frog.") == []


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("By Royal Decree, the frog agency was founded.", []),  # who issued it, not which
        ("The Federal Law applies to every pond.", []),
        (
            "By Presidential Decree No 12 of 2031, the frog agency was founded.",
            ["Presidential Decree No 12 of 2031"],  # the sentence's "By" is not the name's
        ),
        (
            "Under Law No 2031-12 of 2 May 2031, ponds are checked.",
            ["Law No 2031-12 of 2 May 2031"],
        ),
    ],
)
def test_an_issuers_decree_without_number_names_none_and_an_opening_by_is_no_part_of_one(
    sentence: str, names: list[str]
) -> None:
    assert [c.name for c in find_names(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        (
            "It applies Decree-Law 28/2031 on frog trading.",
            "Decree-Law 28/2031 on frog trading",
            "decree-law",
        ),
        ("Legislative Decree 70/2031 transposes it.", "Legislative Decree 70/2031", "decree"),
    ],
)
def test_a_decree_law_and_a_number_over_its_year_name_a_text(
    sentence: str, name: str, kind: str
) -> None:
    assert [(c.name, c.kind) for c in find_names(sentence)] == [(name, kind)]


def test_a_plural_noun_inside_a_purpose_clause_does_not_end_it() -> None:
    sentence = "Law No 2031-12 of 2 May 2031 aimed at banning special offers for frogs applies."
    assert [c.name for c in find_names(sentence)] == [
        "Law No 2031-12 of 2 May 2031 aimed at banning special offers for frogs"
    ]


@pytest.mark.parametrize("verb", ["requires", "makes", "provides", "extends"])
def test_a_purpose_clause_ends_at_the_verb_of_what_the_text_does(verb: str) -> None:
    sentence = f"The Law of 2 March 2031 aimed at combating pond bullying {verb} schools act."
    assert [c.name for c in find_names(sentence)] == [
        "Law of 2 March 2031 aimed at combating pond bullying"
    ]


def test_a_laws_bracketed_short_title_before_its_kind_noun_is_part_of_its_name() -> None:
    """Commonwealth laws carry a title-case part in brackets before "Act"; a bracket of
    lower-case words, or one after no capitalised word, is an aside."""
    sentence = "It comes from the Pond Safety Amendment (Frog Minimum Age) Act 2031, which amends."
    assert [name.name for name in find_names(sentence)] == [
        "Pond Safety Amendment (Frog Minimum Age) Act 2031"
    ]
    assert [name.name for name in find_names("The Pond Data (Amendment) Act 2031 applies.")] == [
        "Pond Data (Amendment) Act 2031"
    ]
    aside = "The rules were passed by the Pond Council (after a long debate) Act 2031 first."
    assert "Pond Council (after a long debate) Act 2031" not in [n.name for n in find_names(aside)]
    aside = "The rules were passed by the Pond Council (of the Lake) Act 2031 first."
    assert "Pond Council (of the Lake) Act 2031" not in [n.name for n in find_names(aside)]
    code = "They signed the Pond Safety (Lake Lyon) Code of Conduct in May."
    assert "Pond Safety (Lake Lyon) Code of Conduct" not in [n.name for n in find_names(code)]
    after_no_name = "They voted on the rules (Frog Age) Act 2031 today."
    assert not any("rules" in n.name for n in find_names(after_no_name))


def test_the_people_a_sentence_case_name_is_for_go_on_with_it() -> None:
    """ "persons with disabilities" is one phrase of the field (`complement_scopes`); another
    "with" ends the name."""
    sentence = "It builds on the Strategy for the rights of persons with disabilities of 2031."
    assert [name.name for name in find_names(sentence)] == [
        "Strategy for the rights of persons with disabilities"
    ]
    other = "The Strategy for frogs with the aim of saving ponds was adopted."
    assert [name.name for name in find_names(other)] == ["Strategy for frogs"]


def test_a_text_laying_down_rules_is_named_by_what_it_lays_down() -> None:
    """The EU's formula for a text with no number yet: "a Regulation laying down rules to ..."
    runs to the clause's end; its proposal's title names it too."""
    sentence = (
        "In May 2031 the Commission proposed a Regulation laying down rules to prevent and "
        "combat frog poaching, which the Council now debates."
    )
    assert [n.name for n in find_names(sentence)] == [
        "Regulation laying down rules to prevent and combat frog poaching"
    ]
    assert heading_name(
        "Proposal for a Regulation laying down rules to prevent and combat frog poaching"
    ) == ("Regulation laying down rules to prevent and combat frog poaching", "regulation")
    # without the formula a kind noun's lower-case clause is no name's, and "aimed at" names
    # a text only after its number
    assert find_names("The Commission proposed a Regulation to stop poaching.") == []
    aimed = "The parliament passed a Law aimed at protecting frogs from herons."
    assert "Law aimed at protecting frogs from herons" not in [n.name for n in find_names(aimed)]


def test_a_laws_bracketed_title_needs_a_name_before_it_and_may_be_long() -> None:
    long = (
        "It amends the Pond Legislation Amendment (Frog Crimes Against Tadpoles and Community "
        "Protection Measures) Act 2031 in part."
    )
    # (a name's left edge reads a bounded number of words: the first may be cut)
    (name,) = [n.name for n in find_names(long)]
    assert name.endswith(
        "Amendment (Frog Crimes Against Tadpoles and Community Protection Measures) Act 2031"
    )
    article = "The (Frog Minimum Age) Act 2031 applies."
    assert not any(n.name.startswith("The") for n in find_names(article))


def test_with_disabilities_continues_a_name_only_after_the_people_it_qualifies() -> None:
    sentence = "It follows the Guidelines on accessible design with disabilities in mind."
    assert "Guidelines on accessible design with disabilities" not in [
        n.name for n in find_names(sentence)
    ]


_RESOLUTION_TITLE = (
    "European Parliament resolution of 17 January 2031 on virtual ponds \u2013 opportunities, "
    "risks and policy implications for the single market"
)


def test_a_page_titled_by_a_formal_title_its_body_takes_up_by_kind_describes_it() -> None:
    extraction = extract_blocks(
        ("title", _RESOLUTION_TITLE),
        (
            "paragraph",
            "Adopted on 17 January 2031, this own-initiative resolution sets out the position of "
            "the European Parliament on virtual ponds.",
        ),
        ("paragraph", "Members welcome the plans of the Commission."),
    )
    assert [(i.name, i.launched) for i in extraction.initiatives] == [
        (_RESOLUTION_TITLE, "2031-01-17")
    ]


def test_a_formal_title_the_body_never_takes_up_describes_nothing() -> None:
    extraction = extract_blocks(
        ("title", _RESOLUTION_TITLE),
        ("paragraph", "Members of the European Parliament met in Strasbourg in January 2031."),
    )
    assert extraction.initiatives == []


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("European Parliament resolution of 17 January 2031 on ponds", "resolution"),
        ("Council conclusions of 2 May 2031 on pond literacy", "conclusions"),
        ("European Parliament legislative resolution of 1 June 2031 on ponds", "resolution"),
        ("European Parliament non-legislative resolution of 1 June 2031 on ponds", "resolution"),
        ("resolution of 17 January 2031 on ponds", None),  # no issuer before a lower-case kind
    ],
)
def test_a_lower_case_kind_noun_needs_its_issuer(title: str, kind: str | None) -> None:
    titled = document_title(title)
    assert (titled[0] if titled else None) == kind
