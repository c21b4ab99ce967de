"""The one named thing a page is about, when its name has no kind noun: from its role in the
title and the lead (`extractors.extract.topic`). Every page here is written for the test."""

from __future__ import annotations

import pytest

from extractors.extract.context import analyse
from extractors.extract.topic import _name_run, title_subject_draft
from tests.extractors.extract_documents import (
    BlockSpec,
    document,
    extract_blocks,
    initiative_names,
    items,
    shared_nlp,
)


def _lead_defined_topic(*blocks: BlockSpec) -> str | None:
    """The title's subject the lead defines, read by the topic rule alone: the page as a whole
    may still describe the title's subject as its last resort (title_subjects.py)."""
    draft = title_subject_draft(analyse(document(*blocks), shared_nlp()))
    return draft.name if draft else None


def test_the_titles_subject_defined_by_an_apposition_is_the_topic() -> None:
    extraction = extract_blocks(
        ("title", "SafeShare.eu celebrates three years of protecting family photos"),
        (
            "paragraph",
            "SafeShare.eu, a free service that lets parents remove photos of their children "
            "from public websites, turned three on 4 March 2024.",
        ),
        ("paragraph", "The service was launched on 4 March 2021 by a group of charities."),
    )
    assert initiative_names(extraction) == ["SafeShare.eu"]
    assert extraction.initiatives[0].launched == "2021-03-04"


def test_a_place_before_the_colon_is_not_part_of_the_name() -> None:
    extraction = extract_blocks(
        ("title", "Portugal: Safe Play Lisboa carries on without its first sponsor"),
        (
            "paragraph",
            "Safe Play Lisboa, the volunteer scheme that trains parents in online safety, will "
            "carry on with fewer sponsors.",
        ),
    )
    assert initiative_names(extraction) == ["Safe Play Lisboa"]


def test_the_lead_writes_the_names_long_form_after_a_dash() -> None:
    extraction = extract_blocks(
        ("title", "KO:DE \u2013 A European hub on data and young people"),
        (
            "paragraph",
            "KO:DE \u2013 Kids Online: Data and Ethics is a two-year project funded by the "
            "European Commission.",
        ),
        ("heading", "Aims of the project"),
        *items(1, "To map the data collected about children", "To publish ethical guidance"),
    )
    (initiative,) = extraction.initiatives
    assert initiative.name == "KO:DE \u2013 Kids Online: Data and Ethics"
    assert [action.text for action in initiative.actions] == [
        "To map the data collected about children",
        "To publish ethical guidance",
    ]


def test_the_launched_object_is_the_topic_not_its_launcher() -> None:
    extraction = extract_blocks(
        ("title", "Kids Alliance launches Beacon, a cross-border reporting scheme"),
        (
            "paragraph",
            "On 2 May 2024, the Kids Alliance presented Beacon, the first reporting scheme "
            "shared by game studios across Europe.",
        ),
        ("paragraph", "The Kids Alliance says it will report on the scheme in a year."),
    )
    assert initiative_names(extraction) == ["Beacon"]
    assert extraction.initiatives[0].launched == "2024-05-02"


def test_a_launcher_stands_beside_the_topic_in_the_paragraph_it_opens_with_its_members() -> None:
    extraction = extract_blocks(
        ("title", "Kids Alliance unveils Project Beacon to fight grooming in games"),
        (
            "paragraph",
            "On 2 May 2024, the Kids Alliance announced Project Beacon, a joint plan to stop "
            "grooming in online games.",
        ),
        (
            "paragraph",
            "The Alliance was formed in 2015. Its members today are Alpha Games, Beta Studios "
            "and Gamma Play.",
        ),
    )
    names = initiative_names(extraction)
    assert names[0] == "Project Beacon"
    assert "Kids Alliance" in names
    alliance = extraction.initiatives[names.index("Kids Alliance")]
    assert [s.name for s in alliance.signatories] == ["Alpha Games", "Beta Studios", "Gamma Play"]
    assert extraction.initiatives[0].signatories == []


