"""Launch dates on small synthetic documents: a start the prose states, a report's
publication, "at the same time", and a launch told as today's news."""

from __future__ import annotations

import pytest

from extractors.extract import launch
from schemas.extraction import Extraction, Initiative
from tests.extractors.extract_documents import BlockSpec, extract_blocks, items


def _named(extraction: Extraction, word: str) -> Initiative:
    return next(i for i in extraction.initiatives if word in i.name)


def test_a_first_edition_year_is_the_start_of_a_recurring_event() -> None:
    extraction = extract_blocks(
        ("title", "Nordic Youth Media Forum"),
        ("paragraph", "The Nordic Youth Media Forum is a yearly meeting on media literacy."),
        ("paragraph", "Since its first edition in 2009, the forum has gathered 200 people a year."),
    )
    assert _named(extraction, "Forum").launched == "2009"


def test_a_reports_publication_is_not_the_initiatives_launch() -> None:
    extraction = extract_blocks(
        ("title", "Nordic Youth Media Forum"),
        (
            "paragraph",
            "The report of the 2021 edition of the Nordic Youth Media Forum has been "
            "published, covering the debates held on 4 November 2021.",
        ),
        ("paragraph", "Held every year since 2009, the Nordic Youth Media Forum is a meeting."),
        published="2021-12-01",
    )
    assert _named(extraction, "Forum").launched == "2009"


def test_at_the_same_time_takes_the_day_told_before() -> None:
    extraction = extract_blocks(
        ("title", "Rules for coins in games: the Fair Play Principles"),
        ("paragraph", "On 3 April 2024, regulators opened a case against a game studio."),
        (
            "paragraph",
            "At the same time, the regulators published the Fair Play Principles, "
            "which set what studios must respect.",
        ),
        published="2024-04-04",
    )
    assert _named(extraction, "Fair Play").launched == "2024-04-03"


def test_a_launch_told_as_todays_news_takes_the_pages_date() -> None:
    extraction = extract_blocks(
        ("title", "Regulators set out a Fair Play Charter"),
        ("paragraph", "Fair Play Charter"),
        (
            "paragraph",
            "To make games fairer, the regulators are today publishing a charter "
            "with four rules for studios.",
        ),
        published="2024-04-04",
    )
    assert _named(extraction, "Charter").launched == "2024-04-04"


def test_an_active_launch_verbs_object_is_what_was_launched() -> None:
    extraction = extract_blocks(
        ("title", "Rules for coins in games: the Fair Play Principles"),
        (
            "paragraph",
            "On 3 April 2024, the Games Regulators Network, set up in 2015, opened a case "
            "against a game studio.",
        ),
        (
            "paragraph",
            "At the same time, the Games Regulators Network published key Fair Play "
            "Principles, which set what studios must respect.",
        ),
        published="2024-04-05",
    )
    assert _named(extraction, "Fair Play").launched == "2024-04-03"


def _declaration_page(*more: BlockSpec) -> Extraction:
    return extract_blocks(
        ("title", "Reading Day 2025: a pupil-friendly Declaration on Reading Rights"),
        (
            "paragraph",
            "On 12 March 2025, the ministry released a pupil-friendly version of the "
            "European Declaration on Reading Rights for schools.",
        ),
        *more,
        published="2025-03-12",
    )


def test_a_released_version_of_an_initiative_is_not_its_launch() -> None:
    extraction = _declaration_page(("paragraph", "The Declaration lists what readers expect."))
    assert _named(extraction, "Declaration").launched is None


def test_a_released_assessment_of_an_initiative_is_not_its_launch() -> None:
    # Any document noun a "report of" subject may be ("assessment", "findings") is one here.
    extraction = extract_blocks(
        ("title", "Reading Day 2025: an assessment of the Declaration on Reading Rights"),
        (
            "paragraph",
            "On 12 March 2025, the ministry released an assessment of the European "
            "Declaration on Reading Rights for schools.",
        ),
        ("paragraph", "The Declaration lists what readers expect."),
        published="2025-03-12",
    )
    assert _named(extraction, "Declaration").launched is None


def test_a_proclaimed_declaration_was_launched_then() -> None:
    extraction = _declaration_page(
        ("heading", "What is the Declaration?"),
        ("paragraph", "Proclaimed in October 2023, the Declaration lists what readers expect."),
    )
    assert _named(extraction, "Declaration").launched == "2023-10"


