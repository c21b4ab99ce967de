"""Names that headings and press titles give (`extractors.extract.heading_names`), on
headings written for the test."""

from __future__ import annotations

import pytest

from extractors.extract.heading_names import heading_name
from tests.extractors.extract_documents import extract_blocks, initiative_names, items


def test_a_sentence_heading_names_what_follows_its_last_lower_case_word() -> None:
    """A title-case name capitalises its modifiers; the lower-case words before a capitalised
    kind noun are the sentence around the name ("Game studios endorse ...")."""
    assert heading_name("Game studios endorse Fair Play Principles to protect young players") == (
        "Fair Play Principles to protect young players",
        "principles",
    )


def test_a_sentence_case_name_keeps_its_lower_case_modifiers() -> None:
    assert heading_name("European strategy for safer games") == (
        "European strategy for safer games",
        "strategy",
    )


def test_an_events_edition_at_the_end_of_a_heading_is_not_part_of_the_name() -> None:
    assert heading_name("Gamers Pledge for Fair Play on Safer Gaming Day 2024") == (
        "Gamers Pledge for Fair Play",
        "pledge",
    )
    # A year after a topic is no occasion: only a day, a week or a date is.
    assert heading_name("Action Plan on Digital Education 2021") == (
        "Action Plan on Digital Education 2021",
        "plan",
    )
    assert heading_name("Code of Practice on 5G Masts") == ("Code of Practice on 5G Masts", "code")


def test_a_sentence_heading_with_a_verb_no_list_knows_names_its_object() -> None:
    """The lower-case clause rule, not a list of title verbs: "back" is in no list."""
    assert heading_name("Tech firms back Safe Design Principles on dark patterns") == (
        "Safe Design Principles on dark patterns",
        "principles",
    )
    assert heading_name("Ferry firms back the Harbour Code for Quiet Ports") == (
        "Harbour Code for Quiet Ports",
        "code",
    )


def test_a_sentence_heading_is_split_at_its_last_lower_case_word_not_its_first_twin() -> None:
    assert heading_name("Clubs give new members new Safe Play Charter for kids") == (
        "Safe Play Charter for kids",
        "charter",
    )


def test_a_body_noun_in_a_heading_needs_a_capital_and_a_purpose_as_in_prose() -> None:
    assert heading_name("Regional Council hosts families") is None
    assert heading_name("Baltic Centre of Expertise for Quiet Harbours") == (
        "Baltic Centre of Expertise for Quiet Harbours",
        "centre",
    )


def test_a_comment_after_a_comma_is_not_part_of_the_name() -> None:
    assert heading_name("The Pact for fair play in games, three years on") == (
        "Pact for fair play in games",
        "pact",
    )


def test_a_heading_opening_with_a_preposition_of_place_names_nothing() -> None:
    assert heading_name("Around the Forum") is None
    assert heading_name("Inside the Network") is None


def test_a_title_that_updates_or_joins_an_initiative_names_it() -> None:
    assert heading_name("Agency updates its policy guidance on VR for children") == (
        "Policy guidance on VR for children",
        "guidance",
    )
    assert heading_name("Studios join the Fair Play & Safety Partnership") == (
        "Fair Play & Safety Partnership",
        "partnership",
    )


@pytest.mark.parametrize(
    ("heading", "found"),
    [
        ("Nordic Games Code of Practice now available", ("Nordic Games Code of Practice", "code")),
        (
            "Games Strategy on the Rights of the Player: six areas",
            ("Games Strategy on the Rights of the Player", "strategy"),
        ),
        (
            "Code of Conduct on fair play in online games",
            ("Code of Conduct on fair play in online games", "code"),
        ),
    ],
)
def test_a_title_case_name_ends_at_a_lower_case_word_after_its_capitals(
    heading: str, found: tuple[str, str]
) -> None:
    assert heading_name(heading) == found


def test_a_kind_label_before_a_colon_names_the_proper_name_after_it() -> None:
    assert heading_name("A new strategy: PlayFairEU") == ("PlayFairEU", "strategy")
    assert heading_name("Strategy: four pillars") is None


