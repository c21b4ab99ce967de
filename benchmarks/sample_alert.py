"""A sample alert from the corpus's version pairs, for the README.

Runs every `<id>.v1.html` / `<id>.v2.html` pair through clean, extract and diff as one run,
then writes what a subscriber would receive:

    uv run python benchmarks/sample_alert.py [OUT_DIR]     # default: benchmarks/out/sample-alert
    uv run python benchmarks/sample_alert.py --docs        # docs/sample-alert.{eml,txt,html}

OUT_DIR gets the `.eml` (as the outbox files it), `alert.txt` (its text part), `alert.html`,
`change-table.md` (the Prefect artifact) and the Atom feeds; the text part is also printed.
`--docs` uses the shipped sample pages only, so the README's sample is the same everywhere; its
screenshot: `BIKWATCH_UPDATE_GOLDEN=1 uv run pytest tests/pipeline/test_alert_in_browser.py`.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

from extractors.extract import build_nlp
from extractors.page import extract_page
from pipeline.compare.diff import diff_extractions
from pipeline.notify.change_table import render_change_table
from pipeline.notify.compose import compose_alert
from pipeline.notify.feeds import write_feeds
from pipeline.notify.outbox import Outbox
from schemas.extraction import Extraction
from schemas.run import Outcome, RunReport, SourceOutcome

ROOT = Path(__file__).resolve().parents[1]
RUN_AT = datetime(2025, 3, 1, 6, 0, tzinfo=UTC)  # fixed, so the sample is reproducible


def corpus_dir() -> Path:
    return ROOT / "tests" / "fixtures" / "corpus"


def demo_pair_ids() -> set[str]:
    """The pairs the package ships for the demo: the docs' sample is the demo's alert."""
    shipped = ROOT / "pipeline" / "demo_pages"
    return {path.name.removesuffix(".v1.html") for path in shipped.glob("*/*.v1.html")}


def pair_outcomes(corpus: Path, only: set[str] | None = None) -> list[SourceOutcome]:
    nlp = build_nlp()

    def extract(path: Path, url: str) -> Extraction:
        return extract_page(path.read_bytes(), None, url, nlp=nlp)  # the run's own path

    outcomes = []
    for gold_path in sorted(corpus.glob("*/*.diff.gold.json")):
        base = gold_path.name.removesuffix(".diff.gold.json")
        if only is not None and base not in only:
            continue
        url = json.loads(gold_path.read_text(encoding="utf-8"))["url"]
        old = extract(gold_path.with_name(f"{base}.v1.html"), url)
        new = extract(gold_path.with_name(f"{base}.v2.html"), url)
        diff = diff_extractions(old, new)
        kind: Outcome = "unhealthy" if diff.health else "changed" if diff.changes else "unchanged"
        outcomes.append(
            SourceOutcome(source_id=base, url=url, name=old.title, outcome=kind, diff=diff)
        )
    return outcomes


def write_sample(
    out_dir: Path, corpus: Path | None = None, only: set[str] | None = None
) -> EmailMessage:
    report = RunReport(
        run_id="sample-2025-03-01",
        started_at=RUN_AT,
        finished_at=RUN_AT,
        outcomes=pair_outcomes(corpus or corpus_dir(), only),
    )
    message = compose_alert(
        report,
        sender="bikwatch@example.org",
        recipients=["subscribers@example.org"],
        sources_file="sources.toml",
    )
    if message is None:
        raise SystemExit("bikwatch: error: the corpus pairs gave nothing to alert about")
    for previous in out_dir.glob("alert-*.eml"):  # the outbox keeps a run's first alert
        previous.unlink()
    Outbox(out_dir).put(message)
    for subtype, name in (("plain", "alert.txt"), ("html", "alert.html")):
        part = message.get_body((subtype,))
        assert part is not None
        (out_dir / name).write_text(part.get_content(), encoding="utf-8")
    (out_dir / "change-table.md").write_text(render_change_table(report), encoding="utf-8")
    write_feeds(report, out_dir / "feeds")
    return message


def write_docs_sample() -> EmailMessage:
    out_dir = ROOT / "benchmarks" / "out" / "docs-sample-alert"
    message = write_sample(out_dir, ROOT / "tests" / "fixtures" / "corpus", demo_pair_ids())
    docs = ROOT / "docs"
    (eml,) = out_dir.glob("alert-*.eml")
    (docs / "sample-alert.eml").write_bytes(eml.read_bytes())
    for name, suffix in (("alert.txt", "txt"), ("alert.html", "html")):
        (docs / f"sample-alert.{suffix}").write_text(
            (out_dir / name).read_text(encoding="utf-8"), encoding="utf-8"
        )
    return message


def main() -> None:
    if sys.argv[1:] == ["--docs"]:
        message = write_docs_sample()
        print(f"Subject: {message['Subject']}\n")
        print((ROOT / "docs" / "sample-alert.txt").read_text(encoding="utf-8"))
        return
    out_dir = (
        Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "benchmarks" / "out" / "sample-alert"
    )
    message = write_sample(out_dir)
    print(f"Subject: {message['Subject']}\n")
    print((out_dir / "alert.txt").read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
