"""Start-up, `extract --manifest` against trafilatura, and growth with the page's size.

`uv run python benchmarks/speed_bench.py [MORE_CORPUS_FOLDER ...] [--pages 320] [--runs 5]`

Prints three tables: start-up per command (the installed `bikwatch` of this environment,
min and median of `--runs` runs); `extract --manifest` in its own process, start-up included,
against a script calling `trafilatura.extract` in its own process, over the same pages (the
corpus and holdout pages of `tests/fixtures`, plus the `*/*.html` of each folder given, cycled
to `--pages`); clean and extract time of synthetic pages (`benchmarks/large_pages.py`), each
shape apart: many blocks of 10 KB to 5 MB, one paragraph of many sentences and a few very long
sentences of 1 MB and 5 MB, lists of 1,000 and 5,000 items; each page in a fresh process: wall
and CPU seconds, the growth factor of CPU seconds between sizes of one shape (on a shared
machine CPU time moves far less than wall time) and the peak memory of that process.
"""

from __future__ import annotations

import argparse
import compileall
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from itertools import cycle, islice
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures"
PROJECT_PACKAGES = ("pipeline", "extractors", "schemas")
BIKWATCH = Path(sys.executable).parent / "bikwatch"
# One series per shape of `benchmarks/large_pages.py`, each growing one dimension of the page:
# blocks, sentences in one block, characters in a few sentences, items of one list.
SERIES = (
    ("blocks", (10_000, 100_000, 1_000_000, 5_000_000)),
    ("sentences", (1_000_000, 5_000_000)),
    ("characters", (1_000_000, 5_000_000)),
    ("items", (1_000, 5_000)),
)
TRAFILATURA_SCRIPT = """
import sys, trafilatura
for line in open(sys.argv[1], encoding="utf-8"):
    path, url = line.rstrip("\\n").split("\\t")
    html = open(path, encoding="utf-8", errors="replace").read()
    trafilatura.extract(html, url=url)
"""


def corpus_pages(folders: list[Path]) -> list[tuple[Path, str]]:
    """(page, URL) of every corpus and holdout page: the URL from the page's gold file."""
    roots = [FIXTURES / "corpus", *sorted(FIXTURES.glob("holdout*")), *folders]
    pages = []
    for root in roots:
        for page in sorted(root.glob("*/*.html")):
            page_id = page.name.removesuffix(".html").removesuffix(".v1").removesuffix(".v2")
            gold = page.with_name(f"{page_id}.gold.json")
            gold = gold if gold.exists() else page.with_name(f"{page_id}.diff.gold.json")
            pages.append((page, json.loads(gold.read_text(encoding="utf-8"))["url"]))
    return pages


def timed(command: list[str], runs: int) -> tuple[float, float]:
    """Min and median wall seconds of `runs` runs of `command`."""
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, cwd=REPO, capture_output=True, check=True)
        seconds.append(time.perf_counter() - started)
    return min(seconds), statistics.median(seconds)


def startup_table(runs: int, page: tuple[Path, str], work: Path) -> list[str]:
    path, url = page
    extraction = work / "one.json"
    done = subprocess.run(
        [str(BIKWATCH), "extract", str(path), "--url", url, "--format", "json"],
        capture_output=True,
        check=True,
        text=True,
    )
    extraction.write_text(done.stdout, encoding="utf-8")
    commands = {
        "bikwatch --help": ["--help"],
        "clean (one page)": ["clean", str(path), "--url", url],
        "extract (one page)": ["extract", str(path), "--url", url, "--format", "json"],
        "diff": ["diff", str(extraction), str(extraction), "--format", "json"],
        "status": ["status"],
    }
    rows = ["| command | min s | median s |", "| --- | --- | --- |"]
    for name, arguments in commands.items():
        low, middle = timed([str(BIKWATCH), *arguments], runs)
        rows.append(f"| `{name}` | {low:.2f} | {middle:.2f} |")
    return rows


