"""Signatory and action rules of the holdout10 and holdout13 rounds of issue 16 (synthetic)."""

from __future__ import annotations

import pytest

from tests.extractors.extract_documents import extract_blocks, items, prose_signatories


def _label(text: str, ordinal: int) -> tuple[str, str, dict[str, int]]:
    return ("list_item", text, {"list_id": 1, "ordinal": ordinal})


def _child(text: str, list_id: int, parent: int) -> tuple[str, str, dict[str, int]]:
    return (
        "list_item",
        text,
        {"list_id": list_id, "ordinal": 1, "depth": 1, "parent_item": parent},
    )


def test_a_count_of_areas_over_labels_makes_them_strands_not_signatories() -> None:
    # The intro's last cue is "Member" (of "Member States"), yet "three areas" counts the
    # three labels: they are strands, and their sub-items the actions.
    extraction = extract_blocks(
        ("title", "Harbour Plan against Online Scams"),
        (
            "paragraph",
            "The Harbour Plan works in three areas to deepen cooperation between Member States:",
        ),
        _label("Early warning", 1),
        _child("Building a shared alert network", 2, 2),
        _label("Public outreach", 2),
        _child("Running school workshops", 3, 4),
        _label("Support for victims", 3),
        _child("Funding helplines", 4, 6),
    )
    (initiative,) = extraction.initiatives
    assert initiative.signatories == []
    assert [(a.strand, a.text) for a in initiative.actions] == [
        ("Early warning", "Building a shared alert network"),
        ("Public outreach", "Running school workshops"),
        ("Support for victims", "Funding helplines"),
    ]


def test_a_count_of_priorities_over_a_flat_list_makes_it_actions() -> None:
    extraction = extract_blocks(
        ("title", "Harbour Plan against Online Scams"),
        ("paragraph", "The Plan sets two priorities shared by its Member organisations:"),
        *items(1, "Faster reporting of scam sites", "Clearer warnings for users"),
    )
    (initiative,) = extraction.initiatives
    assert initiative.signatories == []
    assert [a.text for a in initiative.actions] == [
        "Faster reporting of scam sites",
        "Clearer warnings for users",
    ]


def test_a_count_of_projects_over_the_list_makes_it_no_actions() -> None:
    extraction = extract_blocks(
        ("title", "Harbour Forum on Online Safety"),
        ("paragraph", "The Harbour Forum met in Lisbon to discuss online safety."),
        ("paragraph", "In the afternoon, three funded projects showed their results:"),
        *items(
            1,
            "the Kestrel project, which trains teachers to spot online abuse",
            "the Osprey project, which builds games about privacy",
            "the Heron project, which helps parents talk about screens",
        ),
    )
    (initiative,) = extraction.initiatives
    assert initiative.actions == []


def test_a_country_named_with_its_article_is_a_member_of_a_nested_list() -> None:
    extraction = extract_blocks(
        ("title", "Harbour Network against Online Fraud"),
        ("paragraph", "The Harbour Network was set up in 2019 to fight online fraud."),
        ("heading", "Members"),
        ("paragraph", "Its officers come from:"),
        _label("participating EU Member States", 1),
        ("list_item", "Belgium", {"list_id": 2, "ordinal": 1, "depth": 1, "parent_item": 4}),
        (
            "list_item",
            "the Netherlands",
            {"list_id": 2, "ordinal": 2, "depth": 1, "parent_item": 4},
        ),
        ("list_item", "Portugal", {"list_id": 2, "ordinal": 3, "depth": 1, "parent_item": 4}),
    )
    (initiative,) = extraction.initiatives
    assert [s.name for s in initiative.signatories] == ["Belgium", "the Netherlands", "Portugal"]


