"""Where an initiative's name ends, on synthetic pages: the title's short form against the
prose's full name, a press title's verb, a teaser's rest of sentence."""

from __future__ import annotations

import pytest

from extractors.extract.context import Sentence
from extractors.extract.drafts import is_variant
from extractors.extract.heading_names import heading_name
from extractors.extract.names import acronym_of, name_key, spelling_key
from extractors.extract.prose_names import find_names
from extractors.extract.topic_definitions import known_as_in
from tests.extractors.extract_documents import extract_blocks, initiative_names, items


def test_a_title_that_gives_the_start_of_a_name_the_prose_completes_takes_the_full_name() -> None:
    extraction = extract_blocks(
        ("title", "Nordic Harbour Network"),
        (
            "paragraph",
            "The Nordic Harbour Network to restore Coastal Bird Habitats unites port operators "
            "from five countries.",
        ),
        ("paragraph", "The Network meets twice a year."),
    )
    (network,) = extraction.initiatives
    assert network.name == "Nordic Harbour Network to restore Coastal Bird Habitats"
    assert "Nordic Harbour Network" in network.aliases


def test_a_lower_case_run_after_the_titles_name_is_not_part_of_it() -> None:
    extraction = extract_blocks(
        ("title", "Nordic Harbour Network"),
        (
            "paragraph",
            "The Nordic Harbour Network to restore habitats of coastal birds was set up in 2019.",
        ),
    )
    (network,) = extraction.initiatives
    assert network.name == "Nordic Harbour Network"


def test_a_teaser_heading_names_the_object_of_its_verb_as_the_section_writes_it() -> None:
    extraction = extract_blocks(
        ("title", "News"),
        ("heading", "Port mayors sign the Baltic Charter for a quieter coast for seabirds"),
        ("paragraph", "On 3 May 2024, mayors of twelve ports signed the Baltic Charter in Riga."),
        ("heading", "Agency publishes new 2024 Guidelines on Harbour Lighting"),
        ("paragraph", "The guidelines replace the edition of 2015."),
    )
    names = initiative_names(extraction)
    assert "Baltic Charter" in names
    assert "2024 Guidelines on Harbour Lighting" in names
    assert not any(name.startswith(("Port mayors", "Agency")) for name in names)


def test_a_gerund_before_a_registered_name_in_the_title_is_work_on_that_initiative() -> None:
    extraction = extract_blocks(
        (
            "title",
            "Monitoring of the Code of conduct on countering illegal hate speech online begins",
        ),
        (
            "paragraph",
            "Reviewers will check how the platforms that signed the Code of conduct on countering "
            "illegal hate speech online handle notices.",
        ),
    )
    names = initiative_names(extraction)
    assert names == ["Code of conduct on countering illegal hate speech online"]


def test_a_name_whose_first_word_carries_its_capital_inside_heads_the_page() -> None:
    extraction = extract_blocks(
        ("title", "eHarbour Charter"),
        ("paragraph", "The eHarbour Charter is a pledge of marinas, set up in 2015."),
    )
    (charter,) = extraction.initiatives
    assert charter.name == "eHarbour Charter"


def test_the_part_of_a_title_after_a_dash_names_the_initiative_the_body_shortens() -> None:
    extraction = extract_blocks(
        ("title", "Second round of results - Restoring Baltic Seagrass Monitoring Programme"),
        (
            "paragraph",
            "The Baltic monitoring and reporting programme was set up by the harbour authorities. "
            "It collects counts from divers every month.",
        ),
    )
    names = initiative_names(extraction)
    assert names == ["Restoring Baltic Seagrass Monitoring Programme"]


def test_a_title_sentence_is_not_confirmed_by_a_shortened_name_of_its_object() -> None:
    extraction = extract_blocks(
        ("title", "Coastal birds: Agency reviews the Nordic Seabird Alliance"),
        ("paragraph", "The Nordic Seabird Alliance was founded in 2016 by twelve port cities."),
    )
    names = initiative_names(extraction)
    assert "Agency reviews the Nordic Seabird Alliance" not in names
    assert "Nordic Seabird Alliance" in names


def test_a_hashtag_before_a_described_kind_noun_is_the_name() -> None:
    extraction = extract_blocks(
        ("title", "Rangers warn about litter on beaches"),
        ("paragraph", "Plastic litter on beaches has doubled in ten years."),
        ("heading", "Pick it up!"),
        (
            "paragraph",
            "In response, park rangers launched the #PickItUp! clean-up campaign in May 2021. "
            "Volunteers in 12 countries take part.",
        ),
    )
    (campaign,) = extraction.initiatives
    assert campaign.name == "#PickItUp"
    assert "Pick it up" in campaign.aliases


