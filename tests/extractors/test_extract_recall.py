"""Rules that find initiatives and facts written in less usual ways: a name after a press
title's verb, "today" as the page's date, companies that open the launch sentence,
capitalised modifiers the body adds before a title's sentence-case head."""

from __future__ import annotations

import pytest

from extractors.extract.context import analyse
from extractors.extract.proper_titles import proper_title_draft, title_proper_name
from extractors.extract.titles import title_verb_name, written_head
from tests.extractors.extract_documents import (
    BlockSpec,
    document,
    extract_blocks,
    items,
    shared_nlp,
)


@pytest.mark.parametrize(
    ("title", "name"),
    [
        (
            "Ministers and platforms announce Charter on safer chat rooms",
            "Charter on safer chat rooms",
        ),
        ("Regulators unveil the Pact against online scams", "Pact against online scams"),
        ("Commission publishes guidelines", None),
        ("Ministers announce new measures for schools", None),
        ("Charter on safer chat rooms", None),
    ],
)
def test_a_name_follows_the_verb_of_a_press_title(title: str, name: str | None) -> None:
    found = title_verb_name(title)
    assert (found[0] if found else None) == name


@pytest.mark.parametrize(
    ("name", "body", "spelling"),
    [
        (
            "Code of Conduct on safer chat rooms",
            "They signed this code of conduct.",
            "code of conduct",
        ),
        ("Charter on safer chat rooms", "The charter has five points.", "charter"),
        ("Code of Conduct on safer chat rooms", "They signed a code of practice.", None),
    ],
)
def test_the_body_may_write_only_the_head_of_the_name(
    name: str, body: str, spelling: str | None
) -> None:
    assert written_head(name, body) == spelling


PRESS_RELEASE: list[BlockSpec] = [
    ("title", "Regulators and firms announce Code of Practice on safer chat rooms"),
    ("dateline", "Brussels, 4 March 2019"),
    (
        "paragraph",
        "Alphachat, Betatalk and Gammaweb today unveiled with the regulators a code of "
        "practice that sets out commitments for safer chat rooms.",
    ),
    ("paragraph", "The code of practice was first discussed at a forum in May 2018."),
    ("paragraph", "By signing the code of practice, the firms commit to the following:"),
    *items(1, "Moderate chat rooms for children around the clock", "Offer a report button"),
]


def test_a_press_release_names_its_initiative_in_the_title() -> None:
    (charter,) = extract_blocks(*PRESS_RELEASE).initiatives
    assert charter.name == "Code of Practice on safer chat rooms"
    assert charter.launched == "2019-03-04"  # "today" is the dateline's day, not May 2018
    assert [s.name for s in charter.signatories] == ["Alphachat", "Betatalk", "Gammaweb"]
    assert len(charter.actions) == 2


def test_a_sentence_opening_on_a_place_is_no_list_of_subjects() -> None:
    blocks = [
        *PRESS_RELEASE[:2],
        (
            "paragraph",
            "In Paris, Rome and Madrid the regulators today launched a code of practice "
            "on safer chat.",
        ),
    ]
    (charter,) = extract_blocks(*blocks).initiatives
    assert charter.signatories == []


def test_a_list_under_a_joined_lead_in_gives_signatories_without_join_dates() -> None:
    blocks: list[BlockSpec] = [
        ("title", "Charter on safer chat rooms"),
        ("paragraph", "The Charter on safer chat rooms was signed by Alphachat and Betatalk."),
        ("heading", "Later members", {"level": 2}),
        ("paragraph", "The Charter is open to others. These services have joined since 2020:"),
        *items(1, "Gammaweb (March 2020)", "Delta.net (June 2021)"),
    ]
    (charter,) = extract_blocks(*blocks).initiatives
    names = [s.name for s in charter.signatories]
    assert names == ["Alphachat", "Betatalk", "Gammaweb", "Delta.net"]
    assert charter.actions == []


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("playSAFE: a pilot for safer gaming", "playSAFE"),
        ("Kind Words Online Drive", "Kind Words Online Drive"),
        ("The Safe Chat Label: rules for moderators", "Safe Chat Label"),
        ("Helplines", None),  # one plain word
        ("Kids Online Survey 2021: results", None),  # an edition
        ("Call for evidence: evaluation of the strategy", None),
        # the head before a spaced dash, as before a colon
        ("Say No! \u2013 a campaign against coercion", "Say No!"),
        ("Safe Chat Label - rules for moderators", "Safe Chat Label"),
        ("UK \u2013 a new law on screens", None),  # a place
    ],
)
def test_a_title_may_be_a_proper_name(title: str, name: str | None) -> None:
    assert title_proper_name(title) == name


