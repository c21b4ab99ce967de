"""What one scheduled run did, per source: the input of alerts, feeds and the run summary."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from schemas.changes import DiffResult

Outcome = Literal[
    "baseline",  # first successful run of the source: snapshot made, nothing to compare
    "changed",
    "unchanged",
    "not_modified",  # the server answered 304: nothing fetched, nothing redone
    "unhealthy",  # fetched, but the page does not look like a real version (health problems)
    "failed",  # fetch or processing failed
    "deferred",  # the server asked us to come back later (Retry-After): not asked this run
]


class SourceOutcome(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    source_id: str
    url: str
    name: str | None = None  # a human label for the source, e.g. the page title
    outcome: Outcome
    diff: DiffResult | None = None
    error: str | None = None  # one line, for "failed" (and the note of "deferred")
    # "failed" through bikwatch's own fault (a crashed task), not the source's: told in the run's
    # summary, never counted as the source failing.
    internal: bool = False
    snapshot: str | None = None  # path or URL of the snapshot written by this run
    baseline: str | None = None  # the snapshot compared against


NoticeKind = Literal["failing", "recovered", "stale"]


class Notice(BaseModel):
    """A run-level message that is not a page change: repeated failures, recovery, staleness."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: NoticeKind
    source_id: str
    url: str
    message: str


class RunReport(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    run_id: str  # stable per run: the alert's idempotency key
    started_at: datetime
    finished_at: datetime | None = None
    outcomes: list[SourceOutcome] = Field(default_factory=list)
    notices: list[Notice] = Field(default_factory=list)
    # Alerts a configured SMTP server did not take: they wait in the outbox for the next run.
    delivery_failure: str | None = None

    @property
    def is_alert_worthy(self) -> bool:
        return bool(self.notices) or any(
            o.diff is not None and (o.diff.changes or o.diff.health) for o in self.outcomes
        )
