"""What a page is about when its title names no initiative: the one its introduction names and
its body takes up by kind (`extractors.extract.lead`). Every page here is written for the test."""

from __future__ import annotations

import pytest

from tests.extractors.extract_documents import extract_blocks, initiative_names, items


def test_the_introductions_one_named_initiative_taken_up_by_its_kind_is_described() -> None:
    extraction = extract_blocks(
        ("title", "Parents' groups and online gaming"),
        (
            "paragraph",
            "Parents have long asked for safer games. Across Europe, many of their groups meet "
            "in the Nordic Parents Alliance for Fair Play Online (NPAFPO), a network of 12 "
            "associations.",
        ),
        ("paragraph", "The alliance was set up in 2015 with support from several ministries."),
    )
    names = initiative_names(extraction)
    assert names == ["Nordic Parents Alliance for Fair Play Online"]


def test_a_named_initiative_the_body_never_takes_up_is_only_mentioned() -> None:
    extraction = extract_blocks(
        ("title", "Parents' groups and online gaming"),
        (
            "paragraph",
            "Across Europe, many parents' groups meet in the Nordic Parents Alliance for Fair "
            "Play Online, a network of 12 associations.",
        ),
        ("paragraph", "Their members share advice on game settings and spending limits."),
    )
    assert extraction.initiatives == []


def test_a_heading_of_a_bodys_name_and_acronym_heads_its_section() -> None:
    extraction = extract_blocks(
        ("title", "Fraud | Consumer affairs"),
        ("paragraph", "Online fraud costs households more every year."),
        ("heading", "Nordic Fraud Centre (NFC)"),
        ("paragraph", "Since 2019 the Nordic Fraud Centre (NFC) has pooled police expertise."),
    )
    assert initiative_names(extraction) == ["Nordic Fraud Centre (NFC)"]


def test_a_body_that_acts_under_a_heading_without_acronym_is_not_an_initiative() -> None:
    extraction = extract_blocks(
        ("title", "Fraud | Consumer affairs"),
        ("heading", "Nordic Research Centre"),
        ("paragraph", "The Nordic Research Centre published figures on online fraud."),
    )
    assert extraction.initiatives == []


def test_a_new_body_introduced_with_its_acronym_is_being_set_up() -> None:
    extraction = extract_blocks(
        ("title", "Region's new Fraud Centre opens on 3 May"),
        (
            "paragraph",
            "From 3 May, the new Nordic Fraud Centre (NFC) will help protect shoppers against "
            "online fraud.",
        ),
        ("paragraph", "The Centre starts with a team of 20 people."),
    )
    assert initiative_names(extraction) == ["Nordic Fraud Centre"]


@pytest.mark.parametrize("verb", ["will set up", "establishes"])
def test_a_body_a_page_says_will_be_set_up_with_its_acronym_is_an_initiative(verb: str) -> None:
    extraction = extract_blocks(
        ("title", "Action 12: Analyse the usefulness of creating a Nordic fraud centre"),
        (
            "paragraph",
            f"Following a study, the Commission {verb} the Nordic Fraud Centre (NFC) within "
            "the police office. The centre will support Member States, in particular by:",
        ),
        *items(1, "providing operational support;", "becoming an information hub."),
    )
    assert initiative_names(extraction) == ["Nordic Fraud Centre"]


def test_a_body_that_is_not_new_is_only_named() -> None:
    extraction = extract_blocks(
        ("title", "Researchers publish fraud figures"),
        ("paragraph", "The Nordic Research Centre (NRC) published figures on online fraud."),
    )
    assert extraction.initiatives == []


def test_a_hashtag_in_apposition_to_a_campaign_names_it() -> None:
    extraction = extract_blocks(
        ("title", "#FairPlay4All: ministers launch campaign against online cheating"),
        (
            "paragraph",
            "Two ministers today launched #FairPlay4All, a campaign to raise awareness of "
            "cheating in online games.",
        ),
    )
    assert initiative_names(extraction) == ["#FairPlay4All"]


def test_a_project_named_in_lower_case_brand_is_taken_up_as_the_project() -> None:
    extraction = extract_blocks(
        ("title", "'Play Fair' - Youth event in Oslo on online cheating"),
        ("paragraph", "New lesson plans on online cheating will be launched in Oslo in May."),
        (
            "paragraph",
            "The lesson plans come from Project eFAIR, which is co-financed by the EU. A Nordic "
            "charity coordinates the project with two universities.",
        ),
    )
    assert initiative_names(extraction) == ["Project eFAIR"]