def test_a_possessive_in_the_title_makes_the_owned_initiative_the_topic() -> None:
    extraction = extract_blocks(
        ("title", "Commission opens the Digital Single Market Strategy's Digital Europe Programme"),
        (
            "paragraph",
            "The Digital Europe Programme, part of the Digital Single Market Strategy, opened "
            "its first calls in 2021.",
        ),
        ("heading", "What the programme funds"),
        ("list_item", "supercomputing centres in every region;"),
        ("list_item", "training for digital skills."),
    )
    names = initiative_names(extraction)
    assert names == ["Digital Europe Programme"]
    assert "Digital Single Market Strategy" in extraction.mentioned


def test_a_lower_case_kind_word_used_as_a_verb_in_the_title_makes_no_topic() -> None:
    extraction = extract_blocks(
        ("title", "Regulators and shop owners act to curb unfair loyalty points"),
        ("paragraph", "Regulators met shop owners in Lisbon on Monday."),
        ("paragraph", "The ministry will also look at the planned Retail Fairness Act."),
    )
    assert extraction.initiatives == []
    assert extraction.mentioned == ["Retail Fairness Act"]


def test_the_lead_names_the_lower_case_object_its_launch_verb_introduces() -> None:
    extraction = extract_blocks(
        ("title", "Regulators step in on game shop prices"),
        (
            "paragraph",
            "The Forum of Game Regulators has today set out guidelines on fair pricing of "
            "game items, to protect young players.",
        ),
        ("paragraph", "The guidelines follow a survey of players. Shops should:"),
        *items(1, "show prices in euro", "not hide the cost of bundles"),
    )
    (guidelines,) = extraction.initiatives
    assert guidelines.name == "Guidelines on fair pricing of game items"
    assert [action.text for action in guidelines.actions] == [
        "show prices in euro",
        "not hide the cost of bundles",
    ]


def test_a_launch_noun_before_a_lower_case_object_introduces_no_name() -> None:
    extraction = extract_blocks(
        ("title", "A year of harbour safety"),
        ("paragraph", "A look back since the launch of a coalition to protect harbour birds."),
        ("paragraph", "The coalition set itself two goals:"),
        *items(1, "cleaner docks", "safer nesting"),
    )
    assert extraction.initiatives == []


def test_the_initiative_the_introduction_launches_and_the_body_takes_up_is_the_topic() -> None:
    extraction = extract_blocks(
        ("title", "Making harbours safer for birds"),
        ("paragraph", "Birds nest in many harbours."),
        ("paragraph", "Some ports have no rules for them at all."),
        ("paragraph", "In 2019 the ministers set out a Nordic Strategy for Safer Harbour Birds."),
        ("heading", "Two goals"),
        ("paragraph", "The strategy proposes two goals:"),
        *items(1, "cleaner docks", "safer nesting"),
    )
    (strategy,) = extraction.initiatives
    assert strategy.name == "Nordic Strategy for Safer Harbour Birds"
    assert len(strategy.actions) == 2


def test_a_heading_over_what_came_from_an_initiative_names_no_new_one() -> None:
    extraction = extract_blocks(
        ("title", "Harbour Bird Coalition"),
        ("paragraph", "The Harbour Bird Coalition was set up in 2019 by ports."),
        ("heading", "Results from the Coalition"),
        ("paragraph", "The Coalition cleaned ten docks."),
    )
    assert initiative_names(extraction) == ["Harbour Bird Coalition"]


def test_a_title_verb_followed_by_an_infinitive_names_the_infinitives_object() -> None:
    extraction = extract_blocks(
        ("title", "Ministers propose to recast the Nordic Reading Charter"),
        ("paragraph", "The ministers proposed to recast the Nordic Reading Charter."),
    )

    assert initiative_names(extraction) == ["Nordic Reading Charter"]


def test_a_page_that_tells_a_conversion_describes_one_initiative_under_its_first_name() -> None:
    extraction = extract_blocks(
        ("title", "Platforms review the Code of conduct on countering illegal hate speech online"),
        (
            "paragraph",
            "Five platforms signed the Code of conduct on countering illegal hate speech online.",
        ),
        (
            "paragraph",
            "This spring they asked to turn it into the Code of conduct on countering "
            "illegal hate speech online +.",
        ),
        ("heading", "The Code of conduct on countering illegal hate speech online +"),
        ("paragraph", "The Code asks its signatories to work in two areas:"),
        *items(1, "Reviews: answering most notices within a day", "Reports: yearly figures"),
    )
    (code,) = extraction.initiatives
    assert code.name == "Code of conduct on countering illegal hate speech online"
    assert "Code of conduct on countering illegal hate speech online +" in code.aliases
    assert len(code.actions) == 2


