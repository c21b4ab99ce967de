"""The scale benchmark's machinery at a tiny size, plain functions only, so it cannot rot."""

from pathlib import Path

import pytest

import extractors.page
from benchmarks import scale_extract
from benchmarks.scale_bench import make_workspace
from benchmarks.scale_child import measure_memory
from benchmarks.scale_report import ExtractionFigures, RunFigures, ScaleFigures, render
from benchmarks.scale_runs import STAGES, staged_run
from benchmarks.synthetic_pages import build_watch_list, load_templates, served_pages
from extractors.clean import clean_html
from pipeline.replay_server import ReplayServer

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
PAGES = 5
SEED = 7


@pytest.fixture(scope="module")
def pages():
    return build_watch_list(load_templates(CORPUS), PAGES, SEED)


def test_synthetic_pages_are_deterministic_and_differ_from_their_templates(pages):
    again = build_watch_list(load_templates(CORPUS), PAGES, SEED)
    assert [page.html for page in pages] == [page.html for page in again]
    assert all(page.html != page.template.html for page in pages)
    assert all(page.revised_html != page.html for page in pages)
    assert len({page.source_id for page in pages}) == PAGES


@pytest.fixture(scope="module")
def runs(pages, tmp_path_factory) -> RunFigures:
    """Cold, unchanged and changed runs on one workspace, and the memory probe's plain run."""
    root = tmp_path_factory.mktemp("scale")
    with ReplayServer(served_pages(pages, revised=False)) as server:
        workspace = make_workspace(root / "staged", pages, server.base_url)
        cold = staged_run(workspace)
        unchanged = staged_run(workspace)
        memory_root = make_workspace(root / "memory", pages, server.base_url).sources.parent
        memory = {PAGES: measure_memory(memory_root)}
        server.set_pages(served_pages(pages, revised=True))
        changed = staged_run(workspace)
    return RunFigures(cold, unchanged, changed, memory)


def test_staged_runs_time_every_stage_of_the_real_run(runs):
    assert runs.cold.outcomes == {"baseline": PAGES}
    assert runs.unchanged.outcomes == {"not_modified": PAGES}
    assert runs.changed.outcomes["changed"] >= 1
    run_stages = (
        "fetch",
        "archive",
        "snapshot reads",
        "clean",
        "extract",
        "diff",
        "snapshot write",
        "health",
        "publish",
    )
    assert all(runs.cold.clock.seconds[stage] > 0 for stage in run_stages)
    assert runs.unchanged.clock.seconds["extract"] == 0
    assert sum(runs.cold.share(stage) for stage in STAGES) <= 1.0
    assert extractors.page.clean_html is clean_html  # the clocks are gone after the run


def test_memory_probe_runs_the_plain_loop(runs):
    probe = runs.memory[PAGES]
    assert probe["outcomes"] == {"baseline": PAGES}
    assert probe["peak_rss_mib"] > 0


def test_report_shows_each_figure_beside_its_target(pages, runs, tmp_path):
    saved = scale_extract.save_pages(pages, tmp_path / "saved")
    both = scale_extract.time_side_by_side(saved)
    assert both.bikwatch.failures == 0
    extraction = ExtractionFigures(in_process=both.bikwatch, trafilatura=both.trafilatura)
    table = render(ScaleFigures(PAGES, 1, 0.0, runs, extraction))
    assert "| unchanged re-run, conditional requests |" in table
    assert "| bikwatch over trafilatura speed |" in table
    assert "| Prefect overhead | not measured |" in table
    assert f"- cold outcomes: {PAGES} baseline" in table
