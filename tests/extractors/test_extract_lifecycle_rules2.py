"""Lifecycle on small synthetic documents: phases, runs, occasions and teaser launches."""

from __future__ import annotations

import pytest

from schemas.extraction import Initiative
from tests.extractors.extract_documents import extract_blocks, named


def _hub_page(last: str) -> Initiative:
    extraction = extract_blocks(
        ("title", "Nordic Hub for Reading Support"),
        (
            "paragraph",
            "Ministers set up the Nordic Hub for Reading Support (the Hub) in May 2030, as a "
            "two-year pilot, to advise schools on reading apps.",
        ),
        ("paragraph", last),
    )
    return named(extraction, "Nordic Hub for Reading Support")


def test_the_end_of_a_pilot_is_not_the_end_of_the_initiative() -> None:
    hub = _hub_page("The pilot project ended in June 2032. Its work resumed in 2033.")
    assert (hub.launched, hub.ended, hub.status) == ("2030-05", None, "active")


def test_the_end_of_the_initiative_itself_still_ends_it() -> None:
    hub = _hub_page("The Hub ended in June 2032.")
    assert (hub.ended, hub.status) == ("2032-06", "ended")


def test_an_opening_participle_launches_the_subject_it_tells_of() -> None:
    extraction = extract_blocks(
        ("title", "Reading news"),
        ("heading", "Publishers endorse the Nordic Principles for Reading Apps"),
        (
            "paragraph",
            "Launched on 4 May 2031 by three ministries, the nine Principles were endorsed "
            "the same week by twelve publishers.",
        ),
    )
    principles = named(extraction, "Nordic Principles for Reading Apps")
    assert principles.launched == "2031-05-04"


def test_an_opening_participle_of_another_subject_launches_nothing() -> None:
    extraction = extract_blocks(
        ("title", "Reading news"),
        ("heading", "Publishers endorse the Nordic Principles for Reading Apps"),
        (
            "paragraph",
            "Launched on 4 May 2031 by three ministries, the survey asked pupils about apps.",
        ),
    )
    assert named(extraction, "Nordic Principles for Reading Apps").launched is None


def test_the_project_that_started_is_the_page_s_initiative() -> None:
    extraction = extract_blocks(
        ("title", "Nordic Reading Research Alliance"),
        (
            "paragraph",
            "The Nordic Reading Research Alliance is funded by three ministries. The three-year "
            "project started on 1 March 2031 and gathers research on reading apps.",
        ),
    )
    assert extraction.initiatives[0].launched == "2031-03-01"


def _week_page(published: str, verb: str) -> Initiative:
    extraction = extract_blocks(
        ("title", "Nordic Reading Week"),
        ("paragraph", "The Nordic Reading Week is a new initiative of three ministries."),
        ("paragraph", f"From 3 to 7 May 2031, libraries {verb} readings across the region."),
        published=published,
    )
    return extraction.initiatives[0]


def test_an_occasion_under_way_starts_on_its_first_day() -> None:
    week = _week_page("2031-05-03", "are holding")
    assert (week.launched, week.ended, week.status) == ("2031-05-03", None, "active")


def test_an_occasion_told_afterwards_ended_on_its_last_day() -> None:
    week = _week_page("2031-06-01", "held")
    assert (week.launched, week.ended, week.status) == ("2031-05-03", "2031-05-07", "ended")


def test_an_ended_project_ended_when_its_stated_run_did() -> None:
    extraction = extract_blocks(
        ("title", "Nordic Reading Research Alliance"),
        (
            "paragraph",
            "The Nordic Reading Research Alliance ran from 1 March 2031 until 28 February "
            "2034. The project has now ended.",
        ),
    )
    alliance = extraction.initiatives[0]
    assert (alliance.launched, alliance.ended, alliance.status) == (
        "2031-03-01",
        "2034-02-28",
        "ended",
    )


def test_a_run_stated_by_name_starts_before_a_first_meeting() -> None:
    extraction = extract_blocks(
        ("title", "Nordic Reading Research Alliance"),
        ("paragraph", "The Nordic Reading Research Alliance runs from 1 March 2031."),
        ("paragraph", "The partners met for the first time on 19 March 2031 in Oslo."),
        published="2031-06-01",
    )
    assert extraction.initiatives[0].launched == "2031-03-01"