def test_a_title_that_is_a_name_stands_when_the_lead_launches_it() -> None:
    extraction = extract_blocks(
        ("title", "EU Hub of Expertise for Young Gamers and Parents"),
        ("paragraph", "Games are part of growing up, and so are their risks."),
        (
            "paragraph",
            "The Commission set up the EU Hub of Expertise for Young Gamers and Parents "
            "(the EU Hub) in March 2022 to advise national authorities.",
        ),
    )
    assert initiative_names(extraction) == ["EU Hub of Expertise for Young Gamers and Parents"]
    assert extraction.initiatives[0].launched == "2022-03"


def test_the_titles_subject_is_the_topic_when_the_lead_says_it_was_inaugurated() -> None:
    extraction = extract_blocks(
        ("title", "European Office for Safe Design opens its doors in Lisbon"),
        ("paragraph", "The new office will advise the Commission on platform design."),
        (
            "paragraph",
            "The European Office for Safe Design (EOSD) was inaugurated in Lisbon on 3 June 2024.",
        ),
    )
    assert initiative_names(extraction) == ["European Office for Safe Design"]
    assert extraction.initiatives[0].aliases == ["EOSD"]


def test_an_ordinal_before_the_titles_subject_is_not_part_of_the_name() -> None:
    extraction = extract_blocks(
        ("title", "Second European Play Safe Day puts games in the spotlight"),
        (
            "paragraph",
            "On 9 May 2024 the Commission held the second European Play Safe Day, a new "
            "initiative to show families how to play safely online.",
        ),
    )
    assert initiative_names(extraction) == ["European Play Safe Day"]


def test_who_acts_in_the_lead_is_not_the_topic() -> None:
    """The title's subject taken up as the actor of a launch, or followed by another name in
    apposition, is not defined by the lead: no initiative is made of it."""
    extraction = extract_blocks(
        ("title", "Regional Council hosts families for a day of games"),
        (
            "paragraph",
            "With the help of the Regional Council, the Families Online Network invited "
            "parents to play. The Regional Council launched its plans for the year.",
        ),
    )
    assert "Regional Council" not in initiative_names(extraction)


def test_a_longer_name_in_the_lead_is_not_the_titles_subject() -> None:
    extraction = extract_blocks(
        ("title", "Safe Play programmes for schools"),
        ("paragraph", "Safe Play Plus was established in 2019 for primary schools."),
    )
    assert "Safe Play" not in initiative_names(extraction)
    # A launch verb before the name would confirm "Safe Play" but for the capital after it.
    launched = extract_blocks(
        ("title", "Safe Play programmes for schools"),
        ("paragraph", "The ministry launched Safe Play Plus for primary schools in 2019."),
    )
    assert initiative_names(launched) == []


def test_the_titles_short_spelling_is_a_mention_of_the_long_name() -> None:
    extraction = extract_blocks(
        ("title", "KO:DE \u2013 A European hub on data and young people"),
        (
            "paragraph",
            "KO:DE \u2013 Kids Online: Data and Ethics is a two-year project funded by the "
            "European Commission. KO:DE runs from 1 February 2021 until 31 January 2023.",
        ),
    )
    (initiative,) = extraction.initiatives
    assert "KO:DE" in initiative.aliases
    assert initiative.launched == "2021-02-01"


def test_a_titles_subject_the_lead_calls_a_body_is_no_initiative() -> None:
    """As for proper titles: a name said to be an organisation or a network is a body,
    whatever the lead also says of its founding."""
    extraction = extract_blocks(
        ("title", "Portugal: Safe Play Lisboa carries on without its first sponsor"),
        (
            "paragraph",
            "Safe Play Lisboa, the charity network that trains parents in online safety, will "
            "carry on with fewer sponsors. It was founded in 2012.",
        ),
    )
    assert initiative_names(extraction) == []


def test_an_owners_acronym_heading_the_title_stays_in_the_name() -> None:
    extraction = extract_blocks(
        ("title", "WHO Guidance on Screens in the Early Years"),
        (
            "paragraph",
            "On 2 April 2024, the World Health Organization (WHO) adopted a Guidance on Screens "
            "in the Early Years. It replaces earlier advice.",
        ),
    )
    (initiative,) = extraction.initiatives
    assert initiative.name == "WHO Guidance on Screens in the Early Years"
    assert initiative.launched == "2024-04-02"