def test_a_successor_the_page_does_not_tell_as_a_conversion_stays_apart() -> None:
    extraction = extract_blocks(
        ("title", "Platforms review the Code of conduct on countering illegal hate speech online"),
        (
            "paragraph",
            "Five platforms signed the Code of conduct on countering illegal hate speech online.",
        ),
        ("heading", "The Code of conduct on countering illegal hate speech online +"),
        (
            "paragraph",
            "The Code of conduct on countering illegal hate speech online + asks its "
            "signatories to work in two areas:",
        ),
        *items(1, "Reviews: answering most notices within a day", "Reports: yearly figures"),
    )
    assert sorted(i.name for i in extraction.initiatives) == [
        "Code of conduct on countering illegal hate speech online",
        "Code of conduct on countering illegal hate speech online +",
    ]


def test_a_heading_that_echoes_the_initiative_opening_its_section_gives_it_the_section() -> None:
    extraction = extract_blocks(
        ("title", "Ports publish new leaflets for visitors"),
        ("paragraph", "Ports handed out leaflets to visitors this summer."),
        ("heading", "Quiet docks in every harbour"),
        ("paragraph", "The Nordic Charter on Quiet Harbour Docks sets out ten pledges."),
    )
    assert initiative_names(extraction) == ["Nordic Charter on Quiet Harbour Docks"]


def test_a_heading_that_only_places_the_initiative_opening_its_section_gives_it_nothing() -> None:
    extraction = extract_blocks(
        ("title", "Ports publish new leaflets for visitors"),
        ("paragraph", "Ports handed out leaflets to visitors this summer."),
        ("heading", "Background"),
        ("paragraph", "The Nordic Charter on Quiet Harbour Docks sets out ten pledges."),
    )
    assert extraction.initiatives == []


def test_guidance_names_an_initiative_and_an_acronym_does_not_end_its_complement() -> None:
    extraction = extract_blocks(
        ("title", "Nordic agency updates its policy guidance on VR for children"),
        (
            "paragraph",
            "In May 2031, the agency released version 2.0 of its Policy guidance on VR for "
            "children, which sets out what studios should do.",
        ),
        ("heading", "Four requirements for child-centred VR"),
        *items(1, "Support children's development", "Protect children's data"),
    )
    assert initiative_names(extraction) == ["Policy guidance on VR for children"]
    assert len(extraction.initiatives[0].actions) == 2


def test_a_titles_name_completed_by_a_complement_of_topic_in_the_prose() -> None:
    extraction = extract_blocks(
        ("title", "Games Pact shows swift results"),
        (
            "paragraph",
            "The third evaluation of the Games Pact on countering cheating by online gamers, "
            "published today, shows results.",
        ),
    )
    assert initiative_names(extraction) == ["Games Pact on countering cheating by online gamers"]


def test_a_successor_a_heading_labels_is_described_by_its_full_dashed_title() -> None:
    extraction = extract_blocks(
        ("title", "Games Safety Strategy"),
        ("paragraph", "The Commission adopted the Games Safety Strategy on 4 May 2026."),
        ("heading", "A new strategy: PlayFairEU"),
        (
            "paragraph",
            "On 1 April 2031, the Games Safety Strategy was succeeded by PlayFairEU \u2013 a "
            "European Fair Play Strategy, which sets the agenda for the years to come.",
        ),
    )
    assert initiative_names(extraction) == [
        "Games Safety Strategy",
        "PlayFairEU \u2013 a European Fair Play Strategy",
    ]


def test_a_bill_and_a_law_keep_their_year_and_their_last_kind_noun() -> None:
    text = "Reforms such as the Games Safety Act 2029 and the Games and Media Regulation Bill 2030."
    assert [c.name for c in find_names(text)] == [
        "Games Safety Act 2029",
        "Games and Media Regulation Bill 2030",
    ]


def test_a_complement_runs_over_and_before_a_repeated_word() -> None:
    text = (
        "The Convention for the protection of players against unfair pricing and unfair "
        "advertising is in force. The Code of conduct on loot boxes and the Pact apply."
    )
    assert [c.name for c in find_names(text)] == [
        "Convention for the protection of players against unfair pricing and unfair advertising",
        "Code of conduct on loot boxes",  # "and the Pact": no repeated word, another name
    ]


def _prose_names(text: str) -> list[str]:
    return [candidate.name for candidate in find_names(text)]