def test_the_event_a_title_dates_by_is_the_subject_when_the_lead_celebrates_it() -> None:
    extraction = extract_blocks(
        ("title", "Kindness counts… on Safer Internet Day 2031"),
        (
            "paragraph",
            "On Tuesday, 4 February 2031, Safer Internet Day (SID) was celebrated in 150 "
            "countries.",
        ),
        (
            "paragraph",
            "The day was first set up under the Commission's Nordic Online Programme and now "
            "continues under the Digital Links Facility (DLF), which co-funds helplines in the "
            "Member States.",
        ),
    )
    assert initiative_names(extraction) == ["Safer Internet Day"]


def test_a_present_tense_press_lead_names_what_it_presents_before_what_was_signed() -> None:
    extraction = extract_blocks(
        ("title", "A safer Europe: the EU steps up action against online scams"),
        (
            "paragraph",
            "With the holiday season ahead, the EU today presents an Action Plan against Online "
            "Scams. It builds on the Pact on Fair Shopping signed by the online marketplaces.",
        ),
        ("paragraph", "The Action Plan also increases the resources devoted to the issue."),
    )
    assert initiative_names(extraction) == ["Action Plan against Online Scams"]


def test_both_halves_of_a_short_dash_long_name_are_its_spellings() -> None:
    extraction = extract_blocks(
        ("title", "KINDLE \u2013 Kids Network for Digital Learning Everywhere"),
        (
            "paragraph",
            "KINDLE (Kids Network for Digital Learning Everywhere) is an EU-funded project that "
            "helps schools teach online safety. KINDLE is coordinated by a Nordic charity.",
        ),
    )
    (initiative,) = extraction.initiatives
    assert initiative.name == "KINDLE \u2013 Kids Network for Digital Learning Everywhere"
    assert initiative.aliases == ["KINDLE", "Kids Network for Digital Learning Everywhere"]


def test_a_common_noun_subject_set_up_under_a_name_launches_nothing_of_the_lead() -> None:
    """ "The day was first set up under the X Programme and now continues under Y, which
    co-funds Z": a launch sentence whose subject is a common noun (the page's own day) names
    no initiative the page is about; the day the title and lead celebrate stays the topic."""
    extraction = extract_blocks(
        ("title", "Play fair online\u2026 on Safer Internet Day 2030"),
        (
            "paragraph",
            "On Tuesday, 12 February 2030, Safer Internet Day (SID) was marked for the 27th "
            "time in more than 180 countries.",
        ),
        (
            "paragraph",
            "The day was first set up under the Safer Internet Programme and now continues "
            "under the Digital Europe Programme, which co-funds the Safer Internet Centres. "
            "Each year it invites everyone to play fair online.",
        ),
        ("paragraph", "SID is organised by the Insafe network together with INHOPE."),
    )
    assert initiative_names(extraction) == ["Safer Internet Day"]


def test_an_introduced_initiative_the_body_takes_up_by_its_acronym_is_the_topic() -> None:
    extraction = extract_blocks(
        ("title", "Ministers welcome the new priorities for safer games"),
        ("paragraph", "Ministers set five priorities for safer games on 4 May 2031."),
        (
            "paragraph",
            "The priorities will be pursued through the Nordic Multidisciplinary Platform "
            "Against Game Fraud (NMPAGF), in which regulators work together.",
        ),
        ("heading", "Five priorities"),
        *items(1, "Ending loot boxes for children", "Tracing fraudulent studios"),
        ("heading", "Background"),
        ("paragraph", "NMPAGF was first run in 2028. Ministers made it permanent in 2030."),
    )
    assert [(i.name, len(i.actions)) for i in extraction.initiatives] == [
        ("Nordic Multidisciplinary Platform Against Game Fraud", 2)
    ]


def test_an_initiative_the_page_tells_a_launch_of_by_its_proper_name_is_described() -> None:
    extraction = extract_blocks(
        ("title", "Game regulators hold their first annual meeting"),
        ("paragraph", "The Nordic Game Regulators Network met in Oslo on 4 May 2031."),
        (
            "paragraph",
            "The Network formally launched a Technology Working Group, which will study "
            "loot boxes. It would also set up a Fraud Observatory if members agree, and it "
            "set up a network of helplines.",
        ),
    )
    names = initiative_names(extraction)
    assert "Technology Working Group" in names
    assert not any("Observatory" in name or "helplines" in name for name in names)


def test_the_initiative_an_introduction_makes_its_subject_is_the_topic() -> None:
    extraction = extract_blocks(
        ("title", "A Europe that plays fair: ministers reinforce the response to cheating"),
        ("paragraph", "Ministers are today recommending a set of measures against cheating."),
        (
            "paragraph",
            "The Recommendation on measures to tackle online cheating covers every form of "
            "cheating. It builds on the Nordic Games Forum and the Code of Conduct "
            "on Fair Play.",
        ),
        ("heading", "Measures for all games"),
        *items(1, "Clear reporting buttons in every game", "Fast review of reports"),
    )
    assert [(i.name, len(i.actions)) for i in extraction.initiatives] == [
        ("Recommendation on measures to tackle online cheating", 2)
    ]


