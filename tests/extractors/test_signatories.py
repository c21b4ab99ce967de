"""Signatory lists: the splitter (table-driven) and the shapes pages write them in."""

from __future__ import annotations

import pytest

from extractors.extract.context import _names_a_list
from extractors.extract.namelists import split_names, split_signatory_list
from extractors.extract.organisations import is_same_organisation
from extractors.extract.roles import is_organisation_name, is_title_case_name
from tests.extractors.extract_documents import (
    BlockSpec,
    block_signatories,
    extract_blocks,
    items,
    prose_signatories,
    shared_nlp,
)

NLP = shared_nlp()

SPLITS = [
    (
        "Super RTL/Mediengruppe RTL Deutschland, TIM (Telecom Italia), Telefónica.",
        ["Super RTL/Mediengruppe RTL Deutschland", "TIM (Telecom Italia)", "Telefónica"],
    ),
    ("A, B and C", ["A", "B", "C"]),
    ("A, B, and C", ["A", "B", "C"]),
    ("A; B; C;", ["A", "B", "C"]),
    ("Apple and Google.", ["Apple", "Google"]),
    (
        "Procter & Gamble, Child and Youth Finance International and LEGO",
        ["Procter & Gamble", "Child and Youth Finance International", "LEGO"],
    ),
    ("Foo (a, b and c), Bar", ["Foo (a, b and c)", "Bar"]),
    ("Vivendi, Vodafone.", ["Vivendi", "Vodafone"]),
    ("Snap Inc., Meta", ["Snap Inc.", "Meta"]),
    # an ampersand joins the words of one name, never two names
    ("Nordic Games, Kettle & Pot Ltd and Lumen", ["Nordic Games", "Kettle & Pot Ltd", "Lumen"]),
    # an "and" between a word and a body's head noun joins one body's name
    (
        "Film and Games Board (Norway), Google and Microsoft",
        ["Film and Games Board (Norway)", "Google", "Microsoft"],
    ),
    ("", []),
]


@pytest.mark.parametrize(("text", "names"), SPLITS)
def test_split_signatory_list(text: str, names: list[str]) -> None:
    pieces = split_signatory_list(text, nlp=NLP)
    assert [piece.name for piece in pieces] == names
    for piece in pieces:
        assert text[piece.start : piece.end] == piece.name


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the acronym in brackets stands for both sides of the "and": one body
        (
            "the Centre for Lost and Found Frogs (CLFF), Reedmark",
            ["the Centre for Lost and Found Frogs (CLFF)", "Reedmark"],
        ),
        # an acronym of the second side alone: two names
        ("Frogwell and Lakeside Water Ltd (LWL)", ["Frogwell", "Lakeside Water Ltd (LWL)"]),
        # two capitals in brackets are as often a country's code: no join
        ("Frogwell and Reedmark (FR), Lakeside", ["Frogwell", "Reedmark (FR)", "Lakeside"]),
        # a body the gazetteer knows is a name of its own, whatever the initials
        ("Google and Meadow Frogs (GMF)", ["Google", "Meadow Frogs (GMF)"]),
    ],
)
def test_an_and_inside_a_name_its_acronym_stands_for_joins_it(text: str, names: list[str]) -> None:
    assert [piece.name for piece in split_names(text)] == names


def test_a_place_after_a_names_acronym_is_not_its_own() -> None:
    found = prose_signatories(
        "Harbour Pact on Pond Safety",
        "The Harbour Pact on Pond Safety was launched in 2031 by ten towns.",
        "The Centre for Lost and Found Frogs (CLFF) in the United States joined soon afterwards.",
    )
    assert found == [("The Centre for Lost and Found Frogs (CLFF)", "signatory")]


def test_names_with_and_split_unless_protected() -> None:
    assert [p.name for p in split_names("Child and Youth Finance")] == ["Child", "Youth Finance"]
    protected = [(0, len("Child and Youth Finance"))]
    assert [p.name for p in split_names("Child and Youth Finance", protected)] == [
        "Child and Youth Finance"
    ]


def test_sentence_list_after_a_role_cue() -> None:
    found = block_signatories(
        ("title", "The Example Alliance for Safer Games"),
        ("paragraph", "The founding members of the Alliance are Acme, Globex Corp and Initech."),
    )
    assert found == [("Acme", "signatory"), ("Globex Corp", "signatory"), ("Initech", "signatory")]


def test_associated_members_after_a_colon() -> None:
    found = block_signatories(
        ("title", "The Example Alliance for Safer Games"),
        ("paragraph", "The Alliance brings industry and civil society together."),
        ("paragraph", "Company signatories: Acme, Globex."),
        ("paragraph", "Associated members : Umbrella, Hooli."),
    )
    assert found == [
        ("Acme", "signatory"),
        ("Globex", "signatory"),
        ("Umbrella", "associated"),
        ("Hooli", "associated"),
    ]


