"""Which draft a name found in prose belongs to: same words, a variant by prefix or an
acronym (`drafts.is_variant`), one answer or none.

`MatchingDrafts` answers the same as `matching_draft` over every draft, but it indexes the
drafts by what a match can share with a name (their keys, their prefixes at word
boundaries, their acronyms, their registry id) and tests only those that share something:
comparing every name of a long page with every draft grew with both.
"""

from __future__ import annotations

from collections import defaultdict

from extractors.extract.drafts import Draft, is_variant, plus_stripped, variant_core


def _other_entry(draft: Draft, registry_id: str | None) -> bool:
    return bool(registry_id and draft.registry_id and draft.registry_id != registry_id)


def _matches(key: str, draft: Draft, registry_id: str | None) -> bool:
    return not _other_entry(draft, registry_id) and (
        any(is_variant(key, k, draft.acronyms) or is_variant(k, key) for k in draft.keys)
        or key in draft.acronyms
    )


def matching_draft(key: str, drafts: list[Draft], registry_id: str | None = None) -> Draft | None:
    """The one draft name key `key` names (the first draft linked to `registry_id`, if
    any), else None: none matches, or more than one does."""
    if registry_id is not None:
        linked = [draft for draft in drafts if draft.registry_id == registry_id]
        if linked:
            return linked[0]
    matches = [draft for draft in drafts if _matches(key, draft, registry_id)]
    return matches[0] if len(matches) == 1 else None


def _word_prefixes(text: str) -> list[str]:
    """`text` and each of its beginnings that a space ends: what `is_variant` may find
    another name to be the start of."""
    return [text[:i] for i, char in enumerate(text) if char == " "] + [text]


class MatchingDrafts:
    """`matching_draft` over the drafts being clustered, kept up to date through `changed`
    (a draft added, or given a spelling or a registry id), remembered per name key until
    then: a long page names the same few initiatives thousands of times."""

    def __init__(self, drafts: list[Draft]):
        self.drafts = drafts
        self._known: dict[tuple[str, str | None], Draft | None] = {}
        self._position: dict[int, int] = {}
        self._by_text: dict[str, set[int]] = defaultdict(set)  # keys, cores, acronyms
        self._by_long: dict[str, set[int]] = defaultdict(set)  # word prefixes of cores
        self._by_registry: dict[str, set[int]] = defaultdict(set)
        for position, draft in enumerate(drafts):
            self._position[id(draft)] = position
            self.changed(draft)

    def __call__(self, key: str, registry_id: str | None = None) -> Draft | None:
        if (key, registry_id) not in self._known:
            self._known[key, registry_id] = self._match(key, registry_id)
        return self._known[key, registry_id]

    def changed(self, draft: Draft) -> None:
        """Index `draft` again (its spellings only grow) and forget the answers so far."""
        self._known.clear()
        position = self._position.get(id(draft))
        if position is None:  # a new draft: the last one, as drafts are only appended
            position = next(i for i in reversed(range(len(self.drafts))) if self.drafts[i] is draft)
            self._position[id(draft)] = position
        for key in draft.keys:
            self._by_text[key].add(position)
            self._by_text[plus_stripped(key)].add(position)
            for prefix in _word_prefixes(variant_core(key)):
                self._by_long[prefix].add(position)
        for acronym in draft.acronyms:
            self._by_text[acronym].add(position)
        if draft.registry_id is not None:
            self._by_registry[draft.registry_id].add(position)

    def _match(self, key: str, registry_id: str | None) -> Draft | None:
        if registry_id is not None:
            linked = [
                p for p in self._by_registry.get(registry_id, ()) if self._linked(p, registry_id)
            ]
            if linked:
                return self.drafts[min(linked)]
        found = sorted(
            p for p in self._candidates(key) if _matches(key, self.drafts[p], registry_id)
        )
        return self.drafts[found[0]] if len(found) == 1 else None

    def _linked(self, position: int, registry_id: str) -> bool:
        return self.drafts[position].registry_id == registry_id

    def _candidates(self, key: str) -> set[int]:
        """Every draft that may match `key` (a superset: `_matches` decides)."""
        words = key.split()
        texts = [key, *(words[:1] if len(words) <= 2 else [])]
        texts += _word_prefixes(variant_core(key))
        found = set(self._by_long.get(plus_stripped(key), ()))
        for text in texts:
            found |= self._by_text.get(text, set())
        return found
