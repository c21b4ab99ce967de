"""Extraction rules on small documents: names, actions and strands, lifecycle, warnings."""

from __future__ import annotations

import pytest

from extractors.extract.actions import action_text
from extractors.extract.context import analyse
from extractors.extract.drafts import Draft, Mention
from extractors.extract.heading_names import heading_name
from extractors.extract.prose_names import find_names
from extractors.extract.published import publication_date
from extractors.extract.status import in_the_making
from tests.extractors.extract_documents import (
    BlockSpec,
    document,
    extract_blocks,
    items,
    shared_nlp,
)


@pytest.mark.parametrize(
    ("item", "text"),
    [
        ("access control for adult content;", "access control for adult content"),
        (
            "Promoting the awareness of parental control tools.",
            "Promoting the awareness of parental control tools",
        ),
        ("drafting the Code; and", "drafting the Code"),
        ("Effective takedown of material (CSAM).", "Effective takedown of material (CSAM)"),
    ],
)
def test_action_text_drops_closing_punctuation(item: str, text: str) -> None:
    assert action_text(item) == text


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("In 1999, the first Safer Internet Programme was launched.", ["Safer Internet Programme"]),
        (
            "the founding members of the CEO Coalition to make the internet a better place "
            "for kids are",
            ["CEO Coalition to make the internet a better place for kids"],
        ),
        ("The Commission formally disbanded the Alliance in July 2023.", []),
        ("It builds on the European Commission's commitment to act.", []),
        (
            "the Code of Conduct on Disinformation followed on 13 February 2025",
            ["Code of Conduct on Disinformation"],
        ),
        (
            "Adopted on 11 May 2022, the new European strategy for a better internet for kids "
            "(BIK+) is",
            ["European strategy for a better internet for kids (BIK+)"],
        ),
        (
            "The Example Code of conduct on safe apps met for the first time.",
            ["Example Code of conduct on safe apps"],
        ),
        (
            "The Example Pledge on safe apps held its first meeting.",
            ["Example Pledge on safe apps"],
        ),
        ("The Example Pledge on safe apps began in 2020.", ["Example Pledge on safe apps"]),
        ("The Commission launches the #SaferApps4EU campaign today.", ["#SaferApps4EU campaign"]),
        ("Schools ran an awareness campaign in May.", []),
    ],
)
def test_names_in_prose(sentence: str, names: list[str]) -> None:
    assert [candidate.name for candidate in find_names(sentence)] == names


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("The ICT Coalition for Children Online (2012)", "ICT Coalition for Children Online"),
        ("From the 2016 Code to the Code of conduct+", None),
        ("Statement of Purpose", None),
        ("What are the goals of the Digital Services Act?", None),
        ("The Code in practice", None),
        ("Key principles", None),
        ("Three pillars of the strategy", None),
        ("The Digital Services Act and minors", "Digital Services Act"),
        ("Code of conduct+", "Code of conduct+"),
        (
            "A European strategy for a better Internet for kids (BIK+) communication from the "
            "commission",
            "European strategy for a better Internet for kids (BIK+)",
        ),
    ],
)
def test_heading_names(heading: str, name: str | None) -> None:
    named = heading_name(heading)
    assert (named[0] if named else None) == name


SECTIONED: tuple[BlockSpec, ...] = (
    ("title", "Previous initiatives with industry", {"level": 1}),
    (
        "paragraph",
        "The initiatives were as follows. Of these only the Example Coalition is still active.",
    ),
    ("heading", "Example Coalition for Safer Apps (2012)", {"level": 3}),
    ("paragraph", "An industry initiative."),
    ("heading", "Alliance to protect young gamers (2016)", {"level": 3}),
    ("paragraph", "Industry officially launched the Alliance on Safer Internet Day 2017."),
    (
        "paragraph",
        "The Alliance's Statement of Purpose defined five actions under two main strands:",
    ),
    ("heading", "User empowerment", {"level": 4}),
    *items(1, "Providing tools;", "Promoting awareness."),
    ("heading", "Awareness raising", {"level": 4}),
    *items(2, "Supporting campaigns."),
    ("paragraph", "The Commission formally disbanded the Alliance in July 2023."),
)