def _bridges_page(closing: str) -> Initiative:
    extraction = extract_blocks(
        ("title", "Reading Bridges publishes its final report"),
        (
            "paragraph",
            "Reading Bridges, a research project funded under the Nordic Reading Programme, "
            "has released its final report.",
        ),
        (
            "paragraph",
            "The project was set up because evidence was missing. It combined a survey with "
            "interviews; a report of early findings released in May 2031 added data for "
            f"Iceland. {closing}",
        ),
    )
    return named(extraction, "Reading Bridges")


def test_a_run_told_in_the_past_dates_and_ends_the_initiative() -> None:
    bridges = _bridges_page(
        "The final report closes the project, which ran throughout 2030 and 2031."
    )
    assert (bridges.launched, bridges.ended, bridges.status) == ("2030", "2031", "ended")


def test_a_run_from_one_year_to_another_in_the_past_ends_it() -> None:
    bridges = _bridges_page("The project lasted from 2029 to 2031.")
    assert (bridges.launched, bridges.ended, bridges.status) == ("2029", "2031", "ended")


def _forum_page(last: str) -> Initiative:
    extraction = extract_blocks(
        ("title", "Kindness online at Nordic Reading Forum 2031"),
        (
            "paragraph",
            "The Nordic Reading Forum met in Oslo on 14 November 2031. The Forum is an annual "
            "conference bringing together young people and teachers.",
        ),
        ("paragraph", last),
    )
    return named(extraction, "Nordic Reading Forum")


def test_a_noun_in_apposition_to_another_name_launches_that_thing() -> None:
    forum = _forum_page(
        "The theme echoed #KindWords4All, the campaign the Nordic Council launched on "
        "3 April 2031 to raise awareness of online abuse."
    )
    assert forum.launched is None


def test_a_past_run_of_another_subject_does_not_end_the_initiative() -> None:
    bridges = _bridges_page(
        "It followed a public consultation that ran from 3 March to 4 April 2030."
    )
    assert (bridges.ended, bridges.status) == (None, "active")


def test_a_report_that_brought_the_groups_work_to_an_end_ends_it() -> None:
    extraction = extract_blocks(
        ("title", "High-Level Group on fair play"),
        ("paragraph", "The High-Level Group on fair play was launched in June 2029."),
        (
            "paragraph",
            "The Group published its concluding report on 15 November 2030, which brought the "
            "Group's work to an end.",
        ),
        published="2031-01-10",
    )
    (group,) = extraction.initiatives
    assert (group.ended, group.status) == ("2030-11-15", "ended")


def test_a_new_body_told_only_in_the_future_is_not_running_yet() -> None:
    extraction = extract_blocks(
        ("title", "Town presents the European Pond Shield to protect ponds"),
        (
            "paragraph",
            "The town has today presented the European Pond Shield. A new European Centre for "
            "Pond Resilience will pool expertise to detect floods.",
        ),
        ("heading", "European Centre for Pond Resilience"),
        ("paragraph", "A new European Centre for Pond Resilience will pool expertise."),
        published="2025-11-12",
    )
    centre = next(i for i in extraction.initiatives if "Centre" in i.name)
    assert (centre.launched, centre.status) == (None, "unknown")


def test_it_ran_from_a_day_to_another_with_an_aside_ends_the_initiative() -> None:
    bridges = _bridges_page("It ran from 9 May 2030 \u2013 Reading Day \u2013 to 8 May 2031.")
    assert (bridges.ended, bridges.status) == ("2031-05-08", "ended")


def test_a_themed_european_year_is_an_initiative() -> None:
    extraction = extract_blocks(
        ("title", "Reading news"),
        ("heading", "The European Year of Reading kicks off"),
        ("paragraph", "The European Year of Reading starts today, 9 May 2030, and runs a year."),
    )
    assert named(extraction, "European Year of Reading").launched == "2030-05-09"


def test_a_records_finish_line_after_the_pages_date_is_a_planned_end() -> None:
    extraction = extract_blocks(
        ("title", "EU Strategy on frogs' rights (2030-2035)"),
        ("paragraph", "On 24 June 2030 the town adopted its EU Strategy on frogs' rights."),
        ("paragraph", "Implementation period start: 2030"),
        ("paragraph", "Implementation period finish: 2035"),
        published="2030-07-03",
    )
    (strategy,) = extraction.initiatives
    assert (strategy.ended, strategy.status) == (None, "active")


