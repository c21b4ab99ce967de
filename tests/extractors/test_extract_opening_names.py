"""A name that opens a paragraph, a definition list's term or a list item and is defined
right after it is an initiative the page describes, with no kind noun in its name: "Pond
Smart, launched in May 2031, teaches ...", "Frog Free Summer (Westland): a parents' movement
that ...". A label ("National: ..."), an action's label in a list ("Live kindly: act with
..."), a body ("Pondwatch, the not-for-profit organisation that ...") and a sentence's
opening words ("Last year, the campaign ...") are not."""

from __future__ import annotations

import pytest

from extractors.extract.opening_names import _defined_opening
from tests.extractors.extract_documents import extract_blocks, initiative_names, named


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pond Smart, launched in May 2031, teaches children to swim safely.", "Pond Smart"),
        (
            "#PondSafe, started on 17 October 2031 during Pond Week, explains the rules.",
            "#PondSafe",
        ),
        (
            "Frog Accounts, first introduced on Lilypad in September 2031, are rolled out.",
            "Frog Accounts",
        ),
        (
            "Quiet Pairing, which Lilypad introduced in April 2030, lets a parent link accounts.",
            "Quiet Pairing",
        ),
        ("Pond Smart, which was launched on May 5, 2031, teaches children to swim.", "Pond Smart"),
        (
            "Lilypad's Quiet Pairing, launched in April 2030, lets a parent link accounts.",
            "Quiet Pairing",
        ),
        (
            "Pond Leven ab 14 (Eastland): a parents' movement that links families.",
            "Pond Leven ab 14",
        ),
        (
            "It Takes A Pond (Westland): a community well-being initiative in Lakeside.",
            "It Takes A Pond",
        ),
        ("Élan Étang (Westland): a parents' movement that links families.", "Élan Étang"),
    ],
)
def test_a_name_defined_where_its_paragraph_opens(text: str, name: str) -> None:
    found = _defined_opening(text)
    assert found is not None and found[0] == name


def test_an_apposition_gives_the_names_kind() -> None:
    text = "Pond Start, the Westland programme for safer ponds, has won a prize."
    assert _defined_opening(text) == ("Pond Start", "programme")


def test_a_founding_defines_a_name_in_a_definition_list_only() -> None:
    text = "Frog Free Summer (Westland): founded in February 2031; its pact asks families."
    assert _defined_opening(text, founded=True) == ("Frog Free Summer", "initiative")
    # elsewhere bodies are founded far more often than initiatives
    assert _defined_opening("Pondwatch, founded in 1998, helps missing frogs.") is None


@pytest.mark.parametrize(
    "text",
    [
        "National: a strategy for safer ponds in every region.",
        "Pillar 1: a programme for safer ponds in every region.",
        "Pondwatch, the not-for-profit organisation that helps parents, turns ten.",
        "Pondco, launched in April 1995, is the oldest network of pond regulators.",
        "Pondwise, the campaign reached two million people in Westland.",
        "pond smart, a campaign of ten towns, began.",
        "Safer Pond Day, launched in 2004, is celebrated in 120 countries.",
        "Last year, the campaign in Westland reached two million people.",
        "Yesterday, the Commission launched a campaign in Westland.",
        "Furthermore, the campaign reached two million people in Westland.",
        "Additionally, the campaign of ten towns, a pond pact, reached many.",
        "Westland, Eastland and Northland signed the pact in 2031.",
        "Wait For Ponds (Westland): parents promise not to buy a pond before 2035.",
        "Coordinated by Pondwatch, the pact reached 40 schools.",
        "Pond Smart, community pacts, and school rules help families.",
        "Live Kindly: act with empathy in every chat.",
        "Pondnet, the European network of pond helplines, turns ten.",
        "June 2031, a new campaign in Westland, began.",
        "Today, a new campaign in Westland, the first, began.",
        "When Pond Smart, a campaign of ten towns, began, parents cheered.",
        "Pupils met in France, a project of ten towns, and swam.",
        "Ireland (Europe): a national strategy for safer ponds.",
    ],
)
def test_labels_bodies_and_sentence_openings_are_no_names(text: str) -> None:
    assert _defined_opening(text) is None


def test_a_list_items_label_defines_no_name_but_its_launch_does() -> None:
    label = "Kind Pond Online: a pledge to act with empathy in every chat."
    assert _defined_opening(label) is not None
    assert _defined_opening(label, launched_only=True) is None
    launched = "Pond Smart, launched in May 2031, teaches children to swim."
    assert _defined_opening(launched, launched_only=True) == ("Pond Smart", "initiative")


def test_a_body_named_where_a_paragraph_opens_is_no_initiative() -> None:
    extraction = extract_blocks(
        ("title", "Police cooperation at the pond"),
        ("paragraph", "Europol, launched in 1999, supports police forces against pond crime."),
    )
    assert "Europol" not in initiative_names(extraction)


def test_a_glossary_of_movements_describes_each_with_its_launch() -> None:
    extraction = extract_blocks(
        ("title", "Parent pacts to delay ponds: an overview"),
        ("paragraph", "Parents who want to put off their child's first pond often feel alone."),
        ("term", "Frog Free Summer (Westland): founded in February 2031; its pact asks families."),
        ("term", "It Takes A Pond (Eastland): a community well-being initiative in Lakeside."),
    )
    assert initiative_names(extraction) == ["Frog Free Summer", "It Takes A Pond"]
    assert named(extraction, "Frog Free Summer").launched == "2031-02"


def test_a_name_defined_in_two_paragraphs_is_one_initiative() -> None:
    extraction = extract_blocks(
        ("title", "Pond safety in Westland"),
        ("paragraph", "Pond Smart, launched in May 2031, teaches children to swim safely."),
        ("paragraph", "Pond Smart, set up in 2031, was signed by Frogco and Toadco."),
    )
    assert initiative_names(extraction) == ["Pond Smart"]
    smart = named(extraction, "Pond Smart")
    assert smart.launched == "2031-05"  # the first definition's
    assert [s.name for s in smart.signatories] == ["Frogco", "Toadco"]


def test_a_name_a_heading_gives_is_that_headings_initiative() -> None:
    extraction = extract_blocks(
        ("title", "Pond safety in Westland"),
        ("heading", "Pond Smart programme"),
        ("paragraph", "Pond Smart, launched in May 2031, teaches children to swim safely."),
    )
    assert [(i.name, i.launched) for i in extraction.initiatives] == [
        ("Pond Smart programme", "2031-05")
    ]
