"""Handlers of the commands that run the flow: `run` and `demo`."""

from __future__ import annotations

import argparse
import logging
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.config import Workspace, load_config
from pipeline.run_state import RunLock
from schemas.config import FetchConfig, is_http_url, url_origin
from schemas.errors import DeliveryError, InputError, RunFailedError
from schemas.run import RunReport

if TYPE_CHECKING:  # run_steps imports spaCy: only the commands that run pay for it
    from pipeline.run_steps import RunContext

LOCATION_NAMES = ("sources", "snapshots", "outbox", "archive", "state", "feeds")

DEMO_MARKER = ".bikwatch-demo"


def prepare_prefect() -> None:
    """Settings that must be in place before Prefect is imported."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_LOGGING_EXTRA_LOGGERS", "bikwatch")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    # The run's own Prefect server starts in a subprocess; on a busy machine it can take more
    # than Prefect's default 20 s, which would fail the whole scheduled run.
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")


class _WithoutTraceback(logging.Filter):
    """Console records as one line: a failing source is an outcome the summary reports, not a
    crash. The record reaches Prefect's API handler (on its own logger) before the console's, so
    the Prefect UI keeps the full traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        return True


def quiet_console_tracebacks(level: int = logging.ERROR + 1) -> None:
    """Keep Prefect's console quiet in a CLI run: the CLI prints its own summary on stdout and,
    when the run fails, one `bikwatch: error:` line (the CLI contract). Prefect's API handler
    is untouched, so the Prefect UI keeps every log line with its traceback."""
    import prefect.main  # noqa: F401  (sets up Prefect's logging, console handler included)
    from prefect.logging.handlers import PrefectConsoleHandler

    for handler in logging.getLogger().handlers:
        if not isinstance(handler, PrefectConsoleHandler):
            continue  # another handler (a test's capture, an operator's file) keeps it all
        handler.setLevel(max(handler.level, level))
        if not any(isinstance(f, _WithoutTraceback) for f in handler.filters):
            handler.addFilter(_WithoutTraceback())


def run_flow(**locations: str | None) -> RunReport:
    """One run of `scrape`, with a Prefect server that dies with this process, stopped within
    seconds by SIGTERM or SIGINT (see `pipeline.lifecycle`)."""
    prepare_prefect()
    quiet_console_tracebacks()
    from pipeline.flow import scrape
    from pipeline.lifecycle import prefect_server_of_this_process, run_until_signal

    with prefect_server_of_this_process():
        return run_until_signal(lambda: scrape(**locations), _stop_run)


def _stop_run(signal_name: str) -> None:
    import signal

    from pipeline.lifecycle import exit_now

    code = 128 + int(getattr(signal, signal_name))
    exit_now(f"interrupted by {signal_name}: the run stopped before its end", code)


def run_command(args: argparse.Namespace) -> str:
    from pipeline.report import summarize_report

    locations = {name: getattr(args, name) for name in LOCATION_NAMES}
    workspace = Workspace.resolve(**locations)
    # A bad sources file or a workspace another run holds is reported before Prefect starts:
    # one line, nothing written. The flow takes the lock again for the run itself.
    load_config(workspace.sources)
    with RunLock(workspace.state):
        pass
    try:
        report = run_flow(**locations)
    except RunFailedError as exc:
        if isinstance(exc.report, RunReport):
            print(summarize_report(exc.report))
        raise
    if report.delivery_failure:  # the summary, then the failure: a scheduler must see it
        print(summarize_report(report), end="")
        raise DeliveryError(f"alert delivery failed: {report.delivery_failure}")
    return summarize_report(report)


def demo_command(args: argparse.Namespace) -> str:
    from pipeline.demo import run_demo

    workdir: Path = args.workdir
    if workdir.exists():
        if not (workdir / DEMO_MARKER).exists():
            raise InputError(f"{workdir} exists and is not a bikwatch demo folder; choose another")
        shutil.rmtree(workdir)
    workdir.mkdir(parents=True)
    (workdir / DEMO_MARKER).write_text("made by `bikwatch demo`; safe to delete\n")
    prepare_prefect()
    quiet_console_tracebacks()
    return run_demo(workdir)


