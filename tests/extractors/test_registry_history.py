"""One registry-history walk for the extractor and the diff: `merged_into` is history too."""

from __future__ import annotations

from extractors.extract.conversions import merge_converted
from extractors.extract.drafts import Draft, Mention
from extractors.registry import Registry
from schemas.registry import Initiative

TEXT = "The Global Pact on Kids became the Kids Alliance in 2020."


def _entry(**fields: object) -> Initiative:
    base = {"kind": "alliance", "area": "child-safety", "pages": ["https://example.org/page"]}
    return Initiative.model_validate({**base, **fields})


# The merged entry names its successor; the successor does not list it as a predecessor.
MERGED = Registry(
    [
        _entry(id="global-pact", name="Global Pact on Kids", merged_into="kids-alliance"),
        _entry(id="kids-alliance", name="Kids Alliance"),
    ]
)


def _draft(name: str, registry_id: str) -> Draft:
    start = TEXT.index(name)
    draft = Draft(name, "alliance", "prose", mentions=[Mention(start, start + len(name), 0)])
    draft.registry_id = registry_id
    return draft


def test_a_merger_is_history_both_ways():
    assert MERGED.later_entries("global-pact") == {"kids-alliance"}
    assert MERGED.later_entries("kids-alliance") == set()


def test_a_page_telling_a_merger_describes_one_initiative():
    # Without following `merged_into`, the extractor kept two initiatives here while the
    # diff (which follows it) paired them as one.
    described = [
        _draft("Global Pact on Kids", "global-pact"),
        _draft("Kids Alliance", "kids-alliance"),
    ]
    (kept,) = merge_converted(TEXT, described, MERGED)
    assert kept.name == "Global Pact on Kids"
    assert kept.registry_id == "global-pact"
    assert "Kids Alliance" in kept.variants