def test_sections_lifecycle_and_strands() -> None:
    extraction = extract_blocks(*SECTIONED)
    coalition, alliance = extraction.initiatives
    assert (coalition.name, coalition.launched, coalition.status) == (
        "Example Coalition for Safer Apps",
        "2012",
        "active",
    )
    assert (alliance.launched, alliance.ended, alliance.status) == ("2017", "2023-07", "ended")
    assert [(a.strand, a.text) for a in alliance.actions] == [
        ("User empowerment", "Providing tools"),
        ("User empowerment", "Promoting awareness"),
        ("Awareness raising", "Supporting campaigns"),
    ]
    assert alliance.warnings == ["the page announces 5 actions, 3 found"]


def test_a_list_of_risks_is_not_a_list_of_actions() -> None:
    extraction = extract_blocks(
        ("title", "Alliance to protect young gamers"),
        ("paragraph", "The Alliance tackles risks that children face online, including:"),
        *items(1, "harmful content;", "harmful contact."),
    )
    assert extraction.initiatives[0].actions == []


def test_nested_label_items_give_the_strand() -> None:
    extraction = extract_blocks(
        ("title", "Example Code of conduct for games"),
        ("paragraph", "Under the Code, signatories commit to the following measures:"),
        ("list_item", "Protection", {"list_id": 1, "ordinal": 1}),
        ("list_item", "age checks;", {"list_id": 2, "ordinal": 1, "depth": 1, "parent_item": 2}),
        ("list_item", "Empowerment", {"list_id": 1, "ordinal": 2}),
        (
            "list_item",
            "parental tools.",
            {"list_id": 3, "ordinal": 1, "depth": 1, "parent_item": 4},
        ),
    )
    actions = extraction.initiatives[0].actions
    assert [(a.strand, a.text) for a in actions] == [
        ("Protection", "age checks"),
        ("Empowerment", "parental tools"),
    ]


def test_launch_date_takes_the_paragraph_date_and_the_context_year() -> None:
    extraction = extract_blocks(
        ("title", "Safer Internet Day 2017: industry forms an alliance for young gamers"),
        (
            "paragraph",
            "On 7 February, people marked the day. Companies have committed to work "
            "in an Alliance to Better Protect Young Gamers.",
        ),
        published="2017-02-07",
    )
    (alliance,) = extraction.initiatives
    assert (alliance.name, alliance.launched, alliance.status) == (
        "Alliance to Better Protect Young Gamers",
        "2017-02-07",
        "active",
    )
    assert {d.value for d in extraction.dates} == {"2017", "2017-02-07"}


def test_acronym_and_prefix_variants_merge() -> None:
    extraction = extract_blocks(
        ("title", "European strategy for a better internet for kids (BIK+)"),
        ("paragraph", "The BIK+ strategy keeps children safe. The Example Coalition helps."),
        ("paragraph", "Adopted on 11 May 2022, the BIK+ is ongoing."),
    )
    (strategy,) = extraction.initiatives
    assert strategy.aliases == ["BIK+ strategy", "BIK+"]
    assert strategy.launched == "2022-05-11"
    assert extraction.mentioned == ["Example Coalition"]


def test_publication_date_falls_back_to_a_dateline_or_a_label() -> None:
    dateline = document(
        ("title", "News"), ("paragraph", "Brussels, 1 December 2011 - Companies met.")
    )
    label = document(("title", "Record"), ("term", "Record created: 01 March 2024"))
    prose = document(
        ("title", "News"), ("paragraph", "Adopted on 11 May 2022, the strategy is new.")
    )
    assert publication_date(dateline) == "2011-12-01"
    assert publication_date(label) == "2024-03-01"
    assert publication_date(prose) is None


def test_a_launch_cue_belongs_to_the_nearest_initiative() -> None:
    extraction = extract_blocks(
        ("title", "European strategy for a better internet for kids (BIK+)"),
        (
            "paragraph",
            "BIK+ follows on from the first European Strategy for a Better Internet "
            "for Children, published in 2012.",
        ),
    )
    (strategy,) = extraction.initiatives
    assert strategy.launched is None
    assert extraction.mentioned == ["European Strategy for a Better Internet for Children"]


def test_a_heading_of_commitments_announces_actions_and_to_colon_too() -> None:
    extraction = extract_blocks(
        ("title", "Code of conduct on example speech"),
        ("paragraph", "The Code of conduct was agreed in May 2016."),
        ("heading", "Main commitments", {"level": 2}),
        *items(1, "Review notices within 24 hours;", "Train staff."),
        ("heading", "Reporting", {"level": 2}),
        ("paragraph", "Each year the signatories agreed to:"),
        *items(2, "publish a report."),
    )
    (code,) = extraction.initiatives
    assert code.launched == "2016-05"
    assert [(a.strand, a.text) for a in code.actions] == [
        ("Main commitments", "Review notices within 24 hours"),
        ("Main commitments", "Train staff"),
        ("Reporting", "publish a report"),
    ]


