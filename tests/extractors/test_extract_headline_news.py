"""A headline's news is not part of the name it gives: the name ends before a present-tense
headline verb ("... network on ... turns to young people"), a headline whose verb comes
before any kind noun ("Westland reaches political agreement on ...") names nothing, and a
date in a sentence's opening clause of time dates that clause, not a launch told after it
("After a trial that started in 2016, the programme was launched across schools in 2019"). A
group that "met for the first time" tells its own start, not that of the code it drafts."""

from __future__ import annotations

import pytest

from extractors.extract.heading_names import heading_name
from tests.extractors.extract_documents import extract_blocks


@pytest.mark.parametrize(
    "heading",
    [
        "Guidelines on online safety issues for minors",
        "Recommendation on data sets for artificial intelligence",
        "Code of practice on how platforms take down illegal content",
        "Guidelines on how children enter online contests",
        "Guidelines on the issues raised by pond apps",
    ],
)
def test_a_plural_noun_or_a_bare_verb_inside_a_complement_does_not_end_the_name(
    heading: str,
) -> None:
    assert heading_name(heading) == (heading, heading.split()[0].lower())


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        (
            "EU network on the prevention of harbour violence turns to young people",
            "EU network on the prevention of harbour violence",
        ),
        (
            "Quay Strategy on combating online scams includes action against fake shops",
            "Quay Strategy on combating online scams",
        ),
        (
            "Westland anti-scam programme Tidewise wins European Award",
            "Westland anti-scam programme Tidewise",
        ),
        # where after the verb: "launches in Westland"
        ("EU Alliance against scams launches in Westland", "EU Alliance against scams"),
        ("Code of conduct on pond safety launches in Westland", "Code of conduct on pond safety"),
        # controls: a plural noun after an article or a preposition, or before "of", is no verb
        (
            "Guidelines on Member States' media literacy reports",
            "Guidelines on Member States' media literacy reports",
        ),
        (
            "Working Group on emerging issues of online safety",
            "Working Group on emerging issues of online safety",
        ),
    ],
)
def test_a_name_ends_before_the_headlines_verb(heading: str, name: str) -> None:
    found = heading_name(heading)
    assert found is not None and found[0] == name


@pytest.mark.parametrize(
    "heading",
    [
        "Westland reaches political agreement on a minimum age for social media",
        "Commission issues guidelines on Member States' media literacy reports",
    ],
)
def test_a_headline_whose_verb_comes_before_any_kind_noun_names_nothing(heading: str) -> None:
    assert heading_name(heading) is None


def _launch(sentence: str) -> str | None:
    extraction = extract_blocks(
        ("title", "Tidewise programme wins award"),
        ("paragraph", f"The Tidewise programme teaches pupils to spot scams. {sentence}"),
    )
    return next(i.launched for i in extraction.initiatives if i.name == "Tidewise programme")


def test_a_date_in_an_opening_clause_of_time_dates_that_clause_not_the_launch() -> None:
    assert (
        _launch(
            "After a trial phase that started in 2016, the programme was launched across "
            "Westland comprehensive schools in 2019."
        )
        == "2019"
    )


def test_a_date_in_a_paragraphs_opening_clause_of_time_dates_that_clause() -> None:
    extraction = extract_blocks(
        ("title", "Tidewise programme wins award"),
        ("paragraph", "The Tidewise programme teaches pupils to spot scams."),
        (
            "paragraph",
            "After a trial phase that started in 2016, the programme was launched across "
            "Westland comprehensive schools in 2019.",
        ),
    )
    assert next(i.launched for i in extraction.initiatives) == "2019"


def test_an_opening_clause_that_tells_the_launch_gives_its_date() -> None:
    assert (
        _launch("After the programme was launched in 2019, more than 150 schools applied.")
        == "2019"
    )


def test_a_group_that_met_for_the_first_time_does_not_date_the_code_it_drafts() -> None:
    extraction = extract_blocks(
        ("title", "Harbour design: the Westland Code"),
        ("paragraph", "Services designed around children's needs are a core aim."),
        ("heading", "Westland Code of conduct on harbour design"),
        (
            "paragraph",
            "The Commission is facilitating a Westland Code of conduct on harbour design, "
            "which companies will be able to sign.",
        ),
        (
            "paragraph",
            "The drafting is supported by a special group of 21 members. The group met for "
            "the first time on 13 July 2023.",
        ),
    )
    code = next(i for i in extraction.initiatives if i.name.startswith("Westland Code"))
    assert code.launched is None


def test_a_title_case_text_a_headline_announces_is_confirmed_by_its_lower_case_kind() -> None:
    """ "... publishes the Guidelines on ..., as defined by the Pond Act" over "The guidelines,
    published on ...": the announced text is the page's, the law it refers to a mention; a
    lower-case "publishes guidelines on ..." may be any such text, and is not confirmed so."""
    body = [
        (
            "paragraph",
            "The guidelines, published on 4 February 2031, explain the banned practices.",
        ),
        ("paragraph", "The Pond Act applies since 2 February 2031 to every pond in Lakeland."),
    ]
    titled = "Pond Authority publishes the Guidelines on prohibited frog-catching practices, as "
    extraction = extract_blocks(("title", titled + "defined by the Pond Act"), *body)
    assert [(i.name, i.launched) for i in extraction.initiatives] == [
        ("Guidelines on prohibited frog-catching practices", "2031-02-04")
    ]
    assert extraction.mentioned == ["Pond Act"]
    lower = "Pond Authority publishes guidelines on prohibited frog-catching practices, as "
    extraction = extract_blocks(("title", lower + "defined by the Pond Act"), *body)
    assert "Guidelines on prohibited frog-catching practices" not in [
        i.name for i in extraction.initiatives
    ]


def test_an_announced_name_cut_before_a_lower_case_word_is_not_confirmed() -> None:
    """ "... the Guidelines on prohibited AI practices": the name the heading rules cut at "AI"
    goes on in lower case, so the body's "The guidelines" does not confirm the cut one."""
    extraction = extract_blocks(
        ("title", "Pond Authority publishes the Guidelines on prohibited AI practices"),
        ("paragraph", "The guidelines explain the banned practices at every pond."),
    )
    assert "Guidelines on prohibited AI" not in [i.name for i in extraction.initiatives]