def test_it_opening_a_sentence_of_the_initiatives_own_block_tells_its_run() -> None:
    extraction = extract_blocks(
        ("title", "European Year of Ponds"),
        (
            "paragraph",
            "The town's mayor announced the Year in her address on 14 September 2029. It ran "
            "from 9 May 2030 \u2013 Pond Day \u2013 to 8 May 2031, with many actions.",
        ),
    )
    year = named(extraction, "European Year of Ponds")
    assert (year.ended, year.status) == ("2031-05-08", "ended")


def test_a_records_finish_line_in_the_pages_own_year_still_ends_it() -> None:
    extraction = extract_blocks(
        ("title", "EU Strategy on frogs' rights (2028-2030)"),
        ("paragraph", "On 24 June 2028 the town adopted its EU Strategy on frogs' rights."),
        ("paragraph", "Implementation period start: 2028"),
        ("paragraph", "Implementation period finish: 2030"),
        published="2030-12-03",
    )
    (strategy,) = extraction.initiatives
    assert (strategy.ended, strategy.status) == ("2030", "ended")


def test_a_new_body_told_as_opened_today_is_running() -> None:
    extraction = extract_blocks(
        ("title", "A new European Centre for Pond Safety"),
        (
            "paragraph",
            "A new European Centre for Pond Safety opened today in Oslo. It pools the expertise "
            "of ten towns.",
        ),
        published="2031-03-04",
    )
    assert named(extraction, "European Centre for Pond Safety").status == "active"


def test_a_programme_described_as_a_scheme_that_ended_has_ended() -> None:
    extraction = extract_blocks(
        ("title", "Nordic Pond Programme"),
        ("paragraph", "The Nordic Pond Programme, a scheme that ended in 2019, funded 40 towns."),
    )
    assert named(extraction, "Nordic Pond Programme").ended == "2019"


def test_a_period_in_brackets_after_the_kind_the_page_gives_dates_the_start() -> None:
    extraction = extract_blocks(
        ("title", "Register for the PONDA course"),
        (
            "paragraph",
            "PONDA (Pond Observation and Network Data) is a two-year project (2017-2019), "
            "co-funded by ten towns.",
        ),
        ("paragraph", "The Lake Fund, a programme (2010-2020), pays for it."),
    )
    assert named(extraction, "PONDA").launched == "2017"


def test_a_legal_text_named_by_its_day_was_made_that_day() -> None:
    extraction = extract_blocks(
        ("title", "Act of 28 July 2031 amending the Pond Code and certain other acts"),
        (
            "paragraph",
            "The Act of 28 July 2031 amending the Pond Code and certain other acts applies from "
            "15 February 2032 to every pond keeper.",
        ),
    )
    (act,) = extraction.initiatives
    assert act.launched == "2031-07-28"


def test_a_period_after_the_kind_noun_of_another_name_is_that_one_s() -> None:
    extraction = extract_blocks(
        ("title", "Register for the PONDA course"),
        ("paragraph", "PONDA (Pond Observation and Network Data) is a programme of ten towns."),
        ("paragraph", "PONDA builds on the Lake Strategy, a programme (2010-2020) for ponds."),
    )
    assert named(extraction, "PONDA").launched is None


def test_the_day_of_the_text_an_act_amends_is_not_its_own() -> None:
    extraction = extract_blocks(
        ("title", "Second Act amending the Pond Protection Act of 1 April 2003"),
        (
            "paragraph",
            "The Second Act amending the Pond Protection Act of 1 April 2003 was adopted on "
            "3 March 2032.",
        ),
    )
    (act,) = extraction.initiatives
    assert act.launched == "2032-03-03"


