"""Members listed in groups under short labels ("EU Member States", "Countries outside the
EU"), after a paragraph that says they joined, are signatories of the section's initiative;
labels that name no group of members, or a paragraph that tells no joining, make none; nor
do those who "will be joined by" an event, nor a piece of a list cut at its "and"."""

from __future__ import annotations

from extractors.extract.roles import is_organisation_name
from tests.extractors.extract_documents import block_signatories, items

_TITLE = ("title", "Westland Alliance against online scams")
_LEAD = ("paragraph", "Today ministers launched the Westland Alliance against online scams.")


def _page(told: str, first_label: str) -> list[tuple[str, str]]:
    return block_signatories(
        _TITLE,
        _LEAD,
        ("heading", "Who takes part?"),
        ("paragraph", told),
        ("heading", first_label),
        *items(1, "Austria", "Belgium"),
        ("heading", "Countries outside the EU"),
        *items(2, "Norway", "Japan"),
    )


def test_groups_of_members_after_a_paragraph_of_joining_are_signatories() -> None:
    found = _page(
        "Ministers of the EU Member States attended. They were joined by two countries from "
        "outside the EU.",
        "EU Member States",
    )
    assert found == [
        ("Austria", "signatory"),
        ("Belgium", "signatory"),
        ("Norway", "signatory"),
        ("Japan", "signatory"),
    ]


def test_a_paragraph_that_tells_no_joining_makes_no_signatories() -> None:
    assert _page("Ministers of the EU Member States attended the launch.", "EU Member States") == []


def test_a_label_of_no_group_of_members_makes_no_signatories() -> None:
    found = block_signatories(
        _TITLE,
        _LEAD,
        ("paragraph", "They were joined by two more countries."),
        ("heading", "Priority areas"),
        *items(1, "Transparency", "Accountability"),
    )
    assert found == []


def test_who_will_join_an_event_and_a_list_cut_before_its_last_member_are_no_signatories() -> None:
    assert (
        block_signatories(
            ("title", "Westland Pond Forum 2031"),
            ("paragraph", "The Westland Pond Forum 2031 takes place on 3 May 2031."),
            (
                "paragraph",
                "The Commission will be joined online by the EU co-funded Pond Centres, "
                "ministries and Westland institutions, as well as parents, NGOs and, above "
                "all, young people.",
            ),
        )
        == []
    )
    assert is_organisation_name("NGOs and") is False
    assert is_organisation_name("Pond Centres") is True
