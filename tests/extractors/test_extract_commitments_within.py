"""A lead-in that makes commitments "in" a text ("In the X, adopted on ..., the Board committed
to:") gives the text its actions when the page describes nothing else (synthetic pages)."""

from __future__ import annotations

from tests.extractors.extract_documents import extract_blocks, items


def test_commitments_made_in_a_text_are_that_texts_actions() -> None:
    extraction = extract_blocks(
        ("title", "Children's rights in the digital port"),
        ("paragraph", "Children move with ease between quays and cranes. Devices help them."),
        ("paragraph", "Challenges remain. Not every child has equal access to the quays."),
        ("heading", "Board actions for children in the digital port"),
        (
            "paragraph",
            "In the Harbour Safety Strategy, adopted on 3 May 2031, the Board committed to:",
        ),
        *items(
            1,
            "adopt an updated Quay Lighting Code in 2032",
            "ensure the full implementation of the Crane Safety Act",
        ),
        ("heading", "What has been delivered"),
        (
            "paragraph",
            "On 4 June 2032 the Board adopted the new Quay Lighting Code (QLC+). The Crane Safety "
            "Act, which entered into force in November 2032, sets strict rules.",
        ),
    )
    (strategy,) = extraction.initiatives
    assert (strategy.name, strategy.launched) == ("Harbour Safety Strategy", "2031-05-03")
    assert len(strategy.actions) == 2


def test_commitments_in_a_document_of_the_described_initiative_stay_its_own() -> None:
    # (a control; the corpus page bik/sid-2017-alliance-launch pins the guard in the goldens)
    extraction = extract_blocks(
        ("title", "Harbour Safety Alliance"),
        ("paragraph", "The Harbour Safety Alliance was launched on 3 May 2031 by ten ports."),
        ("paragraph", "In the Statement of Purpose, the ports commit to:"),
        *items(1, "light every quay", "check every crane"),
    )
    assert [(i.name, len(i.actions)) for i in extraction.initiatives] == [
        ("Harbour Safety Alliance", 2)
    ]
