"""Signatory and action rules of the third round of issue 16 (founders, withdrawals, lists of
participants, an instrument's parts), on synthetic text."""

from __future__ import annotations

from tests.extractors.extract_documents import extract_blocks, items, prose_signatories

ALLIANCE = "Kids Online Alliance"


def _names(*paragraphs: str) -> list[str]:
    return [name for name, _ in prose_signatories(f"News of the {ALLIANCE}", *paragraphs)]


def test_founders_are_members_and_one_that_withdrew_is_no_longer_one() -> None:
    assert _names(
        f"The {ALLIANCE} was set up in 2012. Alpha Net, Beta Mobile, Gamma Telecom and Delta "
        "Cable founded it jointly and have each paid a fee since then.",
        f"In March 2024, Gamma Telecom withdrew from the {ALLIANCE} to cut its costs.",
    ) == ["Alpha Net", "Beta Mobile", "Delta Cable"]


def test_names_that_remain_as_founding_members_are_signatories() -> None:
    assert _names(
        f"The {ALLIANCE} was set up in 2012.",
        "Alpha Net, Beta Mobile and Delta Cable remain as founding members.",
    ) == ["Alpha Net", "Beta Mobile", "Delta Cable"]


def test_a_member_that_left_is_dropped_from_a_list_of_members() -> None:
    assert _names(
        f"Members of the {ALLIANCE} are Alpha Net, Beta Mobile and Delta Cable.",
        f"Beta Mobile has left the {ALLIANCE}.",
    ) == ["Alpha Net", "Delta Cable"]


def test_joining_forces_to_launch_an_initiative_is_not_joining_it() -> None:
    extraction = extract_blocks(
        ("title", "Police launch the Harbour Safety Campaign"),
        (
            "paragraph",
            "In response, the Nordic police community has joined forces with partners from "
            "industry to launch the Harbour Safety Campaign in 2019.",
        ),
    )
    assert [i.signatories for i in extraction.initiatives] == [[]]


def test_a_colon_list_of_companies_names_the_participants() -> None:
    assert _names(
        f"On 2 May 2022, industry presented the {ALLIANCE}, which helps services share signals.",
        "The programme starts with a first group of companies: Alpha Net, Beta Mobile, "
        "Gamma Play and Delta Chat.",
    ) == ["Alpha Net", "Beta Mobile", "Gamma Play", "Delta Chat"]


def test_a_colon_list_after_companies_that_holds_no_names_gives_none() -> None:
    assert (
        _names(
            f"The {ALLIANCE} was presented in 2022.",
            "It serves three kinds of companies: small shops, large platforms and games.",
        )
        == []
    )


def test_what_an_instrument_is_structured_around_are_its_actions() -> None:
    extraction = extract_blocks(
        ("title", "Commission publishes the Guidelines for parents on online gaming"),
        ("paragraph", "The Commission published the Guidelines for parents on online gaming."),
        ("heading", "Four main themes"),
        ("paragraph", "The Guidelines are structured around:"),
        *items(1, "Understanding game mechanics", "Managing spending", "Reporting abuse"),
    )
    (initiative,) = extraction.initiatives
    assert [(a.strand, a.text) for a in initiative.actions] == [
        ("Four main themes", "Understanding game mechanics"),
        ("Four main themes", "Managing spending"),
        ("Four main themes", "Reporting abuse"),
    ]


def _section_signatories(subject_sentence: str) -> dict[str, list[str]]:
    extraction = extract_blocks(
        ("title", "Harbour Coalition and the Shield Programme"),
        ("paragraph", "The Harbour Coalition launched the Shield Programme on 11 June 2020."),
        ("heading", "Shield Programme"),
        (
            "paragraph",
            f"The Shield Programme runs from 2020 to 2025. {subject_sentence} Its members today "
            "are Alpha Net, Beta Mobile, Gamma Play and Delta Chat.",
        ),
    )
    return {i.name: [s.name for s in i.signatories] for i in extraction.initiatives}


def test_its_members_after_a_sentence_opened_by_another_kind_are_not_the_sections() -> None:
    assert _section_signatories("The Coalition was formed in 2006.")["Shield Programme"] == []
    assert _section_signatories("The Programme was planned in 2019.")["Shield Programme"] == [
        "Alpha Net",
        "Beta Mobile",
        "Gamma Play",
        "Delta Chat",
    ]


def test_a_member_no_longer_part_of_it_left_and_the_initiative_goes_on() -> None:
    extraction = extract_blocks(
        ("title", f"News of the {ALLIANCE}"),
        ("paragraph", f"Members of the {ALLIANCE} are Alpha Net, Beta Mobile and Delta Cable."),
        (
            "paragraph",
            "Since the end of the transition period on 31 December 2020, Beta Mobile is no "
            f"longer part of the {ALLIANCE}.",
        ),
    )
    (alliance,) = extraction.initiatives
    assert (alliance.ended, alliance.status) == (None, "active")
    assert [s.name for s in alliance.signatories] == ["Alpha Net", "Delta Cable"]