def test_a_decision_establishing_an_initiative_launches_it_that_day() -> None:
    extraction = extract_blocks(
        ("title", "Nordic Reading Alliance: ministers act for young readers"),
        (
            "paragraph",
            "On 5 May 2026, the ministers adopted the Nordic Reading Strategy and a decision "
            "establishing the Nordic Reading Alliance.",
        ),
        ("paragraph", "The Nordic Reading Alliance brings libraries and schools together."),
        ("paragraph", "The Nordic Reading Strategy sets goals for 2030."),
        published="2026-05-06",
    )
    assert _named(extraction, "Alliance").launched == "2026-05-05"


def test_a_named_proposal_beats_a_launch_told_of_older_rules() -> None:
    extraction = extract_blocks(
        ("title", "Ministers propose to recast the Nordic Reading Charter"),
        (
            "paragraph",
            "On 2 March 2031, the ministers proposed to recast the Nordic Reading Charter. "
            "The rules agreed in 2012 need to keep pace with e-books.",
        ),
        published="2031-03-03",
    )
    assert _named(extraction, "Charter").launched == "2031-03-02"


def test_an_adoption_or_a_stated_start_beats_a_proposal() -> None:
    adopted = extract_blocks(
        ("title", "Ministers adopt the Nordic Reading Charter"),
        (
            "paragraph",
            "The ministers proposed the Nordic Reading Charter in May 2030. They adopted the "
            "Nordic Reading Charter on 2 March 2031.",
        ),
    )
    applies = extract_blocks(
        ("title", "The Nordic Reading Charter applies"),
        ("paragraph", "From today, 2 March 2031, the Nordic Reading Charter applies."),
        ("paragraph", "The ministers proposed the Nordic Reading Charter in May 2029."),
        published="2031-03-02",
    )
    assert _named(adopted, "Charter").launched == "2031-03-02"
    assert _named(applies, "Charter").launched == "2031-03-02"


def test_todays_launch_of_something_sharing_one_word_is_not_the_initiatives_launch() -> None:
    extraction = extract_blocks(
        ("title", "Harbour Safety Pledge"),
        ("paragraph", "The Harbour Safety Pledge asks ports to work in two areas:"),
        *items(1, "checking every ferry ramp;", "training harbour staff."),
        ("paragraph", "Today the Commission launched a consultation on harbour noise."),
        published="2031-02-11",
    )
    assert _named(extraction, "Harbour Safety Pledge").launched is None


def test_a_thing_the_initiative_has_launched_is_not_its_launch() -> None:
    extraction = extract_blocks(
        ("title", "Three firms join the Harbour Alliance"),
        (
            "paragraph",
            "Three firms have joined the Harbour Alliance, the industry group that has "
            "worked since 2011 to keep pupils safe online.",
        ),
        (
            "paragraph",
            "They arrive as the Harbour Alliance marks one year of Safe Shores, its plan of "
            "joint work launched in March 2024.",
        ),
        published="2025-03-20",
    )
    assert _named(extraction, "Harbour").launched == "2011"


def test_the_and_words_of_the_name_point_back_to_the_initiative() -> None:
    extraction = extract_blocks(
        ("title", "New reports - Nordic K-12 Reading Monitoring Programme"),
        (
            "paragraph",
            "The K-12 monitoring programme was set up under the Joint Plan of 3 June 2022. "
            "It keeps app makers accountable.",
        ),
        published="2023-01-10",
    )
    assert _named(extraction, "Monitoring").launched == "2022-06-03"


def test_the_month_may_is_not_a_modal_verb() -> None:
    extraction = extract_blocks(
        ("title", "Nordic Reading Monitoring Programme"),
        ("paragraph", "The Nordic Reading Monitoring Programme checks reading apps."),
        ("paragraph", "The reading monitoring programme was set up on 3 May 2022."),
        published="2023-01-10",
    )
    assert _named(extraction, "Monitoring").launched == "2022-05-03"


def test_a_plan_presented_today_is_launched_on_the_page_date() -> None:
    extraction = extract_blocks(
        ("title", "The Council steps up action against online scams"),
        (
            "paragraph",
            "To protect shoppers, and with the 2032 holiday season ahead, the Nordic Council "
            "today presents an Action Plan to step up efforts against online scams.",
        ),
        ("paragraph", "The Action Plan also increases the resources devoted to the issue."),
        published="2031-03-03",
    )
    (plan,) = extraction.initiatives
    assert plan.launched == "2031-03-03"


