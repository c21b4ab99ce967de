"""Per-source health across runs: failing after N runs in a row, recovered once, stale.

One transient error is not news; a source that keeps failing is, once; so is its return.
`update_source_health` is pure: the flow stores the states (JSON under state/) and passes
the clock in.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from pydantic import BaseModel, ConfigDict

from schemas.run import Notice, NoticeKind, SourceOutcome

SUCCESS_OUTCOMES = frozenset({"baseline", "changed", "unchanged", "not_modified"})


class SourceHealthState(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    source_id: str
    url: str
    consecutive_failures: int = 0
    first_seen_at: datetime | None = None
    last_attempt_at: datetime | None = None
    last_success_at: datetime | None = None
    last_error: str | None = None
    alerted_failing: bool = False
    alerted_stale: bool = False


def update_source_health(
    state: SourceHealthState | None,
    outcome: SourceOutcome,
    now: datetime,
    *,
    fail_after: int = 3,
    stale_after_days: int = 7,
) -> tuple[SourceHealthState, list[Notice]]:
    """The source's state after this run's outcome, and the notices it earns (each once).

    A fetched page that is not the page ("unhealthy") is neither a failure nor a success:
    the diff alerts on it, and it does not refresh `last_success_at`. Nor is a failure of
    bikwatch's own (`internal`): the source was never asked, so it earns no "failing" alert.
    """
    if state is None:
        state = SourceHealthState(source_id=outcome.source_id, url=outcome.url, first_seen_at=now)
    state = state.model_copy(update={"url": outcome.url, "last_attempt_at": now})
    if outcome.outcome in SUCCESS_OUTCOMES:
        return _succeeded(state, now)
    notices: list[Notice] = []
    if outcome.outcome == "failed" and not outcome.internal:
        failures = state.consecutive_failures + 1
        state = state.model_copy(
            update={"consecutive_failures": failures, "last_error": outcome.error}
        )
        if failures >= fail_after and not state.alerted_failing:
            state = state.model_copy(update={"alerted_failing": True})
            notices.append(_notice(state, "failing", _failing_message(state)))
    since = state.last_success_at or state.first_seen_at or now
    if now - since >= timedelta(days=stale_after_days) and not state.alerted_stale:
        state = state.model_copy(update={"alerted_stale": True})
        notices.append(_notice(state, "stale", _stale_message(state, since, now)))
    return state, notices


def _succeeded(state: SourceHealthState, now: datetime) -> tuple[SourceHealthState, list[Notice]]:
    notices = []
    if state.alerted_failing or state.alerted_stale:
        notices.append(_notice(state, "recovered", f"{state.source_id}: the page is back"))
    fresh = state.model_copy(
        update={
            "consecutive_failures": 0,
            "last_success_at": now,
            "last_error": None,
            "alerted_failing": False,
            "alerted_stale": False,
        }
    )
    return fresh, notices


def _failing_message(state: SourceHealthState) -> str:
    error = f": {state.last_error}" if state.last_error else ""
    return f"{state.source_id} failed {state.consecutive_failures} runs in a row{error}"


def _stale_message(state: SourceHealthState, since: datetime, now: datetime) -> str:
    if state.last_success_at is None:
        return f"{state.source_id} has never been fetched successfully in {(now - since).days} days"
    return (
        f"{state.source_id} is stale: no good fetch since {since.date().isoformat()} "
        f"({(now - since).days} days)"
    )


def _notice(state: SourceHealthState, kind: NoticeKind, message: str) -> Notice:
    return Notice(kind=kind, source_id=state.source_id, url=state.url, message=message)
