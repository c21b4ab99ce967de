"""The `bikwatch` command line: the contract of ../shared/CONTRACT.md and the operator commands.

Every failure is one line `bikwatch: error: ...` on stderr and a non-zero exit; output is
built in full before anything is printed, so a failing command prints nothing half-done.
Prefect is imported only by the commands that run the flow (it is slow to import).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from schemas.errors import BikwatchError, InputError

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70

Handler = Callable[[argparse.Namespace], str]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"bikwatch: error: {message}\n")
        raise SystemExit(EXIT_USAGE)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler: Handler = args.handler
    try:
        output = handler(args)
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


def build_parser() -> argparse.ArgumentParser:
    from pipeline import commands, operations

    parser = _Parser(prog="bikwatch", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    clean = sub.add_parser("clean", help="strip boilerplate from one saved HTML page")
    _page_args(clean)
    clean.set_defaults(handler=commands.clean_command)

    extract = sub.add_parser("extract", help="clean and extract saved pages")
    extract.add_argument("file", nargs="?", type=Path, help="a saved HTML page")
    extract.add_argument("--url", help="where the page was fetched from")
    extract.add_argument("--site", choices=["bik", "commission"], help="override the site")
    extract.add_argument("--manifest", type=Path, help="a TSV of FILE<TAB>URL lines")
    extract.add_argument("--format", choices=["json", "jsonl"], default=None)
    extract.set_defaults(handler=commands.extract_command)

    diff = sub.add_parser("diff", help="compare two extractions (or snapshots) of one page")
    diff.add_argument("old", type=Path)
    diff.add_argument("new", type=Path)
    diff.add_argument("--format", choices=["json", "text"], default="json")
    diff.set_defaults(handler=commands.diff_command)

    schema = sub.add_parser("schema", help="print the JSON schema of the extraction object")
    schema.set_defaults(handler=commands.schema_command)

    run = sub.add_parser("run", help="the scheduled job: fetch, extract, snapshot, diff, alert")
    _workspace_args(run)
    run.set_defaults(handler=operations.run_command)

    serve = sub.add_parser("serve", help="serve the scrape flow on the configured cron schedule")
    _workspace_args(serve)
    serve.add_argument("--name", default="bikwatch-scrape", help="the deployment's name")
    serve.set_defaults(handler=operations.serve_command)

    reextract = sub.add_parser("reextract", help="re-extract the raw archive, no network")
    _workspace_args(reextract)
    reextract.add_argument("--source", help="only this source id")
    reextract.add_argument("--since", help="only responses fetched since this ISO date")
    reextract.set_defaults(handler=operations.reextract_command)

    validate = sub.add_parser("validate", help="try a page (URL or source id) before watching it")
    _workspace_args(validate)
    validate.add_argument("target", help="a URL, or the id of a configured source")
    validate.add_argument("--site", choices=["bik", "commission"], help="override the site")
    validate.set_defaults(handler=operations.validate_command)

    learn = sub.add_parser(
        "learn-profiles", help="learn each site's template from the raw archive, no network"
    )
    _workspace_args(learn)
    learn.set_defaults(handler=operations.learn_profiles_command)

    status = sub.add_parser("status", help="per source: last fetch, change, error, baseline")
    _workspace_args(status)
    status.set_defaults(handler=operations.status_command)

    from pipeline.registry_commands import add_registry_parser

    add_registry_parser(sub)

    demo = sub.add_parser("demo", help="run the real flow twice on shipped pages, no network")
    demo.add_argument("--workdir", type=Path, default=Path("demo-data"))
    demo.set_defaults(handler=operations.demo_command)
    return parser


def _page_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="a saved HTML page")
    parser.add_argument("--url", required=True, help="where the page was fetched from")
    parser.add_argument("--site", choices=["bik", "commission"], help="override the site")


def _workspace_args(parser: argparse.ArgumentParser) -> None:
    for name, env in (
        ("sources", "BIKWATCH_SOURCES"),
        ("snapshots", "BIKWATCH_SNAPSHOTS"),
        ("outbox", "BIKWATCH_OUTBOX"),
        ("archive", "BIKWATCH_ARCHIVE"),
        ("state", "BIKWATCH_STATE"),
        ("feeds", "BIKWATCH_FEEDS"),
    ):
        parser.add_argument(f"--{name}", help=f"(env {env})")


MAX_JSON_BYTES = 50_000_000


def read_json_file(path: Path) -> object:
    try:
        size = path.stat().st_size
        if size > MAX_JSON_BYTES:  # refused before reading: a huge file must not fill memory
            raise InputError(f"{path}: {size} bytes is larger than the {MAX_JSON_BYTES} limit")
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a JSON file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read: {exc}") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not valid JSON: {exc}") from None


if __name__ == "__main__":
    raise SystemExit(main())