def test_an_initiative_the_introduction_names_and_a_later_the_sentence_opens_is_the_topic() -> None:
    extraction = extract_blocks(
        ("title", "Young people's voice in pond policy"),
        (
            "paragraph",
            "Young people know ponds best. The Nordic Pond Dialogue aims to close the gap "
            "between them and the people who decide.",
        ),
        ("heading", "How it works"),
        ("paragraph", "The Nordic Pond Dialogue runs in 18-month work cycles."),
    )
    assert initiative_names(extraction) == ["Nordic Pond Dialogue"]


@pytest.mark.parametrize("verb", ["sign", "join", "endorse", "sign up to"])
def test_a_lead_that_invites_others_to_sign_an_initiative_is_about_it(verb: str) -> None:
    extraction = extract_blocks(
        ("title", "Vote for ponds: candidates invited to become Pond Champions"),
        (
            "paragraph",
            "Towns will elect new councils in May 2031. A coalition of frog charities is asking "
            f"every candidate to {verb} the Pond Rights Manifesto before the vote.",
        ),
        ("heading", "Building on 2029", {"level": 2}),
        ("paragraph", "The Manifesto is not new. It was first launched on 20 November 2029."),
        ("heading", "What candidates are asked to do", {"level": 2}),
        ("paragraph", "By signing, candidates commit to:"),
        *items(1, "Cleaning every pond once a year", "Counting frogs each spring"),
    )
    assert [i.name for i in extraction.initiatives] == ["Pond Rights Manifesto"]
    assert [a.text for a in extraction.initiatives[0].actions] == [
        "Cleaning every pond once a year",
        "Counting frogs each spring",
    ]


def test_an_invitation_that_opens_its_sentence_is_read() -> None:
    # "To sign ..." at a sentence's start: the quick "to" check is in any case.
    extraction = extract_blocks(
        ("title", "Vote for ponds: candidates invited to become Pond Champions"),
        (
            "paragraph",
            "Towns will elect new councils in May 2031. To sign the Pond Rights Manifesto, "
            "candidates visit the frog charities' site before the vote.",
        ),
        ("heading", "What candidates are asked to do", {"level": 2}),
        ("paragraph", "By signing, candidates commit to:"),
        *items(1, "Cleaning every pond once a year", "Counting frogs each spring"),
    )
    assert [i.name for i in extraction.initiatives] == ["Pond Rights Manifesto"]


def test_a_lead_that_tells_of_a_refusal_to_sign_is_no_invitation() -> None:
    extraction = extract_blocks(
        ("title", "Vote for ponds: candidates and the frogs"),
        (
            "paragraph",
            "Towns will elect new councils in May 2031. Two candidates refused to sign the Pond "
            "Rights Manifesto, which asks for cleaner ponds.",
        ),
    )
    assert extraction.initiatives == []


def test_a_lead_that_asks_not_to_sign_is_no_invitation() -> None:
    extraction = extract_blocks(
        ("title", "Vote for ponds: candidates and the frogs"),
        (
            "paragraph",
            "Towns will elect new councils in May 2031. Frog charities urged candidates not to "
            "sign the Pond Rights Manifesto, which asks for nothing new.",
        ),
    )
    assert extraction.initiatives == []


def test_a_launch_told_of_what_its_refers_back_to_leaves_the_lead_to_the_text_taken_up() -> None:
    # "Decree ... set the date of its entry into force": the entry into force is the law's;
    # the decree named in that sentence is not what the page is about.
    extraction = extract_blocks(
        ("title", "Lakeland: protecting frogs from online traders"),
        (
            "paragraph",
            "Law No 2031-300 of 2 March 2031 aimed at protecting frogs from online traders "
            "requires marketplaces to check every seller. Decree No 2031-1212 of 2 September "
            "2031 set the date of its entry into force.",
        ),
        ("paragraph", "The law seeks to make frog sales easier to trace."),
        ("heading", "Main provisions"),
        *items(1, "Marketplaces must check every seller", "Sellers must register each frog"),
    )
    (law,) = extraction.initiatives
    assert law.name == (
        "Law No 2031-300 of 2 March 2031 aimed at protecting frogs from online traders"
    )
    assert [action.text for action in law.actions] == [
        "Marketplaces must check every seller",
        "Sellers must register each frog",
    ]
    assert "Decree No 2031-1212 of 2 September 2031" in extraction.mentioned