def test_any_launch_told_as_today_s_news_is_launched_on_the_page_date() -> None:
    # "today" before or after any launch verb, not only "presents": the year ahead is not it.
    for sentence in (
        "the Nordic Council today adopted the Code of Conduct on Online Scams,",
        "the Code of Conduct on Online Scams was adopted today by the Nordic Council,",
    ):
        extraction = extract_blocks(
            ("title", "The Council steps up action against online scams"),
            ("paragraph", f"To protect shoppers, {sentence} with the 2032 holiday season ahead."),
            ("paragraph", "The Code of Conduct on Online Scams binds online shops."),
            published="2031-03-03",
        )
        assert _named(extraction, "Code").launched == "2031-03-03", sentence


def test_an_opening_participle_before_it_launches_the_initiative_of_its_block() -> None:
    extraction = extract_blocks(
        ("title", "SHIELD: Nordic Network Against Online Teasing"),
        (
            "paragraph",
            "SHIELD (Nordic Network Against Online Teasing) is a publicly funded project that "
            "combats teasing. Launched in Oslo on 12 March 2030, it is the first Nordic "
            "collaboration between agencies and businesses to combat teasing.",
        ),
        (
            "paragraph",
            "Since March 2031 the Nordic Teachers Union has been a partner in the SHIELD think "
            "tank.",
        ),
    )
    (network,) = extraction.initiatives
    assert network.launched == "2030-03-12"


@pytest.mark.parametrize(
    ("published", "launched"), [("2031-04-02", "2031-06"), ("2031-08-01", None)]
)
def test_a_launch_the_news_plans_after_its_own_date_is_the_launch(
    published: str, launched: str | None
) -> None:
    extraction = extract_blocks(
        ("title", "Ministers present next steps for young gamers"),
        ("heading", "Expert Group on Fair Play for Young Gamers"),
        (
            "paragraph",
            "The main step is a new Expert Group on Fair Play for Young Gamers, to be set up in "
            "June 2031. It will advise regulators.",
        ),
        published=published,
    )
    assert _named(extraction, "Expert Group").launched == launched


def test_a_conditional_launch_is_not_a_launch() -> None:
    extraction = extract_blocks(
        ("title", "Ministers present next steps for young gamers"),
        ("heading", "Expert Group on Fair Play for Young Gamers"),
        (
            "paragraph",
            "An Expert Group on Fair Play for Young Gamers would have to be set up in June "
            "2031, and only if the Council agrees.",
        ),
        published="2031-04-02",
    )
    assert _named(extraction, "Expert Group").launched is None


def test_a_numbered_version_released_is_not_the_launch() -> None:
    extraction = extract_blocks(
        ("title", "Agency updates its Charter on fair play for children"),
        (
            "paragraph",
            "In May 2031, the agency released version 2.0 of its Charter on fair play for "
            "children.",
        ),
        published="2031-05-20",
    )
    assert _named(extraction, "Charter").launched is None


def test_an_opening_participle_dates_the_main_subject_not_a_name_inside_it() -> None:
    extraction = extract_blocks(
        ("title", "Nordic Children's Games Platform celebrates its first year"),
        (
            "paragraph",
            "Set up in 2030 as a milestone of the Nordic Strategy for Safer Games, the Nordic "
            "Children's Games Platform welcomes all children under 18.",
        ),
        published="2031-12-01",
    )
    assert _named(extraction, "Platform").launched == "2030"


def test_a_plan_for_implementing_an_initiative_is_not_its_launch() -> None:
    extraction = extract_blocks(
        ("title", "Declaration of Oslo calls for fair play"),
        ("paragraph", "On 6 October 2031, players presented the Declaration of Oslo."),
        (
            "paragraph",
            "A Strategic Plan for implementing the Declaration of Oslo was published on "
            "15 October 2031.",
        ),
        published="2031-10-20",
    )
    assert _named(extraction, "Declaration").launched == "2031-10-06"


def test_the_publication_of_a_version_of_an_initiative_is_not_its_launch() -> None:
    extraction = extract_blocks(
        ("title", "Charter on fair play for children"),
        ("paragraph", "The Charter on fair play for children sets out what studios should do."),
        ("paragraph", "The current version 2.0 of the Charter, published in May 2031, adds rules."),
        published="2031-06-01",
    )
    assert _named(extraction, "Charter").launched is None


