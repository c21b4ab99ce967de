"""A headline's purpose clause is not the name ("... presents the Harbour Skills Academy to
close the skills gap"), unless the body writes the name with it; an academy set up for a
purpose is an initiative's kind; a modal before an end verb ("so that the gap can be
closed", "must not be closed") ends nothing; a cue nearest to a name in the possessive before
another name ("the Academy's Pier Network on 25 November") is told of that other name; a
hashtag heads its campaign's section; and texts adopted on a named initiative, or on two
groups joined by "and", are named whole."""

from __future__ import annotations

import pytest

from extractors.extract.prose_names import find_names
from tests.extractors.extract_documents import extract_blocks, initiative_names, items, named

_ACADEMY_LEAD = (
    "paragraph",
    "On 3 March 2031, the Commission presented the Harbour Skills Academy, a single point of "
    "entry for training offers on harbour safety.",
)


def test_a_headlines_purpose_clause_the_body_never_writes_is_not_the_name() -> None:
    extraction = extract_blocks(
        ("title", "Commission presents the Harbour Skills Academy to close the skills gap"),
        (
            "paragraph",
            "On 3 March 2031, the Commission adopted a Communication on the Harbour Skills "
            "Academy. The Academy will bring together initiatives that promote harbour safety "
            "skills.",
        ),
    )
    assert initiative_names(extraction) == ["Harbour Skills Academy"]
    assert named(extraction, "Harbour Skills Academy").launched == "2031-03-03"


def test_a_purpose_clause_the_body_writes_with_the_name_stays_in_it() -> None:
    extraction = extract_blocks(
        ("title", "Companies sign the Alliance to protect children at sea"),
        (
            "paragraph",
            "On 3 March 2031, ten companies signed the Alliance to protect children at sea, "
            "a set of commitments on harbour safety.",
        ),
    )
    assert initiative_names(extraction) == ["Alliance to protect children at sea"]


def test_an_article_or_a_gerund_after_to_is_the_names_complement() -> None:
    extraction = extract_blocks(
        ("title", "Agencies sign the Joint Statement of commitment to working together on scams"),
        (
            "paragraph",
            "On 3 March 2031, ten agencies signed a Joint Statement of commitment, which sets "
            "out how they will share data on pond scams.",
        ),
    )
    assert initiative_names(extraction) == [
        "Joint Statement of commitment to working together on scams"
    ]


def test_to_before_an_article_is_the_names_complement() -> None:
    extraction = extract_blocks(
        ("title", "Ministers sign the Second Additional Protocol to the Pond Convention"),
        (
            "paragraph",
            "On 3 March 2031, ten ministers signed the Second Additional Protocol. The Protocol "
            "sets out how states share data on pond safety.",
        ),
    )
    assert initiative_names(extraction) == ["Second Additional Protocol to the Pond Convention"]


def test_a_short_verb_in_ing_after_to_is_a_purpose_clause() -> None:
    extraction = extract_blocks(
        ("title", "Commission presents the Harbour Skills Academy to bring the skills gap down"),
        (
            "paragraph",
            "On 3 March 2031, the Commission adopted a Communication on the Harbour Skills "
            "Academy. The Academy will gather initiatives that promote harbour safety skills.",
        ),
    )
    assert initiative_names(extraction) == ["Harbour Skills Academy"]


def test_a_labelled_title_without_a_headline_verb_keeps_the_purpose_in_the_name() -> None:
    extraction = extract_blocks(
        ("title", "Questions and answers: Pond Strategy to tackle frog poaching"),
        (
            "paragraph",
            "On 3 March 2031, the Commission adopted the Pond Strategy. The Strategy sets out "
            "how Member States will protect frogs.",
        ),
    )
    assert initiative_names(extraction) == ["Pond Strategy to tackle frog poaching"]


