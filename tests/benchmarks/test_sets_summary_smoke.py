"""The per-set summary scores a real set end to end and prints one row for it."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.sets_summary import default_sets, main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_every_holdout_set_is_listed_after_the_corpus_in_number_order() -> None:
    names = [folder.name for folder in default_sets()]

    assert names[:3] == ["corpus", "holdout", "holdout2"]
    assert names[-1] == f"holdout{len(names) - 1}"


def test_one_row_per_set_with_its_pages_and_exact_pairs(capsys: pytest.CaptureFixture[str]) -> None:
    main([str(FIXTURES / "holdout")])

    rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith("| holdout")]
    assert len(rows) == 1
    cells = [cell.strip() for cell in rows[0].strip("|").split("|")]
    assert cells[1] == "9"  # the single pages of the set
    assert cells[-1].endswith("/4")  # its four version pairs
    assert all(0.0 <= float(cell) <= 1.0 for cell in cells[2:-1])