def test_an_acronym_inside_a_name_does_not_end_it_before_its_complement() -> None:
    assert heading_name("High-Level Group (HLG) on fair play in online games") == (
        "High-Level Group (HLG) on fair play in online games",
        "group",
    )
    assert heading_name("Strategy for safer games (SG+) communication") == (
        "Strategy for safer games (SG+)",
        "strategy",
    )


def test_a_body_that_owns_a_text_leads_its_name_and_a_count_names_nothing() -> None:
    assert heading_name("Council conclusions on mending ponds through education") == (
        "Council conclusions on mending ponds through education",
        "conclusions",
    )
    assert heading_name("Council of Towns Strategy for the Rights of Frogs") == (
        "Council of Towns Strategy for the Rights of Frogs",
        "strategy",
    )
    assert heading_name("Council of Towns") is None
    assert heading_name("The 14 Fundamentals") is None
    assert heading_name("2022 Strengthened Code of Practice on Ponds") == (
        "2022 Strengthened Code of Practice on Ponds",
        "code",
    )


def test_an_addressee_is_no_complement_and_a_two_word_kind_heads_a_name() -> None:
    assert heading_name("Principles for Member States") is None
    assert heading_name("Pond Identification Task Force") == (
        "Pond Identification Task Force",
        "task force",
    )
    assert heading_name("Pond Fairness Fitness Check: rules under review") == (
        "Pond Fairness Fitness Check",
        "fitness check",
    )
    assert heading_name("Tasks of the group") is None


def test_an_occasion_of_an_initiative_names_the_initiative() -> None:
    assert heading_name("Third meeting of the European Board for Pond Services") == (
        "European Board for Pond Services",
        "board",
    )
    assert heading_name("The 10th edition of the Frog Forum") == ("Frog Forum", "forum")
    assert heading_name("Second Ministerial Conference of the Global Pond Alliance") == (
        "Global Pond Alliance",
        "alliance",
    )


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Pond Skills and Frogs Coalition reaches 100 pledges", "Pond Skills and Frogs Coalition"),
        ("Pond Skills & Frogs Network", "Pond Skills & Frogs Network"),
        ("Alliance and Coalition publish a report", None),
        ("Ponds and Frogs", None),
    ],
)
def test_an_and_between_capitalised_words_before_a_kind_noun_is_inside_the_name(
    heading: str, expected: str | None
) -> None:
    named = heading_name(heading)
    assert (named[0] if named else None) == expected


def test_a_headings_article_is_not_part_of_the_name() -> None:
    assert heading_name("The Pond Strategy and the Frog Goals") == ("Pond Strategy", "strategy")


def test_a_name_with_its_editions_year_ends_before_the_sentence_that_follows() -> None:
    assert heading_name("Nordic Pond Forum 2021 is here!") == ("Nordic Pond Forum 2021", "forum")


@pytest.mark.parametrize(
    "heading",
    ["First-ever EU Strategy on frogs' rights adopted", "EU Strategy on frogs' rights published"],
)
def test_a_teasers_news_words_around_the_name_are_not_part_of_it(heading: str) -> None:
    assert heading_name(heading) == ("EU Strategy on frogs' rights", "strategy")


def test_a_treatys_protocol_is_named_and_a_gerund_section_names_nothing() -> None:
    assert heading_name("Second Additional Protocol to the Pond Convention") == (
        "Second Additional Protocol to the Pond Convention",
        "protocol",
    )
    assert heading_name("Testing the Protocol") is None


def test_a_country_a_heading_adds_in_brackets_is_not_part_of_the_name() -> None:
    assert heading_name("Basic Pond Safety Code (Australia)") == ("Basic Pond Safety Code", "code")
    assert heading_name("Pond Code (Pond Safety)") == ("Pond Code (Pond Safety)", "code")


@pytest.mark.parametrize(
    "heading",
    [
        "Reviewing the Code of Conduct on Ponds",
        "Happy New Year",
        "Internet Protocol",
        "Financial Year 2021",
    ],
)
def test_a_gerunds_object_and_a_complement_kind_without_its_complement_name_nothing(
    heading: str,
) -> None:
    assert heading_name(heading) is None