def test_a_plural_possessive_inside_a_complement_keeps_the_name_going() -> None:
    assert _prose_names("Towns adopted the EU Strategy on frogs' rights (2020-2025) today.") == [
        "EU Strategy on frogs' rights"
    ]


def test_towards_opens_a_complement_and_in_joins_title_case_words() -> None:
    assert _prose_names(
        "The EU Strategy towards the Eradication of Pond Loss in Coastal Areas ran."
    ) == ["EU Strategy towards the Eradication of Pond Loss in Coastal Areas"]
    # "in" before one place or a month is where or when, not the name
    assert _prose_names("The Action Plan on Pond Safety in October was adopted.") == [
        "Action Plan on Pond Safety"
    ]


def test_for_the_years_before_a_period_is_not_the_names_complement() -> None:
    assert _prose_names("Towns put forward a new EU Pond Strategy for the years 2019-2027.") == [
        "EU Pond Strategy"
    ]


def test_the_heads_of_bodies_that_signed_are_the_bodies() -> None:
    extraction = extract_blocks(
        ("title", "Town agencies sign a pond pledge"),
        (
            "paragraph",
            "The Heads of EAPO, Pondpol, FRA and CEPOL signed a Joint Statement of commitment "
            "to protecting ponds.",
        ),
    )
    (statement,) = extraction.initiatives
    names = [signatory.name for signatory in statement.signatories]
    assert names == ["EAPO", "Pondpol", "FRA", "CEPOL"]


def test_a_body_that_endorsed_it_in_the_initiatives_own_block_is_a_signatory() -> None:
    extraction = extract_blocks(
        ("title", "Towns launch a Code for Frogs' Rights for pond designers"),
        (
            "paragraph",
            "The Code for Frogs' Rights was presented on 12 March 2021.",
        ),
        (
            "paragraph",
            "The Code is not a law. Each principle rests on existing rules, such as the UN "
            "Convention on Frogs and the General Pond Regulation (GPR), and the Nordic "
            "Authority for Ponds and Frogs (APF) has endorsed it.",
        ),
    )
    (code,) = extraction.initiatives
    names = [signatory.name for signatory in code.signatories]
    assert names == ["Nordic Authority for Ponds and Frogs (APF)"]


def test_a_bare_plural_of_parties_is_no_signatory() -> None:
    extraction = extract_blocks(
        ("title", "Second Additional Protocol to the Pond Convention"),
        ("paragraph", "On 30 November 2022, six more States signed the Protocol."),
        ("paragraph", "Andorra, Austria and Belgium signed the Protocol on 12 May 2022."),
    )
    (protocol,) = extraction.initiatives
    assert [s.name for s in protocol.signatories] == ["Andorra", "Austria", "Belgium"]


def test_a_longer_prose_name_that_opens_like_the_titles_is_the_same_text() -> None:
    extraction = extract_blocks(
        ("title", "Joint Statement of commitment to working together against pond loss"),
        (
            "paragraph",
            "On 13 June 2018 ten town agencies signed a Joint Statement of commitment to "
            "working together to address pond loss.",
        ),
        ("paragraph", "The Joint Statement is a key action of the town."),
    )
    assert initiative_names(extraction) == [
        "Joint Statement of commitment to working together against pond loss"
    ]


def test_two_prose_names_that_open_alike_stay_two_when_neither_is_the_title() -> None:
    extraction = extract_blocks(
        ("title", "Pond news"),
        (
            "paragraph",
            "The Joint Statement of commitment to working together against pond loss was "
            "signed in 2018. A Joint Statement of commitment to working together against frog "
            "loss followed in 2019.",
        ),
    )
    assert len(extraction.initiatives) + len(extraction.mentioned) == 2


def test_an_acronym_that_spells_only_the_second_name_does_not_join_the_two() -> None:
    extraction = extract_blocks(
        ("title", "Towns launch a Code for Frogs' Rights for pond designers"),
        ("paragraph", "The Code for Frogs' Rights was presented on 12 March 2021."),
        (
            "paragraph",
            "The Code is not a law. It rests on existing rules, and Alpha Net and Pond Frogs "
            "Union (PFU) have endorsed it.",
        ),
    )
    (code,) = extraction.initiatives
    assert [signatory.name for signatory in code.signatories] == [
        "Alpha Net",
        "Pond Frogs Union (PFU)",
    ]


def test_a_complement_kind_in_prose_needs_its_complement() -> None:
    assert _prose_names("Towns closed the Financial Year 2021 early.") == []
    assert _prose_names("Towns marked the European Year of Ponds in 2030.") == [
        "European Year of Ponds"
    ]