def test_list_before_a_cue_drops_the_broker_and_generic_groups() -> None:
    found = block_signatories(
        ("title", "Example Alliance to Protect Minors"),
        (
            "paragraph",
            "In this spirit, the European Commission, tech companies, broadcasters, "
            "NGOs and UNICEF (who form the Example Alliance to Protect Minors) met.",
        ),
    )
    assert found == [("UNICEF", "signatory")]


def test_bulleted_names_under_a_signatories_intro() -> None:
    found = block_signatories(
        ("title", "Code of conduct on safer example services"),
        ("heading", "Signatories", {"level": 2}),
        ("paragraph", "The Code of conduct was signed by the following services:"),
        *items(1, "Dailymotion", "Newco Streaming", "X"),
    )
    assert found == [
        ("Dailymotion", "signatory"),
        ("Newco Streaming", "signatory"),
        ("X", "signatory"),
    ]


def test_later_joiners_with_their_dates() -> None:
    found = block_signatories(
        ("title", "The EU Code of conduct on example speech"),
        (
            "paragraph",
            "The Commission agreed a Code of conduct on example speech with "
            "Facebook, Microsoft and YouTube in May 2016.",
        ),
        (
            "paragraph",
            "In 2018, Instagram and Snapchat joined the Code of conduct. "
            "Jeuxvideo.com followed in January 2019 and TikTok in September 2020.",
        ),
    )
    assert [name for name, _ in found] == [
        "Facebook",
        "Microsoft",
        "YouTube",
        "Instagram",
        "Snapchat",
        "Jeuxvideo.com",
        "TikTok",
    ]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Twitter", "X", True),
        ("Facebook", "Meta", True),
        ("Telefonica", "Telefónica", True),
        ("Orange", "Vodafone", False),
        ("Newco", "newco", True),
        ("Newco", "Oldco", False),
    ],
)
def test_gazetteer_aliases_name_one_organisation(a: str, b: str, same: bool) -> None:
    assert is_same_organisation(a, b) is same


@pytest.mark.parametrize(
    "heading",
    ["Members of the drafting group", "Members of the expert group", "Task force members"],
)
def test_members_of_a_working_group_are_not_signatories(heading: str) -> None:
    found = block_signatories(
        ("title", "Code of conduct on example design"),
        ("paragraph", "A group of experts will draft the Code of conduct on example design."),
        ("heading", heading, {"level": 2}),
        *items(2, "Acme University", "Globex Authority", "Initech Foundation"),
    )
    assert found == []


def test_associated_cue_applies_only_to_its_own_phrase() -> None:
    found = block_signatories(
        ("title", "The Example Alliance for Safer Games"),
        ("paragraph", "The Example Alliance for Safer Games was launched in 2017."),
        (
            "paragraph",
            "Its members include Acme, Globex and Initech, "
            "with Umbrella and the Hooli among the associated organisations.",
        ),
    )
    assert found == [
        ("Acme", "signatory"),
        ("Globex", "signatory"),
        ("Initech", "signatory"),
        ("Umbrella", "associated"),
        ("Hooli", "associated"),
    ]


SENTENCE_LISTS = [
    (
        "The Alliance charter was signed by Freedonia, Sylvania, the Grand Duchy "
        "and Ruritania, together with the 27 EU Member States.",
        ["Freedonia", "Sylvania", "Grand Duchy", "Ruritania"],
    ),
    (
        "At the start, Acme and Globex joined the Alliance, and other companies "
        "such as Initech, Hooli and vandelay.com joined it later.",
        ["Acme", "Globex", "Initech", "Hooli", "vandelay.com"],
    ),
]


@pytest.mark.parametrize(("sentence", "names"), SENTENCE_LISTS)
def test_signed_or_joined_sentence_lists(sentence: str, names: list[str]) -> None:
    found = block_signatories(
        ("title", "The Example Alliance for Safer Games"),
        ("paragraph", "The Example Alliance for Safer Games was launched in 2012."),
        ("paragraph", sentence),
    )
    assert found == [(name, "signatory") for name in names]


def test_a_block_no_initiative_owns_gives_the_signatories_of_the_one_it_names() -> None:
    found = block_signatories(
        ("title", "Example Forum 2030 looks back at industry pledges"),
        (
            "paragraph",
            "The Example Alliance on safe phones was signed by Acme, Globex and Initech.",
        ),
        ("heading", "Commitments of the Example Alliance on safe phones", {"level": 3}),
        ("paragraph", "The Example Alliance on safe phones was discontinued in 2020."),
    )
    assert found == [("Acme", "signatory"), ("Globex", "signatory"), ("Initech", "signatory")]


@pytest.mark.parametrize(
    ("header", "rows", "names"),
    [
        (
            "Country | Regulator",
            ["Nordland | Gaming Standards Board", "Sudmark | eSafety Commissioner"],
            ["Gaming Standards Board", "eSafety Commissioner"],
        ),
        (
            "Signatory | Signed on",
            ["Lumen Studios AB | 4 May 2031", "Kettle & Pot Ltd | 9 June 2031"],
            ["Lumen Studios AB", "Kettle & Pot Ltd"],
        ),
    ],
)
def test_a_member_table_gives_the_names_of_the_column_headed_as_names(
    header: str, rows: list[str], names: list[str]
) -> None:
    blocks = [("table_row", row) for row in [header, *rows]]
    found = block_signatories(
        ("title", "Fair Play Network"),
        ("paragraph", "The Fair Play Network was launched in 2030. Its members are:"),
        *blocks,
    )
    assert [name for name, _ in found] == names


