"""The contract's commands (clean, extract, diff, schema), driven in-process as in acceptance."""

import json
from pathlib import Path

import pytest

from pipeline.cli.main import main

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "tests" / "fixtures" / "corpus"
SID_PAGE = CORPUS / "commission" / "safer-internet-day-2017.html"
SID_URL = json.loads((CORPUS / "commission" / "safer-internet-day-2017.gold.json").read_text())[
    "url"
]
CONTRACT_KEYS = {"url", "title", "published", "text", "initiatives", "dates"}
INITIATIVE_KEYS = {"name", "launched", "ended", "status", "signatories", "actions"}


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:  # argparse's usage errors
        code = int(exit_.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_clean_prints_the_main_text_once_title_first(capsys):
    code, out, err = run_cli(capsys, "clean", str(SID_PAGE), "--url", SID_URL)
    assert (code, err) == (0, "")
    blocks = [block for block in out.split("\n\n") if block.strip()]
    assert blocks[0].startswith("Safer Internet Day 2017")
    assert len(blocks) == len(set(blocks))


def test_extract_prints_one_contract_object(capsys):
    code, out, _ = run_cli(capsys, "extract", str(SID_PAGE), "--url", SID_URL, "--format", "json")
    assert code == 0
    extraction = json.loads(out)
    assert extraction.keys() >= CONTRACT_KEYS
    assert extraction["url"] == SID_URL
    assert extraction["published"] == "2017-02-07"
    assert all(initiative.keys() >= INITIATIVE_KEYS for initiative in extraction["initiatives"])
    assert all({"text", "value"} <= date.keys() for date in extraction["dates"])


def test_extract_manifest_prints_one_line_per_page_in_manifest_order(capsys, tmp_path):
    gold = [p for p in sorted(CORPUS.glob("*/*.gold.json")) if ".diff." not in p.name][:4]
    rows = []
    for path in gold:
        page = path.with_name(path.name.replace(".gold.json", ".html"))
        rows.append(f"{page}\t{json.loads(path.read_text())['url']}")
    manifest = tmp_path / "list.tsv"
    manifest.write_text("\n".join(rows) + "\n", encoding="utf-8")
    code, out, _ = run_cli(capsys, "extract", "--manifest", str(manifest), "--format", "jsonl")
    assert code == 0
    lines = out.splitlines()
    assert [json.loads(line)["url"] for line in lines] == [row.split("\t")[1] for row in rows]


def test_diff_of_two_versions_names_what_changed(capsys, tmp_path):
    url = json.loads(
        (CORPUS / "commission/hate-speech-code-of-conduct.diff.gold.json").read_text()
    )["url"]
    paths = []
    for version in ("v1", "v2"):
        page = CORPUS / f"commission/hate-speech-code-of-conduct.{version}.html"
        code, out, _ = run_cli(capsys, "extract", str(page), "--url", url, "--format", "json")
        assert code == 0
        paths.append(tmp_path / f"{version}.json")
        paths[-1].write_text(out, encoding="utf-8")
    code, out, _ = run_cli(capsys, "diff", str(paths[0]), str(paths[1]), "--format", "json")
    assert code == 0
    result = json.loads(out)
    assert set(result) == {"changes", "health"}
    assert result["health"] == []
    added = {c["value"] for c in result["changes"] if c["kind"] == "signatory_added"}
    assert "TikTok" in added
    code, out, _ = run_cli(capsys, "diff", str(paths[0]), str(paths[0]), "--format", "json")
    assert json.loads(out) == {"changes": [], "health": []}


def test_schema_command_prints_the_committed_schema(capsys):
    code, out, _ = run_cli(capsys, "schema")
    assert code == 0
    assert json.loads(out) == json.loads((REPO / "schemas/extraction.schema.json").read_text())


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["clean", "missing.html", "--url", "https://example.org/"], "missing.html: no such file"),
        (["clean", str(SID_PAGE), "--url", "ftp://example.org/"], "must be an http(s) URL"),
        (["extract", "--format", "json"], "give a FILE to extract"),
        (["diff", str(SID_PAGE), str(SID_PAGE)], "not valid JSON"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_failures_are_one_line_on_stderr_with_a_nonzero_exit(capsys, argv, message):
    code, out, err = run_cli(capsys, *argv)
    assert code != 0
    assert out == ""
    assert err.startswith("bikwatch: error: ")
    assert message in err
    assert err.count("\n") == 1


def test_clean_manifest_prints_one_object_per_page_and_an_error_line_for_a_broken_one(
    capsys, tmp_path
):
    unknown = tmp_path / "blog.html"
    words = " ".join(f"word{n}" for n in range(30))
    unknown.write_text(f"<html><body><h1>A blog post</h1><p>{words}.</p></body></html>")
    (tmp_path / "empty.html").write_text("")
    rows = [
        f"{SID_PAGE}\t{SID_URL}",
        "empty.html\thttps://blog.example.org/empty",  # relative to the manifest's folder
        f"{unknown}\thttps://blog.example.org/post",
        f"{tmp_path / 'missing.html'}\thttps://blog.example.org/missing",
    ]
    manifest = tmp_path / "list.tsv"
    manifest.write_text("\n".join(rows) + "\n", encoding="utf-8")
    code, out, err = run_cli(capsys, "clean", "--manifest", str(manifest), "--format", "jsonl")
    assert (code, err) == (0, "")
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["url"] for line in lines] == [row.split("\t")[1] for row in rows]
    known, empty, blog, missing = lines
    assert known.keys() == {"url", "title", "text", "mode", "warnings"}
    assert known["mode"] == "profile" and known["title"].startswith("Safer Internet Day 2017")
    assert blog["mode"] == "generic" and blog["text"].startswith("A blog post\n\nword0")
    assert empty.keys() == {"url", "error"} and "page is empty" in empty["error"]
    assert "no such file" in missing["error"]


def test_clean_of_one_page_as_jsonl_is_one_object(capsys):
    code, out, _ = run_cli(capsys, "clean", str(SID_PAGE), "--url", SID_URL, "--format", "jsonl")
    assert code == 0
    assert json.loads(out)["text"].startswith("Safer Internet Day 2017")
