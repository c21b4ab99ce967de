"""Lifecycle on small synthetic documents: initiatives that merged into a new one."""

from __future__ import annotations

import pytest

from schemas.extraction import Extraction, Initiative
from tests.extractors.extract_documents import BlockSpec, extract_blocks, named

MERGER_PAGE: list[BlockSpec] = [
    ("title", "Nordic Reading Alliance"),
    (
        "paragraph",
        "The Nordic Reading Alliance is the result of the merger between the Baltic Book "
        "Coalition and the Fjord Library Network.",
    ),
    ("heading", "Baltic Book Coalition"),
    ("paragraph", "The Baltic Book Coalition was founded in 2009 by twelve publishers."),
    ("heading", "Fjord Library Network"),
    ("paragraph", "The Fjord Library Network was launched on 3 May 2011 by forty libraries."),
    ("paragraph", "The two initiatives merged in 2017."),
]


def test_merged_initiatives_ended_and_their_result_started_then() -> None:
    extraction = extract_blocks(*MERGER_PAGE)
    coalition = named(extraction, "Baltic Book Coalition")
    network = named(extraction, "Fjord Library Network")
    alliance = named(extraction, "Nordic Reading Alliance")
    assert (coalition.launched, coalition.ended, coalition.status) == ("2009", "2017", "ended")
    assert (network.launched, network.ended, network.status) == ("2011-05-03", "2017", "ended")
    assert (alliance.launched, alliance.ended, alliance.status) == ("2017", None, "active")


def test_parties_merged_to_form_a_new_initiative() -> None:
    extraction = extract_blocks(
        ("title", "Nordic Reading Alliance"),
        (
            "paragraph",
            "In 2017 the Baltic Book Coalition and the Fjord Library Network merged to form "
            "the Nordic Reading Alliance.",
        ),
        ("heading", "Baltic Book Coalition"),
        ("paragraph", "The Baltic Book Coalition gathered twelve publishers."),
        ("heading", "Fjord Library Network"),
        ("paragraph", "The Fjord Library Network gathered forty libraries."),
    )
    assert named(extraction, "Baltic Book Coalition").status == "ended"
    assert named(extraction, "Fjord Library Network").ended == "2017"
    assert named(extraction, "Nordic Reading Alliance").launched == "2017"


def _programme_page(published: str | None) -> Extraction:
    return extract_blocks(
        ("title", "Ministers agree on the Nordic Reading Programme"),
        (
            "paragraph",
            "Meeting on 9 March 2031, the ministers agreed on the Nordic Reading Programme, "
            "which will give schools new books.",
        ),
        ("paragraph", "The three-year programme (2032-34) has a budget of 9 million."),
        published=published,
    )


def test_a_programme_period_to_come_is_its_launch() -> None:
    programme = named(_programme_page("2031-03-10"), "Nordic Reading Programme")
    assert programme.launched == "2032"


def test_a_programme_period_told_afterwards_leaves_the_agreement_as_launch() -> None:
    programme = named(_programme_page("2036-01-10"), "Nordic Reading Programme")
    assert programme.launched == "2031-03-09"


def _start_page(published: str) -> Extraction:
    return extract_blocks(
        ("title", "Ministers adopt the Nordic Reading Programme"),
        (
            "paragraph",
            "Schools will have a new Nordic Reading Programme from 1 January 2032. The "
            "ministers adopted the Nordic Reading Programme on 4 December 2031.",
        ),
        published=published,
    )


def test_a_start_to_come_beats_the_adoption() -> None:
    assert named(_start_page("2031-12-05"), "Nordic Reading Programme").launched == "2032-01-01"


def test_a_start_told_afterwards_leaves_the_adoption() -> None:
    assert named(_start_page("2034-12-05"), "Nordic Reading Programme").launched == "2031-12-04"


def _alliance_page(last: str) -> Initiative:
    extraction = extract_blocks(
        ("title", "Nordic Reading Alliance"),
        ("paragraph", "The Nordic Reading Alliance was founded in 2019 by twelve libraries."),
        ("paragraph", last),
    )
    return named(extraction, "Nordic Reading Alliance")


def test_an_initiative_that_concluded_at_a_date_ended_then() -> None:
    alliance = _alliance_page(
        "After a decade of work, the Nordic Reading Alliance concluded at the end of 2030."
    )
    assert (alliance.launched, alliance.ended, alliance.status) == ("2019", "2030", "ended")


def test_an_initiative_that_concluded_an_agreement_goes_on() -> None:
    alliance = _alliance_page(
        "The Nordic Reading Alliance concluded an agreement with publishers in 2030."
    )
    assert (alliance.ended, alliance.status) == (None, "active")


