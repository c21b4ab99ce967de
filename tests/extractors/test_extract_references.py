"""Rules that tie facts to the right initiative: short names, pronouns, list lead-ins,
end and launch cues, elided "joined" and sentence-case names in a title."""

from __future__ import annotations

import pytest

from extractors.extract.joins import joined_with_dates
from extractors.extract.references import opens_sentence
from extractors.extract.titles import title_head_name
from schemas.extraction import Extraction, Initiative
from tests.extractors.extract_documents import BlockSpec, extract_blocks, items


def _named(extraction: Extraction, word: str) -> Initiative:
    (found,) = [i for i in extraction.initiatives if word in i.name]
    return found


TWO_CHARTERS: list[BlockSpec] = [
    ("title", "The Charter on Safer Online Play"),
    ("paragraph", "The Charter on Safer Online Play was presented on 3 March 2015."),
    (
        "paragraph",
        "The 2015 Charter was signed in April 2015 by Alpha and Beta. Gamma joined in "
        "May 2016 and Delta in June 2017. It was replaced by the Renewed Charter on 9 May 2021.",
    ),
    ("heading", "The 2021 Renewed Charter on Safer Online Play", {"level": 2}),
    ("paragraph", "The Renewed Charter on Safer Online Play was signed on 9 May 2021."),
    ("heading", "Areas of work", {"level": 2}),
    ("paragraph", "The Renewed Charter sets out 12 commitments in the following areas:"),
    *items(1, "Safer chat for young players", "Fair in-game purchases", "Clear age ratings"),
]


def test_a_list_goes_to_the_initiative_its_lead_in_names() -> None:
    extraction = extract_blocks(*TWO_CHARTERS)
    renewed = _named(extraction, "Renewed")
    first = next(i for i in extraction.initiatives if "Renewed" not in i.name)
    assert [a.text for a in renewed.actions] == [
        "Safer chat for young players",
        "Fair in-game purchases",
        "Clear age ratings",
    ]
    assert first.actions == []


def test_a_pronoun_and_a_short_name_carry_the_end_and_the_launch() -> None:
    extraction = extract_blocks(*TWO_CHARTERS)
    renewed = _named(extraction, "Renewed")
    first = next(i for i in extraction.initiatives if "Renewed" not in i.name)
    assert (first.launched, first.ended, first.status) == ("2015-03-03", "2021-05-09", "ended")
    assert (renewed.launched, renewed.ended, renewed.status) == ("2021-05-09", None, "active")


def test_joined_carries_over_to_every_name_in_date_part() -> None:
    first = next(i for i in extract_blocks(*TWO_CHARTERS).initiatives if "Renewed" not in i.name)
    assert [s.name for s in first.signatories] == ["Alpha", "Beta", "Gamma", "Delta"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Gamma joined in May 2016 and Delta in June 2017.", ["Gamma", "Delta"]),
        (
            "Gamma joined on 2 May 2016, Delta in 2017 and Epsilon in 2018.",
            ["Gamma", "Delta", "Epsilon"],
        ),
        ("Later, Gamma Corp joined the pact in 2016.", ["Gamma Corp"]),
        ("Gamma joined forces with Delta in 2016.", []),
        ("The members joined in 2016.", []),
    ],
)
def test_joined_with_dates(text: str, names: list[str]) -> None:
    assert [piece.name for piece in joined_with_dates(text)] == names


@pytest.mark.parametrize(
    ("sentence", "ended"),
    [
        ("They were discontinued in March 2012, when a new pact took over.", "2012-03"),
        ("They were wound up in 2013.", "2013"),
        ("They have been superseded since 2014 by other rules.", "2014"),
    ],
)
def test_they_takes_up_the_plural_initiative_of_the_paragraph(sentence: str, ended: str) -> None:
    extraction = extract_blocks(
        ("title", "Fair Play Principles for Online Games"),
        ("paragraph", "The Fair Play Principles for Online Games were agreed in 2010."),
        ("paragraph", f"The principles are no longer active. {sentence}"),
    )
    (principles,) = extraction.initiatives
    assert (principles.ended, principles.status) == (ended, "ended")


def test_it_was_the_first_time_refers_to_nothing() -> None:
    extraction = extract_blocks(
        ("title", "Pact for Safer Gaming"),
        ("paragraph", "The Pact for Safer Gaming was published on 4 April 2019."),
        ("paragraph", "It was the first time that studios agreed on a code. It stopped nothing."),
    )
    (pact,) = extraction.initiatives
    assert pact.launched == "2019-04-04"


