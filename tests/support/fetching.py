"""Helpers shared by the fetcher tests: fast settings and a sleep that only records."""

from __future__ import annotations

from datetime import UTC, datetime

from pipeline.fetch.settings import FetchSettings

FIXED_TIME = datetime(2026, 3, 1, 9, 30, 15, 123456, tzinfo=UTC)
LOOPBACK = "127.0.0.1"


def fast_settings(**overrides: object) -> FetchSettings:
    """Short timeouts so failing paths end in well under a second."""
    values: dict[str, object] = {
        "connect_timeout": 1.0,
        "read_timeout": 1.0,
        "total_deadline": 3.0,
        "max_attempts": 3,
        "backoff_base": 0.5,
        "backoff_cap": 4.0,
        "retry_after_cap": 5.0,
    }
    return FetchSettings.model_validate(values | overrides)


class RecordedSleep:
    """Stands in for time.sleep: remembers the waits instead of waiting."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


def fixed_clock() -> datetime:
    return FIXED_TIME