def test_a_headline_s_subtitle_after_a_colon_is_not_part_of_the_name() -> None:
    assert heading_name("Lakeland Online Forum 2031: full report now online") == (
        "Lakeland Online Forum 2031",
        "forum",
    )
    # A capitalised name after the colon is what the label before it introduces.
    assert heading_name("A new strategy: ProtectLake") == ("ProtectLake", "strategy")


def test_a_subtitle_in_sentence_case_is_the_headline_s_even_with_a_capital() -> None:
    """A subtitle whose first word is capitalised as a sentence's is the title's slogan; a
    title-case subtitle may go on with the name, and one that names something is kept."""
    assert heading_name("Pond Money Week 2031: Think before you swim, wise frogs tomorrow") == (
        "Pond Money Week 2031",
        "week",
    )
    assert heading_name("Lakeland Online Forum 2031: Connecting the dots") == (
        "Lakeland Online Forum 2031",
        "forum",
    )
    assert heading_name("Lakeland Online Forum 2031: Connecting The Dots") == (
        "Lakeland Online Forum 2031: Connecting The Dots",
        "forum",
    )
    # a formal title before a headline's subtitle is the name of what the headline is about
    assert heading_name(
        "Directive 2031/93/EU on combating pond fraud: Commission reports on transposition"
    ) == ("Directive 2031/93/EU on combating pond fraud", "directive")
    # a heading of many colons is read once (a subtitle's own name is read without recursion)
    many = "Pond Money Week 2031: " + "European strategy for safer ponds: " * 1500
    assert heading_name(many) is None
    # "Coalition of ... companies to make ..." names the coalition the page is about.
    assert heading_name("Pond Agenda: Coalition of top pond firms to make ponds safer") != (
        "Pond Agenda",
        "agenda",
    )


def test_a_legal_text_s_heading_is_its_name_up_to_a_bracket() -> None:
    assert heading_name("Second Act amending the Pond Protection Act (Zweites Teichgesetz)") == (
        "Second Act amending the Pond Protection Act",
        "act",
    )
    assert heading_name(
        "Law No. 2031-566 of 7 July 2031 to establish a pond majority and combat frog hate"
    ) == (
        "Law No. 2031-566 of 7 July 2031 to establish a pond majority and combat frog hate",
        "law",
    )


def test_a_country_before_the_colon_is_not_the_name() -> None:
    assert heading_name("Poland: Act on protecting frogs from ponds") == (
        "Act on protecting frogs from ponds",
        "act",
    )


def test_a_legal_heading_keeps_the_number_of_the_text_it_amends() -> None:
    assert heading_name("Regulation amending Regulation (EU) No 12/2031") == (
        "Regulation amending Regulation (EU) No 12/2031",
        "regulation",
    )
    assert heading_name("The Netherlands: Act on protecting frogs from ponds") == (
        "Act on protecting frogs from ponds",
        "act",
    )


def test_a_press_title_that_welcomes_an_initiative_names_its_object() -> None:
    assert heading_name("Commission welcomes Council conclusions on lake safety") == (
        "Council conclusions on lake safety",
        "conclusions",
    )


def test_an_initiative_that_welcomes_no_named_initiative_is_the_heading_s_name() -> None:
    assert heading_name("Pond Coalition welcomes five new members") == (
        "Pond Coalition",
        "coalition",
    )


def test_stacked_place_labels_before_a_name_are_read_without_recursion() -> None:
    assert heading_name("France: " * 1500 + "Pond Safety Act") == ("Pond Safety Act", "act")


@pytest.mark.parametrize(
    ("heading", "named"),
    [
        ("Operational principles", None),  # a part of the page's principles
        ("Underpinning principles", None),
        ("Portugal pledge", ("Portugal pledge", "pledge")),  # a name in sentence case
        ("Eleven Guiding Principles", None),  # a count, however spelled
        ("Twenty-one principles", None),
        ("Youth pledge", ("Youth pledge", "pledge")),
    ],
)
def test_a_generic_modifier_before_a_kind_noun_names_nothing(
    heading: str, named: tuple[str, str] | None
) -> None:
    assert heading_name(heading) == named


