"""Telling a renamed signatory from one that left while another joined.

A page that lists "Super RTL" in one version and "Super RTL/Mediengruppe RTL Deutschland" in the
next renamed an organisation; the diff still reports the removal and the addition (the contract's
kinds), linked by `renamed_to` / `renamed_from`, so an alert tells one rename.
"""

from __future__ import annotations

import re

from extractors.extract.organisations import is_same_organisation
from pipeline.compare.matching import loose_key, normalize_text
from schemas.changes import SignatoryJoined, SignatoryLeft

# "Super RTL/Mediengruppe RTL Deutschland", "TIM (Telecom Italia)", "Sky - Comcast" (any dash):
# one name made of parts, each of which the page may use alone.
_NAME_PARTS = re.compile(r"\s*(?:/|\(|\)|\s[\u2013\u2014-]\s|[\u2013\u2014])\s*")


def name_parts(name: str) -> list[str]:
    """The whole name and each of its "/"-, "(" or dash-separated parts."""
    parts = [part for part in _NAME_PARTS.split(name) if loose_key(part)]
    return [name, *parts] if len(parts) > 1 else [name]


def same_organisation(a: str, b: str) -> bool:
    """Whether two names stand for one organisation: one is a part of the other, or the
    organisation gazetteer (names and aliases) says so of the names or of their parts."""
    keys_a = {normalize_text(part) for part in name_parts(a)}
    keys_b = {normalize_text(part) for part in name_parts(b)}
    if normalize_text(a) in keys_b or normalize_text(b) in keys_a:
        return True
    return any(is_same_organisation(x, y) for x in name_parts(a) for y in name_parts(b))


def link_renames(
    left: list[SignatoryLeft], joined: list[SignatoryJoined]
) -> tuple[list[SignatoryLeft], list[SignatoryJoined]]:
    """The same events, a removed and an added name of one organisation linked to each other
    (each name in one rename at most, in page order)."""
    left, joined = list(left), list(joined)
    taken: set[int] = set()
    for i, gone in enumerate(left):
        j = next(
            (
                j
                for j, came in enumerate(joined)
                if j not in taken and same_organisation(gone.signatory, came.signatory)
            ),
            None,
        )
        if j is not None:
            taken.add(j)
            left[i] = gone.model_copy(update={"renamed_to": joined[j].signatory})
            joined[j] = joined[j].model_copy(update={"renamed_from": gone.signatory})
    return left, joined
