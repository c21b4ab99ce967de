"""A site bikwatch was never shaped on gets a profile: watched through a real run on the loopback
replay server, `learn-profiles` learns its template from the archive, and its pages are then
cleaned in "profile" mode, without the template's blocks.

The site is made up: small pages sharing a menu, a help-line banner and a footer around
different articles, as a national Safer Internet Centre's news pages would.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest

from extractors import EXTRACTOR_VERSION
from extractors.clean import SiteProfile, clean_html
from extractors.extract import build_nlp
from pipeline.cli.main import main
from pipeline.config import Workspace, load_config
from pipeline.replay_server import HTML_UTF8, ReplayServer
from pipeline.run.context import RunContext
from pipeline.run.profiles import load_profile
from pipeline.store.locations import STORES
from schemas.run import RunReport
from tests.reliability.runs import RUN_FETCH, run_day, run_once

MENU = ["Home", "News", "Resources", "Helpline", "About us", "Contact"]
BANNER = "Worried about something you saw online? Call our helpline on 116 111, day and night."
FOOTER = (
    "The Safe Online Kids Centre is co-funded by the European Union and works with schools, "
    "parents and young people to make the internet a safer place."
)
ARTICLES = {
    "school-workshops": (
        "Workshops for schools reach ten thousand pupils",
        "Our trainers visited more than eighty schools this spring with a workshop on privacy "
        "settings, cyberbullying and how to report harmful content to the platforms.",
        "Teachers receive a lesson plan and a set of worksheets so that the class can continue "
        "the discussion after the visit.",
    ),
    "parents-guide": (
        "A new guide helps parents talk about screen time",
        "The guide suggests questions that open a conversation rather than close it, and explains "
        "the parental controls of the most common consoles and phones.",
        "It was written with a panel of twelve parents who tested every chapter at home.",
    ),
    "youth-panel": (
        "Youth panel members present their manifesto",
        "Twenty young people aged thirteen to seventeen met ministers to present ten demands, "
        "from clearer reporting buttons to age-appropriate design by default.",
        "The manifesto will be discussed at the national forum in the autumn.",
    ),
    "hotline-report": (
        "Hotline annual report: more reports, faster removals",
        "The hotline received a third more reports than the year before, and the median time "
        "to removal of confirmed material fell from four days to two.",
        "Most reports came from members of the public who found the content by accident.",
    ),
}
UNSEEN = (
    "Safer Internet Day events in every region",
    "Libraries, schools and youth clubs will hold more than two hundred events on the day, "
    "from quizzes for the youngest to debates on artificial intelligence for older pupils.",
)


def site_page(title: str, *paragraphs: str) -> bytes:
    menu = "".join(f'<li><a href="/{item.lower()}">{item}</a></li>' for item in MENU)
    body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return (
        f"<!doctype html><html><head><title>{title} | Safe Online Kids</title></head><body>"
        f'<header><a href="/">Safe Online Kids</a><nav><ul>{menu}</ul></nav></header>'
        f'<main><article><h1>{title}</h1>{body}<div class="support"><p>{BANNER}</p></div>'
        "</article></main>"
        f'<footer><p>{FOOTER}</p><ul><li><a href="/privacy">Privacy</a></li>'
        f'<li><a href="/accessibility">Accessibility</a></li></ul></footer>'
        "</body></html>"
    ).encode()


def write_watch_list(path: Path, server: ReplayServer) -> None:
    """Sources without a `site`: each is of the site its host names."""
    lines = []
    for name in ARTICLES:
        lines += ["[[sources]]", f'id = "{name}"', f'url = "{server.url("/news/" + name)}"', ""]
    lines += ["[fetch]", *(f"{key} = {value}" for key, value in RUN_FETCH.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def cli(workspace: Workspace, *argv: str) -> str:
    """Run a `bikwatch` command on the workspace's stores; what it printed."""
    stores = [f"{store.flag}={getattr(workspace, store.name)}" for store in STORES]
    with redirect_stdout(io.StringIO()) as printed:
        assert main([*argv, *stores]) == 0
    return printed.getvalue()


@dataclass(frozen=True)
class WatchedSite:
    ctx: RunContext
    server: ReplayServer
    first_run: RunReport
    learned: str  # what `learn-profiles` printed

    @property
    def profile_file(self) -> Path:
        return self.ctx.workspace.state / "profiles" / f"{self.server.host}.json"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Iterator[WatchedSite]:
    """The site's pages watched through one run, then its profile learned from the archive."""
    pages = {
        f"/news/{name}": (site_page(*article), HTML_UTF8) for name, article in ARTICLES.items()
    }
    workspace = Workspace.under(tmp_path_factory.mktemp("new-site"))
    with ReplayServer(pages) as server:
        write_watch_list(workspace.sources, server)
        ctx = RunContext(load_config(workspace.sources), workspace)
        report = run_once(ctx, build_nlp(), at=run_day(0))
        yield WatchedSite(ctx, server, report, cli(workspace, "learn-profiles"))


def test_a_source_without_a_site_is_of_its_host_and_its_site_learns_a_profile(site):
    assert {source.site for source in site.ctx.config.sources} == {site.server.host}
    assert all(outcome.outcome == "baseline" for outcome in site.first_run.outcomes)
    assert f"{site.server.host}: learned from 4 pages" in site.learned
    profile = SiteProfile.model_validate_json(site.profile_file.read_text(encoding="utf-8"))
    assert profile.site == site.server.host and profile.template_blocks


def test_validate_says_the_learned_profile_cleans_the_page(site):
    report = cli(site.ctx.workspace, "validate", site.server.url("/news/parents-guide"))
    meaning = f"the rules and the site profile learned in {site.profile_file}"
    assert f"cleaned in profile mode ({meaning})" in report


def test_reextraction_drops_the_template_the_first_run_kept(site):
    _, before = site.ctx.snapshots.latest("parents-guide")
    assert before.extractor_version == EXTRACTOR_VERSION and BANNER in before.extraction.text
    cli(site.ctx.workspace, "reextract")
    _, after = site.ctx.snapshots.latest("parents-guide")
    assert after.extractor_version.startswith(f"{EXTRACTOR_VERSION}+profile.")
    assert "parental controls" in after.extraction.text
    assert BANNER not in after.extraction.text and FOOTER not in after.extraction.text


def test_the_learned_profile_cleans_an_unseen_page_of_the_site(site):
    url = site.server.url("/news/safer-internet-day")
    profile = load_profile(site.ctx.workspace.state, site.server.host)
    html = site_page(*UNSEEN).decode()
    generic = clean_html(html, url, site=site.server.host)
    cleaned = clean_html(html, url, site=site.server.host, profile=profile)
    assert (generic.mode, cleaned.mode) == ("generic", "profile")
    assert BANNER in generic.text  # the general rules keep the template's help-line box
    assert [block.text for block in cleaned.blocks] == list(UNSEEN)
