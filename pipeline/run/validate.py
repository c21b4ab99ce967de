"""`bikwatch validate`: try a page before adding it to the watch list.

The page is fetched twice, cleaned and extracted each time; a page whose extraction differs
between two fetches a moment apart (rotating banners, session tokens in the text) would alert
on every run, so stability is reported first.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from extractors.clean import cleaning_mode, default_profile
from extractors.page import extract_page
from pipeline.compare.diff import diff_extractions
from pipeline.compare.page_health import assess_health
from pipeline.fetch.fetcher import Fetcher
from pipeline.fetch.settings import FetchSettings
from pipeline.notify.wording import describe_changes, describe_problem
from pipeline.run.profiles import learned_profile_file, load_profile
from schemas.document import CleaningMode
from schemas.extraction import Extraction

if TYPE_CHECKING:
    from spacy.language import Language

_MODE_MEANING = {
    "profile": "the site's own rules and profile",
    "generic": "general rules: main-text detection by link and text density",
}


@dataclass(frozen=True)
class PageValidation:
    url: str
    site: str | None
    first: Extraction
    differences: list[str]
    problems: list[str]
    mode: CleaningMode = "generic"  # how the page was cleaned: site profile or general rules
    learned_profile: Path | None = None  # the file of the learned profile it was cleaned with

    @property
    def is_stable(self) -> bool:
        return not self.differences


def validate_page(
    url: str,
    site: str | None,
    settings: FetchSettings,
    host: str,
    nlp: Language,
    *,
    state: Path | None = None,
) -> PageValidation:
    """Fetch, clean and extract `url` twice; with `state`, a profile learned there is used."""
    profile = load_profile(state, site) if state is not None else default_profile(site)
    with Fetcher(settings, allowed_hosts={host}) as fetcher:
        pages = [fetcher.fetch(url), fetcher.fetch(url)]
    first, second = (
        extract_page(
            page.body, page.declared_charset, page.url, site=site, profile=profile, nlp=nlp
        )
        for page in pages
    )
    differences = [s.text for s in describe_changes(diff_extractions(first, second).changes)]
    if first.text != second.text and not differences:
        differences.append("the cleaned text differs between the two fetches")
    health = assess_health(first, None, http_status=pages[0].status)
    problems = [describe_problem(problem) for problem in health]
    mode = cleaning_mode(site, profile)
    learned = learned_profile_file(state, site) if state is not None else None
    return PageValidation(url, site, first, differences, problems, mode, learned)


def _mode_meaning(result: PageValidation) -> str:
    if result.learned_profile is not None:
        return f"the rules and the site profile learned in {result.learned_profile}"
    return _MODE_MEANING[result.mode]


def describe_validation(result: PageValidation) -> str:
    extraction = result.first
    signatories = sum(len(i.signatories) for i in extraction.initiatives)
    actions = sum(len(i.actions) for i in extraction.initiatives)
    warnings = extraction.warnings + [w for i in extraction.initiatives for w in i.warnings]
    lines = [
        f"{result.url} (site: {result.site or 'unknown: general rules only'})",
        f"cleaned in {result.mode} mode ({_mode_meaning(result)})",
        f"title: {extraction.title or '(none)'}",
        f"stable across two fetches: {'yes' if result.is_stable else 'NO'}",
        *[f"  ~ {difference}" for difference in result.differences],
        f"text: {len(extraction.text)} characters",
        f"initiatives: {len(extraction.initiatives)}; signatories: {signatories}; "
        f"actions: {actions}; dates: {len(extraction.dates)}",
        *[f"  - {i.name} ({i.status})" for i in extraction.initiatives],
        f"warnings: {len(warnings)}",
        *[f"  ! {warning}" for warning in warnings],
        *[f"problem: {problem}" for problem in result.problems],
    ]
    verdict = "ready to watch" if result.is_stable and not result.problems else "needs a look"
    return "\n".join([*lines, f"verdict: {verdict}"])
