"""The organisation gazetteer (`patterns/organisations.jsonl`): names and their aliases.

The gazetteer never decides whether a name is a signatory (a new signatory must be found
without it); it keeps names containing "and" whole when lists are split, and tells which
spellings name one organisation ("Twitter" and "X"), so a diff can see a rename.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors.extract.names import name_key
from extractors.extract.resources import load_jsonl


def _key(surface: str) -> str:
    """How a spelling is looked up: an acronym as written ("WHO" is not the word "Who"),
    any other name in any case."""
    surface = " ".join(surface.split())
    return surface if surface.isupper() else surface.casefold()


# The word for an organisation's corporate group, which one page may write or leave out
# ("Alibaba Group (for AliExpress)", "Alibaba (for AliExpress)").
_GROUP_WORD = re.compile(r"\bgroup\b")


def spelling_key(name: str) -> str:
    """What two spellings of one organisation in a page share: `name_key`'s (case,
    punctuation, an article: "Rakuten-France", "Rakuten France"), its group word aside."""
    key = name_key(name)
    return " ".join(_GROUP_WORD.sub(" ", key).split()) or key or name.casefold()


@lru_cache(maxsize=1)
def _canonical_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for record in load_jsonl("organisations.jsonl"):
        for surface in [record["name"], *record.get("aliases", [])]:
            names.setdefault(_key(surface), record["name"])
    return names


def canonical_organisation(name: str) -> str | None:
    """The gazetteer's name for an organisation ("Twitter" -> "X"), or None when unknown."""
    return _canonical_names().get(_key(name))


def is_same_organisation(a: str, b: str) -> bool:
    """True when two names are spellings of one organisation, by gazetteer or by case."""
    if a.casefold() == b.casefold():
        return True
    canonical = canonical_organisation(a)
    return canonical is not None and canonical == canonical_organisation(b)
