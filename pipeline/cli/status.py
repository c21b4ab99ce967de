"""`bikwatch status`: per source, the last fetch, last change, last error and the baseline;
as text for people, or as JSON for monitoring tools (`--format json`)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from pipeline.notify.outbox import Outbox
from pipeline.run.context import RunContext
from schemas.config import Source
from schemas.run import RunReport


def _when(moment: datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M} UTC" if moment else "never"


def last_change(runs: list[RunReport], source_id: str) -> datetime | None:
    """When the newest recorded run (runs come newest first) saw the source change."""
    for run in runs:
        if any(o.source_id == source_id and o.outcome == "changed" for o in run.outcomes):
            return run.started_at
    return None


def describe_source(ctx: RunContext, source: Source, runs: list[RunReport]) -> list[str]:
    health = ctx.state.source_health(source.id)
    error = "none"
    if health and health.last_error:
        error = f"{health.last_error} ({health.consecutive_failures} failed runs in a row)"
    found = ctx.baseline(source.id)
    baseline = f"{found[0]} (extractor {found[1].extractor_version})" if found else "none yet"
    fetched = _when(health.last_attempt_at if health else None)
    succeeded = _when(health.last_success_at if health else None)
    return [
        f"{source.id}{'' if source.enabled else ' (disabled)'}: {source.url}",
        f"  last fetch:   {fetched} (last success {succeeded})",
        f"  last change:  {_when(last_change(runs, source.id))}",
        f"  last error:   {error}",
        f"  baseline:     {baseline}",
    ]


def waiting_alerts(outbox: Outbox) -> tuple[int, datetime | None]:
    """How many alerts wait in the outbox, and since when the oldest does."""
    pending = outbox.pending()
    if not pending:
        return 0, None
    return len(pending), datetime.fromtimestamp(pending[0].stat().st_mtime, UTC)


def describe_outbox(outbox: Outbox) -> list[str]:
    count, since = waiting_alerts(outbox)
    if not count:
        return []
    alerts = f"{count} alert{'s' if count > 1 else ''}"
    return [f"{alerts} waiting in the outbox since {_when(since)}: {outbox.path}"]


def describe_status(ctx: RunContext, history: int = 200) -> str:
    runs = ctx.state.runs(limit=history)
    lines = [f"{len(ctx.config.sources)} sources; {len(runs)} recorded runs"]
    lines += describe_outbox(Outbox(ctx.workspace.outbox))
    for source in ctx.config.sources:
        lines += ["", *describe_source(ctx, source, runs)]
    return "\n".join(lines)


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def status_document(ctx: RunContext) -> dict[str, object]:
    """Per source its id, url, last success, last error and consecutive failures; and the
    alerts waiting for delivery."""
    states = ctx.state.all_source_health()
    sources = []
    for source in ctx.config.sources:
        health = states.get(source.id)
        sources.append(
            {
                "id": source.id,
                "url": source.url,
                "enabled": source.enabled,
                "last_attempt": _iso(health.last_attempt_at if health else None),
                "last_success": _iso(health.last_success_at if health else None),
                "last_error": health.last_error if health else None,
                "consecutive_failures": health.consecutive_failures if health else 0,
            }
        )
    outbox = Outbox(ctx.workspace.outbox)
    count, since = waiting_alerts(outbox)
    waiting = {"count": count, "since": _iso(since), "files": [p.name for p in outbox.pending()]}
    return {"sources": sources, "outbox": waiting}


def status_json(ctx: RunContext) -> str:
    return json.dumps(status_document(ctx), ensure_ascii=False, indent=2)
