"""One alert email per run: a summary line, changes by initiative, pages that need a look,
notices, and a footer saying why the reader gets it and how to change that.

The message is a `multipart/alternative` with a `text/plain` and a `text/html` part, both
rendered from one `AlertLayout`, so they tell the same changes and the same counts. Page
content only ever reaches the HTML escaped, and headers only through `header_safe`, so a page
cannot inject markup or headers. Message-ID derives from the run and the content, and
`X-Bikwatch-Run` from the run, so a re-sent alert is recognisable and the outbox keeps one
file per run.
"""

from __future__ import annotations

import hashlib
import re
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr

from pipeline.notify.html_part import render_html
from pipeline.notify.layout import alert_layout
from pipeline.notify.outbox import RUN_HEADER
from pipeline.notify.text_part import render_text
from schemas.run import RunReport

_UNSAFE_HEADER_CHARS = re.compile(r"[\x00-\x1f\x7f]+")


def header_safe(value: str) -> str:
    """One line of text: control characters (CR, LF...) become spaces, never new headers."""
    return " ".join(_UNSAFE_HEADER_CHARS.sub(" ", value).split())


def _domain(sender: str) -> str:
    return header_safe(parseaddr(sender)[1].rpartition("@")[2]) or "bikwatch.invalid"


def run_message_id(run_id: str, sender: str, content: str = "") -> str:
    """Stable for a run and what it tells: the same alert always has the same id."""
    digest = hashlib.sha256(f"{run_id}\n{content}".encode()).hexdigest()[:32]
    return f"<bikwatch-run-{digest}@{_domain(sender)}>"


def compose_alert(
    report: RunReport, *, sender: str, recipients: list[str], sources_file: str | None = None
) -> EmailMessage | None:
    """The run's alert, or None when there is nothing to tell."""
    if not report.is_alert_worthy:
        return None
    layout = alert_layout(report, sources_file)
    text = render_text(layout)
    message = EmailMessage()
    message["Subject"] = header_safe(layout.subject)
    message["From"] = header_safe(sender)
    message["To"] = ", ".join(header_safe(r) for r in recipients)
    message["Date"] = format_datetime(report.finished_at or report.started_at)
    message["Message-ID"] = run_message_id(report.run_id, sender, text)
    message[RUN_HEADER] = header_safe(report.run_id)
    # Mail from a machine: no out-of-office replies to it (RFC 3834), and a list a client
    # can filter on.
    message["Auto-Submitted"] = "auto-generated"
    message["X-Auto-Response-Suppress"] = "All"
    message["List-Id"] = f"bikwatch change alerts <alerts.bikwatch.{_domain(sender)}>"
    message.set_content(text)
    message.add_alternative(render_html(layout), subtype="html")
    return message