def test_an_acronym_names_the_name_it_ends_not_a_term_inside_it() -> None:
    assert acronym_of("Guidelines on prohibited artificial intelligence (AI) practices") is None
    assert acronym_of("European strategy for a better internet for kids (BIK+)") == "BIK+"


def test_an_acronym_in_brackets_carries_a_name_over_its_and() -> None:
    # LOWA spells Lake, Observatory, Water, Analysis: the "and" is inside the name.
    assert _prose_names(
        "The Lake Observatory for Ponds and Lake Water Analysis (LOWA) opened."
    ) == ["Lake Observatory for Ponds and Lake Water Analysis (LOWA)"]
    # An acronym that spells the second name only, or too few of the words: the first name
    # ends at its "and".
    for acronym in ("TWN", "POFW"):
        assert (
            _prose_names(
                f"The Pond Observatory for Frogs and the Toad Watch Network ({acronym}) opened."
            )[0]
            == "Pond Observatory for Frogs"
        )


def test_a_proper_adjective_among_a_complement_s_lower_case_words_does_not_end_it() -> None:
    assert _prose_names(
        "They adopted the Lake Strategy on cleaning ponds and protecting Nordic frogs in May 2030."
    ) == ["Lake Strategy on cleaning ponds and protecting Nordic frogs"]
    # A title-case run after lower-case words is still title case: the name ends with it.
    assert _prose_names(
        "The Lake Alliance to protect Nordic Frog Habitats brings together ten towns."
    ) == ["Lake Alliance to protect Nordic Frog Habitats"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (  # the gerund opens the complement after a later preposition of the name
            "The Guidelines for teachers and wardens on draining ponds and protecting frogs "
            "through training and care were published.",
            "Guidelines for teachers and wardens on draining ponds and protecting frogs "
            "through training and care",
        ),
        (  # and right after the kind noun's, as before
            "The Group on draining ponds and protecting frogs met in May 2031.",
            "Group on draining ponds and protecting frogs",
        ),
        (  # no gerund in the complement: the "and" before one ends the name
            "The Guidelines for teachers on ponds and protecting frogs is a slogan.",
            "Guidelines for teachers on ponds",
        ),
        (  # a noun in "-ing" opens no gerund complement
            "The Lake Plan for schools on cyberbullying and drafting a law was adopted.",
            "Lake Plan for schools on cyberbullying",
        ),
        (  # the name is a progressive verb's object: the second gerund is that verb's
            "The ministry is reviewing the Guidelines for wardens on draining ponds and "
            "drafting a law.",
            "Guidelines for wardens on draining ponds",
        ),
    ],
)
def test_a_second_gerund_after_and_goes_on_a_complement_a_gerund_opens(
    sentence: str, name: str
) -> None:
    assert _prose_names(sentence)[0] == name


def test_a_legal_text_is_named_by_its_number_date_and_what_it_amends() -> None:
    assert _prose_names("Lakeland adopted the Second Act amending the Pond Protection Act.") == [
        "Second Act amending the Pond Protection Act"
    ]
    assert _prose_names(
        "The Act of 28 July 2031 amending the Pond Code and certain other acts took effect."
    ) == ["Act of 28 July 2031 amending the Pond Code and certain other acts"]
    assert _prose_names("Lakeland's Law No. 2031-566 sets a pond majority.") == ["Law No. 2031-566"]
    assert _prose_names(
        "The Council adopted the Regulation amending Regulation (EU) No 12/2031."
    ) == ["Regulation amending Regulation (EU) No 12/2031"]
    assert _prose_names("Lakeland's Act of 13 May 2031 entered into force.") == [
        "Act of 13 May 2031"
    ]
    # "law" names a text only with its own capital
    assert _prose_names("EU law and national law apply to ponds.") == []