def test_the_titles_short_name_bracketed_after_its_long_form_in_the_lead() -> None:
    extraction = extract_blocks(
        ("title", "kidSAFE study kicks off in Ghent"),
        (
            "paragraph",
            "Kids Safety Evidence (kidSAFE), a new research project on online risks, was "
            "launched with a meeting in Ghent on 3 March 2021.",
        ),
        ("paragraph", "kidSAFE will survey 5,000 children in four countries."),
    )
    assert initiative_names(extraction) == ["kidSAFE"]
    assert extraction.initiatives[0].aliases == ["Kids Safety Evidence"]


def test_a_teaser_names_a_lower_case_brand_after_its_initiative_noun() -> None:
    extraction = extract_blocks(
        ("title", "Research"),
        ("paragraph", "Below you will find articles about research projects and their findings."),
        ("heading", "kidSAFE study kicks off in Ghent"),
        (
            "paragraph",
            "The Horizon Europe project kidSAFE held its first meeting in Ghent on 3 March 2021. "
            "Over 36 months it will study how children meet online risks.",
        ),
    )
    assert initiative_names(extraction) == ["kidSAFE"]


def test_a_proper_name_inside_the_title_defined_by_the_lead_is_the_topic() -> None:
    extraction = extract_blocks(
        ("title", "Register for the PONDA Frog safety course!"),
        ("paragraph", "Registration is open for the new course on frogs and ponds."),
        (
            "paragraph",
            "PONDA (Pond Observation and Network Data for Amphibians) is a two-year project.",
        ),
    )
    assert initiative_names(extraction) == ["PONDA"]


def test_a_title_may_define_a_name_it_holds_by_an_apposition() -> None:
    extraction = extract_blocks(
        ("title", "Towns to unveil PONDWATCH, a new tool to help schools map ponds"),
        ("paragraph", "On 25 October the towns will present the tool to teachers."),
    )
    assert initiative_names(extraction) == ["PONDWATCH"]


def test_an_apposition_may_open_with_a_capitalised_compound_modifier() -> None:
    extraction = extract_blocks(
        ("title", "LAKEMAP kicks off to study pond life"),
        (
            "paragraph",
            "In March 2030, Lake University hosted the kick-off of LAKEMAP, an EU-funded "
            "research project on pond life.",
        ),
    )
    assert initiative_names(extraction) == ["LAKEMAP"]


def test_a_colon_ends_the_titles_name() -> None:
    extraction = extract_blocks(
        ("title", "The Pond We Want: a new handbook for teenagers"),
        ("paragraph", "Pupils promoted The Pond We Want, an educational handbook for teenagers."),
    )
    assert initiative_names(extraction) == ["The Pond We Want"]


def test_the_end_of_a_longer_name_or_a_month_in_the_title_is_no_topic() -> None:
    extraction = extract_blocks(
        ("title", "Safety by Pond principles published on 11 January"),
        (
            "paragraph",
            "Pond (SbP) is an initiative of the towns. From 11 January, the new principles apply.",
        ),
    )
    assert initiative_names(extraction) == []  # not "Pond", not "January"


def test_a_name_inside_the_title_defined_as_no_initiative_is_no_topic() -> None:
    extraction = extract_blocks(
        ("title", "Guide to online apps: Pondo"),
        ("paragraph", "Pondo is a social networking app for chatting about ponds."),
    )
    assert initiative_names(extraction) == []


def test_a_name_before_the_title_s_colon_that_is_no_place_is_the_topic() -> None:
    extraction = extract_blocks(
        ("title", "Pondex: EU-funded safety tech to map ponds"),
        ("paragraph", "A two-year project will map every pond of the region."),
        ("paragraph", "Pondex, a project funded by ten towns, starts in March 2031."),
    )
    assert initiative_names(extraction) == ["Pondex"]