def _lists(intro: str) -> list[BlockSpec]:
    return [("paragraph", intro), *items(1, "Moderate chat rooms", "Offer a report button")]


@pytest.mark.parametrize(
    ("title", "lead", "name", "launched"),
    [
        # the object of a launch, after the launcher's possessive and its nouns; not the
        # centre the launcher belongs to
        (
            "Digiduck's Big Decision: four years on",
            "In March 2012 the charity, a partner of the Kids Safer Internet Centre, launched "
            "its illustrated storybook Digiduck's Big Decision for parents.",
            "Digiduck's Big Decision",
            "2012-03",
        ),
        # the subject of a launch, with no list: the title's name stands on the lead alone
        (
            "Kind Words Online Drive",
            "Kind Words Online Drive was launched in 2019 by parents in Ghent.",
            "Kind Words Online Drive",
            "2019",
        ),
        # an acronym the lead spells out in an apposition: the long form is the name
        (
            "SAFE \u2013 fighting scams together",
            "SAFE, the Shared Action For Education, was launched in 2012 by ten banks.",
            "Shared Action For Education",
            "2012",
        ),
        # its small connectors' initials may or may not be in the acronym
        (
            "SAFE \u2013 fighting scams together",
            "SAFE, the Shared Action for Education, was launched in 2012 by ten banks.",
            "Shared Action for Education",
            "2012",
        ),
        (
            "SAE \u2013 fighting scams together",
            "SAE, the Shared Action for Education, was launched in 2012 by ten banks.",
            "Shared Action for Education",
            "2012",
        ),
    ],
)
def test_a_proper_title_a_launch_takes_up_names_the_initiative(
    title: str, lead: str, name: str, launched: str
) -> None:
    (found,) = extract_blocks(("title", title), ("paragraph", lead)).initiatives
    assert (found.name, found.launched) == (name, launched)


@pytest.mark.parametrize(
    ("title", "lead", "verdict"),
    [
        # who or where a launch names is no object of it
        ("Anna Berg - interview", "The pond strategy was launched by Anna Berg in 2020.", None),
        ("Lake Region - new centres", "A helpline was launched in Lake Region in 2020.", None),
        # who launched things, or was founded, stands only with a list
        (
            "Lumen Trust: a year on",
            "Lumen Trust launched helplines in 2019.",
            ("Lumen Trust", True),
        ),
        (
            "Lumen Trust: a year on",
            "Lumen Trust was founded in 2019 by parents.",
            ("Lumen Trust", True),
        ),
        (
            "Lumen Trust: a year on",
            "Lumen Trust began almost by accident in 2019.",
            ("Lumen Trust", False),
        ),
    ],
)
def test_a_proper_title_the_lead_names_as_who_or_where_is_no_initiative_alone(
    title: str, lead: str, verdict: tuple[str, bool] | None
) -> None:
    context = analyse(document(("title", title), ("paragraph", lead)), shared_nlp())
    draft = proper_title_draft(context)
    assert (draft and (draft.name, draft.needs_facts)) == verdict


def test_a_proper_title_the_gazetteer_knows_as_an_organisation_is_no_initiative() -> None:
    blocks: list[BlockSpec] = [
        ("title", "BBFC \u2013 a new role on mobile content"),
        ("paragraph", "The BBFC applies published guidelines to mobile content from 2013."),
    ]
    assert [found.name for found in extract_blocks(*blocks).initiatives] == []


