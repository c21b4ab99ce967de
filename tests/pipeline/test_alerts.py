"""Alert emails (wording, parts, escaping, headers) and the outbox."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from pipeline.notify.compose import compose_alert
from pipeline.notify.outbox import RUN_HEADER, Outbox
from pipeline.notify.smtp import NO_SMTP_REASON, deliver_pending
from pipeline.notify.wording import describe_changes, format_partial_date
from schemas.changes import Change, DiffResult, HealthProblem
from schemas.errors import StoreError
from schemas.run import Notice, RunReport, SourceOutcome

HATE_SPEECH = "Code of conduct on countering illegal hate speech online"
STARTED = datetime(2025, 3, 1, 6, 0, tzinfo=UTC)


def outcome(
    *changes: Change, health: tuple[HealthProblem, ...] = (), name: str = "Hate speech code"
) -> SourceOutcome:
    return SourceOutcome(
        source_id="hate-speech",
        url="https://commission.europa.eu/hate-speech",
        name=name,
        outcome="unhealthy" if health else "changed",
        diff=DiffResult(changes=list(changes), health=list(health)),
    )


def report(*outcomes: SourceOutcome, notices: tuple[Notice, ...] = ()) -> RunReport:
    return RunReport(
        run_id="2025-03-01T06:00:00Z",
        started_at=STARTED,
        outcomes=list(outcomes),
        notices=list(notices),
    )


def joined(name: str = "TikTok", quote: str | None = "TikTok joined in 2020.") -> Change:
    return Change(kind="signatory_added", initiative=HATE_SPEECH, value=name, quote=quote)


def compose(run: RunReport) -> EmailMessage:
    message = compose_alert(run, sender="bikwatch@example.org", recipients=["team@example.org"])
    assert message is not None
    return message


def parts(message: EmailMessage) -> tuple[str, str]:
    plain = message.get_body(("plain",))
    rich = message.get_body(("html",))
    assert plain is not None and rich is not None
    return plain.get_content(), rich.get_content()


def test_plain_words() -> None:
    changes = [
        joined(),
        Change(kind="status_changed", initiative="Alliance", old="active", new="ended"),
        Change(kind="field_changed", initiative="Alliance", field="ended", old=None, new="2023-07"),
        Change(
            kind="field_changed",
            initiative="Alliance",
            field="launched",
            old="2017",
            new="2017-02-07",
        ),
    ]
    assert [s.text for s in describe_changes(changes)] == [
        f"TikTok joined the {HATE_SPEECH}",
        "Alliance: status active → ended, July 2023",
        "Alliance: launch date 2017 → 7 February 2017",
    ]


@pytest.mark.parametrize(
    ("value", "text"),
    [(None, "none"), ("2012", "2012"), ("2023-07", "July 2023"), ("2017-02-07", "7 February 2017")],
)
def test_partial_dates_read_as_words(value: str | None, text: str) -> None:
    assert format_partial_date(value) == text


def test_nothing_to_say_sends_nothing() -> None:
    quiet = SourceOutcome(source_id="a", url="https://x.eu", outcome="unchanged", diff=DiffResult())
    assert compose_alert(report(quiet), sender="a@b.eu", recipients=["c@d.eu"]) is None


def test_one_email_with_both_parts_grouped_per_source() -> None:
    other = outcome(joined("Jeuxvideo.com", None), name="Other page")
    message = compose(report(outcome(joined()), other))
    assert message["Subject"] == "bikwatch: 2 changes on 2 pages"
    assert message.get_content_type() == "multipart/alternative"
    text, rich = parts(message)
    # Verb first, marked as an addition; the page's sentence quoted under it.
    assert "  + joined  TikTok\n      > “TikTok joined in 2020.”\n" in text
    assert text.index("Hate speech code") < text.index("TikTok") < text.index("Other page")
    assert '<a href="https://commission.europa.eu/hate-speech">Hate speech code</a>' in rich
    assert re.search(r'<blockquote class="quote"[^>]*>“TikTok joined in 2020\.”', rich)


def test_health_problems_have_their_own_section() -> None:
    problem = HealthProblem(
        kind="maintenance_page", message="the page looks like a maintenance page"
    )
    message = compose(report(outcome(health=(problem,))))
    assert message["Subject"] == "bikwatch: 1 page needs a look"
    text, _ = parts(message)
    assert "Pages that need a look" in text
    # Under that heading, each page is said once, without repeating "needs a look".
    assert "! Hate speech code: the page looks like a maintenance page\n" in text
    assert "The page needs a look:" not in text


def test_notices_are_reported() -> None:
    notice = Notice(kind="failing", source_id="a", url="https://x.eu", message="a failed 3 times")
    text, _ = parts(compose(report(notices=(notice,))))
    assert "- a failed 3 times (https://x.eu)" in text


def test_page_content_is_escaped_in_html() -> None:
    script = "<script>alert(1)</script>"
    _, rich = parts(compose(report(outcome(joined(script, quote=f"{script} & co")))))
    assert "<script>" not in rich
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rich
    assert "&amp; co" in rich


def test_crlf_in_a_page_title_does_not_create_headers() -> None:
    message = compose(report(outcome(joined(), name="Evil\r\nBcc: victim@example.org")))
    raw = message.as_bytes()
    parsed = message_from_bytes(raw, policy=policy.default)
    assert parsed["Bcc"] is None
    assert parsed["Subject"] == "bikwatch: 1 change on Evil Bcc: victim@example.org"


def test_ids_derive_from_the_run() -> None:
    first, second = compose(report(outcome(joined()))), compose(report(outcome(joined())))
    assert first["Message-ID"] == second["Message-ID"]
    assert first["Message-ID"].endswith("@example.org>")
    assert first[RUN_HEADER] == "2025-03-01T06:00:00Z"


def test_outbox_keeps_one_file_per_run(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox")
    message = compose(report(outcome(joined())))
    path = outbox.put(message)
    assert outbox.put(compose(report(outcome(joined())))) == path
    assert outbox.pending() == [path]
    assert path.read_bytes().count(b"\r\n") > 5  # RFC 5322 line ends
    sent = outbox.mark_sent(path)
    assert sent.parent.name == "sent" and outbox.pending() == []
    assert outbox.put(message) == sent  # re-running a delivered run does not queue it again
    assert outbox.pending() == []
    assert [p.name for p in (tmp_path / "outbox").iterdir()] == ["sent"]


def test_outbox_needs_a_run_id(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="neither"):
        Outbox(tmp_path).put(EmailMessage())


def test_without_smtp_the_alert_stays_in_the_outbox(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path)
    path = outbox.put(compose(report(outcome(joined()))))
    delivery = deliver_pending(outbox, None)
    assert [(k.path, k.reason) for k in delivery.kept] == [(path, NO_SMTP_REASON)]
    assert delivery.sent == [] and outbox.pending() == [path]


def test_empty_outbox_delivers_nothing(tmp_path: Path) -> None:
    assert deliver_pending(Outbox(tmp_path / "missing"), None).all_delivered


def test_importing_alerts_feeds_and_diff_does_not_import_prefect() -> None:
    code = (
        "import sys, pipeline.notify, pipeline.notify.feeds, pipeline.compare.diff, "
        "pipeline.notify.change_table, pipeline.compare.source_health; "
        "assert 'prefect' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[2])
