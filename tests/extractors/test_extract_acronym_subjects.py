"""A page's initiative known by its shape alone: a title-case name the lead writes with its own
short form in brackets, that the title names too."""

from __future__ import annotations

import pytest

from extractors.extract import topic
from extractors.extract.acronym_subjects import abbreviates, acronym_subject
from extractors.extract.context import analyse
from tests.extractors.extract_documents import document, extract_blocks, shared_nlp


def _described(*blocks: tuple[str, str]) -> list[tuple[str, list[str]]]:
    extraction = extract_blocks(*blocks)  # type: ignore[arg-type]
    return [(i.name, i.aliases) for i in extraction.initiatives]


def test_a_name_the_lead_writes_with_its_short_form_and_the_title_names_is_the_pages() -> None:
    # "Challenge" is no kind noun: the name's shape and its place in title and lead say it.
    assert _described(
        ("title", "Germany wins the 2031 European Pond Challenge in Lakeville"),
        (
            "paragraph",
            "Team Germany came first at the European Pond Challenge (EPC), which took "
            "place in Lakeville. Italy took second place.",
        ),
        ("paragraph", "Thirty teams of young pond keepers took part in the EPC."),
    ) == [("European Pond Challenge", ["EPC"])]


def test_a_short_form_may_take_later_letters_of_a_word() -> None:
    # "EPKM": "Pondkeeping" gives P and K.
    assert _described(
        ("title", "European Pondkeeping Month 2031: be smarter than a heron"),
        (
            "paragraph",
            "The European Pondkeeping Month (EPKM) is back this October with a motto on herons.",
        ),
    ) == [("European Pondkeeping Month", ["EPKM"])]


def test_a_term_the_title_writes_in_lower_case_names_no_initiative() -> None:
    names = [
        name
        for name, _ in _described(
            ("title", "Rangers are trained on online pond pollution"),
            (
                "paragraph",
                "Online Pond Pollution (OPP) harms young fish. Rangers learn to spot it.",
            ),
        )
    ]
    assert "Online Pond Pollution" not in names


def test_a_body_or_a_place_written_with_its_short_form_is_no_initiative() -> None:
    for title, lead in (
        ("Pond Union adopts a new outlook", "The Pond Union (PU) met in Lakeville."),
        ("Pond Keepers Agency looks ahead", "The Pond Keepers Agency (PKA) met in Lakeville."),
    ):
        names = [name for name, _ in _described(("title", title), ("paragraph", lead))]
        assert not any(name.startswith(("Pond Union", "Pond Keepers Agency")) for name in names)


def test_an_article_before_the_name_is_no_word_of_it() -> None:
    assert _described(
        ("title", "The Pond Keepers Challenge returns"),
        ("paragraph", "The Pond Keepers Challenge (PKC) opens again in Lakeville."),
    ) == [("Pond Keepers Challenge", ["PKC"])]


@pytest.mark.parametrize(
    ("short", "name", "spelled"),
    [
        ("ECSM", "European Cybersecurity Month", True),
        ("ICC", "International Cybersecurity Challenge", True),
        ("IS4K", "Internet Segura for Kids", True),
        ("ENABLE", "European Network Against Bullying in Learning Environments", True),
        # every capitalised word gives a letter: "Leisure" gives none, so no name is read
        ("ENABLE", "European Network Against Bullying in Learning and Leisure Environments", False),
        ("PDF", "Pro Safe Sport Toolkit", False),
        ("EPC", "European Pond", False),  # a letter left over
        ("EP", "European Pond Challenge", False),  # a word that gives no letter
        ("E", "European", False),  # one letter abbreviates nothing
        ("epc", "European Pond Challenge", False),  # no capital: a word, not a short form
    ],
)
def test_which_short_forms_abbreviate_which_names(short: str, name: str, spelled: bool) -> None:
    assert abbreviates(short, tuple(name.split())) is spelled


