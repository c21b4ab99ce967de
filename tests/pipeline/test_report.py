"""The markdown change table and the plain run summary."""

from __future__ import annotations

from datetime import UTC, datetime

from pipeline.notify.change_table import render_change_table, summarize_report
from schemas.changes import Change, DiffResult, HealthProblem
from schemas.run import Notice, RunReport, SourceOutcome

ALLIANCE = "Alliance to better protect minors online"


def run() -> RunReport:
    changes = [
        Change(kind="status_changed", initiative=ALLIANCE, old="active", new="ended"),
        Change(kind="field_changed", initiative=ALLIANCE, field="ended", old=None, new="2023-07"),
        Change(kind="signatory_added", initiative=ALLIANCE, value="Evil | Corp"),
    ]
    problem = HealthProblem(
        kind="maintenance_page", message="the page looks like a maintenance page"
    )
    return RunReport(
        run_id="run-7",
        started_at=datetime(2025, 3, 1, tzinfo=UTC),
        outcomes=[
            SourceOutcome(
                source_id="alliance",
                url="https://bik.eu/alliance",
                name="Alliance",
                outcome="changed",
                diff=DiffResult(changes=changes),
            ),
            SourceOutcome(
                source_id="helplines",
                url="https://bik.eu/helplines",
                outcome="unhealthy",
                diff=DiffResult(health=[problem]),
            ),
            SourceOutcome(source_id="dsa", url="https://ec.eu/dsa", outcome="unchanged"),
            SourceOutcome(source_id="sid", url="https://ec.eu/sid", outcome="failed", error="503"),
        ],
        notices=[
            Notice(kind="failing", source_id="sid", url="https://ec.eu/sid", message="sid failed 3")
        ],
    )


def test_change_table_has_a_row_per_change_problem_and_quiet_source() -> None:
    table = render_change_table(run())
    assert table.splitlines()[2:] == [
        "| Source | Outcome | Change | Detail |",
        "| --- | --- | --- | --- |",
        f"| [Alliance](https://bik.eu/alliance) | changed | status_changed | {ALLIANCE}: status "
        "active → ended, July 2023 |",
        "| [Alliance](https://bik.eu/alliance) | changed | signatory_added | Evil \\| Corp joined "
        f"the {ALLIANCE} |",
        "| [helplines](https://bik.eu/helplines) | unhealthy | health | The page needs a look: the "
        "page looks like a maintenance page. No removals were reported, and the next run is "
        "compared with the last good version. |",
        "| [dsa](https://ec.eu/dsa) | unchanged | | |",
        "| [sid](https://ec.eu/sid) | failed | error | 503 |",
        "",
        "| Source | Notice |",
        "| --- | --- |",
        "| sid | sid failed 3 |",
    ]


def test_summary() -> None:
    summary = summarize_report(run())
    assert summary.splitlines()[0] == (
        "bikwatch run run-7: 4 sources (1 changed, 1 failed, 1 unchanged, 1 unhealthy)"
    )
    assert f"  - {ALLIANCE}: status active → ended, July 2023" in summary
    assert "sid (failed): 503" in summary and "notice: sid failed 3" in summary


def test_quiet_summary() -> None:
    quiet = RunReport(run_id="r", started_at=datetime(2025, 3, 1, tzinfo=UTC))
    assert summarize_report(quiet) == "bikwatch run r: 0 sources (none)\nnothing changed\n"
