"""Where a name in prose starts and ends, on synthetic sentences: across a dash or an article
inside a title-case name, over "in the ..." of a title-case complement, over coordinated
gerunds and a series of verbs, over a scope phrase of the field ("in the digital age"), and
a sentence-case name the page introduces with its acronym."""

from __future__ import annotations

import pytest

from extractors.extract import prose_names
from extractors.extract.names import proper_part
from extractors.extract.prose_names import find_names
from tests.extractors.extract_documents import extract_blocks, initiative_names, items


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "The town launched its Save Our Frogs \u2013 Build a Pond campaign in spring.",
            ["Save Our Frogs \u2013 Build a Pond campaign"],
        ),
        ("The town backs the Take a Stand Pledge for frogs.", ["Take a Stand Pledge for frogs"]),
        ("In May a Code of Conduct on Ponds was signed.", ["Code of Conduct on Ponds"]),
        (
            "Ministers adopted a Recommendation on Frogs in the Urban Environment.",
            ["Recommendation on Frogs in the Urban Environment"],
        ),
        ("Ten towns signed the Code of Conduct on Ponds in Lyon.", ["Code of Conduct on Ponds"]),
        ("Ten towns signed the Code of Conduct on Ponds in the EU.", ["Code of Conduct on Ponds"]),
        (
            "It was drafted by the Expert Group on restoring ponds and protecting frogs through "
            "education and training.",
            ["Expert Group on restoring ponds and protecting frogs through education and training"],
        ),
        (
            "Ten towns signed the Code of conduct on protecting frogs and Lyon joined later.",
            ["Code of conduct on protecting frogs"],
        ),
        (
            "Ministers adopted the Guidelines to find, map and protect the ponds of the town in "
            "the digital age on 4 July 2018.",
            ["Guidelines to find, map and protect the ponds of the town in the digital age"],
        ),
        ("The Code of conduct on ponds, which towns signed, holds.", ["Code of conduct on ponds"]),
        (
            "The Code on ponds, lakes, rivers, seas, canals, wells, springs, brooks and bays "
            "holds.",
            ["Code on ponds"],
        ),
        ("The Code of conduct on ponds, and the town agreed.", ["Code of conduct on ponds"]),
        ("The Code of conduct on ponds in Lyon was signed.", ["Code of conduct on ponds"]),
        (
            "Towns presented a Counter-Flood Agenda for the EU to step up the fight on floods.",
            ["Counter-Flood Agenda for the EU"],
        ),
        ("It follows the European Agenda on Ponds of April 2015.", ["European Agenda on Ponds"]),
        (
            "The experts of the Observatory on the Urban Platform Economy met.",
            ["Observatory on the Urban Platform Economy"],
        ),
        ("It works with the Council for Pond Services.", []),
        (
            "The Council of Towns Strategy for the Rights of Frogs was adopted.",
            ["Council of Towns Strategy for the Rights of Frogs"],
        ),
        (
            "It adopted Recommendation CM/Rec(2019)10 to member States on building and "
            "mending ponds.",
            ["Recommendation CM/Rec(2019)10 to member States on building and mending ponds"],
        ),
        (
            "The Council Recommendation of 24 September 1998 on the care of ponds applies.",
            ["Council Recommendation of 24 September 1998 on the care of ponds"],
        ),
        ("The board adopted Statement 1/2025 on Pond Safety.", ["Statement 1/2025 on Pond Safety"]),
        (
            "The Town Regulation (EU) 2021/1232 on a temporary pond tax was adopted.",
            ["Town Regulation (EU) 2021/1232 on a temporary pond tax"],
        ),
        ("Operation Bullfrog was led by Denmark.", ["Operation Bullfrog"]),
        (
            "It applies the Regulation on the upkeep and cleaning of town ponds.",
            ["Regulation on the upkeep and cleaning of town ponds"],
        ),
        (
            "Towns adopted a Recommendation on principles for the care of frogs and toads of "
            "town ponds and for the prevention of floods. It applies.",
            [
                "Recommendation on principles for the care of frogs and toads of town ponds and "
                "for the prevention of floods"
            ],
        ),
        ("The Pond Identification Task Force met.", ["Pond Identification Task Force"]),
        ("The Pond Fairness Fitness Check found gaps.", ["Pond Fairness Fitness Check"]),
        ("It was a key task for the town.", []),
        (
            "The Pond Network Against Flooding in Lakes and Rivers (PNAFLR) was set up.",
            ["Pond Network Against Flooding in Lakes and Rivers (PNAFLR)"],
        ),
        (
            "PNAFLR, the Pond Network Against Flooding in Lakes and Rivers, is a project.",
            ["Pond Network Against Flooding in Lakes and Rivers"],
        ),
        ("The Code of Conduct on Ponds in Lyon (ABC) was signed.", ["Code of Conduct on Ponds"]),
        (
            "It works with the International Centre for Missing & Exploited Frogs (ICMEF).",
            ["International Centre for Missing & Exploited Frogs (ICMEF)"],
        ),
        (
            "The European Parliament resolution on frogs in the digital world was adopted.",
            ["European Parliament resolution on frogs in the digital world"],
        ),
        (
            "Ministers adopted the Frog Union conclusions on developing pond literacy.",
            ["Frog Union conclusions on developing pond literacy"],
        ),
        # a series of single lower-case words, hyphenated too, after the preposition
        (
            "The Guidelines to respect, protect and fulfil the rights of frogs were adopted.",
            ["Guidelines to respect, protect and fulfil the rights of frogs"],
        ),
        (
            "They adopted the Pond Strategy for green, blue, non-native and rare frogs.",
            ["Pond Strategy for green, blue, non-native and rare frogs"],
        ),
        # a verb of what a text does to those it addresses ends its name
        (
            "The Pond Recommendation on the prevention of frog trade invites towns to act.",
            ["Pond Recommendation on the prevention of frog trade"],
        ),
        # hyphenated plurals are things the name is for, not modifiers of one noun
        (
            "Grants under the Pond Programme for start-ups, non-profits and towns began.",
            ["Pond Programme for start-ups"],
        ),
        # the noun after the series and its initials in brackets, before a clause break
        (
            "They adopted the Pond Strategy for green, blue and rare (GBR) frogs, which ...",
            ["Pond Strategy for green, blue and rare (GBR) frogs"],
        ),
        (
            "They adopted the Pond Strategy for green, blue and rare (GBR) frogs live in ...",
            ["Pond Strategy for green, blue and rare (GBR)"],
        ),
    ],
)
def test_a_name_ends_where_the_name_ends(sentence: str, names: list[str]) -> None:
    assert [candidate.name for candidate in find_names(sentence)] == names


