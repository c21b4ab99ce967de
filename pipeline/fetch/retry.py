"""When to try again and how long to wait: exponential backoff with jitter, and Retry-After."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from pipeline.fetch.settings import FetchSettings

# 408 and 429 ask the client to come back; 5xx are the server's own trouble, except the two
# that say a request can never work (501 Not Implemented, 505 HTTP Version Not Supported).
PERMANENT_SERVER_ERRORS = frozenset({501, 505})


def is_retryable_status(status: int) -> bool:
    if status in (408, 429):
        return True
    return status >= 500 and status not in PERMANENT_SERVER_ERRORS


def backoff_delay(settings: FetchSettings, failed_attempts: int, rng: random.Random) -> float:
    """Seconds to wait after the n-th failed attempt ("equal jitter").

    Half the exponential step is kept so waits still grow, the other half is random so that
    sources failing together do not retry in lockstep.
    """
    step = min(settings.backoff_cap, settings.backoff_base * 2 ** (failed_attempts - 1))
    return step / 2 + rng.uniform(0, step / 2)


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds asked for by a Retry-After header (delta-seconds or an HTTP date), if readable."""
    if value is None:
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # an HTTP date is always GMT, even when written "-0000"
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


def retry_wait(
    settings: FetchSettings,
    failed_attempts: int,
    retry_after: float | None,
    rng: random.Random,
) -> float:
    """The server's Retry-After wins (capped), else our own backoff."""
    if retry_after is not None:
        return min(retry_after, settings.retry_after_cap)
    return backoff_delay(settings, failed_attempts, rng)