def test_a_collaboration_between_named_regulators_with_a_supporter() -> None:
    found = block_signatories(
        ("title", "Fair Play Network"),
        (
            "paragraph",
            "The Fair Play Network is a collaboration between the first game regulators: "
            "Norway's Games Commissioner, Austria's Play Authority and Lumen Board in the "
            "United Kingdom, with support from the Broadcasting Authority of Ireland.",
        ),
    )
    assert found == [
        ("Games Commissioner", "signatory"),
        ("Play Authority", "signatory"),
        ("Lumen Board", "signatory"),
        ("Broadcasting Authority of Ireland", "associated"),
    ]


def test_an_office_keeps_the_place_its_page_writes_in_brackets() -> None:
    found = block_signatories(
        ("title", "Fair Play Network"),
        (
            "paragraph",
            "The meeting gathered all of the Network's members: the Games Commissioner "
            "(Norway), the Film and Games Board (Austria) and Lumen (UK).",
        ),
    )
    assert [name for name, _ in found] == [
        "Games Commissioner (Norway)",
        "Film and Games Board (Austria)",
        "Lumen (UK)",
    ]


@pytest.mark.parametrize("count", ["More than 15 companies", "Over 15 companies"])
def test_an_approximate_count_is_no_signatory(count: str) -> None:
    found = block_signatories(
        ("title", "Grand Pond Coalition"),
        ("paragraph", "The Grand Pond Coalition was launched on 4 March 2013."),
        ("paragraph", f"{count} and towns have already signed up to the Coalition."),
    )
    assert found == []


def test_other_efforts_a_members_meeting_looked_at_are_no_members() -> None:
    found = block_signatories(
        ("title", "Pond Financial Coalition"),
        ("paragraph", "The Pond Financial Coalition was relaunched in November 2012."),
        (
            "paragraph",
            "At the June meeting, members discussed live streams. They also looked at how the "
            "Coalition's work fits with other international efforts, such as:",
        ),
        *items(2, "the Global Pond Alliance", "the Frog Taskforce (FT)"),
    )
    assert found == []


def test_the_countries_a_cue_s_members_come_from_are_not_members() -> None:
    found = prose_signatories(
        "The Pond Alliance",
        "The Pond Alliance was set up in 2030 to protect frogs.",
        "The partners are universities from ten countries, including Norway, Denmark and Spain.",
    )
    assert found == []


def test_numbered_parts_of_a_course_are_not_members() -> None:
    extraction_signatories = block_signatories(
        ("title", "Pond Safety Course"),
        ("paragraph", "The Pond Safety Course is a programme of the Lake Alliance."),
        ("paragraph", "Participants follow one module per week:"),
        *items(1, "Module 1: Ponds and Myself", "Module 2: Ponds in Society", "Pillar III: Frogs"),
    )
    assert extraction_signatories == []


def test_an_organisation_named_like_a_numbered_part_is_still_one() -> None:
    assert prose_signatories(
        "The Pond Charter",
        "The Pond Charter was signed in 2030 by ARTICLE 19, Save the Frogs and the Lake Trust.",
    ) == [("ARTICLE 19", "signatory"), ("Save the Frogs", "signatory"), ("Lake Trust", "signatory")]


def test_an_opening_adverb_clause_and_a_date_are_no_signatories() -> None:
    extraction = extract_blocks(
        ("title", "Pond Code of Conduct"),
        ("paragraph", "Aqua Ltd signed the Pond Code of Conduct on 9 December 2030."),
        (
            "paragraph",
            "Shortly after the signature, in December 2031, the Pond Guild joined the Code.",
        ),
        (
            "paragraph",
            "Lily Works, in March 2032, Frog Union and Newt Trust then joined the Code.",
        ),
    )
    (initiative,) = extraction.initiatives
    assert [s.name for s in initiative.signatories] == [
        "Aqua Ltd",
        "Pond Guild",
        "Lily Works",
        "Frog Union",
        "Newt Trust",
    ]


def test_a_listed_name_keeps_its_list_despite_a_bracketed_note_with_members() -> None:
    # The note is the item's own: its members are not the Code's signatories.
    extraction = extract_blocks(
        ("title", "Pond Code of Conduct (Netherlands)"),
        ("paragraph", "The Pond Code of Conduct was presented in October 2008."),
        ("heading", "Signatories"),
        *items(
            1,
            "Aqua Ltd",
            "PondNet (association of pond builders, whose members include Lily Works, Newt "
            "Trust, Reed Co and Carp Club)",
            "Frog Union",
        ),
    )
    (initiative,) = extraction.initiatives
    assert [s.name for s in initiative.signatories] == ["Aqua Ltd", "PondNet", "Frog Union"]