def test_a_helpline_written_with_its_short_form_is_a_service_not_an_initiative() -> None:
    # (another rule may still read the title's subject; this one reads no service)
    context = analyse(
        document(
            ("title", "Pond Keepers Helpline answers a thousand calls"),
            ("paragraph", "The Pond Keepers Helpline (PKH) answered a thousand calls in 2031."),
        ),
        shared_nlp(),
    )
    assert acronym_subject(context) is None


def test_a_listings_first_teaser_does_not_name_the_listing() -> None:
    # Two date lines: teasers under a rubric title; the first teaser's name is not the page's.
    names = [
        name
        for name, _ in _described(
            ("title", "European Pond Challenge and other news"),
            ("dateline", "3 March 2031"),
            ("paragraph", "Germany won the European Pond Challenge (EPC) in Lakeville."),
            ("dateline", "4 March 2031"),
            ("paragraph", "Rangers met in Lakeville to talk about herons."),
        )
    ]
    assert "European Pond Challenge" not in names


def test_a_term_or_a_body_the_title_names_is_no_initiative() -> None:
    # A title that writes only the short form names a term as often as an initiative; a
    # two-letter short form is a term's or a union's; a body's head noun may come first.
    for title, lead in (
        ("New report: PSP online doubled in 2031", "Pond Sludge Pollution (PSP) doubled."),
        ("Artificial Intelligence helps pond keepers", "Artificial Intelligence (AI) helps."),
        ("Office of Pond Keeping fines a club", "The Office of Pond Keeping (OPK) fined a club."),
    ):
        context = analyse(document(("title", title), ("paragraph", lead)), shared_nlp())
        assert acronym_subject(context) is None, title


def test_the_days_of_the_edition_a_title_names_by_its_year_do_not_date_the_initiative() -> None:
    lead = (
        "Team Germany came first at the European Pond Challenge (EPC), which ran from 8 to 11 "
        "October 2031 in Lakeville. The challenge is held every year."
    )
    extraction = extract_blocks(
        ("title", "Germany wins the 2031 European Pond Challenge in Lakeville"), ("paragraph", lead)
    )
    (challenge,) = extraction.initiatives
    assert (challenge.launched, challenge.ended, challenge.status) == (None, None, "active")
    # With no edition named, the run the lead tells as over is the initiative's.
    extraction = extract_blocks(
        ("title", "Germany wins the European Pond Challenge in Lakeville"), ("paragraph", lead)
    )
    (challenge,) = extraction.initiatives
    assert (challenge.launched, challenge.ended) == ("2031-10-08", "2031-10-11")


def test_a_run_outside_the_year_of_the_titles_edition_still_dates_the_initiative() -> None:
    extraction = extract_blocks(
        ("title", "Pond Keepers Challenge 2031: a look back"),
        (
            "paragraph",
            "The Pond Keepers Challenge (PKC), which ran from 2019 to 2030, trained young "
            "wardens in Lakeville.",
        ),
    )
    (challenge,) = extraction.initiatives
    assert (challenge.launched, challenge.ended) == ("2019", "2030")


def test_the_days_of_an_edition_the_title_numbers_do_not_date_the_initiative() -> None:
    extraction = extract_blocks(
        ("title", "Four ponds saved after Europol's 14th Pond Rescue Taskforce"),
        (
            "paragraph",
            "Specialists met during the 14th Pond Rescue Taskforce (PRT), held from 29 April to "
            "10 May 2031 in Lakeville.",
        ),
    )
    (taskforce,) = extraction.initiatives
    assert (taskforce.launched, taskforce.ended, taskforce.status) == (None, None, "active")


def test_two_days_of_one_sentence_are_no_edition_unless_written_as_a_range() -> None:
    extraction = extract_blocks(
        ("title", "Pond keepers meet at the 14th Pond Rescue Taskforce"),
        (
            "paragraph",
            "The Pond Rescue Taskforce (PRT) was set up on 3 March 2014 and its 14th meeting "
            "began on 10 May 2031.",
        ),
    )
    (taskforce,) = extraction.initiatives
    assert taskforce.launched == "2014-03-03"