def test_a_numbered_or_dated_legal_text_keeps_the_purpose_its_title_gives() -> None:
    # "visant à" as the sites translate it: the official title goes on to the clause's end
    assert _prose_names(
        "Lakeland promulgated Law No 2031-12 aimed at regulating the image of pond keepers "
        "on online platforms."
    ) == ["Law No 2031-12 aimed at regulating the image of pond keepers on online platforms"]
    assert _prose_names(
        "The Law of 2 March 2031 aimed at combating pond litter, which the Senate passed, applies."
    ) == ["Law of 2 March 2031 aimed at combating pond litter"]
    # The clause ends at a relative pronoun; a clause longer than a title is no title's.
    for pronoun in ("which", "that", "who"):
        assert _prose_names(
            f"Law No 2031-12 aimed at protecting ponds {pronoun} the Senate passed applies."
        ) == ["Law No 2031-12 aimed at protecting ponds"]
    assert _prose_names(
        "Law No 2031-12 aimed at protecting ponds \u2013 a first \u2013 applies."
    ) == ["Law No 2031-12 aimed at protecting ponds"]
    endless = "Law No 2031-12 aimed at protecting " + " ".join(["frogs"] * 30) + " applies."
    assert _prose_names(endless) == ["Law No 2031-12"]
    # Not after a law named by no number or date, nor before a phrase that is no purpose.
    assert _prose_names("The Pond Law aimed at regulating ponds applies.") == ["Pond Law"]
    assert _prose_names("Law No 2031-12 aimed at ponds applies.") == ["Law No 2031-12"]


def test_a_complement_keeps_its_last_coordinated_noun_and_the_eus_fields() -> None:
    assert _prose_names(
        "The Council adopted the Recommendation on pond education and training."
    ) == ["Recommendation on pond education and training"]
    assert _prose_names(
        "The Recommendation on pond skills and competences in education and training asks "
        "towns to clean ponds."
    ) == ["Recommendation on pond skills and competences in education and training"]
    assert _prose_names(
        "The Recommendation on pond safety systems in the best interests of the child applies."
    ) == ["Recommendation on pond safety systems in the best interests of the child"]
    # Its last noun before its own verb, or before "and" and another name.
    assert _prose_names(
        "The Recommendation on pond education and training was adopted in May."
    ) == ["Recommendation on pond education and training"]
    assert _prose_names(
        "The Council adopted the Recommendation on pond education and training and the "
        "Recommendation on frog skills in education and training."
    ) == [
        "Recommendation on pond education and training",
        "Recommendation on frog skills in education and training",
    ]
    for verb in ("has been adopted.", "had been adopted in 2020.", "will apply from 2032."):
        assert _prose_names(f"The Recommendation on pond education and training {verb}") == [
            "Recommendation on pond education and training"
        ]
    # ... but not before a clause of its own after the "and".
    for clause in (
        "and schools have started to apply it.",
        "and parents will be consulted.",
        "and teachers and the unions welcomed it.",
    ):
        assert _prose_names(f"The town published the Recommendation on pond safety {clause}") == [
            "Recommendation on pond safety"
        ]
    # A clause goes on after the "and": not the name's.
    assert _prose_names("Lakeland signed the Recommendation on pond safety and welcomed it.") == [
        "Recommendation on pond safety"
    ]
    for tail in (
        "and others.",
        "and more.",
        "and applauded, as did others.",
        "and agreed.",
        "and it.",
        "and Lakeland.",
    ):
        assert _prose_names(f"Lakeland signed the Strategy on pond safety {tail}") == [
            "Strategy on pond safety"
        ]
    # The noun ends the complement before a comma or at the text's end.
    assert _prose_names("The Strategy on pond safety and training, adopted in May, applies.") == [
        "Strategy on pond safety and training"
    ]
    assert _prose_names("Lakeland signed the Strategy on pond safety and training") == [
        "Strategy on pond safety and training"
    ]


def test_an_amended_text_ends_at_its_own_legal_kind_noun() -> None:
    assert _prose_names("The Act amending the Pond Code and the Lake Strategy took effect.") == [
        "Act amending the Pond Code",
        "Lake Strategy",
    ]


def test_a_second_verb_after_the_names_to_is_part_of_its_complement() -> None:
    # "to <verb> and <verb> <object>": one purpose, so a weak kind noun gets its long complement
    sentence = "They agreed on the Regulation to drain and clean lake ponds, proposed in 2031."
    assert [c.name for c in find_names(sentence)] == ["Regulation to drain and clean lake ponds"]
    # an "and" further on still ends the name
    assert [c.name for c in find_names("The Pact to drain ponds and lakes applies.")] == [
        "Pact to drain ponds"
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Law No. 2031-12 of 2 May 2031 aiming to protect ponds and ban frog sales was adopted.",
            "Law No. 2031-12 of 2 May 2031 aiming to protect ponds and ban frog sales",
        ),
        (
            "Law No 2031-12 aiming at draining ponds and ensuring frog safety applies.",
            "Law No 2031-12 aiming at draining ponds and ensuring frog safety",
        ),
        # the clause ends at the sentence's own verb, an auxiliary or a past form
        (
            "The Law No 2031-12 aimed at draining ponds has applied since May.",
            "Law No 2031-12 aimed at draining ponds",
        ),
        (
            "Law No 2031-12 aiming to protect ponds entered into force in May.",
            "Law No 2031-12 aiming to protect ponds",
        ),
        (
            "Law No 2031-12 aiming to protect ponds took effect in May.",
            "Law No 2031-12 aiming to protect ponds",
        ),
        # "aimed to" is the sentence's verb; "aiming to" needs a verb after it
        ("Law No 2031-12 aimed to protect ponds, but failed.", "Law No 2031-12"),
        ("Law No 2031-12 aiming to Lakeland's standards was adopted.", "Law No 2031-12"),
    ],
)
def test_a_legal_texts_purpose_clause_opens_with_aimed_at_or_aiming_and_ends_at_the_verb(
    sentence: str, expected: str
) -> None:
    assert _prose_names(sentence) == [expected]


