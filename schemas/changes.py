"""What changed between two extractions of one page, and whether the new one looks sound.

The flat `Change` is the contract's shape (`bikwatch diff`); the diff fills it, the
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
    quote: str | None = None  # the sentence that states the change, so an alert can quote it
    # A signatory that changed its name stays a removal plus an addition (the contract's kinds);
    # these link the two, so an alert tells one rename.
    renamed_from: str | None = None  # on signatory_added: the name it had before
    renamed_to: str | None = None  # on signatory_removed: the name it has now


class HealthProblem(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: str  # e.g. "error_page", "empty_extraction", "collapse", "fetch_failed"
    message: str


class DiffResult(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    changes: list[Change] = Field(default_factory=list)
    health: list[HealthProblem] = Field(default_factory=list)


# Past-tense change events: typed views of `Change`, which stays the serialised form. The diff
# builds events and flattens them with `to_change()`; renderers read `as_event(change)`.


class _Event(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    initiative: str | None = None
    evidence: Span | None = None
    quote: str | None = None

    def _change(self, kind: ChangeKind, **values: Any) -> Change:
        return Change(
            kind=kind,
            initiative=self.initiative,
            evidence=self.evidence,
            quote=self.quote,
            **values,
        )


class InitiativeAdded(_Event):
    def to_change(self) -> Change:
        return self._change("initiative_added", value=self.initiative)


class InitiativeRemoved(_Event):
    def to_change(self) -> Change:
        return self._change("initiative_removed", value=self.initiative)


class SignatoryJoined(_Event):
    signatory: str
    renamed_from: str | None = None  # the same organisation, listed before under this name

    def to_change(self) -> Change:
        return self._change("signatory_added", value=self.signatory, renamed_from=self.renamed_from)


class SignatoryLeft(_Event):
    signatory: str
    renamed_to: str | None = None  # the same organisation, listed now under this name

    def to_change(self) -> Change:
        return self._change("signatory_removed", value=self.signatory, renamed_to=self.renamed_to)


class ActionAdded(_Event):
    strand: str | None = None
    text: str

    def to_change(self) -> Change:
        return self._change("action_added", value=self.text, strand=self.strand)


class ActionRemoved(_Event):
    strand: str | None = None
    text: str

    def to_change(self) -> Change:
        return self._change("action_removed", value=self.text, strand=self.strand)


class ActionReworded(_Event):
    strand: str | None = None
    old: str
    new: str

    def to_change(self) -> Change:
        return self._change("action_changed", old=self.old, new=self.new, strand=self.strand)


class FieldChanged(_Event):
    field: str  # launched | ended | name | title | role
    old: Any = None
    new: Any = None
    value: str | None = None  # the item a field belongs to, e.g. the signatory whose role moved

    def to_change(self) -> Change:
        return self._change(
            "field_changed", field=self.field, old=self.old, new=self.new, value=self.value
        )


class StatusChanged(_Event):
    old: str
    new: str

    def to_change(self) -> Change:
        return self._change("status_changed", old=self.old, new=self.new)


ChangeEvent = (
    InitiativeAdded
    | InitiativeRemoved
    | SignatoryJoined
    | SignatoryLeft
    | ActionAdded
    | ActionRemoved
    | ActionReworded
    | FieldChanged
    | StatusChanged
)


def as_event(change: Change) -> ChangeEvent:
    """The typed event a flat `Change` stands for (the inverse of `to_change`)."""
    common: dict[str, Any] = {
        "initiative": change.initiative,
        "evidence": change.evidence,
        "quote": change.quote,
    }
    match change.kind:
        case "initiative_added":
            return InitiativeAdded(**common)
        case "initiative_removed":
            return InitiativeRemoved(**common)
        case "signatory_added":
            return SignatoryJoined(
                signatory=str(change.value), renamed_from=change.renamed_from, **common
            )
        case "signatory_removed":
            return SignatoryLeft(
                signatory=str(change.value), renamed_to=change.renamed_to, **common
            )
        case "action_added":
            return ActionAdded(strand=change.strand, text=str(change.value), **common)
        case "action_removed":
            return ActionRemoved(strand=change.strand, text=str(change.value), **common)
        case "action_changed":
            return ActionReworded(
                strand=change.strand, old=str(change.old), new=str(change.new), **common
            )
        case "status_changed":
            return StatusChanged(old=str(change.old), new=str(change.new), **common)
        case _:
            value = None if change.value is None else str(change.value)
            field = change.field or "unknown"
            return FieldChanged(field=field, old=change.old, new=change.new, value=value, **common)