def test_an_academy_named_in_title_case_is_an_initiative() -> None:
    extraction = extract_blocks(
        ("title", "Call for pledges to close the harbour skills gap"),
        (
            "paragraph",
            "The Harbour Skills Academy invites organisations to pledge to close the harbour "
            "skills gap. Two companies have already made pledges to the Academy.",
        ),
        ("heading", "The objectives"),
        *items(
            1,
            "Increase the number of people with harbour safety skills.",
            "Make training offers on harbour safety easier to find.",
        ),
    )
    academy = named(extraction, "Harbour Skills Academy")
    assert len(academy.actions) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "The Academy brings initiatives together, so that the skills gap can be closed by 2035.",
        "The Academy cannot be closed without a vote of its members.",
        "The Academy must not be closed before 2040.",
        "The Academy can now be closed by a simple vote.",
    ],
)
def test_a_modal_before_an_end_verb_ends_nothing(sentence: str) -> None:
    extraction = extract_blocks(
        ("title", "Harbour Skills Academy"), _ACADEMY_LEAD, ("paragraph", sentence)
    )
    academy = named(extraction, "Harbour Skills Academy")
    assert (academy.status, academy.ended) == ("active", None)


def test_a_stated_end_still_ends_it() -> None:
    extraction = extract_blocks(
        ("title", "Harbour Skills Academy"),
        _ACADEMY_LEAD,
        ("paragraph", "The Academy was closed in December 2034."),
    )
    assert named(extraction, "Harbour Skills Academy").status == "ended"


def test_a_cue_nearest_a_possessive_before_another_name_is_not_the_possessors() -> None:
    extraction = extract_blocks(
        ("title", "Harbour Skills Academy"),
        (
            "paragraph",
            "The Harbour Skills Academy gathers training offers on harbour safety. The latest "
            "pledges are "
            "published together with the meeting of the Academy's Pier Network on 25 November "
            "2031.",
        ),
        ("paragraph", "The Harbour Skills Academy counts 40 pledges so far."),
    )
    assert named(extraction, "Harbour Skills Academy").launched is None


def test_a_campaign_heading_names_its_hashtag_without_the_article() -> None:
    extraction = extract_blocks(
        ("title", "Police warn about scams at the pond"),
        ("paragraph", "Scams at the pond have grown fast in recent years."),
        ("heading", "The #PondSafe campaign"),
        (
            "paragraph",
            "In response, ten police forces have joined forces to launch #PondSafe, a campaign "
            "that gives advice to anyone who could be targeted.",
        ),
    )
    assert "#PondSafe" in initiative_names(extraction)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a text adopted on a named initiative is named by it whole
        (
            "In June 2031, the Council adopted the Council conclusions on the Pond Strategy on "
            "the rights of frogs, with a focus on droughts.",
            "Council conclusions on the Pond Strategy on the rights of frogs",
        ),
        (
            "The Parliament adopted its Resolution on the Pond Strategy on the rights of frogs "
            "in 2031.",
            "Resolution on the Pond Strategy on the rights of frogs",
        ),
        # two groups joined by "and" before their own complement
        (
            "The Council conclusions on protecting frogs and young toads from pond pollution "
            "were adopted in 2031.",
            "Council conclusions on protecting frogs and young toads from pond pollution",
        ),
    ],
)
def test_a_name_runs_over_a_named_object_and_coordinated_groups(sentence: str, name: str) -> None:
    assert [c.name for c in find_names(sentence)] == [name]


def test_a_text_not_adopted_on_a_name_ends_before_the_next_name() -> None:
    sentence = "The Pond Pledge on the Frog Strategy was signed in 2031."
    pledge = next(c.name for c in find_names(sentence) if c.kind == "pledge")
    assert "Strategy" not in pledge


def test_a_group_followed_by_a_place_ends_the_name() -> None:
    sentence = "The Code for parents and teachers from Westland was signed in 2031."
    code = next(c.name for c in find_names(sentence) if c.kind == "code")
    assert "Westland" not in code