def test_one_that_has_been_a_partner_in_the_network_is_its_signatory() -> None:
    found = prose_signatories(
        "Harbour Network against Bullying",
        "The Harbour Network against Bullying was set up in 2015 to help schools.",
        "Since 2016 the Harbour Teachers Union (HTU) has been a partner in the Harbour Network,"
        " bringing the view of teachers.",
    )
    assert found == [("Harbour Teachers Union (HTU)", "signatory")]


def test_a_heading_that_says_what_a_toolkit_sets_out_to_do_heads_actions() -> None:
    extraction = extract_blocks(
        ("title", "Harbour Project against Cyberbullying"),
        ("paragraph", "The Harbour Project against Cyberbullying started in 2020 in three cities."),
        ("heading", "What the Speak Out! toolkit sets out to do"),
        *items(1, "Help schools respond to reports", "Train youth workers to listen"),
    )
    (initiative,) = extraction.initiatives
    assert [(a.strand, a.text) for a in initiative.actions] == [
        ("What the Speak Out! toolkit sets out to do", "Help schools respond to reports"),
        ("What the Speak Out! toolkit sets out to do", "Train youth workers to listen"),
    ]


def test_an_intro_that_says_what_each_group_can_do_announces_actions() -> None:
    extraction = extract_blocks(
        ("title", "Harbour Week for Safer Screens"),
        ("paragraph", "The Harbour Week for Safer Screens took place in 2021 across Europe."),
        ("heading", "Everyone has a part"),
        ("paragraph", "The campaign's messages spell out what each group can do:"),
        *items(1, "Parents can set screen rules together", "Teachers can discuss online kindness"),
    )
    (initiative,) = extraction.initiatives
    assert [a.text for a in initiative.actions] == [
        "Parents can set screen rules together",
        "Teachers can discuss online kindness",
    ]


def test_the_topics_a_group_focuses_its_work_on_are_its_actions() -> None:
    extraction = extract_blocks(
        ("title", "EU Observatory on the Harbour Economy"),
        ("paragraph", "The EU Observatory on the Harbour Economy was set up in 2018."),
        ("heading", "Work plan 2021-2023"),
        (
            "paragraph",
            "At its meeting of 29 June 2021, the renewed group agreed to focus its work in the "
            "next two years on the following topics:",
        ),
        _label("Harbour fees", 1),
        _label("Fishing quotas", 2),
    )
    (initiative,) = extraction.initiatives
    assert [(a.strand, a.text) for a in initiative.actions] == [
        ("Work plan 2021-2023", "Harbour fees"),
        ("Work plan 2021-2023", "Fishing quotas"),
    ]


def test_what_a_situation_is_because_of_is_no_list_of_actions() -> None:
    extraction = extract_blocks(
        ("title", "Pond Fairness Fitness Check"),
        ("paragraph", "The Pond Fairness Fitness Check was published on 3 October 2024."),
        ("heading", "Practices"),
        ("paragraph", "Frogs do not always feel safe in town ponds because of:"),
        _label("dark corners in ponds, for example", 1),
        _label("noisy pumps that scare the frogs", 2),
    )
    (initiative,) = extraction.initiatives
    assert initiative.actions == []


def test_a_heading_that_counts_the_items_below_it_announces_them() -> None:
    extraction = extract_blocks(
        ("title", "Pond Fundamentals for a Frog-Oriented Approach"),
        ("paragraph", "The Pond Fundamentals for a Frog-Oriented Approach were published."),
        ("heading", "The 3 Fundamentals"),
        _label("Floor of protection", 1),
        _label("Clear-cut consent", 2),
        _label("Zero interference", 3),
    )
    (initiative,) = extraction.initiatives
    assert [a.text for a in initiative.actions] == [
        "Floor of protection",
        "Clear-cut consent",
        "Zero interference",
    ]


def test_a_heading_that_counts_projects_announces_no_actions() -> None:
    extraction = extract_blocks(
        ("title", "Pond Fundamentals for a Frog-Oriented Approach"),
        ("paragraph", "The Pond Fundamentals for a Frog-Oriented Approach were published."),
        ("heading", "Two projects"),
        _label("Frog Watch", 1),
        _label("Pond Guard", 2),
    )
    (initiative,) = extraction.initiatives
    assert initiative.actions == []