@pytest.mark.parametrize(
    "heading",
    [
        "Three core principles",
        "Core principles",
        "Fundamental principles",
        "Overarching principles",
    ],
)
def test_a_heading_of_core_or_fundamental_parts_names_no_initiative(heading: str) -> None:
    # the parts of the page's initiative, like "Key principles": a strand, not a name
    assert heading_name(heading) is None


@pytest.mark.parametrize(
    ("heading", "named"),
    [
        ("A new Toy Safety Regulation", ("Toy Safety Regulation", "regulation")),
        ("An updated Harbour Safety Code", ("Harbour Safety Code", "code")),
        ("A new Data Act", ("Data Act", "act")),
        ("An updated Code of Practice on Cookies", ("Code of Practice on Cookies", "code")),
        # A capital "New" is the name's own.
        ("A New Skills Agenda for Europe", ("New Skills Agenda for Europe", "agenda")),
        # Without two capitalised words of its own before a capitalised kind noun, "a new"
        # one is no name: an owner's ("EU"), a lower-case word, a lower-case kind.
        ("A new EU Strategy", None),
        ("A new European Union Strategy", None),
        ("A new Action Plan", None),
        ("A new Code of Practice", None),
        ("A new Toy Safety strategy", None),
        ("A new child Safety Pledge", None),
        ("A new European strategy", None),
        ("A new child participation strategy", None),
    ],
)
def test_a_new_named_initiative_in_a_heading_is_named_without_its_article(
    heading: str, named: tuple[str, str] | None
) -> None:
    assert heading_name(heading) == named


def test_a_document_named_by_its_date_and_subject_heads_like_a_legal_text() -> None:
    # a Recommendation's full title names it, however long, as a Directive's does
    title = (
        "Commission Recommendation of 3 May 2031 on principles for the protection of keepers "
        "and visitors of pond services and for the prevention of children from swimming alone"
    )
    assert heading_name(title) == (title, "recommendation")
    extraction = extract_blocks(
        ("title", title),
        ("paragraph", "With Recommendation 2031/12/EU, the Commission asks for safe ponds."),
        ("paragraph", "The Recommendation is not binding. It follows a 2029 plan."),
    )
    assert initiative_names(extraction) == [title]
    assert extraction.initiatives[0].launched == "2031-05-03"  # the day its title gives
    title = (
        "Recommendation CM/Rec(2031)7 of the Committee of Ministers on the Pond Plan of 1 June 2032"
    )
    extraction = extract_blocks(
        ("title", title), ("paragraph", "The Recommendation asks for safe ponds.")
    )
    assert extraction.initiatives[0].launched is None  # the Plan's day is not its own
    # without its subject, a number or a date names no document
    assert heading_name("Recommendation No. 3 of the pond report asks for limits") is None


def test_a_documents_date_alone_in_prose_is_no_name_of_it() -> None:
    extraction = extract_blocks(
        ("title", "Pond Council adopts guidance for pond apps"),
        (
            "paragraph",
            "Together with the Recommendation of 3 May 2031, the Pond Council adopted the "
            "Guidelines for Pond App Providers on 3 May 2031.",
        ),
    )
    (guidelines,) = extraction.initiatives
    assert (guidelines.name, guidelines.launched) == (
        "Guidelines for Pond App Providers",
        "2031-05-03",
    )


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Directive (EU) 2031/2225 on credit agreements for pond keepers", "directive"),
        (
            "Directive (EU) 2031/713 of the European Parliament and of the Council of 17 April "
            "2031 on combating fraud at ponds",
            "directive",
        ),
        (
            "Recommendation CM/Rec(2031)10 of the Committee of Ministers to member States on "
            "developing pond safety education",
            "recommendation",
        ),
        ("Council Decision 2031/48/EC on pond safety", "decision"),
        (
            "Regulation (EU) 2031/1689 laying down harmonised rules on pond safety",
            "regulation",
        ),
    ],
)
def test_a_documents_formal_title_is_its_name_whole(heading: str, kind: str) -> None:
    assert heading_name(heading) == (heading, kind)
    # a bracket that closes it is a note or a nickname, not part of it; its own short title,
    # a title-case name with a kind noun, is the name it is known by
    assert heading_name(f"{heading} (Lex Ranae)") == (heading, kind)
    assert heading_name(f"{heading} (adopted by the Council)") == (heading, kind)
    assert heading_name(f"{heading} (replacing Council Decision 2004/68/JHA)") == (heading, kind)
    assert heading_name(f"{heading} (Council position)") == (heading, kind)
    assert heading_name(f"{heading} (Pond Act)") == ("Pond Act", "act")