@pytest.mark.parametrize("possessive", ["", "the "])
def test_a_launch_cue_of_a_named_text_still_makes_it_the_leads_subject(possessive: str) -> None:
    # control: without "its", the decree the sentence names is what it launches
    extraction = extract_blocks(
        ("title", "Lakeland: protecting frogs from online traders"),
        (
            "paragraph",
            f"Decree No 2031-1212 of 2 September 2031 marks {possessive}entry into force of new "
            "rules for frog sellers.",
        ),
        ("paragraph", "The decree applies to every marketplace."),
    )
    assert initiative_names(extraction) == ["Decree No 2031-1212 of 2 September 2031"]


@pytest.mark.parametrize("taken_up", ["The law seeks", "The Law seeks"])
def test_of_two_texts_opening_the_lead_the_one_taken_up_in_either_case_is_the_pages(
    taken_up: str,
) -> None:
    extraction = extract_blocks(
        ("title", "Lakeland: protecting frogs from online traders"),
        (
            "paragraph",
            "Law No 2031-300 of 2 March 2031 on frog sales obliges marketplaces to check "
            "every seller. Decree No 2031-1212 of 2 September 2031 sets the date of their "
            "entry into force.",
        ),
        ("paragraph", f"{taken_up} to make frog sales easier to trace."),
    )
    assert initiative_names(extraction) == ["Law No 2031-300 of 2 March 2031 on frog sales"]


@pytest.mark.parametrize(
    "lead",
    [
        "Since its launch in March 2031, the Frog Safety Alliance has brought together 12 "
        "pond owners.",
        "The Frog Safety Alliance celebrated its launch in Brussels on 6 March 2031.",
    ],
)
def test_a_launch_told_with_its_of_the_named_initiative_itself_makes_it_the_subject(
    lead: str,
) -> None:
    # only "of its" (a launch inside another noun's complement) tells of something else
    extraction = extract_blocks(
        ("title", "Frogs online: a year of progress"),
        ("paragraph", lead),
        ("paragraph", "Its members share advice on pond safety."),
    )
    assert initiative_names(extraction) == ["Frog Safety Alliance"]


def test_a_hyphenated_kind_taken_up_by_the_body_is_the_pages_text() -> None:
    extraction = extract_blocks(
        ("title", "Lakeland: protecting frogs from online traders"),
        (
            "paragraph",
            "Decree-Law No 2031-300 of 2 March 2031 on frog sales obliges marketplaces to "
            "check every seller. Decree No 2031-1212 of 2 September 2031 sets the date of "
            "their entry into force.",
        ),
        ("paragraph", "The Decree-Law seeks to make frog sales easier to trace."),
    )
    assert initiative_names(extraction) == ["Decree-Law No 2031-300 of 2 March 2031 on frog sales"]


def test_of_two_introduced_names_the_one_a_later_sentence_opens_with_by_kind_is_described() -> None:
    extraction = extract_blocks(
        ("title", "Commission welcomes agreement on new rules for safer ponds"),
        (
            "paragraph",
            "The Commission welcomes the agreement reached today on its March 2030 proposal "
            "for a Directive on fencing ponds near schools.",
        ),
        (
            "paragraph",
            "The Directive is a first: it follows up on the Pond Charter of the ministers of "
            "water.",
        ),
        ("heading", "Next steps"),
        ("paragraph", "Member States will have two years to transpose the new rules."),
    )
    assert initiative_names(extraction) == ["Directive on fencing ponds near schools"]
    assert extraction.mentioned == ["Pond Charter of the ministers of water"]


def test_a_later_sentence_opening_with_a_kind_two_introduced_names_share_picks_neither() -> None:
    extraction = extract_blocks(
        ("title", "Commission welcomes agreement on new rules for safer ponds"),
        (
            "paragraph",
            "The Commission welcomes the agreement on its proposals for a Directive on fencing "
            "ponds near schools and for a Directive on lighting school ponds.",
        ),
        ("paragraph", "The Directive is a first."),
        ("heading", "Next steps"),
        ("paragraph", "Member States will have two years to transpose the new rules."),
    )
    assert extraction.initiatives == []


def test_a_lower_case_kind_opening_a_sentence_takes_up_no_name() -> None:
    # "The strategy" may be any strategy; "The Strategy" would be the named one's short form.
    extraction = extract_blocks(
        ("title", "Commission welcomes agreement on new rules for safer ponds"),
        (
            "paragraph",
            "The Commission welcomes the agreement on the Directive on fencing ponds near "
            "schools, which builds on the Pond Safety Strategy.",
        ),
        ("paragraph", "The strategy was adopted in 2020 and sets out twelve actions."),
        ("heading", "Next steps"),
        ("paragraph", "Member States will have two years to transpose the new rules."),
    )
    assert extraction.initiatives == []
    assert extraction.mentioned == [
        "Directive on fencing ponds near schools",
        "Pond Safety Strategy",
    ]