def test_an_item_that_goes_on_after_its_bracket_is_no_listed_name() -> None:
    # Only a note that closes the item is left out: this item is a sentence, so the list is.
    extraction = extract_blocks(
        ("title", "Pond Code of Conduct (Netherlands)"),
        ("paragraph", "The Pond Code of Conduct was presented in October 2008."),
        ("heading", "Signatories"),
        *items(
            1,
            "Aqua Ltd",
            "PondNet (pond builders) works with frogs and with many more towns across the lake",
            "Frog Union",
        ),
    )
    (initiative,) = extraction.initiatives
    assert initiative.signatories == []


def test_a_name_ending_in_ly_inside_a_sentence_stays_a_signatory() -> None:
    extraction = extract_blocks(
        ("title", "Pond Charter"),
        (
            "paragraph",
            "The Pond Charter was signed in 2030 by Aqua Ltd, Assembly of European Regions "
            "and the Lake Trust.",
        ),
    )
    (initiative,) = extraction.initiatives
    assert [s.name for s in initiative.signatories] == [
        "Aqua Ltd",
        "Assembly of European Regions",
        "Lake Trust",
    ]


@pytest.mark.parametrize("note", ["signed", "which was signed"])
def test_a_bracket_that_tells_of_the_initiative_keeps_its_signatories(note: str) -> None:
    extraction = extract_blocks(
        ("title", "Pond Charter"),
        (
            "paragraph",
            f"The Pond Charter ({note} in 2030 by Aqua Ltd, Save the Frogs and the Lake Trust) "
            "protects frogs.",
        ),
    )
    (initiative,) = extraction.initiatives
    assert [s.name for s in initiative.signatories] == ["Aqua Ltd", "Save the Frogs", "Lake Trust"]


@pytest.mark.parametrize(
    "description",
    [
        "Danish pond builders",
        "Japanese garden firms",
        # a proper adjective before common nouns joined by "and"
        "European small and medium-sized enterprises",
    ],
)
def test_a_description_by_origin_is_no_signatory(description: str) -> None:
    extraction = extract_blocks(
        ("title", "Pond Pact gains its first signatories"),
        (
            "paragraph",
            "Forty firms have become the first signatories of the Pond Pact. They include "
            f"Aqua Ltd, Lily Works and {description}.",
        ),
    )
    (initiative,) = extraction.initiatives
    assert [s.name for s in initiative.signatories] == ["Aqua Ltd", "Lily Works"]


_ASIDE_TITLE = "Pondland's pond keepers sign up to a code of practice"
_THREE_KEEPERS = ["Aqua Ltd", "Lily Works", "Newt Trust"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "On 28 October 2031 the four largest pond keepers in Pondland \u2013 Aqua Ltd, "
            "Lily Works, Newt Trust and Reed Co \u2013 published a joint Code of Practice on "
            "pond safety.",
            [*_THREE_KEEPERS, "Reed Co"],
        ),
        # the aside may stand a few words before its verb
        (
            "The three largest pond keepers in Pondland \u2013 Aqua Ltd, Lily Works and Newt "
            "Trust \u2013 have endorsed a joint Code of Practice on pond safety.",
            _THREE_KEEPERS,
        ),
        (
            "The three largest pond keepers in Pondland - Aqua Ltd, Lily Works and Newt Trust - "
            "today unveiled a joint Code of Practice on pond safety.",
            _THREE_KEEPERS,
        ),
        # two asides that share a dash: the names are read up to their own dashes
        (
            "The pond keepers \u2013 the three of them \u2013 Aqua Ltd, Lily Works and Newt "
            "Trust \u2013 published a joint Code of Practice on ponds.",
            _THREE_KEEPERS,
        ),
    ],
)
def test_a_group_named_in_a_dashed_aside_before_the_verb_signs(
    paragraph: str, expected: list[str]
) -> None:
    extraction = extract_blocks(("title", _ASIDE_TITLE), ("paragraph", paragraph))
    (initiative,) = extraction.initiatives
    assert [s.name for s in initiative.signatories] == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        # far from the verb
        "On 28 October 2031 the keepers \u2013 Aqua Ltd, Lily Works and Newt Trust \u2013 met "
        "the minister in the town hall, and later that day published a joint Code of Practice "
        "on pond safety.",
        # common nouns in the aside
        "The partners \u2013 Aqua Ltd, parents and teachers \u2013 published a joint Code of "
        "Practice on pond safety.",
        # one name: no group
        "The pond keepers \u2013 Aqua Ltd \u2013 published a joint Code of Practice on ponds.",
    ],
)
def test_a_dashed_aside_that_is_no_group_of_organisations_names_no_signatories(
    paragraph: str,
) -> None:
    extraction = extract_blocks(("title", _ASIDE_TITLE), ("paragraph", paragraph))
    (initiative,) = extraction.initiatives
    assert initiative.signatories == []