def test_the_first_time_an_initiative_was_implemented_is_its_launch() -> None:
    extraction = extract_blocks(
        ("title", "Nordic Platform Against Game Fraud"),
        ("paragraph", "The Nordic Platform Against Game Fraud (NPAGF) joins up regulators."),
        ("paragraph", "NPAGF was first implemented in 2028-2029, then made permanent."),
        published="2031-06-01",
    )
    assert _named(extraction, "Platform").launched == "2028"


def test_a_section_headed_by_a_kind_noun_tells_of_the_one_initiative_of_that_kind() -> None:
    extraction = extract_blocks(
        ("title", "Ministers publish guidelines on fair play"),
        ("paragraph", "Ministers today published the Guidelines on fair play for schools."),
        ("heading", "Expert group"),
        (
            "paragraph",
            "The Guidelines were drawn up with the support of the Nordic Expert Group on fair "
            "play. The group, which held its inaugural meeting on 13 October 2029, brings "
            "together 20 experts. It presented its findings to ministers on 6 July 2030.",
        ),
        published="2030-10-11",
    )
    assert _named(extraction, "Expert Group").launched == "2029-10-13"


def test_a_treaty_opened_for_signature_and_an_act_first_adopted() -> None:
    treaty = extract_blocks(
        ("title", "Oslo Convention on Fair Play"),
        (
            "paragraph",
            "The Oslo Convention on Fair Play protects players. It was opened for signature on "
            "25 October 2027 in Oslo and has been in force since 1 July 2030.",
        ),
        published="2031-06-01",
    )
    assert _named(treaty, "Convention").launched == "2027-10-25"
    day = extract_blocks(
        ("title", "Fair Play Act: play fair"),
        (
            "paragraph",
            "The Fair Play Act applies from tomorrow, 9 February 2031. First adopted in 2024, the "
            "Act is now known in 40 countries.",
        ),
        published="2031-02-08",
    )
    assert _named(day, "Fair Play Act").launched == "2024"


def test_a_day_first_launched_in_a_year_is_the_subject_after_the_comma() -> None:
    extraction = extract_blocks(
        ("title", "Safer Internet Day 2031: together for a better internet"),
        (
            "paragraph",
            "Safer Internet Day takes place tomorrow, 10 February 2031. First launched in "
            "2004, the Day is now celebrated in more than 180 countries.",
        ),
        published="2031-02-09",
    )
    assert _named(extraction, "Safer Internet Day").launched == "2004"


def test_a_report_a_group_launched_does_not_date_it() -> None:
    extraction = extract_blocks(
        ("title", "Nordic Expert Group on fair play"),
        ("paragraph", "The Nordic Expert Group on fair play advises ministers."),
        ("paragraph", "It launched its final report on 6 July 2030."),
        published="2030-10-11",
    )
    assert _named(extraction, "Expert Group").launched is None


def test_issuing_a_text_is_its_launch_but_issuing_a_report_is_not() -> None:
    extraction = extract_blocks(
        ("title", "Pond guidelines"),
        (
            "paragraph",
            "The Council of Towns issued its first report on the Guidelines to find, map and "
            "protect the ponds of the town in the digital age on 2 May 2020.",
        ),
        (
            "paragraph",
            "The Council of Towns issued the Guidelines to find, map and protect the ponds of "
            "the town in the digital age on 4 July 2018.",
        ),
        published="2020-05-03",
    )
    assert _named(extraction, "Guidelines").launched == "2018-07-04"


def test_a_document_the_initiative_publishes_is_not_its_launch() -> None:
    extraction = extract_blocks(
        ("title", "Pond experts publish progress reports"),
        (
            "paragraph",
            "Today the experts of the Observatory on the Urban Pond Economy published three "
            "draft progress reports on 7 July 2020.",
        ),
        published="2020-07-07",
    )
    assert _named(extraction, "Observatory").launched is None


def test_a_week_named_after_on_is_when_another_thing_was_launched() -> None:
    extraction = extract_blocks(
        ("title", "European Frog Week"),
        ("paragraph", "Millions will mark the European Frog Week in February 2021."),
        (
            "paragraph",
            "The Youth Frog Pledge is one such scheme: a youth-led initiative launched on "
            "European Frog Week 2020 which works with towns.",
        ),
        ("paragraph", "The European Frog Week began in 2004 as an initiative of a town."),
        published="2021-02-01",
    )
    assert _named(extraction, "Frog Week").launched == "2004"


