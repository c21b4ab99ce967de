"""Read the registries and resolve a mention to its entry.

`initiatives.toml` and `organisations.toml` ship with the code (reading them is not page I/O).
A mention resolves whatever its case, spacing, punctuation or accents: "the ICT Coalition",
"ICT coalition" and "ICT-Coalition" are one key. Only '+' is kept, because "BIK+" and "BIK",
"Code of conduct+" and "Code of conduct" are different initiatives.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Collection, Iterable, Sequence
from functools import cache
from importlib import resources
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from extractors.registry.checks import initiative_problems, organisation_problems
from schemas.errors import RegistryError
from schemas.registry import Initiative, InitiativeFile, Organisation, OrganisationFile

_PACKAGE = "extractors.registry"
_NOT_WORD = re.compile(r"[^\w\s+]")
_PLUS = re.compile(r"\s*\+")
_LEADING_ARTICLE = re.compile(r"^(?:the\s+)+")  # all of them: "the the" is idempotent too

FileModel = TypeVar("FileModel", bound=BaseModel)


def normalise_mention(text: str) -> str:
    """The key a mention is looked up by: casefolded, unaccented, punctuation as spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    words = _NOT_WORD.sub(" ", plain.casefold().replace("&", " and ").replace("_", " "))
    return _LEADING_ARTICLE.sub("", " ".join(_PLUS.sub("+", words).split()))


class Registry:
    """The initiative registry: entries by id, and mentions resolved to entries."""

    def __init__(self, initiatives: Sequence[Initiative]) -> None:
        problems = initiative_problems(initiatives, normalise_mention)
        if problems:
            raise RegistryError(f"initiative registry: {'; '.join(problems)}")
        self.entries: tuple[Initiative, ...] = tuple(initiatives)
        self._by_id = {entry.id: entry for entry in initiatives}
        self._global: dict[str, Initiative] = {}
        self._contextual: dict[str, list[Initiative]] = {}
        for entry in initiatives:
            for mention in entry.global_mentions:
                self._global[normalise_mention(mention)] = entry
            for mention in entry.contextual_aliases:
                self._contextual.setdefault(normalise_mention(mention), []).append(entry)

    def get(self, initiative_id: str) -> Initiative | None:
        return self._by_id.get(initiative_id)

    def resolve(self, mention: str, named: Collection[str] = ()) -> Initiative | None:
        """The entry a mention names, or None.

        `named` holds the ids the page has already named in full: a contextual form such as "the
        Alliance" resolves only to one of those, and only when exactly one of them fits; where
        one fits, it wins over a global alias of the same form.
        """
        key = normalise_mention(mention)
        fitting = [entry for entry in self._contextual.get(key, ()) if entry.id in named]
        if len(fitting) == 1:
            return fitting[0]
        return self._global.get(key)

    def successors(self, initiative_id: str) -> tuple[Initiative, ...]:
        """Entries that name this one as a predecessor or that it merged into."""
        return tuple(
            entry
            for entry in self.entries
            if initiative_id in entry.predecessors or self._merged_into(initiative_id) == entry.id
        )

    def _merged_into(self, initiative_id: str) -> str | None:
        entry = self._by_id.get(initiative_id)
        return entry.merged_into if entry else None

    def later_entries(self, initiative_id: str) -> set[str]:
        """Every entry that grew out of this one, directly or through others: through
        `predecessors` and `merged_into` alike (a merger's result continues each part)."""
        found: set[str] = set()
        waiting = [initiative_id]
        while waiting:
            for entry in self.successors(waiting.pop()):
                if entry.id not in found:
                    found.add(entry.id)
                    waiting.append(entry.id)
        return found

    def global_mentions(self) -> dict[str, str]:
        """Every globally resolvable key, with the id it names."""
        return {key: entry.id for key, entry in self._global.items()}


class OrganisationRegistry:
    """Organisations by every name the pages use for them."""

    def __init__(self, organisations: Sequence[Organisation]) -> None:
        problems = organisation_problems(organisations, normalise_mention)
        if problems:
            raise RegistryError(f"organisation registry: {'; '.join(problems)}")
        self.entries: tuple[Organisation, ...] = tuple(organisations)
        self._by_name = {
            normalise_mention(name): entry
            for entry in organisations
            for name in (entry.name, *entry.aliases)
        }

    def resolve(self, name: str) -> Organisation | None:
        return self._by_name.get(normalise_mention(name))

    def is_same(self, a: str, b: str) -> bool:
        """True when two names are spellings of one organisation ("Twitter" and "X")."""
        if normalise_mention(a) == normalise_mention(b):
            return True
        first = self.resolve(a)
        return first is not None and first is self.resolve(b)


def _read_toml(name: str) -> dict[str, Any]:
    try:
        text = resources.files(_PACKAGE).joinpath(name).read_text(encoding="utf-8")
        return tomllib.loads(text)
    except (OSError, ModuleNotFoundError, tomllib.TOMLDecodeError) as exc:
        raise RegistryError(f"registry file {name} cannot be read: {exc}") from exc


def parse_registry_file(raw: dict[str, Any], model: type[FileModel], name: str) -> FileModel:
    """Validate one parsed registry file; the first errors named by entry and field."""
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        where = "; ".join(_error_line(raw, error) for error in exc.errors()[:5])
        raise RegistryError(f"registry file {name}: {where}") from None


def _error_line(raw: dict[str, Any], error: Any) -> str:
    location: Iterable[Any] = error["loc"]
    parts = list(location)
    entry = ""
    if len(parts) >= 2 and isinstance(parts[1], int):  # name the entry by its id, if it has one
        records = raw.get(str(parts[0]), [])
        if parts[1] < len(records) and isinstance(records[parts[1]], dict):
            entry = f" ({records[parts[1]].get('id', '?')})"
    return f"{'.'.join(str(part) for part in parts)}{entry}: {error['msg']}"


@cache
def load_initiatives() -> Registry:
    """The shipped initiative registry, validated once per process."""
    data = parse_registry_file(_read_toml("initiatives.toml"), InitiativeFile, "initiatives.toml")
    return Registry(data.initiative)


@cache
def load_organisations() -> OrganisationRegistry:
    """The shipped organisation registry, validated once per process."""
    raw = _read_toml("organisations.toml")
    data = parse_registry_file(raw, OrganisationFile, "organisations.toml")
    return OrganisationRegistry(data.organisation)
