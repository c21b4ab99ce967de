"""Deeply nested or huge JSON given to `diff`, `status` and `reextract`: a clean line naming
the file, never `internal error: RecursionError`."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from spacy.language import Language

from pipeline.cli import main as cli
from pipeline.config import Workspace
from pipeline.replay_server import ReplayServer
from tests.reliability.runs import WatchedSource, context_for, corpus_page, run_day, run_once

DEPTH = 100_000


def deep(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("[" * DEPTH + "]" * DEPTH, encoding="utf-8")
    return path


def huge(path: Path) -> Path:
    with open(path, "wb") as stream:  # sparse: 60 MB that cost nothing to make
        stream.truncate(60_000_000)
    return path


def workspace_args(workspace: Workspace) -> list[str]:
    args = ["--sources", str(workspace.sources)]
    for name in ("snapshots", "outbox", "archive", "state", "feeds"):
        args += [f"--{name}", str(getattr(workspace, name))]
    return args


@pytest.mark.parametrize("make", [deep, huge])
def test_diff_of_deep_or_huge_json_is_one_line_naming_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make: object
) -> None:
    bad = make(tmp_path / "bad.json")  # type: ignore[operator]
    assert cli.main(["diff", str(bad), str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(bad) in err and "internal error" not in err


@pytest.fixture
def watched(tmp_path: Path, replay: ReplayServer, nlp: Language) -> Workspace:
    replay.set_page("/code", corpus_page("commission/hate-speech-code-of-conduct.v1.html"))
    ctx = context_for(tmp_path, [WatchedSource("code", replay.url("/code"))])
    run_once(ctx, nlp, at=run_day(0))
    return ctx.workspace


def test_status_with_deep_state_files_names_them_and_still_answers(
    watched: Workspace, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    health = deep(watched.state / "sources.json")
    [run] = (watched.state / "runs").glob("*.json")
    deep(run)
    with caplog.at_level(logging.WARNING):
        assert cli.main(["status", *workspace_args(watched)]) == 0
        assert cli.main(["status", "--format", "json", *workspace_args(watched)]) == 0
    out = capsys.readouterr().out
    assert "code" in out and "internal error" not in out
    named = " ".join(record.getMessage() for record in caplog.records)
    assert str(health) in named and str(run) in named


def test_reextract_over_a_deep_snapshot_is_a_clean_line(
    watched: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    [snapshot] = (watched.snapshots / "code").glob("*.json")
    deep(snapshot)
    code = cli.main(["reextract", *workspace_args(watched)])
    err = capsys.readouterr().err
    assert code in (0, 1) and "internal error" not in err
    assert code == 0 or (err.count("\n") == 1 and str(snapshot) in err)