def test_a_sentence_case_name_introduced_with_its_acronym_keeps_its_complement() -> None:
    sentence = (
        "Two shops joined the memorandum of understanding (MoU) on the sale of fake lamps via "
        "the internet. The MoU is open to all."
    )
    (name,) = find_names(sentence)
    assert (
        name.name == "memorandum of understanding on the sale of fake lamps via the internet (MoU)"
    )


def test_a_lower_case_phrase_whose_initials_are_not_the_acronym_is_no_name() -> None:
    assert find_names("Two shops joined the agreement (MoU) on the sale of lamps.") == []


def test_the_proper_name_a_lower_case_kind_noun_describes() -> None:
    assert (
        proper_part("Save Our Frogs \u2013 Build a Pond campaign")
        == "Save Our Frogs \u2013 Build a Pond"
    )
    assert proper_part("Blue Ponds Plus programme") == "Blue Ponds Plus"
    assert proper_part("BIK strategy") is None
    assert proper_part("Code of conduct") is None


def test_a_press_titles_description_is_the_name_the_lead_introduces_with_its_acronym() -> None:
    extraction = extract_blocks(
        ("title", "More shops sign agreement to help stop fake lamps"),
        (
            "paragraph",
            "Two shops today joined the memorandum of understanding (MoU) on the sale of fake "
            "lamps via the internet. This voluntary agreement brings together lamp makers and "
            "online shops.",
        ),
        ("paragraph", "The MoU was first signed in May 2011."),
    )
    (memorandum,) = extraction.initiatives
    assert memorandum.name == (
        "memorandum of understanding on the sale of fake lamps via the internet (MoU)"
    )
    assert memorandum.aliases == ["MoU"]
    assert memorandum.launched == "2011-05"


def test_a_prose_name_is_named_without_the_acronym_it_carries_in_brackets() -> None:
    extraction = extract_blocks(
        ("title", "Island: national council on pond safety"),
        (
            "paragraph",
            "The Island Council for Safer Ponds (ICSP) was set up in 2008 to bring together "
            "towns and charities.",
        ),
        ("paragraph", "ICSP meets four times a year."),
    )
    (council,) = extraction.initiatives
    assert council.name == "Island Council for Safer Ponds"
    assert council.aliases == ["Island Council for Safer Ponds (ICSP)", "ICSP"]