def test_the_most_precise_agreeing_launch_date_wins() -> None:
    extraction = extract_blocks(
        ("title", "Pact for Safer Gaming"),
        ("paragraph", "The Pact for Safer Gaming was agreed in Mar. 2019 by studios."),
        ("paragraph", "The agreement was signed on Play Day, 12 March 2019, by Alpha and Beta."),
    )
    (pact,) = extraction.initiatives
    assert pact.launched == "2019-03-12"
    assert [s.name for s in pact.signatories] == ["Alpha", "Beta"]


def test_a_launch_on_the_day_takes_the_day_stated_before() -> None:
    extraction = extract_blocks(
        ("title", "Play Day 2020: work starts on a Pledge on fair game design"),
        ("paragraph", "On 5 May 2020, Play Day 2020 was marked in 40 countries."),
        ("paragraph", "To mark the day, the Commission launched the Pledge on fair game design."),
    )
    (pledge,) = extraction.initiatives
    assert pledge.launched == "2020-05-05"


@pytest.mark.parametrize(
    ("sentence", "launched"),
    [
        ("The Kids Online Programme has funded projects since 2001.", "2001"),
        ("The Kids Online Programme supported projects from 2001 to 2008.", "2001"),
    ],
)
def test_a_stated_start_is_the_last_resort_launch(sentence: str, launched: str) -> None:
    extraction = extract_blocks(("title", "Kids Online Programme"), ("paragraph", sentence))
    (programme,) = extraction.initiatives
    assert programme.launched == launched


def test_an_end_cue_is_not_the_agents() -> None:
    extraction = extract_blocks(
        ("title", "Strategy for Safer Play"),
        ("paragraph", "The Strategy for Safer Play was adopted on 1 June 2010."),
        (
            "paragraph",
            "The strategy was implemented with the Kids Online Programme. It was replaced "
            "by the new Strategy for Fair Play on 2 July 2020.",
        ),
    )
    strategy = _named(extraction, "Safer Play")
    assert (strategy.ended, strategy.status) == ("2020-07-02", "ended")


def test_a_year_inside_a_short_name_is_not_the_end_date() -> None:
    extraction = extract_blocks(
        ("title", "2016 Charter on Safer Online Play"),
        ("paragraph", "The Charter on Safer Online Play was signed on 3 March 2016."),
        ("paragraph", "The 2016 Charter is no longer active: it was replaced in May 2021."),
    )
    (charter,) = extraction.initiatives
    assert (charter.launched, charter.ended, charter.status) == ("2016-03-03", "2021-05", "ended")


@pytest.mark.parametrize(
    ("title", "body", "name"),
    [
        (
            "Commission adopts a code on safer game design for children",
            "Today the Commission adopted a code on safer game design under the Games Act (GA).",
            "Code on safer game design under the Games Act",
        ),
        (
            "Commission publishes guidelines on the protection of players online",
            "It published guidelines on the protection of players online.",
            "Guidelines on the protection of players online",
        ),
        ("Commission publishes guidelines on age", "It published guidelines on age.", None),
        (
            "Review of the strategy for safer play for teens",
            "We review the Nordic strategy for safer play for teens, adopted in 2020.",
            "Nordic strategy for safer play for teens",
        ),
        (
            "Review of the strategy for safer play for teens",
            "Nordic strategy for safer play for teens: we review it. The Board agreed.",
            "Strategy for safer play for teens",
        ),
        ("Young people speak up about guidelines", "They read guidelines on the web.", None),
    ],
)
def test_a_sentence_case_name_heads_the_title(title: str, body: str, name: str | None) -> None:
    found = title_head_name(title, body)
    assert (found[0] if found else None) == name


def test_parent_labels_ending_with_a_colon_are_strands() -> None:
    extraction = extract_blocks(
        ("title", "Commission publishes guidelines on the protection of players online"),
        ("paragraph", "The Commission published guidelines on the protection of players online."),
        ("paragraph", "The main recommendations of the guidelines are:"),
        ("list_item", "Safety by default:", {"list_id": 1, "ordinal": 1}),
        ("list_item", "private profiles;", {"list_id": 2, "ordinal": 1, "parent_item": 3}),
        ("list_item", "no public chat.", {"list_id": 2, "ordinal": 2, "parent_item": 3}),
        ("list_item", "Signatories commit to:", {"list_id": 1, "ordinal": 2}),
        ("list_item", "report yearly.", {"list_id": 3, "ordinal": 1, "parent_item": 6}),
        published="2025-01-10",
    )
    (guidelines,) = extraction.initiatives
    assert [(a.strand, a.text) for a in guidelines.actions] == [
        ("Safety by default", "private profiles"),
        ("Safety by default", "no public chat"),
        (None, "report yearly"),
    ]