def test_the_following_standards_are_the_codes_actions() -> None:
    extraction = extract_blocks(
        ("title", "Pond Design Code"),
        ("paragraph", "The Pond Design Code applies in full from 2 September 2021."),
        ("paragraph", "Towns are expected to build the following standards into their ponds:"),
        _label("Best interests of the frog", 1),
        _label("Default settings", 2),
    )
    (initiative,) = extraction.initiatives
    assert [a.text for a in initiative.actions] == [
        "Best interests of the frog",
        "Default settings",
    ]


def test_principles_member_states_are_invited_to_take_up_are_actions() -> None:
    extraction = extract_blocks(
        ("title", "Town Recommendation on pond services"),
        ("paragraph", "The Town Recommendation on pond services was adopted on 14 July 2014."),
        (
            "paragraph",
            "The Recommendation sets out principles that Member States are invited to take up:",
        ),
        _label("Information for pond visitors", 1),
        _label("Protection of young frogs", 2),
    )
    (initiative,) = extraction.initiatives
    assert [a.text for a in initiative.actions] == [
        "Information for pond visitors",
        "Protection of young frogs",
    ]


def test_what_a_regulation_introduces_are_its_actions() -> None:
    extraction = extract_blocks(
        ("title", "Pond Regulation on the transparency and targeting of pond adverts"),
        (
            "paragraph",
            "The Pond Regulation on the transparency and targeting of pond adverts applies.",
        ),
        ("heading", "What the Regulation introduces"),
        _label("A clear label on every pond advert", 1),
        _label("A repository of pond adverts", 2),
    )
    (initiative,) = extraction.initiatives
    assert [(a.strand, a.text) for a in initiative.actions] == [
        ("What the Regulation introduces", "A clear label on every pond advert"),
        ("What the Regulation introduces", "A repository of pond adverts"),
    ]


def test_principles_each_member_state_is_invited_to_take_up_are_actions() -> None:
    extraction = extract_blocks(
        ("title", "Town Recommendation on pond services"),
        ("paragraph", "The Town Recommendation on pond services was adopted on 14 July 2014."),
        (
            "paragraph",
            "The Recommendation sets out principles that each Member State should apply:",
        ),
        _label("Information for pond visitors", 1),
        _label("Protection of young frogs", 2),
    )
    (initiative,) = extraction.initiatives
    assert [a.text for a in initiative.actions] == [
        "Information for pond visitors",
        "Protection of young frogs",
    ]


@pytest.mark.parametrize(
    "aside",
    [
        "as adopted by the members at the plenary meeting on 20 May 2021",
        "which the members adopted on 20 May 2021",
        "whose members adopted them on 20 May 2021",
    ],
)
def test_an_aside_of_the_announcing_sentence_does_not_say_what_the_list_holds(aside: str) -> None:
    # the members sit in an aside: the list is the body's functions
    extraction = extract_blocks(
        ("title", "Pond Platform of Regulators (PPR)"),
        ("paragraph", "The Pond Platform of Regulators (PPR) was set up in April 1995."),
        (
            "paragraph",
            f"Under its statutes, {aside}, the Platform is an independent body whose primary "
            "function is to be:",
        ),
        *items(1, "a forum for informal discussion between pond regulators;",
               "a forum for exchange of information about frogs."),
    )  # fmt: skip
    (initiative,) = extraction.initiatives
    assert [action.text for action in initiative.actions] == [
        "a forum for informal discussion between pond regulators",
        "a forum for exchange of information about frogs",
    ]


