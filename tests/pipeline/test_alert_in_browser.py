"""The demo's alert as a recipient meets it: parsed as mail, its HTML part rendered by a real
headless Chromium, and the layout checked on the rendered page.

Needs Debian's `chromium` package (CI installs it); without it the test skips and says so.
`BIKWATCH_UPDATE_GOLDEN=1` also screenshots `docs/sample-alert.html` into
`docs/sample-alert.png`, the picture the README shows.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import lxml.html
import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
    "--window-size=820,960",
]


def chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        if path := shutil.which(name):
            return path
    pytest.skip("no headless browser: Debian package 'chromium' is not installed")


def browse(page: Path, profile: Path, *action: str) -> str:
    """Run Chromium once on a local file; its stdout (the DOM, for --dump-dom)."""
    done = subprocess.run(
        [chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *action, page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout


@pytest.fixture(scope="module")
def demo_alert(tmp_path_factory: pytest.TempPathFactory) -> EmailMessage:
    """The alert `bikwatch demo` files: the real flow, twice, on the replay of the sample
    pages, run as a user runs it (its own process and Prefect engine)."""
    chromium()  # skip before the demo runs when there is no browser
    workdir = tmp_path_factory.mktemp("demo") / "workdir"  # the demo makes it
    subprocess.run(
        [sys.executable, "-m", "pipeline.cli.main", "demo", "--workdir", str(workdir)],
        cwd=ROOT,
        capture_output=True,
        timeout=600,
        check=True,
    )
    (eml,) = (workdir / "outbox").rglob("*.eml")
    message = message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def rendered(html_file: Path, profile: Path) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(browse(html_file, profile, "--dump-dom"))


def texts(dom: lxml.html.HtmlElement, xpath: str) -> list[str]:
    return [" ".join(node.text_content().split()) for node in dom.xpath(xpath)]


def assert_layout(dom: lxml.html.HtmlElement, subject: str) -> None:
    """What a reader sees in ten seconds, on the page as the browser built it."""
    assert texts(dom, "//title") == [subject]
    assert texts(dom, "//*[@class='summary']") == [
        "2 initiatives changed on 2 pages (7 changes); 2 pages need a look"
    ]
    assert texts(dom, "//*[@class='initiative']/h2") == [
        "Alliance to better protect minors online",
        "EU Code of conduct on countering illegal hate speech online",
    ]
    assert texts(dom, "//*[contains(@class, 'change')]//*[@class='verb']") == [
        "ended", "renamed", "reworded", "left", "joined", "joined", "joined",
    ]  # fmt: skip
    assert texts(dom, "//*[contains(@class, 'change')]//*[@class='marker']") == list("~~~\u2212+++")
    assert dom.xpath("//ins") and dom.xpath("//del")
    quotes = texts(dom, "//blockquote")
    assert len(quotes) == len(set(quotes)) == 3  # one quote per sentence, never repeated
    assert any("formally disbanded the Alliance in July 2023" in q for q in quotes)
    assert texts(dom, "//*[@class='look']/h2") == ["Pages that need a look"]
    assert len(dom.xpath("//*[@class='look']//li")) == 2
    assert "The page needs a look" not in dom.text_content()
    (footer,) = texts(dom, "//*[@class='footer']")
    assert "finished" in footer and "UTC" in footer and "To stop or change alerts" in footer


def test_the_demo_alert_in_a_real_browser(demo_alert: EmailMessage, tmp_path: Path) -> None:
    html_part, text_part = demo_alert.get_body(("html",)), demo_alert.get_body(("plain",))
    assert html_part is not None and text_part is not None
    assert demo_alert["Subject"] == "bikwatch: 7 changes on 2 pages; 2 pages need a look"
    assert demo_alert["Auto-Submitted"] == "auto-generated" and demo_alert["List-Id"]
    page = tmp_path / "alert.html"
    page.write_text(html_part.get_content(), encoding="utf-8")
    assert_layout(rendered(page, tmp_path / "profile"), demo_alert["Subject"])
    shot = tmp_path / "alert.png"
    browse(page, tmp_path / "profile", f"--screenshot={shot}")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000


def test_the_docs_sample_alert_in_a_real_browser(tmp_path: Path) -> None:
    sample = DOCS / "sample-alert.html"
    subject = "bikwatch: 7 changes on 2 pages; 2 pages need a look"
    assert_layout(rendered(sample, tmp_path / "profile"), subject)
    if os.environ.get("BIKWATCH_UPDATE_GOLDEN") == "1":
        browse(sample, tmp_path / "profile", f"--screenshot={DOCS / 'sample-alert.png'}")