def test_a_pronoun_takes_up_only_an_initiative_that_opens_the_sentence_before() -> None:
    extraction = extract_blocks(
        ("title", "Strategy for Safer Play"),
        ("paragraph", "The Commission adopted the Strategy for Safer Play on 1 June 2010."),
        (
            "paragraph",
            "The Commission adopted the Strategy for Safer Play. It ended a consultation in 2013.",
        ),
    )
    (strategy,) = extraction.initiatives
    assert (strategy.launched, strategy.ended, strategy.status) == ("2010-06-01", None, "active")


def test_a_short_name_refers_to_the_one_initiative_whose_name_has_its_words() -> None:
    extraction = extract_blocks(
        ("title", "Charters on safer online play"),
        ("heading", "The Charter on Safer Online Play", {"level": 2}),
        ("paragraph", "The Charter on Safer Online Play was signed in 2015."),
        ("heading", "The Renewed Charter on Fair Online Play", {"level": 2}),
        ("paragraph", "The Renewed Charter on Fair Online Play was signed in 2021."),
        ("heading", "History", {"level": 2}),
        ("paragraph", "The Renewed Charter was discontinued in 2024."),
    )
    renewed = _named(extraction, "Renewed")
    first = next(i for i in extraction.initiatives if "Renewed" not in i.name)
    assert (renewed.ended, renewed.status) == ("2024", "ended")
    assert (first.ended, first.status) == (None, "active")


def test_a_pronoun_that_joined_is_no_signatory() -> None:
    extraction = extract_blocks(
        ("title", "Pact for Safer Gaming"),
        ("paragraph", "The Pact for Safer Gaming was signed in 2019 by Alpha, Beta and Gamma."),
        ("paragraph", "Delta joined in 2020. It joined in 2021 and Epsilon in 2022."),
    )
    (pact,) = extraction.initiatives
    assert [s.name for s in pact.signatories] == ["Alpha", "Beta", "Gamma", "Delta", "Epsilon"]


def test_an_object_pronoun_after_a_past_verb_is_the_subject_before() -> None:
    extraction = extract_blocks(
        ("title", "Alliance to protect young players"),
        (
            "paragraph",
            "The Alliance to protect young players was launched on 7 March 2018. "
            "The Commission disbanded it in June 2022.",
        ),
    )
    (alliance,) = extraction.initiatives
    assert (alliance.ended, alliance.status) == ("2022-06", "ended")


def test_an_initiative_named_in_passing_in_a_lead_in_does_not_take_the_list() -> None:
    extraction = extract_blocks(
        ("title", "Charters on safer online play"),
        ("heading", "The Charter on Safer Online Play", {"level": 2}),
        ("paragraph", "The Charter on Safer Online Play was signed in 2015."),
        ("heading", "The Pledge on Fair Online Play", {"level": 2}),
        ("paragraph", "The Pledge on Fair Online Play was signed in 2021."),
        ("paragraph", "In line with the Charter on Safer Online Play, its signatories commit to:"),
        *items(1, "Moderate chat rooms", "Label loot boxes"),
    )
    pledge, charter = _named(extraction, "Pledge"), _named(extraction, "Charter")
    assert [a.text for a in pledge.actions] == ["Moderate chat rooms", "Label loot boxes"]
    assert charter.actions == []


@pytest.mark.parametrize(
    "opening",
    [
        "Founded by ten towns in March 2031, the Pond Watch Project mapped every pond.",
        "The second scheme, the Pond Watch Project (2031-2035), mapped every pond.",
    ],
)
def test_a_pronoun_takes_up_a_subject_after_an_opening_clause(opening: str) -> None:
    extraction = extract_blocks(
        ("title", "Pond Watch Project"),
        ("paragraph", f"{opening} It was discontinued in 2035."),
    )
    (project,) = extraction.initiatives
    assert (project.ended, project.status) == ("2035", "ended")


@pytest.mark.parametrize(
    ("before", "opens"),
    [
        ("In March 2031, the ", True),
        ("Founded by the Frog Trust in February 2031, the ", True),
        ("Originally founded by ten towns and two water boards in the north in 2031, the ", True),
        ("Set up in 2031 by ten towns, the ", True),
        ("This second scheme, the ", True),
        ("The Commission thanked its partners, the ", False),
        ("United Nations agencies, the ", False),
        ("Need for better tools was raised by towns, the ", False),
        ("Indeed, at its meeting in Oslo, the ", False),
    ],
)
def test_what_may_stand_before_a_subject_that_opens_its_sentence(before: str, opens: bool) -> None:
    text = f"{before}Pond Watch Project mapped every pond."
    assert opens_sentence(text, 0, len(before)) is opens