@pytest.mark.parametrize(
    "heading",
    [
        "Regulation (EU) 2031/2065",  # a number without its subject
        "Report 2031/12 on pond safety in the north",  # no kind noun
        # headlines and table rows that open with a formal title
        "Regulation (EU) 2031/1689 on pond apps enters into force",
        "Directive 2031/93/EU on combating pond fraud - Commission reports",
        "Regulation (EU) 2031/2065 on pond apps | Entry into force | Focus on minors",
        # no subject right after the number, or a period for a number
        "Directive 2031/93/EU transposition status on 1 January 2032",
        "Programme 2031/2035 on pond safety for children",
    ],
)
def test_a_number_or_a_date_without_a_subject_is_no_formal_title(heading: str) -> None:
    assert heading_name(heading) is None


def test_a_text_that_establishes_another_is_known_by_what_it_establishes() -> None:
    assert heading_name("Decision (EU) 2031/2481 establishing the Pond Safety Programme 2040") == (
        "Pond Safety Programme 2040",
        "programme",
    )


def test_a_record_under_a_formal_title_describes_it() -> None:
    title = "Directive (EU) 2031/713 on combating fraud at ponds"
    extraction = extract_blocks(
        ("title", title),
        ("paragraph", "The Directive sets minimum rules on fraud at ponds. It aims to:"),
        *items(1, "protect keepers", "punish fraudsters"),
    )
    assert initiative_names(extraction) == [title]
    assert [a.text for a in extraction.initiatives[0].actions] == [
        "protect keepers",
        "punish fraudsters",
    ]


def test_a_headings_short_name_takes_the_title_case_complement_the_prose_gives_it() -> None:
    """ "Pond Strategy: six areas" over "the Pond Strategy on the Rights of the Frog": the
    prose's spelling is the name; a purpose or an occasion the prose adds is not."""
    extraction = extract_blocks(
        ("title", "Lakeland presents action for frogs"),
        (
            "paragraph",
            "Lakeland has today adopted its first Pond Strategy on the Rights of the Frog.",
        ),
        ("heading", "Pond Strategy: six areas and proposed action"),
        ("paragraph", "The Pond Strategy sets out action in six areas for the years ahead."),
    )
    assert [i.name for i in extraction.initiatives] == ["Pond Strategy on the Rights of the Frog"]
    purpose = extract_blocks(
        ("title", "Lakeland presents action for frogs"),
        ("paragraph", "Lakeland has today adopted a Pond Strategy to protect frogs from herons."),
        ("heading", "Pond Strategy: six areas and proposed action"),
        ("paragraph", "The Pond Strategy sets out action in six areas for the years ahead."),
    )
    assert "Pond Strategy to protect frogs from herons" not in [i.name for i in purpose.initiatives]
    occasion = extract_blocks(
        ("title", "Lakeland presents action for frogs"),
        ("paragraph", "Young frogs signed the Pond Pledge on Safer Pond Day 2031 in Lakeland."),
        ("heading", "Pond Pledge: what it asks"),
        ("paragraph", "The Pond Pledge asks every pond to keep its water clean."),
    )
    assert "Pond Pledge on Safer Pond Day 2031" not in [i.name for i in occasion.initiatives]


def test_a_complement_with_a_number_or_a_lower_case_word_is_not_a_names_own() -> None:
    from extractors.extract.initiatives import _title_case_tail

    assert _title_case_tail(["the", "Rights", "of", "the", "Frog"])
    assert not _title_case_tail(["Safer", "Pond", "Day", "2031"])  # an occasion's edition
    assert not _title_case_tail(["lower", "roaming", "costs"])  # a purpose