def test_founding_agencies_are_signatories() -> None:
    extraction = extract_blocks(
        ("title", "Pond Newsroom"),
        ("paragraph", "The Pond Newsroom was launched on 6 September 2031."),
        ("paragraph", "The three founding agencies are Aqua Press, Lily News and Newt Wire."),
    )
    (initiative,) = extraction.initiatives
    assert [s.name for s in initiative.signatories] == ["Aqua Press", "Lily News", "Newt Wire"]


@pytest.mark.parametrize(
    "label",
    ["Module 1", "Step 2", "Week 3", "Phase 1", "Part 2", "Pillar III", "Stage 4", "Level 2",
     "Goal 5", "Chapter 7", "Section 3", "Day 1", "Session 2", "Unit 4", "Lesson 6",
     "Objective 2", "Priority 1", "Strand 3", "Principle 4", "Commitment 5", "Annex II",
     "Round 2", "Wave 3"],
)  # fmt: skip
def test_a_numbered_part_is_no_organisation(label: str) -> None:
    assert not is_organisation_name(label)


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        # an aside after a name, opened by a spaced dash and a number or a lower-case word
        ("Newtland \u2013 3 lake states in all \u2013 and Reedland", ["Newtland", "Reedland"]),
        ("Newtland - three lake states in all - and Reedland", ["Newtland", "Reedland"]),
        # the clause's verb after the list's last name, with or without an adverb
        ("Newtland, and Reedland also joined", ["Newtland", "Reedland"]),
        ("Newtland, and Reedland later acceded", ["Newtland", "Reedland"]),
        # a name's own dash, followed by a name, stays
        ("Newt Trust \u2013 Reed Co and Frogland", ["Newt Trust \u2013 Reed Co", "Frogland"]),
    ],
)
def test_a_listed_name_ends_before_a_dashed_aside_or_the_clauses_verb(
    tail: str, expected: list[str]
) -> None:
    paragraph = f"On 3 May 2031 the Pond Declaration was signed by Aqualand, Lilyland, {tail}."
    names = [
        name for name, _ in prose_signatories("Ministers sign the Pond Declaration", paragraph)
    ]
    assert names == ["Aqualand", "Lilyland", *expected]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("The first 20 schools", False),  # an article and no word of a name: a number alone
        ("The third implementation report", False),
        ("The 5Rights Foundation", True),  # a number written into a word is a name's
        ("The Pond Trust", True),
    ],
)
def test_an_article_opens_a_name_only_when_a_word_after_it_is_a_names(
    name: str, expected: bool
) -> None:
    assert is_organisation_name(name) is expected


def test_a_list_item_may_be_a_long_name_in_title_case() -> None:
    signatories = block_signatories(
        ("title", "Lakeland authorities sign a cooperation agreement on ponds"),
        ("paragraph", "On 3 May 2031 the cooperation agreement on ponds was signed by:"),
        *items(
            1,
            "Lakeland Institute for Standardisation, Accreditation, Safety and Quality of Ponds "
            "and Lakes (LISA)",
            "Ministry of Frogs",
        ),
    )
    assert [name for name, _ in signatories] == [
        "Lakeland Institute for Standardisation, Accreditation, Safety and Quality of Ponds and "
        "Lakes (LISA)",
        "Ministry of Frogs",
    ]


@pytest.mark.parametrize(
    "item",
    [
        "Lakeland Institute for the Standardisation of Ponds which was set up in 2031",  # clause
        "the institute for standardisation, accreditation and safety of ponds and lakes",
    ],
)
def test_a_long_list_item_that_is_no_title_case_name_names_no_signatories(item: str) -> None:
    signatories = block_signatories(
        ("title", "Lakeland authorities sign a cooperation agreement on ponds"),
        ("paragraph", "On 3 May 2031 the cooperation agreement on ponds was signed by:"),
        *items(1, item, "Ministry of Frogs"),
    )
    assert signatories == []


def test_the_places_a_groups_from_opens_are_no_signatories() -> None:
    # "Civil society organisations from A, B and C have agreed": where they come from
    extraction = extract_blocks(
        ("title", "Pondland groups present the Pond Declaration"),
        (
            "paragraph",
            "Civil society organisations from Denmark, Finland and Sweden have agreed on the "
            "Pond Declaration, presented on 6 February 2031.",
        ),
    )
    (declaration,) = extraction.initiatives
    assert declaration.signatories == []
    assert not is_organisation_name("Civil society organisations")  # a kind of body


def test_the_places_members_come_from_after_a_clause_are_no_signatories() -> None:
    """ "..., and members from A, B and C have joined it": the clauses before the list and the
    places after its "from" name no members; named members before the "from" still count."""
    extraction = extract_blocks(
        ("title", "Pond+ programme"),
        (
            "paragraph",
            "The Pond+ programme links pond centres with partners abroad. After its success, "
            "the programme has been extended, and members from Albania, Ghana, Kosovo and "
            "Turkey have joined it. Lily Works, Aqua Ltd and groups from Spain and Italy "
            "joined the Pond+ programme in 2031.",
        ),
    )
    (programme,) = extraction.initiatives
    assert [s.name for s in programme.signatories] == ["Lily Works", "Aqua Ltd"]


