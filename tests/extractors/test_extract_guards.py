"""Guards of the name, launch and topic rules that no other test pinned: each test below fails
when its guard is switched off. Every page and sentence here is written for the test."""

from __future__ import annotations

from extractors.extract.heading_names import heading_name
from extractors.extract.names import NameCandidate
from extractors.extract.prose_names import find_names
from extractors.extract.quoted_names import quoted_names
from tests.extractors.extract_documents import extract_blocks, initiative_names


def _prose_names(text: str) -> list[str]:
    return [candidate.name for candidate in find_names(text)]


def test_a_legal_heading_that_also_names_another_initiative_names_neither() -> None:
    # heading_names._legal_heading: `len(found) != 1`
    assert heading_name("Act amending the Pond Act (see also the Frog Charter)") is None


def test_a_heading_about_work_on_a_pledge_is_no_legal_texts_name() -> None:
    # heading_names._legal_heading: the legal-kind check on the name found
    assert heading_name("Evaluation of Lakeland Frog Pledge") is None


def test_a_legal_text_named_by_no_number_date_or_amended_text_ends_at_its_kind_noun() -> None:
    # heading_names._legal_heading: the last `_LEGAL_SHAPE` check, on the name found itself
    assert heading_name("Pond Safety Act and duties of lake wardens") == ("Pond Safety Act", "act")


def test_a_period_of_years_written_in_full_is_part_of_the_name() -> None:
    # prose_names._PERIOD: the optional century of the period's second year
    assert _prose_names("The Lake Strategy 2030-2035 protects frogs.") == [
        "Lake Strategy 2030-2035"
    ]


def test_a_proper_noun_before_a_preposition_ends_a_sentence_case_complement() -> None:
    # prose_names._lower_case_next: the `not_describing()` check on the word after the capital
    # ("Pondville for" is no proper adjective: the lower-case words after it are not the name's)
    assert _prose_names(
        "Towns have followed the Lake Charter on protecting frogs of Pondville for many years."
    ) == ["Lake Charter on protecting frogs of Pondville"]


def test_and_certain_other_things_that_are_no_acts_or_laws_are_not_part_of_an_acts_name() -> None:
    # legal_names.amended_object_end: `tail[3] in ("acts", "laws")` after "and certain other"
    assert _prose_names(
        "The Act of 28 July 2031 amending the Pond Code and certain other measures took effect."
    ) == ["Act of 28 July 2031 amending the Pond Code"]


def test_an_act_supplementing_or_introducing_a_text_is_named_by_it() -> None:
    # kinds.toml legal_participles: "supplementing" and "introducing"
    assert _prose_names("Lakeland adopted the Act supplementing the Pond Protection Act.") == [
        "Act supplementing the Pond Protection Act"
    ]
    assert _prose_names("Lakeland adopted the Act introducing the Frog Safety Code.") == [
        "Act introducing the Frog Safety Code"
    ]


def test_an_apostrophe_inside_a_single_quoted_name_does_not_close_it() -> None:
    # quoted_names._QUOTED: the lookahead `(?![A-Za-z])` after a closing single quote
    assert quoted_names("They ran the campaign \u2018Don\u2019t Feed the Ducks\u2019 in 2031.") == [
        NameCandidate("Don\u2019t Feed the Ducks", "campaign", 23, 43)
    ]


def test_a_kind_noun_right_after_the_quotes_names_the_quoted_name() -> None:
    # quoted_names._kind_beside: `if modifier in kinds`, the first word after the quotes
    assert quoted_names('The "Pond Pals" campaign starts in May.') == [
        NameCandidate("Pond Pals", "campaign", 5, 14)
    ]


def test_a_legal_text_s_name_gives_its_day_only_after_of() -> None:
    # launch._OF_DAY: the day a legal text's name gives follows "of"
    extraction = extract_blocks(
        ("title", "Law No 2031-12 aimed at banning frog sales after 1 June 2033"),
        (
            "paragraph",
            "Lakeland adopted Law No 2031-12 aimed at banning frog sales after 1 June 2033, "
            "on 3 May 2031.",
        ),
    )
    (law,) = extraction.initiatives
    assert law.launched == "2031-05-03"  # not 2033-06-01, a day its purpose names


def test_the_end_of_a_capitalised_run_in_the_title_is_no_topic_of_its_own() -> None:
    # topic._inner_subject: the skip of a word after a capitalised one (`words[index - 1]`)
    extraction = extract_blocks(
        ("title", "Register for the Lake Frog safety course!"),
        ("paragraph", "Registration is open for the new course on frogs and ponds."),
        ("paragraph", "Frog is an initiative of the towns."),
    )
    assert initiative_names(extraction) == []  # not "Frog"


def test_a_determiner_after_a_quote_says_nothing_of_what_the_quote_is() -> None:
    # quoted_names._kind_beside: `| DETERMINERS` (the word after the quote is no modifier)
    assert quoted_names('Pupils painted "Frogs matter" this campaign season on signs.') == []


def test_a_title_name_the_body_writes_in_lower_case_around_its_acronym_is_the_pages() -> None:
    # title_drafts.title_draft: `inside is not None` confirms the title's name
    extraction = extract_blocks(
        ("title", "The Pond-Keeping Code of Conduct"),
        ("paragraph", "Lakeland's wardens agreed a pond-keeping (PK) code of conduct in May 2031."),
        ("paragraph", "Every warden reports drained ponds within a day."),
    )
    assert initiative_names(extraction) == ["Pond-Keeping Code of Conduct"]


def test_a_demonstrative_before_a_sentence_case_kind_refers_and_names_nothing() -> None:
    # "These European Commission guidelines" points back to the title's guidelines.
    assert [c.name for c in find_names("These European Commission guidelines help teachers.")] == []
    assert [c.name for c in find_names("This Safety Pledge binds its signers.")] == [
        "Safety Pledge"
    ]
    # "that" also opens a clause, before a name.
    assert [c.name for c in find_names("It shows that Insafe network helplines got calls.")] == [
        "Insafe network"
    ]