def test_a_short_name_takes_no_recipient_after_to() -> None:
    """ "handed the Pond Pledge to the Lake Parliament": whom it went to, not its name."""
    extraction = extract_blocks(
        ("title", "Young frogs speak up for pond safety"),
        ("paragraph", "Young frogs handed the Pond Pledge to the Lake Parliament in May 2031."),
        ("heading", "Pond Pledge: what it asks"),
        ("paragraph", "The Pond Pledge asks every pond to keep its water clean."),
    )
    assert [i.name for i in extraction.initiatives] == ["Pond Pledge"]


def test_a_full_spelling_keeps_no_trailing_acronym() -> None:
    extraction = extract_blocks(
        ("title", "Lakeland presents action for frogs"),
        ("paragraph", "Lakeland adopted its Pond Strategy on the Rights of the Frog (PSRF)."),
        ("heading", "Pond Strategy: six areas and proposed action"),
        ("paragraph", "The Pond Strategy sets out action in six areas for the years ahead."),
    )
    assert [i.name for i in extraction.initiatives] == ["Pond Strategy on the Rights of the Frog"]


def test_a_formal_title_then_the_name_it_is_known_by_names_that() -> None:
    # "<formal text's title>: the <Name>": the name after "the", whole, when both name texts.
    assert heading_name(
        "Council resolution on a framework for cooperation in the pond field: the Pond Keepers "
        "Strategy 2031-2039"
    ) == ("Pond Keepers Strategy 2031-2039", "strategy")
    # a clause after "the", or no text before the colon, leaves the reading as it was
    assert heading_name("Pond Day 2031: the Commission calls on pond keepers") is None
    assert heading_name(
        "Council resolution on pond keeping: the Pond Keepers Strategy adopts new goals"
    ) == heading_name("Council resolution on pond keeping")
    # a name that is not the whole rest ("... in brief") is not what the text is known by
    assert heading_name(
        "Council resolution on pond keeping: the Pond Keepers Strategy in brief"
    ) == heading_name("Council resolution on pond keeping")
    # nor is it when no text is named before the colon: the heading's own reading decides
    assert heading_name("Pond Day 2031: the Pond Keepers Strategy") != (
        "Pond Keepers Strategy",
        "strategy",
    )
    # a subtitle of one more colon is not read again (a heading of many colons is read once)
    assert heading_name("Council resolution on pond keeping: the Pond Keepers Strategy: aims") == (
        heading_name("Council resolution on pond keeping")
    )


def test_a_heading_of_thousands_of_known_by_colons_is_read_once() -> None:
    # Each ": the <Name>" would read the rest again: the rest with one more colon is not read.
    heading = "Council resolution on ponds" + ": the Pond Keepers Strategy" * 3000
    assert heading_name(heading) == heading_name("Council resolution on ponds")


def test_only_a_formal_texts_title_is_known_by_the_name_after_it() -> None:
    # "The" as the Official Journal writes it; a head that names no text is not read so.
    assert heading_name(
        "Council resolution on a framework for cooperation in the pond field: The Pond Keepers "
        "Strategy 2031-2039"
    ) == ("Pond Keepers Strategy 2031-2039", "strategy")
    assert heading_name("European Year of Ponds: the Pact for Pond Skills") != (
        "Pact for Pond Skills",
        "pact",
    )


def test_a_title_with_a_verbs_word_and_no_words_after_it_is_read_without_end() -> None:
    # "release" is a headline verb; "release:" has no object to read: no endless reading.
    assert heading_name("Press release: the European Pond Data Space") is None


@pytest.mark.parametrize(
    ("heading", "named"),
    [
        ("2031 \u2013 sweep on pond websites", None),  # a year's entry, told in lower case
        ("2031 \u2013 campaign on pond safety", None),
        ("2031 \u2013 European Year of Ponds", ("2031 \u2013 European Year of Ponds", "year")),
    ],
)
def test_a_year_labelling_a_lower_case_heading_names_nothing(
    heading: str, named: tuple[str, str] | None
) -> None:
    assert heading_name(heading) == named