@pytest.mark.parametrize("grouped", ["grouped in three blocks", "grouped into three blocks"])
def test_a_list_of_the_groups_an_instrument_is_grouped_in_is_its_actions(grouped: str) -> None:
    extraction = extract_blocks(
        ("title", "Pondland's Charter of Frog Rights"),
        ("paragraph", "On 14 July 2031 the Government presented the Charter of Frog Rights."),
        ("paragraph", f"The rights are {grouped}:"),
        *items(1, "Freedom rights", "Pond rights", "Guarantees and effectiveness"),
    )
    (initiative,) = extraction.initiatives
    assert [action.text for action in initiative.actions] == [
        "Freedom rights",
        "Pond rights",
        "Guarantees and effectiveness",
    ]


@pytest.mark.parametrize(
    "heading",
    [
        "What pond keepers are asked to do",
        "What towns are expected to do",
        "What towns agree to do",
    ],
)
def test_a_heading_that_says_what_someone_is_asked_to_do_heads_actions(heading: str) -> None:
    extraction = extract_blocks(
        ("title", "Harbour Code on Pond Safety"),
        ("paragraph", "The Harbour Code on Pond Safety was agreed by ten towns in 2031."),
        ("heading", heading),
        *items(1, "Fence every pond", "Report every frog"),
    )
    (initiative,) = extraction.initiatives
    assert [(a.strand, a.text) for a in initiative.actions] == [
        (heading, "Fence every pond"),
        (heading, "Report every frog"),
    ]


def test_names_after_as_well_as_in_a_list_of_signatories_are_signatories() -> None:
    found = prose_signatories(
        "Harbour Pact on Pond Safety",
        "The Harbour Pact on Pond Safety was launched in 2031 by ten towns.",
        "Among the first signatories are Frogwell and Lakeside Ltd, as well as Reedmark and"
        " Newtown Water.",
    )
    assert [name for name, _ in found] == ["Frogwell", "Lakeside Ltd", "Reedmark", "Newtown Water"]


@pytest.mark.parametrize("taken_up", ["It includes", "They are"])
def test_a_list_a_pronoun_takes_up_from_a_list_of_signatories_names_them(taken_up: str) -> None:
    found = prose_signatories(
        "Harbour Pact on Pond Safety",
        "The Harbour Pact on Pond Safety was launched in 2031 by ten towns.",
        f"The first list of signatories was published on 1 May 2031. {taken_up} Frogwell,"
        " Lakeside Ltd and Reedmark.",
    )
    assert [name for name, _ in found] == ["Frogwell", "Lakeside Ltd", "Reedmark"]


def test_a_list_a_pronoun_takes_up_from_no_list_of_people_names_no_signatories() -> None:
    found = prose_signatories(
        "Harbour Pact on Pond Safety",
        "The Harbour Pact on Pond Safety was launched in 2031 by ten towns.",
        "The first report was published on 1 May 2031. It includes Frogwell, Lakeside Ltd and"
        " Reedmark.",
    )
    assert found == []


@pytest.mark.parametrize(
    "before",
    [
        "The Harbour Pact on Pond Safety now has 26 signatories.",
        "The Harbour Pact on Pond Safety was drafted with its members.",
    ],
)
def test_it_includes_after_no_list_of_signatories_names_no_signatories(before: str) -> None:
    found = prose_signatories(
        "Harbour Pact on Pond Safety",
        "The Harbour Pact on Pond Safety was launched in 2031 by ten towns.",
        f"{before} It includes Transparency, Copyright and Safety chapters.",
    )
    assert found == []


@pytest.mark.parametrize("brand", ["eBay", "xAI", "iRobot"])
def test_a_brand_written_with_a_small_first_letter_that_signed_is_a_signatory(brand: str) -> None:
    found = prose_signatories(
        "Harbour Pact on Pond Safety",
        "The Harbour Pact on Pond Safety was launched in 2031 by ten towns.",
        f"{brand} signed the Harbour Pact on Pond Safety in 2032.",
    )
    assert found == [(brand, "signatory")]