def test_members_told_joining_with_no_object_in_the_initiatives_own_section() -> None:
    extraction = extract_blocks(
        ("title", f"News of the {ALLIANCE}"),
        ("paragraph", f"Towns set up the {ALLIANCE} in 2013."),
        ("heading", "A growing alliance"),
        (
            "paragraph",
            "Pond Rating Committee (PRC) became a member on 19 December 2017. Frog "
            "Association (FA) joined in 2023, bringing its ratings. Toads use it, in 2024.",
        ),
    )
    (alliance,) = extraction.initiatives
    names = [s.name for s in alliance.signatories]
    assert names == ["Pond Rating Committee (PRC)", "Frog Association (FA)"]


def test_a_table_under_a_founding_heading_lists_members() -> None:
    extraction = extract_blocks(
        ("title", f"News of the {ALLIANCE}"),
        ("paragraph", f"Towns set up the {ALLIANCE} in 2013."),
        ("heading", "Founding authorities"),
        ("table_row", "Rating authority | Territory"),
        ("table_row", "Pond Rating Board (PRB) | North"),
        ("table_row", "Frog Classification Office | South"),
    )
    (alliance,) = extraction.initiatives
    names = [s.name for s in alliance.signatories]
    assert names == ["Pond Rating Board (PRB)", "Frog Classification Office"]


def test_a_tables_header_of_a_short_phrase_is_no_member() -> None:
    extraction = extract_blocks(
        ("title", "Second Additional Protocol to the Pond Convention"),
        ("paragraph", "The Protocol has been signed by the following States:"),
        ("table_row", "State | Date of signature"),
        ("table_row", "Andorra | 20/05/2022"),
        ("table_row", "Austria | 12/05/2022"),
    )
    (protocol,) = extraction.initiatives
    assert [s.name for s in protocol.signatories] == ["Andorra", "Austria"]


def test_members_told_joining_last_year_or_at_a_sentences_end() -> None:
    extraction = extract_blocks(
        ("title", f"News of the {ALLIANCE}"),
        ("paragraph", f"Towns set up the {ALLIANCE} in 2013."),
        ("heading", "A growing alliance"),
        ("paragraph", "Pond Rating Committee joined last year. Frog Union joined."),
    )
    (alliance,) = extraction.initiatives
    assert [s.name for s in alliance.signatories] == ["Pond Rating Committee", "Frog Union"]


def test_a_first_row_of_a_name_and_a_place_is_a_member_not_a_header() -> None:
    extraction = extract_blocks(
        ("title", f"Members of the {ALLIANCE}"),
        ("paragraph", f"The members of the {ALLIANCE} are:"),
        ("table_row", "Frog Safety Authority | North"),
        ("table_row", "Pond Rating Board | South"),
    )
    (alliance,) = extraction.initiatives
    assert [s.name for s in alliance.signatories] == ["Frog Safety Authority", "Pond Rating Board"]


def test_a_header_names_the_column_of_names_whatever_its_place() -> None:
    extraction = extract_blocks(
        ("title", f"Members of the {ALLIANCE}"),
        ("paragraph", f"The members of the {ALLIANCE} are:"),
        ("table_row", "Partner country | Organisation"),
        ("table_row", "Norway | Frog Safety Office"),
        ("table_row", "Iceland | Pond Rating Board"),
    )
    (alliance,) = extraction.initiatives
    assert [s.name for s in alliance.signatories] == ["Frog Safety Office", "Pond Rating Board"]


def test_members_among_the_organisations_are_the_clauses_own_names_without_articles() -> None:
    extraction = extract_blocks(
        ("title", "Nordic Advisory Council for Pond Safety publishes its first report"),
        (
            "paragraph",
            "The Nordic Advisory Council for Pond Safety brings together experts from academia "
            "and NGOs; Alpha Net, the Pond Commission, Webwise and the ISPCC are among the "
            "organisations that have joined it.",
        ),
    )
    (council,) = extraction.initiatives
    names = [s.name for s in council.signatories]
    assert names == ["Alpha Net", "Pond Commission", "Webwise", "ISPCC"]


def test_a_member_that_has_since_signed_it_is_a_signatory() -> None:
    assert _names(
        f"The {ALLIANCE} was set up in 2012.",
        f"Alpha Net has since signed the {ALLIANCE}.",
    ) == ["Alpha Net"]


def test_a_heading_that_counts_founders_heads_no_actions() -> None:
    extraction = extract_blocks(
        ("title", f"The {ALLIANCE}"),
        ("paragraph", f"The {ALLIANCE} was set up in 2012."),
        ("heading", "The 3 founding members"),
        *items(3, "Alpha Net", "Beta Mobile", "Delta Cable"),
    )
    (alliance,) = extraction.initiatives
    assert alliance.actions == []


def test_the_founders_a_sentence_names_are_members() -> None:
    assert _names(
        f"The founders of the {ALLIANCE} are Alpha Net, Beta Mobile and Delta Cable."
    ) == [
        "Alpha Net",
        "Beta Mobile",
        "Delta Cable",
    ]


def test_a_list_of_problems_is_no_list_of_actions() -> None:
    extraction = extract_blocks(
        ("title", f"The {ALLIANCE}"),
        ("paragraph", f"The {ALLIANCE} commits to act. Its review found these problems:"),
        *items(4, "slow replies to reports", "unclear age checks"),
    )
    (alliance,) = extraction.initiatives
    assert alliance.actions == []
