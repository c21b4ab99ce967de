"""Role vocabulary of signatory extraction: who can be a signatory, and which cue words
open or close a list of them (data in patterns/roles.toml)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractors.extract.counts import number_value
from extractors.extract.resources import load_toml

_MAX_NAME_WORDS = 8
_DOMAIN = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,4}")  # "jeuxvideo.com"
_CLAUSE_WORDS = re.compile(
    r"\b(?:is|are|was|were|will|would|has|have|had|can|should|must|to|which|that|who)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Roles:
    excluded: frozenset[str]
    openers: tuple[str, ...]
    closers: tuple[str, ...]
    clause_openers: frozenset[str]
    count_nouns: tuple[str, ...]
    working_bodies: re.Pattern[str]


@lru_cache(maxsize=1)
def roles() -> Roles:
    data = load_toml("roles.toml")
    return Roles(
        excluded=frozenset(data["not_signatories"]),
        openers=tuple(data["list_openers"]),
        closers=tuple(data["list_closers"]),
        clause_openers=frozenset(data["clause_openers"]),
        count_nouns=tuple(data["count_nouns"]),
        working_bodies=re.compile(
            r"\b(?:" + "|".join(re.escape(noun) for noun in data["working_bodies"]) + r")\b",
            re.IGNORECASE,
        ),
    )


def count_nouns() -> list[str]:
    return list(roles().count_nouns)


def is_organisation_name(name: str) -> bool:
    """A short capitalised name, not a clause, a generic group or the broker."""
    words = name.split()
    if not words or len(words) > _MAX_NAME_WORDS or _CLAUSE_WORDS.search(name):
        return False
    if name.casefold() in roles().excluded or re.fullmatch(r"[A-Z]{2,}s", name):
        return False
    if words[0].lower() in roles().clause_openers and len(words) > 1:
        return False
    if number_value(words[0]) is not None and len(words) > 1:
        return False  # "21 companies", "Twenty-eight leading companies"
    return any(char.isupper() for char in words[0]) or _DOMAIN.fullmatch(words[0]) is not None


def role_of(sentence_cues: list[str]) -> str:
    return "associated" if "ASSOCIATED" in sentence_cues else "signatory"