def test_going_live_is_a_launch_and_a_period_that_came_to_an_end_is_no_end() -> None:
    extraction = extract_blocks(
        ("title", "Frog database helps find lost frogs"),
        (
            "paragraph",
            "The Frog Identification Database went live in 2009, building on a list the "
            "town had kept since 2001.",
        ),
        (
            "paragraph",
            "The Frog Identification Database came into force on 2 September 2020, with a "
            "12-month transition period that has now come to an end.",
        ),
        published="2021-09-02",
    )
    database = _named(extraction, "Database")
    assert (database.launched, database.ended, database.status) == ("2009", None, "active")


def test_these_and_the_kind_noun_refer_back_to_the_page_initiative() -> None:
    extraction = extract_blocks(
        ("title", "Town conclusions on developing pond literacy through education"),
        ("paragraph", "Adopted on 30 May 2016, these conclusions look at ponds."),
        ("paragraph", "Status: Adopted. Implementation period start: 2016"),
    )
    assert extraction.initiatives[0].launched == "2016-05-30"


def test_a_recurring_initiatives_first_edition_is_its_launch() -> None:
    extraction = extract_blocks(
        ("title", "European Pond Month 2014 officially launched"),
        (
            "paragraph",
            "Towns officially launched the European Pond Month (EPM) on 1 October 2014. The "
            "European Pond Month is a campaign that runs throughout October. Its first, pilot "
            "edition took place in October 2012 with eight towns.",
        ),
        ("paragraph", "The month sets out to:"),
        *items(2, "promote pond safety among citizens", "change the way people see frogs"),
        published="2014-10-01",
    )
    assert _named(extraction, "Pond Month").launched == "2012-10"


def test_a_launch_alongside_one_told_as_today_takes_the_pages_date() -> None:
    extraction = extract_blocks(
        ("title", "Town presents the European Pond Shield to protect ponds"),
        (
            "paragraph",
            "The town has today presented the European Pond Shield, with measures for ponds. "
            "Alongside it, the town adopted an EU Strategy for Frog Society to support frogs.",
        ),
        published="2025-11-12",
    )
    assert _named(extraction, "Frog Society").launched == "2025-11-12"


def test_a_launch_told_of_the_first_of_its_kind_dates_the_page_initiative() -> None:
    extraction = extract_blocks(
        ("title", "Towns and firms join forces against floods in the POND network"),
        (
            "paragraph",
            "The first pan-European collaboration between towns and firms against floods was "
            "launched in Brussels on 29 October 2014. POND, the Pond Organisations Network "
            "against Drainage, is an EU-funded project.",
        ),
        published="2014-10-30",
    )
    assert _named(extraction, "Network").launched == "2014-10-29"


def test_since_its_pilot_dates_a_recurring_campaign_not_this_years_edition() -> None:
    extraction = extract_blocks(
        ("title", "Pond news"),
        ("heading", "European Pond Month 2014 officially launched"),
        (
            "paragraph",
            "Towns kicked off the European Pond Month, a campaign held every October since its "
            "pilot in 2012.",
        ),
    )
    assert _named(extraction, "Pond Month").launched == "2012"


@pytest.mark.parametrize("opening", ["creation", "inception", "establishment"])
def test_since_its_launch_in_a_year_is_a_stated_start(opening: str) -> None:
    extraction = extract_blocks(
        ("title", "Nordic Pond Network"),
        (
            "paragraph",
            f"Since its {opening} in 2011, the Nordic Pond Network has grown to 30 towns.",
        ),
    )
    assert _named(extraction, "Network").launched == "2011"


def test_a_name_in_a_comma_apposition_is_not_the_subject_of_the_verb_after_it() -> None:
    extraction = extract_blocks(
        ("title", "First European Pond Month begins"),
        (
            "paragraph",
            "The European Pond Month (EPM), a pilot project organised by the Nordic Pond "
            "Network with the support of the towns, starts today, 1 October 2012, and will "
            "run for the whole month.",
        ),
        published="2012-10-01",
    )
    assert _named(extraction, "Pond Month").launched == "2012-10-01"


def test_a_headlines_undated_launch_takes_the_day_its_lead_gives_the_same_verb() -> None:
    extraction = extract_blocks(
        ("title", "Pond news"),
        ("heading", "Grand Pond Coalition launched in Brussels"),
        (
            "paragraph",
            "On 4 March 2013, the town launched a partnership to tackle the shortage of pond "
            "keepers; 15 companies have already signed up.",
        ),
        ("heading", "Frog Alliance launched in Oslo"),
        ("paragraph", "On 9 May 2013, the Nordic Pond Network launched a toad survey."),
    )
    assert _named(extraction, "Grand Pond Coalition").launched == "2013-03-04"
    assert _named(extraction, "Frog Alliance").launched is None  # the Network's launch


