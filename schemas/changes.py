"""What changed between two extractions of one page, and whether the new one looks sound.

The flat `Change` is the contract's shape (../shared/CONTRACT.md); the diff fills it, the
alert email and the feeds only render it.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from schemas.document import Span

ChangeKind = Literal[
    "initiative_added",
    "initiative_removed",
    "signatory_added",
    "signatory_removed",
    "action_added",
    "action_removed",
    "action_changed",
    "field_changed",
    "status_changed",
]

REMOVAL_KINDS = frozenset({"initiative_removed", "signatory_removed", "action_removed"})


class Change(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: ChangeKind
    initiative: str | None = None
    field: str | None = None
    value: Any = None
    old: Any = None
    new: Any = None
    strand: str | None = None
    evidence: Span | None = None  # where the new (or, for removals, the old) item stands
    quote: str | None = None  # the evidence text, so an alert can quote it without the page


class HealthProblem(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: str  # e.g. "error_page", "empty_extraction", "collapse", "fetch_failed"
    message: str


class DiffResult(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    changes: list[Change] = Field(default_factory=list)
    health: list[HealthProblem] = Field(default_factory=list)

    @property
    def is_healthy(self) -> bool:
        return not self.health

    @property
    def has_changes(self) -> bool:
        return bool(self.changes)