def test_a_legal_texts_number_keeps_its_year() -> None:
    assert _prose_names("Law No. 71 of 2031 lays down rules on ponds.") == ["Law No. 71 of 2031"]


@pytest.mark.parametrize(
    ("known", "shorts"),
    [
        ("known as the POND law", {"POND law", "POND"}),  # the kind noun after it joins
        ("also known as POND", {"POND"}),
        ("commonly referred to as the POND rules", {"POND"}),  # "rules" is no kind noun
    ],
)
def test_a_known_as_short_name_gives_the_full_name_before_it(known: str, shorts: set[str]) -> None:
    text = f"Law No. 2031-12 of 2 May 2031 aimed at protecting ponds, {known}, was published."
    sentence = Sentence(0, len(text), 1, text)
    full = known_as_in(sentence, "POND")
    assert full is not None
    assert full[0] == "Law No. 2031-12 of 2 May 2031 aimed at protecting ponds"
    assert set(full[2]) == shorts


def test_a_known_as_short_name_needs_a_full_name_right_before_its_comma() -> None:
    text = "Law No. 2031-12 of 2 May 2031 was adopted in spring, known as the POND law."
    assert known_as_in(Sentence(0, len(text), 1, text), "POND") is None


def test_the_full_name_the_lead_gives_a_short_name_as_known_as_names_the_page() -> None:
    extraction = extract_blocks(
        ("title", "Lakeland adopts the POND law to protect ponds"),
        (
            "paragraph",
            "Law No. 2031-12 of 2 May 2031 aimed at protecting ponds, known as the POND law, "
            "was published on 3 May 2031.",
        ),
    )
    (law,) = extraction.initiatives
    assert law.name == "Law No. 2031-12 of 2 May 2031 aimed at protecting ponds"
    assert {"POND law", "POND"} <= set(law.aliases)


@pytest.mark.parametrize(
    "owner", ["EU Internet Forum", "Lakeland Pond Network"]
)  # registered or not
def test_a_titles_possessive_owner_is_not_part_of_the_name_it_owns(owner: str) -> None:
    extraction = extract_blocks(
        ("title", f"The {owner}'s key principles on pond safety"),
        ("paragraph", "In these principles, the members explain how to keep ponds safe."),
        ("paragraph", f"The key principles were published on 3 March 2031 by the {owner}."),
    )
    assert initiative_names(extraction) == ["Key principles on pond safety"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a clause after the complement's preposition is what is said of it, not its topic
        ("Advice from the Pond Network on how lake law applies came out.", ["Pond Network"]),
        ("The Pond Network on whether ponds are safe met.", ["Pond Network"]),
        ("The Code of conduct on what wardens must do applies.", ["Code of conduct"]),
        # "how to" opens a purpose, as a title writes it
        (
            "The Youth Manifesto on how to make ponds safer was presented.",
            ["Youth Manifesto on how to make ponds safer"],
        ),
    ],
)
def test_a_complement_ends_before_a_wh_clause(sentence: str, expected: list[str]) -> None:
    assert _prose_names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a hyphenated word capitalised only where the sentence opens makes no name
        ("Video-sharing platform providers must protect minors.", []),
        ("Best-practice principles help wardens.", []),
        # one with a capital or a symbol of its own still does
        ("They ran the e-Safety Label from 2012.", ["e-Safety Label"]),
        ("They welcomed the BIK+ Strategy.", ["BIK+ Strategy"]),
    ],
)
def test_a_hyphenated_modifier_names_only_with_a_capital_of_its_own(
    sentence: str, expected: list[str]
) -> None:
    assert _prose_names(sentence) == expected


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # a place's possessive, and the body's lower-case head confirms the owned name
        (
            "Lakeland's code of conduct on pond safety",
            "The code of conduct was signed on 3 March 2031 by ten pond keepers.",
            ["Code of conduct on pond safety"],
        ),
        # a plural possessor is part of the name, not its owner: nothing mangled
        (
            "The Children's rights charter on online games",
            "The charter was signed on 3 March 2031 by ten game makers.",
            [],
        ),
    ],
)
def test_a_titles_owner_and_a_plural_possessor(title: str, body: str, expected: list[str]) -> None:
    extraction = extract_blocks(("title", title), ("paragraph", body))
    assert initiative_names(extraction) == expected