@pytest.mark.parametrize(
    ("title", "lead", "name"),
    [
        (
            "3FROGS \u2013 Finding Reptiles, Otters and Green Ponds",
            "3FROGS (Finding Reptiles, Otters and Green Ponds) is a European project run by "
            "ten towns.",
            "3FROGS",
        ),
        (
            "5Ponds turns two",
            "5Ponds, a free service that lets keepers map ponds, turned two in May 2031.",
            "5Ponds",
        ),
    ],
)
def test_a_name_may_open_with_digits_before_its_capitals(title: str, lead: str, name: str) -> None:
    extraction = extract_blocks(("title", title), ("paragraph", lead))
    assert initiative_names(extraction) == [name]


def test_a_number_opening_the_title_is_no_name() -> None:
    assert _name_run(["2031", "Pond", "Watch", "report"]) == ""
    assert _name_run(["10th", "Pond", "Day"]) == ""


def test_a_names_own_number_after_its_capitals_goes_on_with_it() -> None:
    assert _name_run(["Pond", "Scams", "2.0:", "fresh", "advice"]) == "Pond Scams 2.0"
    assert _name_run(["HELP", "113", "II", "project"]) == "HELP 113 II"
    assert _name_run(["Pond", "Day", "2031"]) == "Pond Day"  # a year: an edition
    assert _name_run(["Pond", "of", "12", "keepers"]) == "Pond"  # after a connector: a count


@pytest.mark.parametrize(
    ("title", "lead", "name"),
    [
        (
            "Pond Scams 2.0: fresh advice for keepers",
            "On 9 May 2031 two keepers' clubs launched Pond Scams 2.0, an updated version of "
            "the awareness campaign they first ran in 2028.",
            "Pond Scams 2.0",
        ),
        (
            # the body writes the name without the edition's number: the name is the body's
            "FROGWATCH 7: 300 ponds checked in the largest action so far",
            "The seventh Frog Watch Action ran in 27 ponds. FROGWATCH was set up in 2026 by "
            "three clubs.",
            "FROGWATCH",
        ),
        (
            # the edition's number inside the title's run of capitals
            "FROGWATCH 7 Results: 300 ponds checked",
            "The seventh Frog Watch Action ran in 27 ponds. FROGWATCH was set up in 2026 by "
            "three clubs.",
            "FROGWATCH",
        ),
    ],
)
def test_a_titles_name_keeps_its_own_number(title: str, lead: str, name: str) -> None:
    extraction = extract_blocks(("title", title), ("paragraph", lead))
    assert initiative_names(extraction) == [name]


def test_a_kind_noun_alone_opening_the_title_is_no_topic() -> None:
    extraction = extract_blocks(
        ("title", "Council calls for stronger protection of frogs from unsafe ponds"),
        (
            "paragraph",
            "On 29 June 2031, the Council of the Pond Union adopted Council conclusions on "
            "keeping ponds safe for children and young people.",
        ),
        ("heading", "What the Council asks for"),
        ("paragraph", "The conclusions invite the towns to take measures:"),
        *items(1, "fence every pond", "report every frog"),
    )
    assert "Council" not in initiative_names(extraction)


def test_the_initiative_noun_after_a_name_defines_it() -> None:
    extraction = extract_blocks(
        ("title", "LAKEMAP: software that finds lost frogs"),
        ("paragraph", "A programme of ten towns has built software for finding frogs."),
        ("paragraph", "The LAKEMAP project, which ran from June 2031 to May 2033, helped them."),
    )
    assert initiative_names(extraction) == ["LAKEMAP"]


def test_a_word_between_an_indefinite_article_and_the_initiative_noun_names_nothing() -> None:
    # "A Nordic project led by ...": a project described by its region, not named
    extraction = extract_blocks(
        ("title", "Nordic co-operation on safer ponds for children"),
        ("paragraph", "A Nordic project led by the Pond Centre gathers research on ponds."),
    )
    assert initiative_names(extraction) == []
    extraction = extract_blocks(
        ("title", "Erasmus co-operation on safer ponds for children"),
        ("paragraph", "An Erasmus project led by the Pond Centre gathers research on ponds."),
    )
    assert initiative_names(extraction) == []


