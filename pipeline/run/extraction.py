"""A page's extraction: reused from a snapshot of the same body by the same extractor, else made.

Both the scheduled run and re-extraction come through here. The spaCy pipeline is passed in
(built once per process, see `pipeline.run.worker_resources`).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from extractors.page import extract_page
from pipeline.fetch.models import FetchedPage
from pipeline.run.decide import compare_with_baseline
from pipeline.store.blobs import Location
from schemas.config import Source
from schemas.extraction import Extraction
from schemas.snapshot import Snapshot

if TYPE_CHECKING:  # annotations only: the callers build the context
    from spacy.language import Language

    from pipeline.run.context import RunContext

log = logging.getLogger("bikwatch.run")


def extraction_of(ctx: RunContext, source: Source, page: FetchedPage, nlp: Language) -> Extraction:
    """The page's extraction: reused when this extractor already read this very body, else
    cleaned and extracted now."""
    reusable = reusable_snapshot(ctx, source, page)
    return reusable.extraction if reusable else extract_now(ctx, source, page, nlp)


def reusable_snapshot(ctx: RunContext, source: Source, page: FetchedPage) -> Snapshot | None:
    """A snapshot this extractor made from this very body (the body digest is the cache key)."""
    version = ctx.extractor_version(source.site)
    return ctx.snapshots.made_from(source.id, page.sha256, extractor_version=version)


def extract_now(ctx: RunContext, source: Source, page: FetchedPage, nlp: Language) -> Extraction:
    """Decode, clean and extract the page with the site's current profile."""
    profile = ctx.cleaning_profile(source.site)
    return extract_page(
        page.body, page.declared_charset, page.url, site=source.site, profile=profile, nlp=nlp
    )


def stand_in_baseline(
    ctx: RunContext, source: Source, page: FetchedPage, nlp: Language
) -> tuple[Location, Snapshot] | None:
    """When the newest snapshot file is unreadable (truncated, corrupt), the older baseline
    would make this run tell that run's changes again: the page that run fetched, read back
    from the raw archive and extracted again, stands in for the lost snapshot."""
    found = ctx.baseline(source.id)  # cached for the run: no second read
    broken = ctx.history.unreadable_newest(source.id, found[0] if found else None)
    if broken is None:
        return None
    archived = ctx.archive.latest_before(source.id, page.fetched_at)  # before this fetch
    if archived is None:
        return None
    log.warning("snapshot %s is unreadable: comparing with the page it was made from", broken)
    extraction = extract_now(ctx, source, archived, nlp)
    version = ctx.extractor_version(source.site)
    made = compare_with_baseline(source, archived, extraction, None, extractor_version=version)
    return broken, made.snapshot
