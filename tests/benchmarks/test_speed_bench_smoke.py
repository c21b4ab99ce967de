"""The speed benchmark's growth table at a tiny size, each page in its own process as in a
real run, so that it cannot rot."""

from benchmarks.large_pages import SHAPES
from benchmarks.speed_bench import SERIES, growth_table


def test_every_shape_of_the_synthetic_pages_is_measured_apart():
    assert sorted(shape for shape, _ in SERIES) == sorted(SHAPES)


def test_growth_table_gives_each_shape_its_own_growth_factors():
    rows = growth_table((("items", (20, 40)), ("characters", (2_000, 4_000))))
    cells = [[cell.strip() for cell in row.strip("|").split("|")] for row in rows[2:]]
    assert [(row[0], row[1]) for row in cells] == [
        ("items", "20 items"),
        ("items", "40 items"),
        ("characters", "2 KB"),
        ("characters", "4 KB"),
    ]
    # The first page of a shape has no growth factor; the next is measured against it only.
    assert [row[6] for row in cells] == ["-", cells[1][6], "-", cells[3][6]]
    assert all(row[6].endswith("x") and row[9].endswith("x") for row in (cells[1], cells[3]))
    assert all(float(row[10]) > 0 for row in cells)  # peak memory