@pytest.mark.parametrize("verb", ["presents", "adopts"])
def test_today_a_body_presents_an_initiative_launches_it_on_the_pages_day(verb: str) -> None:
    extraction = extract_blocks(
        ("title", "Frogs' rights: new strategy to empower frogs"),
        (
            "paragraph",
            f"Today the town {verb} its first-ever EU Strategy on frogs' rights, so that all "
            "frogs can rely on their rights.",
        ),
        published="2020-06-24",
    )
    assert _named(extraction, "Strategy").launched == "2020-06-24"


@pytest.mark.parametrize("opening", ["since", "after"])
def test_a_passive_clause_with_an_indefinite_subject_tells_of_another_thing(opening: str) -> None:
    extraction = extract_blocks(
        ("title", "Heads of ten town agencies commit to working together on ponds"),
        (
            "paragraph",
            "On 13 June 2018, ten town agencies strengthened their cooperation. The heads of "
            "the agencies signed a Joint Statement of commitment to protecting ponds.",
        ),
        (
            "paragraph",
            f"The Joint Statement builds on the cooperation developed {opening} a first "
            "statement was signed in 2011.",
        ),
    )
    assert _named(extraction, "Joint Statement").launched == "2018-06-13"


@pytest.mark.parametrize("verb", ["kicks off", "starts"])
def test_an_editions_own_opening_dates_the_edition_named_with_its_year(verb: str) -> None:
    extraction = extract_blocks(
        ("title", "Pond news"),
        ("heading", "Nordic Pond Forum 2021 is here!"),
        (
            "paragraph",
            f"The 2021 edition of the annual Nordic Pond Forum {verb} today, Wednesday "
            "6 October 2021, putting young people at the heart of the debate.",
        ),
    )
    assert _named(extraction, "Nordic Pond Forum 2021").launched == "2021-10-06"


def test_today_opening_the_sentence_dates_the_proposal_it_puts_forward() -> None:
    extraction = extract_blocks(
        ("title", "A new EU Pond Youth Strategy to engage young people"),
        (
            "paragraph",
            "Today the European Commission put forward a new EU Pond Youth Strategy for the years "
            "2019-2027. It seeks to make the most of pond policy.",
        ),
        published="2018-05-22",
    )
    assert _named(extraction, "Pond Youth Strategy").launched == "2018-05-22"


def test_an_undated_launch_in_a_paragraph_takes_no_date_from_the_next_one() -> None:
    extraction = extract_blocks(
        ("title", "Pond news"),
        ("heading", "Partnerships"),
        ("paragraph", "The Grand Pond Coalition was launched in Brussels by the town."),
        ("paragraph", "On 4 March 2013, the Frog Council launched a partnership on toads."),
    )
    assert _named(extraction, "Grand Pond Coalition").launched is None


def test_another_years_edition_does_not_date_the_edition_named_with_its_year() -> None:
    extraction = extract_blocks(
        ("title", "Pond news"),
        ("heading", "Nordic Pond Forum 2021 is here!"),
        (
            "paragraph",
            "The 2020 edition of the annual Nordic Pond Forum kicked off on 6 October 2020, "
            "with young people at the heart of the debate.",
        ),
    )
    assert _named(extraction, "Nordic Pond Forum 2021").launched is None


def test_a_later_sentence_of_a_today_paragraph_is_not_dated_today() -> None:
    extraction = extract_blocks(
        ("title", "Pond news"),
        ("heading", "Frog Plan"),
        ("paragraph", "Towns met today in Oslo. The Frog Plan was adopted by the towns."),
        published="2025-11-12",
    )
    assert _named(extraction, "Frog Plan").launched is None


def test_a_tool_that_goes_live_is_launched() -> None:
    extraction = extract_blocks(
        ("title", "Pond Reporting Platform"),
        ("paragraph", "The Pond Reporting Platform goes live on 3 March 2031 in ten towns."),
    )
    assert _named(extraction, "Platform").launched == "2031-03-03"


def test_a_group_that_launched_seven_reports_was_not_launched_then() -> None:
    extraction = extract_blocks(
        ("title", "Nordic Pond Observatory"),
        ("paragraph", "The Nordic Pond Observatory was set up in 2019."),
        ("paragraph", "The Observatory launched seven reports on 6 July 2024."),
    )
    assert _named(extraction, "Observatory").launched == "2019"
    # every count word numbers.toml knows, not the first few
    assert launch._PRESENTS_DOCUMENT.match(" seventeen reports on ponds")


