"""Start-up: each command imports only what it needs (issue: fast at every size).

Every case runs the real command in a fresh interpreter and looks at what got imported.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PAGE = REPO / "tests" / "fixtures" / "corpus" / "commission" / "safer-internet-day-2017.html"
PAGE_URL = json.loads(PAGE.with_name("safer-internet-day-2017.gold.json").read_text())["url"]
EXTRACTION = REPO / "tests" / "fixtures" / "golden" / "extract" / "bik" / "bik-plus-strategy.json"


def imported_by(argv: list[str], cwd: Path) -> set[str]:
    """The modules loaded by `bikwatch ARGV` (run in-process in a fresh interpreter)."""
    code = (
        "import sys, contextlib, io\n"
        "from pipeline.cli.main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try:\n"
        f"        main({argv!r})\n"
        "    except SystemExit:\n"
        "        pass\n"
        "print('\\n'.join(sorted(sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True, check=True
    )
    return set(done.stdout.split())


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["clean", str(PAGE), "--url", PAGE_URL],
        ["diff", str(EXTRACTION), str(EXTRACTION)],
        ["status"],
    ],
    ids=["help", "clean", "diff", "status"],
)
def test_commands_that_do_not_extract_never_import_spacy_nor_prefect(
    argv: list[str], tmp_path: Path
) -> None:
    (tmp_path / "sources.toml").write_text(
        '[[sources]]\nid = "x"\nurl = "https://example.org/x"\nsite = "bik"\n'
    )
    modules = imported_by(argv, tmp_path)

    assert "spacy" not in modules and "prefect" not in modules


def test_the_parser_imports_no_pydantic_model() -> None:
    assert "pydantic" not in imported_by(["--help"], REPO)


def test_extract_never_loads_spacys_command_line(tmp_path: Path) -> None:
    modules = imported_by(["extract", str(PAGE), "--url", PAGE_URL], tmp_path)

    assert "spacy" in modules
    assert not {"typer", "weasel", "requests", "jinja2"} & modules


def state_after_extract(tmp_path: Path, environment: dict[str, str]) -> list[str]:
    """The cycle collector's state and the BLAS thread count after `bikwatch extract`."""
    code = (
        "import contextlib, gc, io, os\n"
        "from pipeline.cli.main import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main(['extract', {str(PAGE)!r}, '--url', {PAGE_URL!r}])\n"
        "print(gc.isenabled(), os.environ.get('OPENBLAS_NUM_THREADS'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
        env=environment,
    )
    return done.stdout.split()


def test_extract_leaves_the_cycle_collector_on_and_asks_one_blas_thread(tmp_path: Path) -> None:
    environment = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}

    assert state_after_extract(tmp_path, environment) == ["True", "1"]


def test_a_blas_thread_count_chosen_by_the_operator_is_kept(tmp_path: Path) -> None:
    environment = {**os.environ, "OPENBLAS_NUM_THREADS": "2"}

    assert state_after_extract(tmp_path, environment) == ["True", "2"]