def test_a_modifier_or_an_owner_opening_the_title_is_not_part_of_the_name() -> None:
    extraction = extract_blocks(
        ("title", "EU-funded Pondex project to map ponds"),
        ("paragraph", "Pondex, a project funded by ten towns, starts in March 2031."),
    )
    assert initiative_names(extraction) == ["Pondex"]
    extraction = extract_blocks(
        ("title", "Lake Trust's Frog Watch campaign wins a new law"),
        ("paragraph", "Frog Watch, a campaign of the Lake Trust, ran from 2028 to 2031."),
    )
    assert initiative_names(extraction) == ["Frog Watch"]


def test_a_name_that_opens_with_a_possessive_or_a_compound_keeps_it() -> None:
    extraction = extract_blocks(
        ("title", "Children's Pond Champion turns three"),
        (
            "paragraph",
            "Children's Pond Champion, a free service that answers pond questions, turned three.",
        ),
    )
    assert initiative_names(extraction) == ["Children's Pond Champion"]
    extraction = extract_blocks(
        ("title", "Anti-bullying Pals turns three"),
        ("paragraph", "Anti-bullying Pals, a free service for pupils, turned three in May 2031."),
    )
    assert initiative_names(extraction) == ["Anti-bullying Pals"]


def test_a_publisher_before_the_title_s_colon_is_no_topic_for_its_noun_alone() -> None:
    extraction = extract_blocks(
        ("title", "UNICEF: Children ask leaders to act on frogs"),
        ("paragraph", "The UNICEF campaign against frog loss asks leaders to act."),
    )
    assert initiative_names(extraction) == []


def test_a_noun_that_starts_a_hyphenated_word_defines_nothing() -> None:
    topic = _lead_defined_topic(
        ("title", "LAKEMAP: pond lessons for schools"),
        ("paragraph", "The LAKEMAP project-based learning kit helps schools teach about ponds."),
    )
    assert topic is None


def test_an_acronym_s_or_a_place_s_possessive_before_a_title_s_name_is_its_owner() -> None:
    for owner in ("PONDAID's", "France's"):
        extraction = extract_blocks(
            ("title", f"{owner} Pondwatch campaign wins a new law"),
            ("paragraph", "Pondwatch, a campaign for cleaner ponds, ran from 2028 to 2031."),
        )
        assert initiative_names(extraction) == ["Pondwatch"]


def test_a_place_before_the_title_s_colon_is_never_the_topic() -> None:
    for title in ("France: new rules for ponds", "France: New rules for ponds"):
        extraction = extract_blocks(
            ("title", title),
            ("paragraph", "France, a project of ten towns, maps ponds from 2028."),
        )
        assert initiative_names(extraction) == []


def test_a_name_that_opens_the_lead_and_begins_without_an_object_is_the_topic() -> None:
    extraction = extract_blocks(
        ("title", "Phone Free Youth: parents agree to wait together"),
        (
            "paragraph",
            "Phone Free Youth (PFY) kicked off quietly in Ghent in March 2023, when a few "
            "parents compared notes at the school gate.",
        ),
    )
    assert initiative_names(extraction) == ["Phone Free Youth"]
    assert extraction.initiatives[0].launched == "2023-03"


def test_a_launcher_before_its_object_is_not_a_name_that_began() -> None:
    extraction = extract_blocks(
        ("title", "Lumen Trust: a new helpdesk for schools"),
        ("paragraph", "Lumen Trust started the helpdesk in May 2022 with two volunteers."),
    )
    assert initiative_names(extraction) == []


def test_a_name_defined_beyond_a_list_only_draft_wins_it() -> None:
    # The title's proper name would stand only with a list; the third paragraph defines it.
    extraction = extract_blocks(
        ("title", "KIDSHIELD: software that spots new abuse images on file-sharing networks"),
        ("paragraph", "A research team funded by the EU has built a detection toolkit."),
        ("paragraph", "Investigators cannot review the files by hand. There are too many."),
        (
            "paragraph",
            "The KIDSHIELD project, which ran from June 2011 to November 2013, set out to "
            "change this.",
        ),
    )
    (initiative,) = extraction.initiatives
    assert initiative.name == "KIDSHIELD"
    assert (initiative.launched, initiative.ended, initiative.status) == (
        "2011-06",
        "2013-11",
        "ended",
    )