@pytest.mark.parametrize("verb", ["promulgated", "enacted", "approved"])
def test_a_text_promulgated_enacted_or_approved_was_launched_then(verb: str) -> None:
    extraction = extract_blocks(
        ("title", "Lakeland protects its ponds by law"),
        (
            "paragraph",
            f"On 3 May 2031 the President {verb} Law No 2031-12 aimed at protecting ponds. "
            "The Senate had voted the text on 2 April 2031.",
        ),
    )
    assert _named(extraction, "Law No 2031-12").launched == "2031-05-03"


def test_an_approval_for_funding_is_not_the_launch() -> None:
    extraction = extract_blocks(
        ("title", "Pond Watch Project starts"),
        (
            "paragraph",
            "The Pond Watch Project was approved for funding by the Lake Fund on 3 May 2031. "
            "The Pond Watch Project was launched in 2033.",
        ),
    )
    assert _named(extraction, "Pond Watch Project").launched == "2033"


@pytest.mark.parametrize(
    ("sentence", "launched"),
    [
        ("The Pond Watch project starts in March 2023 and will run for two years.", "2023-03"),
        ("The Pond Watch initiative begins on 1 June 2022 with an open lesson.", "2022-06-01"),
        ("This year's Pond Watch starts on 1 June 2022.", "2022-06-01"),
        ("Pond Watch (PW) starts on 1 June 2022.", "2022-06-01"),
        # a past start whose object is the initiative dates it too
        ("A group of parents started the Pond Watch project in March 2019.", "2019-03"),
        ("In March 2019, a local charity started the Pond Watch project.", "2019-03"),
        ("A coalition of schools began the Pond Watch campaign in March 2019.", "2019-03"),
    ],
)
def test_a_start_of_the_initiative_is_its_launch(sentence: str, launched: str) -> None:
    extraction = extract_blocks(
        ("title", "Pond Watch: safer ponds for children"),
        ("paragraph", sentence),
        ("paragraph", "Pond Watch teaches children to keep away from deep water."),
    )
    assert _named(extraction, "Pond Watch").launched == launched


def test_a_report_on_the_implementation_of_an_initiative_is_not_its_launch() -> None:
    extraction = extract_blocks(
        ("title", "Pond Safety Regulation: first report"),
        (
            "paragraph",
            "On 14 February 2031, the Agency adopted a report on the implementation of the "
            "Pond Safety Regulation.",
        ),
        ("paragraph", "The Pond Safety Regulation sets rules for fences around ponds."),
    )
    assert _named(extraction, "Pond Safety Regulation").launched is None


@pytest.mark.parametrize(
    "sentence",
    [
        "A new chapter starts on 17 February 2031, when the Pond Safety Act applies.",
        "The new chapter starts on 17 February 2031, when the Pond Safety Act applies.",
        "Enforcement of the Pond Safety Act starts in March 2032.",
        "Pond Safety Act registration starts on 1 May 2032.",
        "The Pond Safety Act season starts in May 2032.",
        "As the pond season opens, enforcement of the Pond Safety Act begins on 1 May 2032.",
    ],
)
def test_a_start_whose_subject_is_not_the_initiative_dates_nothing(sentence: str) -> None:
    extraction = extract_blocks(
        ("title", "The Pond Safety Act in practice"),
        ("paragraph", sentence),
        ("paragraph", "The Pond Safety Act sets rules for fences around ponds."),
    )
    assert _named(extraction, "Pond Safety Act").launched is None


def test_a_cues_date_far_in_its_sentence_is_still_its_date() -> None:
    # The dates near a cue are read first; a sentence whose only date is far from the cue
    # still gives it (the whole sentence is read when no date is near).
    aside = " ".join(["with pond keepers, schools and parents from every town"] * 8)
    extraction = extract_blocks(
        ("title", "Pond Safety Code"),
        ("paragraph", f"The Pond Safety Code was launched {aside} on 4 May 2031."),
    )
    assert _named(extraction, "Pond Safety Code").launched == "2031-05-04"