def _workspace(args: argparse.Namespace) -> Workspace:
    return Workspace.resolve(**{name: getattr(args, name, None) for name in LOCATION_NAMES})


def _context(args: argparse.Namespace) -> RunContext:
    from pipeline.run_steps import RunContext

    workspace = _workspace(args)
    return RunContext(load_config(workspace.sources), workspace)


def status_command(args: argparse.Namespace) -> str:
    from pipeline.status import describe_status, status_json

    if args.format == "json":
        return status_json(_context(args))
    return describe_status(_context(args))


def reextract_command(args: argparse.Namespace) -> str:
    from extractors.extract import default_nlp
    from pipeline.reextract import describe_reextraction, reextract_source

    ctx = _context(args)
    sources = ctx.config.sources
    if args.source:
        sources = [s for s in sources if s.id == args.source]
        if not sources:
            raise InputError(f"no source with id {args.source!r} in {ctx.workspace.sources}")
    since = _parse_since(args.since)
    nlp = default_nlp()
    with RunLock(ctx.workspace.state):
        now = datetime.now(UTC)
        results = [reextract_source(ctx, s, since=since, now=now, nlp=nlp) for s in sources]
    return describe_reextraction(results)


def _parse_since(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise InputError(f"--since must be an ISO date or date-time: {value!r}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def validate_command(args: argparse.Namespace) -> str:
    from extractors.extract import default_nlp
    from extractors.sites import site_for_url
    from pipeline.fetch import FetchSettings
    from pipeline.validate import describe_validation, validate_page

    target: str = args.target
    workspace = _workspace(args)
    config = load_config(workspace.sources) if workspace.sources.exists() else None
    known = {s.id: s for s in config.sources} if config else {}
    site: str | None
    if target in known:
        url, site = known[target].url, known[target].site
    else:
        if not is_http_url(target):
            raise InputError(
                f"not a source id of {workspace.sources} nor an http(s) URL: {target!r}"
            )
        url, site = target, args.site or site_for_url(target)
    fetch = config.fetch if config else FetchConfig()
    settings = FetchSettings.model_validate(fetch.fetcher_settings())
    origin = url_origin(url)  # the page's own origin, redirects included: nothing else
    return describe_validation(validate_page(url, site, settings, origin, default_nlp()))


def serve_command(args: argparse.Namespace) -> str:
    workspace = _workspace(args)
    config = load_config(workspace.sources)
    prepare_prefect()
    from prefect.schedules import Cron

    from pipeline.flow import scrape

    parameters = {name: workspace.absolute(name) for name in LOCATION_NAMES}
    print(
        f"bikwatch: serving the scrape flow on cron {config.schedule.cron!r} "
        f"({config.schedule.timezone}); Ctrl-C stops",
        flush=True,
    )
    scrape.serve(
        name=args.name,
        schedules=[Cron(config.schedule.cron, timezone=config.schedule.timezone)],
        parameters=parameters,
    )
    return ""


def learn_profiles_command(args: argparse.Namespace) -> str:
    from pipeline.profiles import learn_profiles, save_profiles

    ctx = _context(args)
    with RunLock(ctx.workspace.state):
        profiles = learn_profiles(ctx.archive, ctx.config.sources)
        paths = save_profiles(ctx.workspace.state, profiles)
    lines = [
        f"{site}: learned from {profile.pages} pages: {len(profile.template_blocks)} template "
        f"blocks, {len(profile.template_lists)} template lists -> {path}"
        for (site, profile), path in zip(sorted(profiles.items()), paths, strict=True)
    ]
    sites = {source.site for source in ctx.config.sources}
    lines += [
        f"{site}: too few archived pages to learn from; the shipped profile stays in use"
        for site in sorted(sites - set(profiles))
    ]
    if profiles:
        lines.append("Run `bikwatch reextract` so that the baselines are cleaned the new way too.")
    return "\n".join(lines)
