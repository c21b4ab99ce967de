"""A run in brief: the markdown change table (Prefect artifact) and the CLI's plain summary."""

from __future__ import annotations

import html
from collections import Counter

from pipeline.notify.counts import summary_line
from pipeline.notify.counts import tally as count_changes
from pipeline.notify.wording import describe_changes, describe_problem, source_label
from schemas.run import RunReport, SourceOutcome


def _cell(text: str) -> str:
    """Markdown table cell: one line, HTML and pipes escaped, so page text can neither break
    the table nor become markup where Prefect's UI renders the artifact."""
    escaped = html.escape(" ".join(text.split()), quote=False)
    return escaped.replace("\\", "\\\\").replace("|", "\\|")


def _link(outcome: SourceOutcome) -> str:
    label = _cell(source_label(outcome)).replace("[", "\\[").replace("]", "\\]")
    return f"[{label}]({outcome.url.replace(')', '%29').replace(' ', '%20')})"


def render_change_table(report: RunReport) -> str:
    """Every source of the run, one row per change (as the alert counts them) or problem, one
    row if nothing happened; the heading says the alert's summary line."""
    lines = [
        f"# bikwatch run {_cell(report.run_id)}: {_cell(summary_line(count_changes(report)))}",
        "",
        "| Source | Outcome | Change | Detail |",
        "| --- | --- | --- | --- |",
    ]
    for outcome in report.outcomes:
        lines.extend(_rows(outcome))
    if report.notices:
        lines += ["", "| Source | Notice |", "| --- | --- |"]
        lines += [f"| {_cell(n.source_id)} | {_cell(n.message)} |" for n in report.notices]
    return "\n".join(lines) + "\n"


def _rows(outcome: SourceOutcome) -> list[str]:
    head = f"| {_link(outcome)} | {outcome.outcome} |"
    diff = outcome.diff
    rows = []
    if diff is not None:
        rows += [f"{head} {s.kind} | {_cell(s.text)} |" for s in describe_changes(diff.changes)]
        rows += [f"{head} health | {_cell(describe_problem(p))} |" for p in diff.health]
    if outcome.error:
        rows.append(f"{head} error | {_cell(outcome.error)} |")
    return rows or [f"{head} | |"]


def summarize_report(report: RunReport) -> str:
    """The human summary `bikwatch run` prints."""
    counts = Counter(o.outcome for o in report.outcomes)
    tally = ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items()))
    lines = [f"bikwatch run {report.run_id}: {len(report.outcomes)} sources ({tally or 'none'})"]
    if report.is_alert_worthy:  # counted as the alert counts
        lines.append(summary_line(count_changes(report)))
    for outcome in report.outcomes:
        diff = outcome.diff
        if diff is not None and (diff.changes or diff.health):
            lines.append(f"{source_label(outcome)} ({outcome.outcome}): {outcome.url}")
            lines += [f"  - {s.text}" for s in describe_changes(diff.changes)]
            lines += [f"  ! {describe_problem(p)}" for p in diff.health]
        elif outcome.outcome in ("failed", "deferred"):
            reason = outcome.error or "unknown error"
            lines.append(f"{source_label(outcome)} ({outcome.outcome}): {reason}")
    lines += [f"notice: {n.message}" for n in report.notices]
    if report.delivery_failure:
        lines.append(f"WARNING: alert delivery failed: {report.delivery_failure}")
    if report.outcomes and all(o.outcome == "failed" for o in report.outcomes):
        lines.append("every source failed: nothing was compared")
    elif not report.is_alert_worthy:
        lines.append("nothing changed")
    return "\n".join(lines) + "\n"
