"""What changed between two extractions of one page, and whether the new one looks sound.

The flat `Change` is the contract's shape (`bikwatch diff`); the diff fills it, the
alert email and the feeds only render it.
"""

from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, get_args

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
# builds events and flattens them with `to_change()`; renderers read `as_event(change)`. Each
# event class declares its kind and which `Change` field holds each of its own fields; both
# directions are written once, here, for all kinds.

_COMMON = frozenset({"initiative", "evidence", "quote"})


class _Event(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: ClassVar[ChangeKind]
    removal: ClassVar[bool] = False  # withheld while the new page does not look sound
    stored_as: ClassVar[dict[str, str]] = {}  # own field -> the `Change` field that holds it
    value_is_initiative: ClassVar[bool] = False  # the Change's value repeats the initiative
    fallback: ClassVar[dict[str, str]] = {}  # for a required field a `Change` lacks

    initiative: str | None = None
    evidence: Span | None = None
    quote: str | None = None

    @classmethod
    def _own_fields(cls) -> list[str]:
        return [name for name in cls.model_fields if name not in _COMMON]

    def to_change(self) -> Change:
        own = {self.stored_as.get(name, name): getattr(self, name) for name in self._own_fields()}
        if self.value_is_initiative:
            own["value"] = self.initiative
        return Change(
            kind=self.kind,
            initiative=self.initiative,
            evidence=self.evidence,
            quote=self.quote,
            **own,
        )

    @classmethod
    def from_change(cls, change: Change) -> Self:
        own = {}
        for name in cls._own_fields():
            value = getattr(change, cls.stored_as.get(name, name))
            if value is None and name in cls.fallback:
                value = cls.fallback[name]
            own[name] = _as_declared(cls.model_fields[name].annotation, value)
        return cls(
            initiative=change.initiative, evidence=change.evidence, quote=change.quote, **own
        )


def _as_declared(annotation: Any, value: Any) -> Any:
    """A flat `Change` value as the event field declares it: text fields as text."""
    if annotation is str:
        return str(value)
    if annotation == str | None:
        return None if value is None else str(value)
    return value


class InitiativeAdded(_Event):
    kind = "initiative_added"
    value_is_initiative = True


class InitiativeRemoved(_Event):
    kind = "initiative_removed"
    removal = True
    value_is_initiative = True


class SignatoryJoined(_Event):
    kind = "signatory_added"
    stored_as = {"signatory": "value"}
    signatory: str
    renamed_from: str | None = None  # the same organisation, listed before under this name


class SignatoryLeft(_Event):
    kind = "signatory_removed"
    removal = True
    stored_as = {"signatory": "value"}
    signatory: str
    renamed_to: str | None = None  # the same organisation, listed now under this name


class ActionAdded(_Event):
    kind = "action_added"
    stored_as = {"text": "value"}
    strand: str | None = None
    text: str


class ActionRemoved(_Event):
    kind = "action_removed"
    removal = True
    stored_as = {"text": "value"}
    strand: str | None = None
    text: str


class ActionReworded(_Event):
    kind = "action_changed"
    strand: str | None = None
    old: str
    new: str


class FieldChanged(_Event):
    kind = "field_changed"
    fallback = {"field": "unknown"}
    field: str  # launched | ended | name | title | role
    old: Any = None
    new: Any = None
    value: str | None = None  # the item a field belongs to, e.g. the signatory whose role moved


class StatusChanged(_Event):
    kind = "status_changed"
    old: str
    new: str


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
EVENT_KINDS: dict[str, type[ChangeEvent]] = {event.kind: event for event in get_args(ChangeEvent)}
REMOVAL_KINDS = frozenset(kind for kind, event in EVENT_KINDS.items() if event.removal)


def as_event(change: Change) -> ChangeEvent:
    """The typed event a flat `Change` stands for (the inverse of `to_change`); a kind this
    version does not know reads as a field change."""
    return EVENT_KINDS.get(change.kind, FieldChanged).from_change(change)
