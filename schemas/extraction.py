"""The extraction of one page: initiatives, signatories, actions and dates.

The field names and their shapes are fixed by the command-line contract (`bikwatch schema`);
evidence spans and warnings sit beside them. Models validate what they mean (partial dates,
launched <= ended, ended implies status "ended", no empty names, signatories once each).
"""

from __future__ import annotations

from typing import Any, Literal, get_args

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from schemas.dates import PartialDate, is_not_after
from schemas.document import Span

Status = Literal["active", "ended", "unknown"]
Role = Literal["signatory", "associated"]

EXTRACTION_SCHEMA_VERSION = 1


def _strip_nonempty(value: str) -> str:
    value = " ".join(value.split())
    if not value:
        raise ValueError("must not be empty")
    return value


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Signatory(_Model):
    name: str
    role: Role = "signatory"
    evidence: Span | None = None

    _name = field_validator("name")(_strip_nonempty)


class Action(_Model):
    strand: str | None = None
    text: str
    evidence: Span | None = None

    _text = field_validator("text")(_strip_nonempty)


class Initiative(_Model):
    name: str  # as the page writes it
    # The id of the entry in bikwatch's initiative registry, or None for one it does not know.
    registry_id: str | None = None
    aliases: list[str] = Field(default_factory=list)
    launched: PartialDate | None = None
    ended: PartialDate | None = None
    status: Status = "unknown"
    signatories: list[Signatory] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)
    evidence: Span | None = None
    warnings: list[str] = Field(default_factory=list)

    _name = field_validator("name")(_strip_nonempty)

    @model_validator(mode="after")
    def _consistent(self, info: ValidationInfo) -> Initiative:
        if info.context and info.context.get("lenient"):
            return self  # another tool's extraction, given to `diff`: read it as it is
        if self.launched and self.ended and not is_not_after(self.launched, self.ended):
            raise ValueError(f"{self.name}: launched {self.launched} after ended {self.ended}")
        if self.ended and self.status != "ended":
            raise ValueError(f"{self.name}: ended {self.ended} but status {self.status}")
        seen: set[tuple[str, str]] = set()
        for signatory in self.signatories:
            key = (signatory.name.casefold(), signatory.role)
            if key in seen:
                raise ValueError(f"{self.name}: signatory listed twice: {signatory.name}")
            seen.add(key)
        starts = [a.evidence.start for a in self.actions if a.evidence is not None]
        if starts != sorted(starts):
            raise ValueError(f"{self.name}: actions not in page order")
        return self


class DateMention(_Model):
    text: str
    value: PartialDate
    evidence: Span | None = None


class Extraction(_Model):
    """One document's extraction: the object `bikwatch extract` prints."""

    url: str
    title: str | None
    published: PartialDate | None
    text: str
    initiatives: list[Initiative] = Field(default_factory=list)
    mentioned: list[str] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    extractor_version: str = ""
    schema_version: int = EXTRACTION_SCHEMA_VERSION


def extraction_json_schema() -> dict[str, Any]:
    """The JSON Schema of the extraction object (`schemas/extraction.schema.json`)."""
    schema = Extraction.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://bikwatch.invalid/schemas/extraction-v{EXTRACTION_SCHEMA_VERSION}.json"
    return schema


def read_extraction(data: Any, *, lenient: bool = False) -> Extraction:
    """An extraction from JSON data. `lenient` reads one that another tool wrote or a person
    edited: fields beside the contract's are dropped and cross-field checks are skipped
    (the contract lets producers add fields), while types and dates are still checked."""
    if not lenient:
        return Extraction.model_validate(data)
    return Extraction.model_validate(_known_fields(Extraction, data), context={"lenient": True})


def _known_fields(model: type[BaseModel], data: Any) -> Any:
    if not isinstance(data, dict):
        return data
    known = {}
    for name, field in model.model_fields.items():
        if name not in data:
            continue
        value = data[name]
        nested = _nested_model(field.annotation)
        if nested is not None and isinstance(value, list):
            value = [_known_fields(nested, item) for item in value]
        elif nested is not None:
            value = _known_fields(nested, value)
        known[name] = value
    return known


def _nested_model(annotation: Any) -> type[BaseModel] | None:
    """The model inside `Model`, `list[Model]` or `Model | None`, if any."""
    candidates = [annotation, *get_args(annotation)]
    for candidate in candidates:
        for inner in [candidate, *get_args(candidate)]:
            if isinstance(inner, type) and issubclass(inner, BaseModel):
                return inner
    return None
