"""Handlers of the operator commands: run, serve, demo, status, reextract, validate, profiles."""

from __future__ import annotations

import argparse
import sys
from contextlib import AbstractContextManager, nullcontext
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from extractors.clean import default_profile
from extractors.sites import site_key_for_url
from pipeline.cli.prefect_server import (
    ProgressLines,
    flow_run_url,
    serve_with_server,
    server_for_run,
)
from pipeline.cli.status import describe_status, status_json
from pipeline.config import Workspace, load_config
from pipeline.demo import prepare_demo_folder, run_demo
from pipeline.fetch.settings import FetchSettings
from pipeline.notify.change_table import summarize_report
from pipeline.run.context import RunContext
from pipeline.run.profiles import learn_profiles, save_profiles
from pipeline.run.progress import listening
from pipeline.run.reextract import describe_reextraction, reextract_source
from pipeline.run.validate import describe_validation, validate_page
from pipeline.store.locations import STORE_NAMES
from pipeline.store.run_state import RunLock
from schemas.config import FetchConfig, is_http_url, url_origin
from schemas.errors import DeliveryError, InputError, RunFailedError
from schemas.run import RunReport

if TYPE_CHECKING:
    from prefect import Flow
    from spacy.language import Language


def run_flow(**locations: str | None) -> RunReport:
    """Run the Prefect flow once in this process."""
    # Deferred on purpose: Prefect takes seconds to import; only `run` and `demo` need it.
    from pipeline.flow import run_flow as run_prefect_flow

    return run_prefect_flow(**locations)


def spacy_pipeline() -> Language:
    """The shared spaCy pipeline of extraction."""
    # Deferred on purpose: spaCy takes over a second to import; `status`, `learn-profiles`
    # and the parser itself never need it.
    from extractors.extract import default_nlp

    return default_nlp()


def run_command(args: argparse.Namespace) -> str:
    locations = {name: getattr(args, name) for name in STORE_NAMES}
    workspace = Workspace.resolve(**locations)
    # A bad sources file or a workspace another run holds is reported before Prefect starts:
    # one line, nothing written. The flow takes the lock again for the run itself.
    config = load_config(workspace.sources)
    with RunLock(workspace.state):
        pass
    # The hint about a missing server is for a person at a terminal; a scheduler's stderr keeps
    # only the contract's one error line.
    server = server_for_run(workspace.state, quiet=args.quiet or not sys.stderr.isatty())
    try:
        with _progress_display(len(config.enabled_sources), quiet=args.quiet):
            report = run_flow(**locations)
    except RunFailedError as exc:
        if isinstance(exc.report, RunReport):
            print(_run_summary(exc.report, server), flush=True)
        raise
    if report.delivery_failure:  # the summary, then the failure: a scheduler must see it
        print(_run_summary(report, server), end="", flush=True)
        raise DeliveryError(f"alert delivery failed: {report.delivery_failure}")
    return _run_summary(report, server)


def _progress_display(total: int, *, quiet: bool) -> AbstractContextManager[None]:
    """One line per source as it completes, on a terminal only (and not under --quiet)."""
    if quiet or not sys.stdout.isatty():
        return nullcontext()
    return listening(ProgressLines(total, sys.stdout))


def _run_summary(report: RunReport, server: str | None) -> str:
    """The summary, and where the Prefect UI shows the run when it ran on a lasting server."""
    summary = summarize_report(report)
    if server is None:  # Prefect's temporary server is gone once the run ends
        return summary
    return summary + f"Prefect UI: {flow_run_url(report.run_id)}\n"


def demo_command(args: argparse.Namespace) -> str:
    workdir: Path = args.workdir
    prepare_demo_folder(workdir)
    return run_demo(workdir, run_flow)


def _workspace(args: argparse.Namespace) -> Workspace:
    return Workspace.resolve(**{name: getattr(args, name, None) for name in STORE_NAMES})


def _context(args: argparse.Namespace) -> RunContext:
    workspace = _workspace(args)
    return RunContext(load_config(workspace.sources), workspace)


def status_command(args: argparse.Namespace) -> str:
    if args.format == "json":
        return status_json(_context(args))
    return describe_status(_context(args))


def reextract_command(args: argparse.Namespace) -> str:
    ctx = _context(args)
    sources = ctx.config.sources
    if args.source:
        sources = [s for s in sources if s.id == args.source]
        if not sources:
            raise InputError(f"no source with id {args.source!r} in {ctx.workspace.sources}")
    since = _parse_since(args.since)
    nlp = spacy_pipeline()
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
        url, site = target, args.site or site_key_for_url(target)
    fetch = config.fetch if config else FetchConfig()
    settings = FetchSettings.model_validate(fetch.fetcher_settings())
    origin = url_origin(url)  # the page's own origin, redirects included: nothing else
    result = validate_page(url, site, settings, origin, spacy_pipeline(), state=workspace.state)
    return describe_validation(result)


def serve_command(args: argparse.Namespace) -> str:
    return serve_with_server(args, _scrape_flow)


def _scrape_flow() -> Flow[..., RunReport]:
    """The `scrape` flow, imported once `serve` has settled the Prefect server."""
    # Deferred on purpose: Prefect takes seconds to import and reads its settings (the
    # server's address among them) at import.
    from pipeline.flow import scrape

    return scrape


def _without_learned_profile(site: str) -> str:
    if default_profile(site) is not None:
        return "the shipped profile stays in use"
    return "its pages are cleaned in generic mode"


def learn_profiles_command(args: argparse.Namespace) -> str:
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
        f"{site}: too few archived pages to learn from; {_without_learned_profile(site)}"
        for site in sorted(sites - set(profiles))
    ]
    if profiles:
        lines.append("Run `bikwatch reextract` so that the baselines are cleaned the new way too.")
    return "\n".join(lines)
