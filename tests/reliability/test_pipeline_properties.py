"""Hypothesis over the whole processing path: raw bytes -> decode -> clean -> extract -> snapshot.

The extractor's own property tests feed clean and extract separately with fragments and
ready-made documents; these feed generated whole pages (and arbitrary bytes) through what a run
does with a fetched body, then through the snapshot store and the diff:
- nothing but bikwatch's own InputError family ever escapes;
- every extraction validates, survives a JSON round trip and a snapshot round trip (sealed);
- `diff(x, x)` is empty and healthy; `diff(a, b)` mirrors `diff(b, a)`'s additions and removals.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from extractors.extract import build_nlp
from extractors.page import extract_page
from pipeline.compare.diff import diff_extractions
from pipeline.fetch.models import FetchedPage
from pipeline.run.decide import compare_with_baseline
from pipeline.store.snapshots import SnapshotStore
from schemas.changes import Change
from schemas.config import Source
from schemas.errors import InputError
from schemas.extraction import Extraction
from schemas.snapshot import Snapshot
from tests.reliability.runs import run_day

NLP: Language = build_nlp()
SITES = {
    "bik": "https://better-internet-for-kids.europa.eu/en/policy/watched",
    "commission": "https://digital-strategy.ec.europa.eu/en/policies/watched",
}
NAMES = st.sampled_from([
    "Alliance to better protect minors online", "CEO Coalition", "Code of conduct",
    "European Framework for Safer Mobile Use", "Strategy for a Better Internet for Kids (BIK+)",
])  # fmt: skip
ORGS = st.sampled_from([
    "Google", "Meta", "TikTok", "BBFC", "ASKfm", "Orange", "Vodafone", "UNICEF", "LEGO Group",
    "Deutsche Telekom", "TIM (Telecom Italia)", "Super RTL/Mediengruppe RTL Deutschland",
])  # fmt: skip
ACTIONS = st.sampled_from([
    "Providing accessible and robust tools", "Enhancing cooperation between signatories",
    "Taking action against harmful content", "Promoting awareness of online safety",
    "Funding research on age verification", "Age-appropriate privacy settings",
])  # fmt: skip
DATES = st.sampled_from([
    "7 February 2017", "July 2023", "2012", "on 01/12/2011", "in May 2016", "31 February 2020",
])  # fmt: skip
NOISE = st.sampled_from([
    "", "&amp;", "&#13;&#10;", "<b>", "</i>", "\u00a0", "\u00e9\u2013\u201c", "<!-- c -->",
    "<script>var x = '</p>';</script>", "<br>", "\ufffd", "<p>", "]]>", "&nbsp;",
])  # fmt: skip
CHROME = (
    '<header class="ecl-site-header"><nav><a href="/">Home</a> <a href="/en">News</a></nav>'
    '</header><div class="cookie-consent">We use cookies. Accept</div>'
)
MIRROR = {"added": "removed", "removed": "added"}
FOOTER = '<footer class="ecl-footer"><p>Contact | Legal notice | Cookies</p></footer>'


@st.composite
def sections(draw: st.DrawFn) -> str:
    name, noise = draw(NAMES), draw(NOISE)
    parts = [f"<h2>{name}{noise}</h2>", f"<p>The {name} was launched {draw(DATES)}.</p>"]
    if draw(st.booleans()):
        orgs = draw(st.lists(ORGS, unique=True, max_size=6))
        items = "".join(f"<li>{org}{draw(NOISE)}</li>" for org in orgs)
        parts += ["<p>Its members are:</p>", f"<ul>{items}</ul>"]
    if draw(st.booleans()):
        actions = draw(st.lists(ACTIONS, unique=True, max_size=5))
        parts += ["<h3>Actions</h3>", f"<ol>{''.join(f'<li>{a};</li>' for a in actions)}</ol>"]
    return "".join(parts)


@st.composite
def pages(draw: st.DrawFn) -> tuple[str, bytes]:
    site = draw(st.sampled_from(sorted(SITES)))
    title = draw(NAMES)
    body = "".join(draw(st.lists(sections(), max_size=4)))
    free_text = draw(st.text(max_size=40))
    html = (
        f"<!doctype html><html><head><title>{title}</title></head><body>{CHROME}"
        f"<main><h1>{title}</h1><p>{free_text}</p>{body}</main>{FOOTER}</body></html>"
    )
    encoding = draw(st.sampled_from(["utf-8", "cp1252", "utf-16"]))
    return site, html.encode(encoding, errors="replace")


def extracted(site: str, body: bytes) -> Extraction | None:
    """What a run makes of a fetched body; None where bikwatch refuses it as input."""
    try:
        return extract_page(body, None, SITES[site], site=site, nlp=NLP)
    except InputError:
        return None


QUICK = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@QUICK
@given(st.sampled_from(sorted(SITES)), st.binary(max_size=2000))
def test_arbitrary_bytes_are_an_extraction_or_an_input_error(site: str, body: bytes) -> None:
    result = extracted(site, body)

    assert result is None or Extraction.model_validate_json(result.model_dump_json()) == result


@QUICK
@given(pages())
def test_generated_pages_give_valid_extractions_that_snapshot_and_diff_as_nothing(
    page: tuple[str, bytes],
) -> None:
    site, body = page
    extraction = extracted(site, body)
    if extraction is None:
        return
    assert Extraction.model_validate_json(extraction.model_dump_json()) == extraction
    assert diff_extractions(extraction, extraction).changes == []
    source = Source(id="watched", url=SITES[site], site=site)  # type: ignore[arg-type]
    raw = FetchedPage(
        requested_url=SITES[site],
        final_url=SITES[site],
        status=200,
        headers=[],
        body=body,
        fetched_at=datetime.now(UTC),
    )
    snapshot = compare_with_baseline(source, raw, extraction, None).snapshot
    assert snapshot.sealed().is_sealed
    store_round_trip(snapshot)


def store_round_trip(snapshot: Snapshot) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = SnapshotStore(Path(folder))
        store.write(snapshot, run_day(0))
        [(_, back)] = list(store.valid("watched"))
    assert back == snapshot.sealed()


@QUICK
@given(pages(), pages())
def test_diff_of_generated_pages_mirrors_additions_and_removals(
    old_page: tuple[str, bytes], new_page: tuple[str, bytes]
) -> None:
    old, new = extracted(*old_page), extracted(old_page[0], new_page[1])
    if old is None or new is None:
        return
    forward, backward = diff_extractions(old, new), diff_extractions(new, old)
    if forward.health or backward.health:  # a collapse reports no removals, by design
        return
    # A rename is read one way only, by design: the newer page still names the old initiative
    # it no longer describes ("it started life as X"), the older page not the new one. The
    # two renamed initiatives are set aside; every other addition and removal must mirror.
    renamed = {
        str(name)
        for change in [*forward.changes, *backward.changes]
        if change.field == "name"
        for name in (change.old, change.new)
    }
    assert moves(forward.changes, renamed) == moves(backward.changes, renamed, mirrored=True)


def moves(
    changes: list[Change], renamed: set[str], *, mirrored: bool = False
) -> Counter[tuple[str, str]]:
    """Additions and removals by kind and item, those of `renamed` initiatives aside;
    `mirrored` swaps added and removed."""
    counted: Counter[tuple[str, str]] = Counter()
    for change in changes:
        subject, _, verb = change.kind.partition("_")
        if change.initiative in renamed or str(change.value) in renamed:
            continue
        if verb in MIRROR:
            counted[(f"{subject}_{MIRROR[verb] if mirrored else verb}", str(change.value))] += 1
    return counted