def test_a_group_that_completed_its_mandate_ended_then() -> None:
    extraction = extract_blocks(
        ("title", "Expert Group on Reading Apps"),
        ("paragraph", "The Expert Group on Reading Apps advises ministries on apps for pupils."),
        ("paragraph", "The Expert Group on Reading Apps met for the first time on 4 May 2021."),
        ("paragraph", "The Expert Group on Reading Apps concluded its mandate on 9 June 2022."),
    )
    group = extraction.initiatives[0]
    assert (group.launched, group.ended, group.status) == ("2021-05-04", "2022-06-09", "ended")


def test_a_group_that_has_completed_its_work_ended() -> None:
    extraction = extract_blocks(
        ("title", "Expert Group on Reading Apps"),
        ("paragraph", "The Expert Group on Reading Apps has completed its work."),
        ("paragraph", "The Expert Group on Reading Apps was set up in 2019."),
    )
    group = extraction.initiatives[0]
    assert (group.launched, group.ended, group.status) == ("2019", None, "ended")


def test_what_a_proposal_would_establish_has_an_unknown_status() -> None:
    extraction = extract_blocks(
        ("title", "Nordic Regulation on reading apps"),
        ("paragraph", "Ministers proposed the Nordic Regulation on reading apps on 2 March 2024."),
        ("heading", "Nordic Expert Group on Reading Apps"),
        (
            "paragraph",
            "The proposed Regulation also establishes the Nordic Expert Group on Reading Apps. "
            "The Nordic Expert Group on Reading Apps will check apps for pupils.",
        ),
        published="2024-03-02",
    )
    assert named(extraction, "Nordic Expert Group on Reading Apps").status == "unknown"
    assert named(extraction, "Nordic Regulation on reading apps").status == "active"


def _pond_project(end: str) -> Initiative:
    """The page of a project whose second sentence, in the same paragraph, is `end`."""
    extraction = extract_blocks(
        ("title", "Pond Watch Project"),
        ("paragraph", f"The Pond Watch Project was set up in March 2031 by ten towns. {end}"),
    )
    return named(extraction, "Pond Watch Project")


@pytest.mark.parametrize(
    "end",
    [
        "The project, funded by the Frog Trust and ten towns, has been completed.",
        "It has now been completed.",
        "It has since concluded.",
        "The project is now finished.",
        "A final conference closed the two-year Pond Watch Project in May 2033.",
    ],
)
def test_an_end_told_as_done_ends_the_initiative(end: str) -> None:
    assert _pond_project(end).status == "ended"


@pytest.mark.parametrize(
    "end",
    [
        "The consultation closed on 4 May 2032.",
        "The first phase has been completed.",
        "It will end in 2035.",
        "It ended a consultation in 2033.",
        "It is now over ten years old.",
        "It has now concluded that ponds are safe.",
        "The project has since concluded how ponds stay safe.",
        "It is now complete with a map of every pond.",
        "It has now concluded whether ponds are safe.",
        "It stopped a survey in 2033.",
        "It closed the consultation in 2033.",
        "It finished the mapping in 2033.",
        "A call for proposals for projects under the Pond Watch Project, which closed on 2 March"
        " 2032, drew 40.",
        "The project website has now been completed.",
        "The project evaluation is now complete.",
        "The Trust opened a call for the Pond Watch Project, which closed on 22 February 2032.",
        "A call for proposals under the Pond Watch Project, which closed on 2 March 2032, drew 40.",
    ],
)
def test_an_end_told_of_another_thing_of_a_decision_or_of_a_plan_ends_nothing(end: str) -> None:
    project = _pond_project(end)
    assert (project.ended, project.status) == (None, "active")


def test_an_end_after_a_run_ends_on_the_runs_last_day() -> None:
    project = _pond_project(
        "The Pond Watch Project ran from 1 May 2031 to 30 April 2033 and has now been completed."
    )
    assert (project.ended, project.status) == ("2033-04-30", "ended")


def test_it_points_back_only_to_an_initiative_the_sentence_before_names() -> None:
    extraction = extract_blocks(
        ("title", "Pond Watch Project"),
        ("paragraph", "The Pond Watch Project was set up in March 2031 by ten towns."),
        ("paragraph", "The towns met in Lund. It ended in 2033."),
    )
    project = named(extraction, "Pond Watch Project")
    assert (project.ended, project.status) == (None, "active")


def test_a_later_launch_cue_in_a_headed_period_is_a_step_within_it() -> None:
    extraction = extract_blocks(
        ("title", "Pond safety programmes"),
        ("heading", "Pond Safety Action Plan (2031-2036)", {"level": 2}),
        (
            "paragraph",
            "A decision of 25 January 2031 adopted the first plan. A two-year extension, adopted"
            " on 16 June 2035, kept the plan running until 2036.",
        ),
        ("heading", "After 2036", {"level": 2}),
        ("paragraph", "Ponds have been safe since 2037."),
    )
    (plan,) = extraction.initiatives
    assert (plan.launched, plan.ended) == ("2031-01-25", "2036")


def test_an_initiative_which_has_since_concluded_ended() -> None:
    project = _pond_project(
        "Until 2033 the towns funded the Pond Watch Project, which has since concluded."
    )
    assert project.status == "ended"