def test_a_table_of_signatories_skips_its_header_row() -> None:
    extraction = extract_blocks(
        ("title", "Code of conduct on example speech"),
        ("paragraph", "The Code of conduct brings platforms together."),
        ("heading", "Signatories", {"level": 2}),
        ("table_row", "Company | Joined"),
        ("table_row", "Acme Video | 2016"),
        ("table_row", "Globex | 2019"),
    )
    (code,) = extraction.initiatives
    assert [s.name for s in code.signatories] == ["Acme Video", "Globex"]


def test_an_implementation_period_gives_start_and_end() -> None:
    extraction = extract_blocks(
        ("title", "Example strategy for safer apps (ESSA)"),
        ("paragraph", "The ESSA helped parents."),
        ("term", "Implementation period start: 2014"),
        ("term", "Implementation period finish: 2020"),
    )
    (strategy,) = extraction.initiatives
    assert (strategy.launched, strategy.ended, strategy.status) == ("2014", "2020", "ended")


def test_the_lead_says_which_initiative_was_joined() -> None:
    extraction = extract_blocks(
        ("title", "Two platforms join the fight against illegal example speech"),
        (
            "paragraph",
            "Today, Newco and LinkedIn have joined the Code of conduct on example speech.",
        ),
        ("paragraph", "The Code was agreed in May 2016 with Facebook, Microsoft and YouTube."),
        published="2021-06-25",
    )
    (code,) = extraction.initiatives
    assert code.name == "Code of conduct on example speech"
    assert code.launched == "2016-05"
    assert [s.name for s in code.signatories] == [
        "Newco",
        "LinkedIn",
        "Facebook",
        "Microsoft",
        "YouTube",
    ]


def test_a_name_may_start_with_its_year_and_be_written_in_lower_case() -> None:
    code = extract_blocks(
        ("title", "2022 Strengthened Code of Practice on Example Harms"),
        (
            "paragraph",
            "The 2022 Strengthened Code of Practice on Example Harms was signed on "
            "16 June 2022 by Acme, Globex and Initech.",
        ),
    ).initiatives[0]
    assert (code.name, code.launched) == (
        "2022 Strengthened Code of Practice on Example Harms",
        "2022-06-16",
    )
    assert [s.name for s in code.signatories] == ["Acme", "Globex", "Initech"]
    guidelines = extract_blocks(
        ("title", "Guidelines on the protection of young gamers"),
        (
            "paragraph",
            "On 14 July 2025, the Commission published guidelines on the protection "
            "of young gamers.",
        ),
    ).initiatives[0]
    assert guidelines.launched == "2025-07-14"


def test_items_that_complete_the_intro_are_actions_unlike_a_list_of_links() -> None:
    extraction = extract_blocks(
        ("title", "The Example Services Act"),
        ("paragraph", "The Example Services Act (ESA) applies since 2024."),
        ("heading", "What platforms have to do", {"level": 2}),
        ("paragraph", "Among other things, online platforms must:"),
        *items(1, "counter illegal content;", "protect minors."),
        ("heading", "More information", {"level": 2}),
        ("paragraph", "Read more in these documents:"),
        *items(2, "Questions and answers on the ESA", "Factsheet on the ESA"),
    )
    (act,) = extraction.initiatives
    assert [(a.strand, a.text) for a in act.actions] == [
        ("What platforms have to do", "counter illegal content"),
        ("What platforms have to do", "protect minors"),
    ]