@pytest.mark.parametrize(
    "paragraph",
    [
        # its short name and what it is stand between the name and "ran from ... to ..."
        "Together for Tackling Pond Litter (TOC), a 24-month strategic partnership in the field "
        "of youth and adult education across five lake towns, ran from 28 February 2031 to 27 "
        "February 2033. It trained youth workers.",
        # the name unshortened, a bracketed code inside the apposition
        "Together for Tackling Pond Litter, a 24-month strategic partnership in the field of "
        "youth (2031-1-IT03-KA205), ran from 28 February 2031 to 27 February 2033.",
    ],
)
def test_a_run_told_after_an_apposition_is_the_initiatives(paragraph: str) -> None:
    extraction = extract_blocks(
        ("title", "Pond partnerships for youth workers"),
        ("heading", "Together for Tackling Pond Litter"),
        ("paragraph", paragraph),
    )
    toc = named(extraction, "Together for Tackling Pond Litter")
    assert (toc.launched, toc.ended, toc.status) == ("2031-02-28", "2033-02-27", "ended")


def test_a_run_told_in_a_relative_clause_after_an_apposition_is_not_the_names() -> None:
    # "..., a project of the frog network, which ran ...": the network's run, not Pond Days'.
    extraction = extract_blocks(
        ("title", "Pond Days"),
        (
            "paragraph",
            "Pond Days (PD), a two-year project of the frog network, which ran from 1 March 2031 "
            "to 2 March 2032, trains pupils.",
        ),
    )
    assert named(extraction, "Pond Days").ended is None


def test_a_run_told_after_a_bracketed_note_is_the_names() -> None:
    # "(in Lakeland)" is no short name of it: the bracket stands between the name and the verb.
    extraction = extract_blocks(
        ("title", "Pond Litter Partnership"),
        (
            "paragraph",
            "The Pond Litter Partnership (in Lakeland) ran from 28 February 2031 to 27 February "
            "2033. It trained youth workers.",
        ),
    )
    partnership = named(extraction, "Pond Litter Partnership")
    assert (partnership.launched, partnership.ended) == ("2031-02-28", "2033-02-27")


@pytest.mark.parametrize(
    ("sentence", "outcome"),
    [
        (
            "The Lake Act set up the Lake Board, which replaced the Pond Regulators Group in "
            "February 2031, and held its first meeting on 10 February 2031.",
            ("ended", "2031-02"),
        ),
        # the date comes from the replacement's own clause only
        (
            "The Lake Board, which replaced the Pond Regulators Group, and on 3 May 2031 met.",
            ("ended", None),
        ),
        # named earlier in the sentence, but not the subject of "replaced"
        (
            "After the Pond Regulators Group proved weak, the Lake Board replaced the Pond "
            "Regulators Group in March 2031.",
            ("ended", "2031-03"),
        ),
        (
            "Critics of the Pond Regulators Group welcomed that the Lake Board replaced it in "
            "March 2031.",
            ("ended", "2031-03"),
        ),
        # a replacement denied, planned or of a part ends nothing
        (
            "The Lake Act has not replaced the Pond Regulators Group, which goes on in 2031.",
            ("active", None),
        ),
        (
            "A proposal that would have replaced the Pond Regulators Group in 2031 was rejected.",
            ("active", None),
        ),
        (
            "In 2031 the Lake Act partly replaced the Pond Regulators Group's rules on fishing.",
            ("active", None),
        ),
    ],
)
def test_an_initiative_another_one_replaced_has_ended(
    sentence: str, outcome: tuple[str, str | None]
) -> None:
    extraction = extract_blocks(
        ("title", "Pond Regulators Group"),
        ("paragraph", "The Pond Regulators Group advised wardens from 3 February 2024."),
        ("paragraph", sentence),
    )
    group = named(extraction, "Pond Regulators Group")
    assert (group.status, group.ended) == outcome


def test_an_initiative_that_replaced_another_goes_on() -> None:
    extraction = extract_blocks(
        ("title", "Lake Board"),
        ("paragraph", "The Lake Board replaced the Pond Regulators Group in February 2031."),
    )
    board = named(extraction, "Lake Board")
    assert (board.status, board.ended) == ("active", None)


def test_an_initiative_that_replaced_what_it_points_back_to_goes_on() -> None:
    # "it" read as the Drive's own back-reference: the Drive replaced something else
    extraction = extract_blocks(
        ("title", "Kind Words Online Drive: parents sign up"),
        ("paragraph", "Kind Words Online Drive (KWOD) began in February 2024 among parents."),
        ("paragraph", "Its first pledge came as a long form. KWOD has since replaced it."),
    )
    drive = named(extraction, "Kind Words Online Drive")
    assert (drive.status, drive.ended) == ("active", None)
