"""The steps of one scheduled run as plain functions; `pipeline.flow` wraps them in Prefect.

fetch -> archive -> clean/extract -> compare with baseline -> snapshot, per source; then
source-health notices, the run record, feeds and one alert for the whole run.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.compare.source_health import update_source_health
from pipeline.fetch.fetcher import Fetcher
from pipeline.fetch.models import FetchedPage, Validators
from pipeline.notify.compose import compose_alert
from pipeline.notify.feeds import write_feeds
from pipeline.notify.outbox import Outbox
from pipeline.notify.smtp import SmtpSettings, deliver_pending
from pipeline.run import progress
from pipeline.run.decide import decide
from pipeline.run.extraction import extraction_of, stand_in_baseline
from pipeline.store.snapshots import snapshot_stamp
from schemas.config import Config, Source
from schemas.errors import BikwatchError, ComeBackLaterError, StoreError
from schemas.run import Notice, RunReport, SourceOutcome

if TYPE_CHECKING:  # annotations only: the callers build the context
    from spacy.language import Language

    from pipeline.run.context import RunContext

log = logging.getLogger("bikwatch.run")


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


def process_source(
    ctx: RunContext, source: Source, page: FetchedPage, taken_at: datetime, nlp: Language
) -> SourceOutcome:
    """Clean and extract one fetched page (or reuse its extraction), decide, and snapshot it."""
    if page.not_modified:
        return SourceOutcome(
            source_id=source.id, url=source.url, name=source.name, outcome="not_modified"
        )
    extraction = extraction_of(ctx, source, page, nlp)
    stand_in = stand_in_baseline(ctx, source, page, nlp)
    decision = decide(ctx, source, page, extraction, stand_in=stand_in)
    return decision.outcome(source, ctx.write_snapshot(decision.comparison.snapshot, taken_at))


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
                outcomes[source.id] = _settled(deferred.outcome)
                continue
            except BikwatchError as exc:
                if exc.transient and round_number + 1 < rounds:
                    retry.append(source)
                else:
                    outcomes[source.id] = _settled(failed_outcome(source, exc))
                continue
            except Exception as exc:  # a bug must not stop the other sources
                outcomes[source.id] = _settled(failed_outcome(source, exc))
                continue
            outcomes[source.id] = _settled(_processed(ctx, source, page, taken_at, nlp))
        pending = retry
    return [outcomes[source.id] for source in sources]


def _settled(outcome: SourceOutcome) -> SourceOutcome:
    """A source's final outcome, announced to a progress display as it comes."""
    progress.announce(outcome)
    return outcome


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


def batch_name(sources: Sequence[Source], shown: int = 3) -> str:
    """What a batch task run is called: the ids of the sources it carries."""
    ids = [source.id for source in sources]
    more = f" +{len(ids) - shown} more" if len(ids) > shown else ""
    return f"fetch {', '.join(ids[:shown]) or 'nothing'}{more}"


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
        report,
        sender=ctx.config.alerts.sender,
        recipients=ctx.config.alerts.recipients,
        sources_file=str(ctx.workspace.sources),
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