def test_a_year_marks_an_edition_only_of_what_recurs_and_so_does_edition_of() -> None:
    # No word says the strategy recurs: its year's run is its own.
    lead = "The Pond Keepers Strategy (PKS) ran from 1 January to 31 March 2031."
    extraction = extract_blocks(
        ("title", "Pond Keepers Strategy 2031 in review"), ("paragraph", lead)
    )
    assert extraction.initiatives[0].launched == "2031-01-01"
    # held every year, the title's year marks this year's edition
    extraction = extract_blocks(
        ("title", "Pond Keepers Strategy 2031 in review"),
        ("paragraph", lead + " It is held every year."),
    )
    assert extraction.initiatives[0].launched is None
    # "the 14th edition of the X", "the 2031 edition of the X": the edition's days.
    for title in (
        "Germany wins the 14th edition of the European Pond Challenge",
        "Germany wins the 2031 edition of the European Pond Challenge",
    ):
        extraction = extract_blocks(
            ("title", title),
            (
                "paragraph",
                "The European Pond Challenge (EPC) was held from 8 to 11 October 2031; this "
                "edition drew thirty teams.",
            ),
        )
        (challenge,) = extraction.initiatives
        assert (challenge.launched, challenge.ended) == (None, None), title


def test_the_first_editions_days_are_the_initiatives_launch() -> None:
    extraction = extract_blocks(
        ("title", "Commission hosts the first European Pond Challenge"),
        ("paragraph", "The European Pond Challenge (EPC) was held from 8 to 11 October 2031."),
    )
    assert extraction.initiatives[0].launched == "2031-10-08"


def test_a_body_is_named_by_its_head_before_the_complement() -> None:
    # "Union" inside the name is no head: the contest is the page's initiative.
    assert _described(
        ("title", "European Union Contest for Young Pond Keepers 2031: winners announced"),
        (
            "paragraph",
            "The European Union Contest for Young Pond Keepers (EUCYPK) brought 150 young pond "
            "keepers to Lakeville on 15 September 2031.",
        ),
    ) == [("European Union Contest for Young Pond Keepers", ["EUCYPK"])]


def test_a_sentence_case_name_with_its_short_form_is_read_whole() -> None:
    # Every word gives its letter, so lower-case words are the name's too; the title's "On the
    # European ..." makes no name of "the European".
    assert _described(
        ("title", "On the European pond keeping plan communication from the Commission"),
        (
            "paragraph",
            "Presented on 3 March 2031, the European pond keeping plan (EPKP) is meant to help "
            "pond keepers. The plan sets out measures.",
        ),
    ) == [("European pond keeping plan", ["EPKP"])]


@pytest.mark.parametrize(
    ("title", "run", "opened"),
    [
        (
            "On the European pond keeping plan today",
            "On the European",
            "European pond keeping plan",
        ),
        # a name's own words before the capital: "Project Pond" is the name
        ("Project Pond one year on", "Project Pond", ""),
        # a proper name's own spelling opens no sentence-case name
        ("On the #PondNo awareness raising campaign", "On the #PondNo", ""),
        # the capital right before the kind noun: "European strategy" is the title's topic
        ("On the European strategy for ponds", "On the European", ""),
    ],
)
def test_which_title_runs_open_a_sentence_case_name(title: str, run: str, opened: str) -> None:
    assert topic._opened_name(title.split(), run) == opened


def test_an_occasions_edition_days_read_from_its_own_blocks_do_not_date_it() -> None:
    extraction = extract_blocks(
        ("title", "Commission opens the 2031 European Pond Week"),
        (
            "paragraph",
            "The European Pond Week (EPW) was held from 8 to 14 October 2031 in Lakeville. It is "
            "held every year.",
        ),
    )
    (week,) = extraction.initiatives
    assert (week.launched, week.ended) == (None, None)
