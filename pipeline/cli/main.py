"""The `bikwatch` command line: watch pages, extract initiatives, compare, alert on changes.

Every failure is one line `bikwatch: error: ...` on stderr and a non-zero exit; output is
built in full before anything is printed, so a failing command prints nothing half-done.
Prefect is imported only by the commands that run the flow (it is slow to import).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from extractors.gc_pause import load_module_paused
from pipeline.store.locations import STORES
from schemas.errors import BikwatchError

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70

Handler = Callable[[argparse.Namespace], str]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"bikwatch: error: {message}\n")
        raise SystemExit(EXIT_USAGE)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "clean" and args.manifest is None and None in (args.file, args.url):
        parser.error("clean needs FILE and --url URL, or --manifest LIST.tsv")
    try:
        output = _handler(args.handler)(args)
    except BikwatchError as exc:
        return _fail(str(exc), EXIT_ERROR)
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except Exception as exc:  # a bug: still one line, never a traceback
        return _fail(f"internal error: {type(exc).__name__}: {exc}", EXIT_INTERNAL)
    if output:
        sys.stdout.write(output if output.endswith("\n") else output + "\n")
    return 0


def _fail(message: str, code: int) -> int:
    sys.stderr.write(f"bikwatch: error: {' '.join(message.split())}\n")
    return code


PAGE_COMMANDS = frozenset({"clean_command", "extract_command"})
DIFF_COMMANDS = frozenset({"diff_command", "schema_command"})
REGISTRY_COMMANDS = frozenset({"registry_sources_command", "registry_candidates_command"})


def _handler(name: str) -> Handler:
    """The function that carries out a command, by its name in the parser."""
    # Deferred on purpose: the command modules import pydantic models (about 0.3 s), the page
    # commands lxml, the operator commands httpx and warcio; `--help` and a usage error need
    # none of it, and each command only its own module. What they load lives as long as the
    # process, so the cycle collector is paused meanwhile: it would only walk it again and again.
    module = "run_commands"
    for names, home in (
        (PAGE_COMMANDS, "page_commands"),
        (DIFF_COMMANDS, "diff_commands"),
        (REGISTRY_COMMANDS, "registry_commands"),
    ):
        module = home if name in names else module
    handler: Handler = getattr(load_module_paused(f"pipeline.cli.{module}"), name)
    return handler


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="bikwatch", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    clean = sub.add_parser("clean", help="strip boilerplate from saved HTML pages")
    clean.add_argument("file", nargs="?", type=Path, help="a saved HTML page")
    clean.add_argument("--url", help="where the page was fetched from")
    clean.add_argument("--site", choices=["bik", "commission"], help="override the site")
    clean.add_argument("--manifest", type=Path, help="a TSV of FILE<TAB>URL lines")
    clean.add_argument("--format", choices=["text", "jsonl"], default=None)
    clean.set_defaults(handler="clean_command")

    extract = sub.add_parser("extract", help="clean and extract saved pages")
    extract.add_argument("file", nargs="?", type=Path, help="a saved HTML page")
    extract.add_argument("--url", help="where the page was fetched from")
    extract.add_argument("--site", choices=["bik", "commission"], help="override the site")
    extract.add_argument("--manifest", type=Path, help="a TSV of FILE<TAB>URL lines")
    extract.add_argument("--format", choices=["json", "jsonl"], default=None)
    extract.set_defaults(handler="extract_command")

    diff = sub.add_parser("diff", help="compare two extractions (or snapshots) of one page")
    diff.add_argument("old", type=Path)
    diff.add_argument("new", type=Path)
    diff.add_argument("--format", choices=["json", "text"], default="json")
    diff.set_defaults(handler="diff_command")

    schema = sub.add_parser("schema", help="print the JSON schema of the extraction object")
    schema.set_defaults(handler="schema_command")

    run = sub.add_parser("run", help="the scheduled job: fetch, extract, snapshot, diff, alert")
    _workspace_args(run)
    run.add_argument(
        "--quiet", action="store_true", help="no progress lines and no hint, only the summary"
    )
    run.set_defaults(handler="run_command")

    serve = sub.add_parser("serve", help="serve the scrape flow on the configured cron schedule")
    _workspace_args(serve)
    serve.add_argument("--name", default="bikwatch-scrape", help="the deployment's name")
    serve.add_argument(
        "--interval", type=_seconds, help="run every SECONDS instead of the cron (for trials)"
    )
    serve.set_defaults(handler="serve_command")

    reextract = sub.add_parser("reextract", help="re-extract the raw archive, no network")
    _workspace_args(reextract)
    reextract.add_argument("--source", help="only this source id")
    reextract.add_argument("--since", help="only responses fetched since this ISO date")
    reextract.set_defaults(handler="reextract_command")

    validate = sub.add_parser("validate", help="try a page (URL or source id) before watching it")
    _workspace_args(validate)
    validate.add_argument("target", help="a URL, or the id of a configured source")
    validate.add_argument("--site", choices=["bik", "commission"], help="override the site")
    validate.set_defaults(handler="validate_command")

    learn = sub.add_parser(
        "learn-profiles", help="learn each site's template from the raw archive, no network"
    )
    _workspace_args(learn)
    learn.set_defaults(handler="learn_profiles_command")

    status = sub.add_parser("status", help="per source: last fetch, change, error, baseline")
    _workspace_args(status)
    status.add_argument("--format", choices=["text", "json"], default="text")
    status.set_defaults(handler="status_command")

    registry = sub.add_parser("registry", help="the initiative registry and the sources it implies")
    actions = registry.add_subparsers(dest="registry_command", required=True)
    listed = actions.add_parser("sources", help="print the registry's pages as [[sources]]")
    listed.add_argument(
        "--child-safety-only",
        action="store_true",
        help="only the pages of child-safety initiatives (not hate speech, disinformation, ...)",
    )
    listed.add_argument("--update", type=Path, help="rewrite the [[sources]] tables of FILE")
    listed.set_defaults(handler="registry_sources_command")
    candidates = actions.add_parser(
        "candidates", help="list the initiatives the snapshots describe that the registry lacks"
    )
    candidates.add_argument("--snapshots", help="the snapshot folder (env BIKWATCH_SNAPSHOTS)")
    candidates.set_defaults(handler="registry_candidates_command")

    demo = sub.add_parser("demo", help="run the real flow twice on shipped pages, no network")
    demo.add_argument("--workdir", type=Path, default=Path("demo-data"))
    demo.set_defaults(handler="demo_command")
    return parser


def _seconds(text: str) -> float:
    try:
        seconds = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not seconds > 0:
        raise argparse.ArgumentTypeError(f"must be more than 0 seconds: {text!r}")
    return seconds


def _workspace_args(parser: argparse.ArgumentParser) -> None:
    for store in STORES:
        parser.add_argument(store.flag, help=f"(env {store.env}; default {store.default})")


if __name__ == "__main__":
    raise SystemExit(main())
