"""The fast paths of extraction give what the plain ways they replace give.

Each replaced a slower way to the same answer on long pages (a pass over every token as a
Python object, spaCy's entity spans, a case-insensitive regex scan per name, a second date
search, a mention index per initiative); each is checked here against that plain way, on
generated text and on the corpus pages.
"""

from __future__ import annotations

import gc
import itertools
import re

import pytest
import spacy
from hypothesis import example, given, settings
from hypothesis import strategies as st
from spacy.attrs import IS_PUNCT, IS_SPACE, LIKE_NUM, LOWER, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from extractors.clean import clean_html
from extractors.extract.dates import find_dates, find_dates_needing_year
from extractors.extract.drafts import Draft, Mention, MentionIndex
from extractors.extract.nlp import (
    ABBREVIATIONS_BEFORE_NAME,
    ABBREVIATIONS_BEFORE_NUMBER,
    LOWER_CASE_NUMBER_SIGNS,
    NUMBERED_DOCUMENTS,
    build_nlp,
    organisation_offsets,
    sentence_spans,
)
from extractors.extract.references import _aligned_lowercase, _spelled
from extractors.extract.resources import load_jsonl
from extractors.gc_pause import cycle_collector_paused
from tests.extractors.corpus_pages import CorpusPage, corpus_pages

NLP = build_nlp()


@Language.component("plain_block_boundaries")
def _plain_block_boundaries(doc: Doc) -> Doc:
    """The former component: a token after a blank line starts a sentence, token by token."""
    starts = doc.to_array("SENT_START")
    after_break = False
    for token in doc:
        if after_break and not token.is_space:
            starts[token.i] = 1
        after_break = token.is_space and "\n" in token.text
    doc.from_array("SENT_START", starts)  # type: ignore[arg-type]
    return doc


@Language.component("plain_abbreviations")
def _plain_abbreviations(doc: Doc) -> Doc:
    """An abbreviation's full stop before a number or a name ("No. 5", "Dr. Berg"), and a
    "!" or "?" before a plain lower-case word, start no sentence, token by token."""
    for token in doc[1:-1]:
        before, after = doc[token.i - 1].text, doc[token.i + 1].text
        document = doc[token.i - 2].text.lower() if token.i >= 2 else ""
        numbered = before in ABBREVIATIONS_BEFORE_NUMBER or (
            before in LOWER_CASE_NUMBER_SIGNS
            and (document in NUMBERED_DOCUMENTS or document[:1].isdigit())
        )
        if token.text == "." and (
            (numbered and after[:1].isdigit())
            or (before in ABBREVIATIONS_BEFORE_NAME and after[:1].isupper())
        ):
            doc[token.i + 1].is_sent_start = False
    for word in doc[1:]:  # "Say No! is a campaign": a name's "!" before a plain word
        marks = list(itertools.takewhile(lambda t: t.is_punct, reversed(doc[: word.i])))
        plain = word.text.isalpha() and word.text.islower()
        if plain and marks and all(t.text in ("!", "?") for t in marks):
            word.is_sent_start = False
    return doc