def test_a_launch_is_told_of_both_objects_joined_by_and_a() -> None:
    extraction = extract_blocks(
        ("title", "Two texts on school ponds"),
        (
            "paragraph",
            "On 3 May 2031, the Council adopted a Recommendation on fencing school ponds and a "
            "Recommendation on lighting school ponds.",
        ),
        ("heading", "Recommendation on fencing school ponds"),
        ("paragraph", "It asks schools to fence every pond."),
        ("heading", "Recommendation on lighting school ponds"),
        ("paragraph", "It asks schools to light every pond."),
    )
    launched = {i.name: i.launched for i in extraction.initiatives}
    assert launched == {
        "Recommendation on fencing school ponds": "2031-05-03",
        "Recommendation on lighting school ponds": "2031-05-03",
    }


def test_a_press_releases_lead_dates_the_texts_its_sections_describe_by_their_kind() -> None:
    extraction = extract_blocks(
        ("title", "Commission takes steps to make ponds safer"),
        ("dateline", "Brussels, 2 July 2031"),
        ("paragraph", "The Commission today adopted guidelines to help owners make ponds safe."),
        ("heading", "Guidelines on pond fences"),
        ("paragraph", "They ask owners to fence ponds near schools."),
        ("heading", "Guidelines on pond lights"),
        ("paragraph", "They ask owners to light ponds at night."),
        published="2031-07-02",
    )
    launched = {i.name: i.launched for i in extraction.initiatives}
    assert launched == {
        "Guidelines on pond fences": "2031-07-02",
        "Guidelines on pond lights": "2031-07-02",
    }


def test_a_leads_news_shares_words_with_another_text_without_dating_it() -> None:
    extraction = extract_blocks(
        ("title", "EU proposes new rules for safer ponds"),
        ("paragraph", "Today the Commission proposed new EU rules to keep children safe at ponds."),
        ("heading", "EU Centre to keep children safe at ponds"),
        ("paragraph", "The rules would set up a centre to support national authorities."),
        published="2031-07-02",
    )
    assert [(i.name, i.launched) for i in extraction.initiatives] == [
        ("EU Centre to keep children safe at ponds", None)
    ]


def test_a_leads_report_on_a_text_does_not_date_that_text() -> None:
    extraction = extract_blocks(
        ("title", "Commission reports on safer ponds"),
        (
            "paragraph",
            "The Commission today published a report on the implementation of the European "
            "Strategy for safer ponds.",
        ),
        ("heading", "European Strategy for safer ponds"),
        ("paragraph", "The strategy sets out measures to fence ponds."),
        published="2031-07-02",
    )
    assert [(i.name, i.launched) for i in extraction.initiatives] == [
        ("European Strategy for safer ponds", None)
    ]


def test_a_sections_own_paragraph_is_no_lead_for_the_next_section() -> None:
    extraction = extract_blocks(
        ("title", "Guidelines for safer ponds"),
        ("heading", "Guidelines on pond fences"),
        ("paragraph", "The Commission today adopted guidelines on pond fences."),
        ("heading", "Guidelines on pond lights"),
        ("paragraph", "The guidelines on pond lights have helped owners for years."),
        published="2031-07-02",
    )
    launched = {i.name: i.launched for i in extraction.initiatives}
    assert launched["Guidelines on pond lights"] is None


@pytest.mark.parametrize(
    "lead",
    [
        "The Commission today published guidelines that set out how owners should fence ponds.",
        "The Commission today adopted a set of guidelines to help owners fence ponds.",
        "The Commission today adopted new guidelines in 24 languages.",
        "The Commission today adopted guidelines and published a report on pond safety.",
    ],
)
def test_a_leads_launch_dates_the_text_its_objects_head_noun_names(lead: str) -> None:
    extraction = extract_blocks(
        ("title", "Safer ponds for children"),
        ("paragraph", lead),
        ("heading", "Guidelines on pond fences"),
        ("paragraph", "They ask owners to fence ponds near schools."),
        published="2031-07-02",
    )
    assert [(i.name, i.launched) for i in extraction.initiatives] == [
        ("Guidelines on pond fences", "2031-07-02")
    ]


def test_a_leads_report_on_two_texts_dates_neither() -> None:
    extraction = extract_blocks(
        ("title", "Safer ponds for children"),
        (
            "paragraph",
            "The Commission today published a report on the implementation of the Pond Safety "
            "Strategy and the Pond Safety Action Plan.",
        ),
        ("heading", "Pond Safety Action Plan"),
        ("paragraph", "The plan asks owners to fence ponds near schools."),
        published="2031-07-02",
    )
    assert [(i.name, i.launched) for i in extraction.initiatives] == [
        ("Pond Safety Action Plan", None)
    ]