def test_a_member_listed_after_its_country_and_a_dash_is_named_without_it() -> None:
    extraction = extract_blocks(
        ("title", "Pond+ programme"),
        ("paragraph", "The Pond+ programme links pond centres with partners abroad."),
        ("heading", "Members"),
        ("paragraph", "The following organisations have joined the Pond+ programme:"),
        *items(
            1,
            "Albania \u2013 Frog Aid Albania",
            "Brazil \u2013 SaferPond Brasil",
            "Lily Works \u2013 since 2031",
        ),
    )
    (programme,) = extraction.initiatives
    assert [s.name for s in programme.signatories] == [
        "Frog Aid Albania",
        "SaferPond Brasil",
        "Lily Works",
    ]


def test_a_country_dated_after_a_dash_is_the_signatory_itself() -> None:
    extraction = extract_blocks(
        ("title", "Pond Declaration"),
        ("paragraph", "The Pond Declaration was adopted on 3 March 2031."),
        ("heading", "Signatories"),
        ("paragraph", "The following countries have signed the Pond Declaration:"),
        *items(1, "Austria \u2013 15 December 2031", "Belgium \u2013 since 2031", "Croatia"),
    )
    (declaration,) = extraction.initiatives
    assert [s.name for s in declaration.signatories] == ["Austria", "Belgium", "Croatia"]


def test_a_member_named_with_its_place_after_from_stays_a_member() -> None:
    extraction = extract_blocks(
        ("title", "Pond+ programme"),
        (
            "paragraph",
            "The Pond+ programme links pond centres with partners abroad. Lily Works, Aqua "
            "Ltd and Frog Corp from Ireland joined the Pond+ programme in 2031.",
        ),
    )
    (programme,) = extraction.initiatives
    assert [s.name for s in programme.signatories] == ["Lily Works", "Aqua Ltd", "Frog Corp"]


def test_an_event_concluded_by_speakers_has_no_signatories() -> None:
    extraction = extract_blocks(
        ("title", "Pond Safety Conference 2031"),
        ("paragraph", "The Pond Safety Conference 2031 was held on 3 March 2031."),
        ("paragraph", "The conference was concluded by the chairs of two pond keepers:"),
        *items(1, "Aqua Ltd", "Lily Works"),
    )
    (conference,) = extraction.initiatives
    assert conference.signatories == []


def test_a_list_item_of_more_than_twenty_title_case_words_is_no_name() -> None:
    words = " ".join(["Pond"] * 21)
    assert not is_title_case_name(words)
    assert is_title_case_name(" ".join(["Pond"] * 20))


@pytest.mark.parametrize(
    "name", ["The first 2,000 schools", "The 20th anniversary", "The first 1.5 million users"]
)
def test_a_formatted_number_after_an_article_makes_no_name(name: str) -> None:
    assert not is_organisation_name(name)


def test_a_mixed_list_after_a_groups_from_keeps_its_organisations() -> None:
    extraction = extract_blocks(
        ("title", "Pond keepers present the Pond Declaration"),
        (
            "paragraph",
            "Partners from Denmark, Aqua Ltd and Lily Works have signed the Pond Declaration "
            "on 6 February 2031.",
        ),
    )
    (declaration,) = extraction.initiatives
    assert [s.name for s in declaration.signatories] == ["Aqua Ltd", "Lily Works"]


@pytest.mark.parametrize(
    "intro",
    [
        "The treaty was concluded by all three lake states:",
        "The Interstate Treaty on Pond Safety was concluded by the following lake states:",
        "The treaty has been concluded by:",
    ],
)
def test_a_covenant_concluded_by_its_parties_is_made_not_ended_and_they_sign_it(intro: str) -> None:
    extraction = extract_blocks(
        ("title", "Pond Safety Treaty"),
        ("paragraph", "The Pond Safety Treaty was signed on 14 March 2031."),
        ("paragraph", intro),
        *items(1, "Aqualand", "Lilyland", "Newtland"),
    )
    (treaty,) = extraction.initiatives
    assert (treaty.name, treaty.launched, treaty.status) == (
        "Pond Safety Treaty",
        "2031-03-14",
        "active",
    )
    assert [s.name for s in treaty.signatories] == ["Aqualand", "Lilyland", "Newtland"]


