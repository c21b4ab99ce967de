"""Members listed in groups under short labels ("EU Member States", "Countries outside the
EU"), after a paragraph that says they joined, are signatories of the section's initiative;
labels that name no group of members, or a paragraph that tells no joining, make none; nor
do those who "will be joined by" an event, nor a piece of a list cut at its "and"."""

from __future__ import annotations

import pytest

from extractors.extract import signatories
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


@pytest.mark.parametrize(
    "told",
    [
        "Ministers of the EU Member States attended. They were joined by two countries from "
        "outside the EU.",
        # the paragraph names only the second label's group
        "They were joined by two countries from outside the EU.",
    ],
)
def test_groups_of_members_after_a_paragraph_of_joining_are_signatories(told: str) -> None:
    found = _page(told, "EU Member States")
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
    for soon in ("will soon be joined by", "is set to be joined by"):
        assert (
            block_signatories(
                ("title", "Westland Pond Forum 2031"),
                ("paragraph", "The Westland Pond Forum 2031 takes place on 3 May 2031."),
                ("paragraph", f"The Commission {soon} the Pond Centres, ministries and NGOs."),
            )
            == []
        )
    assert is_organisation_name("NGOs and") is False
    assert is_organisation_name("Pond Centres") is True


@pytest.mark.parametrize(
    ("told", "label", "members"),
    [
        # no joining verb: who answered a survey, who attended, a group of bodies named
        ("Ministers from 27 countries attended the launch.", "EU Member States", ["Austria"]),
        (
            "More than 300 participants answered the survey.",
            "Countries with the top scores",
            ["Finland", "Estonia"],
        ),
        (
            "The conference was attended by members of national parliaments.",
            "Speakers from Member States",
            ["Anna Berg", "Jan Novak"],
        ),
        # a joining verb, but of another group than the label's
        (
            "Norway joined the network in 2015.",
            "Platforms most used by children",
            ["TikTok", "YouTube"],
        ),
    ],
)
def test_lists_under_labels_not_told_as_joining_are_no_signatories(
    told: str, label: str, members: list[str]
) -> None:
    found = block_signatories(
        _TITLE, _LEAD, ("paragraph", told), ("heading", label), *items(1, *members)
    )
    assert not {name for name, _ in found} & set(members)


@pytest.mark.parametrize(
    "intro",
    [
        "The authority opened proceedings against the following firms for breaching the Code:",
        "The Commission sent requests for information to the following providers:",
    ],
)
def test_the_following_bodies_are_signatories_only_where_the_block_tells_of_joining(
    intro: str,
) -> None:
    found = block_signatories(
        _TITLE, _LEAD, ("paragraph", intro), *items(1, "Alpha Mart", "Beta Store")
    )
    assert found == []


def test_a_long_run_of_labelled_groups_is_walked_once(monkeypatch: pytest.MonkeyPatch) -> None:
    walked = []
    real_is_heading = signatories.is_heading

    def counted(block: object) -> bool:
        walked.append(block)
        return real_is_heading(block)  # type: ignore[arg-type]

    monkeypatch.setattr(signatories, "is_heading", counted)
    groups = []
    for number in range(2000):
        groups += [("heading", f"Countries of region {number}"), *items(number, f"Land{number}")]
    found = block_signatories(
        _TITLE,
        _LEAD,
        ("paragraph", "They were joined by 2,000 countries from every region."),
        *groups,
    )
    assert len(found) == 2000
    assert len(walked) < 10 * 2000  # a walk back per list would read about 2,000,000 blocks