def test_a_title_name_the_body_spells_another_way_is_the_pages_initiative() -> None:
    extraction = extract_blocks(
        ("title", "High-Level Group on pond safety and frog protection"),
        ("paragraph", "The work of the High-Level Expert Group will feed into a pond plan."),
        ("paragraph", "The High-Level Expert Group (HLEG) brings together ten towns."),
        ("paragraph", "The group met for the first time on 15 January 2018."),
    )
    (group,) = extraction.initiatives
    assert group.name == "High-Level Group on pond safety and frog protection"
    assert group.aliases == ["High-Level Expert Group (HLEG)", "High-Level Expert Group", "HLEG"]


def test_a_titles_rubric_and_an_office_are_not_the_pages_initiative() -> None:
    extraction = extract_blocks(
        ("title", "Digital Agenda: Pond Coalition to make towns better places for frogs"),
        (
            "paragraph",
            "Ten firms formed the Pond Coalition on 1 December 2011. Ann Smith, Vice-President "
            "for the Digital Agenda, welcomed the Coalition.",
        ),
        ("paragraph", "Safer ponds are a priority of the Digital Agenda for Europe."),
        published="2011-12-01",
    )
    assert initiative_names(extraction) == ["Pond Coalition to make towns better places for frogs"]


def test_a_weak_kind_noun_a_title_verb_governs_is_the_pages_initiative() -> None:
    extraction = extract_blocks(
        ("title", "Town Parliament adopts resolution on protecting frogs in the digital world"),
        (
            "paragraph",
            "On 20 November 2012 the Town Parliament adopted a resolution on protecting frogs "
            "in the digital world.",
        ),
        published="2012-11-21",
    )
    assert initiative_names(extraction) == ["Resolution on protecting frogs in the digital world"]


def test_a_title_that_is_a_lower_case_name_is_confirmed_by_these_and_its_kind() -> None:
    extraction = extract_blocks(
        ("title", "Town conclusions on developing pond literacy through education"),
        ("paragraph", "Adopted on 30 May 2016, these conclusions look at ponds."),
    )
    assert initiative_names(extraction) == [
        "Town conclusions on developing pond literacy through education"
    ]


def test_a_titles_meeting_of_a_registered_body_is_about_the_body() -> None:
    extraction = extract_blocks(
        ("title", "Third meeting of the European Board for Digital Services"),
        (
            "paragraph",
            "On 25 April 2024, the Commission hosted the third meeting of the European Board "
            "for Digital Services. The Board held its first meeting on 19 February 2024.",
        ),
        published="2024-04-26",
    )
    assert initiative_names(extraction) == ["European Board for Digital Services"]


def test_an_acronym_of_a_term_inside_a_name_neither_ends_it_nor_names_it() -> None:
    extraction = extract_blocks(
        (
            "title",
            "Town publishes the Guidelines on prohibited pond management (PM) practices, as "
            "defined by the Pond Act",
        ),
        (
            "paragraph",
            "On 4 February 2025, the town published guidelines on prohibited PM practices.",
        ),
        ("paragraph", "The Pond Act, which entered into force on 1 August 2024, sets rules."),
        published="2025-02-05",
    )
    guidelines = extraction.initiatives[0]
    assert guidelines.name == "Guidelines on prohibited pond management (PM) practices"
    assert guidelines.launched == "2025-02-04"


def test_the_law_that_opens_a_list_of_bans_owns_it() -> None:
    extraction = extract_blocks(
        ("title", "Town publishes guidelines on banned pond practices"),
        (
            "paragraph",
            "On 4 February 2025, the town published guidelines on banned pond practices.",
        ),
        ("heading", "Banned practices"),
        ("paragraph", "Article 5(1) of the Pond Act prohibits using pumps for:"),
        *items(2, "Scaring frogs at night", "Draining ponds in spring"),
        published="2025-02-05",
    )
    owners = {i.name: [a.text for a in i.actions] for i in extraction.initiatives}
    assert owners["Pond Act"] == ["Scaring frogs at night", "Draining ponds in spring"]