@pytest.mark.parametrize(
    ("name", "end", "ended"),
    [
        ("Pond Safety Project", "The project was concluded in May 2031.", "2031-05"),
        ("Pond Safety Pact", "The pact concluded in December 2031, after two years.", "2031-12"),
        ("Pond Safety Pact", "The pact concluded its work in December 2031.", "2031-12"),
        ("Pond Safety Treaty", "The treaty was terminated in December 2031.", "2031-12"),
        ("Pond Safety Treaty", "The treaty concluded by the end of December 2031.", "2031-12"),
    ],
)
def test_an_initiative_concluded_at_a_date_or_terminated_has_ended(
    name: str, end: str, ended: str
) -> None:
    # Only a covenant's parties "conclude" it into being; a date or "its work" ends it.
    extraction = extract_blocks(
        ("title", name),
        ("paragraph", f"The {name} was launched on 3 March 2030."),
        ("paragraph", end),
    )
    (initiative,) = extraction.initiatives
    assert (initiative.status, initiative.ended) == ("ended", ended)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Bundeszentrale für Kinder- und Jugendmedienschutz", True),  # a foreign connector
        ("Mr Smith And Mrs Jones", False),  # people
    ],
)
def test_a_title_case_name_may_hold_foreign_connectors_but_no_person(
    name: str, expected: bool
) -> None:
    assert is_title_case_name(name) is expected


def test_a_counted_group_is_plural() -> None:
    assert not is_organisation_name("Tech companies")
    assert is_organisation_name("Telefonica company")  # one body, however written


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        (
            "Pond Declaration",
            "The Declaration was adopted by Aqualand, Lilyland and Newtland, together with "
            "Aqua Works.",
            ["Aqualand", "Lilyland", "Newtland", "Aqua Works"],
        ),
        (
            "Pond Declaration",
            "The Pond Declaration was adopted by Aqualand, Lilyland, Newtland and Aqua Works in "
            "May 2031.",
            ["Aqualand", "Lilyland", "Newtland", "Aqua Works"],
        ),
        (
            "Pond Declaration",
            "The Pond Declaration was unanimously adopted by Aqualand, Lilyland, and Newtland.",
            ["Aqualand", "Lilyland", "Newtland"],
        ),
        (
            "Pond Charter",
            "The Pond Charter was adopted by Aqualand, Lilyland and Newtland.",
            [
                "Aqualand",
                "Lilyland",
                "Newtland",
            ],
        ),
        (
            "Pond Treaty",
            "The Pond Treaty on the Protection of Children in Ponds and Lakes of the Northern "
            "Lake District was concluded by Aqualand, Lilyland and Newtland in 2031.",
            ["Aqualand", "Lilyland", "Newtland"],
        ),
    ],
)
def test_a_covenant_adopted_or_concluded_by_names_has_them_as_signatories(
    title: str, sentence: str, expected: list[str]
) -> None:
    extraction = extract_blocks(
        ("title", f"{title} adopted"),
        ("paragraph", f"On 14 March 2031, pond keepers met to agree the {title}."),
        ("paragraph", sentence),
    )
    (covenant,) = extraction.initiatives
    assert [s.name for s in covenant.signatories] == expected


def test_a_covenant_adopted_by_the_heads_of_state_of_a_list_has_them_as_signatories() -> None:
    extraction = extract_blocks(
        ("title", "Pond Declaration adopted"),
        ("paragraph", "On 14 March 2031, pond keepers met to agree the Pond Declaration."),
        ("paragraph", "The Pond Declaration was adopted by the Heads of State of:"),
        *items(1, "Aqualand", "Lilyland", "Newtland"),
    )
    (declaration,) = extraction.initiatives
    assert [s.name for s in declaration.signatories] == ["Aqualand", "Lilyland", "Newtland"]


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        # one body that made it, then the sentence goes on: no list of parties
        (
            "Pond Convention",
            "The Pond Convention was adopted by the Pond Assembly on 4 May 2031, after five "
            "years of talks, with input from Aqua Ltd, Lily Works and Newt Co.",
        ),
        # a law's "adopted by" names its legislators, not parties
        (
            "Pond Safety Regulation",
            "The Regulation was adopted by Aqualand, Lilyland and Newtland.",
        ),
        # a covenant's word elsewhere in the sentence is not the verb's subject
        (
            "Pond Safety Regulation",
            "Answering the call of parents, the Pond Safety Regulation was adopted by Aqualand, "
            "Lilyland and Newtland.",
        ),
        (
            "Pond Safety Strategy",
            "In a call with journalists, the minister said the Pond Safety Strategy was adopted "
            "by Aqualand, Lilyland and Newtland.",
        ),
        # one body and its aside, or a body and its place, are no list
        (
            "Pond Safety Charter",
            "The Pond Safety Charter was adopted by UNESCO, the UN agency for education, in 2031.",
        ),
        ("Pond Safety Pledge", "The Pond Safety Pledge was adopted by Europol, Brussels, in 2031."),
        # two names joined by "and" may be one ("the Ministry of Education and Research")
        (
            "Pond Safety Charter",
            "The Pond Safety Charter was adopted by the Ministry of Education and Research.",
        ),
        # a clause after the body is no list
        (
            "Pond Convention",
            "The Pond Convention was adopted by the Pond Assembly on 24 December 2030 and the EU "
            "signed it in 2031.",
        ),
        (
            "Pond Charter",
            "The Pond Charter was adopted by UNESCO in 2031 and Member States endorsed it in 2032.",
        ),
        ("Pond Charter", "The Pond Charter was adopted by consensus: every member agreed."),
        # a covenant named inside the clause is not its subject
        (
            "Pond Treaty",
            "The law ratifying the Pond Treaty was adopted by Aqualand, Lilyland and Newtland.",
        ),
    ],
)
def test_an_adoption_by_one_body_or_of_a_law_names_no_signatories(
    title: str, sentence: str
) -> None:
    extraction = extract_blocks(
        ("title", title),
        ("paragraph", f"The {title} sets rules for pond safety."),
        ("paragraph", sentence),
    )
    (initiative,) = extraction.initiatives
    assert initiative.signatories == []