def test_a_hyphenated_modifier_opening_a_sentence_names_no_pact_as_a_plain_one_does_not() -> None:
    # a recall cost the hyphen rule accepts: at a sentence's start only its capital is seen
    assert _prose_names("Anti-bullying Pact members met.") == []
    assert _prose_names("Nordic Pact members met.") == []


@pytest.mark.parametrize(
    ("short", "long", "same"),
    [
        ("Safe Internet for Children", "Safe Internet for Children initiative", True),
        ("WiFi4EU", "WiFi4EU initiative", True),
        ("Erasmus+", "Erasmus+ programme", True),
        ("Pond Watch", "Pond Watch project", True),
        # a generic kind word only at the end, after the whole shorter name
        ("Pond Watch", "Pond Watch Youth project", False),
        ("Pond Watch", "Pond Watch Alliance", False),
    ],
)
def test_a_name_and_a_generic_kind_word_after_it_name_one_initiative(
    short: str, long: str, same: bool
) -> None:
    assert is_variant(name_key(short), name_key(long)) is same


def test_a_name_and_its_platform_are_two_initiatives() -> None:
    # "Pond Keepers Strategy Platform" is the strategy's platform, not a longer spelling of it;
    # "Pond Keepers Strategy for Young Wardens" is.
    assert not is_variant("pond keepers strategy", "pond keepers strategy platform")
    assert is_variant("pond keepers strategy", "pond keepers strategy for young wardens")
    # a bracketed number after it is the same text's ("... (Resolution No. 7/24/CONS)")
    assert is_variant("pond guidelines for keepers", "pond guidelines for keepers resolution no 7")


def test_a_year_that_opens_a_title_case_topic_is_the_names() -> None:
    # "on 2031 Pond Elections": the topic's year; "on 20 January", "for 2031 the ..." end it.
    assert [c.name for c in find_names("The Pond Task Force on 2031 Pond Elections met.")] == [
        "Pond Task Force on 2031 Pond Elections"
    ]
    assert [c.name for c in find_names("The Pond Task Force on 2031 January rules met.")] == [
        "Pond Task Force"
    ]
    assert [c.name for c in find_names("The Pond Task Force for 2031 The board met.")] == [
        "Pond Task Force"
    ]
    # only right after "on", "for" or "of": "Pond Code of Conduct 2031 Pond Keepers" is a
    # name and then who signed
    assert [c.name for c in find_names("The Pond Code of Conduct 2031 Pond Keepers signed.")] == [
        "Pond Code of Conduct"
    ]


def test_a_places_adjective_after_a_lower_case_word_opens_a_sentence_case_complement() -> None:
    # "on European works", "on Nordic cooperation": the name goes on in sentence case; a
    # title-case complement still ends at its verb ("on Disinformation followed").
    assert [c.name for c in find_names("The Pond Guidelines on European works apply.")] == [
        "Pond Guidelines on European works"
    ]
    assert [c.name for c in find_names("The Pond Code on Disinformation followed it.")] == [
        "Pond Code on Disinformation"
    ]
    assert heading_name("Pond Guidelines on Nordic pond works") == (
        "Pond Guidelines on Nordic pond works",
        "guidelines",
    )
    assert heading_name("Pond Code of Practice on Disinformation now available") == (
        "Pond Code of Practice on Disinformation",
        "code",
    )


def test_the_unions_two_spellings_are_one_name_and_both_are_kept() -> None:
    assert name_key("European Union Pond Strategy 2031") == name_key("the EU Pond Strategy 2031")
    assert spelling_key("European Union Pond Strategy") != spelling_key("EU Pond Strategy")
    extraction = extract_blocks(
        ("title", "Council resolution on pond keeping: the European Union Pond Strategy"),
        (
            "paragraph",
            "The EU Pond Strategy is the framework for cooperation on pond keeping. The EU Pond "
            "Strategy was adopted on 3 March 2031.",
        ),
    )
    (strategy,) = extraction.initiatives
    assert (strategy.name, strategy.aliases) == (
        "European Union Pond Strategy",
        ["EU Pond Strategy"],
    )
