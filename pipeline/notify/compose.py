"""One alert email per run: every changed source, then pages that need a look, then notices.

The message is a `multipart/alternative` with a `text/plain` and a `text/html` part. Page
content only ever reaches the HTML escaped, and headers only through `header_safe`, so a page
cannot inject markup or headers. Message-ID and `X-Bikwatch-Run` derive from the run id, so
a re-sent alert is recognisable and the outbox keeps one file per run.
"""

from __future__ import annotations

import hashlib
import html
import re
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr

from pipeline.notify.outbox import RUN_HEADER
from pipeline.notify.wording import (
    Sentence,
    describe_changes,
    describe_problem,
    source_label,
)
from schemas.run import Notice, RunReport, SourceOutcome

_UNSAFE_HEADER_CHARS = re.compile(r"[\x00-\x1f\x7f]+")
SUBJECT_LABEL_LIMIT = 80


def header_safe(value: str) -> str:
    """One line of text: control characters (CR, LF...) become spaces, never new headers."""
    return " ".join(_UNSAFE_HEADER_CHARS.sub(" ", value).split())


def run_message_id(run_id: str, sender: str) -> str:
    domain = parseaddr(sender)[1].rpartition("@")[2] or "bikwatch.invalid"
    digest = hashlib.sha256(run_id.encode("utf-8")).hexdigest()[:32]
    return f"<bikwatch-run-{digest}@{header_safe(domain)}>"


def compose_alert(report: RunReport, *, sender: str, recipients: list[str]) -> EmailMessage | None:
    """The run's alert, or None when there is nothing to tell."""
    changed = [o for o in report.outcomes if o.diff is not None and o.diff.changes]
    unsound = [o for o in report.outcomes if o.diff is not None and o.diff.health]
    if not (changed or unsound or report.notices):
        return None
    message = EmailMessage()
    message["Subject"] = alert_subject(changed, unsound, report.notices)
    message["From"] = header_safe(sender)
    message["To"] = ", ".join(header_safe(r) for r in recipients)
    message["Date"] = format_datetime(report.finished_at or report.started_at)
    message["Message-ID"] = run_message_id(report.run_id, sender)
    message[RUN_HEADER] = header_safe(report.run_id)
    message.set_content(render_text(changed, unsound, report.notices))
    message.add_alternative(render_html(changed, unsound, report.notices), subtype="html")
    return message


def alert_subject(
    changed: list[SourceOutcome], unsound: list[SourceOutcome], notices: list[Notice]
) -> str:
    parts = []
    if changed:
        count = sum(len(o.diff.changes) for o in changed if o.diff is not None)
        where = (
            source_label(changed[0])[:SUBJECT_LABEL_LIMIT]
            if len(changed) == 1
            else f"{len(changed)} pages"
        )
        parts.append(f"{count} change{'s' if count != 1 else ''} on {where}")
    if unsound:
        parts.append(f"{len(unsound)} page{' needs' if len(unsound) == 1 else 's need'} a look")
    if notices:
        parts.append(f"{len(notices)} source notice{'s' if len(notices) != 1 else ''}")
    return header_safe("bikwatch: " + "; ".join(parts))


def _sentences(outcome: SourceOutcome) -> list[Sentence]:
    return describe_changes(outcome.diff.changes) if outcome.diff is not None else []


def render_text(
    changed: list[SourceOutcome], unsound: list[SourceOutcome], notices: list[Notice]
) -> str:
    lines: list[str] = []
    for outcome in changed:
        lines += [source_label(outcome), outcome.url, ""]
        for sentence in _sentences(outcome):
            lines.append(f"- {sentence.text}")
            if sentence.quote:
                lines.append(f"  > {sentence.quote}")
        lines.append("")
    if unsound:
        lines += ["Pages that need a look", ""]
        for outcome in unsound:
            lines += [f"{source_label(outcome)} ({outcome.url})"]
            problems = outcome.diff.health if outcome.diff is not None else []
            lines += [f"- {describe_problem(problem)}" for problem in problems] + [""]
    if notices:
        lines += ["Sources failing, back or stale", ""]
        lines += [f"- {notice.message} ({notice.url})" for notice in notices] + [""]
    return "\n".join(lines).rstrip() + "\n"


def render_html(
    changed: list[SourceOutcome], unsound: list[SourceOutcome], notices: list[Notice]
) -> str:
    esc = html.escape
    parts = ["<!DOCTYPE html>", '<html><body style="font-family: sans-serif">']
    for outcome in changed:
        parts.append(f'<h2><a href="{esc(outcome.url)}">{esc(source_label(outcome))}</a></h2>')
        parts.append("<ul>")
        for sentence in _sentences(outcome):
            quote = f"<blockquote>{esc(sentence.quote)}</blockquote>" if sentence.quote else ""
            parts.append(f"<li>{esc(sentence.text)}{quote}</li>")
        parts.append("</ul>")
    if unsound:
        parts.append("<h2>Pages that need a look</h2><ul>")
        for outcome in unsound:
            problems = outcome.diff.health if outcome.diff is not None else []
            link = f'<a href="{esc(outcome.url)}">{esc(source_label(outcome))}</a>'
            parts += [f"<li>{link}: {esc(describe_problem(p))}</li>" for p in problems]
        parts.append("</ul>")
    if notices:
        parts.append("<h2>Sources failing, back or stale</h2><ul>")
        parts += [
            f'<li>{esc(n.message)} (<a href="{esc(n.url)}">{esc(n.url)}</a>)</li>' for n in notices
        ]
        parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