def test_the_short_form_after_the_is_the_longer_name_of_its_kind() -> None:
    extraction = extract_blocks(
        ("title", "Frogs"),
        (
            "paragraph",
            "On 10 February 2026, the town adopted the EU Action plan against pond drainage.",
        ),
        ("paragraph", "The Action plan rests on two pillars:"),
        *items(2, "Prevention and awareness", "Reporting and support"),
        published="2026-02-11",
    )
    assert initiative_names(extraction) == ["EU Action plan against pond drainage"]


def test_a_proper_name_a_title_verb_introduces_is_the_pages_initiative() -> None:
    extraction = extract_blocks(
        ("title", "Town presents the European Pond Shield to protect strong and healthy ponds"),
        (
            "paragraph",
            "The town has today presented the European Pond Shield, with measures for ponds.",
        ),
        ("paragraph", "Its measures focus on two areas:"),
        *items(2, "Cleaning the water", "Guarding the frogs"),
        published="2025-11-12",
    )
    shield = extraction.initiatives[0]
    assert (shield.name, shield.launched, len(shield.actions)) == (
        "European Pond Shield",
        "2025-11-12",
        2,
    )


def test_a_title_name_the_body_always_prefixes_and_calls_an_initiative_stands_alone() -> None:
    extraction = extract_blocks(
        ("title", "Charter Week"),
        (
            "paragraph",
            "Europe Charter Week is a grassroots initiative launched in 2013 by young advisers. "
            "The first Europe Charter Week takes place from 25 to 30 November 2013.",
        ),
        published="2013-11-01",
    )
    assert initiative_names(extraction) == ["Europe Charter Week"]


def test_a_long_run_of_rejected_kind_nouns_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each "Council" is a kind noun that names nothing: the left edge of the next one must
    # not read back over all of them (it did, quadratically, when its floor stopped moving).
    # The words the left edges read grow as the text does: twice the text, twice the reads.
    reads = 0
    capitalised = prose_names.is_capitalised

    def counted(word: str) -> bool:
        nonlocal reads
        reads += 1
        return capitalised(word)

    monkeypatch.setattr(prose_names, "is_capitalised", counted)
    read = []
    for size in (200, 400):
        reads = 0
        assert find_names(" ".join(["Big Council Small"] * size)) == []
        read.append(reads)
    assert read[1] <= 2.2 * read[0]


def test_a_short_dash_long_title_is_confirmed_by_its_short_half() -> None:
    extraction = extract_blocks(
        ("title", "FROGNET \u2013 European Network Against Floods in Ponds and Lakes"),
        (
            "paragraph",
            "FROGNET is an EU-funded project against floods, launched in Brussels on 29 October "
            "2014. The project ended in September 2016.",
        ),
        published="2016-10-01",
    )
    (initiative,) = extraction.initiatives
    assert (initiative.launched, initiative.ended, initiative.status) == (
        "2014-10-29",
        "2016-09",
        "ended",
    )


def test_an_acronym_title_spelled_out_in_apposition_names_an_initiative() -> None:
    extraction = extract_blocks(
        ("title", "FROST: a new initiative for free pond safety tools"),
        (
            "paragraph",
            "Free Robust Open Safety Tools (FROST), a new non-profit initiative, was announced "
            "on 10 February 2025 in Paris.",
        ),
        (
            "paragraph",
            "In 2026, the Pond Institute signed a partnership with FROST to build tools.",
        ),
        published="2026-03-01",
    )
    (initiative,) = extraction.initiatives
    assert (initiative.name, initiative.launched) == (
        "Free Robust Open Safety Tools",
        "2025-02-10",
    )


@pytest.mark.parametrize("number", ["2031/77", "No 1234/2031"])
def test_an_eu_documents_number_keeps_its_bracketed_eu(number: str) -> None:
    # "(EU)" before a number is part of the number, not an acronym to strip from the name
    extraction = extract_blocks(
        ("title", "New rules for ponds apply"),
        (
            "paragraph",
            f"The Council adopted Regulation (EU) {number} on the protection of ponds on 3 May "
            "2031.",
        ),
    )
    assert initiative_names(extraction) == [f"Regulation (EU) {number} on the protection of ponds"]