def test_a_launched_name_the_lead_writes_in_full_takes_the_full_name() -> None:
    extraction = extract_blocks(
        ("title", "Council launches Action Plan to help frogs recover"),
        (
            "paragraph",
            "The Council today launched an Action Plan to help frogs recover. The Pond and "
            "Wetland Action Plan focuses on three areas.",
        ),
        ("paragraph", "It follows the Garden Birds Action Plan of 2019."),
    )
    (initiative,) = extraction.initiatives
    assert initiative.name == "Pond and Wetland Action Plan"
    assert initiative.aliases == ["Action Plan"]


def test_a_plan_the_lead_cites_before_the_launch_is_not_the_launched_ones_full_name() -> None:
    extraction = extract_blocks(
        ("title", "Council launches Action Plan to help frogs recover"),
        (
            "paragraph",
            "Building on the Garden Birds Action Plan, the Council today launched an Action Plan "
            "to help frogs recover.",
        ),
    )
    assert initiative_names(extraction) == ["Action Plan"]


def test_a_definition_may_open_with_a_proper_adjective() -> None:
    extraction = extract_blocks(
        ("title", "Netherlands: Lilywatch rating system for garden ponds"),
        (
            "paragraph",
            "Lilywatch is the Dutch system that gives age advice for garden ponds. It is run by "
            "a foundation of pond builders.",
        ),
    )
    assert initiative_names(extraction) == ["Lilywatch"]


def test_a_titles_name_that_the_prose_writes_with_a_coordinated_noun_takes_it() -> None:
    extraction = extract_blocks(
        ("title", "Pond industry publishes principles on paid frog food"),
        (
            "paragraph",
            "On 18 July 2023 the Pond Guild published the Principles and guidance on paid frog "
            "food (the Principles), which its members follow.",
        ),
        ("heading", "Key principles"),
        *items(4, "Feed frogs only what they need", "Label every tin of frog food"),
    )
    (initiative,) = extraction.initiatives
    assert initiative.name == "Principles and guidance on paid frog food"


def test_a_name_that_opens_the_lead_with_its_run_is_defined_by_it() -> None:
    extraction = extract_blocks(
        ("title", "FROGNET: understanding why frogs leave ponds"),
        ("paragraph", "A research project on frogs and the ponds they leave."),
        (
            "paragraph",
            "FROGNET ran from 1 May 2020 to 30 April 2023. Its research informs pond policy.",
        ),
    )
    (initiative,) = extraction.initiatives
    assert (initiative.name, initiative.launched, initiative.ended, initiative.status) == (
        "FROGNET",
        "2020-05-01",
        "2023-04-30",
        "ended",
    )


def test_an_initiative_noun_in_apposition_before_the_name_defines_it() -> None:
    extraction = extract_blocks(
        ("title", "Lily Safe: world's first pond accreditation scheme launches in Pondland"),
        (
            "paragraph",
            "A new accreditation scheme, Lily Safe, was launched in Pondland on 17 July 2014 "
            "to keep frogs away from polluted ponds.",
        ),
    )
    (initiative,) = extraction.initiatives
    assert (initiative.name, initiative.launched) == ("Lily Safe", "2014-07-17")
    # Without a launch verb, the apposition alone defines it.
    topic = _lead_defined_topic(
        ("title", "Lily Safe: a pond accreditation"),
        ("paragraph", "A new accreditation scheme, Lily Safe, helps frogs in Pondland."),
    )
    assert topic == "Lily Safe"


def test_a_prose_name_that_adds_words_other_than_a_coordinated_noun_is_another_name() -> None:
    extraction = extract_blocks(
        ("title", "Pond industry publishes principles on paid frog food"),
        (
            "paragraph",
            "On 18 July 2023 the Pond Guild published the principles on paid frog food. They "
            "follow the Principles of good practice on paid frog food of 2019.",
        ),
        ("heading", "Key principles"),
        *items(4, "Feed frogs only what they need", "Label every tin of frog food"),
    )
    assert [(i.name, i.aliases) for i in extraction.initiatives] == [
        ("Principles on paid frog food", [])
    ]


