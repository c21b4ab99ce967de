"""Enforcement proceedings a page's title is about (`extractors.extract.proceedings`), on
press releases written for the test."""

from __future__ import annotations

from extractors.extract.proceedings import proceedings_in_title
from tests.extractors.extract_documents import BlockSpec, extract_blocks, items

_TITLE = "Commission opens formal proceedings against PondTok under the Pond Services Act"


def _press_release(title: str, lead: str) -> list[BlockSpec]:
    return [
        ("title", title),
        ("paragraph", "Brussels, 3 March 2031"),
        ("paragraph", lead),
        ("heading", "Areas of the investigation"),
        ("paragraph", "The proceedings will focus on the following areas:"),
        *items(1, "the design of its feeds for young frogs", "its age checks at the pond gate"),
    ]


def test_the_proceedings_a_title_opens_are_the_page_s_initiative_and_the_law_a_mention() -> None:
    lead = (
        "The Commission has today opened formal proceedings to assess whether PondTok may "
        "have breached the Pond Services Act in areas linked to the protection of tadpoles."
    )
    extraction = extract_blocks(*_press_release(_TITLE, lead), published="2031-03-03")
    (initiative,) = extraction.initiatives
    assert initiative.name == "formal proceedings against PondTok"
    assert initiative.launched == "2031-03-03"  # "has today opened": the page's day
    assert initiative.status == "active"
    assert [action.text for action in initiative.actions] == [
        "the design of its feeds for young frogs",
        "its age checks at the pond gate",
    ]
    assert "Pond Services Act" in extraction.mentioned


def test_proceedings_opened_on_a_day_the_page_gives_are_dated_by_it() -> None:
    lead = (
        "On 12 January 2031 the Commission opened formal proceedings to assess whether "
        "PondTok complies with the Pond Services Act."
    )
    extraction = extract_blocks(*_press_release(_TITLE, lead), published="2031-03-03")
    assert [i.launched for i in extraction.initiatives] == ["2031-01-12"]
    # "today" with another day in the sentence: the page's day, not the other
    today = (
        "The Commission has today opened formal proceedings against PondTok, designated "
        "a very large pond platform on 25 April 2030."
    )
    extraction = extract_blocks(*_press_release(_TITLE, today), published="2031-03-03")
    assert [i.launched for i in extraction.initiatives] == ["2031-03-03"]
    # "has opened" is the day's news, whatever other day the sentence gives; a day in another
    # clause after the opening is not the opening's
    designated = (
        "The Commission has opened formal proceedings against PondTok, designated a very large "
        "pond platform on 25 April 2030."
    )
    extraction = extract_blocks(*_press_release(_TITLE, designated), published="2031-03-03")
    assert [i.launched for i in extraction.initiatives] == ["2031-03-03"]
    past_clause = (
        "The Commission opened formal proceedings against PondTok, designated a very large pond "
        "platform on 25 April 2030."
    )
    extraction = extract_blocks(*_press_release(_TITLE, past_clause), published="2031-03-03")
    assert [i.launched for i in extraction.initiatives] == [None]
    opening = "The opening of formal proceedings on 12 January 2031 followed a request."
    extraction = extract_blocks(*_press_release(_TITLE, opening), published="2031-03-03")
    assert [i.launched for i in extraction.initiatives] == ["2031-01-12"]
    # told as past without a day: no launch is guessed from the page's date
    past = "The Commission opened formal proceedings to assess whether PondTok complies."
    extraction = extract_blocks(*_press_release(_TITLE, past), published="2031-03-03")
    assert [i.launched for i in extraction.initiatives] == [None]


def test_the_parties_are_named_whole_up_to_the_first_lower_case_word() -> None:
    body = "The proceedings concern the platforms' age checks."
    assert (
        proceedings_in_title(
            "Commission opens formal proceedings against Frogla, Lilyweb, XPOND and PadHub "
            "to protect tadpoles",
            body,
        )
        == "formal proceedings against Frogla, Lilyweb, XPOND and PadHub"
    )
    assert proceedings_in_title(
        "Commission opens proceedings against PondTok over PondTok Lite", body
    ) == ("proceedings against PondTok")


def test_a_title_that_names_no_party_or_a_body_silent_on_proceedings_is_not_read() -> None:
    body = "The proceedings concern the platforms' age checks."
    assert proceedings_in_title("Commission closes its proceedings on pond safety", body) is None
    assert proceedings_in_title("Proceedings against Pond Services Act breaches", body) is None
    assert proceedings_in_title(_TITLE, "The Commission asked PondTok for information.") is None


def test_a_registered_law_in_the_title_stays_a_mention_beside_the_proceedings() -> None:
    title = "Commission opens formal proceedings against PondTok under the Digital Services Act"
    lead = (
        "The Commission has today opened formal proceedings to assess whether PondTok may have "
        "breached the Digital Services Act."
    )
    extraction = extract_blocks(*_press_release(title, lead), published="2031-03-03")
    assert [i.name for i in extraction.initiatives] == ["formal proceedings against PondTok"]
    assert "Digital Services Act" in extraction.mentioned


def test_the_parties_are_bounded_and_infringement_proceedings_keep_their_kind() -> None:
    body = "The proceedings concern the platforms' age checks."
    many = ", ".join(f"Party{n} Corp" for n in range(40))
    found = proceedings_in_title(f"Commission opens formal proceedings against {many}", body)
    assert found is not None and found.count("Corp") <= 10
    assert proceedings_in_title(
        "Commission opens infringement proceedings against Pondland and Lakeland", body
    ) == ("infringement proceedings against Pondland and Lakeland")
    assert proceedings_in_title("Commission Opens Formal Proceedings Against PondTok", body) == (
        "Formal Proceedings Against PondTok"
    )