@pytest.mark.parametrize(
    ("later_sentence", "ended"),
    [
        ("In 2019 the Example Alliance merged with the Other Network.", "2019"),
        ("The Example Alliance was discontinued in 2020.", "2020"),
    ],
)
def test_an_end_cue_in_a_later_section_ends_the_initiative(later_sentence: str, ended: str) -> None:
    extraction = extract_blocks(
        ("title", "Example Alliance against online harm"),
        ("paragraph", "The Example Alliance against online harm was launched on 5 May 2012."),
        ("heading", "Background", {"level": 2}),
        ("paragraph", later_sentence),
    )
    alliance = next(i for i in extraction.initiatives if i.name.startswith("Example Alliance"))
    assert (alliance.launched, alliance.ended, alliance.status) == ("2012-05-05", ended, "ended")


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Ten experts will draft the Example Code of conduct on safe design.", "unknown"),
        ("The Example Code of conduct on safe design is being drafted.", "unknown"),
        ("Pondland is preparing the Example Code of conduct on safe design.", "unknown"),
        ("Pondland is drafting the Example Code of conduct on safe design.", "unknown"),
        ("The studios are negotiating the Example Code of conduct on safe design.", "unknown"),
        ("The Example Code of conduct on safe design was signed on 3 May 2021.", "active"),
        # its purpose, not its making
        ("Studios set up the Example Code of conduct on safe design to develop tools.", "active"),
        # a launch still to come whose object is the code
        (
            "The Commission will present a dedicated Example Code of conduct on safe design.",
            "unknown",
        ),
        ("Pondland will propose the Example Code of conduct on safe design.", "unknown"),
        # the code is not that verb's object
        (
            "The studios will present a review of the Example Code of conduct on safe design.",
            "active",
        ),
        # a preposition or a possessive: another thing of the code's, not the code
        (
            "The studios will present data on the Example Code of conduct on safe design.",
            "active",
        ),
        (
            "The studios will launch the Example Code of conduct on safe design's first report.",
            "active",
        ),
        ("Pondland will launch the Example Code of conduct on safe design.", "unknown"),
        ("Pondland will set up the Example Code of conduct on safe design.", "unknown"),
        # a back-reference, not the code's name, after the verb
        (
            "The Example Code of conduct on safe design was signed in 2021. Next year the "
            "studios will adopt the new code across their games.",
            "active",
        ),
    ],
)
def test_a_code_still_being_drafted_has_an_unknown_status(sentence: str, status: str) -> None:
    extraction = extract_blocks(
        ("title", "Example Code of conduct on safe design"),
        ("paragraph", sentence),
    )
    (code,) = extraction.initiatives
    assert code.status == status


def test_a_heading_announces_a_nested_list_whose_labels_are_companies() -> None:
    extraction = extract_blocks(
        ("title", "Example Alliance for safer games: first report"),
        ("paragraph", "The Example Alliance for safer games was launched on 3 March 2019."),
        ("heading", "Commitments of each company", {"level": 2}),
        ("list_item", "Acme", {"list_id": 1, "ordinal": 1}),
        (
            "list_item",
            "Offer parental controls on every console",
            {"list_id": 2, "ordinal": 1, "depth": 1, "parent_item": 3},
        ),
        (
            "list_item",
            "Train shop staff on safety settings",
            {"list_id": 2, "ordinal": 2, "depth": 1, "parent_item": 3},
        ),
        ("list_item", "Globex", {"list_id": 1, "ordinal": 2}),
        (
            "list_item",
            "Publish a guide for parents",
            {"list_id": 3, "ordinal": 1, "depth": 1, "parent_item": 6},
        ),
    )
    (alliance,) = extraction.initiatives
    assert [(a.strand, a.text) for a in alliance.actions] == [
        ("Acme", "Offer parental controls on every console"),
        ("Acme", "Train shop staff on safety settings"),
        ("Globex", "Publish a guide for parents"),
    ]


def test_an_action_heading_announces_the_lists_under_its_strand_subheadings() -> None:
    extraction = extract_blocks(
        ("title", "Example strategy for safer apps"),
        ("paragraph", "The Example strategy for safer apps was adopted on 2 June 2021."),
        ("heading", "Main actions", {"level": 2}),
        ("heading", "Protection", {"level": 3}),
        *items(1, "Develop age checks;", "Fund hotlines."),
        ("heading", "Empowerment", {"level": 3}),
        *items(2, "Train teachers."),
        ("heading", "Contacts", {"level": 2}),
        *items(3, "Press office", "Helpdesk"),
    )
    (strategy,) = extraction.initiatives
    assert [(a.strand, a.text) for a in strategy.actions] == [
        ("Protection", "Develop age checks"),
        ("Protection", "Fund hotlines"),
        ("Empowerment", "Train teachers"),
    ]


def test_a_name_with_its_acronym_merges_with_the_acronym_and_kind() -> None:
    extraction = extract_blocks(
        ("title", "Safer Apps+: implementation"),
        ("paragraph", "How Member States are putting the SA+ strategy into practice."),
        ("paragraph", "The European strategy for safer apps (SA+) was adopted on 11 May 2022."),
    )
    (strategy,) = extraction.initiatives
    assert strategy.launched == "2022-05-11"
    assert "SA+" in [strategy.name, *strategy.aliases]