def test_a_charter_concluded_at_a_date_has_ended() -> None:
    # "concluded" makes only the covenants of COVENANT_KINDS, not a charter adopted by its parties
    extraction = extract_blocks(
        ("title", "Pond Safety Charter"),
        ("paragraph", "The Pond Safety Charter was launched on 3 March 2030."),
        ("paragraph", "The Pond Safety Charter was concluded in May 2031."),
    )
    (charter,) = extraction.initiatives
    assert (charter.status, charter.ended) == ("ended", "2031-05")


@pytest.mark.parametrize(
    ("after_by", "is_list"),
    [
        (" Aqualand, Lilyland and Newtland.", True),
        (" Aqualand, Lilyland, and Newtland in 2031.", True),
        (" the Heads of State of:", True),
        (" the following states: Aqualand, Lilyland and Newtland.", True),
        (" consensus: every member agreed.", False),
        (" Aqualand and Lilyland.", False),
        (" the Pond Assembly on 4 May, after talks, with input from Aqua Ltd and Newt Co.", False),
        (" UNESCO in 2031 and Member States endorsed it.", False),
    ],
)
def test_what_a_list_of_parties_after_by_is(after_by: str, is_list: bool) -> None:
    assert _names_a_list(after_by, 0, len(after_by)) is is_list


def test_a_names_acronym_in_brackets_is_no_word_of_it() -> None:
    long_name = "National Centre for Safe Ponds and Clean Lakes (NCSPCL)"  # eight words
    assert is_organisation_name(long_name)
    assert not is_organisation_name(long_name.replace("(NCSPCL)", "Norway"))


def test_a_countrys_name_with_and_is_one_name() -> None:
    text = "Palau, Trinidad and Tobago, Bosnia and Herzegovina and Reedmark"
    assert [p.name for p in split_names(text)] == [
        "Palau",
        "Trinidad and Tobago",
        "Bosnia and Herzegovina",
        "Reedmark",
    ]


_FOUNDERS = ("Pondtel Group", "Lakeland Telecom", "Frogcom Europe", "Reedphone Ltd")
_ALLIANCE_LAUNCH: tuple[BlockSpec, ...] = (
    ("title", "Mobile operators launch the Pond Alliance Against Abuse Content"),
    ("paragraph", "Operators today founded the Pond Alliance Against Abuse Content."),
    ("heading", "Founding members", {"level": 2}),
)


@pytest.mark.parametrize("odd", ["mobilkom lakeland", "eco", "BeLong To", "10993 S.r.l"])
def test_one_oddly_written_name_among_plain_names_keeps_the_list(odd: str) -> None:
    # a brand in lower case, a name with a capitalised "To", one opening with a number:
    # not names by the rules of one, but names by their shape among four plain names
    found = block_signatories(
        *_ALLIANCE_LAUNCH,
        *items(1, *_FOUNDERS[:2], odd, *_FOUNDERS[2:]),
    )
    assert [name for name, _ in found] == [*_FOUNDERS[:2], odd, *_FOUNDERS[2:]]


@pytest.mark.parametrize(
    "odd",
    [
        "Numerous internet providers",  # a count of bodies, not one
        "several national broadcasters",  # a word that counts opens it
        "with the support of Insafe",  # a word that joins opens it
        "plus national helplines",
        "a number of NGOs",
        "national Safer Internet Centres",  # bodies described in the plural
        "representatives of civil society",  # and by what they are of
        "internet service providers",
        "associazione di tutela e difesa dei consumatori e degli utenti di servizi pubblici "
        "locali",  # past twelve words: not taken on its shape alone
        "Other operators are expected to join later",  # a sentence
        "members will meet again in June: see the agenda",  # a sentence's stop inside
    ],
)
def test_an_item_that_is_no_name_still_makes_the_list_no_list_of_names(odd: str) -> None:
    found = block_signatories(
        *_ALLIANCE_LAUNCH,
        *items(1, *_FOUNDERS, odd),
    )
    assert found == []


def test_odd_names_are_taken_only_among_enough_plain_names() -> None:
    found = block_signatories(
        *_ALLIANCE_LAUNCH,
        *items(1, *_FOUNDERS[:3], "mobilkom lakeland", "eco"),
    )
    assert found == []  # two odd ones beside three plain: not sure enough to take any
