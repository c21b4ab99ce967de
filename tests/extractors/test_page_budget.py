"""The page budget: a page over it fails at once with one clear line, never a stall."""

from __future__ import annotations

import pytest

from extractors.budget import PageBudget
from extractors.clean import clean_html
from extractors.extract import extract_document
from schemas.errors import InputError, PageTooLargeError

URL = "https://better-internet-for-kids.europa.eu/en/policy/example"
PAGE = (
    "<html><body><main><h1>Example Code</h1>"
    "<p>The Code of Practice on Safer Apps was signed in May 2020.</p>"
    "<p>The Alliance for Safer Games ended in 2021.</p>"
    "<p>The Coalition for Safer Video was launched in 2019.</p>"
    "</main></body></html>"
)


def test_a_normal_page_is_within_the_default_budget() -> None:
    extraction = extract_document(clean_html(PAGE, URL))
    assert extraction.text.startswith("Example Code")


def test_html_over_the_budget_fails_before_cleaning() -> None:
    with pytest.raises(PageTooLargeError, match="characters of HTML is over the page budget"):
        clean_html(PAGE, URL, budget=PageBudget(max_html_chars=100))


def test_text_over_the_budget_fails_before_extraction() -> None:
    document = clean_html(PAGE, URL)
    with pytest.raises(PageTooLargeError, match="characters of text is over the page budget of 20"):
        extract_document(document, budget=PageBudget(max_text_chars=20))


def test_too_many_initiative_names_fail_with_a_clear_line() -> None:
    document = clean_html(PAGE, URL)
    with pytest.raises(PageTooLargeError, match="distinct initiative names") as caught:
        extract_document(document, budget=PageBudget(max_initiative_names=2))
    assert "\n" not in str(caught.value) and str(caught.value).startswith(URL)


def test_the_budget_error_is_an_input_error_of_the_page() -> None:
    # The CLI and the run report an InputError as this page's failure; the others go on.
    assert issubclass(PageTooLargeError, InputError)
