"""The title's subject: what a page is about when no rule found an initiative it describes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.extract.heading_names import heading_name
from extractors.extract.title_subjects import title_subject
from tests.extractors.extract_documents import extract_blocks, initiative_names, items


@pytest.mark.parametrize(
    ("title", "body", "name"),
    [
        # A proper name before the colon.
        (
            "Lie Detectors: journalists visit classrooms",
            "Lie Detectors sends reporters.",
            "Lie Detectors",
        ),
        (
            "eFirst 2.0: training for first responders",
            "The eFirst 2.0 module is free.",
            "eFirst 2.0",
        ),
        ("Who Cares turns one", "Who Cares was set up in 2030.", "Who Cares"),
        # The article before a title's proper name is the title's.
        (
            "The Safe Chat Label: rules for moderators",
            "The Safe Chat Label applies.",
            "Safe Chat Label",
        ),
        # A country before the colon: the rest of the title tells of the thing.
        ("Norway: Safe Surf Week continues", "Safe Surf Week began in 2015.", "Safe Surf Week"),
        # The subject of a headline's verb, without "The", a year or "project".
        ("SELFIE turns one", "SELFIE was launched a year ago.", "SELFIE"),
        ("MIRACLE project makes labels readable", "MIRACLE ran until 2016.", "MIRACLE"),
        (
            "The 116 000 hotline for missing children turns 15",
            "the 116 000 hotline for missing children works",
            "116 000 hotline for missing children",
        ),
        # A proper name at the end of a descriptive subject.
        ("Finnish anti-bullying programme KiVa wins an award", "KiVa is used in schools.", "KiVa"),
        # The object of a verb that introduces it: its capitalised run.
        (
            "TikTok sets up a Global Youth Council to advise on safety",
            "The Global Youth Council meets.",
            "Global Youth Council",
        ),
        (
            "Regulator convenes its first Youth Advisory Committee",
            "Its Youth Advisory Committee met.",
            "Youth Advisory Committee",
        ),
        # A lower-case object with a kind noun and its complement, capitalised as a name.
        (
            "Commission puts forward a comprehensive approach to mental health",
            "This comprehensive approach to mental health covers ...",
            "Comprehensive approach to mental health",
        ),
        # A subject that says what it is, before an introducing verb.
        ("CESAGRAM project presents new tools", "CESAGRAM ended in 2025.", "CESAGRAM"),
        # A quoted name.
        (
            'Commission welcomes children\'s report "Our Rights, Our Future"',
            "In Our Rights, Our Future, children ask ...",
            "Our Rights, Our Future",
        ),
        # A name's own article stays inside it; the opening one goes.
        (
            "TikTok sets up a Council for the Protection of Minors",
            "The Council for the Protection of Minors meets.",
            "Council for the Protection of Minors",
        ),
        (
            "Voice of the Children project makes waves",
            "Voice of the Children ran.",
            "Voice of the Children",
        ),
        (
            "The Pond Charter for frogs",
            "The Pond Charter for frogs applies.",
            "Pond Charter for frogs",
        ),
        # "EU" opens names as often as it acts.
        ("EU Kids Online turns 20", "EU Kids Online began in 2006.", "EU Kids Online"),
        # A place with its article before the colon; a title's note after the name.
        (
            "The Netherlands: Safe Surf Week continues",
            "Safe Surf Week began here.",
            "Safe Surf Week",
        ),
        (
            "Denmark: the Pond Commission (Dammkommissionen)",
            "the Pond Commission (Dammkommissionen) met",
            "Pond Commission",
        ),
        # A quoted name with a typographic apostrophe inside.
        (
            "Commission welcomes \u2018Don\u2019t Panic\u2019 guide",
            "The Don\u2019t Panic guide helps.",
            "Don\u2019t Panic",
        ),
        # A run ends on a name's word, not a connector; a year opens no name.
        (
            "Charter for Frogs and Ponds",
            "the Charter for frogs and toads applies",
            "Charter for frogs",
        ),
        (
            "2031 Pond Festival of Frogs",
            "The Pond Festival of Frogs returns.",
            "Pond Festival of Frogs",
        ),
        # A lower-case word in "-us" is no verb: "bonus".
        (
            "Pond Watch bonus scheme for pupils",
            "The Pond Watch bonus scheme for pupils started.",
            "Pond Watch bonus scheme for pupils",
        ),
        # The object's capitals are its name, not the purpose the body writes after it.
        (
            "TikTok sets up the Global Youth Council to advise on safety",
            "TikTok set up the Global Youth Council to advise on safety.",
            "Global Youth Council",
        ),
        # A verbless title: the longest run of its words that the body writes, without its note.
        (
            "European Award for Best Content for Kids now open",
            "The European Award for Best Content for Kids rewards ...",
            "European Award for Best Content for Kids",
        ),
        (
            "Guidance for reporting of children (IPSO, United Kingdom)",
            "The Guidance for reporting of children says ...",
            "Guidance for reporting of children",
        ),
    ],
)
def test_the_title_names_its_subject_as_the_body_writes_it(
    title: str, body: str, name: str
) -> None:
    found = title_subject(title, body)
    assert found is not None
    assert found[0] == name


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # Who acts is no initiative: a body, a company, a country, a ministry.
        ("Dutch Ministry wins an award", "The Dutch Ministry won an award."),
        ("Commission adopts new rules", "The Commission adopted new rules."),
        ("WHO issues first guidelines on screen time", "WHO said children under five ..."),
        ("Vodafone UK sends one million copies of a magazine", "Vodafone UK sent copies."),
        # Common nouns without a complement: "technical standard", "political agreement".
        ("Regulator adopts technical standard for age checks", "The technical standard applies."),
        # An organisation of the gazetteer or who acts, named whole, before a colon or alone.
        ("UNESCO: smartphones in school only for learning", "UNESCO calls for limits."),
        ("Member States tighten rules on phones", "Member States act."),
        # An acronym of the gazetteer is written in capitals: "Who" is a word, not WHO.
        # (positive cases above; here the organisation itself)
        ("WHO: frogs and health", "WHO said so."),
        # A run never ends on a comma: "Pond Watch," is no name.
        ("Pond Watch, frogs and toads", "Pond Watch, frogs and toads live here."),
        # One plain word names a topic.
        ("Hotlines: reports rise", "Hotlines take reports."),
        # A noun after a possessive or a hyphenated adjective is no verb.
        ("Protecting Children's rights online", "Protecting Children's rights matters."),
        ("EU-funded projects help frogs", "EU-funded projects help frogs."),
        # A plural noun of a thing after a name is no verb: "PAC rules on ...".
        ("Norway: PAC rules on pond adverts", "PAC has rules."),
        # A number of things is no name.
        ("Pond Watch introduces 12 Safe Pond Rules", "Pond Watch introduced 12 Safe Pond Rules."),
        # A rubric's subtitle names nothing whole.
        ("Pond rules: a plan for frog safety", "Lakeland wrote a plan for frog safety."),
        # The body never writes it: no name is made up.
        ("Safe Surf Week continues", "The week of activities goes on."),
        # A company that acts, before a verb no list knows.
        ("TikTok commits to align with EU rules", "TikTok commits to align with EU rules."),
        # A shorter name inside a longer one the body writes: "Safe Play" of "Safe Play Plus".
        ("Safe Play programmes for schools", "Safe Play Plus was set up in 2019."),
        # The title's date is no name, wherever the body writes it again.
        (
            "25 May 2031 - Pond Keepers' Day - a message of hope",
            "Brussels, 25 May 2031\n\nThe day, held on 25 May, asks keepers to remember.",
        ),
        (
            "May 25, 2031 - Pond Keepers' Day - a message of hope",
            "Brussels\n\nThe day, held on May 25, 2031, asks keepers to remember.",
        ),
    ],
)
def test_the_title_names_no_subject(title: str, body: str) -> None:
    assert title_subject(title, body) is None


def test_a_page_with_no_initiative_describes_its_titles_subject() -> None:
    extraction = extract_blocks(
        ("title", "Lie Detectors: journalists bring news literacy to classrooms"),
        ("paragraph", "Lie Detectors sends working journalists into schools."),
        ("paragraph", "Lie Detectors commits to:"),
        *items(1, "Show how news is made", "Teach pupils to check sources"),
    )
    (found,) = extraction.initiatives
    assert found.name == "Lie Detectors"
    assert [action.text for action in found.actions] == [
        "Show how news is made",
        "Teach pupils to check sources",
    ]


def test_the_kind_is_the_names_last_noun() -> None:
    assert title_subject("Europe Code Week starts in October", "Europe Code Week runs.") == (
        "Europe Code Week",
        "week",
    )


def test_a_listings_rubric_is_no_subject() -> None:
    extraction = extract_blocks(
        ("title", "Safe Surf Crew turns ten"),
        ("dateline", "3 May 2024"),
        ("paragraph", "Safe Surf Crew visited schools in Oslo."),
        ("dateline", "4 May 2024"),
        ("paragraph", "Safe Surf Crew visited schools in Bergen."),
    )
    assert initiative_names(extraction) == []


def test_a_subject_the_body_calls_a_network_is_no_initiative() -> None:
    extraction = extract_blocks(
        ("title", "SafeNet Europe: helplines for children"),
        ("paragraph", "SafeNet Europe is a network of helplines in 30 countries."),
    )
    assert initiative_names(extraction) == []


@given(
    title=st.text(alphabet="ABCabc :'\"()-0123456789", max_size=60),
    body=st.text(alphabet="ABCabc .,'\"()-0123456789", max_size=120),
)
def test_a_subject_is_always_written_in_the_body(title: str, body: str) -> None:
    found = title_subject(title, body)
    if found is not None:
        assert " ".join(found[0].split()).casefold() in " ".join(body.split()).casefold()


def test_the_titles_subject_is_not_also_only_mentioned() -> None:
    extraction = extract_blocks(
        ("title", "Pond Frogs Today: a MOOC for teachers"),
        ("paragraph", 'The Lake MOOC "Pond Frogs Today" starts in May for teachers.'),
    )
    assert initiative_names(extraction) == ["Pond Frogs Today"]
    assert extraction.mentioned == []


def test_a_name_the_lead_defines_by_apposition_is_the_subject_when_the_title_names_none() -> None:
    extraction = extract_blocks(
        ("title", "From litter to lilies: schools tackle pond waste"),
        (
            "paragraph",
            "Six schools from five towns have joined forces in PondBuddy, a two-year "
            "school-education partnership against pond litter.",
        ),
    )
    assert initiative_names(extraction) == ["PondBuddy"]


def test_an_erasmus_project_in_apposition_is_the_subject() -> None:
    extraction = extract_blocks(
        ("title", "From litter to lilies: schools tackle pond waste"),
        ("paragraph", "The PondBuddy, an Erasmus+ project against pond litter, helps schools."),
    )
    assert initiative_names(extraction) == ["PondBuddy"]


@pytest.mark.parametrize(
    "lead",
    [
        # A place or a body so defined.
        "Pupils met in Ghent, a city of many ponds, and heard PONDAID, a charity for frogs.",
        # A place is never the subject, whatever the apposition says.
        "Pupils met in France, a project of ten towns.",
        # The sentence's opening preposition is no name's word.
        "In Lisbon, a two-year project against pond litter began.",
    ],
)
def test_a_place_or_a_body_in_apposition_is_no_subject(lead: str) -> None:
    extraction = extract_blocks(
        ("title", "From litter to lilies: schools tackle pond waste"), ("paragraph", lead)
    )
    assert initiative_names(extraction) == []


def test_a_body_that_reports_on_an_initiative_is_no_part_of_its_name() -> None:
    # "reports" is the press title's verb and "on" its particle; "the first year of" an
    # occasion of the Act: none of them is a word of a name ending in a kind noun
    extraction = extract_blocks(
        ("title", "Commission reports on the first year of the Digital Services Act"),
        (
            "paragraph",
            "The Digital Services Act has applied to all online platforms since 17 February "
            "2024, the Commission found.",
        ),
    )
    assert initiative_names(extraction) == ["Digital Services Act"]


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Agency reports on the Pond Safety Act", "Pond Safety Act"),
        ("Agency reports on a new Pond Safety Code", "Pond Safety Code"),
        ("The first year of the Pond Safety Act", "Pond Safety Act"),
    ],
)
def test_a_headings_particle_and_occasion_are_no_part_of_the_name(heading: str, name: str) -> None:
    assert heading_name(heading) is not None
    assert heading_name(heading)[0] == name  # type: ignore[index]


def test_a_title_of_thousands_of_names_is_read_once_per_spelling() -> None:
    """Each capitalised run of a title is looked for in the lead once, and a few dozen at most:
    a title repeating "Think before you swim: " thousands of times, or naming thousands of
    different things, is read in time linear in its length (8,000 repeats took minutes when
    each was looked for in the whole title again)."""
    repeated = "Pond Money Week 2031: " + "Think before you swim: " * 8000
    extraction = extract_blocks(("title", repeated), ("paragraph", "The Pond Money Week starts."))
    assert [i.name for i in extraction.initiatives] == ["Pond Money Week"]
    distinct = "Pond news: " + " ".join(f"see Name{n} here" for n in range(3000))
    extraction = extract_blocks(("title", distinct), ("paragraph", "Name2999 is a pond project."))
    assert [i.name for i in extraction.initiatives] == []
