"""A page that now names its initiative only as a former name describes it renamed."""

from __future__ import annotations

from pipeline.compare.diff import diff_extractions
from schemas.extraction import Extraction, Initiative, Signatory

TEXT = (
    "Harbour operators from five countries work together to protect coastal birds in their "
    "ports and beyond, sharing what they learn about nesting sites, noise and light at night."
)


def _page(initiative: Initiative, mentioned: list[str]) -> Extraction:
    return Extraction(
        url="https://example.eu/network",
        title="Harbour Network",
        published=None,
        text=TEXT,
        initiatives=[initiative],
        mentioned=mentioned,
    )


def test_the_one_initiative_now_only_mentioned_was_renamed_to_the_one_added() -> None:
    old = _page(Initiative(name="Harbour Alliance for Seabirds"), [])
    new = _page(
        Initiative(name="Coastal Habitat Network of Ports"), ["Harbour Alliance for Seabirds"]
    )
    changes = diff_extractions(old, new).changes
    pair = ("Harbour Alliance for Seabirds", "Coastal Habitat Network of Ports")
    assert [(c.kind, c.field, c.old, c.new) for c in changes] == [("field_changed", "name", *pair)]


def test_an_initiative_no_longer_named_at_all_was_removed() -> None:
    old = _page(Initiative(name="Harbour Alliance for Seabirds"), [])
    new = _page(Initiative(name="Coastal Habitat Network of Ports"), [])
    kinds = sorted(c.kind for c in diff_extractions(old, new).changes)
    assert kinds == ["initiative_added", "initiative_removed"]


def test_a_plus_tells_two_initiatives_apart() -> None:
    # "Pond Pledge" and "Pond Pledge+" are two initiatives, as "BIK" and "BIK+" are: the one
    # that went is the one without the plus, and nobody signed anything.
    pledge = Initiative(name="Pond Pledge", signatories=[Signatory(name="Alpha Mart")])
    plus = Initiative(
        name="Pond Pledge+",
        signatories=[Signatory(name=n) for n in ("Alpha Mart", "Beta Store", "Gamma Shop")],
    )
    old = _page(pledge, [])
    old.initiatives.append(plus)
    new = _page(plus, [])
    changes = diff_extractions(old, new).changes
    assert [(c.kind, c.initiative) for c in changes] == [("initiative_removed", "Pond Pledge")]
