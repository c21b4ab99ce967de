"""Failures alerted after N in a row, recoveries and staleness alerted once each."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pipeline.compare.source_health import SourceHealthState, update_source_health
from schemas.run import Notice, Outcome, SourceOutcome

START = datetime(2025, 3, 1, 6, 0, tzinfo=UTC)


def outcome(kind: Outcome) -> SourceOutcome:
    error = "HTTP 503 from the server" if kind == "failed" else None
    return SourceOutcome(source_id="alliance", url="https://bik.eu/a", outcome=kind, error=error)


def run_days(
    kinds: list[Outcome], *, state: SourceHealthState | None = None, **options: int
) -> tuple[SourceHealthState, list[list[Notice]]]:
    """Feed one outcome per day; the notices of each day."""
    per_day = []
    for day, kind in enumerate(kinds):
        state, notices = update_source_health(
            state, outcome(kind), START + timedelta(days=day), **options
        )
        per_day.append(notices)
    assert state is not None
    return state, per_day


def kinds_of(per_day: list[list[Notice]]) -> list[list[str]]:
    return [[n.kind for n in notices] for notices in per_day]


def test_one_transient_failure_is_not_alerted() -> None:
    state, per_day = run_days(["unchanged", "failed", "unchanged"])
    assert kinds_of(per_day) == [[], [], []]
    assert state.consecutive_failures == 0 and state.last_error is None


def test_failing_is_alerted_once_after_n_in_a_row_and_recovery_once() -> None:
    _, per_day = run_days(
        ["unchanged", "failed", "failed", "failed", "failed", "changed", "changed"]
    )
    assert kinds_of(per_day) == [[], [], [], ["failing"], [], ["recovered"], []]


def test_failing_message_names_the_count_and_last_error() -> None:
    _, per_day = run_days(["failed", "failed"], fail_after=2)
    (notice,) = per_day[1]
    assert notice.message == "alliance failed 2 runs in a row: HTTP 503 from the server"
    assert notice.url == "https://bik.eu/a"


def test_stale_after_days_without_a_good_fetch() -> None:
    kinds: list[Outcome] = ["unchanged"] + ["unhealthy"] * 9 + ["unchanged"]
    state, per_day = run_days(kinds, stale_after_days=7)
    assert kinds_of(per_day)[7] == ["stale"]
    assert "no good fetch since 2025-03-01 (7 days)" in per_day[7][0].message
    assert sum(len(day) for day in per_day[:10]) == 1  # alerted once
    assert kinds_of(per_day)[10] == ["recovered"] and not state.alerted_stale


def test_a_source_never_fetched_becomes_stale() -> None:
    _, per_day = run_days(["failed"] * 3, fail_after=10, stale_after_days=2)
    assert kinds_of(per_day) == [[], [], ["stale"]]
    assert "never been fetched successfully" in per_day[2][0].message


def test_state_round_trips_through_json() -> None:
    state, _ = run_days(["unchanged", "failed"])
    assert SourceHealthState.model_validate_json(state.model_dump_json()) == state
    assert state.last_success_at == START and state.last_attempt_at == START + timedelta(days=1)