@pytest.mark.parametrize(
    ("title", "lead", "name", "kind_words"),
    [
        (
            "playSAFE: a pilot for safer gaming",
            "playSAFE was a pilot project funded by the Commission from May 2020.",
            "playSAFE",
            "The project commits to:",
        ),
        (
            "Kind Words Online Drive",
            "In 2019 the network launched the Kind Words Online Drive (KWOD) for schools.",
            "Kind Words Online Drive",
            "The drive asked schools to:",
        ),
        (
            "Kind Words Online Drive",
            "Kind Words Online Drive was discontinued in 2021.",
            "Kind Words Online Drive",
            "Schools were asked to:",
        ),
    ],
)
def test_a_proper_title_taken_up_by_the_body_names_the_initiative(
    title: str, lead: str, name: str, kind_words: str
) -> None:
    (found,) = extract_blocks(
        ("title", title), ("paragraph", lead), *_lists(kind_words)
    ).initiatives
    assert found.name == name
    assert len(found.actions) == 2


@pytest.mark.parametrize(
    "blocks",
    [
        # Said to be an association: a body of people, not an initiative, whatever it commits to.
        [
            ("title", "Youth Board"),
            ("paragraph", "The Youth Board is an association of pupils."),
            *_lists("The Youth Board commits to:"),
        ],
        # Said to be a network: its founding and its members do not make it an initiative.
        [
            ("title", "SafeNet Europe"),
            ("paragraph", "SafeNet Europe was founded in 2004 by Alpha Labs and Beta Trust."),
            ("paragraph", "SafeNet Europe is a network of helplines in 30 countries."),
            ("paragraph", "The members of SafeNet Europe are:"),
            *items(1, "Alpha Labs", "Beta Trust"),
        ],
        # Taken up, but said to be a company: the page is about a body.
        [
            ("title", "Kind Words Online"),
            ("paragraph", "Kind Words Online, a company from Ghent, opened in 2019."),
        ],
    ],
)
def test_a_proper_title_said_to_be_a_body_is_no_initiative(blocks: list[BlockSpec]) -> None:
    assert extract_blocks(*blocks).initiatives == []


def test_the_new_thing_a_title_introduces_is_the_initiative() -> None:
    extraction = extract_blocks(
        ("title", "Regulators make available a chat-safety blueprint"),
        ("paragraph", "Today the regulators released a blueprint for chat rooms."),
        ("paragraph", "The blueprint rests on the following principles:"),
        *items(1, "Safety first: moderation by default", "Openness: public rules"),
        published="2024-06-03",
    )
    (blueprint,) = extraction.initiatives
    assert (blueprint.name, blueprint.launched) == ("chat-safety blueprint", "2024-06-03")
    assert len(blueprint.actions) == 2


def test_a_year_of_a_launch_is_made_precise_by_a_stated_start() -> None:
    extraction = extract_blocks(
        ("title", "playSAFE: a pilot for safer gaming"),
        ("paragraph", "playSAFE was a pilot project; partners signed the agreement in 2020."),
        ("paragraph", "The project ran from Mar. 2020 to 2022 and is no longer active."),
        ("paragraph", "The partners of the project are:"),
        *items(1, "Alpha Labs", "Beta University"),
    )
    (pilot,) = extraction.initiatives
    assert (pilot.launched, pilot.ended, pilot.status) == ("2020-03", "2022", "ended")
    assert [s.name for s in pilot.signatories] == ["Alpha Labs", "Beta University"]


def test_a_partner_header_cell_is_no_signatory() -> None:
    extraction = extract_blocks(
        ("title", "Safe Chat Charter"),
        ("paragraph", "The Safe Chat Charter was signed by the following partners:"),
        ("table_row", "Partner | Country"),
        ("table_row", "Alpha Labs | France"),
        ("table_row", "Beta University | Spain"),
    )
    (charter,) = extraction.initiatives
    assert [s.name for s in charter.signatories] == ["Alpha Labs", "Beta University"]
