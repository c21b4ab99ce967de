"""One source's page through the stages after fetching: clean, extract, check, compare.

Plain functions: the Prefect flow wraps them in tasks, the CLI and re-extraction call them
directly, and tests call them without Prefect.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from spacy.language import Language

from extractors import EXTRACTOR_VERSION
from extractors.clean import SiteProfile, clean_html
from extractors.decode import decode_html
from extractors.extract import default_nlp, extract_document
from pipeline.compare.diff import compare_extractions, diff_extractions
from pipeline.compare.page_health import assess_health
from schemas.changes import DiffResult, HealthProblem
from schemas.config import Source
from schemas.extraction import Extraction
from schemas.run import Outcome
from schemas.snapshot import RawRef, Snapshot


@dataclass(frozen=True)
class RawPage:
    """What processing needs of a fetched or archived response."""

    url: str
    status: int
    body: bytes
    declared_charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.body).hexdigest()


def extract_html(
    html: str,
    url: str,
    *,
    site: str | None = None,
    nlp: Language | None = None,
    profile: SiteProfile | None = None,
) -> Extraction:
    """Clean and extract one decoded page: what `bikwatch extract` prints."""
    document = clean_html(html, url, site=site, profile=profile)
    return extract_document(document, nlp=nlp or default_nlp())


def extract_raw(
    page: RawPage,
    *,
    site: str | None,
    nlp: Language | None = None,
    profile: SiteProfile | None = None,
) -> Extraction:
    html = decode_html(page.body, page.declared_charset)
    return extract_html(html, page.url, site=site, nlp=nlp, profile=profile)


@dataclass(frozen=True)
class Comparison:
    outcome: Outcome
    diff: DiffResult
    snapshot: Snapshot


def compare_with_baseline(
    source: Source,
    page: RawPage,
    extraction: Extraction,
    baseline: Snapshot | None,
    *,
    extractor_version: str = EXTRACTOR_VERSION,
) -> Comparison:
    """Diff a new extraction against the baseline and decide the source's outcome.

    An unhealthy page (error or login page, collapse) gets a snapshot marked unhealthy, which
    never becomes a baseline: the next good run is compared with the last good one.
    """
    if baseline is None:
        diff = DiffResult(health=assess_health(extraction, None, http_status=page.status))
    else:
        diff = diff_extractions(baseline.extraction, extraction, http_status=page.status)
    if diff.health:
        outcome: Outcome = "unhealthy"
    elif baseline is None:
        outcome = "baseline"
    else:
        outcome = "changed" if diff.changes else "unchanged"
    snapshot = make_snapshot(source, page, extraction, diff.health, extractor_version)
    return Comparison(outcome=outcome, diff=diff, snapshot=snapshot)


def make_snapshot(
    source: Source,
    page: RawPage,
    extraction: Extraction,
    health: list[HealthProblem],
    extractor_version: str = EXTRACTOR_VERSION,
) -> Snapshot:
    """The snapshot of one extraction, tied to the raw body it was made from."""
    return Snapshot(
        source_id=source.id,
        url=source.url,
        extractor_version=extractor_version,
        raw=RawRef(
            sha256=page.sha256,
            url=page.url,
            status=page.status,
            etag=page.etag,
            last_modified=page.last_modified,
        ),
        healthy=not health,
        health=health,
        extraction=extraction,
    )


def accept_lasting_collapse(
    source: Source,
    page: RawPage,
    extraction: Extraction,
    baseline: Snapshot,
    *,
    extractor_version: str = EXTRACTOR_VERSION,
) -> Comparison:
    """A page that has looked collapsed, the same way, for several runs has really changed:
    tell every change, removals included, and make it the baseline."""
    changes = [event.to_change() for event in compare_extractions(baseline.extraction, extraction)]
    snapshot = make_snapshot(source, page, extraction, [], extractor_version)
    return Comparison(outcome="changed", diff=DiffResult(changes=changes), snapshot=snapshot)
