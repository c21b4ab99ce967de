"""The steps of one scheduled run as plain functions; `pipeline.flow` wraps them in Prefect.

fetch -> archive -> clean/extract -> compare with baseline -> snapshot, per source; then
source-health notices, the run record, feeds and one alert for the whole run.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import islice
from pathlib import Path
from uuid import uuid4

from spacy.language import Language

from extractors.clean import SiteProfile
from pipeline.alerts import Outbox, SmtpSettings, compose_alert, deliver_pending
from pipeline.archive import RawArchive
from pipeline.blobs import Location
from pipeline.config import Workspace
from pipeline.diff import compare_extractions
from pipeline.feeds import write_feeds
from pipeline.fetch import FetchedPage, Fetcher, FetchSettings, Validators
from pipeline.process import (
    Comparison,
    RawPage,
    accept_lasting_collapse,
    compare_with_baseline,
    extract_raw,
)
from pipeline.profiles import extractor_version, load_profile
from pipeline.run_state import StateStore
from pipeline.snapshot_store import SnapshotStore, snapshot_stamp
from pipeline.source_health import update_source_health
from schemas.changes import DiffResult
from schemas.config import Config, Source
from schemas.errors import BikwatchError, ComeBackLaterError, StoreError
from schemas.extraction import Extraction
from schemas.run import Notice, RunReport, SourceOutcome
from schemas.snapshot import Snapshot

log = logging.getLogger("bikwatch.run")


class RunCaches:
    """What a run reads once and its threads share: profiles, extractor versions, baselines.

    Not a dataclass nor a collection on purpose: Prefect walks task inputs (dataclass fields,
    dicts, lists) to resolve futures in them, and walking these while another thread fills them
    failed healthy sources ("dictionary changed size during iteration"). A lock guards them;
    a pickled copy (a Dask worker's) starts empty.
    """

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.profiles: dict[str | None, SiteProfile | None] = {}
        self.versions: dict[str | None, str] = {}
        self.baselines: dict[str, tuple[Location, Snapshot] | None] = {}

    def __reduce__(self) -> tuple[type[RunCaches], tuple[()]]:
        return RunCaches, ()


@dataclass
class RunContext:
    """Everything a run's steps share: configuration and the stores of one workspace.

    Picklable, so tasks on Dask workers receive it (without its caches); `run_key` names the
    run in per-process caches (see `pipeline.task_resources`).
    """

    config: Config
    workspace: Workspace
    run_key: str = field(default_factory=lambda: uuid4().hex)
    snapshots: SnapshotStore = field(init=False)
    archive: RawArchive = field(init=False)
    state: StateStore = field(init=False)
    _caches: RunCaches = field(init=False, default_factory=lambda: RunCaches())

    def __post_init__(self) -> None:
        storage = self.config.storage.options
        self.snapshots = SnapshotStore(self.workspace.snapshots, storage)
        self.archive = RawArchive(self.workspace.archive, storage)
        self.state = StateStore(self.workspace.state)

    def make_fetcher(self) -> Fetcher:
        settings = FetchSettings.model_validate(self.config.fetch.fetcher_settings())
        return Fetcher(settings, allowed_hosts=self.config.allowed_origins)

    def cleaning_profile(self, site: str | None) -> SiteProfile | None:
        """The site's profile (learned, else shipped), read once per run."""
        caches = self._caches
        with caches.lock:
            if site not in caches.profiles:
                caches.profiles[site] = load_profile(self.workspace.state, site)
            return caches.profiles[site]

    def extractor_version(self, site: str | None) -> str:
        """The extractor's version for the site's pages, read once per run."""
        caches = self._caches
        with caches.lock:
            if site not in caches.versions:
                caches.versions[site] = extractor_version(self.workspace.state, site)
            return caches.versions[site]

    def baseline(self, source_id: str) -> tuple[Location, Snapshot] | None:
        """The baseline among snapshots of runs that filed their alert (see `publish`).

        Looked up once per source and run (fetching wants its validators, comparing the
        snapshot), until the source's next snapshot is written.
        """
        caches = self._caches
        with caches.lock:
            if source_id in caches.baselines:
                return caches.baselines[source_id]
        # Read outside the lock (other sources need not wait); each source is one thread's.
        ignore = self.state.unconfirmed_stamps(source_id)
        found = self.snapshots.baseline(source_id, ignore=ignore)
        with caches.lock:
            caches.baselines[source_id] = found
        return found

    def write_snapshot(self, snapshot: Snapshot, taken_at: datetime) -> Location:
        """Write a source's snapshot, marked as this run's until its alert is filed."""
        stamped = self.snapshots.next_time(snapshot.source_id, taken_at)
        mark = (snapshot.source_id, snapshot_stamp(taken_at), snapshot_stamp(stamped))
        self.state.note_unconfirmed(*mark)
        with self._caches.lock:
            self._caches.baselines.pop(snapshot.source_id, None)
        return self.snapshots.write(snapshot, stamped)


def baseline_validators(ctx: RunContext, source: Source) -> Validators | None:
    """Conditional-request validators of the page the baseline snapshot was made from."""
    found = ctx.baseline(source.id)
    if found is None:
        return None
    raw = found[1].raw
    if not (raw.etag or raw.last_modified):
        return None
    return Validators(etag=raw.etag, last_modified=raw.last_modified)


def fetch_source(
    ctx: RunContext, fetcher: Fetcher, source: Source, *, defer_long_waits: bool = False
) -> FetchedPage:
    """Fetch one source (conditionally) and keep the response in the raw archive."""
    validators = baseline_validators(ctx, source)
    page = fetcher.fetch(source.url, validators, defer_long_waits=defer_long_waits)
    if not page.not_modified:
        ctx.archive.record(source.id, page)
    return page


def raw_page(page: FetchedPage) -> RawPage:
    return RawPage(
        url=page.final_url,
        status=page.status,
        body=page.body,
        declared_charset=page.declared_charset,
        etag=page.validators.etag if page.validators else None,
        last_modified=page.validators.last_modified if page.validators else None,
    )


def process_source(
    ctx: RunContext, source: Source, page: FetchedPage, taken_at: datetime, nlp: Language
) -> SourceOutcome:
    """Clean, extract, compare with the baseline and snapshot one fetched page."""
    if page.not_modified:
        return SourceOutcome(
            source_id=source.id, url=source.url, name=source.name, outcome="not_modified"
        )
    raw = raw_page(page)
    version = ctx.extractor_version(source.site)
    cached = ctx.snapshots.made_from(source.id, raw.sha256, extractor_version=version)
    if cached is not None:
        extraction = cached.extraction
    else:
        profile = ctx.cleaning_profile(source.site)
        extraction = extract_raw(raw, site=source.site, nlp=nlp, profile=profile)
    found = ctx.baseline(source.id)
    comparison = compare_with_baseline(
        source, raw, extraction, found[1] if found else None, extractor_version=version
    )
    if found is not None and _collapse_lasts(ctx, source, comparison, extraction):
        comparison = accept_lasting_collapse(
            source, raw, extraction, found[1], extractor_version=version
        )
    already_told = comparison.outcome == "unhealthy" and _same_unhealthy_page(ctx, source, raw)
    path = ctx.write_snapshot(comparison.snapshot, taken_at)
    return SourceOutcome(
        source_id=source.id,
        url=source.url,
        name=source.name or _page_label(extraction, found[1] if found else None, comparison),
        outcome=comparison.outcome,
        # The same error page as last run was already alerted: keep the run quiet about it.
        diff=DiffResult() if already_told else comparison.diff,
        snapshot=str(path),
        baseline=str(found[0]) if found else None,
    )


def _collapse_lasts(
    ctx: RunContext, source: Source, comparison: Comparison, extraction: Extraction
) -> bool:
    """The page looks collapsed, and looked exactly so on the runs before, `fail_after` runs in
    all: not a glitch of the site but the page as it now is."""
    if comparison.outcome != "unhealthy":
        return False
    if {problem.kind for problem in comparison.diff.health} != {"collapse"}:
        return False
    runs = (source.fail_after or ctx.config.alerts.fail_after) - 1
    ignore = ctx.state.unconfirmed_stamps(source.id)
    earlier = [s for _, s in islice(ctx.snapshots.valid(source.id, ignore=ignore), runs)]
    return len(earlier) == runs and all(
        not s.healthy
        and {p.kind for p in s.health} == {"collapse"}
        and not compare_extractions(s.extraction, extraction)
        for s in earlier
    )


def _same_unhealthy_page(ctx: RunContext, source: Source, raw: RawPage) -> bool:
    latest = ctx.snapshots.latest(source.id, ignore=ctx.state.unconfirmed_stamps(source.id))
    return latest is not None and not latest[1].healthy and latest[1].raw.sha256 == raw.sha256


def _page_label(
    extraction: Extraction, baseline: Snapshot | None, comparison: Comparison
) -> str | None:
    """The page's title; an error or maintenance page's own title would mislabel the source."""
    if comparison.outcome == "unhealthy" and baseline is not None:
        return baseline.extraction.title
    return extraction.title


def run_sources(
    ctx: RunContext,
    fetcher: Fetcher,
    sources: Sequence[Source],
    taken_at: datetime,
    nlp: Language,
    *,
    sleep: Callable[[float], None] = time.sleep,
) -> list[SourceOutcome]:
    """Fetch and process sources one after another, each failure confined to its source.

    The fetcher's own retries cover one fetch; a source whose fetch still failed for a reason
    that may pass (timeouts, 429, 5xx) gets `task_retries` more rounds, `task_retry_delay_seconds`
    apart, after the others are done.
    """
    outcomes: dict[str, SourceOutcome] = {}
    pending = list(sources)
    rounds = ctx.config.fetch.task_retries + 1
    for round_number in range(rounds):
        if not pending:
            break
        if round_number:
            sleep(ctx.config.fetch.task_retry_delay_seconds)
            fetcher.forget_unavailable_robots()
        retry = []
        for source in pending:
            try:
                page = _fetch_unless_deferred(ctx, fetcher, source, taken_at)
            except _Deferred as deferred:
                outcomes[source.id] = deferred.outcome
                continue
            except BikwatchError as exc:
                if exc.transient and round_number + 1 < rounds:
                    retry.append(source)
                else:
                    outcomes[source.id] = failed_outcome(source, exc)
                continue
            except Exception as exc:  # a bug must not stop the other sources
                outcomes[source.id] = failed_outcome(source, exc)
                continue
            outcomes[source.id] = _processed(ctx, source, page, taken_at, nlp)
        pending = retry
    return [outcomes[source.id] for source in sources]


class _Deferred(Exception):
    def __init__(self, outcome: SourceOutcome) -> None:
        self.outcome = outcome


def _fetch_unless_deferred(
    ctx: RunContext, fetcher: Fetcher, source: Source, now: datetime
) -> FetchedPage:
    """Fetch the source, unless its server asked us to come back later: then not at all, in this
    run and the next ones, until the time it asked for (`_Deferred`)."""
    until = ctx.state.come_back_at(source.id, now)
    if until is None:
        try:
            return fetch_source(ctx, fetcher, source, defer_long_waits=True)
        except ComeBackLaterError as asked:
            until = now + timedelta(seconds=asked.retry_after)
            ctx.state.note_come_back(source.id, until)
            note = f"{asked}: not asked again before {until:%Y-%m-%d %H:%M} UTC"
            raise _Deferred(deferred_outcome(source, note)) from None
    note = f"skipped: the server asked us to come back after {until:%Y-%m-%d %H:%M} UTC"
    raise _Deferred(deferred_outcome(source, note))


def deferred_outcome(source: Source, note: str) -> SourceOutcome:
    return SourceOutcome(
        source_id=source.id, url=source.url, name=source.name, outcome="deferred", error=note
    )


def _processed(
    ctx: RunContext, source: Source, page: FetchedPage, taken_at: datetime, nlp: Language
) -> SourceOutcome:
    try:
        return process_source(ctx, source, page, taken_at, nlp)
    except Exception as exc:  # one unreadable page never stops the others
        log.warning("source %s failed: %s", source.id, exc)
        return failed_outcome(source, exc)


def batches(sources: Sequence[Source], workers: int) -> list[list[Source]]:
    """Sources split for the task runner: one per task for a short watch list, else about two
    batches per worker, so that Prefect's per-task cost stays small beside the work."""
    size = 1 if len(sources) <= 2 * workers else -(-len(sources) // (2 * workers))
    return [list(sources[i : i + size]) for i in range(0, len(sources), size)]


def failed_outcome(
    source: Source, error: BaseException, *, internal: bool = False
) -> SourceOutcome:
    """`internal`: the failure is bikwatch's own (its task crashed before or around the source)."""
    reason = str(error) if isinstance(error, BikwatchError) else f"{type(error).__name__}: {error}"
    return SourceOutcome(
        source_id=source.id,
        url=source.url,
        name=source.name,
        outcome="failed",
        error=reason,
        internal=internal,
    )


def source_notices(ctx: RunContext, outcomes: list[SourceOutcome], now: datetime) -> list[Notice]:
    """Update each source's failure record; return repeated-failure, recovery, stale notices."""
    by_id = {source.id: source for source in ctx.config.sources}
    states = ctx.state.all_source_health()
    notices: list[Notice] = []
    for outcome in outcomes:
        source = by_id[outcome.source_id]
        states[source.id], new = update_source_health(
            states.get(source.id),
            outcome,
            now,
            fail_after=source.fail_after or ctx.config.alerts.fail_after,
            stale_after_days=source.stale_after_days or ctx.config.alerts.stale_after_days,
        )
        notices.extend(new)
    ctx.state.save_all_source_health(states)
    return notices


def smtp_settings(config: Config) -> SmtpSettings | None:
    if config.smtp is None:
        return None
    return SmtpSettings(
        **config.smtp.model_dump(exclude_none=True),
        sender=config.alerts.sender,
        recipients=config.alerts.recipients,
    )


@dataclass(frozen=True)
class Publication:
    """What `publish` filed: this run's alert, and why the outbox could not be delivered."""

    alert: Path | None
    delivery_failure: str | None = None


def publish(ctx: RunContext, report: RunReport) -> Publication:
    """Queue one alert, record the run, write the feeds and try to deliver the outbox.

    The alert goes first: the run's snapshots are already written, so an alert lost to a later
    failure (a corrupt feed, a full state folder) would be a change never told. Such failures
    still fail the run, once everything else is done. Alerts an SMTP server did not take stay
    in the outbox (the next run sends them, once); the publication says why.
    """
    outbox = Outbox(ctx.workspace.outbox)
    message = compose_alert(
        report, sender=ctx.config.alerts.sender, recipients=ctx.config.alerts.recipients
    )
    alert_path = outbox.put(message) if message is not None else None
    ctx.state.confirm_run(snapshot_stamp(report.started_at))
    recorded = _attempt(ctx.state.save_run, report)
    fed = _attempt(write_feeds, report, ctx.workspace.feeds)
    delivery = deliver_pending(outbox, smtp_settings(ctx.config))
    log.info("alert delivery: %s", delivery)
    problems = [str(problem) for problem in (recorded, fed) if problem is not None]
    if problems:
        raise StoreError("; ".join(problems))
    return Publication(alert_path, delivery.failure)


def _attempt(step: Callable[..., object], *args: object) -> StoreError | None:
    """Run one publishing step; its StoreError is returned, so the next steps still run."""
    try:
        step(*args)
    except StoreError as exc:
        log.error("publishing: %s", exc)
        return exc
    return None
