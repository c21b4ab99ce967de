"""A truncated newest snapshot must not make the next run tell a change already told."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from pipeline.replay_server import ReplayServer
from tests.reliability.runs import (
    WatchedSource,
    context_for,
    corpus_page,
    outcome_of,
    run_day,
    run_once,
)

V1 = "commission/hate-speech-code-of-conduct.v1.html"
V2 = "commission/hate-speech-code-of-conduct.v2.html"


def test_a_truncated_newest_snapshot_does_not_re_alert_the_told_change(
    tmp_path: Path, replay: ReplayServer, nlp: Language
) -> None:
    ctx = context_for(tmp_path, [WatchedSource("code", replay.url("/code"))])
    replay.set_page("/code", corpus_page(V1))
    run_once(ctx, nlp, at=run_day(0))
    replay.set_page("/code", corpus_page(V2))
    told = run_once(ctx, nlp, at=run_day(1))
    assert outcome_of(told, "code").outcome == "changed"
    alerts = sorted(ctx.workspace.outbox.glob("*.eml"))

    newest = ctx.snapshots.paths("code")[0]
    data = Path(newest).read_bytes()  # type: ignore[arg-type]
    Path(newest).write_bytes(data[: len(data) // 2])  # type: ignore[arg-type]
    # The page changes no more; the server drops its validators, so the page is fetched whole.
    again = run_once(type(ctx)(ctx.config, ctx.workspace), nlp, at=run_day(2))

    assert outcome_of(again, "code").outcome == "unchanged"
    assert sorted(ctx.workspace.outbox.glob("*.eml")) == alerts
