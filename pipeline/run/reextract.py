"""Re-extraction over the raw archive, with no network, after the extractor improved.

Every archived response in range is cleaned and extracted again and snapshotted with the
current extractor version. Differences against the snapshot that an older extractor made from
the very same body are the extractor's doing, not the page's: they are reported as such, and
the new snapshot becomes the baseline, so the next scheduled run alerts on page changes only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from extractors import EXTRACTOR_VERSION
from pipeline.compare.diff import diff_extractions
from pipeline.compare.page_health import assess_health
from pipeline.notify.wording import describe_changes
from pipeline.run.decide import make_snapshot
from pipeline.run.extraction import extract_now, reusable_snapshot
from pipeline.store.archive import ArchivedPage
from schemas.config import Source
from schemas.snapshot import Snapshot

if TYPE_CHECKING:  # annotations only: the callers build the context
    from spacy.language import Language

    from pipeline.run.context import RunContext


@dataclass
class SourceReextraction:
    source_id: str
    responses: int = 0
    current: int = 0
    snapshots: list[str] = field(default_factory=list)
    written: list[Snapshot] = field(default_factory=list)
    extractor_differences: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def reextract_source(
    ctx: RunContext, source: Source, *, since: datetime | None, now: datetime, nlp: Language
) -> SourceReextraction:
    """Re-extract the archived responses of a source, oldest first.

    New snapshots are stamped after every existing one, so the snapshot of the newest archived
    body must be the last written: otherwise an older page version would become the baseline.
    """
    result = SourceReextraction(source.id)
    newest: Snapshot | None = None  # the current snapshot of the newest archived body
    for archived in ctx.archive.iter_responses(source.id, since):
        result.responses += 1
        current = reusable_snapshot(ctx, source, archived)
        if current is not None:
            result.current += 1  # this extractor already made a snapshot of this body
            newest = current
            continue
        newest = _reextracted(ctx, source, archived, nlp, result)
        if newest is not None:
            _write(ctx, newest, now, result)
    last_written = result.written[-1] if result.written else None
    if newest is not None and last_written is not None and last_written is not newest:
        _write(ctx, newest, now, result)
    return result


def _reextracted(
    ctx: RunContext,
    source: Source,
    archived: ArchivedPage,
    nlp: Language,
    result: SourceReextraction,
) -> Snapshot | None:
    try:
        extraction = extract_now(ctx, source, archived, nlp)
    except Exception as exc:  # one bad archived page must not stop the others
        result.errors.append(f"{archived.fetched_at:%Y-%m-%d %H:%M}: {exc}")
        return None
    earlier = ctx.snapshots.made_from(source.id, archived.sha256)
    version = ctx.extractor_version(source.site)
    if earlier is not None and earlier.extractor_version != version:
        changes = diff_extractions(earlier.extraction, extraction).changes
        result.extractor_differences += [
            f"{archived.fetched_at:%Y-%m-%d}: {sentence.text}"
            for sentence in describe_changes(changes)
        ]
    health = assess_health(extraction, None, http_status=archived.status)
    if not health and earlier is not None and not earlier.healthy:
        health = earlier.health  # e.g. a collapse, which needs the older version to see
    return make_snapshot(source, archived, extraction, health, version)


def _write(ctx: RunContext, snapshot: Snapshot, now: datetime, result: SourceReextraction) -> None:
    stamped = ctx.snapshots.next_time(snapshot.source_id, now)  # never behind an older one
    result.snapshots.append(str(ctx.snapshots.write(snapshot, stamped)))
    result.written.append(snapshot)


def describe_reextraction(results: list[SourceReextraction]) -> str:
    lines = [f"Re-extracted with extractor {EXTRACTOR_VERSION} and each site's current profile:"]
    for result in results:
        lines.append(
            f"{result.source_id}: {result.responses} archived responses, "
            f"{result.current} already extracted by this version, "
            f"{len(result.snapshots)} new snapshots, "
            f"{len(result.extractor_differences)} differences due to the extractor"
        )
        lines += [f"  ~ {difference}" for difference in result.extractor_differences]
        lines += [f"  ! {error}" for error in result.errors]
    return "\n".join(lines)
