"""One count everywhere: subject, first line, mail body, feed entries, run summary and Prefect
artifact count the same changes the same way; and the alert reads as a whole document."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import feedparser

from pipeline.notify.change_table import render_change_table, summarize_report
from pipeline.notify.compose import compose_alert
from pipeline.notify.feeds import ATOM, write_feeds
from schemas.changes import Change, DiffResult, HealthProblem
from schemas.run import RunReport, SourceOutcome

ALLIANCE = "Alliance to better protect minors online"
CODE = "Code of conduct on countering illegal hate speech online"
DISBANDED = "The Commission formally disbanded the Alliance in July 2023."
FOLLOWED = "Jeuxvideo.com followed in January 2019, TikTok in September 2020 and LinkedIn in 2021."
OLD_ACTION = "Promoting awareness of tools that can help keep them safer online"
NEW_ACTION = "Promoting awareness of tools to help keep themselves safer online"
RENAMED = "Super RTL/Mediengruppe RTL Deutschland"


def alliance_changes() -> list[Change]:
    return [
        Change(
            kind="status_changed", initiative=ALLIANCE, old="active", new="ended", quote=DISBANDED
        ),
        Change(
            kind="field_changed", initiative=ALLIANCE, field="ended", new="2023-07", quote=DISBANDED
        ),
        Change(
            kind="signatory_removed", initiative=ALLIANCE, value="Super RTL", renamed_to=RENAMED
        ),
        Change(
            kind="signatory_added",
            initiative=ALLIANCE,
            value=RENAMED,
            renamed_from="Super RTL",
            quote=RENAMED,
        ),
        Change(
            kind="action_changed",
            initiative=ALLIANCE,
            old=OLD_ACTION,
            new=NEW_ACTION,
            quote=NEW_ACTION,
        ),
    ]


def code_changes() -> list[Change]:
    joined = [
        Change(kind="signatory_added", initiative=CODE, value=name, quote=FOLLOWED)
        for name in ("Jeuxvideo.com", "TikTok", "LinkedIn")
    ]
    removed = Change(
        kind="signatory_removed", initiative=CODE, value="Google+", quote="Google+ joined in 2018."
    )
    return [removed, *joined]


def demo_like_run() -> RunReport:
    def page(
        source_id: str, name: str, diff: DiffResult, outcome: str = "changed"
    ) -> SourceOutcome:
        url = f"https://example.eu/{source_id}"
        return SourceOutcome(source_id=source_id, url=url, name=name, outcome=outcome, diff=diff)  # type: ignore[arg-type]

    problem = HealthProblem(
        kind="maintenance_page", message="the page looks like a maintenance page"
    )
    return RunReport(
        run_id="run-42",
        started_at=datetime(2025, 3, 1, 6, 0, tzinfo=UTC),
        finished_at=datetime(2025, 3, 1, 6, 1, tzinfo=UTC),
        outcomes=[
            page("alliance", ALLIANCE, DiffResult(changes=alliance_changes())),
            page("helplines", "Helplines", DiffResult(health=[problem]), "unhealthy"),
            page("code", f"The EU {CODE}", DiffResult(changes=code_changes())),
        ],
    )


def compose(run: RunReport) -> EmailMessage:
    message = compose_alert(
        run,
        sender="bikwatch@example.org",
        recipients=["team@example.org"],
        sources_file="watch.toml",
    )
    assert message is not None
    return message


def parts(message: EmailMessage) -> tuple[str, str]:
    plain, rich = message.get_body(("plain",)), message.get_body(("html",))
    assert plain is not None and rich is not None
    return plain.get_content(), rich.get_content()


def test_one_count_in_subject_first_line_body_feed_summary_and_artifact(tmp_path: Path) -> None:
    run = demo_like_run()
    message = compose(run)
    text, rich = parts(message)
    # Status and end date are one change; the Super RTL removal and addition are one rename.
    assert message["Subject"] == "bikwatch: 7 changes on 2 pages; 1 page needs a look"
    first_line = "2 initiatives changed on 2 pages (7 changes); 1 page needs a look"
    assert text.splitlines()[0] == first_line
    assert len(re.findall(r"^  [+~\u2212] ", text, flags=re.M)) == 7
    assert len(re.findall(r'<p class="change ', rich)) == 7
    write_feeds(run, tmp_path)
    feed = feedparser.parse(str(tmp_path / "all.xml"))
    titles = [entry.title for entry in feed.entries]
    assert titles == [
        f"{ALLIANCE}: 3 changes",
        "Helplines: the page needs a look",
        f"The EU {CODE}: 4 changes",
    ]
    assert [len(re.findall("<li>", e.summary)) for e in feed.entries] == [3, 1, 4]
    table = render_change_table(run)
    assert table.splitlines()[0] == f"# bikwatch run run-42: {first_line}"
    assert len([row for row in table.splitlines() if "| changed |" in row]) == 7
    assert summarize_report(run).splitlines()[1] == first_line


def test_changes_read_verb_first_grouped_by_initiative_with_one_quote_per_sentence() -> None:
    text, rich = parts(compose(demo_like_run()))
    assert "  ~ ended     July 2023 (status was active)\n" in text
    assert f"  ~ renamed   Super RTL → {RENAMED}\n" in text
    assert "[-that can-] [+to+]" in text and "[-them-] [+themselves+]" in text
    assert "  \u2212 left    Google+ (no longer listed)\n" in text
    assert text.count(FOLLOWED[:40]) == 1 and rich.count(FOLLOWED[:40]) == 1
    assert text.count(DISBANDED) == 1 and rich.count(DISBANDED) == 1
    assert "earlier version: “Google+ joined in 2018.”" in text
    assert text.index(ALLIANCE) < text.index("renamed") < text.index(CODE) < text.index("TikTok")
    assert "<del " in rich and "<ins " in rich
    assert "#:~:text=The%20Commission%20formally%20disbanded%20the%20Alliance%20in%20July" in rich
    assert "Super RTL is no longer listed" not in text + rich


def test_the_alert_is_a_whole_html_document_and_a_text_part_that_stands_alone() -> None:
    message = compose(demo_like_run())
    text, rich = parts(message)
    assert rich.startswith('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">')
    assert f"<title>{message['Subject']}</title>" in rich
    assert "<" not in text.replace("<-", "")  # no markup leaks into the text part
    footer = text.split("\n-- \n")[1]
    assert "finished 1 March 2025, 06:01 UTC" in footer and "watch.toml" in footer
    assert "To stop or change alerts" in footer
    assert "Pages that need a look\nNo removals were reported" in text
    assert text.count("needs a look") == 1  # the first line; the section says it once


def test_headers_of_a_machine_made_message() -> None:
    run = demo_like_run()
    message = compose(run)
    assert message["Auto-Submitted"] == "auto-generated"
    assert message["List-Id"] == "bikwatch change alerts <alerts.bikwatch.example.org>"
    assert message["Message-ID"] == compose(run)["Message-ID"]
    other = run.model_copy(update={"outcomes": run.outcomes[:1]})
    assert compose(other)["Message-ID"] != message["Message-ID"]  # derived from the content too


def test_feeds_are_valid_atom_titled_by_source_name_with_self_and_alternate(tmp_path: Path) -> None:
    write_feeds(demo_like_run(), tmp_path)
    for path in sorted(tmp_path.glob("*.xml")):
        parsed = feedparser.parse(str(path))
        assert not parsed.bozo, (path.name, parsed.get("bozo_exception"))
        assert parsed.version == "atom10"
        assert_atom_rules(ET.parse(path).getroot(), path.name)
    alliance = feedparser.parse(str(tmp_path / "alliance.xml"))
    assert alliance.feed.title == ALLIANCE
    links = {link.rel: link.href for link in alliance.feed.links}
    assert links == {"self": "alliance.xml", "alternate": "https://example.eu/alliance"}
    assert feedparser.parse(str(tmp_path / "all.xml")).feed.title == "bikwatch: all sources"


def assert_atom_rules(feed: ET.Element, name: str) -> None:
    """RFC 4287's musts that a parser forgives: one id, title and updated per feed and entry,
    an author, a self link, and content or an alternate link in every entry."""
    ns = {"a": ATOM}
    assert feed.tag == f"{{{ATOM}}}feed", name
    for element in [feed, *feed.findall("a:entry", ns)]:
        for child in ("id", "title", "updated"):
            assert len(element.findall(f"a:{child}", ns)) == 1, (name, child)
        assert datetime.fromisoformat(element.findtext("a:updated", namespaces=ns) or "").tzinfo
    assert feed.find("a:author/a:name", ns) is not None, name
    assert [link.get("rel") for link in feed.findall("a:link", ns)].count("self") == 1, name
    for entry in feed.findall("a:entry", ns):
        alternates = [
            link for link in entry.findall("a:link", ns) if link.get("rel") == "alternate"
        ]
        assert alternates or entry.find("a:content", ns) is not None, name