def test_a_bracketed_acronym_inside_a_name_is_part_of_it() -> None:
    # "Pond-and-Lily (PAL) Code of Conduct" is one name, not "Code of Conduct" after "(PAL)"
    extraction = extract_blocks(
        ("title", "Pond-and-Lily Code of Conduct (Netherlands)"),
        ("paragraph", "A voluntary Dutch code on how gardeners handle reports of frogs."),
        (
            "paragraph",
            "The Netherlands\u2019 Pond-and-Lily (PAL) Code of Conduct was presented to the "
            "minister on 9 October 2008. The Frog Bureau has run the Code\u2019s secretariat "
            "since January 2009.",
        ),
    )
    (initiative,) = extraction.initiatives
    assert initiative.name == "Pond-and-Lily Code of Conduct"
    assert initiative.aliases == ["Pond-and-Lily (PAL) Code of Conduct", "PAL"]
    assert initiative.launched == "2008-10-09"


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # a lower-case kind noun after the bracket: a body described, not a title-case name
        (
            "It was agreed within the Pond Protection Cooperation (PPC) network and sent on.",
            [],
        ),
        # a lower-case word before the bracket, or a bracket that holds no acronym
        ("They signed the pond (PPC) Code of Conduct in May.", ["Code of Conduct"]),
        ("They signed the Pond (Lyon) Code of Conduct in May.", ["Code of Conduct"]),
        ("They signed the Pond (PPC) Code of Conduct in May.", ["Pond (PPC) Code of Conduct"]),
        # words between the bracket and the kind noun: the acronym is an owner's
        (
            "The Better Ponds for Frogs (BPF) Quality Assurance Programme was set up.",
            ["Quality Assurance Programme"],
        ),
    ],
)
def test_a_bracketed_acronym_joins_a_name_only_right_before_its_capital_kind_noun(
    sentence: str, names: list[str]
) -> None:
    assert [candidate.name for candidate in find_names(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # a capitalised verb inside a title-case name, and "via" between its words
        (
            "Operators presented the Code of Conduct for Pond Keepers Designed to Encourage "
            "Safe Use of Garden Ponds Supplied via Town Water Networks, which took effect.",
            [
                "Code of Conduct for Pond Keepers Designed to Encourage Safe Use of Garden "
                "Ponds Supplied via Town Water Networks"
            ],
        ),
        # a place inside a title-case name that goes on after it
        (
            "Keepers signed the Code of Conduct of Pond Keepers in Lyon for the Protection of "
            "Frogs.",
            ["Code of Conduct of Pond Keepers in Lyon for the Protection of Frogs"],
        ),
        # a place that ends the name, with when or by whom after it
        ("Keepers signed the Code of Conduct of Pond Keepers in Lyon in May.", [
            "Code of Conduct of Pond Keepers"
        ]),
        ("Keepers signed the Code of Conduct of Pond Keepers in Lyon on Monday.", [
            "Code of Conduct of Pond Keepers"
        ]),
        ("Keepers signed the Code of Conduct of Pond Keepers in Lyon by Acme and Frog Co.", [
            "Code of Conduct of Pond Keepers"
        ]),
        # a capitalised function word ends a title-case name
        ("The Alliance to Better Protect Frogs Online Is a success.", [
            "Alliance to Better Protect Frogs Online"
        ]),
    ],
)  # fmt: skip
def test_a_long_title_case_name_runs_over_its_own_verbs_places_and_prepositions(
    sentence: str, names: list[str]
) -> None:
    assert [candidate.name for candidate in find_names(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("The town adopted the Pond Equality Strategy 2020-2025 today.",
         ["Pond Equality Strategy 2020-2025"]),
        ("The town adopted the Strategy on Frogs in Garden Ponds 2021\u20132030 on 3 May.",
         ["Strategy on Frogs in Garden Ponds 2021\u20132030"]),
        ("The Pond Strategy 2020 \u2013 2025 was adopted.", ["Pond Strategy 2020 \u2013 2025"]),
        ("The Pond Strategy 2020 and 2025 reviews were published.", ["Pond Strategy"]),
        ("The Pond Strategy 2020 \u2013 the first one \u2013 was adopted.", ["Pond Strategy"]),
        ("The Pond Strategy on frogs 2019-2027 was adopted.", ["Pond Strategy on frogs"]),
        ("The Pond Action Plan 2021-2027 on Frog Safety was adopted.",
         ["Pond Action Plan 2021-2027 on Frog Safety"]),
    ],
)  # fmt: skip
def test_a_period_written_right_after_a_name_is_part_of_it(sentence: str, names: list[str]) -> None:
    assert [candidate.name for candidate in find_names(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("The town adopted the Directive on combating pollution against ponds and garden "
         "pollution in May.",
         ["Directive on combating pollution against ponds and garden pollution"]),
        ("The town adopted the Directive on combating pollution against ponds and other "
         "waters.", ["Directive on combating pollution against ponds"]),
    ],
)  # fmt: skip
def test_a_coordinated_object_that_repeats_the_complements_noun_stays_in_the_name(
    sentence: str, names: list[str]
) -> None:
    assert [candidate.name for candidate in find_names(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("The Strategy for Frogs and Toads was adopted.", ["Strategy for Frogs and Toads"]),
        (
            "The OECD published the Framework for Frogs and Young Toads in the EU in 2031.",
            ["Framework for Frogs and Young Toads"],
        ),
        (
            "It follows the Guiding Principles on Ponds and Wetland Rights and the Pond Pledge.",
            ["Guiding Principles on Ponds and Wetland Rights", "Pond Pledge"],
        ),
    ],
)
def test_title_case_words_after_and_go_on_with_a_title_case_complement(
    sentence: str, names: list[str]
) -> None:
    assert [c.name for c in find_names(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # an article after "and": another name
        ("The Code for Frogs and the Pact for Toads apply.", ["Code for Frogs", "Pact for Toads"]),
        # a kind noun after "and": another name
        ("The Strategy for Frogs and Toad Pledge apply.", ["Strategy for Frogs", "Toad Pledge"]),
        # a lower-case noun after the capitals: they modify it
        ("We support the Strategy for Frogs and Europol staff.", ["Strategy for Frogs"]),
        # more than three capitalised words after "and": a run of its own
        ("The Plan for Frogs and Young Adult Happy Toads met.", ["Plan for Frogs"]),
        # an organisation, a company's legal form or an article after the capitals
        ("The Alliance for Pond Telecoms and Google met.", ["Alliance for Pond Telecoms"]),
        ("The Strategy for Frogs and Save the Children work together.", ["Strategy for Frogs"]),
        ("The Plan for Ponds and Frog Lake GmbH apply.", ["Plan for Ponds"]),
        # capitals before another "and" and capitals: modifiers of a later noun
        (
            "The Coalition for Pond Jobs and European and US partners met.",
            ["Coalition for Pond Jobs"],
        ),
    ],
)
def test_and_ends_a_title_case_complement_before_another_name_or_a_modified_noun(
    sentence: str, names: list[str]
) -> None:
    assert [c.name for c in find_names(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("The Code of Practice on Art. 28 was signed.", ["Code of Practice on Art. 28"]),
        # after a capitalised word "Art." is a word of the name, not an article's sign
        ("The Alliance for Street Art. 20 schools took part.", ["Alliance for Street Art"]),
        (
            "The EDPB adopted Guidelines 2/2031 on Technical Scope of Art. 5(3)(a) in May.",
            ["Guidelines 2/2031 on Technical Scope of Art. 5(3)(a)"],
        ),
    ],
)
def test_an_articles_number_after_its_abbreviation_stays_in_the_name(
    sentence: str, names: list[str]
) -> None:
    assert [c.name for c in find_names(sentence)] == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # a version after a title word stays; "and" after it joins a lower-case topic or a
        # title-case one; "today" ends the name
        (
            "The Commission adopted the EU strategy on Pond 4.0 and virtual ponds today.",
            ["EU strategy on Pond 4.0 and virtual ponds"],
        ),
        (
            "The EU Strategy on Pond 4.0 and Virtual Ponds was adopted.",
            ["EU Strategy on Pond 4.0 and Virtual Ponds"],
        ),
        ("The Pact for Pond 4.0 was signed by ten towns.", ["Pact for Pond 4.0"]),
        # "and the ..." after a version opens a second name
        (
            "The Commission presented the EU strategy on Pond 4.0 and the Pond Safety Act.",
            ["EU strategy on Pond 4.0", "Pond Safety Act"],
        ),
        (
            "The Pact for Pond 4.0 and the European Pond Agenda were discussed.",
            ["Pact for Pond 4.0", "European Pond Agenda"],
        ),
        # an amount is no version
        ("Towns gave the Pact for Ponds 2.5 million euros.", ["Pact for Ponds"]),
        # a number joined to a capitalised word opens a name
        (
            "The ministers presented the 10-Point Plan for Pond Safety.",
            ["10-Point Plan for Pond Safety"],
        ),
        ("Towns run the 24-Hour Pond Helpline Network.", ["24-Hour Pond Helpline Network"]),
    ],
)
def test_numbers_inside_a_name_versions_and_numbered_words(sentence: str, names: list[str]) -> None:
    assert [candidate.name for candidate in find_names(sentence)] == names