def _plain_nlp() -> Language:
    """The former pipeline: spaCy's sentencizer and entity ruler."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("plain_abbreviations")
    nlp.add_pipe("plain_block_boundaries")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH"})
    ruler.add_patterns(  # type: ignore[attr-defined]
        [
            {"label": "ORG", "pattern": surface, "id": record["name"]}
            for record in load_jsonl("organisations.jsonl")
            for surface in [record["name"], *record.get("aliases", [])]
        ]
    )
    return nlp


PLAIN = _plain_nlp()
SURFACES = [
    surface
    for record in load_jsonl("organisations.jsonl")
    for surface in [record["name"], *record.get("aliases", [])]
]
PIECES = ["Google", "Meta", "Microsoft", "the", "Code", ".", "!", "?", "...", ",", " ", "  "]
PIECES += ["\n\n", "\n", "(", ")", '"', "e.g.", "2021", "\u3002", "Ltd.", *SURFACES[:40]]
PIECES += ["No.", "No", "no.", "decision", "art.", "Dr.", "Dr", "Berg", "5", "5."]  # full stops
texts = st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join)


def _same_analysis(text: str) -> None:
    plain, fast = PLAIN(text), NLP(text)
    # The pipeline computes only the lexical attributes extraction reads: those must agree.
    read = [LOWER, IS_PUNCT, IS_SPACE, ORTH]
    assert plain.to_array(read).tolist() == fast.to_array(read).tolist()
    assert [(s.start_char, s.end_char) for s in plain.sents] == sentence_spans(fast)
    assert list(plain.to_array("SENT_START")) == list(fast.to_array("SENT_START"))
    assert [(e.start_char, e.end_char) for e in plain.ents] == organisation_offsets(fast)


@given(texts)
@example("... ! no.")  # marks after other punctuation end the sentence: no name ends there
@example("! no.")  # marks opening the text are a name's, as the plain pipeline reads them
@settings(max_examples=300, deadline=None)
def test_sentences_and_organisations_are_those_of_the_plain_pipeline(text: str) -> None:
    _same_analysis(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        ".",
        "...",
        " \n\nx",
        "x\n\n",
        "Hi!!  Yes?\n\n\nNo. ... ok",
        ". 5 ponds. No",
        "no. 5 ponds decision",
        " and ".join(SURFACES),
    ],
)
def test_edge_texts_analyse_as_with_the_plain_pipeline(text: str) -> None:
    _same_analysis(text)


def test_the_pipeline_computes_only_the_lexical_attributes_extraction_reads() -> None:
    """A new word's other attributes are left unset (they cost time on pages of many distinct
    words): a rule that wants one, such as LIKE_NUM, must add it to `_READ_ATTRIBUTES`."""
    [token] = NLP.make_doc("4217953")
    assert PLAIN.make_doc("4217953").to_array([LIKE_NUM]).tolist() == [1]
    assert token.doc.to_array([LIKE_NUM, LOWER]).tolist() == [[0, token.orth]]


@pytest.mark.parametrize("page", corpus_pages(), ids=lambda page: f"{page.site}/{page.page_id}")
def test_corpus_pages_analyse_as_with_the_plain_pipeline(page: CorpusPage) -> None:
    _same_analysis(clean_html(page.html, page.url).text)


SPELLING_PIECES = st.sampled_from(
    ["ab ab", "AB AB", "aB Ab", "ab", " ", "-", "x", "\u0131", "\u017f", "\u212a", "\u0130", "é"]
)


@given(
    st.lists(SPELLING_PIECES, max_size=12).map("".join),
    st.sampled_from(["ab ab", "Ab aB", "a b", "ks s", "é a", "ab-ab"]),
)
@settings(max_examples=500, deadline=None)
def test_spelled_names_are_those_of_a_case_insensitive_scan(text: str, variant: str) -> None:
    pattern = re.compile(rf"(?<!\w){re.escape(variant)}(?!\w)", re.IGNORECASE)
    expected = [match.span() for match in pattern.finditer(text)]
    assert [m.span() for m in _spelled(variant, text, _aligned_lowercase(text))] == expected


@given(
    st.lists(
        st.sampled_from(["7 February", "May 3", "2019", "in", " ", ",", "March 2020", "x", "31"]),
        max_size=10,
    ).map(" ".join),
    st.sampled_from([None, 2001, 2024]),
)
@settings(max_examples=300, deadline=None)
def test_a_second_date_search_is_needed_only_when_a_year_was_missing(
    text: str, year: int | None
) -> None:
    found, needs_year = find_dates_needing_year(text)
    assert found == find_dates(text)
    if not needs_year:
        assert find_dates(text, context_year=year) == found


def _drafts() -> list[Draft]:
    drafts = [Draft(f"Code {n}", "code", "prose") for n in range(4)]
    for number, (start, end) in enumerate([(0, 4), (10, 14), (10, 14), (20, 30), (5, 9)]):
        drafts[number % 4].mentions.append(Mention(start, end, 0))
    return drafts


@pytest.mark.parametrize("first", range(4))
def test_an_index_led_by_a_draft_answers_as_one_built_with_it_first(first: int) -> None:
    drafts = _drafts()
    draft = drafts[first]
    shared = MentionIndex(drafts).led_by(draft)
    built = MentionIndex([draft, *(other for other in drafts if other is not draft)])
    for low in range(0, 32, 3):
        for high in range(low, 34, 4):
            assert shared.first_ending_between(low, high) is built.first_ending_between(low, high)
            within = (low, high + 10)
            assert shared.nearest(low, high, within) is built.nearest(low, high, within)


def test_the_cycle_collector_is_left_as_it_was_found() -> None:
    seen: list[bool] = []

    @cycle_collector_paused
    def stage(fail: bool) -> None:
        seen.append(gc.isenabled())
        if fail:
            raise ValueError("stage failed")

    stage(False)
    with pytest.raises(ValueError, match="stage failed"):
        stage(True)
    assert gc.isenabled()
    gc.disable()
    try:
        stage(False)
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert seen == [False, False, False]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Law No. 71 of 2031 applies. It works.", ["Law No. 71 of 2031 applies.", "It works."]),
        ("See decision no. 5 and Art. 28 here.", ["See decision no. 5 and Art. 28 here."]),
        ("Dr . Berg spoke.", ["Dr . Berg spoke."]),
        ("It ended at No. Then more.", ["It ended at No.", "Then more."]),  # a word follows
        # lower-case "art" and "no" end sentences unless a document's noun comes first
        (
            "They made digital art. 20 schools took part.",
            ["They made digital art.", "20 schools took part."],
        ),
        (
            "The answer was no. 12 countries abstained.",
            ["The answer was no.", "12 countries abstained."],
        ),
        # references inside a sentence
        ("Act under Art. 28b para. 3 of it.", ["Act under Art. 28b para. 3 of it."]),
        (
            "See the report, pp. 12-14, vol. 5 and ref. 12.",
            ["See the report, pp. 12-14, vol. 5 and ref. 12."],
        ),
        (
            "Under Article 5 no. 3 of the law it applies.",
            ["Under Article 5 no. 3 of the law it applies."],
        ),
    ],
)
def test_an_abbreviations_full_stop_before_a_number_or_a_name_ends_no_sentence(
    text: str, sentences: list[str]
) -> None:
    assert [text[start:end] for start, end in sentence_spans(NLP(text))] == sentences


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Say No! is a campaign. It runs.", ["Say No! is a campaign.", "It runs."]),
        ("Are you sure?! was launched in 2019.", ["Are you sure?! was launched in 2019."]),
        ("Stop! Think first.", ["Stop!", "Think first."]),
        ("Why now? Because it works.", ["Why now?", "Because it works."]),
        # a lower-case brand, an address: not a plain word, a new sentence
        ("Have your say! euCONSENT ran a pilot.", ["Have your say!", "euCONSENT ran a pilot."]),
        ("Join us! www.example.org has more.", ["Join us!", "www.example.org has more."]),
    ],
)
def test_an_exclamation_the_sentence_goes_on_after_in_lower_case_ends_a_name(
    text: str, sentences: list[str]
) -> None:
    assert [text[start:end] for start, end in sentence_spans(NLP(text))] == sentences
