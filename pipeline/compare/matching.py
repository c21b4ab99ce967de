"""How two versions of a page's items are paired: normalised keys and text similarity.

Both the diff and the health checks need to know which initiative of the old extraction is
which of the new one, renames included, so the pairing lives here, apart from either.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TypeVar

from extractors.extract.names import name_key
from extractors.registry import load_initiatives
from schemas.extraction import Initiative

T = TypeVar("T")

# Typographic variants that a site's editor (or its CMS) swaps without meaning anything.
_TYPOGRAPHIC = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"}
)
_NON_WORD = re.compile(r"[^\w]+")

ACTION_REWORD_THRESHOLD = 0.65  # a reworded action keeps most of its characters (gold: ~0.83)
RENAME_THRESHOLD = 0.5  # "largely overlap": half the signatories or actions in common
NAME_SIMILARITY_THRESHOLD = 0.85  # a name retouched rather than replaced
MIN_CONTAINED_NAME_WORDS = 4  # "Code of conduct" inside a longer name is too generic to count


def normalize_text(text: str) -> str:
    """Case, white space, typographic quotes and closing punctuation are not changes."""
    text = unicodedata.normalize("NFKC", text).translate(_TYPOGRAPHIC).casefold()
    return " ".join(text.split()).rstrip(" .;:,")


def loose_key(text: str) -> str:
    """Words only: identity of prose (names of initiatives, action texts) across retouches."""
    return " ".join(_NON_WORD.sub(" ", normalize_text(text)).split())


def similarity(first: str, second: str, *, at_least: float = 0.0) -> float:
    """Character similarity of two texts after normalisation, 0..1.

    With `at_least`, pairs that cannot reach it score 0 early: the cheap upper bounds spare
    the quadratic comparison when long lists of actions are paired.
    """
    matcher = SequenceMatcher(None, normalize_text(first), normalize_text(second), False)
    if at_least and (matcher.real_quick_ratio() < at_least or matcher.quick_ratio() < at_least):
        return 0.0
    return matcher.ratio()


def pair_best_first(
    olds: Sequence[T], news: Sequence[T], score: Callable[[T, T], float], threshold: float
) -> list[tuple[int, int]]:
    """Pairs (old index, new index) scoring at least `threshold`, best pairs claimed first.

    Ties go to the earlier pair in page order, so the result does not depend on set order.
    """
    candidates = [
        (value, i, j)
        for i, old in enumerate(olds)
        for j, new in enumerate(news)
        if (value := score(old, new)) >= threshold
    ]
    candidates.sort(key=lambda item: (-item[0], item[1] + item[2], item[1]))
    used_old: set[int] = set()
    used_new: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, i, j in candidates:
        if i not in used_old and j not in used_new:
            used_old.add(i)
            used_new.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def initiative_keys(initiative: Initiative) -> set[str]:
    """The keys of an initiative's names as the extractor keys them (`names.name_key`): "+"
    and "&" tell two apart ("BIK strategy" and "BIK+ strategy"), as `loose_key` would not."""
    return {name_key(name) for name in [initiative.name, *initiative.aliases]}


def signatory_keys(initiative: Initiative) -> set[str]:
    return {normalize_text(signatory.name) for signatory in initiative.signatories}


def action_keys(initiative: Initiative) -> set[str]:
    return {loose_key(action.text) for action in initiative.actions}


def _overlap(first: set[str], second: set[str]) -> float:
    """Jaccard overlap; a single shared item is a coincidence, not a shared identity."""
    shared = first & second
    if len(shared) < 2 and shared != first | second:
        return 0.0
    return len(shared) / len(first | second) if shared else 0.0


def rename_score(old: Initiative, new: Initiative) -> float:
    """How strongly two differently named initiatives look like one initiative renamed."""
    name_score = similarity(old.name, new.name)
    return max(
        _overlap(signatory_keys(old), signatory_keys(new)),
        _overlap(action_keys(old), action_keys(new)),
        name_score if name_score >= NAME_SIMILARITY_THRESHOLD else 0.0,
    )


@dataclass(frozen=True)
class InitiativeMatching:
    """Which old initiative became which new one; the rest were removed or added."""

    same: list[tuple[Initiative, Initiative]]  # matched by name or alias
    renamed: list[tuple[Initiative, Initiative]]  # matched by shared content
    removed: list[Initiative]
    added: list[Initiative]


def name_identity_score(old: Initiative, new: Initiative) -> float:
    """1 for a shared name or alias; 0.9 when one name is the other with words added.

    The extractor may pick a longer or shorter variant of one name ("EU Code of conduct on
    ..." / "Code of conduct on ..."): that is the same initiative, not a rename.
    """
    old_keys, new_keys = initiative_keys(old), initiative_keys(new)
    if old_keys & new_keys:
        return 1.0
    for first in old_keys:
        for second in new_keys:
            short, long = sorted((first, second), key=len)
            if len(short.split()) >= MIN_CONTAINED_NAME_WORDS and f" {short} " in f" {long} ":
                return 0.9
    return 0.0


def _renamed_under_alias(old: Initiative, new: Initiative) -> bool:
    """Whether a pair matched by a shared alias only names it anew: neither name is among the
    other's names or inside the other ("European Cyber Security Month (ECSM)" became
    "European Cybersecurity Month (ECSM)")."""
    old_name, new_name = name_key(old.name), name_key(new.name)
    if old_name in initiative_keys(new) or new_name in initiative_keys(old):
        return False
    short, long = sorted((old_name, new_name), key=len)
    return f" {short} " not in f" {long} "


def _registry_identity(old: Initiative, new: Initiative) -> float:
    return 1.0 if old.registry_id is not None and old.registry_id == new.registry_id else 0.0


def _may_be_one(old: Initiative, new: Initiative) -> bool:
    """Two registered initiatives are one only when the registry says one became the other
    (the Code of Practice that became a Code of Conduct), whatever their names."""
    if old.registry_id is None or new.registry_id is None or old.registry_id == new.registry_id:
        return True
    return new.registry_id in load_initiatives().later_entries(old.registry_id)


def pair_remaining(
    olds: Sequence[T],
    news: Sequence[T],
    taken: list[tuple[int, int]],
    score: Callable[[T, T], float],
    threshold: float,
) -> list[tuple[int, int]]:
    """`pair_best_first` over the items no pair of `taken` holds, as indices of `olds` and
    `news`."""
    taken_old, taken_new = {i for i, _ in taken}, {j for _, j in taken}
    rest_old = [i for i in range(len(olds)) if i not in taken_old]
    rest_new = [j for j in range(len(news)) if j not in taken_new]
    rests = ([olds[i] for i in rest_old], [news[j] for j in rest_new])
    pairs = pair_best_first(*rests, score, threshold)
    return [(rest_old[i], rest_new[j]) for i, j in pairs]


def _rest_pairs(
    olds: Sequence[Initiative],
    news: Sequence[Initiative],
    taken: list[tuple[int, int]],
    score: Callable[[Initiative, Initiative], float],
    threshold: float,
) -> list[tuple[int, int]]:
    def guarded(old: Initiative, new: Initiative) -> float:
        return score(old, new) if _may_be_one(old, new) else 0.0

    return pair_remaining(olds, news, taken, guarded, threshold)


def _demoted_pair(
    olds: Sequence[Initiative],
    news: Sequence[Initiative],
    taken: list[tuple[int, int]],
    still_named: Sequence[str],
) -> list[tuple[int, int]]:
    """The one old initiative the new page still names but no longer describes ("it started
    life as X"), and the one new initiative in its place: a rename, not a removal and an
    addition. Only when each side has exactly one left, so nothing else could claim them."""
    rest_old = [i for i in range(len(olds)) if i not in {p[0] for p in taken}]
    rest_new = [j for j in range(len(news)) if j not in {p[1] for p in taken}]
    if len(rest_old) != 1 or len(rest_new) != 1:
        return []
    old, new = olds[rest_old[0]], news[rest_new[0]]
    named = {name_key(name) for name in still_named}
    if not (initiative_keys(old) & named) or not _may_be_one(old, new):
        return []
    return [(rest_old[0], rest_new[0])]


def match_initiatives(
    olds: Sequence[Initiative], news: Sequence[Initiative], still_named: Sequence[str] = ()
) -> InitiativeMatching:
    """Pairs by registry id first (a new name there is a rename), then by name, then by content;
    `still_named` are the names the new page only mentions (its former names among them)."""
    by_id = pair_best_first(olds, news, _registry_identity, 1.0)
    id_renamed = [(i, j) for i, j in by_id if name_identity_score(olds[i], news[j]) < 0.9]
    by_name = [pair for pair in by_id if pair not in id_renamed]
    by_name += _rest_pairs(olds, news, by_id, name_identity_score, 0.9)
    # One kept only by a short form both write ("ECSM"), its name in neither's names: renamed.
    alias_renamed = [(i, j) for i, j in by_name if _renamed_under_alias(olds[i], news[j])]
    by_name = [pair for pair in by_name if pair not in alias_renamed]
    renamed = id_renamed + alias_renamed
    renamed += _rest_pairs(olds, news, by_id + by_name + renamed, rename_score, RENAME_THRESHOLD)
    renamed += _demoted_pair(olds, news, by_id + by_name + renamed, still_named)
    matched_old = {i for i, _ in by_name + renamed}
    matched_new = {j for _, j in by_name + renamed}
    by_name.sort()
    renamed.sort()
    return InitiativeMatching(
        same=[(olds[i], news[j]) for i, j in by_name],
        renamed=[(olds[i], news[j]) for i, j in renamed],
        removed=[o for i, o in enumerate(olds) if i not in matched_old],
        added=[n for j, n in enumerate(news) if j not in matched_new],
    )
