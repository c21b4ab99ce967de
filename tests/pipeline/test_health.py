"""Health checks: error, maintenance and login pages, empty extractions and collapses."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.page import extract_page
from pipeline.compare.page_health import assess_health, load_cues
from schemas.errors import ConfigError
from schemas.extraction import Extraction, Initiative, Signatory

ARTICLE = " ".join(
    ["The Alliance brought together companies to better protect minors online."] * 30
)


def page(title: str, text: str, *initiatives: Initiative) -> Extraction:
    return Extraction(
        url="https://example.eu/p",
        title=title,
        published=None,
        text=text,
        initiatives=list(initiatives),
    )


def alliance(signatories: int = 8, name: str = "Alliance") -> Initiative:
    return Initiative(
        name=name, signatories=[Signatory(name=f"Org {n}") for n in range(signatories)]
    )


@pytest.mark.parametrize(
    ("title", "text", "kind"),
    [
        ("Site maintenance - Better Internet for Kids", "We apologise. " * 10, "maintenance_page"),
        (
            "Helplines",
            "The portal is temporarily unavailable. Please try again later. " * 3,
            "maintenance_page",
        ),
        ("Page not found | European Commission", "Sorry. " * 20, "error_page"),
        ("Sorry: page not found", ARTICLE, "error_page"),
        (
            "Digital strategy",
            "The page you requested could not be found on this server. " * 2,
            "error_page",
        ),
        ("EU Login", "Please sign in with your account and password to go on. " * 2, "login_page"),
    ],
)
def test_error_maintenance_and_login_pages(title: str, text: str, kind: str) -> None:
    assert [p.kind for p in assess_health(page(title, text))] == [kind]


@pytest.mark.parametrize(
    "title",
    [
        "Forbidden and harmful content online: what the Alliance members committed to",
        "Commission Regulation 2022/404 on online platforms",
        "Guidelines on how children can log in safely to online services and games",
    ],
)
def test_real_titles_holding_cue_words_are_sound(title: str) -> None:
    assert assess_health(page(title, ARTICLE)) == []


def test_a_long_real_page_mentioning_a_cue_in_passing_is_sound() -> None:
    text = ARTICLE + " Some tools were temporarily unavailable during the pilot. " + ARTICLE
    assert assess_health(page("Alliance", text, alliance()), page("Alliance", text)) == []


def test_cue_counts_on_a_page_that_shrank_to_a_fraction_of_the_old() -> None:
    shrunk = "Access denied. " + ARTICLE[: len(ARTICLE) // 5]
    old = page("Alliance", ARTICLE * 2)
    assert [p.kind for p in assess_health(page("Alliance", shrunk), old)] == ["error_page"]


def test_most_of_the_main_text_vanishing_is_a_collapse() -> None:
    # a maintenance notice the cleaner leaves out: no cue left, most of the text gone
    old = page("Alliance", ARTICLE)
    notice = "In the meantime you can visit the Commission's website for news on the Alliance, "
    new = page("Alliance", notice + "its members and the other initiatives it works with.")
    problems = assess_health(new, old)
    assert [p.kind for p in problems] == ["collapse"]
    assert "shrank" in problems[0].message


def test_a_page_that_was_short_already_may_shrink() -> None:
    old = page("Alliance", " ".join(ARTICLE.split()[:60]))  # under a hundred words
    new = page("Alliance", " ".join(ARTICLE.split()[:16]))
    assert assess_health(new, old) == []


def test_http_error_status() -> None:
    problems = assess_health(page("Alliance", ARTICLE), http_status=503)
    assert [p.kind for p in problems] == ["http_error"]
    assert "503" in problems[0].message


def test_empty_extraction() -> None:
    assert [p.kind for p in assess_health(page("Alliance", "Cookies"))] == ["empty_extraction"]


def test_every_initiative_vanishing_is_a_collapse() -> None:
    problems = assess_health(page("Alliance", ARTICLE), page("Alliance", ARTICLE, alliance()))
    assert [p.kind for p in problems] == ["collapse"]


def test_most_initiatives_vanishing_is_a_collapse() -> None:
    old = page("P", ARTICLE, alliance(0, "A"), alliance(0, "B"), alliance(0, "C"))
    new = page("P", ARTICLE, alliance(0, "A"))
    assert [p.kind for p in assess_health(new, old)] == ["collapse"]


def test_most_signatories_vanishing_is_a_collapse_but_a_few_is_not() -> None:
    old = page("P", ARTICLE, alliance(10))
    assert [p.kind for p in assess_health(page("P", ARTICLE, alliance(3)), old)] == ["collapse"]
    assert assess_health(page("P", ARTICLE, alliance(8)), old) == []


def test_a_page_without_initiatives_in_both_versions_is_sound() -> None:
    assert assess_health(page("Helplines", ARTICLE), page("Helplines", ARTICLE)) == []


def test_unreadable_cue_file_is_a_config_error(tmp_path: Path) -> None:
    broken = tmp_path / "cues.toml"
    broken.write_text("[unclosed", encoding="utf-8")
    with pytest.raises(ConfigError, match="health cues"):
        load_cues(broken)


@pytest.mark.parametrize(
    ("head", "body", "kind"),
    [
        # A sign-in form in a login box, which cleaning drops whole: only the title is left.
        (
            "<title>Sign in - Safer Web Portal</title>",
            "<main><div class='login-box'><h1>Sign in</h1><form><label>Email</label>"
            "<input name='e'><button>Sign in</button></form></div></main>",
            "login_page",
        ),
        # An error page whose every line is furniture or template.
        ("<title>Page not found</title>", "<nav><a href='/'>Home</a></nav>", "error_page"),
        # Nothing that says what it is: the page is still unfit to compare against.
        ("", "<footer>Legal notice</footer>", "empty_extraction"),
    ],
)
def test_a_served_page_with_no_main_content_is_a_health_problem_not_a_failure(
    head: str, body: str, kind: str
) -> None:
    """The run compares it and warns, instead of failing the source for runs on end."""
    html = f"<html><head>{head}</head><body>{body}</body></html>".encode()
    new = extract_page(html, "utf-8", "https://better-internet-for-kids.europa.eu/en/x")
    old = page("Alliance", ARTICLE, alliance())
    assert [problem.kind for problem in assess_health(new, old)] == [kind]