def test_a_run_told_of_a_body_named_before_an_initiative_noun_is_not_the_initiatives() -> None:
    extraction = extract_blocks(
        ("title", "KIDSHIELD: software that spots new abuse images on file-sharing networks"),
        ("paragraph", "A research team funded by the EU has built a detection toolkit."),
        ("paragraph", "Investigators cannot review the files by hand. There are too many."),
        ("paragraph", "The KIDSHIELD project set out to change this in June 2011."),
        (
            "paragraph",
            "The KIDSHIELD team, which ran from June 2009 to November 2010, built its first tools.",
        ),
    )
    (initiative,) = extraction.initiatives
    assert (initiative.name, initiative.ended) == ("KIDSHIELD", None)


@pytest.mark.parametrize("verb", ["started", "began", "quietly began", "starts", "begins"])
def test_a_name_that_opens_the_lead_begins_with_any_verb_of_beginning(verb: str) -> None:
    extraction = extract_blocks(
        ("title", "Phone Free Youth: parents agree to wait together"),
        ("paragraph", f"Phone Free Youth (PFY) {verb} in Ghent in March 2023, among parents."),
    )
    assert initiative_names(extraction) == ["Phone Free Youth"]


def test_a_name_that_opens_the_lead_may_begin_on_a_day() -> None:
    extraction = extract_blocks(
        ("title", "PONDSAFE: a project against frog trafficking"),
        ("paragraph", "PONDSAFE started on 1 December 2021 for a period of 36 months."),
    )
    (initiative,) = extraction.initiatives
    assert (initiative.name, initiative.launched) == ("PONDSAFE", "2021-12-01")


def test_a_name_that_begins_inside_the_sentence_is_not_defined_by_it() -> None:
    topic = _lead_defined_topic(
        ("title", "Phone Free Youth: parents agree to wait together"),
        ("paragraph", "Parents say that Phone Free Youth began in Ghent in March 2023."),
    )
    assert topic is None


def test_the_launch_of_a_name_in_the_title_makes_it_the_topic() -> None:
    extraction = extract_blocks(
        ("title", "Commission welcomes the launch of the Pond Newsroom"),
        (
            "paragraph",
            "Brussels, 6 September 2031 \u2013 The Pond Newsroom, a joint newsroom of pond "
            "agencies, was officially launched today.",
        ),
    )
    (initiative,) = extraction.initiatives
    assert (initiative.name, initiative.launched) == ("Pond Newsroom", "2031-09-06")


@pytest.mark.parametrize("heading", ["From project to network", "A pan-European campaign"])
def test_a_heading_that_opens_with_no_name_names_no_section_topic(heading: str) -> None:
    extraction = extract_blocks(
        ("title", "Pond Keepers Network"),
        ("paragraph", "The Pond Keepers Network was set up in 2012 by ten pond keepers."),
        ("heading", heading),
        (
            "paragraph",
            "From 2012 to 2015, the network was launched as a project to share pond practice.",
        ),
    )
    assert initiative_names(extraction) == ["Pond Keepers Network"]


@pytest.mark.parametrize(
    "prose_name",
    [
        "Codes and principles on paid frog food",  # another first word
        "Principles of practice on paid frog food",  # no coordinated noun
    ],
)
def test_a_prose_name_that_changes_more_than_a_coordinated_noun_is_not_the_titles(
    prose_name: str,
) -> None:
    extraction = extract_blocks(
        ("title", "Pond industry publishes principles on paid frog food"),
        ("paragraph", f"On 18 July 2023 the Pond Guild published the {prose_name}."),
        ("heading", "Key principles"),
        *items(4, "Feed frogs only what they need", "Label every tin of frog food"),
    )
    assert extraction.initiatives[0].name == "Principles on paid frog food"


