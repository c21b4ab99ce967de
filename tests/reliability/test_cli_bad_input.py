"""Bad input to every command: a non-zero exit, one `bikwatch: error: ...` line, nothing written.

The commands run in-process through `pipeline.cli.main` (a subprocess per case would cost a
second each); one subprocess test proves that no traceback escapes the real entry point.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.cli.main import main
from schemas.extraction import Extraction
from schemas.snapshot import RawRef, Snapshot, canonical_json
from tests.reliability.runs import CORPUS

PAGE_URL = "https://digital-strategy.ec.europa.eu/en/library/code-conduct"
OTHER_URL = "https://digital-strategy.ec.europa.eu/en/policies/digital-services-act"
REPO_ROOT = Path(__file__).resolve().parents[2]


def extraction(url: str, title: str = "Code of conduct") -> Extraction:
    return Extraction(url=url, title=title, published=None, text=f"{title}.")


def snapshot(url: str) -> dict[str, object]:
    sealed = Snapshot(
        source_id="page",
        url=url,
        extractor_version="1",
        raw=RawRef(sha256="0" * 64, url=url, status=200),
        extraction=extraction(url),
    ).sealed()
    return sealed.model_dump(mode="json")


SOURCES = {
    "bad-toml.toml": "[[sources]\nid = 1",
    "no-sources.toml": "[alerts]\nfail_after = 3\n",
    "unknown-key.toml": '[[sources]]\nid = "a"\nurl = "https://x.eu/"\nsite = "bik"\ncolour = 1\n',
    "ftp-url.toml": '[[sources]]\nid = "a"\nurl = "ftp://x.eu/page"\nsite = "bik"\n',
    "escaping-id.toml": '[[sources]]\nid = "../../etc"\nurl = "https://x.eu/"\nsite = "bik"\n',
    "newline-id.toml": '[[sources]]\nid = "page\\n"\nurl = "https://x.eu/"\nsite = "bik"\n',
    "bad-site.toml": '[[sources]]\nid = "a"\nurl = "https://x.eu/"\nsite = "elsewhere"\n',
    "header-in-recipient.toml": (
        '[[sources]]\nid = "a"\nurl = "https://x.eu/"\nsite = "bik"\n'
        '[alerts]\nrecipients = ["a@x.eu\\r\\nBcc: b@y.eu"]\n'
    ),
}


@pytest.fixture
def inputs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Bad (and a few good) input files; the working folder is where default stores would go."""
    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "empty.html").write_bytes(b"")
    (folder / "binary.html").write_bytes(bytes(range(256)) * 40)
    with (folder / "huge.html").open("wb") as stream:
        stream.truncate(60_000_000)  # sparse: instant, and larger than every input cap
    (folder / "page.html").write_bytes((CORPUS / "bik/hotlines.html").read_bytes())
    (folder / "bad.json").write_text("{not json", encoding="utf-8")
    (folder / "binary.json").write_bytes(b"\xff\xfe\x00\x81 binary")
    (folder / "list.json").write_text("[1, 2]", encoding="utf-8")
    (folder / "not-extraction.json").write_text('{"url": 3}', encoding="utf-8")
    (folder / "page.json").write_text(extraction(PAGE_URL).model_dump_json(), encoding="utf-8")
    (folder / "other.json").write_text(extraction(OTHER_URL).model_dump_json(), encoding="utf-8")
    future = snapshot(PAGE_URL) | {"format": 2}
    (folder / "format-2.snapshot.json").write_text(canonical_json(future), encoding="utf-8")
    edited = snapshot(PAGE_URL)
    edited["extraction"]["title"] = "Edited by hand"  # type: ignore[index]
    (folder / "edited.snapshot.json").write_text(canonical_json(edited), encoding="utf-8")
    (folder / "nul.tsv").write_text("page\x00.html\thttps://x.eu/\n", encoding="utf-8")
    (folder / "long-field.tsv").write_text("a" * 200_000, encoding="utf-8")
    (folder / "bad-url.tsv").write_text(f"{folder / 'page.html'}\tfile:///etc/passwd\n")
    for name, text in SOURCES.items():
        (folder / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for variable in ("SOURCES", "SNAPSHOTS", "OUTBOX", "ARCHIVE", "STATE", "FEEDS"):
        monkeypatch.delenv(f"BIKWATCH_{variable}", raising=False)
    return folder


def page_url(url: str) -> list[str]:
    return ["--url", url]


CASES: list[tuple[str, list[str], str]] = [
    ("clean", ["clean", "missing.html", *page_url(PAGE_URL)], "no such file"),
    ("clean", ["clean", "empty.html", *page_url(PAGE_URL)], "page is empty"),
    ("clean", ["clean", "binary.html", *page_url(PAGE_URL)], "binary"),
    ("clean", ["clean", "huge.html", *page_url(PAGE_URL)], "larger than"),
    ("clean", ["clean", ".", *page_url(PAGE_URL)], "is a directory"),
    ("clean", ["clean", "page.html", *page_url("ftp://x.eu/page")], "http(s) URL"),
    ("clean", ["clean", "page.html", *page_url("javascript:alert(1)")], "http(s) URL"),
    ("clean", ["clean", "page.html", *page_url("file:///etc/passwd")], "http(s) URL"),
    ("extract", ["extract", "binary.html", *page_url(PAGE_URL)], "binary"),
    ("extract", ["extract", "huge.html", *page_url(PAGE_URL)], "larger than"),
    ("extract", ["extract", "page.html", *page_url("mailto:a@b.eu")], "http(s) URL"),
    ("extract", ["extract", "--manifest", "missing.tsv"], "no such manifest"),
    ("extract", ["extract", "--manifest", "empty.html"], "lists no pages"),
    ("extract", ["extract", "--manifest", "binary.json"], "cannot read manifest"),
    ("extract", ["extract", "--manifest", "huge.html"], "larger than"),
    ("extract", ["extract", "--manifest", "nul.tsv"], "NUL byte"),
    ("extract", ["extract", "--manifest", "long-field.tsv"], "expected FILE<TAB>URL"),
    ("extract", ["extract", "--manifest", "bad-url.tsv"], "http(s) URL"),
    ("diff", ["diff", "missing.json", "page.json"], "no such file"),
    ("diff", ["diff", "empty.html", "page.json"], "not valid JSON"),
    ("diff", ["diff", "bad.json", "page.json"], "not valid JSON"),
    ("diff", ["diff", "binary.json", "page.json"], "cannot read"),
    ("diff", ["diff", "huge.html", "page.json"], "larger than"),
    ("diff", ["diff", ".", "page.json"], "is a directory"),
    ("diff", ["diff", "list.json", "page.json"], "not an extraction"),
    ("diff", ["diff", "page.json", "not-extraction.json"], "not an extraction"),
    ("diff", ["diff", "page.json", "other.json"], "different pages"),
    ("diff", ["diff", "format-2.snapshot.json", "page.json"], "known format"),
    ("diff", ["diff", "edited.snapshot.json", "page.json"], "checksum mismatch"),
    *[
        (command, [command, "--sources", name], reason)
        for command in ("run", "status", "reextract")
        for name, reason in [
            ("missing.toml", "no such sources file"),
            ("binary.json", "cannot read"),
            ("bad-toml.toml", "not valid TOML"),
            ("no-sources.toml", "sources: Field required"),
            ("unknown-key.toml", "colour"),
            ("ftp-url.toml", "http(s) URL"),
            ("escaping-id.toml", "sources[0].id: must be lowercase"),
            ("newline-id.toml", "sources[0].id: must be lowercase"),
            ("bad-site.toml", "sources[0].site"),
            ("header-in-recipient.toml", "alerts.recipients: not a single e-mail address"),
        ]
    ],
    ("validate", ["validate", "file:///etc/passwd", "--sources", "missing.toml"], "http(s) URL"),
    ("validate", ["validate", "not-a-source", "--sources", "missing.toml"], "http(s) URL"),
    ("validate", ["validate", "https://x.eu/", "--sources", "bad-toml.toml"], "TOML"),
    ("reextract", ["reextract", "--since", "yesterday"], "no such sources file"),
    ("serve", ["serve", "--sources", "unknown-key.toml"], "colour"),
    ("serve", ["serve", "--sources", "missing.toml"], "no such sources file"),
    ("demo", ["demo", "--workdir", "."], "is not a bikwatch demo folder"),
]


def call(argv: list[str]) -> int:
    try:
        return main(argv)
    except SystemExit as exited:  # argparse's usage errors
        return int(exited.code or 0)


def tree(root: Path) -> list[str]:
    return sorted(str(path.relative_to(root)) for path in root.rglob("*"))


@pytest.mark.parametrize(("command", "argv", "reason"), CASES, ids=lambda v: str(v)[:40])
def test_bad_input_is_one_error_line_a_non_zero_exit_and_nothing_written(
    inputs: Path,
    capsys: pytest.CaptureFixture[str],
    command: str,
    argv: list[str],
    reason: str,
) -> None:
    before = tree(inputs.parent)
    os.chdir(inputs)

    code = call(argv)

    out, err = capsys.readouterr()
    assert code != 0
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("bikwatch: error: "), err
    assert reason in err and "Traceback" not in err
    assert tree(inputs.parent) == before


@pytest.mark.parametrize(
    "argv",
    [["clean", "page.html"], ["diff", "page.json"], ["extract", "--format", "xml"], ["nonsense"]],
)
def test_usage_errors_are_one_line_with_the_usage_exit_code(
    inputs: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    os.chdir(inputs)

    code = call(argv)

    _, err = capsys.readouterr()
    assert code == 2 and err.count("\n") == 1 and err.startswith("bikwatch: error: ")


def test_a_snapshot_of_this_page_diffs_like_its_extraction(
    inputs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (inputs / "good.snapshot.json").write_text(canonical_json(snapshot(PAGE_URL)))
    os.chdir(inputs)

    code = call(["diff", "good.snapshot.json", "page.json"])

    out, _ = capsys.readouterr()
    assert code == 0 and json.loads(out)["changes"] == []


def test_a_manifest_with_one_bad_page_prints_none_of_the_good_ones(
    inputs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = inputs / "page.html"
    lines = [f"{page}\t{PAGE_URL}", f"{page}\t{OTHER_URL}", f"{inputs / 'binary.html'}\t{PAGE_URL}"]
    (inputs / "mixed.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    os.chdir(inputs)

    code = call(["extract", "--manifest", "mixed.tsv", "--format", "jsonl"])

    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert err.startswith("bikwatch: error: mixed.tsv:3: ") and "binary" in err


def test_the_real_entry_point_lets_no_traceback_escape(inputs: Path) -> None:
    finished = subprocess.run(
        [sys.executable, "-m", "pipeline.cli.main", "diff", "binary.json", "huge.html"],
        cwd=inputs,
        env=os.environ | {"PYTHONPATH": str(REPO_ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert finished.returncode == 1 and finished.stdout == ""
    assert finished.stderr.startswith("bikwatch: error: binary.json: cannot read")
    assert finished.stderr.count("\n") == 1 and "Traceback" not in finished.stderr