def manifest_table(pages: list[tuple[Path, str]], count: int, work: Path) -> list[str]:
    chosen = list(islice(cycle(pages), count))
    manifest, one = work / "pages.tsv", work / "one.tsv"
    manifest.write_text("".join(f"{p}\t{u}\n" for p, u in chosen), encoding="utf-8")
    one.write_text(f"{chosen[0][0]}\t{chosen[0][1]}\n", encoding="utf-8")
    script = work / "trafilatura_pages.py"
    script.write_text(TRAFILATURA_SCRIPT, encoding="utf-8")
    ours = [str(BIKWATCH), "extract", "--manifest", str(manifest), "--format", "jsonl"]
    theirs = [sys.executable, str(script), str(manifest)]
    ours_one = [str(BIKWATCH), "extract", "--manifest", str(one), "--format", "jsonl"]
    theirs_one = [sys.executable, str(script), str(one)]
    results = {}
    for name, command in (
        ("ours", ours),
        ("theirs", theirs),
        ("ours_one", ours_one),
        ("theirs_one", theirs_one),
    ):
        results[name] = timed(command, 3)[1]
    rows = [
        f"{len(chosen)} pages ({len(pages)} distinct, cycled), median of 3 runs, each tool in "
        "its own process:",
        "",
        "| tool | total s | ms/page incl. start-up | one-page run s (start-up) |",
        "| --- | --- | --- | --- |",
    ]
    for label, key in (
        ("`bikwatch extract --manifest`", "ours"),
        ("`trafilatura.extract`", "theirs"),
    ):
        total = results[key]
        per_page = 1000 * total / len(chosen)
        rows.append(f"| {label} | {total:.2f} | {per_page:.1f} | {results[key + '_one']:.2f} |")
    rows.append(f"| ratio bikwatch / trafilatura | {results['ours'] / results['theirs']:.2f} | | |")
    return rows


def measure_one(shape: str, size: int) -> dict[str, float]:
    """Clean and extract one synthetic page in this process (called in a fresh child)."""
    from benchmarks.large_pages import synthetic_page
    from extractors.clean import clean_html
    from extractors.extract import default_nlp, extract_document

    nlp = default_nlp()
    html = synthetic_page(shape, size)
    started, started_cpu = time.perf_counter(), time.process_time()
    document = clean_html(html, "https://better-internet-for-kids.europa.eu/en/synthetic")
    cleaned, cleaned_cpu = time.perf_counter(), time.process_time()
    extract_document(document, nlp=nlp)
    done, done_cpu = time.perf_counter(), time.process_time()
    return {
        "html": len(html),
        "blocks": len(document.blocks),
        "clean": cleaned - started,
        "clean_cpu": cleaned_cpu - started_cpu,
        "extract": done - cleaned,
        "extract_cpu": done_cpu - cleaned_cpu,
        "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def growth_table(series: Sequence[tuple[str, Sequence[int]]] = SERIES) -> list[str]:
    """One row per page, the growth factor against the page before it of the same shape."""
    rows = [
        "| shape | page | HTML chars | blocks | clean s | clean CPU s | growth | extract s "
        "| extract CPU s | growth | peak MiB |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for shape, sizes in series:
        previous: dict[str, float] | None = None
        for size in sizes:
            result = _measured_in_child(shape, size)
            label = f"{size:,} items" if shape == "items" else f"{size // 1000:,} KB"
            grow = {
                k: f"{result[k] / previous[k]:.1f}x" if previous else "-"
                for k in ("clean_cpu", "extract_cpu")
            }
            rows.append(
                f"| {shape} | {label} | {result['html']:,} | {result['blocks']:,} | "
                f"{result['clean']:.2f} | {result['clean_cpu']:.2f} | {grow['clean_cpu']} | "
                f"{result['extract']:.2f} | {result['extract_cpu']:.2f} | {grow['extract_cpu']} | "
                f"{result['peak_mib']:.0f} |"
            )
            previous = result
    return rows


def _measured_in_child(shape: str, size: int) -> dict[str, float]:
    """`measure_one` in a fresh process, so that each page's peak memory is its own."""
    command = [sys.executable, "-m", "benchmarks.speed_bench", "--one", shape, str(size)]
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=True)
    return dict(json.loads(done.stdout))


def compile_project() -> None:
    """The project's own modules compiled, as the README's set-up does: `uv sync
    --compile-bytecode` compiles the installed packages only, and where PYTHONDONTWRITEBYTECODE
    is set (as on this workplace's machines) Python would compile bikwatch's ~150 modules again
    in every command (about 0.1 s of `bikwatch extract`)."""
    for package in PROJECT_PACKAGES:
        compileall.compile_dir(REPO / package, quiet=1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, help="more corpus folders (<site>/*.html)")
    parser.add_argument("--pages", type=int, default=320)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--growth", action="store_true", help="print only the growth table")
    parser.add_argument("--one", nargs=2, metavar=("SHAPE", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure_one(args.one[0], int(args.one[1]))))
        return
    if args.growth:
        print("\n".join(growth_table()), flush=True)
        return
    compile_project()
    pages = corpus_pages(args.folders)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        for title, rows in (
            ("Start-up per command", startup_table(args.runs, pages[0], work)),
            ("`extract --manifest` against trafilatura", manifest_table(pages, args.pages, work)),
            ("Growth with the page's size (fresh process each)", growth_table()),
        ):
            print(f"\n{title}\n")
            print("\n".join(rows), flush=True)


if __name__ == "__main__":
    main()
