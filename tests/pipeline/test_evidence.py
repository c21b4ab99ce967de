"""The sentence that proves a change, renamed signatories, and the links and diffs an alert
shows."""

from __future__ import annotations

import pytest

from pipeline.compare.diff import diff_extractions
from pipeline.compare.evidence import STATUS_CUES, sentence_at, sentence_spans, stating_sentence
from pipeline.compare.renames import same_organisation
from pipeline.notify.marking import (
    Piece,
    cut,
    diff_as_text,
    fragment_link,
    shorten_kept,
    word_diff,
)
from schemas.document import Span
from schemas.extraction import DateMention, Extraction, Initiative, Signatory

ALLIANCE = "Alliance to better protect minors online"
PAGE = (
    f"{ALLIANCE}\n\n"
    "The Commission formally disbanded the Alliance in July 2023, as the Digital Services Act "
    "applied.\n\n"
    f"The {ALLIANCE} was a self-regulatory initiative set up to make the online environment "
    "better. It was launched on 7 February 2017."
)


def test_sentences_split_at_sentence_ends_not_at_abbreviations() -> None:
    text = "Risks (e.g. cyberbullying) grew. The Alliance ended.\n\nNext paragraph"
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Risks (e.g. cyberbullying) grew.",
        "The Alliance ended.",
        "Next paragraph",
    ]


def test_a_status_change_quotes_the_sentence_that_states_it() -> None:
    name_at = PAGE.index(f"The {ALLIANCE}") + 4
    date_at = PAGE.index("July 2023")
    found = stating_sentence(
        PAGE,
        Span(start=name_at, end=name_at + len(ALLIANCE)),
        cue_labels=STATUS_CUES["ended"],
        date_spans=[Span(start=date_at, end=date_at + 9)],
        name=ALLIANCE,
    )
    assert found is not None and found.startswith("The Commission formally disbanded the Alliance")


def test_without_a_stating_sentence_the_anchor_sentence_is_quoted() -> None:
    at = PAGE.index("It was launched")
    assert stating_sentence(PAGE, Span(start=at, end=at + 2), cue_labels=()) == (
        "It was launched on 7 February 2017."
    )
    assert sentence_at(PAGE, None) is None


def extraction(status: str, ended: str | None, signatories: list[str], text: str) -> Extraction:
    evidence = Span(start=text.index(ALLIANCE), end=text.index(ALLIANCE) + len(ALLIANCE))
    dates = []
    if ended and "July 2023" in text:
        at = text.index("July 2023")
        dates.append(
            DateMention(text="July 2023", value="2023-07", evidence=Span(start=at, end=at + 9))
        )
    return Extraction(
        url="https://bik.example/alliance",
        title=ALLIANCE,
        published=None,
        text=text,
        initiatives=[
            Initiative(
                name=ALLIANCE,
                status=status,
                ended=ended,
                evidence=evidence,
                signatories=[Signatory(name=n, role="signatory") for n in signatories],
            )
        ],
        dates=dates,
    )


def test_the_diff_quotes_the_new_status_and_links_a_renamed_signatory() -> None:
    old_text = f"{ALLIANCE}\n\nThe {ALLIANCE} was a self-regulatory initiative."
    old = extraction("active", None, ["Super RTL", "BBFC", "Google"], old_text)
    new = extraction(
        "ended", "2023-07", ["Super RTL/Mediengruppe RTL Deutschland", "BBFC", "Google"], PAGE
    )
    changes = {(c.kind, c.field): c for c in diff_extractions(old, new).changes}
    assert changes[("status_changed", None)].quote == (
        "The Commission formally disbanded the Alliance in July 2023, as the Digital Services "
        "Act applied."
    )
    assert changes[("field_changed", "ended")].quote == changes[("status_changed", None)].quote
    removed, added = changes[("signatory_removed", None)], changes[("signatory_added", None)]
    # Still a removal and an addition (the contract's kinds), linked as one rename.
    assert (removed.value, removed.renamed_to) == (
        "Super RTL",
        "Super RTL/Mediengruppe RTL Deutschland",
    )
    assert (added.value, added.renamed_from) == (
        "Super RTL/Mediengruppe RTL Deutschland",
        "Super RTL",
    )


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Super RTL", "Super RTL/Mediengruppe RTL Deutschland", True),
        ("TIM (Telecom Italia)", "TIM", True),
        ("Telecom Italia", "TIM (Telecom Italia)", True),
        ("Sky \u2013 Comcast", "Sky", True),  # an en dash
        ("Twitter", "X", True),  # the organisation gazetteer's aliases
        ("Google+", "Google", False),
        ("Super RTL", "RTL", False),
        ("BT Group", "Vodafone", False),
    ],
)
def test_same_organisation(a: str, b: str, same: bool) -> None:
    assert same_organisation(a, b) is same
    assert same_organisation(b, a) is same


def test_text_fragments_are_percent_encoded() -> None:
    url = "https://ec.europa.eu/page_en"
    assert fragment_link(url, "Jeuxvideo.com followed, TikTok-like & co.") == (
        f"{url}#:~:text=Jeuxvideo.com%20followed%2C%20TikTok%2Dlike%20%26%20co."
    )
    long = "one two three four five six seven eight nine ten eleven twelve thirteen"
    assert fragment_link(f"{url}#top", long) == (
        f"{url}#top:~:text=one%20two%20three%20four%20five,nine%20ten%20eleven%20twelve%20thirteen"
    )
    assert fragment_link(url, None) == url


def test_word_diff_marks_inserted_and_deleted_words() -> None:
    pieces = word_diff("tools that can help keep them safer", "tools to help keep themselves safer")
    assert (
        diff_as_text(pieces) == "tools [-that can-] [+to+] help keep [-them-] [+themselves+] safer"
    )
    kept = " ".join(f"w{n}" for n in range(20))
    shortened = shorten_kept(word_diff(f"{kept} old", f"{kept} new"))
    assert shortened[0] == Piece("cut", "…")
    assert diff_as_text(shortened) == "… w16 w17 w18 w19 [-old-] [+new+]"


def test_long_texts_are_cut() -> None:
    assert cut("a b c", limit=5) == ("a b c", False)
    assert cut("a b c d e f", limit=3) == ("a b c …", True)