def test_a_predecessor_said_to_be_discontinued_is_an_ended_initiative() -> None:
    extraction = extract_blocks(
        ("title", "Example strategy for safer apps"),
        (
            "paragraph",
            "The Example strategy for safer apps was adopted on 2 June 2021. It replaced the "
            "Old Strategy for Safer Phones of May 2010, which was discontinued in 2021.",
        ),
    )
    new, old = extraction.initiatives
    assert (new.name, new.status) == ("Example strategy for safer apps", "active")
    assert (old.name, old.launched, old.ended, old.status) == (
        "Old Strategy for Safer Phones",
        "2010-05",
        "2021",
        "ended",
    )


def test_a_heading_over_the_commitments_of_an_initiative_names_it() -> None:
    extraction = extract_blocks(
        ("title", "Example Forum 2030 looks back"),
        ("paragraph", "A session recalled the Example Alliance on safe phones, founded in 2008."),
        ("heading", "Commitments of the Example Alliance on safe phones", {"level": 3}),
        ("paragraph", "Its members agreed to block abuse content."),
        ("paragraph", "The Example Alliance on safe phones was discontinued in 2020."),
    )
    (alliance,) = extraction.initiatives
    assert (alliance.name, alliance.ended, alliance.status) == (
        "Example Alliance on safe phones",
        "2020",
        "ended",
    )


def test_an_end_cue_in_a_which_clause_belongs_to_the_name_before_it() -> None:
    extraction = extract_blocks(
        ("title", "Example Alliance on safe phones"),
        (
            "paragraph",
            "A session recalled the Old Coalition for apps, which ran in 2012 and is no "
            "longer active, and the Example Alliance on safe phones, founded in 2008.",
        ),
        ("paragraph", "The Example Alliance on safe phones was discontinued in 2020."),
    )
    alliance = next(i for i in extraction.initiatives if i.name.startswith("Example Alliance"))
    assert (alliance.ended, alliance.status) == ("2020", "ended")


def test_the_second_lead_paragraph_may_say_what_was_signed() -> None:
    extraction = extract_blocks(
        ("title", "Fighting online scams"),
        ("paragraph", "The Commission works with platforms to fight online scams."),
        (
            "paragraph",
            "The Example Code of Practice on Scams was signed on 3 May 2023 by 12 signatories.",
        ),
        ("paragraph", "Its signatories include:"),
        *items(1, "Acme", "Globex"),
    )
    (code,) = extraction.initiatives
    assert code.name == "Example Code of Practice on Scams"
    assert [s.name for s in code.signatories] == ["Acme", "Globex"]


@pytest.mark.parametrize(
    ("sentence", "launched"),
    [
        ("First held in 2004, the Example Forum brings together experts.", "2004"),
        ("The Example Network, which began in 2006, studies online risks.", "2006"),
        ("From today, 7 June 2022, the Example Regulation on online harm applies.", "2022-06-07"),
    ],
)
def test_start_cues_a_page_uses_give_the_launch(sentence: str, launched: str) -> None:
    extraction = extract_blocks(("paragraph", sentence), published="2024-01-01")
    assert [i.launched for i in extraction.initiatives] == [launched]


def test_a_first_meeting_told_of_the_group_beats_its_announcement() -> None:
    group = extract_blocks(
        ("title", "Example Group on safer games"),
        (
            "paragraph",
            "The Commission announced the creation of the Example Group on safer games "
            "on 5 February 2019.",
        ),
        ("heading", "Meetings", {"level": 2}),
        ("paragraph", "The group held its first meeting in Brussels on 6 March 2019."),
    ).initiatives[0]
    assert group.launched == "2019-03-06"


@pytest.mark.parametrize(
    "sentence",
    [
        "Its first meeting is scheduled for 6 March 2019.",
        "The Parliament and the Council agreed on 15 February 2024, and the amending act "
        "was adopted in April 2024.",
    ],
)
def test_an_unnamed_launch_needs_a_stated_fact_about_the_initiative(sentence: str) -> None:
    group = extract_blocks(
        ("title", "Example Group on safer games"),
        ("paragraph", "The Example Group on safer games helps Member States cooperate."),
        ("paragraph", sentence),
    ).initiatives[0]
    assert group.launched is None


def test_the_first_to_sign_make_the_launch_year_a_month() -> None:
    code = extract_blocks(
        ("paragraph", "The Example Code on hate speech was launched in 2016."),
        ("paragraph", "Acme and Globex were the first to sign the Code, in May 2016."),
    ).initiatives[0]
    assert code.launched == "2016-05"