def test_a_name_followed_by_that_ran_tells_its_run() -> None:
    extraction = extract_blocks(
        ("title", "LAKEMAP: a map of safe lakes for children"),
        ("paragraph", "The LAKEMAP project, which maps safe lakes, was set up by ten towns."),
        ("paragraph", "Towns praise LAKEMAP that ran from June 2031 to May 2033."),
    )
    (initiative,) = extraction.initiatives
    assert (initiative.launched, initiative.ended, initiative.status) == (
        "2031-06",
        "2033-05",
        "ended",
    )


def test_a_plural_possessive_inside_a_titles_name_is_part_of_it() -> None:
    # "Children's" is an attribute of the name, not its owner ("NSPCC's Flaw in the Law")
    words = ["Pondland", "Children's", "Participation", "Platform", "opens", "to", "schools"]
    assert _name_run(words) == "Pondland Children's Participation Platform"


def test_a_common_noun_written_as_an_acronym_is_no_name_in_the_title() -> None:
    topic = _lead_defined_topic(
        ("title", "Pond programme: Lakeland - NGO Pond Watch Centre"),
        ("paragraph", 'In 2030 the team founded the NGO "Pond Watch Centre" for ponds.'),
    )
    assert topic is None


def test_a_country_inside_the_title_names_no_initiative() -> None:
    extraction = extract_blocks(
        ("title", "Pond rules: how Belgium, the Netherlands and Spain have responded"),
        (
            "paragraph",
            "Pond rules differ across Europe. This page sums up two national approaches.",
        ),
        ("heading", "Belgium: ponds treated as lakes"),
        ("paragraph", "Belgium, a founding member of the Pond Union, set up its rules in 2031."),
    )
    assert "Belgium" not in initiative_names(extraction)


def test_an_acronym_of_lower_case_words_inside_the_subject_is_not_what_the_lead_defines() -> None:
    # "(IPR)" abbreviates "intellectual property rights", a common noun inside the subject:
    # the memorandum is what "is a voluntary agreement", not the IPR.
    extraction = extract_blocks(
        ("title", "Memorandum of understanding on frog trading and IPR"),
        (
            "paragraph",
            "The Memorandum of understanding (MoU) on frog trading and intellectual property "
            "rights (IPR) is a voluntary agreement to keep counterfeit frogs off marketplaces.",
        ),
        ("heading", "Commitments of the signatories"),
        ("paragraph", "Under the MoU, the signatories commit:"),
        *items(1, "to remove offers of counterfeit frogs", "to report repeat sellers"),
    )
    (memorandum,) = extraction.initiatives
    assert memorandum.name == "Memorandum of understanding on frog trading and IPR"
    assert len(memorandum.actions) == 2


def test_an_acronym_after_a_capitalised_long_form_is_still_the_defined_name() -> None:
    # control: "Frog Safety Evidence (frogSAFE), a new research project": the short name
    extraction = extract_blocks(
        ("title", "frogSAFE"),
        (
            "paragraph",
            "Frog Safety Evidence (frogSAFE) is a research project on how frogs use ponds.",
        ),
    )
    assert initiative_names(extraction) == ["frogSAFE"]


@pytest.mark.parametrize(
    ("subject", "acronym"),
    [
        ("information and communication technologies", "ICT"),  # a connector spells nothing
        ("key performance indicators", "KPIs"),  # a plural acronym
    ],
)
def test_a_common_nouns_acronym_of_any_shape_inside_the_subject_is_not_defined(
    subject: str, acronym: str
) -> None:
    extraction = extract_blocks(
        ("title", f"Memorandum of understanding on frog trading and {acronym}"),
        (
            "paragraph",
            f"The Memorandum of understanding (MoU) on frog trading and {subject} "
            f"({acronym}) is a voluntary agreement to keep counterfeit frogs off marketplaces.",
        ),
    )
    assert acronym not in initiative_names(extraction)


def test_an_acronym_of_lower_case_words_that_are_the_whole_subject_is_defined() -> None:
    # control: nothing before "frog safety code" but the article: the code is the subject
    extraction = extract_blocks(
        ("title", "FSC"),
        ("paragraph", "The frog safety code (FSC) is a set of binding rules for pond owners."),
    )
    assert initiative_names(extraction) == ["FSC"]