def test_a_first_meeting_of_another_body_is_not_the_launch() -> None:
    code = extract_blocks(
        ("title", "Example Code of conduct on safe games"),
        ("paragraph", "The Example Code of conduct on safe games is facilitated by the EU."),
        ("heading", "The special group", {"level": 2}),
        ("paragraph", "The group held its first meeting on 13 July 2023."),
    ).initiatives[0]
    assert code.launched is None


def test_a_bracketed_second_name_does_not_take_the_launch_cue() -> None:
    extraction = extract_blocks(
        (
            "paragraph",
            "The Interim Regulation (Regulation (EU) 2021/1232) was adopted on 14 July 2021.",
        ),
    )
    regulation = next(i for i in extraction.initiatives if i.name == "Interim Regulation")
    assert regulation.launched == "2021-07-14"


@pytest.mark.parametrize(
    ("paragraph", "launched"),
    [
        (
            "Agreed by the Council on 9 December 2004 and established by Decision No 1/2005 "
            "of 11 May 2005, the Example Plus programme had a budget of 45 million euro.",
            "2005-05-11",
        ),
        (
            "Proposed on 28 February 2008, the next programme ran from 1 January 2009.",
            "2009-01-01",
        ),
    ],
)
def test_a_heading_period_starts_the_programme(paragraph: str, launched: str) -> None:
    extraction = extract_blocks(
        ("title", "Example programmes"),
        ("heading", "Example Plus programme (" + launched[:4] + "\u20132013)", {"level": 2}),
        ("paragraph", paragraph),
    )
    programme = next(i for i in extraction.initiatives if i.name.startswith("Example Plus"))
    assert programme.launched == launched


def test_a_launch_told_as_it_happens_is_the_page_date() -> None:
    alliance = extract_blocks(
        (
            "paragraph",
            "Companies and NGOs, which together form the Example Alliance against online harm, "
            "are presenting a self-regulatory initiative.",
        ),
        published="2017-02-07",
    ).initiatives[0]
    assert alliance.launched == "2017-02-07"


def test_a_thing_named_after_the_initiative_does_not_give_its_launch() -> None:
    day = extract_blocks(
        ("title", "Safer Internet Day 2024: together"),
        ("paragraph", "Safer Internet Day 2024 is celebrated on 6 February 2024."),
        (
            "paragraph",
            "The day started as an initiative of a research project in 2004 and was taken up "
            "by the Example Network in 2005. In 2009, Safer Internet Day Committees were "
            "introduced to promote the day.",
        ),
    ).initiatives[0]
    assert (day.name, day.launched) == ("Safer Internet Day", "2004")


@pytest.mark.parametrize(
    ("markup_date", "published"),
    [("2017-02-07", "2008-12-09"), ("2008-12-01", "2008-12-01"), (None, "2008-12-09")],
)
def test_an_earlier_dateline_is_the_day_the_item_was_issued(
    markup_date: str | None, published: str
) -> None:
    extraction = extract_blocks(
        ("title", "EU adopts a new programme"),
        ("dateline", "Brussels, 9 December 2008"),
        ("paragraph", "The Council adopted the programme."),
        published=markup_date,
    )
    assert extraction.published == published


def test_a_day_and_month_after_the_release_take_its_year() -> None:
    extraction = extract_blocks(
        ("title", "EU adopts a new programme"),
        ("dateline", "Brussels, 9 December 2008"),
        (
            "paragraph",
            "The EU will have a new programme from 1 January 2009. After the Parliament "
            "voted in its favour on 23 October, the Council adopted it.",
        ),
        published="2017-02-07",
    )
    assert [d.value for d in extraction.dates if d.text == "23 October"] == ["2008-10-23"]


@pytest.mark.parametrize(("is_name", "in_making"), [(True, True), (False, False)])
def test_only_a_name_after_will_present_is_the_launch_still_to_come(
    is_name: bool, in_making: bool
) -> None:
    # "will put forward a new initiative": a back-reference there is no name of the draft
    text = "Later this year the Commission will put forward a new initiative for ponds."
    context = analyse(document(("paragraph", text)), shared_nlp())
    draft = Draft("Pond Agenda", "agenda", "prose")
    at = text.index("a new initiative")
    draft.mentions.append(Mention(at, at + len("a new initiative"), 0, is_name=is_name))
    assert in_the_making(context.sentences, draft) is in_making
